// Loopback peers for the issue-4 tests: Node's http server, the `ws` package's WebSocketServer
// (permessage-deflate off) and a raw WebSocket server whose frames the test writes byte by byte.
// Each start function registers its server; closePeers() (afterEach) closes them all.
import { createHash } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { CURLE, type Easy } from '../../runtime/index.js';

const open = new Set<() => Promise<void>>();

export async function closePeers(): Promise<void> {
  const all = [...open];
  open.clear();
  await Promise.all(all.map((c) => c()));
}

export interface HttpPeer {
  port: number;
  url(path?: string): string;
  /** Every TCP connection the server accepted. */
  connections: net.Socket[];
  /** Request lines ("GET /x HTTP/1.1") in arrival order. */
  requests: { method: string; url: string; body: string; headers: http.IncomingHttpHeaders; conn: number }[];
  server: http.Server;
}

/** Node's http server on 127.0.0.1; `handler` answers (the body is read before it runs). */
export async function startHttp(handler: (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void): Promise<HttpPeer> {
  const connections: net.Socket[] = [];
  const requests: HttpPeer['requests'] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: req.method!, url: req.url!, body, headers: req.headers, conn: connections.indexOf(req.socket) });
      handler(req, res, body);
    });
  });
  server.keepAliveTimeout = 60_000;
  server.on('connection', (s: net.Socket) => connections.push(s));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  open.add(
    () =>
      new Promise<void>((resolve) => {
        for (const s of connections) s.destroy();
        server.close(() => resolve());
      }),
  );
  return { port, url: (p = '/') => `http://127.0.0.1:${port}${p}`, connections, requests, server };
}

export interface WsPeer {
  port: number;
  url(path?: string): string;
  clients: WebSocket[];
  /** Resolves with the n-th client. */
  client(n?: number): Promise<WebSocket>;
}

/** The `ws` package's server; `onClient` gets each client (default: echo every message). */
export async function startWs(onClient?: (ws: WebSocket) => void): Promise<WsPeer> {
  const server = http.createServer();
  const sockets: net.Socket[] = [];
  server.on('connection', (s: net.Socket) => sockets.push(s));
  const wss = new WebSocketServer({ server, perMessageDeflate: false, maxPayload: 2 ** 31 });
  const clients: WebSocket[] = [];
  const waiters: { n: number; resolve: (w: WebSocket) => void }[] = [];
  wss.on('connection', (ws) => {
    clients.push(ws);
    ws.on('error', () => {});
    if (onClient) onClient(ws);
    else ws.on('message', (data, isBinary) => ws.send(data as Buffer, { binary: isBinary }));
    for (const w of waiters.filter((x) => x.n === clients.length - 1)) w.resolve(ws);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  open.add(
    () =>
      new Promise<void>((resolve) => {
        for (const c of clients) c.terminate();
        for (const s of sockets) s.destroy();
        wss.close();
        server.close(() => resolve());
      }),
  );
  return {
    port,
    url: (p = '/') => `ws://127.0.0.1:${port}${p}`,
    clients,
    client(n = 0) {
      if (clients[n]) return Promise.resolve(clients[n]!);
      return new Promise((resolve) => waiters.push({ n, resolve }));
    },
  };
}

/** Sec-WebSocket-Accept for a key (RFC 6455 section 4.2.2). */
export function acceptFor(key: string): string {
  return createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
}

export interface RawWsPeer {
  port: number;
  url(path?: string): string;
  /** Bytes each connection sent after its upgrade request. */
  received: Buffer[];
  sockets: net.Socket[];
}

/**
 * A node:net server that reads the upgrade request and lets `answer` write whatever it wants:
 * `key` is the client's Sec-WebSocket-Key, `ok101(extra)` the head of a valid 101 answer.
 */
export async function startRawWs(
  answer: (socket: net.Socket, key: string, ok101: (extra?: Uint8Array) => Buffer) => void,
): Promise<RawWsPeer> {
  const received: Buffer[] = [];
  const sockets: net.Socket[] = [];
  const server = net.createServer((s) => {
    const index = sockets.length;
    sockets.push(s);
    received.push(Buffer.alloc(0));
    s.on('error', () => {});
    let head = Buffer.alloc(0);
    let upgraded = false;
    s.on('data', (d: Buffer) => {
      if (upgraded) {
        received[index] = Buffer.concat([received[index]!, d]);
        return;
      }
      head = Buffer.concat([head, d]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      upgraded = true;
      received[index] = head.subarray(end + 4);
      const key = /sec-websocket-key: *([^\r\n]*)/i.exec(head.subarray(0, end).toString('latin1'))?.[1] ?? '';
      const ok101 = (extra: Uint8Array = new Uint8Array(0)): Buffer =>
        Buffer.concat([
          Buffer.from(
            `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${acceptFor(key)}\r\n\r\n`,
            'latin1',
          ),
          extra,
        ]);
      answer(s, key, ok101);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  open.add(
    () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  );
  return { port, url: (p = '/') => `ws://127.0.0.1:${port}${p}`, received, sockets };
}

/** One unmasked server frame. */
export function serverFrame(firstByte: number, payload: Uint8Array | string): Buffer {
  const p = typeof payload === 'string' ? Buffer.from(payload) : Buffer.from(payload);
  let head: Buffer;
  if (p.length < 126) head = Buffer.from([firstByte, p.length]);
  else if (p.length < 65536) {
    head = Buffer.alloc(4);
    head[0] = firstByte;
    head[1] = 126;
    head.writeUInt16BE(p.length, 2);
  } else {
    head = Buffer.alloc(10);
    head[0] = firstByte;
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(p.length), 2);
  }
  return Buffer.concat([head, p]);
}

/** wsRecv until it says something other than AGAIN (waiting on the handle between tries). */
export async function wsRecvNext(easy: Easy, buf: Uint8Array): Promise<ReturnType<Easy['wsRecv']>> {
  for (;;) {
    const r = easy.wsRecv(buf);
    if (r.code !== CURLE.AGAIN) return r;
    await easy.wait('recv');
  }
}

/** A whole frame's payload (all its wsRecv pieces) with the flags of its first piece. */
export async function wsRecvFrame(easy: Easy, bufSize = 65536): Promise<{ code: number; flags: number; data: Buffer }> {
  const buf = new Uint8Array(bufSize);
  const parts: Buffer[] = [];
  let flags = 0;
  for (;;) {
    const r = await wsRecvNext(easy, buf);
    if (r.code !== CURLE.OK) return { code: r.code, flags, data: Buffer.concat(parts) };
    if (parts.length === 0) flags = r.meta!.flags;
    parts.push(Buffer.from(buf.subarray(0, r.n)));
    if (r.meta!.bytesleft === 0) return { code: CURLE.OK, flags, data: Buffer.concat(parts) };
  }
}

/** wsSend of a whole frame, waiting on AGAIN and sending the rest on short sends. */
export async function wsSendAll(easy: Easy, data: Uint8Array, flags: number): Promise<number> {
  let off = 0;
  let first = true;
  for (;;) {
    const piece = data.subarray(off);
    const r = first ? easy.wsSend(piece, flags) : easy.wsSend(piece, 0);
    if (r.code === CURLE.AGAIN) {
      await easy.wait('send');
      continue;
    }
    if (r.code !== CURLE.OK) return r.code;
    first = false;
    off += r.sent;
    if (off >= data.length) return CURLE.OK;
  }
}
