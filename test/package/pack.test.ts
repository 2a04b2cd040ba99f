// The package as a user gets it (issue 5): `npm pack` (which runs the prepare build), install the
// tarball into an empty scratch project, then there: import from ESM and run a connect-only
// transfer against a loopback echo server, type-check a consumer strictly (a wrong option value must
// be a type error), and `npx manbind generate` the user's own specs into bindings that compile.
// The CLI's dependencies come from the npm registry (or npm's cache); skipped when npm is absent.
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const haveNpm = spawnSync('npm', ['--version'], { encoding: 'utf8' }).status === 0;
if (!haveNpm) console.warn('npm is not on PATH: skipping the package test (npm pack, npm install)');

const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');

/**
 * The environment for child npm runs: without the npm_package_* / npm_lifecycle_* variables `npm
 * test` sets, which describe this repository rather than the scratch project.
 */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_(package|lifecycle)_/i.test(key) || /^npm_config_local_prefix$/i.test(key)) delete env[key];
  }
  return env;
}

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run a command without blocking the event loop (the echo server lives in this process). */
function run(file: string, args: string[], cwd: string, timeout = 240_000): Promise<Result> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd, env: childEnv(), timeout, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr: stderr + (error && typeof error.code !== 'number' ? `\n${error.message}` : '') });
    });
  });
}

/** Expect exit 0, showing the command's output when not. */
function ok(result: Result, what: string): Result {
  expect(result.code, `${what} failed:\n${result.stdout}\n${result.stderr}`).toBe(0);
  return result;
}

/** `file: specifier` for every import of a package (neither relative nor node:) in the .js files under `root`. */
function bareImports(root: string): string[] {
  const found: string[] = [];
  let seen = 0;
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'))) {
    const js = readFileSync(join(root, name), 'utf8');
    const specifiers = [...js.matchAll(/^(?:import|export)\b[^;]*?\bfrom '([^']+)'/gm), ...js.matchAll(/\bimport\('([^']+)'\)/g)].map((m) => m[1]!);
    seen += specifiers.length;
    for (const s of specifiers) if (!s.startsWith('.') && !s.startsWith('node:')) found.push(`${name}: ${s}`);
  }
  // A scan that found no imports at all would prove nothing.
  expect(seen, root).toBeGreaterThan(0);
  return found;
}

describe.skipIf(!haveNpm)('npm pack', () => {
  let dir: string;
  let app: string;
  let packed: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'manbind-pack-'));
    // `npm pack` runs the prepare script (the build), so the tarball holds the current sources.
    const pack = ok(await run('npm', ['pack', '--json', '--pack-destination', dir], repo), 'npm pack');
    const json = pack.stdout.slice(pack.stdout.indexOf('['));
    const [info] = JSON.parse(json) as { filename: string; files: { path: string }[] }[];
    packed = info!.files.map((f) => f.path);
    const tarball = join(dir, info!.filename);
    expect(existsSync(tarball)).toBe(true);

    app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch', version: '1.0.0', private: true, type: 'module' }, null, 2));
    ok(await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], app), 'npm install <tarball>');
  }, 480_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('ships the runtime, bindings, declarations, CLI, overrides and README; no tests or benchmarks', () => {
    for (const file of [
      'package.json',
      'README.md',
      'codegen/overrides.json',
      'dist/runtime/index.js',
      'dist/runtime/index.d.ts',
      'dist/runtime/types.js',
      'dist/runtime/types.d.ts',
      'dist/generated/options.js',
      'dist/generated/options.d.ts',
      'dist/codegen/cli.js',
      'dist/codegen/index.d.ts',
    ]) {
      expect(packed).toContain(file);
    }
    const unwanted = packed.filter((p) => /^(dist\/)?(test|bench)\//.test(p) || /\.test\.(js|ts)$/.test(p) || /^(runtime|codegen|generated)\/.*\.ts$/.test(p));
    expect(unwanted).toEqual([]);
    // The runtime and bindings need nothing from npm; every package the CLI imports is a declared dependency.
    const pkg = JSON.parse(readFileSync(join(app, 'node_modules', 'manbind', 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    const installed = join(app, 'node_modules', 'manbind', 'dist');
    const runtimeBare = [...bareImports(join(installed, 'runtime')), ...bareImports(join(installed, 'generated'))];
    expect(runtimeBare).toEqual([]);
    const cliBare = bareImports(join(installed, 'codegen'));
    expect(cliBare.map((s) => s.split(': ')[1])).toEqual(expect.arrayContaining(['unified', 'remark-parse', 'yaml']));
    for (const s of cliBare) {
      const specifier = s.split(': ')[1]!;
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
      expect(pkg.dependencies, s).toHaveProperty([name]);
    }
  });

  it('imports from ESM, type-checks strictly (a wrong option value is a type error) and runs', async () => {
    writeFileSync(
      join(app, 'consumer.ts'),
      [
        "import { Easy, Multi, CURLOPT, CURLINFO, CURLE } from 'manbind';",
        '',
        'const port = Number(process.argv[2]);',
        'const easy = new Easy();',
        "easy.setopt(CURLOPT.URL, `http://127.0.0.1:${port}/`);",
        '// @ts-expect-error CONNECT_ONLY takes 0, 1 or 2',
        "console.log('bad value', easy.setopt(CURLOPT.CONNECT_ONLY, 3));",
        'easy.setopt(CURLOPT.CONNECT_ONLY, 1);',
        "console.log('perform', await easy.perform());",
        "const sent = easy.send(new TextEncoder().encode('ping'));",
        "console.log('send', sent.code, sent.n);",
        'const buf = new Uint8Array(16);',
        'let r = easy.recv(buf);',
        "while (r.code === CURLE.AGAIN) { await easy.wait('recv'); r = easy.recv(buf); }",
        "console.log('recv', r.code, new TextDecoder().decode(buf.subarray(0, r.n)));",
        'const code: number = easy.getinfo(CURLINFO.RESPONSE_CODE).code;',
        "console.log('getinfo', code);",
        'easy.cleanup();',
        "console.log('multi', new Multi().cleanup());",
        '// The generator API types resolve too (they name mdast types, from the CLI dependencies).',
        "export type Summary = import('manbind/codegen').GenerateResult['summary'];",
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify(
        {
          compilerOptions: {
            strict: true,
            target: 'ES2022',
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            outDir: 'build',
            // Check the shipped declarations too, against the repository's @types/node.
            skipLibCheck: false,
            typeRoots: [join(repo, 'node_modules', '@types')],
            types: ['node'],
          },
          files: ['consumer.ts'],
        },
        null,
        2,
      ),
    );
    ok(await run(process.execPath, [tsc, '-p', 'tsconfig.json'], app), 'tsc over consumer.ts');

    // Without the expect-error comment the same file must fail to compile: the check has teeth.
    const source = readFileSync(join(app, 'consumer.ts'), 'utf8');
    writeFileSync(join(app, 'consumer.ts'), source.replace('// @ts-expect-error CONNECT_ONLY takes 0, 1 or 2\n', ''));
    const bad = await run(process.execPath, [tsc, '-p', 'tsconfig.json', '--noEmit'], app);
    writeFileSync(join(app, 'consumer.ts'), source);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toMatch(/consumer\.ts\(6,\d+\): error TS\d+/);

    const echo = net.createServer((s) => {
      s.on('error', () => {});
      s.pipe(s);
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    try {
      const port = (echo.address() as net.AddressInfo).port;
      const out = ok(await run(process.execPath, ['build/consumer.js', String(port)], app, 30_000), 'node build/consumer.js');
      expect(out.stdout.trimEnd().split('\n')).toEqual(['bad value 43', 'perform 0', 'send 0 4', 'recv 0 ping', 'getinfo 0', 'multi 0']);
    } finally {
      await new Promise<void>((resolve) => echo.close(() => resolve()));
    }
  }, 240_000);

  it("npx manbind generate works on the user's own specs and the bindings compile", async () => {
    mkdirSync(join(app, 'docs'), { recursive: true });
    // PORT's range comes from codegen/overrides.json only: finding it proves the CLI found the file.
    for (const name of ['CURLOPT_PORT.md', 'CURLINFO_ACTIVESOCKET.md']) cpSync(join(repo, 'specs', name), join(app, 'docs', name));
    const gen = ok(await run('npx', ['manbind', 'generate', '--specs', './docs', '--out', './gen'], app), 'npx manbind generate');
    expect(gen.stdout).toMatch(/^manbind: 2 docs read, 1 options, 1 infos, 0 functions emitted, \d+ diagnostics, \d+ ms$/m);
    expect(readFileSync(join(app, 'gen', 'validators.ts'), 'utf8')).toContain('PORT: inRange(0, 65535)');
    // The runtime types come from the installed package ('manbind/types', the default).
    expect(readFileSync(join(app, 'gen', 'info.ts'), 'utf8')).toContain("from 'manbind/types';");

    writeFileSync(
      join(app, 'use-gen.ts'),
      [
        "import type { CurlSocket } from 'manbind/types';",
        "import { CURLOPT, CURLINFO, validateOption, type Getinfo, type Setopt } from './gen/index.js';",
        '',
        'declare const handle: Setopt & Getinfo;',
        'export const rc: number = handle.setopt(CURLOPT.PORT, 8080);',
        '// @ts-expect-error PORT takes a number',
        "handle.setopt(CURLOPT.PORT, '8080');",
        'export const socket: CurlSocket = handle.getinfo(CURLINFO.ACTIVESOCKET).value;',
        "export const checks = [validateOption('PORT', 80), validateOption('PORT', 70000)];",
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(app, 'tsconfig.gen.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          noEmit: true,
          skipLibCheck: false,
          typeRoots: [join(repo, 'node_modules', '@types')],
          types: ['node'],
        },
        include: ['use-gen.ts', 'gen'],
      }),
    );
    ok(await run(process.execPath, [tsc, '-p', 'tsconfig.gen.json'], app), 'tsc over the generated bindings');
  }, 240_000);
});
