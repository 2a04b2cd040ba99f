// What every part of the engine may use from the transfer it works for: the target, the frozen
// options, the figures getinfo reports, verbose output, failure texts, the header callback and
// the abort (timeout, cleanup). Filters connect with it and protocol handlers transfer with it;
// core/transfer.ts is the one implementation, tests build their own.
import type { CallbackGuard } from './callback.js';
import type { CurlError } from './error.js';
import type { EasyOptions } from './options.js';
import type { CertInfo } from '../types.js';

/** The parsed target of a transfer (what the URL names, before any proxy or CONNECT_TO). */
export interface Target {
  /** Lower-case scheme without "://": http, https, ws, wss, telnet, ... */
  scheme: string;
  /** Host as written in the URL, IPv6 literals without brackets. */
  host: string;
  /** Port from the URL or the scheme's default. */
  port: number;
  /** Path and query as sent in a request line ("/" when empty). */
  path: string;
  /** The URL as curl shows it in EFFECTIVE_URL. */
  url: string;
  /** Whether the scheme runs TLS on the connection (https, wss, ...). */
  tls: boolean;
  /** The URL's "user:password;options" part as written, undecoded; null or absent: none. */
  userinfo?: string | null;
}

/** Figures a transfer gathers for getinfo; filters and protocols fill in what they learn. */
export interface TransferInfo {
  connId: number;
  /** The connected chain's addresses (lib/cf-socket.c cf_socket_update_data): copied only once the
   * whole chain is up, so "" and -1 after a failed connect or proxy tunnel (lib/getinfo.c). */
  primaryIp: string;
  primaryPort: number;
  localIp: string;
  localPort: number;
  httpConnectCode: number;
  responseCode: number;
  proxyAuthAvail: number;
  proxyAuthUsed: number;
  /** CURLINFO_HTTPAUTH_AVAIL and HTTPAUTH_USED (libcurl's info.httpauthavail, httpauthpicked). */
  httpAuthAvail: number;
  httpAuthUsed: number;
  /** CURLINFO_PROXY_ERROR: the CURLPX_* code of the last failed SOCKS handshake. */
  proxyError: number;
  headerSize: number;
  numConnects: number;
  osErrno: number;
  /** Body bytes handed to the application (SIZE_DOWNLOAD_T; the TIMEOUT text names it). */
  sizeDownload: number;
  /** CONTENT_LENGTH_DOWNLOAD_T: the final answer's Content-Length, -1 when unknown. */
  contentLength: number;
  /** CURLINFO_SCHEME: the scheme of the transfer's connection (lower case, lib/url.c
   * conn_scheme); null before a connection was set up. */
  scheme: string | null;
  /** CURLINFO_USED_PROXY: the connection went through a proxy. */
  usedProxy: boolean;
  /** Seconds from the start of perform, as libcurl reports them; -1 until known. NAMELOOKUP:
   * when the first hop's addresses were known (an IP literal, the cache and a Unix socket count). */
  namelookupTime: number;
  connectTime: number;
  appconnectTime: number;
  totalTime: number;
  /** X.509 verification results of the last handshake with the target and with an HTTPS proxy
   * (CURLINFO_SSL_VERIFYRESULT, CURLINFO_PROXY_SSL_VERIFYRESULT); 0 is X509_V_OK. */
  sslVerifyResult: number;
  proxySslVerifyResult: number;
  /** CURLINFO_CERTINFO: the chain of the last TLS handshake made with CERTINFO on (lib/vtls/
   * openssl.c ossl_certchain); empty until then. */
  certInfo: CertInfo;
  /** Issue 14 figures (lib/getinfo.c, lib/progress.c): seconds from the start of perform as the
   * times above, summed over the requests of a redirect chain where libcurl sums them. */
  pretransferTime: number;
  posttransferTime: number;
  starttransferTime: number;
  redirectTime: number;
  queueTime: number;
  /** SIZE_UPLOAD_T, CONTENT_LENGTH_UPLOAD_T (-1 unknown), REQUEST_SIZE (bytes of requests sent). */
  sizeUpload: number;
  contentLengthUpload: number;
  requestSize: number;
  /** CONTENT_TYPE, REDIRECT_URL (where FOLLOWLOCATION would have gone), REFERER: null when none. */
  contentType: string | null;
  redirectUrl: string | null;
  referer: string | null;
  /** HTTP version of the last response: 10, 11, or 0 before one. */
  httpVersion: number;
  /** The request kind of the last request (libcurl's state.httpreq): GET, POST, HEAD, PUT. */
  httpReq: string;
  /** RETRY_AFTER seconds (0: none); FILETIME seconds since the epoch (-1: unknown). */
  retryAfter: number;
  fileTime: number;
  /** CONDITION_UNMET: TIMECONDITION was not met (a 304, or one simulated). */
  conditionUnmet: boolean;
}

/** CERTINFO before a TLS filter records a chain: one frozen value for every transfer (the TLS
 * filter replaces it, never changes it; getinfo hands it out, so nobody may change it). */
const NO_CERTS: CertInfo = Object.freeze({ num_of_certs: 0, certinfo: Object.freeze([]) as unknown as string[][] });

export function freshInfo(connId: number): TransferInfo {
  return {
    connId,
    primaryIp: '',
    primaryPort: -1,
    localIp: '',
    localPort: -1,
    httpConnectCode: 0,
    responseCode: 0,
    proxyAuthAvail: 0,
    proxyAuthUsed: 0,
    httpAuthAvail: 0,
    httpAuthUsed: 0,
    proxyError: 0,
    headerSize: 0,
    numConnects: 0,
    osErrno: 0,
    sizeDownload: 0,
    contentLength: -1,
    scheme: null,
    usedProxy: false,
    namelookupTime: -1,
    connectTime: -1,
    appconnectTime: -1,
    totalTime: -1,
    sslVerifyResult: 0,
    proxySslVerifyResult: 0,
    certInfo: NO_CERTS,
    pretransferTime: -1,
    posttransferTime: -1,
    starttransferTime: -1,
    redirectTime: -1,
    queueTime: -1,
    sizeUpload: 0,
    contentLengthUpload: -1,
    requestSize: 0,
    contentType: null,
    redirectUrl: null,
    referer: null,
    httpVersion: 0,
    httpReq: 'GET',
    retryAfter: 0,
    fileTime: -1,
    conditionUnmet: false,
  };
}

/** The progress meter of an ordinary transfer (base/progress.ts after lib/progress.c): byte
 * counts, the progress callbacks, LOW_SPEED and the receive rate cap. */
export interface ProgressMeter {
  /** TIMER_PRETRANSFER, TIMER_POSTRANSFER, TIMER_STARTTRANSFER (once per request), and the
   * connection's TIMER_NAMELOOKUP, TIMER_CONNECT, TIMER_APPCONNECT (for each new connection of the
   * chain; a reused one adds nothing). */
  time(timer: 'pretransfer' | 'posttransfer' | 'starttransfer' | 'namelookup' | 'connect' | 'appconnect'): void;
  /** The expected body size (Content-Length), -1 unknown. */
  setDownloadSize(size: number): void;
  /** `n` body bytes reached the application (SIZE_DOWNLOAD_T, the receive cap). */
  download(n: number): void;
  /** Curl_pgrsReset for the upload at each request (lib/url.c Curl_init_do): the count starts
   * over, and the request body size is `size` (Curl_pgrsSetUploadSize; -1 unknown). */
  setUploadSize(size: number): void;
  /** `n` request body bytes went out (Curl_pgrs_upload_inc; SIZE_UPLOAD_T is counted apart). */
  upload(n: number): void;
  /** Curl_pgrsCheck: the progress callback, then LOW_SPEED; throws CurlError 42 or 28. */
  check(): void;
  /** Bytes that may be received now under MAX_RECV_SPEED_LARGE (Infinity without a cap). */
  recvAvailable(): number;
  /** Milliseconds until receiving may go on (0: now). */
  recvWaitMs(): number;
  /** Curl_pgrsRecvPause: no speed check while paused; a resume starts the records over. */
  recvPaused(on: boolean): void;
}

/** The header API's store (http/header-store.ts after lib/headers.c). */
export interface HeaderCollector {
  /** One response header line as the header callback gets it; `origin` is a CURLH_* bit. */
  push(line: Uint8Array, origin: number): void;
}

/** The handle's cookie engine as a request uses it (http/cookie-engine.ts, lib/http.c). */
export interface CookieLink {
  /** The engine runs (data->cookies and state.cookie_engine): cookies are taken and sent. */
  enabled(): boolean;
  /** A request starts: its Set-Cookie count starts over (data->req.setcookies). */
  newRequest(): void;
  /** The `Cookie:` line (CRLF included) for a request to host and URL path, with CURLOPT_COOKIE
   * (`extra`) last; "" for none (http_cookies). */
  header(log: (text: string) => void, host: string, path: string, secure: boolean, extra: string | null): string;
  /** A Set-Cookie value received from host for URL path (http_header_s). */
  received(log: (text: string) => void, value: string, host: string, path: string, secure: boolean): void;
}

/** Which timeout text applies (lib/multi.c multi_handle_timeout): resolving until the addresses
 * are known, connecting until the chain is up. */
export type Phase = 'resolving' | 'connecting' | 'done';

/** What a filter or protocol may use while it works. Owned by one transfer (one perform). */
export interface TransferContext {
  readonly opts: Readonly<EasyOptions>;
  /** The handle's options as they are now, for the few settings libcurl reads at each call
   * (CURLOPT_WS_OPTIONS, M27); `opts` is the snapshot the transfer started with. */
  current(): Readonly<EasyOptions>;
  readonly target: Target;
  readonly info: TransferInfo;
  /** Runs application callbacks (send/recv from inside one return 93; a throw is caught). */
  readonly guard: CallbackGuard;
  phase: Phase;
  /** Why the transfer was aborted (a timeout, cleanup, removal), or null while it runs. */
  readonly abortReason: CurlError | null;
  /** Runs `fn` once when the transfer is aborted (at once if it already was); returns a function
   * that unregisters it. */
  onAbort(fn: () => void): () => void;
  /** Milliseconds since perform started. */
  elapsed(): number;
  /** Whether verbose output is on: texts are only built when it is. */
  readonly verbose: boolean;
  /** A verbose TEXT line ("* " on STDERR); printed only when VERBOSE is on. */
  infof(text: string): void;
  /** libcurl's failf(): records the text for ERRORBUFFER (first one wins), prints it when
   * verbose, and returns the error for the caller to throw. */
  failf(code: number, text: string): CurlError;
  /** Forgets the failure text, as a new connect attempt does (Curl_reset_fail). */
  resetFail(): void;
  /** Keeps the message of an application callback that threw (decision 9). */
  keepThrown(text: string): void;
  /** Verbose HEADER_OUT (a whole request block) and HEADER_IN (one line, with its CRLF). */
  headerOut(text: string): void;
  headerIn(line: string): void;
  /** Hands one response header line (with its line ending) to HEADERFUNCTION; throws
   * CurlError(23) when the callback aborts. `connect` marks CONNECT-response lines, which
   * SUPPRESS_CONNECT_HEADERS withholds. true: the callback returned CURL_WRITEFUNC_PAUSE and did
   * not take the line (http/client-writer.ts keeps it). */
  writeHeader(line: Uint8Array, connect: boolean): boolean | void;
  /** A "[FILTER] text" line when MANBIND_TRACE names the filter (base/trace.ts). */
  trace(filter: string, text: string): void;
  /** The ordinary transfer's progress meter; absent (or null) for connect-only performs. */
  readonly meter?: ProgressMeter | null;
  /** Where response headers are kept for curl_easy_header; absent: not kept. */
  readonly headerStore?: HeaderCollector | null;
  /** The handle's cookie engine; absent: cookies are off. */
  readonly cookies?: CookieLink | null;
  /** The transfer's body writer once made (http/client-writer.ts owns what it holds): a slot on
   * the transfer rather than a WeakMap, whose entries cost the collector on every request. */
  bodyWriter?: object | null;
}
