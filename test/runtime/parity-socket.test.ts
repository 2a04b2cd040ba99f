// Issue 10: where a side-by-side run against libcurl 8.22 showed the socket layer differ. Each
// test runs against real loopback peers and is named after what broke.
import net from 'node:net';
import { Duplex } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CURL_SOCKOPT_ALREADY_CONNECTED, CURL_SOCKOPT_OK, CURLE, Multi } from '../../runtime/index.js';
import { capture, closeAll, connectOnly, echo, info, listen, recvAll, set } from './helpers.js';

afterEach(closeAll);

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('a send the kernel refuses is never reported as sent (C8; lib/cf-socket.c cf_socket_send)', () => {
  it('after EOF and a reset, the next send is 55 "Send failure: Broken pipe" with 0 bytes', async () => {
    const peer = await listen((s) => s.destroy());
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    // the peer closed: recv reads EOF
    expect((await recvAll(easy, 1)).length).toBe(0);
    // the kernel still takes the first send; the peer answers it with a reset
    expect(easy.send(Buffer.from('first'))).toEqual({ code: CURLE.OK, n: 5 });
    await sleep(20);
    expect(easy.send(Buffer.from('second'))).toEqual({ code: CURLE.SEND_ERROR, n: 0 });
    expect(info(easy, 'OS_ERRNO').value).toBe(32);
    expect(easy.send(Buffer.from('third'))).toEqual({ code: CURLE.SEND_ERROR, n: 0 });
    expect(log.lines().filter((l) => l.startsWith('Send failure'))).toEqual([
      'Send failure: Broken pipe',
      'Send failure: Broken pipe',
    ]);
    // recv still says EOF, as libcurl's does
    expect(easy.recv(new Uint8Array(8))).toEqual({ code: CURLE.OK, n: 0 });
    easy.cleanup();
  });

  it('a large send the reset refuses is 55 too, never OK', async () => {
    const peer = await listen((s) => s.destroy());
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect((await recvAll(easy, 1)).length).toBe(0);
    expect(easy.send(Buffer.from('x')).code).toBe(CURLE.OK);
    await sleep(20);
    // 256 KiB goes through the engine's pooled copies
    expect(easy.send(new Uint8Array(256 * 1024))).toEqual({ code: CURLE.SEND_ERROR, n: 0 });
    easy.cleanup();
  });
});

describe('a socket handed in unconnected with ALREADY_CONNECTED (F3)', () => {
  it('send is 55 "Broken pipe", recv 56 "Transport endpoint is not connected", LOCAL_IP 0.0.0.0', async () => {
    const easy = connectOnly('http://127.0.0.1:1/');
    const own = new net.Socket();
    set(easy, 'OPENSOCKETFUNCTION', () => own);
    set(easy, 'SOCKOPTFUNCTION', () => CURL_SOCKOPT_ALREADY_CONNECTED);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines()).toContain('Established connection to 127.0.0.1 (127.0.0.1 port 1) from 0.0.0.0 port 0 ');
    expect(info(easy, 'LOCAL_IP').value).toBe('0.0.0.0');
    expect(info(easy, 'LOCAL_PORT').value).toBe(0);
    expect(info(easy, 'ACTIVESOCKET').value).toBe(own);
    for (let i = 0; i < 2; i++) {
      expect(easy.send(Buffer.from('abc'))).toEqual({ code: CURLE.SEND_ERROR, n: 0 });
      expect(info(easy, 'OS_ERRNO').value).toBe(32);
      expect(easy.recv(new Uint8Array(8))).toEqual({ code: CURLE.RECV_ERROR, n: 0 });
      expect(info(easy, 'OS_ERRNO').value).toBe(107);
    }
    expect(log.lines().filter((l) => /^(Send|Recv) failure/.test(l))).toEqual([
      'Send failure: Broken pipe',
      'Recv failure: Transport endpoint is not connected',
      'Send failure: Broken pipe',
      'Recv failure: Transport endpoint is not connected',
    ]);
    // nothing is waited for: the next call fails at once
    expect(await easy.wait('recv', 1000)).toBe(true);
    expect(await easy.wait('send', 1000)).toBe(true);
    easy.cleanup();
    expect(own.destroyed).toBe(true);
  });

  it('an unconnected IPv6 socket reports LOCAL_IP ::', async () => {
    const easy = connectOnly('http://[::1]:1/');
    set(easy, 'OPENSOCKETFUNCTION', () => new net.Socket());
    set(easy, 'SOCKOPTFUNCTION', () => CURL_SOCKOPT_ALREADY_CONNECTED);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'LOCAL_IP').value).toBe('::');
    expect(easy.recv(new Uint8Array(8)).code).toBe(CURLE.RECV_ERROR);
    easy.cleanup();
  });
});

describe('sockopt OK for a socket the open-socket callback already connected (lib/cf-socket.c cf_tcp_connect)', () => {
  it('the connect fails with EISCONN: 7, OS_ERRNO 106, "Immediate connect fail"', async () => {
    const peer = await listen(echo);
    const own = net.connect(peer.port, '127.0.0.1');
    await new Promise((r) => own.once('connect', r));
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    set(easy, 'OPENSOCKETFUNCTION', () => own);
    set(easy, 'SOCKOPTFUNCTION', () => CURL_SOCKOPT_OK);
    const closed: unknown[] = [];
    set(easy, 'CLOSESOCKETFUNCTION', (_c: unknown, item: unknown) => {
      closed.push(item);
      return 0;
    });
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    expect(info(easy, 'OS_ERRNO').value).toBe(106);
    expect(closed).toEqual([own]);
    expect(log.lines()).toEqual([
      `  Trying 127.0.0.1:${peer.port}...`,
      'Immediate connect fail for 127.0.0.1: Transport endpoint is already connected',
      `connect to 127.0.0.1 port ${peer.port} from 127.0.0.1 port ${own.localPort} failed: Transport endpoint is already connected`,
      errors.text,
      'closing connection #0',
    ]);
    expect(errors.text).toMatch(
      new RegExp(`^Failed to connect to 127\\.0\\.0\\.1:${peer.port} after \\d+ ms: Could not connect to server$`),
    );
    own.destroy();
  });

  it('without a sockopt callback the connected socket fails the same way', async () => {
    const peer = await listen();
    const own = net.connect(peer.port, '127.0.0.1');
    await new Promise((r) => own.once('connect', r));
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    set(easy, 'OPENSOCKETFUNCTION', () => own);
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    expect(info(easy, 'OS_ERRNO').value).toBe(106);
    // no close callback: the engine closed it, as libcurl close()s the descriptor
    expect(own.destroyed).toBe(true);
  });
});

describe('a Duplex whose write throws (decision 9)', () => {
  it('send gives 55 with the thrown text, not 2', async () => {
    class Throws extends Duplex {
      override _read(): void {}
      override _write(): void {
        throw new Error('write boom');
      }
    }
    const easy = connectOnly('telnet://192.0.2.1:23');
    set(easy, 'OPENSOCKETFUNCTION', () => new Throws());
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    expect(await easy.perform()).toBe(CURLE.OK);
    let r: { code: number; n: number } | string;
    try {
      r = easy.send(Buffer.from('hi'));
    } catch (err) {
      r = `threw ${String(err)}`;
    }
    expect(r).toEqual({ code: CURLE.SEND_ERROR, n: 0 });
    expect(errors.text).toBe('Send failure: write boom');
    expect(easy.send(Buffer.from('again')).code).toBe(CURLE.SEND_ERROR);
    easy.cleanup();
  });
});

describe('waits longer than setTimeout can count (2^31-1 ms)', () => {
  it('easy.wait(recv, 2**31) is still pending after 50 ms and resolves when data arrives', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    expect(await easy.perform()).toBe(CURLE.OK);
    let settled: boolean | null = null;
    const waiting = easy.wait('recv', 2 ** 31).then((v) => {
      settled = v;
    });
    await sleep(50);
    expect(settled).toBe(null);
    (await peer.accepted()).write('x');
    await waiting;
    expect(settled).toBe(true);
    easy.cleanup();
  });

  it('easy.wait(recv, 2**31 + 5) times out after the whole of it, not before', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    expect(await easy.perform()).toBe(CURLE.OK);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let settled: boolean | null = null;
      void easy.wait('recv', 2 ** 31 + 5).then((v) => {
        settled = v;
      });
      await vi.advanceTimersByTimeAsync(2 ** 31 - 1);
      expect(settled).toBe(null);
      await vi.advanceTimersByTimeAsync(6);
      expect(settled).toBe(false);
    } finally {
      vi.useRealTimers();
    }
    easy.cleanup();
  });

  it('multi.poll(2**31) is still pending after 50 ms and resolves when a transfer finishes', async () => {
    const peer = await listen();
    const multi = new Multi();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    set(easy, 'OPENSOCKETFUNCTION', () => new HoldConnect());
    multi.addHandle(easy);
    expect(multi.perform()).toBe(1);
    let settled: number | null = null;
    const polling = multi.poll(2 ** 31).then((v) => {
      settled = v;
    });
    await sleep(50);
    expect(settled).toBe(null);
    HoldConnect.release();
    await polling;
    // one transfer changed state (C's numfds counts the sockets that saw events)
    expect(settled).toBe(1);
    multi.cleanup();
    easy.cleanup();
  });

  it('multi.poll(2**31 + 5) times out after the whole of it, not before', async () => {
    const peer = await listen();
    const multi = new Multi();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    set(easy, 'OPENSOCKETFUNCTION', () => new HoldConnect());
    multi.addHandle(easy);
    expect(multi.perform()).toBe(1);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let settled: number | null = null;
      void multi.poll(2 ** 31 + 5).then((v) => {
        settled = v;
      });
      await vi.advanceTimersByTimeAsync(2 ** 31 - 1);
      expect(settled).toBe(null);
      await vi.advanceTimersByTimeAsync(6);
      // a quiet timeout: nothing saw activity
      expect(settled).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    HoldConnect.release();
    multi.cleanup();
    easy.cleanup();
  });

  it('multi.poll with no transfers waits its whole timeout, as curl_multi_poll does; wakeup() ends it with 0', async () => {
    const multi = new Multi();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let settled: number | null = null;
      void multi.poll(1000).then((v) => {
        settled = v;
      });
      await vi.advanceTimersByTimeAsync(999);
      expect(settled).toBe(null);
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    // the wakeup is not counted ("do not count the wakeup socket", lib/multi.c multi_wait)
    const woken = multi.poll(60_000);
    expect(multi.wakeup()).toBe(0);
    expect(await woken).toBe(0);
    multi.cleanup();
  });
});

/** A stream that says it is connecting until release() (a transfer that stays running). */
class HoldConnect extends Duplex {
  static #held: HoldConnect[] = [];
  connecting = true;
  constructor() {
    super();
    HoldConnect.#held.push(this);
  }
  static release(): void {
    for (const s of HoldConnect.#held.splice(0)) {
      s.connecting = false;
      s.emit('connect');
    }
  }
  override _read(): void {}
  override _write(_c: unknown, _e: BufferEncoding, cb: () => void): void {
    cb();
  }
}
