// The peers and tools of the form tests (forms.test.ts, form-rounds.test.ts): a recording Node
// http server, a raw HTTP server, handles and scratch folders cleaned up after each test, the
// real multipart parsers the bodies are checked with (undici's Response.formData(), Python's
// email package through test/peers/mime-parse.py) and Debian's curl for the bytes to compare.
import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Easy } from '../../runtime/index.js';
import { cleanupAfterEach, listen, serve, set } from './helpers.js';

export interface Got {
  method: string;
  headers: http.IncomingHttpHeaders;
  rawHeaders: string[];
  body: Buffer;
}

export const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

export { pattern } from './helpers.js';

/** The boundary of a multipart Content-Type value. */
export function boundaryOf(contentType: string | undefined): string {
  const m = /boundary=(\S+)$/.exec(contentType ?? '');
  if (m === null) throw new Error(`no boundary in ${contentType}`);
  return m[1]!;
}

/** Undici's WHATWG multipart parser (Response.formData). */
export async function formData(g: Got): Promise<FormData> {
  return new Response(new Uint8Array(g.body), { headers: { 'content-type': g.headers['content-type']! } }).formData();
}

export interface PyPart {
  headers: [string, string][];
  type: string;
  name: string | null;
  filename: string | null;
  disposition: string | null;
  cte: string | null;
  boundary: string | null;
  parts?: PyPart[];
  content?: string;
  defects?: string[];
}

const PYTHON = '/usr/bin/python3';
export const haveEmail = existsSync(PYTHON);

/** Python's email package's view of a multipart body. */
export function pyParse(contentType: string, body: Uint8Array): PyPart {
  const r = spawnSync(PYTHON, [join(import.meta.dirname, '..', 'peers', 'mime-parse.py'), contentType], { input: body, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(r.stderr.toString());
  return JSON.parse(r.stdout.toString()) as PyPart;
}

export const CURL = '/usr/bin/curl';

/** Debian's curl with `args` against `url`; resolves when it exits. */
export function runCurl(args: string[], url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(CURL, ['-s', '-o', '/dev/null', ...args, url], (err) => (err ? reject(err) : resolve()));
  });
}

/** The servers, handles and folders of a test file, closed and removed after each test. */
export function formKit() {
  const { handles, closers } = cleanupAfterEach();
  /** A server that keeps what each request carried, then answers with `answer`. */
  async function recorder(
    answer: (req: http.IncomingMessage, res: http.ServerResponse, got: Got) => void = (_q, res) => res.end('ok'),
    onHead?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean,
  ): Promise<{ url: (p?: string) => string; got: Got[]; connections: () => number }> {
    const got: Got[] = [];
    let connections = 0;
    const server = http.createServer((req, res) => {
      if (onHead?.(req, res) === true) return;
      const parts: Buffer[] = [];
      req.on('data', (c: Buffer) => parts.push(c));
      req.on('end', () => {
        const g = { method: req.method!, headers: req.headers, rawHeaders: req.rawHeaders, body: Buffer.concat(parts) };
        got.push(g);
        answer(req, res, g);
      });
    });
    // Expect: 100-continue is answered as Node does by default unless the test says otherwise
    server.on('checkContinue', (req, res) => {
      if (onHead?.(req, res) === true) return;
      res.writeContinue();
      server.emit('request', req, res);
    });
    server.on('connection', () => connections++);
    const port = await serve(server, closers);
    return { url: (p = '/') => `http://127.0.0.1:${port}${p}`, got, connections: () => connections };
  }

  function easyFor(url: string): { easy: Easy; err: { text: string } } {
    const easy = new Easy();
    handles.push(easy);
    const err = { text: '' };
    set(easy, 'URL', url);
    set(easy, 'ERRORBUFFER', err);
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => b.length);
    return { easy, err };
  }

  const tmp = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'manbind-forms-'));
    closers.push(async () => rmSync(dir, { recursive: true, force: true }));
    return dir;
  };

  /** A raw HTTP server: `onRequest` gets each connection's bytes so far and the socket. */
  async function rawServer(onData: (s: net.Socket, all: Buffer, index: number) => void): Promise<{ url: string; received: Buffer[] }> {
    // listen() records each connection's bytes before this handler sees them
    const peer = await listen((s, index) => s.on('data', () => onData(s, peer.received[index]!, index)));
    return { url: `http://127.0.0.1:${peer.port}/`, received: peer.received };
  }

  return { handles, closers, recorder, easyFor, tmp, rawServer };
}
