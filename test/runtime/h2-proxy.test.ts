// CURLPROXY_HTTPS2 (issue 16): TLS to the HTTPS proxy offers h2,http/1.1; when the proxy picks h2
// the tunnel is an HTTP/2 CONNECT stream (lib/cf-h2-proxy.c), and what runs inside it (TLS to
// the origin, HTTP/1.1 or HTTP/2) runs over that stream. The proxy is a Node http2 secure server
// that answers CONNECT by piping the stream to a TCP connection; the origins are a Node https
// server and nghttpd, all on loopback.
import * as http from 'node:http';
import * as http2 from 'node:http2';
import * as https from 'node:https';
import * as net from 'node:net';
import type * as tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { CURLE, Easy } from '../../runtime/index.js';
import { haveNghttpd, startNghttpd } from '../peers/nghttpd.js';
import { filePki, listenLoopback } from '../peers/tls-fixtures.js';
import { capture, cleanupAfterEach, collect, easyWith, info, set } from './helpers.js';

const { haveOpenssl, pki } = filePki('the HTTP/2 proxy tunnel tests');
const { handles, closers } = cleanupAfterEach();

interface H2Proxy {
  port: number;
  /** The request headers of each CONNECT stream. */
  connects: http2.IncomingHttpHeaders[];
  /** The ALPN each TLS connection agreed on. */
  alpn: (string | false)[];
  /** Connections still open. */
  open(): number;
}

/** An HTTP/2 proxy. `answer` may answer a CONNECT itself (a status, or 'reset'); by default the
 * stream is piped to a TCP connection to :authority (localhost taken as 127.0.0.1). */
async function h2Proxy(
  o: { http1?: boolean; answer?: (h: http2.IncomingHttpHeaders) => number | 'reset' | 'silent' | null; resetAfter?: { bytes: number; code: number } } = {},
): Promise<H2Proxy> {
  const connects: http2.IncomingHttpHeaders[] = [];
  const alpn: (string | false)[] = [];
  const sockets = new Set<net.Socket>();
  // `http1`: an HTTPS proxy that agrees on http/1.1 only
  const server =
    o.http1 === true
      ? https.createServer({ key: pki.localhost.key, cert: pki.localhost.cert, ALPNProtocols: ['http/1.1'] })
      : http2.createSecureServer({ key: pki.localhost.key, cert: pki.localhost.cert });
  server.on('secureConnection', (s: tls.TLSSocket) => {
    alpn.push(s.alpnProtocol ?? false);
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('stream', (stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders) => {
    stream.on('error', () => {});
    if (headers[':method'] !== 'CONNECT') {
      stream.respond({ ':status': 405 });
      stream.end();
      return;
    }
    connects.push(headers);
    const own = o.answer?.(headers) ?? null;
    if (own === 'reset') return void stream.close(http2.constants.NGHTTP2_REFUSED_STREAM);
    if (own === 'silent') return;
    if (own !== null) {
      stream.respond({ ':status': own, ...(own === 407 ? { 'proxy-authenticate': 'Basic realm="h2proxy"' } : {}) });
      stream.end();
      return;
    }
    const authority = String(headers[':authority']);
    const colon = authority.lastIndexOf(':');
    const host = authority.slice(0, colon).replace(/^\[|\]$/g, '');
    const out = net.connect(Number(authority.slice(colon + 1)), host === 'localhost' ? '127.0.0.1' : host, () => {
      stream.respond({ ':status': 200 });
      stream.pipe(out);
      const cut = o.resetAfter;
      if (cut === undefined) return void out.pipe(stream);
      // `resetAfter`: the tunnel's stream is reset once that much came from the origin
      let passed = 0;
      out.on('data', (d: Buffer) => {
        if (passed >= cut.bytes) return;
        const take = d.subarray(0, cut.bytes - passed);
        passed += take.length;
        stream.write(take);
        if (passed >= cut.bytes) stream.close(cut.code);
      });
    });
    out.on('error', () => stream.close(http2.constants.NGHTTP2_CONNECT_ERROR));
    stream.on('close', () => out.destroy());
  });
  // the `http1` case: CONNECT comes as the HTTP/1.1 server's 'connect' event
  server.on('connect', (req: http.IncomingMessage, socket: net.Socket) => {
    const [host, port] = String(req.url).split(':');
    const out = net.connect(Number(port), host === 'localhost' ? '127.0.0.1' : host!, () => {
      socket.write('HTTP/1.1 200 Connection established\r\n\r\n');
      out.pipe(socket);
      socket.pipe(out);
    });
    out.on('error', () => socket.destroy());
    socket.on('error', () => out.destroy());
  });
  const { port, close } = await listenLoopback(server as unknown as net.Server);
  closers.push(async () => {
    for (const s of sockets) s.destroy();
    await close();
  });
  return { port, connects, alpn, open: () => sockets.size };
}

async function httpsOrigin(): Promise<number> {
  const server = https.createServer({ key: pki.localhost.key, cert: pki.localhost.cert }, (req, res) => res.end(`origin saw ${req.method} ${req.url}`));
  const { port, close } = await listenLoopback(server);
  closers.push(close);
  return port;
}

function easyFor(url: string, proxyPort: number, opts: Record<string, unknown> = {}): Easy {
  const proxy = { PROXY: `https://localhost:${proxyPort}`, PROXYTYPE: 3, PROXY_CAINFO: pki.ca.certFile };
  return easyWith(handles, { URL: url, CAINFO: pki.ca.certFile, ...proxy, ...opts });
}

describe.runIf(haveOpenssl)('CURLPROXY_HTTPS2: an HTTP/2 CONNECT tunnel', () => {
  it('tunnels over an HTTP/2 CONNECT stream when the proxy picks h2, with 8.22 verbose lines', async () => {
    const proxy = await h2Proxy();
    const origin = await httpsOrigin();
    const easy = easyFor(`https://localhost:${origin}/page`, proxy.port, { USERAGENT: 'manbind-test', PROXYHEADER: ['X-Tunnel: yes'] });
    const log = capture(easy);
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(got.body().toString()).toBe('origin saw GET /page');
    expect(proxy.alpn).toEqual(['h2']);
    const h = proxy.connects[0]!;
    expect(h[':authority']).toBe(`localhost:${origin}`);
    expect(h[':scheme']).toBeUndefined();
    expect(h[':path']).toBeUndefined();
    expect(h['user-agent']).toBe('manbind-test');
    expect(h['x-tunnel']).toBe('yes');
    expect(h['proxy-connection']).toBeUndefined();
    const lines = log.lines();
    expect(lines.filter((l) => l.startsWith('ALPN: curl offers'))).toEqual(['ALPN: curl offers h2,http/1.1', 'ALPN: curl offers h2,http/1.1']);
    const at = lines.indexOf("CONNECT: 'h2' negotiated");
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at, at + 6)).toEqual([
      "CONNECT: 'h2' negotiated",
      `Establishing HTTP/2 proxy tunnel to localhost:${origin}`,
      'CONNECT Response Status 200',
      'Response Headers (1 total):',
      expect.stringMatching(/^ {2}date: /),
      `CONNECT tunnel established, response 200`,
    ]);
    expect(lines).toContain('CONNECT phase completed for HTTP/2 proxy');
    expect(lines).not.toContain('CONNECT phase completed for HTTP proxy');
    // no HTTP/1.1 answer to CONNECT reaches the header callback
    expect(got.headers.filter((l) => l.startsWith('HTTP/'))).toEqual(['HTTP/1.1 200 OK\r\n']);
  });

  it('sends the proxy credentials as proxy-authorization on the CONNECT stream', async () => {
    const proxy = await h2Proxy();
    const origin = await httpsOrigin();
    const easy = easyFor(`https://localhost:${origin}/`, proxy.port, { PROXYUSERPWD: 'user:secret' });
    collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(proxy.connects[0]!['proxy-authorization']).toBe(`Basic ${Buffer.from('user:secret').toString('base64')}`);
  });

  it.runIf(haveNghttpd)('speaks HTTP/2 to the origin inside the HTTP/2 tunnel', async () => {
    const srv = await startNghttpd(pki);
    closers.push(() => srv.close());
    const proxy = await h2Proxy();
    const easy = easyFor(`https://localhost:${srv.port}/index.html`, proxy.port);
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(got.headers[0]).toBe('HTTP/2 200 \r\n');
    expect(got.body().toString()).toBe('hello over h2\n');
    expect(info(easy, 'HTTP_VERSION').value).toBe(3);
  });

  it('carries a plain http:// transfer with HTTPPROXYTUNNEL', async () => {
    const proxy = await h2Proxy();
    const server = http.createServer((req, res) => res.end(`plain ${req.url}`));
    const { port, close } = await listenLoopback(server);
    closers.push(close);
    const easy = easyFor(`http://127.0.0.1:${port}/x`, proxy.port, { HTTPPROXYTUNNEL: 1 });
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(got.body().toString()).toBe('plain /x');
    expect(proxy.connects[0]![':authority']).toBe(`127.0.0.1:${port}`);
  });

  it('sends a plain http:// transfer without HTTPPROXYTUNNEL as an HTTP/2 request to the proxy', async () => {
    // lib/http.c http_check_new_conn: h2 agreed with a forward proxy switches to HTTP/2; the
    // absolute-form target becomes :scheme, :authority and :path (lib/http1.c)
    const seen: http2.IncomingHttpHeaders[] = [];
    const server = http2.createSecureServer({ key: pki.localhost.key, cert: pki.localhost.cert });
    server.on('stream', (stream: http2.ServerHttp2Stream, h: http2.IncomingHttpHeaders) => {
      seen.push(h);
      stream.respond({ ':status': 200 });
      stream.end('forwarded');
    });
    const { port, close } = await listenLoopback(server as unknown as net.Server);
    closers.push(close);
    const easy = easyFor('http://127.0.0.1:9/x?y=1', port);
    const log = capture(easy);
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(got.body().toString()).toBe('forwarded');
    expect(seen.map((h) => [h[':method'], h[':scheme'], h[':authority'], h[':path']])).toEqual([['GET', 'http', '127.0.0.1:9', '/x?y=1']]);
    expect(log.lines()).toContain('using HTTP/2');
  });

  it('a refusing answer is 7 (403; 407 with its offer counted in PROXYAUTH_AVAIL)', async () => {
    for (const status of [403, 407]) {
      const proxy = await h2Proxy({ answer: () => status });
      const easy = easyFor('https://localhost:9/', proxy.port);
      const log = capture(easy);
      expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
      expect(log.lines()).toContain(`CONNECT Response Status ${status}`);
      expect(log.lines().some((l) => l.startsWith('CONNECT tunnel established'))).toBe(false);
      if (status === 407) expect(info(easy, 'PROXYAUTH_AVAIL').value).toBe(1);
    }
  });

  it('a CONNECT stream reset before its answer is 56', async () => {
    const proxy = await h2Proxy({ answer: () => 'reset' });
    const easy = easyFor('https://localhost:9/', proxy.port);
    expect(await easy.perform()).toBe(CURLE.RECV_ERROR);
  });

  it('the tunnel stream reset mid-body with an error code is 56 with libcurl text; with NO_ERROR the body just ends (18)', async () => {
    const big = await new Promise<number>((resolve) => {
      const server = http.createServer((_req, res) => {
        res.setHeader('content-length', 100_000);
        res.write(Buffer.alloc(100_000, 0x61));
        res.end();
      });
      server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
      closers.push(() => new Promise<void>((r) => server.close(() => r())));
    });
    for (const [code, want] of [
      [http2.constants.NGHTTP2_INTERNAL_ERROR, CURLE.RECV_ERROR],
      [http2.constants.NGHTTP2_NO_ERROR, CURLE.PARTIAL_FILE],
    ] as const) {
      const proxy = await h2Proxy({ resetAfter: { bytes: 20_000, code } });
      const easy = easyFor(`http://localhost:${big}/big`, proxy.port, { HTTPPROXYTUNNEL: 1 });
      const errors = { text: '' };
      set(easy, 'ERRORBUFFER', errors);
      collect(easy);
      expect(await easy.perform()).toBe(want);
      // lib/cf-h2-proxy.c h2_handle_tunnel_close
      if (want === CURLE.RECV_ERROR) expect(errors.text).toBe('HTTP/2 stream 1 reset by server (error 0x2 INTERNAL_ERROR)');
    }
 
    // TLS to the origin inside the tunnel: the tunnel's failure is what the transfer reports
    const tlsBig = await new Promise<number>((resolve) => {
      const server = https.createServer({ key: pki.localhost.key, cert: pki.localhost.cert }, (_req, res) => {
        res.setHeader('content-length', 100_000);
        res.end(Buffer.alloc(100_000, 0x62));
      });
      server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
      closers.push(() => new Promise<void>((r) => server.close(() => r())));
    });
    const proxy = await h2Proxy({ resetAfter: { bytes: 20_000, code: http2.constants.NGHTTP2_INTERNAL_ERROR } });
    const easy = easyFor(`https://localhost:${tlsBig}/big`, proxy.port);
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    collect(easy);
    expect(await easy.perform()).toBe(CURLE.RECV_ERROR);
    expect(errors.text).toBe('HTTP/2 stream 1 reset by server (error 0x2 INTERNAL_ERROR)');
  });

  it('HTTP/1.1 CONNECT when the proxy picks http/1.1', async () => {
    const proxy = await h2Proxy({ http1: true });
    const origin = await httpsOrigin();
    const easy = easyFor(`https://localhost:${origin}/one`, proxy.port);
    const log = capture(easy);
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(got.body().toString()).toBe('origin saw GET /one');
    expect(log.lines()).toContain("CONNECT: 'http/1.1' negotiated");
    expect(log.lines()).toContain('ALPN: curl offers h2,http/1.1');
    expect(log.lines()).toContain(`Establishing HTTP proxy tunnel to localhost:${origin}`);
    expect(log.lines()).toContain('CONNECT phase completed for HTTP proxy');
    expect(proxy.alpn).toEqual(['http/1.1']);
  });

  it('a proxy that never answers the CONNECT: CONNECTTIMEOUT ends it with 28', async () => {
    const proxy = await h2Proxy({ answer: () => 'silent' });
    const easy = easyFor('https://localhost:9/', proxy.port, { CONNECTTIMEOUT_MS: 300 });
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    expect(await easy.perform()).toBe(CURLE.OPERATION_TIMEDOUT);
    expect(errors.text).toMatch(/^Connection timed out after 3\d\d milliseconds$/);
    for (let i = 0; i < 100 && proxy.open() > 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(proxy.open()).toBe(0);
  });

  it('leaves nothing open: cleanup closes the proxy connection and the tunnel', async () => {
    const proxy = await h2Proxy();
    const origin = await httpsOrigin();
    const easy = easyFor(`https://localhost:${origin}/`, proxy.port);
    collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(proxy.alpn.length).toBe(1);
    easy.cleanup();
    for (let i = 0; i < 100 && proxy.open() > 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(proxy.open()).toBe(0);
  });
});
