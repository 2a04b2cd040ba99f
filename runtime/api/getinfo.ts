// One getter per info the runtime implements, keyed by base name (lib/getinfo.c). Times are
// seconds as doubles, the _T forms microseconds; values not known (yet) read as 0 or "". Facts
// of the live connection (its sockets, its local end) are asked of its filter chain.
import type { Connection } from '../core/connection.js';
import type { Handle } from '../core/handle.js';
import { CURL_SOCKET_BAD, type CurlSocket } from '../types.js';

const seconds = (t: number): number => (t > 0 ? t : 0);

/** lib/progress.c trspeed: bytes per second over the time spent so far (the whole perform once it
 * ended), a whole number. */
function speed(h: Handle, bytes: number): number {
  const spent = h.performing && h.transfer !== null ? h.transfer.elapsed() / 1000 : h.info.totalTime;
  if (spent <= 0) return bytes > 0 ? bytes * 1e6 : 0;
  return Math.floor(bytes / spent);
}

/** lib/getinfo.c getinfo_long: CURL_HTTP_VERSION_1_0 (1), _1_1 (2), _2_0 (3), else NONE (0). */
const httpVersion = (v: number): number => (v === 10 ? 1 : v === 11 ? 2 : v === 20 ? 3 : 0);

/** A long on LP64: FILETIME is the time_t as it is. */
const LONG_MAX = 2 ** 63 - 1;
const micros = (t: number): number => (t > 0 ? Math.round(t * 1e6) : 0);

/** The handle's live connection: the connect-only one, else the last ordinary transfer's while
 * it lives; none while a transfer is connecting (D4). */
function liveConnection(h: Handle): Connection | null {
  if (h.performing) return null;
  if (h.conn !== null) return h.conn;
  const last = h.lastConn;
  return last !== null && !last.closed ? last : null;
}

/** The file descriptor of the bottom socket, when Node exposes one (LASTSOCKET is a long). */
function lastSocket(conn: Connection | null): number {
  const b = conn?.query('socket');
  if (b === undefined) return CURL_SOCKET_BAD;
  if (typeof b.item === 'number') return b.item;
  const fd = (b.stream as { _handle?: { fd?: unknown } })._handle?.fd;
  return typeof fd === 'number' && fd >= 0 ? fd : CURL_SOCKET_BAD;
}

export const infoGetters: Readonly<Record<string, (h: Handle) => unknown>> = {
  EFFECTIVE_URL: (h) => h.effectiveUrl,
  RESPONSE_CODE: (h) => h.info.responseCode,
  HTTP_CONNECTCODE: (h) => h.info.httpConnectCode,
  HEADER_SIZE: (h) => h.info.headerSize,
  PROXYAUTH_AVAIL: (h) => h.info.proxyAuthAvail,
  PROXYAUTH_USED: (h) => h.info.proxyAuthUsed,
  HTTPAUTH_AVAIL: (h) => h.info.httpAuthAvail,
  HTTPAUTH_USED: (h) => h.info.httpAuthUsed,
  OS_ERRNO: (h) => h.info.osErrno,
  NUM_CONNECTS: (h) => h.info.numConnects,
  PRIMARY_IP: (h) => h.info.primaryIp,
  PRIMARY_PORT: (h) => h.info.primaryPort,
  LOCAL_IP: (h) => liveConnection(h)?.query('local')?.ip ?? h.info.localIp,
  LOCAL_PORT: (h) => liveConnection(h)?.query('local')?.port ?? h.info.localPort,
  CONN_ID: (h) => h.lastConnId,
  // D1/D2: the live socket of the handle's connection, CURL_SOCKET_BAD when there is none
  ACTIVESOCKET: (h): CurlSocket => liveConnection(h)?.stream ?? CURL_SOCKET_BAD,
  LASTSOCKET: (h) => lastSocket(liveConnection(h)),
  NAMELOOKUP_TIME: (h) => seconds(h.info.namelookupTime),
  NAMELOOKUP_TIME_T: (h) => micros(h.info.namelookupTime),
  CONNECT_TIME: (h) => seconds(h.info.connectTime),
  CONNECT_TIME_T: (h) => micros(h.info.connectTime),
  APPCONNECT_TIME: (h) => seconds(h.info.appconnectTime),
  APPCONNECT_TIME_T: (h) => micros(h.info.appconnectTime),
  TOTAL_TIME: (h) => seconds(h.info.totalTime),
  TOTAL_TIME_T: (h) => micros(h.info.totalTime),
  // lib/getinfo.c, in libcurl's order of the timers (lib/progress.c Curl_pgrsTimeWas)
  PRETRANSFER_TIME: (h) => seconds(h.info.pretransferTime),
  PRETRANSFER_TIME_T: (h) => micros(h.info.pretransferTime),
  POSTTRANSFER_TIME_T: (h) => micros(h.info.posttransferTime),
  STARTTRANSFER_TIME: (h) => seconds(h.info.starttransferTime),
  STARTTRANSFER_TIME_T: (h) => micros(h.info.starttransferTime),
  REDIRECT_TIME: (h) => seconds(h.info.redirectTime),
  REDIRECT_TIME_T: (h) => micros(h.info.redirectTime),
  QUEUE_TIME_T: (h) => micros(h.info.queueTime),
  SIZE_DOWNLOAD_T: (h) => h.info.sizeDownload,
  SIZE_UPLOAD_T: (h) => h.info.sizeUpload,
  SPEED_DOWNLOAD_T: (h) => speed(h, h.info.sizeDownload),
  SPEED_UPLOAD_T: (h) => speed(h, h.info.sizeUpload),
  REQUEST_SIZE: (h) => h.info.requestSize,
  CONTENT_TYPE: (h) => h.info.contentType,
  CONTENT_LENGTH_UPLOAD_T: (h) => h.info.contentLengthUpload,
  REDIRECT_URL: (h) => h.info.redirectUrl,
  // CUSTOMREQUEST as set now, else HEAD for NOBODY, else the last request's kind
  EFFECTIVE_METHOD: (h) => h.opts.customRequest ?? (h.opts.nobody ? 'HEAD' : h.info.httpReq),
  HTTP_VERSION: (h) => httpVersion(h.info.httpVersion),
  RETRY_AFTER: (h) => h.info.retryAfter,
  FILETIME: (h) => Math.min(h.info.fileTime, LONG_MAX),
  FILETIME_T: (h) => h.info.fileTime,
  XFER_ID: (h) => h.xferId,
  REFERER: (h) => h.info.referer,
  CONDITION_UNMET: (h) => (h.info.conditionUnmet ? 1 : 0),
  // the built-in CA bundle and directory (CURL_CA_BUNDLE, CURL_CA_PATH): none, Node's bundled
  // roots are the default trust
  CAINFO: () => null,
  CAPATH: () => null,
  PRIVATE: (h) => h.opts.privateData,
  REDIRECT_COUNT: (h) => h.redirectCount,
  CONTENT_LENGTH_DOWNLOAD_T: (h) => h.info.contentLength,
  SSL_VERIFYRESULT: (h) => h.info.sslVerifyResult,
  PROXY_SSL_VERIFYRESULT: (h) => h.info.proxySslVerifyResult,
  CERTINFO: (h) => h.info.certInfo,
  // struct curl_tlssessioninfo: CURLSSLBACKEND_OPENSSL (1) and the TLS socket of the top TLS
  // layer of the attached connection (lib/getinfo.c, Curl_conn_get_ssl_info), else null
  TLS_SSL_PTR: (h) => {
    const conn = h.conn ?? (h.performing ? h.lastConn : null);
    return { backend: 1, internals: (conn !== null && !conn.closed ? conn.query('tls') : undefined) ?? null };
  },
  PROXY_ERROR: (h) => h.info.proxyError,
  // lib/getinfo.c: the scheme (lower case) and the proxy flag of the last transfer's connection
  SCHEME: (h) => h.info.scheme,
  USED_PROXY: (h) => (h.info.usedProxy ? 1 : 0),
  // lib/cookie.c Curl_cookie_list: the jar as Netscape lines, null when empty
  COOKIELIST: (h) => h.cookies.list(),
};
