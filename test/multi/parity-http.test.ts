// Issue 10, HTTP answers: where a side-by-side run against libcurl 8.22 showed the handling of a
// response or of a proxy's CONNECT answer differ. Real loopback peers: Node's http server, the
// `proxy` npm package, scripted node:net servers for exact bytes. Each test is named after what
// broke.
import * as http from 'node:http';
import type * as net from 'node:net';
import { createProxy } from 'proxy';
import { afterEach, describe, expect, it } from 'vitest';
import { CURLAUTH_ANY, CURLE, Easy } from '../../runtime/index.js';
import { startFakeProxy, type FakeProxy } from '../peers/fake-proxy.js';
import { capture, closeAll, collect, info, listen, set, type Peer } from '../runtime/helpers.js';
import { closePeers, startHttp } from './peers.js';

const cleanups: (() => Promise<void>)[] = [];
const handles: Easy[] = [];
afterEach(async () => {
  for (const e of handles.splice(0)) e.cleanup();
  while (cleanups.length) await cleanups.pop()!();
  await closePeers();
  await closeAll();
});

/** The `proxy` package on 127.0.0.1:0 (it answers CONNECT and tunnels). */
async function npmProxy(): Promise<number> {
  const server = createProxy(http.createServer());
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  cleanups.push(
    () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  );
  return (server.address() as net.AddressInfo).port;
}

async function fakeProxy(answer: Parameters<typeof startFakeProxy>[0]): Promise<FakeProxy> {
  const p = await startFakeProxy(answer);
  cleanups.push(() => p.close());
  return p;
}

/** A node:net server that answers every request head on a connection with `answer`. */
async function rawHttp(answer: string): Promise<Peer> {
  return listen((s) => {
    let buf = '';
    s.on('data', (d: Buffer) => {
      buf += d.toString('latin1');
      for (let end = buf.indexOf('\r\n\r\n'); end >= 0; end = buf.indexOf('\r\n\r\n')) {
        buf = buf.slice(end + 4);
        s.write(Buffer.from(answer, 'latin1'));
      }
    });
  });
}

/** An ordinary GET handle collecting what the write and header callbacks get. */
function getter(url: string, opts: Record<string, unknown> = {}) {
  const easy = new Easy();
  handles.push(easy);
  set(easy, 'URL', url);
  const { body, headers } = collect(easy);
  for (const [k, v] of Object.entries(opts)) set(easy, k, v);
  return { easy, written: () => body().toString('latin1'), headers };
}

describe('CURLOPT_HEADER through a proxy tunnel (J3; lib/cf-h1-proxy.c single_header, lib/cw-out.c; curl test 1509)', () => {
  it("the CONNECT answer's lines reach the write callback before the server's response", async () => {
    const origin = await startHttp((_req, res) => {
      res.setHeader('Content-Length', '5');
      res.end('hello');
    });
    const proxyPort = await npmProxy();
    const g = getter(origin.url('/1509'), { PROXY: `http://127.0.0.1:${proxyPort}`, HTTPPROXYTUNNEL: 1, HEADER: 1 });
    expect(await g.easy.perform()).toBe(CURLE.OK);
    const server = g.headers.findIndex((l) => l.startsWith('HTTP/1.1 200 OK'));
    // the proxy's block: status line, its headers, the blank line
    expect(g.headers[0]).toBe('HTTP/1.1 200 Connection established\r\n');
    expect(server).toBeGreaterThan(0);
    expect(g.headers[server - 1]).toBe('\r\n');
    // CURLOPT_HEADER: every header line, the CONNECT ones first, then the body
    expect(g.written()).toBe(`${g.headers.join('')}hello`);
    expect(info(g.easy, 'HTTP_CONNECTCODE').value).toBe(200);
    expect(info(g.easy, 'HEADER_SIZE').value).toBe(g.headers.join('').length);
  });

  it('SUPPRESS_CONNECT_HEADERS keeps them from both callbacks; HEADER_SIZE still counts them', async () => {
    const origin = await startHttp((_req, res) => {
      res.setHeader('Content-Length', '5');
      res.end('hello');
    });
    const proxyPort = await npmProxy();
    const g = getter(origin.url('/1288'), {
      PROXY: `http://127.0.0.1:${proxyPort}`,
      HTTPPROXYTUNNEL: 1,
      HEADER: 1,
      SUPPRESS_CONNECT_HEADERS: 1,
    });
    expect(await g.easy.perform()).toBe(CURLE.OK);
    expect(g.headers[0]).toMatch(/^HTTP\/1\.1 200 OK\r\n$/);
    expect(g.written()).toBe(`${g.headers.join('')}hello`);
    expect(info(g.easy, 'HEADER_SIZE').value as number).toBeGreaterThan(g.headers.join('').length);
  });

  it('connect-only: the CONNECT answer goes to the write callback too, and nothing else', async () => {
    const proxy = await fakeProxy((_req, s) => s.write('HTTP/1.1 200 Tunnel ok\r\nVia: fake\r\n\r\n'));
    const g = getter('http://target.test:80/', { PROXY: `http://127.0.0.1:${proxy.port}`, HTTPPROXYTUNNEL: 1, HEADER: 1, CONNECT_ONLY: 1 });
    expect(await g.easy.perform()).toBe(CURLE.OK);
    expect(g.written()).toBe('HTTP/1.1 200 Tunnel ok\r\nVia: fake\r\n\r\n');
    expect(g.headers).toEqual(['HTTP/1.1 200 Tunnel ok\r\n', 'Via: fake\r\n', '\r\n']);
  });
});

describe('a NUL byte in the status line is refused with 8 (lib/http.c Curl_verify_header)', () => {
  it('in a server response: 8 "Nul byte in header"', async () => {
    const peer = await rawHttp('HTTP/1.1 200 O\0K\r\nContent-Length: 0\r\n\r\n');
    const g = getter(`http://127.0.0.1:${peer.port}/`);
    const errors = { text: '' };
    set(g.easy, 'ERRORBUFFER', errors);
    expect(await g.easy.perform()).toBe(CURLE.WEIRD_SERVER_REPLY);
    expect(errors.text).toBe('Nul byte in header');
    expect(g.written()).toBe('');
  });

  it('in the CONNECT answer of a proxy: 8 "Nul byte in header", no tunnel', async () => {
    const proxy = await fakeProxy((_req, s) => s.write('HTTP/1.1 200 Connection\0 established\r\n\r\n'));
    const g = getter('http://target.test:80/', { PROXY: `http://127.0.0.1:${proxy.port}`, HTTPPROXYTUNNEL: 1, CONNECT_ONLY: 1 });
    const errors = { text: '' };
    set(g.easy, 'ERRORBUFFER', errors);
    expect(await g.easy.perform()).toBe(CURLE.WEIRD_SERVER_REPLY);
    expect(errors.text).toBe('Nul byte in header');
  });

  it('in a header line of the CONNECT answer too', async () => {
    const proxy = await fakeProxy((_req, s) => s.write('HTTP/1.1 200 Connection established\r\nVia: a\0b\r\n\r\n'));
    const g = getter('http://target.test:80/', { PROXY: `http://127.0.0.1:${proxy.port}`, HTTPPROXYTUNNEL: 1, CONNECT_ONLY: 1 });
    expect(await g.easy.perform()).toBe(CURLE.WEIRD_SERVER_REPLY);
  });
});

describe('Connection tokens as Curl_compareheader matches them (lib/http.c http_header_c)', () => {
  for (const value of ['closed', 'keep-closed', 'Upgrade, closed', 'xclose']) {
    it(`"Connection: ${value}" keeps the connection: the next transfer reuses it`, async () => {
      const peer = await rawHttp(`HTTP/1.1 200 OK\r\nConnection: ${value}\r\nContent-Length: 2\r\n\r\nok`);
      const g = getter(`http://127.0.0.1:${peer.port}/`);
      const log = capture(g.easy);
      expect(await g.easy.perform()).toBe(CURLE.OK);
      expect(log.lines()).toContain(`Connection #0 to host 127.0.0.1:${peer.port} left intact`);
      expect(await g.easy.perform()).toBe(CURLE.OK);
      expect(info(g.easy, 'NUM_CONNECTS').value).toBe(0);
      expect(peer.sockets.length).toBe(1);
    });
  }

  for (const value of ['close', 'CLOSE', 'keep-alive, close', 'a,, close', 'close x', 'close,x']) {
    it(`"Connection: ${value}" closes it after the transfer`, async () => {
      const peer = await rawHttp(`HTTP/1.1 200 OK\r\nConnection: ${value}\r\nContent-Length: 2\r\n\r\nok`);
      const g = getter(`http://127.0.0.1:${peer.port}/`);
      const log = capture(g.easy);
      expect(await g.easy.perform()).toBe(CURLE.OK);
      expect(log.lines()).not.toContain(`Connection #0 to host 127.0.0.1:${peer.port} left intact`);
      expect(await g.easy.perform()).toBe(CURLE.OK);
      expect(info(g.easy, 'NUM_CONNECTS').value).toBe(1);
      expect(peer.sockets.length).toBe(2);
    });
  }

  for (const value of [',close', ', , close']) {
    it(`"Connection: ${value}" keeps it: an empty first member ends the search (curlx_str_until refuses an empty word)`, async () => {
      const peer = await rawHttp(`HTTP/1.1 200 OK\r\nConnection: ${value}\r\nContent-Length: 2\r\n\r\nok`);
      const g = getter(`http://127.0.0.1:${peer.port}/`);
      expect(await g.easy.perform()).toBe(CURLE.OK);
      expect(await g.easy.perform()).toBe(CURLE.OK);
      expect(info(g.easy, 'NUM_CONNECTS').value).toBe(0);
    });
  }

  it('a 407 saying "Proxy-Connection: closed" keeps the tunnel connection for the next CONNECT', async () => {
    const proxy = await fakeProxy((req, s) => {
      if (!/Proxy-Authorization/.test(req.head)) {
        s.write('HTTP/1.1 407 Auth\r\nProxy-Authenticate: Basic realm="p"\r\nProxy-Connection: closed\r\nContent-Length: 0\r\n\r\n');
      } else s.write('HTTP/1.1 200 Connection established\r\n\r\n');
    });
    const g = getter('http://target.test:80/', {
      PROXY: `http://127.0.0.1:${proxy.port}`,
      HTTPPROXYTUNNEL: 1,
      CONNECT_ONLY: 1,
      PROXYUSERPWD: 'u:p',
      PROXYAUTH: CURLAUTH_ANY,
    });
    const log = capture(g.easy);
    expect(await g.easy.perform()).toBe(CURLE.OK);
    expect(proxy.requests.map((r) => r.conn)).toEqual([0, 0]);
    expect(log.lines()).not.toContain('Connect me again please');
  });
});
