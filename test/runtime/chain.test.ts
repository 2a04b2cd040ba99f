// The whole chain through Easy: happy eyeballs to the proxy, the CONNECT tunnel, TLS on top, the
// callbacks on a proxy reconnect, forward proxies, and send/recv through every layer.
import net from 'node:net';
import tls from 'node:tls';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CURLAUTH_ANY, CURLAUTH_DIGEST, CURLE, CURLINFO_HEADER_IN, CURLINFO_HEADER_OUT, Easy } from '../../runtime/index.js';
import { startDigestProxy, type DigestProxy } from '../peers/digest-proxy.js';
import { detach, startEchoServer, startFakeProxy, type EchoServer, type FakeProxy } from '../peers/fake-proxy.js';
import { hasOpenssl, makePki, type Pki } from '../peers/tls-fixtures.js';
import { capture, closeAll, connectOnly, info, recvAll, sendAll, set } from './helpers.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  await closeAll();
  while (cleanups.length) await cleanups.pop()!();
});

async function echoTarget(greeting?: string): Promise<EchoServer> {
  const e = await startEchoServer(greeting);
  cleanups.push(() => e.close());
  return e;
}

/** A proxy that answers 200 and then splices the client to `targetPort`. */
async function tunnelProxy(targetPort: number, answer = 'HTTP/1.1 200 Connection established\r\n\r\n'): Promise<FakeProxy> {
  const p = await startFakeProxy((_req, s) => {
    detach(s);
    const up = net.connect(targetPort, '127.0.0.1', () => {
      s.write(answer);
      s.pipe(up).pipe(s);
    });
    up.on('error', () => s.destroy());
    s.on('close', () => up.destroy());
  });
  cleanups.push(() => p.close());
  return p;
}

describe('HTTP proxy tunnel in the chain', () => {
  it('tunnels, prints the J2 lines in order, and carries send/recv', async () => {
    const target = await echoTarget('hi\n');
    const proxy = await tunnelProxy(target.port);
    const easy = connectOnly(`telnet://127.0.0.1:${target.port}`);
    set(easy, 'PROXY', `http://127.0.0.1:${proxy.port}`);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    const texts = log.lines();
    const p = proxy.port;
    const t = target.port;
    expect(texts[0]).toBe(`  Trying 127.0.0.1:${p}...`);
    expect(texts.slice(1, 3)).toEqual(['CONNECT: no ALPN negotiated', `Establishing HTTP proxy tunnel to 127.0.0.1:${t}`]);
    expect(texts.slice(-4, -2)).toEqual(['CONNECT phase completed for HTTP proxy', 'CONNECT tunnel established, response 200']);
    expect(texts.at(-2)).toMatch(new RegExp(`^Established connection to 127\\.0\\.0\\.1 \\(127\\.0\\.0\\.1 port ${p}\\) from 127\\.0\\.0\\.1 port \\d+ $`));
    // H2: a tunnel's connection is named after the target
    expect(texts.at(-1)).toBe(`Connection #0 to host 127.0.0.1:${t} left intact`);
    expect(log.events.filter((e) => e.type === CURLINFO_HEADER_OUT).map((e) => e.text)).toEqual([
      `CONNECT 127.0.0.1:${t} HTTP/1.1\r\nHost: 127.0.0.1:${t}\r\nProxy-Connection: Keep-Alive\r\n\r\n`,
    ]);
    expect(log.events.filter((e) => e.type === CURLINFO_HEADER_IN).map((e) => e.text)).toEqual([
      'HTTP/1.1 200 Connection established\r\n',
      '\r\n',
    ]);
    expect(info(easy, 'HTTP_CONNECTCODE').value).toBe(200);
    expect(info(easy, 'PRIMARY_PORT').value).toBe(p);
    expect(info(easy, 'RESPONSE_CODE').value).toBe(0);
    // C12: the target's greeting comes with the first recv; then echo
    expect((await recvAll(easy, 3)).toString()).toBe('hi\n');
    await sendAll(easy, Buffer.from('through the tunnel'));
    expect((await recvAll(easy, 18)).toString()).toBe('through the tunnel');
    easy.cleanup();
  });

  it('a non-2xx answer gives 7, HTTP_CONNECTCODE, and the socket is closed with the callback', async () => {
    const proxy = await startFakeProxy((_req, s) => s.write('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n'));
    cleanups.push(() => proxy.close());
    const easy = connectOnly('https://target.test/');
    set(easy, 'PROXY', `127.0.0.1:${proxy.port}`);
    const closed: unknown[] = [];
    set(easy, 'CLOSESOCKETFUNCTION', (_c: unknown, s: net.Socket) => {
      closed.push(s);
      s.destroy();
      return 0;
    });
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    expect(info(easy, 'HTTP_CONNECTCODE').value).toBe(403);
    expect(closed.length).toBe(1);
    expect(log.lines().slice(-2)).toEqual(['CONNECT tunnel failed, response 403', 'closing connection #0']);
    expect(info(easy, 'ACTIVESOCKET').value).toBe(-1);
  });

  it('a proxy that closes on its 407 makes a new connection: callbacks run again (E3, G3, J6)', async () => {
    const target = await echoTarget();
    const proxy: DigestProxy = await startDigestProxy({ user: 'u', password: 'p', closeAfter407: true });
    cleanups.push(() => proxy.close());
    const easy = connectOnly(`telnet://127.0.0.1:${target.port}`);
    set(easy, 'PROXY', `http://127.0.0.1:${proxy.port}`);
    set(easy, 'PROXYUSERPWD', 'u:p');
    set(easy, 'PROXYAUTH', CURLAUTH_ANY);
    const opened: net.Socket[] = [];
    const closed: unknown[] = [];
    set(easy, 'OPENSOCKETFUNCTION', () => {
      const s = new net.Socket();
      opened.push(s);
      return s;
    });
    set(easy, 'CLOSESOCKETFUNCTION', (_c: unknown, s: net.Socket) => {
      closed.push(s);
      s.destroy();
      return 0;
    });
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(opened.length).toBe(2);
    expect(closed).toEqual([opened[0]]);
    expect(info(easy, 'NUM_CONNECTS').value).toBe(2);
    expect(info(easy, 'PROXYAUTH_USED').value).toBe(CURLAUTH_DIGEST);
    const lines = log.lines();
    const again = lines.indexOf('Connect me again please');
    expect(again).toBeGreaterThan(0);
    expect(lines.slice(again + 1).find((l) => l.startsWith('  Trying'))).toBe(`  Trying 127.0.0.1:${proxy.port}...`);
    expect(proxy.checks.every((c) => c.ok)).toBe(true);
    await sendAll(easy, Buffer.from('after digest'));
    expect((await recvAll(easy, 12)).toString()).toBe('after digest');
    easy.cleanup();
    expect(closed).toEqual(opened);
  });

  it('http:// through a proxy without HTTPPROXYTUNNEL talks to the proxy itself (B3, H2)', async () => {
    const proxy = await echoTarget();
    const easy = connectOnly('http://far.away.test/');
    set(easy, 'PROXY', `127.0.0.1:${proxy.port}`);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines().at(-1)).toBe(`Connection #0 to host 127.0.0.1:${proxy.port} left intact`);
    const request = 'GET http://far.away.test/ HTTP/1.1\r\n\r\n';
    await sendAll(easy, Buffer.from(request));
    expect((await recvAll(easy, request.length)).toString()).toBe(request);
    // perform itself sent nothing: the proxy got exactly the application's bytes
    expect(proxy.received[0]!.toString()).toBe(request);
    easy.cleanup();
  });

  it('a refused proxy names the target and the proxy in the failure text', async () => {
    const dead = await startEchoServer();
    const port = dead.port;
    await dead.close();
    const easy = connectOnly('https://target.test:8443/');
    set(easy, 'PROXY', `http://127.0.0.1:${port}`);
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    expect(errors.text).toMatch(/^Failed to connect to target\.test:8443 over proxy 127\.0\.0\.1 after \d+ ms: Could not connect to server$/);
  });

  it('a proxy that never answers runs into the connect timeout (28)', async () => {
    const proxy = await startFakeProxy(() => {});
    cleanups.push(() => proxy.close());
    const easy = connectOnly('https://target.test/');
    set(easy, 'PROXY', `http://127.0.0.1:${proxy.port}`);
    set(easy, 'CONNECTTIMEOUT_MS', 100);
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    expect(await easy.perform()).toBe(CURLE.OPERATION_TIMEDOUT);
    expect(errors.text).toMatch(/^Connection timed out after \d+ milliseconds$/);
  });
});

describe.skipIf(!hasOpenssl())('TLS in the chain', () => {
  let pki: Pki;
  let server: tls.Server;
  let port = 0;
  beforeAll(async () => {
    pki = makePki();
    server = tls.createServer({ cert: pki.localhost.cert, key: pki.localhost.key }, (s) => {
      s.on('error', () => {});
      s.write('tls hello\n');
      s.on('data', (d) => s.write(d));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    pki.cleanup();
  });

  it('https:// connects with TLS; ACTIVESOCKET is the TLS socket; send/recv go through it', async () => {
    const easy = connectOnly(`https://localhost:${port}/`);
    set(easy, 'CAINFO', pki.ca.certFile);
    set(easy, 'IPRESOLVE', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'ACTIVESOCKET').value).toBeInstanceOf(tls.TLSSocket);
    expect(info(easy, 'APPCONNECT_TIME').value as number).toBeGreaterThanOrEqual(info(easy, 'CONNECT_TIME').value as number);
    expect((await recvAll(easy, 10)).toString()).toBe('tls hello\n');
    await sendAll(easy, Buffer.from('secret'));
    expect((await recvAll(easy, 6)).toString()).toBe('secret');
    easy.cleanup();
  });

  it('a certificate that does not verify fails the perform with 60 and leaves nothing open', async () => {
    const easy = connectOnly(`https://127.0.0.1:${port}/`);
    const closed: unknown[] = [];
    set(easy, 'CLOSESOCKETFUNCTION', (_c: unknown, s: net.Socket) => {
      closed.push(s);
      s.destroy();
      return 0;
    });
    expect(await easy.perform()).toBe(CURLE.PEER_FAILED_VERIFICATION);
    expect(closed.length).toBe(1);
    expect(info(easy, 'ACTIVESOCKET').value).toBe(-1);
  });

  it('wss:// through a CONNECT tunnel: TLS over the tunnel', async () => {
    const proxy = await tunnelProxy(port);
    const easy = connectOnly(`wss://localhost:${port}/`);
    set(easy, 'PROXY', `http://127.0.0.1:${proxy.port}`);
    set(easy, 'CAINFO', pki.ca.certFile);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(proxy.requests[0]!.head.startsWith(`CONNECT localhost:${port} HTTP/1.1\r\n`)).toBe(true);
    expect((await recvAll(easy, 10)).toString()).toBe('tls hello\n');
    easy.cleanup();
  });
});

describe('many handles', () => {
  it('200 sequential connect-only transfers, each on its own connection', async () => {
    const target = await echoTarget();
    for (let i = 0; i < 200; i++) {
      const easy = new Easy();
      set(easy, 'URL', `http://127.0.0.1:${target.port}/`);
      set(easy, 'CONNECT_ONLY', 1);
      expect(await easy.perform()).toBe(CURLE.OK);
      easy.cleanup();
    }
    expect(target.received.length).toBe(200);
  });
});
