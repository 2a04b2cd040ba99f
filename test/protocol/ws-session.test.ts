// The WebSocket upgrade and the connect-only session (wsUpgrade, WsSession over StreamIO) against
// the `ws` package's server (permessage-deflate off) and scripted node:net servers: M1-M27 and
// decisions 2, 3 and 4.
import { createHash } from 'node:crypto';
import type * as net from 'node:net';
import type { Duplex } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { CURLE } from '../../runtime/base/codes.js';
import {
  CURLWS_BINARY,
  CURLWS_CLOSE,
  CURLWS_CONT,
  CURLWS_NOAUTOPONG,
  CURLWS_OFFSET,
  CURLWS_PING,
  CURLWS_PONG,
  CURLWS_RAW_MODE,
  CURLWS_TEXT,
} from '../../runtime/base/constants.js';
import { CurlError } from '../../runtime/base/error.js';
import type { EasyOptions } from '../../runtime/base/options.js';
import { StreamIO } from '../../runtime/io/stream-io.js';
import { encodeFrame, FrameEncoder } from '../../runtime/protocols/ws/frame-encoder.js';
import { OP_BINARY, OP_CLOSE, OP_CONT, OP_PING, OP_PONG, OP_TEXT, type WsMeta } from '../../runtime/protocols/ws/frame.js';
import { WsSession, type WsIo } from '../../runtime/protocols/ws/session.js';
import { wsUpgrade } from '../../runtime/protocols/ws/upgrade.js';
import { serverFrame, unmask } from '../codec/ws-helpers.js';
import { client, startRaw, type Client, type RawServer } from './peers.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function wsServer(onConnection: (ws: WebSocket) => void): Promise<number> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
  wss.on('connection', onConnection);
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        for (const c of wss.clients) c.terminate();
        wss.close(() => resolve());
      }),
  );
  return (wss.address() as net.AddressInfo).port;
}

const accept = (key: string): string =>
  createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');

/**
 * A scripted server: reads the upgrade request, answers with `answer(key)` (a 101 with the right
 * accept by default) plus `extra` bytes in the same write, then runs `then(socket)`.
 */
async function rawWs(opts: { answer?: (key: string) => string; extra?: Uint8Array; then?: (s: net.Socket) => void }): Promise<RawServer> {
  const srv = await startRaw((socket) => {
    let buf = Buffer.alloc(0);
    const onData = (d: Buffer): void => {
      buf = Buffer.concat([buf, d]);
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.off('data', onData);
      const head = buf.subarray(0, end).toString('latin1');
      const key = /Sec-WebSocket-Key: (\S+)/i.exec(head)?.[1] ?? '';
      const answer =
        opts.answer?.(key) ??
        `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept(key)}\r\n\r\n`;
      socket.write(Buffer.concat([Buffer.from(answer, 'latin1'), opts.extra ?? Buffer.alloc(0)]));
      opts.then?.(socket);
    };
    socket.on('data', onData);
  });
  cleanups.push(() => srv.close());
  return srv;
}

interface Open {
  c: Client;
  socket: Duplex;
  io: StreamIO;
  ws: WsSession;
}

async function open(port: number, opts: Partial<EasyOptions> = {}): Promise<Open> {
  const c = client(`ws://127.0.0.1:${port}/chat`, port, opts);
  cleanups.push(c.close);
  const socket = await c.connect();
  const { leftover } = await wsUpgrade(c.ctx, socket);
  if (leftover.length > 0) socket.unshift(Buffer.from(leftover));
  const io = new StreamIO(socket);
  cleanups.push(() => io.detach());
  const ws = new WsSession(io, {
    wsOptions: () => c.ctx.opts.wsOptions,
    infof: (t) => c.ctx.infof(t),
    failf: (code, t) => c.ctx.failf(code, t),
  });
  return { c, socket, io, ws };
}

/** Receives one whole frame (waiting as an application would). */
async function frame(ws: WsSession, bufSize = 1 << 20): Promise<{ flags: number; data: Buffer; metas: WsMeta[] }> {
  const parts: Buffer[] = [];
  const metas: WsMeta[] = [];
  const buf = new Uint8Array(bufSize);
  for (;;) {
    const r = ws.recv(buf);
    if (r.code === CURLE.AGAIN) {
      await ws.wait('recv');
      continue;
    }
    if (r.code !== CURLE.OK) throw new CurlError(r.code, `recv failed with ${r.code}`);
    metas.push(r.meta!);
    parts.push(Buffer.from(buf.subarray(0, r.n)));
    if (r.meta!.bytesleft === 0) return { flags: r.meta!.flags, data: Buffer.concat(parts), metas };
  }
}

/** Sends a whole frame, waiting for the socket as needed. */
async function sendAll(ws: WsSession, data: Uint8Array, flags: number): Promise<void> {
  let off = 0;
  let started = false;
  while (!started || off < data.length) {
    const r = ws.send(data.subarray(off), flags);
    if (r.code === CURLE.AGAIN) {
      await ws.wait('send');
      continue;
    }
    expect(r.code).toBe(CURLE.OK);
    off += r.sent;
    started = true;
  }
}

describe('upgrade (M1-M3, decision 2)', () => {
  it('101 with the right accept: headers delivered, RESPONSE_CODE 101, verbose lines', async () => {
    const port = await wsServer(() => {});
    const { c } = await open(port);
    expect(c.ctx.info.responseCode).toBe(101);
    expect(c.headers[0]).toBe('HTTP/1.1 101 Switching Protocols\r\n');
    expect(c.headers[c.headers.length - 1]).toBe('\r\n');
    expect(c.verbose()).toContain('* Received 101, Switching to WebSocket\n');
    expect(c.verbose()).toContain('* [WS] Received 101, switch to WebSocket\n');
    const out = c.events.find((e) => e.type === 'out')!.text;
    expect(out).toMatch(
      /^GET \/chat HTTP\/1\.1\r\nHost: 127\.0\.0\.1:\d+\r\nAccept: \*\/\*\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: [A-Za-z0-9+/]{22}==\r\nConnection: Upgrade\r\n\r\n$/,
    );
  });

  it('a 200 instead of 101: 22 "Refused WebSocket upgrade: 200", RESPONSE_CODE 200', async () => {
    const srv = await rawWs({ answer: () => 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n' });
    const c = client(`ws://127.0.0.1:${srv.port}/`, srv.port);
    cleanups.push(c.close);
    const err = await wsUpgrade(c.ctx, await c.connect()).catch((e: unknown) => e);
    expect((err as CurlError).code).toBe(CURLE.HTTP_RETURNED_ERROR);
    expect(c.errorText()).toBe('Refused WebSocket upgrade: 200');
    expect(c.ctx.info.responseCode).toBe(200);
    expect(c.headers).toEqual(['HTTP/1.1 200 OK\r\n', 'Content-Length: 0\r\n', '\r\n']);
  });

  it('a wrong or missing Sec-WebSocket-Accept: 8', async () => {
    for (const answer of [
      () => 'HTTP/1.1 101 Switching Protocols\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n',
      () => 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n',
    ]) {
      const srv = await rawWs({ answer });
      const c = client(`ws://127.0.0.1:${srv.port}/`, srv.port);
      cleanups.push(c.close);
      const err = await wsUpgrade(c.ctx, await c.connect()).catch((e: unknown) => e);
      expect((err as CurlError).code).toBe(CURLE.WEIRD_SERVER_REPLY);
      expect(c.errorText()).toMatch(/Sec-WebSocket-Accept/);
      expect(c.ctx.info.responseCode).toBe(101);
    }
  });

  it('1xx before the 101 is delivered and skipped', async () => {
    const srv = await rawWs({
      answer: (key) =>
        `HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 101 Switching Protocols\r\nSec-WebSocket-Accept: ${accept(key)}\r\n\r\n`,
    });
    const { c } = await open(srv.port);
    expect(c.headers.slice(0, 3)).toEqual(['HTTP/1.1 100 Continue\r\n', '\r\n', 'HTTP/1.1 101 Switching Protocols\r\n']);
  });

  it('frames that came with the 101 are kept (C14, M2)', async () => {
    const srv = await rawWs({ extra: Buffer.concat([serverFrame(0x81, Buffer.from('early')), serverFrame(0x82, Buffer.from([1, 2]))]) });
    const { ws } = await open(srv.port);
    const a = await frame(ws);
    expect(a.flags).toBe(CURLWS_TEXT);
    expect(a.data.toString()).toBe('early');
    const b = await frame(ws);
    expect(b.flags).toBe(CURLWS_BINARY);
    expect([...b.data]).toEqual([1, 2]);
  });
});

describe('echo through the ws server', () => {
  it('text and binary at 7-, 16- and 64-bit lengths', async () => {
    const port = await wsServer((sock) => sock.on('message', (data, binary) => sock.send(data, { binary })));
    const { ws } = await open(port);
    for (const size of [0, 10, 125, 126, 1000, 65535, 65536, 70000]) {
      const payload = Buffer.alloc(size, size % 251);
      await sendAll(ws, payload, CURLWS_BINARY);
      const got = await frame(ws);
      expect(got.flags).toBe(CURLWS_BINARY);
      expect(got.data.equals(payload)).toBe(true);
    }
    await sendAll(ws, Buffer.from('héllo'), CURLWS_TEXT);
    const t = await frame(ws);
    expect(t.flags).toBe(CURLWS_TEXT);
    expect(t.data.toString()).toBe('héllo');
  });

  it('a big frame is sent in parts (OK with sent < len) and arrives whole', async () => {
    const port = await wsServer((sock) => sock.on('message', (data) => sock.send(String((data as Buffer).length))));
    const { ws } = await open(port);
    const big = Buffer.alloc(3 * 1024 * 1024 + 5, 0x5c);
    const first = ws.send(big, CURLWS_BINARY);
    expect(first.code).toBe(CURLE.OK);
    expect(first.sent).toBeGreaterThan(0);
    expect(first.sent).toBeLessThan(big.length);
    let off = first.sent;
    while (off < big.length) {
      const r = ws.send(big.subarray(off), 0);
      if (r.code === CURLE.AGAIN) {
        await ws.wait('send');
        continue;
      }
      expect(r.code).toBe(CURLE.OK);
      off += r.sent;
    }
    expect((await frame(ws)).data.toString()).toBe(String(big.length));
  });

  it('partial reads: offset and bytesleft per call (M8)', async () => {
    const port = await wsServer((sock) => sock.send(Buffer.alloc(1024, 7)));
    const { ws } = await open(port);
    const got = await frame(ws, 300);
    const metas = got.metas.map((m) => [m.offset, m.len, m.bytesleft]);
    expect(metas[0]).toEqual([0, 300, 724]);
    expect(got.data.length).toBe(1024);
    expect(metas.at(-1)![2]).toBe(0);
    let sum = 0;
    for (const [offset, len] of metas) {
      expect(offset).toBe(sum);
      sum += len!;
    }
  });

  it('fragmented messages both ways (M11, M20)', async () => {
    const port = await wsServer((sock) => {
      sock.on('message', (data) => sock.send(`got:${(data as Buffer).toString()}`));
      sock.send('frag1-', { fin: false });
      sock.send('frag2', { fin: true });
    });
    const { ws } = await open(port);
    const a = await frame(ws);
    expect(a.flags).toBe(CURLWS_TEXT | CURLWS_CONT);
    expect(a.data.toString()).toBe('frag1-');
    const b = await frame(ws);
    expect(b.flags).toBe(CURLWS_TEXT);
    expect(b.data.toString()).toBe('frag2');
    await sendAll(ws, Buffer.from('one+'), CURLWS_TEXT | CURLWS_CONT);
    await sendAll(ws, Buffer.from('two'), CURLWS_TEXT);
    expect((await frame(ws)).data.toString()).toBe('got:one+two');
  });

  it('CURLWS_OFFSET: fragsize first, payload in pieces, one frame on the wire (M24)', async () => {
    const port = await wsServer((sock) => sock.on('message', (data) => sock.send(`len:${(data as Buffer).length}:${(data as Buffer).toString()}`)));
    const { ws } = await open(port);
    expect(ws.send(Buffer.alloc(0), CURLWS_TEXT | CURLWS_OFFSET, 10)).toEqual({ code: CURLE.OK, sent: 0 });
    expect(ws.send(Buffer.from('abcd'), CURLWS_TEXT | CURLWS_OFFSET)).toEqual({ code: CURLE.OK, sent: 4 });
    expect(ws.send(Buffer.from('1234567'), 0).code).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(ws.send(Buffer.from('efghij'), 0)).toEqual({ code: CURLE.OK, sent: 6 });
    expect((await frame(ws)).data.toString()).toBe('len:10:abcdefghij');
  });

  it('zero-length frames are OK with 0 bytes, not EOF (M10)', async () => {
    const port = await wsServer((sock) => {
      sock.send('');
      sock.send('after');
    });
    const { ws } = await open(port);
    const z = await frame(ws);
    expect(z.flags).toBe(CURLWS_TEXT);
    expect(z.metas).toEqual([{ age: 0, flags: CURLWS_TEXT, offset: 0, bytesleft: 0, len: 0 }]);
    expect((await frame(ws)).data.toString()).toBe('after');
  });
});

describe('control frames', () => {
  it('a PING is answered at once (decision 3): the server sees the PONG without another call', async () => {
    let pong!: (p: Buffer) => void;
    const gotPong = new Promise<Buffer>((r) => (pong = r));
    const port = await wsServer((sock) => {
      sock.on('pong', (data) => pong(data));
      sock.ping(Buffer.from('are you there'));
    });
    const { ws } = await open(port);
    // The application only waits; the PING is decoded and answered on the way.
    const ready = await ws.wait('recv', 200);
    expect(ready).toBe(false);
    expect((await gotPong).toString()).toBe('are you there');
  });

  it('CURLWS_NOAUTOPONG hands the PING over and sends nothing (M16)', async () => {
    const pongs: Buffer[] = [];
    let msg!: (m: string) => void;
    const gotMsg = new Promise<string>((r) => (msg = r));
    const port = await wsServer((sock) => {
      sock.on('pong', (d) => pongs.push(d));
      sock.on('message', (d) => msg((d as Buffer).toString()));
      sock.ping(Buffer.from('p1'));
    });
    const { ws } = await open(port, { wsOptions: CURLWS_NOAUTOPONG });
    const p = await frame(ws);
    expect(p.flags).toBe(CURLWS_PING);
    expect(p.data.toString()).toBe('p1');
    await sendAll(ws, Buffer.from('next'), CURLWS_TEXT);
    // A PONG, had one been sent, would have arrived before this message.
    expect(await gotMsg).toBe('next');
    expect(pongs).toEqual([]);
  });

  it('a CLOSE is delivered with its status, and not answered (M12)', async () => {
    let closed!: (c: number) => void;
    const gotClose = new Promise<number>((r) => (closed = r));
    const port = await wsServer((sock) => {
      sock.on('close', (code) => closed(code));
      sock.close(4001, 'bye');
    });
    const { ws } = await open(port);
    const c = await frame(ws);
    expect(c.flags).toBe(CURLWS_CLOSE);
    expect(c.data.readUInt16BE(0)).toBe(4001);
    expect(c.data.subarray(2).toString()).toBe('bye');
    // The application answers it itself.
    const body = Buffer.alloc(2);
    body.writeUInt16BE(4001);
    expect(ws.send(body, CURLWS_CLOSE)).toEqual({ code: CURLE.OK, sent: 2 });
    expect(await gotClose).toBe(4001);
  });

  it('unsolicited PONGs are delivered; control frames over 125 bytes are refused with 100', async () => {
    const port = await wsServer((sock) => sock.pong(Buffer.from('u')));
    const { ws, c } = await open(port);
    const p = await frame(ws);
    expect(p.flags).toBe(CURLWS_PONG);
    expect(ws.send(Buffer.alloc(126), CURLWS_PING).code).toBe(CURLE.TOO_LARGE);
    expect(c.errorText()).toBe('[WS] given PING frame is too big');
    expect(ws.send(Buffer.alloc(125), CURLWS_PING)).toEqual({ code: CURLE.OK, sent: 125 });
  });

  it('bad flag combinations are 43 (M20)', async () => {
    const port = await wsServer(() => {});
    const { ws } = await open(port);
    expect(ws.send(Buffer.from('x'), 0).code).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(ws.send(Buffer.from('x'), CURLWS_TEXT | CURLWS_BINARY).code).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(ws.send(Buffer.from('x'), CURLWS_PING | CURLWS_CONT).code).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
  });
});

describe('the wire, EOF and waiting', () => {
  it('every client frame is masked with fresh random bytes', async () => {
    const srv = await rawWs({});
    const { ws } = await open(srv.port);
    for (let i = 0; i < 4; i++) expect(ws.send(Buffer.from('same payload'), CURLWS_TEXT).code).toBe(CURLE.OK);
    const all = await new Promise<Buffer>((resolve) => {
      const check = (): void => {
        const b = srv.received[0]!;
        const at = b.indexOf('\r\n\r\n') + 4;
        if (b.length >= at + 4 * 18) resolve(b.subarray(at));
        else setImmediate(check);
      };
      check();
    });
    const masks = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const f = all.subarray(i * 18, (i + 1) * 18);
      expect(f[0]).toBe(0x81);
      expect(f[1]).toBe(0x80 | 12);
      masks.add(f.subarray(2, 6).toString('hex'));
      expect(Buffer.from(unmask(f).subarray(2)).toString()).toBe('same payload');
    }
    expect(masks.size).toBe(4);
  });

  it('a full socket says AGAIN with nothing taken; after waiting every frame arrives whole (M23)', async () => {
    const srv = await rawWs({ then: (s) => s.pause() });
    const { ws } = await open(srv.port);
    const payload = Buffer.alloc(64 * 1024, 0x33);
    let frames = 0;
    let again: { code: number; sent: number } | null = null;
    for (let i = 0; i < 10_000 && again === null; i++) {
      const r = ws.send(payload, CURLWS_BINARY);
      if (r.code === CURLE.AGAIN) again = r;
      else {
        expect(r).toEqual({ code: CURLE.OK, sent: payload.length });
        frames++;
      }
    }
    expect(again).toEqual({ code: CURLE.AGAIN, sent: 0 });
    srv.sockets[0]!.resume();
    for (let i = 0; i < 3; i++) {
      await sendAll(ws, payload, CURLWS_BINARY);
      frames++;
    }
    // Walk the frames the server got: each a masked 64 KiB binary frame.
    const need = frames * (14 + payload.length);
    await new Promise<void>((resolve) => {
      const check = (): void => {
        const b = srv.received[0]!;
        if (b.length - (b.indexOf('\r\n\r\n') + 4) >= need) resolve();
        else setImmediate(check);
      };
      check();
    });
    const wire = srv.received[0]!.subarray(srv.received[0]!.indexOf('\r\n\r\n') + 4);
    expect(wire.length).toBe(need);
    for (let i = 0; i < frames; i++) {
      const f = wire.subarray(i * (14 + payload.length), (i + 1) * (14 + payload.length));
      expect([f[0], f[1]]).toEqual([0x82, 0x80 | 127]);
      expect(Buffer.from(unmask(f).subarray(10)).equals(payload)).toBe(true);
    }
  });

  it('EOF gives 52 on every call (M7)', async () => {
    const srv = await rawWs({ extra: serverFrame(0x81, Buffer.from('last')), then: (s) => s.end() });
    const { ws } = await open(srv.port);
    expect((await frame(ws)).data.toString()).toBe('last');
    await ws.wait('recv');
    const buf = new Uint8Array(10);
    expect(ws.recv(buf).code).toBe(CURLE.GOT_NOTHING);
    expect(ws.recv(buf).code).toBe(CURLE.GOT_NOTHING);
  });

  it('wait("recv") counts a frame already buffered', async () => {
    const srv = await rawWs({ extra: Buffer.concat([serverFrame(0x81, Buffer.from('one')), serverFrame(0x81, Buffer.from('two'))]) });
    const { ws } = await open(srv.port);
    expect((await frame(ws)).data.toString()).toBe('one');
    // Nothing more will arrive on the socket: only the buffered second frame can make this true.
    expect(await ws.wait('recv', 5_000)).toBe(true);
    const buf = new Uint8Array(10);
    const r = ws.recv(buf);
    expect(r.code).toBe(CURLE.OK);
    expect(Buffer.from(buf.subarray(0, r.n)).toString()).toBe('two');
  });

  it('a zero-length frame found by wait() is still returned by the next recv', async () => {
    const srv = await rawWs({ extra: serverFrame(0x82, Buffer.alloc(0)) });
    const { ws } = await open(srv.port);
    expect(await ws.wait('recv', 5_000)).toBe(true);
    const r = ws.recv(new Uint8Array(4));
    expect(r).toEqual({ code: CURLE.OK, n: 0, meta: { age: 0, flags: CURLWS_BINARY, offset: 0, bytesleft: 0, len: 0 } });
    expect(ws.recv(new Uint8Array(4)).code).toBe(CURLE.AGAIN);
  });

  it('a peek (empty buffer) tells the frame without consuming it (M9)', async () => {
    const srv = await rawWs({ extra: serverFrame(0x82, Buffer.from([9, 8, 7])) });
    const { ws } = await open(srv.port);
    await ws.wait('recv');
    const peek = ws.recv(new Uint8Array(0));
    expect(peek).toEqual({ code: CURLE.OK, n: 0, meta: { age: 0, flags: CURLWS_BINARY, offset: 0, bytesleft: 3, len: 0 } });
    expect([...(await frame(ws)).data]).toEqual([9, 8, 7]);
  });

  it('RAW_MODE: sends bytes as they are, needs flags 0; receiving still decodes (M18)', async () => {
    const srv = await rawWs({ extra: serverFrame(0x81, Buffer.from('decoded')) });
    const { ws, c } = await open(srv.port, { wsOptions: CURLWS_RAW_MODE });
    expect(ws.send(Buffer.from('x'), CURLWS_TEXT).code).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(c.errorText()).toBe('[WS] fragsize and flags must be zero in raw mode');
    expect(ws.send(Buffer.from('RAWBYTES'), 0)).toEqual({ code: CURLE.OK, sent: 8 });
    const got = await frame(ws);
    expect(got.data.toString()).toBe('decoded');
    await new Promise<void>((resolve) => {
      const check = (): void => (srv.received[0]!.includes('RAWBYTES') ? resolve() : void setImmediate(check));
      check();
    });
    expect(srv.received[0]!.toString('latin1').endsWith('\r\n\r\nRAWBYTES')).toBe(true);
  });

  it('WS_OPTIONS is read at each call (M27)', async () => {
    const port = await wsServer((sock) => sock.ping(Buffer.from('late')));
    const { ws, c } = await open(port);
    (c.ctx.opts as EasyOptions).wsOptions = CURLWS_NOAUTOPONG;
    const p = await frame(ws);
    expect(p.flags).toBe(CURLWS_PING);
  });
});

describe('protocol violations fail the stream (M13, decision 4)', () => {
  const cases: [string, Buffer][] = [
    ['reserved opcode 0x3', Buffer.from([0x83, 0x00])],
    ['reserved opcode 0xB', Buffer.from([0x8b, 0x00])],
    ['RSV1 set', Buffer.from([0xc1, 0x01, 0x61])],
    ['a masked server frame', Buffer.from([0x81, 0x81, 1, 2, 3, 4, 0x61])],
    ['a PING of 126 bytes', Buffer.concat([Buffer.from([0x89, 126, 0, 126]), Buffer.alloc(126)])],
    ['a fragmented PING', Buffer.from([0x09, 0x00])],
    ['a continuation without a message', Buffer.from([0x80, 0x01, 0x61])],
    ['a new TEXT inside a fragmented message', Buffer.from([0x01, 0x01, 0x61, 0x81, 0x01, 0x62])],
    ['a 64-bit length with the top bit set', Buffer.from([0x82, 127, 0x80, 0, 0, 0, 0, 0, 0, 1])],
  ];
  for (const [name, bytes] of cases) {
    it(`${name}: 56, then 56 again`, async () => {
      const srv = await rawWs({ extra: bytes });
      const { ws, c } = await open(srv.port);
      const buf = new Uint8Array(64);
      let r = ws.recv(buf);
      while (r.code === CURLE.OK || r.code === CURLE.AGAIN) {
        if (r.code === CURLE.AGAIN) await ws.wait('recv');
        r = ws.recv(buf);
      }
      expect(r.code).toBe(CURLE.RECV_ERROR);
      expect(c.errorText()).toMatch(/^\[WS\] /);
      expect(ws.recv(buf).code).toBe(CURLE.RECV_ERROR);
      expect(await ws.wait('recv', 1000)).toBe(true);
    });
  }
});

describe('the frames on the wire are the codec\'s', () => {
  /**
   * A WsIo whose send takes at most the next size of `takes` (0: AGAIN), recording what it took,
   * and whose recv hands out `incoming` chunks. Waiting for send never ends, so a PONG held back
   * goes out only with a later send, deterministically.
   */
  function fakeIo(takes: number[], incoming: Uint8Array[]): WsIo & { wire(): Buffer } {
    const taken: Buffer[] = [];
    let i = 0;
    return {
      wire: () => Buffer.concat(taken),
      recv(buf) {
        const c = incoming.shift();
        if (c === undefined) return { code: CURLE.AGAIN, n: 0 };
        buf.set(c);
        return { code: CURLE.OK, n: c.length };
      },
      send(data) {
        const n = Math.min(takes[i++ % takes.length]!, data.length);
        if (n === 0) return { code: CURLE.AGAIN, n: 0 };
        taken.push(Buffer.from(data.subarray(0, n)));
        return { code: CURLE.OK, n };
      },
      wait: (direction) => (direction === 'send' ? new Promise<boolean>(() => {}) : Promise.resolve(true)),
    };
  }

  /** Sends data as an application would: the rest again after OK, the same again after AGAIN. */
  function sendNow(ws: WsSession, data: Uint8Array, flags: number, fragsize = 0): void {
    let off = 0;
    for (let guard = 0; guard < 1_000_000; guard++) {
      const r = ws.send(data.subarray(off), flags, fragsize);
      if (r.code === CURLE.AGAIN) continue;
      expect(r.code).toBe(CURLE.OK);
      off += r.sent;
      if (off === data.length) return;
    }
    throw new Error('send did not finish');
  }

  it('heads, masked payload, OFFSET pieces and a PONG over a transport that takes odd amounts', () => {
    const spies = (['begin', 'next', 'control', 'sent'] as const).map((m) => vi.spyOn(FrameEncoder.prototype, m));
    cleanups.push(() => spies.forEach((s) => s.mockRestore()));
    const io = fakeIo([1, 5, 0, 3, 100, 7, 2, 65536, 0, 13], [serverFrame(0x89, Buffer.from('ping!'))]);
    const ws = new WsSession(io, { wsOptions: () => 0, infof: () => {}, failf: () => {} });
    const big = Buffer.alloc(70000, 0xa7);
    for (let i = 0; i < big.length; i += 13) big[i] = i & 0xff;
    const want: [number, boolean, Uint8Array][] = [];

    sendNow(ws, Buffer.from('hello'), CURLWS_TEXT);
    want.push([OP_TEXT, true, Buffer.from('hello')]);
    sendNow(ws, big, CURLWS_BINARY);
    want.push([OP_BINARY, true, big]);
    // CURLWS_OFFSET: the head first, then 4 and 6 bytes; a PING arrives in the middle, and its
    // PONG waits until the frame is complete (a control frame cannot cut into it).
    sendNow(ws, new Uint8Array(0), CURLWS_BINARY | CURLWS_OFFSET, 10);
    sendNow(ws, Buffer.from('abcd'), CURLWS_BINARY | CURLWS_OFFSET);
    expect(ws.recv(new Uint8Array(16)).code).toBe(CURLE.AGAIN);
    sendNow(ws, Buffer.from('efghij'), 0);
    want.push([OP_BINARY, true, Buffer.from('abcdefghij')]);
    want.push([OP_PONG, true, Buffer.from('ping!')]);
    sendNow(ws, Buffer.from('one+'), CURLWS_TEXT | CURLWS_CONT);
    want.push([OP_TEXT, false, Buffer.from('one+')]);
    sendNow(ws, Buffer.from('two'), CURLWS_TEXT);
    want.push([OP_CONT, true, Buffer.from('two')]);
    sendNow(ws, new Uint8Array(0), CURLWS_PING);
    want.push([OP_PING, true, new Uint8Array(0)]);
    sendNow(ws, Buffer.from([0x03, 0xe8]), CURLWS_CLOSE);
    want.push([OP_CLOSE, true, Buffer.from([0x03, 0xe8])]);

    // Each frame equals encodeFrame's for the mask it carries.
    const wire = io.wire();
    let at = 0;
    const masks = new Set<string>();
    for (const [op, fin, payload] of want) {
      const len7 = wire[at + 1]! & 0x7f;
      const maskAt = at + 2 + (len7 === 126 ? 2 : len7 === 127 ? 8 : 0);
      const mask = wire.subarray(maskAt, maskAt + 4);
      masks.add(mask.toString('hex'));
      const frame = encodeFrame(op, fin, payload, mask);
      expect(wire.subarray(at, at + frame.length).toString('hex'), `frame at ${at}`).toBe(Buffer.from(frame).toString('hex'));
      at += frame.length;
    }
    expect(at).toBe(wire.length);
    expect(masks.size).toBe(want.length);
    // ... and the session built them with the codec's encoder.
    for (const s of spies) expect(s).toHaveBeenCalled();
    expect(spies[2]).toHaveBeenCalledWith(OP_PONG, new Uint8Array(Buffer.from('ping!')));
  });
});
