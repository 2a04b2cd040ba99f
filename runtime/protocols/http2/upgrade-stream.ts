// HTTP/2 after an HTTP/1.1 `Upgrade: h2c` (RFC 7540 section 3.2; lib/http2.c
// Curl_http2_request_upgrade and Curl_http2_upgrade). The request went out as HTTP/1.1 and its
// response comes on stream 1, which the client never opens itself. libcurl tells nghttp2 so with
// nghttp2_session_upgrade2; Node's binding has no such call. So the session opens stream 1 the
// ordinary way, with a HEADERS frame that this stream keeps off the wire:
//
//   const up = new UpgradeStream(conn.stream, leftover);     // Node's session runs over `up`
//   const stream = session.request(upgradeHeaders(...), { endStream: true });   // stream 1
//
// Its header fields are all static-table matches or never-indexed literals (RFC 7541 section
// 6.2.3), so the dropped block leaves the HPACK table of our encoder as the server's decoder has
// it. What the server sent after the 101 (and all that follows) reaches the session only once
// that HEADERS frame is behind us: nghttp2 opens stream 1 when it writes the frame, and a
// response for a stream it has not opened would be a connection error.
import { Buffer } from 'node:buffer';
import * as http2 from 'node:http2';
import { Duplex } from 'node:stream';

/** RFC 9113 section 3.4: the client connection preface. */
const PREFACE_LENGTH = 24;
const FRAME_HEADER = 9;
const HEADERS = 0x1;
const CONTINUATION = 0x9;
const END_HEADERS = 0x4;

/** The request headers that open stream 1 in the session (never sent). `head`: the upgraded
 * request was a HEAD, whose response nghttp2 must not expect a body for (nghttp2_session_upgrade2's
 * head_request). */
export function upgradeHeaders(authority: string, head: boolean): http2.OutgoingHttpHeaders {
  const headers: http2.OutgoingHttpHeaders = {
    ':method': head ? 'HEAD' : 'GET',
    ':path': '/',
    ':scheme': 'http',
    ':authority': authority,
  };
  (headers as Record<symbol, string[]>)[http2.sensitiveHeaders] = [':method', ':path', ':scheme', ':authority'];
  return headers;
}

/** The connection's stream as the upgraded session sees it: writes pass through but for stream
 * 1's HEADERS (and CONTINUATION) frames; reads start with the bytes that came after the 101 and
 * are held until those frames went by. */
export class UpgradeStream extends Duplex {
  readonly #inner: Duplex;
  #leftover: Buffer;
  /** Preface bytes still to pass. */
  #preface = PREFACE_LENGTH;
  /** The frame header being read. */
  #header = Buffer.alloc(0);
  /** Payload bytes of the current frame still to pass or drop. */
  #payload = 0;
  #dropping = false;
  /** The current frame ends stream 1's header block. */
  #lastDropped = false;
  /** Stream 1's headers are behind us: everything passes unread. */
  #through = false;
  #held = true;

  constructor(inner: Duplex, leftover: Uint8Array) {
    super({ allowHalfOpen: true });
    this.#inner = inner;
    this.#leftover = Buffer.from(leftover.buffer, leftover.byteOffset, leftover.length);
    inner.on('end', () => this.push(null));
    inner.on('error', (err: Error) => this.destroy(err));
    inner.on('close', () => this.destroy());
  }

  override _read(): void {
    if (!this.#held) this.#inner.resume();
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, done: (err?: Error | null) => void): void {
    const out = this.#through ? chunk : this.#filter(chunk);
    if (out.length === 0) done();
    else this.#inner.write(out, done);
  }

  override _final(done: (err?: Error | null) => void): void {
    this.#inner.end();
    done();
  }

  override _destroy(err: Error | null, done: (err?: Error | null) => void): void {
    this.#inner.destroy();
    done(err);
  }

  /** The server's bytes start flowing to the session. */
  #release(): void {
    this.#held = false;
    if (this.#leftover.length > 0) this.push(this.#leftover);
    this.#leftover = Buffer.alloc(0);
    this.#inner.on('data', (chunk: Buffer) => {
      if (!this.push(chunk)) this.#inner.pause();
    });
    this.#inner.resume();
  }

  /** What of `chunk` goes on the wire: all of it but stream 1's header block. */
  #filter(chunk: Buffer): Buffer {
    const out: Buffer[] = [];
    let i = 0;
    while (i < chunk.length && !this.#through) {
      if (this.#preface > 0) {
        const n = Math.min(this.#preface, chunk.length - i);
        out.push(chunk.subarray(i, i + n));
        this.#preface -= n;
        i += n;
      } else if (this.#payload > 0) {
        const n = Math.min(this.#payload, chunk.length - i);
        if (!this.#dropping) out.push(chunk.subarray(i, i + n));
        this.#payload -= n;
        i += n;
        if (this.#payload === 0) this.#frameDone();
      } else {
        const n = Math.min(FRAME_HEADER - this.#header.length, chunk.length - i);
        this.#header = Buffer.concat([this.#header, chunk.subarray(i, i + n)]);
        i += n;
        if (this.#header.length === FRAME_HEADER) {
          this.#frameStart();
          if (!this.#dropping) out.push(this.#header);
          if (this.#payload === 0) this.#frameDone();
        }
      }
    }
    if (i < chunk.length) out.push(chunk.subarray(i));
    return out.length === 1 ? out[0]! : Buffer.concat(out);
  }

  /** A frame header is complete (RFC 9113 section 4.1): length, type, flags, stream. */
  #frameStart(): void {
    const h = this.#header;
    const type = h[3]!;
    const stream = h.readUInt32BE(5) & 0x7fffffff;
    this.#payload = h.readUIntBE(0, 3);
    this.#dropping = stream === 1 && (type === HEADERS || type === CONTINUATION);
    this.#lastDropped = this.#dropping && (h[4]! & END_HEADERS) !== 0;
  }

  /** A frame's payload went by (or was dropped). */
  #frameDone(): void {
    this.#header = Buffer.alloc(0);
    if (this.#lastDropped) {
      this.#through = true;
      // nghttp2 has opened stream 1: what the server sent may be read now
      queueMicrotask(() => this.#release());
    }
  }
}
