// The sending half of the WebSocket frame codec (RFC 6455 section 5.2): curl_ws_send's frame mode
// without the network write, with libcurl 8.22's semantics, codes and texts (lib/ws.c
// `ws_frame_flags2firstbyte`, `ws_enc_write_head`, `ws_enc_write_payload`, `ws_enc_add_cntrl`).
//
//   const enc = new FrameEncoder({ maxPiece, infof });
//   let bytes = enc.begin(flags, totalLength, data);   // a new frame: head + first masked piece
//   let taken = enc.sent(io.send(bytes).n);            // payload bytes among those the wire took
//   bytes = enc.next(data.subarray(taken));            // more of the frame, now or in a later call
//   enc.rest()                                         // a head or PONG the wire took only part of
//   enc.control(OP_PONG, payload)                      // a whole control frame (PONG answers)
// Every view lives in a buffer the encoder reuses and is valid until its next call (the
// transport copies, as curl_easy_send's contract says): no allocation per frame. A staged frame
// opens when sent() reports that the transport took it (OK, even 0 bytes): until then it has not
// started, and the next begin() builds it afresh. The mask continues across pieces from the last
// byte taken (CURLWS_OFFSET, M24). Masks come from a pool: one randomFillSync per 1024 frames.
//
// Pure helpers: flagsToOpcode (M20, M21), encodeFrame (a whole frame, ws's Sender.frame),
// writeHead, applyMask, drawMask.
import { Buffer } from 'node:buffer';
import { randomFillSync } from 'node:crypto';
import { CURLE } from '../../base/codes.js';
import {
  CURLWS_BINARY,
  CURLWS_CLOSE,
  CURLWS_CONT,
  CURLWS_OFFSET,
  CURLWS_PING,
  CURLWS_PONG,
  CURLWS_TEXT,
} from '../../base/constants.js';
import { CurlError } from '../../base/error.js';
import { FIN, MASK_BIT, OP_BINARY, OP_CLOSE, OP_CONT, OP_PING, OP_PONG, OP_TEXT, WS_MAX_CNTRL_LEN } from './frame.js';

export interface FirstByte {
  /** FIN bit and opcode for the frame. */
  firstByte: number;
  /** Whether a fragmented data message is open after this frame. */
  fragmentOpen: boolean;
  /** libcurl's info line for the discouraged CONT-only form, if used. */
  info?: string;
}

const controlName = (op: number): string => (op === OP_PING ? 'PING' : op === OP_PONG ? 'PONG' : 'CLOSE');
const bad = (text: string): CurlError => new CurlError(CURLE.BAD_FUNCTION_ARGUMENT, text);
const unaligned = (sending: number, remain: number): CurlError =>
  bad(`[WS] unaligned frame size (sending ${sending} instead of ${remain})`);

/**
 * The first byte for curl_ws_send's flags (ws_frame_flags2firstbyte, M20), given whether a
 * fragmented data message is open; CURLWS_OFFSET is ignored here. Invalid combinations throw
 * CURLE_BAD_FUNCTION_ARGUMENT (43); a control frame longer than 125 bytes throws CURLE_TOO_LARGE
 * (100, M21) when `payloadLength` is given.
 */
export function flagsToOpcode(flags: number, fragmentOpen: boolean, payloadLength?: number): FirstByte {
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
    throw new CurlError(CURLE.TOO_LARGE, `[WS] given ${controlName(op)} frame is too big`);
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
  dst[o++] = mask[0]!;
  dst[o++] = mask[1]!;
  dst[o++] = mask[2]!;
  dst[o++] = mask[3]!;
  return o - start;
}

// The mask as one word, built in this scratch so that masking allocates nothing for it.
const maskBytes = new Uint8Array(4);
const maskWord = new Int32Array(maskBytes.buffer);
/** From this length on, words beat bytes (the word loop costs two typed-array views). */
const WORDS_FROM = 256;

/**
 * XORs src with the mask into dst (same length; may be the same array), starting at mask byte
 * `phase` (0-3). Word-wide where the length and alignment allow, as masking is the send path's
 * hot loop.
 */
export function applyMask(src: Uint8Array, dst: Uint8Array, mask: Uint8Array, phase = 0): void {
  const n = src.length;
  let i = 0;
  if (n >= WORDS_FROM) {
    // Bytes until dst is 4-aligned.
    while ((dst.byteOffset + i) & 3) {
      dst[i] = src[i]! ^ mask[(phase + i) & 3]!;
      i++;
    }
    const words = (n - i) >>> 2;
    if (((src.byteOffset + i) & 3) === 0) {
      for (let k = 0; k < 4; k++) maskBytes[k] = mask[(phase + i + k) & 3]!;
      // Int32 keeps the XOR in small-integer range for the JIT (Uint32 values above 2^31 do not).
      const mw = maskWord[0]!;
      const s32 = new Int32Array(src.buffer, src.byteOffset + i, words);
      const d32 = new Int32Array(dst.buffer, dst.byteOffset + i, words);
      for (let k = 0; k < words; k++) d32[k] = s32[k]! ^ mw;
      i += words * 4;
    } else if (src !== dst) {
      // src unaligned: copy, then mask in place (dst is aligned here).
      dst.set(src.subarray(i), i);
      applyMask(dst.subarray(i), dst.subarray(i), mask, (phase + i) & 3);
      return;
    }
  }
  const m0 = mask[(phase + i) & 3]!;
  const m1 = mask[(phase + i + 1) & 3]!;
  const m2 = mask[(phase + i + 2) & 3]!;
  const m3 = mask[(phase + i + 3) & 3]!;
  for (; i + 3 < n; i += 4) {
    dst[i] = src[i]! ^ m0;
    dst[i + 1] = src[i + 1]! ^ m1;
    dst[i + 2] = src[i + 2]! ^ m2;
    dst[i + 3] = src[i + 3]! ^ m3;
  }
  for (; i < n; i++) dst[i] = src[i]! ^ mask[(phase + i) & 3]!;
}

/** Writes a whole masked frame into dst at o; returns its length. */
function writeFrame(dst: Uint8Array, o: number, firstByte: number, payload: Uint8Array, mask: Uint8Array): number {
  const hl = writeHead(dst, o, firstByte, payload.length, mask);
  applyMask(payload, dst.subarray(o + hl, o + hl + payload.length), mask, 0);
  return hl + payload.length;
}

/**
 * A whole masked client frame (RFC 6455 section 5.2; ws's Sender.frame): FIN, opcode, the 7-,
 * 16- or 64-bit length at the 125/65535 boundaries, the mask, the masked payload.
 */
export function encodeFrame(opcode: number, fin: boolean, payload: Uint8Array, mask: Uint8Array): Uint8Array {
  const out = new Uint8Array(headLength(payload.length) + payload.length);
  writeFrame(out, 0, (fin ? FIN : 0) | (opcode & 0x0f), payload, mask);
  return out;
}

// Masks come from a pool refilled 1024 masks at a time: one randomFillSync per 1024 frames.
const maskPool = Buffer.allocUnsafe(4096);
let maskAt = maskPool.length;

/** Four fresh random bytes for a client frame mask into dst (RFC 6455 section 5.3). */
export function drawMask(dst: Uint8Array): void {
  if (maskAt === maskPool.length) {
    randomFillSync(maskPool);
    maskAt = 0;
  }
  dst[0] = maskPool[maskAt]!;
  dst[1] = maskPool[maskAt + 1]!;
  dst[2] = maskPool[maskAt + 2]!;
  dst[3] = maskPool[maskAt + 3]!;
  maskAt += 4;
}

export interface FrameEncoderOptions {
  /** Writes a frame's 4 mask bytes into dst; drawMask (fresh random bytes) unless a test fixes them. */
  masks?: (dst: Uint8Array) => void;
  /** The most payload one view holds; the caller passes the rest again (default: no limit). */
  maxPiece?: number;
  /** libcurl's infof, for the discouraged CONT-only form of the flags. */
  infof?: (text: string) => void;
}

/** What the last view holds, for sent(). */
const enum Staged {
  NOTHING,
  FRAME, // a new frame's head and first piece
  PAYLOAD,
  CONTROL,
  REST,
}

/** Payload starts 4-aligned in the output buffer, the head right before it (14 bytes at most). */
const PAYLOAD_AT = 16;
/** The longest control frame: a 6-byte head and 125 payload bytes. */
const MAX_CONTROL = 6 + WS_MAX_CNTRL_LEN;

/** Builds curl_ws_send's frames (see the top of this file); the caller does the I/O. */
export class FrameEncoder {
  readonly #masks: (dst: Uint8Array) => void;
  readonly #maxPiece: number;
  readonly #infof: ((text: string) => void) | undefined;
  #out: Buffer = Buffer.allocUnsafe(PAYLOAD_AT + 64 * 1024);

  // The open frame.
  readonly #mask = new Uint8Array(4);
  /** Mask byte for the next payload byte (0-3). */
  #phase = 0;
  #remain = 0;
  /** A fragmented data message is open (the next data frame is a continuation). */
  #fragmentOpen = false;

  /** The part of a head or control frame the transport did not take: it goes before anything. */
  readonly #rest = new Uint8Array(MAX_CONTROL);
  #restAt = 0;
  #restEnd = 0;

  readonly #ctrl = new Uint8Array(MAX_CONTROL);
  readonly #ctrlMask = new Uint8Array(4);
  #ctrlLen = 0;

  #staged = Staged.NOTHING;
  // Of a staged new frame: where its head starts in #out, its length, total, and the message state.
  #stagedAt = 0;
  #stagedHead = 0;
  #stagedTotal = 0;
  #stagedOpen = false;

  constructor(options: FrameEncoderOptions = {}) {
    this.#masks = options.masks ?? drawMask;
    this.#maxPiece = options.maxPiece ?? Infinity;
    this.#infof = options.infof;
  }

  /** Payload bytes the open frame still needs (0: no frame open). */
  get remaining(): number {
    return this.#remain;
  }

  /** Bytes of a head or control frame that rest() still has to hand out. */
  get unsent(): number {
    return this.#restEnd - this.#restAt;
  }

  /** A frame of ours is unfinished on the wire, so a control frame cannot cut into it. */
  get busy(): boolean {
    return this.#remain > 0 || this.#restEnd > this.#restAt;
  }

  /** Whether a fragmented data message is open (flags 0 or CONT then continue it, M20). */
  get fragmentOpen(): boolean {
    return this.#fragmentOpen;
  }

  /**
   * Stages a new frame for curl_ws_send's `flags` with `totalLength` payload bytes (data.length,
   * or fragsize with CURLWS_OFFSET): its head with a fresh mask and the first piece of `data`,
   * masked. Throws 43 for a bad length, more data than the frame holds or bad flags, 100 for a
   * control frame over 125 bytes (M20, M21, M24), 55 while the last frame is unfinished.
   */
  begin(flags: number, totalLength: number, data: Uint8Array): Uint8Array {
    if (this.busy) {
      throw new CurlError(
        CURLE.SEND_ERROR,
        `[WS] starting new frame with ${this.#remain + this.unsent} bytes from last one remaining to be sent`,
      );
    }
    if (!Number.isSafeInteger(totalLength) || totalLength < 0) throw bad(`[WS] bad fragsize ${String(totalLength)}`);
    if (data.length > totalLength) throw unaligned(data.length, totalLength);
    const fb = flagsToOpcode(flags, this.#fragmentOpen, totalLength);
    if (fb.info !== undefined) this.#infof?.(fb.info);
    // No frame is open, so the last frame's mask is not needed any more.
    this.#masks(this.#mask);
    const n = Math.min(data.length, this.#maxPiece);
    const out = this.#room(n);
    const hl = headLength(totalLength);
    const at = PAYLOAD_AT - hl;
    writeHead(out, at, fb.firstByte, totalLength, this.#mask);
    if (n > 0) applyMask(n === data.length ? data : data.subarray(0, n), out.subarray(PAYLOAD_AT, PAYLOAD_AT + n), this.#mask, 0);
    this.#staged = Staged.FRAME;
    this.#stagedAt = at;
    this.#stagedHead = hl;
    this.#stagedTotal = totalLength;
    this.#stagedOpen = fb.fragmentOpen;
    return out.subarray(at, PAYLOAD_AT + n);
  }

  /** Stages the next piece of the open frame, masked from where the last byte taken stopped. */
  next(data: Uint8Array): Uint8Array {
    if (data.length > this.#remain) throw unaligned(data.length, this.#remain);
    const n = Math.min(data.length, this.#maxPiece);
    const view = this.#room(n).subarray(PAYLOAD_AT, PAYLOAD_AT + n);
    applyMask(n === data.length ? data : data.subarray(0, n), view, this.#mask, this.#phase);
    this.#staged = Staged.PAYLOAD;
    return view;
  }

  /**
   * Stages a whole control frame (a PONG answer, M14) with a fresh mask. Send it only when the
   * encoder is not busy: a control frame cannot cut into a frame of ours.
   */
  control(opcode: number, payload: Uint8Array): Uint8Array {
    if (payload.length > WS_MAX_CNTRL_LEN) {
      throw new CurlError(CURLE.TOO_LARGE, `[WS] given ${controlName(opcode)} frame is too big`);
    }
    this.#masks(this.#ctrlMask);
    this.#ctrlLen = writeFrame(this.#ctrl, 0, FIN | opcode, payload, this.#ctrlMask);
    this.#staged = Staged.CONTROL;
    return this.#ctrl.subarray(0, this.#ctrlLen);
  }

  /** Stages what the transport did not take of a head or control frame; null if nothing. */
  rest(): Uint8Array | null {
    if (this.#restAt === this.#restEnd) return null;
    this.#staged = Staged.REST;
    return this.#rest.subarray(this.#restAt, this.#restEnd);
  }

  /**
   * Books `n` bytes of the last view as taken by the transport (which answered OK); returns how
   * many of them are payload. A new frame opens here, even with 0 bytes taken; what is left of
   * its head, or of a control frame, is kept for rest().
   */
  sent(n: number): number {
    const staged = this.#staged;
    this.#staged = Staged.NOTHING;
    switch (staged) {
      case Staged.FRAME: {
        this.#fragmentOpen = this.#stagedOpen;
        this.#remain = this.#stagedTotal;
        this.#phase = 0;
        const hl = this.#stagedHead;
        if (n < hl) {
          this.#keepRest(this.#out, this.#stagedAt + n, this.#stagedAt + hl);
          return 0;
        }
        return this.#took(n - hl);
      }
      case Staged.PAYLOAD:
        return this.#took(n);
      case Staged.CONTROL:
        if (n < this.#ctrlLen) this.#keepRest(this.#ctrl, n, this.#ctrlLen);
        return 0;
      case Staged.REST:
        this.#restAt = Math.min(this.#restAt + n, this.#restEnd);
        return 0;
      default:
        return 0;
    }
  }

  #took(n: number): number {
    this.#remain -= n;
    this.#phase = (this.#phase + n) & 3;
    return n;
  }

  #keepRest(from: Uint8Array, start: number, end: number): void {
    this.#rest.set(from.subarray(start, end), 0);
    this.#restAt = 0;
    this.#restEnd = end - start;
  }

  /** The output buffer, with room for `n` payload bytes after PAYLOAD_AT. */
  #room(n: number): Buffer {
    const need = PAYLOAD_AT + n;
    if (this.#out.length < need) this.#out = Buffer.allocUnsafe(Math.max(need, this.#out.length * 2));
    return this.#out;
  }
}
