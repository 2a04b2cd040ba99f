// Handing a response to the application (lib/cw-out.c, lib/cw-pause.c, lib/sendf.c): body bytes
// to WRITEFUNCTION in pieces of at most CURL_MAX_WRITE_SIZE, header lines to verbose, to the
// write callback when CURLOPT_HEADER is set and to HEADERFUNCTION, each counted in HEADER_SIZE
// and kept for the header API. A write callback may pause receiving (CURL_WRITEFUNC_PAUSE, or
// curl_easy_pause): what it did not take is kept, in order, and handed over first when receiving
// resumes; the exchange reads nothing more while the writer is blocked.
import { CURLE } from '../base/codes.js';
import { CURL_WRITEFUNC_ERROR, CURL_WRITEFUNC_PAUSE } from '../base/constants.js';
import type { TransferContext } from '../base/context.js';
import type { CurlError } from '../base/error.js';
import type { HeadResult } from './head.js';
import { CURLH_1XX, CURLH_CONNECT, CURLH_HEADER } from './header-store.js';

/** CURL_MAX_WRITE_SIZE (include/curl/curl.h): the most body bytes one write callback call gets. */
export const CURL_MAX_WRITE_SIZE = 16384;

const latin1 = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');

export type BodySink = (chunk: Uint8Array) => void;

/** A header line the header callback paused on, or one that came while paused. */
interface KeptHeader {
  line: Uint8Array;
  connect: boolean;
}

/**
 * The body writer of one transfer (libcurl's cw-out with the pause buffer of cw-pause): one per
 * transfer, kept across the requests of a redirect chain. `write` never blocks; while paused it
 * keeps what it gets. Throws CurlError 23 (reported with failf) when the callback takes less,
 * returns CURL_WRITEFUNC_ERROR or throws.
 */
export class ClientWriter {
  readonly #ctx: TransferContext;
  /** Receiving is paused (CURL_WRITEFUNC_PAUSE or CURLPAUSE_RECV). */
  paused = false;
  #kept: (Uint8Array | KeptHeader)[] = [];
  #keptAt = 0;
  #error: CurlError | null = null;
  #wake: (() => void) | null = null;
  /** A callback of this writer is running: a resume from inside it leaves the handing over to
   * the delivery already under way (it goes on with the next piece). */
  #inside = 0;
  readonly write: BodySink;

  constructor(ctx: TransferContext) {
    this.#ctx = ctx;
    this.write = (chunk) => this.#write(chunk);
  }

  /** Body bytes are waiting or receiving is paused: the exchange must not read on. */
  get blocked(): boolean {
    return this.paused || this.#keptAt < this.#kept.length;
  }

  #write(chunk: Uint8Array): void {
    if (this.#error !== null) throw this.#error;
    if (chunk.length === 0) return;
    if (this.blocked) {
      // lib/cw-pause.c: copies, the caller's buffer is reused
      this.#kept.push(chunk.slice());
      return;
    }
    const rest = this.#deliver(chunk);
    if (rest !== null) this.#kept.push(rest.slice());
  }

  /** A header line for HEADERFUNCTION (lib/cw-out.c CW_OUT_HDS): kept while the writer is
   * blocked, and kept when the callback returns CURL_WRITEFUNC_PAUSE, to go again on resume. */
  header(line: Uint8Array, connect: boolean): void {
    if (this.#error !== null) throw this.#error;
    const h = { line, connect };
    if (this.blocked || this.#deliverHeader(h)) this.#kept.push({ line: line.slice(), connect });
  }

  /** true: the header callback paused (the line was not taken). */
  #deliverHeader(h: KeptHeader): boolean {
    let paused: boolean | void;
    this.#inside++;
    try {
      paused = this.#ctx.writeHeader(h.line, h.connect);
    } catch (err) {
      throw this.#fail(err as CurlError);
    } finally {
      this.#inside--;
    }
    if (paused === true) this.#setPaused(true);
    return paused === true;
  }

  /** A piece of a WebSocket frame in callback mode: a zero-length frame still makes one call
   * (lib/ws.c passes it with CLIENTWRITE_0LEN, lib/cw-out.c calls the callback with 0 bytes). */
  writeFrame(chunk: Uint8Array): void {
    if (this.#error !== null) throw this.#error;
    if (this.blocked) {
      this.#kept.push(chunk.slice());
      return;
    }
    const rest = this.#deliver(chunk);
    if (rest !== null) this.#kept.push(rest.slice());
  }

  /** Hands `chunk` to the application until done or paused; returns what is left (null: all).
   * An empty chunk is one call with no data (HTTP bodies never hand one over). */
  #deliver(chunk: Uint8Array): Uint8Array | null {
    const ctx = this.#ctx;
    const opts = ctx.opts;
    const fn = opts.writeFunction;
    const data = opts.writeData;
    if (fn === null) {
      const sink =
        data !== null && typeof data === 'object' && typeof (data as { write?: unknown }).write === 'function'
          ? (data as { write(chunk: Uint8Array): unknown })
          : process.stdout;
      const r = ctx.guard.call(() => sink.write(chunk));
      if (!r.ok) throw this.#fail(ctx.failf(CURLE.WRITE_ERROR, r.text));
      return null;
    }
    for (let o = 0; o === 0 || o < chunk.length; o += CURL_MAX_WRITE_SIZE) {
      if (this.paused) return chunk.subarray(o);
      const piece = o === 0 && chunk.length <= CURL_MAX_WRITE_SIZE ? chunk : chunk.subarray(o, o + CURL_MAX_WRITE_SIZE);
      this.#inside++;
      const r = ctx.guard.call(() => fn(piece, 1, piece.length, data));
      this.#inside--;
      if (!r.ok) {
        ctx.keepThrown(r.text);
        throw this.#fail(ctx.failf(CURLE.WRITE_ERROR, r.text));
      }
      if (r.value === CURL_WRITEFUNC_PAUSE) {
        // lib/cw-out.c cw_out_cb_write: nothing of this piece was taken
        this.#setPaused(true);
        return chunk.subarray(o);
      }
      if (r.value === CURL_WRITEFUNC_ERROR) {
        throw this.#fail(ctx.failf(CURLE.WRITE_ERROR, `client returned ERROR on write of ${piece.length} bytes`));
      }
      if (r.value !== piece.length) {
        // lib/cw-out.c cw_out_cb_write
        throw this.#fail(
          ctx.failf(CURLE.WRITE_ERROR, `Failure writing output to destination, passed ${piece.length} returned ${String(r.value)}`),
        );
      }
    }
    return null;
  }

  /** A header line the callback paused on before the transfer had a writer. */
  keepPaused(line: Uint8Array, connect: boolean): void {
    this.#setPaused(true);
    this.#kept.push({ line: line.slice(), connect });
  }

  #fail(err: CurlError): CurlError {
    // lib/cw-out.c: once errored, the callback is not called again
    this.#error = err;
    this.#kept = [];
    this.#keptAt = 0;
    return err;
  }

  #setPaused(on: boolean): void {
    this.paused = on;
    this.#ctx.meter?.recvPaused(on);
  }

  /** curl_easy_pause for the receiving side (Curl_xfer_pause_recv): a resume hands over what was
   * kept at once (lib/cw-pause.c cw_pause_flush), until done or paused again. Returns the
   * CURLcode of that delivery. */
  pauseRecv(on: boolean): number {
    if (on === this.paused) return CURLE.OK;
    this.#setPaused(on);
    if (!on && this.#inside === 0) {
      try {
        this.#flush();
      } catch (err) {
        this.#wakeUp();
        return (err as CurlError).code;
      }
    }
    this.#wakeUp();
    return CURLE.OK;
  }

  #flush(): void {
    while (!this.paused && this.#keptAt < this.#kept.length) {
      const chunk = this.#kept[this.#keptAt]!;
      if (!(chunk instanceof Uint8Array)) {
        if (this.#deliverHeader(chunk)) return;
        this.#kept[this.#keptAt++] = EMPTY;
        continue;
      }
      const rest = this.#deliver(chunk);
      if (rest !== null) {
        this.#kept[this.#keptAt] = rest;
        return;
      }
      this.#kept[this.#keptAt++] = EMPTY;
    }
    if (this.#keptAt === this.#kept.length) {
      this.#kept = [];
      this.#keptAt = 0;
    }
  }

  #wakeUp(): void {
    const w = this.#wake;
    this.#wake = null;
    w?.();
  }

  /** Waits while the writer is blocked; the transfer's abort ends the wait (it then throws). */
  async unblocked(): Promise<void> {
    const ctx = this.#ctx;
    for (;;) {
      if (this.#error !== null) throw this.#error;
      if (ctx.abortReason !== null) throw ctx.abortReason;
      if (!this.paused) this.#flush();
      if (!this.blocked) return;
      const unhook = ctx.onAbort(() => this.#wakeUp());
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
      });
      unhook();
    }
  }
}

const EMPTY = new Uint8Array(0);

/** The transfer's body writer, made at the first call (kept in the transfer's slot). */
export function clientWriter(ctx: TransferContext): ClientWriter {
  const w = ctx.bodyWriter;
  if (w instanceof ClientWriter) return w;
  const made = new ClientWriter(ctx);
  ctx.bodyWriter = made;
  return made;
}

/** The transfer's body writer if it has one (curl_easy_pause asks). */
export function existingWriter(ctx: TransferContext): ClientWriter | undefined {
  const w = ctx.bodyWriter;
  return w instanceof ClientWriter ? w : undefined;
}

/**
 * The body sink for a transfer: WRITEFUNCTION(ptr, 1, n, WRITEDATA) in pieces of at most
 * CURL_MAX_WRITE_SIZE, or, without one, WRITEDATA's write() (a stream, like fwrite to a FILE *)
 * or process.stdout. Runs through the transfer's callback guard, so send/recv from inside return
 * 93. Throws CurlError 23 (reported with failf) when the callback takes less or throws.
 */
export function bodyWriter(ctx: TransferContext): BodySink {
  return clientWriter(ctx).write;
}

export interface DeliverOptions {
  /** The write callback, for CURLOPT_HEADER (null: headers do not go there). */
  body: BodySink | null;
  /** A proxy's answer to CONNECT (SUPPRESS_CONNECT_HEADERS withholds it from the callbacks). */
  connect?: boolean;
  /** The CURLH_* origin the header API files the lines under (default CURLH_HEADER, or
   * CURLH_CONNECT for a CONNECT answer). */
  origin?: number;
}

/** Hands lines of a head to verbose (HEADER_IN), the write callback (CURLOPT_HEADER) and the
 *  header callback, in that order (lib/cw-out.c writes the body stream first), and counts each
 *  in HEADER_SIZE. */
export function deliverLines(ctx: TransferContext, lines: readonly Uint8Array[], options: DeliverOptions): void {
  const connect = options.connect ?? false;
  const origin = options.origin ?? (connect ? CURLH_CONNECT : CURLH_HEADER);
  for (const line of lines) deliverLine(ctx, line, options.body, origin, connect);
}

/** deliverLines for one line, with its CURLH_* origin (no options object per line). */
export function deliverLine(ctx: TransferContext, line: Uint8Array, body: BodySink | null, origin: number, connect: boolean): void {
  // the text is only made when verbose output can show it
  if (ctx.verbose) ctx.headerIn(latin1(line));
  // lib/headers.c: stored immediately before the header callback
  const store = ctx.headerStore ?? null;
  if (store !== null) store.push(line, origin);
  if (body !== null && !(connect && ctx.opts.suppressConnectHeaders)) body(line);
  writeHeaderLine(ctx, line, connect);
  ctx.info.headerSize += line.length;
}

/** One header line to HEADERFUNCTION through the transfer's writer when it has one (so that it
 * waits behind what a pause kept), else directly; a pause with no writer yet makes one. */
export function writeHeaderLine(ctx: TransferContext, line: Uint8Array, connect: boolean): void {
  const w = existingWriter(ctx);
  if (w !== undefined) w.header(line, connect);
  else if (ctx.writeHeader(line, connect) === true) clientWriter(ctx).keepPaused(line, connect);
}

/** deliverLines for a whole head. */
export function deliverHead(ctx: TransferContext, head: HeadResult, options: DeliverOptions): void {
  const connect = options.connect ?? false;
  const origin = options.origin ?? headOrigin(head.status, connect);
  // (no spread copy with an origin added: V8 11.3 takes a slow path for that, about 1 us)
  for (const line of head.lines) deliverLine(ctx, line, options.body, origin, connect);
}

/** The header API's origin of a head's lines. */
export function headOrigin(status: number, connect: boolean): number {
  return connect ? CURLH_CONNECT : status < 200 ? CURLH_1XX : CURLH_HEADER;
}
