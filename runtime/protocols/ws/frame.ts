// The WebSocket frame codec (RFC 6455 section 5) behind wsSend/wsRecv, with libcurl 8.22's
// semantics, codes and texts (lib/ws.c `ws_frame_firstbyte2flags`, `ws_frame_flags2firstbyte`,
// `ws_dec_read_head`, `ws_dec_pass`, `ws_client_collect`, `curl_ws_recv`, `ws_enc_add_frame`).
// Socket-free: the runtime pushes received bytes in and writes encoded bytes out.
//
// Receiving (curl_ws_recv without the network read):
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
//
// Sending (curl_ws_send's frame mode):
//   const { firstByte, fragmentOpen } = flagsToOpcode(flags, fragmentOpen, payloadLength);
//   encodeFrame(firstByte & 0x0f, (firstByte & 0x80) !== 0, payload, mask)   // a whole frame
//   const enc = new FrameEncoder(); enc.head(firstByte, totalLength, mask); enc.payload(piece)
//                                                     // CURLWS_OFFSET: head first, pieces later
//   makeMask() gives 4 fresh random bytes per frame; makeKey()/expectedAccept(key) do the
//   handshake's Sec-WebSocket-Key and the Sec-WebSocket-Accept check (decision 2).
import { createHash, randomBytes, randomFillSync } from 'node:crypto';
import { CURLE } from '../../base/codes.js';
import { CurlError } from '../../base/error.js';

// include/curl/websockets.h
export const CURLWS_TEXT = 1;
export const CURLWS_BINARY = 2;
export const CURLWS_CONT = 4;
export const CURLWS_CLOSE = 8;
export const CURLWS_PING = 16;
export const CURLWS_OFFSET = 32;
export const CURLWS_PONG = 64;
// CURLOPT_WS_OPTIONS bits
export const CURLWS_RAW_MODE = 1;
export const CURLWS_NOAUTOPONG = 2;

// RFC 6455 section 5.2
export const OP_CONT = 0x0;
export const OP_TEXT = 0x1;
export const OP_BINARY = 0x2;
export const OP_CLOSE = 0x8;
export const OP_PING = 0x9;
export const OP_PONG = 0xa;
const FIN = 0x80;
const RSV_MASK = 0x70;
const MASK_BIT = 0x80;
/** Control frames carry at most 125 payload bytes (RFC 6455 section 5.5). */
export const WS_MAX_CNTRL_LEN = 125;

/** The frame description curl_ws_recv hands back (struct curl_ws_frame). */
export interface WsMeta {
  age: number;
  flags: number;
  offset: number;
  bytesleft: number;
  len: number;
}

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

// ---------------------------------------------------------------------------------------------
// Sending

export interface FirstByte {
  /** FIN bit and opcode for the frame. */
  firstByte: number;
  /** Whether a fragmented data message is open after this frame. */
  fragmentOpen: boolean;
  /** libcurl's info line for the discouraged CONT-only form, if used. */
  info?: string;
}

/**
 * The first byte for curl_ws_send's flags (ws_frame_flags2firstbyte, M20), given whether a
 * fragmented data message is open; CURLWS_OFFSET is ignored here. Invalid combinations throw
 * CURLE_BAD_FUNCTION_ARGUMENT (43); a control frame longer than 125 bytes throws CURLE_TOO_LARGE
 * (100, M21) when `payloadLength` is given.
 */
export function flagsToOpcode(flags: number, fragmentOpen: boolean, payloadLength?: number): FirstByte {
  const bad = (text: string): CurlError => new CurlError(CURLE.BAD_FUNCTION_ARGUMENT, text);
  let firstByte: number;
  let info: string | undefined;
  let open = fragmentOpen;
  switch (flags & ~CURLWS_OFFSET) {
    case 0:
      if (!fragmentOpen) throw bad('[WS] no flags given');
      firstByte = OP_CONT | FIN; // compatibility: the final continuation
      open = false;
      break;
    case CURLWS_CONT:
      if (!fragmentOpen) throw bad('[WS] No ongoing fragmented message to continue');
      info =
        '[WS] setting CURLWS_CONT flag without message type is supported for compatibility but highly discouraged';
      firstByte = OP_CONT;
      break;
    case CURLWS_TEXT:
      firstByte = (fragmentOpen ? OP_CONT : OP_TEXT) | FIN;
      open = false;
      break;
    case CURLWS_TEXT | CURLWS_CONT:
      firstByte = fragmentOpen ? OP_CONT : OP_TEXT;
      open = true;
      break;
    case CURLWS_BINARY:
      firstByte = (fragmentOpen ? OP_CONT : OP_BINARY) | FIN;
      open = false;
      break;
    case CURLWS_BINARY | CURLWS_CONT:
      firstByte = fragmentOpen ? OP_CONT : OP_BINARY;
      open = true;
      break;
    case CURLWS_CLOSE:
      firstByte = OP_CLOSE | FIN;
      break;
    case CURLWS_CLOSE | CURLWS_CONT:
      throw bad('[WS] CLOSE frame must not be fragmented');
    case CURLWS_PING:
      firstByte = OP_PING | FIN;
      break;
    case CURLWS_PING | CURLWS_CONT:
      throw bad('[WS] PING frame must not be fragmented');
    case CURLWS_PONG:
      firstByte = OP_PONG | FIN;
      break;
    case CURLWS_PONG | CURLWS_CONT:
      throw bad('[WS] PONG frame must not be fragmented');
    default:
      throw bad(`[WS] unknown flags: ${flags.toString(16)}`);
  }
  const op = firstByte & 0x0f;
  if (payloadLength !== undefined && payloadLength > WS_MAX_CNTRL_LEN && op >= OP_CLOSE) {
    const name = op === OP_PING ? 'PING' : op === OP_PONG ? 'PONG' : 'CLOSE';
    throw new CurlError(CURLE.TOO_LARGE, `[WS] given ${name} frame is too big`);
  }
  return info === undefined ? { firstByte, fragmentOpen: open } : { firstByte, fragmentOpen: open, info };
}

/** Size of a client frame head (with the 4 mask bytes) for a payload length. */
export function headLength(payloadLength: number): number {
  return payloadLength > 65535 ? 14 : payloadLength >= 126 ? 8 : 6;
}

/** Writes a masked client frame head into dst at o; returns its length (RFC 6455 section 5.2). */
export function writeHead(dst: Uint8Array, o: number, firstByte: number, payloadLength: number, mask: Uint8Array): number {
  const start = o;
  dst[o++] = firstByte;
  if (payloadLength > 65535) {
    dst[o++] = 127 | MASK_BIT;
    const hi = Math.floor(payloadLength / 0x100000000);
    const lo = payloadLength >>> 0;
    dst[o++] = (hi >>> 24) & 0xff;
    dst[o++] = (hi >>> 16) & 0xff;
    dst[o++] = (hi >>> 8) & 0xff;
    dst[o++] = hi & 0xff;
    dst[o++] = (lo >>> 24) & 0xff;
    dst[o++] = (lo >>> 16) & 0xff;
    dst[o++] = (lo >>> 8) & 0xff;
    dst[o++] = lo & 0xff;
  } else if (payloadLength >= 126) {
    dst[o++] = 126 | MASK_BIT;
    dst[o++] = (payloadLength >>> 8) & 0xff;
    dst[o++] = payloadLength & 0xff;
  } else {
    dst[o++] = payloadLength | MASK_BIT;
  }
  dst[o++] = mask[0];
  dst[o++] = mask[1];
  dst[o++] = mask[2];
  dst[o++] = mask[3];
  return o - start;
}

/**
 * XORs src with the mask into dst (same length; may be the same array), starting at mask byte
 * `phase` (0-3). Word-wide where the alignment allows, as masking is the send path's hot loop.
 */
export function applyMask(src: Uint8Array, dst: Uint8Array, mask: Uint8Array, phase = 0): void {
  const n = src.length;
  let i = 0;
  // Bytes until dst is 4-aligned.
  while (i < n && (dst.byteOffset + i) & 3) {
    dst[i] = src[i] ^ mask[(phase + i) & 3];
    i++;
  }
  const words = (n - i) >>> 2;
  if (words > 0 && ((src.byteOffset + i) & 3) === 0) {
    const m = new Uint8Array(4);
    for (let k = 0; k < 4; k++) m[k] = mask[(phase + i + k) & 3];
    // Int32 keeps the XOR in small-integer range for the JIT (Uint32 values above 2^31 do not).
    const mw = new Int32Array(m.buffer)[0];
    const s32 = new Int32Array(src.buffer, src.byteOffset + i, words);
    const d32 = new Int32Array(dst.buffer, dst.byteOffset + i, words);
    for (let k = 0; k < words; k++) d32[k] = s32[k] ^ mw;
    i += words * 4;
  } else if (words > 0 && src !== dst) {
    // src unaligned: copy, then mask in place (dst is aligned here).
    dst.set(src.subarray(i), i);
    applyMask(dst.subarray(i), dst.subarray(i), mask, (phase + i) & 3);
    return;
  }
  while (i < n) {
    dst[i] = src[i] ^ mask[(phase + i) & 3];
    i++;
  }
}

/**
 * A whole masked client frame (RFC 6455 section 5.2; ws's Sender.frame): FIN, opcode, the 7-,
 * 16- or 64-bit length at the 125/65535 boundaries, the mask, the masked payload.
 */
export function encodeFrame(opcode: number, fin: boolean, payload: Uint8Array, mask: Uint8Array): Uint8Array {
  const hl = headLength(payload.length);
  const out = new Uint8Array(hl + payload.length);
  writeHead(out, 0, (fin ? FIN : 0) | (opcode & 0x0f), payload.length, mask);
  applyMask(payload, out.subarray(hl), mask, 0);
  return out;
}

/**
 * A frame sent in pieces (CURLWS_OFFSET, M24): head() declares the total length, payload()
 * masks each piece, continuing the mask where the last piece stopped.
 */
export class FrameEncoder {
  private mask = new Uint8Array(4);
  private xori = 0;
  private remain = 0;

  /** Payload bytes the current frame still needs (0: no frame open). */
  get remaining(): number {
    return this.remain;
  }

  /** The head for a frame of `totalLength` payload bytes. Throws if the last frame is unfinished. */
  head(firstByte: number, totalLength: number, mask: Uint8Array): Uint8Array {
    if (this.remain > 0) {
      throw new CurlError(
        CURLE.SEND_ERROR,
        `[WS] starting new frame with ${this.remain} bytes from last one remaining to be sent`,
      );
    }
    if (totalLength < 0) {
      throw new CurlError(CURLE.SEND_ERROR, `[WS] starting new frame with negative payload length ${totalLength}`);
    }
    this.mask.set(mask.subarray(0, 4));
    this.xori = 0;
    this.remain = totalLength;
    const out = new Uint8Array(headLength(totalLength));
    writeHead(out, 0, firstByte, totalLength, this.mask);
    return out;
  }

  /** The masked bytes for the next piece. More than the frame still needs throws 43 (M24). */
  payload(piece: Uint8Array): Uint8Array {
    if (piece.length > this.remain) {
      throw new CurlError(
        CURLE.BAD_FUNCTION_ARGUMENT,
        `[WS] unaligned frame size (sending ${piece.length} instead of ${this.remain})`,
      );
    }
    const out = new Uint8Array(piece.length);
    applyMask(piece, out, this.mask, this.xori);
    this.xori = (this.xori + piece.length) & 3;
    this.remain -= piece.length;
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Handshake (RFC 6455 section 4.1)

const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** A Sec-WebSocket-Key: 16 random bytes, base64. */
export function makeKey(): string {
  return randomBytes(16).toString('base64');
}

/** The Sec-WebSocket-Accept a server must answer for `key`: base64(SHA-1(key + GUID)). */
export function expectedAccept(key: string): string {
  return createHash('sha1').update(key + WS_GUID).digest('base64');
}

// Masks come from a pool refilled 1024 masks at a time: one randomFillSync per 1024 frames.
const maskPool = new Uint8Array(4096);
let maskAt = maskPool.length;

/** Four fresh random bytes for a client frame mask (RFC 6455 section 5.3). */
export function makeMask(): Uint8Array {
  if (maskAt === maskPool.length) {
    randomFillSync(maskPool);
    maskAt = 0;
  }
  const m = maskPool.slice(maskAt, maskAt + 4);
  maskAt += 4;
  return m;
}
