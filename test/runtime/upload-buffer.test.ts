// The memory READFUNCTION fills is read into again, as libcurl reads into its one send buffer
// (lib/request.c), but only once the socket has the bytes of the piece before: against a server
// that reads slowly every byte still arrives once and in order.
import { createHash } from 'node:crypto';
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { CURLE, Easy } from '../../runtime/index.js';
import { cleanupAfterEach, listen, pattern, serve, set } from './helpers.js';

const { handles, closers } = cleanupAfterEach();

/** A PUT server that answers with the sha-256 of the body; with `stall`, it stops reading for
 * that many ms at the first bytes and after each further MiB, so the client's socket fills and
 * its writes wait. */
async function hasher(stall = 0): Promise<string> {
  const server = http.createServer((req, res) => {
    const h = createHash('sha256');
    let since = 1024 * 1024;
    req.on('data', (c: Buffer) => {
      h.update(c);
      since += c.length;
      if (stall > 0 && since >= 1024 * 1024) {
        since = 0;
        req.pause();
        setTimeout(() => req.resume(), stall);
      }
    });
    req.on('end', () => res.end(h.digest('hex')));
  });
  return `http://127.0.0.1:${await serve(server, closers)}/`;
}


/** PUTs `data` through READFUNCTION, at most `most` bytes a call (chunked unless `sized`); the
 * answer and the ArrayBuffers the callback was given. */
async function put(
  url: string,
  data: Buffer,
  most = Infinity,
  sized = true,
): Promise<{ code: number; answer: string; calls: number; memories: number }> {
  const easy = new Easy();
  handles.push(easy);
  set(easy, 'URL', url);
  set(easy, 'UPLOAD', 1);
  if (sized) set(easy, 'INFILESIZE_LARGE', data.length);
  let off = 0;
  let calls = 0;
  const memories = new Set<ArrayBufferLike>();
  set(easy, 'READFUNCTION', (buffer: Uint8Array, size: number, nitems: number) => {
    calls++;
    memories.add(buffer.buffer);
    const n = Math.min(size * nitems, most, data.length - off);
    buffer.set(data.subarray(off, off + n));
    off += n;
    return n;
  });
  let answer = '';
  set(easy, 'WRITEFUNCTION', (b: Uint8Array) => {
    answer += Buffer.from(b).toString();
    return b.length;
  });
  const code = await easy.perform();
  return { code, answer, calls, memories: memories.size };
}

describe('the READFUNCTION buffer', () => {
  it('is read into again when the socket took the piece before at once', async () => {
    const data = pattern(8 * 1024 * 1024);
    const r = await put(await hasher(), data);
    expect(r.code).toBe(CURLE.OK);
    expect(r.answer).toBe(createHash('sha256').update(data).digest('hex'));
    // 128 reads of 64 KiB: most of them into memory used before
    expect(r.calls).toBeGreaterThanOrEqual(128);
    expect(r.memories).toBeLessThan(r.calls / 2);
  });

  it('is not written while the socket still holds the piece before: a slow reader gets every byte once', async () => {
    // pieces below the socket's high-water mark: writes wait in it without a drain to wait for
    const data = pattern(8 * 1024 * 1024 + 3);
    const r = await put(await hasher(50), data, 3000);
    expect(r.code).toBe(CURLE.OK);
    expect(r.answer).toBe(createHash('sha256').update(data).digest('hex'));
  });

  it('is not written while the socket still holds the piece before, chunked', async () => {
    const data = pattern(8 * 1024 * 1024 + 3);
    const r = await put(await hasher(50), data, 3000, false);
    expect(r.code).toBe(CURLE.OK);
    expect(r.answer).toBe(createHash('sha256').update(data).digest('hex'));
    expect(r.memories).toBeLessThan(r.calls);
  });
});

describe('an error answer while the body goes', () => {
  it('stops the upload at once even when the server no longer reads (no wait for the socket to drain)', async () => {
    // the server answers 403 at the head and never reads the body: the client's socket fills up
    const { port } = await listen((s) => {
      s.once('data', () => {
        s.pause();
        s.write('HTTP/1.1 403 Forbidden\r\nContent-Length: 2\r\n\r\nno');
      });
    });
    const easy = new Easy();
    handles.push(easy);
    const size = 256 * 1024 * 1024;
    set(easy, 'URL', `http://127.0.0.1:${port}/`);
    set(easy, 'UPLOAD', 1);
    set(easy, 'INFILESIZE_LARGE', size);
    // the body goes at once after the head, and fills the socket
    set(easy, 'HTTPHEADER', ['Expect:']);
    // waiting for a drain that never comes would last until this TIMEOUT
    set(easy, 'TIMEOUT_MS', 15_000);
    let read = 0;
    set(easy, 'READFUNCTION', (buffer: Uint8Array, sz: number, n: number) => {
      const k = Math.min(sz * n, size - read);
      read += k;
      return k;
    });
    const lines: string[] = [];
    set(easy, 'VERBOSE', 1);
    set(easy, 'DEBUGFUNCTION', (_h: unknown, type: number, data: Uint8Array) => {
      if (type === 0) lines.push(Buffer.from(data).toString().trimEnd());
      return 0;
    });
    let body = '';
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => {
      body += Buffer.from(b).toString();
      return b.length;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(body).toBe('no');
    expect(read).toBeLessThan(size);
    expect(lines).toContain('HTTP error before end of send, stop sending');
    expect(lines.some((l) => l.startsWith('abort upload after having sent '))).toBe(true);
    expect(lines.some((l) => l.startsWith('Operation timed out'))).toBe(false);
  }, 30_000);
});
