// Content-Encoding decoders (lib/content_encoding.c): one writer per coding the response lists,
// between the exchange and the client writer, each handing its output to the next. Built only
// when CURLOPT_ACCEPT_ENCODING is set and CURLOPT_HTTP_CONTENT_DECODING is on (lib/http.c
// http_header_c reads Content-Encoding only then). Streaming: each piece is decoded as it comes
// and handed on in pieces of at most 16 KiB; nothing is held back beyond zlib's own state.
//
//   const sink = contentDecoders(ctx, headers, bodyless, writeBody); // writeBody: nothing to decode
//   sink(chunk) ... ;     // throws CurlError 61 (or 23) as libcurl's writers return them
//   closeDecoders(ctx);   // when the response is done or failed (http1Exchange does it)
import { CURLE } from '../base/codes.js';
import type { TransferContext } from '../base/context.js';
import { CurlError, SilentError } from '../base/error.js';
import type { BodySink } from './client-writer.js';
import type { HeaderField } from './headers.js';
import { Inflater } from './inflater.js';
import { gzipDecoder } from './gzip.js';

/** Curl_get_content_encodings(): the general decoders but identity, in table order (deflate,
 * gzip, br; this runtime has no zstd). CURLOPT_ACCEPT_ENCODING "" stores this. */
export const SUPPORTED_ENCODINGS = 'deflate, gzip, br';

/** lib/content_encoding.c MAX_ENCODE_STACK */
const MAX_ENCODE_STACK = 5;

type Kind = 'identity' | 'deflate' | 'gzip' | 'br' | 'unknown';

/** find_unencode_writer: by name or alias, case-insensitively. */
function kindOf(name: string): Kind {
  switch (name.toLowerCase()) {
    case 'identity':
    case 'none':
      return 'identity';
    case 'deflate':
      return 'deflate';
    case 'gzip':
    case 'x-gzip':
      return 'gzip';
    case 'br':
      return 'br';
    default:
      return 'unknown';
  }
}

/** The engines of the chains contentDecoders and transferDecoders built for a transfer. */
const engines = new WeakMap<TransferContext, Inflater[]>();

/** Frees the decoders made for the response just read, done or failed (Curl_cwriter_free). */
export function closeDecoders(ctx: TransferContext): void {
  const made = engines.get(ctx);
  if (made === undefined) return;
  for (const z of made) z.close();
  engines.delete(ctx);
}

/** One decoding writer (deflate_encoding, gzip_encoding, brotli_encoding). */
function decoder(ctx: TransferContext, kind: 'deflate' | 'gzip' | 'br', next: BodySink, made: Inflater[]): BodySink {
  if (kind === 'gzip') {
    const gzip = gzipDecoder(ctx, next, made);
    return (chunk) => {
      try {
        gzip(chunk);
      } catch (err) {
        if (err instanceof CurlError) throw err;
        throw zlibFailure(ctx, err);
      }
    };
  }
  let z = new Inflater(kind);
  made.push(z);
  let started = false;
  let emitted = false;
  const out: BodySink = (piece) => {
    emitted = true;
    next(piece);
  };
  /** Bytes after the stream libcurl lets pass: raw deflate's missing adler32 (trailerlen 4). */
  let trailer = 0;
  const feed = (chunk: Uint8Array): void => {
    const left = z.push(chunk, out);
    if (left > 0 || z.ended) {
      // process_trailer: bytes past the end of the stream are a write error
      z.ended = true;
      trailer -= left;
      if (trailer < 0) throw new SilentError(CURLE.WRITE_ERROR);
    }
  };
  return (chunk) => {
    if (chunk.length === 0) return;
    if (z.ended) {
      trailer -= chunk.length;
      if (trailer < 0) throw new SilentError(CURLE.WRITE_ERROR);
      return;
    }
    const first = !started;
    started = true;
    try {
      feed(chunk);
    } catch (err) {
      if (err instanceof CurlError) throw err;
      if (kind === 'deflate' && first && !emitted) {
        // inflate_stream Z_DATA_ERROR: servers that send raw deflate without the zlib header
        // get a second try as raw deflate, in the first piece and before any output only
        z.close();
        z = new Inflater('raw');
        made.push(z);
        trailer = 4;
        try {
          feed(chunk);
        } catch (err2) {
          if (err2 instanceof CurlError) throw err2;
          throw zlibFailure(ctx, err2);
        }
        return;
      }
      // brotli_map_error: format errors are 61, returned without a failf text
      if (kind === 'br') throw new SilentError(CURLE.BAD_CONTENT_ENCODING);
      throw zlibFailure(ctx, err);
    }
  };
}

/** process_zlib_error */
function zlibFailure(ctx: TransferContext, err: unknown): CurlError {
  const msg = err instanceof Error && err.message !== '' ? err.message : 'Unknown failure within decompression software.';
  return ctx.failf(CURLE.BAD_CONTENT_ENCODING, `Error while processing content unencoding: ${msg}`);
}

/** error_writer: a coding this runtime cannot decode fails at the first body byte. */
function unknownCoding(ctx: TransferContext): BodySink {
  return (chunk) => {
    if (chunk.length === 0) return;
    throw ctx.failf(CURLE.BAD_CONTENT_ENCODING, 'Unrecognized content encoding type');
  };
}

/** The writer for one coding name in front of `next` (find_unencode_writer; a name this runtime
 * does not decode gets the deferred error writer). Identity is `next` itself. */
export function codingWriter(ctx: TransferContext, name: string, next: BodySink, made: Inflater[]): BodySink {
  const kind = kindOf(name);
  if (kind === 'identity') return next;
  return kind === 'unknown' ? unknownCoding(ctx) : decoder(ctx, kind, next, made);
}

/** Where the decoders made for a transfer's response are kept for closeDecoders. */
export function enginesOf(ctx: TransferContext): Inflater[] {
  let list = engines.get(ctx);
  if (list === undefined) engines.set(ctx, (list = []));
  return list;
}

/**
 * The writer chain for a response (Curl_build_unencoding_stack for each Content-Encoding field):
 * the coding listed last was applied last, so its decoder runs first. Returns `sink` itself when
 * nothing is to be decoded: ACCEPT_ENCODING unset, HTTP_CONTENT_DECODING off, a bodyless
 * response, or no Content-Encoding. Throws CurlError 61 for more than five codings.
 */
export function contentDecoders(
  ctx: TransferContext,
  headers: readonly HeaderField[],
  bodyless: boolean,
  sink: BodySink,
): BodySink {
  const opts = ctx.opts;
  if (opts.acceptEncoding === null || !opts.httpContentDecoding || bodyless) return sink;
  let top = sink;
  let count = 0;
  for (const [name, value] of headers) {
    if (name.toLowerCase() !== 'content-encoding') continue;
    for (const part of value.split(',')) {
      const coding = part.trim();
      if (coding === '') continue;
      if (count >= MAX_ENCODE_STACK) {
        throw ctx.failf(CURLE.BAD_CONTENT_ENCODING, `Reject response exceeding limit of ${MAX_ENCODE_STACK} content encodings`);
      }
      count++;
      top = codingWriter(ctx, coding, top, enginesOf(ctx));
    }
  }
  return top;
}
