// Issue 10, verbose lines: where a side-by-side run against libcurl 8.22 showed the texts or their
// places differ. Each test names the libcurl source of the line and runs against real loopback
// peers (Node's http server, scripted node:net servers and proxies, a raw WebSocket server).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CURLE, Easy, Multi } from '../../runtime/index.js';
import { startFakeProxy, type FakeProxy, type RawRequest } from '../peers/fake-proxy.js';
import { capture, closeAll, connectOnly, deadPort, info, listen, set, type DebugEvent } from '../runtime/helpers.js';
import { closePeers, startHttp, startRawWs } from './peers.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
  await closePeers();
  await closeAll();
});

const TEXT = 0;
const HEADER_IN = 1;
const HEADER_OUT = 2;

async function fakeProxy(answer: (req: RawRequest, s: net.Socket) => void): Promise<FakeProxy> {
  const p = await startFakeProxy(answer);
  cleanups.push(() => p.close());
  return p;
}

/** An ordinary GET handle that swallows the body. */
function getter(url: string, opts: Record<string, unknown> = {}): Easy {
  const easy = new Easy();
  set(easy, 'URL', url);
  set(easy, 'WRITEFUNCTION', (b: Uint8Array) => b.length);
  for (const [k, v] of Object.entries(opts)) set(easy, k, v);
  return easy;
}

const hello = (_req: unknown, res: { setHeader(n: string, v: string): void; end(b: string): void }): void => {
  res.setHeader('Content-Length', '2');
  res.end('hi');
};

/** Events as "type text" strings, TEXT without its newline. */
const shown = (events: DebugEvent[]): string[] => events.map((e) => `${e.type} ${e.type === TEXT ? e.text.replace(/\n$/, '') : e.text}`);

describe('curl_easy_cleanup prints nothing (lib/url.c Curl_close: the debug callback is detached first)', () => {
  it('connect-only: no "closing connection #0", the close-socket callback still runs', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    const closed: unknown[] = [];
    set(easy, 'CLOSESOCKETFUNCTION', (_c: unknown, s: net.Socket) => {
      closed.push(s);
      s.destroy();
      return 0;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    const log = capture(easy);
    easy.cleanup();
    expect(log.events).toEqual([]);
    expect(closed.length).toBe(1);
  });

  it('an ordinary transfer: its cached connection goes without a line', async () => {
    const peer = await startHttp(hello);
    const easy = getter(peer.url());
    expect(await easy.perform()).toBe(CURLE.OK);
    const log = capture(easy);
    easy.cleanup();
    expect(log.events).toEqual([]);
  });

  it('a handle still in a multi: the removal comes first and says so (I2, Curl_multi_remove_handle)', async () => {
    const peer = await listen();
    const multi = new Multi();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    multi.addHandle(easy);
    while (multi.perform() > 0) await multi.poll(100);
    expect(multi.infoRead()?.result).toBe(CURLE.OK);
    const log = capture(easy);
    easy.cleanup();
    expect(log.lines()).toEqual(['closing connection #0']);
    multi.cleanup();
  });
});

describe('"using HTTP/1.x" before the first request on a new connection (lib/http.c http_check_new_conn)', () => {
  it('after "Established connection", before the request; not on a reused connection', async () => {
    const peer = await startHttp(hello);
    const easy = getter(peer.url());
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    const ev = shown(log.events);
    const at = ev.indexOf(`${TEXT} using HTTP/1.x`);
    expect(ev[at - 1]).toMatch(new RegExp(`^${TEXT} Established connection to 127\\.0\\.0\\.1 `));
    expect(ev[at + 1]).toMatch(new RegExp(`^${HEADER_OUT} GET / HTTP/1\\.1\r\n`));
    log.events.length = 0;
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines()).not.toContain('using HTTP/1.x');
    expect(log.lines()[0]).toBe('Reusing existing http: connection with host 127.0.0.1');
    easy.cleanup();
  });

  it('the WebSocket upgrade (CONNECT_ONLY=2) says it too, before its request', async () => {
    const peer = await startRawWs((s, _key, ok) => s.write(ok()));
    const easy = new Easy();
    set(easy, 'URL', peer.url());
    set(easy, 'CONNECT_ONLY', 2);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    const ev = shown(log.events);
    const at = ev.indexOf(`${TEXT} using HTTP/1.x`);
    expect(at).toBeGreaterThan(0);
    expect(ev[at + 1]).toMatch(new RegExp(`^${HEADER_OUT} GET / HTTP/1\\.1\r\n`));
    easy.cleanup();
  });

  it('CONNECT_ONLY=2 on http:// (decision 1) says it; CONNECT_ONLY=1 sends no request and does not', async () => {
    const peer = await startHttp(hello);
    for (const mode of [2, 1]) {
      const easy = getter(peer.url(), { CONNECT_ONLY: mode });
      const log = capture(easy);
      expect(await easy.perform()).toBe(CURLE.OK);
      expect(log.lines().includes('using HTTP/1.x')).toBe(mode === 2);
      easy.cleanup();
    }
  });

  it('to a forward proxy: before "Proxy auth using Basic", which the request building prints', async () => {
    const proxy = await fakeProxy((_req, s) => s.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'));
    const easy = getter('http://origin.test/', { PROXY: `http://127.0.0.1:${proxy.port}`, PROXYUSERPWD: 'u:p' });
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    const lines = log.lines();
    expect(lines.indexOf('using HTTP/1.x')).toBe(lines.indexOf("Proxy auth using Basic with user 'u'") - 1);
    easy.cleanup();
  });
});

describe('names from CURLOPT_RESOLVE (lib/vdns/dnscache.c Curl_loadhostpairs, lib/vdns/cf-dns.c cf_dns_report)', () => {
  it('"[DNS] added NAME:PORT:ADDRS to cache", then found in the cache and reported as resolved', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://named.test:${peer.port}/`);
    set(easy, 'RESOLVE', [`named.test:${peer.port}:127.0.0.1`, `+other.test:${peer.port}:[::1],127.0.0.1`]);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines().slice(0, 7)).toEqual([
      `[DNS] added named.test:${peer.port}:127.0.0.1 to cache`,
      `[DNS] added other.test:${peer.port}:[::1],127.0.0.1 to cache (non-permanent)`,
      'Hostname named.test was found in DNS cache',
      `Host named.test:${peer.port} was resolved.`,
      'IPv6: (none)',
      'IPv4: 127.0.0.1',
      `  Trying 127.0.0.1:${peer.port}...`,
    ]);
    easy.cleanup();
  });

  it('a name found in the DNS cache at the next perform is reported as resolved again', async () => {
    const peer = await listen(() => {}, '::1');
    const easy = connectOnly(`http://again.localhost:${peer.port}/`);
    expect(await easy.perform()).toBe(CURLE.OK);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    // decision 11: the old connection goes first
    expect(log.lines().slice(0, 6)).toEqual([
      'closing connection #0',
      'Hostname again.localhost was found in DNS cache',
      `Host again.localhost:${peer.port} was resolved.`,
      'IPv6: ::1',
      'IPv4: 127.0.0.1',
      `  Trying [::1]:${peer.port}...`,
    ]);
    easy.cleanup();
  });
});

describe('"Reusing existing SCHEME: connection with host|proxy NAME" (lib/url.c url_attach_existing)', () => {
  it('through a forward proxy it names the proxy', async () => {
    const proxy = await fakeProxy((_req, s) => s.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'));
    const easy = getter('http://origin.test/', { PROXY: `http://127.0.0.1:${proxy.port}` });
    expect(await easy.perform()).toBe(CURLE.OK);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines()[0]).toBe('Reusing existing http: connection with proxy 127.0.0.1');
    easy.cleanup();
  });

  it('through a CONNECT tunnel it names the proxy too', async () => {
    const proxy = await fakeProxy((req, s) => {
      if (req.head.startsWith('CONNECT ')) s.write('HTTP/1.1 200 Connection established\r\n\r\n');
      else s.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
    });
    const easy = getter('http://origin.test/', { PROXY: `http://127.0.0.1:${proxy.port}`, HTTPPROXYTUNNEL: 1 });
    expect(await easy.perform()).toBe(CURLE.OK);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines()[0]).toBe('Reusing existing http: connection with proxy 127.0.0.1');
    expect(proxy.connections).toBe(1);
    easy.cleanup();
  });
});

describe('"Basic authentication problem, ignoring." where libcurl prints it (lib/http.c auth_basic)', () => {
  const REFUSED = 'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="p"\r\nContent-Length: 0\r\n\r\n';

  it('CONNECT: right after the Proxy-Authenticate line (lib/cf-h1-proxy.c single_header), then 7', async () => {
    const proxy = await fakeProxy((_req, s) => s.write(REFUSED));
    const easy = getter('http://origin.test/', { PROXY: `http://127.0.0.1:${proxy.port}`, HTTPPROXYTUNNEL: 1, PROXYUSERPWD: 'u:p' });
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    const ev = shown(log.events);
    const at = ev.indexOf(`${HEADER_IN} Proxy-Authenticate: Basic realm="p"\r\n`);
    expect(ev.slice(at, at + 5)).toEqual([
      `${HEADER_IN} Proxy-Authenticate: Basic realm="p"\r\n`,
      `${TEXT} Basic authentication problem, ignoring.`,
      `${HEADER_IN} Content-Length: 0\r\n`,
      `${HEADER_IN} \r\n`,
      `${TEXT} CONNECT tunnel failed, response 407`,
    ]);
    easy.cleanup();
  });

  it('forward proxy: before the Proxy-Authenticate line (lib/http.c http_rw_hd reads the header first)', async () => {
    const proxy = await fakeProxy((_req, s) => s.write(REFUSED));
    const easy = getter('http://origin.test/', { PROXY: `http://127.0.0.1:${proxy.port}`, PROXYUSERPWD: 'u:p' });
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'RESPONSE_CODE').value).toBe(407);
    const ev = shown(log.events);
    const at = ev.indexOf(`${TEXT} Basic authentication problem, ignoring.`);
    expect(ev.slice(at - 1, at + 3)).toEqual([
      `${HEADER_IN} HTTP/1.1 407 Proxy Authentication Required\r\n`,
      `${TEXT} Basic authentication problem, ignoring.`,
      `${HEADER_IN} Proxy-Authenticate: Basic realm="p"\r\n`,
      `${HEADER_IN} Content-Length: 0\r\n`,
    ]);
    easy.cleanup();
  });
});

describe('send/recv after a perform that never connected name connection #-1 (lib/easy.c easy_connection)', () => {
  it('the refused connection had number 0; the text says -1 and CONN_ID is -1 afterwards', async () => {
    const easy = connectOnly(`http://127.0.0.1:${await deadPort()}/`);
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    expect(info(easy, 'CONN_ID').value).toBe(0);
    const log = capture(easy);
    expect(easy.send(Buffer.from('x'))).toEqual({ code: CURLE.UNSUPPORTED_PROTOCOL, n: 0 });
    expect(easy.recv(new Uint8Array(4))).toEqual({ code: CURLE.UNSUPPORTED_PROTOCOL, n: 0 });
    expect(log.lines()).toEqual([
      'Failed to get last socket used for connection #-1',
      'Failed to get last socket used for connection #-1',
    ]);
    expect(info(easy, 'CONN_ID').value).toBe(-1);
    easy.cleanup();
  });

  it('a tunnel refused with 407 the same way', async () => {
    const proxy = await fakeProxy((_req, s) => s.write('HTTP/1.1 407 No\r\nContent-Length: 0\r\n\r\n'));
    const easy = connectOnly('http://origin.test/');
    set(easy, 'PROXY', `http://127.0.0.1:${proxy.port}`);
    set(easy, 'HTTPPROXYTUNNEL', 1);
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    expect(easy.recv(new Uint8Array(4)).code).toBe(CURLE.UNSUPPORTED_PROTOCOL);
    expect(errors.text).toBe('Failed to get last socket used for connection #-1');
    easy.cleanup();
  });
});

describe('decision 11 is listed among the departures (README)', () => {
  it('the README says a second perform closes the previous connect-only connection first', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Where manbind departs from libcurl'));
    const list = section.slice(0, section.indexOf('\n## ', 1));
    expect(list).toMatch(/\n11\. A second `perform` on a connect-only handle closes the previous connection first/);
  });
});

