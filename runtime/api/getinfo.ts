// One getter per info the runtime implements, keyed by base name (lib/getinfo.c). Times are
// seconds as doubles, the _T forms microseconds; values not known (yet) read as 0 or "".
import type { Duplex } from 'node:stream';
import type { Connection } from '../core/connection.js';
import type { TransferInfo } from '../filters/filter.js';
import { CURL_SOCKET_BAD, type CurlSocket } from '../types.js';

/** What getinfo reads from the handle. */
export interface InfoSource {
  readonly info: TransferInfo;
  readonly effectiveUrl: string | null;
  /** The handle's established connect-only connection, or null (also while performing, D4). */
  readonly conn: Connection | null;
  /** CONN_ID: the last connection's number, -1 before any. */
  readonly lastConnId: number;
  readonly privateData: unknown;
  /** REDIRECT_COUNT: redirects the last transfer followed. */
  readonly redirectCount?: number;
  /** CONTENT_LENGTH_DOWNLOAD_T: the final answer's Content-Length, -1 when unknown. */
  readonly contentLengthDownload?: number;
}

const seconds = (t: number): number => (t > 0 ? t : 0);
const micros = (t: number): number => (t > 0 ? Math.round(t * 1e6) : 0);

/** The file descriptor of the bottom socket, when Node exposes one (LASTSOCKET is a long). */
function lastSocket(conn: Connection | null): number {
  const b = conn?.bottom;
  if (!b) return CURL_SOCKET_BAD;
  if (typeof b.item === 'number') return b.item;
  const fd = (b.stream as Duplex & { _handle?: { fd?: unknown } })._handle?.fd;
  return typeof fd === 'number' && fd >= 0 ? fd : CURL_SOCKET_BAD;
}

export const infoGetters: Readonly<Record<string, (s: InfoSource) => unknown>> = {
  EFFECTIVE_URL: (s) => s.effectiveUrl,
  RESPONSE_CODE: (s) => s.info.responseCode,
  HTTP_CONNECTCODE: (s) => s.info.httpConnectCode,
  HEADER_SIZE: (s) => s.info.headerSize,
  PROXYAUTH_AVAIL: (s) => s.info.proxyAuthAvail,
  PROXYAUTH_USED: (s) => s.info.proxyAuthUsed,
  OS_ERRNO: (s) => s.info.osErrno,
  NUM_CONNECTS: (s) => s.info.numConnects,
  PRIMARY_IP: (s) => s.info.primaryIp,
  PRIMARY_PORT: (s) => s.info.primaryPort,
  LOCAL_IP: (s) => s.conn?.bottom?.local().ip ?? s.info.localIp,
  LOCAL_PORT: (s) => s.conn?.bottom?.local().port ?? s.info.localPort,
  CONN_ID: (s) => s.lastConnId,
  // D1/D2: the live socket of the handle's connection, CURL_SOCKET_BAD when there is none
  ACTIVESOCKET: (s): CurlSocket => s.conn?.top ?? CURL_SOCKET_BAD,
  LASTSOCKET: (s) => lastSocket(s.conn),
  CONNECT_TIME: (s) => seconds(s.info.connectTime),
  CONNECT_TIME_T: (s) => micros(s.info.connectTime),
  APPCONNECT_TIME: (s) => seconds(s.info.appconnectTime),
  APPCONNECT_TIME_T: (s) => micros(s.info.appconnectTime),
  TOTAL_TIME: (s) => seconds(s.info.totalTime),
  TOTAL_TIME_T: (s) => micros(s.info.totalTime),
  PRIVATE: (s) => s.privateData,
  REDIRECT_COUNT: (s) => s.redirectCount ?? 0,
  CONTENT_LENGTH_DOWNLOAD_T: (s) => s.contentLengthDownload ?? -1,
};
