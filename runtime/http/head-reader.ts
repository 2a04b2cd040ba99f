// The one loop that reads HTTP/1 response heads off a stream, for every HTTP step: an ordinary
// response (1xx heads, then the final one), the proxy tunnel's answer to CONNECT and the
// WebSocket upgrade. Each caller decides what a head means and what EOF before one means.
import { CURLE } from '../base/codes.js';
import type { TransferContext } from '../base/context.js';
import { ConnectionDied, CurlError } from '../base/error.js';
import { strerrorOf } from '../base/errno.js';
import { readFailure, StreamReader, TIMEOUT } from '../io/stream-reader.js';
import { HeadError, ResponseHeadParser, type HeadResult, type ResponseHeadOptions } from './head.js';

const EMPTY = new Uint8Array(0);
const LF = 0x0a;

export interface HeadReaderOptions extends ResponseHeadOptions {
  /** Called once, as soon as the first status line is complete (its LF arrived and it parsed),
   * before the rest of its head: where lib/sendf.c cw_download_write stamps
   * TIMER_STARTTRANSFER, at the first response line written to the client. */
  onStatusLine?: () => void;
}

/** A head parser error as libcurl reports it: a too-long header line is CURLE_TOO_LARGE without
 * a failf (a dynbuf limit, lib/http.c), everything else goes through failf. */
export function headFailure(ctx: TransferContext, err: unknown): unknown {
  if (err instanceof HeadError && err.code === CURLE.TOO_LARGE) return err;
  if (err instanceof CurlError) return ctx.failf(err.code, err.message);
  return err;
}

export class HeadReader {
  readonly reader: StreamReader;
  readonly #ctx: TransferContext;
  readonly #parser: ResponseHeadParser;
  /** Bytes after the last head: the start of the next head, or of the body. */
  #pending: Uint8Array = EMPTY;
  /** Bytes that arrived for the head being read (0: nothing of a new head came yet). */
  fed = 0;
  /** Whether any byte arrived at all. */
  anyBytes = false;

  readonly #reused: boolean;
  #onStatusLine: (() => void) | undefined;

  constructor(ctx: TransferContext, reader: StreamReader, options: HeadReaderOptions = {}) {
    this.#ctx = ctx;
    this.reader = reader;
    this.#reused = options.reused ?? false;
    this.#onStatusLine = options.onStatusLine;
    this.#parser = new ResponseHeadParser(options);
  }

  /** Bytes after the last head, taken (the body's first bytes, or what a tunnel passes up). */
  takeRest(): Uint8Array {
    const rest = this.#pending;
    this.#pending = EMPTY;
    return rest;
  }

  /**
   * The next complete head; null when the stream ended first (`fed` tells whether part of a
   * head came); TIMEOUT when `ms` passed first. Parser errors come as headFailure makes them,
   * stream errors and the transfer's abort as readFailure makes them; a reused connection that
   * fails before its first byte throws ConnectionDied.
   */
  async next(ms = Infinity): Promise<HeadResult | null | typeof TIMEOUT> {
    let head = this.#pending.length > 0 ? this.#push(this.takeRest()) : null;
    const deadline = Number.isFinite(ms) ? performance.now() + ms : Infinity;
    while (head === null) {
      let chunk: Buffer | null | typeof TIMEOUT;
      try {
        chunk = await this.reader.readWithin(deadline - performance.now());
      } catch (err) {
        if (this.#reused && !this.anyBytes && this.#ctx.abortReason === null && !(err instanceof CurlError)) {
          throw new ConnectionDied(CURLE.RECV_ERROR, `Recv failure: ${strerrorOf(err)}`);
        }
        throw readFailure(this.#ctx, err);
      }
      if (chunk === null || chunk === TIMEOUT) return chunk;
      this.anyBytes = true;
      head = this.#push(chunk);
    }
    this.fed = 0;
    this.#pending = head.leftover;
    return head;
  }

  /** After next() returned null: what came of the unfinished head (ResponseHeadParser.partial). */
  partial(): { status: number; lines: Uint8Array[] } {
    this.fed = 0;
    return this.#parser.partial();
  }

  #push(bytes: Uint8Array): HeadResult | null {
    this.fed += bytes.length;
    let head;
    try {
      head = this.#parser.push(bytes);
    } catch (err) {
      throw headFailure(this.#ctx, err);
    }
    // the first LF of the first head ends its status line (a status line is never folded)
    const onStatus = this.#onStatusLine;
    if (onStatus !== undefined && (head !== null || bytes.indexOf(LF) >= 0)) {
      this.#onStatusLine = undefined;
      onStatus();
    }
    return head;
  }
}
