// Driving a logged-in connect-only connection of a login protocol from a test: send one command
// line, read until the server's answer line shows up (IMAP NOOP and IDLE, POP3 STAT, SMTP NOOP,
// FTP PWD); connect-only handles and servers cleaned up after each test, a real server with a
// throwaway PKI for a describe block, perform with the error buffer's text, and the command lines
// a handle sent.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { CURLINFO_HEADER_OUT, Easy } from '../../runtime/index.js';
import { capture, sendAll, set } from '../runtime/helpers.js';
import { makePki, type Pki } from './tls-fixtures.js';

/** Sends `line` with CRLF on the handle's connection. */
export async function sendLine(easy: Easy, line: string): Promise<void> {
  await sendAll(easy, Buffer.from(`${line}\r\n`));
}

/** Reads until a complete line matching `want` arrived; returns everything read. Throws on a
 * recv error or EOF first. */
export async function recvUntil(easy: Easy, want: RegExp): Promise<string> {
  let text = '';
  const buf = new Uint8Array(65536);
  for (;;) {
    const lines = text.split('\r\n').slice(0, -1);
    if (lines.some((l) => want.test(l))) return text;
    const r = easy.recv(buf);
    if (r.code === 81) {
      await easy.wait('recv');
      continue;
    }
    if (r.code !== 0) throw new Error(`recv returned ${r.code} after ${JSON.stringify(text)}`);
    if (r.n === 0) throw new Error(`EOF after ${JSON.stringify(text)}`);
    text += Buffer.from(buf.subarray(0, r.n)).toString('utf8');
  }
}

/** A CONNECT_ONLY=1 handle for `url` with the given options (names without CURLOPT_). */
export function loginHandle(url: string, opts: Record<string, unknown> = {}): Easy {
  const easy = new Easy();
  set(easy, 'URL', url);
  set(easy, 'CONNECT_ONLY', 1);
  for (const [k, v] of Object.entries(opts)) {
    const rc = set(easy, k, v);
    if (rc !== 0) throw new Error(`setopt ${k} returned ${rc}`);
  }
  return easy;
}

type Closable = { close(): Promise<void> };

export interface LoginTests {
  /** A loginHandle, cleaned up after the test. */
  handle(url: string, opts?: Record<string, unknown>): Easy;
  /** A handle to clean up or a server to close after the test; returned as given. */
  keep<T extends Easy | Closable>(x: T): T;
}

/** Call once at the top of a test file: handles and servers go after each test. */
export function loginTests(): LoginTests {
  const handles: Easy[] = [];
  const servers: Closable[] = [];
  afterEach(async () => {
    for (const e of handles.splice(0)) e.cleanup();
    for (const s of servers.splice(0)) await s.close();
  });
  const keep = <T extends Easy | Closable>(x: T): T => {
    if (x instanceof Easy) handles.push(x);
    else servers.push(x);
    return x;
  };
  return { handle: (url, opts = {}) => keep(loginHandle(url, opts)), keep };
}

/** A real server (dovecot, aiosmtpd, pyftpdlib) with a throwaway PKI for the tests of the
 * enclosing describe: both objects are filled in before the first test and the server stopped
 * and the PKI removed after the last. */
export function realServer<T extends Closable>(start: (pki: Pki) => Promise<T>): { pki: Pki; server: T } {
  const pki = {} as Pki;
  const server = {} as T;
  beforeAll(async () => {
    Object.assign(pki, makePki());
    Object.assign(server, await start(pki));
  });
  afterAll(async () => {
    if ('close' in server) await server.close();
    if ('cleanup' in pki) pki.cleanup();
  });
  return { pki, server };
}

/** Performs with an ERRORBUFFER: the code and the error text. */
export async function perform(easy: Easy): Promise<{ code: number; text: string }> {
  const errors = { text: '' };
  set(easy, 'ERRORBUFFER', errors);
  const code = await easy.perform();
  return { code, text: errors.text };
}

/** The command lines a captured handle sent (HEADER_OUT). */
export function sent(cap: ReturnType<typeof capture>): string[] {
  return cap.events.filter((e) => e.type === CURLINFO_HEADER_OUT).map((e) => e.text);
}
