// Fault matrix through the public API: peers that reset, close, stall or answer nonsense at each
// stage of a transfer (connect, proxy CONNECT, TLS, send, recv), certificates that must not
// verify, application callbacks that throw, return the wrong type or call back into the handle,
// and a handle used after cleanup. Each case asserts the CURLcode libcurl 8.22 gives (semantics
// reference sections B, C, E, F, J and decisions 7 and 9). After every case: no unhandled
// rejection or uncaught exception, and the process's sockets, servers and timers back to where
// they were before it (test/faults/open-handles.ts).
import * as net from 'node:net';
import { Duplex } from 'node:stream';
import * as tls from 'node:tls';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CURL_SOCKET_BAD, CURLE, Easy } from '../../runtime/index.js';
import { startFakeProxy, type FakeProxy } from '../peers/fake-proxy.js';
import { filePki, listenLoopback, type Pki } from '../peers/tls-fixtures.js';
import { capture, cleanupAfterEach, connectOnly, info, listen, set, until } from '../runtime/helpers.js';
import { leftOpenEachTest } from './open-handles.js';

// --- process-level faults: nothing may escape as an unhandled rejection or uncaught exception
const escaped: unknown[] = [];
const onRejection = (reason: unknown): void => void escaped.push(reason);
const onException = (err: unknown): void => void escaped.push(err);
beforeAll(() => {
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
});
afterAll(() => {
  process.off('unhandledRejection', onRejection);
  process.off('uncaughtException', onException);
});

const { haveOpenssl, pki } = filePki('the certificate faults');

beforeEach(() => {
  escaped.length = 0;
});
const leftOpen = leftOpenEachTest();
const { handles, closers } = cleanupAfterEach(async () => {
  expect(await leftOpen()).toEqual({});
  // one more turn so a late rejection has been reported
  await new Promise((r) => setImmediate(r));
  expect(escaped).toEqual([]);
});

function track(easy: Easy): Easy {
  handles.push(easy);
  return easy;
}

function errorBuffer(easy: Easy): { text: string } {
  const errors = { text: '' };
  set(easy, 'ERRORBUFFER', errors);
  return errors;
}

async function fakeProxy(answer: Parameters<typeof startFakeProxy>[0]): Promise<FakeProxy> {
  const p = await startFakeProxy(answer);
  closers.push(() => p.close());
  return p;
}

/** A Duplex that is "connecting" and then fails the way a reset connect does. */
class ResetWhileConnecting extends Duplex {
  connecting = true;
  constructor() {
    super();
    setImmediate(() => {
      const err = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', errno: -104, syscall: 'read' });
      this.destroy(err);
    });
  }
  override _read(): void {}
  override _write(_c: unknown, _e: BufferEncoding, cb: () => void): void {
    cb();
  }
}

/** A plain-TCP server that reads the client's first bytes (the ClientHello) and resets. */
async function resetOnFirstBytes(): Promise<number> {
  const peer = await listen((s) => s.once('data', () => s.resetAndDestroy()));
  return peer.port;
}

describe('peer resets', () => {
  it('during connect: 7 (the only attempt failed, E6)', async () => {
    const easy = track(connectOnly('http://127.0.0.1:9/'));
    const errors = errorBuffer(easy);
    set(easy, 'OPENSOCKETFUNCTION', () => new ResetWhileConnecting());
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    expect(errors.text).toMatch(/^Failed to connect to 127\.0\.0\.1:9 after \d+ ms: Could not connect to server$/);
    expect(info(easy, 'ACTIVESOCKET').value).toBe(CURL_SOCKET_BAD);
  });

  it('during the proxy CONNECT: 56 (J8)', async () => {
    const proxy = await fakeProxy((_req, s) => s.resetAndDestroy());
    const easy = track(connectOnly('http://target.invalid:80/'));
    set(easy, 'PROXY', `http://127.0.0.1:${proxy.port}`);
    set(easy, 'HTTPPROXYTUNNEL', 1);
    const errors = errorBuffer(easy);
    expect(await easy.perform()).toBe(CURLE.RECV_ERROR);
    expect(errors.text).toBe('Recv failure: Connection reset by peer');
    expect(proxy.requests).toHaveLength(1);
  });

  it('during the TLS handshake: 35', async () => {
    const port = await resetOnFirstBytes();
    const easy = track(connectOnly(`https://127.0.0.1:${port}/`));
    set(easy, 'SSL_VERIFYPEER', 0);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.SSL_CONNECT_ERROR);
    // lib/vtls/openssl.c ossl_connect_step2: SSL_ERROR_SYSCALL with the socket's errno (the
    // trailing space is libcurl's)
    expect(log.lines()).toContain(`OpenSSL SSL_connect: Connection reset by peer in connection to 127.0.0.1:${port} `);
  });

  it('before a send: 55 (C7, C8)', async () => {
    const peer = await listen();
    const easy = track(connectOnly(`http://127.0.0.1:${peer.port}/`));
    expect(await easy.perform()).toBe(CURLE.OK);
    (await peer.accepted()).resetAndDestroy();
    // wait until the reset has arrived (recv would no longer say AGAIN)
    await easy.wait('recv');
    const errors = errorBuffer(easy);
    const r = easy.send(Buffer.from('hello'));
    expect(r).toEqual({ code: CURLE.SEND_ERROR, n: 0 });
    expect(errors.text).toMatch(/^Send failure: /);
  });

  it('in the middle of a GET response head: 56 "Recv failure: Connection reset by peer"', async () => {
    // the partial head goes out at accept and the reset when the request arrives (a
    // resetAndDestroy from inside a write callback closes with FIN instead, in Node 20)
    const peer = await listen((s) => {
      s.write('HTTP/1.1 200 OK\r\nContent-Le');
      s.once('data', () => s.resetAndDestroy());
    });
    const easy = track(new Easy());
    set(easy, 'URL', `http://127.0.0.1:${peer.port}/`);
    set(easy, 'WRITEFUNCTION', (_p: Uint8Array, _s: number, n: number) => n);
    const errors = errorBuffer(easy);
    expect(await easy.perform()).toBe(CURLE.RECV_ERROR);
    expect(errors.text).toBe('Recv failure: Connection reset by peer');
  });

  it('during recv: 56 "Recv failure: Connection reset by peer" (C9)', async () => {
    const peer = await listen();
    const easy = track(connectOnly(`http://127.0.0.1:${peer.port}/`));
    expect(await easy.perform()).toBe(CURLE.OK);
    (await peer.accepted()).resetAndDestroy();
    await easy.wait('recv');
    const errors = errorBuffer(easy);
    expect(easy.recv(new Uint8Array(100))).toEqual({ code: CURLE.RECV_ERROR, n: 0 });
    expect(errors.text).toBe('Recv failure: Connection reset by peer');
  });
});

describe('proxy faults', () => {
  function tunnelTo(proxy: FakeProxy): Easy {
    const easy = track(connectOnly('http://target.invalid:80/'));
    set(easy, 'PROXY', `http://127.0.0.1:${proxy.port}`);
    set(easy, 'HTTPPROXYTUNNEL', 1);
    return easy;
  }

  it('closes before answering: 56 "Proxy CONNECT aborted" (J8)', async () => {
    const proxy = await fakeProxy((_req, s) => s.end());
    const easy = tunnelTo(proxy);
    const errors = errorBuffer(easy);
    expect(await easy.perform()).toBe(CURLE.RECV_ERROR);
    expect(errors.text).toBe('Proxy CONNECT aborted');
  });

  it('answers a non-HTTP head: 7 "CONNECT tunnel failed, response 0"', async () => {
    const proxy = await fakeProxy((_req, s) => s.write('garbage here\r\n\r\n'));
    const easy = tunnelTo(proxy);
    const errors = errorBuffer(easy);
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    expect(errors.text).toBe('CONNECT tunnel failed, response 0');
  });

  it('answers 407 forever to Basic credentials: 7 (J7)', async () => {
    const proxy = await fakeProxy((_req, s) =>
      s.write('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="x"\r\nContent-Length: 0\r\n\r\n'),
    );
    const easy = tunnelTo(proxy);
    set(easy, 'PROXYUSERPWD', 'user:wrong');
    const errors = errorBuffer(easy);
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    expect(errors.text).toBe('CONNECT tunnel failed, response 407');
    expect(info(easy, 'HTTP_CONNECTCODE').value).toBe(407);
    expect(proxy.requests).toHaveLength(1);
  });
  it('closes in the middle of the status line: 56 "Proxy CONNECT aborted" (J8)', async () => {
    const proxy = await fakeProxy((_req, s) => s.end('HTTP/1.1 20'));
    const easy = tunnelTo(proxy);
    const errors = errorBuffer(easy);
    expect(await easy.perform()).toBe(CURLE.RECV_ERROR);
    expect(errors.text).toBe('Proxy CONNECT aborted');
  });

  it('answers 407 forever with CURLAUTH_ANY credentials: a second CONNECT, then 7 (J6, J7)', async () => {
    const proxy = await fakeProxy((_req, s) =>
      s.write('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="x"\r\nContent-Length: 0\r\n\r\n'),
    );
    const easy = tunnelTo(proxy);
    set(easy, 'PROXYUSERPWD', 'user:wrong');
    set(easy, 'PROXYAUTH', -17); // CURLAUTH_ANY as a C long (~CURLAUTH_DIGEST_IE)
    const errors = errorBuffer(easy);
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    expect(errors.text).toBe('CONNECT tunnel failed, response 407');
    expect(proxy.requests.map((r) => /Proxy-Authorization: Basic /.test(r.head))).toEqual([false, true]);
  });

  it('reads the CONNECT and never answers: 28 at CONNECTTIMEOUT_MS (the tunnel is part of connect)', async () => {
    const proxy = await fakeProxy(() => {});
    const easy = tunnelTo(proxy);
    set(easy, 'CONNECTTIMEOUT_MS', 100);
    expect(await easy.perform()).toBe(CURLE.OPERATION_TIMEDOUT);
    expect(proxy.requests).toHaveLength(1);
  });
});

describe.skipIf(!haveOpenssl)('certificates that must not verify (60 unless verification is off)', () => {
  async function tlsPeer(pem: { cert: string; key: string }): Promise<number> {
    const server = tls.createServer({ cert: pem.cert, key: pem.key }, (s) => s.on('error', () => {}));
    server.on('tlsClientError', () => {});
    const peer = await listenLoopback(server);
    closers.push(peer.close);
    return peer.port;
  }

  // texts: lib/vtls/openssl.c (ossl_verifyhost, and Curl_ossl_check_peer_cert's "SSL certificate
  // OpenSSL verify result: " + OpenSSL's X509_verify_cert_error_string and number)
  const cases: { name: string; pem: (p: Pki) => { cert: string; key: string }; text: string; off: Record<string, number> }[] = [
    {
      name: 'a certificate for another name',
      pem: (p) => p.otherName,
      text: "SSL: no alternative certificate subject name matches target ipv4 address '127.0.0.1'",
      off: { SSL_VERIFYHOST: 0 },
    },
    { name: 'an expired certificate', pem: (p) => p.expired, text: 'SSL certificate OpenSSL verify result: certificate has expired (10)', off: { SSL_VERIFYPEER: 0 } },
    { name: 'a self-signed certificate', pem: (p) => p.selfSigned, text: 'SSL certificate OpenSSL verify result: self-signed certificate (18)', off: { SSL_VERIFYPEER: 0 } },
  ];
  for (const c of cases) {
    it(`${c.name}: 60`, async () => {
      const port = await tlsPeer(c.pem(pki));
      const easy = track(connectOnly(`https://127.0.0.1:${port}/`));
      set(easy, 'CAINFO', pki.ca.certFile);
      const errors = errorBuffer(easy);
      expect(await easy.perform()).toBe(CURLE.PEER_FAILED_VERIFICATION);
      expect(errors.text).toBe(c.text);
      expect(info(easy, 'ACTIVESOCKET').value).toBe(CURL_SOCKET_BAD);
    });
    it(`${c.name}: 0 with ${Object.keys(c.off).join(', ')} off`, async () => {
      const port = await tlsPeer(c.pem(pki));
      const easy = track(connectOnly(`https://127.0.0.1:${port}/`));
      set(easy, 'CAINFO', pki.ca.certFile);
      for (const [k, v] of Object.entries(c.off)) set(easy, k, v);
      expect(await easy.perform()).toBe(CURLE.OK);
    });
  }
});

describe('a peer that accepts and says nothing', () => {
  it('https:// that never answers the ClientHello: 28 at CONNECTTIMEOUT_MS', async () => {
    const peer = await listen();
    const easy = track(connectOnly(`https://127.0.0.1:${peer.port}/`));
    set(easy, 'CONNECTTIMEOUT_MS', 100);
    expect(await easy.perform()).toBe(CURLE.OPERATION_TIMEDOUT);
  });

  it('ordinary GET with TIMEOUT_MS: 28', async () => {
    const peer = await listen();
    const easy = track(new Easy());
    set(easy, 'URL', `http://127.0.0.1:${peer.port}/`);
    set(easy, 'TIMEOUT_MS', 200);
    set(easy, 'WRITEFUNCTION', (_p: Uint8Array, _s: number, n: number) => n);
    const errors = errorBuffer(easy);
    expect(await easy.perform()).toBe(CURLE.OPERATION_TIMEDOUT);
    expect(errors.text).toMatch(/^Operation timed out after \d+ milliseconds with 0 bytes received$/);
  });

  it('CONNECT_ONLY=2 on http://: TIMEOUT_MS does not end the head exchange (point 28); cleanup does', async () => {
    const peer = await listen();
    const easy = new Easy();
    set(easy, 'URL', `http://127.0.0.1:${peer.port}/`);
    set(easy, 'CONNECT_ONLY', 2);
    set(easy, 'TIMEOUT_MS', 50);
    let result: number | null = null;
    const done = easy.perform().then((code) => (result = code));
    await peer.accepted();
    // the request arrives, the peer never answers: well past TIMEOUT_MS the perform still runs
    await until(() => peer.received[0]!.includes('\r\n\r\n'));
    await new Promise((r) => setTimeout(r, 300));
    expect(result).toBe(null);
    easy.cleanup();
    expect(await done).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
  });

  it('connect-only mode 1: TIMEOUT_MS does not apply after connect (B6)', async () => {
    const peer = await listen();
    const easy = track(connectOnly(`http://127.0.0.1:${peer.port}/`));
    set(easy, 'TIMEOUT_MS', 50);
    expect(await easy.perform()).toBe(CURLE.OK);
    // a wait longer than the timeout: the connection is still usable afterwards
    expect(await easy.wait('recv', 150)).toBe(false);
    expect(easy.recv(new Uint8Array(10))).toEqual({ code: CURLE.AGAIN, n: 0 });
  });
});

describe('application callbacks that throw (decision 9)', () => {
  it('open-socket throws: 7, the message in the verbose log (E5, E6, N1)', async () => {
    const easy = track(connectOnly('http://127.0.0.1:9/'));
    const errors = errorBuffer(easy);
    const log = capture(easy);
    set(easy, 'OPENSOCKETFUNCTION', () => {
      throw new Error('open-socket boom');
    });
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    expect(log.lines()).toContain('failed to open socket: open-socket boom');
    // N1: the buffer is reset per attempt, so it holds the final text
    expect(errors.text).toMatch(/^Failed to connect to 127\.0\.0\.1:9 after \d+ ms: Could not connect to server$/);
  });

  it('sockopt throws: 42 (decision 7)', async () => {
    const peer = await listen();
    const easy = track(connectOnly(`http://127.0.0.1:${peer.port}/`));
    set(easy, 'SOCKOPTFUNCTION', () => {
      throw new Error('sockopt boom');
    });
    expect(await easy.perform()).toBe(CURLE.ABORTED_BY_CALLBACK);
  });

  it('close-socket throws (after closing): ignored, the perform and cleanup succeed', async () => {
    const peer = await listen();
    const easy = track(connectOnly(`http://127.0.0.1:${peer.port}/`));
    let calls = 0;
    set(easy, 'CLOSESOCKETFUNCTION', (_c: unknown, s: net.Socket) => {
      calls++;
      s.destroy();
      throw new Error('close-socket boom');
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    easy.cleanup();
    expect(calls).toBe(1);
  });

  it('write throws: 23', async () => {
    const peer = await listen((s) => s.once('data', () => s.end('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello')));
    const easy = track(new Easy());
    set(easy, 'URL', `http://127.0.0.1:${peer.port}/`);
    set(easy, 'WRITEFUNCTION', () => {
      throw new Error('write boom');
    });
    const errors = errorBuffer(easy);
    expect(await easy.perform()).toBe(CURLE.WRITE_ERROR);
    expect(errors.text).toContain('write boom');
  });

  it('header throws: 23', async () => {
    const peer = await listen((s) => s.once('data', () => s.end('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello')));
    const easy = track(new Easy());
    set(easy, 'URL', `http://127.0.0.1:${peer.port}/`);
    set(easy, 'WRITEFUNCTION', (_p: Uint8Array, _s: number, n: number) => n);
    set(easy, 'HEADERFUNCTION', () => {
      throw new Error('header boom');
    });
    const errors = errorBuffer(easy);
    expect(await easy.perform()).toBe(CURLE.WRITE_ERROR);
    expect(errors.text).toContain('header boom');
  });

  it('write throws a non-Error value: 23 all the same', async () => {
    const peer = await listen((s) => s.once('data', () => s.end('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello')));
    const easy = track(new Easy());
    set(easy, 'URL', `http://127.0.0.1:${peer.port}/`);
    set(easy, 'WRITEFUNCTION', () => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      throw undefined;
    });
    expect(await easy.perform()).toBe(CURLE.WRITE_ERROR);
  });

  it('debug throws: ignored, the perform succeeds', async () => {
    const peer = await listen();
    const easy = track(connectOnly(`http://127.0.0.1:${peer.port}/`));
    let calls = 0;
    set(easy, 'VERBOSE', 1);
    set(easy, 'DEBUGFUNCTION', () => {
      calls++;
      throw new Error('debug boom');
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(calls).toBeGreaterThan(1);
  });
});

describe('application callbacks that return the wrong type', () => {
  it('open-socket returns a string: 7', async () => {
    const easy = track(connectOnly('http://127.0.0.1:9/'));
    set(easy, 'OPENSOCKETFUNCTION', () => 'a socket');
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
  });

  it('sockopt returns a string: 42 (not OK, not ALREADY_CONNECTED)', async () => {
    const peer = await listen();
    const easy = track(connectOnly(`http://127.0.0.1:${peer.port}/`));
    set(easy, 'SOCKOPTFUNCTION', () => '0');
    expect(await easy.perform()).toBe(CURLE.ABORTED_BY_CALLBACK);
  });

  it('close-socket returns a string: ignored (G1)', async () => {
    const peer = await listen();
    const easy = track(connectOnly(`http://127.0.0.1:${peer.port}/`));
    set(easy, 'CLOSESOCKETFUNCTION', (_c: unknown, s: net.Socket) => {
      s.destroy();
      return 'closed';
    });
    expect(await easy.perform()).toBe(CURLE.OK);
  });

  it('write returns a string: 23 "Failure writing output to destination"', async () => {
    const peer = await listen((s) => s.once('data', () => s.end('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello')));
    const easy = track(new Easy());
    set(easy, 'URL', `http://127.0.0.1:${peer.port}/`);
    set(easy, 'WRITEFUNCTION', () => '5');
    const errors = errorBuffer(easy);
    expect(await easy.perform()).toBe(CURLE.WRITE_ERROR);
    expect(errors.text).toBe('Failure writing output to destination, passed 5 returned 5');
  });

  it('header returns a string: 23', async () => {
    const peer = await listen((s) => s.once('data', () => s.end('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello')));
    const easy = track(new Easy());
    set(easy, 'URL', `http://127.0.0.1:${peer.port}/`);
    set(easy, 'WRITEFUNCTION', (_p: Uint8Array, _s: number, n: number) => n);
    set(easy, 'HEADERFUNCTION', (_b: Uint8Array, _s: number, n: number) => String(n));
    expect(await easy.perform()).toBe(CURLE.WRITE_ERROR);
  });

  it('debug returns a string: ignored (K1)', async () => {
    const peer = await listen();
    const easy = track(connectOnly(`http://127.0.0.1:${peer.port}/`));
    set(easy, 'VERBOSE', 1);
    set(easy, 'DEBUGFUNCTION', () => 'nope');
    expect(await easy.perform()).toBe(CURLE.OK);
  });
});

describe('callbacks that call back into the handle (C2)', () => {
  it('send, recv and perform from the debug callback: 93 each; the transfer goes on', async () => {
    const peer = await listen();
    const easy = track(connectOnly(`http://127.0.0.1:${peer.port}/`));
    const inner: unknown[] = [];
    set(easy, 'VERBOSE', 1);
    set(easy, 'DEBUGFUNCTION', () => {
      if (inner.length === 0) {
        inner.push(easy.send(Buffer.from('x')), easy.recv(new Uint8Array(4)));
        void easy.perform().then((code) => inner.push(code));
      }
      return 0;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(inner).toEqual([
      { code: CURLE.RECURSIVE_API_CALL, n: 0 },
      { code: CURLE.RECURSIVE_API_CALL, n: 0 },
      CURLE.RECURSIVE_API_CALL,
    ]);
  });

  it('send and recv from the write callback: 93; getinfo is allowed (D5)', async () => {
    const peer = await listen((s) => s.once('data', () => s.end('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello')));
    const easy = track(new Easy());
    set(easy, 'URL', `http://127.0.0.1:${peer.port}/`);
    const inner: unknown[] = [];
    set(easy, 'WRITEFUNCTION', (_p: Uint8Array, _s: number, n: number) => {
      inner.push(easy.send(Buffer.from('x')).code, easy.recv(new Uint8Array(4)).code, info(easy, 'RESPONSE_CODE'));
      return n;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(inner).toEqual([CURLE.RECURSIVE_API_CALL, CURLE.RECURSIVE_API_CALL, { code: CURLE.OK, value: 200 }]);
  });

  it('cleanup from the open-socket callback: the perform ends, nothing is left open', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    set(easy, 'OPENSOCKETFUNCTION', () => {
      easy.cleanup();
      return new net.Socket();
    });
    expect(await easy.perform()).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
  });
});

describe('a handle used after cleanup: 43 (C1, D3)', () => {
  it('perform, send, recv, getinfo and setopt', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    expect(await easy.perform()).toBe(CURLE.OK);
    easy.cleanup();
    expect(await easy.perform()).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(easy.send(Buffer.from('x'))).toEqual({ code: CURLE.BAD_FUNCTION_ARGUMENT, n: 0 });
    expect(easy.recv(new Uint8Array(4))).toEqual({ code: CURLE.BAD_FUNCTION_ARGUMENT, n: 0 });
    expect(info(easy, 'ACTIVESOCKET').code).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(set(easy, 'URL', 'http://127.0.0.1:1/')).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(await easy.wait('recv')).toBe(true);
    expect(easy.wsSend(Buffer.from('x'), 1).code).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(easy.wsRecv(new Uint8Array(4)).code).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(easy.duphandle()).toBe(null);
    easy.reset(); // harmless, the handle stays retired
    expect(await easy.perform()).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    easy.cleanup(); // a second cleanup is harmless
  });
});
