// HTTP/2 through proxies (issue 16): inside a CONNECT tunnel of an HTTP proxy (HTTP/1.1 to the
// proxy, ALPN h2 with the server through it), of an HTTPS proxy (TLS to the proxy offers
// http/1.1 only, TLS inside it offers h2), and through SOCKS5; prior knowledge is ignored towards
// a forward proxy. The server is nghttpd; the proxies are the `proxy` package and the recording
// SOCKS peer, all on loopback.
import * as http from 'node:http';
import * as https from 'node:https';
import type * as tls from 'node:tls';
import { createProxy } from 'proxy';
import { describe, expect, it } from 'vitest';
import { CURLE, Easy } from '../../runtime/index.js';
import { haveNghttpd, startNghttpd, type Nghttpd } from '../peers/nghttpd.js';
import { startRecordingSocks } from '../peers/socks.js';
import { filePki, listenLoopback } from '../peers/tls-fixtures.js';
import { capture, cleanupAfterEach, collect, easyWith, info } from './helpers.js';

const { haveOpenssl, pki } = filePki('the HTTP/2 proxy tests');
const { handles, closers } = cleanupAfterEach();

async function nghttpd(): Promise<Nghttpd> {
  const s = await startNghttpd(pki);
  closers.push(() => s.close());
  return s;
}

/** The `proxy` package on plain HTTP, or behind TLS (an HTTPS proxy); records CONNECT lines and
 * the ALPN the proxy's TLS agreed on. */
async function proxyPeer(secure: boolean): Promise<{ port: number; connects: string[]; alpn: (string | false | null)[] }> {
  const connects: string[] = [];
  const alpn: (string | false | null)[] = [];
  const base = secure
    ? (https.createServer({ key: pki.localhost.key, cert: pki.localhost.cert, ALPNProtocols: ['h2', 'http/1.1'] }) as unknown as http.Server)
    : http.createServer();
  const server = createProxy(base);
  server.on('connect', (req: http.IncomingMessage) => connects.push(`CONNECT ${req.url}`));
  server.on('secureConnection', (s: tls.TLSSocket) => alpn.push(s.alpnProtocol));
  const { port, close } = await listenLoopback(server);
  closers.push(close);
  return { port, connects, alpn };
}

function easyFor(url: string, opts: Record<string, unknown>): Easy {
  return easyWith(handles, { URL: url, CAINFO: pki.ca.certFile, ...opts });
}

describe.runIf(haveOpenssl && haveNghttpd)('HTTP/2 through proxies', () => {
  it('speaks h2 inside an HTTP proxy CONNECT tunnel', async () => {
    const srv = await nghttpd();
    const proxy = await proxyPeer(false);
    const easy = easyFor(`https://localhost:${srv.port}/index.html`, { PROXY: `http://127.0.0.1:${proxy.port}` });
    const log = capture(easy);
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(proxy.connects).toEqual([`CONNECT localhost:${srv.port}`]);
    expect(log.lines()).toContain('ALPN: server accepted h2');
    // the proxy's answer to CONNECT comes first, as libcurl delivers it
    expect(got.headers.filter((l) => l.startsWith('HTTP/'))).toEqual(['HTTP/1.1 200 Connection established\r\n', 'HTTP/2 200 \r\n']);
    expect(got.body().toString()).toBe('hello over h2\n');
    expect(info(easy, 'HTTP_VERSION').value).toBe(3);
  });

  it('speaks h2 inside an HTTPS proxy tunnel; the proxy itself is offered http/1.1 only', async () => {
    const srv = await nghttpd();
    const proxy = await proxyPeer(true);
    const easy = easyFor(`https://localhost:${srv.port}/index.html`, {
      PROXY: `https://localhost:${proxy.port}`,
      PROXY_CAINFO: pki.ca.certFile,
    });
    const log = capture(easy);
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(proxy.alpn).toEqual(['http/1.1']);
    expect(log.lines().filter((l) => l.startsWith('ALPN: curl offers'))).toEqual(['ALPN: curl offers http/1.1', 'ALPN: curl offers h2,http/1.1']);
    expect(got.headers.filter((l) => l.startsWith('HTTP/'))).toEqual(['HTTP/1.1 200 Connection established\r\n', 'HTTP/2 200 \r\n']);
    expect(got.body().toString()).toBe('hello over h2\n');
  });

  it('speaks h2 through SOCKS5', async () => {
    const srv = await nghttpd();
    const socks = await startRecordingSocks();
    closers.push(() => socks.close());
    const easy = easyFor(`https://localhost:${srv.port}/index.html`, { PROXY: `socks5h://127.0.0.1:${socks.port}` });
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(socks.connections).toBe(1);
    expect(got.headers[0]).toBe('HTTP/2 200 \r\n');
    expect(got.body().toString()).toBe('hello over h2\n');
  });

  it('ignores prior knowledge towards a forward proxy (HTTP/1.1 to the proxy)', async () => {
    const target = http.createServer((_q, r) => r.end('via proxy'));
    const t = await listenLoopback(target);
    closers.push(t.close);
    const proxy = await proxyPeer(false);
    const easy = easyFor(`http://127.0.0.1:${t.port}/`, { PROXY: `http://127.0.0.1:${proxy.port}`, HTTP_VERSION: 5 });
    const log = capture(easy);
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines()).toContain('Ignoring HTTP/2 prior knowledge due to proxy');
    expect(log.lines()).toContain('using HTTP/1.x');
    expect(got.body().toString()).toBe('via proxy');
  });
});
