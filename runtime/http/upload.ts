// Reading an upload body as it is sent (lib/sendf.c cr_in_read, the client reader over the read
// callback or fread; lib/http_chunks.c for the chunked form): pieces of at most
// UPLOAD_BUFFERSIZE bytes are read only when the connection can take them, so a body is never
// held in memory whole.
//
//   const src = new UploadSource(ctx, plan.length);
//   await sendUpload(ctx, reader, src, plan, onSent);
import { Buffer } from 'node:buffer';
import { Socket } from 'node:net';
import { CURLE } from '../base/codes.js';
import { CURL_READFUNC_ABORT, CURL_READFUNC_PAUSE } from '../base/constants.js';
import type { TransferContext } from '../base/context.js';
import { sleep } from '../base/progress.js';
import { RateLimit } from '../base/rate-limit.js';
import type { StreamReader } from '../io/stream-reader.js';
import type { BodyPull, UploadPlan } from './upload-plan.js';

/** A Node.js readable stream as READDATA gives it (libcurl's FILE * for fread). */
interface ReadableLike {
  read(): unknown;
  on(event: string, fn: (...args: unknown[]) => void): unknown;
  once(event: string, fn: (...args: unknown[]) => void): unknown;
  off(event: string, fn: (...args: unknown[]) => void): unknown;
  unshift(chunk: Uint8Array): void;
  readableEnded?: boolean;
  destroyed?: boolean;
}

function isReadable(v: unknown): v is ReadableLike {
  const o = v as Partial<ReadableLike> | null;
  return typeof o === 'object' && o !== null && typeof o.read === 'function' && typeof o.once === 'function';
}

/** Sending held back by CURL_READFUNC_PAUSE or CURLPAUSE_SEND (Curl_xfer_pause_send), per
 * transfer, until curl_easy_pause clears it. */
class SendPause {
  paused = false;
  #waiters: (() => void)[] = [];

  set(on: boolean): void {
    this.paused = on;
    if (!on) for (const w of this.#waiters.splice(0)) w();
  }

  /** Until sending may go on; the transfer's abort (timeout, cleanup) ends the wait with it. */
  async wait(ctx: TransferContext): Promise<void> {
    while (this.paused) {
      if (ctx.abortReason !== null) throw ctx.abortReason;
      await new Promise<void>((resolve) => {
        const unhook = ctx.onAbort(done);
        this.#waiters.push(done);
        function done(): void {
          unhook();
          resolve();
        }
      });
    }
    if (ctx.abortReason !== null) throw ctx.abortReason;
  }
}

const PAUSES = new WeakMap<TransferContext, SendPause>();

function sendPause(ctx: TransferContext): SendPause {
  let p = PAUSES.get(ctx);
  if (p === undefined) PAUSES.set(ctx, (p = new SendPause()));
  return p;
}

/** curl_easy_pause's send half: CURLPAUSE_SEND holds the upload, its absence lets it go on. */
export function pauseSend(ctx: TransferContext, on: boolean): void {
  sendPause(ctx).set(on);
}

/** The transfers whose read callback (or stream) was used by a request before: the next request
 * of the chain needs its body from the start again (cr_in_needs_rewind). */
const USED = new WeakMap<TransferContext, true>();

/** cr_in_rewind: nothing to do when nothing was read yet; else SEEKFUNCTION goes back to 0, and
 * without it (or when it fails) the transfer fails with 65. */
function rewind(ctx: TransferContext): void {
  if (!USED.has(ctx)) return;
  const fn = ctx.opts.seekFunction;
  if (fn === null) throw ctx.failf(CURLE.SEND_FAIL_REWIND, 'necessary data rewind was not possible');
  const r = ctx.guard.call(() => fn(ctx.opts.seekData, 0, SEEK_SET));
  if (!r.ok) {
    ctx.keepThrown(r.text);
    throw ctx.failf(CURLE.SEND_FAIL_REWIND, r.text);
  }
  if (r.value !== CURL_SEEKFUNC_OK) {
    throw ctx.failf(CURLE.SEND_FAIL_REWIND, `seek callback returned error ${String(r.value)}`);
  }
  USED.delete(ctx);
}

/** stdio's SEEK_SET and curl.h's CURL_SEEKFUNC_OK / _CANTSEEK. */
const SEEK_SET = 0;
const CURL_SEEKFUNC_OK = 0;
const CURL_SEEKFUNC_CANTSEEK = 2;

/** cr_in_resume_from with SEEKFUNCTION: 'seeked' when it moved there, 'read' when the bytes are
 * to be read and dropped (no callback, or CURL_SEEKFUNC_CANTSEEK); throws 26 for a failure. */
export function seekTo(ctx: TransferContext, offset: number): 'seeked' | 'read' {
  const fn = ctx.opts.seekFunction;
  if (fn === null) return 'read';
  const r = ctx.guard.call(() => fn(ctx.opts.seekData, offset, SEEK_SET));
  if (r.ok && r.value === CURL_SEEKFUNC_OK) return 'seeked';
  if (r.ok && r.value === CURL_SEEKFUNC_CANTSEEK) return 'read';
  if (!r.ok) ctx.keepThrown(r.text);
  throw ctx.failf(CURLE.READ_ERROR, 'Could not seek stream');
}

/** The body's bytes, piece by piece (cr_in_read). */
export class UploadSource {
  readonly #ctx: TransferContext;
  readonly #total: number;
  #read = 0;
  #eos = false;
  readonly #stopped: () => boolean;
  /** A body read other than through READFUNCTION or READDATA (the mime body), or null. */
  readonly #body: BodyPull | null;
  /** The memory the read callback fills, read into again once its bytes went out, as libcurl
   * reads into its one send buffer chunk each time (lib/request.c, Curl_bufq_sipn): a fresh
   * 64 KiB per read cost the upload half its speed. */
  #spare: Buffer | null = null;
  /** The buffer behind the piece next() gave last, while it may still be in use. */
  #lent: Buffer | null = null;

  /** Throws CurlError 65 when an earlier request read the body and it cannot be read again.
   * `stopped` says the exchange is over: no callback runs then, even after a pause ends. */
  constructor(ctx: TransferContext, total: number, stopped: () => boolean = () => false, body: BodyPull | null = null) {
    // a mime body rewinds itself (lib/mime.c cr_mime_cntrl)
    if (body !== null) body.rewind(ctx);
    else rewind(ctx);
    this.#body = body;
    this.#ctx = ctx;
    this.#total = total;
    this.#stopped = stopped;
  }

  /** The next piece of at most `max` bytes, or null at the end. Throws CurlError 26 or 42. */
  async next(max: number): Promise<Uint8Array | null> {
    if (this.#eos) return null;
    const ctx = this.#ctx;
    // respect the length limitation: never ask past a known size
    const blen = this.#total >= 0 ? Math.min(max, this.#total - this.#read) : max;
    let piece: Uint8Array = EMPTY;
    if (blen > 0) {
      const pause = sendPause(ctx);
      // CURL_READFUNC_PAUSE: nothing was read; the callback is asked again once resumed
      for (;;) {
        // (an await only when there is something to wait for: one per piece costs at 1 GiB)
        if (pause.paused || ctx.abortReason !== null) await pause.wait(ctx);
        if (this.#stopped()) return null;
        const pulled = this.#pull(blen);
        const got = pulled instanceof Promise ? await pulled : pulled;
        if (got !== null) {
          piece = got;
          break;
        }
        pause.set(true);
      }
    }
    if (piece.length === 0) {
      if (this.#total >= 0 && this.#read < this.#total) {
        throw ctx.failf(
          CURLE.READ_ERROR,
          `client read function EOF fail, only ${this.#read}/${this.#total} of needed bytes read`,
        );
      }
      this.#eos = true;
      return null;
    }
    this.#read += piece.length;
    if (this.#total >= 0 && this.#read >= this.#total) this.#eos = true;
    return piece;
  }

  /** `piece`, the last one next() gave, is no longer needed (the socket has its bytes): its
   * memory is read into again. Other pieces are left alone. */
  reuse(piece: Uint8Array): void {
    const lent = this.#lent;
    if (lent !== null && piece.buffer === lent.buffer && piece.byteOffset === lent.byteOffset) this.#spare = lent;
    this.#lent = null;
  }

  /** One read; null when the callback paused. A read callback is answered at once. */
  #pull(blen: number): Uint8Array | null | Promise<Uint8Array | null> {
    const ctx = this.#ctx;
    const opts = ctx.opts;
    if (this.#body !== null) return this.#body.pull(ctx, blen);
    USED.set(ctx, true);
    const fn = opts.readFunction;
    if (fn === null) return readStream(ctx, opts.readData ?? process.stdin, blen);
    const spare = this.#spare;
    const mem = spare !== null && spare.length >= blen ? spare : Buffer.allocUnsafe(blen);
    this.#spare = null;
    this.#lent = mem;
    const buf = mem.length === blen ? mem : mem.subarray(0, blen);
    const r = ctx.guard.call(() => fn(buf, 1, blen, opts.readData));
    if (!r.ok) {
      ctx.keepThrown(r.text);
      throw ctx.failf(CURLE.ABORTED_BY_CALLBACK, r.text);
    }
    const n = r.value;
    if (n === CURL_READFUNC_ABORT) throw ctx.failf(CURLE.ABORTED_BY_CALLBACK, 'operation aborted by callback');
    if (n === CURL_READFUNC_PAUSE) {
      this.#spare = mem;
      return null;
    }
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > blen) {
      throw ctx.failf(CURLE.READ_ERROR, 'read function returned funny value');
    }
    return buf.subarray(0, n);
  }
}

const EMPTY = new Uint8Array(0);

/** The first error of each READDATA stream: one listener stays for the stream's life, so an
 * error between reads is kept for the next read rather than thrown as unhandled. */
const STREAM_ERRORS = new WeakMap<object, { error: unknown }>();

function errorSink(data: ReadableLike): { error: unknown } {
  let sink = STREAM_ERRORS.get(data);
  if (sink === undefined) {
    const s = { error: null as unknown };
    data.on('error', (err: unknown) => {
      s.error ??= err ?? new Error('stream error');
    });
    STREAM_ERRORS.set(data, s);
    sink = s;
  }
  return sink;
}

/** fread on READDATA: up to `max` bytes as the stream delivers them; an empty piece at its end. */
async function readStream(ctx: TransferContext, data: unknown, max: number): Promise<Uint8Array> {
  if (!isReadable(data)) throw ctx.failf(CURLE.READ_ERROR, 'CURLOPT_READDATA is not a readable stream');
  const sink = errorSink(data);
  for (;;) {
    const aborted = ctx.abortReason;
    if (aborted !== null) throw aborted;
    const failed = sink.error;
    if (failed !== null) throw ctx.failf(CURLE.READ_ERROR, failed instanceof Error ? failed.message : String(failed));
    const c = data.read();
    if (c !== null && c !== undefined) {
      const bytes = typeof c === 'string' ? Buffer.from(c, 'utf8') : (c as Uint8Array);
      if (bytes.length > max) data.unshift(bytes.subarray(max));
      return bytes.length > max ? bytes.subarray(0, max) : bytes;
    }
    if (data.readableEnded === true) return EMPTY;
    if (data.destroyed === true) {
      // destroy(err) emits 'error' a tick after the flag: a failure, not an end
      await new Promise<void>((r) => setImmediate(r));
      const late = sink.error;
      if (late !== null) throw ctx.failf(CURLE.READ_ERROR, late instanceof Error ? late.message : String(late));
      return EMPTY;
    }
    await new Promise<void>((resolve) => {
      const unhook = ctx.onAbort(() => done());
      const done = (): void => {
        data.off('readable', done);
        data.off('end', done);
        data.off('close', done);
        data.off('error', done);
        unhook();
        resolve();
      };
      data.once('readable', done);
      data.once('end', done);
      data.once('close', done);
      data.once('error', done);
    });
  }
}

const CRLF = Buffer.from('\r\n', 'latin1');
const LAST_CHUNK = Buffer.from('0\r\n\r\n', 'latin1');

/** How an upload went out: body bytes read, bytes written (chunk framing included). */
export interface UploadProgress {
  read: number;
  wire: number;
  /** The sender should stop (a final answer came first, or the exchange ended). */
  stopped: boolean;
}

/**
 * Reads `src` and writes it to the connection, chunk-encoded when the plan says so, waiting for
 * the socket to drain between pieces. `onWire` counts each write (SIZE_UPLOAD_T counts what
 * goes out, framing included: lib/request.c). Throws the read's CurlError.
 */
export async function sendUpload(
  ctx: TransferContext,
  reader: StreamReader,
  src: UploadSource,
  plan: UploadPlan,
  progress: UploadProgress,
  onWire: (n: number) => void,
): Promise<void> {
  const stream = reader.stream;
  const bufferSize = ctx.opts.uploadBufferSize;
  // MAX_SEND_SPEED_LARGE: started with the reader, no more read than the tokens allow, drained
  // by what goes out (lib/sendf.c Curl_client_read, lib/progress.c Curl_pgrs_upload_inc)
  const limit = ctx.opts.maxSendSpeed > 0 ? new RateLimit(ctx.opts.maxSendSpeed) : null;
  const allowance = async (): Promise<number> => {
    if (limit === null) return bufferSize;
    for (;;) {
      const n = limit.available();
      if (n > 0) return Math.min(bufferSize, n);
      await sleep(ctx, Math.max(limit.waitMs(), 1));
    }
  };
  // a net.Socket (TLS included) counts a write until its handle is done with the bytes, so with
  // nothing left counted a piece's memory can be read into again; other streams may keep it
  const counted = stream instanceof Socket;
  /** Counts `n` bytes written; true when the socket wants to drain first. */
  const wrote = (n: number): boolean => {
    progress.wire += n;
    limit?.drain(n);
    onWire(n);
    return stream.writableNeedDrain;
  };
  const put = (bytes: Uint8Array): boolean => {
    reader.write(bytes);
    return wrote(bytes.length);
  };
  // RESUME_FROM: the first bytes are read and dropped (cr_in_resume_from without a seek callback)
  let skip = plan.skip > 0 && seekTo(ctx, plan.skip) === 'seeked' ? 0 : plan.skip;
  while (skip > 0) {
    const p = await src.next(Math.min(skip, bufferSize));
    if (p === null) throw ctx.failf(CURLE.READ_ERROR, `Could only read ${plan.skip - skip} bytes from the input`);
    skip -= p.length;
    src.reuse(p);
  }
  for (;;) {
    if (progress.stopped) return;
    const piece = await src.next(limit === null ? bufferSize : await allowance());
    if (progress.stopped) return;
    if (piece === null) break;
    progress.read += piece.length;
    let full: boolean;
    if (plan.chunked) {
      // the chunk's size line, its data and CRLF go out in one writev, the data not copied
      const size = Buffer.from(`${piece.length.toString(16)}\r\n`, 'latin1');
      stream.cork();
      reader.write(size);
      reader.write(piece);
      reader.write(CRLF);
      stream.uncork();
      full = wrote(size.length + piece.length + CRLF.length);
    } else full = put(piece);
    if (counted && stream.writableLength === 0) src.reuse(piece);
    if (full) await drained(ctx, stream);
  }
  if (plan.chunked && put(lastChunk(ctx))) await drained(ctx, stream);
}


/** lib/http_chunks.c add_last_chunk: "0", the trailers TRAILERFUNCTION gives (each "Name: value"
 * line; others are skipped), the blank line. Throws 42 when the callback does not say OK. */
function lastChunk(ctx: TransferContext): Uint8Array {
  const fn = ctx.opts.trailerFunction;
  if (fn === null) return LAST_CHUNK;
  const list: string[] = [];
  const r = ctx.guard.call(() => fn(list, ctx.opts.trailerData));
  if (!r.ok) ctx.keepThrown(r.text);
  if (!r.ok || r.value !== CURL_TRAILERFUNC_OK) {
    throw ctx.failf(CURLE.ABORTED_BY_CALLBACK, 'operation aborted by trailing headers callback');
  }
  let out = '0\r\n';
  for (const line of list) {
    const colon = typeof line === 'string' ? line.indexOf(':') : -1;
    if (colon < 0 || line[colon + 1] !== ' ') {
      ctx.infof('Malformatted trailing header, skipping trailer');
      continue;
    }
    out += `${line}\r\n`;
  }
  return Buffer.from(`${out}\r\n`, 'utf8');
}

/** curl.h CURL_TRAILERFUNC_OK. */
const CURL_TRAILERFUNC_OK = 0;


/** Until the socket takes more, it closes, or the transfer is aborted. */
function drained(ctx: TransferContext, stream: NodeJS.WritableStream & { destroyed?: boolean }): Promise<void> {
  if (stream.destroyed === true) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      unhook();
      resolve();
    };
    const unhook = ctx.onAbort(done);
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}
