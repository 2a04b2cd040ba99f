// Loopback peers and small tools for the runtime tests. Every server listens on 127.0.0.1 or ::1,
// port 0, and tracks its sockets so afterEach can close everything.
import net from 'node:net';
import { Duplex } from 'node:stream';
import { afterEach } from 'vitest';
import { Easy } from '../../runtime/index.js';
import { closePeers } from '../multi/peers.js';

export interface Peer {
  host: string;
  port: number;
  /** Every socket the server accepted, in order. */
  sockets: net.Socket[];
  /** Bytes each accepted socket received, by accept order. */
  received: Buffer[];
  /** Resolves with the n-th accepted socket (0-based). */
  accepted(n?: number): Promise<net.Socket>;
  close(): Promise<void>;
}

const open = new Set<{ close(): Promise<void> }>();

/** A server on host:0 whose connections get `onConnection`; received bytes are recorded. */
export async function listen(
  onConnection: (s: net.Socket, index: number) => void = () => {},
  host = '127.0.0.1',
  port = 0,
): Promise<Peer> {
  const sockets: net.Socket[] = [];
  const received: Buffer[] = [];
  const waiters: { n: number; resolve: (s: net.Socket) => void }[] = [];
  const server = net.createServer((s) => {
    const index = sockets.length;
    sockets.push(s);
    received.push(Buffer.alloc(0));
    s.on('error', () => {});
    s.on('data', (d) => {
      received[index] = Buffer.concat([received[index]!, d]);
    });
    onConnection(s, index);
    for (const w of waiters.filter((x) => x.n === index)) w.resolve(s);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as net.AddressInfo;
  const peer: Peer = {
    host,
    port: address.port,
    sockets,
    received,
    accepted(n = 0) {
      if (sockets[n]) return Promise.resolve(sockets[n]!);
      return new Promise((resolve) => waiters.push({ n, resolve }));
    },
    close() {
      open.delete(peer);
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  open.add(peer);
  return peer;
}

/** Echoes everything back. */
export const echo = (s: net.Socket): void => {
  s.on('data', (d) => s.write(d));
};

/** Sends `text` as soon as the connection is accepted. */
export const greeting =
  (text: string) =>
  (s: net.Socket): void => {
    s.write(text);
  };

/** Never reads: the socket is paused, so the client's send buffer fills up. */
export const silent = (s: net.Socket): void => {
  s.pause();
};

/** Closes every peer still open (afterEach). */
export async function closeAll(): Promise<void> {
  await Promise.all([...open].map((p) => p.close()));
}

/**
 * What a test file opens beyond the peers: after each test the handles are cleaned up, the
 * closers run and every peer (listen(), test/multi/peers.ts) is closed; then `after` (checks
 * that need all of it gone).
 */
export function cleanupAfterEach(after?: () => Promise<void>): { handles: Easy[]; closers: (() => Promise<void>)[] } {
  const handles: Easy[] = [];
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const e of handles.splice(0)) e.cleanup();
    await Promise.all(closers.splice(0).map((c) => c()));
    await closePeers();
    await closeAll();
    await after?.();
  });
  return { handles, closers };
}

/**
 * Starts `server` on 127.0.0.1, port 0, and returns its port; `closers` then closes it with every
 * connection it accepted (a paused connection never sees the client's close, so server.close()
 * alone could wait for ever).
 */
export async function serve(server: net.Server, closers: (() => Promise<void>)[]): Promise<number> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(
    () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  );
  return (server.address() as net.AddressInfo).port;
}

/** `n` bytes whose every 4 tell their position, so a piece lost, doubled or overwritten shows. */
export function pattern(n: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i + 4 <= n; i += 4) b.writeUInt32BE(i, i);
  return b;
}

/** A port nothing listens on (a listener was there and is gone). */
export async function deadPort(host = '127.0.0.1'): Promise<number> {
  const p = await listen(() => {}, host);
  const port = p.port;
  await p.close();
  return port;
}

/** setopt without the generated overloads (tests also pass values a typed caller cannot). */
export function set(easy: Easy, option: string, value: unknown): number {
  return (easy.setopt as unknown as (o: string, v: unknown) => number).call(easy, option, value);
}

/** A new handle with `options` set in their order (setopt by name), kept in `handles` to be
 * cleaned up after the test (cleanupAfterEach). */
export function easyWith(handles: Easy[], options: Record<string, unknown>): Easy {
  const easy = new Easy();
  handles.push(easy);
  for (const [k, v] of Object.entries(options)) set(easy, k, v);
  return easy;
}

export function info(easy: Easy, name: string): { code: number; value: unknown } {
  return (easy.getinfo as unknown as (i: string) => { code: number; value: unknown }).call(easy, name);
}

export interface DebugEvent {
  type: number;
  text: string;
}

/** Turns VERBOSE on with a DEBUGFUNCTION that records every event. */
export function capture(easy: Easy): { events: DebugEvent[]; lines(): string[] } {
  const events: DebugEvent[] = [];
  set(easy, 'VERBOSE', 1);
  set(easy, 'DEBUGFUNCTION', (_h: unknown, type: number, data: Uint8Array) => {
    events.push({ type, text: Buffer.from(data).toString('utf8') });
    return 0;
  });
  return {
    events,
    // TEXT events without their trailing newline
    lines: () => events.filter((e) => e.type === 0).map((e) => e.text.replace(/\n$/, '')),
  };
}

/** A handle for `url` whose body is read and dropped. */
export function quiet(url: string): Easy {
  const easy = new Easy();
  set(easy, 'URL', url);
  set(easy, 'WRITEFUNCTION', (b: Uint8Array) => b.length);
  return easy;
}

/** Collects what WRITEFUNCTION and HEADERFUNCTION get: the body, and the header lines (latin1). */
export function collect(easy: Easy): { body(): Buffer; headers: string[] } {
  const chunks: Buffer[] = [];
  const headers: string[] = [];
  set(easy, 'WRITEFUNCTION', (b: Uint8Array) => {
    chunks.push(Buffer.from(b));
    return b.length;
  });
  set(easy, 'HEADERFUNCTION', (b: Uint8Array) => {
    headers.push(Buffer.from(b).toString('latin1'));
    return b.length;
  });
  return { body: () => Buffer.concat(chunks), headers };
}

/** A connect-only handle for `url`. */
export function connectOnly(url: string): Easy {
  const easy = new Easy();
  set(easy, 'URL', url);
  set(easy, 'CONNECT_ONLY', 1);
  return easy;
}

/** A Duplex that says it is connecting and never connects (for timeout tests). */
export class NeverConnects extends Duplex {
  connecting = true;
  override _read(): void {}
  override _write(_c: unknown, _e: BufferEncoding, cb: () => void): void {
    cb();
  }
}

/** Reads until `want` bytes arrived, waiting on AGAIN; returns what came (stops at EOF). */
export async function recvAll(easy: Easy, want: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let got = 0;
  const buf = new Uint8Array(65536);
  while (got < want) {
    const r = easy.recv(buf);
    if (r.code === 81) {
      await easy.wait('recv');
      continue;
    }
    if (r.code !== 0) throw new Error(`recv returned ${r.code}`);
    if (r.n === 0) break;
    parts.push(Buffer.from(buf.subarray(0, r.n)));
    got += r.n;
  }
  return Buffer.concat(parts);
}

/** Sends all of `data`, waiting on AGAIN. */
export async function sendAll(easy: Easy, data: Uint8Array): Promise<void> {
  let off = 0;
  while (off < data.length) {
    const r = easy.send(data.subarray(off));
    if (r.code === 81) {
      await easy.wait('send');
      continue;
    }
    if (r.code !== 0) throw new Error(`send returned ${r.code}`);
    off += r.n;
  }
}

/** Resolves when `cond()` holds, checking on each turn of the event loop (no timing). */
export async function until(cond: () => boolean): Promise<void> {
  while (!cond()) await new Promise((r) => setImmediate(r));
}
