// An incremental HTTP/1.x response-head parser (RFC 9112 sections 2, 4 and 5), with libcurl 8.22's
// tolerances, limits, codes and texts (lib/http.c `http_parse_headers`, `http_rw_hd`,
// `verify_header`, `Curl_bump_headersize`; lib/cf-h1-proxy.c `recv_CONNECT_resp`, `on_resp_header`).
//
// API (stable: the HTTP/1 protocol and the proxy tunnel both build on it):
//
//   const p = new ResponseHeadParser({ maxHeaderBytes?, maxLineBytes?, connect?, reused? });
//   const head = p.push(chunk);   // null: need more bytes; else a HeadResult; or throws CurlError
//
// - push() never keeps more than one unfinished line (< maxLineBytes) plus the finished lines of
//   the head (<= maxHeaderBytes). Bytes after the head are handed back in `leftover` (a view into
//   the last chunk, not a copy) and are not looked at.
// - After a head is returned the parser is ready for the next one (a 1xx interim response is
//   followed by another head: call push(head.leftover), then push further chunks). The header size
//   limit counts every head the parser has seen, as libcurl counts all response headers of one
//   request together, CONNECT and 1xx included.
// - `lines` are the header-callback lines: the status line, each header line (obs-fold
//   continuations joined into one line as libcurl does, see below) and the final blank line, each
//   with its own line ending. `size` is their total length (CURLINFO_HEADER_SIZE adds it up).
// - Bare LF line endings are accepted (RFC 9112 section 2.2 allows it; libcurl splits on LF).
// - obs-fold (RFC 9112 section 5.2): a header line followed by a line starting with SP or HTAB is
//   joined the way libcurl 8.22 does it (`Curl_http_to_fold`): the first line loses its line
//   ending and trailing blanks, the continuation its leading blanks, one SP goes in between.
//
// Errors (CurlError; `HeadError.kind` tells them apart for callers that remap codes):
// - 'line-too-long': one line of maxLineBytes bytes or more. HTTP: CURLE_TOO_LARGE (100) with
//   strerror's text (libcurl's dynbuf for the header line, CURL_MAX_HTTP_HEADER = 100 KiB, fails
//   with that code and no failf). CONNECT: CURLE_RECV_ERROR (56) "CONNECT response too large"
//   (lib/cf-h1-proxy.c, DYN_PROXY_CONNECT_HEADERS = 16 KiB).
// - 'head-too-large': the lines of all heads together over maxHeaderBytes: CURLE_RECV_ERROR (56)
//   "Too large response headers: <n> > <max>", checked at each line end (curl test 497).
// - 'not-http': the first bytes are not "HTTP/": "Received HTTP/0.9 when not allowed" (1) on a
//   fresh connection's first head, else "Invalid status line" (8) (lib/http.c
//   `http_parse_headers`). Not raised in connect mode.
// - 'bad-status': "Unsupported HTTP/1 subversion in response" (1), "Unsupported HTTP version in
//   response" (1), "Unsupported response code in HTTP response" (1), "Version mismatch (from
//   HTTP/1 to HTTP/<n>)" (8). In connect mode an unparsable status line gives status 0 instead
//   (the tunnel then fails with 7, as libcurl's does: lib/cf-h1-proxy.c `on_resp_header`).
// - 'bad-header': "Nul byte in header" (8) in any line, the status line included (after its
//   version and code were read), and in connect mode too (lib/http.c `Curl_verify_header`, which
//   lib/cf-h1-proxy.c `single_header` runs on every CONNECT response line); "Header without
//   colon" (8), not in connect mode (the CONNECT response has no header line count there).
import { Buffer } from 'node:buffer';
import { CURLE, strerror } from '../base/codes.js';
import { CurlError } from '../base/error.js';
import type { HeaderField } from './headers.js';

/** libcurl's MAX_HTTP_RESP_HEADER_SIZE (lib/http.h): all response header lines of one request. */
export const MAX_HTTP_RESP_HEADER_SIZE = 300 * 1024;
/** libcurl's CURL_MAX_HTTP_HEADER (include/curl/curl.h): the longest single header line + 1. */
export const CURL_MAX_HTTP_HEADER = 100 * 1024;
/** libcurl's DYN_PROXY_CONNECT_HEADERS (lib/cf-h1-proxy.c): the longest CONNECT response line + 1. */
export const DYN_PROXY_CONNECT_HEADERS = 16384;

export type HeadErrorKind = 'line-too-long' | 'head-too-large' | 'not-http' | 'bad-status' | 'bad-header';

export class HeadError extends CurlError {
  readonly kind: HeadErrorKind;
  constructor(kind: HeadErrorKind, code: number, text?: string) {
    super(code, text);
    this.kind = kind;
    this.name = 'HeadError';
  }
}


export interface HeadResult {
  /** The three-digit status code; 0 in connect mode when the status line did not parse. */
  status: number;
  version: '1.0' | '1.1';
  /** The reason phrase, without the line ending ('' when absent). */
  reason: string;
  /** Header fields in arrival order, repeated names kept; names as sent, values without OWS. */
  headers: HeaderField[];
  /** Every line for the header callback, each with its line ending, the blank line last. */
  lines: Uint8Array[];
  /** Bytes of `lines` together. */
  size: number;
  /** Bytes after the head (a view into the last pushed chunk). */
  leftover: Uint8Array;
}

export interface ResponseHeadOptions {
  /** Limit for all header lines of all heads this parser sees. Default MAX_HTTP_RESP_HEADER_SIZE. */
  maxHeaderBytes?: number;
  /** A line this long or longer fails. Default CURL_MAX_HTTP_HEADER, or
   *  DYN_PROXY_CONNECT_HEADERS in connect mode. */
  maxLineBytes?: number;
  /** Parse a proxy's answer to CONNECT the way lib/cf-h1-proxy.c does (lenient, other texts). */
  connect?: boolean;
  /** The connection was used before: a non-HTTP answer is "Invalid status line" (8), not 0.9. */
  reused?: boolean;
  /** CURLOPT_HTTP200ALIASES: status lines starting with one of these (any case) are taken as
   * "HTTP/1.0 200" (lib/http.c checkhttpprefix). */
  aliases?: readonly string[];
}

/** lib/http.c checkprefixmax: `s` and `prefix` agree, in any case, as far as both go. */
function prefixAgrees(prefix: string, s: string): boolean {
  const n = Math.min(prefix.length, s.length);
  return s.slice(0, n).toLowerCase() === prefix.slice(0, n).toLowerCase();
}

const LF = 0x0a;
const CR = 0x0d;
const SP = 0x20;
const HTAB = 0x09;
const HTTP_PREFIX = [0x48, 0x54, 0x54, 0x50, 0x2f]; // "HTTP/"

/** "HTTP/1.x SP 3DIGIT" (RFC 9112 section 4), of a status line without its line ending; libcurl
 * accepts any blank and no reason phrase. */
const STATUS_LINE = /^HTTP\/1\.([01])[ \t](\d{3})(?![0-9])[ \t]?(.*)$/s;
const isBlank = (b: number): boolean => b === SP || b === HTAB;
const latin1 = (bytes: Uint8Array, start = 0, end = bytes.length): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');

/** lib/http.c Curl_verify_header: a NUL anywhere in a header line refuses the answer. */
function checkNul(line: Uint8Array): void {
  if (line.indexOf(0) >= 0) throw new HeadError('bad-header', CURLE.WEIRD_SERVER_REPLY, 'Nul byte in header');
}

export class ResponseHeadParser {
  private readonly maxHeaderBytes: number;
  private readonly maxLineBytes: number;
  private readonly connect: boolean;
  private readonly reused: boolean;
  private readonly aliases: readonly string[];

  /** Parts of the line being read (one physical line, or a folded logical line). */
  private parts: Uint8Array[] = [];
  private partsLen = 0;
  /** A complete header line waits in `parts`: the next byte says whether a fold follows. */
  private maybeFolded = false;
  /** Inside a fold: blanks are skipped until the continuation's first visible byte. */
  private leadingUnfold = false;

  /** Header bytes of every head so far (libcurl's allheadercount). */
  private total = 0;
  private headsSeen = 0;

  // The head being built.
  private lines: Uint8Array[] = [];
  private headSize = 0;
  private status = 0;
  private version: '1.0' | '1.1' = '1.1';
  private reason = '';
  private headers: HeaderField[] = [];

  constructor(opts: ResponseHeadOptions = {}) {
    this.connect = opts.connect ?? false;
    this.reused = opts.reused ?? false;
    this.aliases = opts.aliases ?? [];
    this.maxHeaderBytes = opts.maxHeaderBytes ?? MAX_HTTP_RESP_HEADER_SIZE;
    this.maxLineBytes = opts.maxLineBytes ?? (this.connect ? DYN_PROXY_CONNECT_HEADERS : CURL_MAX_HTTP_HEADER);
  }

  /** Bytes held for an unfinished line (for tests and memory accounting). */
  get buffered(): number {
    return this.partsLen;
  }

  /**
   * The unfinished head when the stream ends before its blank line: its status (0 until the
   * status line was read) and its lines so far, the held or incomplete last line included (lib/
   * http.c Curl_http_done writes out the header bytes it holds). The parser starts over.
   */
  partial(): { status: number; lines: Uint8Array[] } {
    const lines = this.lines;
    if (this.partsLen > 0) lines.push(this.takeLine());
    const status = this.status;
    this.maybeFolded = false;
    this.leadingUnfold = false;
    this.startHead();
    return { status, lines };
  }

  push(chunk: Uint8Array): HeadResult | null {
    if (this.parts.length === 0 && this.lines.length === 0 && !this.maybeFolded && !this.leadingUnfold) {
      const whole = this.wholeHead(chunk);
      if (whole !== null) return whole;
    }
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (this.maybeFolded) {
        this.maybeFolded = false;
        if (isBlank(chunk[i])) {
          this.toFold();
          this.leadingUnfold = true;
        } else {
          this.finishLine(this.takeLine());
        }
      }
      if (this.leadingUnfold) {
        while (i < n && isBlank(chunk[i])) i++;
        if (i === n) break;
        this.leadingUnfold = false;
        this.append(Uint8Array.of(SP));
      }
      const lf = chunk.indexOf(LF, i);
      const end = lf < 0 ? n : lf + 1;
      // The prefix first, so the error does not depend on how the bytes were split.
      this.checkPrefix(chunk.subarray(i, end));
      this.append(chunk.subarray(i, end));
      i = end;
      if (lf < 0) break;
      // A physical line is complete.
      const first = this.firstByte();
      if ((this.lines.length > 0 || this.connect) && (first === CR || first === LF)) {
        // End of the head (libcurl: a line starting with CR or LF ends it; lib/cf-h1-proxy.c
        // does so even before a status line, which leaves the code 0).
        this.finishLine(this.takeLine());
        return this.finishHead(chunk.subarray(i));
      }
      if (this.lines.length === 0) this.finishLine(this.takeLine());
      else this.maybeFolded = true;
    }
    return null;
  }

  /**
   * The common case, a whole plain head at the start of `chunk`: one copy of it, each line a view
   * of the copy, each field read from it without a view. Plain means what the line-by-line path
   * below would take without a word: an HTTP/1.x status line of 100 or more, no fold, no NUL, a
   * colon in every field line, within the line and head limits, no aliases, not a CONNECT
   * answer. Anything else (or a head not complete in `chunk`) returns null and goes that way.
   */
  private wholeHead(chunk: Uint8Array): HeadResult | null {
    if (this.connect || this.aliases.length > 0) return null;
    const n = chunk.length;
    // the line ends, until the line that ends the head (one starting with CR or LF)
    let end = -1;
    let i = 0;
    let lines = 0;
    while (i < n) {
      const lf = chunk.indexOf(LF, i);
      if (lf < 0 || lf + 1 - i >= this.maxLineBytes) return null;
      const b = chunk[i];
      if (lines > 0 && (b === CR || b === LF)) {
        end = lf + 1;
        break;
      }
      if (lines > 0 && isBlank(b)) return null;
      lines++;
      i = lf + 1;
    }
    if (end < 0 || this.total + end > this.maxHeaderBytes) return null;
    const copy = Buffer.from(chunk.subarray(0, end));
    if (copy.indexOf(0) >= 0) return null;
    let se = copy.indexOf(LF);
    if (se > 0 && copy[se - 1] === CR) se--;
    const status = STATUS_LINE.exec(copy.toString('latin1', 0, se));
    if (status === null || Number(status[2]) < 100) return null;
    const out: Uint8Array[] = [];
    const headers: HeaderField[] = [];
    let s = 0;
    while (s < end) {
      const e = copy.indexOf(LF, s) + 1;
      if (out.length > 0 && e < end) {
        const colon = copy.indexOf(0x3a, s);
        if (colon < 0 || colon >= e) return null;
        let ve = e - 1;
        if (ve > colon && copy[ve - 1] === CR) ve--;
        let vs = colon + 1;
        while (vs < ve && isBlank(copy[vs]!)) vs++;
        while (ve > vs && isBlank(copy[ve - 1]!)) ve--;
        headers.push([copy.toString('latin1', s, colon), copy.toString('latin1', vs, ve)]);
      }
      out.push(new Uint8Array(copy.buffer, copy.byteOffset + s, e - s));
      s = e;
    }
    this.total += end;
    this.headSize = end;
    this.lines = out;
    this.headers = headers;
    this.version = status[1] === '0' ? '1.0' : '1.1';
    this.status = Number(status[2]);
    this.reason = status[3]!;
    return this.finishHead(chunk.subarray(end));
  }

  private append(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    // libcurl's dynbuf refuses to hold `toobig` bytes (its terminating zero included).
    if (this.partsLen + bytes.length >= this.maxLineBytes) {
      this.parts = [];
      this.partsLen = 0;
      if (this.connect) throw new HeadError('line-too-long', CURLE.RECV_ERROR, 'CONNECT response too large');
      throw new HeadError('line-too-long', CURLE.TOO_LARGE, strerror(CURLE.TOO_LARGE));
    }
    this.parts.push(bytes);
    this.partsLen += bytes.length;
  }

  private firstByte(): number {
    return this.parts.length > 0 ? this.parts[0][0] : -1;
  }

  private takeLine(): Uint8Array {
    const line = this.parts.length === 1 ? this.parts[0].slice() : Buffer.concat(this.parts, this.partsLen);
    this.parts = [];
    this.partsLen = 0;
    return new Uint8Array(line.buffer, line.byteOffset, line.length);
  }

  /** Curl_http_to_fold: drop the held line's LF, then CR, then trailing blanks. */
  private toFold(): void {
    const line = this.takeLine();
    let len = line.length;
    if (len > 0 && line[len - 1] === LF) len--;
    if (len > 0 && line[len - 1] === CR) len--;
    while (len > 0 && isBlank(line[len - 1])) len--;
    this.parts = len > 0 ? [line.subarray(0, len)] : [];
    this.partsLen = len;
  }

  /**
   * The status line must start with "HTTP/" (any case, as checkhttpprefix compares); libcurl
   * checks as soon as 5 bytes are there. `more` are bytes about to be added to the line.
   */
  private checkPrefix(more: Uint8Array): void {
    if (this.connect || this.lines.length > 0 || this.partsLen >= HTTP_PREFIX.length) return;
    if (this.aliases.length > 0) {
      // the first bytes may also begin an alias (checkhttpprefix)
      let seen = '';
      for (const part of this.parts) seen += latin1(part, 0, Math.min(part.length, 5 - seen.length));
      seen += latin1(more, 0, Math.min(more.length, 5 - seen.length));
      if (this.aliases.some((a) => prefixAgrees(a, seen))) return;
    }
    let k = 0;
    const check = (b: number): void => {
      if ((b & 0xdf) === HTTP_PREFIX[k] || b === HTTP_PREFIX[k]) return;
      this.parts = [];
      this.partsLen = 0;
      if (this.headsSeen === 0 && !this.reused) {
        throw new HeadError('not-http', CURLE.UNSUPPORTED_PROTOCOL, 'Received HTTP/0.9 when not allowed');
      }
      throw new HeadError('not-http', CURLE.WEIRD_SERVER_REPLY, 'Invalid status line');
    };
    for (const part of this.parts) for (let j = 0; j < part.length && k < HTTP_PREFIX.length; j++, k++) check(part[j]);
    for (let j = 0; j < more.length && k < HTTP_PREFIX.length; j++, k++) check(more[j]);
  }

  private finishLine(line: Uint8Array): void {
    this.total += line.length;
    if (this.total > this.maxHeaderBytes) {
      throw new HeadError(
        'head-too-large',
        CURLE.RECV_ERROR,
        `Too large response headers: ${this.total} > ${this.maxHeaderBytes}`,
      );
    }
    this.headSize += line.length;
    const isStatus = this.lines.length === 0;
    this.lines.push(line);
    if (isStatus) this.parseStatus(line);
    else if (line[0] !== CR && line[0] !== LF) this.parseField(line);
  }

  private parseStatus(line: Uint8Array): void {
    let end = line.length;
    if (end > 0 && line[end - 1] === LF) end--;
    if (end > 0 && line[end - 1] === CR) end--;
    const s = latin1(line, 0, end);
    const m = STATUS_LINE.exec(s);
    if (m) {
      this.version = m[1] === '0' ? '1.0' : '1.1';
      this.status = Number(m[2]);
      this.reason = m[3];
      checkNul(line);
      if (this.status < 100 && !this.connect) {
        throw new HeadError('bad-status', CURLE.UNSUPPORTED_PROTOCOL, 'Unsupported response code in HTTP response');
      }
      return;
    }
    if (!this.connect && !/^HTTP\//i.test(s) && line.length >= 5 && this.aliases.some((a) => prefixAgrees(a, s))) {
      // an HTTP200ALIASES line: HTTP/1.0 with status 200 (lib/http.c http_rw_hd)
      this.version = '1.0';
      this.status = 200;
      this.reason = '';
      checkNul(line);
      return;
    }
    if (this.connect) {
      // lib/cf-h1-proxy.c only takes a code from a well-formed line; otherwise the code stays 0.
      this.status = 0;
      this.version = /^HTTP\/1\.0/.test(s) ? '1.0' : '1.1';
      this.reason = '';
      checkNul(line);
      return;
    }
    let text = 'Unsupported HTTP version in response';
    let code: number = CURLE.UNSUPPORTED_PROTOCOL;
    if (/^HTTP\/1\.[01][ \t]\d{4}/.test(s) || /^HTTP\/1\.[01][ \t]\d{3}/.test(s)) {
      text = 'Unsupported response code in HTTP response';
    } else if (s.startsWith('HTTP/1')) {
      text = 'Unsupported HTTP/1 subversion in response';
    } else {
      const v = /^HTTP\/([23])[ \t]\d{3}(?:[ \t]|$)/.exec(s);
      if (v) {
        // A valid HTTP/2 or HTTP/3 status line in answer to an HTTP/1 request (lib/http.c).
        text = `Version mismatch (from HTTP/1 to HTTP/${v[1]})`;
        code = CURLE.WEIRD_SERVER_REPLY;
      } else if (!/^HTTP\//i.test(s)) {
        text = 'Invalid status line';
        code = CURLE.WEIRD_SERVER_REPLY;
      }
    }
    throw new HeadError('bad-status', code, text);
  }

  private parseField(line: Uint8Array): void {
    const colon = line.indexOf(0x3a);
    checkNul(line);
    if (!this.connect && colon < 0) throw new HeadError('bad-header', CURLE.WEIRD_SERVER_REPLY, 'Header without colon');
    if (colon < 0) return;
    let end = line.length;
    if (end > 0 && line[end - 1] === LF) end--;
    if (end > 0 && line[end - 1] === CR) end--;
    let vs = colon + 1;
    while (vs < end && isBlank(line[vs])) vs++;
    while (end > vs && isBlank(line[end - 1])) end--;
    this.headers.push([latin1(line, 0, colon), latin1(line, vs, end)]);
  }

  private finishHead(leftover: Uint8Array): HeadResult {
    const head: HeadResult = {
      status: this.status,
      version: this.version,
      reason: this.reason,
      headers: this.headers,
      lines: this.lines,
      size: this.headSize,
      leftover,
    };
    this.headsSeen++;
    this.startHead();
    return head;
  }

  /** Forgets the head being built: the next line starts a new one. */
  private startHead(): void {
    this.lines = [];
    this.headers = [];
    this.headSize = 0;
    this.status = 0;
    this.version = '1.1';
    this.reason = '';
  }
}
