// The gzip coding as lib/content_encoding.c decodes it with inflateInit2(MAX_WBITS + 32): a gzip
// member (RFC 1952: header, raw deflate data, CRC-32 and length) or, when the body does not start
// with the gzip magic, a zlib stream. One member only: a second one is refused with 23 "Multi-member
// gzip response not supported", other bytes after the member with 23 and no text. node:zlib's own
// gunzip would read on into further members, so the member's frame is read here and only the
// deflate data goes to zlib. Errors carry zlib's own texts.
import zlib from 'node:zlib';
import { CURLE } from '../base/codes.js';
import type { TransferContext } from '../base/context.js';
import { SilentError } from '../base/error.js';
import type { BodySink } from './client-writer.js';
import { Inflater } from './inflater.js';

const enum State {
  MAGIC,
  HEADER,
  DATA,
  TRAILER,
  DONE,
}

/** RFC 1952 FLG bits */
const FHCRC = 2;
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;

/** A zlib message as inflate() would set it. */
export class ZlibMessage extends Error {}

/**
 * The gzip writer in front of `next`. Throws ZlibMessage (the caller turns it into 61 "Error while
 * processing content unencoding: ...") or CurlError 23.
 */
export function gzipDecoder(ctx: TransferContext, next: BodySink, made: Inflater[]): BodySink {
  let state = State.MAGIC;
  let head: number[] = [];
  let zlibStream: Inflater | null = null;
  /** The data is a gzip member's (raw deflate, then the trailer), not a zlib stream. */
  let member = false;
  let crc = 0;
  let size = 0;
  const trailer: number[] = [];

  const out: BodySink = (piece) => {
    crc = zlib.crc32(piece, crc);
    size = (size + piece.length) >>> 0;
    next(piece);
  };
  /** Header bytes: the fixed part, then what its flags announce. */
  let flags = -1;
  let extra = -1;
  const headerByte = (b: number): boolean => {
    head.push(b);
    if (flags < 0) {
      if (head.length < 10) return false;
      if (head[2] !== 8) throw new ZlibMessage('unknown compression method');
      flags = head[3]!;
      if (flags & 0xe0) throw new ZlibMessage('unknown header flags set');
      head = [];
      return !(flags & (FEXTRA | FNAME | FCOMMENT | FHCRC));
    }
    if (flags & FEXTRA) {
      if (extra < 0) {
        if (head.length < 2) return false;
        extra = head[0]! | (head[1]! << 8);
        head = [];
        if (extra > 0) return false;
      } else if (head.length < extra) return false;
      flags &= ~FEXTRA;
      head = [];
      return !(flags & (FNAME | FCOMMENT | FHCRC));
    }
    for (const bit of [FNAME, FCOMMENT]) {
      if (flags & bit) {
        if (b !== 0) return false;
        flags &= ~bit;
        head = [];
        return !(flags & (FNAME | FCOMMENT | FHCRC));
      }
    }
    // FHCRC: two bytes, not checked here
    if (head.length < 2) return false;
    flags &= ~FHCRC;
    return true;
  };

  return (chunk) => {
    if (chunk.length === 0) return;
    let i = 0;
    while (i < chunk.length) {
      switch (state) {
        case State.MAGIC:
          head.push(chunk[i++]!);
          if (head.length === 1 && head[0] !== 0x1f) {
            zlibStream = new Inflater('deflate');
            made.push(zlibStream);
            state = State.DATA;
            zlibOnly(zlibStream, head, out);
            head = [];
          } else if (head.length === 2) {
            if (head[1] !== 0x8b) {
              // not gzip: a zlib stream, whose header check then speaks
              zlibStream = new Inflater('deflate');
              made.push(zlibStream);
              state = State.DATA;
              zlibOnly(zlibStream, head, out);
              head = [];
            } else {
              head = [0x1f, 0x8b];
              state = State.HEADER;
            }
          }
          break;
        case State.HEADER:
          if (headerByte(chunk[i++]!)) {
            zlibStream = new Inflater('raw');
            made.push(zlibStream);
            member = true;
            head = [];
            state = State.DATA;
          }
          break;
        case State.DATA: {
          const left = zlibStream!.push(chunk.subarray(i), member ? out : next);
          i = chunk.length - left;
          if (left > 0) {
            if (!member) throw new SilentError(CURLE.WRITE_ERROR); // process_trailer
            state = State.TRAILER;
          }
          break;
        }
        case State.TRAILER:
          trailer.push(chunk[i++]!);
          if (trailer.length === 8) {
            const wantCrc = (trailer[0]! | (trailer[1]! << 8) | (trailer[2]! << 16) | (trailer[3]! << 24)) >>> 0;
            const wantSize = (trailer[4]! | (trailer[5]! << 8) | (trailer[6]! << 16) | (trailer[7]! << 24)) >>> 0;
            if (wantCrc !== crc >>> 0) throw new ZlibMessage('incorrect data check');
            if (wantSize !== size) throw new ZlibMessage('incorrect length check');
            state = State.DONE;
            // inflate_stream Z_STREAM_END: what follows in the same piece
            if (chunk.length - i >= 2 && chunk[i] === 0x1f && chunk[i + 1] === 0x8b) {
              throw ctx.failf(CURLE.WRITE_ERROR, 'Multi-member gzip response not supported');
            }
          }
          break;
        default:
          // process_trailer, or a writer already closed: a write error without a text
          throw new SilentError(CURLE.WRITE_ERROR);
      }
    }
  };
}

/** The first bytes of a zlib stream, fed once the gzip magic proved absent. */
function zlibOnly(z: Inflater, bytes: number[], next: BodySink): void {
  if (z.push(Uint8Array.from(bytes), next) > 0) throw new SilentError(CURLE.WRITE_ERROR);
}
