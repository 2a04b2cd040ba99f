// Handing a response to the application (lib/cw-out.c, lib/sendf.c): body bytes to
// WRITEFUNCTION in pieces of at most CURL_MAX_WRITE_SIZE, header lines to verbose, to the write
// callback when CURLOPT_HEADER is set and to HEADERFUNCTION, each counted in HEADER_SIZE.
import { CURLE } from '../base/codes.js';
import type { TransferContext } from '../base/context.js';
import type { HeadResult } from './head.js';

/** CURL_MAX_WRITE_SIZE (include/curl/curl.h): the most body bytes one write callback call gets. */
export const CURL_MAX_WRITE_SIZE = 16384;

const latin1 = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');

export type BodySink = (chunk: Uint8Array) => void;

/**
 * The body sink for a transfer: WRITEFUNCTION(ptr, 1, n, WRITEDATA) in pieces of at most
 * CURL_MAX_WRITE_SIZE, or, without one, WRITEDATA's write() (a stream, like fwrite to a FILE *)
 * or process.stdout. Runs through the transfer's callback guard, so send/recv from inside return
 * 93. Throws CurlError 23 (reported with failf) when the callback takes less or throws.
 */
export function bodyWriter(ctx: TransferContext): BodySink {
  const opts = ctx.opts;
  const fn = opts.writeFunction;
  const data = opts.writeData;
  const guard = ctx.guard;
  if (fn === null) {
    const sink =
      data !== null && typeof data === 'object' && typeof (data as { write?: unknown }).write === 'function'
        ? (data as { write(chunk: Uint8Array): unknown })
        : process.stdout;
    return (chunk) => {
      if (chunk.length === 0) return;
      const r = guard.call(() => sink.write(chunk));
      if (!r.ok) throw ctx.failf(CURLE.WRITE_ERROR, r.text);
    };
  }
  return (chunk) => {
    for (let o = 0; o < chunk.length; o += CURL_MAX_WRITE_SIZE) {
      const piece = o === 0 && chunk.length <= CURL_MAX_WRITE_SIZE ? chunk : chunk.subarray(o, o + CURL_MAX_WRITE_SIZE);
      const r = guard.call(() => fn(piece, 1, piece.length, data));
      if (!r.ok) throw ctx.failf(CURLE.WRITE_ERROR, r.text);
      if (r.value !== piece.length) {
        // lib/cw-out.c cw_out_ptr_flush
        throw ctx.failf(
          CURLE.WRITE_ERROR,
          `Failure writing output to destination, passed ${piece.length} returned ${String(r.value)}`,
        );
      }
    }
  };
}

export interface DeliverOptions {
  /** The write callback, for CURLOPT_HEADER (null: headers do not go there). */
  body: BodySink | null;
  /** A proxy's answer to CONNECT (SUPPRESS_CONNECT_HEADERS withholds it from the callbacks). */
  connect?: boolean;
}

/** Hands lines of a head to verbose (HEADER_IN), the write callback (CURLOPT_HEADER) and the
 *  header callback, in that order (lib/cw-out.c writes the body stream first), and counts each
 *  in HEADER_SIZE. */
export function deliverLines(ctx: TransferContext, lines: readonly Uint8Array[], options: DeliverOptions): void {
  const connect = options.connect ?? false;
  const quiet = connect && ctx.opts.suppressConnectHeaders;
  for (const line of lines) {
    // the text is only made when verbose output can show it
    if (ctx.verbose) ctx.headerIn(latin1(line));
    if (!quiet && options.body !== null) options.body(line);
    ctx.writeHeader(line, connect);
    ctx.info.headerSize += line.length;
  }
}

/** deliverLines for a whole head. */
export function deliverHead(ctx: TransferContext, head: HeadResult, options: DeliverOptions): void {
  deliverLines(ctx, head.lines, options);
}
