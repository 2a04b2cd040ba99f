// HTTP/2 failures (issue 16, "Bad input") against a scripted frame peer on loopback (h2c with
// prior knowledge): RST_STREAM with and without an error code, GOAWAY with a stream in flight,
// malformed frames, HTTP/1.1 spoken to an h2 preface; each with libcurl 8.22's code and text, and
// nothing left open.
import { describe, expect, it } from 'vitest';
import { CURLE, Easy } from '../../runtime/index.js';
import { FRAME, frame, startFramePeer, type FrameConn } from '../peers/h2-frames.js';
import { capture, cleanupAfterEach, collect, set } from './helpers.js';

const { handles, closers } = cleanupAfterEach();

async function peer(script: (c: FrameConn, stream: number) => void, o: Parameters<typeof startFramePeer>[1] = {}) {
  const p = await startFramePeer(script, o);
  closers.push(() => p.close());
  return p;
}

function h2c(port: number, path = '/'): Easy {
  const easy = new Easy();
  handles.push(easy);
  set(easy, 'URL', `http://127.0.0.1:${port}${path}`);
  set(easy, 'HTTP_VERSION', 5);
  return easy;
}

describe('HTTP/2 stream and connection failures', () => {
  it('a reset with an error code mid-body is CURLE_HTTP2_STREAM (92)', async () => {
    const p = await peer((c, id) => {
      c.headers(id, 200, [['content-length', '100']]);
      c.data(id, 'part');
      setTimeout(() => c.rst(id, 2), 20);
    });
    const easy = h2c(p.port);
    const log = capture(easy);
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.HTTP2_STREAM);
    expect(log.lines()).toContain('HTTP/2 stream 1 reset by server (error 0x2 INTERNAL_ERROR)');
    expect(got.body().toString()).toBe('part');
  });

  it('a reset with NO_ERROR short of Content-Length gives 18 after body bytes, 16 before any', async () => {
    let n = 0;
    const p = await peer((c, id) => {
      c.headers(id, 200, [['content-length', '10']]);
      if (n++ === 0) c.data(id, 'some');
      setTimeout(() => c.rst(id, 0), 20);
    });
    const easy = h2c(p.port);
    const log = capture(easy);
    collect(easy);
    expect(await easy.perform()).toBe(CURLE.PARTIAL_FILE);
    expect(log.lines()).toContain('HTTP/2 stream 1 reset by server (error 0x0 NO_ERROR)');
    expect(await easy.perform()).toBe(CURLE.HTTP2);
  });

  it('a reset before the response head is 92', async () => {
    const p = await peer((c, id) => c.rst(id, 8));
    const easy = h2c(p.port);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.HTTP2_STREAM);
    expect(log.lines()).toContain('HTTP/2 stream 1 reset by server (error 0x8 CANCEL)');
  });

  it('GOAWAY leaving the stream out is a refused stream: retried once on a new connection', async () => {
    const p = await peer((c, id) => {
      if (p.connections() === 1) {
        c.goaway(0, 0);
        return;
      }
      c.headers(id, 200, [['content-length', '2']]);
      c.data(id, 'ok', true);
    });
    const easy = h2c(p.port);
    const log = capture(easy);
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(got.body().toString()).toBe('ok');
    expect(log.lines()).toContain('HTTP/2 stream 1 refused by server, try again on a new connection');
    expect(log.lines()).toContain('Connection died, retrying a fresh connect (retry count: 1)');
    expect(p.connections()).toBe(2);
  });

  it('GOAWAY with an error code, or the connection cut, with the stream in flight: 18 after body bytes, 16 before', async () => {
    for (const cut of [false, true]) {
      let n = 0;
      const p = await peer((c, id) => {
        c.headers(id, 200);
        if (n++ === 0) c.data(id, 'abc');
        setTimeout(() => (cut ? c.socket.destroy() : c.goaway(id, 2)), 20);
      });
      const easy = h2c(p.port);
      const log = capture(easy);
      collect(easy);
      expect(await easy.perform()).toBe(CURLE.PARTIAL_FILE);
      if (!cut) expect(log.lines()).toContain('received GOAWAY, error=2, last_stream=1');
      expect(await easy.perform()).toBe(CURLE.HTTP2);
      expect(p.connections()).toBe(2);
    }
  });

  it('a malformed frame (WINDOW_UPDATE of 0 on the connection) is CURLE_HTTP2 (16)', async () => {
    const p = await peer((c, id) => {
      c.headers(id, 200);
      c.send(frame(FRAME.WINDOW_UPDATE, 0, 0, Buffer.alloc(4)));
    });
    const easy = h2c(p.port);
    collect(easy);
    expect(await easy.perform()).toBe(CURLE.HTTP2);
  });

  it('HTTP/1.1 answered to the h2 preface is CURLE_HTTP2 (16)', async () => {
    const p = await peer(() => {}, { raw: 'HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n' });
    const easy = h2c(p.port);
    collect(easy);
    expect(await easy.perform()).toBe(CURLE.HTTP2);
  });

  it('leaves nothing open: a reset keeps the connection for the next perform, cleanup closes it', async () => {
    let n = 0;
    const p = await peer((c, id) => {
      c.headers(id, 200, [['content-length', '2']]);
      if (n++ === 0) c.rst(id, 2);
      else c.data(id, 'ok', true);
    });
    const easy = h2c(p.port);
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.HTTP2_STREAM);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(got.body().toString()).toBe('ok');
    expect(p.connections()).toBe(1);
    easy.cleanup();
    for (let i = 0; i < 100 && p.open() > 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(p.open()).toBe(0);
  });

  it('a graceful GOAWAY lets the stream finish; the next perform opens a new connection', async () => {
    const p = await peer((c, id) => {
      c.goaway(id, 0);
      c.headers(id, 200, [['content-length', '4']]);
      c.data(id, 'done', true);
    });
    const easy = h2c(p.port);
    const log = capture(easy);
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(got.body().toString()).toBe('donedone');
    expect(p.connections()).toBe(2);
    expect(log.lines().some((l) => l.startsWith('Reusing existing'))).toBe(false);
  });

  it('response headers over 300 KiB fail with 16 and "Too large response headers"', async () => {
    // nghttp2 takes at most 8 CONTINUATION frames per head (~140 KiB at the default frame size),
    // so the limit is passed by the interim heads and the final one of one request together
    const fields: [string, string][] = [];
    for (let i = 0; i < 1100; i++) fields.push([`x-f${i}`, 'v'.repeat(100)]);
    const p = await peer((c, id) => {
      for (let i = 0; i < 3; i++) c.bigHeaders(id, 103, fields);
      c.headers(id, 200, [], true);
    });
    const easy = h2c(p.port);
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    collect(easy);
    expect(await easy.perform()).toBe(CURLE.HTTP2);
    expect(errors.text).toMatch(/^Too large response headers: \d+ > 307200$/);
  });

  it('a connection that got GOAWAY while idle is not reused: the next perform connects anew', async () => {
    const p = await peer((c, id) => {
      c.headers(id, 200, [['content-length', '2']]);
      c.data(id, 'ok', true);
      setTimeout(() => c.goaway(id, 0), 10);
    });
    const easy = h2c(p.port);
    const log = capture(easy);
    collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    await new Promise((r) => setTimeout(r, 60));
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(p.connections()).toBe(2);
    // taken out of the pool at the look-up (lib/url.c url_match_conn): the pool's own pruning
    // is silent in 8.22
    expect(log.lines()).toContain('Connection 0 seems to be dead, terminating');
  });
});
