// Reading a connection's stream for a protocol step (the proxy tunnel's answer, an HTTP response,
// the WebSocket upgrade): chunks on demand with 'readable' + read(), the transfer's abort
// (timeout, cleanup) ending any wait, and one mapping of stream errors to CURLcodes. The reader
// holds listeners only while in use; after release() unread bytes stay in the stream for the
// next reader (the next exchange on a kept connection, or StreamIO once the application reads).
import type { Duplex } from 'node:stream';
import type { TransferContext } from '../base/context.js';
import { CurlError } from '../base/error.js';
import { streamFailure } from './stream-failure.js';

export const TIMEOUT = Symbol('timeout');
/** readNow(): nothing has arrived yet; the wake function will be called. */
export const WAIT = Symbol('wait');

const ignoreError = (): void => {};

export class StreamReader {
  readonly stream: Duplex;
  readonly #ctx: TransferContext;
  readonly #unhook: () => void;
  #ended = false;
  #error: unknown = null;
  #wake: (() => void) | null = null;
  #released = false;

  constructor(stream: Duplex, ctx: TransferContext) {
    this.stream = stream;
    this.#ctx = ctx;
    stream.on('readable', this.#onWake);
    stream.on('end', this.#onEnd);
    stream.on('close', this.#onWake);
    stream.on('error', this.#onError);
    this.#unhook = ctx.onAbort(this.#onWake);
  }

  readonly #onWake = (): void => {
    const w = this.#wake;
    this.#wake = null;
    w?.();
  };

  readonly #onEnd = (): void => {
    this.#ended = true;
    this.#onWake();
  };

  readonly #onError = (err: unknown): void => {
    this.#error ??= err;
    this.#onWake();
  };

  /** Writes bytes; a failed write is reported by the next read. */
  write(bytes: Uint8Array): void {
    this.stream.write(bytes, this.#onWritten);
  }

  readonly #onWritten = (err?: Error | null): void => {
    if (err) this.#onError(err);
  };

  /** Fails the current and later reads with `err` (the upload sent beside the read failed). */
  fail(err: unknown): void {
    this.#onError(err);
  }

  /** The next bytes, null at EOF. Rejects with the stream's error or the abort reason. */
  read(): Promise<Buffer | null> {
    // without a deadline readWithin never answers TIMEOUT (and one async layer is saved)
    return this.readWithin(Infinity) as Promise<Buffer | null>;
  }

  /** The next bytes without waiting (a protocol step driven by events, no promise per read): a
   * chunk, null at EOF, or WAIT, when `wake` is called once something may have changed (then ask
   * again). Throws the stream's error or the abort reason. */
  readNow(wake: () => void): Buffer | null | typeof WAIT {
    const r = this.#poll();
    if (r === WAIT) this.#wake = wake;
    return r;
  }

  /** One look at the stream: the abort, a chunk, the error, EOF, else WAIT. */
  #poll(): Buffer | null | typeof WAIT {
    const aborted = this.#ctx.abortReason;
    if (aborted !== null) throw aborted;
    const c = this.stream.read() as Buffer | string | null;
    if (c !== null) return typeof c === 'string' ? Buffer.from(c, 'latin1') : c;
    if (this.#error !== null) throw this.#error;
    if (this.#ended || this.stream.readableEnded || this.stream.destroyed) return null;
    return WAIT;
  }

  /** Like read(), or TIMEOUT when `ms` pass first. */
  async readWithin(ms: number): Promise<Buffer | null | typeof TIMEOUT> {
    const timed = Number.isFinite(ms);
    const deadline = timed ? performance.now() + ms : Infinity;
    for (;;) {
      const r = this.#poll();
      if (r !== WAIT) return r;
      const left = timed ? deadline - performance.now() : Infinity;
      if (left <= 0) return TIMEOUT;
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
        if (timed) timer = setTimeout(resolve, left);
      });
      if (timer !== undefined) clearTimeout(timer);
    }
  }

  /** Removes the reader's listeners; an 'error' sink stays so a late error is not unhandled. */
  release(): void {
    if (this.#released) return;
    this.#released = true;
    const s = this.stream;
    s.off('readable', this.#onWake);
    s.off('end', this.#onEnd);
    s.off('close', this.#onWake);
    s.off('error', this.#onError);
    if (s.listenerCount('error') === 0) s.on('error', ignoreError);
    this.#unhook();
  }
}

/** What a read or write failure means for the transfer: the abort reason as it is (a timeout,
 * cleanup), else libcurl's send or recv failure, reported with failf and with OS_ERRNO set. */
export function readFailure(ctx: TransferContext, err: unknown): CurlError {
  if (err instanceof CurlError) return err;
  if (ctx.abortReason !== null) return ctx.abortReason;
  const f = streamFailure(err);
  if (f.errno !== 0) ctx.info.osErrno = f.errno;
  return ctx.failf(f.code, f.text);
}

/** Puts bytes a reader took beyond what it needed back at the front of the stream, for the next
 * reader (the layer above, or the application's first recv: C12, C14). */
export function unread(stream: Duplex, bytes: Uint8Array): void {
  if (bytes.length > 0) stream.unshift(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
}
