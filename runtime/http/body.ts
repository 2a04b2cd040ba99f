// HTTP/1.1 response body delimitation (RFC 9112 section 6.3) and decoding (section 7.1 chunked),
// with libcurl 8.22's tolerances, codes and texts (lib/http.c `http_header_c`/`http_header_t`,
// lib/http_chunks.c `httpchunk_readwrite`, `cw_chunked_write`; lib/transfer.c).
//
// API:
//   const mode = bodyMode(status, headers, method);     // or throws CurlError 8
//   const dec = new BodyDecoder(mode);
//   const { data, done, leftover, trailers } = dec.push(chunk);   // or throws CurlError 56
//   dec.finish();   // the peer closed: throws CurlError 18 if the body is not complete
//
// push() hands out views into `chunk` (no copies, nothing accumulated): `data` are body pieces in
// order, `trailers` the chunked trailer lines for the header callback (each ending in CRLF, as
// libcurl writes them), `leftover` the bytes after the body once `done` (the next response on a
// kept-alive connection). The decoder holds at most 16 hex digits and one trailer line
// (< DYN_H1_TRAILER bytes). Once done, push() returns everything as leftover.
import { CURLE } from '../base/codes.js';
import { CurlError } from '../base/error.js';
import type { HeaderField } from './headers.js';

export type BodyMode =
  | { kind: 'none' }
  | { kind: 'length'; length: number }
  | { kind: 'chunked' }
  | { kind: 'close' };

export interface BodyChunk {
  data: Uint8Array[];
  done: boolean;
  leftover: Uint8Array;
  trailers: Uint8Array[];
}

/** libcurl's CHUNK_MAXNUM_LEN: hex digits of a chunk size (twice sizeof(curl_off_t)). */
export const CHUNK_MAXNUM_LEN = 16;
/** libcurl's DYN_H1_TRAILER (lib/dynbuf.h): the longest trailer line + 1. */
export const DYN_H1_TRAILER = 4096;

const CURL_OFF_T_MAX = 0x7fffffffffffffffn;

/**
 * How the body of a response is delimited (RFC 9112 section 6.3): HEAD answers, 1xx, 204 and 304
 * have none, nor has a 2xx answer to CONNECT; Transfer-Encoding with chunked last means chunked,
 * any other Transfer-Encoding means until close (and Content-Length is then ignored, as libcurl
 * does); a Content-Length gives the length; otherwise the body runs until the connection closes.
 * A Content-Length that is not a number fails with 8 "Invalid Content-Length: value" (lib/http.c);
 * so do differing values (RFC 9112 section 6.3 item 5; libcurl keeps the last one). A value too
 * big for curl_off_t is ignored (libcurl: "Overflow Content-Length: value", read until close).
 */
export function bodyMode(status: number, headers: readonly HeaderField[], method: string): BodyMode {
  const m = method.toUpperCase();
  if (m === 'HEAD') return { kind: 'none' };
  if ((status >= 100 && status < 200) || status === 204 || status === 304) return { kind: 'none' };
  if (m === 'CONNECT' && status >= 200 && status < 300) return { kind: 'none' };

  const codings: string[] = [];
  let hasTE = false;
  let length: number | undefined;
  let overflow = false;
  for (const [name, value] of headers) {
    const n = name.toLowerCase();
    if (n === 'transfer-encoding') {
      hasTE = true;
      for (const c of value.split(',')) {
        const t = c.trim().toLowerCase();
        if (t) codings.push(t);
      }
    } else if (n === 'content-length') {
      // A list of identical values is one value (RFC 9110 section 8.6).
      for (const part of value.split(',')) {
        const v = parseContentLength(part);
        if (v === 'overflow') overflow = true;
        else if (length !== undefined && v !== length) throw invalidLength();
        else length = v;
      }
    }
  }
  if (hasTE) {
    if (codings[codings.length - 1] === 'chunked') return { kind: 'chunked' };
    return { kind: 'close' };
  }
  if (length !== undefined && !overflow) return { kind: 'length', length };
  return { kind: 'close' };
}

function invalidLength(): CurlError {
  return new CurlError(CURLE.WEIRD_SERVER_REPLY, 'Invalid Content-Length: value');
}

/** curlx_str_numblanks: optional blanks, then decimal digits only (no sign) up to CURL_OFF_T_MAX. */
function parseContentLength(text: string): number | 'overflow' {
  const t = text.trim();
  if (!/^[0-9]+$/.test(t)) throw invalidLength();
  const big = BigInt(t);
  if (big > CURL_OFF_T_MAX) return 'overflow';
  return Number(big);
}

const enum State {
  HEX,
  LF,
  DATA,
  POSTLF,
  TRAILER,
  TRAILER_CR,
  TRAILER_POSTCR,
  STOP,
  DONE,
  FAILED,
}

const EMPTY = new Uint8Array(0);

const isHex = (b: number): boolean =>
  (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);

export class BodyDecoder {
  private readonly kind: BodyMode['kind'];
  private remaining: number;
  private state: State = State.HEX;
  private hex = '';
  private trailer: Uint8Array[] = [];
  private trailerLen = 0;
  private finished = false;

  constructor(mode: BodyMode) {
    this.kind = mode.kind;
    this.remaining = mode.kind === 'length' ? mode.length : 0;
    if (mode.kind === 'none' || (mode.kind === 'length' && mode.length === 0)) this.finished = true;
  }

  /** Whether the whole body has been seen. */
  get done(): boolean {
    return this.finished;
  }

  /** Body bytes still expected for a Content-Length body. */
  get bytesLeft(): number {
    return this.remaining;
  }

  push(chunk: Uint8Array): BodyChunk {
    if (this.finished) return { data: [], done: true, leftover: chunk, trailers: [] };
    switch (this.kind) {
      case 'close':
        return { data: chunk.length ? [chunk] : [], done: false, leftover: EMPTY, trailers: [] };
      case 'length': {
        const take = Math.min(chunk.length, this.remaining);
        this.remaining -= take;
        if (this.remaining === 0) this.finished = true;
        return {
          data: take ? [chunk.subarray(0, take)] : [],
          done: this.finished,
          leftover: this.finished ? chunk.subarray(take) : EMPTY,
          trailers: [],
        };
      }
      default:
        return this.chunked(chunk);
    }
  }

  /** The peer closed the connection: a close-delimited body ends here, others must be complete. */
  finish(): void {
    if (this.finished) return;
    if (this.kind === 'close') {
      this.finished = true;
      return;
    }
    if (this.kind === 'length') {
      // lib/transfer.c: a known size that was not reached.
      throw new CurlError(CURLE.PARTIAL_FILE, `end of response with ${this.remaining} bytes missing`);
    }
    throw new CurlError(CURLE.PARTIAL_FILE, 'transfer closed with outstanding read data remaining');
  }

  private fail(text: string, code: number = CURLE.RECV_ERROR): never {
    this.state = State.FAILED;
    throw new CurlError(code, text);
  }

  // lib/http_chunks.c httpchunk_readwrite, state for state.
  private chunked(buf: Uint8Array): BodyChunk {
    const data: Uint8Array[] = [];
    const trailers: Uint8Array[] = [];
    const n = buf.length;
    let i = 0;
    while (i < n) {
      const b = buf[i];
      switch (this.state) {
        case State.HEX:
          if (isHex(b)) {
            if (this.hex.length >= CHUNK_MAXNUM_LEN) this.fail(`chunk hex-length longer than ${CHUNK_MAXNUM_LEN}`);
            this.hex += String.fromCharCode(b);
            i++;
          } else {
            if (this.hex.length === 0) {
              this.fail(`chunk hex-length char not a hex digit: 0x${b.toString(16)}`);
            }
            const size = BigInt('0x' + this.hex);
            if (size > CURL_OFF_T_MAX) this.fail(`invalid chunk size: '${this.hex}'`);
            this.remaining = Number(size);
            this.hex = '';
            // Whatever follows the size up to LF (chunk extensions, CR) is skipped.
            this.state = State.LF;
          }
          break;
        case State.LF: {
          const lf = buf.indexOf(0x0a, i);
          if (lf < 0) {
            i = n;
            break;
          }
          i = lf + 1;
          this.state = this.remaining === 0 ? State.TRAILER : State.DATA;
          break;
        }
        case State.DATA: {
          const take = Math.min(n - i, this.remaining);
          data.push(buf.subarray(i, i + take));
          i += take;
          this.remaining -= take;
          if (this.remaining === 0) this.state = State.POSTLF;
          break;
        }
        case State.POSTLF:
          if (b === 0x0a) this.state = State.HEX;
          else if (b !== 0x0d) this.fail('Malformed encoding found in chunked-encoding');
          i++;
          break;
        case State.TRAILER:
          if (b === 0x0d || b === 0x0a) {
            if (this.trailerLen > 0) {
              trailers.push(this.takeTrailer());
              this.state = State.TRAILER_CR;
              if (b === 0x0a) break; // already on the LF
            } else {
              this.state = State.TRAILER_POSTCR;
              break; // do not advance
            }
            i++;
          } else {
            let end = i;
            while (end < n && buf[end] !== 0x0d && buf[end] !== 0x0a) end++;
            this.addTrailer(buf.subarray(i, end));
            i = end;
          }
          break;
        case State.TRAILER_CR:
          if (b !== 0x0a) this.fail('Malformed encoding found in chunked-encoding');
          this.state = State.TRAILER_POSTCR;
          i++;
          break;
        case State.TRAILER_POSTCR:
          if (b !== 0x0d && b !== 0x0a) {
            this.state = State.TRAILER; // another trailer line
            break;
          }
          if (b === 0x0d) i++;
          this.state = State.STOP;
          break;
        case State.STOP:
          if (b !== 0x0a) this.fail('Malformed encoding found in chunked-encoding');
          i++;
          this.state = State.DONE;
          this.finished = true;
          return { data, done: true, leftover: buf.subarray(i), trailers };
        default:
          this.fail('Malformed encoding found in chunked-encoding');
      }
    }
    return { data, done: false, leftover: EMPTY, trailers };
  }

  private addTrailer(bytes: Uint8Array): void {
    // libcurl's trailer dynbuf (DYN_H1_TRAILER) cannot hold its limit, CRLF and zero included.
    if (this.trailerLen + bytes.length + 2 >= DYN_H1_TRAILER) {
      this.fail('Out of memory in chunked-encoding', CURLE.TOO_LARGE);
    }
    this.trailer.push(bytes.slice());
    this.trailerLen += bytes.length;
  }

  private takeTrailer(): Uint8Array {
    const out = new Uint8Array(this.trailerLen + 2);
    let o = 0;
    for (const p of this.trailer) {
      out.set(p, o);
      o += p.length;
    }
    out[o] = 0x0d;
    out[o + 1] = 0x0a;
    this.trailer = [];
    this.trailerLen = 0;
    return out;
  }
}
