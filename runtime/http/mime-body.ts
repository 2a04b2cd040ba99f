// A MIMEPOST as the body of an HTTP request (lib/http.c set_post_reader, lib/mime.c cr_mime):
// the easy handle's top part is prepared for each request (its Content-Type: multipart/form-data
// with the boundary, or the application's own Content-Type with the boundary added; the parts'
// headers), its size becomes Content-Length (-1: sent chunked), and http/upload.ts reads it
// through MimeBody as it reads a read callback, with the rewind a redirect or auth round needs.
import { Buffer } from 'node:buffer';
import { CURLE } from '../base/codes.js';
import { CURL_READFUNC_ABORT, CURL_READFUNC_PAUSE } from '../base/constants.js';
import type { TransferContext } from '../base/context.js';
import { CurlError } from '../base/error.js';
import type { EasyOptions } from '../base/options.js';
import { findHeader } from './headers.js';
import { KIND_MULTIPART, prepareHeaders, SEEK_OK, type PartNode } from './mime.js';
import { FUNNY, mimeRead, mimeSize, rewindPart, unpause, withCaller } from './mime-reader.js';

const NONE = new Uint8Array(0);

/** Whether the request is a mime POST: MIMEPOST set and no POSTFIELDS (manbind derives the
 * request kind from the options rather than from the order they were set in). */
export function isMimePost(opts: Readonly<EasyOptions>): boolean {
  return opts.mimePost !== null && opts.postFields === null;
}

/**
 * set_post_reader for HTTPREQ_POST_MIME: prepares the top part's headers with the form strategy
 * and returns the body with the head lines it adds (after Content-Length). Throws CurlError 43
 * when a part's name or filename cannot be escaped (CR or LF with CURLMIMEOPT_FORMESCAPE).
 */
export function mimeRequestBody(opts: Readonly<EasyOptions>): { body: MimeBody; headers: string[] } {
  const top = opts.mimePost as PartNode;
  top.bodyOnly = true;
  // Curl_checkheaders: the application's Content-Type, its value after "Content-Type:" and spaces
  const custom = findHeader(opts.httpHeaders, 'Content-Type');
  const contentType = custom !== undefined ? custom.slice(13).replace(/^ +/, '') : top.kind === KIND_MULTIPART ? 'multipart/form-data' : null;
  top.userHeaders = opts.httpHeaders;
  const rc = prepareHeaders(top, contentType, null, opts.mimeFormEscape);
  top.userHeaders = null;
  if (rc !== CURLE.OK) throw new CurlError(rc, 'mime part headers could not be made');
  return { body: new MimeBody(top), headers: [...top.curlHeaders] };
}

/**
 * The mime body of one request (lib/mime.c cr_mime): the total length, the rewind a new request
 * needs, and pieces of at most `max` bytes; errors are libcurl's codes and texts.
 */
export class MimeBody {
  readonly total: number;
  #read = 0;
  #eos = false;
  #errored: unknown = null;
  /** Bytes a small read left over (cr_mime_read's tmpbuf). */
  #spill: Uint8Array | null = null;
  /** What a callback that threw said: its abort may surface at a later read (the part keeps its
   * status while the bytes before it go out first). */
  #thrown: string | null = null;
  readonly #top: PartNode;

  /** `top` has its headers prepared; its size is taken now. */
  constructor(top: PartNode) {
    this.#top = top;
    this.total = mimeSize(top);
  }

  /** Curl_creader_set_mime's mime_rewind: the whole tree is read from its start. Throws 65. */
  rewind(ctx: TransferContext): void {
    const r = withCaller((f) => ctx.guard.call(f), () => rewindPart(this.#top));
    if (r.value !== SEEK_OK) throw ctx.failf(CURLE.SEND_FAIL_REWIND, 'Cannot rewind mime/post data');
  }

  /** cr_mime_read: a piece (empty at the end), or null when a callback paused. Throws 26, 42. */
  pull(ctx: TransferContext, max: number): Uint8Array | null {
    if (this.#errored !== null) throw this.#errored;
    if (this.#eos) return NONE;
    // respect the length: never ask past a known size
    const blen = this.total >= 0 ? Math.max(0, Math.min(max, this.total - this.#read)) : max;
    let nread: number;
    let piece: Uint8Array = NONE;
    const spill = this.#spill;
    if (spill !== null) {
      // bytes left by a small read come first
      piece = spill.subarray(0, blen);
      this.#spill = piece.length < spill.length ? spill.subarray(piece.length) : null;
      nread = piece.length;
    } else {
      unpause(this.#top);
      // a read of 4 bytes or less goes through 256: an encoder needs room for a whole group
      const size = blen <= 4 ? 256 : blen;
      const buf = Buffer.allocUnsafe(size);
      const r = blen === 0 ? { value: 0, thrown: null } : withCaller((f) => ctx.guard.call(f), () => mimeRead(this.#top, buf, size));
      nread = r.value;
      if (r.thrown !== null) this.#thrown ??= r.thrown;
      if (nread > 0 && nread !== CURL_READFUNC_ABORT && nread !== CURL_READFUNC_PAUSE) {
        piece = buf.subarray(0, Math.min(nread, blen));
        if (nread > blen) this.#spill = buf.subarray(blen, nread);
        nread = piece.length;
      }
    }
    const fail = (code: number, text: string): never => {
      this.#errored = ctx.failf(code, text);
      throw this.#errored;
    };
    if (nread === 0) {
      if (this.total >= 0 && this.#read < this.total) {
        return fail(CURLE.READ_ERROR, `client mime read EOF fail, only ${this.#read}/${this.total} of needed bytes read`);
      }
      this.#eos = true;
      return NONE;
    }
    if (nread === CURL_READFUNC_PAUSE) return null;
    if (nread === CURL_READFUNC_ABORT) {
      const thrown = this.#thrown;
      if (thrown === null) return fail(CURLE.ABORTED_BY_CALLBACK, 'operation aborted by callback');
      ctx.keepThrown(thrown);
      return fail(CURLE.ABORTED_BY_CALLBACK, thrown);
    }
    if (nread === FUNNY) return fail(CURLE.READ_ERROR, 'read function returned funny value');
    if (nread < 0) return fail(CURLE.READ_ERROR, 'read error getting mime data');
    this.#read += nread;
    if (this.total >= 0 && this.#read >= this.total) this.#eos = true;
    return piece;
  }
}
