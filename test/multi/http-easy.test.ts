// Issue 4: ordinary HTTP/1.1 transfers through Easy (GET/HEAD/POST, callbacks, redirects, getinfo),
// the connection cache (H, keep-alive, FORBID_REUSE, FRESH_CONNECT, MAXCONNECTS) and
// CONNECT_ONLY=2 on http:// (decision 1, section L as amended), against loopback peers.
import type net from 'node:net';
import { describe, expect, it } from 'vitest';
import { CURL_SOCKET_BAD, CURLE, Easy } from '../../runtime/index.js';
import { capture, cleanupAfterEach, collect, info, listen, recvAll, sendAll, set } from '../runtime/helpers.js';
import { startHttp } from './peers.js';

cleanupAfterEach();

/** A handle for `url` whose body and header lines are collected. */
function getter(url: string): { easy: Easy; body: () => string; headers: string[] } {
  const easy = new Easy();
  set(easy, 'URL', url);
  const { body, headers } = collect(easy);
  return { easy, body: () => body().toString('utf8'), headers };
}

const hello = (_req: unknown, res: import('node:http').ServerResponse): void => {
  res.setHeader('Content-Type', 'text/plain');
  res.end('hello world');
};

describe('GET, HEAD, POST', () => {
  it('GET delivers headers (status and blank line included) and the body; getinfo tells the figures', async () => {
    const peer = await startHttp(hello);
    const { easy, body, headers } = getter(peer.url('/a?b=1'));
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(body()).toBe('hello world');
    expect(headers[0]).toBe('HTTP/1.1 200 OK\r\n');
    expect(headers[headers.length - 1]).toBe('\r\n');
    expect(info(easy, 'RESPONSE_CODE').value).toBe(200);
    expect(info(easy, 'HEADER_SIZE').value).toBe(headers.join('').length);
    expect(info(easy, 'CONTENT_LENGTH_DOWNLOAD_T').value).toBe(11);
    expect(info(easy, 'NUM_CONNECTS').value).toBe(1);
    expect(info(easy, 'EFFECTIVE_URL').value).toBe(peer.url('/a?b=1'));
    expect(peer.requests[0]!.method).toBe('GET');
    expect(peer.requests[0]!.url).toBe('/a?b=1');
    expect(peer.requests[0]!.headers['accept']).toBe('*/*');
    easy.cleanup();
  });

  it('NOBODY sends HEAD and reads no body; POSTFIELDS sends POST; CUSTOMREQUEST and HTTPHEADER apply', async () => {
    const peer = await startHttp((req, res, b) => {
      res.setHeader('Content-Length', '5');
      res.end(req.method === 'HEAD' ? undefined : b.slice(0, 5).padEnd(5, '.'));
    });
    const h = getter(peer.url());
    set(h.easy, 'NOBODY', 1);
    expect(await h.easy.perform()).toBe(CURLE.OK);
    expect(h.body()).toBe('');
    expect(info(h.easy, 'CONTENT_LENGTH_DOWNLOAD_T').value).toBe(5);
    const p = getter(peer.url());
    set(p.easy, 'POSTFIELDS', 'a=123');
    set(p.easy, 'HTTPHEADER', ['X-Test: yes', 'Accept:']);
    expect(await p.easy.perform()).toBe(CURLE.OK);
    expect(p.body()).toBe('a=123');
    const c = getter(peer.url());
    set(c.easy, 'CUSTOMREQUEST', 'PUT');
    set(c.easy, 'POSTFIELDS', 'xy');
    expect(await c.easy.perform()).toBe(CURLE.OK);
    expect(peer.requests.map((r) => r.method)).toEqual(['HEAD', 'POST', 'PUT']);
    expect(peer.requests[1]!.body).toBe('a=123');
    expect(peer.requests[1]!.headers['x-test']).toBe('yes');
    expect(peer.requests[1]!.headers['accept']).toBeUndefined();
    expect(peer.requests[1]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(peer.requests[2]!.body).toBe('xy');
  });

  it('HTTP_VERSION 1.0 sends an HTTP/1.0 request line', async () => {
    let line = '';
    const peer = await listen((s) =>
      s.once('data', (d: Buffer) => {
        line = d.toString('latin1').split('\r\n')[0]!;
        s.end('HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok');
      }),
    );
    const g = getter(`http://127.0.0.1:${peer.port}/v`);
    set(g.easy, 'HTTP_VERSION', 1);
    expect(await g.easy.perform()).toBe(CURLE.OK);
    expect(line).toBe('GET /v HTTP/1.0');
    expect(g.body()).toBe('ok');
  });

  it('chunked with trailers: the trailers reach the header callback', async () => {
    const peer = await listen((s) =>
      s.once('data', () =>
        s.write(
          'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-Sum\r\n\r\n' +
            '5\r\nhello\r\n6\r\n world\r\n0\r\nX-Sum: 42\r\n\r\n',
        ),
      ),
    );
    const g = getter(`http://127.0.0.1:${peer.port}/`);
    expect(await g.easy.perform()).toBe(CURLE.OK);
    expect(g.body()).toBe('hello world');
    expect(g.headers).toContain('X-Sum: 42\r\n');
    expect(info(g.easy, 'CONTENT_LENGTH_DOWNLOAD_T').value).toBe(-1);
  });

  it('a write callback that takes less fails the transfer with 23', async () => {
    const peer = await startHttp(hello);
    const easy = new Easy();
    set(easy, 'URL', peer.url());
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => b.length - 1);
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    expect(await easy.perform()).toBe(CURLE.WRITE_ERROR);
    expect(errors.text).toBe('Failure writing output to destination, passed 11 returned 10');
  });

  it('HEADERDATA with a write() method gets the headers when there is no header callback', async () => {
    const peer = await startHttp(hello);
    const easy = new Easy();
    const got: string[] = [];
    set(easy, 'URL', peer.url());
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => b.length);
    set(easy, 'HEADERDATA', { write: (b: Uint8Array) => got.push(Buffer.from(b).toString('latin1')) });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(got[0]).toBe('HTTP/1.1 200 OK\r\n');
  });

  it('an empty reply is 52', async () => {
    const peer = await listen((s) => s.once('data', () => s.end()));
    const g = getter(`http://127.0.0.1:${peer.port}/`);
    expect(await g.easy.perform()).toBe(CURLE.GOT_NOTHING);
  });
});

describe('redirects', () => {
  it('follows 301 turning POST into GET, 307 keeping POST and its body; REDIRECT_COUNT, EFFECTIVE_URL, sums', async () => {
    const peer = await startHttp((req, res) => {
      if (req.url === '/start') {
        res.writeHead(301, { Location: '/second' });
        res.end('moved');
      } else if (req.url === '/second') {
        res.writeHead(307, { Location: `http://127.0.0.1:${(req.socket.address() as net.AddressInfo).port}/third` });
        res.end();
      } else res.end(`${req.method} ${req.url}`);
    });
    const g = getter(peer.url('/start'));
    set(g.easy, 'FOLLOWLOCATION', 1);
    set(g.easy, 'POSTFIELDS', 'data');
    expect(await g.easy.perform()).toBe(CURLE.OK);
    expect(g.body()).toBe('GET /third');
    expect(peer.requests.map((r) => `${r.method} ${r.url} ${r.body}`)).toEqual(['POST /start data', 'GET /second ', 'GET /third ']);
    expect(info(g.easy, 'REDIRECT_COUNT').value).toBe(2);
    expect(info(g.easy, 'EFFECTIVE_URL').value).toBe(peer.url('/third'));
    expect(info(g.easy, 'RESPONSE_CODE').value).toBe(200);
    // three heads add up; one connection carried all three
    expect(info(g.easy, 'HEADER_SIZE').value).toBe(g.headers.join('').length);
    expect(g.headers.filter((h) => h.startsWith('HTTP/1.1 ')).length).toBe(3);
    expect(info(g.easy, 'NUM_CONNECTS').value).toBe(1);

    const p = getter(peer.url('/second'));
    set(p.easy, 'FOLLOWLOCATION', 1);
    set(p.easy, 'POSTFIELDS', 'keep');
    expect(await p.easy.perform()).toBe(CURLE.OK);
    expect(p.body()).toBe('POST /third');
    expect(peer.requests.slice(3).map((r) => `${r.method} ${r.url} ${r.body}`)).toEqual(['POST /second keep', 'POST /third keep']);
  });

  it('303 turns a POST into GET; MAXREDIRS stops with 47; without FOLLOWLOCATION the 3xx is the answer', async () => {
    const peer = await startHttp((req, res) => {
      const n = Number(req.url!.slice(1));
      if (n < 5) {
        res.writeHead(303, { Location: `/${n + 1}` });
        res.end();
      } else res.end(req.method);
    });
    const g = getter(peer.url('/0'));
    set(g.easy, 'FOLLOWLOCATION', 1);
    set(g.easy, 'POSTFIELDS', 'x');
    expect(await g.easy.perform()).toBe(CURLE.OK);
    expect(g.body()).toBe('GET');
    const m = getter(peer.url('/0'));
    set(m.easy, 'FOLLOWLOCATION', 1);
    set(m.easy, 'MAXREDIRS', 2);
    const errors = { text: '' };
    set(m.easy, 'ERRORBUFFER', errors);
    expect(await m.easy.perform()).toBe(CURLE.TOO_MANY_REDIRECTS);
    expect(errors.text).toBe('Maximum (2) redirects followed');
    const n = getter(peer.url('/0'));
    expect(await n.easy.perform()).toBe(CURLE.OK);
    expect(info(n.easy, 'RESPONSE_CODE').value).toBe(303);
    expect(info(n.easy, 'REDIRECT_COUNT').value).toBe(0);
  });
});

describe('connection cache', () => {
  it('a second transfer reuses the kept-alive connection: NUM_CONNECTS 0, same LOCAL_PORT and CONN_ID', async () => {
    const peer = await startHttp(hello);
    const { easy } = getter(peer.url());
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    const port = info(easy, 'LOCAL_PORT').value;
    expect(info(easy, 'CONN_ID').value).toBe(0);
    expect(info(easy, 'ACTIVESOCKET').value).not.toBe(CURL_SOCKET_BAD);
    expect(log.lines()).toContain(`Connection #0 to host 127.0.0.1:${peer.port} left intact`);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'NUM_CONNECTS').value).toBe(0);
    expect(info(easy, 'LOCAL_PORT').value).toBe(port);
    expect(info(easy, 'CONN_ID').value).toBe(0);
    expect(log.lines()).toContain('Reusing existing http: connection with host 127.0.0.1');
    expect(peer.connections.length).toBe(1);
    easy.cleanup();
  });

  it('FORBID_REUSE closes after the transfer (close callback); FRESH_CONNECT does not take a cached one', async () => {
    const peer = await startHttp(hello);
    const { easy } = getter(peer.url());
    const closed: unknown[] = [];
    set(easy, 'CLOSESOCKETFUNCTION', (_c: unknown, s: net.Socket) => {
      closed.push(s);
      s.destroy();
      return 0;
    });
    const log = capture(easy);
    set(easy, 'FORBID_REUSE', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(closed.length).toBe(1);
    // multi_done closes it after a transfer that went well: "shutting down" (lib/conncache.c)
    expect(log.lines()).toContain('shutting down connection #0');
    expect(info(easy, 'ACTIVESOCKET').value).toBe(CURL_SOCKET_BAD);
    set(easy, 'FORBID_REUSE', 0);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'NUM_CONNECTS').value).toBe(1);
    expect(info(easy, 'CONN_ID').value).toBe(1);
    set(easy, 'FRESH_CONNECT', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'NUM_CONNECTS').value).toBe(1);
    expect(info(easy, 'CONN_ID').value).toBe(2);
    expect(peer.connections.length).toBe(3);
    easy.cleanup();
    // cleanup closes the cached ones (#1 and #2)
    expect(closed.length).toBe(3);
  });

  it('MAXCONNECTS 1: the connection idle longest is closed with the close callback', async () => {
    const a = await startHttp(hello);
    const b = await startHttp(hello);
    const easy = new Easy();
    set(easy, 'WRITEFUNCTION', (x: Uint8Array) => x.length);
    set(easy, 'MAXCONNECTS', 1);
    const closed: number[] = [];
    set(easy, 'CLOSESOCKETFUNCTION', (_c: unknown, s: net.Socket) => {
      closed.push(s.remotePort!);
      s.destroy();
      return 0;
    });
    set(easy, 'URL', a.url());
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(closed).toEqual([]);
    set(easy, 'URL', b.url());
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(closed).toEqual([a.port]);
    set(easy, 'URL', b.url());
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'NUM_CONNECTS').value).toBe(0);
    easy.cleanup();
  });

  it('Connection: close is honoured: no reuse, ACTIVESOCKET is -1 afterwards (D1)', async () => {
    const peer = await startHttp((_q, res) => {
      res.setHeader('Connection', 'close');
      res.end('x');
    });
    const { easy } = getter(peer.url());
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'ACTIVESOCKET').value).toBe(CURL_SOCKET_BAD);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'NUM_CONNECTS').value).toBe(1);
  });

  it('a reused connection that dies before answering is retried once on a fresh one', async () => {
    let requests = 0;
    const peer = await listen((s) => {
      s.on('data', () => {
        requests++;
        // the second request on the first connection: hang up without an answer
        if (requests === 2) s.destroy();
        else s.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
      });
    });
    const g = getter(`http://127.0.0.1:${peer.port}/`);
    const log = capture(g.easy);
    expect(await g.easy.perform()).toBe(CURLE.OK);
    expect(await g.easy.perform()).toBe(CURLE.OK);
    expect(log.lines()).toContain('Connection died, retrying a fresh connect (retry count: 1)');
    expect(info(g.easy, 'NUM_CONNECTS').value).toBe(1);
    expect(g.body()).toBe('okok');
    expect(peer.sockets.length).toBe(2);
  });
});

describe('CONNECT_ONLY=2 on http:// (decision 1)', () => {
  it('sends the request, reads the head, leaves the body to recv; the connection serves send/recv', async () => {
    const peer = await listen((s) => {
      s.on('data', (d: Buffer) => {
        const path = d.toString('latin1').split(' ')[1];
        s.write(`HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n${path === '/first' ? '0123456789' : 'second....'}`);
      });
    });
    const easy = new Easy();
    set(easy, 'URL', `http://127.0.0.1:${peer.port}/first`);
    set(easy, 'CONNECT_ONLY', 2);
    const headers: string[] = [];
    const written: string[] = [];
    set(easy, 'HEADERFUNCTION', (b: Uint8Array) => {
      headers.push(Buffer.from(b).toString('latin1'));
      return b.length;
    });
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => {
      written.push(Buffer.from(b).toString('latin1'));
      return b.length;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'RESPONSE_CODE').value).toBe(200);
    expect(headers[0]).toBe('HTTP/1.1 200 OK\r\n');
    expect(written).toEqual([]);
    expect((await recvAll(easy, 10)).toString()).toBe('0123456789');
    await sendAll(easy, Buffer.from('GET /again HTTP/1.1\r\nHost: x\r\n\r\n'));
    const second = (await recvAll(easy, 48)).toString();
    expect(second).toContain('second....');
    expect(peer.sockets.length).toBe(1);
    easy.cleanup();
  });

  it('a body that comes after the head arrives through recv', async () => {
    let sock: net.Socket | null = null;
    const peer = await listen((s) => {
      sock = s;
      s.once('data', () => s.write('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n'));
    });
    const easy = new Easy();
    set(easy, 'URL', `http://127.0.0.1:${peer.port}/`);
    set(easy, 'CONNECT_ONLY', 2);
    set(easy, 'HEADERFUNCTION', (b: Uint8Array) => b.length);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(easy.recv(new Uint8Array(8)).code).toBe(CURLE.AGAIN);
    sock!.write('later');
    expect((await recvAll(easy, 5)).toString()).toBe('later');
    easy.cleanup();
  });

  it('connect-only connections are never reused and never offered (H1 through easy.perform)', async () => {
    const peer = await startHttp(hello);
    const easy = new Easy();
    set(easy, 'URL', peer.url());
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => b.length);
    set(easy, 'HEADERFUNCTION', (b: Uint8Array) => b.length);
    set(easy, 'CONNECT_ONLY', 2);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'CONN_ID').value).toBe(0);
    set(easy, 'CONNECT_ONLY', 0);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'CONN_ID').value).toBe(1);
    expect(info(easy, 'NUM_CONNECTS').value).toBe(1);
    set(easy, 'CONNECT_ONLY', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'CONN_ID').value).toBe(2);
    expect(peer.connections.length).toBe(3);
    easy.cleanup();
  });
});
