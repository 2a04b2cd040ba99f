// Issue 4, CONNECT_ONLY=2 on ws:// (contract section M, decisions 2-4) through the public API:
// the upgrade, wsSend/wsRecv against the `ws` package's server and a raw server for invalid input.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CURLE,
  CURLWS_BINARY,
  CURLWS_CLOSE,
  CURLWS_NOAUTOPONG,
  CURLWS_PING,
  CURLWS_TEXT,
  Easy,
} from '../../runtime/index.js';
import { capture, info, set, until } from '../runtime/helpers.js';
import { closePeers, serverFrame, startRawWs, startWs, wsRecvFrame, wsRecvNext, wsSendAll } from './peers.js';

afterEach(closePeers);

function wsEasy(url: string): Easy {
  const easy = new Easy();
  set(easy, 'URL', url);
  set(easy, 'CONNECT_ONLY', 2);
  return easy;
}

describe('ws upgrade (M1-M3, decision 2)', () => {
  it('101 gives OK, RESPONSE_CODE 101 and the head to the header callback', async () => {
    const peer = await startWs();
    const easy = wsEasy(peer.url('/chat'));
    const lines: string[] = [];
    set(easy, 'HEADERFUNCTION', (b: Uint8Array) => {
      lines.push(Buffer.from(b).toString('latin1'));
      return b.length;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'RESPONSE_CODE').value).toBe(101);
    expect(lines[0]).toMatch(/^HTTP\/1\.1 101 /);
    expect(lines[lines.length - 1]).toBe('\r\n');
    easy.cleanup();
  });

  it('a 200 instead of 101 fails with 22 "Refused WebSocket upgrade: 200"', async () => {
    const peer = await startRawWs((s) => s.write('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'));
    const easy = wsEasy(peer.url());
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    expect(await easy.perform()).toBe(CURLE.HTTP_RETURNED_ERROR);
    expect(errors.text).toBe('Refused WebSocket upgrade: 200');
    expect(info(easy, 'RESPONSE_CODE').value).toBe(200);
    expect(easy.wsRecv(new Uint8Array(8)).code).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
  });

  it('a wrong Sec-WebSocket-Accept fails with 8', async () => {
    const peer = await startRawWs((s) =>
      s.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: d3Jvbmc=\r\n\r\n'),
    );
    const easy = wsEasy(peer.url());
    expect(await easy.perform()).toBe(CURLE.WEIRD_SERVER_REPLY);
  });

  it('the upgrade request is GET with Upgrade, version 13, a key and Connection: Upgrade', async () => {
    let head = '';
    const peer = await startRawWs((s, _key, ok) => s.write(ok()));
    const easy = wsEasy(peer.url('/p?q=1'));
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    head = log.events.find((e) => e.type === 2)!.text;
    expect(head).toMatch(/^GET \/p\?q=1 HTTP\/1\.1\r\n/);
    expect(head).toContain('Upgrade: websocket\r\n');
    expect(head).toContain('Sec-WebSocket-Version: 13\r\n');
    expect(head).toMatch(/Sec-WebSocket-Key: [A-Za-z0-9+/]{22}==\r\n/);
    expect(head).toContain('Connection: Upgrade\r\n');
    expect(log.lines()).toContain(`Connection #0 to host 127.0.0.1:${peer.port} left intact`);
    easy.cleanup();
  });

  it('frames that came in the same write as the 101 are not lost (C14)', async () => {
    const peer = await startRawWs((s, _key, ok) => s.write(ok(serverFrame(0x81, 'early'))));
    const easy = wsEasy(peer.url());
    expect(await easy.perform()).toBe(CURLE.OK);
    const f = await wsRecvFrame(easy);
    expect(f.code).toBe(CURLE.OK);
    expect(f.flags).toBe(CURLWS_TEXT);
    expect(f.data.toString()).toBe('early');
    easy.cleanup();
  });
});

describe('wsSend / wsRecv against the ws package', () => {
  it('echoes text and binary frames of 7-, 16- and 64-bit lengths', async () => {
    const peer = await startWs();
    const easy = wsEasy(peer.url());
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(await wsSendAll(easy, Buffer.from('hello'), CURLWS_TEXT)).toBe(CURLE.OK);
    let f = await wsRecvFrame(easy);
    expect([f.code, f.flags, f.data.toString()]).toEqual([CURLE.OK, CURLWS_TEXT, 'hello']);
    for (const size of [0, 125, 126, 65535, 65536, 300_000]) {
      const data = randomBytes(size);
      expect(await wsSendAll(easy, data, CURLWS_BINARY)).toBe(CURLE.OK);
      f = await wsRecvFrame(easy);
      expect(f.code).toBe(CURLE.OK);
      expect(f.flags).toBe(CURLWS_BINARY);
      expect(f.data.equals(data), `size ${size}`).toBe(true);
    }
    easy.cleanup();
  });

  it('every client frame is masked (the ws server refuses unmasked ones), one frame per wsRecv with offsets', async () => {
    const peer = await startWs((ws) => {
      ws.send(Buffer.alloc(1024, 7), { binary: true });
      ws.send('next');
    });
    const easy = wsEasy(peer.url());
    expect(await easy.perform()).toBe(CURLE.OK);
    const buf = new Uint8Array(300);
    const offsets: number[] = [];
    const left: number[] = [];
    let total = 0;
    while (total < 1024) {
      const r = await wsRecvNext(easy, buf);
      expect(r.code).toBe(CURLE.OK);
      expect(r.meta!.flags).toBe(CURLWS_BINARY);
      offsets.push(r.meta!.offset);
      left.push(r.meta!.bytesleft);
      total += r.n;
    }
    expect(total).toBe(1024);
    // never mixes two frames: the text frame comes by itself
    const f = await wsRecvFrame(easy);
    expect([f.flags, f.data.toString()]).toEqual([CURLWS_TEXT, 'next']);
    expect(offsets[0]).toBe(0);
    expect(left[left.length - 1]).toBe(0);
    for (let i = 1; i < offsets.length; i++) expect(offsets[i]).toBe(1024 - left[i - 1]!);
    easy.cleanup();
  });

  it('auto-PONG goes out as soon as the PING is decoded; the PING is not delivered (M14, decision 3)', async () => {
    let pong: (d: Buffer) => void = () => {};
    const gotPong = new Promise<Buffer>((r) => (pong = r));
    const peer = await startWs((ws) => {
      ws.on('pong', (d) => pong(d));
      ws.ping('abc');
      ws.send('after');
    });
    const easy = wsEasy(peer.url());
    expect(await easy.perform()).toBe(CURLE.OK);
    const f = await wsRecvFrame(easy);
    expect([f.flags, f.data.toString()]).toEqual([CURLWS_TEXT, 'after']);
    // no wsSend was made: the PONG went out on its own
    expect((await gotPong).toString()).toBe('abc');
    easy.cleanup();
  });

  it('CURLWS_NOAUTOPONG hands the PING to the application and sends nothing (M16)', async () => {
    const events: string[] = [];
    let message: () => void = () => {};
    const gotMessage = new Promise<void>((r) => (message = r));
    const peer = await startWs((ws) => {
      ws.on('pong', () => events.push('pong'));
      ws.on('message', (d) => {
        events.push(`message ${String(d)}`);
        message();
      });
      ws.ping('abc');
    });
    const easy = wsEasy(peer.url());
    set(easy, 'WS_OPTIONS', CURLWS_NOAUTOPONG);
    expect(await easy.perform()).toBe(CURLE.OK);
    const f = await wsRecvFrame(easy);
    expect([f.flags, f.data.toString()]).toEqual([CURLWS_PING, 'abc']);
    expect(await wsSendAll(easy, Buffer.from('x'), CURLWS_TEXT)).toBe(CURLE.OK);
    await gotMessage;
    // frames arrive in order: a PONG sent before the text would have been seen first
    expect(events).toEqual(['message x']);
    easy.cleanup();
  });

  it('a CLOSE is delivered with its status code, not answered; EOF then gives 52 (M7, M12)', async () => {
    let sock: import('node:net').Socket | null = null;
    const peer = await startRawWs((s, _k, ok) => {
      sock = s;
      s.write(ok(serverFrame(0x88, Buffer.concat([Buffer.from([0x03, 0xe8]), Buffer.from('bye')]))));
    });
    const easy = wsEasy(peer.url());
    expect(await easy.perform()).toBe(CURLE.OK);
    const f = await wsRecvFrame(easy);
    expect(f.flags).toBe(CURLWS_CLOSE);
    expect(f.data.readUInt16BE(0)).toBe(1000);
    expect(f.data.subarray(2).toString()).toBe('bye');
    // nothing was answered for the application; it answers the close itself
    expect(peer.received[0]!.length).toBe(0);
    expect(await wsSendAll(easy, Buffer.from([0x03, 0xe8]), CURLWS_CLOSE)).toBe(CURLE.OK);
    await until(() => peer.received[0]!.length >= 2 + 4 + 2);
    expect(peer.received[0]![0]).toBe(0x88);
    expect(peer.received[0]![1]).toBe(0x82);
    sock!.end();
    const r = await wsRecvNext(easy, new Uint8Array(16));
    expect(r.code).toBe(CURLE.GOT_NOTHING);
    expect(easy.wsRecv(new Uint8Array(16)).code).toBe(CURLE.GOT_NOTHING);
    easy.cleanup();
  });

  it('a control frame over 125 bytes is refused with 100 (M21)', async () => {
    const peer = await startWs();
    const easy = wsEasy(peer.url());
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(easy.wsSend(new Uint8Array(126), CURLWS_PING).code).toBe(CURLE.TOO_LARGE);
    easy.cleanup();
  });
});

describe('invalid frames from a raw server (M13, decision 4)', () => {
  for (const [name, bytes] of [
    ['reserved opcode 0x3', serverFrame(0x83, 'x')],
    ['RSV1 set', serverFrame(0xc1, 'x')],
    ['a masked server frame', Buffer.from([0x81, 0x81, 1, 2, 3, 4, 0x78])],
    ['a PING of 126 bytes', serverFrame(0x89, Buffer.alloc(126))],
  ] as const) {
    it(`${name}: 56, and 56 again on the next call`, async () => {
      const peer = await startRawWs((s, _k, ok) => s.write(ok(bytes)));
      const easy = wsEasy(peer.url());
      expect(await easy.perform()).toBe(CURLE.OK);
      const r = await wsRecvNext(easy, new Uint8Array(64));
      expect(r.code).toBe(CURLE.RECV_ERROR);
      expect(easy.wsRecv(new Uint8Array(64)).code).toBe(CURLE.RECV_ERROR);
      easy.cleanup();
    });
  }

  it('client frames carry the mask bit and a 16-bit length at 126 bytes', async () => {
    const peer = await startRawWs((s, _k, ok) => s.write(ok()));
    const easy = wsEasy(peer.url());
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(await wsSendAll(easy, Buffer.alloc(126, 0x41), CURLWS_TEXT)).toBe(CURLE.OK);
    await until(() => (peer.received[0]?.length ?? 0) >= 2 + 2 + 4 + 126);
    const got = peer.received[0]!;
    expect(got[0]).toBe(0x81);
    expect(got[1]).toBe(0x80 | 126);
    expect(got.readUInt16BE(2)).toBe(126);
    const mask = got.subarray(4, 8);
    const payload = Buffer.from(got.subarray(8, 8 + 126).map((b, i) => b ^ mask[i & 3]!));
    expect(payload.equals(Buffer.alloc(126, 0x41))).toBe(true);
    easy.cleanup();
  });
});

describe('easy-level checks (M4, M5, M19)', () => {
  it('without CONNECT_ONLY: wsRecv 1, wsSend 55', () => {
    const easy = new Easy();
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    expect(easy.wsRecv(new Uint8Array(4)).code).toBe(CURLE.UNSUPPORTED_PROTOCOL);
    expect(errors.text).toBe('[WS] CONNECT_ONLY is required');
    expect(easy.wsSend(Buffer.from('x'), CURLWS_TEXT).code).toBe(CURLE.SEND_ERROR);
  });

  it('CONNECT_ONLY=2 before any perform: wsRecv 43 "connection not found", wsSend 1', () => {
    const easy = wsEasy('ws://127.0.0.1:1/');
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    expect(easy.wsRecv(new Uint8Array(4)).code).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(errors.text).toBe('[WS] connection not found');
    expect(easy.wsSend(Buffer.from('x'), CURLWS_TEXT).code).toBe(CURLE.UNSUPPORTED_PROTOCOL);
  });

  it('CONNECT_ONLY=1 on ws:// only connects: wsRecv 43, wsSend 55 (M4)', async () => {
    const peer = await startRawWs(() => {});
    const easy = new Easy();
    set(easy, 'URL', peer.url());
    set(easy, 'CONNECT_ONLY', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    expect(easy.wsRecv(new Uint8Array(4)).code).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(errors.text).toBe('[WS] connection is not setup for websocket');
    expect(easy.wsSend(Buffer.from('x'), CURLWS_TEXT).code).toBe(CURLE.SEND_ERROR);
    easy.cleanup();
  });

  it('wsRecv and wsSend work from inside a callback (no 93)', async () => {
    const peer = await startWs();
    const easy = wsEasy(peer.url());
    expect(await easy.perform()).toBe(CURLE.OK);
    const codes: number[] = [];
    set(easy, 'VERBOSE', 1);
    set(easy, 'DEBUGFUNCTION', () => {
      if (codes.length === 0) {
        codes.push(easy.wsRecv(new Uint8Array(4)).code, easy.recv(new Uint8Array(4)).code);
      }
      return 0;
    });
    // a failing wsSend reports through the debug callback
    easy.wsSend(new Uint8Array(126), CURLWS_PING);
    expect(codes).toEqual([CURLE.AGAIN, CURLE.RECURSIVE_API_CALL]);
    easy.cleanup();
  });
});
