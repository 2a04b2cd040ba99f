// Scripted HTTP proxies on loopback for exact-byte checks: a node:net server that reads each
// request head as raw bytes and lets the test answer it, and a byte-echo target server.
import * as net from 'node:net';

export interface RawRequest {
  /** The request head exactly as received, up to and including the empty line. */
  head: string;
  /** Index of the TCP connection it came on (0 for the first). */
  conn: number;
}

export interface FakeProxy {
  port: number;
  requests: RawRequest[];
  /** Connections accepted so far. */
  connections: number;
  close(): Promise<void>;
}

/**
 * A proxy whose answers the test writes: `answer` gets each request head and the client socket;
 * it writes whatever bytes the case needs and may end or destroy the socket. Requests on one
 * connection are read one after the other (keep-alive).
 */
export async function startFakeProxy(
  answer: (req: RawRequest, socket: net.Socket, server: FakeProxy) => void,
  host = '127.0.0.1',
): Promise<FakeProxy> {
  const sockets = new Set<net.Socket>();
  const proxy: FakeProxy = { port: 0, requests: [], connections: 0, close: async () => {} };
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    const conn = proxy.connections++;
    let buf = Buffer.alloc(0);
    const onData = (d: Buffer): void => {
      buf = Buffer.concat([buf, d]);
      for (;;) {
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = buf.subarray(0, end + 4).toString('latin1');
        buf = buf.subarray(end + 4);
        const req = { head, conn };
        proxy.requests.push(req);
        answer(req, socket, proxy);
        if (socket.destroyed || !socket.listenerCount('data')) return;
      }
    };
    socket.on('data', onData);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  proxy.port = (server.address() as net.AddressInfo).port;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return proxy;
}

/** Stops the fake proxy from reading the socket further (the test takes it over). */
export function detach(socket: net.Socket): void {
  socket.removeAllListeners('data');
}

export interface EchoServer {
  port: number;
  /** Bytes each connection received, by connection. */
  received: Buffer[];
  close(): Promise<void>;
}

/** A target that echoes bytes back, optionally greeting first. */
export async function startEchoServer(greeting?: string, host = '127.0.0.1'): Promise<EchoServer> {
  const sockets = new Set<net.Socket>();
  const echo: EchoServer = { port: 0, received: [], close: async () => {} };
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    const idx = echo.received.push(Buffer.alloc(0)) - 1;
    if (greeting !== undefined) socket.write(greeting);
    socket.on('data', (d: Buffer) => {
      echo.received[idx] = Buffer.concat([echo.received[idx]!, d]);
      socket.write(d);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  echo.port = (server.address() as net.AddressInfo).port;
  echo.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return echo;
}
