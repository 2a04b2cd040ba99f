// generated from specs by manbind; do not edit
import type { CurlData, CurlSocket } from '../runtime/types.js';

/**
 * CURLINFO info names for getinfo(): each key's value is its name without the `CURLINFO_` prefix.
 *
 * @see specs (generated; do not edit)
 */
export const CURLINFO = {
  /**
   * the socket of the handle's live connection
   *
   * @see specs/CURLINFO_ACTIVESOCKET.md (generated; do not edit)
   */
  ACTIVESOCKET: 'ACTIVESOCKET',
  /**
   * time until TLS and tunnel were done
   *
   * @see specs/CURLINFO_APPCONNECT_TIME.md (generated; do not edit)
   */
  APPCONNECT_TIME: 'APPCONNECT_TIME',
  /**
   * time until TLS and tunnel were done, in microseconds
   *
   * @see specs/CURLINFO_APPCONNECT_TIME_T.md (generated; do not edit)
   */
  APPCONNECT_TIME_T: 'APPCONNECT_TIME_T',
  /**
   * time until the TCP connection was made
   *
   * @see specs/CURLINFO_CONNECT_TIME.md (generated; do not edit)
   */
  CONNECT_TIME: 'CONNECT_TIME',
  /**
   * time until the TCP connection was made, in microseconds
   *
   * @see specs/CURLINFO_CONNECT_TIME_T.md (generated; do not edit)
   */
  CONNECT_TIME_T: 'CONNECT_TIME_T',
  /**
   * number of the connection the transfer used
   *
   * @see specs/CURLINFO_CONN_ID.md (generated; do not edit)
   */
  CONN_ID: 'CONN_ID',
  /**
   * announced size of the response body
   *
   * @see specs/CURLINFO_CONTENT_LENGTH_DOWNLOAD_T.md (generated; do not edit)
   */
  CONTENT_LENGTH_DOWNLOAD_T: 'CONTENT_LENGTH_DOWNLOAD_T',
  /**
   * the URL the transfer ended at
   *
   * @see specs/CURLINFO_EFFECTIVE_URL.md (generated; do not edit)
   */
  EFFECTIVE_URL: 'EFFECTIVE_URL',
  /**
   * bytes of headers received
   *
   * @see specs/CURLINFO_HEADER_SIZE.md (generated; do not edit)
   */
  HEADER_SIZE: 'HEADER_SIZE',
  /**
   * status code of the proxy's CONNECT answer
   *
   * @see specs/CURLINFO_HTTP_CONNECTCODE.md (generated; do not edit)
   */
  HTTP_CONNECTCODE: 'HTTP_CONNECTCODE',
  /**
   * the last socket as a long (deprecated)
   *
   * @see specs/CURLINFO_LASTSOCKET.md (generated; do not edit)
   */
  LASTSOCKET: 'LASTSOCKET',
  /**
   * local IP address of the last connection
   *
   * @see specs/CURLINFO_LOCAL_IP.md (generated; do not edit)
   */
  LOCAL_IP: 'LOCAL_IP',
  /**
   * local port of the last connection
   *
   * @see specs/CURLINFO_LOCAL_PORT.md (generated; do not edit)
   */
  LOCAL_PORT: 'LOCAL_PORT',
  /**
   * how many new connections the transfer made
   *
   * @see specs/CURLINFO_NUM_CONNECTS.md (generated; do not edit)
   */
  NUM_CONNECTS: 'NUM_CONNECTS',
  /**
   * operating system error of the last failure
   *
   * @see specs/CURLINFO_OS_ERRNO.md (generated; do not edit)
   */
  OS_ERRNO: 'OS_ERRNO',
  /**
   * remote IP address of the last connection
   *
   * @see specs/CURLINFO_PRIMARY_IP.md (generated; do not edit)
   */
  PRIMARY_IP: 'PRIMARY_IP',
  /**
   * remote port of the last connection
   *
   * @see specs/CURLINFO_PRIMARY_PORT.md (generated; do not edit)
   */
  PRIMARY_PORT: 'PRIMARY_PORT',
  /**
   * the value stored with CURLOPT_PRIVATE
   *
   * @see specs/CURLINFO_PRIVATE.md (generated; do not edit)
   */
  PRIVATE: 'PRIVATE',
  /**
   * authentication schemes the proxy offered
   *
   * @see specs/CURLINFO_PROXYAUTH_AVAIL.md (generated; do not edit)
   */
  PROXYAUTH_AVAIL: 'PROXYAUTH_AVAIL',
  /**
   * authentication scheme used with the proxy
   *
   * @see specs/CURLINFO_PROXYAUTH_USED.md (generated; do not edit)
   */
  PROXYAUTH_USED: 'PROXYAUTH_USED',
  /**
   * number of redirects followed
   *
   * @see specs/CURLINFO_REDIRECT_COUNT.md (generated; do not edit)
   */
  REDIRECT_COUNT: 'REDIRECT_COUNT',
  /**
   * status code of the last response
   *
   * @see specs/CURLINFO_RESPONSE_CODE.md (generated; do not edit)
   */
  RESPONSE_CODE: 'RESPONSE_CODE',
  /**
   * duration of the whole perform
   *
   * @see specs/CURLINFO_TOTAL_TIME.md (generated; do not edit)
   */
  TOTAL_TIME: 'TOTAL_TIME',
  /**
   * duration of the whole perform, in microseconds
   *
   * @see specs/CURLINFO_TOTAL_TIME_T.md (generated; do not edit)
   */
  TOTAL_TIME_T: 'TOTAL_TIME_T',
} as const;

/**
 * getinfo() overloads, one per documented CURLINFO info; the runtime's Easy class merges this interface.
 *
 * @see specs (generated; do not edit)
 */
export interface Getinfo {
  /**
   * the socket of the handle's live connection
   *
   * Get the socket of the connection the handle used last, as long as that
   * connection is still open and known to the handle. The typical use is after a
   * CURLOPT_CONNECT_ONLY(3) perform, but it also works after an ordinary transfer
   * whose connection was kept alive.
   *
   * In manbind easy.getinfo(CURLINFO.ACTIVESOCKET) returns { code, value }
   * where value is the live socket object: the engine's net.Socket (or
   * tls.TLSSocket underneath a TLS connection), the stream.Duplex an
   * open-socket callback supplied, or the file descriptor number it returned.
   * When there is no such connection (before any perform, after a failed one,
   * while a connect-only transfer in a multi handle is still connecting, after the
   * handle was removed from its multi handle, or after the server closed an
   * ordinary transfer's connection) value is CURL_SOCKET_BAD (-1).
   *
   * The socket stays owned by the handle. Reading or writing it directly bypasses
   * TLS and the proxy tunnel, so use easy.send(), easy.recv() and
   * easy.wait() to exchange data, and leave closing to curl_easy_cleanup(3).
   * A socket whose peer has closed is still returned until the handle lets go of
   * the connection.
   *
   * Protocols: All
   *
   * @since 7.45.0
   * @see {@link CURLINFO.LASTSOCKET | CURLINFO_LASTSOCKET}
   * @see CURLOPT_CONNECT_ONLY
   * @see curl_easy_getinfo
   * @see curl_easy_recv
   * @see curl_easy_send
   * @see specs/CURLINFO_ACTIVESOCKET.md (generated; do not edit)
   */
  getinfo(info: typeof CURLINFO.ACTIVESOCKET): { code: number; value: CurlSocket };
  /**
   * time until TLS and tunnel were done
   *
   * Get the time from the start of the handle's last perform until the connection
   * was ready for the application protocol: after the proxy tunnel and the TLS
   * handshake. It is 0 when the transfer used no TLS, for example an http URL
   * without a tunnel. For a connect-only https or wss transfer this is roughly
   * when the perform could hand the connection over.
   *
   * In manbind getinfo returns { code, value } with value a number of
   * seconds, with microsecond resolution. CURLINFO_APPCONNECT_TIME_T(3) gives it
   * in microseconds.
   *
   * Protocols: All
   *
   * @since 7.19.0
   * @see {@link CURLINFO.APPCONNECT_TIME_T | CURLINFO_APPCONNECT_TIME_T}
   * @see {@link CURLINFO.CONNECT_TIME | CURLINFO_CONNECT_TIME}
   * @see {@link CURLINFO.TOTAL_TIME | CURLINFO_TOTAL_TIME}
   * @see curl_easy_getinfo
   * @see specs/CURLINFO_APPCONNECT_TIME.md (generated; do not edit)
   */
  getinfo(info: typeof CURLINFO.APPCONNECT_TIME): { code: number; value: number };
  /**
   * time until TLS and tunnel were done, in microseconds
   *
   * Get the time from the start of the handle's last perform until the connection
   * was ready for the application protocol: after the proxy tunnel and the TLS
   * handshake. It is 0 when the transfer used no TLS, for example an http URL
   * without a tunnel. For a connect-only https or wss transfer this is roughly
   * when the perform could hand the connection over.
   *
   * In manbind getinfo returns { code, value } with value a whole number of
   * microseconds. CURLINFO_APPCONNECT_TIME(3) gives it in seconds.
   *
   * Protocols: All
   *
   * @since 7.61.0
   * @see {@link CURLINFO.APPCONNECT_TIME | CURLINFO_APPCONNECT_TIME}
   * @see {@link CURLINFO.CONNECT_TIME_T | CURLINFO_CONNECT_TIME_T}
   * @see {@link CURLINFO.TOTAL_TIME_T | CURLINFO_TOTAL_TIME_T}
   * @see curl_easy_getinfo
   * @see specs/CURLINFO_APPCONNECT_TIME_T.md (generated; do not edit)
   */
  getinfo(info: typeof CURLINFO.APPCONNECT_TIME_T): { code: number; value: number };
  /**
   * time until the TCP connection was made
   *
   * Get the time from the start of the handle's last perform until the TCP
   * connection to the server, or to the proxy when one is used, was established.
   * It includes name resolution and every failed attempt before the one that
   * succeeded, but not the proxy tunnel or the TLS handshake.
   *
   * In manbind getinfo returns { code, value } with value a number of
   * seconds, with microsecond resolution. CURLINFO_CONNECT_TIME_T(3) gives the
   * same moment as a whole number of microseconds.
   *
   * Protocols: All
   *
   * @since 7.4.1
   * @see {@link CURLINFO.APPCONNECT_TIME | CURLINFO_APPCONNECT_TIME}
   * @see {@link CURLINFO.CONNECT_TIME_T | CURLINFO_CONNECT_TIME_T}
   * @see {@link CURLINFO.TOTAL_TIME | CURLINFO_TOTAL_TIME}
   * @see CURLOPT_CONNECTTIMEOUT
   * @see curl_easy_getinfo
   * @see specs/CURLINFO_CONNECT_TIME.md (generated; do not edit)
   */
  getinfo(info: typeof CURLINFO.CONNECT_TIME): { code: number; value: number };
  /**
   * time until the TCP connection was made, in microseconds
   *
   * Get the time from the start of the handle's last perform until the TCP
   * connection to the server, or to the proxy when one is used, was established.
   * It includes name resolution and every failed attempt before the one that
   * succeeded, but not the proxy tunnel or the TLS handshake.
   *
   * In manbind getinfo returns { code, value } with value a whole number of
   * microseconds. CURLINFO_CONNECT_TIME(3) gives the same moment in seconds.
   *
   * Protocols: All
   *
   * @since 7.61.0
   * @see {@link CURLINFO.APPCONNECT_TIME_T | CURLINFO_APPCONNECT_TIME_T}
   * @see {@link CURLINFO.CONNECT_TIME | CURLINFO_CONNECT_TIME}
   * @see {@link CURLINFO.TOTAL_TIME_T | CURLINFO_TOTAL_TIME_T}
   * @see CURLOPT_CONNECTTIMEOUT
   * @see curl_easy_getinfo
   * @see specs/CURLINFO_CONNECT_TIME_T.md (generated; do not edit)
   */
  getinfo(info: typeof CURLINFO.CONNECT_TIME_T): { code: number; value: number };
  /**
   * number of the connection the transfer used
   *
   * Get the number of the connection the handle's last transfer used. Connections
   * are numbered from 0 in the order they are created, per connection cache: the
   * handle's own for easy.perform(), or the multi handle's. The number is the
   * one verbose output prints, as in Connection #0 to host ... left intact, so
   * it ties a transfer to those lines. A reused connection keeps its number.
   *
   * It is -1 before any connection was made, and again after a connect-only
   * handle was removed from its multi handle. In manbind getinfo returns
   * { code, value } with value a number.
   *
   * Protocols: All
   *
   * @since 8.2.0
   * @see {@link CURLINFO.NUM_CONNECTS | CURLINFO_NUM_CONNECTS}
   * @see CURLOPT_DEBUGFUNCTION
   * @see curl_easy_getinfo
   * @see specs/CURLINFO_CONN_ID.md (generated; do not edit)
   */
  getinfo(info: typeof CURLINFO.CONN_ID): { code: number; value: number };
  /**
   * announced size of the response body
   *
   * Get the body size the server announced in the Content-Length: header of
   * the last response, in bytes. It is -1 when the size was not announced, as
   * with chunked or close-delimited bodies. It comes from the header, not from
   * counting, so it is also known after a HEAD request made with
   * CURLOPT_NOBODY(3). In manbind getinfo returns { code, value } with
   * value a number.
   *
   * Protocols: All
   *
   * @since 7.55.0
   * @see {@link CURLINFO.HEADER_SIZE | CURLINFO_HEADER_SIZE}
   * @see CURLOPT_NOBODY
   * @see curl_easy_getinfo
   * @see specs/CURLINFO_CONTENT_LENGTH_DOWNLOAD_T.md (generated; do not edit)
   */
  getinfo(info: typeof CURLINFO.CONTENT_LENGTH_DOWNLOAD_T): { code: number; value: number };
  /**
   * the URL the transfer ended at
   *
   * Get the URL of the handle's last request. Without redirects it is the
   * CURLOPT_URL(3) URL in normalised form (lower-case scheme and host, a / path
   * added when there was none); when CURLOPT_FOLLOWLOCATION(3) followed
   * redirects, it is the URL of the final response. For a connect-only transfer
   * it is the URL that was connected to.
   *
   * In manbind getinfo returns { code, value } with value a string, empty
   * before any perform.
   *
   * Protocols: HTTP
   *
   * @since 7.4
   * @see {@link CURLINFO.REDIRECT_COUNT | CURLINFO_REDIRECT_COUNT}
   * @see CURLOPT_FOLLOWLOCATION
   * @see CURLOPT_URL
   * @see curl_easy_getinfo
   * @see specs/CURLINFO_EFFECTIVE_URL.md (generated; do not edit)
   */
  getinfo(info: typeof CURLINFO.EFFECTIVE_URL): { code: number; value: string | null };
  /**
   * bytes of headers received
   *
   * Get the total size, in bytes and with line endings, of all header blocks the
   * handle received during its last perform: the proxy's answers to CONNECT, any
   * interim 1xx responses, every response of a redirect chain and the final
   * response headers. Body bytes are not counted. A connect-only transfer through
   * a proxy tunnel therefore reports the size of the CONNECT answer. In manbind
   * getinfo returns { code, value } with value a number.
   *
   * Protocols: All
   *
   * @since 7.4.1
   * @see {@link CURLINFO.CONTENT_LENGTH_DOWNLOAD_T | CURLINFO_CONTENT_LENGTH_DOWNLOAD_T}
   * @see CURLOPT_HEADERFUNCTION
   * @see curl_easy_getinfo
   * @see specs/CURLINFO_HEADER_SIZE.md (generated; do not edit)
   */
  getinfo(info: typeof CURLINFO.HEADER_SIZE): { code: number; value: number };
  /**
   * status code of the proxy's CONNECT answer
   *
   * Get the HTTP status the proxy gave to the last CONNECT request of the
   * handle's transfer, such as 200 when the tunnel opened or 407 when the proxy
   * wanted credentials. It is the code to look at when a tunnelled perform fails
   * with CURLE_COULDNT_CONNECT (7). When authentication took two CONNECT
   * requests, the last answer counts. CURLINFO_RESPONSE_CODE(3) is separate and
   * only ever holds the server's code.
   *
   * In manbind getinfo returns { code, value } with value a number, 0 when
   * no CONNECT answer was read.
   *
   * Protocols: HTTP
   *
   * @since 7.10.7
   * @see {@link CURLINFO.PROXYAUTH_AVAIL | CURLINFO_PROXYAUTH_AVAIL}
   * @see {@link CURLINFO.RESPONSE_CODE | CURLINFO_RESPONSE_CODE}
   * @see CURLOPT_HTTPPROXYTUNNEL
   * @see curl_easy_getinfo
   * @see specs/CURLINFO_HTTP_CONNECTCODE.md (generated; do not edit)
   */
  getinfo(info: typeof CURLINFO.HTTP_CONNECTCODE): { code: number; value: number };
  /**
   * the last socket as a long (deprecated)
   *
   * The older form of CURLINFO_ACTIVESOCKET(3): it finds the same connection,
   * but reports its socket as a long, which cannot hold a socket on every
   * platform. Use CURLINFO_ACTIVESOCKET(3) instead.
   *
   * In manbind easy.getinfo(CURLINFO.LASTSOCKET) returns { code, value }
   * with value a number: the file descriptor of the connection's socket when
   * Node exposes one, or -1 when there is no usable connection or the socket is a
   * stream without a descriptor (for instance a stream.Duplex from an
   * open-socket callback). It may be called from inside callbacks.
   *
   * Protocols: All
   *
   * @since 7.15.2
   * @deprecated Deprecated since 7.45.0, in favour of CURLINFO_ACTIVESOCKET(3).
   * @see {@link CURLINFO.ACTIVESOCKET | CURLINFO_ACTIVESOCKET}
   * @see CURLOPT_CONNECT_ONLY
   * @see curl_easy_getinfo
   * @see specs/CURLINFO_LASTSOCKET.md (generated; do not edit)
   */
  getinfo(info: typeof CURLINFO.LASTSOCKET): { code: number; value: number };
  /**
   * local IP address of the last connection
   *
   * Get the address, as text, of this end of the handle's most recent
   * connection: the interface the operating system picked to reach the server or
   * proxy. IPv6 addresses come without brackets. In manbind getinfo returns
   * { code, value } with value a string, empty when no connection was made
   * yet or when the socket is a stream that has no local address.
   *
   * Protocols: TCP
   *
   * @since 7.21.0
   * @see {@link CURLINFO.LOCAL_PORT | CURLINFO_LOCAL_PORT}
   * @see {@link CURLINFO.PRIMARY_IP | CURLINFO_PRIMARY_IP}
   * @see curl_easy_getinfo
   * @see specs/CURLINFO_LOCAL_IP.md (generated; do not edit)
   */
  getinfo(info: typeof CURLINFO.LOCAL_IP): { code: number; value: string | null };
  /**
   * local port of the last connection
   *
   * Get the port of this end of the handle's most recent connection, either
   * chosen by the operating system or bound with CURLOPT_LOCALPORT(3). In
   * manbind getinfo returns { code, value } with value a number, 0 when no
   * connection was made yet or when the socket is a stream without a local port.
   *
   * Protocols: TCP
   *
   * @since 7.21.0
   * @see {@link CURLINFO.LOCAL_IP | CURLINFO_LOCAL_IP}
   * @see {@link CURLINFO.PRIMARY_PORT | CURLINFO_PRIMARY_PORT}
   * @see CURLOPT_LOCALPORT
   * @see curl_easy_getinfo
   * @see specs/CURLINFO_LOCAL_PORT.md (generated; do not edit)
   */
  getinfo(info: typeof CURLINFO.LOCAL_PORT): { code: number; value: number };
  /**
   * how many new connections the transfer made
   *
   * Get the number of new connections the handle's last transfer had to create.
   * It is 0 when the transfer reused a cached connection, 1 in the plain case,
   * and more when a proxy closed the connection during authentication or a
   * redirect led to another host. Together with CURLINFO_CONN_ID(3) it shows
   * whether connection reuse works as intended. In manbind getinfo returns
   * { code, value } with value a number.
   *
   * Protocols: All
   *
   * @since 7.12.3
   * @see {@link CURLINFO.CONN_ID | CURLINFO_CONN_ID}
   * @see CURLOPT_FORBID_REUSE
   * @see CURLOPT_FRESH_CONNECT
   * @see curl_easy_getinfo
   * @see specs/CURLINFO_NUM_CONNECTS.md (generated; do not edit)
   */
  getinfo(info: typeof CURLINFO.NUM_CONNECTS): { code: number; value: number };
  /**
   * operating system error of the last failure
   *
   * Get the operating system's error number behind the last failed connect, send
   * or receive, for example 111 (ECONNREFUSED on Linux) after a refused
   * connection. Node reports these numbers negated in the errno property of
   * its errors; manbind returns them positive, as C code sees them. The number
   * is specific to the platform, and can be stale when the failure was not
   * caused by the operating system. In manbind getinfo returns
   * { code, value } with value a number, 0 when nothing failed.
   *
   * Protocols: All
   *
   * @since 7.12.2
   * @see CURLOPT_ERRORBUFFER
   * @see curl_easy_getinfo
   * @see curl_easy_strerror
   * @see specs/CURLINFO_OS_ERRNO.md (generated; do not edit)
   */
  getinfo(info: typeof CURLINFO.OS_ERRNO): { code: number; value: number };
  /**
   * remote IP address of the last connection
   *
   * Get the IP address, as text, that the handle's most recent connection went
   * to: 93.184.215.14 or 2606:2800:21f:cb07:6820:80da:af6b:8b2c, IPv6
   * without brackets. With a proxy this is the proxy's address, since that is
   * where the socket leads. When an open-socket callback changed the address
   * object, the changed address is reported; for a socket marked as already
   * connected it is the address from that object, not necessarily the real
   * peer.
   *
   * In manbind getinfo returns { code, value } with value a string; it is
   * empty when no connection was attempted yet.
   *
   * Protocols: All
   *
   * @since 7.19.0
   * @see {@link CURLINFO.LOCAL_IP | CURLINFO_LOCAL_IP}
   * @see {@link CURLINFO.PRIMARY_PORT | CURLINFO_PRIMARY_PORT}
   * @see CURLOPT_OPENSOCKETFUNCTION
   * @see curl_easy_getinfo
   * @see specs/CURLINFO_PRIMARY_IP.md (generated; do not edit)
   */
  getinfo(info: typeof CURLINFO.PRIMARY_IP): { code: number; value: string | null };
  /**
   * remote port of the last connection
   *
   * Get the remote port of the handle's most recent connection: the proxy's port
   * when a proxy was used, and the port from the open-socket callback's address
   * object when the callback changed it. In manbind getinfo returns
   * { code, value } with value a number, 0 when no connection was made yet.
   *
   * Protocols: All
   *
   * @since 7.21.0
   * @see {@link CURLINFO.LOCAL_PORT | CURLINFO_LOCAL_PORT}
   * @see {@link CURLINFO.PRIMARY_IP | CURLINFO_PRIMARY_IP}
   * @see curl_easy_getinfo
   * @see specs/CURLINFO_PRIMARY_PORT.md (generated; do not edit)
   */
  getinfo(info: typeof CURLINFO.PRIMARY_PORT): { code: number; value: number };
  /**
   * the value stored with CURLOPT_PRIVATE
   *
   * Get back the value the application attached to the handle with
   * CURLOPT_PRIVATE(3). C declares the result as char * for historical reasons
   * and programs cast it to what they stored. In manbind getinfo returns
   * { code, value } where value is the very value that was stored, of
   * whatever type, or null when nothing was set. Typical use is to find the
   * application's own record for an Easy that multi.infoRead() reports as
   * done.
   *
   * Protocols: All
   *
   * @since 7.10.3
   * @see CURLOPT_PRIVATE
   * @see curl_easy_getinfo
   * @see curl_multi_info_read
   * @see specs/CURLINFO_PRIVATE.md (generated; do not edit)
   */
  getinfo(info: typeof CURLINFO.PRIVATE): { code: number; value: CurlData | null };
  /**
   * authentication schemes the proxy offered
   *
   * Get a bitmask of the CURLAUTH_* schemes the proxy listed in the
   * Proxy-Authenticate headers of its last 407 answer, for instance
   * CURLAUTH_BASIC (1) or CURLAUTH_BASIC | CURLAUTH_DIGEST (3). Schemes that
   * manbind cannot use (such as NTLM) are reported too when the proxy offers
   * them. After a failed tunnel this tells which CURLOPT_PROXYAUTH(3) setting
   * could work.
   *
   * In manbind getinfo returns { code, value } with value a number, 0 when
   * the proxy never asked for authentication.
   *
   * Protocols: HTTP
   *
   * @since 7.10.8
   * @see {@link CURLINFO.HTTP_CONNECTCODE | CURLINFO_HTTP_CONNECTCODE}
   * @see {@link CURLINFO.PROXYAUTH_USED | CURLINFO_PROXYAUTH_USED}
   * @see CURLOPT_PROXYAUTH
   * @see curl_easy_getinfo
   * @see specs/CURLINFO_PROXYAUTH_AVAIL.md (generated; do not edit)
   */
  getinfo(info: typeof CURLINFO.PROXYAUTH_AVAIL): { code: number; value: number };
  /**
   * authentication scheme used with the proxy
   *
   * Get the CURLAUTH_* bit of the scheme the engine last used to authenticate to
   * the proxy: CURLAUTH_BASIC (1) or CURLAUTH_DIGEST (2) in manbind. It shows
   * which scheme was picked when CURLOPT_PROXYAUTH(3) allowed several. In
   * manbind getinfo returns { code, value } with value a number, 0 when no
   * credentials were sent to a proxy.
   *
   * Protocols: HTTP
   *
   * @since 8.12.0
   * @see {@link CURLINFO.PROXYAUTH_AVAIL | CURLINFO_PROXYAUTH_AVAIL}
   * @see CURLOPT_PROXYAUTH
   * @see curl_easy_getinfo
   * @see specs/CURLINFO_PROXYAUTH_USED.md (generated; do not edit)
   */
  getinfo(info: typeof CURLINFO.PROXYAUTH_USED): { code: number; value: number };
  /**
   * number of redirects followed
   *
   * Get how many redirects CURLOPT_FOLLOWLOCATION(3) followed during the last
   * perform. It is 0 when the first response was final or redirects were not
   * followed. In manbind getinfo returns { code, value } with value a
   * number.
   *
   * Protocols: All
   *
   * @since 7.9.7
   * @see {@link CURLINFO.EFFECTIVE_URL | CURLINFO_EFFECTIVE_URL}
   * @see CURLOPT_FOLLOWLOCATION
   * @see CURLOPT_MAXREDIRS
   * @see curl_easy_getinfo
   * @see specs/CURLINFO_REDIRECT_COUNT.md (generated; do not edit)
   */
  getinfo(info: typeof CURLINFO.REDIRECT_COUNT): { code: number; value: number };
  /**
   * status code of the last response
   *
   * Get the HTTP status code of the last final response the server sent for the
   * handle's transfer: 200, 404 and so on, the code of the last response when
   * redirects were followed, and 101 after a WebSocket upgrade. Interim 1xx
   * answers other than 101 do not count, and neither does the proxy's answer to
   * CONNECT, which has its own CURLINFO_HTTP_CONNECTCODE(3).
   *
   * A perform does not fail because of the code: a 404 is still CURLE_OK. A
   * connect-only transfer in mode 1 sends no request, so the code stays 0; in
   * mode 2 it is the code of the response whose headers were read. In manbind
   * getinfo returns { code, value } with value a number, 0 when no response
   * was received.
   *
   * Protocols: HTTP
   *
   * @since 7.10.8
   * @see {@link CURLINFO.HTTP_CONNECTCODE | CURLINFO_HTTP_CONNECTCODE}
   * @see CURLOPT_CONNECT_ONLY
   * @see curl_easy_getinfo
   * @see specs/CURLINFO_RESPONSE_CODE.md (generated; do not edit)
   */
  getinfo(info: typeof CURLINFO.RESPONSE_CODE): { code: number; value: number };
  /**
   * duration of the whole perform
   *
   * Get the time the handle's last perform took from start to end, connecting and
   * transfer included. For a connect-only transfer it ends when the connection is
   * handed over, so time spent afterwards in send and recv calls is not counted.
   *
   * In manbind getinfo returns { code, value } with value a number of
   * seconds, with microsecond resolution. CURLINFO_TOTAL_TIME_T(3) gives it in
   * microseconds.
   *
   * Protocols: All
   *
   * @since 7.4.1
   * @see {@link CURLINFO.CONNECT_TIME | CURLINFO_CONNECT_TIME}
   * @see {@link CURLINFO.TOTAL_TIME_T | CURLINFO_TOTAL_TIME_T}
   * @see CURLOPT_TIMEOUT
   * @see curl_easy_getinfo
   * @see specs/CURLINFO_TOTAL_TIME.md (generated; do not edit)
   */
  getinfo(info: typeof CURLINFO.TOTAL_TIME): { code: number; value: number };
  /**
   * duration of the whole perform, in microseconds
   *
   * Get the time the handle's last perform took from start to end, connecting and
   * transfer included. For a connect-only transfer it ends when the connection is
   * handed over, so time spent afterwards in send and recv calls is not counted.
   *
   * In manbind getinfo returns { code, value } with value a whole number of
   * microseconds. CURLINFO_TOTAL_TIME(3) gives it in seconds.
   *
   * Protocols: All
   *
   * @since 7.61.0
   * @see {@link CURLINFO.CONNECT_TIME_T | CURLINFO_CONNECT_TIME_T}
   * @see {@link CURLINFO.TOTAL_TIME | CURLINFO_TOTAL_TIME}
   * @see CURLOPT_TIMEOUT
   * @see curl_easy_getinfo
   * @see specs/CURLINFO_TOTAL_TIME_T.md (generated; do not edit)
   */
  getinfo(info: typeof CURLINFO.TOTAL_TIME_T): { code: number; value: number };
}
