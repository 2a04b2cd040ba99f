// The response headers of a perform, kept for curl_easy_header and curl_easy_nextheader
// (lib/headers.c): each header line as the header callback gets it, split into name and value,
// with its origin (CURLH_HEADER, _TRAILER, _CONNECT, _1XX) and the number of the request it
// answered (0 for the first, one more for every followed redirect or auth round). Status lines
// and the blank line that ends a head are not kept. A perform starts with an empty store.
import {
  CURLH_1XX,
  CURLH_CONNECT,
  CURLH_HEADER,
  CURLH_PSEUDO,
  CURLH_TRAILER,
  CURLHE_BAD_ARGUMENT,
  CURLHE_BADINDEX,
  CURLHE_MISSING,
  CURLHE_NOHEADERS,
  CURLHE_NOREQUEST,
  CURLHE_OK,
} from '../base/constants.js';

export { CURLH_1XX, CURLH_CONNECT, CURLH_HEADER, CURLH_TRAILER, CURLHE_BAD_ARGUMENT };
const ALL_ORIGINS = CURLH_HEADER | CURLH_TRAILER | CURLH_CONNECT | CURLH_1XX | CURLH_PSEUDO;

/** lib/http.h MAX_HTTP_RESP_HEADER_COUNT */
const MAX_HEADERS = 5000;

/** struct curl_header: what curl_easy_header and curl_easy_nextheader hand out. `origin` has a
 * reserved bit (1 << 27) or-ed in, as libcurl sets it, so test it with `&`. */
export interface CurlHeader {
  name: string;
  value: string;
  /** How many headers of this name (and origin mask, and request) there are. */
  amount: number;
  /** Which of them this one is, from 0. */
  index: number;
  origin: number;
  /** Where nextHeader goes on from (libcurl's anchor). */
  readonly anchor: number;
}

interface Stored {
  name: string;
  value: string;
  origin: number;
  request: number;
}

const isBlank = (c: string): boolean => c === ' ' || c === '\t';

// (a HeaderCollector of base/context.ts, by shape: naming it would put the engine's context in
// the package's declarations)
export class HeaderStore {
  readonly #stored: Stored[] = [];
  /** Lines pushed and not yet split (in threes: the line's text, its origin, its request): a
   * transfer whose headers nobody asks for never splits them. The text is taken at once, as
   * libcurl copies the line before the header callback may touch it. */
  #pending: (string | number)[] = [];
  /** data->state.requests: the request headers are stored for now. */
  request = 0;

  push(line: Uint8Array, origin: number): void {
    const first = line[0];
    // lib/headers.c Curl_headers_push: the body separator is not a header
    if (first === undefined || first === 0x0d || first === 0x0a) return;
    this.#pending.push(Buffer.from(line.buffer, line.byteOffset, line.length).toString('latin1'), origin, this.request);
  }

  /** The stored headers, the pending lines split first. */
  get #list(): Stored[] {
    const pending = this.#pending;
    if (pending.length > 0) {
      this.#pending = [];
      for (let i = 0; i < pending.length; i += 3) this.#store(pending[i] as string, pending[i + 1] as number, pending[i + 2] as number);
    }
    return this.#stored;
  }

  #store(line: string, origin: number, request: number): void {
    let text = line;
    // status lines are CLIENTWRITE_STATUS, which the collector skips (hds_cw_collect_write)
    if (text.startsWith('HTTP/')) return;
    if (text.endsWith('\n')) text = text.slice(0, -1);
    if (text.endsWith('\r')) text = text.slice(0, -1);
    let i = 0;
    while (i < text.length && isBlank(text[i]!)) i++;
    text = text.slice(i);
    // a pseudo-header's name keeps its colon (lib/headers.c namevalue)
    const colon = text.indexOf(':', (origin & CURLH_PSEUDO) !== 0 ? 1 : 0);
    // lib/headers.c namevalue: a line without a colon is not stored (libcurl fails it with
    // "Invalid response header"; the head parser refuses such lines before they get here)
    if (colon < 0 || this.#stored.length >= MAX_HEADERS) return;
    let v = colon + 1;
    while (v < text.length && isBlank(text[v]!)) v++;
    let end = text.length;
    while (end > v && isBlank(text[end - 1]!)) end--;
    this.#stored.push({ name: text.slice(0, colon), value: text.slice(v, end), origin, request });
  }

  /** curl_easy_header: the `index`th header called `name` (any case) of `request` (-1: the last)
   * among the origins in `origin`. */
  header(name: unknown, index: unknown, origin: unknown, request: unknown): { code: number; header: CurlHeader | null } {
    const fail = (code: number): { code: number; header: null } => ({ code, header: null });
    if (
      typeof name !== 'string' ||
      !Number.isSafeInteger(index) ||
      (index as number) < 0 ||
      !Number.isInteger(origin) ||
      (origin as number) <= 0 ||
      (origin as number) > ALL_ORIGINS ||
      !Number.isSafeInteger(request) ||
      (request as number) < -1
    ) {
      return fail(CURLHE_BAD_ARGUMENT);
    }
    if (this.#list.length === 0) return fail(CURLHE_NOHEADERS);
    let req = request as number;
    if (req > this.request) return fail(CURLHE_NOREQUEST);
    if (req === -1) req = this.request;
    const lower = name.toLowerCase();
    const hits: number[] = [];
    this.#list.forEach((h, i) => {
      if (h.request === req && (h.origin & (origin as number)) !== 0 && h.name.toLowerCase() === lower) hits.push(i);
    });
    if (hits.length === 0) return fail(CURLHE_MISSING);
    if ((index as number) >= hits.length) return fail(CURLHE_BADINDEX);
    return { code: CURLHE_OK, header: this.#external(hits[index as number]!, index as number, hits.length) };
  }

  /** curl_easy_nextheader: the header after `prev` (null: the first) of `request` among the
   * origins in `origin`, or null when there is none. */
  next(origin: unknown, request: unknown, prev: CurlHeader | null | undefined): CurlHeader | null {
    if (!Number.isInteger(origin) || !Number.isSafeInteger(request)) return null;
    let req = request as number;
    if (req > this.request) return null;
    if (req === -1) req = this.request;
    const mask = origin as number;
    let i = 0;
    if (prev !== null && prev !== undefined) {
      const anchor = (prev as { anchor?: unknown }).anchor;
      if (typeof anchor !== 'number' || anchor < 0 || anchor >= this.#list.length) return null;
      i = anchor + 1;
    }
    for (; i < this.#list.length; i++) {
      const h = this.#list[i]!;
      if ((h.origin & mask) !== 0 && h.request === req) break;
    }
    if (i >= this.#list.length) return null;
    const pick = this.#list[i]!;
    const lower = pick.name.toLowerCase();
    let amount = 0;
    let index = 0;
    this.#list.forEach((h, j) => {
      if (h.request === req && (h.origin & mask) !== 0 && h.name.toLowerCase() === lower) amount++;
      if (j === i) index = amount - 1;
    });
    return this.#external(i, index, amount);
  }

  #external(at: number, index: number, amount: number): CurlHeader {
    const h = this.#list[at]!;
    return { name: h.name, value: h.value, amount, index, origin: h.origin | (1 << 27), anchor: at };
  }
}
