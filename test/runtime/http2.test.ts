// HTTP/2 (issue 16) through the public API: HTTP_VERSION, the ALPN offer and libcurl's lines,
// ordinary transfers over h2 against Debian's nghttpd and Node's http2 server on loopback (the
// header lines as libcurl writes them for HTTP/2, bodies, uploads, redirects, trailers, auth,
// content decoding, the header API, the infos), and HTTP/1.1 when the server offers no h2.
import { once } from 'node:events';
import * as http2 from 'node:http2';
import * as https from 'node:https';
import type * as net from 'node:net';
import * as tls from 'node:tls';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CURL_WRITEFUNC_PAUSE, CURLE, CURLH_HEADER, CURLH_PSEUDO, CURLH_TRAILER, CURLPAUSE_CONT, Easy } from '../../runtime/index.js';
import { haveNghttpd, startNghttpd, type Nghttpd } from '../peers/nghttpd.js';
import { filePki } from '../peers/tls-fixtures.js';
import { capture, cleanupAfterEach, collect, easyWith, info, set } from './helpers.js';

const { haveOpenssl, pki } = filePki('the HTTP/2 tests');
const { handles, closers } = cleanupAfterEach();
if (!haveNghttpd) console.warn('nghttpd (nghttp2-server) is not installed: skipping the HTTP/2 tests against it');

/** CURL_HTTP_VERSION_* (include/curl/curl.h) */
const V = { NONE: 0, V1_0: 1, V1_1: 2, V2_0: 3, V2TLS: 4, V2_PRIOR_KNOWLEDGE: 5, V3: 30, V3ONLY: 31 };

async function nghttpd(o: Parameters<typeof startNghttpd>[1] = {}): Promise<Nghttpd> {
  const s = await startNghttpd(pki, o);
  closers.push(() => s.close());
  return s;
}

/** A Node http2 server (TLS, ALPN h2 and http/1.1 unless `h1only`) with a handler per stream;
 * counts the connections it accepted. */
async function h2server(
  onStream: (stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders) => void,
  o: { plain?: boolean; settings?: http2.Settings } = {},
): Promise<{ port: number; connections: () => number; sessions: http2.ServerHttp2Session[] }> {
  const server =
    o.plain === true
      ? http2.createServer({ settings: o.settings })
      : http2.createSecureServer({ key: pki.localhost.key, cert: pki.localhost.cert, allowHTTP1: true, settings: o.settings });
  const sockets = new Set<net.Socket>();
  const sessions: http2.ServerHttp2Session[] = [];
  let connections = 0;
  server.on(o.plain === true ? 'connection' : 'secureConnection', (s: net.Socket) => {
    connections++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('session', (s: http2.ServerHttp2Session) => sessions.push(s));
  server.on('stream', onStream);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  closers.push(
    () =>
      new Promise<void>((r) => {
        for (const s of sessions) s.destroy();
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  );
  return { port: (server.address() as net.AddressInfo).port, connections: () => connections, sessions };
}

function easyFor(url: string, opts: Record<string, unknown> = {}): Easy {
  return easyWith(handles, { URL: url, CAINFO: pki.ca.certFile, ...opts });
}

describe('CURLOPT_HTTP_VERSION', () => {
  it('accepts NONE, 1_0, 1_1, 2_0, 2TLS and 2_PRIOR_KNOWLEDGE; 3 and 3ONLY give 1, negative 43', () => {
    const easy = new Easy();
    handles.push(easy);
    for (const v of [V.NONE, V.V1_0, V.V1_1, V.V2_0, V.V2TLS, V.V2_PRIOR_KNOWLEDGE]) expect(set(easy, 'HTTP_VERSION', v)).toBe(CURLE.OK);
    expect(set(easy, 'HTTP_VERSION', V.V3)).toBe(CURLE.UNSUPPORTED_PROTOCOL);
    expect(set(easy, 'HTTP_VERSION', V.V3ONLY)).toBe(CURLE.UNSUPPORTED_PROTOCOL);
    expect(set(easy, 'HTTP_VERSION', -1)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
  });
});

describe.runIf(haveOpenssl && haveNghttpd)('HTTP/2 against nghttpd', () => {
  it('offers h2,http/1.1 by default, speaks HTTP/2 and writes the head as libcurl does', async () => {
    const srv = await nghttpd();
    const easy = easyFor(`https://localhost:${srv.port}/index.html`);
    const log = capture(easy);
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(got.body().toString()).toBe('hello over h2\n');
    const lines = log.lines();
    const at = (s: string | RegExp): number => lines.findIndex((l) => (typeof s === 'string' ? l === s : s.test(l)));
    const order = [
      at('ALPN: curl offers h2,http/1.1'),
      at('ALPN: server accepted h2'),
      at('using HTTP/2'),
      at(`[HTTP/2] [1] OPENED stream for https://localhost:${srv.port}/index.html`),
      at('[HTTP/2] [1] [:method: GET]'),
      at('[HTTP/2] [1] [:scheme: https]'),
      at(`[HTTP/2] [1] [:authority: localhost:${srv.port}]`),
      at('[HTTP/2] [1] [:path: /index.html]'),
      at('[HTTP/2] [1] [accept: */*]'),
    ];
    expect(order.every((i) => i >= 0), lines.join('\n')).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const out = log.events.filter((e) => e.type === 2).map((e) => e.text);
    expect(out[0]).toMatch(/^GET \/index\.html HTTP\/2\r\nHost: localhost:\d+\r\nAccept: \*\/\*\r\n\r\n$/);
    expect(got.headers[0]).toBe('HTTP/2 200 \r\n');
    expect(got.headers.slice(1, -1).every((l) => /^[a-z0-9-]+: .*\r\n$/.test(l))).toBe(true);
    expect(got.headers.some((l) => l === 'content-length: 14\r\n')).toBe(true);
    expect(got.headers.at(-1)).toBe('\r\n');
    expect(info(easy, 'HTTP_VERSION').value).toBe(V.V2_0);
    expect(info(easy, 'RESPONSE_CODE').value).toBe(200);
    expect(info(easy, 'SIZE_DOWNLOAD_T').value).toBe(14);
    expect(info(easy, 'CONTENT_LENGTH_DOWNLOAD_T').value).toBe(14);
    expect(info(easy, 'HEADER_SIZE').value).toBe(got.headers.join('').length);
  });

  it('offers only http/1.1 for HTTP_VERSION 1_1 and http/1.0,http/1.1 for 1_0', async () => {
    const srv = await h2server((s) => s.respond({ ':status': 200 }));
    const server = https.createServer({ key: pki.localhost.key, cert: pki.localhost.cert }, (_q, r) => r.end('h1'));
    void srv;
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    closers.push(() => new Promise<void>((r) => server.close(() => r())));
    const port = (server.address() as net.AddressInfo).port;
    for (const [v, offer] of [
      [V.V1_1, 'http/1.1'],
      [V.V1_0, 'http/1.0,http/1.1'],
    ] as const) {
      const easy = easyFor(`https://localhost:${port}/`, { HTTP_VERSION: v });
      const log = capture(easy);
      collect(easy);
      expect(await easy.perform()).toBe(CURLE.OK);
      expect(log.lines()).toContain(`ALPN: curl offers ${offer}`);
      expect(log.lines()).toContain('using HTTP/1.x');
    }
  });

  it('falls back to HTTP/1.1 when the server offers no h2', async () => {
    const server = https.createServer({ key: pki.localhost.key, cert: pki.localhost.cert }, (_q, r) => r.end('h1 body'));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    closers.push(() => new Promise<void>((r) => server.close(() => r())));
    const port = (server.address() as net.AddressInfo).port;
    const easy = easyFor(`https://localhost:${port}/`);
    const log = capture(easy);
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines()).toContain('ALPN: curl offers h2,http/1.1');
    expect(log.lines()).toContain('ALPN: server accepted http/1.1');
    expect(log.lines()).toContain('using HTTP/1.x');
    expect(got.body().toString()).toBe('h1 body');
    expect(got.headers[0]).toBe('HTTP/1.1 200 OK\r\n');
    expect(info(easy, 'HTTP_VERSION').value).toBe(V.V1_1);
  });

  it('speaks h2c with 2_PRIOR_KNOWLEDGE on http://', async () => {
    const srv = await nghttpd({ plain: true });
    const easy = easyFor(`http://127.0.0.1:${srv.port}/index.html`, { HTTP_VERSION: V.V2_PRIOR_KNOWLEDGE });
    const log = capture(easy);
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines()).toContain('using HTTP/2');
    expect(got.body().toString()).toBe('hello over h2\n');
    expect(got.headers[0]).toBe('HTTP/2 200 \r\n');
    expect(info(easy, 'HTTP_VERSION').value).toBe(V.V2_0);
  });

  it('sends POSTFIELDS and read-callback uploads (nghttpd echoes them)', async () => {
    const srv = await nghttpd();
    const easy = easyFor(`https://localhost:${srv.port}/echo`, { POSTFIELDS: 'name=value&x=1' });
    const log = capture(easy);
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(got.body().toString()).toBe('name=value&x=1');
    const out = log.events.filter((e) => e.type === 2).map((e) => e.text)[0]!;
    expect(out).toMatch(/^POST \/echo HTTP\/2\r\n/);
    expect(out).toContain('Content-Length: 14\r\n');
    expect(log.lines()).toContain('upload completely sent off: 14 bytes');
    expect(info(easy, 'SIZE_UPLOAD_T').value).toBe(14);

    // an upload of unknown size: no chunked coding and no Expect on HTTP/2
    const data = Buffer.alloc(300_000, 'abcdefghij');
    let off = 0;
    const up = easyFor(`https://localhost:${srv.port}/echo`, {
      UPLOAD: 1,
      READFUNCTION: (buf: Uint8Array) => {
        const n = Math.min(buf.length, data.length - off);
        buf.set(data.subarray(off, off + n));
        off += n;
        return n;
      },
    });
    set(up, 'HTTPHEADER', ['Transfer-Encoding: chunked']);
    const upLog = capture(up);
    const upGot = collect(up);
    expect(await up.perform()).toBe(CURLE.OK);
    expect(upGot.body().equals(data)).toBe(true);
    const head = upLog.events.filter((e) => e.type === 2).map((e) => e.text)[0]!;
    expect(head).toMatch(/^PUT \/echo HTTP\/2\r\n/);
    expect(head).not.toMatch(/Transfer-Encoding|Expect/i);
    expect(upLog.lines()).toContain('suppressing chunked transfer encoding on connection using HTTP version 2 or higher');
  });

  it('does HEAD (NOBODY) and a custom method', async () => {
    const srv = await nghttpd();
    const easy = easyFor(`https://localhost:${srv.port}/index.html`, { NOBODY: 1 });
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(got.body().length).toBe(0);
    expect(got.headers[0]).toBe('HTTP/2 200 \r\n');
    expect(info(easy, 'CONTENT_LENGTH_DOWNLOAD_T').value).toBe(14);
    const del = easyFor(`https://localhost:${srv.port}/nothing-here`, { CUSTOMREQUEST: 'DELETE' });
    collect(del);
    expect(await del.perform()).toBe(CURLE.OK);
    expect(info(del, 'RESPONSE_CODE').value).toBe(404);
  });

  it('pauses from the write callback and resumes with nothing lost; progress and HEADER work', async () => {
    const srv = await nghttpd();
    const big = Buffer.alloc(3 * 1024 * 1024);
    for (let i = 0; i < big.length; i++) big[i] = (i * 7) & 0xff;
    writeFileSync(join(srv.root, 'big.bin'), big);
    const easy = easyFor(`https://localhost:${srv.port}/big.bin`, { HEADER: 1, NOPROGRESS: 0 });
    const chunks: Buffer[] = [];
    let paused = 0;
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => {
      if (paused < 2 && chunks.length > 0 && chunks.length % 20 === 0) {
        paused++;
        chunks.push(Buffer.alloc(0));
        setTimeout(() => easy.pause(CURLPAUSE_CONT), 50);
        return CURL_WRITEFUNC_PAUSE;
      }
      chunks.push(Buffer.from(b));
      return b.length;
    });
    let lastNow = 0;
    let lastTotal = 0;
    set(easy, 'XFERINFOFUNCTION', (_c: unknown, dltotal: number, dlnow: number) => {
      lastNow = Number(dlnow);
      lastTotal = Number(dltotal);
      return 0;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    const all = Buffer.concat(chunks);
    // CURLOPT_HEADER: the head comes first through the write callback
    expect(all.subarray(0, 13).toString()).toBe('HTTP/2 200 \r\n');
    const bodyAt = all.indexOf('\r\n\r\n') + 4;
    expect(all.subarray(bodyAt).equals(big)).toBe(true);
    expect(paused).toBe(2);
    expect(lastNow).toBe(big.length);
    expect(lastTotal).toBe(big.length);
  });

  it('reuses the connection for a second perform on the same handle', async () => {
    const srv = await nghttpd();
    const easy = easyFor(`https://localhost:${srv.port}/index.html`);
    const log = capture(easy);
    collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines().filter((l) => l.startsWith('Reusing existing https: connection'))).toHaveLength(1);
    expect(log.lines()).toContain(`[HTTP/2] [3] OPENED stream for https://localhost:${srv.port}/index.html`);
    expect(info(easy, 'NUM_CONNECTS').value).toBe(0);
    expect(srv.connections()).toBe(1);
  });
});

describe.runIf(haveOpenssl)('HTTP/2 against Node http2 server', () => {
  it('follows a redirect, delivers trailers and the :status pseudo-header', async () => {
    const srv = await h2server((stream, h) => {
      if (h[':path'] === '/from') {
        stream.respond({ ':status': 302, location: '/to' });
        stream.end();
        return;
      }
      stream.respond({ ':status': 200, 'X-Mixed': 'Case', 'content-type': 'text/plain' }, { waitForTrailers: true });
      stream.on('wantTrailers', () => stream.sendTrailers({ 'x-checksum': 'abc' }));
      stream.end('final');
    });
    const easy = easyFor(`https://localhost:${srv.port}/from`, { FOLLOWLOCATION: 1 });
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(got.body().toString()).toBe('final');
    expect(got.headers.filter((l) => l.startsWith('HTTP/'))).toEqual(['HTTP/2 302 \r\n', 'HTTP/2 200 \r\n']);
    expect(got.headers).toContain('x-mixed: Case\r\n');
    expect(got.headers.at(-1)).toBe('x-checksum: abc\r\n');
    expect(info(easy, 'REDIRECT_COUNT').value).toBe(1);
    expect(info(easy, 'CONTENT_TYPE').value).toBe('text/plain');
    expect(easy.header('x-checksum', 0, CURLH_TRAILER, -1).header).toMatchObject({ value: 'abc' });
    expect(easy.header(':status', 0, CURLH_PSEUDO, -1).header).toMatchObject({ name: ':status', value: '200' });
    expect(easy.header('X-MIXED', 0, CURLH_HEADER, -1).header).toMatchObject({ name: 'x-mixed', value: 'Case' });
    expect(srv.connections()).toBe(1);
  });

  it('waits for 100 Continue when a custom Expect asks for it, then sends the body', async () => {
    const srv = await h2server((stream, h) => {
      expect(h.expect).toBe('100-continue');
      let body = '';
      stream.on('data', (c: Buffer) => (body += c.toString()));
      stream.on('end', () => {
        stream.respond({ ':status': 200 });
        stream.end(`got ${body}`);
      });
      setTimeout(() => stream.additionalHeaders({ ':status': 100 }), 30);
    });
    const easy = easyFor(`https://localhost:${srv.port}/`, { POSTFIELDS: 'payload', HTTPHEADER: ['Expect: 100-continue'], EXPECT_100_TIMEOUT_MS: 5000 });
    const got = collect(easy);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    // the body went on the 100, not at EXPECT_100_TIMEOUT_MS
    expect(log.lines()).not.toContain('Done waiting for 100-continue');
    expect(got.headers.filter((l) => l.startsWith('HTTP/'))).toEqual(['HTTP/2 100 \r\n', 'HTTP/2 200 \r\n']);
    expect(got.body().toString()).toBe('got payload');
  });

  it('keeps cookies from lower-case set-cookie fields and sends them back', async () => {
    const seen: (string | undefined)[] = [];
    const srv = await h2server((stream, h) => {
      seen.push(h.cookie);
      stream.respond({ ':status': 200, 'set-cookie': ['a=1; Path=/', 'b=2; Path=/'] });
      stream.end('c');
    });
    const easy = easyFor(`https://localhost:${srv.port}/`, { COOKIEFILE: '' });
    collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(seen[0]).toBeUndefined();
    expect(seen[1]).toMatch(/a=1/);
    expect(seen[1]).toMatch(/b=2/);
  });

  it('fails a silent stream with CURLE_OPERATION_TIMEDOUT (28) at TIMEOUT_MS and resets it', async () => {
    let closed = false;
    const srv = await h2server((stream) => {
      stream.on('error', () => {});
      stream.on('close', () => (closed = true));
    });
    const easy = easyFor(`https://localhost:${srv.port}/`, { TIMEOUT_MS: 300 });
    collect(easy);
    expect(await easy.perform()).toBe(CURLE.OPERATION_TIMEDOUT);
    for (let i = 0; i < 100 && !closed; i++) await new Promise((r) => setTimeout(r, 10));
    expect(closed).toBe(true);
  });

  it('takes hundreds of header fields (more than nghttp2 allows by default)', async () => {
    const srv = await h2server((stream) => {
      const fields: Record<string, string> = { ':status': '200' };
      for (let i = 0; i < 400; i++) fields[`x-field-${i}`] = 'v';
      stream.respond(fields);
      stream.end('body');
    });
    const ok = easyFor(`https://localhost:${srv.port}/many`);
    const got = collect(ok);
    expect(await ok.perform()).toBe(CURLE.OK);
    expect(got.headers).toHaveLength(400 + 3);
  });

  it('answers a Basic auth round and decodes gzip', async () => {
    const srv = await h2server((stream, h) => {
      if (h.authorization !== `Basic ${Buffer.from('u:p').toString('base64')}`) {
        stream.respond({ ':status': 401, 'www-authenticate': 'Basic realm="r"' });
        stream.end('no');
        return;
      }
      stream.respond({ ':status': 200, 'content-encoding': 'gzip' });
      stream.end(gzipSync('decoded body'));
    });
    const easy = easyFor(`https://localhost:${srv.port}/`, { USERPWD: 'u:p', HTTPAUTH: 1 | 2, ACCEPT_ENCODING: '' });
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(got.body().toString()).toBe('decoded body');
    expect(info(easy, 'RESPONSE_CODE').value).toBe(200);
  });

  it('fails with CURLE_HTTP2 (16) when the server accepts h2 in ALPN and speaks HTTP/1.1', async () => {
    const server = tls.createServer({ key: pki.localhost.key, cert: pki.localhost.cert, ALPNProtocols: ['h2'] }, (s) => {
      s.on('error', () => {});
      s.on('data', () => s.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi'));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    closers.push(() => new Promise<void>((r) => server.close(() => r())));
    const easy = easyFor(`https://localhost:${(server.address() as net.AddressInfo).port}/`);
    const log = capture(easy);
    collect(easy);
    expect(await easy.perform()).toBe(CURLE.HTTP2);
    expect(log.lines()).toContain('ALPN: server accepted h2');
  });

  it('curl_easy_upkeep PINGs an idle HTTP/2 connection once UPKEEP_INTERVAL_MS has passed', async () => {
    const srv = await h2server((stream) => {
      stream.respond({ ':status': 200 });
      stream.end('x');
    });
    let pings = 0;
    const easy = easyFor(`https://localhost:${srv.port}/`, { UPKEEP_INTERVAL_MS: 500 });
    collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    for (const s of srv.sessions) s.on('ping', () => pings++);
    expect(easy.upkeep()).toBe(CURLE.OK);
    await new Promise((r) => setTimeout(r, 50));
    expect(pings).toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(easy.upkeep()).toBe(CURLE.OK);
    expect(easy.upkeep()).toBe(CURLE.OK);
    for (let i = 0; i < 100 && pings === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(pings).toBe(1);
    // the connection is still good for the next transfer
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'NUM_CONNECTS').value).toBe(0);
  });
});
