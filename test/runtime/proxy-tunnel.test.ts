// The HTTP proxy tunnel filter (h1ProxyTunnel) against real loopback peers: scripted node:net
// proxies for exact bytes (J1), answers (J3, J5, J7, J8) and leftovers (C12), a Digest proxy for
// the 407 round trips (J6), the `proxy` npm package with Basic auth (J4), and tinyproxy when the
// machine has it. Filter level: a TransferContext over real sockets (test/peers).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProxy } from 'proxy';
import { afterEach, describe, expect, it } from 'vitest';
import { CURLE } from '../../runtime/base/codes.js';
import { CURLAUTH_ANY, CURLAUTH_BASIC, CURLAUTH_DIGEST } from '../../runtime/base/constants.js';
import { connectRequest, h1ProxyTunnel } from '../../runtime/filters/h1-proxy.js';
import type { EasyOptions } from '../../runtime/base/options.js';
import type { ProxyPlan } from '../../runtime/core/proxy-plan.js';
import { startDigestProxy } from '../peers/digest-proxy.js';
import { detach, startEchoServer, startFakeProxy } from '../peers/fake-proxy.js';
import { codeOf, makeContext, readBytes, target, type TestContext } from '../peers/transfer-context.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

function planFor(port: number, p: Partial<ProxyPlan> = {}): ProxyPlan {
  return { host: '127.0.0.1', port, type: 0, tunnel: true, user: null, password: null, ...p };
}

/** A context for a CONNECT to target host:port through the proxy on `proxyPort`. */
function ctxFor(proxyPort: number, opts: Partial<EasyOptions> = {}, host = 'target.test', port = 443): TestContext {
  const t = makeContext(opts, target(`https://${host}:${port}/`, 'https', host, port, true), {
    host: '127.0.0.1',
    port: proxyPort,
  });
  cleanups.push(t.close);
  return t;
}

async function fake(answer: Parameters<typeof startFakeProxy>[0]) {
  const p = await startFakeProxy(answer);
  cleanups.push(() => p.close());
  return p;
}

const OK = 'HTTP/1.1 200 Connection established\r\n\r\n';

describe('CONNECT request bytes (J1)', () => {
  it('is the request line, Host and Proxy-Connection for a plain tunnel', async () => {
    const proxy = await fake((_req, s) => s.write(OK));
    const t = ctxFor(proxy.port);
    await h1ProxyTunnel(planFor(proxy.port)).connect(t.ctx, t.below);
    expect(proxy.requests.map((r) => r.head)).toEqual([
      'CONNECT target.test:443 HTTP/1.1\r\nHost: target.test:443\r\nProxy-Connection: Keep-Alive\r\n\r\n',
    ]);
  });

  it('says HTTP/1.0 with CURLPROXY_HTTP_1_0 and keeps the other lines', async () => {
    const proxy = await fake((_req, s) => s.write('HTTP/1.0 200 OK\r\n\r\n'));
    const t = ctxFor(proxy.port, {}, 'target.test', 80);
    await h1ProxyTunnel(planFor(proxy.port, { type: 1 })).connect(t.ctx, t.below);
    expect(proxy.requests[0]!.head).toBe(
      'CONNECT target.test:80 HTTP/1.0\r\nHost: target.test:80\r\nProxy-Connection: Keep-Alive\r\n\r\n',
    );
  });

  it('brackets an IPv6 target in the request line and Host', async () => {
    const proxy = await fake((_req, s) => s.write(OK));
    const t = ctxFor(proxy.port, {}, '::1', 8443);
    await h1ProxyTunnel(planFor(proxy.port)).connect(t.ctx, t.below);
    expect(proxy.requests[0]!.head).toBe(
      'CONNECT [::1]:8443 HTTP/1.1\r\nHost: [::1]:8443\r\nProxy-Connection: Keep-Alive\r\n\r\n',
    );
  });

  it('adds User-Agent only when USERAGENT is set, between auth and Proxy-Connection', async () => {
    const proxy = await fake((_req, s) => s.write(OK));
    const t = ctxFor(proxy.port, { userAgent: 'manbind/1' });
    await h1ProxyTunnel(planFor(proxy.port, { user: 'u', password: 'p' })).connect(t.ctx, t.below);
    expect(proxy.requests[0]!.head).toBe(
      'CONNECT target.test:443 HTTP/1.1\r\nHost: target.test:443\r\n' +
        `Proxy-Authorization: Basic ${Buffer.from('u:p').toString('base64')}\r\n` +
        'User-Agent: manbind/1\r\nProxy-Connection: Keep-Alive\r\n\r\n',
    );
  });

  it('applies PROXYHEADER: replace, remove ("Name:"), empty ("Name;"), add', async () => {
    const proxy = await fake((_req, s) => s.write(OK));
    const t = ctxFor(proxy.port, {
      userAgent: 'default-agent',
      proxyHeaders: ['Host: custom.host:1', 'Proxy-Connection:', 'User-Agent: looser/2007', 'X-Empty;', 'X-Extra:   v a l ', 'junk'],
    });
    await h1ProxyTunnel(planFor(proxy.port)).connect(t.ctx, t.below);
    expect(proxy.requests[0]!.head).toBe(
      'CONNECT target.test:443 HTTP/1.1\r\n' +
        'Host: custom.host:1\r\nUser-Agent: looser/2007\r\nX-Empty: \r\nX-Extra: v a l \r\n\r\n',
    );
  });

  it('builds the same bytes as a pure function', () => {
    expect(connectRequest('h:1', false, 'Basic eA==', null, [])).toBe(
      'CONNECT h:1 HTTP/1.1\r\nHost: h:1\r\nProxy-Authorization: Basic eA==\r\nProxy-Connection: Keep-Alive\r\n\r\n',
    );
    // an empty USERAGENT sends no User-Agent line
    expect(connectRequest('h:1', false, null, '', [])).not.toContain('User-Agent');
  });

  it('sends the request as one HEADER_OUT event and each answer line as HEADER_IN', async () => {
    const proxy = await fake((_req, s) => s.write('HTTP/1.1 200 OK\r\nVia: fake\r\n\r\n'));
    const t = ctxFor(proxy.port);
    await h1ProxyTunnel(planFor(proxy.port)).connect(t.ctx, t.below);
    expect(t.events.filter((e) => e.type === 'out').map((e) => e.text)).toEqual([proxy.requests[0]!.head]);
    expect(t.events.filter((e) => e.type === 'in').map((e) => e.text)).toEqual([
      'HTTP/1.1 200 OK\r\n',
      'Via: fake\r\n',
      '\r\n',
    ]);
    expect(t.verbose()).toContain(
      '* CONNECT: no ALPN negotiated\n* Establishing HTTP proxy tunnel to target.test:443\n> CONNECT',
    );
    expect(t.verbose()).toContain(
      '< \r\n* CONNECT phase completed for HTTP proxy\n* CONNECT tunnel established, response 200\n',
    );
  });
});

describe('CONNECT answers', () => {
  it('establishes on any 2xx and sets HTTP_CONNECTCODE (J3)', async () => {
    const proxy = await fake((_req, s) => s.write('HTTP/1.1 204 Fine\r\n\r\n'));
    const t = ctxFor(proxy.port);
    await h1ProxyTunnel(planFor(proxy.port)).connect(t.ctx, t.below);
    expect(t.ctx.info.httpConnectCode).toBe(204);
    expect(t.verbose()).toContain('CONNECT tunnel established, response 204');
  });

  it('ignores Content-Length and Transfer-Encoding in a 2xx answer (J3)', async () => {
    const proxy = await fake((_req, s) => {
      s.write('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\nHELLO');
    });
    const t = ctxFor(proxy.port);
    const stream = await h1ProxyTunnel(planFor(proxy.port)).connect(t.ctx, t.below);
    expect(t.verbose()).toContain('* Ignoring Content-Length in CONNECT 200 response\n');
    expect(t.verbose()).toContain('* Ignoring Transfer-Encoding in CONNECT 200 response\n');
    // The 5 bytes are not a body: they are the tunnel's first bytes.
    expect((await readBytes(stream, 5)).toString()).toBe('HELLO');
  });

  it('hands bytes that came with the answer to the first read (C12)', async () => {
    const proxy = await fake((_req, s) => s.write(`${OK}greeting from the target\r\n`));
    const t = ctxFor(proxy.port);
    const stream = await h1ProxyTunnel(planFor(proxy.port)).connect(t.ctx, t.below);
    expect((await readBytes(stream, 26)).toString()).toBe('greeting from the target\r\n');
  });

  it('delivers the answer lines to the header callback and counts them in HEADER_SIZE (J3)', async () => {
    const answer = 'HTTP/1.1 200 Connection established\r\nProxy-Agent: fake/1\r\n\r\n';
    const proxy = await fake((_req, s) => s.write(answer));
    const t = ctxFor(proxy.port);
    await h1ProxyTunnel(planFor(proxy.port)).connect(t.ctx, t.below);
    expect(t.headers).toEqual(['HTTP/1.1 200 Connection established\r\n', 'Proxy-Agent: fake/1\r\n', '\r\n']);
    expect(t.ctx.info.headerSize).toBe(answer.length);
  });

  it('withholds them with SUPPRESS_CONNECT_HEADERS (through writeHeader)', async () => {
    const proxy = await fake((_req, s) => s.write(OK));
    const t = ctxFor(proxy.port, { suppressConnectHeaders: true });
    await h1ProxyTunnel(planFor(proxy.port)).connect(t.ctx, t.below);
    expect(t.headers).toEqual([]);
    expect(t.ctx.info.headerSize).toBe(OK.length);
  });

  it.each([403, 405, 502])('fails a %i answer with 7 and HTTP_CONNECTCODE (J8)', async (status) => {
    const proxy = await fake((_req, s) => s.write(`HTTP/1.1 ${status} No\r\nContent-Length: 0\r\n\r\n`));
    const t = ctxFor(proxy.port);
    expect(await codeOf(h1ProxyTunnel(planFor(proxy.port)).connect(t.ctx, t.below))).toBe(CURLE.COULDNT_CONNECT);
    expect(t.errorText()).toBe(`CONNECT tunnel failed, response ${status}`);
    expect(t.ctx.info.httpConnectCode).toBe(status);
  });

  it('fails 407 without credentials with 7, PROXYAUTH_AVAIL set, body read (J5)', async () => {
    const proxy = await fake((_req, s) => {
      s.write('HTTP/1.1 407 Auth\r\nProxy-Authenticate: Basic realm="x"\r\nContent-Length: 4\r\n\r\nnope');
    });
    const t = ctxFor(proxy.port);
    expect(await codeOf(h1ProxyTunnel(planFor(proxy.port)).connect(t.ctx, t.below))).toBe(CURLE.COULDNT_CONNECT);
    expect(t.errorText()).toBe('CONNECT tunnel failed, response 407');
    expect(t.ctx.info.httpConnectCode).toBe(407);
    expect(t.ctx.info.proxyAuthAvail).toBe(CURLAUTH_BASIC);
    expect(t.verbose()).toContain('* Ignore 4 bytes of response-body\n');
    expect(proxy.requests).toHaveLength(1);
  });

  it('fails with 56 "Proxy CONNECT aborted" when the proxy hangs up without answering', async () => {
    const proxy = await fake((_req, s) => s.end());
    const t = ctxFor(proxy.port);
    expect(await codeOf(h1ProxyTunnel(planFor(proxy.port)).connect(t.ctx, t.below))).toBe(CURLE.RECV_ERROR);
    expect(t.errorText()).toBe('Proxy CONNECT aborted');
  });

  it('fails with 56 when the proxy answers garbage and hangs up', async () => {
    const proxy = await fake((_req, s) => s.end('SSH-2.0-OpenSSH_9.6\r\n'));
    const t = ctxFor(proxy.port);
    expect(await codeOf(h1ProxyTunnel(planFor(proxy.port)).connect(t.ctx, t.below))).toBe(CURLE.RECV_ERROR);
    expect(t.errorText()).toBe('Proxy CONNECT aborted');
  });

  it('fails with 7 "response 0" for a complete answer without a status line, as libcurl', async () => {
    const proxy = await fake((_req, s) => s.write('garbage here\r\n\r\n'));
    const t = ctxFor(proxy.port);
    expect(await codeOf(h1ProxyTunnel(planFor(proxy.port)).connect(t.ctx, t.below))).toBe(CURLE.COULDNT_CONNECT);
    expect(t.errorText()).toBe('CONNECT tunnel failed, response 0');
  });

  it('fails with 56 when the proxy resets the connection', async () => {
    const proxy = await fake((_req, s) => s.resetAndDestroy());
    const t = ctxFor(proxy.port);
    expect(await codeOf(h1ProxyTunnel(planFor(proxy.port)).connect(t.ctx, t.below))).toBe(CURLE.RECV_ERROR);
    expect(t.errorText()).toBe('Recv failure: Connection reset by peer');
  });

  it('fails a 407 with a broken chunked body with 56 (curl test 1715)', async () => {
    const proxy = await fake((_req, s) => {
      s.write('HTTP/1.1 407 Auth\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n');
    });
    const t = ctxFor(proxy.port);
    expect(await codeOf(h1ProxyTunnel(planFor(proxy.port)).connect(t.ctx, t.below))).toBe(CURLE.RECV_ERROR);
    expect(t.errorText()).toBe('chunk hex-length char not a hex digit: 0x7a');
  });

  it('fails an answer line of 16 KiB with 56 "CONNECT response too large"', async () => {
    const proxy = await fake((_req, s) => s.write(`HTTP/1.1 200 OK\r\nX-Big: ${'a'.repeat(17000)}\r\n\r\n`));
    const t = ctxFor(proxy.port);
    expect(await codeOf(h1ProxyTunnel(planFor(proxy.port)).connect(t.ctx, t.below))).toBe(CURLE.RECV_ERROR);
    expect(t.errorText()).toBe('CONNECT response too large');
  });

  it('fails an answer head over 300 KiB with 56 "Too large response headers"', async () => {
    const line = `X-Filler: ${'b'.repeat(1000)}\r\n`;
    const proxy = await fake((_req, s) => s.write(`HTTP/1.1 200 OK\r\n${line.repeat(320)}\r\n`));
    const t = ctxFor(proxy.port);
    expect(await codeOf(h1ProxyTunnel(planFor(proxy.port)).connect(t.ctx, t.below))).toBe(CURLE.RECV_ERROR);
    expect(t.errorText()).toMatch(/^Too large response headers: \d+ > 307200$/);
  });

  it('fails with 28 when the connect timeout aborts the wait for the answer', async () => {
    const proxy = await fake(() => {});
    const t = ctxFor(proxy.port);
    const p = h1ProxyTunnel(planFor(proxy.port)).connect(t.ctx, t.below);
    await new Promise((r) => setTimeout(r, 20));
    t.abort();
    expect(await codeOf(p)).toBe(CURLE.OPERATION_TIMEDOUT);
  });
});

describe('proxy authentication', () => {
  it('sends Basic up front with the default PROXYAUTH (J4), password bytes as given', async () => {
    const proxy = await fake((_req, s) => s.write(OK));
    const t = ctxFor(proxy.port, { verbose: true });
    await h1ProxyTunnel(planFor(proxy.port, { user: 'test%20', password: 'ing%41' })).connect(t.ctx, t.below);
    // curl test 503: PROXYUSERNAME/PROXYPASSWORD go out literally.
    expect(proxy.requests[0]!.head).toContain(`Proxy-Authorization: Basic ${Buffer.from('test%20:ing%41').toString('base64')}\r\n`);
    expect(t.verbose()).toContain("* Proxy auth using Basic with user 'test%20'\n");
    expect(proxy.requests).toHaveLength(1);
  });

  it('never prints the password', async () => {
    const proxy = await fake((_req, s) => {
      s.write('HTTP/1.1 407 No\r\nProxy-Authenticate: Basic realm="r"\r\nContent-Length: 0\r\n\r\n');
    });
    const t = ctxFor(proxy.port);
    await codeOf(h1ProxyTunnel(planFor(proxy.port, { user: 'alice', password: 'Sup3rSecret' })).connect(t.ctx, t.below));
    const all = t.verbose() + (t.errorText() ?? '');
    expect(all).not.toContain('Sup3rSecret');
    expect(all).toContain("user 'alice'");
  });

  it('gives up on a Basic 407 after credentials were sent (J7)', async () => {
    const proxy = await fake((_req, s) => {
      s.write('HTTP/1.1 407 No\r\nProxy-Authenticate: Basic realm="r"\r\nContent-Length: 0\r\n\r\n');
    });
    const t = ctxFor(proxy.port);
    const code = await codeOf(h1ProxyTunnel(planFor(proxy.port, { user: 'a', password: 'b' })).connect(t.ctx, t.below));
    expect(code).toBe(CURLE.COULDNT_CONNECT);
    expect(t.verbose()).toContain('* Basic authentication problem, ignoring.\n');
    expect(t.errorText()).toBe('CONNECT tunnel failed, response 407');
    expect(proxy.requests).toHaveLength(1);
  });

  it('with CURLAUTH_ANY asks first, then answers a Basic challenge on the same connection', async () => {
    const good = `Basic ${Buffer.from('u:p').toString('base64')}`;
    const proxy = await fake((req, s) => {
      if (req.head.includes(`Proxy-Authorization: ${good}\r\n`)) s.write(OK);
      else s.write('HTTP/1.1 407 No\r\nProxy-Authenticate: Basic realm="r"\r\nContent-Length: 3\r\n\r\nno!');
    });
    const t = ctxFor(proxy.port, { proxyAuth: CURLAUTH_ANY });
    await h1ProxyTunnel(planFor(proxy.port, { user: 'u', password: 'p' })).connect(t.ctx, t.below);
    expect(proxy.requests.map((r) => r.conn)).toEqual([0, 0]);
    expect(proxy.requests[0]!.head).not.toContain('Proxy-Authorization');
    expect(t.ctx.info.proxyAuthAvail).toBe(CURLAUTH_BASIC);
    expect(t.ctx.info.proxyAuthUsed).toBe(CURLAUTH_BASIC);
    expect(t.ctx.info.httpConnectCode).toBe(200);
    expect(t.sockets).toHaveLength(1);
  });

  it('sends no Basic header when PROXYHEADER has its own Proxy-Authorization', async () => {
    const proxy = await fake((_req, s) => s.write(OK));
    const t = ctxFor(proxy.port, { proxyHeaders: ['Proxy-Authorization: Bearer tok'] });
    await h1ProxyTunnel(planFor(proxy.port, { user: 'u', password: 'p' })).connect(t.ctx, t.below);
    expect(proxy.requests[0]!.head.match(/Proxy-Authorization/g)).toHaveLength(1);
    expect(proxy.requests[0]!.head).toContain('Proxy-Authorization: Bearer tok\r\n');
  });

  for (const algorithm of ['MD5', 'SHA-256', 'MD5-sess', 'SHA-512-256']) {
    it(`Digest ${algorithm}: 407 keep-alive, then the answer on the same connection`, async () => {
      const echo = await startEchoServer('hello\n');
      cleanups.push(() => echo.close());
      const proxy = await startDigestProxy({ user: 'dig', password: 'est pass', algorithm });
      cleanups.push(() => proxy.close());
      const t = ctxFor(proxy.port, { proxyAuth: CURLAUTH_DIGEST }, '127.0.0.1', echo.port);
      const stream = await h1ProxyTunnel(planFor(proxy.port, { user: 'dig', password: 'est pass' })).connect(t.ctx, t.below);
      expect(proxy.checks.map((c) => c.why)).toEqual(['ok']);
      expect(proxy.requests.map((r) => r.conn)).toEqual([0, 0]);
      expect(t.ctx.info.proxyAuthAvail).toBe(CURLAUTH_DIGEST);
      expect(t.ctx.info.proxyAuthUsed).toBe(CURLAUTH_DIGEST);
      expect(t.verbose()).toContain("* Proxy auth using Digest with user 'dig'\n");
      expect(t.verbose()).toContain('* Ignore 13 bytes of response-body\n');
      expect((await readBytes(stream, 6)).toString()).toBe('hello\n');
    });
  }

  it('Digest with 407 + Connection: close connects again (J6, "Connect me again please")', async () => {
    const echo = await startEchoServer('hi\n');
    cleanups.push(() => echo.close());
    const proxy = await startDigestProxy({ user: 'u', password: 'p', closeAfter407: true });
    cleanups.push(() => proxy.close());
    const t = ctxFor(proxy.port, { proxyAuth: CURLAUTH_ANY }, '127.0.0.1', echo.port);
    const stream = await h1ProxyTunnel(planFor(proxy.port, { user: 'u', password: 'p' })).connect(t.ctx, t.below);
    expect(t.verbose()).toContain('* Connect me again please\n');
    expect(proxy.requests.map((r) => r.conn)).toEqual([0, 1]);
    expect(t.sockets).toHaveLength(2);
    expect(t.sockets[0]!.destroyed).toBe(true);
    expect(proxy.checks.map((c) => c.why)).toEqual(['ok']);
    expect((await readBytes(stream, 3)).toString()).toBe('hi\n');
  });

  it('Digest picked over Basic when the proxy offers both', async () => {
    const echo = await startEchoServer();
    cleanups.push(() => echo.close());
    const proxy = await startDigestProxy({ user: 'u', password: 'p', alsoBasic: true, body: 'chunked' });
    cleanups.push(() => proxy.close());
    const t = ctxFor(proxy.port, { proxyAuth: CURLAUTH_ANY }, '127.0.0.1', echo.port);
    await h1ProxyTunnel(planFor(proxy.port, { user: 'u', password: 'p' })).connect(t.ctx, t.below);
    expect(t.ctx.info.proxyAuthAvail).toBe(CURLAUTH_BASIC | CURLAUTH_DIGEST);
    expect(t.ctx.info.proxyAuthUsed).toBe(CURLAUTH_DIGEST);
    expect(t.verbose()).toContain('* Ignore chunked response-body\n* chunk reading DONE\n');
    expect(proxy.checks.map((c) => c.why)).toEqual(['ok']);
  });

  it('Digest without qop (RFC 2069 form)', async () => {
    const echo = await startEchoServer();
    cleanups.push(() => echo.close());
    const proxy = await startDigestProxy({ user: 'u', password: 'p', qop: false });
    cleanups.push(() => proxy.close());
    const t = ctxFor(proxy.port, { proxyAuth: CURLAUTH_DIGEST }, '127.0.0.1', echo.port);
    await h1ProxyTunnel(planFor(proxy.port, { user: 'u', password: 'p' })).connect(t.ctx, t.below);
    expect(proxy.checks.map((c) => c.why)).toEqual(['ok']);
  });

  it('Digest stale=true: answers the new nonce with the nonce count restarted', async () => {
    const echo = await startEchoServer();
    cleanups.push(() => echo.close());
    const proxy = await startDigestProxy({ user: 'u', password: 'p', staleOnce: true });
    cleanups.push(() => proxy.close());
    const t = ctxFor(proxy.port, { proxyAuth: CURLAUTH_DIGEST }, '127.0.0.1', echo.port);
    await h1ProxyTunnel(planFor(proxy.port, { user: 'u', password: 'p' })).connect(t.ctx, t.below);
    expect(proxy.checks.map((c) => c.why)).toEqual(['ok', 'ok']);
    expect(proxy.checks.map((c) => c.params['nc'])).toEqual(['00000001', '00000001']);
    expect(proxy.requests).toHaveLength(3);
  });

  it('Digest with a wrong password: "Digest authentication problem" and 7', async () => {
    const echo = await startEchoServer();
    cleanups.push(() => echo.close());
    const proxy = await startDigestProxy({ user: 'u', password: 'right' });
    cleanups.push(() => proxy.close());
    const t = ctxFor(proxy.port, { proxyAuth: CURLAUTH_ANY }, '127.0.0.1', echo.port);
    const code = await codeOf(h1ProxyTunnel(planFor(proxy.port, { user: 'u', password: 'wrong' })).connect(t.ctx, t.below));
    expect(code).toBe(CURLE.COULDNT_CONNECT);
    expect(proxy.checks.map((c) => c.why)).toEqual(['response hash']);
    expect(t.verbose()).toContain('* Digest authentication problem, ignoring.\n');
    expect(t.errorText()).toBe('CONNECT tunnel failed, response 407');
  });

  it('a proxy offering only schemes that are not built in gives 7 and no retry', async () => {
    const proxy = await fake((_req, s) => {
      s.write('HTTP/1.1 407 No\r\nProxy-Authenticate: NTLM\r\nProxy-Authenticate: Negotiate\r\nContent-Length: 0\r\n\r\n');
    });
    const t = ctxFor(proxy.port, { proxyAuth: CURLAUTH_ANY });
    const code = await codeOf(h1ProxyTunnel(planFor(proxy.port, { user: 'u', password: 'p' })).connect(t.ctx, t.below));
    expect(code).toBe(CURLE.COULDNT_CONNECT);
    expect(t.ctx.info.proxyAuthAvail).toBe(0);
    expect(proxy.requests).toHaveLength(1);
  });
});

describe('the `proxy` npm package', () => {
  async function npmProxy(auth?: (req: http.IncomingMessage) => boolean) {
    const server = createProxy(http.createServer());
    if (auth) server.authenticate = auth;
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const sockets = new Set<net.Socket>();
    server.on('connection', (s: net.Socket) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    cleanups.push(
      () =>
        new Promise<void>((r) => {
          for (const s of sockets) s.destroy();
          server.close(() => r());
        }),
    );
    return (server.address() as net.AddressInfo).port;
  }
  const basicAuth = (req: http.IncomingMessage) =>
    req.headers['proxy-authorization'] === `Basic ${Buffer.from('user:pa ss').toString('base64')}`;

  it('tunnels to an echo server with Basic credentials', async () => {
    const echo = await startEchoServer();
    cleanups.push(() => echo.close());
    const port = await npmProxy(basicAuth);
    const t = ctxFor(port, {}, '127.0.0.1', echo.port);
    const stream = await h1ProxyTunnel(planFor(port, { user: 'user', password: 'pa ss' })).connect(t.ctx, t.below);
    stream.write('ping through the tunnel');
    expect((await readBytes(stream, 23)).toString()).toBe('ping through the tunnel');
    expect(t.ctx.info.httpConnectCode).toBe(200);
  });

  it('answers wrong credentials with 407 + Basic: 7 and PROXYAUTH_AVAIL', async () => {
    const port = await npmProxy(basicAuth);
    const t = ctxFor(port, {}, '127.0.0.1', 9);
    const code = await codeOf(h1ProxyTunnel(planFor(port, { user: 'user', password: 'nope' })).connect(t.ctx, t.below));
    expect(code).toBe(CURLE.COULDNT_CONNECT);
    expect(t.ctx.info.httpConnectCode).toBe(407);
    expect(t.ctx.info.proxyAuthAvail).toBe(CURLAUTH_BASIC);
  });
});

// tinyproxy from Debian as a second, independent proxy implementation (.ci/run installs it).
const TINYPROXY = ['/usr/bin/tinyproxy', '/usr/sbin/tinyproxy'].find((p) => existsSync(p));
describe.skipIf(!TINYPROXY)('tinyproxy', () => {
  if (!TINYPROXY) console.warn('tinyproxy is not installed: skipping the tinyproxy tests');

  async function startTinyproxy(extra = ''): Promise<number> {
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const dir = mkdtempSync(join(tmpdir(), 'manbind-tinyproxy-'));
    const conf = join(dir, 'tinyproxy.conf');
    writeFileSync(
      conf,
      // Without ConnectPort lines tinyproxy lets CONNECT reach any port.
      `Port ${port}\nListen 127.0.0.1\nAllow 127.0.0.1\nTimeout 30\nMaxClients 10\nLogLevel Critical\n${extra}`,
    );
    const child: ChildProcess = spawn(TINYPROXY!, ['-d', '-c', conf], { stdio: 'ignore' });
    cleanups.push(() => {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    });
    // Wait until it accepts connections.
    for (let i = 0; i < 100; i++) {
      const ok = await new Promise<boolean>((resolve) => {
        const c = net.connect(port, '127.0.0.1', () => {
          c.destroy();
          resolve(true);
        });
        c.on('error', () => resolve(false));
      });
      if (ok) return port;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('tinyproxy did not start');
  }

  it('tunnels to an echo server', async () => {
    const echo = await startEchoServer('greetings\n');
    cleanups.push(() => echo.close());
    const port = await startTinyproxy();
    const t = ctxFor(port, {}, '127.0.0.1', echo.port);
    const stream = await h1ProxyTunnel(planFor(port)).connect(t.ctx, t.below);
    expect(t.ctx.info.httpConnectCode).toBe(200);
    expect((await readBytes(stream, 10)).toString()).toBe('greetings\n');
    stream.write('x');
    expect((await readBytes(stream, 1)).toString()).toBe('x');
  });

  it('refuses a port outside ConnectPort: 7 with its 403', async () => {
    const echo = await startEchoServer();
    cleanups.push(() => echo.close());
    const port = await startTinyproxy('ConnectPort 443\n');
    const t = ctxFor(port, {}, '127.0.0.1', echo.port);
    expect(await codeOf(h1ProxyTunnel(planFor(port)).connect(t.ctx, t.below))).toBe(CURLE.COULDNT_CONNECT);
    expect(t.ctx.info.httpConnectCode).toBe(403);
    expect(t.errorText()).toBe('CONNECT tunnel failed, response 403');
  });

  it('answers a closed target port with an error status: 7', async () => {
    const port = await startTinyproxy();
    const t = ctxFor(port, {}, '127.0.0.1', 1);
    expect(await codeOf(h1ProxyTunnel(planFor(port)).connect(t.ctx, t.below))).toBe(CURLE.COULDNT_CONNECT);
    expect(t.ctx.info.httpConnectCode).toBeGreaterThanOrEqual(400);
  });
});

describe('detach helper sanity', () => {
  it('a proxy may take the socket over after its answer', async () => {
    const proxy = await fake((_req, s) => {
      detach(s);
      s.write(OK);
      s.on('data', (d: Buffer) => s.write(d.toString().toUpperCase()));
    });
    const t = ctxFor(proxy.port);
    const stream = await h1ProxyTunnel(planFor(proxy.port)).connect(t.ctx, t.below);
    stream.write('abc');
    expect((await readBytes(stream, 3)).toString()).toBe('ABC');
  });
});
