// Issue 14: curl_easy_header and curl_easy_nextheader (lib/headers.c) over every request of a
// redirect chain, with the CURLH_* origins (1xx, trailers, CONNECT) and the CURLHE_* results.
import http from 'node:http';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  CURLE,
  CURLH_1XX,
  CURLH_CONNECT,
  CURLH_HEADER,
  CURLH_PSEUDO,
  CURLH_TRAILER,
  CURLHE_BAD_ARGUMENT,
  CURLHE_BADINDEX,
  CURLHE_MISSING,
  CURLHE_NOHEADERS,
  CURLHE_NOREQUEST,
  CURLHE_OK,
  Easy,
} from '../../runtime/index.js';
import { startHttp } from '../multi/peers.js';
import { cleanupAfterEach, listen, quiet, set } from './helpers.js';

cleanupAfterEach();

/** Every header of `request` among `origin`, as "Name: value" lines, by nextHeader. */
function walk(easy: Easy, origin: number, request: number): string[] {
  const out: string[] = [];
  for (let h = easy.nextHeader(origin, request, null); h !== null; h = easy.nextHeader(origin, request, h)) {
    out.push(`${h.name}: ${h.value} (${h.index + 1}/${h.amount})`);
  }
  return out;
}

describe('curl_easy_header', () => {
  it('finds a header by name in any case, with index and amount; origin carries a reserved bit', async () => {
    const peer = await startHttp((_req, res) => {
      res.setHeader('X-Twice', ['one', 'two']);
      res.setHeader('Content-Type', 'text/plain');
      res.end('body');
    });
    const easy = quiet(peer.url('/'));
    expect(await easy.perform()).toBe(CURLE.OK);
    const ct = easy.header('content-TYPE', 0, CURLH_HEADER, -1);
    expect(ct.code).toBe(CURLHE_OK);
    expect(ct.header).toMatchObject({ name: 'Content-Type', value: 'text/plain', amount: 1, index: 0 });
    expect(ct.header!.origin & CURLH_HEADER).toBe(CURLH_HEADER);
    expect(ct.header!.origin).not.toBe(CURLH_HEADER);
    expect(easy.header('x-twice', 1, CURLH_HEADER, 0).header).toMatchObject({ value: 'two', amount: 2, index: 1 });
    expect(easy.header('x-twice', 2, CURLH_HEADER, 0)).toEqual({ code: CURLHE_BADINDEX, header: null });
    expect(easy.header('x-none', 0, CURLH_HEADER, 0)).toEqual({ code: CURLHE_MISSING, header: null });
    // trailers were asked for, none came
    expect(easy.header('content-type', 0, CURLH_TRAILER, 0).code).toBe(CURLHE_MISSING);
    expect(easy.header('content-type', 0, CURLH_HEADER, 1)).toEqual({ code: CURLHE_NOREQUEST, header: null });
    easy.cleanup();
  });

  it('answers CURLHE_NOHEADERS before any perform and after a connect-only one', async () => {
    const peer = await startHttp((_req, res) => res.end());
    const easy = quiet(peer.url('/'));
    expect(easy.header('Date', 0, CURLH_HEADER, -1)).toEqual({ code: CURLHE_NOHEADERS, header: null });
    expect(easy.nextHeader(CURLH_HEADER, -1, null)).toBe(null);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(easy.header('Date', 0, CURLH_HEADER, -1).code).toBe(CURLHE_OK);
    set(easy, 'CONNECT_ONLY', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(easy.header('Date', 0, CURLH_HEADER, -1).code).toBe(CURLHE_NOHEADERS);
    easy.cleanup();
  });

  it('refuses bad arguments with CURLHE_BAD_ARGUMENT (lib/headers.c), and after cleanup', async () => {
    const peer = await startHttp((_req, res) => res.end());
    const easy = quiet(peer.url('/'));
    expect(await easy.perform()).toBe(CURLE.OK);
    const bad = (name: unknown, index: unknown, origin: unknown, request: unknown): number =>
      (easy.header as (...a: unknown[]) => { code: number })(name, index, origin, request).code;
    expect(bad(null, 0, CURLH_HEADER, -1)).toBe(CURLHE_BAD_ARGUMENT);
    expect(bad('Date', -1, CURLH_HEADER, -1)).toBe(CURLHE_BAD_ARGUMENT);
    expect(bad('Date', 0, 0, -1)).toBe(CURLHE_BAD_ARGUMENT);
    expect(bad('Date', 0, CURLH_PSEUDO << 1, -1)).toBe(CURLHE_BAD_ARGUMENT);
    expect(bad('Date', 0, CURLH_HEADER, -2)).toBe(CURLHE_BAD_ARGUMENT);
    expect(bad('Date', 0, CURLH_PSEUDO, -1)).toBe(CURLHE_MISSING);
    easy.cleanup();
    expect(bad('Date', 0, CURLH_HEADER, -1)).toBe(CURLHE_BAD_ARGUMENT);
    expect(easy.nextHeader(CURLH_HEADER, -1, null)).toBe(null);
  });

  it('keeps the headers of each request of a redirect chain apart; -1 is the last', async () => {
    const peer = await startHttp((req, res) => {
      if (req.url === '/a') {
        res.writeHead(302, { Location: '/b', 'X-Step': 'a' });
        res.end();
      } else {
        res.writeHead(200, { 'X-Step': 'b', 'Content-Length': '2' });
        res.end('ok');
      }
    });
    const easy = quiet(peer.url('/a'));
    set(easy, 'FOLLOWLOCATION', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(easy.header('X-Step', 0, CURLH_HEADER, 0).header?.value).toBe('a');
    expect(easy.header('X-Step', 0, CURLH_HEADER, 1).header?.value).toBe('b');
    expect(easy.header('X-Step', 0, CURLH_HEADER, -1).header?.value).toBe('b');
    expect(easy.header('Location', 0, CURLH_HEADER, 1).code).toBe(CURLHE_MISSING);
    expect(easy.header('X-Step', 0, CURLH_HEADER, 2).code).toBe(CURLHE_NOREQUEST);
    expect(walk(easy, CURLH_HEADER, 0)).toContain(`Location: /b (1/1)`);
    expect(walk(easy, CURLH_HEADER, 1).filter((l) => l.startsWith('X-Step'))).toEqual(['X-Step: b (1/1)']);
    easy.cleanup();
  });

  it('files 1xx heads and chunked trailers under their origins, and is usable from the header callback', async () => {
    const peer = await listen((s: net.Socket) =>
      s.once('data', () =>
        s.end(
          'HTTP/1.1 100 Continue\r\nX-Early: yes\r\n\r\n' +
            'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-Main:  padded value  \r\n\r\n' +
            '3\r\nabc\r\n0\r\nX-Sum: 42\r\n\r\n',
        ),
      ),
    );
    const easy = quiet(`http://127.0.0.1:${peer.port}/`);
    const seen: (string | undefined)[] = [];
    set(easy, 'HEADERFUNCTION', (b: Uint8Array) => {
      const line = Buffer.from(b).toString('latin1');
      // the line being delivered is already in the store (lib/headers.c pushes before the callback)
      if (line.startsWith('X-Main')) seen.push(easy.header('x-main', 0, CURLH_HEADER, -1).header?.value);
      return b.length;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(seen).toEqual(['padded value']);
    expect(walk(easy, CURLH_1XX, 0)).toEqual(['X-Early: yes (1/1)']);
    expect(walk(easy, CURLH_TRAILER, 0)).toEqual(['X-Sum: 42 (1/1)']);
    expect(walk(easy, CURLH_HEADER | CURLH_TRAILER | CURLH_1XX, -1)).toEqual([
      'X-Early: yes (1/1)',
      'Transfer-Encoding: chunked (1/1)',
      'X-Main: padded value (1/1)',
      'X-Sum: 42 (1/1)',
    ]);
    easy.cleanup();
  });

  it('files a proxy answer to CONNECT under CURLH_CONNECT', async () => {
    const target = await startHttp((_req, res) => {
      res.setHeader('X-Origin', 'target');
      res.end('t');
    });
    const proxy = http.createServer();
    proxy.on('connect', (req, client: net.Socket) => {
      const [host, port] = req.url!.split(':');
      const up = net.connect(Number(port), host, () => {
        client.write('HTTP/1.1 200 Connection established\r\nX-Proxy: here\r\n\r\n');
        up.pipe(client);
        client.pipe(up);
      });
      up.on('error', () => client.destroy());
      client.on('error', () => up.destroy());
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    try {
      const easy = quiet(target.url('/'));
      set(easy, 'PROXY', `http://127.0.0.1:${(proxy.address() as net.AddressInfo).port}`);
      set(easy, 'HTTPPROXYTUNNEL', 1);
      expect(await easy.perform()).toBe(CURLE.OK);
      expect(easy.header('X-Proxy', 0, CURLH_CONNECT, -1).header?.value).toBe('here');
      expect(easy.header('X-Proxy', 0, CURLH_HEADER, -1).code).toBe(CURLHE_MISSING);
      expect(easy.header('X-Origin', 0, CURLH_HEADER, -1).header?.value).toBe('target');
      easy.cleanup();
    } finally {
      proxy.closeAllConnections();
      await new Promise((r) => proxy.close(r));
    }
  });
});
