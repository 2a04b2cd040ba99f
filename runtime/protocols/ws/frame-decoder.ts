// The receiving half of the WebSocket frame codec (RFC 6455 section 5.2): curl_ws_recv without the
// network read, with libcurl 8.22's semantics, codes and texts (lib/ws.c
// `ws_frame_firstbyte2flags`, `ws_dec_read_head`, `ws_dec_pass`, `ws_client_collect`).
//
//   const dec = new FrameDecoder();
//   dec.push(bytes);                                  // any split; bytes are kept, not copied
//   const r = dec.recv(buf, { autoPong: true });      // r.code: 0 OK, 81 AGAIN, 56 RECV_ERROR
//   // r.n bytes of ONE frame are in buf; r.meta = { age, flags, offset, bytesleft, len } (null
//   // unless OK); r.pongs = payloads of complete PINGs consumed by this call under auto-pong,
//   // to be answered at once (decision 3), whatever r.code is.
// AGAIN means "push more bytes and call again": no complete frame head plus at least one payload
// byte (or a complete zero-length frame) is buffered (M6). A zero-length `buf` peeks (M9). A
// protocol violation returns 56 with r.error (a CurlError with libcurl's `[WS] ...` text) and the
// decoder stays failed: every later recv returns the same (decision 4). `dec.readable` tells
// whether recv would get anywhere without more bytes (for wait('recv')); `dec.buffered` counts
// the bytes held (never more than was pushed).
import { CURLE } from '../../base/codes.js';
import { CURLWS_BINARY, CURLWS_CLOSE, CURLWS_CONT, CURLWS_PING, CURLWS_PONG, CURLWS_TEXT } from '../../base/constants.js';
import { CurlError } from '../../base/error.js';
import {
  FIN,
  MASK_BIT,
  OP_BINARY,
  OP_CLOSE,
  OP_CONT,
  OP_PING,
  OP_PONG,
  OP_TEXT,
  RSV_MASK,
  WS_MAX_CNTRL_LEN,
  type WsMeta,
} from './frame.js';

export interface WsRecvResult {
  /** CURLE_OK (0), CURLE_AGAIN (81) or CURLE_RECV_ERROR (56). */
  code: number;
  /** Payload bytes written to the caller's buffer. */
  n: number;
  /** Set when code is 0. */
  meta: WsMeta | null;
  /** Payloads of complete PINGs this call consumed for auto-pong, oldest first. */
  pongs: Uint8Array[];
  /** The violation, when code is 56. */
  error?: CurlError;
}

export interface WsRecvOptions {
  /** Answer PINGs instead of delivering them (no CURLWS_NOAUTOPONG); read per call (M27). */
  autoPong?: boolean;
}

const enum State {
  HEADER, // reading the first two bytes
  LEN16,
  LEN64,
  PAYLOAD,
  FAILED,
}

const EMPTY = new Uint8Array(0);

/** Frame flags for a first byte given the flags of the open data message (ws_frame_firstbyte2flags). */
function firstByteToFlags(b: number, contFlags: number): number {
  switch (b) {
    case OP_CONT:
      if (!(contFlags & CURLWS_CONT)) throw violation('[WS] no ongoing fragmented message to resume');
      return contFlags | CURLWS_CONT;
    case OP_CONT | FIN:
      if (!(contFlags & CURLWS_CONT)) throw violation('[WS] no ongoing fragmented message to resume');
      return contFlags & ~CURLWS_CONT;
    case OP_TEXT:
    case OP_TEXT | FIN:
      if (contFlags & CURLWS_CONT) throw violation('[WS] fragmented message interrupted by new TEXT msg');
      return b & FIN ? CURLWS_TEXT : CURLWS_TEXT | CURLWS_CONT;
    case OP_BINARY:
    case OP_BINARY | FIN:
      if (contFlags & CURLWS_CONT) throw violation('[WS] fragmented message interrupted by new BINARY msg');
      return b & FIN ? CURLWS_BINARY : CURLWS_BINARY | CURLWS_CONT;
    case OP_CLOSE:
      throw violation('[WS] invalid fragmented CLOSE frame');
    case OP_CLOSE | FIN:
      return CURLWS_CLOSE;
    case OP_PING:
      throw violation('[WS] invalid fragmented PING frame');
    case OP_PING | FIN:
      return CURLWS_PING;
    case OP_PONG:
      throw violation('[WS] invalid fragmented PONG frame');
    case OP_PONG | FIN:
      return CURLWS_PONG;
    default:
      if (b & RSV_MASK) throw violation(`[WS] invalid reserved bits: ${hex2(b)}`);
      throw violation(`[WS] invalid opcode: ${hex2(b)}`);
  }
}

const hex2 = (b: number): string => b.toString(16).padStart(2, '0');
const violation = (text: string): CurlError => new CurlError(CURLE.RECV_ERROR, text);

export class FrameDecoder {
  private chunks: Uint8Array[] = [];
  /** Read position inside chunks[0]. */
  private pos = 0;
  private avail = 0;

  private state: State = State.HEADER;
  private error: CurlError | null = null;
  /** Flags of the open fragmented data message (TEXT|CONT or BINARY|CONT), else 0. */
  private contFlags = 0;
  // The current frame.
  private flags = 0;
  private payloadLen = 0;
  private offset = 0;

  /** Append received bytes. They are held by reference until consumed. */
  push(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.chunks.push(bytes);
    this.avail += bytes.length;
  }

  /** Bytes pushed and not yet consumed. */
  get buffered(): number {
    return this.avail;
  }

  /** The violation that failed the stream, if any. */
  get failure(): CurlError | null {
    return this.error;
  }

  /** Whether a frame has begun (head read, or partly read) and is not finished. */
  get inFrame(): boolean {
    return this.state !== State.HEADER || this.headLen > 0;
  }

  /** Payload of the current frame still to come (0 between frames). */
  get frameRemaining(): number {
    return this.state === State.PAYLOAD ? this.payloadLen - this.offset : 0;
  }

  private headLen = 0;
  private head = new Uint8Array(10);

  /**
   * Whether recv would get anywhere without more bytes: a failure to report, payload to hand out,
   * or a complete head with a payload byte (or of a zero-length frame) buffered. For wait('recv').
   */
  get readable(): boolean {
    if (this.error) return true;
    if (this.state === State.PAYLOAD) return this.avail > 0;
    const h = this.headLen;
    const at = (k: number): number => (k < h ? this.head[k] : this.peek(k - h));
    if (h + this.avail < 1) return false;
    let flags = this.flags;
    if (h === 0) {
      try {
        flags = firstByteToFlags(at(0), this.contFlags);
      } catch {
        return true; // recv would report the violation
      }
    }
    if (h + this.avail < 2) return false;
    const b1 = at(1);
    if (b1 & MASK_BIT || (b1 > WS_MAX_CNTRL_LEN && flags & (CURLWS_PING | CURLWS_PONG | CURLWS_CLOSE))) return true;
    const len7 = b1 & 0x7f;
    const total = len7 === 126 ? 4 : len7 === 127 ? 10 : 2;
    if (h + this.avail < total) return false;
    let len = len7;
    if (total > 2) {
      len = 0;
      if (total === 10 && at(2) > 127) return true; // the 63-bit violation, seen with the whole head
      for (let k = 2; k < total; k++) len = len * 256 + at(k);
    }
    return len === 0 || h + this.avail > total;
  }

  /** The k-th buffered byte, not consumed. */
  private peek(k: number): number {
    let i = 0;
    let o = this.pos + k;
    while (o >= this.chunks[i].length) o -= this.chunks[i++].length;
    return this.chunks[i][o];
  }

  /**
   * One curl_ws_recv over the buffered bytes: at most one frame's data into `buf`. Complete PINGs
   * met on the way are consumed and returned in `pongs` when auto-pong is on (M14, decision 3).
   */
  recv(buf: Uint8Array | null, opts: WsRecvOptions = {}): WsRecvResult {
    const autoPong = opts.autoPong ?? true;
    const pongs: Uint8Array[] = [];
    if (this.error) return { code: CURLE.RECV_ERROR, n: 0, meta: null, pongs, error: this.error };
    const out = buf ?? EMPTY;
    for (;;) {
      if (this.state !== State.PAYLOAD) {
        try {
          if (!this.readHead()) return { code: CURLE.AGAIN, n: 0, meta: null, pongs };
        } catch (err) {
          this.state = State.FAILED;
          this.error = err as CurlError;
          return { code: CURLE.RECV_ERROR, n: 0, meta: null, pongs, error: this.error };
        }
        if (this.payloadLen === 0) {
          // A zero-length frame is written once, with no data (ws_dec_pass special case).
          const flags = this.flags;
          this.state = State.HEADER;
          if (autoPong && flags & CURLWS_PING) {
            pongs.push(EMPTY);
            continue;
          }
          return { code: CURLE.OK, n: 0, meta: meta(flags, 0, 0, 0), pongs };
        }
      }
      // PAYLOAD: nothing can be passed without at least one payload byte.
      if (this.avail === 0) return { code: CURLE.AGAIN, n: 0, meta: null, pongs };
      const remain = this.payloadLen - this.offset;
      const have = Math.min(this.avail, remain);
      if (autoPong && this.flags & CURLWS_PING && have === remain) {
        // The whole (rest of the) PING is here: answer it instead of delivering it (M14, M17).
        const payload = new Uint8Array(have);
        this.take(payload, 0, have);
        this.state = State.HEADER;
        pongs.push(payload);
        continue;
      }
      const start = this.offset;
      const n = Math.min(have, out.length);
      if (n > 0) this.take(out, 0, n);
      this.offset += n;
      const flags = this.flags;
      if (this.offset === this.payloadLen) this.state = State.HEADER;
      return { code: CURLE.OK, n, meta: meta(flags, start, this.payloadLen - start - n, n), pongs };
    }
  }

  /** Reads a frame head from the buffer; false when more bytes are needed. Throws on a violation. */
  private readHead(): boolean {
    while (this.avail > 0) {
      const b = this.byte();
      if (this.headLen === 0) {
        this.state = State.HEADER;
        this.flags = firstByteToFlags(b, this.contFlags);
        // Only data frames change the fragmentation state (control frames may interleave).
        if (this.flags & (CURLWS_TEXT | CURLWS_BINARY)) this.contFlags = this.flags;
        this.head[0] = b;
        this.headLen = 1;
        continue;
      }
      this.head[this.headLen++] = b;
      if (this.headLen === 2) {
        if (b & MASK_BIT) throw violation('[WS] masked input frame');
        if (b > WS_MAX_CNTRL_LEN && this.flags & (CURLWS_PING | CURLWS_PONG | CURLWS_CLOSE)) {
          const name = this.flags & CURLWS_PING ? 'PING' : this.flags & CURLWS_PONG ? 'PONG' : 'CLOSE';
          throw violation(`[WS] received ${name} frame is too big`);
        }
        if (b === 126) {
          this.state = State.LEN16;
          continue;
        }
        if (b === 127) {
          this.state = State.LEN64;
          continue;
        }
        return this.startPayload(b);
      }
      if (this.state === State.LEN16 && this.headLen === 4) {
        return this.startPayload((this.head[2] << 8) | this.head[3]);
      }
      if (this.state === State.LEN64 && this.headLen === 10) {
        if (this.head[2] > 127) throw violation('[WS] frame length longer than 63 bits not supported');
        let len = 0;
        for (let k = 2; k < 10; k++) len = len * 256 + this.head[k];
        return this.startPayload(len);
      }
    }
    return false;
  }

  private startPayload(len: number): boolean {
    this.payloadLen = len;
    this.offset = 0;
    this.headLen = 0;
    this.state = State.PAYLOAD;
    return true;
  }

  private byte(): number {
    const c = this.chunks[0];
    const b = c[this.pos++];
    this.avail--;
    if (this.pos === c.length) {
      this.chunks.shift();
      this.pos = 0;
    }
    return b;
  }

  /** Copies n buffered bytes into dst at o and drops them. */
  private take(dst: Uint8Array, o: number, n: number): void {
    this.avail -= n;
    while (n > 0) {
      const c = this.chunks[0];
      const k = Math.min(n, c.length - this.pos);
      dst.set(k === c.length && this.pos === 0 ? c : c.subarray(this.pos, this.pos + k), o);
      o += k;
      n -= k;
      this.pos += k;
      if (this.pos === c.length) {
        this.chunks.shift();
        this.pos = 0;
      }
    }
  }
}

const meta = (flags: number, offset: number, bytesleft: number, len: number): WsMeta => ({
  age: 0,
  flags,
  offset,
  bytesleft,
  len,
});
