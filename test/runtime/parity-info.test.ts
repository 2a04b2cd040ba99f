// Issue 10, getinfo after failures: where a side-by-side run against libcurl 8.22 showed the
// figures differ. libcurl copies the connection's addresses into the transfer only once the whole
// chain is connected (lib/cf-socket.c cf_socket_update_data, lib/connect.c Curl_conn_connect) and
// reports a port of -1 while it has none (lib/getinfo.c, CUR_IP_QUAD_HAS_PORTS); OS_ERRNO is
// whatever errno the last failure left (lib/cf-socket.c cf_tcp_connect), even when a later
// address connected. Real loopback peers; each test is named after what broke.
import { afterEach, describe, expect, it } from 'vitest';
import { CURLE, Easy } from '../../runtime/index.js';
import { startFakeProxy, type FakeProxy } from '../peers/fake-proxy.js';
import { closeAll, connectOnly, deadPort, info, listen, set } from './helpers.js';

const proxies: FakeProxy[] = [];
afterEach(async () => {
  await Promise.all(proxies.splice(0).map((p) => p.close()));
  await closeAll();
});

const ECONNREFUSED = 111;

/** A proxy that answers every CONNECT with 407 (a Basic challenge, no body). */
async function refusingProxy(): Promise<FakeProxy> {
  const p = await startFakeProxy((_req, s) =>
    s.write('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="p"\r\nContent-Length: 0\r\n\r\n'),
  );
  proxies.push(p);
  return p;
}

describe('PRIMARY_PORT and LOCAL_PORT are -1 without a connection (lib/getinfo.c)', () => {
  it('on a new handle: -1, -1, and empty addresses', () => {
    const easy = new Easy();
    expect(info(easy, 'PRIMARY_PORT').value).toBe(-1);
    expect(info(easy, 'LOCAL_PORT').value).toBe(-1);
    expect(info(easy, 'PRIMARY_IP').value).toBe('');
    expect(info(easy, 'LOCAL_IP').value).toBe('');
    easy.cleanup();
  });

  it('after a refused connect: -1 and -1, not 0', async () => {
    const easy = connectOnly(`http://127.0.0.1:${await deadPort()}/`);
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    expect(info(easy, 'PRIMARY_PORT').value).toBe(-1);
    expect(info(easy, 'LOCAL_PORT').value).toBe(-1);
    expect(info(easy, 'PRIMARY_IP').value).toBe('');
    easy.cleanup();
  });

  it('a failed perform after a good one does not keep the good one\'s figures', async () => {
    const peer = await listen();
    const easy = new Easy();
    set(easy, 'URL', `http://127.0.0.1:${peer.port}/`);
    set(easy, 'CONNECT_ONLY', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'PRIMARY_PORT').value).toBe(peer.port);
    set(easy, 'URL', `http://127.0.0.1:${await deadPort()}/`);
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    expect(info(easy, 'PRIMARY_PORT').value).toBe(-1);
    expect(info(easy, 'PRIMARY_IP').value).toBe('');
    easy.cleanup();
  });
});

describe('a proxy tunnel refused with 407 leaves no primary address (cf_socket_update_data runs once the chain is up)', () => {
  for (const connectOnlyMode of [1, 0]) {
    it(`CONNECT_ONLY=${connectOnlyMode}: 7, PRIMARY_IP "", PRIMARY_PORT -1, LOCAL_PORT -1, HTTP_CONNECTCODE 407`, async () => {
      const proxy = await refusingProxy();
      const easy = new Easy();
      set(easy, 'URL', 'http://target.test:80/');
      set(easy, 'PROXY', `http://127.0.0.1:${proxy.port}`);
      set(easy, 'HTTPPROXYTUNNEL', 1);
      set(easy, 'CONNECT_ONLY', connectOnlyMode);
      set(easy, 'WRITEFUNCTION', (b: Uint8Array) => b.length);
      expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
      expect(info(easy, 'HTTP_CONNECTCODE').value).toBe(407);
      expect(info(easy, 'PRIMARY_IP').value).toBe('');
      expect(info(easy, 'PRIMARY_PORT').value).toBe(-1);
      expect(info(easy, 'LOCAL_IP').value).toBe('');
      expect(info(easy, 'LOCAL_PORT').value).toBe(-1);
      easy.cleanup();
    });
  }
});

describe('OS_ERRNO keeps the errno of a refused address (lib/cf-socket.c cf_tcp_connect)', () => {
  it('111 when the first address refused and the second connected', async () => {
    // 127.0.0.2 is loopback too, but nothing listens there on this port: refused at once
    const peer = await listen();
    const easy = connectOnly(`http://two.test:${peer.port}/`);
    set(easy, 'RESOLVE', [`two.test:${peer.port}:127.0.0.2,127.0.0.1`]);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'PRIMARY_IP').value).toBe('127.0.0.1');
    expect(info(easy, 'OS_ERRNO').value).toBe(ECONNREFUSED);
    easy.cleanup();
  });

  it('0 again at the next perform that connects at once (easy_perform resets it)', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://two.test:${peer.port}/`);
    set(easy, 'RESOLVE', [`two.test:${peer.port}:127.0.0.2,127.0.0.1`]);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'OS_ERRNO').value).toBe(ECONNREFUSED);
    set(easy, 'URL', `http://127.0.0.1:${peer.port}/`);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'OS_ERRNO').value).toBe(0);
    easy.cleanup();
  });
});
