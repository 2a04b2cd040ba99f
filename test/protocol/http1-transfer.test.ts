// One HTTP/1.x exchange (http1Exchange) over a real loopback socket: Node's http server for
// ordinary answers, node:net servers for exact, malformed, slow and unusual ones. Header callback
// lines, write callback data, RESPONSE_CODE, HEADER_SIZE, the connection's fate, connect-only mode
// 2 (decision 1), Expect: 100-continue, redirect decisions.
import * as http from 'node:http';
import * as net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CallbackGuard } from '../../runtime/base/callback.js';
import { CURLE } from '../../runtime/base/codes.js';
import { freshInfo } from '../../runtime/base/context.js';
import { ConnectionDied, CurlError } from '../../runtime/base/error.js';
import { buildRequest, initialRequestState, type RequestState } from '../../runtime/http/request.js';
import { followLocation, resolveLocation } from '../../runtime/core/follow.js';
import { bodyWriter } from '../../runtime/http/client-writer.js';
import { http1Exchange, type ExchangeOptions } from '../../runtime/protocols/http1/exchange.js';
import { redirectState } from '../../runtime/protocols/http1/redirect.js';
import { defaultOptions, type EasyOptions } from '../../runtime/base/options.js';
import { Transfer } from '../../runtime/core/transfer.js';
import { targetFromUrl } from '../../runtime/core/url.js';
import { Tracer } from '../../runtime/core/verbose.js';
import { answering, client, startRaw, until, type Client } from './peers.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function raw(onConnection: Parameters<typeof startRaw>[0]) {
  const s = await startRaw(onConnection);
  cleanups.push(() => s.close());
  return s;
}

async function nodeServer(handler: http.RequestListener): Promise<number> {
  const server = http.createServer(handler);
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return (server.address() as net.AddressInfo).port;
}

function clientFor(path: string, port: number, opts: Partial<EasyOptions> = {}): Client {
  const c = client(`http://127.0.0.1:${port}${path}`, port, opts);
  cleanups.push(c.close);
  return c;
}

async function run(c: Client, exo: ExchangeOptions = {}, state?: RequestState) {
  const stream = await c.connect();
  const req = buildRequest({ opts: c.ctx.opts, target: c.target, state: state ?? initialRequestState(c.ctx.opts, c.target) });
  const res = await http1Exchange(c.ctx, stream, req, exo);
  return { stream, req, res };
}

async function codeOf(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 0;
  } catch (err) {
    if (err instanceof CurlError) return err.code;
    throw err;
  }
}

describe('ordinary answers from Node http', () => {
  it('GET: status line, headers and blank line to the header callback, body to the write callback', async () => {
    const port = await nodeServer((_req, res) => {
      res.setHeader('X-Test', 'yes');
      res.end('hello body');
    });
    const c = clientFor('/a', port, { verbose: true });
    const { res, req } = await run(c);
    expect(res.status).toBe(200);
    expect(c.ctx.info.responseCode).toBe(200);
    expect(c.body().toString()).toBe('hello body');
    expect(c.headers[0]).toBe('HTTP/1.1 200 OK\r\n');
    expect(c.headers).toContain('X-Test: yes\r\n');
    expect(c.headers[c.headers.length - 1]).toBe('\r\n');
    expect(c.ctx.info.headerSize).toBe(c.headers.join('').length);
    expect(res.keepAlive).toBe(true);
    expect(res.contentLength).toBe(10);
    expect(res.bodyBytes).toBe(10);
    // verbose: the request as one HEADER_OUT event, each answer line as HEADER_IN
    expect(c.events.filter((e) => e.type === 'out').map((e) => e.text)).toEqual([req.head]);
    expect(c.events.filter((e) => e.type === 'in').map((e) => e.text)).toEqual(c.headers);
    expect(c.verbose()).toContain('* Request completely sent off\n');
  });

  it('chunked body (Node writes in pieces) arrives whole, length unknown', async () => {
    const port = await nodeServer((_req, res) => {
      res.write('part1-');
      setImmediate(() => res.end('part2'));
    });
    const c = clientFor('/', port);
    const { res } = await run(c);
    expect(c.body().toString()).toBe('part1-part2');
    expect(res.contentLength).toBe(-1);
    expect(res.keepAlive).toBe(true);
  });

  it('POST: the server gets the body and the form content type', async () => {
    let got = '';
    let type = '';
    const port = await nodeServer((req, res) => {
      type = req.headers['content-type'] ?? '';
      req.on('data', (d: Buffer) => (got += d.toString()));
      req.on('end', () => res.end('ok'));
    });
    const c = clientFor('/form', port, { postFields: 'k=v&x=y' });
    const { res } = await run(c);
    expect(res.status).toBe(200);
    expect(got).toBe('k=v&x=y');
    expect(type).toBe('application/x-www-form-urlencoded');
    expect(c.verbose()).toContain('* upload completely sent off: 7 bytes\n');
  });

  it('Expect: 100-continue: Node answers 100, the big body follows, the 100 head is delivered', async () => {
    let got = 0;
    const port = await nodeServer((req, res) => {
      req.on('data', (d: Buffer) => (got += d.length));
      req.on('end', () => res.end(String(got)));
    });
    const size = 1024 * 1024 + 10;
    const c = clientFor('/up', port, { postFields: Buffer.alloc(size, 0x41) });
    const { res, req } = await run(c);
    expect(req.expect100).toBe(true);
    expect(res.status).toBe(200);
    expect(c.body().toString()).toBe(String(size));
    expect(c.headers.slice(0, 2)).toEqual(['HTTP/1.1 100 Continue\r\n', '\r\n']);
  });

  it('two requests on one kept-alive connection', async () => {
    let n = 0;
    const port = await nodeServer((_req, res) => res.end(`reply ${++n}`));
    const c = clientFor('/', port);
    const { stream, res } = await run(c);
    expect(res.keepAlive).toBe(true);
    const req2 = buildRequest({ opts: c.ctx.opts, target: c.target, state: initialRequestState(c.ctx.opts, c.target) });
    const res2 = await http1Exchange(c.ctx, stream, req2, { reused: true });
    expect(res2.status).toBe(200);
    expect(c.body().toString()).toBe('reply 1reply 2');
  });

  it('HEAD: no body read, Content-Length reported, connection kept', async () => {
    const port = await nodeServer((_req, res) => {
      res.setHeader('Content-Length', '1234');
      res.end();
    });
    const c = clientFor('/', port, { nobody: true });
    const { res } = await run(c);
    expect(res.contentLength).toBe(1234);
    expect(res.bodyBytes).toBe(0);
    expect(res.keepAlive).toBe(true);
    expect(c.writes).toEqual([]);
  });

  it('CURLOPT_HEADER: header lines go to the write callback before the body', async () => {
    const port = await nodeServer((_req, res) => res.end('B'));
    const c = clientFor('/', port, { includeHeader: true });
    await run(c);
    const text = c.body().toString();
    expect(text.startsWith('HTTP/1.1 200 OK\r\n')).toBe(true);
    expect(text.endsWith('\r\n\r\nB')).toBe(true);
  });

  it('the write callback gets at most 16 KiB per call', async () => {
    const payload = Buffer.alloc(100_000, 0x7a);
    const port = await nodeServer((_req, res) => res.end(payload));
    const c = clientFor('/', port);
    await run(c);
    expect(c.body().equals(payload)).toBe(true);
    expect(Math.max(...c.writes.map((w) => w.length))).toBeLessThanOrEqual(16384);
  });
});

describe('write callback failures', () => {
  it('a short return aborts with 23 and libcurl text', async () => {
    const port = await nodeServer((_req, res) => res.end('0123456789'));
    const c = clientFor('/', port, { writeFunction: () => 3 });
    expect(await codeOf(run(c))).toBe(CURLE.WRITE_ERROR);
    expect(c.errorText()).toBe('Failure writing output to destination, passed 10 returned 3');
  });

  it('a throwing callback aborts with 23 and keeps its message (decision 9)', async () => {
    const port = await nodeServer((_req, res) => res.end('x'));
    const c = clientFor('/', port, {
      writeFunction: () => {
        throw new Error('app failed');
      },
    });
    expect(await codeOf(run(c))).toBe(CURLE.WRITE_ERROR);
    expect(c.errorText()).toBe('app failed');
  });

  it('without WRITEFUNCTION the body goes to WRITEDATA.write', async () => {
    const port = await nodeServer((_req, res) => res.end('to the sink'));
    const chunks: Buffer[] = [];
    const c = clientFor('/', port, { writeFunction: null, writeData: { write: (b: Uint8Array) => chunks.push(Buffer.from(b)) } });
    const stream = await c.connect();
    const req = buildRequest({ opts: c.ctx.opts, target: c.target, state: initialRequestState(c.ctx.opts, c.target) });
    await http1Exchange(c.ctx, stream, req, { writeBody: bodyWriter(c.ctx) });
    expect(Buffer.concat(chunks).toString()).toBe('to the sink');
  });
});

describe('scripted answers', () => {
  const reply = (text: string) => answering((_head, s) => s.write(text));

  it('skips 1xx interim answers, delivering their lines', async () => {
    const srv = await raw(
      reply('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </s>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'),
    );
    const c = clientFor('/', srv.port);
    const { res } = await run(c);
    expect(res.status).toBe(200);
    expect(c.headers).toEqual([
      'HTTP/1.1 100 Continue\r\n',
      '\r\n',
      'HTTP/1.1 103 Early Hints\r\n',
      'Link: </s>\r\n',
      '\r\n',
      'HTTP/1.1 200 OK\r\n',
      'Content-Length: 2\r\n',
      '\r\n',
    ]);
    expect(c.body().toString()).toBe('ok');
  });

  it('bare LF line ends and obs-fold are taken as libcurl takes them', async () => {
    const srv = await raw(reply('HTTP/1.1 200 OK\nX-Fold: a\n  b\nContent-Length: 3\n\nabc'));
    const c = clientFor('/', srv.port);
    const { res } = await run(c);
    expect(res.headers).toContainEqual(['X-Fold', 'a b']);
    expect(c.headers).toContain('X-Fold: a b\n');
    expect(c.body().toString()).toBe('abc');
  });

  it('chunked with trailers: trailers reach the header callback', async () => {
    const srv = await raw(
      reply('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: t\r\n\r\n'),
    );
    const c = clientFor('/', srv.port);
    const { res } = await run(c);
    expect(c.body().toString()).toBe('abcde');
    expect(c.headers[c.headers.length - 1]).toBe('X-Trailer: t\r\n');
    expect(res.keepAlive).toBe(true);
  });

  it('close-delimited body: read to EOF, connection not kept', async () => {
    const srv = await raw(answering((_h, s) => s.end('HTTP/1.1 200 OK\r\n\r\nuntil the end')));
    const c = clientFor('/', srv.port);
    const { res } = await run(c);
    expect(c.body().toString()).toBe('until the end');
    expect(res.keepAlive).toBe(false);
    expect(c.verbose()).toContain('* no chunk, no close, no size. Assume close to signal end\n');
  });

  it('a slow server dribbling one byte at a time gives the same result', async () => {
    const text = 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A: b\r\n\r\nslow!';
    const srv = await raw(
      answering((_h, s) => {
        let i = 0;
        const next = (): void => {
          if (i < text.length) {
            s.write(text[i++]!);
            setTimeout(next, 1);
          }
        };
        next();
      }),
    );
    const c = clientFor('/', srv.port);
    const { res } = await run(c);
    expect(res.status).toBe(200);
    expect(c.headers).toEqual(['HTTP/1.1 200 OK\r\n', 'Content-Length: 5\r\n', 'X-A: b\r\n', '\r\n']);
    expect(c.body().toString()).toBe('slow!');
  });

  it('Connection: close and HTTP/1.0 end the connection; 1.0 keep-alive keeps it', async () => {
    const a = await raw(reply('HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n'));
    expect((await run(clientFor('/', a.port))).res.keepAlive).toBe(false);
    const b = await raw(reply('HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n'));
    const cb = clientFor('/', b.port);
    expect((await run(cb)).res.keepAlive).toBe(false);
    expect(cb.verbose()).toContain('* HTTP 1.0, assume close after body\n');
    const k = await raw(reply('HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n'));
    const ck = clientFor('/', k.port);
    expect((await run(ck)).res.keepAlive).toBe(true);
    expect(ck.verbose()).toContain('* HTTP/1.0 connection set to keep alive\n');
  });

  it('204 and 304 have no body; Content-Length download is 0', async () => {
    const srv = await raw(reply('HTTP/1.1 204 No Content\r\n\r\n'));
    const { res } = await run(clientFor('/', srv.port));
    expect(res.contentLength).toBe(0);
    expect(res.keepAlive).toBe(true);
  });

  it('nothing at all: 52 Empty reply from server', async () => {
    const srv = await raw(answering((_h, s) => s.end()));
    const c = clientFor('/', srv.port);
    expect(await codeOf(run(c))).toBe(CURLE.GOT_NOTHING);
    expect(c.errorText()).toBe('Empty reply from server');
  });

  it('a body shorter than Content-Length: 18', async () => {
    const srv = await raw(answering((_h, s) => s.end('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc')));
    const c = clientFor('/', srv.port);
    expect(await codeOf(run(c))).toBe(CURLE.PARTIAL_FILE);
    expect(c.errorText()).toBe('end of response with 7 bytes missing');
  });

  it('a header line of 100 KiB fails with 100; 300 KiB of headers with 56', async () => {
    const srv = await raw(reply(`HTTP/1.1 200 OK\r\nX-Big: ${'a'.repeat(100 * 1024)}\r\n\r\n`));
    expect(await codeOf(run(clientFor('/', srv.port)))).toBe(CURLE.TOO_LARGE);
    const many = Array.from({ length: 40 }, (_, i) => `X-${i}: ${'b'.repeat(8000)}\r\n`).join('');
    const srv2 = await raw(reply(`HTTP/1.1 200 OK\r\n${many}\r\n`));
    const c2 = clientFor('/', srv2.port);
    expect(await codeOf(run(c2))).toBe(CURLE.RECV_ERROR);
    expect(c2.errorText()).toMatch(/^Too large response headers: \d+ > 307200$/);
  });

  it('a non-HTTP answer: 1 on a fresh connection, 8 on a reused one', async () => {
    const srv = await raw(reply('SSH-2.0-nope\r\n'));
    expect(await codeOf(run(clientFor('/', srv.port)))).toBe(CURLE.UNSUPPORTED_PROTOCOL);
    const c = clientFor('/', srv.port);
    expect(await codeOf(run(c, { reused: true }))).toBe(CURLE.WEIRD_SERVER_REPLY);
    expect(c.errorText()).toBe('Invalid status line');
  });

  it('an invalid Content-Length: 8', async () => {
    const srv = await raw(reply('HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n'));
    const c = clientFor('/', srv.port);
    expect(await codeOf(run(c))).toBe(CURLE.WEIRD_SERVER_REPLY);
    expect(c.errorText()).toBe('Invalid Content-Length: value');
  });

  it('an abort (timeout, cleanup) ends the wait with its reason', async () => {
    const srv = await raw(() => {});
    const c = clientFor('/', srv.port);
    const stream = await c.connect();
    const req = buildRequest({ opts: c.ctx.opts, target: c.target, state: initialRequestState(c.ctx.opts, c.target) });
    const p = http1Exchange(c.ctx, stream, req);
    await until(srv, 0, '\r\n\r\n');
    c.abort(new CurlError(CURLE.OPERATION_TIMEDOUT, 'Operation timed out after 5 milliseconds'));
    expect(await codeOf(p)).toBe(CURLE.OPERATION_TIMEDOUT);
  });

  it('a reused connection that died before answering asks for a retry', async () => {
    const srv = await raw(answering((_h, s) => s.destroy()));
    const c = clientFor('/', srv.port);
    const stream = await c.connect();
    const req = buildRequest({ opts: c.ctx.opts, target: c.target, state: initialRequestState(c.ctx.opts, c.target) });
    const err = await http1Exchange(c.ctx, stream, req, { reused: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectionDied);
  });

  it('Expect: 100-continue without a 100: the body goes after EXPECT_100_TIMEOUT_MS', async () => {
    const size = 1024 * 1024 + 1;
    const srv = await raw((s, i, server) => {
      void until(server, i, '\r\n\r\n').then(async () => {
        // the head came alone; wait for the whole body before answering
        const want = server.received[i]!.indexOf('\r\n\r\n') + 4 + size;
        while (server.received[i]!.length < want) await new Promise((r) => setImmediate(r));
        s.write('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
      });
    });
    const c = clientFor('/', srv.port, { postFields: Buffer.alloc(size, 0x42), expect100TimeoutMs: 20 });
    const { res } = await run(c);
    expect(res.status).toBe(200);
    expect(c.verbose()).toContain('* Done waiting for 100-continue\n');
  });

  it('Expect: 100-continue answered with a final error: the body is never sent, the connection closes', async () => {
    // (a 417 makes the request go again without Expect: test/runtime/form-rounds.test.ts)
    const srv = await raw(reply('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n'));
    const c = clientFor('/', srv.port, { postFields: Buffer.alloc(1024 * 1024 + 1, 0x43), expect100TimeoutMs: 60_000 });
    const { res } = await run(c);
    expect(res.status).toBe(403);
    expect(res.keepAlive).toBe(false);
    expect(c.verbose()).toContain('* HTTP error before end of send, stop sending\n');
    expect(srv.received[0]!.toString('latin1').endsWith('\r\n\r\n')).toBe(true);
  });
});

describe('CONNECT_ONLY=2 on http (decision 1)', () => {
  it('reads the head, delivers it, returns the body bytes that came along; the rest stays in the stream', async () => {
    const srv = await raw(
      answering((_h, s) => {
        s.write('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nfirst');
        setTimeout(() => s.write('-rest'), 20);
      }),
    );
    const c = clientFor('/', srv.port);
    const { res, stream } = await run(c, { connectOnly: true });
    expect(res.status).toBe(200);
    expect(c.headers).toEqual(['HTTP/1.1 200 OK\r\n', 'Content-Length: 10\r\n', '\r\n']);
    expect(c.writes).toEqual([]);
    expect(Buffer.from(res.leftover).toString()).toBe('first');
    // the caller puts them back for the first recv; the rest follows on the stream
    if (res.leftover.length) stream.unshift(Buffer.from(res.leftover));
    const all = await new Promise<string>((resolve) => {
      let got = '';
      stream.on('data', (d: Buffer) => {
        got += d.toString();
        if (got.length >= 10) resolve(got);
      });
    });
    expect(all).toBe('first-rest');
  });

  it('no answer at all is not an error (L3)', async () => {
    const srv = await raw(answering((_h, s) => s.end()));
    const { res } = await run(clientFor('/', srv.port), { connectOnly: true });
    expect(res.status).toBe(0);
    expect(res.keepAlive).toBe(false);
  });
});

describe('redirects', () => {
  it('resolves relative Locations and encodes spaces', () => {
    const base = 'http://h:81/a/b/c?q=1';
    expect(resolveLocation(base, '/x').url).toBe('http://h:81/x');
    expect(resolveLocation(base, 'd').url).toBe('http://h:81/a/b/d');
    expect(resolveLocation(base, '../up').url).toBe('http://h:81/a/b/../up');
    expect(resolveLocation(base, '?z=2').url).toBe('http://h:81/a/b/c?z=2');
    expect(resolveLocation(base, '//other/p').url).toBe('http://other/p');
    expect(resolveLocation(base, 'https://s/').absolute).toBe(true);
    expect(resolveLocation(base, '/with space').url).toBe('http://h:81/with%20space');
    expect(() => resolveLocation(base, 'nope://x/')).toThrow(/Unsupported URL scheme/);
  });

  /** What the engine does with a response: where it leads (core/follow.ts), then what the HTTP
   * handler changes in the next request (protocols/http1/redirect.ts). */
  function nextRequest(
    c: Client,
    input: { state: RequestState; status: number; location: string | null; version: '1.0' | '1.1'; redirectCount: number },
  ) {
    const r = followLocation(c.ctx, { target: c.target, status: input.status, location: input.location, redirectCount: input.redirectCount });
    if (!r.follow) return r;
    const state = redirectState(c.ctx, input.state, input.status, input.version);
    return { ...r, state, redirectCount: input.redirectCount + 1 };
  }

  function follow(c: Client, status: number, location: string, state?: RequestState, count = 0) {
    return nextRequest(c, {
      state: state ?? initialRequestState(c.ctx.opts, c.target),
      status,
      location,
      version: '1.1',
      redirectCount: count,
    });
  }

  it('POST becomes GET on 301/302/303, stays POST on 307/308', () => {
    const c = client('http://h/form', 1, { postFields: 'a=1', followLocation: 1 });
    for (const [status, method] of [
      [301, 'GET'],
      [302, 'GET'],
      [303, 'GET'],
      [307, 'POST'],
      [308, 'POST'],
    ] as const) {
      const r = follow(c, status, '/next');
      expect(r.follow).toBe(true);
      if (!r.follow) continue;
      expect(r.state.httpReq).toBe(method);
      expect(r.target.url).toBe('http://h/next');
      expect(r.redirectCount).toBe(1);
      const req = buildRequest({ opts: c.ctx.opts, target: r.target, state: r.state });
      expect(req.method).toBe(method);
      expect(req.body === null).toBe(method === 'GET');
    }
  });

  it('303 turns a custom POST into GET only with CURLFOLLOW_OBEYCODE', () => {
    const all = client('http://h/', 1, { customRequest: 'DELETE', postFields: 'x', followLocation: 1 });
    const r1 = follow(all, 303, '/n');
    expect(r1.follow && buildRequest({ opts: all.ctx.opts, target: r1.target, state: r1.state }).method).toBe('DELETE');
    expect(all.verbose()).toContain('* Stick to DELETE instead of GET\n');
    const obey = client('http://h/', 1, { customRequest: 'DELETE', postFields: 'x', followLocation: 2 });
    const r2 = follow(obey, 303, '/n');
    expect(r2.follow && buildRequest({ opts: obey.ctx.opts, target: r2.target, state: r2.state }).method).toBe('GET');
    expect(obey.verbose()).toContain('* Switch to GET because of 303 response\n');
  });

  it('a custom method without a body survives a 303 (state.httpreq is GET in lib/http.c)', () => {
    const c = client('http://h/', 1, { customRequest: 'DELETE', followLocation: 2 });
    const r = follow(c, 303, '/n');
    expect(r.follow && buildRequest({ opts: c.ctx.opts, target: r.target, state: r.state }).method).toBe('DELETE');
    const first = client('http://h/', 1, { customRequest: 'DELETE', followLocation: 3 });
    const r3 = follow(first, 307, '/n');
    expect(r3.follow && buildRequest({ opts: first.ctx.opts, target: r3.target, state: r3.state }).method).toBe('GET');
    expect(first.verbose()).toContain('* Drop custom request method for next request\n');
  });

  it('MAXREDIRS: 47 with libcurl text; without FOLLOWLOCATION only REDIRECT_URL', () => {
    const c = client('http://h/', 1, { followLocation: 1, maxRedirs: 2 });
    expect(() => follow(c, 302, '/x', undefined, 2)).toThrow(CurlError);
    expect(c.errorText()).toBe('Maximum (2) redirects followed');
    const off = client('http://h/a', 1);
    expect(follow(off, 302, 'b')).toEqual({ follow: false, redirectUrl: 'http://h/b' });
  });

  it('refuses a redirect to another protocol', () => {
    const c = client('http://h/', 1, { followLocation: 1 });
    expect(() => follow(c, 302, 'ws://h/')).toThrow(CurlError);
    expect(c.errorText()).toBe('Protocol "ws" is disabled (in redirect)');
  });

  it('a followed 302 on a kept connection: body ignored, then the next request on the same socket', async () => {
    const srv = await raw(
      answering((head, s) => {
        if (head.startsWith('GET /start ')) s.write('HTTP/1.1 302 Found\r\nLocation: /end\r\nContent-Length: 4\r\n\r\nskip');
        else s.write('HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\ndone');
      }),
    );
    const c = clientFor('/start', srv.port, { followLocation: 1 });
    const { res, stream } = await run(c);
    expect(res.bodyIgnored).toBe(true);
    expect(c.writes).toEqual([]);
    const r = nextRequest(c, {
      state: initialRequestState(c.ctx.opts, c.target),
      status: res.status,
      location: res.location,
      version: res.version,
      redirectCount: 0,
    });
    expect(r.follow).toBe(true);
    if (!r.follow) return;
    const res2 = await http1Exchange(c.ctx, stream, buildRequest({ opts: c.ctx.opts, target: r.target, state: r.state }), {
      reused: true,
    });
    expect(res2.status).toBe(200);
    expect(c.body().toString()).toBe('done');
    expect(c.verbose()).toContain(`* Issue another request to this URL: 'http://127.0.0.1:${srv.port}/end'\n`);
  });
});

describe("with the engine's Transfer as context", () => {
  async function engineTransfer(url: string, port: number, o: Partial<EasyOptions>) {
    const opts = { ...defaultOptions(), url, ...o };
    const guard = new CallbackGuard();
    const tracer = new Tracer(null, () => opts, guard);
    const t = new Transfer(tracer, guard, () => opts, targetFromUrl(url, 0), freshInfo(0), performance.now());
    const socket = net.connect({ host: '127.0.0.1', port });
    await new Promise((r) => socket.once('connect', r));
    cleanups.push(() => socket.destroy());
    return { t, socket, guard };
  }

  it('header callback lines, and send/recv from inside a callback is marked recursive', async () => {
    const port = await nodeServer((_req, res) => res.end('abc'));
    const lines: string[] = [];
    let inCallback = false;
    const { t, socket, guard } = await engineTransfer(`http://127.0.0.1:${port}/`, port, {
      headerFunction: (b, _s, n) => {
        lines.push(Buffer.from(b).toString('latin1'));
        return n;
      },
      writeFunction: (_p, _s, n) => {
        inCallback = guard.active;
        return n;
      },
    });
    const req = buildRequest({ opts: t.opts, target: t.target, state: initialRequestState(t.opts, t.target) });
    const res = await http1Exchange(t, socket, req, { writeBody: bodyWriter(t) });
    expect(res.status).toBe(200);
    expect(lines[0]).toBe('HTTP/1.1 200 OK\r\n');
    expect(lines.at(-1)).toBe('\r\n');
    expect(t.info.headerSize).toBe(lines.join('').length);
    expect(inCallback).toBe(true);
  });

  it('an abort through the Transfer ends the wait', async () => {
    const srv = await raw(() => {});
    const { t, socket } = await engineTransfer(`http://127.0.0.1:${srv.port}/`, srv.port, {});
    const req = buildRequest({ opts: t.opts, target: t.target, state: initialRequestState(t.opts, t.target) });
    const p = http1Exchange(t, socket, req);
    await until(srv, 0, '\r\n\r\n');
    t.abort(new CurlError(CURLE.OPERATION_TIMEDOUT, 'Operation timed out'));
    expect(await codeOf(p)).toBe(CURLE.OPERATION_TIMEDOUT);
  });
});

describe('through a forward proxy (the `proxy` package)', () => {
  it('sends the absolute URL to the proxy and gets the origin answer', async () => {
    const { createProxy } = await import('proxy');
    let seenUrl = '';
    const origin = await nodeServer((req, res) => {
      seenUrl = req.url ?? '';
      res.end('via proxy');
    });
    const proxy = createProxy(http.createServer());
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => proxy.close(() => resolve())));
    const proxyPort = (proxy.address() as net.AddressInfo).port;
    const c = client(`http://127.0.0.1:${origin}/p?q=1`, proxyPort);
    cleanups.push(c.close);
    const stream = await c.connect();
    const req = buildRequest({
      opts: c.ctx.opts,
      target: c.target,
      state: initialRequestState(c.ctx.opts, c.target),
      forwardProxy: true,
    });
    expect(req.head.startsWith(`GET http://127.0.0.1:${origin}/p?q=1 HTTP/1.1\r\n`)).toBe(true);
    const res = await http1Exchange(c.ctx, stream, req, { forwardProxy: true });
    expect(res.status).toBe(200);
    expect(c.body().toString()).toBe('via proxy');
    expect(seenUrl).toBe('/p?q=1');
  });
});
