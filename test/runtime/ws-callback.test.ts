// Issue 14: WebSocket transfers without CONNECT_ONLY (libcurl's callback mode, lib/ws.c
// ws_cw_write): frames to WRITEFUNCTION with curl_ws_meta, wsSend from inside the callback,
// CURLWS_RAW_MODE, auto-PONG, the close handshake, pause, curl_ws_start_frame, and curl tests
// 2301-2303, against the `ws` package and a raw server writing frames byte by byte.
import { describe, expect, it } from 'vitest';
import {
  CURL_WRITEFUNC_PAUSE,
  CURLE,
  CURLPAUSE_CONT,
  CURLWS_BINARY,
  CURLWS_CLOSE,
  CURLWS_PING,
  CURLWS_RAW_MODE,
  CURLWS_TEXT,
  Easy,
  type WsMeta,
} from '../../runtime/index.js';
import { serverFrame, startRawWs, startWs } from '../multi/peers.js';
import { cleanupAfterEach, set } from './helpers.js';

cleanupAfterEach();

interface Call {
  data: Buffer;
  meta: WsMeta | null;
}

/** A callback-mode handle for `url` recording each write callback call with its meta. */
function wsGetter(url: string, onCall?: (easy: Easy, call: Call) => number | void): { easy: Easy; calls: Call[] } {
  const easy = new Easy();
  const calls: Call[] = [];
  set(easy, 'URL', url);
  set(easy, 'WRITEFUNCTION', (b: Uint8Array) => {
    const call = { data: Buffer.from(b), meta: easy.wsMeta() };
    calls.push(call);
    // libcurl answers no CLOSE of its own in callback mode: the application does
    if (call.meta !== null && call.meta.flags & CURLWS_CLOSE) easy.wsSend(call.data, CURLWS_CLOSE);
    const r = onCall?.(easy, call);
    return typeof r === 'number' ? r : b.length;
  });
  return { easy, calls };
}

describe('WebSocket callback mode', () => {
  it('hands each frame to the write callback with curl_ws_meta; wsSend works from inside (curl test 2302)', async () => {
    const peer = await startWs((ws) => {
      ws.send('hello');
      ws.send(Buffer.from([1, 2, 3]), { binary: true });
      ws.on('message', (m) => {
        ws.send(`echo:${String(m)}`);
        ws.close(1000, 'bye');
      });
    });
    let replied = -1;
    const { easy, calls } = wsGetter(peer.url('/chat'), (e, call) => {
      if (call.meta?.flags === CURLWS_BINARY) replied = e.wsSend(Buffer.from('pong-ish'), CURLWS_TEXT).code;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(replied).toBe(CURLE.OK);
    expect(calls[0]).toEqual({ data: Buffer.from('hello'), meta: { age: 0, flags: CURLWS_TEXT, offset: 0, bytesleft: 0, len: 5 } });
    expect(calls[1]!.meta?.flags).toBe(CURLWS_BINARY);
    expect(calls[1]!.data).toEqual(Buffer.from([1, 2, 3]));
    expect(calls[2]!.data.toString()).toBe('echo:pong-ish');
    // the server's CLOSE is handed over like any frame (code 1000 and the reason)
    expect(calls[3]!.meta?.flags).toBe(CURLWS_CLOSE);
    expect(calls[3]!.data.readUInt16BE(0)).toBe(1000);
    expect(calls[3]!.data.subarray(2).toString()).toBe('bye');
    expect(easy.getinfo('RESPONSE_CODE' as never)).toEqual({ code: CURLE.OK, value: 101 });
    // outside a callback there is no meta
    expect(easy.wsMeta()).toBe(null);
    easy.cleanup();
  });

  it('splits a large frame into pieces with offset and bytesleft, nothing lost', async () => {
    const big = Buffer.alloc(100_000);
    for (let i = 0; i < big.length; i++) big[i] = i % 251;
    const peer = await startWs((ws) => ws.send(big, { binary: true }, () => ws.close()));
    const { easy, calls } = wsGetter(peer.url('/'));
    expect(await easy.perform()).toBe(CURLE.OK);
    const data = calls.filter((c) => c.meta?.flags === CURLWS_BINARY);
    expect(Buffer.concat(data.map((c) => c.data)).equals(big)).toBe(true);
    let offset = 0;
    for (const c of data) {
      expect(c.meta!.offset).toBe(offset);
      expect(c.meta!.len).toBe(c.data.length);
      offset += c.data.length;
      expect(c.meta!.bytesleft).toBe(big.length - offset);
      expect(c.data.length).toBeLessThanOrEqual(16384);
    }
    easy.cleanup();
  });

  it('answers a PING with a PONG and does not hand it over; a zero-length frame is one empty call', async () => {
    const peer = await startRawWs((socket, _key, ok101) => {
      socket.write(Buffer.concat([ok101(), serverFrame(0x89, 'pp'), serverFrame(0x81, ''), serverFrame(0x81, 'x')]));
      setTimeout(() => socket.end(), 100);
    });
    const { easy, calls } = wsGetter(peer.url('/'));
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(calls.map((c) => [c.data.toString(), c.meta?.flags, c.meta?.len])).toEqual([
      ['', CURLWS_TEXT, 0],
      ['x', CURLWS_TEXT, 1],
    ]);
    // a masked PONG with the PING's payload went back
    const pong = peer.received[0]!;
    expect(pong[0]).toBe(0x8a);
    expect(pong[1]).toBe(0x82);
    const mask = pong.subarray(2, 6);
    expect(Buffer.from(pong.subarray(6, 8).map((b, i) => b ^ mask[i]!)).toString()).toBe('pp');
    easy.cleanup();
  });

  it('with CURLWS_NOAUTOPONG the PING reaches the callback', async () => {
    const peer = await startRawWs((socket, _key, ok101) => {
      socket.end(Buffer.concat([ok101(), serverFrame(0x89, 'pp')]));
    });
    const { easy, calls } = wsGetter(peer.url('/'));
    set(easy, 'WS_OPTIONS', 2);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(calls.map((c) => [c.data.toString(), c.meta?.flags])).toEqual([['pp', CURLWS_PING]]);
    easy.cleanup();
  });

  it('CURLWS_RAW_MODE hands the frames over undecoded, wsMeta is null, wsSend sends raw bytes (curl test 2301)', async () => {
    const peer = await startRawWs((socket, _key, ok101) => {
      socket.write(Buffer.concat([ok101(), Buffer.from([0x89, 0x00])]));
      setTimeout(() => socket.end(), 100);
    });
    let sent = -1;
    const { easy, calls } = wsGetter(peer.url('/'), (e, call) => {
      if (call.data[0] === 0x89) sent = e.wsSend(Buffer.from([0x8a, 0x00]), 0).code;
    });
    set(easy, 'WS_OPTIONS', CURLWS_RAW_MODE);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(calls).toEqual([{ data: Buffer.from([0x89, 0x00]), meta: null }]);
    expect(sent).toBe(CURLE.OK);
    expect(peer.received[0]).toEqual(Buffer.from([0x8a, 0x00]));
    easy.cleanup();
  });

  it('a refused upgrade fails with 22 (curl test 2303)', async () => {
    const peer = await startRawWs((socket) => {
      socket.end('HTTP/1.1 200 Oblivious\r\nContent-Length: 6\r\n\r\nhello\n');
    });
    const { easy, calls } = wsGetter(peer.url('/'));
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    expect(await easy.perform()).toBe(CURLE.HTTP_RETURNED_ERROR);
    expect(errors.text).toBe('Refused WebSocket upgrade: 200');
    expect(calls).toEqual([]);
    easy.cleanup();
  });

  it('a callback that pauses gets the same piece again on resume, with the same meta', async () => {
    const peer = await startWs((ws) => {
      for (let i = 0; i < 20; i++) ws.send(`m${i}`);
      ws.close();
    });
    let paused = 0;
    const { easy, calls } = wsGetter(peer.url('/'), (e) => {
      if (calls.length % 4 === 1 && paused < calls.length) {
        paused = calls.length;
        setTimeout(() => e.pause(CURLPAUSE_CONT), 5);
        return CURL_WRITEFUNC_PAUSE;
      }
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    const taken: string[] = [];
    for (let i = 0; i < calls.length; i++) {
      // a paused call is followed by the same data and meta
      if (i + 1 < calls.length && calls[i]!.data.equals(calls[i + 1]!.data) && calls[i]!.data.length > 0) {
        expect(calls[i + 1]!.meta).toEqual(calls[i]!.meta);
        continue;
      }
      if (calls[i]!.meta?.flags === CURLWS_TEXT) taken.push(calls[i]!.data.toString());
    }
    expect(paused).toBeGreaterThan(0);
    expect(taken).toEqual(Array.from({ length: 20 }, (_, i) => `m${i}`));
    easy.cleanup();
  });

  it('curl_ws_start_frame announces a frame whose payload wsSend calls fill; raw mode refuses it', async () => {
    const got: Buffer[] = [];
    const peer = await startWs((ws) => {
      ws.on('message', (m) => {
        got.push(m as Buffer);
        ws.close();
      });
      ws.send('go');
    });
    const { easy } = wsGetter(peer.url('/'), (e, call) => {
      if (call.data.toString() !== 'go') return;
      expect(e.wsStartFrame(CURLWS_TEXT, 10)).toBe(CURLE.OK);
      expect(e.wsStartFrame(CURLWS_TEXT, 1)).toBe(CURLE.SEND_ERROR);
      expect(e.wsSend(Buffer.from('hello'), 0).sent).toBe(5);
      expect(e.wsSend(Buffer.from('world'), CURLWS_BINARY).sent).toBe(5);
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(got.map(String)).toEqual(['helloworld']);
    easy.cleanup();
    const raw = new Easy();
    set(raw, 'WS_OPTIONS', CURLWS_RAW_MODE);
    expect(raw.wsStartFrame(CURLWS_TEXT, 1)).toBe(CURLE.FAILED_INIT);
    set(raw, 'WS_OPTIONS', 0);
    expect(raw.wsStartFrame(CURLWS_TEXT, 1)).toBe(CURLE.SEND_ERROR);
    raw.cleanup();
  });

  it('answers no CLOSE of its own: the transfer lasts until the server closes the connection', async () => {
    const peer = await startRawWs((socket, _key, ok101) => {
      socket.write(Buffer.concat([ok101(), serverFrame(0x88, Buffer.from([0x03, 0xe8]))]));
      setTimeout(() => socket.end(), 200);
    });
    const easy = new Easy();
    const flags: number[] = [];
    set(easy, 'URL', peer.url('/'));
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => {
      flags.push(easy.wsMeta()!.flags);
      return b.length;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(flags).toEqual([CURLWS_CLOSE]);
    expect(peer.received[0]!.length).toBe(0);
    easy.cleanup();
  });

  it('MAX_RECV_SPEED_LARGE holds the frames within 15% of the cap, every byte once', async () => {
    const frames = Array.from({ length: 5 }, (_, i) => Buffer.alloc(40_000, i + 1));
    const peer = await startWs((ws) => {
      for (const f of frames) ws.send(f, { binary: true });
      ws.close();
    });
    const { easy, calls } = wsGetter(peer.url('/'));
    set(easy, 'MAX_RECV_SPEED_LARGE', 100_000);
    expect(await easy.perform()).toBe(CURLE.OK);
    const data = Buffer.concat(calls.filter((c) => c.meta?.flags === CURLWS_BINARY).map((c) => c.data));
    expect(data.equals(Buffer.concat(frames))).toBe(true);
    const speed = easy.getinfo('SPEED_DOWNLOAD_T' as never).value as number;
    expect(speed).toBeGreaterThan(85_000);
    expect(speed).toBeLessThan(115_000);
    easy.cleanup();
  });

  it('wsMeta is null outside callbacks, in an HTTP transfer and after cleanup', async () => {
    const easy = new Easy();
    expect(easy.wsMeta()).toBe(null);
    let inHttp: unknown = 'unset';
    const peer = await startRawWs((socket) => socket.end('HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx'));
    set(easy, 'URL', peer.url('/').replace('ws:', 'http:'));
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => {
      inHttp = easy.wsMeta();
      return b.length;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(inHttp).toBe(null);
    easy.cleanup();
    expect(easy.wsMeta()).toBe(null);
  });
});
