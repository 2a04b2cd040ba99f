// generated from specs by manbind; do not edit
import type { CertInfo, CurlData, CurlSocket, TlsSessionInfo } from '../runtime/types.js';

/**
 * CURLINFO info names for getinfo(): each key's value is its name without the `CURLINFO_` prefix.
 *
 * @see specs (generated; do not edit)
 */
export const CURLINFO = {
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_ACTIVESOCKET.html | CURLINFO_ACTIVESOCKET} from CURLINFO_ACTIVESOCKET.md (generated; do not edit)
   */
  ACTIVESOCKET: 'ACTIVESOCKET',
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_APPCONNECT_TIME.html | CURLINFO_APPCONNECT_TIME} from CURLINFO_APPCONNECT_TIME.md (generated; do not edit)
   */
  APPCONNECT_TIME: 'APPCONNECT_TIME',
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_APPCONNECT_TIME_T.html | CURLINFO_APPCONNECT_TIME_T} from CURLINFO_APPCONNECT_TIME_T.md (generated; do not edit)
   */
  APPCONNECT_TIME_T: 'APPCONNECT_TIME_T',
  /**
   * default CA bundle file
   *
   * Get the CA certificate file the library uses when CURLOPT_CAINFO(3) is not
   * set. manbind has none built in: without CURLOPT_CAINFO(3) it trusts Node's
   * bundled root certificates, so the value is NULL.
   *
   * In manbind getinfo returns { code, value } with value null.
   *
   * Protocols: All
   *
   * @since 7.84.0
   * @see {@link CURLINFO.CAPATH | CURLINFO_CAPATH}
   * @see CURLOPT_CAINFO
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_CAINFO.html | CURLINFO_CAINFO} from CURLINFO_CAINFO.md (generated; do not edit)
   */
  CAINFO: 'CAINFO',
  /**
   * default CA certificate directory
   *
   * Get the CA certificate directory the library uses when CURLOPT_CAPATH(3) is
   * not set. manbind has none built in, so the value is NULL.
   *
   * In manbind getinfo returns { code, value } with value null.
   *
   * Protocols: All
   *
   * @since 7.84.0
   * @see {@link CURLINFO.CAINFO | CURLINFO_CAINFO}
   * @see CURLOPT_CAPATH
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_CAPATH.html | CURLINFO_CAPATH} from CURLINFO_CAPATH.md (generated; do not edit)
   */
  CAPATH: 'CAPATH',
  /**
   * the certificate chain of the TLS connection
   *
   * Get the certificates the peer sent in the last TLS handshake of the perform,
   * recorded when CURLOPT_CERTINFO(3) was on. In manbind getinfo returns
   * { code, value } where value is an object { num_of_certs, certinfo }, the
   * shape of struct curl_certinfo: num_of_certs counts the certificates, server
   * certificate first, and certinfo holds one array of strings per certificate.
   * Each string is a label, a colon and the value, in this order: Subject:,
   * Issuer: (names in OpenSSL's one-line form, C = SE, CN = example.com),
   * Version: (hex, 2 for X.509 v3), Serial Number: (hex digits),
   * Signature Algorithm:, Public Key Algorithm:, one entry per X.509v3
   * extension named as OpenSSL names it (X509v3 Subject Alternative
   * Name:DNS:example.com), Start date:, Expire date:, for an RSA key
   * RSA Public Key: (its bits), rsa(n): and rsa(e): (hex), Signature:
   * (hex bytes each followed by a colon) and Cert: (the certificate in PEM).
   *
   * Each perform starts with no certificates (num_of_certs 0); a perform whose
   * connection was reused, or whose handshake resumed a TLS session, keeps none.
   * The chain is what the server sent: a root certificate from the trust store
   * that the server did not send is not part of it. The object stays valid until
   * the next perform.
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.19.1
   * @see CURLOPT_CERTINFO
   * @see {@link CURLINFO.SSL_VERIFYRESULT | CURLINFO_SSL_VERIFYRESULT}
   * @see {@link https://curl.se/libcurl/c/CURLINFO_CERTINFO.html | CURLINFO_CERTINFO} from CURLINFO_CERTINFO.md (generated; do not edit)
   */
  CERTINFO: 'CERTINFO',
  /**
   * whether the time condition failed
   *
   * Get 1 when the last perform asked with CURLOPT_TIMECONDITION(3) and the
   * condition was not met: the server answered 304, or the library found from the
   * Last-Modified: date of the answer that it fails the condition and left the
   * body unread. Otherwise, and when no condition was set, 0. Such a transfer
   * still returns CURLE_OK, so this is how to tell that nothing was fetched.
   *
   * In manbind getinfo returns { code, value } with value 0 or 1.
   *
   * Protocols: HTTP
   *
   * @since 7.19.4
   * @see CURLOPT_TIMECONDITION
   * @see CURLOPT_TIMEVALUE_LARGE
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_CONDITION_UNMET.html | CURLINFO_CONDITION_UNMET} from CURLINFO_CONDITION_UNMET.md (generated; do not edit)
   */
  CONDITION_UNMET: 'CONDITION_UNMET',
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_CONNECT_TIME.html | CURLINFO_CONNECT_TIME} from CURLINFO_CONNECT_TIME.md (generated; do not edit)
   */
  CONNECT_TIME: 'CONNECT_TIME',
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_CONNECT_TIME_T.html | CURLINFO_CONNECT_TIME_T} from CURLINFO_CONNECT_TIME_T.md (generated; do not edit)
   */
  CONNECT_TIME_T: 'CONNECT_TIME_T',
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_CONN_ID.html | CURLINFO_CONN_ID} from CURLINFO_CONN_ID.md (generated; do not edit)
   */
  CONN_ID: 'CONN_ID',
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_CONTENT_LENGTH_DOWNLOAD_T.html | CURLINFO_CONTENT_LENGTH_DOWNLOAD_T} from CURLINFO_CONTENT_LENGTH_DOWNLOAD_T.md (generated; do not edit)
   */
  CONTENT_LENGTH_DOWNLOAD_T: 'CONTENT_LENGTH_DOWNLOAD_T',
  /**
   * size of the upload, when known
   *
   * Get the number of bytes the transfer was told it would upload, or -1 when
   * that is not known. manbind has no upload callback, so it is -1.
   *
   * In manbind getinfo returns { code, value } with value a number, -1 when unknown.
   *
   * Protocols: All
   *
   * @since 7.55.0
   * @see {@link CURLINFO.CONTENT_LENGTH_DOWNLOAD_T | CURLINFO_CONTENT_LENGTH_DOWNLOAD_T}
   * @see {@link CURLINFO.SIZE_UPLOAD_T | CURLINFO_SIZE_UPLOAD_T}
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_CONTENT_LENGTH_UPLOAD_T.html | CURLINFO_CONTENT_LENGTH_UPLOAD_T} from CURLINFO_CONTENT_LENGTH_UPLOAD_T.md (generated; do not edit)
   */
  CONTENT_LENGTH_UPLOAD_T: 'CONTENT_LENGTH_UPLOAD_T',
  /**
   * Content-Type of the response
   *
   * Get the value of the Content-Type: header the server sent, without the
   * spaces around it, or NULL when no response had one. When several responses
   * came in one perform (redirects), the last one that carried the header
   * decides.
   *
   * In manbind getinfo returns { code, value } with value a string or null.
   *
   * Protocols: HTTP
   *
   * @since 7.9.4
   * @see {@link CURLINFO.HEADER_SIZE | CURLINFO_HEADER_SIZE}
   * @see {@link CURLINFO.RESPONSE_CODE | CURLINFO_RESPONSE_CODE}
   * @see curl_easy_getinfo
   * @see curl_easy_header
   * @see {@link https://curl.se/libcurl/c/CURLINFO_CONTENT_TYPE.html | CURLINFO_CONTENT_TYPE} from CURLINFO_CONTENT_TYPE.md (generated; do not edit)
   */
  CONTENT_TYPE: 'CONTENT_TYPE',
  /**
   * the cookies the handle holds
   *
   * Get every cookie the handle's cookie engine holds, whether set by servers,
   * read from files or added with CURLOPT_COOKIELIST(3), one string per cookie in
   * the Netscape format of the CURLOPT_COOKIEJAR(3) file (without a newline).
   * Expired cookies are removed first. In manbind getinfo returns
   * { code, value } where value is an array of strings, or null when there
   * are no cookies or the engine is not running. The array is a copy: changing it
   * changes nothing in the handle.
   *
   * Protocols: HTTP
   *
   * @since 7.14.1
   * @see CURLOPT_COOKIELIST
   * @see curl_easy_getinfo
   * @see curl_easy_setopt
   * @see {@link https://curl.se/libcurl/c/CURLINFO_COOKIELIST.html | CURLINFO_COOKIELIST} from CURLINFO_COOKIELIST.md (generated; do not edit)
   */
  COOKIELIST: 'COOKIELIST',
  /**
   * request method used last
   *
   * Get the method of the last request: the CURLOPT_CUSTOMREQUEST(3) string when
   * one is set, else HEAD when CURLOPT_NOBODY(3) is set, else POST or GET as
   * the request was made. A redirect that turned a POST into a GET shows GET.
   * The options are read as they are when the call is made.
   *
   * In manbind getinfo returns { code, value } with value a string.
   *
   * Protocols: HTTP
   *
   * @since 7.72.0
   * @see {@link CURLINFO.EFFECTIVE_URL | CURLINFO_EFFECTIVE_URL}
   * @see CURLOPT_CUSTOMREQUEST
   * @see CURLOPT_NOBODY
   * @see CURLOPT_POST
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_EFFECTIVE_METHOD.html | CURLINFO_EFFECTIVE_METHOD} from CURLINFO_EFFECTIVE_METHOD.md (generated; do not edit)
   */
  EFFECTIVE_METHOD: 'EFFECTIVE_METHOD',
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_EFFECTIVE_URL.html | CURLINFO_EFFECTIVE_URL} from CURLINFO_EFFECTIVE_URL.md (generated; do not edit)
   */
  EFFECTIVE_URL: 'EFFECTIVE_URL',
  /**
   * modification time of the document
   *
   * Get the time the server says the document was last changed, in seconds
   * since 1970-01-01 UTC, from the Last-Modified: header. It is only looked for
   * when CURLOPT_FILETIME(3) is set; -1 means unknown (not asked for, no header,
   * or a date that could not be read).
   *
   * In manbind getinfo returns { code, value } with value a number, -1 when unknown.
   *
   * Protocols: HTTP
   *
   * @since 7.5
   * @see {@link CURLINFO.FILETIME_T | CURLINFO_FILETIME_T}
   * @see CURLOPT_FILETIME
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_FILETIME.html | CURLINFO_FILETIME} from CURLINFO_FILETIME.md (generated; do not edit)
   */
  FILETIME: 'FILETIME',
  /**
   * modification time of the document, as curl_off_t
   *
   * The same figure as CURLINFO_FILETIME(3), as a curl_off_t so that dates after
   * 2038 fit on every platform. -1 means unknown.
   *
   * In manbind getinfo returns { code, value } with value a number, -1 when unknown.
   *
   * Protocols: HTTP
   *
   * @since 7.59.0
   * @see {@link CURLINFO.FILETIME | CURLINFO_FILETIME}
   * @see CURLOPT_FILETIME
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_FILETIME_T.html | CURLINFO_FILETIME_T} from CURLINFO_FILETIME_T.md (generated; do not edit)
   */
  FILETIME_T: 'FILETIME_T',
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_HEADER_SIZE.html | CURLINFO_HEADER_SIZE} from CURLINFO_HEADER_SIZE.md (generated; do not edit)
   */
  HEADER_SIZE: 'HEADER_SIZE',
  /**
   * authentication schemes the server offered
   *
   * Get a bitmask of the CURLAUTH_* schemes the server listed in the
   * WWW-Authenticate headers of its 401 answers during the last transfer: in
   * manbind CURLAUTH_BASIC (1), CURLAUTH_DIGEST (2) and CURLAUTH_BEARER (64), for
   * instance 3 for a server offering Basic and Digest. It tells which
   * CURLOPT_HTTPAUTH(3) setting could work.
   *
   * In manbind getinfo returns { code, value } with value a number, 0 when
   * the server never asked for authentication.
   *
   * Protocols: HTTP
   *
   * @since 7.10.8
   * @see {@link CURLINFO.HTTPAUTH_USED | CURLINFO_HTTPAUTH_USED}
   * @see {@link CURLINFO.PROXYAUTH_AVAIL | CURLINFO_PROXYAUTH_AVAIL}
   * @see CURLOPT_HTTPAUTH
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_HTTPAUTH_AVAIL.html | CURLINFO_HTTPAUTH_AVAIL} from CURLINFO_HTTPAUTH_AVAIL.md (generated; do not edit)
   */
  HTTPAUTH_AVAIL: 'HTTPAUTH_AVAIL',
  /**
   * authentication scheme used with the server
   *
   * Get the CURLAUTH_* bit of the scheme the engine last used to authenticate to
   * the server: CURLAUTH_BASIC (1), CURLAUTH_DIGEST (2) or CURLAUTH_BEARER (64) in
   * manbind. It shows which scheme was picked when CURLOPT_HTTPAUTH(3) allowed
   * several. In manbind getinfo returns { code, value } with value a number,
   * 0 when no credentials were sent to the server.
   *
   * Protocols: HTTP
   *
   * @since 8.12.0
   * @see {@link CURLINFO.HTTPAUTH_AVAIL | CURLINFO_HTTPAUTH_AVAIL}
   * @see {@link CURLINFO.PROXYAUTH_USED | CURLINFO_PROXYAUTH_USED}
   * @see CURLOPT_HTTPAUTH
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_HTTPAUTH_USED.html | CURLINFO_HTTPAUTH_USED} from CURLINFO_HTTPAUTH_USED.md (generated; do not edit)
   */
  HTTPAUTH_USED: 'HTTPAUTH_USED',
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_HTTP_CONNECTCODE.html | CURLINFO_HTTP_CONNECTCODE} from CURLINFO_HTTP_CONNECTCODE.md (generated; do not edit)
   */
  HTTP_CONNECTCODE: 'HTTP_CONNECTCODE',
  /**
   * HTTP version of the last response
   *
   * Get the HTTP version the last response used: CURL_HTTP_VERSION_1_0 (1),
   * CURL_HTTP_VERSION_1_1 (2), CURL_HTTP_VERSION_2_0 (3), or 0 when no HTTP
   * response was received. manbind does not speak HTTP/3, so 30 never shows.
   *
   * In manbind getinfo returns { code, value } with value a number.
   *
   * Protocols: HTTP
   *
   * @since 7.50.0
   * @see {@link CURLINFO.RESPONSE_CODE | CURLINFO_RESPONSE_CODE}
   * @see CURLOPT_HTTP_VERSION
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_HTTP_VERSION.html | CURLINFO_HTTP_VERSION} from CURLINFO_HTTP_VERSION.md (generated; do not edit)
   */
  HTTP_VERSION: 'HTTP_VERSION',
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_LASTSOCKET.html | CURLINFO_LASTSOCKET} from CURLINFO_LASTSOCKET.md (generated; do not edit)
   */
  LASTSOCKET: 'LASTSOCKET',
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_LOCAL_IP.html | CURLINFO_LOCAL_IP} from CURLINFO_LOCAL_IP.md (generated; do not edit)
   */
  LOCAL_IP: 'LOCAL_IP',
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_LOCAL_PORT.html | CURLINFO_LOCAL_PORT} from CURLINFO_LOCAL_PORT.md (generated; do not edit)
   */
  LOCAL_PORT: 'LOCAL_PORT',
  /**
   * time until the name was resolved
   *
   * Get the time, in seconds, from the start of the handle's last perform until
   * the addresses of the first hop (the server, or the proxy when one is used)
   * were known. An answer from the DNS cache, an IP address in the URL and a Unix
   * domain socket count as known at once, so the time is then tiny but not zero.
   * It is 0 when the transfer never got that far, and when it reused a
   * connection and so looked nothing up.
   *
   * In manbind getinfo returns { code, value } with value a number of
   * seconds. CURLINFO_NAMELOOKUP_TIME_T(3) gives the same in microseconds.
   *
   * Protocols: All
   *
   * @since 7.4.1
   * @see {@link CURLINFO.CONNECT_TIME | CURLINFO_CONNECT_TIME}
   * @see {@link CURLINFO.NAMELOOKUP_TIME_T | CURLINFO_NAMELOOKUP_TIME_T}
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_NAMELOOKUP_TIME.html | CURLINFO_NAMELOOKUP_TIME} from CURLINFO_NAMELOOKUP_TIME.md (generated; do not edit)
   */
  NAMELOOKUP_TIME: 'NAMELOOKUP_TIME',
  /**
   * time until the name was resolved, in microseconds
   *
   * The moment CURLINFO_NAMELOOKUP_TIME(3) describes, as a whole number of
   * microseconds from the start of the handle's last perform: when the addresses
   * of the server, or of the proxy, were known. A cached answer, an IP address
   * and a Unix domain socket give at least 1. It is 0 when the transfer never
   * got that far or reused a connection.
   *
   * In manbind getinfo returns { code, value } with value a number.
   *
   * Protocols: All
   *
   * @since 7.61.0
   * @see {@link CURLINFO.CONNECT_TIME_T | CURLINFO_CONNECT_TIME_T}
   * @see {@link CURLINFO.NAMELOOKUP_TIME | CURLINFO_NAMELOOKUP_TIME}
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_NAMELOOKUP_TIME_T.html | CURLINFO_NAMELOOKUP_TIME_T} from CURLINFO_NAMELOOKUP_TIME_T.md (generated; do not edit)
   */
  NAMELOOKUP_TIME_T: 'NAMELOOKUP_TIME_T',
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_NUM_CONNECTS.html | CURLINFO_NUM_CONNECTS} from CURLINFO_NUM_CONNECTS.md (generated; do not edit)
   */
  NUM_CONNECTS: 'NUM_CONNECTS',
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_OS_ERRNO.html | CURLINFO_OS_ERRNO} from CURLINFO_OS_ERRNO.md (generated; do not edit)
   */
  OS_ERRNO: 'OS_ERRNO',
  /**
   * time until the whole request was sent, in microseconds
   *
   * Get how long it took, in microseconds, until the last byte of the request
   * (its head and any request body) had been handed to the connection. It comes
   * after CURLINFO_PRETRANSFER_TIME_T(3) and before the answer is read. Like the other timers, it counts from the start of the perform, and for a
   * transfer that followed redirects it adds up the time each request took to
   * reach this point, measured from when that request started.
   *
   * It is 0 after a connect-only perform; a transfer that fails before its request
   * goes out gets it set when it ends (see CURLINFO_PRETRANSFER_TIME(3)).
   *
   * In manbind getinfo returns { code, value } with value a whole number of microseconds.
   *
   * Protocols: All
   *
   * @since 8.10.0
   * @see {@link CURLINFO.PRETRANSFER_TIME_T | CURLINFO_PRETRANSFER_TIME_T}
   * @see {@link CURLINFO.STARTTRANSFER_TIME_T | CURLINFO_STARTTRANSFER_TIME_T}
   * @see {@link CURLINFO.TOTAL_TIME_T | CURLINFO_TOTAL_TIME_T}
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_POSTTRANSFER_TIME_T.html | CURLINFO_POSTTRANSFER_TIME_T} from CURLINFO_POSTTRANSFER_TIME_T.md (generated; do not edit)
   */
  POSTTRANSFER_TIME_T: 'POSTTRANSFER_TIME_T',
  /**
   * time until the request was about to be sent
   *
   * Get how long it took, in seconds, until the transfer was ready to send its
   * request: name resolution, connecting, TLS and proxy handshakes are done, and
   * for HTTP the request is about to go out. Like the other timers, it counts from the start of the perform, and for a
   * transfer that followed redirects it adds up the time each request took to
   * reach this point, measured from when that request started.
   *
   * It is 0 after a connect-only perform. A transfer that fails before its
   * request goes out (it could not connect, or a callback stopped it) gets this
   * timer, CURLINFO_POSTTRANSFER_TIME_T(3) and CURLINFO_STARTTRANSFER_TIME(3) set
   * at the moment it ended, as libcurl does.
   *
   * In manbind getinfo returns { code, value } with value a number of seconds.
   *
   * Protocols: All
   *
   * @since 7.4.1
   * @see {@link CURLINFO.CONNECT_TIME | CURLINFO_CONNECT_TIME}
   * @see {@link CURLINFO.PRETRANSFER_TIME_T | CURLINFO_PRETRANSFER_TIME_T}
   * @see {@link CURLINFO.STARTTRANSFER_TIME | CURLINFO_STARTTRANSFER_TIME}
   * @see {@link CURLINFO.TOTAL_TIME | CURLINFO_TOTAL_TIME}
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_PRETRANSFER_TIME.html | CURLINFO_PRETRANSFER_TIME} from CURLINFO_PRETRANSFER_TIME.md (generated; do not edit)
   */
  PRETRANSFER_TIME: 'PRETRANSFER_TIME',
  /**
   * time until the request was about to be sent, in microseconds
   *
   * The same figure as CURLINFO_PRETRANSFER_TIME(3), as a whole number of
   * microseconds. Like the other timers, it counts from the start of the perform, and for a
   * transfer that followed redirects it adds up the time each request took to
   * reach this point, measured from when that request started.
   *
   * In manbind getinfo returns { code, value } with value a whole number of microseconds.
   *
   * Protocols: All
   *
   * @since 7.61.0
   * @see {@link CURLINFO.POSTTRANSFER_TIME_T | CURLINFO_POSTTRANSFER_TIME_T}
   * @see {@link CURLINFO.PRETRANSFER_TIME | CURLINFO_PRETRANSFER_TIME}
   * @see {@link CURLINFO.STARTTRANSFER_TIME_T | CURLINFO_STARTTRANSFER_TIME_T}
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_PRETRANSFER_TIME_T.html | CURLINFO_PRETRANSFER_TIME_T} from CURLINFO_PRETRANSFER_TIME_T.md (generated; do not edit)
   */
  PRETRANSFER_TIME_T: 'PRETRANSFER_TIME_T',
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_PRIMARY_IP.html | CURLINFO_PRIMARY_IP} from CURLINFO_PRIMARY_IP.md (generated; do not edit)
   */
  PRIMARY_IP: 'PRIMARY_IP',
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_PRIMARY_PORT.html | CURLINFO_PRIMARY_PORT} from CURLINFO_PRIMARY_PORT.md (generated; do not edit)
   */
  PRIMARY_PORT: 'PRIMARY_PORT',
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_PRIVATE.html | CURLINFO_PRIVATE} from CURLINFO_PRIVATE.md (generated; do not edit)
   */
  PRIVATE: 'PRIVATE',
  /**
   * authentication schemes the proxy offered
   *
   * Get a bitmask of the CURLAUTH_* schemes the proxy listed in the
   * Proxy-Authenticate headers of its last 407 answer, for instance
   * CURLAUTH_BASIC (1) or CURLAUTH_BASIC | CURLAUTH_DIGEST (3). Only the
   * schemes manbind has built in are counted: Basic, Digest and Bearer. NTLM
   * and Negotiate are left out even when the proxy offers them, as a libcurl
   * built without them leaves them out. After a failed tunnel this tells which
   * CURLOPT_PROXYAUTH(3) setting could work.
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXYAUTH_AVAIL.html | CURLINFO_PROXYAUTH_AVAIL} from CURLINFO_PROXYAUTH_AVAIL.md (generated; do not edit)
   */
  PROXYAUTH_AVAIL: 'PROXYAUTH_AVAIL',
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXYAUTH_USED.html | CURLINFO_PROXYAUTH_USED} from CURLINFO_PROXYAUTH_USED.md (generated; do not edit)
   */
  PROXYAUTH_USED: 'PROXYAUTH_USED',
  /**
   * why the SOCKS handshake failed
   *
   * Get the CURLPX_* code that says what went wrong in a SOCKS handshake, for a
   * perform that returned CURLE_PROXY (97). The error buffer holds the matching
   * text.
   *
   * The codes a SOCKS proxy's own answer gives: CURLPX_USER_REJECTED (the
   * username and password were refused), CURLPX_NO_AUTH (no offered method was
   * acceptable), CURLPX_REQUEST_FAILED, CURLPX_IDENTD and
   * CURLPX_IDENTD_DIFFER (a SOCKS4 proxy refused the request), the
   * CURLPX_REPLY_* codes (a SOCKS5 proxy refused the request, one code per RFC
   * 1928 reply, such as CURLPX_REPLY_HOST_UNREACHABLE and
   * CURLPX_REPLY_CONNECTION_REFUSED), CURLPX_BAD_VERSION and
   * CURLPX_BAD_ADDRESS_TYPE (an answer that is not SOCKS), and CURLPX_RECV_CONNECT
   * (the proxy closed the connection or it broke while the engine waited for an
   * answer).
   *
   * The codes the engine gives before asking: CURLPX_LONG_HOSTNAME (a target name
   * over 255 bytes for the proxy to resolve), CURLPX_LONG_USER and
   * CURLPX_LONG_PASSWD (credentials over 255 bytes), and CURLPX_RESOLVE_HOST (the
   * target has no address the SOCKS version can carry, such as an IPv6 address
   * over SOCKS4).
   *
   * The value stays until a later handshake fails differently: like libcurl,
   * manbind does not reset it at the next perform. It is 0 (CURLPX_OK) when no
   * SOCKS handshake of the handle ever failed. In manbind getinfo returns
   * { code, value } with value a number.
   *
   * Protocols: All
   *
   * @since 7.73.0
   * @see {@link CURLINFO.HTTP_CONNECTCODE | CURLINFO_HTTP_CONNECTCODE}
   * @see CURLOPT_PRE_PROXY
   * @see CURLOPT_PROXY
   * @see CURLOPT_SOCKS5_AUTH
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
   */
  PROXY_ERROR: 'PROXY_ERROR',
  /**
   * result of the HTTPS proxy certificate verification
   *
   * Get the result of verifying an HTTPS proxy's certificate chain. It is OpenSSL's X509_V_* number: 0 when the certificate chain was verified,
   * else the reason, for example 18 (self-signed certificate), 20 (unable to get
   * local issuer certificate) or 10 (certificate has expired). The value comes
   * from the last TLS handshake of the last perform, also one that failed, and is
   * 0 when there was none. In manbind getinfo returns { code, value } with
   * value a number.
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLINFO.SSL_VERIFYRESULT | CURLINFO_SSL_VERIFYRESULT}
   * @see CURLOPT_PROXY_SSL_VERIFYPEER
   * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_SSL_VERIFYRESULT.html | CURLINFO_PROXY_SSL_VERIFYRESULT} from CURLINFO_PROXY_SSL_VERIFYRESULT.md (generated; do not edit)
   */
  PROXY_SSL_VERIFYRESULT: 'PROXY_SSL_VERIFYRESULT',
  /**
   * time the transfer waited before it started, in microseconds
   *
   * Get how long the transfer waited, in microseconds, between the start of the
   * perform and the moment its first request started working on a connection,
   * added up over the requests of a redirect chain. Nothing in manbind holds a
   * transfer back, so the figure is the small bookkeeping time before the work
   * starts.
   *
   * In manbind getinfo returns { code, value } with value a whole number of microseconds.
   *
   * Protocols: All
   *
   * @since 8.6.0
   * @see {@link CURLINFO.NAMELOOKUP_TIME_T | CURLINFO_NAMELOOKUP_TIME_T}
   * @see {@link CURLINFO.PRETRANSFER_TIME_T | CURLINFO_PRETRANSFER_TIME_T}
   * @see {@link CURLINFO.TOTAL_TIME_T | CURLINFO_TOTAL_TIME_T}
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_QUEUE_TIME_T.html | CURLINFO_QUEUE_TIME_T} from CURLINFO_QUEUE_TIME_T.md (generated; do not edit)
   */
  QUEUE_TIME_T: 'QUEUE_TIME_T',
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_REDIRECT_COUNT.html | CURLINFO_REDIRECT_COUNT} from CURLINFO_REDIRECT_COUNT.md (generated; do not edit)
   */
  REDIRECT_COUNT: 'REDIRECT_COUNT',
  /**
   * time spent on redirects before the last request
   *
   * Get the time, in seconds from the start of the perform, at which the last
   * redirect was followed: everything the earlier requests of the chain took,
   * name resolution, connecting and their responses included. It is 0 when no
   * redirect was followed.
   *
   * In manbind getinfo returns { code, value } with value a number of seconds.
   *
   * Protocols: All
   *
   * @since 7.9.7
   * @see {@link CURLINFO.REDIRECT_COUNT | CURLINFO_REDIRECT_COUNT}
   * @see {@link CURLINFO.REDIRECT_TIME_T | CURLINFO_REDIRECT_TIME_T}
   * @see CURLOPT_FOLLOWLOCATION
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_REDIRECT_TIME.html | CURLINFO_REDIRECT_TIME} from CURLINFO_REDIRECT_TIME.md (generated; do not edit)
   */
  REDIRECT_TIME: 'REDIRECT_TIME',
  /**
   * time spent on redirects before the last request, in microseconds
   *
   * The same figure as CURLINFO_REDIRECT_TIME(3), as a whole number of
   * microseconds; 0 when no redirect was followed.
   *
   * In manbind getinfo returns { code, value } with value a whole number of microseconds.
   *
   * Protocols: All
   *
   * @since 7.61.0
   * @see {@link CURLINFO.REDIRECT_COUNT | CURLINFO_REDIRECT_COUNT}
   * @see {@link CURLINFO.REDIRECT_TIME | CURLINFO_REDIRECT_TIME}
   * @see CURLOPT_FOLLOWLOCATION
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_REDIRECT_TIME_T.html | CURLINFO_REDIRECT_TIME_T} from CURLINFO_REDIRECT_TIME_T.md (generated; do not edit)
   */
  REDIRECT_TIME_T: 'REDIRECT_TIME_T',
  /**
   * where a redirect would have gone
   *
   * When the last response was a redirect (a 3xx status with a Location:
   * header) that the transfer did not follow, get the absolute URL it points to,
   * resolved against the URL that was asked for. It is NULL when the transfer
   * followed it (CURLOPT_FOLLOWLOCATION(3)) and when the response was not a
   * redirect. It is also set when following stopped at CURLOPT_MAXREDIRS(3).
   *
   * In manbind getinfo returns { code, value } with value a string or null.
   *
   * Protocols: HTTP
   *
   * @since 7.18.2
   * @see {@link CURLINFO.EFFECTIVE_URL | CURLINFO_EFFECTIVE_URL}
   * @see {@link CURLINFO.REDIRECT_COUNT | CURLINFO_REDIRECT_COUNT}
   * @see CURLOPT_FOLLOWLOCATION
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_REDIRECT_URL.html | CURLINFO_REDIRECT_URL} from CURLINFO_REDIRECT_URL.md (generated; do not edit)
   */
  REDIRECT_URL: 'REDIRECT_URL',
  /**
   * Referer header sent
   *
   * Get the Referer: value the library gave the last request of the transfer:
   * the one set with CURLOPT_REFERER(3), or, after a redirect followed with
   * CURLOPT_AUTOREFERER(3), the URL that was redirected. NULL when there was none.
   * A Referer: given with CURLOPT_HTTPHEADER(3) is not reported here. Setting
   * CURLOPT_REFERER(3) again drops the reported value: it is NULL until the next
   * transfer.
   *
   * In manbind getinfo returns { code, value } with value a string or
   * null.
   *
   * Protocols: HTTP
   *
   * @since 7.76.0
   * @see {@link CURLINFO.EFFECTIVE_URL | CURLINFO_EFFECTIVE_URL}
   * @see CURLOPT_AUTOREFERER
   * @see CURLOPT_REFERER
   * @see curl_easy_getinfo
   * @see curl_easy_header
   * @see {@link https://curl.se/libcurl/c/CURLINFO_REFERER.html | CURLINFO_REFERER} from CURLINFO_REFERER.md (generated; do not edit)
   */
  REFERER: 'REFERER',
  /**
   * number of bytes of the requests sent
   *
   * Get how many bytes the transfer's requests took on the wire: request lines,
   * headers and any request body, added up over every request of a redirect chain
   * or an authentication round. Bytes sent to a proxy to set up a tunnel are not
   * counted.
   *
   * In manbind getinfo returns { code, value } with value a number of bytes.
   *
   * Protocols: HTTP
   *
   * @since 7.4.1
   * @see {@link CURLINFO.HEADER_SIZE | CURLINFO_HEADER_SIZE}
   * @see {@link CURLINFO.SIZE_DOWNLOAD_T | CURLINFO_SIZE_DOWNLOAD_T}
   * @see CURLOPT_POSTFIELDS
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_REQUEST_SIZE.html | CURLINFO_REQUEST_SIZE} from CURLINFO_REQUEST_SIZE.md (generated; do not edit)
   */
  REQUEST_SIZE: 'REQUEST_SIZE',
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_RESPONSE_CODE.html | CURLINFO_RESPONSE_CODE} from CURLINFO_RESPONSE_CODE.md (generated; do not edit)
   */
  RESPONSE_CODE: 'RESPONSE_CODE',
  /**
   * seconds to wait named by Retry-After
   *
   * Get how many seconds the server asked the client to wait, from a
   * Retry-After: header in the response, or 0 when there was none. A date is
   * turned into seconds from now (0 when it is in the past), a number is taken as
   * it is, anything else reads as 0, and values above six hours are cut to six
   * hours (21600).
   *
   * In manbind getinfo returns { code, value } with value a number of seconds.
   *
   * Protocols: HTTP
   *
   * @since 7.66.0
   * @see {@link CURLINFO.RESPONSE_CODE | CURLINFO_RESPONSE_CODE}
   * @see curl_easy_getinfo
   * @see curl_easy_header
   * @see {@link https://curl.se/libcurl/c/CURLINFO_RETRY_AFTER.html | CURLINFO_RETRY_AFTER} from CURLINFO_RETRY_AFTER.md (generated; do not edit)
   */
  RETRY_AFTER: 'RETRY_AFTER',
  /**
   * scheme of the last connection
   *
   * Get the URL scheme the handle's last transfer used for its connection, in
   * lower case: http, https, ws, wss and so on. After redirects it is the
   * scheme of the last URL. It is known as soon as the transfer has its
   * connection, so it is also set when connecting then fails; it is NULL before
   * any perform and when the URL could not be used.
   *
   * In manbind getinfo returns { code, value } with value a string or
   * null.
   *
   * Protocols: All
   *
   * @since 7.52.0
   * @see {@link CURLINFO.EFFECTIVE_URL | CURLINFO_EFFECTIVE_URL}
   * @see {@link CURLINFO.USED_PROXY | CURLINFO_USED_PROXY}
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_SCHEME.html | CURLINFO_SCHEME} from CURLINFO_SCHEME.md (generated; do not edit)
   */
  SCHEME: 'SCHEME',
  /**
   * number of body bytes received
   *
   * Get how many bytes of response body the last transfer handed to the
   * application. Headers are not counted, nor are the bodies of responses that
   * were skipped because a redirect or an authentication round followed. For a
   * WebSocket transfer in callback mode it counts the frames' bytes as they
   * arrived, heads included. The figure grows while the transfer runs, so a
   * callback can read it.
   *
   * In manbind getinfo returns { code, value } with value a number of bytes.
   *
   * Protocols: All
   *
   * @since 7.55.0
   * @see {@link CURLINFO.CONTENT_LENGTH_DOWNLOAD_T | CURLINFO_CONTENT_LENGTH_DOWNLOAD_T}
   * @see {@link CURLINFO.SPEED_DOWNLOAD_T | CURLINFO_SPEED_DOWNLOAD_T}
   * @see CURLOPT_WRITEFUNCTION
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_SIZE_DOWNLOAD_T.html | CURLINFO_SIZE_DOWNLOAD_T} from CURLINFO_SIZE_DOWNLOAD_T.md (generated; do not edit)
   */
  SIZE_DOWNLOAD_T: 'SIZE_DOWNLOAD_T',
  /**
   * number of bytes uploaded
   *
   * Get how many bytes of upload data the last transfer sent. Request heads and
   * CURLOPT_POSTFIELDS(3) bodies sent along with them are not upload data, so
   * manbind, which has no upload callback, reports 0.
   *
   * In manbind getinfo returns { code, value } with value a number of bytes.
   *
   * Protocols: All
   *
   * @since 7.55.0
   * @see {@link CURLINFO.CONTENT_LENGTH_UPLOAD_T | CURLINFO_CONTENT_LENGTH_UPLOAD_T}
   * @see {@link CURLINFO.REQUEST_SIZE | CURLINFO_REQUEST_SIZE}
   * @see {@link CURLINFO.SPEED_UPLOAD_T | CURLINFO_SPEED_UPLOAD_T}
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_SIZE_UPLOAD_T.html | CURLINFO_SIZE_UPLOAD_T} from CURLINFO_SIZE_UPLOAD_T.md (generated; do not edit)
   */
  SIZE_UPLOAD_T: 'SIZE_UPLOAD_T',
  /**
   * average download speed
   *
   * Get the average speed of the download in bytes per second: the body bytes
   * of CURLINFO_SIZE_DOWNLOAD_T(3) divided by the time the whole perform took
   * (while it runs, the time so far). It is a whole number.
   *
   * In manbind getinfo returns { code, value } with value a number of bytes per second.
   *
   * Protocols: All
   *
   * @since 7.55.0
   * @see {@link CURLINFO.SIZE_DOWNLOAD_T | CURLINFO_SIZE_DOWNLOAD_T}
   * @see {@link CURLINFO.SPEED_UPLOAD_T | CURLINFO_SPEED_UPLOAD_T}
   * @see CURLOPT_MAX_RECV_SPEED_LARGE
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_SPEED_DOWNLOAD_T.html | CURLINFO_SPEED_DOWNLOAD_T} from CURLINFO_SPEED_DOWNLOAD_T.md (generated; do not edit)
   */
  SPEED_DOWNLOAD_T: 'SPEED_DOWNLOAD_T',
  /**
   * average upload speed
   *
   * Get the average speed of the upload in bytes per second: CURLINFO_SIZE_UPLOAD_T(3)
   * divided by the time the whole perform took. Without upload data it is 0.
   *
   * In manbind getinfo returns { code, value } with value a number of bytes per second.
   *
   * Protocols: All
   *
   * @since 7.55.0
   * @see {@link CURLINFO.SIZE_UPLOAD_T | CURLINFO_SIZE_UPLOAD_T}
   * @see {@link CURLINFO.SPEED_DOWNLOAD_T | CURLINFO_SPEED_DOWNLOAD_T}
   * @see CURLOPT_MAX_SEND_SPEED_LARGE
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_SPEED_UPLOAD_T.html | CURLINFO_SPEED_UPLOAD_T} from CURLINFO_SPEED_UPLOAD_T.md (generated; do not edit)
   */
  SPEED_UPLOAD_T: 'SPEED_UPLOAD_T',
  /**
   * result of the server certificate verification
   *
   * Get the result of verifying the server's certificate chain. It is OpenSSL's X509_V_* number: 0 when the certificate chain was verified,
   * else the reason, for example 18 (self-signed certificate), 20 (unable to get
   * local issuer certificate) or 10 (certificate has expired). The value comes
   * from the last TLS handshake of the last perform, also one that failed, and is
   * 0 when there was none. In manbind getinfo returns { code, value } with
   * value a number.
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.5
   * @see {@link CURLINFO.PROXY_SSL_VERIFYRESULT | CURLINFO_PROXY_SSL_VERIFYRESULT}
   * @see CURLOPT_SSL_VERIFYPEER
   * @see {@link https://curl.se/libcurl/c/CURLINFO_SSL_VERIFYRESULT.html | CURLINFO_SSL_VERIFYRESULT} from CURLINFO_SSL_VERIFYRESULT.md (generated; do not edit)
   */
  SSL_VERIFYRESULT: 'SSL_VERIFYRESULT',
  /**
   * time until the first response byte
   *
   * Get how long it took, in seconds, until the first bytes of the response
   * arrived. For HTTP, and the WebSocket upgrade, that is when the first status
   * line is complete, an interim 1xx one included, even if the rest of its head
   * comes later; a proxy's answer to CONNECT does not count. A connect-only
   * perform that sends no request leaves it 0. It includes CURLINFO_PRETRANSFER_TIME(3) and the time the server took to start
   * answering. Like the other timers, it counts from the start of the perform, and for a
   * transfer that followed redirects it adds up the time each request took to
   * reach this point, measured from when that request started. Each request counts once.
   *
   * In manbind getinfo returns { code, value } with value a number of seconds.
   *
   * Protocols: All
   *
   * @since 7.9.2
   * @see {@link CURLINFO.PRETRANSFER_TIME | CURLINFO_PRETRANSFER_TIME}
   * @see {@link CURLINFO.STARTTRANSFER_TIME_T | CURLINFO_STARTTRANSFER_TIME_T}
   * @see {@link CURLINFO.TOTAL_TIME | CURLINFO_TOTAL_TIME}
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_STARTTRANSFER_TIME.html | CURLINFO_STARTTRANSFER_TIME} from CURLINFO_STARTTRANSFER_TIME.md (generated; do not edit)
   */
  STARTTRANSFER_TIME: 'STARTTRANSFER_TIME',
  /**
   * time until the first response byte, in microseconds
   *
   * The same figure as CURLINFO_STARTTRANSFER_TIME(3), as a whole number of
   * microseconds. Like the other timers, it counts from the start of the perform, and for a
   * transfer that followed redirects it adds up the time each request took to
   * reach this point, measured from when that request started.
   *
   * In manbind getinfo returns { code, value } with value a whole number of microseconds.
   *
   * Protocols: All
   *
   * @since 7.61.0
   * @see {@link CURLINFO.POSTTRANSFER_TIME_T | CURLINFO_POSTTRANSFER_TIME_T}
   * @see {@link CURLINFO.PRETRANSFER_TIME_T | CURLINFO_PRETRANSFER_TIME_T}
   * @see {@link CURLINFO.STARTTRANSFER_TIME | CURLINFO_STARTTRANSFER_TIME}
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_STARTTRANSFER_TIME_T.html | CURLINFO_STARTTRANSFER_TIME_T} from CURLINFO_STARTTRANSFER_TIME_T.md (generated; do not edit)
   */
  STARTTRANSFER_TIME_T: 'STARTTRANSFER_TIME_T',
  /**
   * the TLS socket of the connection
   *
   * Get the TLS layer of the handle's connection, to use features manbind does
   * not wrap. In manbind getinfo returns { code, value } where value is an
   * object { backend, internals }: backend is CURLSSLBACKEND_OPENSSL (1), the
   * library behind Node's TLS, and internals is the connection's tls.TLSSocket
   * (the TLS with the server, else the one with an HTTPS proxy), or null when
   * the handle has no connection: after an ordinary transfer has finished, or
   * before any. A connect-only connection answers until it is closed. Reading or
   * writing the socket directly bypasses send and recv and can break the
   * connection for them. The socket's getPeerCertificate() and
   * getPeerX509Certificate() give the server's certificate; the whole chain from
   * getPeerCertificate(true) only when CURLOPT_CERTINFO(3) or verbose output was
   * on for the handshake (Node hands the chain out once; use CURLINFO_CERTINFO(3)
   * for it).
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.48.0
   * @see {@link CURLINFO.ACTIVESOCKET | CURLINFO_ACTIVESOCKET}
   * @see CURLOPT_CONNECT_ONLY
   * @see {@link https://curl.se/libcurl/c/CURLINFO_TLS_SSL_PTR.html | CURLINFO_TLS_SSL_PTR} from CURLINFO_TLS_SSL_PTR.md (generated; do not edit)
   */
  TLS_SSL_PTR: 'TLS_SSL_PTR',
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_TOTAL_TIME.html | CURLINFO_TOTAL_TIME} from CURLINFO_TOTAL_TIME.md (generated; do not edit)
   */
  TOTAL_TIME: 'TOTAL_TIME',
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_TOTAL_TIME_T.html | CURLINFO_TOTAL_TIME_T} from CURLINFO_TOTAL_TIME_T.md (generated; do not edit)
   */
  TOTAL_TIME_T: 'TOTAL_TIME_T',
  /**
   * whether the last transfer went through a proxy
   *
   * Get 1 when the handle's last transfer used a proxy for its connection and 0
   * when it connected directly. It answers what was decided, after
   * CURLOPT_NOPROXY(3), the proxy environment variables and
   * CURLOPT_UNIX_SOCKET_PATH(3) (which ignores proxies) had their say, so it
   * tells whether a given URL was excluded. The answer is set when the transfer
   * gets its connection, before connecting, so a transfer that failed to reach
   * its proxy still reports 1.
   *
   * In manbind getinfo returns { code, value } with value 0 or 1.
   *
   * Protocols: All
   *
   * @since 8.7.0
   * @see CURLOPT_NOPROXY
   * @see CURLOPT_PROXY
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_USED_PROXY.html | CURLINFO_USED_PROXY} from CURLINFO_USED_PROXY.md (generated; do not edit)
   */
  USED_PROXY: 'USED_PROXY',
  /**
   * number of the transfer
   *
   * Get the number the handle's last transfer was given when it started. Each
   * perform and each transfer a multi handle runs gets the next number of the
   * handle (easy) or the multi handle it ran in, starting at 0; -1 before any
   * transfer.
   *
   * In manbind getinfo returns { code, value } with value a number, -1 before any transfer.
   *
   * Protocols: All
   *
   * @since 8.2.0
   * @see {@link CURLINFO.CONN_ID | CURLINFO_CONN_ID}
   * @see curl_easy_getinfo
   * @see curl_multi_add_handle
   * @see {@link https://curl.se/libcurl/c/CURLINFO_XFER_ID.html | CURLINFO_XFER_ID} from CURLINFO_XFER_ID.md (generated; do not edit)
   */
  XFER_ID: 'XFER_ID',
} as const;

/**
 * The value getinfo() gives for each documented CURLINFO info, by name.
 *
 * @see specs (generated; do not edit)
 */
export interface GetinfoMap {
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_ACTIVESOCKET.html | CURLINFO_ACTIVESOCKET} from CURLINFO_ACTIVESOCKET.md (generated; do not edit)
   */
  ACTIVESOCKET: CurlSocket;
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_APPCONNECT_TIME.html | CURLINFO_APPCONNECT_TIME} from CURLINFO_APPCONNECT_TIME.md (generated; do not edit)
   */
  APPCONNECT_TIME: number;
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_APPCONNECT_TIME_T.html | CURLINFO_APPCONNECT_TIME_T} from CURLINFO_APPCONNECT_TIME_T.md (generated; do not edit)
   */
  APPCONNECT_TIME_T: number;
  /**
   * default CA bundle file
   *
   * Get the CA certificate file the library uses when CURLOPT_CAINFO(3) is not
   * set. manbind has none built in: without CURLOPT_CAINFO(3) it trusts Node's
   * bundled root certificates, so the value is NULL.
   *
   * In manbind getinfo returns { code, value } with value null.
   *
   * Protocols: All
   *
   * @since 7.84.0
   * @see {@link CURLINFO.CAPATH | CURLINFO_CAPATH}
   * @see CURLOPT_CAINFO
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_CAINFO.html | CURLINFO_CAINFO} from CURLINFO_CAINFO.md (generated; do not edit)
   */
  CAINFO: string | null;
  /**
   * default CA certificate directory
   *
   * Get the CA certificate directory the library uses when CURLOPT_CAPATH(3) is
   * not set. manbind has none built in, so the value is NULL.
   *
   * In manbind getinfo returns { code, value } with value null.
   *
   * Protocols: All
   *
   * @since 7.84.0
   * @see {@link CURLINFO.CAINFO | CURLINFO_CAINFO}
   * @see CURLOPT_CAPATH
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_CAPATH.html | CURLINFO_CAPATH} from CURLINFO_CAPATH.md (generated; do not edit)
   */
  CAPATH: string | null;
  /**
   * the certificate chain of the TLS connection
   *
   * Get the certificates the peer sent in the last TLS handshake of the perform,
   * recorded when CURLOPT_CERTINFO(3) was on. In manbind getinfo returns
   * { code, value } where value is an object { num_of_certs, certinfo }, the
   * shape of struct curl_certinfo: num_of_certs counts the certificates, server
   * certificate first, and certinfo holds one array of strings per certificate.
   * Each string is a label, a colon and the value, in this order: Subject:,
   * Issuer: (names in OpenSSL's one-line form, C = SE, CN = example.com),
   * Version: (hex, 2 for X.509 v3), Serial Number: (hex digits),
   * Signature Algorithm:, Public Key Algorithm:, one entry per X.509v3
   * extension named as OpenSSL names it (X509v3 Subject Alternative
   * Name:DNS:example.com), Start date:, Expire date:, for an RSA key
   * RSA Public Key: (its bits), rsa(n): and rsa(e): (hex), Signature:
   * (hex bytes each followed by a colon) and Cert: (the certificate in PEM).
   *
   * Each perform starts with no certificates (num_of_certs 0); a perform whose
   * connection was reused, or whose handshake resumed a TLS session, keeps none.
   * The chain is what the server sent: a root certificate from the trust store
   * that the server did not send is not part of it. The object stays valid until
   * the next perform.
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.19.1
   * @see CURLOPT_CERTINFO
   * @see {@link CURLINFO.SSL_VERIFYRESULT | CURLINFO_SSL_VERIFYRESULT}
   * @see {@link https://curl.se/libcurl/c/CURLINFO_CERTINFO.html | CURLINFO_CERTINFO} from CURLINFO_CERTINFO.md (generated; do not edit)
   */
  CERTINFO: CertInfo | null;
  /**
   * whether the time condition failed
   *
   * Get 1 when the last perform asked with CURLOPT_TIMECONDITION(3) and the
   * condition was not met: the server answered 304, or the library found from the
   * Last-Modified: date of the answer that it fails the condition and left the
   * body unread. Otherwise, and when no condition was set, 0. Such a transfer
   * still returns CURLE_OK, so this is how to tell that nothing was fetched.
   *
   * In manbind getinfo returns { code, value } with value 0 or 1.
   *
   * Protocols: HTTP
   *
   * @since 7.19.4
   * @see CURLOPT_TIMECONDITION
   * @see CURLOPT_TIMEVALUE_LARGE
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_CONDITION_UNMET.html | CURLINFO_CONDITION_UNMET} from CURLINFO_CONDITION_UNMET.md (generated; do not edit)
   */
  CONDITION_UNMET: number;
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_CONNECT_TIME.html | CURLINFO_CONNECT_TIME} from CURLINFO_CONNECT_TIME.md (generated; do not edit)
   */
  CONNECT_TIME: number;
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_CONNECT_TIME_T.html | CURLINFO_CONNECT_TIME_T} from CURLINFO_CONNECT_TIME_T.md (generated; do not edit)
   */
  CONNECT_TIME_T: number;
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_CONN_ID.html | CURLINFO_CONN_ID} from CURLINFO_CONN_ID.md (generated; do not edit)
   */
  CONN_ID: number;
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_CONTENT_LENGTH_DOWNLOAD_T.html | CURLINFO_CONTENT_LENGTH_DOWNLOAD_T} from CURLINFO_CONTENT_LENGTH_DOWNLOAD_T.md (generated; do not edit)
   */
  CONTENT_LENGTH_DOWNLOAD_T: number;
  /**
   * size of the upload, when known
   *
   * Get the number of bytes the transfer was told it would upload, or -1 when
   * that is not known. manbind has no upload callback, so it is -1.
   *
   * In manbind getinfo returns { code, value } with value a number, -1 when unknown.
   *
   * Protocols: All
   *
   * @since 7.55.0
   * @see {@link CURLINFO.CONTENT_LENGTH_DOWNLOAD_T | CURLINFO_CONTENT_LENGTH_DOWNLOAD_T}
   * @see {@link CURLINFO.SIZE_UPLOAD_T | CURLINFO_SIZE_UPLOAD_T}
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_CONTENT_LENGTH_UPLOAD_T.html | CURLINFO_CONTENT_LENGTH_UPLOAD_T} from CURLINFO_CONTENT_LENGTH_UPLOAD_T.md (generated; do not edit)
   */
  CONTENT_LENGTH_UPLOAD_T: number;
  /**
   * Content-Type of the response
   *
   * Get the value of the Content-Type: header the server sent, without the
   * spaces around it, or NULL when no response had one. When several responses
   * came in one perform (redirects), the last one that carried the header
   * decides.
   *
   * In manbind getinfo returns { code, value } with value a string or null.
   *
   * Protocols: HTTP
   *
   * @since 7.9.4
   * @see {@link CURLINFO.HEADER_SIZE | CURLINFO_HEADER_SIZE}
   * @see {@link CURLINFO.RESPONSE_CODE | CURLINFO_RESPONSE_CODE}
   * @see curl_easy_getinfo
   * @see curl_easy_header
   * @see {@link https://curl.se/libcurl/c/CURLINFO_CONTENT_TYPE.html | CURLINFO_CONTENT_TYPE} from CURLINFO_CONTENT_TYPE.md (generated; do not edit)
   */
  CONTENT_TYPE: string | null;
  /**
   * the cookies the handle holds
   *
   * Get every cookie the handle's cookie engine holds, whether set by servers,
   * read from files or added with CURLOPT_COOKIELIST(3), one string per cookie in
   * the Netscape format of the CURLOPT_COOKIEJAR(3) file (without a newline).
   * Expired cookies are removed first. In manbind getinfo returns
   * { code, value } where value is an array of strings, or null when there
   * are no cookies or the engine is not running. The array is a copy: changing it
   * changes nothing in the handle.
   *
   * Protocols: HTTP
   *
   * @since 7.14.1
   * @see CURLOPT_COOKIELIST
   * @see curl_easy_getinfo
   * @see curl_easy_setopt
   * @see {@link https://curl.se/libcurl/c/CURLINFO_COOKIELIST.html | CURLINFO_COOKIELIST} from CURLINFO_COOKIELIST.md (generated; do not edit)
   */
  COOKIELIST: string[] | null;
  /**
   * request method used last
   *
   * Get the method of the last request: the CURLOPT_CUSTOMREQUEST(3) string when
   * one is set, else HEAD when CURLOPT_NOBODY(3) is set, else POST or GET as
   * the request was made. A redirect that turned a POST into a GET shows GET.
   * The options are read as they are when the call is made.
   *
   * In manbind getinfo returns { code, value } with value a string.
   *
   * Protocols: HTTP
   *
   * @since 7.72.0
   * @see {@link CURLINFO.EFFECTIVE_URL | CURLINFO_EFFECTIVE_URL}
   * @see CURLOPT_CUSTOMREQUEST
   * @see CURLOPT_NOBODY
   * @see CURLOPT_POST
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_EFFECTIVE_METHOD.html | CURLINFO_EFFECTIVE_METHOD} from CURLINFO_EFFECTIVE_METHOD.md (generated; do not edit)
   */
  EFFECTIVE_METHOD: string | null;
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_EFFECTIVE_URL.html | CURLINFO_EFFECTIVE_URL} from CURLINFO_EFFECTIVE_URL.md (generated; do not edit)
   */
  EFFECTIVE_URL: string | null;
  /**
   * modification time of the document
   *
   * Get the time the server says the document was last changed, in seconds
   * since 1970-01-01 UTC, from the Last-Modified: header. It is only looked for
   * when CURLOPT_FILETIME(3) is set; -1 means unknown (not asked for, no header,
   * or a date that could not be read).
   *
   * In manbind getinfo returns { code, value } with value a number, -1 when unknown.
   *
   * Protocols: HTTP
   *
   * @since 7.5
   * @see {@link CURLINFO.FILETIME_T | CURLINFO_FILETIME_T}
   * @see CURLOPT_FILETIME
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_FILETIME.html | CURLINFO_FILETIME} from CURLINFO_FILETIME.md (generated; do not edit)
   */
  FILETIME: number;
  /**
   * modification time of the document, as curl_off_t
   *
   * The same figure as CURLINFO_FILETIME(3), as a curl_off_t so that dates after
   * 2038 fit on every platform. -1 means unknown.
   *
   * In manbind getinfo returns { code, value } with value a number, -1 when unknown.
   *
   * Protocols: HTTP
   *
   * @since 7.59.0
   * @see {@link CURLINFO.FILETIME | CURLINFO_FILETIME}
   * @see CURLOPT_FILETIME
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_FILETIME_T.html | CURLINFO_FILETIME_T} from CURLINFO_FILETIME_T.md (generated; do not edit)
   */
  FILETIME_T: number;
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_HEADER_SIZE.html | CURLINFO_HEADER_SIZE} from CURLINFO_HEADER_SIZE.md (generated; do not edit)
   */
  HEADER_SIZE: number;
  /**
   * authentication schemes the server offered
   *
   * Get a bitmask of the CURLAUTH_* schemes the server listed in the
   * WWW-Authenticate headers of its 401 answers during the last transfer: in
   * manbind CURLAUTH_BASIC (1), CURLAUTH_DIGEST (2) and CURLAUTH_BEARER (64), for
   * instance 3 for a server offering Basic and Digest. It tells which
   * CURLOPT_HTTPAUTH(3) setting could work.
   *
   * In manbind getinfo returns { code, value } with value a number, 0 when
   * the server never asked for authentication.
   *
   * Protocols: HTTP
   *
   * @since 7.10.8
   * @see {@link CURLINFO.HTTPAUTH_USED | CURLINFO_HTTPAUTH_USED}
   * @see {@link CURLINFO.PROXYAUTH_AVAIL | CURLINFO_PROXYAUTH_AVAIL}
   * @see CURLOPT_HTTPAUTH
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_HTTPAUTH_AVAIL.html | CURLINFO_HTTPAUTH_AVAIL} from CURLINFO_HTTPAUTH_AVAIL.md (generated; do not edit)
   */
  HTTPAUTH_AVAIL: number;
  /**
   * authentication scheme used with the server
   *
   * Get the CURLAUTH_* bit of the scheme the engine last used to authenticate to
   * the server: CURLAUTH_BASIC (1), CURLAUTH_DIGEST (2) or CURLAUTH_BEARER (64) in
   * manbind. It shows which scheme was picked when CURLOPT_HTTPAUTH(3) allowed
   * several. In manbind getinfo returns { code, value } with value a number,
   * 0 when no credentials were sent to the server.
   *
   * Protocols: HTTP
   *
   * @since 8.12.0
   * @see {@link CURLINFO.HTTPAUTH_AVAIL | CURLINFO_HTTPAUTH_AVAIL}
   * @see {@link CURLINFO.PROXYAUTH_USED | CURLINFO_PROXYAUTH_USED}
   * @see CURLOPT_HTTPAUTH
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_HTTPAUTH_USED.html | CURLINFO_HTTPAUTH_USED} from CURLINFO_HTTPAUTH_USED.md (generated; do not edit)
   */
  HTTPAUTH_USED: number;
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_HTTP_CONNECTCODE.html | CURLINFO_HTTP_CONNECTCODE} from CURLINFO_HTTP_CONNECTCODE.md (generated; do not edit)
   */
  HTTP_CONNECTCODE: number;
  /**
   * HTTP version of the last response
   *
   * Get the HTTP version the last response used: CURL_HTTP_VERSION_1_0 (1),
   * CURL_HTTP_VERSION_1_1 (2), CURL_HTTP_VERSION_2_0 (3), or 0 when no HTTP
   * response was received. manbind does not speak HTTP/3, so 30 never shows.
   *
   * In manbind getinfo returns { code, value } with value a number.
   *
   * Protocols: HTTP
   *
   * @since 7.50.0
   * @see {@link CURLINFO.RESPONSE_CODE | CURLINFO_RESPONSE_CODE}
   * @see CURLOPT_HTTP_VERSION
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_HTTP_VERSION.html | CURLINFO_HTTP_VERSION} from CURLINFO_HTTP_VERSION.md (generated; do not edit)
   */
  HTTP_VERSION: number;
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_LASTSOCKET.html | CURLINFO_LASTSOCKET} from CURLINFO_LASTSOCKET.md (generated; do not edit)
   */
  LASTSOCKET: number;
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_LOCAL_IP.html | CURLINFO_LOCAL_IP} from CURLINFO_LOCAL_IP.md (generated; do not edit)
   */
  LOCAL_IP: string | null;
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_LOCAL_PORT.html | CURLINFO_LOCAL_PORT} from CURLINFO_LOCAL_PORT.md (generated; do not edit)
   */
  LOCAL_PORT: number;
  /**
   * time until the name was resolved
   *
   * Get the time, in seconds, from the start of the handle's last perform until
   * the addresses of the first hop (the server, or the proxy when one is used)
   * were known. An answer from the DNS cache, an IP address in the URL and a Unix
   * domain socket count as known at once, so the time is then tiny but not zero.
   * It is 0 when the transfer never got that far, and when it reused a
   * connection and so looked nothing up.
   *
   * In manbind getinfo returns { code, value } with value a number of
   * seconds. CURLINFO_NAMELOOKUP_TIME_T(3) gives the same in microseconds.
   *
   * Protocols: All
   *
   * @since 7.4.1
   * @see {@link CURLINFO.CONNECT_TIME | CURLINFO_CONNECT_TIME}
   * @see {@link CURLINFO.NAMELOOKUP_TIME_T | CURLINFO_NAMELOOKUP_TIME_T}
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_NAMELOOKUP_TIME.html | CURLINFO_NAMELOOKUP_TIME} from CURLINFO_NAMELOOKUP_TIME.md (generated; do not edit)
   */
  NAMELOOKUP_TIME: number;
  /**
   * time until the name was resolved, in microseconds
   *
   * The moment CURLINFO_NAMELOOKUP_TIME(3) describes, as a whole number of
   * microseconds from the start of the handle's last perform: when the addresses
   * of the server, or of the proxy, were known. A cached answer, an IP address
   * and a Unix domain socket give at least 1. It is 0 when the transfer never
   * got that far or reused a connection.
   *
   * In manbind getinfo returns { code, value } with value a number.
   *
   * Protocols: All
   *
   * @since 7.61.0
   * @see {@link CURLINFO.CONNECT_TIME_T | CURLINFO_CONNECT_TIME_T}
   * @see {@link CURLINFO.NAMELOOKUP_TIME | CURLINFO_NAMELOOKUP_TIME}
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_NAMELOOKUP_TIME_T.html | CURLINFO_NAMELOOKUP_TIME_T} from CURLINFO_NAMELOOKUP_TIME_T.md (generated; do not edit)
   */
  NAMELOOKUP_TIME_T: number;
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_NUM_CONNECTS.html | CURLINFO_NUM_CONNECTS} from CURLINFO_NUM_CONNECTS.md (generated; do not edit)
   */
  NUM_CONNECTS: number;
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_OS_ERRNO.html | CURLINFO_OS_ERRNO} from CURLINFO_OS_ERRNO.md (generated; do not edit)
   */
  OS_ERRNO: number;
  /**
   * time until the whole request was sent, in microseconds
   *
   * Get how long it took, in microseconds, until the last byte of the request
   * (its head and any request body) had been handed to the connection. It comes
   * after CURLINFO_PRETRANSFER_TIME_T(3) and before the answer is read. Like the other timers, it counts from the start of the perform, and for a
   * transfer that followed redirects it adds up the time each request took to
   * reach this point, measured from when that request started.
   *
   * It is 0 after a connect-only perform; a transfer that fails before its request
   * goes out gets it set when it ends (see CURLINFO_PRETRANSFER_TIME(3)).
   *
   * In manbind getinfo returns { code, value } with value a whole number of microseconds.
   *
   * Protocols: All
   *
   * @since 8.10.0
   * @see {@link CURLINFO.PRETRANSFER_TIME_T | CURLINFO_PRETRANSFER_TIME_T}
   * @see {@link CURLINFO.STARTTRANSFER_TIME_T | CURLINFO_STARTTRANSFER_TIME_T}
   * @see {@link CURLINFO.TOTAL_TIME_T | CURLINFO_TOTAL_TIME_T}
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_POSTTRANSFER_TIME_T.html | CURLINFO_POSTTRANSFER_TIME_T} from CURLINFO_POSTTRANSFER_TIME_T.md (generated; do not edit)
   */
  POSTTRANSFER_TIME_T: number;
  /**
   * time until the request was about to be sent
   *
   * Get how long it took, in seconds, until the transfer was ready to send its
   * request: name resolution, connecting, TLS and proxy handshakes are done, and
   * for HTTP the request is about to go out. Like the other timers, it counts from the start of the perform, and for a
   * transfer that followed redirects it adds up the time each request took to
   * reach this point, measured from when that request started.
   *
   * It is 0 after a connect-only perform. A transfer that fails before its
   * request goes out (it could not connect, or a callback stopped it) gets this
   * timer, CURLINFO_POSTTRANSFER_TIME_T(3) and CURLINFO_STARTTRANSFER_TIME(3) set
   * at the moment it ended, as libcurl does.
   *
   * In manbind getinfo returns { code, value } with value a number of seconds.
   *
   * Protocols: All
   *
   * @since 7.4.1
   * @see {@link CURLINFO.CONNECT_TIME | CURLINFO_CONNECT_TIME}
   * @see {@link CURLINFO.PRETRANSFER_TIME_T | CURLINFO_PRETRANSFER_TIME_T}
   * @see {@link CURLINFO.STARTTRANSFER_TIME | CURLINFO_STARTTRANSFER_TIME}
   * @see {@link CURLINFO.TOTAL_TIME | CURLINFO_TOTAL_TIME}
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_PRETRANSFER_TIME.html | CURLINFO_PRETRANSFER_TIME} from CURLINFO_PRETRANSFER_TIME.md (generated; do not edit)
   */
  PRETRANSFER_TIME: number;
  /**
   * time until the request was about to be sent, in microseconds
   *
   * The same figure as CURLINFO_PRETRANSFER_TIME(3), as a whole number of
   * microseconds. Like the other timers, it counts from the start of the perform, and for a
   * transfer that followed redirects it adds up the time each request took to
   * reach this point, measured from when that request started.
   *
   * In manbind getinfo returns { code, value } with value a whole number of microseconds.
   *
   * Protocols: All
   *
   * @since 7.61.0
   * @see {@link CURLINFO.POSTTRANSFER_TIME_T | CURLINFO_POSTTRANSFER_TIME_T}
   * @see {@link CURLINFO.PRETRANSFER_TIME | CURLINFO_PRETRANSFER_TIME}
   * @see {@link CURLINFO.STARTTRANSFER_TIME_T | CURLINFO_STARTTRANSFER_TIME_T}
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_PRETRANSFER_TIME_T.html | CURLINFO_PRETRANSFER_TIME_T} from CURLINFO_PRETRANSFER_TIME_T.md (generated; do not edit)
   */
  PRETRANSFER_TIME_T: number;
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_PRIMARY_IP.html | CURLINFO_PRIMARY_IP} from CURLINFO_PRIMARY_IP.md (generated; do not edit)
   */
  PRIMARY_IP: string | null;
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_PRIMARY_PORT.html | CURLINFO_PRIMARY_PORT} from CURLINFO_PRIMARY_PORT.md (generated; do not edit)
   */
  PRIMARY_PORT: number;
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_PRIVATE.html | CURLINFO_PRIVATE} from CURLINFO_PRIVATE.md (generated; do not edit)
   */
  PRIVATE: CurlData | null;
  /**
   * authentication schemes the proxy offered
   *
   * Get a bitmask of the CURLAUTH_* schemes the proxy listed in the
   * Proxy-Authenticate headers of its last 407 answer, for instance
   * CURLAUTH_BASIC (1) or CURLAUTH_BASIC | CURLAUTH_DIGEST (3). Only the
   * schemes manbind has built in are counted: Basic, Digest and Bearer. NTLM
   * and Negotiate are left out even when the proxy offers them, as a libcurl
   * built without them leaves them out. After a failed tunnel this tells which
   * CURLOPT_PROXYAUTH(3) setting could work.
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXYAUTH_AVAIL.html | CURLINFO_PROXYAUTH_AVAIL} from CURLINFO_PROXYAUTH_AVAIL.md (generated; do not edit)
   */
  PROXYAUTH_AVAIL: number;
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXYAUTH_USED.html | CURLINFO_PROXYAUTH_USED} from CURLINFO_PROXYAUTH_USED.md (generated; do not edit)
   */
  PROXYAUTH_USED: number;
  /**
   * why the SOCKS handshake failed
   *
   * Get the CURLPX_* code that says what went wrong in a SOCKS handshake, for a
   * perform that returned CURLE_PROXY (97). The error buffer holds the matching
   * text.
   *
   * The codes a SOCKS proxy's own answer gives: CURLPX_USER_REJECTED (the
   * username and password were refused), CURLPX_NO_AUTH (no offered method was
   * acceptable), CURLPX_REQUEST_FAILED, CURLPX_IDENTD and
   * CURLPX_IDENTD_DIFFER (a SOCKS4 proxy refused the request), the
   * CURLPX_REPLY_* codes (a SOCKS5 proxy refused the request, one code per RFC
   * 1928 reply, such as CURLPX_REPLY_HOST_UNREACHABLE and
   * CURLPX_REPLY_CONNECTION_REFUSED), CURLPX_BAD_VERSION and
   * CURLPX_BAD_ADDRESS_TYPE (an answer that is not SOCKS), and CURLPX_RECV_CONNECT
   * (the proxy closed the connection or it broke while the engine waited for an
   * answer).
   *
   * The codes the engine gives before asking: CURLPX_LONG_HOSTNAME (a target name
   * over 255 bytes for the proxy to resolve), CURLPX_LONG_USER and
   * CURLPX_LONG_PASSWD (credentials over 255 bytes), and CURLPX_RESOLVE_HOST (the
   * target has no address the SOCKS version can carry, such as an IPv6 address
   * over SOCKS4).
   *
   * The value stays until a later handshake fails differently: like libcurl,
   * manbind does not reset it at the next perform. It is 0 (CURLPX_OK) when no
   * SOCKS handshake of the handle ever failed. In manbind getinfo returns
   * { code, value } with value a number.
   *
   * Protocols: All
   *
   * @since 7.73.0
   * @see {@link CURLINFO.HTTP_CONNECTCODE | CURLINFO_HTTP_CONNECTCODE}
   * @see CURLOPT_PRE_PROXY
   * @see CURLOPT_PROXY
   * @see CURLOPT_SOCKS5_AUTH
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
   */
  PROXY_ERROR: number;
  /**
   * result of the HTTPS proxy certificate verification
   *
   * Get the result of verifying an HTTPS proxy's certificate chain. It is OpenSSL's X509_V_* number: 0 when the certificate chain was verified,
   * else the reason, for example 18 (self-signed certificate), 20 (unable to get
   * local issuer certificate) or 10 (certificate has expired). The value comes
   * from the last TLS handshake of the last perform, also one that failed, and is
   * 0 when there was none. In manbind getinfo returns { code, value } with
   * value a number.
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLINFO.SSL_VERIFYRESULT | CURLINFO_SSL_VERIFYRESULT}
   * @see CURLOPT_PROXY_SSL_VERIFYPEER
   * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_SSL_VERIFYRESULT.html | CURLINFO_PROXY_SSL_VERIFYRESULT} from CURLINFO_PROXY_SSL_VERIFYRESULT.md (generated; do not edit)
   */
  PROXY_SSL_VERIFYRESULT: number;
  /**
   * time the transfer waited before it started, in microseconds
   *
   * Get how long the transfer waited, in microseconds, between the start of the
   * perform and the moment its first request started working on a connection,
   * added up over the requests of a redirect chain. Nothing in manbind holds a
   * transfer back, so the figure is the small bookkeeping time before the work
   * starts.
   *
   * In manbind getinfo returns { code, value } with value a whole number of microseconds.
   *
   * Protocols: All
   *
   * @since 8.6.0
   * @see {@link CURLINFO.NAMELOOKUP_TIME_T | CURLINFO_NAMELOOKUP_TIME_T}
   * @see {@link CURLINFO.PRETRANSFER_TIME_T | CURLINFO_PRETRANSFER_TIME_T}
   * @see {@link CURLINFO.TOTAL_TIME_T | CURLINFO_TOTAL_TIME_T}
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_QUEUE_TIME_T.html | CURLINFO_QUEUE_TIME_T} from CURLINFO_QUEUE_TIME_T.md (generated; do not edit)
   */
  QUEUE_TIME_T: number;
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_REDIRECT_COUNT.html | CURLINFO_REDIRECT_COUNT} from CURLINFO_REDIRECT_COUNT.md (generated; do not edit)
   */
  REDIRECT_COUNT: number;
  /**
   * time spent on redirects before the last request
   *
   * Get the time, in seconds from the start of the perform, at which the last
   * redirect was followed: everything the earlier requests of the chain took,
   * name resolution, connecting and their responses included. It is 0 when no
   * redirect was followed.
   *
   * In manbind getinfo returns { code, value } with value a number of seconds.
   *
   * Protocols: All
   *
   * @since 7.9.7
   * @see {@link CURLINFO.REDIRECT_COUNT | CURLINFO_REDIRECT_COUNT}
   * @see {@link CURLINFO.REDIRECT_TIME_T | CURLINFO_REDIRECT_TIME_T}
   * @see CURLOPT_FOLLOWLOCATION
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_REDIRECT_TIME.html | CURLINFO_REDIRECT_TIME} from CURLINFO_REDIRECT_TIME.md (generated; do not edit)
   */
  REDIRECT_TIME: number;
  /**
   * time spent on redirects before the last request, in microseconds
   *
   * The same figure as CURLINFO_REDIRECT_TIME(3), as a whole number of
   * microseconds; 0 when no redirect was followed.
   *
   * In manbind getinfo returns { code, value } with value a whole number of microseconds.
   *
   * Protocols: All
   *
   * @since 7.61.0
   * @see {@link CURLINFO.REDIRECT_COUNT | CURLINFO_REDIRECT_COUNT}
   * @see {@link CURLINFO.REDIRECT_TIME | CURLINFO_REDIRECT_TIME}
   * @see CURLOPT_FOLLOWLOCATION
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_REDIRECT_TIME_T.html | CURLINFO_REDIRECT_TIME_T} from CURLINFO_REDIRECT_TIME_T.md (generated; do not edit)
   */
  REDIRECT_TIME_T: number;
  /**
   * where a redirect would have gone
   *
   * When the last response was a redirect (a 3xx status with a Location:
   * header) that the transfer did not follow, get the absolute URL it points to,
   * resolved against the URL that was asked for. It is NULL when the transfer
   * followed it (CURLOPT_FOLLOWLOCATION(3)) and when the response was not a
   * redirect. It is also set when following stopped at CURLOPT_MAXREDIRS(3).
   *
   * In manbind getinfo returns { code, value } with value a string or null.
   *
   * Protocols: HTTP
   *
   * @since 7.18.2
   * @see {@link CURLINFO.EFFECTIVE_URL | CURLINFO_EFFECTIVE_URL}
   * @see {@link CURLINFO.REDIRECT_COUNT | CURLINFO_REDIRECT_COUNT}
   * @see CURLOPT_FOLLOWLOCATION
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_REDIRECT_URL.html | CURLINFO_REDIRECT_URL} from CURLINFO_REDIRECT_URL.md (generated; do not edit)
   */
  REDIRECT_URL: string | null;
  /**
   * Referer header sent
   *
   * Get the Referer: value the library gave the last request of the transfer:
   * the one set with CURLOPT_REFERER(3), or, after a redirect followed with
   * CURLOPT_AUTOREFERER(3), the URL that was redirected. NULL when there was none.
   * A Referer: given with CURLOPT_HTTPHEADER(3) is not reported here. Setting
   * CURLOPT_REFERER(3) again drops the reported value: it is NULL until the next
   * transfer.
   *
   * In manbind getinfo returns { code, value } with value a string or
   * null.
   *
   * Protocols: HTTP
   *
   * @since 7.76.0
   * @see {@link CURLINFO.EFFECTIVE_URL | CURLINFO_EFFECTIVE_URL}
   * @see CURLOPT_AUTOREFERER
   * @see CURLOPT_REFERER
   * @see curl_easy_getinfo
   * @see curl_easy_header
   * @see {@link https://curl.se/libcurl/c/CURLINFO_REFERER.html | CURLINFO_REFERER} from CURLINFO_REFERER.md (generated; do not edit)
   */
  REFERER: string | null;
  /**
   * number of bytes of the requests sent
   *
   * Get how many bytes the transfer's requests took on the wire: request lines,
   * headers and any request body, added up over every request of a redirect chain
   * or an authentication round. Bytes sent to a proxy to set up a tunnel are not
   * counted.
   *
   * In manbind getinfo returns { code, value } with value a number of bytes.
   *
   * Protocols: HTTP
   *
   * @since 7.4.1
   * @see {@link CURLINFO.HEADER_SIZE | CURLINFO_HEADER_SIZE}
   * @see {@link CURLINFO.SIZE_DOWNLOAD_T | CURLINFO_SIZE_DOWNLOAD_T}
   * @see CURLOPT_POSTFIELDS
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_REQUEST_SIZE.html | CURLINFO_REQUEST_SIZE} from CURLINFO_REQUEST_SIZE.md (generated; do not edit)
   */
  REQUEST_SIZE: number;
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_RESPONSE_CODE.html | CURLINFO_RESPONSE_CODE} from CURLINFO_RESPONSE_CODE.md (generated; do not edit)
   */
  RESPONSE_CODE: number;
  /**
   * seconds to wait named by Retry-After
   *
   * Get how many seconds the server asked the client to wait, from a
   * Retry-After: header in the response, or 0 when there was none. A date is
   * turned into seconds from now (0 when it is in the past), a number is taken as
   * it is, anything else reads as 0, and values above six hours are cut to six
   * hours (21600).
   *
   * In manbind getinfo returns { code, value } with value a number of seconds.
   *
   * Protocols: HTTP
   *
   * @since 7.66.0
   * @see {@link CURLINFO.RESPONSE_CODE | CURLINFO_RESPONSE_CODE}
   * @see curl_easy_getinfo
   * @see curl_easy_header
   * @see {@link https://curl.se/libcurl/c/CURLINFO_RETRY_AFTER.html | CURLINFO_RETRY_AFTER} from CURLINFO_RETRY_AFTER.md (generated; do not edit)
   */
  RETRY_AFTER: number;
  /**
   * scheme of the last connection
   *
   * Get the URL scheme the handle's last transfer used for its connection, in
   * lower case: http, https, ws, wss and so on. After redirects it is the
   * scheme of the last URL. It is known as soon as the transfer has its
   * connection, so it is also set when connecting then fails; it is NULL before
   * any perform and when the URL could not be used.
   *
   * In manbind getinfo returns { code, value } with value a string or
   * null.
   *
   * Protocols: All
   *
   * @since 7.52.0
   * @see {@link CURLINFO.EFFECTIVE_URL | CURLINFO_EFFECTIVE_URL}
   * @see {@link CURLINFO.USED_PROXY | CURLINFO_USED_PROXY}
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_SCHEME.html | CURLINFO_SCHEME} from CURLINFO_SCHEME.md (generated; do not edit)
   */
  SCHEME: string | null;
  /**
   * number of body bytes received
   *
   * Get how many bytes of response body the last transfer handed to the
   * application. Headers are not counted, nor are the bodies of responses that
   * were skipped because a redirect or an authentication round followed. For a
   * WebSocket transfer in callback mode it counts the frames' bytes as they
   * arrived, heads included. The figure grows while the transfer runs, so a
   * callback can read it.
   *
   * In manbind getinfo returns { code, value } with value a number of bytes.
   *
   * Protocols: All
   *
   * @since 7.55.0
   * @see {@link CURLINFO.CONTENT_LENGTH_DOWNLOAD_T | CURLINFO_CONTENT_LENGTH_DOWNLOAD_T}
   * @see {@link CURLINFO.SPEED_DOWNLOAD_T | CURLINFO_SPEED_DOWNLOAD_T}
   * @see CURLOPT_WRITEFUNCTION
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_SIZE_DOWNLOAD_T.html | CURLINFO_SIZE_DOWNLOAD_T} from CURLINFO_SIZE_DOWNLOAD_T.md (generated; do not edit)
   */
  SIZE_DOWNLOAD_T: number;
  /**
   * number of bytes uploaded
   *
   * Get how many bytes of upload data the last transfer sent. Request heads and
   * CURLOPT_POSTFIELDS(3) bodies sent along with them are not upload data, so
   * manbind, which has no upload callback, reports 0.
   *
   * In manbind getinfo returns { code, value } with value a number of bytes.
   *
   * Protocols: All
   *
   * @since 7.55.0
   * @see {@link CURLINFO.CONTENT_LENGTH_UPLOAD_T | CURLINFO_CONTENT_LENGTH_UPLOAD_T}
   * @see {@link CURLINFO.REQUEST_SIZE | CURLINFO_REQUEST_SIZE}
   * @see {@link CURLINFO.SPEED_UPLOAD_T | CURLINFO_SPEED_UPLOAD_T}
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_SIZE_UPLOAD_T.html | CURLINFO_SIZE_UPLOAD_T} from CURLINFO_SIZE_UPLOAD_T.md (generated; do not edit)
   */
  SIZE_UPLOAD_T: number;
  /**
   * average download speed
   *
   * Get the average speed of the download in bytes per second: the body bytes
   * of CURLINFO_SIZE_DOWNLOAD_T(3) divided by the time the whole perform took
   * (while it runs, the time so far). It is a whole number.
   *
   * In manbind getinfo returns { code, value } with value a number of bytes per second.
   *
   * Protocols: All
   *
   * @since 7.55.0
   * @see {@link CURLINFO.SIZE_DOWNLOAD_T | CURLINFO_SIZE_DOWNLOAD_T}
   * @see {@link CURLINFO.SPEED_UPLOAD_T | CURLINFO_SPEED_UPLOAD_T}
   * @see CURLOPT_MAX_RECV_SPEED_LARGE
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_SPEED_DOWNLOAD_T.html | CURLINFO_SPEED_DOWNLOAD_T} from CURLINFO_SPEED_DOWNLOAD_T.md (generated; do not edit)
   */
  SPEED_DOWNLOAD_T: number;
  /**
   * average upload speed
   *
   * Get the average speed of the upload in bytes per second: CURLINFO_SIZE_UPLOAD_T(3)
   * divided by the time the whole perform took. Without upload data it is 0.
   *
   * In manbind getinfo returns { code, value } with value a number of bytes per second.
   *
   * Protocols: All
   *
   * @since 7.55.0
   * @see {@link CURLINFO.SIZE_UPLOAD_T | CURLINFO_SIZE_UPLOAD_T}
   * @see {@link CURLINFO.SPEED_DOWNLOAD_T | CURLINFO_SPEED_DOWNLOAD_T}
   * @see CURLOPT_MAX_SEND_SPEED_LARGE
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_SPEED_UPLOAD_T.html | CURLINFO_SPEED_UPLOAD_T} from CURLINFO_SPEED_UPLOAD_T.md (generated; do not edit)
   */
  SPEED_UPLOAD_T: number;
  /**
   * result of the server certificate verification
   *
   * Get the result of verifying the server's certificate chain. It is OpenSSL's X509_V_* number: 0 when the certificate chain was verified,
   * else the reason, for example 18 (self-signed certificate), 20 (unable to get
   * local issuer certificate) or 10 (certificate has expired). The value comes
   * from the last TLS handshake of the last perform, also one that failed, and is
   * 0 when there was none. In manbind getinfo returns { code, value } with
   * value a number.
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.5
   * @see {@link CURLINFO.PROXY_SSL_VERIFYRESULT | CURLINFO_PROXY_SSL_VERIFYRESULT}
   * @see CURLOPT_SSL_VERIFYPEER
   * @see {@link https://curl.se/libcurl/c/CURLINFO_SSL_VERIFYRESULT.html | CURLINFO_SSL_VERIFYRESULT} from CURLINFO_SSL_VERIFYRESULT.md (generated; do not edit)
   */
  SSL_VERIFYRESULT: number;
  /**
   * time until the first response byte
   *
   * Get how long it took, in seconds, until the first bytes of the response
   * arrived. For HTTP, and the WebSocket upgrade, that is when the first status
   * line is complete, an interim 1xx one included, even if the rest of its head
   * comes later; a proxy's answer to CONNECT does not count. A connect-only
   * perform that sends no request leaves it 0. It includes CURLINFO_PRETRANSFER_TIME(3) and the time the server took to start
   * answering. Like the other timers, it counts from the start of the perform, and for a
   * transfer that followed redirects it adds up the time each request took to
   * reach this point, measured from when that request started. Each request counts once.
   *
   * In manbind getinfo returns { code, value } with value a number of seconds.
   *
   * Protocols: All
   *
   * @since 7.9.2
   * @see {@link CURLINFO.PRETRANSFER_TIME | CURLINFO_PRETRANSFER_TIME}
   * @see {@link CURLINFO.STARTTRANSFER_TIME_T | CURLINFO_STARTTRANSFER_TIME_T}
   * @see {@link CURLINFO.TOTAL_TIME | CURLINFO_TOTAL_TIME}
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_STARTTRANSFER_TIME.html | CURLINFO_STARTTRANSFER_TIME} from CURLINFO_STARTTRANSFER_TIME.md (generated; do not edit)
   */
  STARTTRANSFER_TIME: number;
  /**
   * time until the first response byte, in microseconds
   *
   * The same figure as CURLINFO_STARTTRANSFER_TIME(3), as a whole number of
   * microseconds. Like the other timers, it counts from the start of the perform, and for a
   * transfer that followed redirects it adds up the time each request took to
   * reach this point, measured from when that request started.
   *
   * In manbind getinfo returns { code, value } with value a whole number of microseconds.
   *
   * Protocols: All
   *
   * @since 7.61.0
   * @see {@link CURLINFO.POSTTRANSFER_TIME_T | CURLINFO_POSTTRANSFER_TIME_T}
   * @see {@link CURLINFO.PRETRANSFER_TIME_T | CURLINFO_PRETRANSFER_TIME_T}
   * @see {@link CURLINFO.STARTTRANSFER_TIME | CURLINFO_STARTTRANSFER_TIME}
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_STARTTRANSFER_TIME_T.html | CURLINFO_STARTTRANSFER_TIME_T} from CURLINFO_STARTTRANSFER_TIME_T.md (generated; do not edit)
   */
  STARTTRANSFER_TIME_T: number;
  /**
   * the TLS socket of the connection
   *
   * Get the TLS layer of the handle's connection, to use features manbind does
   * not wrap. In manbind getinfo returns { code, value } where value is an
   * object { backend, internals }: backend is CURLSSLBACKEND_OPENSSL (1), the
   * library behind Node's TLS, and internals is the connection's tls.TLSSocket
   * (the TLS with the server, else the one with an HTTPS proxy), or null when
   * the handle has no connection: after an ordinary transfer has finished, or
   * before any. A connect-only connection answers until it is closed. Reading or
   * writing the socket directly bypasses send and recv and can break the
   * connection for them. The socket's getPeerCertificate() and
   * getPeerX509Certificate() give the server's certificate; the whole chain from
   * getPeerCertificate(true) only when CURLOPT_CERTINFO(3) or verbose output was
   * on for the handshake (Node hands the chain out once; use CURLINFO_CERTINFO(3)
   * for it).
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.48.0
   * @see {@link CURLINFO.ACTIVESOCKET | CURLINFO_ACTIVESOCKET}
   * @see CURLOPT_CONNECT_ONLY
   * @see {@link https://curl.se/libcurl/c/CURLINFO_TLS_SSL_PTR.html | CURLINFO_TLS_SSL_PTR} from CURLINFO_TLS_SSL_PTR.md (generated; do not edit)
   */
  TLS_SSL_PTR: TlsSessionInfo | null;
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_TOTAL_TIME.html | CURLINFO_TOTAL_TIME} from CURLINFO_TOTAL_TIME.md (generated; do not edit)
   */
  TOTAL_TIME: number;
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
   * @see {@link https://curl.se/libcurl/c/CURLINFO_TOTAL_TIME_T.html | CURLINFO_TOTAL_TIME_T} from CURLINFO_TOTAL_TIME_T.md (generated; do not edit)
   */
  TOTAL_TIME_T: number;
  /**
   * whether the last transfer went through a proxy
   *
   * Get 1 when the handle's last transfer used a proxy for its connection and 0
   * when it connected directly. It answers what was decided, after
   * CURLOPT_NOPROXY(3), the proxy environment variables and
   * CURLOPT_UNIX_SOCKET_PATH(3) (which ignores proxies) had their say, so it
   * tells whether a given URL was excluded. The answer is set when the transfer
   * gets its connection, before connecting, so a transfer that failed to reach
   * its proxy still reports 1.
   *
   * In manbind getinfo returns { code, value } with value 0 or 1.
   *
   * Protocols: All
   *
   * @since 8.7.0
   * @see CURLOPT_NOPROXY
   * @see CURLOPT_PROXY
   * @see curl_easy_getinfo
   * @see {@link https://curl.se/libcurl/c/CURLINFO_USED_PROXY.html | CURLINFO_USED_PROXY} from CURLINFO_USED_PROXY.md (generated; do not edit)
   */
  USED_PROXY: number;
  /**
   * number of the transfer
   *
   * Get the number the handle's last transfer was given when it started. Each
   * perform and each transfer a multi handle runs gets the next number of the
   * handle (easy) or the multi handle it ran in, starting at 0; -1 before any
   * transfer.
   *
   * In manbind getinfo returns { code, value } with value a number, -1 before any transfer.
   *
   * Protocols: All
   *
   * @since 8.2.0
   * @see {@link CURLINFO.CONN_ID | CURLINFO_CONN_ID}
   * @see curl_easy_getinfo
   * @see curl_multi_add_handle
   * @see {@link https://curl.se/libcurl/c/CURLINFO_XFER_ID.html | CURLINFO_XFER_ID} from CURLINFO_XFER_ID.md (generated; do not edit)
   */
  XFER_ID: number;
}

/**
 * curl_easy_getinfo() as a method; the runtime's Easy class merges this interface.
 *
 * @see specs (generated; do not edit)
 */
export interface Getinfo {
  /**
   * Read one piece of information from the handle, as curl_easy_getinfo does: `info` is a CURLINFO name
   * (`CURLINFO.RESPONSE_CODE` or `'RESPONSE_CODE'`). Returns `{ code, value }`: a CURLcode (0 when the value is
   * there) and the value, of that info's type in {@link GetinfoMap}.
   *
   * @see specs (generated; do not edit)
   */
  getinfo<K extends keyof GetinfoMap>(info: K): { code: number; value: GetinfoMap[K] };
}
