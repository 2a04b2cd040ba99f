// A scripted HTTP/2 peer over plain TCP (h2c, prior knowledge) that writes frames by hand (RFC
// 9113 section 4 framing, RFC 7541 literal header fields without Huffman coding), for the cases a
// well-behaved server never produces: RST_STREAM at a chosen moment, GOAWAY with streams in
// flight, malformed frames, HTTP/1.1 answered to an h2 preface. Each request (a client HEADERS
// frame) is handed to the script with its stream id.
import * as net from 'node:net';

const PREFACE = 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n';

export const FRAME = { DATA: 0, HEADERS: 1, RST_STREAM: 3, SETTINGS: 4, PING: 6, GOAWAY: 7, WINDOW_UPDATE: 8, CONTINUATION: 9 };

export function frame(type: number, flags: number, stream: number, payload: Uint8Array = Buffer.alloc(0)): Buffer {
  const h = Buffer.alloc(9);
  h.writeUIntBE(payload.length, 0, 3);
  h[3] = type;
  h[4] = flags;
  h.writeUInt32BE(stream & 0x7fffffff, 5);
  return Buffer.concat([h, payload]);
}

function str(s: string): Buffer {
  const b = Buffer.from(s, 'latin1');
  if (b.length > 126) throw new Error('header string too long for this peer');
  return Buffer.concat([Buffer.from([b.length]), b]);
}

/** A header block: `:status` as a literal with the static table's name (index 8), then each
 * field as a literal with a literal name, none of them indexed. */
export function headerBlock(status: number | null, fields: [string, string][] = []): Buffer {
  const parts: Buffer[] = [];
  if (status !== null) parts.push(Buffer.from([0x08]), str(String(status)));
  for (const [n, v] of fields) parts.push(Buffer.from([0x00]), str(n), str(v));
  return Buffer.concat(parts);
}

export class FrameConn {
  constructor(readonly socket: net.Socket) {}
  send(b: Buffer): void {
    if (!this.socket.destroyed) this.socket.write(b);
  }
  headers(stream: number, status: number, fields: [string, string][] = [], end = false): void {
    this.send(frame(FRAME.HEADERS, 0x4 | (end ? 0x1 : 0), stream, headerBlock(status, fields)));
  }
  /** A head split into HEADERS and CONTINUATION frames of at most 16 KiB. */
  bigHeaders(stream: number, status: number, fields: [string, string][]): void {
    const block = headerBlock(status, fields);
    for (let off = 0; off < block.length; off += 16384) {
      const last = off + 16384 >= block.length;
      this.send(frame(off === 0 ? FRAME.HEADERS : FRAME.CONTINUATION, last ? 0x4 : 0, stream, block.subarray(off, off + 16384)));
    }
  }
  trailers(stream: number, fields: [string, string][]): void {
    this.send(frame(FRAME.HEADERS, 0x5, stream, headerBlock(null, fields)));
  }
  data(stream: number, body: string | Buffer, end = false): void {
    this.send(frame(FRAME.DATA, end ? 0x1 : 0, stream, typeof body === 'string' ? Buffer.from(body) : body));
  }
  rst(stream: number, code: number): void {
    const p = Buffer.alloc(4);
    p.writeUInt32BE(code);
    this.send(frame(FRAME.RST_STREAM, 0, stream, p));
  }
  goaway(lastStream: number, code: number): void {
    const p = Buffer.alloc(8);
    p.writeUInt32BE(lastStream, 0);
    p.writeUInt32BE(code, 4);
    this.send(frame(FRAME.GOAWAY, 0, 0, p));
  }
}

export interface FramePeer {
  port: number;
  connections(): number;
  /** Connections still open. */
  open(): number;
  close(): Promise<void>;
}

export interface FramePeerOptions {
  /** SETTINGS_MAX_CONCURRENT_STREAMS in the server's SETTINGS. */
  maxStreams?: number;
  /** Answer the preface with these bytes instead of speaking HTTP/2. */
  raw?: string;
}

export async function startFramePeer(onRequest: (c: FrameConn, stream: number) => void, o: FramePeerOptions = {}): Promise<FramePeer> {
  const sockets = new Set<net.Socket>();
  let connections = 0;
  const server = net.createServer((s) => {
    connections++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => {});
    const c = new FrameConn(s);
    let buf = Buffer.alloc(0);
    let greeted = false;
    s.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      if (!greeted) {
        if (buf.length < PREFACE.length) return;
        greeted = true;
        buf = buf.subarray(PREFACE.length);
        if (o.raw !== undefined) {
          s.end(o.raw);
          return;
        }
        const settings = Buffer.alloc(o.maxStreams !== undefined ? 6 : 0);
        if (o.maxStreams !== undefined) {
          settings.writeUInt16BE(0x3, 0);
          settings.writeUInt32BE(o.maxStreams, 2);
        }
        c.send(frame(FRAME.SETTINGS, 0, 0, settings));
      }
      while (buf.length >= 9) {
        const len = buf.readUIntBE(0, 3);
        if (buf.length < 9 + len) break;
        const type = buf[3]!;
        const flags = buf[4]!;
        const stream = buf.readUInt32BE(5) & 0x7fffffff;
        buf = buf.subarray(9 + len);
        if (type === FRAME.SETTINGS && (flags & 1) === 0) c.send(frame(FRAME.SETTINGS, 1, 0));
        else if (type === FRAME.HEADERS) onRequest(c, stream);
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as net.AddressInfo).port,
    connections: () => connections,
    open: () => sockets.size,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
