// Every code block of README.md, run, so the README cannot rot (issue 5). Each ```ts block is
// type-checked strictly against the real API (with 'manbind' mapped to runtime/index.ts) and then
// run in a child `node` (through tsx, so the source under test is the current one) against loopback
// servers: the fixed port 8080 of the examples is rewritten to the server's port. Each ```sh
// block's commands are checked against package.json's scripts and the CLI's argument parser.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { WebSocketServer } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(repo, 'README.md'), 'utf8');
const tsxLoader = pathToFileURL(join(repo, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const runtimeEntry = join(repo, 'runtime', 'index.ts');

interface Block {
  lang: string;
  code: string;
  /** The closest `## ` heading above the block. */
  section: string;
  line: number;
}

/** Fenced blocks of a markdown text with the section they sit in. */
function codeBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const heading = /^##\s+(.*)$/.exec(lines[i]!);
    if (heading) section = heading[1]!.trim();
    const fence = /^```(\w*)\s*$/.exec(lines[i]!);
    if (!fence) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    if (i >= lines.length) throw new Error(`README.md:${start + 1}: expected a closing fence for this block, found the end of the file`);
    blocks.push({ lang: fence[1]!, code: body.join('\n') + '\n', section, line: start + 1 });
  }
  return blocks;
}

const blocks = codeBlocks(readme);
const tsBlocks = blocks.filter((b) => b.lang === 'ts' || b.lang === 'typescript');
const shBlocks = blocks.filter((b) => b.lang === 'sh' || b.lang === 'bash' || b.lang === 'shell');

// ---- loopback peers -------------------------------------------------------------------------------

let httpServer: http.Server;
let httpPort: number;
const httpRequests: string[] = [];
let rawServer: net.Server;
let rawPort: number;
const rawSockets = new Set<net.Socket>();
let wss: WebSocketServer;
let wsPort: number;
const wsPaths: string[] = [];
let dir: string;

function listen(server: net.Server | http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'manbind-readme-'));
  httpServer = http.createServer((req, res) => {
    httpRequests.push(`${req.method} ${req.url} HTTP/${req.httpVersion}`);
    res.setHeader('Content-Type', 'text/plain');
    res.end(`hello from ${req.url}\n`);
  });
  httpPort = await listen(httpServer);
  // An echo server for the socket the application opens itself.
  rawServer = net.createServer((s) => {
    rawSockets.add(s);
    s.on('close', () => rawSockets.delete(s));
    s.on('error', () => {});
    s.pipe(s);
  });
  rawPort = await listen(rawServer);
  wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  wsPort = (wss.address() as net.AddressInfo).port;
  wss.on('connection', (ws, req) => {
    wsPaths.push(req.url ?? '');
    ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
  });
});

afterAll(async () => {
  for (const s of rawSockets) s.destroy();
  for (const c of wss?.clients ?? []) c.terminate();
  await Promise.all([
    new Promise<void>((resolve) => (httpServer ? (httpServer.closeAllConnections(), httpServer.close(() => resolve())) : resolve())),
    new Promise<void>((resolve) => (rawServer ? rawServer.close(() => resolve()) : resolve())),
    new Promise<void>((resolve) => (wss ? wss.close(() => resolve()) : resolve())),
  ]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// ---- running a block ------------------------------------------------------------------------------

/** The block as a module: 'manbind' is the runtime's source, port 8080 the given one. */
function prepare(block: Block, port: number): string {
  if (!/\b8080\b/.test(block.code)) throw new Error(`README.md:${block.line}: expected the example to use port 8080, found none`);
  return block.code.replace(/from 'manbind'/g, `from ${JSON.stringify(runtimeEntry)}`).replace(/\b8080\b/g, String(port));
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Run a .mts file with node (through tsx) and collect its output; killed after `ms`. */
function runModule(file: string, ms = 20_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsxLoader, file], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    // A hung example is a failure (it would hang a reader's terminal too), not a slow test.
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

async function runBlock(section: string, port: number): Promise<Run> {
  const block = tsBlocks.find((b) => b.section === section);
  if (!block) throw new Error(`expected a \`\`\`ts block under "## ${section}" in README.md, found none`);
  const file = join(dir, `${section.toLowerCase().replace(/[^a-z]+/g, '-')}.mts`);
  writeFileSync(file, prepare(block, port));
  const run = await runModule(file);
  // Say which example failed and how, rather than only "expected 1 to be 0".
  expect(run, `README.md:${block.line} (${section}) exited with ${run.code ?? run.signal}:\n${run.stdout}\n${run.stderr}`).toMatchObject({ code: 0 });
  return run;
}

// ---- the tests ------------------------------------------------------------------------------------

/** The examples a runner below knows; a new ```ts block needs a runner (and a server) here. */
const runners = ['Connect-only', 'Socket callbacks', 'WebSocket', 'Multi', 'Transfers'];

describe('README.md', () => {
  it('has a runner for every ts block, one block per section', () => {
    expect(tsBlocks.map((b) => b.section)).toEqual(runners);
  });

  it('ts blocks are plain JavaScript too (the README says `node example.mjs` runs them)', () => {
    for (const [i, b] of tsBlocks.entries()) {
      const file = join(dir, `plain${i}.mjs`);
      writeFileSync(file, b.code);
      const check = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8' });
      expect(check.status, `README.md:${b.line} (${b.section}) is not plain JavaScript:\n${check.stderr}`).toBe(0);
    }
  });

  it('ts blocks type-check strictly against the API', () => {
    const checkDir = join(dir, 'typecheck');
    mkdirSync(checkDir, { recursive: true });
    const files = tsBlocks.map((b, i) => {
      const file = join(checkDir, `block${i}.mts`);
      writeFileSync(file, b.code);
      return file;
    });
    const program = ts.createProgram(files, {
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      noEmit: true,
      skipLibCheck: true,
      types: ['node'],
      typeRoots: [join(repo, 'node_modules', '@types')],
      paths: { manbind: [runtimeEntry] },
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const index = d.file ? files.indexOf(d.file.fileName) : -1;
      const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
      const at = index >= 0 && where ? `README.md:${tsBlocks[index]!.line + 1 + where.line}:${where.character + 1}` : d.file?.fileName ?? '';
      return `${at}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(diagnostics).toEqual([]);
  }, 60_000);

  it('the connect-only example fetches a page over the raw connection', async () => {
    httpRequests.length = 0;
    const { stdout } = await runBlock('Connect-only', httpPort);
    expect(stdout).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(stdout).toContain('\r\n\r\nhello from /\n');
    expect(stdout).toContain('active socket: Socket');
    expect(httpRequests).toEqual(['GET / HTTP/1.0']);
  }, 30_000);

  it('the socket-callbacks example hands its own socket in and gets it back to close', async () => {
    const { stdout } = await runBlock('Socket callbacks', rawPort);
    expect(stdout.trimEnd().split('\n')).toEqual(["open 2 { address: '127.0.0.1', port: 1 }", 'close true']);
  }, 30_000);

  it('the WebSocket example gets its text frame echoed', async () => {
    wsPaths.length = 0;
    const { stdout } = await runBlock('WebSocket', wsPort);
    expect(stdout.trimEnd()).toBe('1 hello');
    expect(wsPaths).toEqual(['/chat']);
  }, 30_000);

  it('the multi example runs both transfers to completion', async () => {
    httpRequests.length = 0;
    const { stdout } = await runBlock('Multi', httpPort);
    expect(stdout.trimEnd().split('\n')).toEqual(['1 0', '1 0']);
    expect([...httpRequests].sort()).toEqual(['GET /a HTTP/1.1', 'GET /b HTTP/1.1']);
  }, 30_000);

  it('the transfers example gets a body through curly, then pauses, resumes and reads a header', async () => {
    httpRequests.length = 0;
    const { stdout } = await runBlock('Transfers', httpPort);
    expect(stdout.split('\n')).toEqual(['200 text/plain hello from /one', 'hello from /two', 'text/plain', '']);
    expect(httpRequests).toEqual(['GET /one HTTP/1.1', 'GET /two HTTP/1.1']);
  }, 30_000);

  it('sh blocks use existing npm scripts and valid manbind arguments', async () => {
    const scripts = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const commands = shBlocks.flatMap((b) =>
      b.code
        .split('\n')
        .map((l) => l.replace(/\s+#.*$/, '').trim())
        .filter((l) => l !== '' && !l.startsWith('#'))
        .flatMap((l) => l.split('&&').map((c) => ({ command: c.trim(), line: b.line }))),
    );
    expect(commands.length).toBeGreaterThan(0);
    for (const { command, line } of commands) {
      const words = command.split(/\s+/);
      const where = `README.md:${line}: ${command}`;
      if (words[0] === 'npm') {
        const builtin = ['ci', 'install', 'i', 'pack', 'publish'];
        if (words[1] === 'run') expect(scripts, where).toHaveProperty([words[2]!]);
        else if (words[1] === 'test') expect(scripts, where).toHaveProperty(['test']);
        else expect(builtin, where).toContain(words[1]);
      } else if (words[0] === 'npx' && words[1] === 'manbind') {
        // The CLI reads every argument before it acts on --help: exit 0 means each one is valid.
        const file = join(dir, 'cli-args.mts');
        writeFileSync(file, `import { main } from ${JSON.stringify(join(repo, 'codegen', 'cli.ts'))};\nprocess.exitCode = await main(${JSON.stringify([...words.slice(2), '--help'])});\n`);
        const run = await runModule(file);
        expect({ code: run.code, stderr: run.stderr }, where).toEqual({ code: 0, stderr: '' });
        expect(run.stdout, where).toMatch(/^usage: manbind /);
      } else {
        throw new Error(`${where}: expected an npm or npx manbind command, found ${words[0]}`);
      }
    }
  }, 60_000);
});
