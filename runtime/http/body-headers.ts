// The request headers of issue 13's body options, as lib/http.c writes them: the range line
// (http_range, with lib/url.c setup_range and http_resume for a POST body), Accept-Encoding
// (H1_HD_ACCEPT_ENCODING) and Referer (H1_HD_REFERER). A custom header of the same name in
// CURLOPT_HTTPHEADER replaces each (Curl_checkheaders).
import { CURLE } from '../base/codes.js';
import { CurlError } from '../base/error.js';
import type { EasyOptions } from '../base/options.js';
import { findHeader } from './headers.js';

export interface RangePlan {
  /** "Range: ...\r\n" or "Content-Range: ...\r\n", or "". */
  line: string;
  /** The POST body after an upload resume skipped its start. */
  body: Uint8Array | null;
  bodyLength: number;
  /** state.resume_from for this request (0 after a POST resume from -1). */
  resumeFrom: number;
}

/**
 * setup_range + http_resume + http_range. RESUME_FROM wins over RANGE (the range becomes
 * "N-"); a GET or HEAD asks with `Range: bytes=...`; a POST sends `Content-Range` for the body
 * (or PUT) carries, after skipping the first RESUME_FROM bytes of it. A resume offset beyond the POST
 * body fails with 26 "Unable to resume from offset N", as libcurl's buffer reader refuses it.
 */
export function rangePlan(
  opts: Readonly<EasyOptions>,
  httpReq: 'GET' | 'POST' | 'HEAD' | 'PUT',
  body: Uint8Array | null,
  bodyLength: number,
): RangePlan {
  let resumeFrom = opts.resumeFrom;
  const range = resumeFrom !== 0 ? `${resumeFrom}-` : opts.range;
  const plan: RangePlan = { line: '', body, bodyLength, resumeFrom };
  if (range === null) return plan;
  const custom = opts.httpHeaders;
  if (httpReq === 'GET' || httpReq === 'HEAD') {
    if (findHeader(custom, 'Range') === undefined) plan.line = `Range: bytes=${range}\r\n`;
    return plan;
  }
  // http_resume: a POST resumed from -1 sends the whole body again
  if (resumeFrom < 0) resumeFrom = 0;
  plan.resumeFrom = resumeFrom;
  if (resumeFrom > 0) {
    if (resumeFrom > bodyLength) {
      throw new CurlError(CURLE.READ_ERROR, `Unable to resume from offset ${resumeFrom}`);
    }
    plan.bodyLength = bodyLength - resumeFrom;
    plan.body = plan.bodyLength > 0 && body !== null ? body.subarray(resumeFrom) : null;
  }
  if (findHeader(custom, 'Content-Range') !== undefined) return plan;
  const clen = plan.bodyLength;
  if (opts.resumeFrom < 0) plan.line = `Content-Range: bytes 0-${clen - 1}/${clen}\r\n`;
  else if (resumeFrom > 0) {
    const total = resumeFrom + clen;
    plan.line = `Content-Range: bytes ${range}${total - 1}/${total}\r\n`;
  } else plan.line = `Content-Range: bytes ${range}/${clen}\r\n`;
  return plan;
}

const WKDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const CONDITION_HEADER = ['', 'If-Modified-Since', 'If-Unmodified-Since', 'Last-Modified'];
const two = (n: number): string => String(n).padStart(2, '0');

/** Curl_add_timecondition (H1_HD_CONDITIONALS): TIMEVALUE as an HTTP date in the header
 * TIMECONDITION names, unless a custom header of that name is set. Throws 43 "Invalid
 * TIMEVALUE" for a time gmtime cannot take. */
export function timeConditionLine(opts: Readonly<EasyOptions>): string {
  const name = CONDITION_HEADER[opts.timeCondition];
  if (name === undefined || name === '') return '';
  const d = new Date(opts.timeValue * 1000);
  if (Number.isNaN(d.getTime())) throw new CurlError(CURLE.BAD_FUNCTION_ARGUMENT, 'Invalid TIMEVALUE');
  if (findHeader(opts.httpHeaders, name) !== undefined) return '';
  const year = String(d.getUTCFullYear()).padStart(4, ' ');
  return (
    `${name}: ${WKDAY[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTH[d.getUTCMonth()]} ${year} ` +
    `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} GMT\r\n`
  );
}

/** H1_HD_TE: TRANSFER_ENCODING asks for gzip transfer coding, unless a custom TE is set; the
 * Connection line then names TE (http_add_connection_hd). */
export function sendsTe(opts: Readonly<EasyOptions>): boolean {
  return opts.transferEncoding && findHeader(opts.httpHeaders, 'TE') === undefined;
}

/** H1_HD_ACCEPT_ENCODING and H1_HD_REFERER, in that order. */
export function encodingAndReferer(opts: Readonly<EasyOptions>, referer: string | null): string {
  let out = '';
  if (opts.acceptEncoding !== null && findHeader(opts.httpHeaders, 'Accept-Encoding') === undefined) {
    out += `Accept-Encoding: ${opts.acceptEncoding}\r\n`;
  }
  if (referer !== null && findHeader(opts.httpHeaders, 'Referer') === undefined) out += `Referer: ${referer}\r\n`;
  return out;
}

/** AUTOREFERER (lib/http.c Curl_http_follow): the URL being left, without its fragment and
 * credentials, is the next request's Referer. */
export function refererOf(url: string): string {
  const noFragment = url.replace(/#.*$/s, '');
  return noFragment.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/?#]*@/i, '$1');
}
