// What getinfo reports from each response head (lib/http.c http_header_c, _l, _r and
// http_statusline): the HTTP version (CURLINFO_HTTP_VERSION), Content-Type (CONTENT_TYPE),
// Retry-After (RETRY_AFTER) and, with CURLOPT_FILETIME, Last-Modified (FILETIME). A later head of
// the same perform replaces what an earlier one set; a head without the field leaves it.
import type { TransferContext } from '../../base/context.js';
import type { HeadResult } from '../../http/head.js';

/** lib/http.c http_header_r: Retry-After is capped at six hours. */
const RETRY_AFTER_MAX = 21600;

/** Curl_getdate_capped: an HTTP date as seconds since the epoch, or null when it is none. */
function httpDate(text: string): number | null {
  // a plain number is no date (RFC 9110 section 5.6.7 dates always name a month)
  if (!/[a-z]/i.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : null;
}

export function responseFacts(ctx: TransferContext, head: HeadResult): void {
  const info = ctx.info;
  info.httpVersion = head.version === '1.0' ? 10 : 11;
  for (const [name, value] of head.headers) {
    const n = name.toLowerCase();
    if (n === 'content-type') {
      // Curl_copy_header_value: the value without surrounding blanks
      info.contentType = value.trim();
    } else if (n === 'retry-after') {
      const v = value.trim();
      const date = httpDate(v);
      let seconds = 0;
      if (date !== null) {
        const now = Math.floor(Date.now() / 1000);
        if (date >= now) seconds = date - now;
      } else {
        // curlx_str_number: leading digits, anything else is 0
        const m = /^[0-9]+/.exec(v);
        seconds = m === null ? 0 : Number(m[0]);
      }
      info.retryAfter = Math.min(seconds, RETRY_AFTER_MAX);
    } else if (n === 'last-modified' && head.status >= 200 && ctx.opts.fileTime) {
      const date = httpDate(value.trim());
      // lib/http.c: an unparsable date is -1, unknown
      info.fileTime = date ?? -1;
    }
  }
}
