// The connect-only WebSocket session behind easy.wsSend / easy.wsRecv (curl_ws_send /
// curl_ws_recv), with libcurl 8.22's semantics, codes and texts (lib/ws.c; contract sections
// M4-M27) and manbind's decisions 3 (auto-PONG sent when the PING is decoded) and 4 (a protocol
// violation fails every later wsRecv with 56).
//
// API (after the upgrade, upgrade.ts):
//   const ws = new WsSession(conn.io(), { wsOptions: () => opts.wsOptions, infof, failf });
//   ws.send(data, flags, fragsize?)  -> { code, sent }        (curl_ws_send)
//   ws.recv(buf)                     -> { code, n, meta }     (curl_ws_recv; buf may be empty)
//   await ws.wait('recv' | 'send', timeoutMs?)  -> boolean    (counts buffered frames)
//
// The session sits on a WsIo: StreamIO (io/stream-io.ts) is one, and owns the inbound chunk
// queue with backpressure (the stream is paused above its high-water mark). The session pulls
// from it only when the frame decoder cannot deliver, so at most one pull's worth sits in the
// decoder. With the optional takeChunk() (a queued chunk by reference) the pull copies nothing;
// without it the bytes are copied once into a slab. Outgoing frames, PONG answers included, are
// built by the codec's FrameEncoder (frame-encoder.ts) in its reused buffer, head and masked
// payload together, and handed to send(), which copies (as curl_easy_send's contract says), so
// no per-frame allocation happens here. The session does the I/O and decides when a PONG may go.
import { Buffer } from 'node:buffer';
import { CURLE } from '../../base/codes.js';
import { CURLWS_NOAUTOPONG, CURLWS_OFFSET, CURLWS_RAW_MODE } from '../../base/constants.js';
import { CurlError } from '../../base/error.js';
import { FrameDecoder } from './frame-decoder.js';
import { FrameEncoder } from './frame-encoder.js';
import { OP_PONG, type WsMeta } from './frame.js';

// ---------------------------------------------------------------------------------------------
// The session

/** What a StreamIO gives: curl_easy_send/recv semantics over the connection's top stream. */
export interface WsIo {
  /** Copies queued bytes into buf: OK with n > 0, OK with 0 at EOF, AGAIN, or 56 with text. */
  recv(buf: Uint8Array): { code: number; n: number; text?: string };
  /** Takes (copies) up to data.length bytes: OK with n, AGAIN, or 55 with text. */
  send(data: Uint8Array): { code: number; n: number; text?: string };
  /** Resolves true when recv (send) would not say AGAIN, false when timeoutMs passes. */
  wait(direction: 'recv' | 'send', timeoutMs?: number): Promise<boolean>;
  /** Optional: the next queued bytes by reference (the queue forgets them), null if none. */
  takeChunk?(): Uint8Array | null;
}

export interface WsHooks {
  /** CURLOPT_WS_OPTIONS, read at each call (M27). */
  wsOptions(): number;
  infof(text: string): void;
  /** libcurl's failf (error buffer, verbose); the return value is not used. */
  failf(code: number, text: string): unknown;
  /** Callback mode: the end of the stream is the end of the transfer, not worth a line. */
  quietEof?: boolean;
}

export interface WsSendReturn {
  code: number;
  /** Payload bytes taken (M23). */
  sent: number;
}

export interface WsRecvReturn {
  code: number;
  n: number;
  meta: WsMeta | null;
}

/** Bytes copied per pull when the WsIo has no takeChunk(). */
const SLAB_SIZE = 256 * 1024;
const SLAB_MIN_ROOM = 16 * 1024;
/** The most payload one send() masks: StreamIO takes at most 1 MiB per call. */
const SEND_PIECE = 1024 * 1024 - 16;

type Pull = 'data' | 'again' | 'eof' | 'error';

const EMPTY = new Uint8Array(0);

export class WsSession {
  readonly #io: WsIo;
  readonly #hooks: WsHooks;
  readonly #dec = new FrameDecoder();

  // inbound
  #slab: Buffer | null = null;
  #slabOff = 0;
  #eof = false;
  #readError: { code: number; text: string } | null = null;
  /** A zero-length frame wait() consumed while peeking; the next recv returns it. */
  #pendingZero: WsMeta | null = null;
  /** Callback mode: the frame of the data the write callback is handed (curl_ws_meta). */
  recvFrame: WsMeta | null = null;

  // outbound
  readonly #enc: FrameEncoder;
  /** The payload of a PONG waiting for the wire (one slot: a newer one replaces it, M14). */
  #pendingPong: Uint8Array | null = null;
  #flushScheduled = false;

  constructor(io: WsIo, hooks: WsHooks) {
    this.#io = io;
    this.#hooks = hooks;
    this.#enc = new FrameEncoder({ maxPiece: SEND_PIECE, infof: (text) => this.#hooks.infof(text) });
  }

  // ---- receiving ------------------------------------------------------------------------------

  /** curl_ws_recv: data of at most one frame into buf (M8); a zero-length buf peeks (M9). */
  recv(buf: Uint8Array | null): WsRecvReturn {
    if (buf !== null && !(buf instanceof Uint8Array)) return this.#fail(CURLE.BAD_FUNCTION_ARGUMENT, '[WS] bad buffer');
    if (this.#pendingZero !== null) {
      const meta = this.#pendingZero;
      this.#pendingZero = null;
      return { code: CURLE.OK, n: 0, meta };
    }
    const autoPong = (this.#hooks.wsOptions() & CURLWS_NOAUTOPONG) === 0;
    for (;;) {
      const r = this.#dec.recv(buf, { autoPong });
      if (r.pongs.length > 0) this.#answer(r.pongs);
      if (r.code === CURLE.OK) return { code: CURLE.OK, n: r.n, meta: r.meta };
      if (r.code !== CURLE.AGAIN) {
        // Decision 4: the decoder stays failed; every call reports it.
        return this.#fail(r.code, r.error?.message ?? '[WS] decode frame error');
      }
      switch (this.#pull()) {
        case 'data':
          continue;
        case 'again':
          return { code: CURLE.AGAIN, n: 0, meta: null };
        case 'eof':
          // M7: every call after the peer closed
          if (this.#hooks.quietEof !== true) this.#hooks.infof('[WS] connection expectedly closed?');
          return { code: CURLE.GOT_NOTHING, n: 0, meta: null };
        default:
          return this.#fail(this.#readError!.code, this.#readError!.text);
      }
    }
  }

  /** Takes bytes from the transport into the decoder. */
  #pull(): Pull {
    if (this.#readError !== null) return 'error';
    if (this.#eof) return 'eof';
    const io = this.#io;
    if (io.takeChunk !== undefined) {
      const c = io.takeChunk();
      if (c !== null && c.length > 0) {
        this.#dec.push(c);
        return 'data';
      }
    }
    if (this.#slab === null || SLAB_SIZE - this.#slabOff < SLAB_MIN_ROOM) {
      this.#slab = Buffer.allocUnsafe(SLAB_SIZE);
      this.#slabOff = 0;
    }
    const room = this.#slab.subarray(this.#slabOff);
    const r = io.recv(room);
    if (r.code === CURLE.OK && r.n > 0) {
      // The decoder keeps the view; the slab region is never written again.
      this.#dec.push(room.subarray(0, r.n));
      this.#slabOff += r.n;
      return 'data';
    }
    if (r.code === CURLE.OK) {
      this.#eof = true;
      return 'eof';
    }
    if (r.code === CURLE.AGAIN) return 'again';
    this.#readError = { code: r.code, text: r.text ?? 'Recv failure' };
    return 'error';
  }

  /** Whether recv would return something other than AGAIN now (pulls and peeks). */
  #recvReady(): { ready: boolean; pulled: boolean } {
    if (this.#pendingZero !== null) return { ready: true, pulled: false };
    const autoPong = (this.#hooks.wsOptions() & CURLWS_NOAUTOPONG) === 0;
    let pulled = false;
    for (;;) {
      const r = this.#dec.recv(null, { autoPong });
      if (r.pongs.length > 0) this.#answer(r.pongs);
      if (r.code === CURLE.OK) {
        // A peek consumes a zero-length frame (M9): keep it for the next recv.
        if (r.meta !== null && r.meta.bytesleft === 0) this.#pendingZero = r.meta;
        return { ready: true, pulled };
      }
      if (r.code !== CURLE.AGAIN) return { ready: true, pulled };
      const p = this.#pull();
      if (p === 'data') {
        pulled = true;
        continue;
      }
      return { ready: p !== 'again', pulled };
    }
  }

  /**
   * Resolves true when recv would return something other than AGAIN (a buffered frame counts, a
   * PING answered on the way does not), or send would take bytes; false after timeoutMs.
   */
  async wait(direction: 'recv' | 'send', timeoutMs?: number): Promise<boolean> {
    if (direction === 'send') return this.#io.wait('send', timeoutMs);
    const deadline = timeoutMs === undefined ? Infinity : performance.now() + timeoutMs;
    if (this.#recvReady().ready) return true;
    for (;;) {
      const left = deadline - performance.now();
      if (left <= 0) return false;
      if (!(await this.#io.wait('recv', Number.isFinite(left) ? left : undefined))) return false;
      const s = this.#recvReady();
      // A wake-up that brought nothing (a closing transport) is left to the next call to tell.
      if (s.ready || !s.pulled) return true;
    }
  }

  // ---- sending --------------------------------------------------------------------------------

  /** Decision 3: each PONG goes out as soon as its PING is decoded, unless a frame of ours is
   *  half sent (a control frame cannot cut into it) or the socket is full. */
  #answer(pongs: Uint8Array[]): void {
    for (const payload of pongs) {
      this.#pendingPong = payload;
      this.#flushCtrl();
    }
  }

  /** Sends the pending PONG when no frame of ours is open; true when none is left. */
  #flushCtrl(): boolean {
    const payload = this.#pendingPong;
    if (payload === null) return true;
    if (this.#enc.busy) return false;
    const r = this.#io.send(this.#enc.control(OP_PONG, payload));
    if (r.code === CURLE.OK) {
      // Whatever the transport did not take (not with StreamIO, which takes up to 1 MiB) is sent
      // first by the next send, as a head's would be.
      this.#enc.sent(r.n);
      this.#pendingPong = null;
      return this.#enc.unsent === 0;
    }
    if (r.code === CURLE.AGAIN) {
      if (!this.#flushScheduled) {
        this.#flushScheduled = true;
        void this.#io.wait('send').then(() => {
          this.#flushScheduled = false;
          this.#flushCtrl();
        });
      }
      return false;
    }
    // A send error: the next wsSend reports it.
    this.#pendingPong = null;
    return true;
  }

  /** Sends what the transport did not take of a head or PONG: null when nothing is left, else
   *  what send() answers. */
  #flushRest(): WsSendReturn | null {
    const rest = this.#enc.rest();
    if (rest === null) return null;
    const r = this.#io.send(rest);
    if (r.code === CURLE.OK) {
      this.#enc.sent(r.n);
      return this.#enc.unsent === 0 ? null : { code: CURLE.AGAIN, sent: 0 };
    }
    if (r.code === CURLE.AGAIN) return { code: CURLE.AGAIN, sent: 0 };
    return this.#fail(r.code, r.text ?? 'Send failure');
  }

  #fail(code: number, text: string): { code: number; n: number; sent: number; meta: null } {
    this.#hooks.failf(code, text);
    return { code, n: 0, sent: 0, meta: null };
  }

  /**
   * curl_ws_send. A new frame takes its type from `flags` (M20); with CURLWS_OFFSET `fragsize`
   * is the whole frame's payload length and later calls add payload (M24); while a frame is
   * unfinished, flags are not looked at. OK with `sent` < data.length means the rest is still to
   * be sent by a further call; AGAIN means no payload byte was taken (M23).
   */
  send(data: Uint8Array, flags: number, fragsize = 0): WsSendReturn {
    if (!(data instanceof Uint8Array)) return this.#fail(CURLE.BAD_FUNCTION_ARGUMENT, '[WS] bad buffer');
    if ((this.#hooks.wsOptions() & CURLWS_RAW_MODE) !== 0) return this.#sendRaw(data, flags, fragsize);

    const held = this.#flushRest();
    if (held !== null) return held;

    const enc = this.#enc;
    const newFrame = enc.remaining === 0;
    let bytes: Uint8Array;
    try {
      if (newFrame) {
        // A pending PONG goes before new data (M15).
        if (!this.#flushCtrl()) return { code: CURLE.AGAIN, sent: 0 };
        bytes = enc.begin(flags, (flags & CURLWS_OFFSET) !== 0 ? fragsize : data.length, data);
      } else {
        bytes = enc.next(data);
        if (bytes.length === 0) return { code: CURLE.OK, sent: 0 };
      }
    } catch (err) {
      if (err instanceof CurlError) return this.#fail(err.code, err.message);
      throw err;
    }
    const r = this.#io.send(bytes);
    if (r.code === CURLE.AGAIN) return { code: CURLE.AGAIN, sent: 0 };
    if (r.code !== CURLE.OK) return this.#fail(r.code, r.text ?? 'Send failure');
    const taken = enc.sent(r.n);
    // Part of a new frame's head went out: the frame has started, but no payload byte counts.
    if (newFrame && enc.unsent > 0) return { code: enc.remaining === 0 ? CURLE.OK : CURLE.AGAIN, sent: 0 };
    if (enc.remaining === 0) this.#flushCtrl();
    if (taken === 0 && data.length > 0) return { code: CURLE.AGAIN, sent: 0 };
    return { code: CURLE.OK, sent: taken };
  }

  /**
   * curl_ws_start_frame: the head of a frame of `frameLen` payload bytes with the CURLWS_* type
   * in `flags`; the payload follows with wsSend calls (lib/ws.c). 2 in raw mode, 55 while a frame
   * is unfinished.
   */
  startFrame(flags: number, frameLen: number): number {
    if ((this.#hooks.wsOptions() & CURLWS_RAW_MODE) !== 0) {
      return this.#fail(CURLE.FAILED_INIT, 'cannot curl_ws_start_frame() with CURLWS_RAW_MODE enabled').code;
    }
    const enc = this.#enc;
    if (enc.remaining > 0 || enc.unsent > 0) return this.#fail(CURLE.SEND_ERROR, '[WS] previous frame not finished').code;
    if (!this.#flushCtrl()) return CURLE.AGAIN;
    let head: Uint8Array;
    try {
      head = enc.begin(flags | CURLWS_OFFSET, frameLen, EMPTY);
    } catch (err) {
      if (err instanceof CurlError) return this.#fail(err.code, err.message).code;
      throw err;
    }
    const r = this.#io.send(head);
    if (r.code !== CURLE.OK) {
      if (r.code === CURLE.AGAIN) return CURLE.OK; // the head goes with the next send
      return this.#fail(r.code, r.text ?? 'Send failure').code;
    }
    enc.sent(r.n);
    return CURLE.OK;
  }

  /** M18: raw mode sends the bytes as they are; flags and fragsize must be 0; a pending PONG
   *  goes first. */
  #sendRaw(data: Uint8Array, flags: number, fragsize: number): WsSendReturn {
    if (flags !== 0 || fragsize !== 0) {
      return this.#fail(CURLE.BAD_FUNCTION_ARGUMENT, '[WS] fragsize and flags must be zero in raw mode');
    }
    if (!this.#flushCtrl()) return { code: CURLE.AGAIN, sent: 0 };
    if (data.length === 0) return { code: CURLE.OK, sent: 0 };
    const r = this.#io.send(data);
    if (r.code !== CURLE.OK && r.code !== CURLE.AGAIN) return this.#fail(r.code, r.text ?? 'Send failure');
    return { code: r.code, sent: r.n };
  }
}
