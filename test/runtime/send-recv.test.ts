// Section C: curl_easy_send / curl_easy_recv, and easy.wait.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CURLE, Easy } from '../../runtime/index.js';
import {
  capture,
  closeAll,
  connectOnly,
  echo,
  greeting,
  info,
  listen,
  recvAll,
  sendAll,
  set,
  silent,
  until,
} from './helpers.js';

afterEach(closeAll);

async function connected(onConnection: (s: net.Socket) => void = () => {}): Promise<{ easy: Easy; server: net.Socket }> {
  const peer = await listen(onConnection);
  const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
  expect(await easy.perform()).toBe(CURLE.OK);
  return { easy, server: await peer.accepted() };
}

describe('guards', () => {
  it('returns 43 after cleanup and leaves n at 0 (C1)', async () => {
    const { easy } = await connected();
    easy.cleanup();
    expect(easy.send(Buffer.from('x'))).toEqual({ code: CURLE.BAD_FUNCTION_ARGUMENT, n: 0 });
    expect(easy.recv(new Uint8Array(8))).toEqual({ code: CURLE.BAD_FUNCTION_ARGUMENT, n: 0 });
    expect(await easy.perform()).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(info(easy, 'ACTIVESOCKET').code).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(set(easy, 'VERBOSE', 1)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(await easy.wait('recv')).toBe(true);
  });

  it('returns 93 from inside a callback, before the CONNECT_ONLY checks (C2)', async () => {
    const { easy } = await connected();
    const seen: number[] = [];
    // any callback of the handle: here the debug callback of a failing setopt
    set(easy, 'VERBOSE', 1);
    set(easy, 'DEBUGFUNCTION', () => {
      seen.push(easy.send(Buffer.from('x')).code, easy.recv(new Uint8Array(4)).code);
      // getinfo is allowed from callbacks (D5)
      seen.push(info(easy, 'CONN_ID').code);
      return 0;
    });
    set(easy, 'CONNECT_ONLY', 7);
    expect(seen).toEqual([CURLE.RECURSIVE_API_CALL, CURLE.RECURSIVE_API_CALL, CURLE.OK]);
    set(easy, 'CONNECT_ONLY', 0);
    seen.length = 0;
    set(easy, 'CONNECT_ONLY', 9);
    expect(seen).toEqual([CURLE.RECURSIVE_API_CALL, CURLE.RECURSIVE_API_CALL, CURLE.OK]);
    easy.cleanup();
  });

  it('needs CONNECT_ONLY (C3)', async () => {
    const easy = new Easy();
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    expect(easy.send(Buffer.from('x'))).toEqual({ code: CURLE.UNSUPPORTED_PROTOCOL, n: 0 });
    expect(errors.text).toBe('CONNECT_ONLY is required');
    expect(easy.recv(new Uint8Array(4)).code).toBe(CURLE.UNSUPPORTED_PROTOCOL);
  });

  it('needs a connection (C4): #-1 before any', async () => {
    const easy = new Easy();
    set(easy, 'CONNECT_ONLY', 1);
    const log = capture(easy);
    expect(easy.recv(new Uint8Array(4))).toEqual({ code: CURLE.UNSUPPORTED_PROTOCOL, n: 0 });
    expect(easy.send(Buffer.from('x'))).toEqual({ code: CURLE.UNSUPPORTED_PROTOCOL, n: 0 });
    expect(log.lines()).toEqual([
      'Failed to get last socket used for connection #-1',
      'Failed to get last socket used for connection #-1',
    ]);
  });

  it('refuses values that are not byte arrays with 43', async () => {
    const { easy } = await connected();
    const send = easy.send as unknown as (d: unknown) => { code: number };
    const recv = easy.recv as unknown as (d: unknown) => { code: number };
    expect(send.call(easy, 'text').code).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(recv.call(easy, null).code).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    easy.cleanup();
  });
});

describe('send', () => {
  it('sends bytes and copies them, so the buffer can be reused (C7)', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    expect(await easy.perform()).toBe(CURLE.OK);
    const buf = Buffer.from('hello');
    expect(easy.send(buf)).toEqual({ code: CURLE.OK, n: 5 });
    buf.fill(0x21);
    expect(easy.send(new Uint8Array(0))).toEqual({ code: CURLE.OK, n: 0 });
    await (await peer.accepted()).once('data', () => {});
    const sock = await peer.accepted();
    await new Promise((r) => (peer.received[0]!.length >= 5 ? r(null) : sock.once('data', r)));
    expect(peer.received[0]!.toString()).toBe('hello');
    easy.cleanup();
  });

  it('returns AGAIN with 0 bytes when a non-reading peer lets the buffers fill (C7)', async () => {
    const { easy } = await connected(silent);
    const chunk = new Uint8Array(1024 * 1024);
    let again = 0;
    let short = false;
    let total = 0;
    for (let i = 0; i < 512 && again === 0; i++) {
      const r = easy.send(chunk);
      if (r.code === CURLE.AGAIN) {
        expect(r.n).toBe(0);
        again++;
      } else {
        expect(r.code).toBe(CURLE.OK);
        if (r.n < chunk.length) short = true;
        total += r.n;
      }
    }
    expect(again).toBe(1);
    expect(total).toBeGreaterThan(0);
    expect(short).toBe(false);
    // the socket stays not writable while the peer does not read
    expect(await easy.wait('send', 20)).toBe(false);
    easy.cleanup();
  });

  it('takes at most 1 MiB per call: a larger send is short (C7)', async () => {
    const { easy } = await connected();
    const r = easy.send(new Uint8Array(3 * 1024 * 1024));
    expect(r.code).toBe(CURLE.OK);
    expect(r.n).toBe(1024 * 1024);
    easy.cleanup();
  });

  it('wait("send") resolves once the peer reads again', async () => {
    let server: net.Socket | null = null;
    const { easy } = await connected((s) => {
      server = s;
      s.pause();
    });
    const chunk = new Uint8Array(1024 * 1024);
    while (easy.send(chunk).code === CURLE.OK);
    const waiting = easy.wait('send');
    server!.resume();
    expect(await waiting).toBe(true);
    expect(easy.send(chunk).code).toBe(CURLE.OK);
    easy.cleanup();
  });

  it('gives 55 "Send failure: ..." after the peer is gone (C8)', async () => {
    const { easy, server } = await connected();
    const log = capture(easy);
    server.resetAndDestroy();
    let r = { code: 0, n: 0 };
    const chunk = Buffer.alloc(65536);
    for (let i = 0; i < 1000 && r.code !== CURLE.SEND_ERROR; i++) {
      r = easy.send(chunk);
      if (r.code === CURLE.AGAIN || r.code === CURLE.OK) await easy.wait('send', 50);
    }
    expect(r).toEqual({ code: CURLE.SEND_ERROR, n: 0 });
    expect(log.lines()).toContainEqual(expect.stringMatching(/^Send failure: (Broken pipe|Connection reset by peer)$/));
    easy.cleanup();
  });

  it('is not reported to the debug callback (C13)', async () => {
    const { easy } = await connected(echo);
    const log = capture(easy);
    await sendAll(easy, Buffer.from('secret data'));
    expect((await recvAll(easy, 11)).toString()).toBe('secret data');
    expect(log.events).toEqual([]);
    easy.cleanup();
  });
});

describe('recv', () => {
  it('returns AGAIN with 0 bytes when nothing has arrived (C9)', async () => {
    const { easy } = await connected();
    expect(easy.recv(new Uint8Array(16))).toEqual({ code: CURLE.AGAIN, n: 0 });
    // C10: a zero-length read with nothing pending is AGAIN as well
    expect(easy.recv(new Uint8Array(0))).toEqual({ code: CURLE.AGAIN, n: 0 });
    expect(await easy.wait('recv', 10)).toBe(false);
    easy.cleanup();
  });

  it('returns what arrived, at most buflen at a time, in order (C9)', async () => {
    const { easy, server } = await connected();
    server.write('abcdefghij');
    expect(await easy.wait('recv')).toBe(true);
    const buf = new Uint8Array(4);
    const got: string[] = [];
    for (;;) {
      const r = easy.recv(buf);
      if (r.code === CURLE.AGAIN) {
        if (got.join('').length >= 10) break;
        await easy.wait('recv');
        continue;
      }
      expect(r.code).toBe(CURLE.OK);
      expect(r.n).toBeGreaterThan(0);
      expect(r.n).toBeLessThanOrEqual(4);
      got.push(Buffer.from(buf.subarray(0, r.n)).toString());
    }
    expect(got.join('')).toBe('abcdefghij');
    easy.cleanup();
  });

  it('returns OK with 0 bytes at EOF, on every call (C9, C11)', async () => {
    const { easy, server } = await connected();
    server.end('bye');
    expect((await recvAll(easy, 100)).toString()).toBe('bye');
    for (let i = 0; i < 3; i++) expect(easy.recv(new Uint8Array(8))).toEqual({ code: CURLE.OK, n: 0 });
    expect(await easy.wait('recv', 1000)).toBe(true);
    // C11: the socket is still there after EOF
    expect(info(easy, 'ACTIVESOCKET').value).toBeInstanceOf(net.Socket);
    // and the write side still works (half-open, as a kernel socket after a FIN)
    expect(easy.send(Buffer.from('x')).code).toBe(CURLE.OK);
    easy.cleanup();
  });

  it('gives 56 "Recv failure: Connection reset by peer" on a reset (C9)', async () => {
    const { easy, server } = await connected();
    const log = capture(easy);
    server.resetAndDestroy();
    expect(await easy.wait('recv')).toBe(true);
    expect(easy.recv(new Uint8Array(8))).toEqual({ code: CURLE.RECV_ERROR, n: 0 });
    expect(log.lines()).toEqual(['Recv failure: Connection reset by peer']);
    easy.cleanup();
  });

  it('returns bytes the server sent before the first recv (C12)', async () => {
    const { easy } = await connected(greeting('220 hello\r\n'));
    expect((await recvAll(easy, 11)).toString()).toBe('220 hello\r\n');
    easy.cleanup();
  });

  it('stops reading from the socket when the application does not read, and resumes', async () => {
    const { easy, server } = await connected();
    const sock = info(easy, 'ACTIVESOCKET').value as net.Socket;
    const chunk = Buffer.alloc(1024 * 1024, 7);
    for (let i = 0; i < 32; i++) server.write(chunk);
    // the engine stops reading once a few MiB are queued, so the kernel buffers push back
    // (libuv's read state, as net.Socket keeps it on its handle)
    const handle = (sock as unknown as { _handle: { reading: boolean } })._handle;
    await until(() => handle.reading === false);
    expect(server.writableLength).toBeGreaterThan(0);
    const got = await recvAll(easy, 32 * chunk.length);
    expect(got.length).toBe(32 * chunk.length);
    expect(got.every((b) => b === 7)).toBe(true);
    easy.cleanup();
  });

  it('echoes 8 MiB both ways intact', async () => {
    const { easy } = await connected(echo);
    const data = Buffer.alloc(8 * 1024 * 1024);
    for (let i = 0; i < data.length; i++) data[i] = (i * 7 + (i >> 13)) & 255;
    const [, back] = await Promise.all([sendAll(easy, data), recvAll(easy, data.length)]);
    expect(back.equals(data)).toBe(true);
    easy.cleanup();
  });
});

describe('wait', () => {
  it('resolves true at once without a connection: the next call fails instead', async () => {
    const easy = new Easy();
    expect(await easy.wait('recv', 1000)).toBe(true);
  });

  it('resolves pending waits when the connection is closed', async () => {
    const { easy } = await connected();
    const w = easy.wait('recv');
    easy.cleanup();
    expect(await w).toBe(true);
  });

  it('leaves no listeners behind after timeouts', async () => {
    const { easy } = await connected();
    const sock = info(easy, 'ACTIVESOCKET').value as net.Socket;
    // the first call sets up the engine's own listeners; later waits must add none
    expect(await easy.wait('recv', 0)).toBe(false);
    const count = (): number =>
      ['data', 'drain', 'end', 'error', 'close'].reduce((n, e) => n + sock.listenerCount(e), 0);
    const before = count();
    for (let i = 0; i < 20; i++) expect(await easy.wait('recv', 1)).toBe(false);
    expect(count()).toBe(before);
    easy.cleanup();
  });
});
