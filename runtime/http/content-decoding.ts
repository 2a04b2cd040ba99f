// Content-Encoding decoders (lib/content_encoding.c): one writer per coding the response lists,
// between the exchange and the client writer, each handing its output to the next. Built only
// when CURLOPT_ACCEPT_ENCODING is set and CURLOPT_HTTP_CONTENT_DECODING is on (lib/http.c
// http_header_c reads Content-Encoding only then). Streaming: each piece is decoded as it comes
// and handed on in pieces of at most 16 KiB; nothing is held back beyond zlib's own state.
//
//   const sink = contentDecoders(ctx, headers, writeBody);   // writeBody when nothing to decode
//   sink(chunk) ... ; // throws CurlError 61 (or 23) as libcurl's writers return them
import zlib from 'node:zlib';
import { CURLE } from '../base/codes.js';
import type { TransferContext } from '../base/context.js';
import { CurlError } from '../base/error.js';
import type { BodySink } from './client-writer.js';
import type { HeaderField } from './headers.js';

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

/** What node:zlib's stream keeps: the native handle, its `[availOut, availIn]` after a write,
 * and the error the handle reports through `onerror`. */
interface ZlibInternals {
  _handle: {
    writeSync(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): void;
    onerror: (message: string, errno: number) => void;
  };
  _writeState: Uint32Array;
  on(event: 'error', fn: () => void): unknown;
}

/** DECOMPRESS_BUFFER_SIZE (lib/content_encoding.c): decoded bytes go out in pieces this big. */
const DECOMPRESS_BUFFER_SIZE = 16384;

/**
 * A decompressor driven one piece at a time and synchronously, as libcurl drives zlib and
 * brotli: node:zlib's public synchronous calls take a whole body and its streams deliver later,
 * so this writes to the stream's native handle the way node:zlib's own synchronous path does,
 * without closing it after the piece.
 */
class Inflater {
  readonly #z: ZlibInternals;
  readonly #flush: number;
  #error: Error | null = null;
  readonly #out = Buffer.allocUnsafe(DECOMPRESS_BUFFER_SIZE);
  /** The stream ended and input was left over (more than a coding's trailer). */
  ended = false;

  constructor(kind: 'deflate' | 'gzip' | 'br' | 'raw') {
    const z = (
      kind === 'deflate'
        ? zlib.createInflate()
        : kind === 'raw'
          ? zlib.createInflateRaw()
          : // inflateInit2(MAX_WBITS + 32): gzip or zlib, told apart by the header
            kind === 'gzip'
            ? zlib.createUnzip()
            : zlib.createBrotliDecompress()
    ) as unknown as ZlibInternals;
    this.#z = z;
    this.#flush = kind === 'br' ? zlib.constants.BROTLI_OPERATION_PROCESS : zlib.constants.Z_SYNC_FLUSH;
    z._handle.onerror = (message) => {
      this.#error = new Error(message);
    };
    z.on('error', () => {}); // errors are taken from onerror above
  }

  /** Decodes `chunk`, handing each piece of output to `emit` (the buffer is reused after).
   * Returns the input bytes left over after the end of the stream. */
  push(chunk: Uint8Array, emit: (piece: Uint8Array) => void): number {
    const out = this.#out;
    let off = 0;
    let len = chunk.length;
    for (;;) {
      this.#z._handle.writeSync(this.#flush, chunk, off, len, out, 0, out.length);
      if (this.#error !== null) throw this.#error;
      const availOut = this.#z._writeState[0]!;
      const availIn = this.#z._writeState[1]!;
      off += len - availIn;
      len = availIn;
      if (availOut < out.length) emit(out.subarray(0, out.length - availOut));
      // a full buffer may mean more output is waiting; otherwise the input is used up or the
      // stream ended before it
      if (availOut !== 0) return len;
    }
  }
}

/** One decoding writer (deflate_encoding, gzip_encoding, brotli_encoding). */
function decoder(ctx: TransferContext, kind: 'deflate' | 'gzip' | 'br', next: BodySink): BodySink {
  let z = new Inflater(kind);
  let started = false;
  /** Bytes after the stream libcurl lets pass: raw deflate's missing adler32 (trailerlen 4). */
  let trailer = 0;
  const feed = (chunk: Uint8Array): void => {
    const left = z.push(chunk, next);
    if (left > 0 || z.ended) {
      // process_trailer: bytes past the end of the stream are a write error
      z.ended = true;
      trailer -= left;
      if (trailer < 0) throw new CurlError(CURLE.WRITE_ERROR);
    }
  };
  return (chunk) => {
    if (chunk.length === 0) return;
    if (z.ended) {
      trailer -= chunk.length;
      if (trailer < 0) throw new CurlError(CURLE.WRITE_ERROR);
      return;
    }
    const first = !started;
    started = true;
    try {
      feed(chunk);
    } catch (err) {
      if (err instanceof CurlError) throw err;
      if (kind === 'deflate' && first) {
        // inflate_stream Z_DATA_ERROR: servers that send raw deflate without the zlib header
        // get a second try as raw deflate, in the first piece only
        z = new Inflater('raw');
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
      if (kind === 'br') throw new CurlError(CURLE.BAD_CONTENT_ENCODING);
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
      const kind = kindOf(coding);
      if (kind === 'identity') continue;
      top = kind === 'unknown' ? unknownCoding(ctx) : decoder(ctx, kind, top);
    }
  }
  return top;
}
