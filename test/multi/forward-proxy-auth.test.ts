// Proxy authentication towards a forward proxy (an http:// URL through CURLOPT_PROXY without
// HTTPPROXYTUNNEL) for ordinary transfers, as libcurl 8.22 does it (lib/http.c
// Curl_http_output_auth, Curl_http_auth_act, http_on_response): a multi-scheme PROXYAUTH sends
// the first request bare, a 407 picks a scheme, its body is dropped and the request goes again
// (same connection when it may be reused); a 407 that stays is the transfer's answer with
// CURLE_OK. Peers: the Digest proxy of test/peers and the `proxy` npm package (Basic).
import * as http from 'node:http';
import type * as net from 'node:net';
import { createProxy } from 'proxy';
import { afterEach, describe, expect, it } from 'vitest';
import { CURLE, Easy } from '../../runtime/index.js';
import { CURLAUTH_ANY, CURLAUTH_BASIC, CURLAUTH_DIGEST } from '../../runtime/base/constants.js';
import { startDigestProxy, type DigestProxy, type DigestProxyOptions } from '../peers/digest-proxy.js';
import { capture, closeAll, info, set } from '../runtime/helpers.js';
import { closePeers, startHttp } from './peers.js';

const cleanups: (() => Promise<void>)[] = [];
const handles: Easy[] = [];
afterEach(async () => {
  for (const e of handles.splice(0)) e.cleanup();
  while (cleanups.length) await cleanups.pop()!();
  await closePeers();
  await closeAll();
});

async function digestProxy(o: Partial<DigestProxyOptions> = {}): Promise<DigestProxy> {
  const p = await startDigestProxy({ user: 'dee', password: 'gest', ...o });
  cleanups.push(() => p.close());
  return p;
}

/** A handle for `url` through the proxy at `port`, collecting body and header lines. */
function through(url: string, port: number, opts: Record<string, unknown>) {
  const easy = new Easy();
  handles.push(easy);
  const chunks: Buffer[] = [];
  const headers: string[] = [];
  const all: Record<string, unknown> = {
    URL: url,
    PROXY: `http://127.0.0.1:${port}`,
    WRITEFUNCTION: (b: Uint8Array) => {
      chunks.push(Buffer.from(b));
      return b.length;
    },
    HEADERFUNCTION: (b: Uint8Array) => {
      headers.push(Buffer.from(b).toString('latin1'));
      return b.length;
    },
    ...opts,
  };
  for (const [k, v] of Object.entries(all)) expect(set(easy, k, v), k).toBe(CURLE.OK);
  return { easy, body: () => Buffer.concat(chunks).toString('utf8'), headers };
}

const hasAuth = (head: string): boolean => /\r\nProxy-Authorization: /i.test(head);

describe('forward proxy with Digest (test/peers/digest-proxy.ts)', () => {
  it('PROXYAUTH=DIGEST: bare GET, 407 body dropped, GET again on the same connection', async () => {
    const proxy = await digestProxy();
    const url = 'http://origin.test/dir/file?q=1';
    const { easy, body, headers } = through(url, proxy.port, { PROXYUSERPWD: 'dee:gest', PROXYAUTH: CURLAUTH_DIGEST });
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(proxy.requests.map((r) => r.head.split('\r\n')[0])).toEqual([`GET ${url} HTTP/1.1`, `GET ${url} HTTP/1.1`]);
    expect(proxy.requests.map((r) => hasAuth(r.head))).toEqual([false, true]);
    expect(proxy.requests.map((r) => r.conn)).toEqual([0, 0]);
    // the Digest uri is path and query; method GET
    expect(proxy.checks.map((c) => c.why)).toEqual(['ok']);
    expect(proxy.checks[0]!.params['uri']).toBe('/dir/file?q=1');
    expect(body()).toBe(`forwarded GET ${url}`);
    expect(headers.filter((h) => h.startsWith('HTTP/'))).toEqual([
      'HTTP/1.1 407 Proxy Authentication Required\r\n',
      'HTTP/1.1 200 OK\r\n',
    ]);
    expect(info(easy, 'RESPONSE_CODE').value).toBe(200);
    expect(info(easy, 'PROXYAUTH_AVAIL').value).toBe(CURLAUTH_DIGEST);
    expect(info(easy, 'PROXYAUTH_USED').value).toBe(CURLAUTH_DIGEST);
    expect(info(easy, 'NUM_CONNECTS').value).toBe(1); // the second request reused the connection
    expect(info(easy, 'REDIRECT_COUNT').value).toBe(0);
    const lines = log.lines();
    expect(lines).toContain('Ignoring the response-body');
    expect(lines).toContain(`Issue another request to this URL: '${url}'`);
    // lib/url.c url_attach_existing names the scheme and the proxy
    expect(lines).toContain('Reusing existing http: connection with proxy 127.0.0.1');
  });

  it('CURLAUTH_ANY with Digest and Basic offered and a chunked 407: Digest is picked', async () => {
    const proxy = await digestProxy({ alsoBasic: true, body: 'chunked', algorithm: 'SHA-256' });
    const { easy, body } = through('http://origin.test/x', proxy.port, { PROXYUSERPWD: 'dee:gest', PROXYAUTH: CURLAUTH_ANY });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(proxy.requests.map((r) => [r.conn, hasAuth(r.head)])).toEqual([
      [0, false],
      [0, true],
    ]);
    expect(proxy.checks.map((c) => c.why)).toEqual(['ok']);
    expect(body()).toBe('forwarded GET http://origin.test/x');
    expect(info(easy, 'PROXYAUTH_AVAIL').value).toBe(CURLAUTH_DIGEST | CURLAUTH_BASIC);
    expect(info(easy, 'PROXYAUTH_USED').value).toBe(CURLAUTH_DIGEST);
  });

  it('407 with Connection: close: the request goes again on a new connection', async () => {
    const proxy = await digestProxy({ closeAfter407: true });
    const { easy, body } = through('http://origin.test/', proxy.port, { PROXYUSERPWD: 'dee:gest', PROXYAUTH: CURLAUTH_ANY });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(proxy.requests.map((r) => [r.conn, hasAuth(r.head)])).toEqual([
      [0, false],
      [1, true],
    ]);
    expect(proxy.checks.map((c) => c.why)).toEqual(['ok']);
    expect(body()).toBe('forwarded GET http://origin.test/');
    expect(info(easy, 'NUM_CONNECTS').value).toBe(2);
    expect(info(easy, 'PROXYAUTH_USED').value).toBe(CURLAUTH_DIGEST);
  });

  it('a POST is hashed with its method and sent again with its body', async () => {
    const proxy = await digestProxy();
    const { easy, body } = through('http://origin.test/form', proxy.port, {
      PROXYUSERPWD: 'dee:gest',
      PROXYAUTH: CURLAUTH_ANY,
      POSTFIELDS: 'a=1',
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(proxy.checks.map((c) => c.why)).toEqual(['ok']);
    expect(body()).toBe('forwarded POST http://origin.test/form');
  });

  it('a wrong password: the second 407 is the answer, CURLE_OK, its body delivered', async () => {
    const proxy = await digestProxy();
    const { easy, body } = through('http://origin.test/', proxy.port, { PROXYUSERPWD: 'dee:wrong', PROXYAUTH: CURLAUTH_DIGEST });
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(proxy.requests.map((r) => hasAuth(r.head))).toEqual([false, true]);
    expect(proxy.checks.map((c) => c.why)).toEqual(['response hash']);
    expect(info(easy, 'RESPONSE_CODE').value).toBe(407);
    expect(body()).toBe('proxy says no');
    expect(log.lines()).toContain('Digest authentication problem, ignoring.');
  });

  it('no credentials: the 407 is the answer with CURLE_OK; PROXYAUTH_AVAIL set', async () => {
    const proxy = await digestProxy();
    const { easy, body } = through('http://origin.test/', proxy.port, { PROXYAUTH: CURLAUTH_ANY });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(proxy.requests).toHaveLength(1);
    expect(info(easy, 'RESPONSE_CODE').value).toBe(407);
    expect(info(easy, 'PROXYAUTH_AVAIL').value).toBe(CURLAUTH_DIGEST);
    expect(info(easy, 'PROXYAUTH_USED').value).toBe(0);
    expect(body()).toBe('proxy says no');
  });
});

describe('forward proxy with Basic (the `proxy` npm package)', () => {
  async function basicProxy(): Promise<{ port: number; seen: (string | undefined)[] }> {
    const server = createProxy(http.createServer());
    const seen: (string | undefined)[] = [];
    server.on('request', (req: http.IncomingMessage) => seen.push(req.headers['proxy-authorization']));
    server.authenticate = (req) => req.headers['proxy-authorization'] === `Basic ${Buffer.from('a:b').toString('base64')}`;
    const sockets = new Set<net.Socket>();
    server.on('connection', (s: net.Socket) => sockets.add(s));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    cleanups.push(
      () =>
        new Promise<void>((r) => {
          for (const s of sockets) s.destroy();
          server.close(() => r());
        }),
    );
    return { port: (server.address() as net.AddressInfo).port, seen };
  }

  it('CURLAUTH_ANY: 407 Basic, then Basic credentials reach the origin', async () => {
    const origin = await startHttp((_req, res) => res.end('origin says hi'));
    const proxy = await basicProxy();
    const { easy, body } = through(origin.url('/p'), proxy.port, { PROXYUSERPWD: 'a:b', PROXYAUTH: CURLAUTH_ANY });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(proxy.seen).toEqual([undefined, `Basic ${Buffer.from('a:b').toString('base64')}`]);
    expect(origin.requests.map((r) => r.url)).toEqual(['/p']);
    expect(body()).toBe('origin says hi');
    expect(info(easy, 'RESPONSE_CODE').value).toBe(200);
    expect(info(easy, 'PROXYAUTH_AVAIL').value).toBe(CURLAUTH_BASIC);
    expect(info(easy, 'PROXYAUTH_USED').value).toBe(CURLAUTH_BASIC);
  });

  it('CURLAUTH_ANY with a wrong password: RESPONSE_CODE 407 and CURLE_OK', async () => {
    const origin = await startHttp((_req, res) => res.end('never'));
    const proxy = await basicProxy();
    const { easy, body } = through(origin.url('/'), proxy.port, { PROXYUSERPWD: 'a:c', PROXYAUTH: CURLAUTH_ANY });
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(proxy.seen).toHaveLength(2);
    expect(origin.requests).toHaveLength(0);
    expect(info(easy, 'RESPONSE_CODE').value).toBe(407);
    expect(body()).toBe('Proxy authorization required');
    expect(log.lines()).toContain('Basic authentication problem, ignoring.');
  });

  it('default PROXYAUTH (Basic): pre-emptive, one request', async () => {
    const origin = await startHttp((_req, res) => res.end('direct'));
    const proxy = await basicProxy();
    const { easy, body } = through(origin.url('/'), proxy.port, { PROXYUSERPWD: 'a:b' });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(proxy.seen).toHaveLength(1);
    expect(body()).toBe('direct');
    expect(info(easy, 'PROXYAUTH_USED').value).toBe(CURLAUTH_BASIC);
  });
});
