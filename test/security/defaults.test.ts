// Security defaults through the public API: TLS verification on without any option, passwords
// never in verbose output or error texts, response header size bounded.
import { Buffer } from 'node:buffer';
import * as https from 'node:https';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CURLAUTH_ANY } from '../../runtime/base/constants.js';
import { CURLE, Easy } from '../../runtime/index.js';
import { startFakeProxy, type FakeProxy } from '../peers/fake-proxy.js';
import { hasOpenssl, listenLoopback, makePki, type Pki } from '../peers/tls-fixtures.js';
import { closeAll, echo, listen, set } from '../runtime/helpers.js';

const proxies: FakeProxy[] = [];
const easies: Easy[] = [];
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (easies.length) easies.pop()!.cleanup();
  while (proxies.length) await proxies.pop()!.close();
  while (closers.length) await closers.pop()!();
  await closeAll();
});

function newEasy(url: string, opts: Record<string, unknown> = {}): { easy: Easy; errors: { text: string }; all: () => string } {
  const easy = new Easy();
  easies.push(easy);
  const errors = { text: '' };
  const seen: Buffer[] = [];
  set(easy, 'ERRORBUFFER', errors);
  set(easy, 'URL', url);
  set(easy, 'VERBOSE', 1);
  // Every debug event of every type: text, headers and data in and out.
  set(easy, 'DEBUGFUNCTION', (_h: unknown, _type: number, data: Uint8Array) => {
    seen.push(Buffer.from(data));
    return 0;
  });
  for (const [k, v] of Object.entries(opts)) expect(set(easy, k, v), k).toBe(CURLE.OK);
  return { easy, errors, all: () => Buffer.concat(seen).toString('latin1') + '\n' + errors.text };
}

const haveOpenssl = hasOpenssl();
let pki: Pki | undefined;
beforeAll(() => {
  if (haveOpenssl) pki = makePki();
});
afterAll(() => pki?.cleanup());

describe('TLS verification is on by default', () => {
  it.skipIf(!haveOpenssl)('a self-signed https server fails with 60 without any option, and passes with verification off', async () => {
    const server = https.createServer({ key: pki!.selfSigned.key, cert: pki!.selfSigned.cert }, (_q, res) => res.end('hi'));
    const peer = await listenLoopback(server);
    closers.push(peer.close);
    const port = peer.port;
    const a = newEasy(`https://localhost:${port}/`, { CONNECT_ONLY: 1 });
    expect(await a.easy.perform()).toBe(CURLE.PEER_FAILED_VERIFICATION);
    expect(a.errors.text).toMatch(/^SSL certificate OpenSSL verify result: /);
    // The same server with verification turned off: the failure above came from verification.
    const b = newEasy(`https://localhost:${port}/`, { CONNECT_ONLY: 1, SSL_VERIFYPEER: 0, SSL_VERIFYHOST: 0 });
    expect(await b.easy.perform()).toBe(CURLE.OK);
  });
});

describe('passwords never appear in verbose output or error texts', () => {
  const PROXY_SECRET = 'Pr0xySecretPW';
  const SERVER_SECRET = 'S3rverSecretPW';

  it('a proxy that answers 407 forever (Basic and Digest offered): 56, no password in any output', async () => {
    const proxy = await startFakeProxy((_req, socket) => {
      socket.write(
        'HTTP/1.1 407 Proxy Authentication Required\r\n' +
          'Proxy-Authenticate: Basic realm="r"\r\n' +
          'Proxy-Authenticate: Digest realm="r", nonce="abc", qop="auth"\r\n' +
          'Content-Length: 0\r\n\r\n',
      );
    });
    proxies.push(proxy);
    const target = await listen(echo);
    for (const auth of [{ PROXYUSERPWD: `user:${PROXY_SECRET}` }, { PROXYUSERNAME: 'user', PROXYPASSWORD: PROXY_SECRET, PROXYAUTH: CURLAUTH_ANY }]) {
      const h = newEasy(`http://user:${SERVER_SECRET}@127.0.0.1:${target.port}/`, {
        CONNECT_ONLY: 1,
        PROXY: `http://127.0.0.1:${proxy.port}`,
        HTTPPROXYTUNNEL: 1,
        ...auth,
      });
      const code = await h.easy.perform();
      expect(code).not.toBe(CURLE.OK);
      const out = h.all();
      expect(out).toContain('407');
      expect(out).not.toContain(PROXY_SECRET);
      expect(out).not.toContain(SERVER_SECRET);
    }
    expect(proxy.requests.length).toBeGreaterThanOrEqual(2);
  });

  it('credentials in the proxy URL and the server URL: a tunnel that succeeds shows neither password', async () => {
    const proxy = await startFakeProxy((_req, socket) => socket.write('HTTP/1.1 200 Connection established\r\n\r\n'));
    proxies.push(proxy);
    const target = await listen(echo);
    const h = newEasy(`http://user:${SERVER_SECRET}@127.0.0.1:${target.port}/`, {
      CONNECT_ONLY: 1,
      PROXY: `http://puser:${PROXY_SECRET}@127.0.0.1:${proxy.port}`,
      HTTPPROXYTUNNEL: 1,
    });
    expect(await h.easy.perform()).toBe(CURLE.OK);
    // The proxy did get credentials (Basic, encoded): the test would see a leak of the plain text.
    expect(proxy.requests[0].head).toMatch(/^Proxy-Authorization: Basic /m);
    const out = h.all();
    expect(out).toContain('CONNECT');
    expect(out).not.toContain(PROXY_SECRET);
    expect(out).not.toContain(SERVER_SECRET);
  });

  it('a server that resets an HTTP request with a password: the error text and trace hold no password', async () => {
    const peer = await listen((s) => s.on('data', () => s.destroy()));
    const h = newEasy(`http://user:${SERVER_SECRET}@127.0.0.1:${peer.port}/`, {
      WRITEFUNCTION: (b: Uint8Array) => b.length,
    });
    const code = await h.easy.perform();
    expect(code).not.toBe(CURLE.OK);
    expect(h.errors.text).not.toBe('');
    const out = h.all();
    expect(out).not.toContain(SERVER_SECRET);
  });
});

describe('response header size is bounded', () => {
  /** A peer that answers a status line and then header lines without end, until closed. */
  async function endlessHeaders(status: string): Promise<FakeProxy> {
    const p = await startFakeProxy((_req, socket) => {
      socket.write(`${status}\r\n`);
      const line = Buffer.from(`X-Filler: ${'a'.repeat(1000)}\r\n`, 'latin1');
      const pump = (): void => {
        while (!socket.destroyed && socket.write(line));
        if (!socket.destroyed) socket.once('drain', pump);
      };
      socket.on('close', () => socket.removeAllListeners('drain'));
      pump();
    });
    proxies.push(p);
    return p;
  }

  it('a CONNECT answer with endless header lines fails with 56 "Too large response headers"', async () => {
    const proxy = await endlessHeaders('HTTP/1.1 200 Connection established');
    const h = newEasy('http://127.0.0.1:9/', { CONNECT_ONLY: 1, PROXY: `http://127.0.0.1:${proxy.port}`, HTTPPROXYTUNNEL: 1, VERBOSE: 0 });
    expect(await h.easy.perform()).toBe(CURLE.RECV_ERROR);
    expect(h.errors.text).toMatch(/Too large response headers/);
  });

  it('an HTTP response with endless header lines fails with 56 "Too large response headers"', async () => {
    const server = await endlessHeaders('HTTP/1.1 200 OK');
    const h = newEasy(`http://127.0.0.1:${server.port}/`, { WRITEFUNCTION: (b: Uint8Array) => b.length, VERBOSE: 0 });
    expect(await h.easy.perform()).toBe(CURLE.RECV_ERROR);
    expect(h.errors.text).toMatch(/Too large response headers/);
  });
});
