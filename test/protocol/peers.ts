// Loopback peers and a client-side harness for the protocol tests: scripted node:net servers that
// see the raw request bytes, a TransferContext over a real socket (test/peers/transfer-context.ts),
// and write/header callback recorders.
import * as net from 'node:net';
import type { Duplex } from 'node:stream';
import type { Target } from '../../runtime/base/context.js';
import type { EasyOptions } from '../../runtime/base/options.js';
import { targetFromUrl } from '../../runtime/core/url.js';
import { makeContext, type TestContext } from '../peers/transfer-context.js';

export interface RawServer {
  port: number;
  /** Every connection's received bytes, in order of connection. */
  received: Buffer[];
  sockets: net.Socket[];
  close(): Promise<void>;
}

/**
 * A node:net server; `onConnection` drives each connection. `received[i]` collects what
 * connection i sent.
 */
export async function startRaw(onConnection: (socket: net.Socket, index: number, server: RawServer) => void): Promise<RawServer> {
  const received: Buffer[] = [];
  const sockets: net.Socket[] = [];
  const server = net.createServer();
  const raw: RawServer = {
    port: 0,
    received,
    sockets,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  server.on('connection', (socket) => {
    const i = sockets.length;
    sockets.push(socket);
    received.push(Buffer.alloc(0));
    socket.on('data', (d: Buffer) => {
      received[i] = Buffer.concat([received[i]!, d]);
    });
    socket.on('error', () => {});
    onConnection(socket, i, raw);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  raw.port = (server.address() as net.AddressInfo).port;
  return raw;
}

/** Resolves when the bytes `socket` sent so far (per `received`) contain `marker`. */
export function until(server: RawServer, index: number, marker: string): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      if (server.received[index]?.includes(marker)) resolve();
      else setImmediate(check);
    };
    check();
  });
}

/** A server that answers each request head (up to the blank line) with `answer(head)`. */
export function answering(answer: (head: string, socket: net.Socket) => void): (socket: net.Socket) => void {
  return (socket) => {
    let buf = Buffer.alloc(0);
    socket.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      for (;;) {
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = buf.subarray(0, end + 4).toString('latin1');
        buf = buf.subarray(end + 4);
        answer(head, socket);
      }
    });
  };
}

export interface Client extends TestContext {
  target: Target;
  /** Connects a new socket to the server. */
  connect(): Promise<Duplex>;
  /** What the write callback got, concatenated. */
  body(): Buffer;
  writes: Buffer[];
}

/** A TransferContext for `url`, a socket to 127.0.0.1:`port`, and recording callbacks. */
export function client(url: string, port: number, opts: Partial<EasyOptions> = {}): Client {
  const writes: Buffer[] = [];
  const target = targetFromUrl(url, 0);
  const t = makeContext(
    {
      writeFunction: (ptr, size, nmemb) => {
        writes.push(Buffer.from(ptr));
        return size * nmemb;
      },
      ...opts,
    },
    target,
    { host: '127.0.0.1', port },
  );
  return { ...t, target, connect: t.below, body: () => Buffer.concat(writes), writes };
}
