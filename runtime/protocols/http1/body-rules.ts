// What the options of issue 13 decide once the final response head is in (lib/http.c
// http_on_response: http_should_fail, http_firstwrite, http_size; the Content-Range check of
// http_header_c) and while its body comes (lib/sendf.c cw_download_write and MAXFILESIZE).
import { CURLE } from '../../base/codes.js';
import type { TransferContext } from '../../base/context.js';
import type { HeaderField } from '../../http/headers.js';
import type { HttpRequest } from '../../http/request.js';

/** What FAILONERROR needs to know of the auth state (libcurl's state.creds,
 * http_proxy.creds and state.authproblem). */
export interface AuthFacts {
  hostCreds: boolean;
  proxyCreds: boolean;
  /** Credentials were refused or a challenge could not be used. */
  problem: boolean;
}

/** http_should_fail: FAILONERROR and a status of 400 or more. A 416 answering a resumed GET is
 * the file being complete already; a 401 (407) fails without credentials for that side, and
 * with them once authentication ran into a problem (refused credentials). */
function shouldFail(ctx: TransferContext, req: HttpRequest, status: number, auth: AuthFacts): boolean {
  if (!ctx.opts.failOnError || status < 400) return false;
  if (req.resumeFrom !== 0 && req.method === 'GET' && status === 416) return false;
  if (status !== 401 && status !== 407) return true;
  if (status === 401 && !auth.hostCreds) return true;
  if (status === 407 && !auth.proxyCreds) return true;
  return auth.problem;
}

/** The Content-Range field of a response (http_header_c): whether it starts at the resume
 * offset. A range without a number (`*`/total) on a 2xx answer means the whole file comes. */
function rangeAnswer(headers: readonly HeaderField[], status: number, resumeFrom: number): { contentRange: boolean; resumeFrom: number } {
  let contentRange = false;
  for (const [name, value] of headers) {
    if (name.toLowerCase() !== 'content-range') continue;
    const m = /[0-9*]/.exec(value);
    if (m !== null && m[0] !== '*') {
      const digits = /^[0-9]+/.exec(value.slice(m.index))![0];
      if (Number(digits) === resumeFrom) contentRange = true;
    } else if (status < 300) {
      resumeFrom = 0;
    }
  }
  return { contentRange, resumeFrom };
}

/** FAILONERROR, checked before the auth round (lib/http.c http_on_response): throws 22. */
export function checkFailOnError(ctx: TransferContext, req: HttpRequest, status: number, auth: AuthFacts): void {
  if (shouldFail(ctx, req, status, auth)) {
    throw ctx.failf(CURLE.HTTP_RETURNED_ERROR, `The requested URL returned error: ${status}`);
  }
}

export type HeadVerdict = 'read' | 'done';

/**
 * The checks between the final head and its body, in libcurl's order (http_firstwrite, then
 * http_size): the resume check (33, or done when the file is complete) and MAXFILESIZE against
 * the announced size (63). Throws the failure (reported with failf); 'done' means the body is not
 * read and the connection closes.
 */
export function checkFinalHead(
  ctx: TransferContext,
  req: HttpRequest,
  head: { status: number; headers: readonly HeaderField[] },
  size: number,
  following: boolean,
): HeadVerdict {
  const { status } = head;
  const opts = ctx.opts;
  // lib/http.c: a 304 answering a time condition
  if (status === 304 && opts.timeCondition !== 0) ctx.info.conditionUnmet = true;
  if (following) return 'read';
  const bodyless = req.noBody || status === 204 || status === 304;
  const r = bodyless ? { contentRange: false, resumeFrom: req.resumeFrom } : rangeAnswer(head.headers, status, req.resumeFrom);
  if (r.resumeFrom !== 0 && !r.contentRange && req.method === 'GET') {
    if (size === r.resumeFrom) {
      ctx.infof('The entire document is already downloaded');
      return 'done';
    }
    throw ctx.failf(CURLE.RANGE_ERROR, 'HTTP server does not seem to support byte ranges. Cannot resume.');
  }
  // a time condition the server did not apply, when no range was asked for (RFC 2616 13.3.4)
  if (opts.timeCondition !== 0 && opts.resumeFrom === 0 && opts.range === null) {
    const bodylessStatus = (status >= 100 && status < 200) || status === 204 || status === 304;
    if (!bodylessStatus && !meetsTimeCondition(ctx, lastModified(head.headers))) {
      ctx.info.responseCode = 304;
      ctx.infof('Simulate an HTTP 304 response');
      return 'done';
    }
  }
  const max = ctx.opts.maxFileSize;
  if (max > 0 && size > max) throw ctx.failf(CURLE.FILESIZE_EXCEEDED, 'Maximum file size exceeded');
  return 'read';
}

/** Curl_getdate_capped on Last-Modified: seconds since the epoch, 0 when absent or no date. */
function lastModified(headers: readonly HeaderField[]): number {
  let t = 0;
  for (const [name, value] of headers) {
    if (name.toLowerCase() !== 'last-modified') continue;
    const v = value.trim();
    const ms = /[a-z]/i.test(v) ? Date.parse(v) : NaN;
    t = Number.isFinite(ms) ? Math.floor(ms / 1000) : 0;
  }
  return t;
}

/** lib/transfer.c Curl_meets_timecondition */
function meetsTimeCondition(ctx: TransferContext, timeOfDoc: number): boolean {
  const { timeCondition, timeValue } = ctx.opts;
  if (timeOfDoc === 0 || timeValue === 0) return true;
  if (timeCondition === 2) {
    if (timeOfDoc >= timeValue) {
      ctx.infof('The requested document is not old enough');
      ctx.info.conditionUnmet = true;
      return false;
    }
  } else if (timeOfDoc <= timeValue) {
    ctx.infof('The requested document is not new enough');
    ctx.info.conditionUnmet = true;
    return false;
  }
  return true;
}

/**
 * MAXFILESIZE while the body comes (cw_download_write): the bytes up to the limit are written,
 * then 63. `before` is the body bytes written so far; returns how many of `n` may be written.
 */
export function allowedBytes(ctx: TransferContext, before: number, n: number): number {
  const max = ctx.opts.maxFileSize;
  if (max <= 0 || before + n <= max) return n;
  return Math.max(0, max - before);
}

/** The failure once the limit cut a piece short. */
export function sizeExceeded(ctx: TransferContext, bytecount: number): Error {
  return ctx.failf(
    CURLE.FILESIZE_EXCEEDED,
    `Exceeded the maximum allowed file size (${ctx.opts.maxFileSize}) with ${bytecount} bytes`,
  );
}

/** The head's fields without Content-Length (IGNORE_CONTENT_LENGTH). */
export function withoutLength(headers: readonly HeaderField[]): HeaderField[] {
  return headers.filter(([name]) => name.toLowerCase() !== 'content-length');
}
