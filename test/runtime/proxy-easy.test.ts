// HTTP proxies through the public API (section J, B3, C12, E3/G3 for the reconnect): perform
// with CURLOPT_PROXY and friends against scripted node:net proxies, the Digest proxy and the
// `proxy` npm package, then send/recv through the tunnel.
import * as http from 'node:http';
import * as net from 'node:net';
import { createProxy } from 'proxy';
import { afterEach, describe, expect, it } from 'vitest';
import { CURL_SOCKET_BAD, CURLE, Easy } from '../../runtime/index.js';
import { CURLAUTH_ANY, CURLAUTH_BASIC, CURLAUTH_DIGEST } from '../../runtime/base/constants.js';
import { startDigestProxy } from '../peers/digest-proxy.js';
import { detach, startEchoServer, startFakeProxy, type FakeProxy } from '../peers/fake-proxy.js';
import { capture, closeAll, connectOnly, deadPort, info, listen, recvAll, sendAll, set } from './helpers.js';

const cleanups: (() => unknown)[] = [];
const handles: Easy[] = [];
afterEach(async () => {
  for (const e of handles.splice(0)) e.cleanup();
  while (cleanups.length) await cleanups.pop()!();
  await closeAll();
});

function handle(url: string, opts: Record<string, unknown> = {}): Easy {
  const easy = connectOnly(url);
  handles.push(easy);
  for (const [k, v] of Object.entries(opts)) expect(set(easy, k, v), k).toBe(CURLE.OK);
  return easy;
}

async function fake(answer: Parameters<typeof startFakeProxy>[0]): Promise<FakeProxy> {
  const p = await startFakeProxy(answer);
  cleanups.push(() => p.close());
  return p;
}

/** A scripted proxy that answers 200 and then pipes to the CONNECT target. */
function tunnelTo(answer = 'HTTP/1.1 200 Connection established\r\n\r\n') {
  return (req: { head: string }, s: net.Socket): void => {
    detach(s);
    const m = /^CONNECT (\S+):(\d+) /.exec(req.head)!;
    const up = net.connect(Number(m[2]), m[1]!.replace(/^\[|\]$/g, ''), () => {
      s.write(answer);
      s.pipe(up);
      up.pipe(s);
    });
    up.on('error', () => s.destroy());
    s.on('close', () => up.destroy());
  };
}

const OK = 'HTTP/1.1 200 Connection established\r\n\r\n';

describe('perform through an HTTP proxy', () => {
  it('tunnels ws:// without HTTPPROXYTUNNEL and carries send/recv (B3)', async () => {
    const echo = await startEchoServer('welcome\n');
    cleanups.push(() => echo.close());
    const proxy = await fake(tunnelTo());
    const easy = handle(`ws://127.0.0.1:${echo.port}/chat`, { PROXY: `127.0.0.1:${proxy.port}` });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(proxy.requests[0]!.head).toBe(
      `CONNECT 127.0.0.1:${echo.port} HTTP/1.1\r\nHost: 127.0.0.1:${echo.port}\r\nProxy-Connection: Keep-Alive\r\n\r\n`,
    );
    expect((await recvAll(easy, 8)).toString()).toBe('welcome\n');
    await sendAll(easy, Buffer.from('ping'));
    expect((await recvAll(easy, 4)).toString()).toBe('ping');
    expect(info(easy, 'HTTP_CONNECTCODE').value).toBe(200);
    expect(info(easy, 'RESPONSE_CODE').value).toBe(0);
  });

  it('talks to the proxy itself for http:// without HTTPPROXYTUNNEL (B3)', async () => {
    const proxy = await listen();
    const easy = handle('http://target.invalid/', { PROXY: `127.0.0.1:${proxy.port}` });
    expect(await easy.perform()).toBe(CURLE.OK);
    await sendAll(easy, Buffer.from('GET http://target.invalid/ HTTP/1.1\r\n\r\n'));
    const sock = await proxy.accepted();
    await new Promise<void>((r) => {
      const check = (): void => {
        if (proxy.received[0]!.length >= 10) r();
        else sock.once('data', check);
      };
      check();
    });
    // No CONNECT went out: the proxy sees the application's bytes first.
    expect(proxy.received[0]!.toString()).toBe('GET http://target.invalid/ HTTP/1.1\r\n\r\n');
    expect(info(easy, 'PRIMARY_PORT').value).toBe(proxy.port);
  });

  it('sends CONNECT for http:// with HTTPPROXYTUNNEL', async () => {
    const echo = await startEchoServer();
    cleanups.push(() => echo.close());
    const proxy = await fake(tunnelTo());
    const easy = handle(`http://127.0.0.1:${echo.port}/`, { PROXY: `127.0.0.1:${proxy.port}`, HTTPPROXYTUNNEL: 1 });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(proxy.requests[0]!.head).toMatch(/^CONNECT 127\.0\.0\.1:\d+ HTTP\/1\.1\r\n/);
  });

  it('tunnels http:// to the place a CONNECT_TO entry names (8.22 lib/proxy.c: with connect-to, always)', async () => {
    const echo = await startEchoServer();
    cleanups.push(() => echo.close());
    const proxy = await fake(tunnelTo());
    const easy = handle('http://target.invalid/', {
      PROXY: `127.0.0.1:${proxy.port}`,
      CONNECT_TO: [`target.invalid:80:127.0.0.1:${echo.port}`],
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(proxy.requests[0]!.head).toMatch(new RegExp(`^CONNECT 127\\.0\\.0\\.1:${echo.port} HTTP/1\\.1\r\n`));
    // an entry for another host changes nothing: the proxy gets the request itself
    const direct = await listen();
    const other = handle('http://target.invalid/', { PROXY: `127.0.0.1:${direct.port}`, CONNECT_TO: ['elsewhere.invalid:80:127.0.0.1:1'] });
    expect(await other.perform()).toBe(CURLE.OK);
    await sendAll(other, Buffer.from('GET http://target.invalid/ HTTP/1.1\r\n\r\n'));
    const sock = await direct.accepted();
    await new Promise<void>((r) => {
      const check = (): void => {
        if (direct.received[0]!.length >= 10) r();
        else sock.once('data', check);
      };
      check();
    });
    expect(direct.received[0]!.toString()).toMatch(/^GET http:/);
  });

  it('uses PROXYPORT when the proxy string has no port', async () => {
    const proxy = await fake((_r, s) => s.write(OK));
    const easy = handle('ws://target.test/', { PROXY: '127.0.0.1', PROXYPORT: proxy.port });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(proxy.requests[0]!.head).toMatch(/^CONNECT target\.test:80 HTTP\/1\.1\r\n/);
  });

  it('goes direct when NOPROXY lists the host', async () => {
    const peer = await listen();
    const proxy = await fake((_r, s) => s.write(OK));
    const easy = handle(`ws://localhost:${peer.port}/`, { PROXY: `127.0.0.1:${proxy.port}`, NOPROXY: 'localhost' });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(proxy.connections).toBe(0);
    await peer.accepted();
  });

  it('takes the proxy from http_proxy when CURLOPT_PROXY is not set', async () => {
    const proxy = await listen();
    const saved = process.env['http_proxy'];
    process.env['http_proxy'] = `http://127.0.0.1:${proxy.port}`;
    try {
      const easy = handle('http://target.invalid/');
      const log = capture(easy);
      expect(await easy.perform()).toBe(CURLE.OK);
      expect(log.lines()).toContain(`Uses proxy env variable http_proxy == 'http://127.0.0.1:${proxy.port}'`);
      expect(info(easy, 'PRIMARY_PORT').value).toBe(proxy.port);
    } finally {
      if (saved === undefined) delete process.env['http_proxy'];
      else process.env['http_proxy'] = saved;
    }
  });

  it('fails with 7 when nothing listens on an https:// proxy port', async () => {
    const port = await deadPort();
    const easy = handle('ws://target.test/', { PROXY: `https://127.0.0.1:${port}` });
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
  });

  it('fails with 7 when nothing listens on the proxy port', async () => {
    const port = await deadPort();
    const easy = handle('ws://target.test/', { PROXY: `127.0.0.1:${port}` });
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
  });
});

describe('CONNECT answers through perform', () => {
  it('hands bytes that followed the 200 to the first recv (C12)', async () => {
    const proxy = await fake((_r, s) => s.write(`${OK}SSH-2.0-banner\r\n`));
    const easy = handle('ws://target.test:22/', { PROXY: `127.0.0.1:${proxy.port}` });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect((await recvAll(easy, 16)).toString()).toBe('SSH-2.0-banner\r\n');
  });

  it('gives the header callback the CONNECT lines and counts them in HEADER_SIZE (J3)', async () => {
    const answer = 'HTTP/1.1 200 Connection established\r\nVia: 1.1 fake\r\n\r\n';
    const proxy = await fake((_r, s) => s.write(answer));
    const lines: string[] = [];
    const easy = handle('ws://target.test/', {
      PROXY: `127.0.0.1:${proxy.port}`,
      HEADERFUNCTION: (b: Uint8Array) => {
        lines.push(Buffer.from(b).toString());
        return b.length;
      },
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(lines).toEqual(['HTTP/1.1 200 Connection established\r\n', 'Via: 1.1 fake\r\n', '\r\n']);
    expect(info(easy, 'HEADER_SIZE').value).toBe(answer.length);
  });

  it('withholds them with SUPPRESS_CONNECT_HEADERS, still counting HEADER_SIZE', async () => {
    const proxy = await fake((_r, s) => s.write(OK));
    const lines: string[] = [];
    const easy = handle('ws://target.test/', {
      PROXY: `127.0.0.1:${proxy.port}`,
      SUPPRESS_CONNECT_HEADERS: 1,
      HEADERFUNCTION: (b: Uint8Array) => {
        lines.push(Buffer.from(b).toString());
        return b.length;
      },
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(lines).toEqual([]);
    expect(info(easy, 'HEADER_SIZE').value).toBe(OK.length);
  });

  it('a header callback that refuses a line fails the perform with 23', async () => {
    const proxy = await fake((_r, s) => s.write(OK));
    const easy = handle('ws://target.test/', { PROXY: `127.0.0.1:${proxy.port}`, HEADERFUNCTION: () => 0 });
    expect(await easy.perform()).toBe(CURLE.WRITE_ERROR);
  });

  it('407 without credentials: 7, HTTP_CONNECTCODE, PROXYAUTH_AVAIL, no connection left (J5, B5)', async () => {
    const proxy = await fake((_r, s) => {
      s.write('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="p"\r\nContent-Length: 4\r\n\r\nnope');
    });
    const easy = handle('wss://target.test/', { PROXY: `127.0.0.1:${proxy.port}` });
    const buf = { text: '' };
    set(easy, 'ERRORBUFFER', buf);
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    expect(buf.text).toBe('CONNECT tunnel failed, response 407');
    expect(info(easy, 'HTTP_CONNECTCODE').value).toBe(407);
    expect(info(easy, 'PROXYAUTH_AVAIL').value).toBe(CURLAUTH_BASIC);
    expect(info(easy, 'ACTIVESOCKET').value).toBe(CURL_SOCKET_BAD);
    expect(easy.send(Buffer.from('x')).code).toBe(CURLE.UNSUPPORTED_PROTOCOL);
  });

  it('a proxy that answers garbage and hangs up: 56 (J8)', async () => {
    const proxy = await fake((_r, s) => s.end('\x00\x01garbage'));
    const easy = handle('wss://target.test/', { PROXY: `127.0.0.1:${proxy.port}` });
    expect(await easy.perform()).toBe(CURLE.RECV_ERROR);
  });
});

describe('proxy credentials through setopt', () => {
  it('PROXYUSERPWD is URL-decoded before it becomes the Basic header (A7)', async () => {
    const proxy = await fake((_r, s) => s.write(OK));
    const easy = handle('ws://target.test/', { PROXY: `127.0.0.1:${proxy.port}`, PROXYUSERPWD: 'us%3Aer:pa%20ss:x' });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(proxy.requests[0]!.head).toContain(
      `\r\nProxy-Authorization: Basic ${Buffer.from('us:er:pa ss:x').toString('base64')}\r\n`,
    );
  });

  it('PROXYUSERNAME and PROXYPASSWORD are sent literally (curl test 503)', async () => {
    const proxy = await fake((_r, s) => s.write(OK));
    const easy = handle('ws://target.test/', {
      PROXY: `127.0.0.1:${proxy.port}`,
      PROXYUSERNAME: 'test%20',
      PROXYPASSWORD: 'ing%41',
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(proxy.requests[0]!.head).toContain(
      `\r\nProxy-Authorization: Basic ${Buffer.from('test%20:ing%41').toString('base64')}\r\n`,
    );
  });

  it('verbose output and the error buffer never show a proxy password', async () => {
    const proxy = await fake((_r, s) => {
      s.write('HTTP/1.1 407 No\r\nProxy-Authenticate: Basic realm="p"\r\nContent-Length: 0\r\n\r\n');
    });
    const easy = handle('wss://target.test/', { PROXY: `http://carol:Pr0xyPa55@127.0.0.1:${proxy.port}` });
    const log = capture(easy);
    const buf = { text: '' };
    set(easy, 'ERRORBUFFER', buf);
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    const all = log.events.map((e) => e.text).join('') + buf.text;
    // The header block carries it base64-encoded, as libcurl's HEADER_OUT does; never in clear.
    expect(all).not.toContain('Pr0xyPa55');
    expect(log.lines()).toContain("Proxy auth using Basic with user 'carol'");
    expect(log.lines()).toContain('Basic authentication problem, ignoring.');
  });

  it('PROXYHEADER entries go into the CONNECT request', async () => {
    const proxy = await fake((_r, s) => s.write(OK));
    const easy = handle('ws://target.test/', {
      PROXY: `127.0.0.1:${proxy.port}`,
      PROXYHEADER: ['X-Trace: 1', 'Proxy-Connection:'],
      USERAGENT: 'agent/7',
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(proxy.requests[0]!.head).toBe(
      'CONNECT target.test:80 HTTP/1.1\r\nHost: target.test:80\r\nUser-Agent: agent/7\r\nX-Trace: 1\r\n\r\n',
    );
  });
});

describe('Digest and reconnects through perform', () => {
  it('Digest on a keep-alive 407: one socket, PROXYAUTH_USED = Digest', async () => {
    const echo = await startEchoServer('ready\n');
    cleanups.push(() => echo.close());
    const proxy = await startDigestProxy({ user: 'dee', password: 'gest' });
    cleanups.push(() => proxy.close());
    let opened = 0;
    const easy = handle(`ws://127.0.0.1:${echo.port}/`, {
      PROXY: `127.0.0.1:${proxy.port}`,
      PROXYUSERPWD: 'dee:gest',
      PROXYAUTH: CURLAUTH_DIGEST,
      OPENSOCKETFUNCTION: () => {
        opened++;
        return new net.Socket();
      },
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(opened).toBe(1);
    expect(proxy.checks.map((c) => c.why)).toEqual(['ok']);
    expect(info(easy, 'PROXYAUTH_AVAIL').value).toBe(CURLAUTH_DIGEST);
    expect(info(easy, 'PROXYAUTH_USED').value).toBe(CURLAUTH_DIGEST);
    expect((await recvAll(easy, 6)).toString()).toBe('ready\n');
  });

  it('407 + Connection: close: "Connect me again please", socket callbacks run again (J6, E3, G3)', async () => {
    const echo = await startEchoServer('again\n');
    cleanups.push(() => echo.close());
    const proxy = await startDigestProxy({ user: 'u', password: 'p', closeAfter407: true });
    cleanups.push(() => proxy.close());
    const calls: string[] = [];
    const easy = handle(`ws://127.0.0.1:${echo.port}/`, {
      PROXY: `127.0.0.1:${proxy.port}`,
      PROXYUSERPWD: 'u:p',
      PROXYAUTH: CURLAUTH_ANY,
      OPENSOCKETFUNCTION: () => {
        calls.push('open');
        return new net.Socket();
      },
      SOCKOPTFUNCTION: () => {
        calls.push('sockopt');
        return 0;
      },
      CLOSESOCKETFUNCTION: (_d: unknown, item: net.Socket) => {
        calls.push('close');
        item.destroy();
        return 0;
      },
    });
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines()).toContain('Connect me again please');
    expect(calls).toEqual(['open', 'sockopt', 'close', 'open', 'sockopt']);
    expect(proxy.requests.map((r) => r.conn)).toEqual([0, 1]);
    expect((await recvAll(easy, 6)).toString()).toBe('again\n');
    easy.cleanup();
    expect(calls).toEqual(['open', 'sockopt', 'close', 'open', 'sockopt', 'close']);
  });

  it('each perform starts the Digest round trip over (A8)', async () => {
    const echo = await startEchoServer();
    cleanups.push(() => echo.close());
    const proxy = await startDigestProxy({ user: 'u', password: 'p' });
    cleanups.push(() => proxy.close());
    const easy = handle(`ws://127.0.0.1:${echo.port}/`, {
      PROXY: `127.0.0.1:${proxy.port}`,
      PROXYUSERPWD: 'u:p',
      PROXYAUTH: CURLAUTH_DIGEST,
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(proxy.requests.map((r) => /Proxy-Authorization/.test(r.head))).toEqual([false, true, false, true]);
  });
});

describe('the `proxy` npm package through perform', () => {
  it('Basic credentials accepted; a wrong password gives 7 and 407', async () => {
    const echo = await startEchoServer('npm\n');
    cleanups.push(() => echo.close());
    const server = createProxy(http.createServer());
    server.authenticate = (req) => req.headers['proxy-authorization'] === `Basic ${Buffer.from('a:b').toString('base64')}`;
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const sockets = new Set<net.Socket>();
    server.on('connection', (s: net.Socket) => sockets.add(s));
    cleanups.push(() => new Promise<void>((r) => { for (const s of sockets) s.destroy(); server.close(() => r()); }));
    const port = (server.address() as net.AddressInfo).port;

    const good = handle(`ws://127.0.0.1:${echo.port}/`, { PROXY: `127.0.0.1:${port}`, PROXYUSERPWD: 'a:b' });
    expect(await good.perform()).toBe(CURLE.OK);
    expect((await recvAll(good, 4)).toString()).toBe('npm\n');

    const bad = handle(`ws://127.0.0.1:${echo.port}/`, { PROXY: `127.0.0.1:${port}`, PROXYUSERPWD: 'a:c' });
    expect(await bad.perform()).toBe(CURLE.COULDNT_CONNECT);
    expect(info(bad, 'HTTP_CONNECTCODE').value).toBe(407);
    expect(info(bad, 'PROXYAUTH_AVAIL').value).toBe(CURLAUTH_BASIC);
  });
});
