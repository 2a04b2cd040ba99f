// A redirect that comes while the body is still going out (lib/http.c http_perhapsrewind and the
// end of http_handle_send_error): the body is read again for the next request; with 2,000 bytes
// or more left the connection closes instead of sending them ("close instead of sending N more
// bytes", then "Keep sending data to get tossed away" as libcurl 8.22 prints it), with less the
// rest goes and the connection is kept. The line order was checked against curl 8.22's own
// `curl -v -L -T file -H Expect:` with the same peers.
import { createHash } from 'node:crypto';
import type net from 'node:net';
import { describe, expect, it } from 'vitest';
import { CURLE, Easy } from '../../runtime/index.js';
import { capture, cleanupAfterEach, info, listen, pattern, set } from './helpers.js';

const { handles } = cleanupAfterEach();

/**
 * A raw HTTP/1.1 peer: a PUT to /a is answered with a 307 to /b once `after` body bytes came (with
 * `stall`, the socket is not read any more then, so the client's writes fill it); a PUT to /b is
 * read whole and answered with the sha-256 of its body.
 */
async function redirector(after: number, stall: boolean): Promise<{ port: number; connections: () => number }> {
  let connections = 0;
  const peer = await listen((s: net.Socket) => {
    connections++;
    let buf = Buffer.alloc(0);
    let head: string | null = null;
    let got = 0;
    let len = 0;
    let answered = false;
    let hash = createHash('sha256');
    s.on('data', (c: Buffer) => {
      if (head === null) {
        buf = Buffer.concat([buf, c]);
        const i = buf.indexOf('\r\n\r\n');
        if (i < 0) return;
        head = buf.subarray(0, i).toString('latin1');
        c = buf.subarray(i + 4);
        len = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? 0);
        got = 0;
        answered = false;
        hash = createHash('sha256');
      }
      got += c.length;
      hash.update(c);
      const path = head.split(' ')[1];
      if (path === '/a' && !answered && got >= after) {
        answered = true;
        s.write('HTTP/1.1 307 Temporary Redirect\r\nLocation: /b\r\nContent-Length: 3\r\n\r\nabc');
        if (stall) {
          s.pause();
          return;
        }
      }
      if (got >= len) {
        if (path === '/b') {
          const digest = hash.digest('hex');
          s.write(`HTTP/1.1 200 OK\r\nContent-Length: ${digest.length}\r\n\r\n${digest}`);
        }
        head = null;
        buf = Buffer.alloc(0);
      }
    });
  });
  return { port: peer.port, connections: () => connections };
}

/** PUTs `data` to /a through READFUNCTION and SEEKFUNCTION, following the redirect. */
async function put(port: number, data: Buffer): Promise<{ code: number; answer: string; lines: string[]; easy: Easy }> {
  const easy = new Easy();
  handles.push(easy);
  set(easy, 'URL', `http://127.0.0.1:${port}/a`);
  set(easy, 'UPLOAD', 1);
  set(easy, 'INFILESIZE_LARGE', data.length);
  set(easy, 'FOLLOWLOCATION', 1);
  // the body goes right after the head
  set(easy, 'HTTPHEADER', ['Expect:']);
  set(easy, 'TIMEOUT_MS', 20_000);
  let off = 0;
  set(easy, 'READFUNCTION', (buffer: Uint8Array, size: number, nitems: number) => {
    const n = Math.min(size * nitems, data.length - off);
    buffer.set(data.subarray(off, off + n));
    off += n;
    return n;
  });
  set(easy, 'SEEKFUNCTION', (_d: unknown, offset: number) => {
    off = offset;
    return 0;
  });
  let answer = '';
  set(easy, 'WRITEFUNCTION', (b: Uint8Array) => {
    answer += Buffer.from(b).toString();
    return b.length;
  });
  const log = capture(easy);
  const code = await easy.perform();
  return { code, answer, lines: log.lines(), easy };
}

describe('a followed redirect while the body goes out', () => {
  it('with much left: "close instead of sending N more bytes", a new connection, the body again from its start', async () => {
    const data = pattern(16 * 1024 * 1024);
    const peer = await redirector(1, true);
    const r = await put(peer.port, data);
    expect(r.code).toBe(CURLE.OK);
    expect(r.answer).toBe(createHash('sha256').update(data).digest('hex'));
    const at = (text: string | RegExp): number => r.lines.findIndex((l) => (typeof text === 'string' ? l === text : text.test(l)));
    const rewind = at('Need to rewind upload for next request');
    const instead = at(/^close instead of sending \d+ more bytes$/);
    const tossed = at('Keep sending data to get tossed away');
    expect(rewind).toBeGreaterThanOrEqual(0);
    expect(instead).toBe(rewind + 1);
    expect(tossed).toBe(instead + 1);
    const left = Number(/(\d+)/.exec(r.lines[instead]!)![1]);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(data.length);
    // not the send-error path: the body is wanted again
    expect(r.lines.some((l) => l.startsWith('HTTP error before end of send'))).toBe(false);
    expect(r.lines).toContain(`Issue another request to this URL: 'http://127.0.0.1:${peer.port}/b'`);
    expect(peer.connections()).toBe(2);
  });

  it('with less than 2,000 bytes left: the rest goes, the answer is read and the connection serves the next request', async () => {
    const data = pattern(200_000);
    const peer = await redirector(data.length - 1500, false);
    const r = await put(peer.port, data);
    expect(r.code).toBe(CURLE.OK);
    expect(r.answer).toBe(createHash('sha256').update(data).digest('hex'));
    expect(r.lines).toContain('Need to rewind upload for next request');
    expect(r.lines.some((l) => l.startsWith('close instead of sending'))).toBe(false);
    expect(r.lines).toContain('Ignoring the response-body');
    expect(r.lines).toContain('setting size while ignoring');
    expect(r.lines).toContain('Reusing existing http: connection with host 127.0.0.1');
    expect(peer.connections()).toBe(1);
    expect(info(r.easy, 'REDIRECT_COUNT').value).toBe(1);
  });
});
