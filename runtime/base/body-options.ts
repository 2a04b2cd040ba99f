// The options that shape an HTTP response body and the request headers about it (issue 13,
// "Bodies and headers"), with libcurl's defaults (lib/url.c Curl_init_userdefined). Kept apart
// from options.ts so that file stays readable; EasyOptions extends this.

export interface BodyOptions {
  /** CURLOPT_ACCEPT_ENCODING (STRING_ENCODING): the Accept-Encoding value; null sends none and
   * decodes nothing. "" is stored as the list of supported codings. */
  acceptEncoding: string | null;
  /** CURLOPT_HTTP_CONTENT_DECODING (libcurl's !http_ce_skip). */
  httpContentDecoding: boolean;
  /** CURLOPT_FAILONERROR: a status of 400 or more ends the transfer with 22. */
  failOnError: boolean;
  /** CURLOPT_RANGE: "X-Y" and the like, sent as Range: bytes=...; null: none. */
  range: string | null;
  /** CURLOPT_RESUME_FROM(_LARGE) (set_resume_from): 0 none, -1 from the end (uploads only). */
  resumeFrom: number;
  /** CURLOPT_MAXFILESIZE(_LARGE): 0 is no limit. */
  maxFileSize: number;
  /** CURLOPT_REFERER: the Referer the first request sends. */
  referer: string | null;
  /** CURLOPT_AUTOREFERER: a followed redirect sends the previous URL as Referer. */
  autoReferer: boolean;
  /** CURLOPT_HTTP_TRANSFER_DECODING (libcurl's !http_te_skip): off hands chunked bytes on raw. */
  httpTransferDecoding: boolean;
  /** CURLOPT_IGNORE_CONTENT_LENGTH (ignorecl): Content-Length is not read. */
  ignoreContentLength: boolean;
  /** CURLOPT_REQUEST_TARGET: the request line's target instead of the URL's path and query. */
  requestTarget: string | null;
  /** CURLOPT_PROTOCOLS_STR (allowed_protocols): the schemes a transfer may use, lower case;
   * null: all. */
  allowedProtocols: ReadonlySet<string> | null;
  /** CURLOPT_REDIR_PROTOCOLS_STR (redir_protocols): the schemes a redirect may go to; null: all.
   * Default CURLPROTO_REDIR: http, https, ftp, ftps. */
  redirProtocols: ReadonlySet<string> | null;
  /** CURLOPT_DEFAULT_PROTOCOL: the scheme for a URL without one (instead of the guess). */
  defaultProtocol: string | null;
  /** CURLOPT_PATH_AS_IS: `.` and `..` path segments are sent as they are. */
  pathAsIs: boolean;
  /** CURLOPT_TIMECONDITION: CURL_TIMECOND_NONE 0, IFMODSINCE 1, IFUNMODSINCE 2, LASTMOD 3. */
  timeCondition: number;
  /** CURLOPT_TIMEVALUE(_LARGE): seconds since the epoch. */
  timeValue: number;
  /** CURLOPT_MAXAGE_CONN and CURLOPT_MAXLIFETIME_CONN in milliseconds (conn_max_idle_ms,
   * conn_max_age_ms); 0: no limit. */
  maxAgeConnMs: number;
  maxLifetimeConnMs: number;
  /** CURLOPT_HTTP200ALIASES: status lines taken as "HTTP/1.0 200" (replaced, never changed in
   * place; an array, so each handle starts with its own empty one). */
  http200Aliases: readonly string[];
  /** CURLOPT_HEADEROPT (sep_headers): CURLHEADER_SEPARATE keeps PROXYHEADER for proxies;
   * CURLHEADER_UNIFIED sends HTTPHEADER to both and ignores PROXYHEADER. */
  sepHeaders: boolean;
  /** CURLOPT_TRANSFER_ENCODING (http_transfer_encoding): ask with `TE: gzip` and decode
   * transfer codings. */
  transferEncoding: boolean;
  /** CURLOPT_UPKEEP_INTERVAL_MS: how often curl_easy_upkeep PINGs an idle HTTP/2 connection. */
  upkeepIntervalMs: number;
  /** CURLOPT_NOSIGNAL: kept, never read (no signals in Node). */
  noSignal: boolean;
}

/** lib/urldata.h CURLPROTO_REDIR. A set, not an array: defaultOptions gives every array default a
 * fresh empty list. Never changed in place. */
export const REDIR_DEFAULT: ReadonlySet<string> = new Set(['http', 'https', 'ftp', 'ftps']);

/** The custom headers a proxy gets in a CONNECT request, and the list libcurl searches for a
 * header meant for the proxy (Curl_checkProxyheaders): PROXYHEADER with CURLHEADER_SEPARATE,
 * else HTTPHEADER. */
export function proxyHeaderList(opts: { sepHeaders: boolean; proxyHeaders: readonly string[]; httpHeaders: readonly string[] }): readonly string[] {
  return opts.sepHeaders ? opts.proxyHeaders : opts.httpHeaders;
}

export function bodyDefaults(): BodyOptions {
  return {
    acceptEncoding: null,
    httpContentDecoding: true,
    failOnError: false,
    range: null,
    resumeFrom: 0,
    maxFileSize: 0,
    referer: null,
    autoReferer: false,
    httpTransferDecoding: true,
    ignoreContentLength: false,
    requestTarget: null,
    allowedProtocols: null,
    redirProtocols: REDIR_DEFAULT,
    defaultProtocol: null,
    pathAsIs: false,
    timeCondition: 0,
    timeValue: 0,
    maxAgeConnMs: 118_000,
    maxLifetimeConnMs: 24 * 3600 * 1000,
    http200Aliases: [],
    sepHeaders: true,
    transferEncoding: false,
    upkeepIntervalMs: 60_000,
    noSignal: false,
  };
}
