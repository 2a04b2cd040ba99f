// Driving a logged-in connect-only connection of a login protocol from a test: send one command
// line, read until the server's answer line shows up (IMAP NOOP and IDLE, POP3 STAT, SMTP NOOP,
// FTP PWD), and a connect-only handle with credentials and the test CA.
import { Easy } from '../../runtime/index.js';
import { sendAll, set } from '../runtime/helpers.js';

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
