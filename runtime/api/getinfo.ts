// One getter per info the runtime implements, keyed by base name (lib/getinfo.c). Times are
// seconds as doubles, the _T forms microseconds; values not known (yet) read as 0 or "". Facts
// of the live connection (its sockets, its local end) are asked of its filter chain.
import type { Connection } from '../core/connection.js';
import type { Handle } from '../core/handle.js';
import { CURL_SOCKET_BAD, type CurlSocket } from '../types.js';

const seconds = (t: number): number => (t > 0 ? t : 0);
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
  PRIVATE: (h) => h.opts.privateData,
  REDIRECT_COUNT: (h) => h.redirectCount,
  CONTENT_LENGTH_DOWNLOAD_T: (h) => h.info.contentLength,
  SSL_VERIFYRESULT: (h) => h.info.sslVerifyResult,
  PROXY_SSL_VERIFYRESULT: (h) => h.info.proxySslVerifyResult,
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
};
