// generated from specs by manbind; do not edit
import type { CurlMime, ErrorBuffer, TextSink } from '../runtime/types.js';
import type {
  CURLPROXY_HTTP,
  CURLPROXY_HTTPS,
  CURLPROXY_HTTPS2,
  CURLPROXY_HTTPS3,
  CURLPROXY_HTTP_1_0,
  CURLPROXY_SOCKS4,
  CURLPROXY_SOCKS4A,
  CURLPROXY_SOCKS5,
  CURLPROXY_SOCKS5_HOSTNAME,
  CURL_NETRC_IGNORED,
  CURL_NETRC_OPTIONAL,
  CURL_NETRC_REQUIRED,
  closesocket_callback,
  curl_trailer_callback,
  debug_callback,
  header_callback,
  opensocket_callback,
  prereq_callback,
  progress_callback,
  progress_callback_XFERINFOFUNCTION,
  read_callback,
  seek_callback,
  sockopt_callback,
  write_callback,
} from './types.js';

/**
 * CURLOPT option names for setopt(): each key's value is its name without the `CURLOPT_` prefix.
 *
 * @see specs (generated; do not edit)
 */
export const CURLOPT = {
  /**
   * connect through an abstract Unix domain socket
   *
   * Like CURLOPT_UNIX_SOCKET_PATH(3), but name lives in Linux's abstract socket
   * namespace instead of the file system: give it without the leading NUL byte
   * the kernel uses to tell the two apart. Everything else is as for
   * CURLOPT_UNIX_SOCKET_PATH(3): no name resolution, no proxy, no CONNECT_TO, the
   * URL picks the protocol.
   *
   * The open-socket callback sees family 1 (AF_UNIX) and addr.address the name
   * with its leading NUL byte ("\0name"), as sun_path holds it.
   * CURLINFO_PRIMARY_IP(3) is an empty string, since the address text stops at
   * that NUL byte, and CURLINFO_PRIMARY_PORT(3) is 0.
   *
   * Node connects to an abstract name padded with NUL bytes to the full size of
   * sun_path, where libcurl uses the name's exact length. The kernel treats
   * those as different names, so manbind reaches servers that pad their names the
   * same way (Node servers do) and not those that bind the exact length.
   *
   * This option and CURLOPT_UNIX_SOCKET_PATH(3) set the same path; the one set
   * last decides its kind. NULL goes back to TCP.
   *
   * Default: NULL, connections use TCP
   *
   * Protocols: All
   *
   * @since 7.53.0
   * @see {@link CURLOPT.UNIX_SOCKET_PATH | CURLOPT_UNIX_SOCKET_PATH}
   * @see {@link CURLOPT.OPENSOCKETFUNCTION | CURLOPT_OPENSOCKETFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_ABSTRACT_UNIX_SOCKET.html | CURLOPT_ABSTRACT_UNIX_SOCKET} from CURLOPT_ABSTRACT_UNIX_SOCKET.md (generated; do not edit)
   */
  ABSTRACT_UNIX_SOCKET: 'ABSTRACT_UNIX_SOCKET',
  /**
   * ask for a compressed response and decode it
   *
   * Give the content codings the transfer accepts. The text goes out as it is in
   * an Accept-Encoding: request header, and a response body sent with a
   * Content-Encoding: the library knows is decoded before it reaches the write
   * callback. Turning this on is what makes the library look at
   * Content-Encoding: at all.
   *
   * manbind decodes deflate, gzip (also called x-gzip) and br. An empty
   * string "" stands for all of them and sends
   * Accept-Encoding: deflate, gzip, br. Any other text is sent exactly as given,
   * also when it names codings the library cannot decode.
   *
   * A response whose coding is not one of those fails with
   * CURLE_BAD_CONTENT_ENCODING (61) and the text Unrecognized content encoding
   * type once its first body byte arrives; a body that is not valid data for its
   * coding fails with the same code and a text that starts with Error while
   * processing content unencoding:. A response listing more than five codings is
   * refused with 61 too. identity needs no decoding. Bodies arrive in the order
   * the codings were applied, undone last coding first. The transfer sizes
   * (CURLINFO_SIZE_DOWNLOAD_T(3), CURLOPT_MAXFILESIZE_LARGE(3)) count the bytes as
   * they came over the network, before decoding.
   *
   * An Accept-Encoding: line in CURLOPT_HTTPHEADER(3) replaces the header this
   * option sends, while decoding still follows this option. Set
   * CURLOPT_HTTP_CONTENT_DECODING(3) to 0 to receive the bytes as sent. null
   * sends no header and decodes nothing.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.21.6
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link CURLOPT.HTTP_CONTENT_DECODING | CURLOPT_HTTP_CONTENT_DECODING}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_ACCEPT_ENCODING.html | CURLOPT_ACCEPT_ENCODING} from CURLOPT_ACCEPT_ENCODING.md (generated; do not edit)
   */
  ACCEPT_ENCODING: 'ACCEPT_ENCODING',
  /**
   * send the previous URL as Referer when following
   *
   * Pass 1 to have each request that follows a redirect (CURLOPT_FOLLOWLOCATION(3))
   * carry a Referer: header with the URL of the request that was redirected,
   * minus any user name, password and fragment. The first request still sends
   * what CURLOPT_REFERER(3) gives, if anything. CURLINFO_REFERER(3) then reports
   * the URL last sent this way. Any non-zero value counts as 1.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see CURLINFO_REFERER
   * @see {@link CURLOPT.FOLLOWLOCATION | CURLOPT_FOLLOWLOCATION}
   * @see {@link CURLOPT.REFERER | CURLOPT_REFERER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_AUTOREFERER.html | CURLOPT_AUTOREFERER} from CURLOPT_AUTOREFERER.md (generated; do not edit)
   */
  AUTOREFERER: 'AUTOREFERER',
  /**
   * file of trusted certificate authorities
   *
   * Give the path of a file holding one or more CA certificates in PEM format.
   * When CURLOPT_SSL_VERIFYPEER(3) is on, server certificates must chain up to
   * one of them. The file takes the place of Node's bundled root certificates; to
   * trust both, put both in the file. Certificates from CURLOPT_CAPATH(3) are
   * added to those of this file.
   *
   * The file is read when a TLS handshake starts, so changes on disk apply to the
   * next connection. A file that cannot be read, or holds no usable certificate,
   * makes the perform fail with CURLE_SSL_CACERT_BADFILE (77). null goes back to
   * the bundled roots.
   *
   * Default: NULL
   *
   * With no file set, Node's bundled root certificates (tls.rootCertificates)
   * are trusted.
   *
   * Protocols: TLS (TLS backends: All)
   *
   * @since 7.4.2
   * @see {@link CURLOPT.CAPATH | CURLOPT_CAPATH}
   * @see {@link CURLOPT.SSL_VERIFYHOST | CURLOPT_SSL_VERIFYHOST}
   * @see {@link CURLOPT.SSL_VERIFYPEER | CURLOPT_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_CAINFO.html | CURLOPT_CAINFO} from CURLOPT_CAINFO.md (generated; do not edit)
   */
  CAINFO: 'CAINFO',
  /**
   * trusted authorities from memory
   *
   * Give the PEM text of one or more CA certificates, as bytes, to trust for
   * the server's certificate. In manbind the blob is a Uint8Array; it is copied
   * when set. It takes the place of CURLOPT_CAINFO(3) when both are set;
   * CURLOPT_CAPATH(3) still adds to it.
   *
   * The certificates are only loaded when CURLOPT_SSL_VERIFYPEER(3) is on. Bytes
   * without a usable PEM certificate fail the perform with
   * CURLE_SSL_CACERT_BADFILE (77).
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.77.0
   * @see {@link CURLOPT.CAINFO | CURLOPT_CAINFO}
   * @see {@link CURLOPT.CAPATH | CURLOPT_CAPATH}
   * @see {@link CURLOPT.PROXY_CAINFO_BLOB | CURLOPT_PROXY_CAINFO_BLOB}
   * @see {@link CURLOPT.SSL_VERIFYPEER | CURLOPT_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_CAINFO_BLOB.html | CURLOPT_CAINFO_BLOB} from CURLOPT_CAINFO_BLOB.md (generated; do not edit)
   */
  CAINFO_BLOB: 'CAINFO_BLOB',
  /**
   * directory of trusted certificate authorities
   *
   * Give a directory whose files hold CA certificates in PEM format, to be
   * trusted when CURLOPT_SSL_VERIFYPEER(3) is on. Like CURLOPT_CAINFO(3), it
   * replaces Node's bundled root certificates, and the two can be combined.
   *
   * OpenSSL looks certificates up in such a directory by their hashed file names
   * (as made by openssl rehash). Node offers no such lookup, so manbind reads
   * every regular file of the directory when a handshake starts and trusts each
   * PEM certificate found; files that hold none are skipped. A directory that
   * cannot be read makes the perform fail with CURLE_SSL_CACERT_BADFILE (77).
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: All)
   *
   * @since 7.9.8
   * @see {@link CURLOPT.CAINFO | CURLOPT_CAINFO}
   * @see {@link CURLOPT.SSL_VERIFYPEER | CURLOPT_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_CAPATH.html | CURLOPT_CAPATH} from CURLOPT_CAPATH.md (generated; do not edit)
   */
  CAPATH: 'CAPATH',
  /**
   * collect the peer's certificate chain
   *
   * Set to 1 to have every TLS handshake of a perform record the certificates the
   * peer sent, for CURLINFO_CERTINFO(3) to hand out afterwards. The chain is taken
   * before the certificate checks, so it is there also when the perform then fails
   * on them. A handshake that resumes an earlier TLS session has no chain and
   * records nothing. Set to 0 to stop recording.
   *
   * The setting is one for both TLS layers a connection may have: with an HTTPS
   * proxy in front of an https:// target, the target's chain comes last and is the
   * one kept; an http:// target through an HTTPS proxy leaves the proxy's chain.
   *
   * Default: 0
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.19.1
   * @see CURLINFO_CERTINFO
   * @see {@link CURLOPT.CAINFO | CURLOPT_CAINFO}
   * @see {@link CURLOPT.SSL_VERIFYPEER | CURLOPT_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_CERTINFO.html | CURLOPT_CERTINFO} from CURLOPT_CERTINFO.md (generated; do not edit)
   */
  CERTINFO: 'CERTINFO',
  /**
   * application value handed to the close-socket callback
   *
   * Store a value that the engine passes, as it is, as the clientp argument of
   * the CURLOPT_CLOSESOCKETFUNCTION(3) callback. Any JavaScript value works. Like
   * the callback itself, the value is captured when a connection is created, so a
   * later change only affects new connections.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.21.7
   * @see {@link CURLOPT.CLOSESOCKETFUNCTION | CURLOPT_CLOSESOCKETFUNCTION}
   * @see {@link CURLOPT.OPENSOCKETFUNCTION | CURLOPT_OPENSOCKETFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_CLOSESOCKETDATA.html | CURLOPT_CLOSESOCKETDATA} from CURLOPT_CLOSESOCKETDATA.md (generated; do not edit)
   */
  CLOSESOCKETDATA: 'CLOSESOCKETDATA',
  /**
   * callback that closes the engine's sockets
   *
   * Set a function the engine calls instead of closing a socket itself. It runs
   * for every socket a connection attempt or a connection used, including the
   * ones the application supplied through CURLOPT_OPENSOCKETFUNCTION(3): a failed
   * attempt (before the verbose connect to ... failed line), a socket the
   * sockopt callback rejected, the old socket when a proxy asks for a new
   * connection during authentication, a connect-only connection on the next
   * perform, on curl_multi_remove_handle(3) or on curl_easy_cleanup(3). It is
   * never called when the open-socket callback returned CURL_SOCKET_BAD, since no
   * socket existed.
   *
   * In manbind the callback receives (clientp, item): the value of
   * CURLOPT_CLOSESOCKETDATA(3) and the socket, the same stream.Duplex or file
   * descriptor number the open-socket callback returned (or the engine's own
   * net.Socket). Closing it is now the callback's job; a callback that keeps
   * the socket open, to reuse it elsewhere, is fine. The return value is ignored,
   * and so is an exception, apart from becoming the handle's last error text.
   *
   * The callback and its data are captured when a connection is created, so
   * changing the option later does not affect connections that already exist.
   *
   * Default: NULL
   *
   * With no callback the engine destroys the socket itself.
   *
   * Protocols: All
   *
   * @since 7.21.7
   * @see {@link CURLOPT.CLOSESOCKETDATA | CURLOPT_CLOSESOCKETDATA}
   * @see {@link CURLOPT.OPENSOCKETFUNCTION | CURLOPT_OPENSOCKETFUNCTION}
   * @see {@link CURLOPT.SOCKOPTFUNCTION | CURLOPT_SOCKOPTFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_CLOSESOCKETFUNCTION.html | CURLOPT_CLOSESOCKETFUNCTION} from CURLOPT_CLOSESOCKETFUNCTION.md (generated; do not edit)
   */
  CLOSESOCKETFUNCTION: 'CLOSESOCKETFUNCTION',
  /**
   * time limit for the connect phase, in seconds
   *
   * Limit, in seconds, how long a perform may spend getting connected: name
   * resolution, every TCP attempt, the proxy tunnel with its authentication, and
   * the TLS handshake together. When the limit passes first, the perform returns
   * CURLE_OPERATION_TIMEDOUT (28). 0 means the built-in limit of 300 seconds.
   *
   * This is the only limit a connect-only transfer is subject to:
   * CURLOPT_TIMEOUT(3)
   * stops applying once its connection is up. When CURLOPT_TIMEOUT(3) is shorter
   * it also cuts the connect phase short.
   *
   * This option and CURLOPT_CONNECTTIMEOUT_MS(3) set the same limit; the one set
   * last counts.
   *
   * Default: 300
   *
   * Protocols: All
   *
   * @since 7.7
   * @see CURLINFO_CONNECT_TIME
   * @see {@link CURLOPT.CONNECTTIMEOUT_MS | CURLOPT_CONNECTTIMEOUT_MS}
   * @see {@link CURLOPT.TIMEOUT | CURLOPT_TIMEOUT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_CONNECTTIMEOUT.html | CURLOPT_CONNECTTIMEOUT} from CURLOPT_CONNECTTIMEOUT.md (generated; do not edit)
   */
  CONNECTTIMEOUT: 'CONNECTTIMEOUT',
  /**
   * time limit for the connect phase, in milliseconds
   *
   * The millisecond form of CURLOPT_CONNECTTIMEOUT(3): the longest a perform may
   * take to resolve, connect, set up the proxy tunnel and finish the TLS
   * handshake before it gives up with CURLE_OPERATION_TIMEDOUT (28). 0 selects
   * the built-in 300000 milliseconds.
   *
   * Both options write the same setting, so whichever was set last is used. For a
   * connect-only transfer this limit still applies, while CURLOPT_TIMEOUT_MS(3)
   * ends with the connect phase.
   *
   * Default: 300000
   *
   * Protocols: All
   *
   * @since 7.16.2
   * @see CURLINFO_CONNECT_TIME
   * @see {@link CURLOPT.CONNECTTIMEOUT | CURLOPT_CONNECTTIMEOUT}
   * @see {@link CURLOPT.TIMEOUT_MS | CURLOPT_TIMEOUT_MS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_CONNECTTIMEOUT_MS.html | CURLOPT_CONNECTTIMEOUT_MS} from CURLOPT_CONNECTTIMEOUT_MS.md (generated; do not edit)
   */
  CONNECTTIMEOUT_MS: 'CONNECTTIMEOUT_MS',
  /**
   * set up the connection, then hand it to the application
   *
   * Choose how far a perform goes before it stops and leaves the connection to
   * the application. Whatever the mode, everything needed to reach the server is
   * done first: name resolution, the TCP connect (with the socket callbacks),
   * the HTTP proxy tunnel with its authentication, and TLS for secure schemes.
   * After that the application talks over the connection itself with
   * curl_easy_send(3) and curl_easy_recv(3) (in manbind easy.send() and
   * easy.recv()), waiting with easy.wait() where a C program would poll the
   * socket it got from CURLINFO_ACTIVESOCKET(3).
   *
   * A connect-only transfer never picks up a cached connection, and the
   * connection it makes is never offered to any later transfer. Calling perform
   * again on the same handle closes the previous connection (the close-socket
   * callback runs) and builds a new one. When the handle is driven by a multi
   * handle, the connection stays usable only while the easy handle remains added;
   * curl_multi_remove_handle(3) closes it at once, and send and recv then return
   * CURLE_UNSUPPORTED_PROTOCOL (1).
   *
   * 0
   *
   * An ordinary transfer: the request is sent and the response is delivered to
   * the callbacks.
   *
   * 1
   *
   * Connect only. The perform returns CURLE_OK as soon as the connection (and
   * tunnel and TLS, when used) is up. For http, https, ws, wss and other schemes
   * whose connect phase is plain TCP or TLS it sends no byte of its own. The
   * schemes that log in while connecting (imap, pop3, smtp, ftp and their TLS
   * forms) first run that login as libcurl does: greeting, capabilities, the TLS
   * upgrade CURLOPT_USE_SSL(3) asks for, then the login with the credentials of
   * CURLOPT_USERNAME(3) and CURLOPT_PASSWORD(3) (SASL, IMAP LOGIN, POP3 APOP or
   * USER/PASS, FTP USER/PASS). The application then gets the logged-in
   * connection; bytes the server sent after its last login answer are the first
   * curl_easy_recv(3) returns. These schemes serve connect-only transfers only: a
   * perform without this option returns CURLE_UNSUPPORTED_PROTOCOL (1).
   *
   * 2
   *
   * For http, https, ws and wss: also send the request and read every response
   * header before stopping. For WebSocket URLs this is the upgrade handshake; a
   * 101 answer gives CURLE_OK and the connection is then used with curl_ws_send(3)
   * and curl_ws_recv(3). For plain http and https manbind stops after the
   * headers: the header callback and CURLINFO_RESPONSE_CODE(3) are set, and body
   * bytes are left for the application, the ones that arrived with the headers
   * being returned by the first recv. This follows the documented meaning of the
   * value; libcurl 8.x instead reads the whole body into the write callback for
   * non-WebSocket URLs.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.15.2
   * @see CURLINFO_ACTIVESOCKET
   * @see {@link CURLOPT.HTTPPROXYTUNNEL | CURLOPT_HTTPPROXYTUNNEL}
   * @see {@link CURLOPT.VERBOSE | CURLOPT_VERBOSE}
   * @see curl_easy_recv
   * @see curl_easy_send
   * @see curl_multi_remove_handle
   * @see {@link https://curl.se/libcurl/c/CURLOPT_CONNECT_ONLY.html | CURLOPT_CONNECT_ONLY} from CURLOPT_CONNECT_ONLY.md (generated; do not edit)
   */
  CONNECT_ONLY: 'CONNECT_ONLY',
  /**
   * reach the server at a different host and port
   *
   * Redirect the network connection while keeping the URL's identity. In C this
   * is a curl_slist; in manbind an array of strings, each of the form
   *
   * HOST:PORT:CONNECT-TO-HOST:CONNECT-TO-PORT
   *
   * When a transfer's host and port match HOST and PORT, the engine resolves and
   * connects to CONNECT-TO-HOST on CONNECT-TO-PORT instead. The first matching
   * entry wins. Any of the four parts may be left empty: an empty HOST or PORT
   * matches anything, and an empty CONNECT-TO-HOST or CONNECT-TO-PORT keeps the
   * URL's host or port. IPv6 addresses are written in brackets.
   *
   * An entry that does not match, that has no PORT separator, whose PORT is not
   * a number or that ends after PORT is skipped, as libcurl 8.22 skips it. Once an
   * entry matches, a CONNECT-TO-PORT that is not a number fails the transfer
   * with CURLE_SETOPT_OPTION_SYNTAX (49), and a bracketed CONNECT-TO-HOST that is
   * not an IPv6 address with CURLE_URL_MALFORMAT (3).
   *
   * Everything above the TCP connection still uses the URL: the Host: header,
   * the host name in a CONNECT request, TLS server name indication and
   * certificate checks. Unlike CURLOPT_RESOLVE(3), nothing is added to any name
   * cache. When an HTTP proxy is in use and the entry changes the host or port,
   * the transfer goes through a CONNECT tunnel even without
   * CURLOPT_HTTPPROXYTUNNEL(3), since a forward proxy cannot be told where to
   * connect.
   *
   * Each call replaces the whole list; null or an empty array removes it.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.49.0
   * @see {@link CURLOPT.HTTPPROXYTUNNEL | CURLOPT_HTTPPROXYTUNNEL}
   * @see {@link CURLOPT.PORT | CURLOPT_PORT}
   * @see {@link CURLOPT.RESOLVE | CURLOPT_RESOLVE}
   * @see {@link CURLOPT.URL | CURLOPT_URL}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_CONNECT_TO.html | CURLOPT_CONNECT_TO} from CURLOPT_CONNECT_TO.md (generated; do not edit)
   */
  CONNECT_TO: 'CONNECT_TO',
  /**
   * text for the Cookie header
   *
   * Give the text of a Cookie: request header, written the way the header
   * carries it: name=value pairs joined by a semicolon and a space, such as
   * "lang=en; theme=dark". The text is sent exactly as given, nothing is checked
   * or encoded, and it goes into every request of the transfer, redirects
   * included, but only to the host the transfer started with: a redirect to
   * another host, port or scheme leaves it out.
   *
   * This option does not start the cookie engine and nothing in it is stored.
   * When the engine runs (CURLOPT_COOKIEFILE(3), CURLOPT_COOKIEJAR(3) or
   * CURLOPT_COOKIELIST(3)), the cookies it holds for the request come first on the
   * same Cookie: line and this text follows them. A Cookie: line in
   * CURLOPT_HTTPHEADER(3) makes the library leave this text out (the engine's
   * cookies are still sent). null stops sending it.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see CURLINFO_COOKIELIST
   * @see {@link CURLOPT.COOKIEFILE | CURLOPT_COOKIEFILE}
   * @see {@link CURLOPT.COOKIEJAR | CURLOPT_COOKIEJAR}
   * @see {@link CURLOPT.COOKIELIST | CURLOPT_COOKIELIST}
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_COOKIE.html | CURLOPT_COOKIE} from CURLOPT_COOKIE.md (generated; do not edit)
   */
  COOKIE: 'COOKIE',
  /**
   * files to read cookies from
   *
   * Name a file of cookies for the handle to read, and start the cookie engine.
   * Each call adds a name to a list; every file on the list is read, in order,
   * when a perform starts, so cookies written to a file between two performs are
   * picked up by the second one.
   *
   * A file may hold lines in the Netscape format that CURLOPT_COOKIEJAR(3)
   * writes (seven fields separated by tabs: domain, whether subdomains match,
   * path, secure, expiry in seconds since 1970, name and value; a domain prefixed
   * with #HttpOnly_ marks an HttpOnly cookie; an older six-field form without
   * the path is read too), or lines that start with Set-Cookie: followed by a
   * header value, as a server sends it. Other lines starting with #, empty
   * lines and lines that are neither are skipped without a word. A line of 5000
   * bytes or more stops the reading and the perform fails with CURLE_TOO_LARGE
   * (100). Cookies already expired are dropped.
   *
   * An empty string reads nothing but still starts the engine, so cookies the
   * server sets are kept and sent back for the life of the handle. "-" reads
   * standard input. A file that cannot be opened, or a directory, is skipped
   * with a warning in the verbose output.
   *
   * null forgets the list, throws away every cookie the handle holds and stops
   * the engine, also when CURLOPT_COOKIEJAR(3) is set.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.COOKIE | CURLOPT_COOKIE}
   * @see {@link CURLOPT.COOKIEJAR | CURLOPT_COOKIEJAR}
   * @see {@link CURLOPT.COOKIESESSION | CURLOPT_COOKIESESSION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_COOKIEFILE.html | CURLOPT_COOKIEFILE} from CURLOPT_COOKIEFILE.md (generated; do not edit)
   */
  COOKIEFILE: 'COOKIEFILE',
  /**
   * file to save cookies in
   *
   * Name the file the handle writes all its cookies to when curl_easy_cleanup(3)
   * runs, and start the cookie engine. The file starts with three comment lines
   * (# Netscape HTTP Cookie File, a link to curl's cookie documentation, and a
   * line saying libcurl wrote it) and an empty line, then one line per cookie in
   * the Netscape format CURLOPT_COOKIEFILE(3) reads, the most recently created
   * first. Session cookies are saved too, with an expiry of 0; expired cookies are
   * not. "-" writes to standard output. An existing file is replaced as a whole,
   * through a temporary file in the same folder, and keeps its permissions with
   * read and write for the owner added.
   *
   * Nothing is written unless at least one perform started on the handle (before
   * that the cookie files may not have been read). CURLOPT_COOKIELIST(3) with
   * "FLUSH" writes the file at once. A file that cannot be written gives a
   * warning in the verbose output; cleanup carries on. null stops the saving
   * but leaves the engine running.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.9
   * @see {@link CURLOPT.COOKIE | CURLOPT_COOKIE}
   * @see {@link CURLOPT.COOKIEFILE | CURLOPT_COOKIEFILE}
   * @see {@link CURLOPT.COOKIELIST | CURLOPT_COOKIELIST}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_COOKIEJAR.html | CURLOPT_COOKIEJAR} from CURLOPT_COOKIEJAR.md (generated; do not edit)
   */
  COOKIEJAR: 'COOKIEJAR',
  /**
   * change the handle's cookies now
   *
   * Act on the cookie engine at once, rather than at the next perform. The string
   * is one of these commands (any case):
   *
   * ALL
   *
   * Remove every cookie.
   *
   * SESS
   *
   * Remove the session cookies, those without an expiry.
   *
   * FLUSH
   *
   * Write the cookies to the CURLOPT_COOKIEJAR(3) file now (only once a perform
   * has started on the handle).
   *
   * RELOAD
   *
   * Read the CURLOPT_COOKIEFILE(3) files again.
   *
   * Any other string
   *
   * The string is one cookie to add, which starts the engine if it was not
   * running: either a line in the Netscape format CURLOPT_COOKIEJAR(3) writes, or
   * a Set-Cookie: header line as a server sends it. A header line without a
   * domain attribute gives a cookie without a domain: libcurl files it with the
   * cookies of hosts given as an IP address, so in practice it is sent to those,
   * and it is neither listed by CURLINFO_COOKIELIST(3) nor saved. A cookie that
   * breaks the rules (a bad line, a __Host- or __Secure- name that is not
   * secure) is dropped without an error. A cookie with the name, domain and path
   * of one the handle holds replaces it.
   *
   * null does nothing.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.14.1
   * @see CURLINFO_COOKIELIST
   * @see {@link CURLOPT.COOKIE | CURLOPT_COOKIE}
   * @see {@link CURLOPT.COOKIEFILE | CURLOPT_COOKIEFILE}
   * @see {@link CURLOPT.COOKIEJAR | CURLOPT_COOKIEJAR}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_COOKIELIST.html | CURLOPT_COOKIELIST} from CURLOPT_COOKIELIST.md (generated; do not edit)
   */
  COOKIELIST: 'COOKIELIST',
  /**
   * skip session cookies when reading cookie files
   *
   * Pass 1 to treat the next reading of the CURLOPT_COOKIEFILE(3) files as the
   * start of a new browser session: cookies in them that have no expiry (session
   * cookies) are not taken. Cookies with an expiry are read as usual, and session
   * cookies the servers set later are kept. Cookies the handle already holds are
   * not touched; see CURLOPT_COOKIELIST(3) with "SESS" for that. Any non-zero
   * value counts as 1.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.9.7
   * @see {@link CURLOPT.COOKIE | CURLOPT_COOKIE}
   * @see {@link CURLOPT.COOKIEFILE | CURLOPT_COOKIEFILE}
   * @see {@link CURLOPT.COOKIEJAR | CURLOPT_COOKIEJAR}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_COOKIESESSION.html | CURLOPT_COOKIESESSION} from CURLOPT_COOKIESESSION.md (generated; do not edit)
   */
  COOKIESESSION: 'COOKIESESSION',
  /**
   * POST data that the handle keeps a copy of
   *
   * Like CURLOPT_POSTFIELDS(3) the data becomes the body of a POST request, but
   * the handle copies it at once, so the application may change or drop its own
   * data afterwards. In manbind the data is a string, copied as its UTF-8 bytes
   * (JavaScript strings cannot change, so the two options differ only in how
   * CURLOPT_POSTFIELDSIZE(3) applies).
   *
   * When CURLOPT_POSTFIELDSIZE(3) or CURLOPT_POSTFIELDSIZE_LARGE(3) is set
   * (not -1) before this option, only that many bytes are copied; a size larger
   * than the data is refused. Setting null drops the copy.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.17.1
   * @see {@link CURLOPT.POSTFIELDS | CURLOPT_POSTFIELDS}
   * @see {@link CURLOPT.POSTFIELDSIZE | CURLOPT_POSTFIELDSIZE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_COPYPOSTFIELDS.html | CURLOPT_COPYPOSTFIELDS} from CURLOPT_COPYPOSTFIELDS.md (generated; do not edit)
   */
  COPYPOSTFIELDS: 'COPYPOSTFIELDS',
  /**
   * certificate revocation lists to check against
   *
   * Name a file of PEM certificate revocation lists. With
   * CURLOPT_SSL_VERIFYPEER(3) on, every certificate of the server's chain is then
   * checked against them, so a list is needed from each issuer in the chain; a
   * revoked certificate fails the perform with CURLE_PEER_FAILED_VERIFICATION (60)
   * (certificate revoked), a missing list likewise (unable to get certificate
   * CRL). A file that cannot be read or parsed fails the perform with
   * CURLE_SSL_CRL_BADFILE (82). Without peer verification the file is not used.
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.19.0
   * @see {@link CURLOPT.CAINFO | CURLOPT_CAINFO}
   * @see {@link CURLOPT.SSL_VERIFYPEER | CURLOPT_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_CRLFILE.html | CURLOPT_CRLFILE} from CURLOPT_CRLFILE.md (generated; do not edit)
   */
  CRLFILE: 'CRLFILE',
  /**
   * method name to put in the request line
   *
   * Replace the method word of the HTTP request line, GET, HEAD or POST,
   * with this string, for instance DELETE, PUT or PATCH. Only the word
   * changes: the engine still builds and handles the request as the method the
   * other options select. A PUT with a body therefore needs
   * CURLOPT_POSTFIELDS(3) too, and HEAD set this way makes the engine wait for
   * a body the server never sends; use CURLOPT_NOBODY(3) for HEAD requests.
   *
   * The string is sent as given, so it must be a valid method token. What
   * happens to it on redirects depends on CURLOPT_FOLLOWLOCATION(3). null
   * goes back to the method the other options choose.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.FOLLOWLOCATION | CURLOPT_FOLLOWLOCATION}
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link CURLOPT.NOBODY | CURLOPT_NOBODY}
   * @see {@link CURLOPT.POSTFIELDS | CURLOPT_POSTFIELDS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_CUSTOMREQUEST.html | CURLOPT_CUSTOMREQUEST} from CURLOPT_CUSTOMREQUEST.md (generated; do not edit)
   */
  CUSTOMREQUEST: 'CUSTOMREQUEST',
  /**
   * application value handed to the debug callback
   *
   * Store a value that the engine passes, unchanged, as the last argument
   * (clientp) of every CURLOPT_DEBUGFUNCTION(3) call. In manbind any value
   * works: a log array, a stream, a per-transfer label. Without a debug callback
   * the value is not used.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.9.6
   * @see {@link CURLOPT.DEBUGFUNCTION | CURLOPT_DEBUGFUNCTION}
   * @see {@link CURLOPT.STDERR | CURLOPT_STDERR}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_DEBUGDATA.html | CURLOPT_DEBUGDATA} from CURLOPT_DEBUGDATA.md (generated; do not edit)
   */
  DEBUGDATA: 'DEBUGDATA',
  /**
   * callback that receives verbose output
   *
   * Route the handle's verbose output to a function instead of CURLOPT_STDERR(3).
   * The callback only runs while CURLOPT_VERBOSE(3) is on.
   *
   * In manbind it receives (handle, type, data, size, clientp): the Easy
   * object, the kind of data as a curl_infotype number, the bytes as a
   * Uint8Array (not terminated, and not necessarily text), their length, and
   * the value of CURLOPT_DEBUGDATA(3). The kinds this engine produces are:
   *
   * - CURLINFO_TEXT (0): an informational line or a failure text, ending in a
   *   newline, worded as libcurl 8.22 words it.
   * - CURLINFO_HEADER_IN (1): a header line received, one event per line: the
   *   proxy's CONNECT answer, and HTTP response headers.
   * - CURLINFO_HEADER_OUT (2): the request headers sent, as one event: the
   *   CONNECT request, or an HTTP request.
   * - CURLINFO_DATA_IN (3) and CURLINFO_DATA_OUT (4): body bytes of ordinary
   *   transfers. Bytes moved with easy.send() and easy.recv() are never
   *   reported.
   *
   * CURLINFO_SSL_DATA_IN (5) and CURLINFO_SSL_DATA_OUT (6) exist for
   * completeness; Node's TLS layer does not expose raw TLS records, so manbind
   * does not emit them.
   *
   * The return value is ignored, and a callback that throws is ignored as well,
   * apart from the error text being kept as the handle's last error.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.9.6
   * @see CURLINFO_CONN_ID
   * @see {@link CURLOPT.DEBUGDATA | CURLOPT_DEBUGDATA}
   * @see {@link CURLOPT.STDERR | CURLOPT_STDERR}
   * @see {@link CURLOPT.VERBOSE | CURLOPT_VERBOSE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_DEBUGFUNCTION.html | CURLOPT_DEBUGFUNCTION} from CURLOPT_DEBUGFUNCTION.md (generated; do not edit)
   */
  DEBUGFUNCTION: 'DEBUGFUNCTION',
  /**
   * the scheme for URLs written without one
   *
   * Give the scheme, such as "https", that a CURLOPT_URL(3) without a scheme
   * gets: example.com/x is then used as https://example.com/x, and
   * CURLINFO_EFFECTIVE_URL(3) shows it that way. Without this option the library
   * guesses the scheme from the host name (ftp. and a few other prefixes name
   * their protocol) and uses http otherwise. A URL that names its scheme is not
   * changed. The name is not checked when it is set: one the library has no
   * handler for makes the perform fail with CURLE_UNSUPPORTED_PROTOCOL (1).
   * null goes back to guessing.
   *
   * Default: NULL: guess
   *
   * Protocols: All
   *
   * @since 7.45.0
   * @see {@link CURLOPT.PROTOCOLS_STR | CURLOPT_PROTOCOLS_STR}
   * @see {@link CURLOPT.URL | CURLOPT_URL}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_DEFAULT_PROTOCOL.html | CURLOPT_DEFAULT_PROTOCOL} from CURLOPT_DEFAULT_PROTOCOL.md (generated; do not edit)
   */
  DEFAULT_PROTOCOL: 'DEFAULT_PROTOCOL',
  /**
   * how long resolved names are kept
   *
   * The handle remembers the addresses a name resolved to, so later transfers to
   * the same name and port skip the lookup (verbose: Hostname NAME was found in
   * DNS cache). age is how many seconds an answer is used: an older one found
   * by a lookup is dropped with the verbose line Hostname in DNS cache was
   * stale, zapped and the name is resolved again, and the end of each transfer
   * drops the old ones quietly. The age is compared with the value set when the
   * cache is consulted, so lowering it also shortens the life of answers already
   * kept.
   *
   * 0 keeps no answer past the transfer that asked for it; -1 keeps answers for
   * as long as the handle lives. Entries added by CURLOPT_RESOLVE(3) without a
   * leading + never age.
   *
   * Default: 60
   *
   * Protocols: All
   *
   * @since 7.9.3
   * @see {@link CURLOPT.DNS_SHUFFLE_ADDRESSES | CURLOPT_DNS_SHUFFLE_ADDRESSES}
   * @see {@link CURLOPT.RESOLVE | CURLOPT_RESOLVE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_DNS_CACHE_TIMEOUT.html | CURLOPT_DNS_CACHE_TIMEOUT} from CURLOPT_DNS_CACHE_TIMEOUT.md (generated; do not edit)
   */
  DNS_CACHE_TIMEOUT: 'DNS_CACHE_TIMEOUT',
  /**
   * source IPv4 address for DNS queries
   *
   * Send the DNS queries of the handle's name lookups from this local address
   * when they go to a server over IPv4. The string is an IPv4 address in dotted form. It
   * does not change where the transfer's own connections come from; that is
   * CURLOPT_INTERFACE(3).
   *
   * Like CURLOPT_DNS_SERVERS(3), this is an option of a c-ares build of libcurl;
   * setting it makes the runtime look names up as that option describes.
   *
   * The address is stored as given. One that does not parse makes the first
   * lookup fail, and the perform returns CURLE_BAD_FUNCTION_ARGUMENT (43) with the
   * text Error 43 resolving NAME:PORT. An empty string or NULL removes the
   * setting.
   *
   * Default: NULL, the operating system picks the source address
   *
   * Protocols: All
   *
   * @since 7.33.0
   * @see {@link CURLOPT.DNS_LOCAL_IP6 | CURLOPT_DNS_LOCAL_IP6}
   * @see {@link CURLOPT.DNS_SERVERS | CURLOPT_DNS_SERVERS}
   * @see {@link CURLOPT.INTERFACE | CURLOPT_INTERFACE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_DNS_LOCAL_IP4.html | CURLOPT_DNS_LOCAL_IP4} from CURLOPT_DNS_LOCAL_IP4.md (generated; do not edit)
   */
  DNS_LOCAL_IP4: 'DNS_LOCAL_IP4',
  /**
   * source IPv6 address for DNS queries
   *
   * Send the DNS queries of the handle's name lookups from this local address
   * when they go to a server over IPv6. The string is an IPv6 address (without a scope). It
   * does not change where the transfer's own connections come from; that is
   * CURLOPT_INTERFACE(3).
   *
   * Like CURLOPT_DNS_SERVERS(3), this is an option of a c-ares build of libcurl;
   * setting it makes the runtime look names up as that option describes.
   *
   * The address is stored as given. One that does not parse makes the first
   * lookup fail, and the perform returns CURLE_BAD_FUNCTION_ARGUMENT (43) with the
   * text Error 43 resolving NAME:PORT. An empty string or NULL removes the
   * setting.
   *
   * Default: NULL, the operating system picks the source address
   *
   * Protocols: All
   *
   * @since 7.33.0
   * @see {@link CURLOPT.DNS_LOCAL_IP4 | CURLOPT_DNS_LOCAL_IP4}
   * @see {@link CURLOPT.DNS_SERVERS | CURLOPT_DNS_SERVERS}
   * @see {@link CURLOPT.INTERFACE | CURLOPT_INTERFACE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_DNS_LOCAL_IP6.html | CURLOPT_DNS_LOCAL_IP6} from CURLOPT_DNS_LOCAL_IP6.md (generated; do not edit)
   */
  DNS_LOCAL_IP6: 'DNS_LOCAL_IP6',
  /**
   * DNS servers to ask instead of the system's
   *
   * Send the handle's name lookups to these DNS servers rather than to the ones
   * the system is configured with. The list is comma separated; each entry is an
   * IPv4 address, an IPv6 address (in brackets when a port follows) and an
   * optional :PORT, 53 when left out: 192.0.2.53,[2001:db8::53]:5353.
   *
   * libcurl offers this option only when it is built with c-ares. With it (or with
   * CURLOPT_DNS_LOCAL_IP4(3) or CURLOPT_DNS_LOCAL_IP6(3)) set, this runtime looks
   * names up as such a build does, through Node.js's own c-ares resolver: A and
   * AAAA queries sent straight to the servers, no hosts file, and a failed lookup
   * reports the resolver's reason, as in Could not resolve host: NAME (Domain
   * name not found). IP addresses, localhost names, CURLOPT_RESOLVE(3) entries
   * and names already in the DNS cache are not looked up at all.
   *
   * The list is stored as given. A list that does not parse makes the first lookup
   * fail, and the perform returns CURLE_BAD_FUNCTION_ARGUMENT (43) with the text
   * Error 43 resolving NAME:PORT. An empty string or NULL leaves the system's
   * servers in use.
   *
   * Default: NULL, the system's servers
   *
   * Protocols: All
   *
   * @since 7.24.0
   * @see {@link CURLOPT.DNS_CACHE_TIMEOUT | CURLOPT_DNS_CACHE_TIMEOUT}
   * @see {@link CURLOPT.DNS_LOCAL_IP4 | CURLOPT_DNS_LOCAL_IP4}
   * @see {@link CURLOPT.DNS_LOCAL_IP6 | CURLOPT_DNS_LOCAL_IP6}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_DNS_SERVERS.html | CURLOPT_DNS_SERVERS} from CURLOPT_DNS_SERVERS.md (generated; do not edit)
   */
  DNS_SERVERS: 'DNS_SERVERS',
  /**
   * put resolved addresses in random order
   *
   * With 1, the addresses of each fresh answer are shuffled before they are used
   * and kept in the DNS cache, so that many clients resolving a name with several
   * addresses spread over them instead of all taking the first. The order then
   * stays as shuffled for as long as the answer is cached (see
   * CURLOPT_DNS_CACHE_TIMEOUT(3)). Entries that CURLOPT_RESOLVE(3) adds are
   * shuffled the same way when they are loaded at the start of a perform.
   * Connection attempts still try IPv6 and IPv4 addresses in turn, each family
   * in the shuffled order.
   *
   * Any non-zero value counts as 1.
   *
   * Default: 0, the order the resolver gave
   *
   * Protocols: All
   *
   * @since 7.60.0
   * @see {@link CURLOPT.DNS_CACHE_TIMEOUT | CURLOPT_DNS_CACHE_TIMEOUT}
   * @see {@link CURLOPT.IPRESOLVE | CURLOPT_IPRESOLVE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_DNS_SHUFFLE_ADDRESSES.html | CURLOPT_DNS_SHUFFLE_ADDRESSES} from CURLOPT_DNS_SHUFFLE_ADDRESSES.md (generated; do not edit)
   */
  DNS_SHUFFLE_ADDRESSES: 'DNS_SHUFFLE_ADDRESSES',
  /**
   * keep a readable explanation of the first failure
   *
   * Give the handle a place to put the detailed text of a failure, which says
   * more than the fixed message curl_easy_strerror(3) returns for the code (for
   * example Failed to connect to example.com:80 after 3 ms: Could not connect
   * to server).
   *
   * A C program passes a buffer of CURL_ERROR_SIZE bytes. In manbind you pass an
   * object of the ErrorBuffer type, { text: string }, and the engine assigns
   * its text property. The engine empties text when a perform starts and then
   * stores only the first failure text produced after that; later failures do not
   * overwrite it. Failures of curl_easy_setopt(3), easy.send() and
   * easy.recv() are stored too, when text is still empty. A callback that
   * threw leaves the thrown error's message. Pass null to stop using the object.
   *
   * The same texts are also reported through CURLOPT_VERBOSE(3) when it is on.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.1
   * @see {@link CURLOPT.DEBUGFUNCTION | CURLOPT_DEBUGFUNCTION}
   * @see {@link CURLOPT.VERBOSE | CURLOPT_VERBOSE}
   * @see curl_easy_strerror
   * @see {@link https://curl.se/libcurl/c/CURLOPT_ERRORBUFFER.html | CURLOPT_ERRORBUFFER} from CURLOPT_ERRORBUFFER.md (generated; do not edit)
   */
  ERRORBUFFER: 'ERRORBUFFER',
  /**
   * how long to wait for 100 Continue
   *
   * A request whose body is larger than 1 MiB, or of unknown size, goes with
   * Expect: 100-continue (unless HTTP/1.0 is used or a custom Expect header
   * says otherwise), and the body waits for the server's 100 Continue. This
   * option sets how many milliseconds to wait; when they pass without an answer
   * the body is sent anyway. A final answer that comes first means the body is
   * never sent, and the connection is closed afterwards. Values above 65535 are
   * lowered to 65535.
   *
   * Default: 1000
   *
   * Protocols: HTTP
   *
   * @since 7.36.0
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link CURLOPT.UPLOAD | CURLOPT_UPLOAD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_EXPECT_100_TIMEOUT_MS.html | CURLOPT_EXPECT_100_TIMEOUT_MS} from CURLOPT_EXPECT_100_TIMEOUT_MS.md (generated; do not edit)
   */
  EXPECT_100_TIMEOUT_MS: 'EXPECT_100_TIMEOUT_MS',
  /**
   * end the transfer on an HTTP error status
   *
   * Pass 1 to treat a final response status of 400 or more as a failed transfer:
   * once the response headers have been handed to the callbacks, the transfer
   * stops without reading the body and returns CURLE_HTTP_RETURNED_ERROR (22),
   * with the text The requested URL returned error: 404 (the status in place of
   * 404). CURLINFO_RESPONSE_CODE(3) still reports the status.
   *
   * Some answers do not count as failures: a 416 to a request resumed with
   * CURLOPT_RESUME_FROM_LARGE(3), since the file is then already complete, and a
   * 401 (or a 407 from a proxy) when credentials were given, which starts an
   * authentication round instead. Once the credentials have been sent and are
   * refused, or the challenge cannot be answered, the 401 or 407 fails as well.
   * Any non-zero value counts as 1.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see CURLINFO_RESPONSE_CODE
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_FAILONERROR.html | CURLOPT_FAILONERROR} from CURLOPT_FAILONERROR.md (generated; do not edit)
   */
  FAILONERROR: 'FAILONERROR',
  /**
   * ask for the modification time of the document
   *
   * Set to 1 to have the transfer keep the time the server says the document was
   * last changed (the Last-Modified: header of an HTTP response), which
   * CURLINFO_FILETIME(3) and CURLINFO_FILETIME_T(3) then report. Without it they
   * report -1.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.5
   * @see CURLINFO_FILETIME
   * @see CURLINFO_FILETIME_T
   * @see {@link https://curl.se/libcurl/c/CURLOPT_FILETIME.html | CURLOPT_FILETIME} from CURLOPT_FILETIME.md (generated; do not edit)
   */
  FILETIME: 'FILETIME',
  /**
   * follow HTTP redirects
   *
   * Make the engine request the URL named in the Location: header of a 3xx
   * answer (301, 302, 303, 307 or 308), and keep doing so until a response is not
   * a redirect or CURLOPT_MAXREDIRS(3) is reached. Relative locations are
   * resolved against the current URL. Redirects are followed to http and https
   * URLs only. CURLINFO_REDIRECT_COUNT(3) and CURLINFO_EFFECTIVE_URL(3) tell how
   * many hops were made and where the transfer ended; the header callback sees
   * the headers of every response along the way.
   *
   * The status code decides the next method. After 301 and 302 a POST becomes a
   * GET and after 303 every method except HEAD becomes a GET; the body is then
   * dropped. 307 and 308 repeat the request unchanged, body included. The modes
   * below differ in how they treat a method set with CURLOPT_CUSTOMREQUEST(3).
   *
   * 0
   *
   * Do not follow: a redirect response is the final response.
   *
   * CURLFOLLOW_ALL
   *
   * Follow, and send a custom method in every request of the chain, whatever the
   * status codes say.
   *
   * CURLFOLLOW_OBEYCODE
   *
   * Follow, and keep a custom method after 307 and 308 answers but drop it after
   * 301, 302 and 303, where the method the status code implies is used instead.
   *
   * CURLFOLLOW_FIRSTONLY
   *
   * Follow, but use a custom method only for the first request; redirected
   * requests use the method the status code implies.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see CURLINFO_EFFECTIVE_URL
   * @see CURLINFO_REDIRECT_COUNT
   * @see {@link CURLOPT.CUSTOMREQUEST | CURLOPT_CUSTOMREQUEST}
   * @see {@link CURLOPT.MAXREDIRS | CURLOPT_MAXREDIRS}
   * @see {@link CURLOPT.POST | CURLOPT_POST}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_FOLLOWLOCATION.html | CURLOPT_FOLLOWLOCATION} from CURLOPT_FOLLOWLOCATION.md (generated; do not edit)
   */
  FOLLOWLOCATION: 'FOLLOWLOCATION',
  /**
   * close the connection after the transfer
   *
   * Pass 1 to have the connection closed as soon as the transfer is done instead
   * of being kept in the cache for later transfers. The request itself is not
   * changed (no Connection: close is added). Use it for one-off requests to
   * hosts you will not talk to again. Connect-only connections are never reused
   * anyway; the option does not close them early. Any non-zero value counts as 1.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.7
   * @see CURLINFO_NUM_CONNECTS
   * @see {@link CURLOPT.FRESH_CONNECT | CURLOPT_FRESH_CONNECT}
   * @see {@link CURLOPT.MAXCONNECTS | CURLOPT_MAXCONNECTS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_FORBID_REUSE.html | CURLOPT_FORBID_REUSE} from CURLOPT_FORBID_REUSE.md (generated; do not edit)
   */
  FORBID_REUSE: 'FORBID_REUSE',
  /**
   * do not take a cached connection
   *
   * Pass 1 to make the next transfers open a new connection even when a suitable
   * one is waiting in the cache. The new connection may still be kept for later
   * transfers afterwards, unless CURLOPT_FORBID_REUSE(3) is set too.
   * Connect-only transfers behave this way regardless. Any non-zero value counts
   * as 1.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.7
   * @see CURLINFO_NUM_CONNECTS
   * @see {@link CURLOPT.FORBID_REUSE | CURLOPT_FORBID_REUSE}
   * @see {@link CURLOPT.MAXCONNECTS | CURLOPT_MAXCONNECTS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_FRESH_CONNECT.html | CURLOPT_FRESH_CONNECT} from CURLOPT_FRESH_CONNECT.md (generated; do not edit)
   */
  FRESH_CONNECT: 'FRESH_CONNECT',
  /**
   * which AUTH command FTP tries first
   *
   * When CURLOPT_USE_SSL(3) asks for TLS on an ftp:// connection, the connect
   * phase asks the server for it with AUTH SSL or AUTH TLS (RFC 4217); if the
   * first is refused, the other one is tried. Both lead to the same TLS handshake.
   * When both are refused, the login goes on in plain text under CURLUSESSL_TRY
   * and fails with CURLE_USE_SSL_FAILED (64) otherwise. Values outside 0 to 2
   * return CURLE_BAD_FUNCTION_ARGUMENT (43).
   *
   * CURLFTPAUTH_DEFAULT
   *
   * AUTH SSL first, as CURLFTPAUTH_SSL.
   *
   * CURLFTPAUTH_SSL
   *
   * AUTH SSL first, then AUTH TLS.
   *
   * CURLFTPAUTH_TLS
   *
   * AUTH TLS first, then AUTH SSL.
   *
   * manbind serves the connect phase of IMAP, POP3, SMTP and FTP (and their TLS
   * forms) for CURLOPT_CONNECT_ONLY(3) transfers only.
   *
   * Default: CURLFTPAUTH_DEFAULT
   *
   * Protocols: FTP
   *
   * @since 7.12.2
   * @see {@link CURLOPT.USE_SSL | CURLOPT_USE_SSL}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_FTPSSLAUTH.html | CURLOPT_FTPSSLAUTH} from CURLOPT_FTPSSLAUTH.md (generated; do not edit)
   */
  FTPSSLAUTH: 'FTPSSLAUTH',
  /**
   * account for the FTP ACCT command
   *
   * Set the account an FTP server may ask for after the user name or password:
   * when it answers 332, the connect phase sends ACCT with this string (RFC 959
   * section 4.1.1). Without an account such a server's request fails the transfer
   * with CURLE_LOGIN_DENIED (67) and the text ACCT requested but none available;
   * an account the server refuses gives CURLE_FTP_WEIRD_PASS_REPLY (11). An
   * account with a control byte (such as CR or LF) is not sent: the transfer fails
   * with CURLE_BAD_FUNCTION_ARGUMENT (43).
   *
   * manbind serves the connect phase of IMAP, POP3, SMTP and FTP (and their TLS
   * forms) for CURLOPT_CONNECT_ONLY(3) transfers only.
   *
   * Default: NULL
   *
   * Protocols: FTP
   *
   * @since 7.13.0
   * @see {@link CURLOPT.USERNAME | CURLOPT_USERNAME}
   * @see {@link CURLOPT.PASSWORD | CURLOPT_PASSWORD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_FTP_ACCOUNT.html | CURLOPT_FTP_ACCOUNT} from CURLOPT_FTP_ACCOUNT.md (generated; do not edit)
   */
  FTP_ACCOUNT: 'FTP_ACCOUNT',
  /**
   * command to send when FTP USER is refused
   *
   * Set a command line to send, once, in place of USER when the server refuses
   * the user name (any answer but 2xx, 331 or 332); some servers want a login
   * command of their own, such as SITE AUTH. The server's answer to it is then
   * taken as the answer to USER (a 331 makes the password go next). A command with
   * a control byte (such as CR or LF) is not sent: the transfer fails with
   * CURLE_BAD_FUNCTION_ARGUMENT (43).
   *
   * manbind serves the connect phase of IMAP, POP3, SMTP and FTP (and their TLS
   * forms) for CURLOPT_CONNECT_ONLY(3) transfers only.
   *
   * Default: NULL
   *
   * Protocols: FTP
   *
   * @since 7.15.5
   * @see {@link CURLOPT.FTP_ACCOUNT | CURLOPT_FTP_ACCOUNT}
   * @see {@link CURLOPT.USERNAME | CURLOPT_USERNAME}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_FTP_ALTERNATIVE_TO_USER.html | CURLOPT_FTP_ALTERNATIVE_TO_USER} from CURLOPT_FTP_ALTERNATIVE_TO_USER.md (generated; do not edit)
   */
  FTP_ALTERNATIVE_TO_USER: 'FTP_ALTERNATIVE_TO_USER',
  /**
   * head start of IPv6 over IPv4
   *
   * When a host has addresses of both families, the engine tries IPv6 first and
   * starts on IPv4 in parallel if the IPv6 attempt has not connected within this
   * many milliseconds (the "happy eyeballs" approach of RFC 8305). An attempt
   * that fails outright, because it was refused or the open-socket callback
   * returned CURL_SOCKET_BAD, moves on to the next address at once without
   * waiting. The first attempt to connect wins and the others are closed.
   *
   * Because attempts can overlap, the open-socket and sockopt callbacks may be
   * called for a second address before the first attempt has finished. A
   * timeout of 0 starts the second family right away.
   *
   * Default: 200
   *
   * Protocols: All
   *
   * @since 7.59.0
   * @see {@link CURLOPT.CONNECTTIMEOUT_MS | CURLOPT_CONNECTTIMEOUT_MS}
   * @see {@link CURLOPT.IPRESOLVE | CURLOPT_IPRESOLVE}
   * @see {@link CURLOPT.OPENSOCKETFUNCTION | CURLOPT_OPENSOCKETFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HAPPY_EYEBALLS_TIMEOUT_MS.html | CURLOPT_HAPPY_EYEBALLS_TIMEOUT_MS} from CURLOPT_HAPPY_EYEBALLS_TIMEOUT_MS.md (generated; do not edit)
   */
  HAPPY_EYEBALLS_TIMEOUT_MS: 'HAPPY_EYEBALLS_TIMEOUT_MS',
  /**
   * start connections with a PROXY protocol line
   *
   * With 1, each new connection starts with a version 1 PROXY protocol line, the
   * text header HAProxy defined for load balancers to tell a server which client
   * a connection stands for. Servers set up to expect it (HAProxy's
   * accept-proxy, nginx's proxy_protocol, Apache's mod_remoteip) then log
   * and use that client address.
   *
   * The line is PROXY TCP4 SOURCE DEST SPORT DPORT (TCP6 for IPv6) ended by
   * CRLF, with the local and remote address and port of the socket. It is the
   * first thing sent: before the request, and before the TLS handshake of an
   * HTTPS URL. Through an HTTP proxy tunnel it goes inside the tunnel, still
   * naming the socket to the proxy. Over a Unix domain socket the line is
   * PROXY UNKNOWN. CURLOPT_HAPROXY_CLIENT_IP(3) puts another address in it.
   *
   * The line is sent only when a connection is made; a reused connection already
   * had it. Any non-zero value counts as 1.
   *
   * Default: 0, no PROXY line
   *
   * Protocols: All
   *
   * @since 7.60.0
   * @see {@link CURLOPT.HAPROXY_CLIENT_IP | CURLOPT_HAPROXY_CLIENT_IP}
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HAPROXYPROTOCOL.html | CURLOPT_HAPROXYPROTOCOL} from CURLOPT_HAPROXYPROTOCOL.md (generated; do not edit)
   */
  HAPROXYPROTOCOL: 'HAPROXYPROTOCOL',
  /**
   * client address for the PROXY protocol line
   *
   * Turn on the PROXY protocol line of CURLOPT_HAPROXYPROTOCOL(3) and put
   * client_ip in it as both the source and the destination address, for a
   * client that forwards connections on behalf of someone else. The ports stay
   * those of the socket. The string is not checked: an IPv4 address gives a TCP4
   * line and anything else a TCP6 line, with the text as it is.
   *
   * NULL removes the address and turns the PROXY line off again, whatever
   * CURLOPT_HAPROXYPROTOCOL(3) said before.
   *
   * Default: NULL, no PROXY line
   *
   * Protocols: All
   *
   * @since 8.2.0
   * @see {@link CURLOPT.HAPROXYPROTOCOL | CURLOPT_HAPROXYPROTOCOL}
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HAPROXY_CLIENT_IP.html | CURLOPT_HAPROXY_CLIENT_IP} from CURLOPT_HAPROXY_CLIENT_IP.md (generated; do not edit)
   */
  HAPROXY_CLIENT_IP: 'HAPROXY_CLIENT_IP',
  /**
   * deliver headers together with the body
   *
   * Pass 1 to have the received header lines passed to the write callback (or
   * written where CURLOPT_WRITEDATA(3) points) in front of the body, just as they
   * arrived: status line, headers and the empty line, for each response including
   * the proxy's answer to CONNECT unless CURLOPT_SUPPRESS_CONNECT_HEADERS(3) is
   * set. The header callback still gets them as well. This suits programs that
   * want the raw response in one stream; CURLOPT_HEADERFUNCTION(3) is the better
   * way to look at headers. Any non-zero value counts as 1.
   *
   * Default: 0
   *
   * Protocols: HTTP, FTP, IMAP, POP3, SMTP
   *
   * @since 7.1
   * @see {@link CURLOPT.HEADERFUNCTION | CURLOPT_HEADERFUNCTION}
   * @see {@link CURLOPT.SUPPRESS_CONNECT_HEADERS | CURLOPT_SUPPRESS_CONNECT_HEADERS}
   * @see {@link CURLOPT.WRITEFUNCTION | CURLOPT_WRITEFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HEADER.html | CURLOPT_HEADER} from CURLOPT_HEADER.md (generated; do not edit)
   */
  HEADER: 'HEADER',
  /**
   * application value handed to the header callback
   *
   * Store a value that the engine passes, unchanged, as the last argument
   * (userdata) of each CURLOPT_HEADERFUNCTION(3) call. In manbind any
   * JavaScript value can be used, such as an array that collects the lines or an
   * object describing the request. The engine does not read it.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.10
   * @see {@link CURLOPT.HEADERFUNCTION | CURLOPT_HEADERFUNCTION}
   * @see {@link CURLOPT.WRITEDATA | CURLOPT_WRITEDATA}
   * @see {@link CURLOPT.WRITEFUNCTION | CURLOPT_WRITEFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HEADERDATA.html | CURLOPT_HEADERDATA} from CURLOPT_HEADERDATA.md (generated; do not edit)
   */
  HEADERDATA: 'HEADERDATA',
  /**
   * callback that receives response header lines
   *
   * Set a function that gets the received header lines one at a time, each as
   * sent on the wire with its line ending: the status line, every header, and
   * the empty line that ends the block. Every response is included: interim 1xx
   * responses, each response of a redirect chain, and the proxy's answer to a
   * CONNECT request (unless CURLOPT_SUPPRESS_CONNECT_HEADERS(3) is set), which
   * also arrives for connect-only transfers. With CURLOPT_CONNECT_ONLY(3) set to
   * 2 the callback sees the server's headers before the perform returns.
   *
   * In manbind the callback receives (buffer, size, nitems, userdata): the
   * line as a Uint8Array, size always 1, nitems the number of bytes, and the
   * value of CURLOPT_HEADERDATA(3). The bytes are only valid during the call;
   * copy them to keep them. Return size * nitems to go on. Returning
   * CURL_WRITEFUNC_PAUSE pauses the transfer (see curl_easy_pause(3)): the line
   * counts as not taken and comes again on resume, before anything that followed
   * it. Any other number, or a thrown exception, stops the transfer with
   * CURLE_WRITE_ERROR (23); the exception's message becomes the handle's last
   * error text.
   *
   * Header lines are not decoded or folded for you. A header folded over several
   * lines arrives as the lines that make it up.
   *
   * Default: NULL
   *
   * Without a callback, header lines are only passed on when CURLOPT_HEADER(3)
   * puts them in the body stream.
   *
   * Protocols: HTTP, FTP, POP3, IMAP, SMTP
   *
   * @since 7.7.2
   * @see CURLINFO_HEADER_SIZE
   * @see {@link CURLOPT.HEADER | CURLOPT_HEADER}
   * @see {@link CURLOPT.HEADERDATA | CURLOPT_HEADERDATA}
   * @see {@link CURLOPT.SUPPRESS_CONNECT_HEADERS | CURLOPT_SUPPRESS_CONNECT_HEADERS}
   * @see {@link CURLOPT.WRITEFUNCTION | CURLOPT_WRITEFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HEADERFUNCTION.html | CURLOPT_HEADERFUNCTION} from CURLOPT_HEADERFUNCTION.md (generated; do not edit)
   */
  HEADERFUNCTION: 'HEADERFUNCTION',
  /**
   * which custom headers go to a proxy
   *
   * Choose whether the headers of CURLOPT_HTTPHEADER(3) are also meant for an HTTP
   * proxy, or whether the proxy has its own list in CURLOPT_PROXYHEADER(3). It
   * matters for the CONNECT request that opens a tunnel and for requests sent to a
   * proxy without a tunnel. Only the lowest bit is read.
   *
   * CURLHEADER_UNIFIED
   *
   * One list for everyone: the CONNECT request carries the CURLOPT_HTTPHEADER(3)
   * headers, a request through a proxy without a tunnel carries them alone, and
   * CURLOPT_PROXYHEADER(3) is not used at all. A Proxy-Connection: or
   * Proxy-Authorization: header meant to replace the library's own is then
   * looked for in CURLOPT_HTTPHEADER(3).
   *
   * CURLHEADER_SEPARATE
   *
   * Separate lists: the CONNECT request carries only the CURLOPT_PROXYHEADER(3)
   * headers and the server never sees them through the tunnel, while a request
   * sent to a proxy without a tunnel carries both lists, CURLOPT_HTTPHEADER(3)
   * first.
   *
   * Default: CURLHEADER_SEPARATE
   *
   * Protocols: HTTP
   *
   * @since 7.37.0
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link CURLOPT.PROXYHEADER | CURLOPT_PROXYHEADER}
   * @see {@link CURLOPT.HTTPPROXYTUNNEL | CURLOPT_HTTPPROXYTUNNEL}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HEADEROPT.html | CURLOPT_HEADEROPT} from CURLOPT_HEADEROPT.md (generated; do not edit)
   */
  HEADEROPT: 'HEADEROPT',
  /**
   * status lines to take as HTTP/1.0 200
   *
   * Give texts that some servers send in place of an HTTP status line, such as
   * "ICY 200 OK" from old streaming servers. In C this is a curl_slist; in
   * manbind an array of strings. A response whose first line begins with one of
   * them, compared in any case, is read as an HTTP/1.0 200 answer: its header
   * lines follow as usual, CURLINFO_RESPONSE_CODE(3) reports 200 and the
   * connection closes after the body, as with HTTP/1.0. Without a matching alias
   * such a first line fails with CURLE_UNSUPPORTED_PROTOCOL (1) and the text
   * Received HTTP/0.9 when not allowed. Lines that start with HTTP/ are never
   * compared with the aliases. null removes them all.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.10.3
   * @see {@link CURLOPT.HTTP_VERSION | CURLOPT_HTTP_VERSION}
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTP200ALIASES.html | CURLOPT_HTTP200ALIASES} from CURLOPT_HTTP200ALIASES.md (generated; do not edit)
   */
  HTTP200ALIASES: 'HTTP200ALIASES',
  /**
   * authentication schemes allowed with the server
   *
   * Choose, as a bitmask, which ways of authenticating to the HTTP server the
   * engine may use with the transfer's credentials: CURLOPT_USERPWD(3) (or
   * CURLOPT_USERNAME(3) and CURLOPT_PASSWORD(3)), the user and password in the
   * URL, or the token of CURLOPT_XOAUTH2_BEARER(3).
   *
   * With exactly one scheme set, the engine uses it from the first request: Basic
   * and Bearer credentials travel with the first request, Digest waits for the
   * server's challenge. With several schemes set, the first request goes without
   * credentials; when the server answers 401, the engine reads its
   * WWW-Authenticate headers, picks the strongest scheme both sides accept
   * (Bearer when a token is set, then Digest, then Basic) and sends the same
   * request again. A POST body is sent again too. While a Digest challenge is
   * still to come, a POST goes out as a probe with Content-Length: 0.
   *
   * When the server refuses the credentials it sent (a second 401), the engine
   * stops and the transfer ends with that 401 answer and CURLE_OK, as libcurl
   * does. A Digest challenge the engine cannot use, for instance one naming an
   * unknown algorithm, is skipped the same way. CURLINFO_HTTPAUTH_AVAIL(3) and
   * CURLINFO_HTTPAUTH_USED(3) tell what was offered and what was used.
   *
   * After a redirect to another host, port or scheme, credentials from the options
   * are not sent unless CURLOPT_UNRESTRICTED_AUTH(3) is set. An Authorization
   * header in CURLOPT_HTTPHEADER(3) replaces Basic and Bearer.
   *
   * manbind implements Basic, Digest and Bearer. It treats the other schemes the
   * way a libcurl built without them does: their bits are dropped when the option
   * is set, and when nothing usable remains setopt returns CURLE_NOT_BUILT_IN (4).
   *
   * CURLAUTH_BASIC
   *
   * User name and password, base64-encoded, in an Authorization header (RFC
   * 7617). Readable by anyone on the path to the server.
   *
   * CURLAUTH_DIGEST
   *
   * Digest access authentication (RFC 7616): the password is never sent, only a
   * hash over the server's challenge. MD5, SHA-256 and SHA-512-256 (and their
   * -sess forms), qop auth and userhash are supported. It costs a 401 round trip.
   *
   * CURLAUTH_DIGEST_IE
   *
   * An old variant of Digest; manbind, like libcurl, turns it into
   * CURLAUTH_DIGEST. Deprecated since libcurl 8.21.0.
   *
   * CURLAUTH_BEARER
   *
   * The OAuth 2 token of CURLOPT_XOAUTH2_BEARER(3) in an Authorization: Bearer
   * header (RFC 6750).
   *
   * CURLAUTH_NEGOTIATE
   *
   * SPNEGO (Kerberos) authentication. Not built in: the bit is dropped.
   *
   * CURLAUTH_NTLM
   *
   * Microsoft NTLM. Not built in: the bit is dropped.
   *
   * CURLAUTH_AWS_SIGV4
   *
   * AWS V4 request signing. Not built in: the bit is dropped.
   *
   * CURLAUTH_ONLY
   *
   * Combined with one scheme, use that scheme even if the server did not ask for
   * it. Alone it leaves nothing to use.
   *
   * CURLAUTH_ANY
   *
   * Every scheme: in manbind Bearer, Digest or Basic, whichever the server offers.
   *
   * CURLAUTH_ANYSAFE
   *
   * Every scheme except Basic: in manbind Bearer or Digest.
   *
   * Default: CURLAUTH_BASIC
   *
   * Protocols: HTTP
   *
   * @since 7.10.6
   * @see CURLINFO_HTTPAUTH_AVAIL
   * @see CURLINFO_HTTPAUTH_USED
   * @see {@link CURLOPT.PROXYAUTH | CURLOPT_PROXYAUTH}
   * @see {@link CURLOPT.UNRESTRICTED_AUTH | CURLOPT_UNRESTRICTED_AUTH}
   * @see {@link CURLOPT.USERPWD | CURLOPT_USERPWD}
   * @see {@link CURLOPT.XOAUTH2_BEARER | CURLOPT_XOAUTH2_BEARER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTPAUTH.html | CURLOPT_HTTPAUTH} from CURLOPT_HTTPAUTH.md (generated; do not edit)
   */
  HTTPAUTH: 'HTTPAUTH',
  /**
   * custom headers for HTTP requests
   *
   * Add, replace or remove request headers. In C this is a curl_slist; in
   * manbind an array of strings, each one header without the line ending.
   * Each entry works in one of three ways:
   *
   * - Name: value adds the header, or replaces the header of that name the
   *   engine would send itself (Host, Accept, User-Agent,
   *   Content-Type, Content-Length ...).
   * - Name: with nothing after the colon removes the engine's header of that
   *   name and sends nothing.
   * - Name; sends the header with an empty value.
   *
   * The engine does not check the text, so a line must not contain CR or LF and
   * must not be the request line; the method is changed with
   * CURLOPT_CUSTOMREQUEST(3). The headers go to the server in HTTP requests and WebSocket upgrade
   * requests (where a header named like one of the upgrade headers replaces it),
   * never to a proxy's CONNECT request, which takes CURLOPT_PROXYHEADER(3). When
   * the request goes to an HTTP proxy without a tunnel, they are part of that
   * request. Each call replaces the whole list; null or an empty array removes
   * it.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.CUSTOMREQUEST | CURLOPT_CUSTOMREQUEST}
   * @see {@link CURLOPT.HEADER | CURLOPT_HEADER}
   * @see {@link CURLOPT.PROXYHEADER | CURLOPT_PROXYHEADER}
   * @see {@link CURLOPT.USERAGENT | CURLOPT_USERAGENT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTPHEADER.html | CURLOPT_HTTPHEADER} from CURLOPT_HTTPHEADER.md (generated; do not edit)
   */
  HTTPHEADER: 'HTTPHEADER',
  /**
   * always tunnel through the HTTP proxy
   *
   * Pass 1 to make every transfer through an HTTP proxy open a tunnel with a
   * CONNECT host:port request first and run inside it. Without it, only plain
   * http URLs are treated differently: they are handed to the proxy as ordinary
   * requests carrying the absolute URL (and a connect-only transfer stops once it
   * reaches the proxy, so the application talks to the proxy). https, ws, wss and
   * other schemes are tunnelled either way.
   *
   * Any 2xx answer opens the tunnel. Another status makes the perform fail with
   * CURLE_COULDNT_CONNECT (7) and sets CURLINFO_HTTP_CONNECTCODE(3); a proxy that
   * closes the connection or answers something that is not HTTP gives
   * CURLE_RECV_ERROR (56). Bytes the proxy sends after its answer are kept for
   * the first recv. The proxy's answer headers go to the header callback unless
   * CURLOPT_SUPPRESS_CONNECT_HEADERS(3) is set.
   *
   * Any non-zero value counts as 1.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.3
   * @see CURLINFO_HTTP_CONNECTCODE
   * @see {@link CURLOPT.CONNECT_ONLY | CURLOPT_CONNECT_ONLY}
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link CURLOPT.PROXYHEADER | CURLOPT_PROXYHEADER}
   * @see {@link CURLOPT.SUPPRESS_CONNECT_HEADERS | CURLOPT_SUPPRESS_CONNECT_HEADERS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTPPROXYTUNNEL.html | CURLOPT_HTTPPROXYTUNNEL} from CURLOPT_HTTPPROXYTUNNEL.md (generated; do not edit)
   */
  HTTPPROXYTUNNEL: 'HTTPPROXYTUNNEL',
  /**
   * decode compressed response bodies
   *
   * Pass 0 to hand response bodies to the write callback exactly as the server
   * sent them, still compressed, even when CURLOPT_ACCEPT_ENCODING(3) asked for a
   * compressed response. The Accept-Encoding: header is sent all the same. Pass
   * 1 to have bodies decoded again. Nothing is decoded unless
   * CURLOPT_ACCEPT_ENCODING(3) is set, whatever this says. Any non-zero value
   * counts as 1.
   *
   * Default: 1
   *
   * Protocols: HTTP
   *
   * @since 7.16.2
   * @see {@link CURLOPT.ACCEPT_ENCODING | CURLOPT_ACCEPT_ENCODING}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTP_CONTENT_DECODING.html | CURLOPT_HTTP_CONTENT_DECODING} from CURLOPT_HTTP_CONTENT_DECODING.md (generated; do not edit)
   */
  HTTP_CONTENT_DECODING: 'HTTP_CONTENT_DECODING',
  /**
   * undo chunked framing of response bodies
   *
   * Pass 0 to receive a chunked response body with its framing: the chunk sizes,
   * line ends and the closing zero-size chunk reach the write callback exactly as
   * the server sent them. The library still reads the framing to know where the
   * body ends, and the trailer fields after the last chunk are not handed to the
   * header callback. The sizes the transfer reports count these raw bytes. Pass 1
   * to get the plain body again. Bodies that are not chunked are not affected. Any
   * non-zero value counts as 1.
   *
   * Default: 1
   *
   * Protocols: HTTP
   *
   * @since 7.16.2
   * @see {@link CURLOPT.ACCEPT_ENCODING | CURLOPT_ACCEPT_ENCODING}
   * @see {@link CURLOPT.HTTP_CONTENT_DECODING | CURLOPT_HTTP_CONTENT_DECODING}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTP_TRANSFER_DECODING.html | CURLOPT_HTTP_TRANSFER_DECODING} from CURLOPT_HTTP_TRANSFER_DECODING.md (generated; do not edit)
   */
  HTTP_TRANSFER_DECODING: 'HTTP_TRANSFER_DECODING',
  /**
   * HTTP version to use
   *
   * Choose the HTTP version of the requests the engine sends to servers, and
   * what its TLS connections to https servers offer in ALPN. HTTP/2 runs over
   * Node's built-in nghttp2. The HTTP/3 values are known but setopt refuses them
   * with CURLE_UNSUPPORTED_PROTOCOL (1), as a libcurl built without HTTP/3 does.
   * WebSocket upgrades always use HTTP/1.1, and the version of a proxy's CONNECT
   * request is chosen with CURLOPT_PROXYTYPE(3). A connect-only transfer
   * (CURLOPT_CONNECT_ONLY(3)) offers HTTP/1 alone in ALPN and speaks no HTTP/2
   * whatever is set here, so the stream handed over speaks the HTTP/1.1 the
   * application writes.
   *
   * When a server resets an HTTP/2 stream with HTTP_1_1_REQUIRED, the request goes
   * again on a new connection that offers HTTP/1.1 alone, for the rest of that
   * transfer.
   *
   * CURL_HTTP_VERSION_NONE
   *
   * Let the library choose: HTTP/2 when an https server accepts h2 in ALPN
   * (offered as h2,http/1.1), HTTP/1.1 otherwise and for http:// URLs.
   *
   * CURL_HTTP_VERSION_1_0
   *
   * Send HTTP/1.0 requests, offering http/1.0,http/1.1 in ALPN. The server is
   * then expected to close the connection after each response unless it
   * announces keep-alive.
   *
   * CURL_HTTP_VERSION_1_1
   *
   * Send HTTP/1.1 requests, offering http/1.1 alone in ALPN.
   *
   * CURL_HTTP_VERSION_2_0
   *
   * HTTP/2 where ALPN agrees on it, HTTP/1.1 otherwise. On http:// URLs (when no
   * TLS is involved, not even to a proxy) each HTTP/1.1 request offers the switch:
   * Upgrade: h2c with an HTTP2-Settings line and Connection: Upgrade,
   * HTTP2-Settings, and no Expect: 100-continue. A server that answers 101 goes
   * on in HTTP/2: the response comes on stream 1 and the connection carries later
   * requests as HTTP/2 streams. A server that answers otherwise is spoken to in
   * HTTP/1.1.
   *
   * CURL_HTTP_VERSION_2TLS
   *
   * HTTP/2 over TLS when ALPN agrees on it, HTTP/1.1 otherwise.
   *
   * CURL_HTTP_VERSION_2_PRIOR_KNOWLEDGE
   *
   * HTTP/2 from the first byte on http:// URLs (h2c, no upgrade), unless the
   * request goes to an HTTP proxy without a tunnel; on https only h2 is
   * offered.
   *
   * CURL_HTTP_VERSION_3
   *
   * HTTP/3, falling back to older versions. Not supported.
   *
   * CURL_HTTP_VERSION_3ONLY
   *
   * HTTP/3 only. Not supported.
   *
   * Default: CURL_HTTP_VERSION_NONE
   *
   * Protocols: HTTP
   *
   * @since 7.9.1
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link CURLOPT.IPRESOLVE | CURLOPT_IPRESOLVE}
   * @see {@link CURLOPT.PROXYTYPE | CURLOPT_PROXYTYPE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTP_VERSION.html | CURLOPT_HTTP_VERSION} from CURLOPT_HTTP_VERSION.md (generated; do not edit)
   */
  HTTP_VERSION: 'HTTP_VERSION',
  /**
   * read response bodies until the connection closes
   *
   * Pass 1 to disregard the Content-Length: header of responses: a body that is
   * not chunked then runs until the server closes the connection, however long
   * the header said it was, and the connection is not used again. The size is
   * unknown to the transfer, so CURLINFO_CONTENT_LENGTH_DOWNLOAD_T(3) reports -1
   * and CURLOPT_MAXFILESIZE_LARGE(3) can only stop the body once it grows past the
   * limit. Meant for servers that announce a wrong length. Any non-zero value
   * counts as 1.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.14.1
   * @see {@link CURLOPT.MAXFILESIZE_LARGE | CURLOPT_MAXFILESIZE_LARGE}
   * @see {@link CURLOPT.HTTP_TRANSFER_DECODING | CURLOPT_HTTP_TRANSFER_DECODING}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_IGNORE_CONTENT_LENGTH.html | CURLOPT_IGNORE_CONTENT_LENGTH} from CURLOPT_IGNORE_CONTENT_LENGTH.md (generated; do not edit)
   */
  IGNORE_CONTENT_LENGTH: 'IGNORE_CONTENT_LENGTH',
  /**
   * size of the body to upload
   *
   * The number of bytes the upload body (CURLOPT_UPLOAD(3)) will have. It is
   * sent as Content-Length, and the read callback is not asked for more than that
   * many bytes; one that ends early fails the transfer with CURLE_READ_ERROR (26).
   * -1 means the size is unknown: the body then goes with
   * Transfer-Encoding: chunked.
   *
   * CURLOPT_INFILESIZE_LARGE(3) is the same option with a curl_off_t argument; in
   * manbind both take any integer a JavaScript number holds exactly.
   *
   * Default: -1
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.INFILESIZE_LARGE | CURLOPT_INFILESIZE_LARGE}
   * @see {@link CURLOPT.UPLOAD | CURLOPT_UPLOAD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_INFILESIZE.html | CURLOPT_INFILESIZE} from CURLOPT_INFILESIZE.md (generated; do not edit)
   */
  INFILESIZE: 'INFILESIZE',
  /**
   * size of the body to upload
   *
   * The number of bytes the upload body (CURLOPT_UPLOAD(3)) will have. It is
   * sent as Content-Length, and the read callback is not asked for more than that
   * many bytes; one that ends early fails the transfer with CURLE_READ_ERROR (26).
   * -1 means the size is unknown: the body then goes with
   * Transfer-Encoding: chunked.
   *
   * This is CURLOPT_INFILESIZE(3) with a curl_off_t argument, for sizes past 2 GB
   * on systems with a 32-bit long. A bigint is taken as well as a number.
   *
   * Default: -1
   *
   * Protocols: HTTP
   *
   * @since 7.11.0
   * @see {@link CURLOPT.INFILESIZE | CURLOPT_INFILESIZE}
   * @see {@link CURLOPT.UPLOAD | CURLOPT_UPLOAD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_INFILESIZE_LARGE.html | CURLOPT_INFILESIZE_LARGE} from CURLOPT_INFILESIZE_LARGE.md (generated; do not edit)
   */
  INFILESIZE_LARGE: 'INFILESIZE_LARGE',
  /**
   * local interface or address to connect from
   *
   * Choose the local end of each TCP connection the handle makes, so that the
   * peer sees it come from a given address. The string takes one of these forms:
   *
   * if!NAME names a network interface, such as lo or eth0. The engine binds
   * to the first address the interface has in the family of the address being
   * connected to (for IPv6, one of the same scope: ::1 for ::1, a link-local
   * address for a link-local one). An interface that does not exist fails the
   * perform with CURLE_INTERFACE_FAILED (45) and the text Could not bind to
   * interface 'NAME' with errno 19: No such device; it is never taken for a host
   * name. An interface without an address of the right family fails only that
   * address, and the next one is tried.
   *
   * host!HOST names an IP address or a host name. A name is resolved for the
   * family of the connection; an address of the other family fails that attempt
   * and the next address is tried.
   *
   * A string without a prefix is tried as an interface name first and, when no
   * interface has that name, as a host. When neither works the perform fails with
   * CURLE_INTERFACE_FAILED (45) and Could not bind to 'STRING' with errno 19: No
   * such device.
   *
   * ifhost!NAME!HOST binds to HOST; the interface name is not used (see below).
   *
   * This runtime cannot tie a socket to an interface the way SO_BINDTODEVICE does,
   * because Node.js has no call for it. Every interface form therefore binds to
   * the interface's address, which is what libcurl itself does where that socket
   * option is missing or refused. Traffic to an address reached through another
   * interface follows the routing table rather than the named interface. An
   * interface with no address at all is not known to Node.js and counts as one
   * that does not exist.
   *
   * CURLOPT_LOCALPORT(3) and CURLOPT_LOCALPORTRANGE(3) combine with any form. With
   * VERBOSE the engine reports the address it picked and the bound port.
   *
   * Sockets handed in by an open-socket callback and Unix domain sockets are not
   * bound. NULL removes the setting.
   *
   * Default: NULL, the operating system picks the local address
   *
   * Protocols: All
   *
   * @since 7.3
   * @see {@link CURLOPT.LOCALPORT | CURLOPT_LOCALPORT}
   * @see {@link CURLOPT.LOCALPORTRANGE | CURLOPT_LOCALPORTRANGE}
   * @see CURLINFO_LOCAL_IP
   * @see {@link https://curl.se/libcurl/c/CURLOPT_INTERFACE.html | CURLOPT_INTERFACE} from CURLOPT_INTERFACE.md (generated; do not edit)
   */
  INTERFACE: 'INTERFACE',
  /**
   * which IP versions a host name may resolve to
   *
   * Restrict the addresses a transfer tries to one IP family. It affects names
   * looked up with DNS, the fixed entries of CURLOPT_RESOLVE(3) and the two
   * addresses manbind uses for localhost. A numeric IP address in the URL is
   * used as it is.
   *
   * CURL_IPRESOLVE_WHATEVER
   *
   * Use both families, IPv6 first, then IPv4 (see
   * CURLOPT_HAPPY_EYEBALLS_TIMEOUT_MS(3)).
   *
   * CURL_IPRESOLVE_V4
   *
   * Only IPv4 addresses are tried.
   *
   * CURL_IPRESOLVE_V6
   *
   * Only IPv6 addresses are tried.
   *
   * Default: CURL_IPRESOLVE_WHATEVER
   *
   * Protocols: All
   *
   * @since 7.10.8
   * @see {@link CURLOPT.HAPPY_EYEBALLS_TIMEOUT_MS | CURLOPT_HAPPY_EYEBALLS_TIMEOUT_MS}
   * @see {@link CURLOPT.HTTP_VERSION | CURLOPT_HTTP_VERSION}
   * @see {@link CURLOPT.RESOLVE | CURLOPT_RESOLVE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_IPRESOLVE.html | CURLOPT_IPRESOLVE} from CURLOPT_IPRESOLVE.md (generated; do not edit)
   */
  IPRESOLVE: 'IPRESOLVE',
  /**
   * require the server certificate to come from this issuer
   *
   * Name a PEM file with a CA certificate. After the certificate checks, the server's certificate must have been
   * issued and signed by this certificate (its issuer name and signature are
   * checked), whatever chain the server sent. A certificate that did not issue
   * it, or one that cannot be read, fails the perform with
   * CURLE_SSL_ISSUER_ERROR (83); the failure text names the problem only when
   * CURLOPT_SSL_VERIFYPEER(3) or CURLOPT_SSL_VERIFYHOST(3) is on. A passed check
   * is noted in the verbose output.
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.19.0
   * @see {@link CURLOPT.CAINFO | CURLOPT_CAINFO}
   * @see {@link CURLOPT.ISSUERCERT_BLOB | CURLOPT_ISSUERCERT_BLOB}
   * @see {@link CURLOPT.SSL_VERIFYPEER | CURLOPT_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_ISSUERCERT.html | CURLOPT_ISSUERCERT} from CURLOPT_ISSUERCERT.md (generated; do not edit)
   */
  ISSUERCERT: 'ISSUERCERT',
  /**
   * require the server certificate to come from this issuer, from memory
   *
   * Give a CA certificate as PEM bytes (a Uint8Array, copied when set) in
   * place of the file of CURLOPT_ISSUERCERT(3). After the certificate checks, the server's certificate must have been
   * issued and signed by this certificate (its issuer name and signature are
   * checked), whatever chain the server sent. A certificate that did not issue
   * it, or one that cannot be read, fails the perform with
   * CURLE_SSL_ISSUER_ERROR (83); the failure text names the problem only when
   * CURLOPT_SSL_VERIFYPEER(3) or CURLOPT_SSL_VERIFYHOST(3) is on. A passed check
   * is noted in the verbose output.
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.71.0
   * @see {@link CURLOPT.ISSUERCERT | CURLOPT_ISSUERCERT}
   * @see {@link CURLOPT.SSL_VERIFYPEER | CURLOPT_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_ISSUERCERT_BLOB.html | CURLOPT_ISSUERCERT_BLOB} from CURLOPT_ISSUERCERT_BLOB.md (generated; do not edit)
   */
  ISSUERCERT_BLOB: 'ISSUERCERT_BLOB',
  /**
   * go on sending the body after an error answer
   *
   * When the server answers with a status of 300 or more while the request body
   * is still being sent (or before it was sent, while Expect: 100-continue
   * waits for the go-ahead), the body normally stops there and the connection is
   * closed once the answer is read. Set this to 1 to send the whole body anyway,
   * as a server that reads it before it answers expects (such as one doing NTLM
   * by hand through CURLOPT_HTTPHEADER(3)); the connection may then be kept. A
   * 417 answer to Expect: 100-continue is not affected: the request goes again
   * without Expect.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.51.0
   * @see {@link CURLOPT.EXPECT_100_TIMEOUT_MS | CURLOPT_EXPECT_100_TIMEOUT_MS}
   * @see {@link CURLOPT.FAILONERROR | CURLOPT_FAILONERROR}
   * @see {@link CURLOPT.UPLOAD | CURLOPT_UPLOAD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_KEEP_SENDING_ON_ERROR.html | CURLOPT_KEEP_SENDING_ON_ERROR} from CURLOPT_KEEP_SENDING_ON_ERROR.md (generated; do not edit)
   */
  KEEP_SENDING_ON_ERROR: 'KEEP_SENDING_ON_ERROR',
  /**
   * passphrase of the client's private key
   *
   * Set the passphrase that decrypts the private key of CURLOPT_SSLKEY(3) (or
   * the key stored with the certificate of CURLOPT_SSLCERT(3)). It is not needed
   * for unencrypted keys. A wrong passphrase makes the perform fail with
   * CURLE_SSL_CERTPROBLEM (58). libcurl also uses this option for SSH keys, which
   * manbind does not support.
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: All)
   *
   * @since 7.17.0
   * @see {@link CURLOPT.SSLCERT | CURLOPT_SSLCERT}
   * @see {@link CURLOPT.SSLKEY | CURLOPT_SSLKEY}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_KEYPASSWD.html | CURLOPT_KEYPASSWD} from CURLOPT_KEYPASSWD.md (generated; do not edit)
   */
  KEYPASSWD: 'KEYPASSWD',
  /**
   * local port to connect from
   *
   * Bind the local end of each connection to this port before connecting, for
   * peers or firewalls that care where connections come from. 0 leaves the
   * choice to the operating system. When the port is taken, the engine tries the
   * following ports as CURLOPT_LOCALPORTRANGE(3) allows; when none of them can be
   * bound the perform fails with CURLE_INTERFACE_FAILED (45).
   *
   * Sockets that an open-socket callback supplies are not bound by the engine.
   * CURLINFO_LOCAL_PORT(3) tells which port was used.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.15.2
   * @see CURLINFO_LOCAL_PORT
   * @see {@link CURLOPT.LOCALPORTRANGE | CURLOPT_LOCALPORTRANGE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_LOCALPORT.html | CURLOPT_LOCALPORT} from CURLOPT_LOCALPORT.md (generated; do not edit)
   */
  LOCALPORT: 'LOCALPORT',
  /**
   * how many local ports to try
   *
   * Give the number of consecutive local ports, starting at CURLOPT_LOCALPORT(3),
   * the engine may try to bind before it gives up. With 1 only the port itself is
   * tried. A larger range helps when several connections need a port from the
   * same small block. Without CURLOPT_LOCALPORT(3) the range has no effect.
   *
   * Default: 1
   *
   * Protocols: All
   *
   * @since 7.15.2
   * @see CURLINFO_LOCAL_PORT
   * @see {@link CURLOPT.LOCALPORT | CURLOPT_LOCALPORT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_LOCALPORTRANGE.html | CURLOPT_LOCALPORTRANGE} from CURLOPT_LOCALPORTRANGE.md (generated; do not edit)
   */
  LOCALPORTRANGE: 'LOCALPORTRANGE',
  /**
   * which login mechanism to use
   *
   * Choose how the login of IMAP, POP3 and SMTP is done, with options separated by
   * semicolons. AUTH=NAME allows the SASL mechanism NAME (PLAIN, LOGIN,
   * CRAM-MD5, DIGEST-MD5, XOAUTH2, OAUTHBEARER or EXTERNAL) and may be repeated;
   * the first one replaces the default set, which is every mechanism but EXTERNAL.
   * AUTH=* brings the default set back. IMAP also knows AUTH=+LOGIN: the LOGIN
   * command and no SASL; POP3 knows AUTH=+APOP: APOP only. Among the allowed
   * mechanisms the server offers, the most secure is chosen, in the order
   * EXTERNAL, DIGEST-MD5, CRAM-MD5, OAUTHBEARER, XOAUTH2, PLAIN, LOGIN.
   *
   * When unset, options written in the URL's user part are used
   * (imap://alice;AUTH=PLAIN@example.com/). An option this list does not name
   * fails the connect phase with CURLE_URL_MALFORMAT (3).
   *
   * manbind serves the connect phase of IMAP, POP3, SMTP and FTP (and their TLS
   * forms) for CURLOPT_CONNECT_ONLY(3) transfers only.
   *
   * Default: NULL
   *
   * Protocols: IMAP, POP3, SMTP
   *
   * @since 7.34.0
   * @see {@link CURLOPT.USERNAME | CURLOPT_USERNAME}
   * @see {@link CURLOPT.SASL_IR | CURLOPT_SASL_IR}
   * @see {@link CURLOPT.XOAUTH2_BEARER | CURLOPT_XOAUTH2_BEARER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_LOGIN_OPTIONS.html | CURLOPT_LOGIN_OPTIONS} from CURLOPT_LOGIN_OPTIONS.md (generated; do not edit)
   */
  LOGIN_OPTIONS: 'LOGIN_OPTIONS',
  /**
   * speed under which a transfer counts as too slow
   *
   * Set a speed in bytes per second. When a transfer moves fewer bytes than this
   * per second, measured over the last few seconds, for CURLOPT_LOW_SPEED_TIME(3)
   * seconds in a row, it is stopped with CURLE_OPERATION_TIMEDOUT (28) and the
   * text "Operation too slow. Less than N bytes/sec transferred the last S
   * seconds". Both options must be set (non-zero) for the check to happen. The
   * speed is checked about once a second, also while nothing arrives; a paused
   * transfer is not checked, and a resumed one starts counting afresh.
   *
   * Default: 0: no check.
   *
   * Protocols: All
   *
   * @since 7.1
   * @see {@link CURLOPT.LOW_SPEED_TIME | CURLOPT_LOW_SPEED_TIME}
   * @see {@link CURLOPT.MAX_RECV_SPEED_LARGE | CURLOPT_MAX_RECV_SPEED_LARGE}
   * @see {@link CURLOPT.TIMEOUT | CURLOPT_TIMEOUT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_LOW_SPEED_LIMIT.html | CURLOPT_LOW_SPEED_LIMIT} from CURLOPT_LOW_SPEED_LIMIT.md (generated; do not edit)
   */
  LOW_SPEED_LIMIT: 'LOW_SPEED_LIMIT',
  /**
   * how long a transfer may stay too slow
   *
   * Set the number of seconds a transfer may stay below CURLOPT_LOW_SPEED_LIMIT(3)
   * before it is stopped with CURLE_OPERATION_TIMEDOUT (28). Both options must be
   * set (non-zero) for the check to happen.
   *
   * Default: 0: no check.
   *
   * Protocols: All
   *
   * @since 7.1
   * @see {@link CURLOPT.LOW_SPEED_LIMIT | CURLOPT_LOW_SPEED_LIMIT}
   * @see {@link CURLOPT.TIMEOUT | CURLOPT_TIMEOUT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_LOW_SPEED_TIME.html | CURLOPT_LOW_SPEED_TIME} from CURLOPT_LOW_SPEED_TIME.md (generated; do not edit)
   */
  LOW_SPEED_TIME: 'LOW_SPEED_TIME',
  /**
   * longest idle time of a connection to reuse
   *
   * Set how many seconds a kept-alive connection may have been idle and still be
   * used for a new request. When a transfer finds a matching connection in the
   * cache that has waited longer, it closes that one (verbose output says Too old
   * connection) and connects anew. Servers often drop idle connections after a
   * while, and a request sent on one that is gone wastes a round trip. The limit
   * is read by the transfer looking for a connection. 0 means no limit.
   *
   * Default: 118
   *
   * Protocols: All
   *
   * @since 7.65.0
   * @see {@link CURLOPT.MAXLIFETIME_CONN | CURLOPT_MAXLIFETIME_CONN}
   * @see {@link CURLOPT.FORBID_REUSE | CURLOPT_FORBID_REUSE}
   * @see {@link CURLOPT.FRESH_CONNECT | CURLOPT_FRESH_CONNECT}
   * @see {@link CURLOPT.MAXCONNECTS | CURLOPT_MAXCONNECTS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_MAXAGE_CONN.html | CURLOPT_MAXAGE_CONN} from CURLOPT_MAXAGE_CONN.md (generated; do not edit)
   */
  MAXAGE_CONN: 'MAXAGE_CONN',
  /**
   * size of the handle's connection cache
   *
   * Set how many idle connections the handle keeps open for reuse after its
   * transfers with easy.perform(). When a finished transfer would leave more
   * than that, the connection idle for the longest time is closed. Connect-only
   * connections are never kept for reuse and do not count. Lowering the number
   * closes surplus connections at the next transfer.
   *
   * The setting only applies to the cache of easy.perform(). While the handle
   * is added to a multi handle, the multi handle's cache and its
   * CURLMOPT_MAXCONNECTS(3) apply instead.
   *
   * Default: 5
   *
   * Protocols: All
   *
   * @since 7.7
   * @see CURLMOPT_MAXCONNECTS
   * @see CURLMOPT_MAX_HOST_CONNECTIONS
   * @see {@link CURLOPT.FORBID_REUSE | CURLOPT_FORBID_REUSE}
   * @see {@link CURLOPT.FRESH_CONNECT | CURLOPT_FRESH_CONNECT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_MAXCONNECTS.html | CURLOPT_MAXCONNECTS} from CURLOPT_MAXCONNECTS.md (generated; do not edit)
   */
  MAXCONNECTS: 'MAXCONNECTS',
  /**
   * largest response body to accept
   *
   * Set the largest response body, in bytes, the transfer accepts. A response
   * that announces a bigger Content-Length: fails before its body is read, with
   * CURLE_FILESIZE_EXCEEDED (63) and the text Maximum file size exceeded. A body
   * of unknown size (chunked, or ending when the connection closes) is passed on
   * up to the limit; the byte that goes past it ends the transfer with 63 and a
   * text naming the limit and the bytes received. The body of a redirect being
   * followed does not count.
   *
   * The limit applies to the bytes as they come over the network, before any
   * decoding asked for with CURLOPT_ACCEPT_ENCODING(3). 0 means no limit. CURLOPT_MAXFILESIZE_LARGE(3) sets the same limit with a 64-bit type.
   *
   * Default: 0: no limit.
   *
   * Protocols: HTTP
   *
   * @since 7.10.8
   * @see {@link CURLOPT.MAXFILESIZE_LARGE | CURLOPT_MAXFILESIZE_LARGE}
   * @see {@link CURLOPT.MAX_RECV_SPEED_LARGE | CURLOPT_MAX_RECV_SPEED_LARGE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_MAXFILESIZE.html | CURLOPT_MAXFILESIZE} from CURLOPT_MAXFILESIZE.md (generated; do not edit)
   */
  MAXFILESIZE: 'MAXFILESIZE',
  /**
   * largest response body to accept
   *
   * Set the largest response body, in bytes, the transfer accepts. A response
   * that announces a bigger Content-Length: fails before its body is read, with
   * CURLE_FILESIZE_EXCEEDED (63) and the text Maximum file size exceeded. A body
   * of unknown size (chunked, or ending when the connection closes) is passed on
   * up to the limit; the byte that goes past it ends the transfer with 63 and a
   * text naming the limit and the bytes received. The body of a redirect being
   * followed does not count.
   *
   * The limit applies to the bytes as they come over the network, before any
   * decoding asked for with CURLOPT_ACCEPT_ENCODING(3). 0 means no limit.
   *
   * The value is a number or a bigint.
   *
   * Default: 0: no limit.
   *
   * Protocols: HTTP
   *
   * @since 7.11.0
   * @see {@link CURLOPT.MAXFILESIZE | CURLOPT_MAXFILESIZE}
   * @see {@link CURLOPT.MAX_RECV_SPEED_LARGE | CURLOPT_MAX_RECV_SPEED_LARGE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_MAXFILESIZE_LARGE.html | CURLOPT_MAXFILESIZE_LARGE} from CURLOPT_MAXFILESIZE_LARGE.md (generated; do not edit)
   */
  MAXFILESIZE_LARGE: 'MAXFILESIZE_LARGE',
  /**
   * longest life of a connection to reuse
   *
   * Set how many seconds after it was made a connection may still be taken from
   * the cache for a new request. A matching connection that is older is closed
   * (verbose output says Too old connection) and a new one is made. A request
   * already under way on a connection is not cut short by this. Useful to spread
   * load again when servers behind one name change. 0 means no limit.
   *
   * Default: 86400 (24 hours)
   *
   * Protocols: All
   *
   * @since 7.80.0
   * @see {@link CURLOPT.MAXAGE_CONN | CURLOPT_MAXAGE_CONN}
   * @see {@link CURLOPT.FORBID_REUSE | CURLOPT_FORBID_REUSE}
   * @see {@link CURLOPT.FRESH_CONNECT | CURLOPT_FRESH_CONNECT}
   * @see {@link CURLOPT.MAXCONNECTS | CURLOPT_MAXCONNECTS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_MAXLIFETIME_CONN.html | CURLOPT_MAXLIFETIME_CONN} from CURLOPT_MAXLIFETIME_CONN.md (generated; do not edit)
   */
  MAXLIFETIME_CONN: 'MAXLIFETIME_CONN',
  /**
   * limit on redirects followed
   *
   * Set how many redirects CURLOPT_FOLLOWLOCATION(3) may follow in one perform.
   * When a further redirect arrives after that many, the perform stops with
   * CURLE_TOO_MANY_REDIRECTS (47). 0 refuses every redirect in that way, and -1
   * removes the limit, which lets a redirect loop run forever. Without
   * CURLOPT_FOLLOWLOCATION(3) the value has no effect.
   *
   * Default: 30
   *
   * Protocols: HTTP
   *
   * @since 7.5
   * @see CURLINFO_REDIRECT_COUNT
   * @see {@link CURLOPT.FOLLOWLOCATION | CURLOPT_FOLLOWLOCATION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_MAXREDIRS.html | CURLOPT_MAXREDIRS} from CURLOPT_MAXREDIRS.md (generated; do not edit)
   */
  MAXREDIRS: 'MAXREDIRS',
  /**
   * cap on the download speed
   *
   * Set the highest average speed, in bytes per second, at which a transfer
   * receives its response body. Bytes are handed out in steps of about a second,
   * each with that many bytes to spend; when a step's bytes are spent, nothing
   * more is read from the connection until the next step begins, so the server is
   * slowed down as well. Over a transfer of several seconds the average stays
   * close to the cap; a short one can go a little faster at its end. Response
   * heads are not held back.
   *
   * The value is a number or a bigint.
   *
   * Default: 0: no cap.
   *
   * Protocols: All
   *
   * @since 7.15.5
   * @see CURLINFO_SPEED_DOWNLOAD_T
   * @see {@link CURLOPT.LOW_SPEED_LIMIT | CURLOPT_LOW_SPEED_LIMIT}
   * @see {@link CURLOPT.MAX_SEND_SPEED_LARGE | CURLOPT_MAX_SEND_SPEED_LARGE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_MAX_RECV_SPEED_LARGE.html | CURLOPT_MAX_RECV_SPEED_LARGE} from CURLOPT_MAX_RECV_SPEED_LARGE.md (generated; do not edit)
   */
  MAX_RECV_SPEED_LARGE: 'MAX_RECV_SPEED_LARGE',
  /**
   * cap on the upload speed
   *
   * Set the highest average speed, in bytes per second, at which a transfer sends
   * upload data: a body read through CURLOPT_READFUNCTION(3) or
   * CURLOPT_READDATA(3) is read only as fast as the cap lets it out, averaged
   * over each second. Bodies set with CURLOPT_POSTFIELDS(3) go out with the
   * request head without being held back.
   *
   * The value is a number or a bigint.
   *
   * Default: 0: no cap.
   *
   * Protocols: All
   *
   * @since 7.15.5
   * @see CURLINFO_SPEED_UPLOAD_T
   * @see {@link CURLOPT.MAX_RECV_SPEED_LARGE | CURLOPT_MAX_RECV_SPEED_LARGE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_MAX_SEND_SPEED_LARGE.html | CURLOPT_MAX_SEND_SPEED_LARGE} from CURLOPT_MAX_SEND_SPEED_LARGE.md (generated; do not edit)
   */
  MAX_SEND_SPEED_LARGE: 'MAX_SEND_SPEED_LARGE',
  /**
   * send a multipart form from a mime structure
   *
   * Send a POST whose body is the mime structure made with curl_mime_init(3):
   * a multipart/form-data body (RFC 7578) with a part per curl_mime_addpart(3)
   * call, each with its Content-Disposition (form-data; name="..." and
   * filename="..."), Content-Type and content, between boundaries. The request
   * carries Content-Type: multipart/form-data; boundary=...; a Content-Type of
   * the application's own (CURLOPT_HTTPHEADER(3)) replaces the type and keeps the
   * boundary. The body's size is known up front unless a part's is not (a
   * callback of unknown size, quoted-printable), in which case it is sent chunked;
   * a body over 1 MiB or of unknown size goes with Expect: 100-continue. Files
   * are read as they are sent.
   *
   * The body is read again from its start when the request goes again: a 307 or
   * 308 redirect, an authentication round (CURLOPT_HTTPAUTH(3)) or a 417 answer.
   * A 301, 302 or 303 turns the request into a GET without body unless
   * CURLOPT_POSTREDIR(3) says otherwise. CURLOPT_CUSTOMREQUEST(3) changes the
   * method word and keeps the body.
   *
   * The mime is not copied: it must stay unchanged and not be freed while a
   * transfer uses it, and it can be one handle's MIMEPOST at a time (a second
   * handle gets CURLE_BAD_FUNCTION_ARGUMENT). Setting NULL detaches it and leaves
   * a POST with an empty body; CURLOPT_POSTFIELDS(3) set on the handle takes
   * precedence (manbind reads the request kind from the options, not from the
   * order they were set in). In manbind the value is a Mime.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.56.0
   * @see {@link CURLOPT.MIME_OPTIONS | CURLOPT_MIME_OPTIONS}
   * @see {@link CURLOPT.POSTFIELDS | CURLOPT_POSTFIELDS}
   * @see curl_mime_init
   * @see {@link https://curl.se/libcurl/c/CURLOPT_MIMEPOST.html | CURLOPT_MIMEPOST} from CURLOPT_MIMEPOST.md (generated; do not edit)
   */
  MIMEPOST: 'MIMEPOST',
  /**
   * how mime form names are escaped
   *
   * A bitmask of flags for the mime bodies of CURLOPT_MIMEPOST(3). One flag
   * exists:
   *
   * CURLMIMEOPT_FORMESCAPE
   *
   * Escape part names and filenames in Content-Disposition with backslashes, a
   * \\ before each backslash and double quote, as older browsers did. Without
   * it a double quote, CR and LF are sent as %22, %0D and %0A, as the HTML
   * standard says for form submissions. With the flag, a name or filename holding
   * CR or LF cannot be sent: the transfer fails with CURLE_BAD_FUNCTION_ARGUMENT
   * (43).
   *
   * Other bits are ignored.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.81.0
   * @see {@link CURLOPT.MIMEPOST | CURLOPT_MIMEPOST}
   * @see curl_mime_name
   * @see curl_mime_filename
   * @see {@link https://curl.se/libcurl/c/CURLOPT_MIME_OPTIONS.html | CURLOPT_MIME_OPTIONS} from CURLOPT_MIME_OPTIONS.md (generated; do not edit)
   */
  MIME_OPTIONS: 'MIME_OPTIONS',
  /**
   * take user names and passwords from a .netrc file
   *
   * Say whether the engine looks up the credentials for the host of the URL in a
   * .netrc file, and how they rank against the user name and password written in
   * the URL. The file is CURLOPT_NETRC_FILE(3) when set, else the file the
   * NETRC environment variable names, else .netrc in the home directory.
   *
   * The file is a list of entries: machine followed by a host name, or
   * default for every host, then login with a user name, password with a
   * password and account (ignored), separated by spaces or line breaks. A value
   * with spaces is written in double quotes, where \n, \r and \t stand for
   * line break, carriage return and tab. macdef starts a macro that runs to the
   * next empty line and is skipped, as are lines starting with #. Host names
   * compare without regard to case; the first matching entry wins. When the URL
   * names a user, only an entry with that login and a password counts.
   *
   * Credentials set with CURLOPT_USERPWD(3), CURLOPT_USERNAME(3),
   * CURLOPT_PASSWORD(3) or CURLOPT_XOAUTH2_BEARER(3) are never replaced; the file
   * is not read for a host they go to.
   *
   * In manbind the file is read for HTTP and HTTPS transfers, before each
   * connection, so a redirect to another host looks up that host's entry.
   *
   * CURL_NETRC_IGNORED
   *
   * The file is not read. The default.
   *
   * CURL_NETRC_OPTIONAL
   *
   * The file fills in what the URL lacks: with a user name and a password in the
   * URL the file is not read. A missing file, or no entry for the host, is only
   * mentioned in the verbose output.
   *
   * CURL_NETRC_REQUIRED
   *
   * The file's entry replaces the URL's password. A file that is missing or cannot
   * be parsed (a quote that never closes) fails the transfer with
   * CURLE_READ_ERROR (26) before anything is connected; no entry for the host is
   * only mentioned in the verbose output.
   *
   * Default: CURL_NETRC_IGNORED
   *
   * Protocols: All
   *
   * @since 7.1
   * @see {@link CURLOPT.NETRC_FILE | CURLOPT_NETRC_FILE}
   * @see {@link CURLOPT.USERNAME | CURLOPT_USERNAME}
   * @see {@link CURLOPT.USERPWD | CURLOPT_USERPWD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_NETRC.html | CURLOPT_NETRC} from CURLOPT_NETRC.md (generated; do not edit)
   */
  NETRC: 'NETRC',
  /**
   * the .netrc file to read
   *
   * Give the path of the file CURLOPT_NETRC(3) reads credentials from, instead of
   * the file named by the NETRC environment variable or .netrc in the home
   * directory. Setting it alone does nothing: CURLOPT_NETRC(3) must also be set.
   *
   * NULL goes back to the default file.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.11.0
   * @see {@link CURLOPT.NETRC | CURLOPT_NETRC}
   * @see {@link CURLOPT.PASSWORD | CURLOPT_PASSWORD}
   * @see {@link CURLOPT.USERNAME | CURLOPT_USERNAME}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_NETRC_FILE.html | CURLOPT_NETRC_FILE} from CURLOPT_NETRC_FILE.md (generated; do not edit)
   */
  NETRC_FILE: 'NETRC_FILE',
  /**
   * ask for the headers only
   *
   * Pass 1 to fetch a resource without its body. For HTTP the engine sends a
   * HEAD request, so the server answers with headers alone; the header callback
   * and the infos such as CURLINFO_CONTENT_LENGTH_DOWNLOAD_T(3) still work, and
   * the write callback gets nothing.
   *
   * Setting it turns a POST set with CURLOPT_POST(3) back into a HEAD. Setting it
   * back to 0 makes the request a GET again; it does not restore an earlier
   * POST. With CURLOPT_CUSTOMREQUEST(3) the custom method is sent but the engine
   * still expects no body in the answer. Any non-zero value counts as 1.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.1
   * @see CURLINFO_CONTENT_LENGTH_DOWNLOAD_T
   * @see {@link CURLOPT.CUSTOMREQUEST | CURLOPT_CUSTOMREQUEST}
   * @see {@link CURLOPT.POST | CURLOPT_POST}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_NOBODY.html | CURLOPT_NOBODY} from CURLOPT_NOBODY.md (generated; do not edit)
   */
  NOBODY: 'NOBODY',
  /**
   * switch the progress callbacks off
   *
   * Set onoff to 0 to have the progress callback of CURLOPT_XFERINFOFUNCTION(3)
   * (or the older CURLOPT_PROGRESSFUNCTION(3)) called while transfers run; 1 keeps
   * it silent. With 0 and no callback set, the built-in text progress meter is
   * written to CURLOPT_STDERR(3) instead: two title lines once per handle (again
   * after curl_easy_reset(3)), then for each request a status line at the start,
   * at most one a second while it runs and one at the end, followed by a newline.
   * Each status line starts with a carriage return and shows the percent and
   * amount of the total, of what was received and of what was sent, the average
   * download and upload speeds, the expected total, spent and remaining time, and
   * the current speed; amounts from 100000 on are given in units of 1024 with a k,
   * M, G, T or P suffix. A callback that returns CURL_PROGRESSFUNC_CONTINUE lets
   * the meter print as well.
   *
   * Any number other than 0 means on, as for every boolean option.
   *
   * Default: 1: no progress callbacks.
   *
   * Protocols: All
   *
   * @since 7.1
   * @see {@link CURLOPT.PROGRESSFUNCTION | CURLOPT_PROGRESSFUNCTION}
   * @see {@link CURLOPT.VERBOSE | CURLOPT_VERBOSE}
   * @see {@link CURLOPT.XFERINFOFUNCTION | CURLOPT_XFERINFOFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_NOPROGRESS.html | CURLOPT_NOPROGRESS} from CURLOPT_NOPROGRESS.md (generated; do not edit)
   */
  NOPROGRESS: 'NOPROGRESS',
  /**
   * hosts reached without the proxy
   *
   * List, separated by commas, the hosts that transfers reach directly even
   * though CURLOPT_PROXY(3) is set. An entry matches the URL's host when it is
   * the same name, or when the host ends in . followed by the entry, so
   * example.com covers example.com and www.example.com but not
   * badexample.com. Case does not matter and a leading dot in an entry is
   * ignored. IP addresses are compared as addresses; IPv6 ones are written without
   * brackets, and an address may carry a /bits suffix to match a whole network
   * (10.0.0.0/8, fd00::/8). A lone * matches every host, which turns the
   * proxy off.
   *
   * Only the URL's host is compared, before any name resolution. An empty string
   * excludes nothing. While the option is null, the no_proxy (or NO_PROXY)
   * environment variable is consulted instead, as libcurl does.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.19.4
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link CURLOPT.PROXYAUTH | CURLOPT_PROXYAUTH}
   * @see {@link CURLOPT.PROXYTYPE | CURLOPT_PROXYTYPE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_NOPROXY.html | CURLOPT_NOPROXY} from CURLOPT_NOPROXY.md (generated; do not edit)
   */
  NOPROXY: 'NOPROXY',
  /**
   * keep the library away from process signals
   *
   * In C, libcurl may install signal handlers (for SIGPIPE, and SIGALRM to time out
   * name lookups) unless this is 1, which matters for threaded programs. manbind
   * never touches process signals: Node reports a closed socket as an error event,
   * not a signal, and timeouts are timers of the event loop. The option is
   * accepted so that code written for libcurl runs unchanged, and its value is
   * stored and has no effect. Any non-zero value counts as 1.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.10
   * @see {@link CURLOPT.TIMEOUT | CURLOPT_TIMEOUT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_NOSIGNAL.html | CURLOPT_NOSIGNAL} from CURLOPT_NOSIGNAL.md (generated; do not edit)
   */
  NOSIGNAL: 'NOSIGNAL',
  /**
   * application value handed to the open-socket callback
   *
   * Store a value that the engine hands, untouched, as the first argument
   * (clientp) of every call to the CURLOPT_OPENSOCKETFUNCTION(3) callback. In
   * manbind it can be any JavaScript value: an object holding sockets prepared
   * in advance, a counter, a logger. The engine never reads or copies it.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.17.1
   * @see {@link CURLOPT.CLOSESOCKETFUNCTION | CURLOPT_CLOSESOCKETFUNCTION}
   * @see {@link CURLOPT.OPENSOCKETFUNCTION | CURLOPT_OPENSOCKETFUNCTION}
   * @see {@link CURLOPT.SOCKOPTFUNCTION | CURLOPT_SOCKOPTFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_OPENSOCKETDATA.html | CURLOPT_OPENSOCKETDATA} from CURLOPT_OPENSOCKETDATA.md (generated; do not edit)
   */
  OPENSOCKETDATA: 'OPENSOCKETDATA',
  /**
   * callback that supplies the socket for a connection attempt
   *
   * Set a function the engine calls, in place of creating a socket itself, once
   * for every address it tries to connect to. With a proxy that is the proxy's
   * address, since the first hop is where the socket goes. It is called again
   * for any new connection a proxy authentication round trip needs.
   *
   * In manbind the callback receives (clientp, purpose, address). clientp is
   * whatever was set with CURLOPT_OPENSOCKETDATA(3). purpose is always
   * CURLSOCKTYPE_IPCXN (0). address is a mutable object
   * { family, socktype, protocol, addrlen, addr: { address, port } }: family is
   * 2 for IPv4 or 10 for IPv6, protocol is 6 (TCP), addrlen is 16 or 28, and
   * addr holds the IP address as a string and the port as a number. socktype is
   * 1 (SOCK_STREAM); real libcurl on Linux shows 0x80001 because it adds
   * SOCK_CLOEXEC, which means nothing for a Node socket. Change addr.address or
   * addr.port and the engine connects there instead; verbose output,
   * CURLINFO_PRIMARY_IP(3) and CURLINFO_PRIMARY_PORT(3) then report the changed
   * address.
   *
   * The callback returns one of:
   *
   * - a net.Socket that is not connected yet: the engine connects it to the
   *   address.
   * - any stream.Duplex (for instance a socket the application connected
   *   itself, or an in-memory pair): combine it with a sockopt callback that
   *   returns CURL_SOCKOPT_ALREADY_CONNECTED so the engine uses it as it is.
   * - a file descriptor number, which the engine wraps in a net.Socket.
   * - CURL_SOCKET_BAD (-1): this address is skipped and the next one is tried.
   *   No close callback runs, since there is no socket. When no address is left,
   *   the perform fails with CURLE_COULDNT_CONNECT (7).
   *
   * A callback that throws counts as returning CURL_SOCKET_BAD, and the thrown
   * error's message becomes the handle's last error text. Whatever socket the
   * callback hands over belongs to the engine from then on: it is closed through
   * CURLOPT_CLOSESOCKETFUNCTION(3) when set, or destroyed otherwise.
   *
   * Default: NULL
   *
   * With no callback the engine creates a fresh net.Socket for each address.
   *
   * Protocols: All
   *
   * @since 7.17.1
   * @see {@link CURLOPT.CLOSESOCKETFUNCTION | CURLOPT_CLOSESOCKETFUNCTION}
   * @see {@link CURLOPT.OPENSOCKETDATA | CURLOPT_OPENSOCKETDATA}
   * @see {@link CURLOPT.SOCKOPTFUNCTION | CURLOPT_SOCKOPTFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_OPENSOCKETFUNCTION.html | CURLOPT_OPENSOCKETFUNCTION} from CURLOPT_OPENSOCKETFUNCTION.md (generated; do not edit)
   */
  OPENSOCKETFUNCTION: 'OPENSOCKETFUNCTION',
  /**
   * password for the transfer
   *
   * Set the password to log in with, exactly as given. It goes with the user name
   * of CURLOPT_USERNAME(3), or the one in the URL, to the login of IMAP, POP3,
   * SMTP and FTP and to HTTP's Basic authentication. A password in the URL is only
   * used when this option is not set.
   *
   * The password is sent as the protocol asks: in clear text inside LOGIN, PASS,
   * USER/PASS or SASL PLAIN and LOGIN (base64 is no protection), hashed for
   * CRAM-MD5, DIGEST-MD5 and APOP. As libcurl does, the commands that carry it are
   * shown as sent in the verbose output and passed to the debug callback. For
   * IMAP, POP3, SMTP and FTP a control byte in it fails the transfer with
   * CURLE_BAD_FUNCTION_ARGUMENT (43) before anything is connected.
   *
   * manbind serves the connect phase of IMAP, POP3, SMTP and FTP (and their TLS
   * forms) for CURLOPT_CONNECT_ONLY(3) transfers only.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.19.1
   * @see {@link CURLOPT.USERNAME | CURLOPT_USERNAME}
   * @see {@link CURLOPT.USERPWD | CURLOPT_USERPWD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PASSWORD.html | CURLOPT_PASSWORD} from CURLOPT_PASSWORD.md (generated; do not edit)
   */
  PASSWORD: 'PASSWORD',
  /**
   * keep dot segments in URL paths
   *
   * Pass 1 to send the path of CURLOPT_URL(3) with its /./ and /../ segments
   * as they are written. By default the library removes them first, as RFC 3986
   * section 5.2.4 describes, so /a/b/../c is requested as /a/c. Some servers
   * treat such paths in their own way, and tests of path handling need them to
   * arrive untouched. The same applies to the URLs of redirects that are followed.
   * Any non-zero value counts as 1.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.42.0
   * @see {@link CURLOPT.REQUEST_TARGET | CURLOPT_REQUEST_TARGET}
   * @see {@link CURLOPT.URL | CURLOPT_URL}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PATH_AS_IS.html | CURLOPT_PATH_AS_IS} from CURLOPT_PATH_AS_IS.md (generated; do not edit)
   */
  PATH_AS_IS: 'PATH_AS_IS',
  /**
   * accept only servers with this public key
   *
   * Pin the public key the server's certificate must carry. The value is either a list of hashes or the name of a file:
   *
   * - sha256// followed by the base64 SHA-256 of the key's DER
   *   SubjectPublicKeyInfo; several are joined with ;
   *   (sha256//AAA=;sha256//BBB=), and any one of them may match. The verbose
   *   output shows the server key's own hash.
   * - any other string is a file path, holding the public key in PEM
   *   (-----BEGIN PUBLIC KEY-----) or in DER.
   *
   * The check runs after the certificate checks, also when verification is off.
   * A key that matches none, and a file that cannot be read or parsed, make the
   * perform fail with CURLE_SSL_PINNEDPUBKEYNOTMATCH (90); setopt only stores the
   * string.
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.39.0
   * @see {@link CURLOPT.CAINFO | CURLOPT_CAINFO}
   * @see {@link CURLOPT.PROXY_PINNEDPUBLICKEY | CURLOPT_PROXY_PINNEDPUBLICKEY}
   * @see {@link CURLOPT.SSL_VERIFYPEER | CURLOPT_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PINNEDPUBLICKEY.html | CURLOPT_PINNEDPUBLICKEY} from CURLOPT_PINNEDPUBLICKEY.md (generated; do not edit)
   */
  PINNEDPUBLICKEY: 'PINNEDPUBLICKEY',
  /**
   * wait for a connection that may multiplex
   *
   * Pass 1 to have a transfer that starts while another connection to the same
   * origin is still being set up wait for it, and then run as a stream of it when
   * it turns out to speak HTTP/2 (see CURLMOPT_PIPELINING(3)), rather than open a
   * connection of its own at once. When the connection speaks HTTP/1.1 the
   * transfer opens its own after all. Without it, transfers added at the same
   * moment each connect, and only later ones share. Any non-zero value counts as
   * 1.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.43.0
   * @see CURLMOPT_MAX_HOST_CONNECTIONS
   * @see CURLMOPT_PIPELINING
   * @see {@link CURLOPT.FORBID_REUSE | CURLOPT_FORBID_REUSE}
   * @see {@link CURLOPT.FRESH_CONNECT | CURLOPT_FRESH_CONNECT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PIPEWAIT.html | CURLOPT_PIPEWAIT} from CURLOPT_PIPEWAIT.md (generated; do not edit)
   */
  PIPEWAIT: 'PIPEWAIT',
  /**
   * override the port of the URL
   *
   * Connect to this remote port instead of the one in CURLOPT_URL(3) or the
   * scheme's default. It takes 1 to 65535; 0 means "not set", so the URL decides
   * (which also means port 0 itself cannot be chosen this way). The override
   * applies to the target server: the host name and port a proxy tunnel asks for
   * and the Host: header use it, while the proxy's own port comes from
   * CURLOPT_PROXY(3) or CURLOPT_PROXYPORT(3).
   *
   * Writing the port in the URL is usually clearer; this option is kept for
   * programs that build URLs without one.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.1
   * @see CURLINFO_PRIMARY_PORT
   * @see {@link CURLOPT.CONNECT_TO | CURLOPT_CONNECT_TO}
   * @see {@link CURLOPT.PROXYPORT | CURLOPT_PROXYPORT}
   * @see {@link CURLOPT.URL | CURLOPT_URL}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PORT.html | CURLOPT_PORT} from CURLOPT_PORT.md (generated; do not edit)
   */
  PORT: 'PORT',
  /**
   * make the request a POST
   *
   * Pass 1 to send an HTTP POST. The body comes from CURLOPT_POSTFIELDS(3).
   * manbind has no read callback, so without that option the POST goes out with
   * an empty body (Content-Length: 0), where libcurl would read the body from
   * its read callback. Unless CURLOPT_HTTPHEADER(3) says otherwise, the request
   * carries Content-Type: application/x-www-form-urlencoded, as libcurl sends.
   * Setting CURLOPT_POSTFIELDS(3) alone already implies a POST, so this option
   * is mostly useful to go back and forth.
   *
   * Pass 0 to return to GET. Setting it clears a HEAD chosen with
   * CURLOPT_NOBODY(3). Any non-zero value counts as 1. When a redirect is
   * followed, 301, 302 and 303 answers turn the POST into a GET, see
   * CURLOPT_FOLLOWLOCATION(3).
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.CUSTOMREQUEST | CURLOPT_CUSTOMREQUEST}
   * @see {@link CURLOPT.NOBODY | CURLOPT_NOBODY}
   * @see {@link CURLOPT.POSTFIELDS | CURLOPT_POSTFIELDS}
   * @see {@link CURLOPT.POSTFIELDSIZE | CURLOPT_POSTFIELDSIZE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_POST.html | CURLOPT_POST} from CURLOPT_POST.md (generated; do not edit)
   */
  POST: 'POST',
  /**
   * body of a POST request
   *
   * Give the data to send as the body of an HTTP POST, and make the request a
   * POST. The engine sends the string as UTF-8 bytes, exactly as given: encode
   * form fields yourself (for example with URLSearchParams) and set a fitting
   * Content-Type: with CURLOPT_HTTPHEADER(3) when the body is not the default
   * application/x-www-form-urlencoded. The length is the byte length of the
   * string unless CURLOPT_POSTFIELDSIZE(3) says otherwise; the request carries a
   * matching Content-Length:. An empty string sends a POST with an empty body.
   *
   * libcurl keeps only a pointer to the C string, so a C program must keep the
   * buffer alive until the transfer is done; manbind keeps the string itself.
   * Setting null forgets the data. If a redirect turns the request into a GET
   * (see CURLOPT_FOLLOWLOCATION(3)), the body is dropped.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.CUSTOMREQUEST | CURLOPT_CUSTOMREQUEST}
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link CURLOPT.POST | CURLOPT_POST}
   * @see {@link CURLOPT.POSTFIELDSIZE | CURLOPT_POSTFIELDSIZE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_POSTFIELDS.html | CURLOPT_POSTFIELDS} from CURLOPT_POSTFIELDS.md (generated; do not edit)
   */
  POSTFIELDS: 'POSTFIELDS',
  /**
   * number of POST bytes to send
   *
   * Say how many bytes of CURLOPT_POSTFIELDS(3) make up the request body. In C
   * this is what allows binary data with zero bytes in it, since libcurl would
   * otherwise stop at the first zero. In manbind the length of the UTF-8 encoded
   * string is known anyway, so the option mostly serves to send a prefix of it.
   * The size must not exceed that length. -1 means "use the whole data".
   *
   * Default: -1
   *
   * Protocols: HTTP
   *
   * @since 7.2
   * @see {@link CURLOPT.POST | CURLOPT_POST}
   * @see {@link CURLOPT.POSTFIELDS | CURLOPT_POSTFIELDS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_POSTFIELDSIZE.html | CURLOPT_POSTFIELDSIZE} from CURLOPT_POSTFIELDSIZE.md (generated; do not edit)
   */
  POSTFIELDSIZE: 'POSTFIELDSIZE',
  /**
   * number of POST bytes to send
   *
   * CURLOPT_POSTFIELDSIZE(3) with a curl_off_t argument: how many bytes of
   * CURLOPT_POSTFIELDS(3) make up the request body, which must not be more than
   * the data holds. -1 means "use the whole data".
   *
   * For a POST whose body comes from CURLOPT_READFUNCTION(3) (no
   * CURLOPT_POSTFIELDS(3) set) it is the body size, sent as Content-Length; -1
   * there means unknown, and the body goes with Transfer-Encoding: chunked.
   *
   * Default: -1
   *
   * Protocols: HTTP
   *
   * @since 7.11.1
   * @see {@link CURLOPT.POSTFIELDS | CURLOPT_POSTFIELDS}
   * @see {@link CURLOPT.POSTFIELDSIZE | CURLOPT_POSTFIELDSIZE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_POSTFIELDSIZE_LARGE.html | CURLOPT_POSTFIELDSIZE_LARGE} from CURLOPT_POSTFIELDSIZE_LARGE.md (generated; do not edit)
   */
  POSTFIELDSIZE_LARGE: 'POSTFIELDSIZE_LARGE',
  /**
   * which redirects keep a POST a POST
   *
   * When CURLOPT_FOLLOWLOCATION(3) follows a 301, 302 or 303 answer to a POST,
   * the next request is a GET without a body, as browsers do. Each bit set here
   * keeps the POST, body included, for that status: CURL_REDIR_POST_301,
   * CURL_REDIR_POST_302 and CURL_REDIR_POST_303; CURL_REDIR_POST_ALL sets all
   * three. A 307 or 308 always keeps the method.
   *
   * A body from CURLOPT_READFUNCTION(3) that goes again needs
   * CURLOPT_SEEKFUNCTION(3) to start over; without it the transfer fails with
   * CURLE_SEND_FAIL_REWIND (65). Bits other than these three are ignored.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.19.1
   * @see {@link CURLOPT.FOLLOWLOCATION | CURLOPT_FOLLOWLOCATION}
   * @see {@link CURLOPT.POSTFIELDS | CURLOPT_POSTFIELDS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_POSTREDIR.html | CURLOPT_POSTREDIR} from CURLOPT_POSTREDIR.md (generated; do not edit)
   */
  POSTREDIR: 'POSTREDIR',
  /**
   * value handed to the pre-request callback
   *
   * Set any value to be passed, as it is, as the first argument of the
   * CURLOPT_PREREQFUNCTION(3) callback.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.80.0
   * @see {@link CURLOPT.PREREQFUNCTION | CURLOPT_PREREQFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PREREQDATA.html | CURLOPT_PREREQDATA} from CURLOPT_PREREQDATA.md (generated; do not edit)
   */
  PREREQDATA: 'PREREQDATA',
  /**
   * callback run just before each request goes out
   *
   * Give a function that is called once the connection for a request is ready
   * and before the request is sent: after any proxy and TLS handshakes, for every
   * request of a redirect chain (a reused connection too), and for a
   * connect-only perform once it has connected. It gets the value set with
   * CURLOPT_PREREQDATA(3), the address and port of the peer (the proxy when one is
   * used) and the local address and port of the connection.
   *
   * Return CURL_PREREQFUNC_OK (0) to go on. Anything else, a throw or a value that
   * is not a number included, stops the transfer before the request is sent: the
   * perform returns CURLE_ABORTED_BY_CALLBACK (42) with the text "operation
   * aborted by pre-request callback" (a thrown message is kept as the error text
   * first).
   *
   * Default: NULL: no callback.
   *
   * Protocols: All
   *
   * @since 7.80.0
   * @see CURLINFO_PRIMARY_IP
   * @see CURLINFO_PRIMARY_PORT
   * @see {@link CURLOPT.PREREQDATA | CURLOPT_PREREQDATA}
   * @see {@link CURLOPT.XFERINFOFUNCTION | CURLOPT_XFERINFOFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PREREQFUNCTION.html | CURLOPT_PREREQFUNCTION} from CURLOPT_PREREQFUNCTION.md (generated; do not edit)
   */
  PREREQFUNCTION: 'PREREQFUNCTION',
  /**
   * SOCKS proxy to go through before the proxy
   *
   * Name a SOCKS proxy that the connection passes first. With CURLOPT_PROXY(3)
   * naming an HTTP proxy, the socket goes to this SOCKS proxy, the SOCKS
   * handshake asks it for a connection to the HTTP proxy, and the HTTP proxy is
   * then used as usual: a CONNECT tunnel, or plain requests for http:// URLs.
   * Without CURLOPT_PROXY(3) (and then without any proxy environment variable)
   * the pre-proxy alone carries the connection to the target, as a SOCKS proxy
   * named by CURLOPT_PROXY(3) would.
   *
   * The string is [scheme://][user[:password]@]host[:port]. The scheme picks
   * the SOCKS version: socks4://, socks4a://, socks5://, or socks5h://
   * (SOCKS5 with the proxy resolving the target's name). Without a scheme the
   * pre-proxy is SOCKS4; CURLOPT_PROXYTYPE(3) does not apply to it. An IPv6
   * address goes in brackets. Without a port, CURLOPT_PROXYPORT(3) is used, and
   * 1080 when that is not set either.
   *
   * Credentials for the pre-proxy come only from its own string (URL-decoded);
   * CURLOPT_PROXYUSERPWD(3) and its relatives are for the proxy named by
   * CURLOPT_PROXY(3).
   *
   * An http:// or https:// pre-proxy is refused when the transfer starts
   * with CURLE_COULDNT_RESOLVE_PROXY (5), and so is a SOCKS proxy in
   * CURLOPT_PROXY(3) together with a pre-proxy. Hosts that CURLOPT_NOPROXY(3)
   * lists skip the pre-proxy as well. An empty string means no pre-proxy and also
   * stops the proxy environment variables from being read.
   *
   * The string is copied; the application may change or free its own afterwards.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.52.0
   * @see CURLINFO_PROXY_ERROR
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link CURLOPT.PROXYTYPE | CURLOPT_PROXYTYPE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PRE_PROXY.html | CURLOPT_PRE_PROXY} from CURLOPT_PRE_PROXY.md (generated; do not edit)
   */
  PRE_PROXY: 'PRE_PROXY',
  /**
   * attach an application value to the handle
   *
   * Keep any value of the application's on the handle and get it back later with
   * CURLINFO_PRIVATE(3). The engine never looks at it. It is handy with a multi
   * handle, where a finished Easy comes back from multi.infoRead() and the
   * application wants to know which of its requests that was. In manbind the
   * value can be anything, and getinfo returns the very same value.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.10.3
   * @see CURLINFO_PRIVATE
   * @see {@link CURLOPT.DEBUGDATA | CURLOPT_DEBUGDATA}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PRIVATE.html | CURLOPT_PRIVATE} from CURLOPT_PRIVATE.md (generated; do not edit)
   */
  PRIVATE: 'PRIVATE',
  /**
   * progress callback with floating point figures (deprecated)
   *
   * The older form of CURLOPT_XFERINFOFUNCTION(3), whose four figures are doubles
   * in C. It is called at the same moments, with the same arguments, and its
   * return value means the same: 0 or CURL_PROGRESSFUNC_CONTINUE go on, anything
   * else stops the transfer with CURLE_ABORTED_BY_CALLBACK (42). It is only
   * called when CURLOPT_NOPROGRESS(3) is 0 and no CURLOPT_XFERINFOFUNCTION(3) is
   * set. In JavaScript both get plain numbers.
   *
   * Default: NULL: no callback.
   *
   * Protocols: All
   *
   * @since 7.1
   * @deprecated Deprecated since 7.32.0, in favour of CURLOPT_XFERINFOFUNCTION(3).
   * @see {@link CURLOPT.NOPROGRESS | CURLOPT_NOPROGRESS}
   * @see {@link CURLOPT.XFERINFODATA | CURLOPT_XFERINFODATA}
   * @see {@link CURLOPT.XFERINFOFUNCTION | CURLOPT_XFERINFOFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROGRESSFUNCTION.html | CURLOPT_PROGRESSFUNCTION} from CURLOPT_PROGRESSFUNCTION.md (generated; do not edit)
   */
  PROGRESSFUNCTION: 'PROGRESSFUNCTION',
  /**
   * the schemes a transfer may use
   *
   * Limit the schemes this handle's transfers may use, for the URL set with
   * CURLOPT_URL(3) and for every redirect followed. A perform whose URL has
   * another scheme fails with CURLE_UNSUPPORTED_PROTOCOL (1) and the text
   * Protocol "SCHEME" is disabled before anything is connected; a redirect to
   * one fails the same way, with  (in redirect) added. Useful when the URL comes
   * from somewhere the application does not trust.
   *
   * The list is scheme names separated by commas, in any case, such as
   * "http,https"; empty names between commas are skipped. "all" allows every
   * scheme. A name this library has no handler for returns
   * CURLE_UNSUPPORTED_PROTOCOL (1) and a list without any name returns
   * CURLE_BAD_FUNCTION_ARGUMENT (43); the previous setting stays then.
   *
   * null allows every scheme again.
   *
   * Default: all schemes
   *
   * Protocols: All
   *
   * @since 7.85.0
   * @see {@link CURLOPT.REDIR_PROTOCOLS_STR | CURLOPT_REDIR_PROTOCOLS_STR}
   * @see {@link CURLOPT.URL | CURLOPT_URL}
   * @see CURLINFO_SCHEME
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROTOCOLS_STR.html | CURLOPT_PROTOCOLS_STR} from CURLOPT_PROTOCOLS_STR.md (generated; do not edit)
   */
  PROTOCOLS_STR: 'PROTOCOLS_STR',
  /**
   * the HTTP proxy to go through
   *
   * Name the proxy that transfers of this handle connect through, as
   * [http://][user:password@]host[:port]. The host may be a name, an IPv4
   * address or a bracketed IPv6 address. Without a port, 1080 is used (unless
   * CURLOPT_PROXYPORT(3) gives one), as libcurl documents it; libcurl 8.21 and
   * later pick the scheme's default port instead, which manbind does not follow.
   * A user name and password in the string are URL-decoded and used as if set
   * with CURLOPT_PROXYUSERPWD(3).
   *
   * No scheme or http:// selects an HTTP proxy, and CURLOPT_PROXYTYPE(3)
   * chooses between HTTP/1.1 and HTTP/1.0 for the CONNECT request (or names
   * another kind for a string without a scheme). socks4://, socks4a://,
   * socks5:// and socks5h:// (and socks://, which is SOCKS4) select a SOCKS
   * proxy: it carries the connection to the target for every scheme and mode,
   * and a failed SOCKS handshake ends the perform with CURLE_PROXY (97), see
   * CURLINFO_PROXY_ERROR(3). CURLOPT_PRE_PROXY(3) puts a SOCKS proxy in front of
   * an HTTP proxy. A SOCKS proxy written as localhost followed by a path, as in
   * socks5h://localhost/run/proxy.sock, is the Unix domain socket at that
   * (URL-decoded) path; only SOCKS proxies are reached this way. https:// selects
   * an HTTPS proxy: TLS to the proxy with the CURLOPT_PROXY_* TLS options, then an
   * HTTP proxy over it. Any other scheme makes the perform fail with
   * CURLE_COULDNT_CONNECT (7).
   *
   * The connection always goes to the proxy; the socket callbacks see the
   * proxy's address. With an HTTP proxy, for https, ws and wss URLs, for other schemes, and whenever
   * CURLOPT_HTTPPROXYTUNNEL(3) is on, the engine asks the proxy for a tunnel with
   * CONNECT and the transfer runs inside it. A plain http URL without the tunnel
   * option is sent to the proxy as an ordinary request with the absolute URL, and
   * a connect-only transfer of such a URL stops once it is connected to the proxy.
   * Hosts listed in CURLOPT_NOPROXY(3) are reached directly.
   *
   * An empty string means no proxy, not even one from the environment. null
   * (the default) lets the environment name one, as libcurl does: http_proxy
   * (lower case only) for http URLs, https_proxy or HTTPS_PROXY for https,
   * the same variables for ws and wss, and all_proxy or ALL_PROXY for any
   * scheme, with no_proxy or NO_PROXY listing hosts to reach directly. Verbose
   * output names the variable it used, with any password masked. Changing the
   * proxy (or its port) makes a later perform start proxy authentication from
   * scratch.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.1
   * @see {@link CURLOPT.HTTPPROXYTUNNEL | CURLOPT_HTTPPROXYTUNNEL}
   * @see {@link CURLOPT.NOPROXY | CURLOPT_NOPROXY}
   * @see {@link CURLOPT.PROXYAUTH | CURLOPT_PROXYAUTH}
   * @see {@link CURLOPT.PROXYPORT | CURLOPT_PROXYPORT}
   * @see {@link CURLOPT.PROXYTYPE | CURLOPT_PROXYTYPE}
   * @see {@link CURLOPT.PROXYUSERPWD | CURLOPT_PROXYUSERPWD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY.html | CURLOPT_PROXY} from CURLOPT_PROXY.md (generated; do not edit)
   */
  PROXY: 'PROXY',
  /**
   * authentication schemes allowed with the proxy
   *
   * Choose, as a bitmask, which ways of authenticating to the proxy the engine
   * may use with the credentials of CURLOPT_PROXYUSERPWD(3) (or
   * CURLOPT_PROXYUSERNAME(3) and CURLOPT_PROXYPASSWORD(3)).
   *
   * With exactly one scheme set, the engine uses it from the first request:
   * Basic credentials travel with the first CONNECT. With several schemes set,
   * the first CONNECT goes without credentials; when the proxy answers 407, the
   * engine picks the strongest scheme that both sides accept from its
   * Proxy-Authenticate headers and tries again, on the same connection when the
   * proxy kept it open and on a new one (with the socket callbacks called again)
   * when it closed it. CURLINFO_PROXYAUTH_AVAIL(3) and CURLINFO_PROXYAUTH_USED(3)
   * tell what was offered and what was used.
   *
   * manbind implements Basic and Digest. It treats the other schemes the way a
   * libcurl built without them does: their bits are dropped when the option is
   * set, and when nothing usable remains setopt returns CURLE_NOT_BUILT_IN (4).
   *
   * CURLAUTH_BASIC
   *
   * User name and password, base64-encoded, in a Proxy-Authorization header.
   * Readable by anyone on the path to the proxy.
   *
   * CURLAUTH_DIGEST
   *
   * Digest access authentication (RFC 7616): the password is never sent, only a
   * hash over the proxy's challenge. It costs a 407 round trip.
   *
   * CURLAUTH_DIGEST_IE
   *
   * An old variant of Digest; manbind, like libcurl, turns it into
   * CURLAUTH_DIGEST. Deprecated since libcurl 8.21.0.
   *
   * CURLAUTH_NEGOTIATE
   *
   * SPNEGO (Kerberos) authentication. Not built in: the bit is dropped.
   *
   * CURLAUTH_NTLM
   *
   * Microsoft NTLM. Not built in: the bit is dropped.
   *
   * CURLAUTH_BEARER
   *
   * An OAuth 2 bearer token. libcurl only uses it with servers, never proxies;
   * manbind accepts the bit and ignores it.
   *
   * CURLAUTH_AWS_SIGV4
   *
   * AWS V4 request signing, also a server-only scheme; accepted and ignored.
   *
   * CURLAUTH_ONLY
   *
   * Combined with one scheme, use that scheme even if the proxy did not ask for
   * it. Alone it leaves nothing to use.
   *
   * CURLAUTH_ANY
   *
   * Every scheme. In manbind that means Basic or Digest, whichever the proxy
   * offers, Digest preferred.
   *
   * CURLAUTH_ANYSAFE
   *
   * Every scheme except Basic; in manbind that is Digest.
   *
   * Default: CURLAUTH_BASIC
   *
   * Protocols: All
   *
   * @since 7.10.7
   * @see CURLINFO_PROXYAUTH_AVAIL
   * @see CURLINFO_PROXYAUTH_USED
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link CURLOPT.PROXYUSERPWD | CURLOPT_PROXYUSERPWD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXYAUTH.html | CURLOPT_PROXYAUTH} from CURLOPT_PROXYAUTH.md (generated; do not edit)
   */
  PROXYAUTH: 'PROXYAUTH',
  /**
   * extra headers for requests to the proxy
   *
   * Add header lines to the CONNECT request the engine sends to an HTTP proxy.
   * In C this is a curl_slist; in manbind an array of strings, each a complete
   * header line without the line ending, such as X-Tenant: blue.
   *
   * The engine builds the CONNECT request as Host:, then Proxy-Authorization:
   * when credentials are sent, then User-Agent: when CURLOPT_USERAGENT(3) is
   * set, then Proxy-Connection: Keep-Alive, and appends these lines after them.
   * A line naming one of Host, User-Agent or Proxy-Connection replaces the
   * engine's own header. A line of the form Name: with nothing after the colon
   * removes the engine's header of that name, and Name; sends the header with
   * an empty value.
   *
   * With CURLOPT_HEADEROPT(3) at its default, CURLHEADER_SEPARATE, these lines go
   * only to the proxy and CURLOPT_HTTPHEADER(3) lines never go into the CONNECT
   * request; a request sent to a proxy without a tunnel carries both lists, these
   * lines last. With CURLHEADER_UNIFIED this list is not used at all. Each call
   * replaces the whole list; null or an empty array removes it.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.37.0
   * @see {@link CURLOPT.HEADEROPT | CURLOPT_HEADEROPT}
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link CURLOPT.HTTPPROXYTUNNEL | CURLOPT_HTTPPROXYTUNNEL}
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link CURLOPT.USERAGENT | CURLOPT_USERAGENT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXYHEADER.html | CURLOPT_PROXYHEADER} from CURLOPT_PROXYHEADER.md (generated; do not edit)
   */
  PROXYHEADER: 'PROXYHEADER',
  /**
   * password for the proxy
   *
   * Set the password for proxy authentication exactly as given, without any
   * URL-decoding. It is used together with CURLOPT_PROXYUSERNAME(3) and shares
   * its storage with the password half of CURLOPT_PROXYUSERPWD(3); the last of
   * them set wins. The password is never printed in verbose output.
   *
   * Default: NULL
   *
   * An unset password counts as empty when a user name is set.
   *
   * Protocols: All
   *
   * @since 7.19.1
   * @see {@link CURLOPT.PROXYAUTH | CURLOPT_PROXYAUTH}
   * @see {@link CURLOPT.PROXYUSERNAME | CURLOPT_PROXYUSERNAME}
   * @see {@link CURLOPT.PROXYUSERPWD | CURLOPT_PROXYUSERPWD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXYPASSWORD.html | CURLOPT_PROXYPASSWORD} from CURLOPT_PROXYPASSWORD.md (generated; do not edit)
   */
  PROXYPASSWORD: 'PROXYPASSWORD',
  /**
   * proxy port when the proxy string has none
   *
   * Set the port of the proxy named by CURLOPT_PROXY(3), for proxy strings that
   * do not carry one. A port written in the proxy string wins over this option.
   * 0 means "not set": the port then is 1080.
   *
   * Putting the port in the proxy string is simpler; the option remains for
   * programs that keep host and port apart. Changing it makes a later perform
   * restart proxy authentication.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.1
   * @see CURLINFO_PRIMARY_PORT
   * @see {@link CURLOPT.PORT | CURLOPT_PORT}
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link CURLOPT.PROXYTYPE | CURLOPT_PROXYTYPE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXYPORT.html | CURLOPT_PROXYPORT} from CURLOPT_PROXYPORT.md (generated; do not edit)
   */
  PROXYPORT: 'PROXYPORT',
  /**
   * kind of proxy
   *
   * Say what kind of proxy CURLOPT_PROXY(3) names when its string has no scheme;
   * a scheme in the string (http://, https://, socks4://, socks4a://,
   * socks5://, socks5h://) decides by itself. manbind implements the two HTTP
   * kinds, the two HTTPS kinds and the four SOCKS kinds; CURLPROXY_HTTPS3 is known
   * but makes setopt return CURLE_NOT_BUILT_IN (4), leaving the previous kind in
   * place.
   *
   * An HTTPS proxy is an HTTP proxy spoken to over TLS, with its own TLS options
   * (CURLOPT_PROXY_CAINFO(3), CURLOPT_PROXY_SSL_VERIFYPEER(3) and the other
   * CURLOPT_PROXY_* TLS options). Over that TLS connection manbind sends a
   * CONNECT, or the request itself for a plain http:// transfer without
   * CURLOPT_HTTPPROXYTUNNEL(3); an https:// or wss:// target then runs its own
   * TLS inside the proxy's.
   *
   * A SOCKS proxy carries the connection to the target (or, as
   * CURLOPT_PRE_PROXY(3), to an HTTP proxy) for every scheme: plain requests,
   * connect-only modes, WebSocket, and TLS on top, which then runs end to end
   * with the server. CURLOPT_HTTPPROXYTUNNEL(3) means nothing to it. A failed
   * SOCKS handshake ends the perform with CURLE_PROXY (97), and
   * CURLINFO_PROXY_ERROR(3) tells why.
   *
   * CURLPROXY_HTTP
   *
   * An HTTP proxy spoken to with HTTP/1.1.
   *
   * CURLPROXY_HTTP_1_0
   *
   * An HTTP proxy whose CONNECT request says HTTP/1.0. Only the request to the
   * proxy changes; requests sent inside the tunnel keep their own version, see
   * CURLOPT_HTTP_VERSION(3).
   *
   * CURLPROXY_HTTPS
   *
   * A proxy reached over TLS, speaking HTTP/1.1.
   *
   * CURLPROXY_HTTPS2
   *
   * A proxy reached over TLS that may speak HTTP/2. TLS to the proxy offers
   * h2,http/1.1 by ALPN, even when CURLOPT_SSL_ENABLE_ALPN(3) is off. When the
   * proxy picks h2, the tunnel is an HTTP/2 CONNECT stream (:method CONNECT and
   * :authority host:port, then Proxy-Authorization, User-Agent and the proxy
   * headers, without Host or Proxy-Connection), and what the transfer runs inside
   * it (TLS to the server, HTTP/1.1 or HTTP/2) runs over that stream. A proxy
   * that negotiates nothing is taken to speak HTTP/2 too. A proxy that picks
   * http/1.1 gets the HTTP/1.1 CONNECT of CURLPROXY_HTTPS.
   *
   * Over HTTP/2, an answer other than 2xx fails the perform with
   * CURLE_COULDNT_CONNECT (7), a 407 included: its Proxy-Authenticate offer shows
   * in CURLINFO_PROXYAUTH_AVAIL(3), but Basic and Digest do not send the CONNECT
   * again (credentials go with the first CONNECT). A CONNECT stream the proxy
   * resets before answering gives CURLE_RECV_ERROR (56); a proxy that closes the
   * connection gives 7 with "proxy closed connection". The verbose lines are
   * "Establishing HTTP/2 proxy tunnel to host:port", "CONNECT Response Status N",
   * the answer's fields, "CONNECT tunnel established, response N" and "CONNECT
   * phase completed for HTTP/2 proxy". A plain http:// transfer without
   * CURLOPT_HTTPPROXYTUNNEL(3) goes to a proxy that picked h2 as an HTTP/2
   * request, the URL split into :scheme, :authority and :path.
   *
   * CURLPROXY_SOCKS4
   *
   * A SOCKS4 proxy. The engine resolves the target's name and sends its IPv4
   * address; a target with only IPv6 addresses fails with CURLPX_RESOLVE_HOST.
   * The proxy username, if any, goes as the SOCKS4 user id.
   *
   * CURLPROXY_SOCKS5
   *
   * A SOCKS5 proxy (RFC 1928). The engine resolves the target's name and sends
   * the address, IPv6 preferred unless CURLOPT_IPRESOLVE(3) asks for IPv4.
   * Credentials are offered with username/password authentication (RFC 1929),
   * see CURLOPT_SOCKS5_AUTH(3).
   *
   * CURLPROXY_SOCKS4A
   *
   * A SOCKS4a proxy: the target's name goes to the proxy, which resolves it.
   *
   * CURLPROXY_SOCKS5_HOSTNAME
   *
   * A SOCKS5 proxy that gets the target's name (at most 255 bytes) and resolves
   * it itself. An IP address is sent as an address.
   *
   * CURLPROXY_HTTPS3
   *
   * A proxy reached with HTTP/3. Not built in.
   *
   * Default: CURLPROXY_HTTP
   *
   * Protocols: All
   *
   * @since 7.10
   * @see {@link CURLOPT.HTTPPROXYTUNNEL | CURLOPT_HTTPPROXYTUNNEL}
   * @see {@link CURLOPT.PRE_PROXY | CURLOPT_PRE_PROXY}
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link CURLOPT.PROXYPORT | CURLOPT_PROXYPORT}
   * @see {@link CURLOPT.SOCKS5_AUTH | CURLOPT_SOCKS5_AUTH}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXYTYPE.html | CURLOPT_PROXYTYPE} from CURLOPT_PROXYTYPE.md (generated; do not edit)
   */
  PROXYTYPE: 'PROXYTYPE',
  /**
   * user name for the proxy
   *
   * Set the user name for proxy authentication exactly as given: no URL-decoding
   * and no splitting at colons, unlike CURLOPT_PROXYUSERPWD(3). Pair it with
   * CURLOPT_PROXYPASSWORD(3). The option and CURLOPT_PROXYUSERPWD(3) write the
   * same setting, so the last one set decides the user name.
   *
   * Default: NULL
   *
   * With no user name set, no proxy credentials are sent.
   *
   * Protocols: All
   *
   * @since 7.19.1
   * @see {@link CURLOPT.PROXYAUTH | CURLOPT_PROXYAUTH}
   * @see {@link CURLOPT.PROXYPASSWORD | CURLOPT_PROXYPASSWORD}
   * @see {@link CURLOPT.PROXYUSERPWD | CURLOPT_PROXYUSERPWD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXYUSERNAME.html | CURLOPT_PROXYUSERNAME} from CURLOPT_PROXYUSERNAME.md (generated; do not edit)
   */
  PROXYUSERNAME: 'PROXYUSERNAME',
  /**
   * proxy user name and password in one string
   *
   * Set the credentials for the proxy as user:password. The string is split at
   * its first colon, so the password may contain colons while the user name
   * cannot, and both parts are then URL-decoded: us%3Aer:pa:ss means the user
   * us:er with the password pa:ss. Names or passwords that contain % must
   * therefore be encoded, or set literally with CURLOPT_PROXYUSERNAME(3) and
   * CURLOPT_PROXYPASSWORD(3) instead.
   *
   * How the credentials are sent depends on CURLOPT_PROXYAUTH(3): with the
   * default Basic they go with the first CONNECT (or proxied request); with Digest
   * they are used to answer the proxy's 407 challenge. A SOCKS5 proxy gets them
   * with username/password authentication (RFC 1929) when CURLOPT_SOCKS5_AUTH(3)
   * allows it, and a SOCKS4 proxy gets the user name as its user id. Credentials
   * in the proxy string win over this option; a CURLOPT_PRE_PROXY(3) never uses
   * it. Passwords never appear in verbose output. null removes both user name
   * and password.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.1
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link CURLOPT.PROXYAUTH | CURLOPT_PROXYAUTH}
   * @see {@link CURLOPT.PROXYPASSWORD | CURLOPT_PROXYPASSWORD}
   * @see {@link CURLOPT.PROXYUSERNAME | CURLOPT_PROXYUSERNAME}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXYUSERPWD.html | CURLOPT_PROXYUSERPWD} from CURLOPT_PROXYUSERPWD.md (generated; do not edit)
   */
  PROXYUSERPWD: 'PROXYUSERPWD',
  /**
   * file of authorities trusted for an HTTPS proxy
   *
   * Name a PEM file of CA certificates that an HTTPS proxy's certificate must
   * chain up to when CURLOPT_PROXY_SSL_VERIFYPEER(3) is on. It works like
   * CURLOPT_CAINFO(3) does for the server, and replaces Node's bundled roots for
   * the proxy connection. It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it.
   *
   * The file is read when the TLS handshake with the proxy starts. A file that
   * cannot be read or holds no certificate fails the perform with
   * CURLE_SSL_CACERT_BADFILE (77).
   *
   * Default: NULL: Node's bundled root certificates.
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLOPT.CAINFO | CURLOPT_CAINFO}
   * @see {@link CURLOPT.PROXY_CAPATH | CURLOPT_PROXY_CAPATH}
   * @see {@link CURLOPT.PROXY_SSL_VERIFYPEER | CURLOPT_PROXY_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_CAINFO.html | CURLOPT_PROXY_CAINFO} from CURLOPT_PROXY_CAINFO.md (generated; do not edit)
   */
  PROXY_CAINFO: 'PROXY_CAINFO',
  /**
   * authorities trusted for an HTTPS proxy, from memory
   *
   * Give the PEM text of one or more CA certificates, as bytes, to trust for an
   * HTTPS proxy's certificate. In manbind the blob is a Uint8Array; it is copied
   * when set. It takes the place of CURLOPT_PROXY_CAINFO(3) when both are set.
   * It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it.
   *
   * The certificates are only loaded when CURLOPT_PROXY_SSL_VERIFYPEER(3) is on.
   * Bytes without a usable PEM certificate fail the perform with
   * CURLE_SSL_CACERT_BADFILE (77).
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.77.0
   * @see {@link CURLOPT.CAINFO_BLOB | CURLOPT_CAINFO_BLOB}
   * @see {@link CURLOPT.PROXY_CAINFO | CURLOPT_PROXY_CAINFO}
   * @see {@link CURLOPT.PROXY_CAPATH | CURLOPT_PROXY_CAPATH}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_CAINFO_BLOB.html | CURLOPT_PROXY_CAINFO_BLOB} from CURLOPT_PROXY_CAINFO_BLOB.md (generated; do not edit)
   */
  PROXY_CAINFO_BLOB: 'PROXY_CAINFO_BLOB',
  /**
   * directory of authorities trusted for an HTTPS proxy
   *
   * Name a directory of PEM CA certificates to trust for an HTTPS proxy's
   * certificate, as CURLOPT_CAPATH(3) does for the server: files named by
   * OpenSSL's subject hash (<hash>.0) and .pem/.crt files are read when the
   * handshake with the proxy starts. It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it. A directory that cannot be read
   * fails the perform with CURLE_SSL_CACERT_BADFILE (77) when the proxy is
   * verified.
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLOPT.CAPATH | CURLOPT_CAPATH}
   * @see {@link CURLOPT.PROXY_CAINFO | CURLOPT_PROXY_CAINFO}
   * @see {@link CURLOPT.PROXY_SSL_VERIFYPEER | CURLOPT_PROXY_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_CAPATH.html | CURLOPT_PROXY_CAPATH} from CURLOPT_PROXY_CAPATH.md (generated; do not edit)
   */
  PROXY_CAPATH: 'PROXY_CAPATH',
  /**
   * certificate revocation list for an HTTPS proxy
   *
   * Name a PEM file of certificate revocation lists to check the HTTPS proxy's
   * certificate chain against; every certificate of the chain is then checked and
   * needs a list from its issuer. It is only read when
   * CURLOPT_PROXY_SSL_VERIFYPEER(3) is on. A file that cannot be used fails the
   * perform with CURLE_SSL_CRL_BADFILE (82); a revoked certificate fails it with
   * CURLE_PEER_FAILED_VERIFICATION (60). The target's chain is checked against
   * CURLOPT_CRLFILE(3) instead.
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLOPT.CRLFILE | CURLOPT_CRLFILE}
   * @see {@link CURLOPT.PROXY_SSL_VERIFYPEER | CURLOPT_PROXY_SSL_VERIFYPEER}
   * @see {@link CURLOPT.PROXY_CAINFO | CURLOPT_PROXY_CAINFO}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_CRLFILE.html | CURLOPT_PROXY_CRLFILE} from CURLOPT_PROXY_CRLFILE.md (generated; do not edit)
   */
  PROXY_CRLFILE: 'PROXY_CRLFILE',
  /**
   * require an HTTPS proxy's certificate to come from this issuer
   *
   * Name a PEM file with a CA certificate that must have issued and signed the
   * certificate of an HTTPS proxy, checked after the proxy's other certificate
   * checks, whatever chain the proxy sent. A certificate that did not issue it, or
   * a file that cannot be read, fails the perform with CURLE_SSL_ISSUER_ERROR
   * (83); the failure text names the problem only when
   * CURLOPT_PROXY_SSL_VERIFYPEER(3) or CURLOPT_PROXY_SSL_VERIFYHOST(3) is on. The
   * target's certificate is checked by CURLOPT_ISSUERCERT(3) instead.
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.71.0
   * @see {@link CURLOPT.ISSUERCERT | CURLOPT_ISSUERCERT}
   * @see {@link CURLOPT.PROXY_ISSUERCERT_BLOB | CURLOPT_PROXY_ISSUERCERT_BLOB}
   * @see {@link CURLOPT.PROXY_SSL_VERIFYPEER | CURLOPT_PROXY_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_ISSUERCERT.html | CURLOPT_PROXY_ISSUERCERT} from CURLOPT_PROXY_ISSUERCERT.md (generated; do not edit)
   */
  PROXY_ISSUERCERT: 'PROXY_ISSUERCERT',
  /**
   * HTTPS proxy issuer certificate from memory
   *
   * Give the issuer certificate of CURLOPT_PROXY_ISSUERCERT(3) as PEM bytes (a
   * Uint8Array, copied when set) instead of a file; it takes the file's place.
   * The HTTPS proxy's certificate must have been issued and signed by it, else the
   * perform fails with CURLE_SSL_ISSUER_ERROR (83).
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.71.0
   * @see {@link CURLOPT.ISSUERCERT_BLOB | CURLOPT_ISSUERCERT_BLOB}
   * @see {@link CURLOPT.PROXY_ISSUERCERT | CURLOPT_PROXY_ISSUERCERT}
   * @see {@link CURLOPT.PROXY_SSL_VERIFYPEER | CURLOPT_PROXY_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_ISSUERCERT_BLOB.html | CURLOPT_PROXY_ISSUERCERT_BLOB} from CURLOPT_PROXY_ISSUERCERT_BLOB.md (generated; do not edit)
   */
  PROXY_ISSUERCERT_BLOB: 'PROXY_ISSUERCERT_BLOB',
  /**
   * pass phrase of the HTTPS proxy client key
   *
   * Give the pass phrase that decrypts the key of CURLOPT_PROXY_SSLKEY(3) (or of
   * a PKCS#12 CURLOPT_PROXY_SSLCERT(3)). It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it. A wrong pass phrase fails the
   * perform with CURLE_SSL_CERTPROBLEM (58).
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLOPT.KEYPASSWD | CURLOPT_KEYPASSWD}
   * @see {@link CURLOPT.PROXY_SSLCERT | CURLOPT_PROXY_SSLCERT}
   * @see {@link CURLOPT.PROXY_SSLKEY | CURLOPT_PROXY_SSLKEY}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_KEYPASSWD.html | CURLOPT_PROXY_KEYPASSWD} from CURLOPT_PROXY_KEYPASSWD.md (generated; do not edit)
   */
  PROXY_KEYPASSWD: 'PROXY_KEYPASSWD',
  /**
   * accept only HTTPS proxies with this public key
   *
   * Pin the public key an HTTPS proxy's certificate must carry. It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it.
   * The value is either a list of hashes or the name of a file:
   *
   * - sha256// followed by the base64 SHA-256 of the key's DER
   *   SubjectPublicKeyInfo; several are joined with ;
   *   (sha256//AAA=;sha256//BBB=), and any one of them may match. The verbose
   *   output shows the server key's own hash.
   * - any other string is a file path, holding the public key in PEM
   *   (-----BEGIN PUBLIC KEY-----) or in DER.
   *
   * The check runs after the certificate checks, also when verification is off.
   * A key that matches none, and a file that cannot be read or parsed, make the
   * perform fail with CURLE_SSL_PINNEDPUBKEYNOTMATCH (90); setopt only stores the
   * string.
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLOPT.PINNEDPUBLICKEY | CURLOPT_PINNEDPUBLICKEY}
   * @see {@link CURLOPT.PROXY_CAINFO | CURLOPT_PROXY_CAINFO}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_PINNEDPUBLICKEY.html | CURLOPT_PROXY_PINNEDPUBLICKEY} from CURLOPT_PROXY_PINNEDPUBLICKEY.md (generated; do not edit)
   */
  PROXY_PINNEDPUBLICKEY: 'PROXY_PINNEDPUBLICKEY',
  /**
   * client certificate for an HTTPS proxy
   *
   * Name the file with the certificate this client presents when an HTTPS proxy
   * asks for one. The format is PEM unless CURLOPT_PROXY_SSLCERTTYPE(3) says DER
   * or P12; the key comes from CURLOPT_PROXY_SSLKEY(3), else from this file, and
   * CURLOPT_PROXY_KEYPASSWD(3) unlocks it. It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it. A file that cannot be
   * used fails the perform with CURLE_SSL_CERTPROBLEM (58).
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLOPT.PROXY_KEYPASSWD | CURLOPT_PROXY_KEYPASSWD}
   * @see {@link CURLOPT.PROXY_SSLCERTTYPE | CURLOPT_PROXY_SSLCERTTYPE}
   * @see {@link CURLOPT.PROXY_SSLKEY | CURLOPT_PROXY_SSLKEY}
   * @see {@link CURLOPT.SSLCERT | CURLOPT_SSLCERT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_SSLCERT.html | CURLOPT_PROXY_SSLCERT} from CURLOPT_PROXY_SSLCERT.md (generated; do not edit)
   */
  PROXY_SSLCERT: 'PROXY_SSLCERT',
  /**
   * format of the HTTPS proxy client certificate
   *
   * Say in which format CURLOPT_PROXY_SSLCERT(3) is. It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it.
   * The names are read without regard to case:
   *
   * - PEM: base64 text with -----BEGIN CERTIFICATE----- lines; the file may
   *   carry intermediate certificates after the client's own.
   * - DER: one binary certificate. Its key comes from the key option; without
   *   one it is looked for in the same file, as DER.
   * - P12: a PKCS#12 bundle holding the certificate and its key, unlocked with
   *   the pass phrase option.
   *
   * Another name fails the perform with CURLE_BAD_FUNCTION_ARGUMENT (43) when the
   * certificate is loaded. Engines and providers (ENG, PROV) are not built in.
   *
   * Default: "PEM"
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLOPT.PROXY_SSLCERT | CURLOPT_PROXY_SSLCERT}
   * @see {@link CURLOPT.PROXY_SSLKEY | CURLOPT_PROXY_SSLKEY}
   * @see {@link CURLOPT.SSLCERTTYPE | CURLOPT_SSLCERTTYPE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_SSLCERTTYPE.html | CURLOPT_PROXY_SSLCERTTYPE} from CURLOPT_PROXY_SSLCERTTYPE.md (generated; do not edit)
   */
  PROXY_SSLCERTTYPE: 'PROXY_SSLCERTTYPE',
  /**
   * client certificate for an HTTPS proxy, from memory
   *
   * Give the client certificate that is shown to an HTTPS proxy as bytes (a
   * Uint8Array, copied when set) instead of a file in CURLOPT_PROXY_SSLCERT(3),
   * which it replaces. The format is CURLOPT_PROXY_SSLCERTTYPE(3)'s: PEM (the
   * default, with any chain after it), DER, or P12 (certificate and key together).
   * The key comes from CURLOPT_PROXY_SSLKEY_BLOB(3) or CURLOPT_PROXY_SSLKEY(3),
   * else from these same bytes. A certificate that cannot be used fails the
   * perform with CURLE_SSL_CERTPROBLEM (58); the failure text calls the bytes
   * CURLOPT_SSLCERT_BLOB, as libcurl's does. The target's TLS is not affected.
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.71.0
   * @see {@link CURLOPT.PROXY_SSLCERT | CURLOPT_PROXY_SSLCERT}
   * @see {@link CURLOPT.PROXY_SSLCERTTYPE | CURLOPT_PROXY_SSLCERTTYPE}
   * @see {@link CURLOPT.PROXY_SSLKEY_BLOB | CURLOPT_PROXY_SSLKEY_BLOB}
   * @see {@link CURLOPT.SSLCERT_BLOB | CURLOPT_SSLCERT_BLOB}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_SSLCERT_BLOB.html | CURLOPT_PROXY_SSLCERT_BLOB} from CURLOPT_PROXY_SSLCERT_BLOB.md (generated; do not edit)
   */
  PROXY_SSLCERT_BLOB: 'PROXY_SSLCERT_BLOB',
  /**
   * private key for the HTTPS proxy client certificate
   *
   * Name the PEM file holding the private key of CURLOPT_PROXY_SSLCERT(3).
   * Without it the key is looked for in the certificate file itself.
   * It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it. A key that cannot be read, decrypted or that does not belong to
   * the certificate fails the perform with CURLE_SSL_CERTPROBLEM (58).
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLOPT.PROXY_KEYPASSWD | CURLOPT_PROXY_KEYPASSWD}
   * @see {@link CURLOPT.PROXY_SSLCERT | CURLOPT_PROXY_SSLCERT}
   * @see {@link CURLOPT.SSLKEY | CURLOPT_SSLKEY}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_SSLKEY.html | CURLOPT_PROXY_SSLKEY} from CURLOPT_PROXY_SSLKEY.md (generated; do not edit)
   */
  PROXY_SSLKEY: 'PROXY_SSLKEY',
  /**
   * private key for an HTTPS proxy client certificate, from memory
   *
   * Give the private key of the client certificate shown to an HTTPS proxy as
   * PEM bytes (a Uint8Array, copied when set) instead of a file in
   * CURLOPT_PROXY_SSLKEY(3), which it replaces. An encrypted key is opened with
   * CURLOPT_PROXY_KEYPASSWD(3). A key that cannot be read, cannot be decrypted or
   * does not belong to the certificate fails the perform with
   * CURLE_BAD_FUNCTION_ARGUMENT (43) and the text unable to set private key file:
   * '(memory blob)' type PEM.
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.71.0
   * @see {@link CURLOPT.PROXY_SSLKEY | CURLOPT_PROXY_SSLKEY}
   * @see {@link CURLOPT.PROXY_SSLCERT_BLOB | CURLOPT_PROXY_SSLCERT_BLOB}
   * @see {@link CURLOPT.SSLKEY_BLOB | CURLOPT_SSLKEY_BLOB}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_SSLKEY_BLOB.html | CURLOPT_PROXY_SSLKEY_BLOB} from CURLOPT_PROXY_SSLKEY_BLOB.md (generated; do not edit)
   */
  PROXY_SSLKEY_BLOB: 'PROXY_SSLKEY_BLOB',
  /**
   * TLS versions to use with an HTTPS proxy
   *
   * Set the lowest TLS version, and optionally the highest, for the connection
   * with an HTTPS proxy. It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it. The values are those of CURLOPT_SSLVERSION(3).
   *
   * Default: CURL_SSLVERSION_DEFAULT
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLOPT.PROXY_SSL_CIPHER_LIST | CURLOPT_PROXY_SSL_CIPHER_LIST}
   * @see {@link CURLOPT.SSLVERSION | CURLOPT_SSLVERSION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_SSLVERSION.html | CURLOPT_PROXY_SSLVERSION} from CURLOPT_PROXY_SSLVERSION.md (generated; do not edit)
   */
  PROXY_SSLVERSION: 'PROXY_SSLVERSION',
  /**
   * ciphers to offer an HTTPS proxy for TLS 1.2 and older
   *
   * Choose the ciphers offered to an HTTPS proxy. It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it. The string is an OpenSSL cipher list for TLS 1.2 and older, names joined
   * with colons (ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256), and
   * may use OpenSSL's keywords and ! exclusions. It is only used when the lowest
   * version allowed is below TLS 1.3; TLS 1.3 suites are chosen separately. A list
   * in which OpenSSL finds no cipher fails the perform with CURLE_SSL_CIPHER (59);
   * a list that is taken is shown in the verbose output
   * (Cipher selection: ...).
   *
   * Default: NULL: Node's default list.
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLOPT.PROXY_TLS13_CIPHERS | CURLOPT_PROXY_TLS13_CIPHERS}
   * @see {@link CURLOPT.SSL_CIPHER_LIST | CURLOPT_SSL_CIPHER_LIST}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_SSL_CIPHER_LIST.html | CURLOPT_PROXY_SSL_CIPHER_LIST} from CURLOPT_PROXY_SSL_CIPHER_LIST.md (generated; do not edit)
   */
  PROXY_SSL_CIPHER_LIST: 'PROXY_SSL_CIPHER_LIST',
  /**
   * TLS behaviour switches for an HTTPS proxy
   *
   * Set flag bits that change how TLS with an HTTPS proxy behaves. It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it.
   * The bits are those of CURLOPT_SSL_OPTIONS(3), with the same effects.
   *
   * Default: 0
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLOPT.SSL_OPTIONS | CURLOPT_SSL_OPTIONS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_SSL_OPTIONS.html | CURLOPT_PROXY_SSL_OPTIONS} from CURLOPT_PROXY_SSL_OPTIONS.md (generated; do not edit)
   */
  PROXY_SSL_OPTIONS: 'PROXY_SSL_OPTIONS',
  /**
   * check that an HTTPS proxy's certificate names the proxy
   *
   * Decide whether an HTTPS proxy's certificate must be issued for the proxy's
   * host name as the proxy string gives it. The rules are those of
   * CURLOPT_SSL_VERIFYHOST(3); a mismatch fails the perform with
   * CURLE_PEER_FAILED_VERIFICATION (60). It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it.
   *
   * 0
   *
   * No name check.
   *
   * 1
   *
   * The same as 2.
   *
   * 2
   *
   * The certificate must name the proxy host.
   *
   * Default: 2
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLOPT.PROXY_SSL_VERIFYPEER | CURLOPT_PROXY_SSL_VERIFYPEER}
   * @see {@link CURLOPT.SSL_VERIFYHOST | CURLOPT_SSL_VERIFYHOST}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_SSL_VERIFYHOST.html | CURLOPT_PROXY_SSL_VERIFYHOST} from CURLOPT_PROXY_SSL_VERIFYHOST.md (generated; do not edit)
   */
  PROXY_SSL_VERIFYHOST: 'PROXY_SSL_VERIFYHOST',
  /**
   * check an HTTPS proxy's chain of trust
   *
   * Decide whether an HTTPS proxy's certificate must chain up to a trusted
   * authority (CURLOPT_PROXY_CAINFO(3), CURLOPT_PROXY_CAPATH(3), else Node's
   * bundled roots). Any non-zero value turns the check on. When it fails, the
   * perform fails with CURLE_PEER_FAILED_VERIFICATION (60) and
   * CURLINFO_PROXY_SSL_VERIFYRESULT(3) holds OpenSSL's reason. With 0 the
   * connection goes on and the verbose output notes the result. It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it.
   *
   * Default: 1
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see CURLINFO_PROXY_SSL_VERIFYRESULT
   * @see {@link CURLOPT.PROXY_SSL_VERIFYHOST | CURLOPT_PROXY_SSL_VERIFYHOST}
   * @see {@link CURLOPT.SSL_VERIFYPEER | CURLOPT_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_SSL_VERIFYPEER.html | CURLOPT_PROXY_SSL_VERIFYPEER} from CURLOPT_PROXY_SSL_VERIFYPEER.md (generated; do not edit)
   */
  PROXY_SSL_VERIFYPEER: 'PROXY_SSL_VERIFYPEER',
  /**
   * TLS 1.3 cipher suites to offer an HTTPS proxy
   *
   * Choose the TLS 1.3 cipher suites offered to an HTTPS proxy. It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it.
   * The string names TLS 1.3 cipher suites joined with colons, for example
   * TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256. It is only used when
   * TLS 1.3 is allowed by the highest version. An unknown suite fails the perform
   * with CURLE_SSL_CIPHER (59); a list that is taken is shown in the verbose
   * output (TLS 1.3 cipher selection: ...).
   *
   * Default: NULL: Node's default suites.
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.61.0
   * @see {@link CURLOPT.PROXY_SSL_CIPHER_LIST | CURLOPT_PROXY_SSL_CIPHER_LIST}
   * @see {@link CURLOPT.TLS13_CIPHERS | CURLOPT_TLS13_CIPHERS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_TLS13_CIPHERS.html | CURLOPT_PROXY_TLS13_CIPHERS} from CURLOPT_PROXY_TLS13_CIPHERS.md (generated; do not edit)
   */
  PROXY_TLS13_CIPHERS: 'PROXY_TLS13_CIPHERS',
  /**
   * ask for byte ranges of a resource
   *
   * Ask for part of the resource: give the byte ranges as HTTP writes them after
   * bytes=, such as "0-199" for the first 200 bytes, "500-" for everything
   * from byte 500 on, "-300" for the last 300 bytes, or several ranges joined by
   * commas. A GET or HEAD request then carries Range: bytes= and the text, sent
   * as given. A POST carries Content-Range: bytes  with the text, a slash and
   * the size of the body it sends.
   *
   * The server decides what it returns: a 206 answer with the part asked for, the
   * whole resource with a 200, or a 416 when the range does not fit. The library
   * hands over whatever body comes. CURLOPT_RESUME_FROM_LARGE(3), when set, takes
   * the place of this option. A Range: (or Content-Range:) line in
   * CURLOPT_HTTPHEADER(3) replaces the header. null asks for the whole
   * resource.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.RESUME_FROM_LARGE | CURLOPT_RESUME_FROM_LARGE}
   * @see {@link CURLOPT.MAXFILESIZE_LARGE | CURLOPT_MAXFILESIZE_LARGE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_RANGE.html | CURLOPT_RANGE} from CURLOPT_RANGE.md (generated; do not edit)
   */
  RANGE: 'RANGE',
  /**
   * value handed to the read callback, or the stream to upload
   *
   * With CURLOPT_READFUNCTION(3) set, this value is passed unchanged as the last
   * argument (userdata) of each call. In manbind it can be any JavaScript value.
   *
   * Without a read callback the value is where the body comes from: libcurl reads
   * its FILE * with fread, and manbind reads a Node.js readable stream (an
   * fs.ReadStream, process.stdin, or anything with read() and the
   * readable and end events), as it delivers data, until it ends. A stream
   * that fails ends the transfer with CURLE_READ_ERROR (26).
   *
   * Default: NULL, which means process.stdin when no read callback is set.
   *
   * Protocols: HTTP
   *
   * @since 7.9.7
   * @see {@link CURLOPT.READFUNCTION | CURLOPT_READFUNCTION}
   * @see {@link CURLOPT.UPLOAD | CURLOPT_UPLOAD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_READDATA.html | CURLOPT_READDATA} from CURLOPT_READDATA.md (generated; do not edit)
   */
  READDATA: 'READDATA',
  /**
   * callback that supplies the request body
   *
   * Set a function that produces the body of an upload (CURLOPT_UPLOAD(3)) or of
   * a POST without CURLOPT_POSTFIELDS(3). It is called whenever there is room to
   * send more, and the body is sent as it comes: it is never collected in memory
   * first.
   *
   * In manbind the callback receives (buffer, size, nitems, userdata): a
   * Uint8Array to fill from its start, size always 1, nitems the number of
   * bytes it holds, and the value of CURLOPT_READDATA(3). Put up to
   * size * nitems bytes in it and return how many. The array may be shorter than
   * CURLOPT_UPLOAD_BUFFERSIZE(3) when less of a known size is left. Return 0 when
   * the body is complete; when the size was given (CURLOPT_INFILESIZE_LARGE(3),
   * CURLOPT_POSTFIELDSIZE_LARGE(3)) the callback is not asked again once that many
   * bytes came, and a 0 before then fails the transfer with CURLE_READ_ERROR (26).
   *
   * Returning CURL_READFUNC_ABORT stops the transfer with
   * CURLE_ABORTED_BY_CALLBACK (42). Returning more than size * nitems, or
   * something that is not a number, fails it with CURLE_READ_ERROR (26), the text
   * being "read function returned funny value". A callback that throws stops the
   * transfer with 42 and its message as the error text.
   *
   * Returning CURL_READFUNC_PAUSE pauses sending: nothing of this call counts as
   * read, the transfer keeps receiving, and once curl_easy_pause(3) resumes
   * sending (CURLPAUSE_CONT, or any action without CURLPAUSE_SEND) the callback is
   * asked again. Pausing with CURLPAUSE_SEND from anywhere holds the upload the
   * same way before the next call.
   *
   * Default: NULL. Without a callback the body is read from the stream set with
   * CURLOPT_READDATA(3), or from process.stdin when none is set, as libcurl
   * reads its FILE * with fread.
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.POST | CURLOPT_POST}
   * @see {@link CURLOPT.READDATA | CURLOPT_READDATA}
   * @see {@link CURLOPT.UPLOAD | CURLOPT_UPLOAD}
   * @see {@link CURLOPT.UPLOAD_BUFFERSIZE | CURLOPT_UPLOAD_BUFFERSIZE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_READFUNCTION.html | CURLOPT_READFUNCTION} from CURLOPT_READFUNCTION.md (generated; do not edit)
   */
  READFUNCTION: 'READFUNCTION',
  /**
   * the schemes a redirect may go to
   *
   * Limit the schemes a redirect followed with CURLOPT_FOLLOWLOCATION(3) may
   * switch to. A Location: with another scheme ends the transfer with
   * CURLE_UNSUPPORTED_PROTOCOL (1) and the text Protocol "SCHEME" is disabled (in
   * redirect); CURLOPT_PROTOCOLS_STR(3) must allow the scheme too. A scheme the
   * library does not know at all gives Protocol "SCHEME" not supported (in
   * redirect). manbind follows redirects to http and https only, so another
   * scheme this list allows still ends the transfer with 1 and the not
   * supported text.
   *
   * The list is scheme names separated by commas, in any case, such as
   * "http,https"; empty names between commas are skipped. "all" allows every
   * scheme. A name this library has no handler for returns
   * CURLE_UNSUPPORTED_PROTOCOL (1) and a list without any name returns
   * CURLE_BAD_FUNCTION_ARGUMENT (43); the previous setting stays then.
   *
   * null goes back to the default.
   *
   * Default: http, https, ftp and ftps
   *
   * Protocols: HTTP
   *
   * @since 7.85.0
   * @see {@link CURLOPT.FOLLOWLOCATION | CURLOPT_FOLLOWLOCATION}
   * @see {@link CURLOPT.PROTOCOLS_STR | CURLOPT_PROTOCOLS_STR}
   * @see CURLINFO_SCHEME
   * @see {@link https://curl.se/libcurl/c/CURLOPT_REDIR_PROTOCOLS_STR.html | CURLOPT_REDIR_PROTOCOLS_STR} from CURLOPT_REDIR_PROTOCOLS_STR.md (generated; do not edit)
   */
  REDIR_PROTOCOLS_STR: 'REDIR_PROTOCOLS_STR',
  /**
   * the Referer request header
   *
   * Give the URL of the page the request comes from. It is sent as it is in a
   * Referer: request header, after Accept: (and Accept-Encoding:). Each
   * perform starts from this value; with CURLOPT_AUTOREFERER(3) a followed
   * redirect replaces it for the requests after it. CURLINFO_REFERER(3) reports
   * the value the last request was given. A Referer: line in
   * CURLOPT_HTTPHEADER(3) takes its place. null sends none.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see CURLINFO_REFERER
   * @see {@link CURLOPT.AUTOREFERER | CURLOPT_AUTOREFERER}
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link CURLOPT.USERAGENT | CURLOPT_USERAGENT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_REFERER.html | CURLOPT_REFERER} from CURLOPT_REFERER.md (generated; do not edit)
   */
  REFERER: 'REFERER',
  /**
   * the target of the request line
   *
   * Give the text the request line carries between the method and the HTTP
   * version, in place of the path and query of the URL (or, through a proxy that
   * is not tunnelled, in place of the whole URL). It is sent as given, which
   * allows targets a URL cannot express, such as * for OPTIONS * or an
   * authority for a hand-made request. The URL still decides where the library
   * connects and what the Host: header says. Text holding a carriage return or a
   * line feed is refused with CURLE_BAD_FUNCTION_ARGUMENT (43) when the request is
   * made. null goes back to the URL's path and query.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.55.0
   * @see {@link CURLOPT.CUSTOMREQUEST | CURLOPT_CUSTOMREQUEST}
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_REQUEST_TARGET.html | CURLOPT_REQUEST_TARGET} from CURLOPT_REQUEST_TARGET.md (generated; do not edit)
   */
  REQUEST_TARGET: 'REQUEST_TARGET',
  /**
   * fixed addresses for chosen host and port pairs
   *
   * Tell the handle which addresses a host name has, for a given port, so that
   * no DNS lookup happens for it. In C this is a curl_slist; in manbind it is
   * an array of strings, each in one of these forms:
   *
   * HOST:PORT:ADDRESS[,ADDRESS...]
   * +HOST:PORT:ADDRESS[,ADDRESS...]
   * -HOST:PORT
   *
   * The first form adds an entry: when a transfer needs HOST on PORT, the listed
   * numeric addresses are used, in the usual order (IPv6 first, then IPv4, see
   * CURLOPT_HAPPY_EYEBALLS_TIMEOUT_MS(3)). Write IPv6 addresses in brackets,
   * like [::1]. A HOST of * matches every name, after the specific entries.
   * The + form is accepted too; in libcurl it marks an entry that may expire
   * like an ordinary cached lookup. The - form removes an entry added before.
   * A later entry for the same HOST and PORT replaces the earlier one. Addresses
   * of a family that CURLOPT_IPRESOLVE(3) excludes are skipped.
   *
   * The entries steer only where the engine connects: the URL's host name still
   * goes into the Host: header, the CONNECT request and TLS verification. Each
   * call replaces the whole list; null or an empty array removes it. manbind
   * copies the array, so later changes to it have no effect.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.21.3
   * @see {@link CURLOPT.CONNECT_TO | CURLOPT_CONNECT_TO}
   * @see {@link CURLOPT.IPRESOLVE | CURLOPT_IPRESOLVE}
   * @see {@link CURLOPT.URL | CURLOPT_URL}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_RESOLVE.html | CURLOPT_RESOLVE} from CURLOPT_RESOLVE.md (generated; do not edit)
   */
  RESOLVE: 'RESOLVE',
  /**
   * download from an offset on
   *
   * Continue a download that already has its first bytes: give the offset of the
   * first byte wanted. A GET or HEAD request then asks for Range: bytes=OFFSET-
   * (a value set with CURLOPT_RANGE(3) is not used while this is set).
   *
   * The answer must start at that offset: a Content-Range: header naming it. A
   * response without one fails with CURLE_RANGE_ERROR (33) and the text HTTP
   * server does not seem to support byte ranges. Cannot resume., unless its
   * Content-Length: equals the offset, which means the file is complete already:
   * the transfer then ends successfully without reading a body. A 416 answer is
   * not an error for CURLOPT_FAILONERROR(3) while resuming.
   *
   * For a POST the offset skips that many bytes of the CURLOPT_POSTFIELDS(3) body
   * and a Content-Range: header tells the server where the rest belongs; an
   * offset past the end of the body fails with CURLE_READ_ERROR (26). -1 sends
   * the whole body again with a range covering all of it.
   *
   * 0 turns resuming off. CURLOPT_RESUME_FROM_LARGE(3) sets the same offset with a 64-bit type.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.RANGE | CURLOPT_RANGE}
   * @see {@link CURLOPT.RESUME_FROM_LARGE | CURLOPT_RESUME_FROM_LARGE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_RESUME_FROM.html | CURLOPT_RESUME_FROM} from CURLOPT_RESUME_FROM.md (generated; do not edit)
   */
  RESUME_FROM: 'RESUME_FROM',
  /**
   * download from an offset on
   *
   * Continue a download that already has its first bytes: give the offset of the
   * first byte wanted. A GET or HEAD request then asks for Range: bytes=OFFSET-
   * (a value set with CURLOPT_RANGE(3) is not used while this is set).
   *
   * The answer must start at that offset: a Content-Range: header naming it. A
   * response without one fails with CURLE_RANGE_ERROR (33) and the text HTTP
   * server does not seem to support byte ranges. Cannot resume., unless its
   * Content-Length: equals the offset, which means the file is complete already:
   * the transfer then ends successfully without reading a body. A 416 answer is
   * not an error for CURLOPT_FAILONERROR(3) while resuming.
   *
   * For a POST the offset skips that many bytes of the CURLOPT_POSTFIELDS(3) body
   * and a Content-Range: header tells the server where the rest belongs; an
   * offset past the end of the body fails with CURLE_READ_ERROR (26). -1 sends
   * the whole body again with a range covering all of it.
   *
   * 0 turns resuming off.
   *
   * The value is a number or a bigint.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.11.0
   * @see {@link CURLOPT.RANGE | CURLOPT_RANGE}
   * @see {@link CURLOPT.RESUME_FROM | CURLOPT_RESUME_FROM}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_RESUME_FROM_LARGE.html | CURLOPT_RESUME_FROM_LARGE} from CURLOPT_RESUME_FROM_LARGE.md (generated; do not edit)
   */
  RESUME_FROM_LARGE: 'RESUME_FROM_LARGE',
  /**
   * identity to act as in SASL PLAIN
   *
   * Set the authorization identity: the user to act as, once logged in with the
   * credentials of CURLOPT_USERNAME(3) and CURLOPT_PASSWORD(3). Only the SASL
   * PLAIN mechanism carries it (RFC 4616), as the first of its three fields; the
   * server decides whether the logged-in user may act as that one.
   *
   * manbind serves the connect phase of IMAP, POP3, SMTP and FTP (and their TLS
   * forms) for CURLOPT_CONNECT_ONLY(3) transfers only.
   *
   * Default: blank
   *
   * Protocols: IMAP, POP3, SMTP
   *
   * @since 7.66.0
   * @see {@link CURLOPT.USERNAME | CURLOPT_USERNAME}
   * @see {@link CURLOPT.PASSWORD | CURLOPT_PASSWORD}
   * @see {@link CURLOPT.LOGIN_OPTIONS | CURLOPT_LOGIN_OPTIONS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SASL_AUTHZID.html | CURLOPT_SASL_AUTHZID} from CURLOPT_SASL_AUTHZID.md (generated; do not edit)
   */
  SASL_AUTHZID: 'SASL_AUTHZID',
  /**
   * send the SASL initial response with the command
   *
   * With 1, the first SASL message goes on the same line as the AUTH or
   * AUTHENTICATE command (RFC 4959) instead of waiting for the server's empty
   * challenge, saving a round trip. IMAP sends it this way anyway when the server
   * lists SASL-IR. Any non-zero value means on.
   *
   * manbind serves the connect phase of IMAP, POP3, SMTP and FTP (and their TLS
   * forms) for CURLOPT_CONNECT_ONLY(3) transfers only.
   *
   * Default: 0
   *
   * Protocols: IMAP, POP3, SMTP
   *
   * @since 7.31.0
   * @see {@link CURLOPT.LOGIN_OPTIONS | CURLOPT_LOGIN_OPTIONS}
   * @see {@link CURLOPT.XOAUTH2_BEARER | CURLOPT_XOAUTH2_BEARER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SASL_IR.html | CURLOPT_SASL_IR} from CURLOPT_SASL_IR.md (generated; do not edit)
   */
  SASL_IR: 'SASL_IR',
  /**
   * value handed to the seek callback
   *
   * The value passed unchanged as the first argument (clientp) of each
   * CURLOPT_SEEKFUNCTION(3) call. In manbind it can be any JavaScript value.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.18.0
   * @see {@link CURLOPT.SEEKFUNCTION | CURLOPT_SEEKFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SEEKDATA.html | CURLOPT_SEEKDATA} from CURLOPT_SEEKDATA.md (generated; do not edit)
   */
  SEEKDATA: 'SEEKDATA',
  /**
   * callback that moves the upload source back
   *
   * Set a function that moves the source of the request body, the one
   * CURLOPT_READFUNCTION(3) reads, to another position. It receives the value of
   * CURLOPT_SEEKDATA(3), the offset, and the origin, which is always SEEK_SET
   * (0): the offset counts from the start of the body.
   *
   * It is called with offset 0 when a request has to send the body again after
   * some of it was read: a followed 307 or 308 redirect, a 301 or 302 that keeps
   * the method, or another round of authentication. Without this callback such a
   * transfer fails with CURLE_SEND_FAIL_REWIND (65), text "necessary data rewind
   * was not possible"; a callback that returns anything but CURL_SEEKFUNC_OK (or
   * throws) fails it with 65 too, text "seek callback returned error N".
   *
   * With CURLOPT_RESUME_FROM_LARGE(3) on an upload it is called with the resume
   * offset. CURL_SEEKFUNC_CANTSEEK then makes the transfer read and drop that
   * many bytes through the read callback instead; CURL_SEEKFUNC_FAIL fails it
   * with CURLE_READ_ERROR (26), text "Could not seek stream".
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.18.0
   * @see {@link CURLOPT.READFUNCTION | CURLOPT_READFUNCTION}
   * @see {@link CURLOPT.SEEKDATA | CURLOPT_SEEKDATA}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SEEKFUNCTION.html | CURLOPT_SEEKFUNCTION} from CURLOPT_SEEKFUNCTION.md (generated; do not edit)
   */
  SEEKFUNCTION: 'SEEKFUNCTION',
  /**
   * application value handed to the sockopt callback
   *
   * Store a value that the engine passes, unchanged, as the clientp argument of
   * each call to the CURLOPT_SOCKOPTFUNCTION(3) callback. In manbind any
   * JavaScript value will do; the engine neither inspects nor copies it.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.16.0
   * @see {@link CURLOPT.OPENSOCKETFUNCTION | CURLOPT_OPENSOCKETFUNCTION}
   * @see {@link CURLOPT.SOCKOPTFUNCTION | CURLOPT_SOCKOPTFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SOCKOPTDATA.html | CURLOPT_SOCKOPTDATA} from CURLOPT_SOCKOPTDATA.md (generated; do not edit)
   */
  SOCKOPTDATA: 'SOCKOPTDATA',
  /**
   * callback run on each new socket before it connects
   *
   * Set a function the engine calls once for every socket it is about to
   * connect: after the socket exists (from the engine or from
   * CURLOPT_OPENSOCKETFUNCTION(3)), after the engine applied its own settings
   * such as CURLOPT_TCP_NODELAY(3) and keepalive, after the Trying line of
   * verbose output, and before the connect. It is the place to adjust the socket
   * or to declare that it is connected already.
   *
   * In manbind the callback receives (clientp, curlfd, purpose): the value of
   * CURLOPT_SOCKOPTDATA(3), the socket (the net.Socket or other stream.Duplex
   * the engine will use), and CURLSOCKTYPE_IPCXN (0). It returns a number:
   *
   * - CURL_SOCKOPT_OK (0): go on and connect. The engine connects whatever
   *   socket it has, also one the open-socket callback connected already; as in
   *   libcurl, that connect fails with EISCONN ("Immediate connect fail for
   *   ADDRESS: Transport endpoint is already connected"), the socket is closed
   *   and the attempt ends with CURLE_COULDNT_CONNECT (7), CURLINFO_OS_ERRNO(3)
   *   106.
   * - CURL_SOCKOPT_ALREADY_CONNECTED (2): skip the connect and treat the socket
   *   as connected right away. This is the answer for a socket the application
   *   connected itself and hands in through the open-socket callback. Verbose
   *   output and the primary address still describe the address object, not the
   *   real peer. The engine takes the answer at its word: a socket handed in
   *   this way that is not connected stays unconnected, and every
   *   curl_easy_send(3) on it fails with CURLE_SEND_ERROR (55) "Send failure:
   *   Broken pipe" and every curl_easy_recv(3) with CURLE_RECV_ERROR (56) "Recv
   *   failure: Transport endpoint is not connected", as the kernel answers for
   *   such a socket.
   * - anything else, CURL_SOCKOPT_ERROR (1) included: this attempt fails. The
   *   socket is closed (through CURLOPT_CLOSESOCKETFUNCTION(3) when set) and the
   *   next address is tried, with the callback called again for it. If every
   *   attempt ends this way the perform returns CURLE_ABORTED_BY_CALLBACK (42).
   *   That is what libcurl's code does; its documentation promises
   *   CURLE_COULDNT_CONNECT (7) instead.
   *
   * A callback that throws is treated as returning CURL_SOCKOPT_ERROR, and the
   * error's message becomes the handle's last error text.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.16.0
   * @see {@link CURLOPT.CLOSESOCKETFUNCTION | CURLOPT_CLOSESOCKETFUNCTION}
   * @see {@link CURLOPT.OPENSOCKETFUNCTION | CURLOPT_OPENSOCKETFUNCTION}
   * @see {@link CURLOPT.SOCKOPTDATA | CURLOPT_SOCKOPTDATA}
   * @see {@link CURLOPT.TCP_NODELAY | CURLOPT_TCP_NODELAY}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SOCKOPTFUNCTION.html | CURLOPT_SOCKOPTFUNCTION} from CURLOPT_SOCKOPTFUNCTION.md (generated; do not edit)
   */
  SOCKOPTFUNCTION: 'SOCKOPTFUNCTION',
  /**
   * authentication methods offered to a SOCKS5 proxy
   *
   * Choose which methods of RFC 1928 the engine may use with a SOCKS5 proxy.
   * "No authentication" is always offered. With CURLAUTH_BASIC set and
   * credentials known (from the proxy string, or CURLOPT_PROXYUSERPWD(3),
   * CURLOPT_PROXYUSERNAME(3) and CURLOPT_PROXYPASSWORD(3)), the greeting also
   * offers username/password authentication (RFC 1929), and the engine sends
   * them when the proxy picks that method.
   *
   * When the proxy picks a method that this option leaves out, the transfer
   * fails with CURLE_PROXY (97) and CURLINFO_PROXY_ERROR(3) tells why:
   * CURLPX_NO_AUTH for username/password without CURLAUTH_BASIC, and
   * CURLPX_GSSAPI_PERMSG for GSS-API.
   *
   * The method is part of how a connection is set up, not of which connections
   * match: a kept connection to the same proxy may be reused whatever this
   * option says.
   *
   * CURLAUTH_BASIC
   *
   * Username and password, sent in clear text to the proxy.
   *
   * CURLAUTH_GSSAPI
   *
   * GSS-API (Kerberos). manbind has no GSS-API: it never offers the method, and
   * a proxy that picks it anyway fails the transfer with CURLPX_GSSAPI_PERMSG,
   * as a libcurl built without GSS-API does.
   *
   * CURLAUTH_NONE
   *
   * Only "no authentication": credentials are never sent.
   *
   * Default: CURLAUTH_BASIC | CURLAUTH_GSSAPI
   *
   * Protocols: All
   *
   * @since 7.55.0
   * @see CURLINFO_PROXY_ERROR
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link CURLOPT.PROXYTYPE | CURLOPT_PROXYTYPE}
   * @see {@link CURLOPT.PROXYUSERPWD | CURLOPT_PROXYUSERPWD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SOCKS5_AUTH.html | CURLOPT_SOCKS5_AUTH} from CURLOPT_SOCKS5_AUTH.md (generated; do not edit)
   */
  SOCKS5_AUTH: 'SOCKS5_AUTH',
  /**
   * client certificate file
   *
   * Give the path of a PEM file with the certificate this client presents when a
   * TLS server asks for one. Intermediate certificates may follow it in the same
   * file. The private key comes from CURLOPT_SSLKEY(3); without that option it is
   * looked for in this same file, and CURLOPT_KEYPASSWD(3) unlocks an encrypted
   * key.
   *
   * The file is PEM unless CURLOPT_SSLCERTTYPE(3) says DER or P12 (a PKCS#12
   * bundle with the key inside); CURLOPT_SSLCERT_BLOB(3) gives the same from
   * memory. The file is read when a
   * TLS handshake starts; if it cannot be read or parsed, or the key does not
   * match, the perform fails with CURLE_SSL_CERTPROBLEM (58). A server that
   * requires a certificate and rejects the one sent (or gets none) makes the
   * handshake fail, usually with CURLE_SSL_CONNECT_ERROR (35).
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: All)
   *
   * @since 7.1
   * @see {@link CURLOPT.KEYPASSWD | CURLOPT_KEYPASSWD}
   * @see {@link CURLOPT.SSLCERTTYPE | CURLOPT_SSLCERTTYPE}
   * @see {@link CURLOPT.SSLCERT_BLOB | CURLOPT_SSLCERT_BLOB}
   * @see {@link CURLOPT.SSLKEY | CURLOPT_SSLKEY}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLCERT.html | CURLOPT_SSLCERT} from CURLOPT_SSLCERT.md (generated; do not edit)
   */
  SSLCERT: 'SSLCERT',
  /**
   * format of the client certificate
   *
   * Say in which format CURLOPT_SSLCERT(3) or CURLOPT_SSLCERT_BLOB(3) is.
   * The names are read without regard to case:
   *
   * - PEM: base64 text with -----BEGIN CERTIFICATE----- lines; the file may
   *   carry intermediate certificates after the client's own.
   * - DER: one binary certificate. Its key comes from the key option; without
   *   one it is looked for in the same file, as DER.
   * - P12: a PKCS#12 bundle holding the certificate and its key, unlocked with
   *   the pass phrase option.
   *
   * Another name fails the perform with CURLE_BAD_FUNCTION_ARGUMENT (43) when the
   * certificate is loaded. Engines and providers (ENG, PROV) are not built in.
   *
   * Default: "PEM"
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.9.3
   * @see {@link CURLOPT.KEYPASSWD | CURLOPT_KEYPASSWD}
   * @see {@link CURLOPT.SSLCERT | CURLOPT_SSLCERT}
   * @see {@link CURLOPT.SSLCERT_BLOB | CURLOPT_SSLCERT_BLOB}
   * @see {@link CURLOPT.SSLKEY | CURLOPT_SSLKEY}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLCERTTYPE.html | CURLOPT_SSLCERTTYPE} from CURLOPT_SSLCERTTYPE.md (generated; do not edit)
   */
  SSLCERTTYPE: 'SSLCERTTYPE',
  /**
   * client certificate from memory
   *
   * Give the client certificate as bytes (a Uint8Array, copied when set)
   * instead of a file in CURLOPT_SSLCERT(3), which it replaces. The format is
   * CURLOPT_SSLCERTTYPE(3)'s: PEM (the default, with any chain after it), DER, or
   * P12 (certificate and key together). The key comes from CURLOPT_SSLKEY_BLOB(3)
   * or CURLOPT_SSLKEY(3), else from these same bytes. A certificate that cannot be
   * used fails the perform with CURLE_SSL_CERTPROBLEM (58).
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.71.0
   * @see {@link CURLOPT.KEYPASSWD | CURLOPT_KEYPASSWD}
   * @see {@link CURLOPT.SSLCERT | CURLOPT_SSLCERT}
   * @see {@link CURLOPT.SSLCERTTYPE | CURLOPT_SSLCERTTYPE}
   * @see {@link CURLOPT.SSLKEY_BLOB | CURLOPT_SSLKEY_BLOB}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLCERT_BLOB.html | CURLOPT_SSLCERT_BLOB} from CURLOPT_SSLCERT_BLOB.md (generated; do not edit)
   */
  SSLCERT_BLOB: 'SSLCERT_BLOB',
  /**
   * private key file for the client certificate
   *
   * Give the path of a PEM file with the private key that belongs to the
   * certificate of CURLOPT_SSLCERT(3). When the key is encrypted, set its
   * passphrase with CURLOPT_KEYPASSWD(3). When this option is not set, the key
   * is expected in the certificate file.
   *
   * The file is read when a TLS handshake starts. A key that cannot be read,
   * decrypted or matched to the certificate makes the perform fail with
   * CURLE_SSL_CERTPROBLEM (58). Only PEM keys are supported; manbind has no
   * CURLOPT_SSLKEYTYPE.
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: All)
   *
   * @since 7.9.3
   * @see {@link CURLOPT.KEYPASSWD | CURLOPT_KEYPASSWD}
   * @see {@link CURLOPT.SSLCERT | CURLOPT_SSLCERT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLKEY.html | CURLOPT_SSLKEY} from CURLOPT_SSLKEY.md (generated; do not edit)
   */
  SSLKEY: 'SSLKEY',
  /**
   * client private key from memory
   *
   * Give the private key of the client certificate as PEM bytes (a
   * Uint8Array, copied when set) instead of a file in CURLOPT_SSLKEY(3), which
   * it replaces. CURLOPT_KEYPASSWD(3) decrypts an encrypted key. A key that cannot
   * be used fails the perform with CURLE_SSL_CERTPROBLEM (58).
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.71.0
   * @see {@link CURLOPT.KEYPASSWD | CURLOPT_KEYPASSWD}
   * @see {@link CURLOPT.SSLCERT_BLOB | CURLOPT_SSLCERT_BLOB}
   * @see {@link CURLOPT.SSLKEY | CURLOPT_SSLKEY}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLKEY_BLOB.html | CURLOPT_SSLKEY_BLOB} from CURLOPT_SSLKEY_BLOB.md (generated; do not edit)
   */
  SSLKEY_BLOB: 'SSLKEY_BLOB',
  /**
   * TLS versions to use with the server
   *
   * Set the lowest TLS version, and optionally the highest, for the connection
   * with the server. The value is a lowest version, or'ed with at most one highest version
   * (CURL_SSLVERSION_MAX_*). When the two leave no version in common, or the server
   * offers none of them, the handshake fails with CURLE_SSL_CONNECT_ERROR (35).
   * Whether TLS 1.0 and 1.1 can be used at all depends on the OpenSSL security
   * level Node runs with.
   *
   * CURL_SSLVERSION_DEFAULT
   *
   * TLS 1.2 or later.
   *
   * CURL_SSLVERSION_TLSv1
   *
   * TLS 1.0 or later.
   *
   * CURL_SSLVERSION_SSLv2
   *
   * Refused by setopt with CURLE_BAD_FUNCTION_ARGUMENT (43).
   *
   * CURL_SSLVERSION_SSLv3
   *
   * Refused by setopt with CURLE_BAD_FUNCTION_ARGUMENT (43).
   *
   * CURL_SSLVERSION_TLSv1_0
   *
   * TLS 1.0 or later.
   *
   * CURL_SSLVERSION_TLSv1_1
   *
   * TLS 1.1 or later.
   *
   * CURL_SSLVERSION_TLSv1_2
   *
   * TLS 1.2 or later.
   *
   * CURL_SSLVERSION_TLSv1_3
   *
   * TLS 1.3 only.
   *
   * CURL_SSLVERSION_MAX_NONE
   *
   * No upper limit given: the highest version the TLS library has.
   *
   * CURL_SSLVERSION_MAX_DEFAULT
   *
   * The highest version the TLS library has.
   *
   * CURL_SSLVERSION_MAX_TLSv1_0
   *
   * At most TLS 1.0.
   *
   * CURL_SSLVERSION_MAX_TLSv1_1
   *
   * At most TLS 1.1.
   *
   * CURL_SSLVERSION_MAX_TLSv1_2
   *
   * At most TLS 1.2.
   *
   * CURL_SSLVERSION_MAX_TLSv1_3
   *
   * At most TLS 1.3.
   *
   * Default: CURL_SSLVERSION_DEFAULT
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.1
   * @see {@link CURLOPT.PROXY_SSLVERSION | CURLOPT_PROXY_SSLVERSION}
   * @see {@link CURLOPT.SSL_CIPHER_LIST | CURLOPT_SSL_CIPHER_LIST}
   * @see {@link CURLOPT.TLS13_CIPHERS | CURLOPT_TLS13_CIPHERS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLVERSION.html | CURLOPT_SSLVERSION} from CURLOPT_SSLVERSION.md (generated; do not edit)
   */
  SSLVERSION: 'SSLVERSION',
  /**
   * ciphers to offer for TLS 1.2 and older
   *
   * Choose the ciphers offered to the server. The string is an OpenSSL cipher list for TLS 1.2 and older, names joined
   * with colons (ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256), and
   * may use OpenSSL's keywords and ! exclusions. It is only used when the lowest
   * version allowed is below TLS 1.3; TLS 1.3 suites are chosen separately. A list
   * in which OpenSSL finds no cipher fails the perform with CURLE_SSL_CIPHER (59);
   * a list that is taken is shown in the verbose output
   * (Cipher selection: ...).
   *
   * Default: NULL: Node's default list.
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.9
   * @see {@link CURLOPT.PROXY_SSL_CIPHER_LIST | CURLOPT_PROXY_SSL_CIPHER_LIST}
   * @see {@link CURLOPT.SSLVERSION | CURLOPT_SSLVERSION}
   * @see {@link CURLOPT.TLS13_CIPHERS | CURLOPT_TLS13_CIPHERS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSL_CIPHER_LIST.html | CURLOPT_SSL_CIPHER_LIST} from CURLOPT_SSL_CIPHER_LIST.md (generated; do not edit)
   */
  SSL_CIPHER_LIST: 'SSL_CIPHER_LIST',
  /**
   * key exchange groups to offer
   *
   * Name the elliptic curves and other key exchange groups offered to the
   * server, joined with colons in order of preference (X25519:P-256), as
   * OpenSSL's SSL_CTX_set1_curves_list takes them. A list OpenSSL refuses fails
   * the perform with CURLE_SSL_CIPHER (59). The group the server picked is shown
   * in the SSL connection using verbose line.
   *
   * Default: NULL: Node's default groups.
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.73.0
   * @see {@link CURLOPT.SSL_CIPHER_LIST | CURLOPT_SSL_CIPHER_LIST}
   * @see {@link CURLOPT.TLS13_CIPHERS | CURLOPT_TLS13_CIPHERS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSL_EC_CURVES.html | CURLOPT_SSL_EC_CURVES} from CURLOPT_SSL_EC_CURVES.md (generated; do not edit)
   */
  SSL_EC_CURVES: 'SSL_EC_CURVES',
  /**
   * offer a protocol by ALPN in the TLS handshake
   *
   * Decide whether the TLS handshake offers an application protocol by ALPN
   * (RFC 7301). With it on (any non-zero value) manbind offers an https server
   * what CURLOPT_HTTP_VERSION(3) asks (h2,http/1.1 by default) and an HTTPS
   * proxy http/1.1, and the verbose output shows the offer and the answer. With 0 nothing is offered,
   * except to a CURLPROXY_HTTPS2 proxy (CURLOPT_PROXYTYPE(3)), which is always offered
   * h2,http/1.1. As in libcurl, the other TLS schemes
   * (wss, gophers, imaps, pop3s, smtps, ftps) never offer ALPN.
   *
   * Default: 1
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.36.0
   * @see {@link CURLOPT.HTTP_VERSION | CURLOPT_HTTP_VERSION}
   * @see {@link CURLOPT.SSL_SESSIONID_CACHE | CURLOPT_SSL_SESSIONID_CACHE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSL_ENABLE_ALPN.html | CURLOPT_SSL_ENABLE_ALPN} from CURLOPT_SSL_ENABLE_ALPN.md (generated; do not edit)
   */
  SSL_ENABLE_ALPN: 'SSL_ENABLE_ALPN',
  /**
   * TLS behaviour switches
   *
   * Set flag bits that change how TLS with the server behaves. Bits above the lowest eight are dropped. What each bit does in manbind:
   *
   * CURLSSLOPT_ALLOW_BEAST
   *
   * Keeps OpenSSL from splitting records to defend against the BEAST attack on
   * TLS 1.0 CBC ciphers (passed on as SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS). It only
   * matters when TLS 1.0 is used.
   *
   * CURLSSLOPT_NO_REVOKE
   *
   * Accepted and without effect: a Schannel (Windows) setting.
   *
   * CURLSSLOPT_NO_PARTIALCHAIN
   *
   * Accepted and without effect: manbind never treats an intermediate
   * certificate in the trust store as an anchor (Node's verifier does not), which
   * is what this bit asks for.
   *
   * CURLSSLOPT_REVOKE_BEST_EFFORT
   *
   * Accepted and without effect: a Schannel (Windows) setting.
   *
   * CURLSSLOPT_NATIVE_CA
   *
   * Accepted and without effect: OpenSSL on Linux has no operating system store
   * apart from its CA bundle, and Node's bundled roots are the default anyway.
   *
   * CURLSSLOPT_AUTO_CLIENT_CERT
   *
   * Accepted and without effect: a Schannel (Windows) setting.
   *
   * CURLSSLOPT_EARLYDATA
   *
   * Accepted and without effect: manbind sends no TLS early data.
   *
   * Default: 0
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.25.0
   * @see {@link CURLOPT.PROXY_SSL_OPTIONS | CURLOPT_PROXY_SSL_OPTIONS}
   * @see {@link CURLOPT.SSLVERSION | CURLOPT_SSLVERSION}
   * @see {@link CURLOPT.SSL_CIPHER_LIST | CURLOPT_SSL_CIPHER_LIST}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSL_OPTIONS.html | CURLOPT_SSL_OPTIONS} from CURLOPT_SSL_OPTIONS.md (generated; do not edit)
   */
  SSL_OPTIONS: 'SSL_OPTIONS',
  /**
   * resume TLS sessions on new connections
   *
   * Decide whether TLS sessions are kept and offered again. With it on (any
   * non-zero value), the session a server hands out is stored, and the next new
   * connection to the same host and port, with the same TLS settings, offers it
   * so the handshake can be shortened; the verbose output then says
   * SSL reusing session with ALPN '...'. A session from a connection whose peer
   * was not verified is not offered where verification is on. The setting covers
   * both the server and an HTTPS proxy.
   *
   * manbind keeps the sessions per easy handle, across its performs; libcurl
   * keeps them per multi handle or share.
   *
   * Default: 1
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.16.0
   * @see {@link CURLOPT.SSLVERSION | CURLOPT_SSLVERSION}
   * @see {@link CURLOPT.SSL_VERIFYPEER | CURLOPT_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSL_SESSIONID_CACHE.html | CURLOPT_SSL_SESSIONID_CACHE} from CURLOPT_SSL_SESSIONID_CACHE.md (generated; do not edit)
   */
  SSL_SESSIONID_CACHE: 'SSL_SESSIONID_CACHE',
  /**
   * check that the certificate names the server
   *
   * Decide whether a TLS connection requires the server certificate to be issued
   * for the host in the URL. The name compared is the URL's host, also when
   * CURLOPT_CONNECT_TO(3) or CURLOPT_RESOLVE(3) send the connection elsewhere. It
   * is matched against the certificate's subject alternative names, DNS names
   * with the usual single-label wildcard rule and IP addresses as addresses
   * (RFC 6125). A mismatch makes the perform fail with
   * CURLE_PEER_FAILED_VERIFICATION (60).
   *
   * 0
   *
   * No name check. Combined with CURLOPT_SSL_VERIFYPEER(3) left on, a
   * certificate that a trusted authority issued for any name is accepted.
   *
   * 1
   *
   * The same as 2. libcurl once gave this value a weaker meaning and later made
   * it an alias, and manbind keeps it that way.
   *
   * 2
   *
   * The certificate must name the host.
   *
   * Default: 2
   *
   * Protocols: TLS (TLS backends: All)
   *
   * @since 7.8.1
   * @see {@link CURLOPT.CAINFO | CURLOPT_CAINFO}
   * @see {@link CURLOPT.CONNECT_TO | CURLOPT_CONNECT_TO}
   * @see {@link CURLOPT.SSL_VERIFYPEER | CURLOPT_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSL_VERIFYHOST.html | CURLOPT_SSL_VERIFYHOST} from CURLOPT_SSL_VERIFYHOST.md (generated; do not edit)
   */
  SSL_VERIFYHOST: 'SSL_VERIFYHOST',
  /**
   * check the server certificate's chain of trust
   *
   * With 1 (the default) a TLS connection is only accepted when the server's
   * certificate chain leads to a trusted certificate authority: the ones in
   * CURLOPT_CAINFO(3) and CURLOPT_CAPATH(3), or Node's bundled root certificates
   * when neither is set. A chain that does not verify, or an expired or not yet
   * valid certificate, makes the perform fail with
   * CURLE_PEER_FAILED_VERIFICATION (60).
   *
   * With 0 any certificate is accepted, so the connection is encrypted but the
   * server is not authenticated: anyone in the path can pose as it. Use that only
   * for tests. Whether the certificate names the right host is checked
   * separately, by CURLOPT_SSL_VERIFYHOST(3).
   *
   * Any non-zero value counts as 1. The option applies to https and wss; manbind
   * has no TLS proxies, so there is no proxy counterpart.
   *
   * Default: 1
   *
   * Protocols: TLS (TLS backends: All)
   *
   * @since 7.4.2
   * @see {@link CURLOPT.CAINFO | CURLOPT_CAINFO}
   * @see {@link CURLOPT.CAPATH | CURLOPT_CAPATH}
   * @see {@link CURLOPT.SSL_VERIFYHOST | CURLOPT_SSL_VERIFYHOST}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSL_VERIFYPEER.html | CURLOPT_SSL_VERIFYPEER} from CURLOPT_SSL_VERIFYPEER.md (generated; do not edit)
   */
  SSL_VERIFYPEER: 'SSL_VERIFYPEER',
  /**
   * where verbose text goes without a debug callback
   *
   * Choose the destination of CURLOPT_VERBOSE(3) output when no
   * CURLOPT_DEBUGFUNCTION(3) is set, and of the text progress meter that
   * CURLOPT_NOPROGRESS(3) set to 0 without a progress callback shows. In C this is a FILE *; in manbind it is
   * any object with a write(text: string) method (the TextSink type):
   * process.stderr, a writable file stream, or a plain object that collects
   * the strings. Each verbose call gets one complete line with its * , <  or
   * >  prefix; each progress meter call one status line. Passing null restores the default.
   *
   * Default: NULL
   *
   * With nothing set, the text goes to process.stderr, as libcurl writes to
   * stderr.
   *
   * Protocols: All
   *
   * @since 7.1
   * @see {@link CURLOPT.DEBUGFUNCTION | CURLOPT_DEBUGFUNCTION}
   * @see {@link CURLOPT.ERRORBUFFER | CURLOPT_ERRORBUFFER}
   * @see {@link CURLOPT.VERBOSE | CURLOPT_VERBOSE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_STDERR.html | CURLOPT_STDERR} from CURLOPT_STDERR.md (generated; do not edit)
   */
  STDERR: 'STDERR',
  /**
   * keep the proxy's CONNECT answer from the callbacks
   *
   * When a transfer goes through a proxy tunnel, the status line and headers of
   * the proxy's answer to CONNECT are normally delivered to the header callback
   * (and, with CURLOPT_HEADER(3), to the write callback) ahead of the server's
   * own response, even in connect-only mode. Pass 1 to leave them out, so the
   * callbacks only see what the server sent. Verbose output still shows them and
   * CURLINFO_HTTP_CONNECTCODE(3) is still set.
   *
   * Any non-zero value counts as 1.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.54.0
   * @see {@link CURLOPT.HEADER | CURLOPT_HEADER}
   * @see {@link CURLOPT.HEADERFUNCTION | CURLOPT_HEADERFUNCTION}
   * @see {@link CURLOPT.HTTPPROXYTUNNEL | CURLOPT_HTTPPROXYTUNNEL}
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SUPPRESS_CONNECT_HEADERS.html | CURLOPT_SUPPRESS_CONNECT_HEADERS} from CURLOPT_SUPPRESS_CONNECT_HEADERS.md (generated; do not edit)
   */
  SUPPRESS_CONNECT_HEADERS: 'SUPPRESS_CONNECT_HEADERS',
  /**
   * probe idle connections at the TCP level
   *
   * Pass 1 to switch on TCP keepalive for the sockets the engine connects. The
   * kernel then sends probes on a connection that has been quiet for
   * CURLOPT_TCP_KEEPIDLE(3) seconds, so a peer that vanished without closing is
   * noticed, and middleboxes do not drop a connect-only connection that waits a
   * long time between messages. With 0 no probes are sent. Any non-zero value
   * counts as 1.
   *
   * Default: 0
   *
   * Protocols: TCP
   *
   * @since 7.25.0
   * @see {@link CURLOPT.TCP_KEEPIDLE | CURLOPT_TCP_KEEPIDLE}
   * @see {@link CURLOPT.TCP_KEEPINTVL | CURLOPT_TCP_KEEPINTVL}
   * @see {@link CURLOPT.TCP_NODELAY | CURLOPT_TCP_NODELAY}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TCP_KEEPALIVE.html | CURLOPT_TCP_KEEPALIVE} from CURLOPT_TCP_KEEPALIVE.md (generated; do not edit)
   */
  TCP_KEEPALIVE: 'TCP_KEEPALIVE',
  /**
   * quiet time before the first keepalive probe
   *
   * Set how many seconds a connection may stay silent before the first keepalive
   * probe goes out. It only matters when CURLOPT_TCP_KEEPALIVE(3) is on. manbind
   * passes it to Node as the initial delay of socket.setKeepAlive().
   *
   * Default: 60
   *
   * Protocols: TCP
   *
   * @since 7.25.0
   * @see {@link CURLOPT.TCP_KEEPALIVE | CURLOPT_TCP_KEEPALIVE}
   * @see {@link CURLOPT.TCP_KEEPINTVL | CURLOPT_TCP_KEEPINTVL}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TCP_KEEPIDLE.html | CURLOPT_TCP_KEEPIDLE} from CURLOPT_TCP_KEEPIDLE.md (generated; do not edit)
   */
  TCP_KEEPIDLE: 'TCP_KEEPIDLE',
  /**
   * time between keepalive probes
   *
   * Set how many seconds apart keepalive probes are sent once the first one got
   * no answer. It only matters when CURLOPT_TCP_KEEPALIVE(3) is on.
   *
   * manbind departs from libcurl here: Node's socket API sets only the idle time
   * (CURLOPT_TCP_KEEPIDLE(3)), not the probe interval, so the value is checked
   * and kept (a duplicated handle gets it too) but sockets use the operating
   * system's interval.
   *
   * Default: 60
   *
   * Protocols: TCP
   *
   * @since 7.25.0
   * @see {@link CURLOPT.TCP_KEEPALIVE | CURLOPT_TCP_KEEPALIVE}
   * @see {@link CURLOPT.TCP_KEEPIDLE | CURLOPT_TCP_KEEPIDLE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TCP_KEEPINTVL.html | CURLOPT_TCP_KEEPINTVL} from CURLOPT_TCP_KEEPINTVL.md (generated; do not edit)
   */
  TCP_KEEPINTVL: 'TCP_KEEPINTVL',
  /**
   * send small writes without delay
   *
   * With 1 (the default) the engine turns off Nagle's algorithm on every socket
   * it connects (socket.setNoDelay(true) in Node terms), so each send leaves at
   * once instead of waiting to be merged with the next one. That favours latency,
   * which suits the request and reply exchanges of connect-only use. With 0 the
   * socket keeps the operating system's default, which can save packets when an
   * application writes many small pieces.
   *
   * The setting is applied before the CURLOPT_SOCKOPTFUNCTION(3) callback runs,
   * so the callback can still change it. Sockets handed in by an open-socket
   * callback get it as well when they are net.Socket objects; other streams are
   * left alone. Any non-zero value counts as 1.
   *
   * Default: 1
   *
   * Protocols: TCP
   *
   * @since 7.11.2
   * @see {@link CURLOPT.SOCKOPTFUNCTION | CURLOPT_SOCKOPTFUNCTION}
   * @see {@link CURLOPT.TCP_KEEPALIVE | CURLOPT_TCP_KEEPALIVE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TCP_NODELAY.html | CURLOPT_TCP_NODELAY} from CURLOPT_TCP_NODELAY.md (generated; do not edit)
   */
  TCP_NODELAY: 'TCP_NODELAY',
  /**
   * fetch only if the resource changed, or did not
   *
   * Make the request conditional on the time set with CURLOPT_TIMEVALUE_LARGE(3).
   * The request carries that time as an HTTP date in the header the condition
   * names, after any Cookie: header, and a header of the same name in
   * CURLOPT_HTTPHEADER(3) is sent instead. The server should answer 304 when the
   * condition fails; CURLINFO_CONDITION_UNMET(3) then reports 1.
   *
   * When the server sends the resource anyway with a Last-Modified: date that
   * fails the condition, the library checks it itself: it reads no body, closes
   * the connection, reports a response code of 304 and sets
   * CURLINFO_CONDITION_UNMET(3), and the transfer still returns CURLE_OK. This
   * check is skipped when a range is asked for (CURLOPT_RANGE(3),
   * CURLOPT_RESUME_FROM_LARGE(3)), when the time is 0 and when the response has no
   * date.
   *
   * CURL_TIMECOND_NONE
   *
   * No condition, no header.
   *
   * CURL_TIMECOND_IFMODSINCE
   *
   * If-Modified-Since:: the body is wanted only when the resource changed after
   * the time.
   *
   * CURL_TIMECOND_IFUNMODSINCE
   *
   * If-Unmodified-Since:: the body is wanted only when the resource did not
   * change since the time.
   *
   * CURL_TIMECOND_LASTMOD
   *
   * Sends the time in a Last-Modified: request header; the check on the answer
   * is the one of CURL_TIMECOND_IFMODSINCE.
   *
   * Default: CURL_TIMECOND_NONE (0)
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.TIMEVALUE_LARGE | CURLOPT_TIMEVALUE_LARGE}
   * @see CURLINFO_CONDITION_UNMET
   * @see {@link CURLOPT.FILETIME | CURLOPT_FILETIME}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TIMECONDITION.html | CURLOPT_TIMECONDITION} from CURLOPT_TIMECONDITION.md (generated; do not edit)
   */
  TIMECONDITION: 'TIMECONDITION',
  /**
   * time limit for a whole perform, in seconds
   *
   * Limit, in seconds, how long a perform may run from start to end, connect
   * phase included. When it runs out the perform returns
   * CURLE_OPERATION_TIMEDOUT (28) and the connection is closed. 0 means no
   * limit. For the connect phase, the shorter of this limit and
   * CURLOPT_CONNECTTIMEOUT(3) applies.
   *
   * A connect-only transfer is only held to it while connecting: once the
   * connection is handed over (after the WebSocket upgrade, for mode 2) the
   * application's own send and recv calls are never timed out by the handle.
   *
   * This option and CURLOPT_TIMEOUT_MS(3) set the same limit; the one set last
   * counts.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.1
   * @see CURLINFO_TOTAL_TIME
   * @see {@link CURLOPT.CONNECTTIMEOUT | CURLOPT_CONNECTTIMEOUT}
   * @see {@link CURLOPT.TCP_KEEPALIVE | CURLOPT_TCP_KEEPALIVE}
   * @see {@link CURLOPT.TIMEOUT_MS | CURLOPT_TIMEOUT_MS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TIMEOUT.html | CURLOPT_TIMEOUT} from CURLOPT_TIMEOUT.md (generated; do not edit)
   */
  TIMEOUT: 'TIMEOUT',
  /**
   * time limit for a whole perform, in milliseconds
   *
   * The millisecond form of CURLOPT_TIMEOUT(3): the longest a perform may take in
   * total before it returns CURLE_OPERATION_TIMEDOUT (28). 0 means no limit.
   * Connect-only transfers are held to it only until their connection is handed
   * over. Both options write the same setting, so the last one set is used.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.16.2
   * @see CURLINFO_TOTAL_TIME
   * @see {@link CURLOPT.CONNECTTIMEOUT_MS | CURLOPT_CONNECTTIMEOUT_MS}
   * @see {@link CURLOPT.TCP_KEEPALIVE | CURLOPT_TCP_KEEPALIVE}
   * @see {@link CURLOPT.TIMEOUT | CURLOPT_TIMEOUT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TIMEOUT_MS.html | CURLOPT_TIMEOUT_MS} from CURLOPT_TIMEOUT_MS.md (generated; do not edit)
   */
  TIMEOUT_MS: 'TIMEOUT_MS',
  /**
   * the time for the time condition
   *
   * Set the time, in seconds since 1970-01-01 00:00 UTC, that
   * CURLOPT_TIMECONDITION(3) compares the resource with. Nothing happens with it
   * unless a condition is set. A time the library cannot turn into a date makes
   * the perform fail with CURLE_BAD_FUNCTION_ARGUMENT (43) and the text Invalid
   * TIMEVALUE. CURLOPT_TIMEVALUE_LARGE(3) sets the same time with a 64-bit type.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.TIMECONDITION | CURLOPT_TIMECONDITION}
   * @see {@link CURLOPT.TIMEVALUE_LARGE | CURLOPT_TIMEVALUE_LARGE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TIMEVALUE.html | CURLOPT_TIMEVALUE} from CURLOPT_TIMEVALUE.md (generated; do not edit)
   */
  TIMEVALUE: 'TIMEVALUE',
  /**
   * the time for the time condition
   *
   * Set the time, in seconds since 1970-01-01 00:00 UTC, that
   * CURLOPT_TIMECONDITION(3) compares the resource with. Nothing happens with it
   * unless a condition is set. A time the library cannot turn into a date makes
   * the perform fail with CURLE_BAD_FUNCTION_ARGUMENT (43) and the text Invalid
   * TIMEVALUE.
   *
   * The value is a number or a bigint.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.59.0
   * @see {@link CURLOPT.TIMECONDITION | CURLOPT_TIMECONDITION}
   * @see {@link CURLOPT.TIMEVALUE | CURLOPT_TIMEVALUE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TIMEVALUE_LARGE.html | CURLOPT_TIMEVALUE_LARGE} from CURLOPT_TIMEVALUE_LARGE.md (generated; do not edit)
   */
  TIMEVALUE_LARGE: 'TIMEVALUE_LARGE',
  /**
   * TLS 1.3 cipher suites to offer
   *
   * Choose the TLS 1.3 cipher suites offered to the server. The string names TLS 1.3 cipher suites joined with colons, for example
   * TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256. It is only used when
   * TLS 1.3 is allowed by the highest version. An unknown suite fails the perform
   * with CURLE_SSL_CIPHER (59); a list that is taken is shown in the verbose
   * output (TLS 1.3 cipher selection: ...).
   *
   * Default: NULL: Node's default suites.
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.61.0
   * @see {@link CURLOPT.PROXY_TLS13_CIPHERS | CURLOPT_PROXY_TLS13_CIPHERS}
   * @see {@link CURLOPT.SSLVERSION | CURLOPT_SSLVERSION}
   * @see {@link CURLOPT.SSL_CIPHER_LIST | CURLOPT_SSL_CIPHER_LIST}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TLS13_CIPHERS.html | CURLOPT_TLS13_CIPHERS} from CURLOPT_TLS13_CIPHERS.md (generated; do not edit)
   */
  TLS13_CIPHERS: 'TLS13_CIPHERS',
  /**
   * value handed to the trailer callback
   *
   * The value passed unchanged as the last argument (userdata) of the
   * CURLOPT_TRAILERFUNCTION(3) call. In manbind it can be any JavaScript value.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.64.0
   * @see {@link CURLOPT.TRAILERFUNCTION | CURLOPT_TRAILERFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TRAILERDATA.html | CURLOPT_TRAILERDATA} from CURLOPT_TRAILERDATA.md (generated; do not edit)
   */
  TRAILERDATA: 'TRAILERDATA',
  /**
   * callback that adds trailing headers to a chunked upload
   *
   * Set a function that is called once at the end of a request body that comes
   * from CURLOPT_READFUNCTION(3) or CURLOPT_READDATA(3) and is sent with
   * Transfer-Encoding: chunked (a body of unknown size, or one forced chunked
   * with a custom header), after the read reported the end. The header
   * lines it gives are sent after the last, empty chunk, as trailers.
   *
   * In manbind the callback receives (list, userdata): an empty array (never
   * null, though the type allows it) to push header lines onto, as "Name: value" strings, and the value of
   * CURLOPT_TRAILERDATA(3). A line without a colon followed by a space is skipped
   * (verbose output says "Malformatted trailing header, skipping trailer").
   * Return CURL_TRAILERFUNC_OK to send them. Returning anything else, or
   * throwing, fails the transfer with CURLE_ABORTED_BY_CALLBACK (42), the text
   * being "operation aborted by trailing headers callback" (or a thrown error's
   * message).
   *
   * HTTP asks the client to name the trailers it will send in a Trailer request
   * header; set that with CURLOPT_HTTPHEADER(3). Bodies that are not chunked, and
   * CURLOPT_POSTFIELDS(3) bodies, never call this function.
   *
   * Default: NULL: the chunked body ends with the empty chunk and no trailers.
   *
   * Protocols: HTTP
   *
   * @since 7.64.0
   * @see {@link CURLOPT.READFUNCTION | CURLOPT_READFUNCTION}
   * @see {@link CURLOPT.TRAILERDATA | CURLOPT_TRAILERDATA}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TRAILERFUNCTION.html | CURLOPT_TRAILERFUNCTION} from CURLOPT_TRAILERFUNCTION.md (generated; do not edit)
   */
  TRAILERFUNCTION: 'TRAILERFUNCTION',
  /**
   * ask for a compressed transfer coding
   *
   * Pass 1 to ask the server to compress the response for the transfer itself
   * rather than as part of the content: the request carries TE: gzip and names
   * TE in its Connection: header (a TE: line in CURLOPT_HTTPHEADER(3) is
   * sent instead, and then the Connection: header does not name it). A body sent
   * with Transfer-Encoding: gzip (or deflate, br, usually followed by
   * chunked) is then decoded before it reaches the write callback, and the
   * transfer sizes count the decoded bytes. A body that is not chunked ends when
   * the connection closes; its Content-Length: is not used.
   *
   * Without this option a response with a transfer coding other than chunked
   * (or identity) fails with CURLE_BAD_CONTENT_ENCODING (61) and the text
   * Unsolicited Transfer-Encoding (gzip) found, unless
   * CURLOPT_HTTP_TRANSFER_DECODING(3) is 0. Either way, a coding listed after
   * chunked fails with 61, as do more than five codings. Any non-zero value
   * counts as 1.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.21.6
   * @see {@link CURLOPT.ACCEPT_ENCODING | CURLOPT_ACCEPT_ENCODING}
   * @see {@link CURLOPT.HTTP_TRANSFER_DECODING | CURLOPT_HTTP_TRANSFER_DECODING}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TRANSFER_ENCODING.html | CURLOPT_TRANSFER_ENCODING} from CURLOPT_TRANSFER_ENCODING.md (generated; do not edit)
   */
  TRANSFER_ENCODING: 'TRANSFER_ENCODING',
  /**
   * connect through a Unix domain socket
   *
   * Make every connection of the handle to the file system socket at path
   * instead of a TCP connection to the URL's host. The URL still decides the
   * scheme, the Host: header and the TLS server name; only the transport
   * changes, so http://localhost/ with this option talks HTTP to whatever
   * listens on path. Ordinary transfers, CONNECT_ONLY 1 with send and recv, and
   * CONNECT_ONLY 2 for HTTP and WebSocket all work over it.
   *
   * No name is resolved, CURLOPT_CONNECT_TO(3) is not used and every proxy
   * setting, the proxy environment variables included, is ignored. TCP options
   * (CURLOPT_TCP_NODELAY(3), keepalive) and local binding (CURLOPT_LOCALPORT(3))
   * do not apply to such a socket.
   *
   * The open-socket callback sees family 1 (AF_UNIX), protocol 0, addr.address
   * the path and addr.port 0; changing addr.address connects elsewhere.
   * Afterwards CURLINFO_PRIMARY_IP(3) reports the path (only its first 45 bytes,
   * the size libcurl keeps for an address), CURLINFO_PRIMARY_PORT(3) 0,
   * CURLINFO_LOCAL_IP(3) an empty string and CURLINFO_LOCAL_PORT(3) 0.
   *
   * A path longer than 107 bytes cannot be used: the perform fails with
   * CURLE_COULDNT_RESOLVE_HOST (6) and the text Unix socket path too long.
   * When nothing listens there, the perform fails with CURLE_COULDNT_CONNECT (7).
   *
   * Setting this option ends any earlier CURLOPT_ABSTRACT_UNIX_SOCKET(3) choice:
   * both options set the same path, and the one set last says which kind it is.
   * NULL goes back to TCP.
   *
   * Default: NULL, connections use TCP
   *
   * Protocols: All
   *
   * @since 7.40.0
   * @see {@link CURLOPT.ABSTRACT_UNIX_SOCKET | CURLOPT_ABSTRACT_UNIX_SOCKET}
   * @see {@link CURLOPT.OPENSOCKETFUNCTION | CURLOPT_OPENSOCKETFUNCTION}
   * @see CURLINFO_PRIMARY_IP
   * @see {@link https://curl.se/libcurl/c/CURLOPT_UNIX_SOCKET_PATH.html | CURLOPT_UNIX_SOCKET_PATH} from CURLOPT_UNIX_SOCKET_PATH.md (generated; do not edit)
   */
  UNIX_SOCKET_PATH: 'UNIX_SOCKET_PATH',
  /**
   * keep sending credentials after redirects elsewhere
   *
   * Set allow to 1 to let the engine send the transfer's credentials (the
   * Authorization header it makes, a custom Authorization or Cookie header
   * and CURLOPT_COOKIE(3)) to every host a followed redirect leads to. By default
   * they only go to the host, port and scheme the transfer started with.
   *
   * Anyone the redirect leads to then sees the credentials; with Basic that is the
   * password itself. Enable it only when every host on the way is trusted.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.10.4
   * @see CURLINFO_REDIRECT_COUNT
   * @see {@link CURLOPT.FOLLOWLOCATION | CURLOPT_FOLLOWLOCATION}
   * @see {@link CURLOPT.HTTPAUTH | CURLOPT_HTTPAUTH}
   * @see {@link CURLOPT.USERPWD | CURLOPT_USERPWD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_UNRESTRICTED_AUTH.html | CURLOPT_UNRESTRICTED_AUTH} from CURLOPT_UNRESTRICTED_AUTH.md (generated; do not edit)
   */
  UNRESTRICTED_AUTH: 'UNRESTRICTED_AUTH',
  /**
   * how often connection upkeep may send
   *
   * Set the time in milliseconds that must pass between two keep-alive messages
   * curl_easy_upkeep(3) sends on a connection. Such messages exist only for
   * protocols that have them: the PING of HTTP/2. HTTP/1 and WebSocket
   * connections have none, and the value changes nothing for them.
   *
   * Default: 60000
   *
   * Protocols: All
   *
   * @since 7.62.0
   * @see curl_easy_upkeep
   * @see {@link CURLOPT.TCP_KEEPALIVE | CURLOPT_TCP_KEEPALIVE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_UPKEEP_INTERVAL_MS.html | CURLOPT_UPKEEP_INTERVAL_MS} from CURLOPT_UPKEEP_INTERVAL_MS.md (generated; do not edit)
   */
  UPKEEP_INTERVAL_MS: 'UPKEEP_INTERVAL_MS',
  /**
   * send a body with a PUT request
   *
   * Set to 1 to make the transfer an upload. Over HTTP that is a PUT request
   * whose body comes from CURLOPT_READFUNCTION(3), or, without a callback, is read
   * from the stream given with CURLOPT_READDATA(3) (standard input when none is
   * given). Turning the option on also turns CURLOPT_NOBODY(3) off. Setting 0
   * goes back to a GET.
   *
   * Tell the size of the body with CURLOPT_INFILESIZE_LARGE(3): it is then sent as
   * Content-Length. When the size is unknown the body is sent with
   * Transfer-Encoding: chunked, which HTTP/1.0 does not have; such an upload
   * over HTTP/1.0 fails with CURLE_UPLOAD_FAILED (25). Bodies larger than 1 MiB,
   * or of unknown size, announce Expect: 100-continue.
   *
   * In manbind the request kind is worked out when the transfer starts:
   * CURLOPT_NOBODY(3) wins, then this option, then CURLOPT_POST(3) or
   * CURLOPT_POSTFIELDS(3).
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.INFILESIZE_LARGE | CURLOPT_INFILESIZE_LARGE}
   * @see {@link CURLOPT.READFUNCTION | CURLOPT_READFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_UPLOAD.html | CURLOPT_UPLOAD} from CURLOPT_UPLOAD.md (generated; do not edit)
   */
  UPLOAD: 'UPLOAD',
  /**
   * most bytes one read callback call is asked for
   *
   * Set how many bytes a call to CURLOPT_READFUNCTION(3) is asked for at most,
   * and so how large the pieces are in which an upload is read and sent. Values
   * below 16384 are raised to 16384 and values above 2097152 (2 MiB) are lowered
   * to it.
   *
   * Default: 65536
   *
   * Protocols: HTTP
   *
   * @since 7.62.0
   * @see {@link CURLOPT.READFUNCTION | CURLOPT_READFUNCTION}
   * @see {@link CURLOPT.UPLOAD | CURLOPT_UPLOAD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_UPLOAD_BUFFERSIZE.html | CURLOPT_UPLOAD_BUFFERSIZE} from CURLOPT_UPLOAD_BUFFERSIZE.md (generated; do not edit)
   */
  UPLOAD_BUFFERSIZE: 'UPLOAD_BUFFERSIZE',
  /**
   * the URL a transfer works on
   *
   * Give the URL the next perform uses, as a string of the form
   * scheme://host[:port]/path[?query]. The scheme picks the protocol and its
   * default port (80 for http and ws, 443 for https and wss); the host is resolved
   * unless CURLOPT_RESOLVE(3) or CURLOPT_CONNECT_TO(3) say otherwise, and
   * CURLOPT_PORT(3) can override the port. IPv6 literals go in brackets, as in
   * http://[::1]:8080/.
   *
   * The URL is checked when perform starts, not when it is set: a URL manbind
   * cannot parse makes the perform return CURLE_URL_MALFORMAT (3), and a scheme
   * it does not know returns CURLE_UNSUPPORTED_PROTOCOL (1). Without any URL the
   * perform returns CURLE_URL_MALFORMAT as well. manbind takes its own copy of the
   * string; pass null to forget it.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.1
   * @see CURLINFO_EFFECTIVE_URL
   * @see {@link CURLOPT.CONNECT_ONLY | CURLOPT_CONNECT_ONLY}
   * @see {@link CURLOPT.FORBID_REUSE | CURLOPT_FORBID_REUSE}
   * @see {@link CURLOPT.FRESH_CONNECT | CURLOPT_FRESH_CONNECT}
   * @see {@link CURLOPT.PORT | CURLOPT_PORT}
   * @see curl_easy_perform
   * @see {@link https://curl.se/libcurl/c/CURLOPT_URL.html | CURLOPT_URL} from CURLOPT_URL.md (generated; do not edit)
   */
  URL: 'URL',
  /**
   * value of the User-Agent header
   *
   * Set the text sent in a User-Agent: header, which identifies the client to
   * the server. It goes into HTTP requests and WebSocket upgrade requests, and
   * also into the CONNECT request sent to a proxy, right after any
   * Proxy-Authorization: line. The library sends no User-Agent: at all until
   * this option is set (the curl command-line tool sets one; the library does
   * not). A User-Agent: line in CURLOPT_HTTPHEADER(3) or
   * CURLOPT_PROXYHEADER(3) overrides it for the server or the proxy respectively.
   * null removes it.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.CUSTOMREQUEST | CURLOPT_CUSTOMREQUEST}
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link CURLOPT.PROXYHEADER | CURLOPT_PROXYHEADER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_USERAGENT.html | CURLOPT_USERAGENT} from CURLOPT_USERAGENT.md (generated; do not edit)
   */
  USERAGENT: 'USERAGENT',
  /**
   * user name for the transfer
   *
   * Set the user name to log in with, exactly as given: nothing is decoded and
   * colons are part of the name. It is used by the login of IMAP, POP3, SMTP and
   * FTP (SASL or the protocol's own commands) and by HTTP, where it goes in an
   * Authorization: Basic header together with CURLOPT_PASSWORD(3), to the host
   * of the URL only: after a redirect to another host or port it is not sent.
   *
   * A user name set with this option wins over one written in the URL. This option
   * and CURLOPT_USERPWD(3) write the same setting, so the last one set decides.
   * For IMAP, POP3, SMTP and FTP a user name with a control byte (below ASCII 32,
   * such as CR or LF) makes curl_easy_perform(3) fail with
   * CURLE_BAD_FUNCTION_ARGUMENT (43) before any connection is made. FTP without
   * any credentials logs in as anonymous with the password ftp@example.com.
   *
   * manbind serves the connect phase of IMAP, POP3, SMTP and FTP (and their TLS
   * forms) for CURLOPT_CONNECT_ONLY(3) transfers only.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.19.1
   * @see {@link CURLOPT.PASSWORD | CURLOPT_PASSWORD}
   * @see {@link CURLOPT.USERPWD | CURLOPT_USERPWD}
   * @see {@link CURLOPT.LOGIN_OPTIONS | CURLOPT_LOGIN_OPTIONS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_USERNAME.html | CURLOPT_USERNAME} from CURLOPT_USERNAME.md (generated; do not edit)
   */
  USERNAME: 'USERNAME',
  /**
   * user name and password in one string
   *
   * Set the user name and password as user:password. The string is split at its
   * first colon and nothing is decoded, so the password may hold colons and the
   * user name cannot; use CURLOPT_USERNAME(3) for such a name. Without a colon the
   * whole string is the user name and the password is cleared. null clears both.
   *
   * It sets what CURLOPT_USERNAME(3) and CURLOPT_PASSWORD(3) set, with the same
   * uses: the login of IMAP, POP3, SMTP and FTP, and Basic authentication for HTTP
   * (never sent to another host after a redirect).
   *
   * manbind serves the connect phase of IMAP, POP3, SMTP and FTP (and their TLS
   * forms) for CURLOPT_CONNECT_ONLY(3) transfers only.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.1
   * @see {@link CURLOPT.USERNAME | CURLOPT_USERNAME}
   * @see {@link CURLOPT.PASSWORD | CURLOPT_PASSWORD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_USERPWD.html | CURLOPT_USERPWD} from CURLOPT_USERPWD.md (generated; do not edit)
   */
  USERPWD: 'USERPWD',
  /**
   * require or try TLS on a plain connection
   *
   * Ask for TLS on an imap://, pop3://, smtp:// or ftp:// connection,
   * which starts in plain text: after the server lists its capabilities (after the
   * greeting for FTP), the connect phase sends STARTTLS (IMAP, SMTP), STLS (POP3)
   * or AUTH SSL and AUTH TLS (FTP, in the order CURLOPT_FTPSSLAUTH(3) says), then
   * runs the TLS handshake with the usual TLS options and logs in over TLS. Over
   * TLS, FTP then sends PBSZ 0 and PROT. The imaps://, pop3s://,
   * smtps:// and ftps:// schemes use TLS from the start and need no upgrade.
   * Values outside 0 to 3 return CURLE_BAD_FUNCTION_ARGUMENT (43).
   *
   * CURLUSESSL_NONE
   *
   * No upgrade is asked for.
   *
   * CURLUSESSL_TRY
   *
   * Upgrade when the server offers it; when it does not, or refuses, the login
   * goes on in plain text.
   *
   * CURLUSESSL_CONTROL
   *
   * Require TLS for the control connection: a server that does not offer or
   * refuses the upgrade fails the transfer with CURLE_USE_SSL_FAILED (64), with
   * texts such as STARTTLS not available. or STARTTLS denied. FTP sends PROT
   * C.
   *
   * CURLUSESSL_ALL
   *
   * Require TLS for everything, as CURLUSESSL_CONTROL; FTP sends PROT P, and a
   * refused PROT fails the transfer with CURLE_USE_SSL_FAILED (64).
   *
   * manbind serves the connect phase of IMAP, POP3, SMTP and FTP (and their TLS
   * forms) for CURLOPT_CONNECT_ONLY(3) transfers only.
   *
   * Default: CURLUSESSL_NONE
   *
   * Protocols: FTP, IMAP, POP3, SMTP
   *
   * @since 7.17.0
   * @see {@link CURLOPT.SSL_VERIFYPEER | CURLOPT_SSL_VERIFYPEER}
   * @see {@link CURLOPT.CAINFO | CURLOPT_CAINFO}
   * @see {@link CURLOPT.FTPSSLAUTH | CURLOPT_FTPSSLAUTH}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_USE_SSL.html | CURLOPT_USE_SSL} from CURLOPT_USE_SSL.md (generated; do not edit)
   */
  USE_SSL: 'USE_SSL',
  /**
   * report what the engine is doing
   *
   * Pass 1 to have the handle describe its work as it goes: resolved addresses,
   * each Trying attempt and its failure, the proxy tunnel exchange, the
   * established connection, connections kept or closed, and every failure text.
   * manbind prints the same lines, in the same words, as libcurl 8.22 does for
   * the parts it implements. Proxy passwords never appear in the output.
   *
   * The lines go to the CURLOPT_DEBUGFUNCTION(3) callback when one is set.
   * Otherwise informational text is written to CURLOPT_STDERR(3)
   * (process.stderr unless changed) prefixed by * , incoming headers by <
   * and outgoing headers by > . Data sent or received with easy.send() and
   * easy.recv() is not reported.
   *
   * Any non-zero number switches the output on and 0 switches it off. As in
   * libcurl, a value other than 0 or 1 is accepted and treated as 1; with
   * verbose on, a note about that is printed.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.1
   * @see {@link CURLOPT.DEBUGFUNCTION | CURLOPT_DEBUGFUNCTION}
   * @see {@link CURLOPT.ERRORBUFFER | CURLOPT_ERRORBUFFER}
   * @see {@link CURLOPT.STDERR | CURLOPT_STDERR}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_VERBOSE.html | CURLOPT_VERBOSE} from CURLOPT_VERBOSE.md (generated; do not edit)
   */
  VERBOSE: 'VERBOSE',
  /**
   * application value handed to the write callback
   *
   * Store a value that the engine passes, unchanged, as the last argument
   * (userdata) of each CURLOPT_WRITEFUNCTION(3) call. In manbind it can be any
   * JavaScript value.
   *
   * When no write callback is set, the value is where the body goes: libcurl
   * treats it as a FILE *, and manbind calls its write(chunk) method with
   * each piece as a Uint8Array, so a fs.WriteStream or process.stdout
   * works. A value without such a method is ignored in that case and the body
   * goes to process.stdout.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.9.7
   * @see {@link CURLOPT.HEADERDATA | CURLOPT_HEADERDATA}
   * @see {@link CURLOPT.WRITEFUNCTION | CURLOPT_WRITEFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_WRITEDATA.html | CURLOPT_WRITEDATA} from CURLOPT_WRITEDATA.md (generated; do not edit)
   */
  WRITEDATA: 'WRITEDATA',
  /**
   * callback that receives the response body
   *
   * Set a function that receives the body of each response as it arrives, in
   * pieces of whatever size the network delivers. Transfer encodings are already
   * removed: a chunked body arrives as its plain content. With CURLOPT_HEADER(3)
   * on, the header lines come through this callback too, ahead of the body. An
   * empty body means the callback is not called at all.
   *
   * In manbind the callback receives (ptr, size, nmemb, userdata): the bytes as
   * a Uint8Array, size always 1, nmemb the number of bytes, and the value
   * of CURLOPT_WRITEDATA(3). The array is only valid during the call; copy it to
   * keep it. Return size * nmemb to accept the piece. Returning another number,
   * or throwing, aborts the transfer with CURLE_WRITE_ERROR (23); a thrown
   * error's message becomes the handle's last error text. Returning
   * CURL_WRITEFUNC_ERROR aborts the same way, with the text "client returned
   * ERROR on write of N bytes".
   *
   * Returning CURL_WRITEFUNC_PAUSE pauses receiving: the piece counts as not
   * taken, nothing more is read, and once curl_easy_pause(3) resumes the
   * transfer the callback gets the same bytes again, followed by the rest.
   *
   * Connect-only transfers do not use this callback for data read later with
   * curl_easy_recv(3); in mode 2 manbind stops after the response headers, so no
   * body reaches it either.
   *
   * Default: NULL
   *
   * Without a callback the body is written to CURLOPT_WRITEDATA(3) when that
   * value has a write method, and to process.stdout otherwise, the way
   * libcurl uses fwrite on its FILE *.
   *
   * Protocols: All
   *
   * @since 7.1
   * @see {@link CURLOPT.HEADER | CURLOPT_HEADER}
   * @see {@link CURLOPT.HEADERFUNCTION | CURLOPT_HEADERFUNCTION}
   * @see {@link CURLOPT.WRITEDATA | CURLOPT_WRITEDATA}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_WRITEFUNCTION.html | CURLOPT_WRITEFUNCTION} from CURLOPT_WRITEFUNCTION.md (generated; do not edit)
   */
  WRITEFUNCTION: 'WRITEFUNCTION',
  /**
   * WebSocket behaviour flags
   *
   * Adjust how a WebSocket connection is handled, one made with
   * CURLOPT_CONNECT_ONLY(3) set to 2 or a callback-mode transfer. The bits are read each time they matter, so they can be changed
   * on a live connection. Bits other than the two below are ignored.
   *
   * CURLWS_RAW_MODE
   *
   * easy.wsSend() writes the given bytes to the connection unchanged, without
   * building a frame around them; the application must then frame and mask its
   * messages itself, and must pass flags and fragsize 0. As in libcurl, the
   * receiving side is not affected in connect-only mode: easy.wsRecv() still
   * decodes frames and answers PINGs. In a transfer without CURLOPT_CONNECT_ONLY(3)
   * (callback mode) the write callback gets the bytes as they arrive, frames
   * undecoded and PINGs unanswered, and curl_ws_meta(3) returns null; the mode
   * such a transfer starts with holds for all of it.
   *
   * CURLWS_NOAUTOPONG
   *
   * Do not answer PING frames. Each PING is then returned by easy.wsRecv()
   * with the CURLWS_PING flag, and the application decides whether to send a
   * PONG. Without this bit manbind sends the PONG as soon as it has decoded the
   * PING, and the PING is not returned. libcurl instead waits with the PONG until
   * the application's next send or receive call. In callback mode the PING goes to
   * the write callback with this bit set, and is answered and not handed over
   * without it.
   *
   * Default: 0
   *
   * Protocols: WS
   *
   * @since 7.86.0
   * @see {@link CURLOPT.CONNECT_ONLY | CURLOPT_CONNECT_ONLY}
   * @see curl_ws_recv
   * @see curl_ws_send
   * @see {@link https://curl.se/libcurl/c/CURLOPT_WS_OPTIONS.html | CURLOPT_WS_OPTIONS} from CURLOPT_WS_OPTIONS.md (generated; do not edit)
   */
  WS_OPTIONS: 'WS_OPTIONS',
  /**
   * value handed to the progress callback
   *
   * Set any value to be passed, as it is, as the first argument of the progress
   * callback (CURLOPT_XFERINFOFUNCTION(3) or CURLOPT_PROGRESSFUNCTION(3)). libcurl's
   * CURLOPT_PROGRESSDATA is the older name of this same option (its number names
   * this option in setopt).
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.32.0
   * @see {@link CURLOPT.NOPROGRESS | CURLOPT_NOPROGRESS}
   * @see {@link CURLOPT.XFERINFOFUNCTION | CURLOPT_XFERINFOFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_XFERINFODATA.html | CURLOPT_XFERINFODATA} from CURLOPT_XFERINFODATA.md (generated; do not edit)
   */
  XFERINFODATA: 'XFERINFODATA',
  /**
   * progress callback
   *
   * Give a function that is told how a transfer is going. It is only called when
   * CURLOPT_NOPROGRESS(3) is set to 0. It gets the pointer set with
   * CURLOPT_XFERINFODATA(3), the number of body bytes the download is expected
   * to have (dltotal, 0 while unknown, for instance without a Content-Length)
   * and how many arrived so far (dlnow), then the same two figures for the
   * upload (always 0 in manbind, which has no upload callback).
   *
   * It is called when data arrives, before the transfer ends, and about once a
   * second while nothing happens, so that a program can stop a transfer that
   * hangs. Returning 0 (or CURL_PROGRESSFUNC_CONTINUE) lets the transfer go on;
   * any other value stops it, and the perform returns CURLE_ABORTED_BY_CALLBACK
   * (42) with the text "Callback aborted". A callback that throws, or returns
   * something that is not a number, stops the transfer the same way, and the
   * thrown message is kept as the error text.
   *
   * When both this and CURLOPT_PROGRESSFUNCTION(3) are set, only this one is
   * called. curl_easy_send(3) and curl_easy_recv(3) called from inside it return
   * CURLE_RECURSIVE_API_CALL; curl_easy_pause(3) may be called.
   *
   * Default: NULL: no callback.
   *
   * Protocols: All
   *
   * @since 7.32.0
   * @see {@link CURLOPT.LOW_SPEED_LIMIT | CURLOPT_LOW_SPEED_LIMIT}
   * @see {@link CURLOPT.NOPROGRESS | CURLOPT_NOPROGRESS}
   * @see {@link CURLOPT.PROGRESSFUNCTION | CURLOPT_PROGRESSFUNCTION}
   * @see {@link CURLOPT.XFERINFODATA | CURLOPT_XFERINFODATA}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_XFERINFOFUNCTION.html | CURLOPT_XFERINFOFUNCTION} from CURLOPT_XFERINFOFUNCTION.md (generated; do not edit)
   */
  XFERINFOFUNCTION: 'XFERINFOFUNCTION',
  /**
   * OAuth 2.0 access token
   *
   * Set an OAuth 2.0 access token for HTTP and for the login of IMAP, POP3 and
   * SMTP. With a token, the SASL mechanisms OAUTHBEARER (RFC 7628, which also
   * names the host and port) and XOAUTH2 can be chosen when the server offers
   * them; both send the token with the user name of CURLOPT_USERNAME(3). Without a
   * token neither is chosen.
   *
   * For HTTP, the token is sent in an Authorization: Bearer header (RFC 6750)
   * when CURLOPT_HTTPAUTH(3) is CURLAUTH_BEARER, or when it allows several schemes
   * and the server's 401 answer offers Bearer.
   *
   * manbind serves the connect phase of IMAP, POP3, SMTP and FTP (and their TLS
   * forms) for CURLOPT_CONNECT_ONLY(3) transfers only.
   *
   * Default: NULL
   *
   * Protocols: HTTP, IMAP, POP3, SMTP
   *
   * @since 7.33.0
   * @see {@link CURLOPT.HTTPAUTH | CURLOPT_HTTPAUTH}
   * @see {@link CURLOPT.LOGIN_OPTIONS | CURLOPT_LOGIN_OPTIONS}
   * @see {@link CURLOPT.USERNAME | CURLOPT_USERNAME}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_XOAUTH2_BEARER.html | CURLOPT_XOAUTH2_BEARER} from CURLOPT_XOAUTH2_BEARER.md (generated; do not edit)
   */
  XOAUTH2_BEARER: 'XOAUTH2_BEARER',
} as const;

/**
 * Every scheme: in manbind Bearer, Digest or Basic, whichever the server offers.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTPAUTH.html | CURLOPT_HTTPAUTH} from CURLOPT_HTTPAUTH.md (generated; do not edit)
 */
export const CURLAUTH_ANY = -17;

/**
 * Every scheme except Basic: in manbind Bearer or Digest.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTPAUTH.html | CURLOPT_HTTPAUTH} from CURLOPT_HTTPAUTH.md (generated; do not edit)
 */
export const CURLAUTH_ANYSAFE = -18;

/**
 * AWS V4 request signing. Not built in: the bit is dropped.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTPAUTH.html | CURLOPT_HTTPAUTH} from CURLOPT_HTTPAUTH.md (generated; do not edit)
 */
export const CURLAUTH_AWS_SIGV4 = 128;

/**
 * User name and password, base64-encoded, in an Authorization header (RFC
 * 7617). Readable by anyone on the path to the server.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTPAUTH.html | CURLOPT_HTTPAUTH} from CURLOPT_HTTPAUTH.md (generated; do not edit)
 */
export const CURLAUTH_BASIC = 1;

/**
 * The OAuth 2 token of CURLOPT_XOAUTH2_BEARER(3) in an Authorization: Bearer
 * header (RFC 6750).
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTPAUTH.html | CURLOPT_HTTPAUTH} from CURLOPT_HTTPAUTH.md (generated; do not edit)
 */
export const CURLAUTH_BEARER = 64;

/**
 * Digest access authentication (RFC 7616): the password is never sent, only a
 * hash over the server's challenge. MD5, SHA-256 and SHA-512-256 (and their
 * -sess forms), qop auth and userhash are supported. It costs a 401 round trip.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTPAUTH.html | CURLOPT_HTTPAUTH} from CURLOPT_HTTPAUTH.md (generated; do not edit)
 */
export const CURLAUTH_DIGEST = 2;

/**
 * An old variant of Digest; manbind, like libcurl, turns it into
 * CURLAUTH_DIGEST. Deprecated since libcurl 8.21.0.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTPAUTH.html | CURLOPT_HTTPAUTH} from CURLOPT_HTTPAUTH.md (generated; do not edit)
 */
export const CURLAUTH_DIGEST_IE = 16;

/**
 * GSS-API (Kerberos). manbind has no GSS-API: it never offers the method, and
 * a proxy that picks it anyway fails the transfer with CURLPX_GSSAPI_PERMSG,
 * as a libcurl built without GSS-API does.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SOCKS5_AUTH.html | CURLOPT_SOCKS5_AUTH} from CURLOPT_SOCKS5_AUTH.md (generated; do not edit)
 */
export const CURLAUTH_GSSAPI = 4;

/**
 * SPNEGO (Kerberos) authentication. Not built in: the bit is dropped.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTPAUTH.html | CURLOPT_HTTPAUTH} from CURLOPT_HTTPAUTH.md (generated; do not edit)
 */
export const CURLAUTH_NEGOTIATE = 4;

/**
 * A value of CURLOPT_HTTPAUTH.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTPAUTH.html | CURLOPT_HTTPAUTH} from CURLOPT_HTTPAUTH.md (generated; do not edit)
 */
export const CURLAUTH_NONE = 0;

/**
 * Microsoft NTLM. Not built in: the bit is dropped.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTPAUTH.html | CURLOPT_HTTPAUTH} from CURLOPT_HTTPAUTH.md (generated; do not edit)
 */
export const CURLAUTH_NTLM = 8;

/**
 * Combined with one scheme, use that scheme even if the server did not ask for
 * it. Alone it leaves nothing to use.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTPAUTH.html | CURLOPT_HTTPAUTH} from CURLOPT_HTTPAUTH.md (generated; do not edit)
 */
export const CURLAUTH_ONLY = 2147483648;

/**
 * Follow, and send a custom method in every request of the chain, whatever the
 * status codes say.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_FOLLOWLOCATION.html | CURLOPT_FOLLOWLOCATION} from CURLOPT_FOLLOWLOCATION.md (generated; do not edit)
 */
export const CURLFOLLOW_ALL = 1;

/**
 * Follow, but use a custom method only for the first request; redirected
 * requests use the method the status code implies.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_FOLLOWLOCATION.html | CURLOPT_FOLLOWLOCATION} from CURLOPT_FOLLOWLOCATION.md (generated; do not edit)
 */
export const CURLFOLLOW_FIRSTONLY = 3;

/**
 * Follow, and keep a custom method after 307 and 308 answers but drop it after
 * 301, 302 and 303, where the method the status code implies is used instead.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_FOLLOWLOCATION.html | CURLOPT_FOLLOWLOCATION} from CURLOPT_FOLLOWLOCATION.md (generated; do not edit)
 */
export const CURLFOLLOW_OBEYCODE = 2;

/**
 * AUTH SSL first, as CURLFTPAUTH_SSL.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_FTPSSLAUTH.html | CURLOPT_FTPSSLAUTH} from CURLOPT_FTPSSLAUTH.md (generated; do not edit)
 */
export const CURLFTPAUTH_DEFAULT = 0;

/**
 * AUTH SSL first, then AUTH TLS.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_FTPSSLAUTH.html | CURLOPT_FTPSSLAUTH} from CURLOPT_FTPSSLAUTH.md (generated; do not edit)
 */
export const CURLFTPAUTH_SSL = 1;

/**
 * AUTH TLS first, then AUTH SSL.
 *
 * manbind serves the connect phase of IMAP, POP3, SMTP and FTP (and their TLS
 * forms) for CURLOPT_CONNECT_ONLY(3) transfers only.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_FTPSSLAUTH.html | CURLOPT_FTPSSLAUTH} from CURLOPT_FTPSSLAUTH.md (generated; do not edit)
 */
export const CURLFTPAUTH_TLS = 2;

/**
 * Separate lists: the CONNECT request carries only the CURLOPT_PROXYHEADER(3)
 * headers and the server never sees them through the tunnel, while a request
 * sent to a proxy without a tunnel carries both lists, CURLOPT_HTTPHEADER(3)
 * first.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_HEADEROPT.html | CURLOPT_HEADEROPT} from CURLOPT_HEADEROPT.md (generated; do not edit)
 */
export const CURLHEADER_SEPARATE = 1;

/**
 * One list for everyone: the CONNECT request carries the CURLOPT_HTTPHEADER(3)
 * headers, a request through a proxy without a tunnel carries them alone, and
 * CURLOPT_PROXYHEADER(3) is not used at all. A Proxy-Connection: or
 * Proxy-Authorization: header meant to replace the library's own is then
 * looked for in CURLOPT_HTTPHEADER(3).
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_HEADEROPT.html | CURLOPT_HEADEROPT} from CURLOPT_HEADEROPT.md (generated; do not edit)
 */
export const CURLHEADER_UNIFIED = 0;

/**
 * Escape part names and filenames in Content-Disposition with backslashes, a
 * \\ before each backslash and double quote, as older browsers did. Without
 * it a double quote, CR and LF are sent as %22, %0D and %0A, as the HTML
 * standard says for form submissions. With the flag, a name or filename holding
 * CR or LF cannot be sent: the transfer fails with CURLE_BAD_FUNCTION_ARGUMENT
 * (43).
 *
 * Other bits are ignored.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_MIME_OPTIONS.html | CURLOPT_MIME_OPTIONS} from CURLOPT_MIME_OPTIONS.md (generated; do not edit)
 */
export const CURLMIMEOPT_FORMESCAPE = 1;

/**
 * Keeps OpenSSL from splitting records to defend against the BEAST attack on
 * TLS 1.0 CBC ciphers (passed on as SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS). It only
 * matters when TLS 1.0 is used.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SSL_OPTIONS.html | CURLOPT_SSL_OPTIONS} from CURLOPT_SSL_OPTIONS.md (generated; do not edit)
 */
export const CURLSSLOPT_ALLOW_BEAST = 1;

/**
 * Accepted and without effect: a Schannel (Windows) setting.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SSL_OPTIONS.html | CURLOPT_SSL_OPTIONS} from CURLOPT_SSL_OPTIONS.md (generated; do not edit)
 */
export const CURLSSLOPT_AUTO_CLIENT_CERT = 32;

/**
 * Accepted and without effect: manbind sends no TLS early data.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SSL_OPTIONS.html | CURLOPT_SSL_OPTIONS} from CURLOPT_SSL_OPTIONS.md (generated; do not edit)
 */
export const CURLSSLOPT_EARLYDATA = 64;

/**
 * Accepted and without effect: OpenSSL on Linux has no operating system store
 * apart from its CA bundle, and Node's bundled roots are the default anyway.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SSL_OPTIONS.html | CURLOPT_SSL_OPTIONS} from CURLOPT_SSL_OPTIONS.md (generated; do not edit)
 */
export const CURLSSLOPT_NATIVE_CA = 16;

/**
 * Accepted and without effect: manbind never treats an intermediate
 * certificate in the trust store as an anchor (Node's verifier does not), which
 * is what this bit asks for.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SSL_OPTIONS.html | CURLOPT_SSL_OPTIONS} from CURLOPT_SSL_OPTIONS.md (generated; do not edit)
 */
export const CURLSSLOPT_NO_PARTIALCHAIN = 4;

/**
 * Accepted and without effect: a Schannel (Windows) setting.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SSL_OPTIONS.html | CURLOPT_SSL_OPTIONS} from CURLOPT_SSL_OPTIONS.md (generated; do not edit)
 */
export const CURLSSLOPT_NO_REVOKE = 2;

/**
 * Accepted and without effect: a Schannel (Windows) setting.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SSL_OPTIONS.html | CURLOPT_SSL_OPTIONS} from CURLOPT_SSL_OPTIONS.md (generated; do not edit)
 */
export const CURLSSLOPT_REVOKE_BEST_EFFORT = 8;

/**
 * Require TLS for everything, as CURLUSESSL_CONTROL; FTP sends PROT P, and a
 * refused PROT fails the transfer with CURLE_USE_SSL_FAILED (64).
 *
 * manbind serves the connect phase of IMAP, POP3, SMTP and FTP (and their TLS
 * forms) for CURLOPT_CONNECT_ONLY(3) transfers only.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_USE_SSL.html | CURLOPT_USE_SSL} from CURLOPT_USE_SSL.md (generated; do not edit)
 */
export const CURLUSESSL_ALL = 3;

/**
 * Require TLS for the control connection: a server that does not offer or
 * refuses the upgrade fails the transfer with CURLE_USE_SSL_FAILED (64), with
 * texts such as STARTTLS not available. or STARTTLS denied. FTP sends PROT
 * C.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_USE_SSL.html | CURLOPT_USE_SSL} from CURLOPT_USE_SSL.md (generated; do not edit)
 */
export const CURLUSESSL_CONTROL = 2;

/**
 * No upgrade is asked for.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_USE_SSL.html | CURLOPT_USE_SSL} from CURLOPT_USE_SSL.md (generated; do not edit)
 */
export const CURLUSESSL_NONE = 0;

/**
 * Upgrade when the server offers it; when it does not, or refuses, the login
 * goes on in plain text.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_USE_SSL.html | CURLOPT_USE_SSL} from CURLOPT_USE_SSL.md (generated; do not edit)
 */
export const CURLUSESSL_TRY = 1;

/**
 * Do not answer PING frames. Each PING is then returned by easy.wsRecv()
 * with the CURLWS_PING flag, and the application decides whether to send a
 * PONG. Without this bit manbind sends the PONG as soon as it has decoded the
 * PING, and the PING is not returned. libcurl instead waits with the PONG until
 * the application's next send or receive call. In callback mode the PING goes to
 * the write callback with this bit set, and is answered and not handed over
 * without it.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_WS_OPTIONS.html | CURLOPT_WS_OPTIONS} from CURLOPT_WS_OPTIONS.md (generated; do not edit)
 */
export const CURLWS_NOAUTOPONG = 2;

/**
 * easy.wsSend() writes the given bytes to the connection unchanged, without
 * building a frame around them; the application must then frame and mask its
 * messages itself, and must pass flags and fragsize 0. As in libcurl, the
 * receiving side is not affected in connect-only mode: easy.wsRecv() still
 * decodes frames and answers PINGs. In a transfer without CURLOPT_CONNECT_ONLY(3)
 * (callback mode) the write callback gets the bytes as they arrive, frames
 * undecoded and PINGs unanswered, and curl_ws_meta(3) returns null; the mode
 * such a transfer starts with holds for all of it.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_WS_OPTIONS.html | CURLOPT_WS_OPTIONS} from CURLOPT_WS_OPTIONS.md (generated; do not edit)
 */
export const CURLWS_RAW_MODE = 1;

/**
 * Send HTTP/1.0 requests, offering http/1.0,http/1.1 in ALPN. The server is
 * then expected to close the connection after each response unless it
 * announces keep-alive.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTP_VERSION.html | CURLOPT_HTTP_VERSION} from CURLOPT_HTTP_VERSION.md (generated; do not edit)
 */
export const CURL_HTTP_VERSION_1_0 = 1;

/**
 * Send HTTP/1.1 requests, offering http/1.1 alone in ALPN.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTP_VERSION.html | CURLOPT_HTTP_VERSION} from CURLOPT_HTTP_VERSION.md (generated; do not edit)
 */
export const CURL_HTTP_VERSION_1_1 = 2;

/**
 * HTTP/2 over TLS when ALPN agrees on it, HTTP/1.1 otherwise.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTP_VERSION.html | CURLOPT_HTTP_VERSION} from CURLOPT_HTTP_VERSION.md (generated; do not edit)
 */
export const CURL_HTTP_VERSION_2TLS = 4;

/**
 * HTTP/2 where ALPN agrees on it, HTTP/1.1 otherwise. On http:// URLs (when no
 * TLS is involved, not even to a proxy) each HTTP/1.1 request offers the switch:
 * Upgrade: h2c with an HTTP2-Settings line and Connection: Upgrade,
 * HTTP2-Settings, and no Expect: 100-continue. A server that answers 101 goes
 * on in HTTP/2: the response comes on stream 1 and the connection carries later
 * requests as HTTP/2 streams. A server that answers otherwise is spoken to in
 * HTTP/1.1.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTP_VERSION.html | CURLOPT_HTTP_VERSION} from CURLOPT_HTTP_VERSION.md (generated; do not edit)
 */
export const CURL_HTTP_VERSION_2_0 = 3;

/**
 * HTTP/2 from the first byte on http:// URLs (h2c, no upgrade), unless the
 * request goes to an HTTP proxy without a tunnel; on https only h2 is
 * offered.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTP_VERSION.html | CURLOPT_HTTP_VERSION} from CURLOPT_HTTP_VERSION.md (generated; do not edit)
 */
export const CURL_HTTP_VERSION_2_PRIOR_KNOWLEDGE = 5;

/**
 * HTTP/3, falling back to older versions. Not supported.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTP_VERSION.html | CURLOPT_HTTP_VERSION} from CURLOPT_HTTP_VERSION.md (generated; do not edit)
 */
export const CURL_HTTP_VERSION_3 = 30;

/**
 * HTTP/3 only. Not supported.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTP_VERSION.html | CURLOPT_HTTP_VERSION} from CURLOPT_HTTP_VERSION.md (generated; do not edit)
 */
export const CURL_HTTP_VERSION_3ONLY = 31;

/**
 * Let the library choose: HTTP/2 when an https server accepts h2 in ALPN
 * (offered as h2,http/1.1), HTTP/1.1 otherwise and for http:// URLs.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTP_VERSION.html | CURLOPT_HTTP_VERSION} from CURLOPT_HTTP_VERSION.md (generated; do not edit)
 */
export const CURL_HTTP_VERSION_NONE = 0;

/**
 * Only IPv4 addresses are tried.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_IPRESOLVE.html | CURLOPT_IPRESOLVE} from CURLOPT_IPRESOLVE.md (generated; do not edit)
 */
export const CURL_IPRESOLVE_V4 = 1;

/**
 * Only IPv6 addresses are tried.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_IPRESOLVE.html | CURLOPT_IPRESOLVE} from CURLOPT_IPRESOLVE.md (generated; do not edit)
 */
export const CURL_IPRESOLVE_V6 = 2;

/**
 * Use both families, IPv6 first, then IPv4 (see
 * CURLOPT_HAPPY_EYEBALLS_TIMEOUT_MS(3)).
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_IPRESOLVE.html | CURLOPT_IPRESOLVE} from CURLOPT_IPRESOLVE.md (generated; do not edit)
 */
export const CURL_IPRESOLVE_WHATEVER = 0;

/**
 * A value of CURLOPT_PREREQFUNCTION.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_PREREQFUNCTION.html | CURLOPT_PREREQFUNCTION} from CURLOPT_PREREQFUNCTION.md (generated; do not edit)
 */
export const CURL_PREREQFUNC_ABORT = 1;

/**
 * A value of CURLOPT_PREREQFUNCTION.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_PREREQFUNCTION.html | CURLOPT_PREREQFUNCTION} from CURLOPT_PREREQFUNCTION.md (generated; do not edit)
 */
export const CURL_PREREQFUNC_OK = 0;

/**
 * A value of CURLOPT_XFERINFOFUNCTION.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_XFERINFOFUNCTION.html | CURLOPT_XFERINFOFUNCTION} from CURLOPT_XFERINFOFUNCTION.md (generated; do not edit)
 */
export const CURL_PROGRESSFUNC_CONTINUE = 268435457;

/**
 * A value of CURLOPT_READFUNCTION.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_READFUNCTION.html | CURLOPT_READFUNCTION} from CURLOPT_READFUNCTION.md (generated; do not edit)
 */
export const CURL_READFUNC_ABORT = 268435456;

/**
 * A value of CURLOPT_READFUNCTION.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_READFUNCTION.html | CURLOPT_READFUNCTION} from CURLOPT_READFUNCTION.md (generated; do not edit)
 */
export const CURL_READFUNC_PAUSE = 268435457;

/**
 * A value of CURLOPT_POSTREDIR.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_POSTREDIR.html | CURLOPT_POSTREDIR} from CURLOPT_POSTREDIR.md (generated; do not edit)
 */
export const CURL_REDIR_POST_301 = 1;

/**
 * A value of CURLOPT_POSTREDIR.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_POSTREDIR.html | CURLOPT_POSTREDIR} from CURLOPT_POSTREDIR.md (generated; do not edit)
 */
export const CURL_REDIR_POST_302 = 2;

/**
 * A value of CURLOPT_POSTREDIR.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_POSTREDIR.html | CURLOPT_POSTREDIR} from CURLOPT_POSTREDIR.md (generated; do not edit)
 */
export const CURL_REDIR_POST_303 = 4;

/**
 * A value of CURLOPT_POSTREDIR.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_POSTREDIR.html | CURLOPT_POSTREDIR} from CURLOPT_POSTREDIR.md (generated; do not edit)
 */
export const CURL_REDIR_POST_ALL = 7;

/**
 * A value of CURLOPT_SEEKFUNCTION.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SEEKFUNCTION.html | CURLOPT_SEEKFUNCTION} from CURLOPT_SEEKFUNCTION.md (generated; do not edit)
 */
export const CURL_SEEKFUNC_CANTSEEK = 2;

/**
 * A value of CURLOPT_SEEKFUNCTION.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SEEKFUNCTION.html | CURLOPT_SEEKFUNCTION} from CURLOPT_SEEKFUNCTION.md (generated; do not edit)
 */
export const CURL_SEEKFUNC_FAIL = 1;

/**
 * A value of CURLOPT_SEEKFUNCTION.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SEEKFUNCTION.html | CURLOPT_SEEKFUNCTION} from CURLOPT_SEEKFUNCTION.md (generated; do not edit)
 */
export const CURL_SEEKFUNC_OK = 0;

/**
 * A value of CURLOPT_SOCKOPTFUNCTION.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SOCKOPTFUNCTION.html | CURLOPT_SOCKOPTFUNCTION} from CURLOPT_SOCKOPTFUNCTION.md (generated; do not edit)
 */
export const CURL_SOCKOPT_ALREADY_CONNECTED = 2;

/**
 * A value of CURLOPT_SOCKOPTFUNCTION.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SOCKOPTFUNCTION.html | CURLOPT_SOCKOPTFUNCTION} from CURLOPT_SOCKOPTFUNCTION.md (generated; do not edit)
 */
export const CURL_SOCKOPT_ERROR = 1;

/**
 * A value of CURLOPT_SOCKOPTFUNCTION.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SOCKOPTFUNCTION.html | CURLOPT_SOCKOPTFUNCTION} from CURLOPT_SOCKOPTFUNCTION.md (generated; do not edit)
 */
export const CURL_SOCKOPT_OK = 0;

/**
 * TLS 1.2 or later.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLVERSION.html | CURLOPT_SSLVERSION} from CURLOPT_SSLVERSION.md (generated; do not edit)
 */
export const CURL_SSLVERSION_DEFAULT = 0;

/**
 * The highest version the TLS library has.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLVERSION.html | CURLOPT_SSLVERSION} from CURLOPT_SSLVERSION.md (generated; do not edit)
 */
export const CURL_SSLVERSION_MAX_DEFAULT = 65536;

/**
 * No upper limit given: the highest version the TLS library has.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLVERSION.html | CURLOPT_SSLVERSION} from CURLOPT_SSLVERSION.md (generated; do not edit)
 */
export const CURL_SSLVERSION_MAX_NONE = 0;

/**
 * At most TLS 1.0.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLVERSION.html | CURLOPT_SSLVERSION} from CURLOPT_SSLVERSION.md (generated; do not edit)
 */
export const CURL_SSLVERSION_MAX_TLSv1_0 = 262144;

/**
 * At most TLS 1.1.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLVERSION.html | CURLOPT_SSLVERSION} from CURLOPT_SSLVERSION.md (generated; do not edit)
 */
export const CURL_SSLVERSION_MAX_TLSv1_1 = 327680;

/**
 * At most TLS 1.2.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLVERSION.html | CURLOPT_SSLVERSION} from CURLOPT_SSLVERSION.md (generated; do not edit)
 */
export const CURL_SSLVERSION_MAX_TLSv1_2 = 393216;

/**
 * At most TLS 1.3.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLVERSION.html | CURLOPT_SSLVERSION} from CURLOPT_SSLVERSION.md (generated; do not edit)
 */
export const CURL_SSLVERSION_MAX_TLSv1_3 = 458752;

/**
 * Refused by setopt with CURLE_BAD_FUNCTION_ARGUMENT (43).
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLVERSION.html | CURLOPT_SSLVERSION} from CURLOPT_SSLVERSION.md (generated; do not edit)
 */
export const CURL_SSLVERSION_SSLv2 = 2;

/**
 * Refused by setopt with CURLE_BAD_FUNCTION_ARGUMENT (43).
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLVERSION.html | CURLOPT_SSLVERSION} from CURLOPT_SSLVERSION.md (generated; do not edit)
 */
export const CURL_SSLVERSION_SSLv3 = 3;

/**
 * TLS 1.0 or later.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLVERSION.html | CURLOPT_SSLVERSION} from CURLOPT_SSLVERSION.md (generated; do not edit)
 */
export const CURL_SSLVERSION_TLSv1 = 1;

/**
 * TLS 1.0 or later.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLVERSION.html | CURLOPT_SSLVERSION} from CURLOPT_SSLVERSION.md (generated; do not edit)
 */
export const CURL_SSLVERSION_TLSv1_0 = 4;

/**
 * TLS 1.1 or later.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLVERSION.html | CURLOPT_SSLVERSION} from CURLOPT_SSLVERSION.md (generated; do not edit)
 */
export const CURL_SSLVERSION_TLSv1_1 = 5;

/**
 * TLS 1.2 or later.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLVERSION.html | CURLOPT_SSLVERSION} from CURLOPT_SSLVERSION.md (generated; do not edit)
 */
export const CURL_SSLVERSION_TLSv1_2 = 6;

/**
 * TLS 1.3 only.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLVERSION.html | CURLOPT_SSLVERSION} from CURLOPT_SSLVERSION.md (generated; do not edit)
 */
export const CURL_SSLVERSION_TLSv1_3 = 7;

/**
 * If-Modified-Since:: the body is wanted only when the resource changed after
 * the time.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_TIMECONDITION.html | CURLOPT_TIMECONDITION} from CURLOPT_TIMECONDITION.md (generated; do not edit)
 */
export const CURL_TIMECOND_IFMODSINCE = 1;

/**
 * If-Unmodified-Since:: the body is wanted only when the resource did not
 * change since the time.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_TIMECONDITION.html | CURLOPT_TIMECONDITION} from CURLOPT_TIMECONDITION.md (generated; do not edit)
 */
export const CURL_TIMECOND_IFUNMODSINCE = 2;

/**
 * Sends the time in a Last-Modified: request header; the check on the answer
 * is the one of CURL_TIMECOND_IFMODSINCE.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_TIMECONDITION.html | CURLOPT_TIMECONDITION} from CURLOPT_TIMECONDITION.md (generated; do not edit)
 */
export const CURL_TIMECOND_LASTMOD = 3;

/**
 * No condition, no header.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_TIMECONDITION.html | CURLOPT_TIMECONDITION} from CURLOPT_TIMECONDITION.md (generated; do not edit)
 */
export const CURL_TIMECOND_NONE = 0;

/**
 * A value of CURLOPT_TRAILERFUNCTION.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_TRAILERFUNCTION.html | CURLOPT_TRAILERFUNCTION} from CURLOPT_TRAILERFUNCTION.md (generated; do not edit)
 */
export const CURL_TRAILERFUNC_ABORT = 1;

/**
 * A value of CURLOPT_TRAILERFUNCTION.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_TRAILERFUNCTION.html | CURLOPT_TRAILERFUNCTION} from CURLOPT_TRAILERFUNCTION.md (generated; do not edit)
 */
export const CURL_TRAILERFUNC_OK = 0;

/**
 * A value of CURLOPT_WRITEFUNCTION.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_WRITEFUNCTION.html | CURLOPT_WRITEFUNCTION} from CURLOPT_WRITEFUNCTION.md (generated; do not edit)
 */
export const CURL_WRITEFUNC_ERROR = 4294967295;

/**
 * A value of CURLOPT_WRITEFUNCTION.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_WRITEFUNCTION.html | CURLOPT_WRITEFUNCTION} from CURLOPT_WRITEFUNCTION.md (generated; do not edit)
 */
export const CURL_WRITEFUNC_PAUSE = 268435457;

/**
 * The value setopt() takes for each documented CURLOPT option, by name, then by its number (curl.h's CURLOPTTYPE base + number:
 * `141: SetoptMap['CONNECT_ONLY']`, as `CURLOPT_CONNECT_ONLY` is 141 in C).
 *
 * @see specs (generated; do not edit)
 */
export interface SetoptMap {
  /**
   * connect through an abstract Unix domain socket
   *
   * Like CURLOPT_UNIX_SOCKET_PATH(3), but name lives in Linux's abstract socket
   * namespace instead of the file system: give it without the leading NUL byte
   * the kernel uses to tell the two apart. Everything else is as for
   * CURLOPT_UNIX_SOCKET_PATH(3): no name resolution, no proxy, no CONNECT_TO, the
   * URL picks the protocol.
   *
   * The open-socket callback sees family 1 (AF_UNIX) and addr.address the name
   * with its leading NUL byte ("\0name"), as sun_path holds it.
   * CURLINFO_PRIMARY_IP(3) is an empty string, since the address text stops at
   * that NUL byte, and CURLINFO_PRIMARY_PORT(3) is 0.
   *
   * Node connects to an abstract name padded with NUL bytes to the full size of
   * sun_path, where libcurl uses the name's exact length. The kernel treats
   * those as different names, so manbind reaches servers that pad their names the
   * same way (Node servers do) and not those that bind the exact length.
   *
   * This option and CURLOPT_UNIX_SOCKET_PATH(3) set the same path; the one set
   * last decides its kind. NULL goes back to TCP.
   *
   * Default: NULL, connections use TCP
   *
   * Protocols: All
   *
   * @since 7.53.0
   * @see {@link CURLOPT.UNIX_SOCKET_PATH | CURLOPT_UNIX_SOCKET_PATH}
   * @see {@link CURLOPT.OPENSOCKETFUNCTION | CURLOPT_OPENSOCKETFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_ABSTRACT_UNIX_SOCKET.html | CURLOPT_ABSTRACT_UNIX_SOCKET} from CURLOPT_ABSTRACT_UNIX_SOCKET.md (generated; do not edit)
   */
  ABSTRACT_UNIX_SOCKET: string | null;
  /**
   * ask for a compressed response and decode it
   *
   * Give the content codings the transfer accepts. The text goes out as it is in
   * an Accept-Encoding: request header, and a response body sent with a
   * Content-Encoding: the library knows is decoded before it reaches the write
   * callback. Turning this on is what makes the library look at
   * Content-Encoding: at all.
   *
   * manbind decodes deflate, gzip (also called x-gzip) and br. An empty
   * string "" stands for all of them and sends
   * Accept-Encoding: deflate, gzip, br. Any other text is sent exactly as given,
   * also when it names codings the library cannot decode.
   *
   * A response whose coding is not one of those fails with
   * CURLE_BAD_CONTENT_ENCODING (61) and the text Unrecognized content encoding
   * type once its first body byte arrives; a body that is not valid data for its
   * coding fails with the same code and a text that starts with Error while
   * processing content unencoding:. A response listing more than five codings is
   * refused with 61 too. identity needs no decoding. Bodies arrive in the order
   * the codings were applied, undone last coding first. The transfer sizes
   * (CURLINFO_SIZE_DOWNLOAD_T(3), CURLOPT_MAXFILESIZE_LARGE(3)) count the bytes as
   * they came over the network, before decoding.
   *
   * An Accept-Encoding: line in CURLOPT_HTTPHEADER(3) replaces the header this
   * option sends, while decoding still follows this option. Set
   * CURLOPT_HTTP_CONTENT_DECODING(3) to 0 to receive the bytes as sent. null
   * sends no header and decodes nothing.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.21.6
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link CURLOPT.HTTP_CONTENT_DECODING | CURLOPT_HTTP_CONTENT_DECODING}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_ACCEPT_ENCODING.html | CURLOPT_ACCEPT_ENCODING} from CURLOPT_ACCEPT_ENCODING.md (generated; do not edit)
   */
  ACCEPT_ENCODING: string | null;
  /**
   * send the previous URL as Referer when following
   *
   * Pass 1 to have each request that follows a redirect (CURLOPT_FOLLOWLOCATION(3))
   * carry a Referer: header with the URL of the request that was redirected,
   * minus any user name, password and fragment. The first request still sends
   * what CURLOPT_REFERER(3) gives, if anything. CURLINFO_REFERER(3) then reports
   * the URL last sent this way. Any non-zero value counts as 1.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see CURLINFO_REFERER
   * @see {@link CURLOPT.FOLLOWLOCATION | CURLOPT_FOLLOWLOCATION}
   * @see {@link CURLOPT.REFERER | CURLOPT_REFERER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_AUTOREFERER.html | CURLOPT_AUTOREFERER} from CURLOPT_AUTOREFERER.md (generated; do not edit)
   */
  AUTOREFERER: boolean | number;
  /**
   * file of trusted certificate authorities
   *
   * Give the path of a file holding one or more CA certificates in PEM format.
   * When CURLOPT_SSL_VERIFYPEER(3) is on, server certificates must chain up to
   * one of them. The file takes the place of Node's bundled root certificates; to
   * trust both, put both in the file. Certificates from CURLOPT_CAPATH(3) are
   * added to those of this file.
   *
   * The file is read when a TLS handshake starts, so changes on disk apply to the
   * next connection. A file that cannot be read, or holds no usable certificate,
   * makes the perform fail with CURLE_SSL_CACERT_BADFILE (77). null goes back to
   * the bundled roots.
   *
   * Default: NULL
   *
   * With no file set, Node's bundled root certificates (tls.rootCertificates)
   * are trusted.
   *
   * Protocols: TLS (TLS backends: All)
   *
   * @since 7.4.2
   * @see {@link CURLOPT.CAPATH | CURLOPT_CAPATH}
   * @see {@link CURLOPT.SSL_VERIFYHOST | CURLOPT_SSL_VERIFYHOST}
   * @see {@link CURLOPT.SSL_VERIFYPEER | CURLOPT_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_CAINFO.html | CURLOPT_CAINFO} from CURLOPT_CAINFO.md (generated; do not edit)
   */
  CAINFO: string | null;
  /**
   * trusted authorities from memory
   *
   * Give the PEM text of one or more CA certificates, as bytes, to trust for
   * the server's certificate. In manbind the blob is a Uint8Array; it is copied
   * when set. It takes the place of CURLOPT_CAINFO(3) when both are set;
   * CURLOPT_CAPATH(3) still adds to it.
   *
   * The certificates are only loaded when CURLOPT_SSL_VERIFYPEER(3) is on. Bytes
   * without a usable PEM certificate fail the perform with
   * CURLE_SSL_CACERT_BADFILE (77).
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.77.0
   * @see {@link CURLOPT.CAINFO | CURLOPT_CAINFO}
   * @see {@link CURLOPT.CAPATH | CURLOPT_CAPATH}
   * @see {@link CURLOPT.PROXY_CAINFO_BLOB | CURLOPT_PROXY_CAINFO_BLOB}
   * @see {@link CURLOPT.SSL_VERIFYPEER | CURLOPT_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_CAINFO_BLOB.html | CURLOPT_CAINFO_BLOB} from CURLOPT_CAINFO_BLOB.md (generated; do not edit)
   */
  CAINFO_BLOB: Uint8Array | null;
  /**
   * directory of trusted certificate authorities
   *
   * Give a directory whose files hold CA certificates in PEM format, to be
   * trusted when CURLOPT_SSL_VERIFYPEER(3) is on. Like CURLOPT_CAINFO(3), it
   * replaces Node's bundled root certificates, and the two can be combined.
   *
   * OpenSSL looks certificates up in such a directory by their hashed file names
   * (as made by openssl rehash). Node offers no such lookup, so manbind reads
   * every regular file of the directory when a handshake starts and trusts each
   * PEM certificate found; files that hold none are skipped. A directory that
   * cannot be read makes the perform fail with CURLE_SSL_CACERT_BADFILE (77).
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: All)
   *
   * @since 7.9.8
   * @see {@link CURLOPT.CAINFO | CURLOPT_CAINFO}
   * @see {@link CURLOPT.SSL_VERIFYPEER | CURLOPT_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_CAPATH.html | CURLOPT_CAPATH} from CURLOPT_CAPATH.md (generated; do not edit)
   */
  CAPATH: string | null;
  /**
   * collect the peer's certificate chain
   *
   * Set to 1 to have every TLS handshake of a perform record the certificates the
   * peer sent, for CURLINFO_CERTINFO(3) to hand out afterwards. The chain is taken
   * before the certificate checks, so it is there also when the perform then fails
   * on them. A handshake that resumes an earlier TLS session has no chain and
   * records nothing. Set to 0 to stop recording.
   *
   * The setting is one for both TLS layers a connection may have: with an HTTPS
   * proxy in front of an https:// target, the target's chain comes last and is the
   * one kept; an http:// target through an HTTPS proxy leaves the proxy's chain.
   *
   * Default: 0
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.19.1
   * @see CURLINFO_CERTINFO
   * @see {@link CURLOPT.CAINFO | CURLOPT_CAINFO}
   * @see {@link CURLOPT.SSL_VERIFYPEER | CURLOPT_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_CERTINFO.html | CURLOPT_CERTINFO} from CURLOPT_CERTINFO.md (generated; do not edit)
   */
  CERTINFO: number;
  /**
   * application value handed to the close-socket callback
   *
   * Store a value that the engine passes, as it is, as the clientp argument of
   * the CURLOPT_CLOSESOCKETFUNCTION(3) callback. Any JavaScript value works. Like
   * the callback itself, the value is captured when a connection is created, so a
   * later change only affects new connections.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.21.7
   * @see {@link CURLOPT.CLOSESOCKETFUNCTION | CURLOPT_CLOSESOCKETFUNCTION}
   * @see {@link CURLOPT.OPENSOCKETFUNCTION | CURLOPT_OPENSOCKETFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_CLOSESOCKETDATA.html | CURLOPT_CLOSESOCKETDATA} from CURLOPT_CLOSESOCKETDATA.md (generated; do not edit)
   */
  CLOSESOCKETDATA: unknown;
  /**
   * callback that closes the engine's sockets
   *
   * Set a function the engine calls instead of closing a socket itself. It runs
   * for every socket a connection attempt or a connection used, including the
   * ones the application supplied through CURLOPT_OPENSOCKETFUNCTION(3): a failed
   * attempt (before the verbose connect to ... failed line), a socket the
   * sockopt callback rejected, the old socket when a proxy asks for a new
   * connection during authentication, a connect-only connection on the next
   * perform, on curl_multi_remove_handle(3) or on curl_easy_cleanup(3). It is
   * never called when the open-socket callback returned CURL_SOCKET_BAD, since no
   * socket existed.
   *
   * In manbind the callback receives (clientp, item): the value of
   * CURLOPT_CLOSESOCKETDATA(3) and the socket, the same stream.Duplex or file
   * descriptor number the open-socket callback returned (or the engine's own
   * net.Socket). Closing it is now the callback's job; a callback that keeps
   * the socket open, to reuse it elsewhere, is fine. The return value is ignored,
   * and so is an exception, apart from becoming the handle's last error text.
   *
   * The callback and its data are captured when a connection is created, so
   * changing the option later does not affect connections that already exist.
   *
   * Default: NULL
   *
   * With no callback the engine destroys the socket itself.
   *
   * Protocols: All
   *
   * @since 7.21.7
   * @see {@link CURLOPT.CLOSESOCKETDATA | CURLOPT_CLOSESOCKETDATA}
   * @see {@link CURLOPT.OPENSOCKETFUNCTION | CURLOPT_OPENSOCKETFUNCTION}
   * @see {@link CURLOPT.SOCKOPTFUNCTION | CURLOPT_SOCKOPTFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_CLOSESOCKETFUNCTION.html | CURLOPT_CLOSESOCKETFUNCTION} from CURLOPT_CLOSESOCKETFUNCTION.md (generated; do not edit)
   */
  CLOSESOCKETFUNCTION: closesocket_callback | null;
  /**
   * time limit for the connect phase, in seconds
   *
   * Limit, in seconds, how long a perform may spend getting connected: name
   * resolution, every TCP attempt, the proxy tunnel with its authentication, and
   * the TLS handshake together. When the limit passes first, the perform returns
   * CURLE_OPERATION_TIMEDOUT (28). 0 means the built-in limit of 300 seconds.
   *
   * This is the only limit a connect-only transfer is subject to:
   * CURLOPT_TIMEOUT(3)
   * stops applying once its connection is up. When CURLOPT_TIMEOUT(3) is shorter
   * it also cuts the connect phase short.
   *
   * This option and CURLOPT_CONNECTTIMEOUT_MS(3) set the same limit; the one set
   * last counts.
   *
   * Default: 300
   *
   * Protocols: All
   *
   * @since 7.7
   * @see CURLINFO_CONNECT_TIME
   * @see {@link CURLOPT.CONNECTTIMEOUT_MS | CURLOPT_CONNECTTIMEOUT_MS}
   * @see {@link CURLOPT.TIMEOUT | CURLOPT_TIMEOUT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_CONNECTTIMEOUT.html | CURLOPT_CONNECTTIMEOUT} from CURLOPT_CONNECTTIMEOUT.md (generated; do not edit)
   */
  CONNECTTIMEOUT: number;
  /**
   * time limit for the connect phase, in milliseconds
   *
   * The millisecond form of CURLOPT_CONNECTTIMEOUT(3): the longest a perform may
   * take to resolve, connect, set up the proxy tunnel and finish the TLS
   * handshake before it gives up with CURLE_OPERATION_TIMEDOUT (28). 0 selects
   * the built-in 300000 milliseconds.
   *
   * Both options write the same setting, so whichever was set last is used. For a
   * connect-only transfer this limit still applies, while CURLOPT_TIMEOUT_MS(3)
   * ends with the connect phase.
   *
   * Default: 300000
   *
   * Protocols: All
   *
   * @since 7.16.2
   * @see CURLINFO_CONNECT_TIME
   * @see {@link CURLOPT.CONNECTTIMEOUT | CURLOPT_CONNECTTIMEOUT}
   * @see {@link CURLOPT.TIMEOUT_MS | CURLOPT_TIMEOUT_MS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_CONNECTTIMEOUT_MS.html | CURLOPT_CONNECTTIMEOUT_MS} from CURLOPT_CONNECTTIMEOUT_MS.md (generated; do not edit)
   */
  CONNECTTIMEOUT_MS: number;
  /**
   * set up the connection, then hand it to the application
   *
   * Choose how far a perform goes before it stops and leaves the connection to
   * the application. Whatever the mode, everything needed to reach the server is
   * done first: name resolution, the TCP connect (with the socket callbacks),
   * the HTTP proxy tunnel with its authentication, and TLS for secure schemes.
   * After that the application talks over the connection itself with
   * curl_easy_send(3) and curl_easy_recv(3) (in manbind easy.send() and
   * easy.recv()), waiting with easy.wait() where a C program would poll the
   * socket it got from CURLINFO_ACTIVESOCKET(3).
   *
   * A connect-only transfer never picks up a cached connection, and the
   * connection it makes is never offered to any later transfer. Calling perform
   * again on the same handle closes the previous connection (the close-socket
   * callback runs) and builds a new one. When the handle is driven by a multi
   * handle, the connection stays usable only while the easy handle remains added;
   * curl_multi_remove_handle(3) closes it at once, and send and recv then return
   * CURLE_UNSUPPORTED_PROTOCOL (1).
   *
   * 0
   *
   * An ordinary transfer: the request is sent and the response is delivered to
   * the callbacks.
   *
   * 1
   *
   * Connect only. The perform returns CURLE_OK as soon as the connection (and
   * tunnel and TLS, when used) is up. For http, https, ws, wss and other schemes
   * whose connect phase is plain TCP or TLS it sends no byte of its own. The
   * schemes that log in while connecting (imap, pop3, smtp, ftp and their TLS
   * forms) first run that login as libcurl does: greeting, capabilities, the TLS
   * upgrade CURLOPT_USE_SSL(3) asks for, then the login with the credentials of
   * CURLOPT_USERNAME(3) and CURLOPT_PASSWORD(3) (SASL, IMAP LOGIN, POP3 APOP or
   * USER/PASS, FTP USER/PASS). The application then gets the logged-in
   * connection; bytes the server sent after its last login answer are the first
   * curl_easy_recv(3) returns. These schemes serve connect-only transfers only: a
   * perform without this option returns CURLE_UNSUPPORTED_PROTOCOL (1).
   *
   * 2
   *
   * For http, https, ws and wss: also send the request and read every response
   * header before stopping. For WebSocket URLs this is the upgrade handshake; a
   * 101 answer gives CURLE_OK and the connection is then used with curl_ws_send(3)
   * and curl_ws_recv(3). For plain http and https manbind stops after the
   * headers: the header callback and CURLINFO_RESPONSE_CODE(3) are set, and body
   * bytes are left for the application, the ones that arrived with the headers
   * being returned by the first recv. This follows the documented meaning of the
   * value; libcurl 8.x instead reads the whole body into the write callback for
   * non-WebSocket URLs.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.15.2
   * @see CURLINFO_ACTIVESOCKET
   * @see {@link CURLOPT.HTTPPROXYTUNNEL | CURLOPT_HTTPPROXYTUNNEL}
   * @see {@link CURLOPT.VERBOSE | CURLOPT_VERBOSE}
   * @see curl_easy_recv
   * @see curl_easy_send
   * @see curl_multi_remove_handle
   * @see {@link https://curl.se/libcurl/c/CURLOPT_CONNECT_ONLY.html | CURLOPT_CONNECT_ONLY} from CURLOPT_CONNECT_ONLY.md (generated; do not edit)
   */
  CONNECT_ONLY: 0 | 1 | 2;
  /**
   * reach the server at a different host and port
   *
   * Redirect the network connection while keeping the URL's identity. In C this
   * is a curl_slist; in manbind an array of strings, each of the form
   *
   * HOST:PORT:CONNECT-TO-HOST:CONNECT-TO-PORT
   *
   * When a transfer's host and port match HOST and PORT, the engine resolves and
   * connects to CONNECT-TO-HOST on CONNECT-TO-PORT instead. The first matching
   * entry wins. Any of the four parts may be left empty: an empty HOST or PORT
   * matches anything, and an empty CONNECT-TO-HOST or CONNECT-TO-PORT keeps the
   * URL's host or port. IPv6 addresses are written in brackets.
   *
   * An entry that does not match, that has no PORT separator, whose PORT is not
   * a number or that ends after PORT is skipped, as libcurl 8.22 skips it. Once an
   * entry matches, a CONNECT-TO-PORT that is not a number fails the transfer
   * with CURLE_SETOPT_OPTION_SYNTAX (49), and a bracketed CONNECT-TO-HOST that is
   * not an IPv6 address with CURLE_URL_MALFORMAT (3).
   *
   * Everything above the TCP connection still uses the URL: the Host: header,
   * the host name in a CONNECT request, TLS server name indication and
   * certificate checks. Unlike CURLOPT_RESOLVE(3), nothing is added to any name
   * cache. When an HTTP proxy is in use and the entry changes the host or port,
   * the transfer goes through a CONNECT tunnel even without
   * CURLOPT_HTTPPROXYTUNNEL(3), since a forward proxy cannot be told where to
   * connect.
   *
   * Each call replaces the whole list; null or an empty array removes it.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.49.0
   * @see {@link CURLOPT.HTTPPROXYTUNNEL | CURLOPT_HTTPPROXYTUNNEL}
   * @see {@link CURLOPT.PORT | CURLOPT_PORT}
   * @see {@link CURLOPT.RESOLVE | CURLOPT_RESOLVE}
   * @see {@link CURLOPT.URL | CURLOPT_URL}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_CONNECT_TO.html | CURLOPT_CONNECT_TO} from CURLOPT_CONNECT_TO.md (generated; do not edit)
   */
  CONNECT_TO: readonly string[] | null;
  /**
   * text for the Cookie header
   *
   * Give the text of a Cookie: request header, written the way the header
   * carries it: name=value pairs joined by a semicolon and a space, such as
   * "lang=en; theme=dark". The text is sent exactly as given, nothing is checked
   * or encoded, and it goes into every request of the transfer, redirects
   * included, but only to the host the transfer started with: a redirect to
   * another host, port or scheme leaves it out.
   *
   * This option does not start the cookie engine and nothing in it is stored.
   * When the engine runs (CURLOPT_COOKIEFILE(3), CURLOPT_COOKIEJAR(3) or
   * CURLOPT_COOKIELIST(3)), the cookies it holds for the request come first on the
   * same Cookie: line and this text follows them. A Cookie: line in
   * CURLOPT_HTTPHEADER(3) makes the library leave this text out (the engine's
   * cookies are still sent). null stops sending it.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see CURLINFO_COOKIELIST
   * @see {@link CURLOPT.COOKIEFILE | CURLOPT_COOKIEFILE}
   * @see {@link CURLOPT.COOKIEJAR | CURLOPT_COOKIEJAR}
   * @see {@link CURLOPT.COOKIELIST | CURLOPT_COOKIELIST}
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_COOKIE.html | CURLOPT_COOKIE} from CURLOPT_COOKIE.md (generated; do not edit)
   */
  COOKIE: string | null;
  /**
   * files to read cookies from
   *
   * Name a file of cookies for the handle to read, and start the cookie engine.
   * Each call adds a name to a list; every file on the list is read, in order,
   * when a perform starts, so cookies written to a file between two performs are
   * picked up by the second one.
   *
   * A file may hold lines in the Netscape format that CURLOPT_COOKIEJAR(3)
   * writes (seven fields separated by tabs: domain, whether subdomains match,
   * path, secure, expiry in seconds since 1970, name and value; a domain prefixed
   * with #HttpOnly_ marks an HttpOnly cookie; an older six-field form without
   * the path is read too), or lines that start with Set-Cookie: followed by a
   * header value, as a server sends it. Other lines starting with #, empty
   * lines and lines that are neither are skipped without a word. A line of 5000
   * bytes or more stops the reading and the perform fails with CURLE_TOO_LARGE
   * (100). Cookies already expired are dropped.
   *
   * An empty string reads nothing but still starts the engine, so cookies the
   * server sets are kept and sent back for the life of the handle. "-" reads
   * standard input. A file that cannot be opened, or a directory, is skipped
   * with a warning in the verbose output.
   *
   * null forgets the list, throws away every cookie the handle holds and stops
   * the engine, also when CURLOPT_COOKIEJAR(3) is set.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.COOKIE | CURLOPT_COOKIE}
   * @see {@link CURLOPT.COOKIEJAR | CURLOPT_COOKIEJAR}
   * @see {@link CURLOPT.COOKIESESSION | CURLOPT_COOKIESESSION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_COOKIEFILE.html | CURLOPT_COOKIEFILE} from CURLOPT_COOKIEFILE.md (generated; do not edit)
   */
  COOKIEFILE: string | null;
  /**
   * file to save cookies in
   *
   * Name the file the handle writes all its cookies to when curl_easy_cleanup(3)
   * runs, and start the cookie engine. The file starts with three comment lines
   * (# Netscape HTTP Cookie File, a link to curl's cookie documentation, and a
   * line saying libcurl wrote it) and an empty line, then one line per cookie in
   * the Netscape format CURLOPT_COOKIEFILE(3) reads, the most recently created
   * first. Session cookies are saved too, with an expiry of 0; expired cookies are
   * not. "-" writes to standard output. An existing file is replaced as a whole,
   * through a temporary file in the same folder, and keeps its permissions with
   * read and write for the owner added.
   *
   * Nothing is written unless at least one perform started on the handle (before
   * that the cookie files may not have been read). CURLOPT_COOKIELIST(3) with
   * "FLUSH" writes the file at once. A file that cannot be written gives a
   * warning in the verbose output; cleanup carries on. null stops the saving
   * but leaves the engine running.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.9
   * @see {@link CURLOPT.COOKIE | CURLOPT_COOKIE}
   * @see {@link CURLOPT.COOKIEFILE | CURLOPT_COOKIEFILE}
   * @see {@link CURLOPT.COOKIELIST | CURLOPT_COOKIELIST}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_COOKIEJAR.html | CURLOPT_COOKIEJAR} from CURLOPT_COOKIEJAR.md (generated; do not edit)
   */
  COOKIEJAR: string | null;
  /**
   * change the handle's cookies now
   *
   * Act on the cookie engine at once, rather than at the next perform. The string
   * is one of these commands (any case):
   *
   * ALL
   *
   * Remove every cookie.
   *
   * SESS
   *
   * Remove the session cookies, those without an expiry.
   *
   * FLUSH
   *
   * Write the cookies to the CURLOPT_COOKIEJAR(3) file now (only once a perform
   * has started on the handle).
   *
   * RELOAD
   *
   * Read the CURLOPT_COOKIEFILE(3) files again.
   *
   * Any other string
   *
   * The string is one cookie to add, which starts the engine if it was not
   * running: either a line in the Netscape format CURLOPT_COOKIEJAR(3) writes, or
   * a Set-Cookie: header line as a server sends it. A header line without a
   * domain attribute gives a cookie without a domain: libcurl files it with the
   * cookies of hosts given as an IP address, so in practice it is sent to those,
   * and it is neither listed by CURLINFO_COOKIELIST(3) nor saved. A cookie that
   * breaks the rules (a bad line, a __Host- or __Secure- name that is not
   * secure) is dropped without an error. A cookie with the name, domain and path
   * of one the handle holds replaces it.
   *
   * null does nothing.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.14.1
   * @see CURLINFO_COOKIELIST
   * @see {@link CURLOPT.COOKIE | CURLOPT_COOKIE}
   * @see {@link CURLOPT.COOKIEFILE | CURLOPT_COOKIEFILE}
   * @see {@link CURLOPT.COOKIEJAR | CURLOPT_COOKIEJAR}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_COOKIELIST.html | CURLOPT_COOKIELIST} from CURLOPT_COOKIELIST.md (generated; do not edit)
   */
  COOKIELIST: string | null;
  /**
   * skip session cookies when reading cookie files
   *
   * Pass 1 to treat the next reading of the CURLOPT_COOKIEFILE(3) files as the
   * start of a new browser session: cookies in them that have no expiry (session
   * cookies) are not taken. Cookies with an expiry are read as usual, and session
   * cookies the servers set later are kept. Cookies the handle already holds are
   * not touched; see CURLOPT_COOKIELIST(3) with "SESS" for that. Any non-zero
   * value counts as 1.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.9.7
   * @see {@link CURLOPT.COOKIE | CURLOPT_COOKIE}
   * @see {@link CURLOPT.COOKIEFILE | CURLOPT_COOKIEFILE}
   * @see {@link CURLOPT.COOKIEJAR | CURLOPT_COOKIEJAR}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_COOKIESESSION.html | CURLOPT_COOKIESESSION} from CURLOPT_COOKIESESSION.md (generated; do not edit)
   */
  COOKIESESSION: number;
  /**
   * POST data that the handle keeps a copy of
   *
   * Like CURLOPT_POSTFIELDS(3) the data becomes the body of a POST request, but
   * the handle copies it at once, so the application may change or drop its own
   * data afterwards. In manbind the data is a string, copied as its UTF-8 bytes
   * (JavaScript strings cannot change, so the two options differ only in how
   * CURLOPT_POSTFIELDSIZE(3) applies).
   *
   * When CURLOPT_POSTFIELDSIZE(3) or CURLOPT_POSTFIELDSIZE_LARGE(3) is set
   * (not -1) before this option, only that many bytes are copied; a size larger
   * than the data is refused. Setting null drops the copy.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.17.1
   * @see {@link CURLOPT.POSTFIELDS | CURLOPT_POSTFIELDS}
   * @see {@link CURLOPT.POSTFIELDSIZE | CURLOPT_POSTFIELDSIZE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_COPYPOSTFIELDS.html | CURLOPT_COPYPOSTFIELDS} from CURLOPT_COPYPOSTFIELDS.md (generated; do not edit)
   */
  COPYPOSTFIELDS: string | null;
  /**
   * certificate revocation lists to check against
   *
   * Name a file of PEM certificate revocation lists. With
   * CURLOPT_SSL_VERIFYPEER(3) on, every certificate of the server's chain is then
   * checked against them, so a list is needed from each issuer in the chain; a
   * revoked certificate fails the perform with CURLE_PEER_FAILED_VERIFICATION (60)
   * (certificate revoked), a missing list likewise (unable to get certificate
   * CRL). A file that cannot be read or parsed fails the perform with
   * CURLE_SSL_CRL_BADFILE (82). Without peer verification the file is not used.
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.19.0
   * @see {@link CURLOPT.CAINFO | CURLOPT_CAINFO}
   * @see {@link CURLOPT.SSL_VERIFYPEER | CURLOPT_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_CRLFILE.html | CURLOPT_CRLFILE} from CURLOPT_CRLFILE.md (generated; do not edit)
   */
  CRLFILE: string | null;
  /**
   * method name to put in the request line
   *
   * Replace the method word of the HTTP request line, GET, HEAD or POST,
   * with this string, for instance DELETE, PUT or PATCH. Only the word
   * changes: the engine still builds and handles the request as the method the
   * other options select. A PUT with a body therefore needs
   * CURLOPT_POSTFIELDS(3) too, and HEAD set this way makes the engine wait for
   * a body the server never sends; use CURLOPT_NOBODY(3) for HEAD requests.
   *
   * The string is sent as given, so it must be a valid method token. What
   * happens to it on redirects depends on CURLOPT_FOLLOWLOCATION(3). null
   * goes back to the method the other options choose.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.FOLLOWLOCATION | CURLOPT_FOLLOWLOCATION}
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link CURLOPT.NOBODY | CURLOPT_NOBODY}
   * @see {@link CURLOPT.POSTFIELDS | CURLOPT_POSTFIELDS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_CUSTOMREQUEST.html | CURLOPT_CUSTOMREQUEST} from CURLOPT_CUSTOMREQUEST.md (generated; do not edit)
   */
  CUSTOMREQUEST: string | null;
  /**
   * application value handed to the debug callback
   *
   * Store a value that the engine passes, unchanged, as the last argument
   * (clientp) of every CURLOPT_DEBUGFUNCTION(3) call. In manbind any value
   * works: a log array, a stream, a per-transfer label. Without a debug callback
   * the value is not used.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.9.6
   * @see {@link CURLOPT.DEBUGFUNCTION | CURLOPT_DEBUGFUNCTION}
   * @see {@link CURLOPT.STDERR | CURLOPT_STDERR}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_DEBUGDATA.html | CURLOPT_DEBUGDATA} from CURLOPT_DEBUGDATA.md (generated; do not edit)
   */
  DEBUGDATA: unknown;
  /**
   * callback that receives verbose output
   *
   * Route the handle's verbose output to a function instead of CURLOPT_STDERR(3).
   * The callback only runs while CURLOPT_VERBOSE(3) is on.
   *
   * In manbind it receives (handle, type, data, size, clientp): the Easy
   * object, the kind of data as a curl_infotype number, the bytes as a
   * Uint8Array (not terminated, and not necessarily text), their length, and
   * the value of CURLOPT_DEBUGDATA(3). The kinds this engine produces are:
   *
   * - CURLINFO_TEXT (0): an informational line or a failure text, ending in a
   *   newline, worded as libcurl 8.22 words it.
   * - CURLINFO_HEADER_IN (1): a header line received, one event per line: the
   *   proxy's CONNECT answer, and HTTP response headers.
   * - CURLINFO_HEADER_OUT (2): the request headers sent, as one event: the
   *   CONNECT request, or an HTTP request.
   * - CURLINFO_DATA_IN (3) and CURLINFO_DATA_OUT (4): body bytes of ordinary
   *   transfers. Bytes moved with easy.send() and easy.recv() are never
   *   reported.
   *
   * CURLINFO_SSL_DATA_IN (5) and CURLINFO_SSL_DATA_OUT (6) exist for
   * completeness; Node's TLS layer does not expose raw TLS records, so manbind
   * does not emit them.
   *
   * The return value is ignored, and a callback that throws is ignored as well,
   * apart from the error text being kept as the handle's last error.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.9.6
   * @see CURLINFO_CONN_ID
   * @see {@link CURLOPT.DEBUGDATA | CURLOPT_DEBUGDATA}
   * @see {@link CURLOPT.STDERR | CURLOPT_STDERR}
   * @see {@link CURLOPT.VERBOSE | CURLOPT_VERBOSE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_DEBUGFUNCTION.html | CURLOPT_DEBUGFUNCTION} from CURLOPT_DEBUGFUNCTION.md (generated; do not edit)
   */
  DEBUGFUNCTION: debug_callback | null;
  /**
   * the scheme for URLs written without one
   *
   * Give the scheme, such as "https", that a CURLOPT_URL(3) without a scheme
   * gets: example.com/x is then used as https://example.com/x, and
   * CURLINFO_EFFECTIVE_URL(3) shows it that way. Without this option the library
   * guesses the scheme from the host name (ftp. and a few other prefixes name
   * their protocol) and uses http otherwise. A URL that names its scheme is not
   * changed. The name is not checked when it is set: one the library has no
   * handler for makes the perform fail with CURLE_UNSUPPORTED_PROTOCOL (1).
   * null goes back to guessing.
   *
   * Default: NULL: guess
   *
   * Protocols: All
   *
   * @since 7.45.0
   * @see {@link CURLOPT.PROTOCOLS_STR | CURLOPT_PROTOCOLS_STR}
   * @see {@link CURLOPT.URL | CURLOPT_URL}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_DEFAULT_PROTOCOL.html | CURLOPT_DEFAULT_PROTOCOL} from CURLOPT_DEFAULT_PROTOCOL.md (generated; do not edit)
   */
  DEFAULT_PROTOCOL: string | null;
  /**
   * how long resolved names are kept
   *
   * The handle remembers the addresses a name resolved to, so later transfers to
   * the same name and port skip the lookup (verbose: Hostname NAME was found in
   * DNS cache). age is how many seconds an answer is used: an older one found
   * by a lookup is dropped with the verbose line Hostname in DNS cache was
   * stale, zapped and the name is resolved again, and the end of each transfer
   * drops the old ones quietly. The age is compared with the value set when the
   * cache is consulted, so lowering it also shortens the life of answers already
   * kept.
   *
   * 0 keeps no answer past the transfer that asked for it; -1 keeps answers for
   * as long as the handle lives. Entries added by CURLOPT_RESOLVE(3) without a
   * leading + never age.
   *
   * Default: 60
   *
   * Protocols: All
   *
   * @since 7.9.3
   * @see {@link CURLOPT.DNS_SHUFFLE_ADDRESSES | CURLOPT_DNS_SHUFFLE_ADDRESSES}
   * @see {@link CURLOPT.RESOLVE | CURLOPT_RESOLVE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_DNS_CACHE_TIMEOUT.html | CURLOPT_DNS_CACHE_TIMEOUT} from CURLOPT_DNS_CACHE_TIMEOUT.md (generated; do not edit)
   */
  DNS_CACHE_TIMEOUT: number;
  /**
   * source IPv4 address for DNS queries
   *
   * Send the DNS queries of the handle's name lookups from this local address
   * when they go to a server over IPv4. The string is an IPv4 address in dotted form. It
   * does not change where the transfer's own connections come from; that is
   * CURLOPT_INTERFACE(3).
   *
   * Like CURLOPT_DNS_SERVERS(3), this is an option of a c-ares build of libcurl;
   * setting it makes the runtime look names up as that option describes.
   *
   * The address is stored as given. One that does not parse makes the first
   * lookup fail, and the perform returns CURLE_BAD_FUNCTION_ARGUMENT (43) with the
   * text Error 43 resolving NAME:PORT. An empty string or NULL removes the
   * setting.
   *
   * Default: NULL, the operating system picks the source address
   *
   * Protocols: All
   *
   * @since 7.33.0
   * @see {@link CURLOPT.DNS_LOCAL_IP6 | CURLOPT_DNS_LOCAL_IP6}
   * @see {@link CURLOPT.DNS_SERVERS | CURLOPT_DNS_SERVERS}
   * @see {@link CURLOPT.INTERFACE | CURLOPT_INTERFACE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_DNS_LOCAL_IP4.html | CURLOPT_DNS_LOCAL_IP4} from CURLOPT_DNS_LOCAL_IP4.md (generated; do not edit)
   */
  DNS_LOCAL_IP4: string | null;
  /**
   * source IPv6 address for DNS queries
   *
   * Send the DNS queries of the handle's name lookups from this local address
   * when they go to a server over IPv6. The string is an IPv6 address (without a scope). It
   * does not change where the transfer's own connections come from; that is
   * CURLOPT_INTERFACE(3).
   *
   * Like CURLOPT_DNS_SERVERS(3), this is an option of a c-ares build of libcurl;
   * setting it makes the runtime look names up as that option describes.
   *
   * The address is stored as given. One that does not parse makes the first
   * lookup fail, and the perform returns CURLE_BAD_FUNCTION_ARGUMENT (43) with the
   * text Error 43 resolving NAME:PORT. An empty string or NULL removes the
   * setting.
   *
   * Default: NULL, the operating system picks the source address
   *
   * Protocols: All
   *
   * @since 7.33.0
   * @see {@link CURLOPT.DNS_LOCAL_IP4 | CURLOPT_DNS_LOCAL_IP4}
   * @see {@link CURLOPT.DNS_SERVERS | CURLOPT_DNS_SERVERS}
   * @see {@link CURLOPT.INTERFACE | CURLOPT_INTERFACE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_DNS_LOCAL_IP6.html | CURLOPT_DNS_LOCAL_IP6} from CURLOPT_DNS_LOCAL_IP6.md (generated; do not edit)
   */
  DNS_LOCAL_IP6: string | null;
  /**
   * DNS servers to ask instead of the system's
   *
   * Send the handle's name lookups to these DNS servers rather than to the ones
   * the system is configured with. The list is comma separated; each entry is an
   * IPv4 address, an IPv6 address (in brackets when a port follows) and an
   * optional :PORT, 53 when left out: 192.0.2.53,[2001:db8::53]:5353.
   *
   * libcurl offers this option only when it is built with c-ares. With it (or with
   * CURLOPT_DNS_LOCAL_IP4(3) or CURLOPT_DNS_LOCAL_IP6(3)) set, this runtime looks
   * names up as such a build does, through Node.js's own c-ares resolver: A and
   * AAAA queries sent straight to the servers, no hosts file, and a failed lookup
   * reports the resolver's reason, as in Could not resolve host: NAME (Domain
   * name not found). IP addresses, localhost names, CURLOPT_RESOLVE(3) entries
   * and names already in the DNS cache are not looked up at all.
   *
   * The list is stored as given. A list that does not parse makes the first lookup
   * fail, and the perform returns CURLE_BAD_FUNCTION_ARGUMENT (43) with the text
   * Error 43 resolving NAME:PORT. An empty string or NULL leaves the system's
   * servers in use.
   *
   * Default: NULL, the system's servers
   *
   * Protocols: All
   *
   * @since 7.24.0
   * @see {@link CURLOPT.DNS_CACHE_TIMEOUT | CURLOPT_DNS_CACHE_TIMEOUT}
   * @see {@link CURLOPT.DNS_LOCAL_IP4 | CURLOPT_DNS_LOCAL_IP4}
   * @see {@link CURLOPT.DNS_LOCAL_IP6 | CURLOPT_DNS_LOCAL_IP6}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_DNS_SERVERS.html | CURLOPT_DNS_SERVERS} from CURLOPT_DNS_SERVERS.md (generated; do not edit)
   */
  DNS_SERVERS: string | null;
  /**
   * put resolved addresses in random order
   *
   * With 1, the addresses of each fresh answer are shuffled before they are used
   * and kept in the DNS cache, so that many clients resolving a name with several
   * addresses spread over them instead of all taking the first. The order then
   * stays as shuffled for as long as the answer is cached (see
   * CURLOPT_DNS_CACHE_TIMEOUT(3)). Entries that CURLOPT_RESOLVE(3) adds are
   * shuffled the same way when they are loaded at the start of a perform.
   * Connection attempts still try IPv6 and IPv4 addresses in turn, each family
   * in the shuffled order.
   *
   * Any non-zero value counts as 1.
   *
   * Default: 0, the order the resolver gave
   *
   * Protocols: All
   *
   * @since 7.60.0
   * @see {@link CURLOPT.DNS_CACHE_TIMEOUT | CURLOPT_DNS_CACHE_TIMEOUT}
   * @see {@link CURLOPT.IPRESOLVE | CURLOPT_IPRESOLVE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_DNS_SHUFFLE_ADDRESSES.html | CURLOPT_DNS_SHUFFLE_ADDRESSES} from CURLOPT_DNS_SHUFFLE_ADDRESSES.md (generated; do not edit)
   */
  DNS_SHUFFLE_ADDRESSES: boolean | number;
  /**
   * keep a readable explanation of the first failure
   *
   * Give the handle a place to put the detailed text of a failure, which says
   * more than the fixed message curl_easy_strerror(3) returns for the code (for
   * example Failed to connect to example.com:80 after 3 ms: Could not connect
   * to server).
   *
   * A C program passes a buffer of CURL_ERROR_SIZE bytes. In manbind you pass an
   * object of the ErrorBuffer type, { text: string }, and the engine assigns
   * its text property. The engine empties text when a perform starts and then
   * stores only the first failure text produced after that; later failures do not
   * overwrite it. Failures of curl_easy_setopt(3), easy.send() and
   * easy.recv() are stored too, when text is still empty. A callback that
   * threw leaves the thrown error's message. Pass null to stop using the object.
   *
   * The same texts are also reported through CURLOPT_VERBOSE(3) when it is on.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.1
   * @see {@link CURLOPT.DEBUGFUNCTION | CURLOPT_DEBUGFUNCTION}
   * @see {@link CURLOPT.VERBOSE | CURLOPT_VERBOSE}
   * @see curl_easy_strerror
   * @see {@link https://curl.se/libcurl/c/CURLOPT_ERRORBUFFER.html | CURLOPT_ERRORBUFFER} from CURLOPT_ERRORBUFFER.md (generated; do not edit)
   */
  ERRORBUFFER: ErrorBuffer | null;
  /**
   * how long to wait for 100 Continue
   *
   * A request whose body is larger than 1 MiB, or of unknown size, goes with
   * Expect: 100-continue (unless HTTP/1.0 is used or a custom Expect header
   * says otherwise), and the body waits for the server's 100 Continue. This
   * option sets how many milliseconds to wait; when they pass without an answer
   * the body is sent anyway. A final answer that comes first means the body is
   * never sent, and the connection is closed afterwards. Values above 65535 are
   * lowered to 65535.
   *
   * Default: 1000
   *
   * Protocols: HTTP
   *
   * @since 7.36.0
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link CURLOPT.UPLOAD | CURLOPT_UPLOAD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_EXPECT_100_TIMEOUT_MS.html | CURLOPT_EXPECT_100_TIMEOUT_MS} from CURLOPT_EXPECT_100_TIMEOUT_MS.md (generated; do not edit)
   */
  EXPECT_100_TIMEOUT_MS: number;
  /**
   * end the transfer on an HTTP error status
   *
   * Pass 1 to treat a final response status of 400 or more as a failed transfer:
   * once the response headers have been handed to the callbacks, the transfer
   * stops without reading the body and returns CURLE_HTTP_RETURNED_ERROR (22),
   * with the text The requested URL returned error: 404 (the status in place of
   * 404). CURLINFO_RESPONSE_CODE(3) still reports the status.
   *
   * Some answers do not count as failures: a 416 to a request resumed with
   * CURLOPT_RESUME_FROM_LARGE(3), since the file is then already complete, and a
   * 401 (or a 407 from a proxy) when credentials were given, which starts an
   * authentication round instead. Once the credentials have been sent and are
   * refused, or the challenge cannot be answered, the 401 or 407 fails as well.
   * Any non-zero value counts as 1.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see CURLINFO_RESPONSE_CODE
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_FAILONERROR.html | CURLOPT_FAILONERROR} from CURLOPT_FAILONERROR.md (generated; do not edit)
   */
  FAILONERROR: boolean | number;
  /**
   * ask for the modification time of the document
   *
   * Set to 1 to have the transfer keep the time the server says the document was
   * last changed (the Last-Modified: header of an HTTP response), which
   * CURLINFO_FILETIME(3) and CURLINFO_FILETIME_T(3) then report. Without it they
   * report -1.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.5
   * @see CURLINFO_FILETIME
   * @see CURLINFO_FILETIME_T
   * @see {@link https://curl.se/libcurl/c/CURLOPT_FILETIME.html | CURLOPT_FILETIME} from CURLOPT_FILETIME.md (generated; do not edit)
   */
  FILETIME: number;
  /**
   * follow HTTP redirects
   *
   * Make the engine request the URL named in the Location: header of a 3xx
   * answer (301, 302, 303, 307 or 308), and keep doing so until a response is not
   * a redirect or CURLOPT_MAXREDIRS(3) is reached. Relative locations are
   * resolved against the current URL. Redirects are followed to http and https
   * URLs only. CURLINFO_REDIRECT_COUNT(3) and CURLINFO_EFFECTIVE_URL(3) tell how
   * many hops were made and where the transfer ended; the header callback sees
   * the headers of every response along the way.
   *
   * The status code decides the next method. After 301 and 302 a POST becomes a
   * GET and after 303 every method except HEAD becomes a GET; the body is then
   * dropped. 307 and 308 repeat the request unchanged, body included. The modes
   * below differ in how they treat a method set with CURLOPT_CUSTOMREQUEST(3).
   *
   * 0
   *
   * Do not follow: a redirect response is the final response.
   *
   * CURLFOLLOW_ALL
   *
   * Follow, and send a custom method in every request of the chain, whatever the
   * status codes say.
   *
   * CURLFOLLOW_OBEYCODE
   *
   * Follow, and keep a custom method after 307 and 308 answers but drop it after
   * 301, 302 and 303, where the method the status code implies is used instead.
   *
   * CURLFOLLOW_FIRSTONLY
   *
   * Follow, but use a custom method only for the first request; redirected
   * requests use the method the status code implies.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see CURLINFO_EFFECTIVE_URL
   * @see CURLINFO_REDIRECT_COUNT
   * @see {@link CURLOPT.CUSTOMREQUEST | CURLOPT_CUSTOMREQUEST}
   * @see {@link CURLOPT.MAXREDIRS | CURLOPT_MAXREDIRS}
   * @see {@link CURLOPT.POST | CURLOPT_POST}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_FOLLOWLOCATION.html | CURLOPT_FOLLOWLOCATION} from CURLOPT_FOLLOWLOCATION.md (generated; do not edit)
   */
  FOLLOWLOCATION: 0 | typeof CURLFOLLOW_ALL | typeof CURLFOLLOW_OBEYCODE | typeof CURLFOLLOW_FIRSTONLY;
  /**
   * close the connection after the transfer
   *
   * Pass 1 to have the connection closed as soon as the transfer is done instead
   * of being kept in the cache for later transfers. The request itself is not
   * changed (no Connection: close is added). Use it for one-off requests to
   * hosts you will not talk to again. Connect-only connections are never reused
   * anyway; the option does not close them early. Any non-zero value counts as 1.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.7
   * @see CURLINFO_NUM_CONNECTS
   * @see {@link CURLOPT.FRESH_CONNECT | CURLOPT_FRESH_CONNECT}
   * @see {@link CURLOPT.MAXCONNECTS | CURLOPT_MAXCONNECTS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_FORBID_REUSE.html | CURLOPT_FORBID_REUSE} from CURLOPT_FORBID_REUSE.md (generated; do not edit)
   */
  FORBID_REUSE: boolean | number;
  /**
   * do not take a cached connection
   *
   * Pass 1 to make the next transfers open a new connection even when a suitable
   * one is waiting in the cache. The new connection may still be kept for later
   * transfers afterwards, unless CURLOPT_FORBID_REUSE(3) is set too.
   * Connect-only transfers behave this way regardless. Any non-zero value counts
   * as 1.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.7
   * @see CURLINFO_NUM_CONNECTS
   * @see {@link CURLOPT.FORBID_REUSE | CURLOPT_FORBID_REUSE}
   * @see {@link CURLOPT.MAXCONNECTS | CURLOPT_MAXCONNECTS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_FRESH_CONNECT.html | CURLOPT_FRESH_CONNECT} from CURLOPT_FRESH_CONNECT.md (generated; do not edit)
   */
  FRESH_CONNECT: boolean | number;
  /**
   * which AUTH command FTP tries first
   *
   * When CURLOPT_USE_SSL(3) asks for TLS on an ftp:// connection, the connect
   * phase asks the server for it with AUTH SSL or AUTH TLS (RFC 4217); if the
   * first is refused, the other one is tried. Both lead to the same TLS handshake.
   * When both are refused, the login goes on in plain text under CURLUSESSL_TRY
   * and fails with CURLE_USE_SSL_FAILED (64) otherwise. Values outside 0 to 2
   * return CURLE_BAD_FUNCTION_ARGUMENT (43).
   *
   * CURLFTPAUTH_DEFAULT
   *
   * AUTH SSL first, as CURLFTPAUTH_SSL.
   *
   * CURLFTPAUTH_SSL
   *
   * AUTH SSL first, then AUTH TLS.
   *
   * CURLFTPAUTH_TLS
   *
   * AUTH TLS first, then AUTH SSL.
   *
   * manbind serves the connect phase of IMAP, POP3, SMTP and FTP (and their TLS
   * forms) for CURLOPT_CONNECT_ONLY(3) transfers only.
   *
   * Default: CURLFTPAUTH_DEFAULT
   *
   * Protocols: FTP
   *
   * @since 7.12.2
   * @see {@link CURLOPT.USE_SSL | CURLOPT_USE_SSL}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_FTPSSLAUTH.html | CURLOPT_FTPSSLAUTH} from CURLOPT_FTPSSLAUTH.md (generated; do not edit)
   */
  FTPSSLAUTH: typeof CURLFTPAUTH_DEFAULT | typeof CURLFTPAUTH_SSL | typeof CURLFTPAUTH_TLS;
  /**
   * account for the FTP ACCT command
   *
   * Set the account an FTP server may ask for after the user name or password:
   * when it answers 332, the connect phase sends ACCT with this string (RFC 959
   * section 4.1.1). Without an account such a server's request fails the transfer
   * with CURLE_LOGIN_DENIED (67) and the text ACCT requested but none available;
   * an account the server refuses gives CURLE_FTP_WEIRD_PASS_REPLY (11). An
   * account with a control byte (such as CR or LF) is not sent: the transfer fails
   * with CURLE_BAD_FUNCTION_ARGUMENT (43).
   *
   * manbind serves the connect phase of IMAP, POP3, SMTP and FTP (and their TLS
   * forms) for CURLOPT_CONNECT_ONLY(3) transfers only.
   *
   * Default: NULL
   *
   * Protocols: FTP
   *
   * @since 7.13.0
   * @see {@link CURLOPT.USERNAME | CURLOPT_USERNAME}
   * @see {@link CURLOPT.PASSWORD | CURLOPT_PASSWORD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_FTP_ACCOUNT.html | CURLOPT_FTP_ACCOUNT} from CURLOPT_FTP_ACCOUNT.md (generated; do not edit)
   */
  FTP_ACCOUNT: string | null;
  /**
   * command to send when FTP USER is refused
   *
   * Set a command line to send, once, in place of USER when the server refuses
   * the user name (any answer but 2xx, 331 or 332); some servers want a login
   * command of their own, such as SITE AUTH. The server's answer to it is then
   * taken as the answer to USER (a 331 makes the password go next). A command with
   * a control byte (such as CR or LF) is not sent: the transfer fails with
   * CURLE_BAD_FUNCTION_ARGUMENT (43).
   *
   * manbind serves the connect phase of IMAP, POP3, SMTP and FTP (and their TLS
   * forms) for CURLOPT_CONNECT_ONLY(3) transfers only.
   *
   * Default: NULL
   *
   * Protocols: FTP
   *
   * @since 7.15.5
   * @see {@link CURLOPT.FTP_ACCOUNT | CURLOPT_FTP_ACCOUNT}
   * @see {@link CURLOPT.USERNAME | CURLOPT_USERNAME}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_FTP_ALTERNATIVE_TO_USER.html | CURLOPT_FTP_ALTERNATIVE_TO_USER} from CURLOPT_FTP_ALTERNATIVE_TO_USER.md (generated; do not edit)
   */
  FTP_ALTERNATIVE_TO_USER: string | null;
  /**
   * head start of IPv6 over IPv4
   *
   * When a host has addresses of both families, the engine tries IPv6 first and
   * starts on IPv4 in parallel if the IPv6 attempt has not connected within this
   * many milliseconds (the "happy eyeballs" approach of RFC 8305). An attempt
   * that fails outright, because it was refused or the open-socket callback
   * returned CURL_SOCKET_BAD, moves on to the next address at once without
   * waiting. The first attempt to connect wins and the others are closed.
   *
   * Because attempts can overlap, the open-socket and sockopt callbacks may be
   * called for a second address before the first attempt has finished. A
   * timeout of 0 starts the second family right away.
   *
   * Default: 200
   *
   * Protocols: All
   *
   * @since 7.59.0
   * @see {@link CURLOPT.CONNECTTIMEOUT_MS | CURLOPT_CONNECTTIMEOUT_MS}
   * @see {@link CURLOPT.IPRESOLVE | CURLOPT_IPRESOLVE}
   * @see {@link CURLOPT.OPENSOCKETFUNCTION | CURLOPT_OPENSOCKETFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HAPPY_EYEBALLS_TIMEOUT_MS.html | CURLOPT_HAPPY_EYEBALLS_TIMEOUT_MS} from CURLOPT_HAPPY_EYEBALLS_TIMEOUT_MS.md (generated; do not edit)
   */
  HAPPY_EYEBALLS_TIMEOUT_MS: number;
  /**
   * start connections with a PROXY protocol line
   *
   * With 1, each new connection starts with a version 1 PROXY protocol line, the
   * text header HAProxy defined for load balancers to tell a server which client
   * a connection stands for. Servers set up to expect it (HAProxy's
   * accept-proxy, nginx's proxy_protocol, Apache's mod_remoteip) then log
   * and use that client address.
   *
   * The line is PROXY TCP4 SOURCE DEST SPORT DPORT (TCP6 for IPv6) ended by
   * CRLF, with the local and remote address and port of the socket. It is the
   * first thing sent: before the request, and before the TLS handshake of an
   * HTTPS URL. Through an HTTP proxy tunnel it goes inside the tunnel, still
   * naming the socket to the proxy. Over a Unix domain socket the line is
   * PROXY UNKNOWN. CURLOPT_HAPROXY_CLIENT_IP(3) puts another address in it.
   *
   * The line is sent only when a connection is made; a reused connection already
   * had it. Any non-zero value counts as 1.
   *
   * Default: 0, no PROXY line
   *
   * Protocols: All
   *
   * @since 7.60.0
   * @see {@link CURLOPT.HAPROXY_CLIENT_IP | CURLOPT_HAPROXY_CLIENT_IP}
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HAPROXYPROTOCOL.html | CURLOPT_HAPROXYPROTOCOL} from CURLOPT_HAPROXYPROTOCOL.md (generated; do not edit)
   */
  HAPROXYPROTOCOL: number;
  /**
   * client address for the PROXY protocol line
   *
   * Turn on the PROXY protocol line of CURLOPT_HAPROXYPROTOCOL(3) and put
   * client_ip in it as both the source and the destination address, for a
   * client that forwards connections on behalf of someone else. The ports stay
   * those of the socket. The string is not checked: an IPv4 address gives a TCP4
   * line and anything else a TCP6 line, with the text as it is.
   *
   * NULL removes the address and turns the PROXY line off again, whatever
   * CURLOPT_HAPROXYPROTOCOL(3) said before.
   *
   * Default: NULL, no PROXY line
   *
   * Protocols: All
   *
   * @since 8.2.0
   * @see {@link CURLOPT.HAPROXYPROTOCOL | CURLOPT_HAPROXYPROTOCOL}
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HAPROXY_CLIENT_IP.html | CURLOPT_HAPROXY_CLIENT_IP} from CURLOPT_HAPROXY_CLIENT_IP.md (generated; do not edit)
   */
  HAPROXY_CLIENT_IP: string | null;
  /**
   * deliver headers together with the body
   *
   * Pass 1 to have the received header lines passed to the write callback (or
   * written where CURLOPT_WRITEDATA(3) points) in front of the body, just as they
   * arrived: status line, headers and the empty line, for each response including
   * the proxy's answer to CONNECT unless CURLOPT_SUPPRESS_CONNECT_HEADERS(3) is
   * set. The header callback still gets them as well. This suits programs that
   * want the raw response in one stream; CURLOPT_HEADERFUNCTION(3) is the better
   * way to look at headers. Any non-zero value counts as 1.
   *
   * Default: 0
   *
   * Protocols: HTTP, FTP, IMAP, POP3, SMTP
   *
   * @since 7.1
   * @see {@link CURLOPT.HEADERFUNCTION | CURLOPT_HEADERFUNCTION}
   * @see {@link CURLOPT.SUPPRESS_CONNECT_HEADERS | CURLOPT_SUPPRESS_CONNECT_HEADERS}
   * @see {@link CURLOPT.WRITEFUNCTION | CURLOPT_WRITEFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HEADER.html | CURLOPT_HEADER} from CURLOPT_HEADER.md (generated; do not edit)
   */
  HEADER: boolean | number;
  /**
   * application value handed to the header callback
   *
   * Store a value that the engine passes, unchanged, as the last argument
   * (userdata) of each CURLOPT_HEADERFUNCTION(3) call. In manbind any
   * JavaScript value can be used, such as an array that collects the lines or an
   * object describing the request. The engine does not read it.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.10
   * @see {@link CURLOPT.HEADERFUNCTION | CURLOPT_HEADERFUNCTION}
   * @see {@link CURLOPT.WRITEDATA | CURLOPT_WRITEDATA}
   * @see {@link CURLOPT.WRITEFUNCTION | CURLOPT_WRITEFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HEADERDATA.html | CURLOPT_HEADERDATA} from CURLOPT_HEADERDATA.md (generated; do not edit)
   */
  HEADERDATA: unknown;
  /**
   * callback that receives response header lines
   *
   * Set a function that gets the received header lines one at a time, each as
   * sent on the wire with its line ending: the status line, every header, and
   * the empty line that ends the block. Every response is included: interim 1xx
   * responses, each response of a redirect chain, and the proxy's answer to a
   * CONNECT request (unless CURLOPT_SUPPRESS_CONNECT_HEADERS(3) is set), which
   * also arrives for connect-only transfers. With CURLOPT_CONNECT_ONLY(3) set to
   * 2 the callback sees the server's headers before the perform returns.
   *
   * In manbind the callback receives (buffer, size, nitems, userdata): the
   * line as a Uint8Array, size always 1, nitems the number of bytes, and the
   * value of CURLOPT_HEADERDATA(3). The bytes are only valid during the call;
   * copy them to keep them. Return size * nitems to go on. Returning
   * CURL_WRITEFUNC_PAUSE pauses the transfer (see curl_easy_pause(3)): the line
   * counts as not taken and comes again on resume, before anything that followed
   * it. Any other number, or a thrown exception, stops the transfer with
   * CURLE_WRITE_ERROR (23); the exception's message becomes the handle's last
   * error text.
   *
   * Header lines are not decoded or folded for you. A header folded over several
   * lines arrives as the lines that make it up.
   *
   * Default: NULL
   *
   * Without a callback, header lines are only passed on when CURLOPT_HEADER(3)
   * puts them in the body stream.
   *
   * Protocols: HTTP, FTP, POP3, IMAP, SMTP
   *
   * @since 7.7.2
   * @see CURLINFO_HEADER_SIZE
   * @see {@link CURLOPT.HEADER | CURLOPT_HEADER}
   * @see {@link CURLOPT.HEADERDATA | CURLOPT_HEADERDATA}
   * @see {@link CURLOPT.SUPPRESS_CONNECT_HEADERS | CURLOPT_SUPPRESS_CONNECT_HEADERS}
   * @see {@link CURLOPT.WRITEFUNCTION | CURLOPT_WRITEFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HEADERFUNCTION.html | CURLOPT_HEADERFUNCTION} from CURLOPT_HEADERFUNCTION.md (generated; do not edit)
   */
  HEADERFUNCTION: header_callback | null;
  /**
   * which custom headers go to a proxy
   *
   * Choose whether the headers of CURLOPT_HTTPHEADER(3) are also meant for an HTTP
   * proxy, or whether the proxy has its own list in CURLOPT_PROXYHEADER(3). It
   * matters for the CONNECT request that opens a tunnel and for requests sent to a
   * proxy without a tunnel. Only the lowest bit is read.
   *
   * CURLHEADER_UNIFIED
   *
   * One list for everyone: the CONNECT request carries the CURLOPT_HTTPHEADER(3)
   * headers, a request through a proxy without a tunnel carries them alone, and
   * CURLOPT_PROXYHEADER(3) is not used at all. A Proxy-Connection: or
   * Proxy-Authorization: header meant to replace the library's own is then
   * looked for in CURLOPT_HTTPHEADER(3).
   *
   * CURLHEADER_SEPARATE
   *
   * Separate lists: the CONNECT request carries only the CURLOPT_PROXYHEADER(3)
   * headers and the server never sees them through the tunnel, while a request
   * sent to a proxy without a tunnel carries both lists, CURLOPT_HTTPHEADER(3)
   * first.
   *
   * Default: CURLHEADER_SEPARATE
   *
   * Protocols: HTTP
   *
   * @since 7.37.0
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link CURLOPT.PROXYHEADER | CURLOPT_PROXYHEADER}
   * @see {@link CURLOPT.HTTPPROXYTUNNEL | CURLOPT_HTTPPROXYTUNNEL}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HEADEROPT.html | CURLOPT_HEADEROPT} from CURLOPT_HEADEROPT.md (generated; do not edit)
   */
  HEADEROPT: number;
  /**
   * status lines to take as HTTP/1.0 200
   *
   * Give texts that some servers send in place of an HTTP status line, such as
   * "ICY 200 OK" from old streaming servers. In C this is a curl_slist; in
   * manbind an array of strings. A response whose first line begins with one of
   * them, compared in any case, is read as an HTTP/1.0 200 answer: its header
   * lines follow as usual, CURLINFO_RESPONSE_CODE(3) reports 200 and the
   * connection closes after the body, as with HTTP/1.0. Without a matching alias
   * such a first line fails with CURLE_UNSUPPORTED_PROTOCOL (1) and the text
   * Received HTTP/0.9 when not allowed. Lines that start with HTTP/ are never
   * compared with the aliases. null removes them all.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.10.3
   * @see {@link CURLOPT.HTTP_VERSION | CURLOPT_HTTP_VERSION}
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTP200ALIASES.html | CURLOPT_HTTP200ALIASES} from CURLOPT_HTTP200ALIASES.md (generated; do not edit)
   */
  HTTP200ALIASES: readonly string[] | null;
  /**
   * authentication schemes allowed with the server
   *
   * Choose, as a bitmask, which ways of authenticating to the HTTP server the
   * engine may use with the transfer's credentials: CURLOPT_USERPWD(3) (or
   * CURLOPT_USERNAME(3) and CURLOPT_PASSWORD(3)), the user and password in the
   * URL, or the token of CURLOPT_XOAUTH2_BEARER(3).
   *
   * With exactly one scheme set, the engine uses it from the first request: Basic
   * and Bearer credentials travel with the first request, Digest waits for the
   * server's challenge. With several schemes set, the first request goes without
   * credentials; when the server answers 401, the engine reads its
   * WWW-Authenticate headers, picks the strongest scheme both sides accept
   * (Bearer when a token is set, then Digest, then Basic) and sends the same
   * request again. A POST body is sent again too. While a Digest challenge is
   * still to come, a POST goes out as a probe with Content-Length: 0.
   *
   * When the server refuses the credentials it sent (a second 401), the engine
   * stops and the transfer ends with that 401 answer and CURLE_OK, as libcurl
   * does. A Digest challenge the engine cannot use, for instance one naming an
   * unknown algorithm, is skipped the same way. CURLINFO_HTTPAUTH_AVAIL(3) and
   * CURLINFO_HTTPAUTH_USED(3) tell what was offered and what was used.
   *
   * After a redirect to another host, port or scheme, credentials from the options
   * are not sent unless CURLOPT_UNRESTRICTED_AUTH(3) is set. An Authorization
   * header in CURLOPT_HTTPHEADER(3) replaces Basic and Bearer.
   *
   * manbind implements Basic, Digest and Bearer. It treats the other schemes the
   * way a libcurl built without them does: their bits are dropped when the option
   * is set, and when nothing usable remains setopt returns CURLE_NOT_BUILT_IN (4).
   *
   * CURLAUTH_BASIC
   *
   * User name and password, base64-encoded, in an Authorization header (RFC
   * 7617). Readable by anyone on the path to the server.
   *
   * CURLAUTH_DIGEST
   *
   * Digest access authentication (RFC 7616): the password is never sent, only a
   * hash over the server's challenge. MD5, SHA-256 and SHA-512-256 (and their
   * -sess forms), qop auth and userhash are supported. It costs a 401 round trip.
   *
   * CURLAUTH_DIGEST_IE
   *
   * An old variant of Digest; manbind, like libcurl, turns it into
   * CURLAUTH_DIGEST. Deprecated since libcurl 8.21.0.
   *
   * CURLAUTH_BEARER
   *
   * The OAuth 2 token of CURLOPT_XOAUTH2_BEARER(3) in an Authorization: Bearer
   * header (RFC 6750).
   *
   * CURLAUTH_NEGOTIATE
   *
   * SPNEGO (Kerberos) authentication. Not built in: the bit is dropped.
   *
   * CURLAUTH_NTLM
   *
   * Microsoft NTLM. Not built in: the bit is dropped.
   *
   * CURLAUTH_AWS_SIGV4
   *
   * AWS V4 request signing. Not built in: the bit is dropped.
   *
   * CURLAUTH_ONLY
   *
   * Combined with one scheme, use that scheme even if the server did not ask for
   * it. Alone it leaves nothing to use.
   *
   * CURLAUTH_ANY
   *
   * Every scheme: in manbind Bearer, Digest or Basic, whichever the server offers.
   *
   * CURLAUTH_ANYSAFE
   *
   * Every scheme except Basic: in manbind Bearer or Digest.
   *
   * Default: CURLAUTH_BASIC
   *
   * Protocols: HTTP
   *
   * @since 7.10.6
   * @see CURLINFO_HTTPAUTH_AVAIL
   * @see CURLINFO_HTTPAUTH_USED
   * @see {@link CURLOPT.PROXYAUTH | CURLOPT_PROXYAUTH}
   * @see {@link CURLOPT.UNRESTRICTED_AUTH | CURLOPT_UNRESTRICTED_AUTH}
   * @see {@link CURLOPT.USERPWD | CURLOPT_USERPWD}
   * @see {@link CURLOPT.XOAUTH2_BEARER | CURLOPT_XOAUTH2_BEARER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTPAUTH.html | CURLOPT_HTTPAUTH} from CURLOPT_HTTPAUTH.md (generated; do not edit)
   */
  HTTPAUTH: number;
  /**
   * custom headers for HTTP requests
   *
   * Add, replace or remove request headers. In C this is a curl_slist; in
   * manbind an array of strings, each one header without the line ending.
   * Each entry works in one of three ways:
   *
   * - Name: value adds the header, or replaces the header of that name the
   *   engine would send itself (Host, Accept, User-Agent,
   *   Content-Type, Content-Length ...).
   * - Name: with nothing after the colon removes the engine's header of that
   *   name and sends nothing.
   * - Name; sends the header with an empty value.
   *
   * The engine does not check the text, so a line must not contain CR or LF and
   * must not be the request line; the method is changed with
   * CURLOPT_CUSTOMREQUEST(3). The headers go to the server in HTTP requests and WebSocket upgrade
   * requests (where a header named like one of the upgrade headers replaces it),
   * never to a proxy's CONNECT request, which takes CURLOPT_PROXYHEADER(3). When
   * the request goes to an HTTP proxy without a tunnel, they are part of that
   * request. Each call replaces the whole list; null or an empty array removes
   * it.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.CUSTOMREQUEST | CURLOPT_CUSTOMREQUEST}
   * @see {@link CURLOPT.HEADER | CURLOPT_HEADER}
   * @see {@link CURLOPT.PROXYHEADER | CURLOPT_PROXYHEADER}
   * @see {@link CURLOPT.USERAGENT | CURLOPT_USERAGENT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTPHEADER.html | CURLOPT_HTTPHEADER} from CURLOPT_HTTPHEADER.md (generated; do not edit)
   */
  HTTPHEADER: readonly string[] | null;
  /**
   * always tunnel through the HTTP proxy
   *
   * Pass 1 to make every transfer through an HTTP proxy open a tunnel with a
   * CONNECT host:port request first and run inside it. Without it, only plain
   * http URLs are treated differently: they are handed to the proxy as ordinary
   * requests carrying the absolute URL (and a connect-only transfer stops once it
   * reaches the proxy, so the application talks to the proxy). https, ws, wss and
   * other schemes are tunnelled either way.
   *
   * Any 2xx answer opens the tunnel. Another status makes the perform fail with
   * CURLE_COULDNT_CONNECT (7) and sets CURLINFO_HTTP_CONNECTCODE(3); a proxy that
   * closes the connection or answers something that is not HTTP gives
   * CURLE_RECV_ERROR (56). Bytes the proxy sends after its answer are kept for
   * the first recv. The proxy's answer headers go to the header callback unless
   * CURLOPT_SUPPRESS_CONNECT_HEADERS(3) is set.
   *
   * Any non-zero value counts as 1.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.3
   * @see CURLINFO_HTTP_CONNECTCODE
   * @see {@link CURLOPT.CONNECT_ONLY | CURLOPT_CONNECT_ONLY}
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link CURLOPT.PROXYHEADER | CURLOPT_PROXYHEADER}
   * @see {@link CURLOPT.SUPPRESS_CONNECT_HEADERS | CURLOPT_SUPPRESS_CONNECT_HEADERS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTPPROXYTUNNEL.html | CURLOPT_HTTPPROXYTUNNEL} from CURLOPT_HTTPPROXYTUNNEL.md (generated; do not edit)
   */
  HTTPPROXYTUNNEL: boolean | number;
  /**
   * decode compressed response bodies
   *
   * Pass 0 to hand response bodies to the write callback exactly as the server
   * sent them, still compressed, even when CURLOPT_ACCEPT_ENCODING(3) asked for a
   * compressed response. The Accept-Encoding: header is sent all the same. Pass
   * 1 to have bodies decoded again. Nothing is decoded unless
   * CURLOPT_ACCEPT_ENCODING(3) is set, whatever this says. Any non-zero value
   * counts as 1.
   *
   * Default: 1
   *
   * Protocols: HTTP
   *
   * @since 7.16.2
   * @see {@link CURLOPT.ACCEPT_ENCODING | CURLOPT_ACCEPT_ENCODING}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTP_CONTENT_DECODING.html | CURLOPT_HTTP_CONTENT_DECODING} from CURLOPT_HTTP_CONTENT_DECODING.md (generated; do not edit)
   */
  HTTP_CONTENT_DECODING: boolean | number;
  /**
   * undo chunked framing of response bodies
   *
   * Pass 0 to receive a chunked response body with its framing: the chunk sizes,
   * line ends and the closing zero-size chunk reach the write callback exactly as
   * the server sent them. The library still reads the framing to know where the
   * body ends, and the trailer fields after the last chunk are not handed to the
   * header callback. The sizes the transfer reports count these raw bytes. Pass 1
   * to get the plain body again. Bodies that are not chunked are not affected. Any
   * non-zero value counts as 1.
   *
   * Default: 1
   *
   * Protocols: HTTP
   *
   * @since 7.16.2
   * @see {@link CURLOPT.ACCEPT_ENCODING | CURLOPT_ACCEPT_ENCODING}
   * @see {@link CURLOPT.HTTP_CONTENT_DECODING | CURLOPT_HTTP_CONTENT_DECODING}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTP_TRANSFER_DECODING.html | CURLOPT_HTTP_TRANSFER_DECODING} from CURLOPT_HTTP_TRANSFER_DECODING.md (generated; do not edit)
   */
  HTTP_TRANSFER_DECODING: boolean | number;
  /**
   * HTTP version to use
   *
   * Choose the HTTP version of the requests the engine sends to servers, and
   * what its TLS connections to https servers offer in ALPN. HTTP/2 runs over
   * Node's built-in nghttp2. The HTTP/3 values are known but setopt refuses them
   * with CURLE_UNSUPPORTED_PROTOCOL (1), as a libcurl built without HTTP/3 does.
   * WebSocket upgrades always use HTTP/1.1, and the version of a proxy's CONNECT
   * request is chosen with CURLOPT_PROXYTYPE(3). A connect-only transfer
   * (CURLOPT_CONNECT_ONLY(3)) offers HTTP/1 alone in ALPN and speaks no HTTP/2
   * whatever is set here, so the stream handed over speaks the HTTP/1.1 the
   * application writes.
   *
   * When a server resets an HTTP/2 stream with HTTP_1_1_REQUIRED, the request goes
   * again on a new connection that offers HTTP/1.1 alone, for the rest of that
   * transfer.
   *
   * CURL_HTTP_VERSION_NONE
   *
   * Let the library choose: HTTP/2 when an https server accepts h2 in ALPN
   * (offered as h2,http/1.1), HTTP/1.1 otherwise and for http:// URLs.
   *
   * CURL_HTTP_VERSION_1_0
   *
   * Send HTTP/1.0 requests, offering http/1.0,http/1.1 in ALPN. The server is
   * then expected to close the connection after each response unless it
   * announces keep-alive.
   *
   * CURL_HTTP_VERSION_1_1
   *
   * Send HTTP/1.1 requests, offering http/1.1 alone in ALPN.
   *
   * CURL_HTTP_VERSION_2_0
   *
   * HTTP/2 where ALPN agrees on it, HTTP/1.1 otherwise. On http:// URLs (when no
   * TLS is involved, not even to a proxy) each HTTP/1.1 request offers the switch:
   * Upgrade: h2c with an HTTP2-Settings line and Connection: Upgrade,
   * HTTP2-Settings, and no Expect: 100-continue. A server that answers 101 goes
   * on in HTTP/2: the response comes on stream 1 and the connection carries later
   * requests as HTTP/2 streams. A server that answers otherwise is spoken to in
   * HTTP/1.1.
   *
   * CURL_HTTP_VERSION_2TLS
   *
   * HTTP/2 over TLS when ALPN agrees on it, HTTP/1.1 otherwise.
   *
   * CURL_HTTP_VERSION_2_PRIOR_KNOWLEDGE
   *
   * HTTP/2 from the first byte on http:// URLs (h2c, no upgrade), unless the
   * request goes to an HTTP proxy without a tunnel; on https only h2 is
   * offered.
   *
   * CURL_HTTP_VERSION_3
   *
   * HTTP/3, falling back to older versions. Not supported.
   *
   * CURL_HTTP_VERSION_3ONLY
   *
   * HTTP/3 only. Not supported.
   *
   * Default: CURL_HTTP_VERSION_NONE
   *
   * Protocols: HTTP
   *
   * @since 7.9.1
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link CURLOPT.IPRESOLVE | CURLOPT_IPRESOLVE}
   * @see {@link CURLOPT.PROXYTYPE | CURLOPT_PROXYTYPE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_HTTP_VERSION.html | CURLOPT_HTTP_VERSION} from CURLOPT_HTTP_VERSION.md (generated; do not edit)
   */
  HTTP_VERSION:
    | typeof CURL_HTTP_VERSION_NONE
    | typeof CURL_HTTP_VERSION_1_0
    | typeof CURL_HTTP_VERSION_1_1
    | typeof CURL_HTTP_VERSION_2_0
    | typeof CURL_HTTP_VERSION_2TLS
    | typeof CURL_HTTP_VERSION_2_PRIOR_KNOWLEDGE
    | typeof CURL_HTTP_VERSION_3
    | typeof CURL_HTTP_VERSION_3ONLY;
  /**
   * read response bodies until the connection closes
   *
   * Pass 1 to disregard the Content-Length: header of responses: a body that is
   * not chunked then runs until the server closes the connection, however long
   * the header said it was, and the connection is not used again. The size is
   * unknown to the transfer, so CURLINFO_CONTENT_LENGTH_DOWNLOAD_T(3) reports -1
   * and CURLOPT_MAXFILESIZE_LARGE(3) can only stop the body once it grows past the
   * limit. Meant for servers that announce a wrong length. Any non-zero value
   * counts as 1.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.14.1
   * @see {@link CURLOPT.MAXFILESIZE_LARGE | CURLOPT_MAXFILESIZE_LARGE}
   * @see {@link CURLOPT.HTTP_TRANSFER_DECODING | CURLOPT_HTTP_TRANSFER_DECODING}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_IGNORE_CONTENT_LENGTH.html | CURLOPT_IGNORE_CONTENT_LENGTH} from CURLOPT_IGNORE_CONTENT_LENGTH.md (generated; do not edit)
   */
  IGNORE_CONTENT_LENGTH: boolean | number;
  /**
   * size of the body to upload
   *
   * The number of bytes the upload body (CURLOPT_UPLOAD(3)) will have. It is
   * sent as Content-Length, and the read callback is not asked for more than that
   * many bytes; one that ends early fails the transfer with CURLE_READ_ERROR (26).
   * -1 means the size is unknown: the body then goes with
   * Transfer-Encoding: chunked.
   *
   * CURLOPT_INFILESIZE_LARGE(3) is the same option with a curl_off_t argument; in
   * manbind both take any integer a JavaScript number holds exactly.
   *
   * Default: -1
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.INFILESIZE_LARGE | CURLOPT_INFILESIZE_LARGE}
   * @see {@link CURLOPT.UPLOAD | CURLOPT_UPLOAD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_INFILESIZE.html | CURLOPT_INFILESIZE} from CURLOPT_INFILESIZE.md (generated; do not edit)
   */
  INFILESIZE: number;
  /**
   * size of the body to upload
   *
   * The number of bytes the upload body (CURLOPT_UPLOAD(3)) will have. It is
   * sent as Content-Length, and the read callback is not asked for more than that
   * many bytes; one that ends early fails the transfer with CURLE_READ_ERROR (26).
   * -1 means the size is unknown: the body then goes with
   * Transfer-Encoding: chunked.
   *
   * This is CURLOPT_INFILESIZE(3) with a curl_off_t argument, for sizes past 2 GB
   * on systems with a 32-bit long. A bigint is taken as well as a number.
   *
   * Default: -1
   *
   * Protocols: HTTP
   *
   * @since 7.11.0
   * @see {@link CURLOPT.INFILESIZE | CURLOPT_INFILESIZE}
   * @see {@link CURLOPT.UPLOAD | CURLOPT_UPLOAD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_INFILESIZE_LARGE.html | CURLOPT_INFILESIZE_LARGE} from CURLOPT_INFILESIZE_LARGE.md (generated; do not edit)
   */
  INFILESIZE_LARGE: number | bigint;
  /**
   * local interface or address to connect from
   *
   * Choose the local end of each TCP connection the handle makes, so that the
   * peer sees it come from a given address. The string takes one of these forms:
   *
   * if!NAME names a network interface, such as lo or eth0. The engine binds
   * to the first address the interface has in the family of the address being
   * connected to (for IPv6, one of the same scope: ::1 for ::1, a link-local
   * address for a link-local one). An interface that does not exist fails the
   * perform with CURLE_INTERFACE_FAILED (45) and the text Could not bind to
   * interface 'NAME' with errno 19: No such device; it is never taken for a host
   * name. An interface without an address of the right family fails only that
   * address, and the next one is tried.
   *
   * host!HOST names an IP address or a host name. A name is resolved for the
   * family of the connection; an address of the other family fails that attempt
   * and the next address is tried.
   *
   * A string without a prefix is tried as an interface name first and, when no
   * interface has that name, as a host. When neither works the perform fails with
   * CURLE_INTERFACE_FAILED (45) and Could not bind to 'STRING' with errno 19: No
   * such device.
   *
   * ifhost!NAME!HOST binds to HOST; the interface name is not used (see below).
   *
   * This runtime cannot tie a socket to an interface the way SO_BINDTODEVICE does,
   * because Node.js has no call for it. Every interface form therefore binds to
   * the interface's address, which is what libcurl itself does where that socket
   * option is missing or refused. Traffic to an address reached through another
   * interface follows the routing table rather than the named interface. An
   * interface with no address at all is not known to Node.js and counts as one
   * that does not exist.
   *
   * CURLOPT_LOCALPORT(3) and CURLOPT_LOCALPORTRANGE(3) combine with any form. With
   * VERBOSE the engine reports the address it picked and the bound port.
   *
   * Sockets handed in by an open-socket callback and Unix domain sockets are not
   * bound. NULL removes the setting.
   *
   * Default: NULL, the operating system picks the local address
   *
   * Protocols: All
   *
   * @since 7.3
   * @see {@link CURLOPT.LOCALPORT | CURLOPT_LOCALPORT}
   * @see {@link CURLOPT.LOCALPORTRANGE | CURLOPT_LOCALPORTRANGE}
   * @see CURLINFO_LOCAL_IP
   * @see {@link https://curl.se/libcurl/c/CURLOPT_INTERFACE.html | CURLOPT_INTERFACE} from CURLOPT_INTERFACE.md (generated; do not edit)
   */
  INTERFACE: string | null;
  /**
   * which IP versions a host name may resolve to
   *
   * Restrict the addresses a transfer tries to one IP family. It affects names
   * looked up with DNS, the fixed entries of CURLOPT_RESOLVE(3) and the two
   * addresses manbind uses for localhost. A numeric IP address in the URL is
   * used as it is.
   *
   * CURL_IPRESOLVE_WHATEVER
   *
   * Use both families, IPv6 first, then IPv4 (see
   * CURLOPT_HAPPY_EYEBALLS_TIMEOUT_MS(3)).
   *
   * CURL_IPRESOLVE_V4
   *
   * Only IPv4 addresses are tried.
   *
   * CURL_IPRESOLVE_V6
   *
   * Only IPv6 addresses are tried.
   *
   * Default: CURL_IPRESOLVE_WHATEVER
   *
   * Protocols: All
   *
   * @since 7.10.8
   * @see {@link CURLOPT.HAPPY_EYEBALLS_TIMEOUT_MS | CURLOPT_HAPPY_EYEBALLS_TIMEOUT_MS}
   * @see {@link CURLOPT.HTTP_VERSION | CURLOPT_HTTP_VERSION}
   * @see {@link CURLOPT.RESOLVE | CURLOPT_RESOLVE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_IPRESOLVE.html | CURLOPT_IPRESOLVE} from CURLOPT_IPRESOLVE.md (generated; do not edit)
   */
  IPRESOLVE: typeof CURL_IPRESOLVE_WHATEVER | typeof CURL_IPRESOLVE_V4 | typeof CURL_IPRESOLVE_V6;
  /**
   * require the server certificate to come from this issuer
   *
   * Name a PEM file with a CA certificate. After the certificate checks, the server's certificate must have been
   * issued and signed by this certificate (its issuer name and signature are
   * checked), whatever chain the server sent. A certificate that did not issue
   * it, or one that cannot be read, fails the perform with
   * CURLE_SSL_ISSUER_ERROR (83); the failure text names the problem only when
   * CURLOPT_SSL_VERIFYPEER(3) or CURLOPT_SSL_VERIFYHOST(3) is on. A passed check
   * is noted in the verbose output.
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.19.0
   * @see {@link CURLOPT.CAINFO | CURLOPT_CAINFO}
   * @see {@link CURLOPT.ISSUERCERT_BLOB | CURLOPT_ISSUERCERT_BLOB}
   * @see {@link CURLOPT.SSL_VERIFYPEER | CURLOPT_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_ISSUERCERT.html | CURLOPT_ISSUERCERT} from CURLOPT_ISSUERCERT.md (generated; do not edit)
   */
  ISSUERCERT: string | null;
  /**
   * require the server certificate to come from this issuer, from memory
   *
   * Give a CA certificate as PEM bytes (a Uint8Array, copied when set) in
   * place of the file of CURLOPT_ISSUERCERT(3). After the certificate checks, the server's certificate must have been
   * issued and signed by this certificate (its issuer name and signature are
   * checked), whatever chain the server sent. A certificate that did not issue
   * it, or one that cannot be read, fails the perform with
   * CURLE_SSL_ISSUER_ERROR (83); the failure text names the problem only when
   * CURLOPT_SSL_VERIFYPEER(3) or CURLOPT_SSL_VERIFYHOST(3) is on. A passed check
   * is noted in the verbose output.
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.71.0
   * @see {@link CURLOPT.ISSUERCERT | CURLOPT_ISSUERCERT}
   * @see {@link CURLOPT.SSL_VERIFYPEER | CURLOPT_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_ISSUERCERT_BLOB.html | CURLOPT_ISSUERCERT_BLOB} from CURLOPT_ISSUERCERT_BLOB.md (generated; do not edit)
   */
  ISSUERCERT_BLOB: Uint8Array | null;
  /**
   * go on sending the body after an error answer
   *
   * When the server answers with a status of 300 or more while the request body
   * is still being sent (or before it was sent, while Expect: 100-continue
   * waits for the go-ahead), the body normally stops there and the connection is
   * closed once the answer is read. Set this to 1 to send the whole body anyway,
   * as a server that reads it before it answers expects (such as one doing NTLM
   * by hand through CURLOPT_HTTPHEADER(3)); the connection may then be kept. A
   * 417 answer to Expect: 100-continue is not affected: the request goes again
   * without Expect.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.51.0
   * @see {@link CURLOPT.EXPECT_100_TIMEOUT_MS | CURLOPT_EXPECT_100_TIMEOUT_MS}
   * @see {@link CURLOPT.FAILONERROR | CURLOPT_FAILONERROR}
   * @see {@link CURLOPT.UPLOAD | CURLOPT_UPLOAD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_KEEP_SENDING_ON_ERROR.html | CURLOPT_KEEP_SENDING_ON_ERROR} from CURLOPT_KEEP_SENDING_ON_ERROR.md (generated; do not edit)
   */
  KEEP_SENDING_ON_ERROR: number;
  /**
   * passphrase of the client's private key
   *
   * Set the passphrase that decrypts the private key of CURLOPT_SSLKEY(3) (or
   * the key stored with the certificate of CURLOPT_SSLCERT(3)). It is not needed
   * for unencrypted keys. A wrong passphrase makes the perform fail with
   * CURLE_SSL_CERTPROBLEM (58). libcurl also uses this option for SSH keys, which
   * manbind does not support.
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: All)
   *
   * @since 7.17.0
   * @see {@link CURLOPT.SSLCERT | CURLOPT_SSLCERT}
   * @see {@link CURLOPT.SSLKEY | CURLOPT_SSLKEY}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_KEYPASSWD.html | CURLOPT_KEYPASSWD} from CURLOPT_KEYPASSWD.md (generated; do not edit)
   */
  KEYPASSWD: string | null;
  /**
   * local port to connect from
   *
   * Bind the local end of each connection to this port before connecting, for
   * peers or firewalls that care where connections come from. 0 leaves the
   * choice to the operating system. When the port is taken, the engine tries the
   * following ports as CURLOPT_LOCALPORTRANGE(3) allows; when none of them can be
   * bound the perform fails with CURLE_INTERFACE_FAILED (45).
   *
   * Sockets that an open-socket callback supplies are not bound by the engine.
   * CURLINFO_LOCAL_PORT(3) tells which port was used.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.15.2
   * @see CURLINFO_LOCAL_PORT
   * @see {@link CURLOPT.LOCALPORTRANGE | CURLOPT_LOCALPORTRANGE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_LOCALPORT.html | CURLOPT_LOCALPORT} from CURLOPT_LOCALPORT.md (generated; do not edit)
   */
  LOCALPORT: number;
  /**
   * how many local ports to try
   *
   * Give the number of consecutive local ports, starting at CURLOPT_LOCALPORT(3),
   * the engine may try to bind before it gives up. With 1 only the port itself is
   * tried. A larger range helps when several connections need a port from the
   * same small block. Without CURLOPT_LOCALPORT(3) the range has no effect.
   *
   * Default: 1
   *
   * Protocols: All
   *
   * @since 7.15.2
   * @see CURLINFO_LOCAL_PORT
   * @see {@link CURLOPT.LOCALPORT | CURLOPT_LOCALPORT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_LOCALPORTRANGE.html | CURLOPT_LOCALPORTRANGE} from CURLOPT_LOCALPORTRANGE.md (generated; do not edit)
   */
  LOCALPORTRANGE: number;
  /**
   * which login mechanism to use
   *
   * Choose how the login of IMAP, POP3 and SMTP is done, with options separated by
   * semicolons. AUTH=NAME allows the SASL mechanism NAME (PLAIN, LOGIN,
   * CRAM-MD5, DIGEST-MD5, XOAUTH2, OAUTHBEARER or EXTERNAL) and may be repeated;
   * the first one replaces the default set, which is every mechanism but EXTERNAL.
   * AUTH=* brings the default set back. IMAP also knows AUTH=+LOGIN: the LOGIN
   * command and no SASL; POP3 knows AUTH=+APOP: APOP only. Among the allowed
   * mechanisms the server offers, the most secure is chosen, in the order
   * EXTERNAL, DIGEST-MD5, CRAM-MD5, OAUTHBEARER, XOAUTH2, PLAIN, LOGIN.
   *
   * When unset, options written in the URL's user part are used
   * (imap://alice;AUTH=PLAIN@example.com/). An option this list does not name
   * fails the connect phase with CURLE_URL_MALFORMAT (3).
   *
   * manbind serves the connect phase of IMAP, POP3, SMTP and FTP (and their TLS
   * forms) for CURLOPT_CONNECT_ONLY(3) transfers only.
   *
   * Default: NULL
   *
   * Protocols: IMAP, POP3, SMTP
   *
   * @since 7.34.0
   * @see {@link CURLOPT.USERNAME | CURLOPT_USERNAME}
   * @see {@link CURLOPT.SASL_IR | CURLOPT_SASL_IR}
   * @see {@link CURLOPT.XOAUTH2_BEARER | CURLOPT_XOAUTH2_BEARER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_LOGIN_OPTIONS.html | CURLOPT_LOGIN_OPTIONS} from CURLOPT_LOGIN_OPTIONS.md (generated; do not edit)
   */
  LOGIN_OPTIONS: string | null;
  /**
   * speed under which a transfer counts as too slow
   *
   * Set a speed in bytes per second. When a transfer moves fewer bytes than this
   * per second, measured over the last few seconds, for CURLOPT_LOW_SPEED_TIME(3)
   * seconds in a row, it is stopped with CURLE_OPERATION_TIMEDOUT (28) and the
   * text "Operation too slow. Less than N bytes/sec transferred the last S
   * seconds". Both options must be set (non-zero) for the check to happen. The
   * speed is checked about once a second, also while nothing arrives; a paused
   * transfer is not checked, and a resumed one starts counting afresh.
   *
   * Default: 0: no check.
   *
   * Protocols: All
   *
   * @since 7.1
   * @see {@link CURLOPT.LOW_SPEED_TIME | CURLOPT_LOW_SPEED_TIME}
   * @see {@link CURLOPT.MAX_RECV_SPEED_LARGE | CURLOPT_MAX_RECV_SPEED_LARGE}
   * @see {@link CURLOPT.TIMEOUT | CURLOPT_TIMEOUT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_LOW_SPEED_LIMIT.html | CURLOPT_LOW_SPEED_LIMIT} from CURLOPT_LOW_SPEED_LIMIT.md (generated; do not edit)
   */
  LOW_SPEED_LIMIT: number;
  /**
   * how long a transfer may stay too slow
   *
   * Set the number of seconds a transfer may stay below CURLOPT_LOW_SPEED_LIMIT(3)
   * before it is stopped with CURLE_OPERATION_TIMEDOUT (28). Both options must be
   * set (non-zero) for the check to happen.
   *
   * Default: 0: no check.
   *
   * Protocols: All
   *
   * @since 7.1
   * @see {@link CURLOPT.LOW_SPEED_LIMIT | CURLOPT_LOW_SPEED_LIMIT}
   * @see {@link CURLOPT.TIMEOUT | CURLOPT_TIMEOUT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_LOW_SPEED_TIME.html | CURLOPT_LOW_SPEED_TIME} from CURLOPT_LOW_SPEED_TIME.md (generated; do not edit)
   */
  LOW_SPEED_TIME: number;
  /**
   * longest idle time of a connection to reuse
   *
   * Set how many seconds a kept-alive connection may have been idle and still be
   * used for a new request. When a transfer finds a matching connection in the
   * cache that has waited longer, it closes that one (verbose output says Too old
   * connection) and connects anew. Servers often drop idle connections after a
   * while, and a request sent on one that is gone wastes a round trip. The limit
   * is read by the transfer looking for a connection. 0 means no limit.
   *
   * Default: 118
   *
   * Protocols: All
   *
   * @since 7.65.0
   * @see {@link CURLOPT.MAXLIFETIME_CONN | CURLOPT_MAXLIFETIME_CONN}
   * @see {@link CURLOPT.FORBID_REUSE | CURLOPT_FORBID_REUSE}
   * @see {@link CURLOPT.FRESH_CONNECT | CURLOPT_FRESH_CONNECT}
   * @see {@link CURLOPT.MAXCONNECTS | CURLOPT_MAXCONNECTS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_MAXAGE_CONN.html | CURLOPT_MAXAGE_CONN} from CURLOPT_MAXAGE_CONN.md (generated; do not edit)
   */
  MAXAGE_CONN: number;
  /**
   * size of the handle's connection cache
   *
   * Set how many idle connections the handle keeps open for reuse after its
   * transfers with easy.perform(). When a finished transfer would leave more
   * than that, the connection idle for the longest time is closed. Connect-only
   * connections are never kept for reuse and do not count. Lowering the number
   * closes surplus connections at the next transfer.
   *
   * The setting only applies to the cache of easy.perform(). While the handle
   * is added to a multi handle, the multi handle's cache and its
   * CURLMOPT_MAXCONNECTS(3) apply instead.
   *
   * Default: 5
   *
   * Protocols: All
   *
   * @since 7.7
   * @see CURLMOPT_MAXCONNECTS
   * @see CURLMOPT_MAX_HOST_CONNECTIONS
   * @see {@link CURLOPT.FORBID_REUSE | CURLOPT_FORBID_REUSE}
   * @see {@link CURLOPT.FRESH_CONNECT | CURLOPT_FRESH_CONNECT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_MAXCONNECTS.html | CURLOPT_MAXCONNECTS} from CURLOPT_MAXCONNECTS.md (generated; do not edit)
   */
  MAXCONNECTS: number;
  /**
   * largest response body to accept
   *
   * Set the largest response body, in bytes, the transfer accepts. A response
   * that announces a bigger Content-Length: fails before its body is read, with
   * CURLE_FILESIZE_EXCEEDED (63) and the text Maximum file size exceeded. A body
   * of unknown size (chunked, or ending when the connection closes) is passed on
   * up to the limit; the byte that goes past it ends the transfer with 63 and a
   * text naming the limit and the bytes received. The body of a redirect being
   * followed does not count.
   *
   * The limit applies to the bytes as they come over the network, before any
   * decoding asked for with CURLOPT_ACCEPT_ENCODING(3). 0 means no limit. CURLOPT_MAXFILESIZE_LARGE(3) sets the same limit with a 64-bit type.
   *
   * Default: 0: no limit.
   *
   * Protocols: HTTP
   *
   * @since 7.10.8
   * @see {@link CURLOPT.MAXFILESIZE_LARGE | CURLOPT_MAXFILESIZE_LARGE}
   * @see {@link CURLOPT.MAX_RECV_SPEED_LARGE | CURLOPT_MAX_RECV_SPEED_LARGE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_MAXFILESIZE.html | CURLOPT_MAXFILESIZE} from CURLOPT_MAXFILESIZE.md (generated; do not edit)
   */
  MAXFILESIZE: number;
  /**
   * largest response body to accept
   *
   * Set the largest response body, in bytes, the transfer accepts. A response
   * that announces a bigger Content-Length: fails before its body is read, with
   * CURLE_FILESIZE_EXCEEDED (63) and the text Maximum file size exceeded. A body
   * of unknown size (chunked, or ending when the connection closes) is passed on
   * up to the limit; the byte that goes past it ends the transfer with 63 and a
   * text naming the limit and the bytes received. The body of a redirect being
   * followed does not count.
   *
   * The limit applies to the bytes as they come over the network, before any
   * decoding asked for with CURLOPT_ACCEPT_ENCODING(3). 0 means no limit.
   *
   * The value is a number or a bigint.
   *
   * Default: 0: no limit.
   *
   * Protocols: HTTP
   *
   * @since 7.11.0
   * @see {@link CURLOPT.MAXFILESIZE | CURLOPT_MAXFILESIZE}
   * @see {@link CURLOPT.MAX_RECV_SPEED_LARGE | CURLOPT_MAX_RECV_SPEED_LARGE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_MAXFILESIZE_LARGE.html | CURLOPT_MAXFILESIZE_LARGE} from CURLOPT_MAXFILESIZE_LARGE.md (generated; do not edit)
   */
  MAXFILESIZE_LARGE: number | bigint;
  /**
   * longest life of a connection to reuse
   *
   * Set how many seconds after it was made a connection may still be taken from
   * the cache for a new request. A matching connection that is older is closed
   * (verbose output says Too old connection) and a new one is made. A request
   * already under way on a connection is not cut short by this. Useful to spread
   * load again when servers behind one name change. 0 means no limit.
   *
   * Default: 86400 (24 hours)
   *
   * Protocols: All
   *
   * @since 7.80.0
   * @see {@link CURLOPT.MAXAGE_CONN | CURLOPT_MAXAGE_CONN}
   * @see {@link CURLOPT.FORBID_REUSE | CURLOPT_FORBID_REUSE}
   * @see {@link CURLOPT.FRESH_CONNECT | CURLOPT_FRESH_CONNECT}
   * @see {@link CURLOPT.MAXCONNECTS | CURLOPT_MAXCONNECTS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_MAXLIFETIME_CONN.html | CURLOPT_MAXLIFETIME_CONN} from CURLOPT_MAXLIFETIME_CONN.md (generated; do not edit)
   */
  MAXLIFETIME_CONN: number;
  /**
   * limit on redirects followed
   *
   * Set how many redirects CURLOPT_FOLLOWLOCATION(3) may follow in one perform.
   * When a further redirect arrives after that many, the perform stops with
   * CURLE_TOO_MANY_REDIRECTS (47). 0 refuses every redirect in that way, and -1
   * removes the limit, which lets a redirect loop run forever. Without
   * CURLOPT_FOLLOWLOCATION(3) the value has no effect.
   *
   * Default: 30
   *
   * Protocols: HTTP
   *
   * @since 7.5
   * @see CURLINFO_REDIRECT_COUNT
   * @see {@link CURLOPT.FOLLOWLOCATION | CURLOPT_FOLLOWLOCATION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_MAXREDIRS.html | CURLOPT_MAXREDIRS} from CURLOPT_MAXREDIRS.md (generated; do not edit)
   */
  MAXREDIRS: number;
  /**
   * cap on the download speed
   *
   * Set the highest average speed, in bytes per second, at which a transfer
   * receives its response body. Bytes are handed out in steps of about a second,
   * each with that many bytes to spend; when a step's bytes are spent, nothing
   * more is read from the connection until the next step begins, so the server is
   * slowed down as well. Over a transfer of several seconds the average stays
   * close to the cap; a short one can go a little faster at its end. Response
   * heads are not held back.
   *
   * The value is a number or a bigint.
   *
   * Default: 0: no cap.
   *
   * Protocols: All
   *
   * @since 7.15.5
   * @see CURLINFO_SPEED_DOWNLOAD_T
   * @see {@link CURLOPT.LOW_SPEED_LIMIT | CURLOPT_LOW_SPEED_LIMIT}
   * @see {@link CURLOPT.MAX_SEND_SPEED_LARGE | CURLOPT_MAX_SEND_SPEED_LARGE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_MAX_RECV_SPEED_LARGE.html | CURLOPT_MAX_RECV_SPEED_LARGE} from CURLOPT_MAX_RECV_SPEED_LARGE.md (generated; do not edit)
   */
  MAX_RECV_SPEED_LARGE: number | bigint;
  /**
   * cap on the upload speed
   *
   * Set the highest average speed, in bytes per second, at which a transfer sends
   * upload data: a body read through CURLOPT_READFUNCTION(3) or
   * CURLOPT_READDATA(3) is read only as fast as the cap lets it out, averaged
   * over each second. Bodies set with CURLOPT_POSTFIELDS(3) go out with the
   * request head without being held back.
   *
   * The value is a number or a bigint.
   *
   * Default: 0: no cap.
   *
   * Protocols: All
   *
   * @since 7.15.5
   * @see CURLINFO_SPEED_UPLOAD_T
   * @see {@link CURLOPT.MAX_RECV_SPEED_LARGE | CURLOPT_MAX_RECV_SPEED_LARGE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_MAX_SEND_SPEED_LARGE.html | CURLOPT_MAX_SEND_SPEED_LARGE} from CURLOPT_MAX_SEND_SPEED_LARGE.md (generated; do not edit)
   */
  MAX_SEND_SPEED_LARGE: number | bigint;
  /**
   * send a multipart form from a mime structure
   *
   * Send a POST whose body is the mime structure made with curl_mime_init(3):
   * a multipart/form-data body (RFC 7578) with a part per curl_mime_addpart(3)
   * call, each with its Content-Disposition (form-data; name="..." and
   * filename="..."), Content-Type and content, between boundaries. The request
   * carries Content-Type: multipart/form-data; boundary=...; a Content-Type of
   * the application's own (CURLOPT_HTTPHEADER(3)) replaces the type and keeps the
   * boundary. The body's size is known up front unless a part's is not (a
   * callback of unknown size, quoted-printable), in which case it is sent chunked;
   * a body over 1 MiB or of unknown size goes with Expect: 100-continue. Files
   * are read as they are sent.
   *
   * The body is read again from its start when the request goes again: a 307 or
   * 308 redirect, an authentication round (CURLOPT_HTTPAUTH(3)) or a 417 answer.
   * A 301, 302 or 303 turns the request into a GET without body unless
   * CURLOPT_POSTREDIR(3) says otherwise. CURLOPT_CUSTOMREQUEST(3) changes the
   * method word and keeps the body.
   *
   * The mime is not copied: it must stay unchanged and not be freed while a
   * transfer uses it, and it can be one handle's MIMEPOST at a time (a second
   * handle gets CURLE_BAD_FUNCTION_ARGUMENT). Setting NULL detaches it and leaves
   * a POST with an empty body; CURLOPT_POSTFIELDS(3) set on the handle takes
   * precedence (manbind reads the request kind from the options, not from the
   * order they were set in). In manbind the value is a Mime.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.56.0
   * @see {@link CURLOPT.MIME_OPTIONS | CURLOPT_MIME_OPTIONS}
   * @see {@link CURLOPT.POSTFIELDS | CURLOPT_POSTFIELDS}
   * @see curl_mime_init
   * @see {@link https://curl.se/libcurl/c/CURLOPT_MIMEPOST.html | CURLOPT_MIMEPOST} from CURLOPT_MIMEPOST.md (generated; do not edit)
   */
  MIMEPOST: CurlMime | null;
  /**
   * how mime form names are escaped
   *
   * A bitmask of flags for the mime bodies of CURLOPT_MIMEPOST(3). One flag
   * exists:
   *
   * CURLMIMEOPT_FORMESCAPE
   *
   * Escape part names and filenames in Content-Disposition with backslashes, a
   * \\ before each backslash and double quote, as older browsers did. Without
   * it a double quote, CR and LF are sent as %22, %0D and %0A, as the HTML
   * standard says for form submissions. With the flag, a name or filename holding
   * CR or LF cannot be sent: the transfer fails with CURLE_BAD_FUNCTION_ARGUMENT
   * (43).
   *
   * Other bits are ignored.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.81.0
   * @see {@link CURLOPT.MIMEPOST | CURLOPT_MIMEPOST}
   * @see curl_mime_name
   * @see curl_mime_filename
   * @see {@link https://curl.se/libcurl/c/CURLOPT_MIME_OPTIONS.html | CURLOPT_MIME_OPTIONS} from CURLOPT_MIME_OPTIONS.md (generated; do not edit)
   */
  MIME_OPTIONS: number;
  /**
   * take user names and passwords from a .netrc file
   *
   * Say whether the engine looks up the credentials for the host of the URL in a
   * .netrc file, and how they rank against the user name and password written in
   * the URL. The file is CURLOPT_NETRC_FILE(3) when set, else the file the
   * NETRC environment variable names, else .netrc in the home directory.
   *
   * The file is a list of entries: machine followed by a host name, or
   * default for every host, then login with a user name, password with a
   * password and account (ignored), separated by spaces or line breaks. A value
   * with spaces is written in double quotes, where \n, \r and \t stand for
   * line break, carriage return and tab. macdef starts a macro that runs to the
   * next empty line and is skipped, as are lines starting with #. Host names
   * compare without regard to case; the first matching entry wins. When the URL
   * names a user, only an entry with that login and a password counts.
   *
   * Credentials set with CURLOPT_USERPWD(3), CURLOPT_USERNAME(3),
   * CURLOPT_PASSWORD(3) or CURLOPT_XOAUTH2_BEARER(3) are never replaced; the file
   * is not read for a host they go to.
   *
   * In manbind the file is read for HTTP and HTTPS transfers, before each
   * connection, so a redirect to another host looks up that host's entry.
   *
   * CURL_NETRC_IGNORED
   *
   * The file is not read. The default.
   *
   * CURL_NETRC_OPTIONAL
   *
   * The file fills in what the URL lacks: with a user name and a password in the
   * URL the file is not read. A missing file, or no entry for the host, is only
   * mentioned in the verbose output.
   *
   * CURL_NETRC_REQUIRED
   *
   * The file's entry replaces the URL's password. A file that is missing or cannot
   * be parsed (a quote that never closes) fails the transfer with
   * CURLE_READ_ERROR (26) before anything is connected; no entry for the host is
   * only mentioned in the verbose output.
   *
   * Default: CURL_NETRC_IGNORED
   *
   * Protocols: All
   *
   * @since 7.1
   * @see {@link CURLOPT.NETRC_FILE | CURLOPT_NETRC_FILE}
   * @see {@link CURLOPT.USERNAME | CURLOPT_USERNAME}
   * @see {@link CURLOPT.USERPWD | CURLOPT_USERPWD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_NETRC.html | CURLOPT_NETRC} from CURLOPT_NETRC.md (generated; do not edit)
   */
  NETRC: typeof CURL_NETRC_IGNORED | typeof CURL_NETRC_OPTIONAL | typeof CURL_NETRC_REQUIRED;
  /**
   * the .netrc file to read
   *
   * Give the path of the file CURLOPT_NETRC(3) reads credentials from, instead of
   * the file named by the NETRC environment variable or .netrc in the home
   * directory. Setting it alone does nothing: CURLOPT_NETRC(3) must also be set.
   *
   * NULL goes back to the default file.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.11.0
   * @see {@link CURLOPT.NETRC | CURLOPT_NETRC}
   * @see {@link CURLOPT.PASSWORD | CURLOPT_PASSWORD}
   * @see {@link CURLOPT.USERNAME | CURLOPT_USERNAME}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_NETRC_FILE.html | CURLOPT_NETRC_FILE} from CURLOPT_NETRC_FILE.md (generated; do not edit)
   */
  NETRC_FILE: string | null;
  /**
   * ask for the headers only
   *
   * Pass 1 to fetch a resource without its body. For HTTP the engine sends a
   * HEAD request, so the server answers with headers alone; the header callback
   * and the infos such as CURLINFO_CONTENT_LENGTH_DOWNLOAD_T(3) still work, and
   * the write callback gets nothing.
   *
   * Setting it turns a POST set with CURLOPT_POST(3) back into a HEAD. Setting it
   * back to 0 makes the request a GET again; it does not restore an earlier
   * POST. With CURLOPT_CUSTOMREQUEST(3) the custom method is sent but the engine
   * still expects no body in the answer. Any non-zero value counts as 1.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.1
   * @see CURLINFO_CONTENT_LENGTH_DOWNLOAD_T
   * @see {@link CURLOPT.CUSTOMREQUEST | CURLOPT_CUSTOMREQUEST}
   * @see {@link CURLOPT.POST | CURLOPT_POST}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_NOBODY.html | CURLOPT_NOBODY} from CURLOPT_NOBODY.md (generated; do not edit)
   */
  NOBODY: boolean | number;
  /**
   * switch the progress callbacks off
   *
   * Set onoff to 0 to have the progress callback of CURLOPT_XFERINFOFUNCTION(3)
   * (or the older CURLOPT_PROGRESSFUNCTION(3)) called while transfers run; 1 keeps
   * it silent. With 0 and no callback set, the built-in text progress meter is
   * written to CURLOPT_STDERR(3) instead: two title lines once per handle (again
   * after curl_easy_reset(3)), then for each request a status line at the start,
   * at most one a second while it runs and one at the end, followed by a newline.
   * Each status line starts with a carriage return and shows the percent and
   * amount of the total, of what was received and of what was sent, the average
   * download and upload speeds, the expected total, spent and remaining time, and
   * the current speed; amounts from 100000 on are given in units of 1024 with a k,
   * M, G, T or P suffix. A callback that returns CURL_PROGRESSFUNC_CONTINUE lets
   * the meter print as well.
   *
   * Any number other than 0 means on, as for every boolean option.
   *
   * Default: 1: no progress callbacks.
   *
   * Protocols: All
   *
   * @since 7.1
   * @see {@link CURLOPT.PROGRESSFUNCTION | CURLOPT_PROGRESSFUNCTION}
   * @see {@link CURLOPT.VERBOSE | CURLOPT_VERBOSE}
   * @see {@link CURLOPT.XFERINFOFUNCTION | CURLOPT_XFERINFOFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_NOPROGRESS.html | CURLOPT_NOPROGRESS} from CURLOPT_NOPROGRESS.md (generated; do not edit)
   */
  NOPROGRESS: boolean | number;
  /**
   * hosts reached without the proxy
   *
   * List, separated by commas, the hosts that transfers reach directly even
   * though CURLOPT_PROXY(3) is set. An entry matches the URL's host when it is
   * the same name, or when the host ends in . followed by the entry, so
   * example.com covers example.com and www.example.com but not
   * badexample.com. Case does not matter and a leading dot in an entry is
   * ignored. IP addresses are compared as addresses; IPv6 ones are written without
   * brackets, and an address may carry a /bits suffix to match a whole network
   * (10.0.0.0/8, fd00::/8). A lone * matches every host, which turns the
   * proxy off.
   *
   * Only the URL's host is compared, before any name resolution. An empty string
   * excludes nothing. While the option is null, the no_proxy (or NO_PROXY)
   * environment variable is consulted instead, as libcurl does.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.19.4
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link CURLOPT.PROXYAUTH | CURLOPT_PROXYAUTH}
   * @see {@link CURLOPT.PROXYTYPE | CURLOPT_PROXYTYPE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_NOPROXY.html | CURLOPT_NOPROXY} from CURLOPT_NOPROXY.md (generated; do not edit)
   */
  NOPROXY: string | null;
  /**
   * keep the library away from process signals
   *
   * In C, libcurl may install signal handlers (for SIGPIPE, and SIGALRM to time out
   * name lookups) unless this is 1, which matters for threaded programs. manbind
   * never touches process signals: Node reports a closed socket as an error event,
   * not a signal, and timeouts are timers of the event loop. The option is
   * accepted so that code written for libcurl runs unchanged, and its value is
   * stored and has no effect. Any non-zero value counts as 1.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.10
   * @see {@link CURLOPT.TIMEOUT | CURLOPT_TIMEOUT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_NOSIGNAL.html | CURLOPT_NOSIGNAL} from CURLOPT_NOSIGNAL.md (generated; do not edit)
   */
  NOSIGNAL: boolean | number;
  /**
   * application value handed to the open-socket callback
   *
   * Store a value that the engine hands, untouched, as the first argument
   * (clientp) of every call to the CURLOPT_OPENSOCKETFUNCTION(3) callback. In
   * manbind it can be any JavaScript value: an object holding sockets prepared
   * in advance, a counter, a logger. The engine never reads or copies it.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.17.1
   * @see {@link CURLOPT.CLOSESOCKETFUNCTION | CURLOPT_CLOSESOCKETFUNCTION}
   * @see {@link CURLOPT.OPENSOCKETFUNCTION | CURLOPT_OPENSOCKETFUNCTION}
   * @see {@link CURLOPT.SOCKOPTFUNCTION | CURLOPT_SOCKOPTFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_OPENSOCKETDATA.html | CURLOPT_OPENSOCKETDATA} from CURLOPT_OPENSOCKETDATA.md (generated; do not edit)
   */
  OPENSOCKETDATA: unknown;
  /**
   * callback that supplies the socket for a connection attempt
   *
   * Set a function the engine calls, in place of creating a socket itself, once
   * for every address it tries to connect to. With a proxy that is the proxy's
   * address, since the first hop is where the socket goes. It is called again
   * for any new connection a proxy authentication round trip needs.
   *
   * In manbind the callback receives (clientp, purpose, address). clientp is
   * whatever was set with CURLOPT_OPENSOCKETDATA(3). purpose is always
   * CURLSOCKTYPE_IPCXN (0). address is a mutable object
   * { family, socktype, protocol, addrlen, addr: { address, port } }: family is
   * 2 for IPv4 or 10 for IPv6, protocol is 6 (TCP), addrlen is 16 or 28, and
   * addr holds the IP address as a string and the port as a number. socktype is
   * 1 (SOCK_STREAM); real libcurl on Linux shows 0x80001 because it adds
   * SOCK_CLOEXEC, which means nothing for a Node socket. Change addr.address or
   * addr.port and the engine connects there instead; verbose output,
   * CURLINFO_PRIMARY_IP(3) and CURLINFO_PRIMARY_PORT(3) then report the changed
   * address.
   *
   * The callback returns one of:
   *
   * - a net.Socket that is not connected yet: the engine connects it to the
   *   address.
   * - any stream.Duplex (for instance a socket the application connected
   *   itself, or an in-memory pair): combine it with a sockopt callback that
   *   returns CURL_SOCKOPT_ALREADY_CONNECTED so the engine uses it as it is.
   * - a file descriptor number, which the engine wraps in a net.Socket.
   * - CURL_SOCKET_BAD (-1): this address is skipped and the next one is tried.
   *   No close callback runs, since there is no socket. When no address is left,
   *   the perform fails with CURLE_COULDNT_CONNECT (7).
   *
   * A callback that throws counts as returning CURL_SOCKET_BAD, and the thrown
   * error's message becomes the handle's last error text. Whatever socket the
   * callback hands over belongs to the engine from then on: it is closed through
   * CURLOPT_CLOSESOCKETFUNCTION(3) when set, or destroyed otherwise.
   *
   * Default: NULL
   *
   * With no callback the engine creates a fresh net.Socket for each address.
   *
   * Protocols: All
   *
   * @since 7.17.1
   * @see {@link CURLOPT.CLOSESOCKETFUNCTION | CURLOPT_CLOSESOCKETFUNCTION}
   * @see {@link CURLOPT.OPENSOCKETDATA | CURLOPT_OPENSOCKETDATA}
   * @see {@link CURLOPT.SOCKOPTFUNCTION | CURLOPT_SOCKOPTFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_OPENSOCKETFUNCTION.html | CURLOPT_OPENSOCKETFUNCTION} from CURLOPT_OPENSOCKETFUNCTION.md (generated; do not edit)
   */
  OPENSOCKETFUNCTION: opensocket_callback | null;
  /**
   * password for the transfer
   *
   * Set the password to log in with, exactly as given. It goes with the user name
   * of CURLOPT_USERNAME(3), or the one in the URL, to the login of IMAP, POP3,
   * SMTP and FTP and to HTTP's Basic authentication. A password in the URL is only
   * used when this option is not set.
   *
   * The password is sent as the protocol asks: in clear text inside LOGIN, PASS,
   * USER/PASS or SASL PLAIN and LOGIN (base64 is no protection), hashed for
   * CRAM-MD5, DIGEST-MD5 and APOP. As libcurl does, the commands that carry it are
   * shown as sent in the verbose output and passed to the debug callback. For
   * IMAP, POP3, SMTP and FTP a control byte in it fails the transfer with
   * CURLE_BAD_FUNCTION_ARGUMENT (43) before anything is connected.
   *
   * manbind serves the connect phase of IMAP, POP3, SMTP and FTP (and their TLS
   * forms) for CURLOPT_CONNECT_ONLY(3) transfers only.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.19.1
   * @see {@link CURLOPT.USERNAME | CURLOPT_USERNAME}
   * @see {@link CURLOPT.USERPWD | CURLOPT_USERPWD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PASSWORD.html | CURLOPT_PASSWORD} from CURLOPT_PASSWORD.md (generated; do not edit)
   */
  PASSWORD: string | null;
  /**
   * keep dot segments in URL paths
   *
   * Pass 1 to send the path of CURLOPT_URL(3) with its /./ and /../ segments
   * as they are written. By default the library removes them first, as RFC 3986
   * section 5.2.4 describes, so /a/b/../c is requested as /a/c. Some servers
   * treat such paths in their own way, and tests of path handling need them to
   * arrive untouched. The same applies to the URLs of redirects that are followed.
   * Any non-zero value counts as 1.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.42.0
   * @see {@link CURLOPT.REQUEST_TARGET | CURLOPT_REQUEST_TARGET}
   * @see {@link CURLOPT.URL | CURLOPT_URL}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PATH_AS_IS.html | CURLOPT_PATH_AS_IS} from CURLOPT_PATH_AS_IS.md (generated; do not edit)
   */
  PATH_AS_IS: boolean | number;
  /**
   * accept only servers with this public key
   *
   * Pin the public key the server's certificate must carry. The value is either a list of hashes or the name of a file:
   *
   * - sha256// followed by the base64 SHA-256 of the key's DER
   *   SubjectPublicKeyInfo; several are joined with ;
   *   (sha256//AAA=;sha256//BBB=), and any one of them may match. The verbose
   *   output shows the server key's own hash.
   * - any other string is a file path, holding the public key in PEM
   *   (-----BEGIN PUBLIC KEY-----) or in DER.
   *
   * The check runs after the certificate checks, also when verification is off.
   * A key that matches none, and a file that cannot be read or parsed, make the
   * perform fail with CURLE_SSL_PINNEDPUBKEYNOTMATCH (90); setopt only stores the
   * string.
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.39.0
   * @see {@link CURLOPT.CAINFO | CURLOPT_CAINFO}
   * @see {@link CURLOPT.PROXY_PINNEDPUBLICKEY | CURLOPT_PROXY_PINNEDPUBLICKEY}
   * @see {@link CURLOPT.SSL_VERIFYPEER | CURLOPT_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PINNEDPUBLICKEY.html | CURLOPT_PINNEDPUBLICKEY} from CURLOPT_PINNEDPUBLICKEY.md (generated; do not edit)
   */
  PINNEDPUBLICKEY: string | null;
  /**
   * wait for a connection that may multiplex
   *
   * Pass 1 to have a transfer that starts while another connection to the same
   * origin is still being set up wait for it, and then run as a stream of it when
   * it turns out to speak HTTP/2 (see CURLMOPT_PIPELINING(3)), rather than open a
   * connection of its own at once. When the connection speaks HTTP/1.1 the
   * transfer opens its own after all. Without it, transfers added at the same
   * moment each connect, and only later ones share. Any non-zero value counts as
   * 1.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.43.0
   * @see CURLMOPT_MAX_HOST_CONNECTIONS
   * @see CURLMOPT_PIPELINING
   * @see {@link CURLOPT.FORBID_REUSE | CURLOPT_FORBID_REUSE}
   * @see {@link CURLOPT.FRESH_CONNECT | CURLOPT_FRESH_CONNECT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PIPEWAIT.html | CURLOPT_PIPEWAIT} from CURLOPT_PIPEWAIT.md (generated; do not edit)
   */
  PIPEWAIT: number;
  /**
   * override the port of the URL
   *
   * Connect to this remote port instead of the one in CURLOPT_URL(3) or the
   * scheme's default. It takes 1 to 65535; 0 means "not set", so the URL decides
   * (which also means port 0 itself cannot be chosen this way). The override
   * applies to the target server: the host name and port a proxy tunnel asks for
   * and the Host: header use it, while the proxy's own port comes from
   * CURLOPT_PROXY(3) or CURLOPT_PROXYPORT(3).
   *
   * Writing the port in the URL is usually clearer; this option is kept for
   * programs that build URLs without one.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.1
   * @see CURLINFO_PRIMARY_PORT
   * @see {@link CURLOPT.CONNECT_TO | CURLOPT_CONNECT_TO}
   * @see {@link CURLOPT.PROXYPORT | CURLOPT_PROXYPORT}
   * @see {@link CURLOPT.URL | CURLOPT_URL}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PORT.html | CURLOPT_PORT} from CURLOPT_PORT.md (generated; do not edit)
   */
  PORT: number;
  /**
   * make the request a POST
   *
   * Pass 1 to send an HTTP POST. The body comes from CURLOPT_POSTFIELDS(3).
   * manbind has no read callback, so without that option the POST goes out with
   * an empty body (Content-Length: 0), where libcurl would read the body from
   * its read callback. Unless CURLOPT_HTTPHEADER(3) says otherwise, the request
   * carries Content-Type: application/x-www-form-urlencoded, as libcurl sends.
   * Setting CURLOPT_POSTFIELDS(3) alone already implies a POST, so this option
   * is mostly useful to go back and forth.
   *
   * Pass 0 to return to GET. Setting it clears a HEAD chosen with
   * CURLOPT_NOBODY(3). Any non-zero value counts as 1. When a redirect is
   * followed, 301, 302 and 303 answers turn the POST into a GET, see
   * CURLOPT_FOLLOWLOCATION(3).
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.CUSTOMREQUEST | CURLOPT_CUSTOMREQUEST}
   * @see {@link CURLOPT.NOBODY | CURLOPT_NOBODY}
   * @see {@link CURLOPT.POSTFIELDS | CURLOPT_POSTFIELDS}
   * @see {@link CURLOPT.POSTFIELDSIZE | CURLOPT_POSTFIELDSIZE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_POST.html | CURLOPT_POST} from CURLOPT_POST.md (generated; do not edit)
   */
  POST: boolean | number;
  /**
   * body of a POST request
   *
   * Give the data to send as the body of an HTTP POST, and make the request a
   * POST. The engine sends the string as UTF-8 bytes, exactly as given: encode
   * form fields yourself (for example with URLSearchParams) and set a fitting
   * Content-Type: with CURLOPT_HTTPHEADER(3) when the body is not the default
   * application/x-www-form-urlencoded. The length is the byte length of the
   * string unless CURLOPT_POSTFIELDSIZE(3) says otherwise; the request carries a
   * matching Content-Length:. An empty string sends a POST with an empty body.
   *
   * libcurl keeps only a pointer to the C string, so a C program must keep the
   * buffer alive until the transfer is done; manbind keeps the string itself.
   * Setting null forgets the data. If a redirect turns the request into a GET
   * (see CURLOPT_FOLLOWLOCATION(3)), the body is dropped.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.CUSTOMREQUEST | CURLOPT_CUSTOMREQUEST}
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link CURLOPT.POST | CURLOPT_POST}
   * @see {@link CURLOPT.POSTFIELDSIZE | CURLOPT_POSTFIELDSIZE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_POSTFIELDS.html | CURLOPT_POSTFIELDS} from CURLOPT_POSTFIELDS.md (generated; do not edit)
   */
  POSTFIELDS: string | null;
  /**
   * number of POST bytes to send
   *
   * Say how many bytes of CURLOPT_POSTFIELDS(3) make up the request body. In C
   * this is what allows binary data with zero bytes in it, since libcurl would
   * otherwise stop at the first zero. In manbind the length of the UTF-8 encoded
   * string is known anyway, so the option mostly serves to send a prefix of it.
   * The size must not exceed that length. -1 means "use the whole data".
   *
   * Default: -1
   *
   * Protocols: HTTP
   *
   * @since 7.2
   * @see {@link CURLOPT.POST | CURLOPT_POST}
   * @see {@link CURLOPT.POSTFIELDS | CURLOPT_POSTFIELDS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_POSTFIELDSIZE.html | CURLOPT_POSTFIELDSIZE} from CURLOPT_POSTFIELDSIZE.md (generated; do not edit)
   */
  POSTFIELDSIZE: number;
  /**
   * number of POST bytes to send
   *
   * CURLOPT_POSTFIELDSIZE(3) with a curl_off_t argument: how many bytes of
   * CURLOPT_POSTFIELDS(3) make up the request body, which must not be more than
   * the data holds. -1 means "use the whole data".
   *
   * For a POST whose body comes from CURLOPT_READFUNCTION(3) (no
   * CURLOPT_POSTFIELDS(3) set) it is the body size, sent as Content-Length; -1
   * there means unknown, and the body goes with Transfer-Encoding: chunked.
   *
   * Default: -1
   *
   * Protocols: HTTP
   *
   * @since 7.11.1
   * @see {@link CURLOPT.POSTFIELDS | CURLOPT_POSTFIELDS}
   * @see {@link CURLOPT.POSTFIELDSIZE | CURLOPT_POSTFIELDSIZE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_POSTFIELDSIZE_LARGE.html | CURLOPT_POSTFIELDSIZE_LARGE} from CURLOPT_POSTFIELDSIZE_LARGE.md (generated; do not edit)
   */
  POSTFIELDSIZE_LARGE: number | bigint;
  /**
   * which redirects keep a POST a POST
   *
   * When CURLOPT_FOLLOWLOCATION(3) follows a 301, 302 or 303 answer to a POST,
   * the next request is a GET without a body, as browsers do. Each bit set here
   * keeps the POST, body included, for that status: CURL_REDIR_POST_301,
   * CURL_REDIR_POST_302 and CURL_REDIR_POST_303; CURL_REDIR_POST_ALL sets all
   * three. A 307 or 308 always keeps the method.
   *
   * A body from CURLOPT_READFUNCTION(3) that goes again needs
   * CURLOPT_SEEKFUNCTION(3) to start over; without it the transfer fails with
   * CURLE_SEND_FAIL_REWIND (65). Bits other than these three are ignored.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.19.1
   * @see {@link CURLOPT.FOLLOWLOCATION | CURLOPT_FOLLOWLOCATION}
   * @see {@link CURLOPT.POSTFIELDS | CURLOPT_POSTFIELDS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_POSTREDIR.html | CURLOPT_POSTREDIR} from CURLOPT_POSTREDIR.md (generated; do not edit)
   */
  POSTREDIR: number;
  /**
   * value handed to the pre-request callback
   *
   * Set any value to be passed, as it is, as the first argument of the
   * CURLOPT_PREREQFUNCTION(3) callback.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.80.0
   * @see {@link CURLOPT.PREREQFUNCTION | CURLOPT_PREREQFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PREREQDATA.html | CURLOPT_PREREQDATA} from CURLOPT_PREREQDATA.md (generated; do not edit)
   */
  PREREQDATA: unknown;
  /**
   * callback run just before each request goes out
   *
   * Give a function that is called once the connection for a request is ready
   * and before the request is sent: after any proxy and TLS handshakes, for every
   * request of a redirect chain (a reused connection too), and for a
   * connect-only perform once it has connected. It gets the value set with
   * CURLOPT_PREREQDATA(3), the address and port of the peer (the proxy when one is
   * used) and the local address and port of the connection.
   *
   * Return CURL_PREREQFUNC_OK (0) to go on. Anything else, a throw or a value that
   * is not a number included, stops the transfer before the request is sent: the
   * perform returns CURLE_ABORTED_BY_CALLBACK (42) with the text "operation
   * aborted by pre-request callback" (a thrown message is kept as the error text
   * first).
   *
   * Default: NULL: no callback.
   *
   * Protocols: All
   *
   * @since 7.80.0
   * @see CURLINFO_PRIMARY_IP
   * @see CURLINFO_PRIMARY_PORT
   * @see {@link CURLOPT.PREREQDATA | CURLOPT_PREREQDATA}
   * @see {@link CURLOPT.XFERINFOFUNCTION | CURLOPT_XFERINFOFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PREREQFUNCTION.html | CURLOPT_PREREQFUNCTION} from CURLOPT_PREREQFUNCTION.md (generated; do not edit)
   */
  PREREQFUNCTION: prereq_callback | null;
  /**
   * SOCKS proxy to go through before the proxy
   *
   * Name a SOCKS proxy that the connection passes first. With CURLOPT_PROXY(3)
   * naming an HTTP proxy, the socket goes to this SOCKS proxy, the SOCKS
   * handshake asks it for a connection to the HTTP proxy, and the HTTP proxy is
   * then used as usual: a CONNECT tunnel, or plain requests for http:// URLs.
   * Without CURLOPT_PROXY(3) (and then without any proxy environment variable)
   * the pre-proxy alone carries the connection to the target, as a SOCKS proxy
   * named by CURLOPT_PROXY(3) would.
   *
   * The string is [scheme://][user[:password]@]host[:port]. The scheme picks
   * the SOCKS version: socks4://, socks4a://, socks5://, or socks5h://
   * (SOCKS5 with the proxy resolving the target's name). Without a scheme the
   * pre-proxy is SOCKS4; CURLOPT_PROXYTYPE(3) does not apply to it. An IPv6
   * address goes in brackets. Without a port, CURLOPT_PROXYPORT(3) is used, and
   * 1080 when that is not set either.
   *
   * Credentials for the pre-proxy come only from its own string (URL-decoded);
   * CURLOPT_PROXYUSERPWD(3) and its relatives are for the proxy named by
   * CURLOPT_PROXY(3).
   *
   * An http:// or https:// pre-proxy is refused when the transfer starts
   * with CURLE_COULDNT_RESOLVE_PROXY (5), and so is a SOCKS proxy in
   * CURLOPT_PROXY(3) together with a pre-proxy. Hosts that CURLOPT_NOPROXY(3)
   * lists skip the pre-proxy as well. An empty string means no pre-proxy and also
   * stops the proxy environment variables from being read.
   *
   * The string is copied; the application may change or free its own afterwards.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.52.0
   * @see CURLINFO_PROXY_ERROR
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link CURLOPT.PROXYTYPE | CURLOPT_PROXYTYPE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PRE_PROXY.html | CURLOPT_PRE_PROXY} from CURLOPT_PRE_PROXY.md (generated; do not edit)
   */
  PRE_PROXY: string | null;
  /**
   * attach an application value to the handle
   *
   * Keep any value of the application's on the handle and get it back later with
   * CURLINFO_PRIVATE(3). The engine never looks at it. It is handy with a multi
   * handle, where a finished Easy comes back from multi.infoRead() and the
   * application wants to know which of its requests that was. In manbind the
   * value can be anything, and getinfo returns the very same value.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.10.3
   * @see CURLINFO_PRIVATE
   * @see {@link CURLOPT.DEBUGDATA | CURLOPT_DEBUGDATA}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PRIVATE.html | CURLOPT_PRIVATE} from CURLOPT_PRIVATE.md (generated; do not edit)
   */
  PRIVATE: unknown;
  /**
   * progress callback with floating point figures (deprecated)
   *
   * The older form of CURLOPT_XFERINFOFUNCTION(3), whose four figures are doubles
   * in C. It is called at the same moments, with the same arguments, and its
   * return value means the same: 0 or CURL_PROGRESSFUNC_CONTINUE go on, anything
   * else stops the transfer with CURLE_ABORTED_BY_CALLBACK (42). It is only
   * called when CURLOPT_NOPROGRESS(3) is 0 and no CURLOPT_XFERINFOFUNCTION(3) is
   * set. In JavaScript both get plain numbers.
   *
   * Default: NULL: no callback.
   *
   * Protocols: All
   *
   * @since 7.1
   * @deprecated Deprecated since 7.32.0, in favour of CURLOPT_XFERINFOFUNCTION(3).
   * @see {@link CURLOPT.NOPROGRESS | CURLOPT_NOPROGRESS}
   * @see {@link CURLOPT.XFERINFODATA | CURLOPT_XFERINFODATA}
   * @see {@link CURLOPT.XFERINFOFUNCTION | CURLOPT_XFERINFOFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROGRESSFUNCTION.html | CURLOPT_PROGRESSFUNCTION} from CURLOPT_PROGRESSFUNCTION.md (generated; do not edit)
   */
  PROGRESSFUNCTION: progress_callback | null;
  /**
   * the schemes a transfer may use
   *
   * Limit the schemes this handle's transfers may use, for the URL set with
   * CURLOPT_URL(3) and for every redirect followed. A perform whose URL has
   * another scheme fails with CURLE_UNSUPPORTED_PROTOCOL (1) and the text
   * Protocol "SCHEME" is disabled before anything is connected; a redirect to
   * one fails the same way, with  (in redirect) added. Useful when the URL comes
   * from somewhere the application does not trust.
   *
   * The list is scheme names separated by commas, in any case, such as
   * "http,https"; empty names between commas are skipped. "all" allows every
   * scheme. A name this library has no handler for returns
   * CURLE_UNSUPPORTED_PROTOCOL (1) and a list without any name returns
   * CURLE_BAD_FUNCTION_ARGUMENT (43); the previous setting stays then.
   *
   * null allows every scheme again.
   *
   * Default: all schemes
   *
   * Protocols: All
   *
   * @since 7.85.0
   * @see {@link CURLOPT.REDIR_PROTOCOLS_STR | CURLOPT_REDIR_PROTOCOLS_STR}
   * @see {@link CURLOPT.URL | CURLOPT_URL}
   * @see CURLINFO_SCHEME
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROTOCOLS_STR.html | CURLOPT_PROTOCOLS_STR} from CURLOPT_PROTOCOLS_STR.md (generated; do not edit)
   */
  PROTOCOLS_STR: string | null;
  /**
   * the HTTP proxy to go through
   *
   * Name the proxy that transfers of this handle connect through, as
   * [http://][user:password@]host[:port]. The host may be a name, an IPv4
   * address or a bracketed IPv6 address. Without a port, 1080 is used (unless
   * CURLOPT_PROXYPORT(3) gives one), as libcurl documents it; libcurl 8.21 and
   * later pick the scheme's default port instead, which manbind does not follow.
   * A user name and password in the string are URL-decoded and used as if set
   * with CURLOPT_PROXYUSERPWD(3).
   *
   * No scheme or http:// selects an HTTP proxy, and CURLOPT_PROXYTYPE(3)
   * chooses between HTTP/1.1 and HTTP/1.0 for the CONNECT request (or names
   * another kind for a string without a scheme). socks4://, socks4a://,
   * socks5:// and socks5h:// (and socks://, which is SOCKS4) select a SOCKS
   * proxy: it carries the connection to the target for every scheme and mode,
   * and a failed SOCKS handshake ends the perform with CURLE_PROXY (97), see
   * CURLINFO_PROXY_ERROR(3). CURLOPT_PRE_PROXY(3) puts a SOCKS proxy in front of
   * an HTTP proxy. A SOCKS proxy written as localhost followed by a path, as in
   * socks5h://localhost/run/proxy.sock, is the Unix domain socket at that
   * (URL-decoded) path; only SOCKS proxies are reached this way. https:// selects
   * an HTTPS proxy: TLS to the proxy with the CURLOPT_PROXY_* TLS options, then an
   * HTTP proxy over it. Any other scheme makes the perform fail with
   * CURLE_COULDNT_CONNECT (7).
   *
   * The connection always goes to the proxy; the socket callbacks see the
   * proxy's address. With an HTTP proxy, for https, ws and wss URLs, for other schemes, and whenever
   * CURLOPT_HTTPPROXYTUNNEL(3) is on, the engine asks the proxy for a tunnel with
   * CONNECT and the transfer runs inside it. A plain http URL without the tunnel
   * option is sent to the proxy as an ordinary request with the absolute URL, and
   * a connect-only transfer of such a URL stops once it is connected to the proxy.
   * Hosts listed in CURLOPT_NOPROXY(3) are reached directly.
   *
   * An empty string means no proxy, not even one from the environment. null
   * (the default) lets the environment name one, as libcurl does: http_proxy
   * (lower case only) for http URLs, https_proxy or HTTPS_PROXY for https,
   * the same variables for ws and wss, and all_proxy or ALL_PROXY for any
   * scheme, with no_proxy or NO_PROXY listing hosts to reach directly. Verbose
   * output names the variable it used, with any password masked. Changing the
   * proxy (or its port) makes a later perform start proxy authentication from
   * scratch.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.1
   * @see {@link CURLOPT.HTTPPROXYTUNNEL | CURLOPT_HTTPPROXYTUNNEL}
   * @see {@link CURLOPT.NOPROXY | CURLOPT_NOPROXY}
   * @see {@link CURLOPT.PROXYAUTH | CURLOPT_PROXYAUTH}
   * @see {@link CURLOPT.PROXYPORT | CURLOPT_PROXYPORT}
   * @see {@link CURLOPT.PROXYTYPE | CURLOPT_PROXYTYPE}
   * @see {@link CURLOPT.PROXYUSERPWD | CURLOPT_PROXYUSERPWD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY.html | CURLOPT_PROXY} from CURLOPT_PROXY.md (generated; do not edit)
   */
  PROXY: string | null;
  /**
   * authentication schemes allowed with the proxy
   *
   * Choose, as a bitmask, which ways of authenticating to the proxy the engine
   * may use with the credentials of CURLOPT_PROXYUSERPWD(3) (or
   * CURLOPT_PROXYUSERNAME(3) and CURLOPT_PROXYPASSWORD(3)).
   *
   * With exactly one scheme set, the engine uses it from the first request:
   * Basic credentials travel with the first CONNECT. With several schemes set,
   * the first CONNECT goes without credentials; when the proxy answers 407, the
   * engine picks the strongest scheme that both sides accept from its
   * Proxy-Authenticate headers and tries again, on the same connection when the
   * proxy kept it open and on a new one (with the socket callbacks called again)
   * when it closed it. CURLINFO_PROXYAUTH_AVAIL(3) and CURLINFO_PROXYAUTH_USED(3)
   * tell what was offered and what was used.
   *
   * manbind implements Basic and Digest. It treats the other schemes the way a
   * libcurl built without them does: their bits are dropped when the option is
   * set, and when nothing usable remains setopt returns CURLE_NOT_BUILT_IN (4).
   *
   * CURLAUTH_BASIC
   *
   * User name and password, base64-encoded, in a Proxy-Authorization header.
   * Readable by anyone on the path to the proxy.
   *
   * CURLAUTH_DIGEST
   *
   * Digest access authentication (RFC 7616): the password is never sent, only a
   * hash over the proxy's challenge. It costs a 407 round trip.
   *
   * CURLAUTH_DIGEST_IE
   *
   * An old variant of Digest; manbind, like libcurl, turns it into
   * CURLAUTH_DIGEST. Deprecated since libcurl 8.21.0.
   *
   * CURLAUTH_NEGOTIATE
   *
   * SPNEGO (Kerberos) authentication. Not built in: the bit is dropped.
   *
   * CURLAUTH_NTLM
   *
   * Microsoft NTLM. Not built in: the bit is dropped.
   *
   * CURLAUTH_BEARER
   *
   * An OAuth 2 bearer token. libcurl only uses it with servers, never proxies;
   * manbind accepts the bit and ignores it.
   *
   * CURLAUTH_AWS_SIGV4
   *
   * AWS V4 request signing, also a server-only scheme; accepted and ignored.
   *
   * CURLAUTH_ONLY
   *
   * Combined with one scheme, use that scheme even if the proxy did not ask for
   * it. Alone it leaves nothing to use.
   *
   * CURLAUTH_ANY
   *
   * Every scheme. In manbind that means Basic or Digest, whichever the proxy
   * offers, Digest preferred.
   *
   * CURLAUTH_ANYSAFE
   *
   * Every scheme except Basic; in manbind that is Digest.
   *
   * Default: CURLAUTH_BASIC
   *
   * Protocols: All
   *
   * @since 7.10.7
   * @see CURLINFO_PROXYAUTH_AVAIL
   * @see CURLINFO_PROXYAUTH_USED
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link CURLOPT.PROXYUSERPWD | CURLOPT_PROXYUSERPWD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXYAUTH.html | CURLOPT_PROXYAUTH} from CURLOPT_PROXYAUTH.md (generated; do not edit)
   */
  PROXYAUTH: number;
  /**
   * extra headers for requests to the proxy
   *
   * Add header lines to the CONNECT request the engine sends to an HTTP proxy.
   * In C this is a curl_slist; in manbind an array of strings, each a complete
   * header line without the line ending, such as X-Tenant: blue.
   *
   * The engine builds the CONNECT request as Host:, then Proxy-Authorization:
   * when credentials are sent, then User-Agent: when CURLOPT_USERAGENT(3) is
   * set, then Proxy-Connection: Keep-Alive, and appends these lines after them.
   * A line naming one of Host, User-Agent or Proxy-Connection replaces the
   * engine's own header. A line of the form Name: with nothing after the colon
   * removes the engine's header of that name, and Name; sends the header with
   * an empty value.
   *
   * With CURLOPT_HEADEROPT(3) at its default, CURLHEADER_SEPARATE, these lines go
   * only to the proxy and CURLOPT_HTTPHEADER(3) lines never go into the CONNECT
   * request; a request sent to a proxy without a tunnel carries both lists, these
   * lines last. With CURLHEADER_UNIFIED this list is not used at all. Each call
   * replaces the whole list; null or an empty array removes it.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.37.0
   * @see {@link CURLOPT.HEADEROPT | CURLOPT_HEADEROPT}
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link CURLOPT.HTTPPROXYTUNNEL | CURLOPT_HTTPPROXYTUNNEL}
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link CURLOPT.USERAGENT | CURLOPT_USERAGENT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXYHEADER.html | CURLOPT_PROXYHEADER} from CURLOPT_PROXYHEADER.md (generated; do not edit)
   */
  PROXYHEADER: readonly string[] | null;
  /**
   * password for the proxy
   *
   * Set the password for proxy authentication exactly as given, without any
   * URL-decoding. It is used together with CURLOPT_PROXYUSERNAME(3) and shares
   * its storage with the password half of CURLOPT_PROXYUSERPWD(3); the last of
   * them set wins. The password is never printed in verbose output.
   *
   * Default: NULL
   *
   * An unset password counts as empty when a user name is set.
   *
   * Protocols: All
   *
   * @since 7.19.1
   * @see {@link CURLOPT.PROXYAUTH | CURLOPT_PROXYAUTH}
   * @see {@link CURLOPT.PROXYUSERNAME | CURLOPT_PROXYUSERNAME}
   * @see {@link CURLOPT.PROXYUSERPWD | CURLOPT_PROXYUSERPWD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXYPASSWORD.html | CURLOPT_PROXYPASSWORD} from CURLOPT_PROXYPASSWORD.md (generated; do not edit)
   */
  PROXYPASSWORD: string | null;
  /**
   * proxy port when the proxy string has none
   *
   * Set the port of the proxy named by CURLOPT_PROXY(3), for proxy strings that
   * do not carry one. A port written in the proxy string wins over this option.
   * 0 means "not set": the port then is 1080.
   *
   * Putting the port in the proxy string is simpler; the option remains for
   * programs that keep host and port apart. Changing it makes a later perform
   * restart proxy authentication.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.1
   * @see CURLINFO_PRIMARY_PORT
   * @see {@link CURLOPT.PORT | CURLOPT_PORT}
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link CURLOPT.PROXYTYPE | CURLOPT_PROXYTYPE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXYPORT.html | CURLOPT_PROXYPORT} from CURLOPT_PROXYPORT.md (generated; do not edit)
   */
  PROXYPORT: number;
  /**
   * kind of proxy
   *
   * Say what kind of proxy CURLOPT_PROXY(3) names when its string has no scheme;
   * a scheme in the string (http://, https://, socks4://, socks4a://,
   * socks5://, socks5h://) decides by itself. manbind implements the two HTTP
   * kinds, the two HTTPS kinds and the four SOCKS kinds; CURLPROXY_HTTPS3 is known
   * but makes setopt return CURLE_NOT_BUILT_IN (4), leaving the previous kind in
   * place.
   *
   * An HTTPS proxy is an HTTP proxy spoken to over TLS, with its own TLS options
   * (CURLOPT_PROXY_CAINFO(3), CURLOPT_PROXY_SSL_VERIFYPEER(3) and the other
   * CURLOPT_PROXY_* TLS options). Over that TLS connection manbind sends a
   * CONNECT, or the request itself for a plain http:// transfer without
   * CURLOPT_HTTPPROXYTUNNEL(3); an https:// or wss:// target then runs its own
   * TLS inside the proxy's.
   *
   * A SOCKS proxy carries the connection to the target (or, as
   * CURLOPT_PRE_PROXY(3), to an HTTP proxy) for every scheme: plain requests,
   * connect-only modes, WebSocket, and TLS on top, which then runs end to end
   * with the server. CURLOPT_HTTPPROXYTUNNEL(3) means nothing to it. A failed
   * SOCKS handshake ends the perform with CURLE_PROXY (97), and
   * CURLINFO_PROXY_ERROR(3) tells why.
   *
   * CURLPROXY_HTTP
   *
   * An HTTP proxy spoken to with HTTP/1.1.
   *
   * CURLPROXY_HTTP_1_0
   *
   * An HTTP proxy whose CONNECT request says HTTP/1.0. Only the request to the
   * proxy changes; requests sent inside the tunnel keep their own version, see
   * CURLOPT_HTTP_VERSION(3).
   *
   * CURLPROXY_HTTPS
   *
   * A proxy reached over TLS, speaking HTTP/1.1.
   *
   * CURLPROXY_HTTPS2
   *
   * A proxy reached over TLS that may speak HTTP/2. TLS to the proxy offers
   * h2,http/1.1 by ALPN, even when CURLOPT_SSL_ENABLE_ALPN(3) is off. When the
   * proxy picks h2, the tunnel is an HTTP/2 CONNECT stream (:method CONNECT and
   * :authority host:port, then Proxy-Authorization, User-Agent and the proxy
   * headers, without Host or Proxy-Connection), and what the transfer runs inside
   * it (TLS to the server, HTTP/1.1 or HTTP/2) runs over that stream. A proxy
   * that negotiates nothing is taken to speak HTTP/2 too. A proxy that picks
   * http/1.1 gets the HTTP/1.1 CONNECT of CURLPROXY_HTTPS.
   *
   * Over HTTP/2, an answer other than 2xx fails the perform with
   * CURLE_COULDNT_CONNECT (7), a 407 included: its Proxy-Authenticate offer shows
   * in CURLINFO_PROXYAUTH_AVAIL(3), but Basic and Digest do not send the CONNECT
   * again (credentials go with the first CONNECT). A CONNECT stream the proxy
   * resets before answering gives CURLE_RECV_ERROR (56); a proxy that closes the
   * connection gives 7 with "proxy closed connection". The verbose lines are
   * "Establishing HTTP/2 proxy tunnel to host:port", "CONNECT Response Status N",
   * the answer's fields, "CONNECT tunnel established, response N" and "CONNECT
   * phase completed for HTTP/2 proxy". A plain http:// transfer without
   * CURLOPT_HTTPPROXYTUNNEL(3) goes to a proxy that picked h2 as an HTTP/2
   * request, the URL split into :scheme, :authority and :path.
   *
   * CURLPROXY_SOCKS4
   *
   * A SOCKS4 proxy. The engine resolves the target's name and sends its IPv4
   * address; a target with only IPv6 addresses fails with CURLPX_RESOLVE_HOST.
   * The proxy username, if any, goes as the SOCKS4 user id.
   *
   * CURLPROXY_SOCKS5
   *
   * A SOCKS5 proxy (RFC 1928). The engine resolves the target's name and sends
   * the address, IPv6 preferred unless CURLOPT_IPRESOLVE(3) asks for IPv4.
   * Credentials are offered with username/password authentication (RFC 1929),
   * see CURLOPT_SOCKS5_AUTH(3).
   *
   * CURLPROXY_SOCKS4A
   *
   * A SOCKS4a proxy: the target's name goes to the proxy, which resolves it.
   *
   * CURLPROXY_SOCKS5_HOSTNAME
   *
   * A SOCKS5 proxy that gets the target's name (at most 255 bytes) and resolves
   * it itself. An IP address is sent as an address.
   *
   * CURLPROXY_HTTPS3
   *
   * A proxy reached with HTTP/3. Not built in.
   *
   * Default: CURLPROXY_HTTP
   *
   * Protocols: All
   *
   * @since 7.10
   * @see {@link CURLOPT.HTTPPROXYTUNNEL | CURLOPT_HTTPPROXYTUNNEL}
   * @see {@link CURLOPT.PRE_PROXY | CURLOPT_PRE_PROXY}
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link CURLOPT.PROXYPORT | CURLOPT_PROXYPORT}
   * @see {@link CURLOPT.SOCKS5_AUTH | CURLOPT_SOCKS5_AUTH}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXYTYPE.html | CURLOPT_PROXYTYPE} from CURLOPT_PROXYTYPE.md (generated; do not edit)
   */
  PROXYTYPE:
    | typeof CURLPROXY_HTTP
    | typeof CURLPROXY_HTTP_1_0
    | typeof CURLPROXY_HTTPS
    | typeof CURLPROXY_HTTPS2
    | typeof CURLPROXY_SOCKS4
    | typeof CURLPROXY_SOCKS5
    | typeof CURLPROXY_SOCKS4A
    | typeof CURLPROXY_SOCKS5_HOSTNAME
    | typeof CURLPROXY_HTTPS3;
  /**
   * user name for the proxy
   *
   * Set the user name for proxy authentication exactly as given: no URL-decoding
   * and no splitting at colons, unlike CURLOPT_PROXYUSERPWD(3). Pair it with
   * CURLOPT_PROXYPASSWORD(3). The option and CURLOPT_PROXYUSERPWD(3) write the
   * same setting, so the last one set decides the user name.
   *
   * Default: NULL
   *
   * With no user name set, no proxy credentials are sent.
   *
   * Protocols: All
   *
   * @since 7.19.1
   * @see {@link CURLOPT.PROXYAUTH | CURLOPT_PROXYAUTH}
   * @see {@link CURLOPT.PROXYPASSWORD | CURLOPT_PROXYPASSWORD}
   * @see {@link CURLOPT.PROXYUSERPWD | CURLOPT_PROXYUSERPWD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXYUSERNAME.html | CURLOPT_PROXYUSERNAME} from CURLOPT_PROXYUSERNAME.md (generated; do not edit)
   */
  PROXYUSERNAME: string | null;
  /**
   * proxy user name and password in one string
   *
   * Set the credentials for the proxy as user:password. The string is split at
   * its first colon, so the password may contain colons while the user name
   * cannot, and both parts are then URL-decoded: us%3Aer:pa:ss means the user
   * us:er with the password pa:ss. Names or passwords that contain % must
   * therefore be encoded, or set literally with CURLOPT_PROXYUSERNAME(3) and
   * CURLOPT_PROXYPASSWORD(3) instead.
   *
   * How the credentials are sent depends on CURLOPT_PROXYAUTH(3): with the
   * default Basic they go with the first CONNECT (or proxied request); with Digest
   * they are used to answer the proxy's 407 challenge. A SOCKS5 proxy gets them
   * with username/password authentication (RFC 1929) when CURLOPT_SOCKS5_AUTH(3)
   * allows it, and a SOCKS4 proxy gets the user name as its user id. Credentials
   * in the proxy string win over this option; a CURLOPT_PRE_PROXY(3) never uses
   * it. Passwords never appear in verbose output. null removes both user name
   * and password.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.1
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link CURLOPT.PROXYAUTH | CURLOPT_PROXYAUTH}
   * @see {@link CURLOPT.PROXYPASSWORD | CURLOPT_PROXYPASSWORD}
   * @see {@link CURLOPT.PROXYUSERNAME | CURLOPT_PROXYUSERNAME}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXYUSERPWD.html | CURLOPT_PROXYUSERPWD} from CURLOPT_PROXYUSERPWD.md (generated; do not edit)
   */
  PROXYUSERPWD: string | null;
  /**
   * file of authorities trusted for an HTTPS proxy
   *
   * Name a PEM file of CA certificates that an HTTPS proxy's certificate must
   * chain up to when CURLOPT_PROXY_SSL_VERIFYPEER(3) is on. It works like
   * CURLOPT_CAINFO(3) does for the server, and replaces Node's bundled roots for
   * the proxy connection. It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it.
   *
   * The file is read when the TLS handshake with the proxy starts. A file that
   * cannot be read or holds no certificate fails the perform with
   * CURLE_SSL_CACERT_BADFILE (77).
   *
   * Default: NULL: Node's bundled root certificates.
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLOPT.CAINFO | CURLOPT_CAINFO}
   * @see {@link CURLOPT.PROXY_CAPATH | CURLOPT_PROXY_CAPATH}
   * @see {@link CURLOPT.PROXY_SSL_VERIFYPEER | CURLOPT_PROXY_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_CAINFO.html | CURLOPT_PROXY_CAINFO} from CURLOPT_PROXY_CAINFO.md (generated; do not edit)
   */
  PROXY_CAINFO: string | null;
  /**
   * authorities trusted for an HTTPS proxy, from memory
   *
   * Give the PEM text of one or more CA certificates, as bytes, to trust for an
   * HTTPS proxy's certificate. In manbind the blob is a Uint8Array; it is copied
   * when set. It takes the place of CURLOPT_PROXY_CAINFO(3) when both are set.
   * It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it.
   *
   * The certificates are only loaded when CURLOPT_PROXY_SSL_VERIFYPEER(3) is on.
   * Bytes without a usable PEM certificate fail the perform with
   * CURLE_SSL_CACERT_BADFILE (77).
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.77.0
   * @see {@link CURLOPT.CAINFO_BLOB | CURLOPT_CAINFO_BLOB}
   * @see {@link CURLOPT.PROXY_CAINFO | CURLOPT_PROXY_CAINFO}
   * @see {@link CURLOPT.PROXY_CAPATH | CURLOPT_PROXY_CAPATH}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_CAINFO_BLOB.html | CURLOPT_PROXY_CAINFO_BLOB} from CURLOPT_PROXY_CAINFO_BLOB.md (generated; do not edit)
   */
  PROXY_CAINFO_BLOB: Uint8Array | null;
  /**
   * directory of authorities trusted for an HTTPS proxy
   *
   * Name a directory of PEM CA certificates to trust for an HTTPS proxy's
   * certificate, as CURLOPT_CAPATH(3) does for the server: files named by
   * OpenSSL's subject hash (<hash>.0) and .pem/.crt files are read when the
   * handshake with the proxy starts. It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it. A directory that cannot be read
   * fails the perform with CURLE_SSL_CACERT_BADFILE (77) when the proxy is
   * verified.
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLOPT.CAPATH | CURLOPT_CAPATH}
   * @see {@link CURLOPT.PROXY_CAINFO | CURLOPT_PROXY_CAINFO}
   * @see {@link CURLOPT.PROXY_SSL_VERIFYPEER | CURLOPT_PROXY_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_CAPATH.html | CURLOPT_PROXY_CAPATH} from CURLOPT_PROXY_CAPATH.md (generated; do not edit)
   */
  PROXY_CAPATH: string | null;
  /**
   * certificate revocation list for an HTTPS proxy
   *
   * Name a PEM file of certificate revocation lists to check the HTTPS proxy's
   * certificate chain against; every certificate of the chain is then checked and
   * needs a list from its issuer. It is only read when
   * CURLOPT_PROXY_SSL_VERIFYPEER(3) is on. A file that cannot be used fails the
   * perform with CURLE_SSL_CRL_BADFILE (82); a revoked certificate fails it with
   * CURLE_PEER_FAILED_VERIFICATION (60). The target's chain is checked against
   * CURLOPT_CRLFILE(3) instead.
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLOPT.CRLFILE | CURLOPT_CRLFILE}
   * @see {@link CURLOPT.PROXY_SSL_VERIFYPEER | CURLOPT_PROXY_SSL_VERIFYPEER}
   * @see {@link CURLOPT.PROXY_CAINFO | CURLOPT_PROXY_CAINFO}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_CRLFILE.html | CURLOPT_PROXY_CRLFILE} from CURLOPT_PROXY_CRLFILE.md (generated; do not edit)
   */
  PROXY_CRLFILE: string | null;
  /**
   * require an HTTPS proxy's certificate to come from this issuer
   *
   * Name a PEM file with a CA certificate that must have issued and signed the
   * certificate of an HTTPS proxy, checked after the proxy's other certificate
   * checks, whatever chain the proxy sent. A certificate that did not issue it, or
   * a file that cannot be read, fails the perform with CURLE_SSL_ISSUER_ERROR
   * (83); the failure text names the problem only when
   * CURLOPT_PROXY_SSL_VERIFYPEER(3) or CURLOPT_PROXY_SSL_VERIFYHOST(3) is on. The
   * target's certificate is checked by CURLOPT_ISSUERCERT(3) instead.
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.71.0
   * @see {@link CURLOPT.ISSUERCERT | CURLOPT_ISSUERCERT}
   * @see {@link CURLOPT.PROXY_ISSUERCERT_BLOB | CURLOPT_PROXY_ISSUERCERT_BLOB}
   * @see {@link CURLOPT.PROXY_SSL_VERIFYPEER | CURLOPT_PROXY_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_ISSUERCERT.html | CURLOPT_PROXY_ISSUERCERT} from CURLOPT_PROXY_ISSUERCERT.md (generated; do not edit)
   */
  PROXY_ISSUERCERT: string | null;
  /**
   * HTTPS proxy issuer certificate from memory
   *
   * Give the issuer certificate of CURLOPT_PROXY_ISSUERCERT(3) as PEM bytes (a
   * Uint8Array, copied when set) instead of a file; it takes the file's place.
   * The HTTPS proxy's certificate must have been issued and signed by it, else the
   * perform fails with CURLE_SSL_ISSUER_ERROR (83).
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.71.0
   * @see {@link CURLOPT.ISSUERCERT_BLOB | CURLOPT_ISSUERCERT_BLOB}
   * @see {@link CURLOPT.PROXY_ISSUERCERT | CURLOPT_PROXY_ISSUERCERT}
   * @see {@link CURLOPT.PROXY_SSL_VERIFYPEER | CURLOPT_PROXY_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_ISSUERCERT_BLOB.html | CURLOPT_PROXY_ISSUERCERT_BLOB} from CURLOPT_PROXY_ISSUERCERT_BLOB.md (generated; do not edit)
   */
  PROXY_ISSUERCERT_BLOB: Uint8Array | null;
  /**
   * pass phrase of the HTTPS proxy client key
   *
   * Give the pass phrase that decrypts the key of CURLOPT_PROXY_SSLKEY(3) (or of
   * a PKCS#12 CURLOPT_PROXY_SSLCERT(3)). It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it. A wrong pass phrase fails the
   * perform with CURLE_SSL_CERTPROBLEM (58).
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLOPT.KEYPASSWD | CURLOPT_KEYPASSWD}
   * @see {@link CURLOPT.PROXY_SSLCERT | CURLOPT_PROXY_SSLCERT}
   * @see {@link CURLOPT.PROXY_SSLKEY | CURLOPT_PROXY_SSLKEY}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_KEYPASSWD.html | CURLOPT_PROXY_KEYPASSWD} from CURLOPT_PROXY_KEYPASSWD.md (generated; do not edit)
   */
  PROXY_KEYPASSWD: string | null;
  /**
   * accept only HTTPS proxies with this public key
   *
   * Pin the public key an HTTPS proxy's certificate must carry. It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it.
   * The value is either a list of hashes or the name of a file:
   *
   * - sha256// followed by the base64 SHA-256 of the key's DER
   *   SubjectPublicKeyInfo; several are joined with ;
   *   (sha256//AAA=;sha256//BBB=), and any one of them may match. The verbose
   *   output shows the server key's own hash.
   * - any other string is a file path, holding the public key in PEM
   *   (-----BEGIN PUBLIC KEY-----) or in DER.
   *
   * The check runs after the certificate checks, also when verification is off.
   * A key that matches none, and a file that cannot be read or parsed, make the
   * perform fail with CURLE_SSL_PINNEDPUBKEYNOTMATCH (90); setopt only stores the
   * string.
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLOPT.PINNEDPUBLICKEY | CURLOPT_PINNEDPUBLICKEY}
   * @see {@link CURLOPT.PROXY_CAINFO | CURLOPT_PROXY_CAINFO}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_PINNEDPUBLICKEY.html | CURLOPT_PROXY_PINNEDPUBLICKEY} from CURLOPT_PROXY_PINNEDPUBLICKEY.md (generated; do not edit)
   */
  PROXY_PINNEDPUBLICKEY: string | null;
  /**
   * client certificate for an HTTPS proxy
   *
   * Name the file with the certificate this client presents when an HTTPS proxy
   * asks for one. The format is PEM unless CURLOPT_PROXY_SSLCERTTYPE(3) says DER
   * or P12; the key comes from CURLOPT_PROXY_SSLKEY(3), else from this file, and
   * CURLOPT_PROXY_KEYPASSWD(3) unlocks it. It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it. A file that cannot be
   * used fails the perform with CURLE_SSL_CERTPROBLEM (58).
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLOPT.PROXY_KEYPASSWD | CURLOPT_PROXY_KEYPASSWD}
   * @see {@link CURLOPT.PROXY_SSLCERTTYPE | CURLOPT_PROXY_SSLCERTTYPE}
   * @see {@link CURLOPT.PROXY_SSLKEY | CURLOPT_PROXY_SSLKEY}
   * @see {@link CURLOPT.SSLCERT | CURLOPT_SSLCERT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_SSLCERT.html | CURLOPT_PROXY_SSLCERT} from CURLOPT_PROXY_SSLCERT.md (generated; do not edit)
   */
  PROXY_SSLCERT: string | null;
  /**
   * format of the HTTPS proxy client certificate
   *
   * Say in which format CURLOPT_PROXY_SSLCERT(3) is. It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it.
   * The names are read without regard to case:
   *
   * - PEM: base64 text with -----BEGIN CERTIFICATE----- lines; the file may
   *   carry intermediate certificates after the client's own.
   * - DER: one binary certificate. Its key comes from the key option; without
   *   one it is looked for in the same file, as DER.
   * - P12: a PKCS#12 bundle holding the certificate and its key, unlocked with
   *   the pass phrase option.
   *
   * Another name fails the perform with CURLE_BAD_FUNCTION_ARGUMENT (43) when the
   * certificate is loaded. Engines and providers (ENG, PROV) are not built in.
   *
   * Default: "PEM"
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLOPT.PROXY_SSLCERT | CURLOPT_PROXY_SSLCERT}
   * @see {@link CURLOPT.PROXY_SSLKEY | CURLOPT_PROXY_SSLKEY}
   * @see {@link CURLOPT.SSLCERTTYPE | CURLOPT_SSLCERTTYPE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_SSLCERTTYPE.html | CURLOPT_PROXY_SSLCERTTYPE} from CURLOPT_PROXY_SSLCERTTYPE.md (generated; do not edit)
   */
  PROXY_SSLCERTTYPE: string | null;
  /**
   * client certificate for an HTTPS proxy, from memory
   *
   * Give the client certificate that is shown to an HTTPS proxy as bytes (a
   * Uint8Array, copied when set) instead of a file in CURLOPT_PROXY_SSLCERT(3),
   * which it replaces. The format is CURLOPT_PROXY_SSLCERTTYPE(3)'s: PEM (the
   * default, with any chain after it), DER, or P12 (certificate and key together).
   * The key comes from CURLOPT_PROXY_SSLKEY_BLOB(3) or CURLOPT_PROXY_SSLKEY(3),
   * else from these same bytes. A certificate that cannot be used fails the
   * perform with CURLE_SSL_CERTPROBLEM (58); the failure text calls the bytes
   * CURLOPT_SSLCERT_BLOB, as libcurl's does. The target's TLS is not affected.
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.71.0
   * @see {@link CURLOPT.PROXY_SSLCERT | CURLOPT_PROXY_SSLCERT}
   * @see {@link CURLOPT.PROXY_SSLCERTTYPE | CURLOPT_PROXY_SSLCERTTYPE}
   * @see {@link CURLOPT.PROXY_SSLKEY_BLOB | CURLOPT_PROXY_SSLKEY_BLOB}
   * @see {@link CURLOPT.SSLCERT_BLOB | CURLOPT_SSLCERT_BLOB}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_SSLCERT_BLOB.html | CURLOPT_PROXY_SSLCERT_BLOB} from CURLOPT_PROXY_SSLCERT_BLOB.md (generated; do not edit)
   */
  PROXY_SSLCERT_BLOB: Uint8Array | null;
  /**
   * private key for the HTTPS proxy client certificate
   *
   * Name the PEM file holding the private key of CURLOPT_PROXY_SSLCERT(3).
   * Without it the key is looked for in the certificate file itself.
   * It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it. A key that cannot be read, decrypted or that does not belong to
   * the certificate fails the perform with CURLE_SSL_CERTPROBLEM (58).
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLOPT.PROXY_KEYPASSWD | CURLOPT_PROXY_KEYPASSWD}
   * @see {@link CURLOPT.PROXY_SSLCERT | CURLOPT_PROXY_SSLCERT}
   * @see {@link CURLOPT.SSLKEY | CURLOPT_SSLKEY}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_SSLKEY.html | CURLOPT_PROXY_SSLKEY} from CURLOPT_PROXY_SSLKEY.md (generated; do not edit)
   */
  PROXY_SSLKEY: string | null;
  /**
   * private key for an HTTPS proxy client certificate, from memory
   *
   * Give the private key of the client certificate shown to an HTTPS proxy as
   * PEM bytes (a Uint8Array, copied when set) instead of a file in
   * CURLOPT_PROXY_SSLKEY(3), which it replaces. An encrypted key is opened with
   * CURLOPT_PROXY_KEYPASSWD(3). A key that cannot be read, cannot be decrypted or
   * does not belong to the certificate fails the perform with
   * CURLE_BAD_FUNCTION_ARGUMENT (43) and the text unable to set private key file:
   * '(memory blob)' type PEM.
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.71.0
   * @see {@link CURLOPT.PROXY_SSLKEY | CURLOPT_PROXY_SSLKEY}
   * @see {@link CURLOPT.PROXY_SSLCERT_BLOB | CURLOPT_PROXY_SSLCERT_BLOB}
   * @see {@link CURLOPT.SSLKEY_BLOB | CURLOPT_SSLKEY_BLOB}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_SSLKEY_BLOB.html | CURLOPT_PROXY_SSLKEY_BLOB} from CURLOPT_PROXY_SSLKEY_BLOB.md (generated; do not edit)
   */
  PROXY_SSLKEY_BLOB: Uint8Array | null;
  /**
   * TLS versions to use with an HTTPS proxy
   *
   * Set the lowest TLS version, and optionally the highest, for the connection
   * with an HTTPS proxy. It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it. The values are those of CURLOPT_SSLVERSION(3).
   *
   * Default: CURL_SSLVERSION_DEFAULT
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLOPT.PROXY_SSL_CIPHER_LIST | CURLOPT_PROXY_SSL_CIPHER_LIST}
   * @see {@link CURLOPT.SSLVERSION | CURLOPT_SSLVERSION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_SSLVERSION.html | CURLOPT_PROXY_SSLVERSION} from CURLOPT_PROXY_SSLVERSION.md (generated; do not edit)
   */
  PROXY_SSLVERSION: number;
  /**
   * ciphers to offer an HTTPS proxy for TLS 1.2 and older
   *
   * Choose the ciphers offered to an HTTPS proxy. It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it. The string is an OpenSSL cipher list for TLS 1.2 and older, names joined
   * with colons (ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256), and
   * may use OpenSSL's keywords and ! exclusions. It is only used when the lowest
   * version allowed is below TLS 1.3; TLS 1.3 suites are chosen separately. A list
   * in which OpenSSL finds no cipher fails the perform with CURLE_SSL_CIPHER (59);
   * a list that is taken is shown in the verbose output
   * (Cipher selection: ...).
   *
   * Default: NULL: Node's default list.
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLOPT.PROXY_TLS13_CIPHERS | CURLOPT_PROXY_TLS13_CIPHERS}
   * @see {@link CURLOPT.SSL_CIPHER_LIST | CURLOPT_SSL_CIPHER_LIST}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_SSL_CIPHER_LIST.html | CURLOPT_PROXY_SSL_CIPHER_LIST} from CURLOPT_PROXY_SSL_CIPHER_LIST.md (generated; do not edit)
   */
  PROXY_SSL_CIPHER_LIST: string | null;
  /**
   * TLS behaviour switches for an HTTPS proxy
   *
   * Set flag bits that change how TLS with an HTTPS proxy behaves. It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it.
   * The bits are those of CURLOPT_SSL_OPTIONS(3), with the same effects.
   *
   * Default: 0
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLOPT.SSL_OPTIONS | CURLOPT_SSL_OPTIONS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_SSL_OPTIONS.html | CURLOPT_PROXY_SSL_OPTIONS} from CURLOPT_PROXY_SSL_OPTIONS.md (generated; do not edit)
   */
  PROXY_SSL_OPTIONS: number;
  /**
   * check that an HTTPS proxy's certificate names the proxy
   *
   * Decide whether an HTTPS proxy's certificate must be issued for the proxy's
   * host name as the proxy string gives it. The rules are those of
   * CURLOPT_SSL_VERIFYHOST(3); a mismatch fails the perform with
   * CURLE_PEER_FAILED_VERIFICATION (60). It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it.
   *
   * 0
   *
   * No name check.
   *
   * 1
   *
   * The same as 2.
   *
   * 2
   *
   * The certificate must name the proxy host.
   *
   * Default: 2
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see {@link CURLOPT.PROXY_SSL_VERIFYPEER | CURLOPT_PROXY_SSL_VERIFYPEER}
   * @see {@link CURLOPT.SSL_VERIFYHOST | CURLOPT_SSL_VERIFYHOST}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_SSL_VERIFYHOST.html | CURLOPT_PROXY_SSL_VERIFYHOST} from CURLOPT_PROXY_SSL_VERIFYHOST.md (generated; do not edit)
   */
  PROXY_SSL_VERIFYHOST: 0 | 1 | 2;
  /**
   * check an HTTPS proxy's chain of trust
   *
   * Decide whether an HTTPS proxy's certificate must chain up to a trusted
   * authority (CURLOPT_PROXY_CAINFO(3), CURLOPT_PROXY_CAPATH(3), else Node's
   * bundled roots). Any non-zero value turns the check on. When it fails, the
   * perform fails with CURLE_PEER_FAILED_VERIFICATION (60) and
   * CURLINFO_PROXY_SSL_VERIFYRESULT(3) holds OpenSSL's reason. With 0 the
   * connection goes on and the verbose output notes the result. It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it.
   *
   * Default: 1
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.52.0
   * @see CURLINFO_PROXY_SSL_VERIFYRESULT
   * @see {@link CURLOPT.PROXY_SSL_VERIFYHOST | CURLOPT_PROXY_SSL_VERIFYHOST}
   * @see {@link CURLOPT.SSL_VERIFYPEER | CURLOPT_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_SSL_VERIFYPEER.html | CURLOPT_PROXY_SSL_VERIFYPEER} from CURLOPT_PROXY_SSL_VERIFYPEER.md (generated; do not edit)
   */
  PROXY_SSL_VERIFYPEER: boolean | number;
  /**
   * TLS 1.3 cipher suites to offer an HTTPS proxy
   *
   * Choose the TLS 1.3 cipher suites offered to an HTTPS proxy. It applies to the TLS connection with an HTTPS proxy (a https:// string in
   * CURLOPT_PROXY(3), or CURLPROXY_HTTPS in CURLOPT_PROXYTYPE(3)), never to the
   * server behind it.
   * The string names TLS 1.3 cipher suites joined with colons, for example
   * TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256. It is only used when
   * TLS 1.3 is allowed by the highest version. An unknown suite fails the perform
   * with CURLE_SSL_CIPHER (59); a list that is taken is shown in the verbose
   * output (TLS 1.3 cipher selection: ...).
   *
   * Default: NULL: Node's default suites.
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.61.0
   * @see {@link CURLOPT.PROXY_SSL_CIPHER_LIST | CURLOPT_PROXY_SSL_CIPHER_LIST}
   * @see {@link CURLOPT.TLS13_CIPHERS | CURLOPT_TLS13_CIPHERS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXY_TLS13_CIPHERS.html | CURLOPT_PROXY_TLS13_CIPHERS} from CURLOPT_PROXY_TLS13_CIPHERS.md (generated; do not edit)
   */
  PROXY_TLS13_CIPHERS: string | null;
  /**
   * ask for byte ranges of a resource
   *
   * Ask for part of the resource: give the byte ranges as HTTP writes them after
   * bytes=, such as "0-199" for the first 200 bytes, "500-" for everything
   * from byte 500 on, "-300" for the last 300 bytes, or several ranges joined by
   * commas. A GET or HEAD request then carries Range: bytes= and the text, sent
   * as given. A POST carries Content-Range: bytes  with the text, a slash and
   * the size of the body it sends.
   *
   * The server decides what it returns: a 206 answer with the part asked for, the
   * whole resource with a 200, or a 416 when the range does not fit. The library
   * hands over whatever body comes. CURLOPT_RESUME_FROM_LARGE(3), when set, takes
   * the place of this option. A Range: (or Content-Range:) line in
   * CURLOPT_HTTPHEADER(3) replaces the header. null asks for the whole
   * resource.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.RESUME_FROM_LARGE | CURLOPT_RESUME_FROM_LARGE}
   * @see {@link CURLOPT.MAXFILESIZE_LARGE | CURLOPT_MAXFILESIZE_LARGE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_RANGE.html | CURLOPT_RANGE} from CURLOPT_RANGE.md (generated; do not edit)
   */
  RANGE: string | null;
  /**
   * value handed to the read callback, or the stream to upload
   *
   * With CURLOPT_READFUNCTION(3) set, this value is passed unchanged as the last
   * argument (userdata) of each call. In manbind it can be any JavaScript value.
   *
   * Without a read callback the value is where the body comes from: libcurl reads
   * its FILE * with fread, and manbind reads a Node.js readable stream (an
   * fs.ReadStream, process.stdin, or anything with read() and the
   * readable and end events), as it delivers data, until it ends. A stream
   * that fails ends the transfer with CURLE_READ_ERROR (26).
   *
   * Default: NULL, which means process.stdin when no read callback is set.
   *
   * Protocols: HTTP
   *
   * @since 7.9.7
   * @see {@link CURLOPT.READFUNCTION | CURLOPT_READFUNCTION}
   * @see {@link CURLOPT.UPLOAD | CURLOPT_UPLOAD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_READDATA.html | CURLOPT_READDATA} from CURLOPT_READDATA.md (generated; do not edit)
   */
  READDATA: unknown;
  /**
   * callback that supplies the request body
   *
   * Set a function that produces the body of an upload (CURLOPT_UPLOAD(3)) or of
   * a POST without CURLOPT_POSTFIELDS(3). It is called whenever there is room to
   * send more, and the body is sent as it comes: it is never collected in memory
   * first.
   *
   * In manbind the callback receives (buffer, size, nitems, userdata): a
   * Uint8Array to fill from its start, size always 1, nitems the number of
   * bytes it holds, and the value of CURLOPT_READDATA(3). Put up to
   * size * nitems bytes in it and return how many. The array may be shorter than
   * CURLOPT_UPLOAD_BUFFERSIZE(3) when less of a known size is left. Return 0 when
   * the body is complete; when the size was given (CURLOPT_INFILESIZE_LARGE(3),
   * CURLOPT_POSTFIELDSIZE_LARGE(3)) the callback is not asked again once that many
   * bytes came, and a 0 before then fails the transfer with CURLE_READ_ERROR (26).
   *
   * Returning CURL_READFUNC_ABORT stops the transfer with
   * CURLE_ABORTED_BY_CALLBACK (42). Returning more than size * nitems, or
   * something that is not a number, fails it with CURLE_READ_ERROR (26), the text
   * being "read function returned funny value". A callback that throws stops the
   * transfer with 42 and its message as the error text.
   *
   * Returning CURL_READFUNC_PAUSE pauses sending: nothing of this call counts as
   * read, the transfer keeps receiving, and once curl_easy_pause(3) resumes
   * sending (CURLPAUSE_CONT, or any action without CURLPAUSE_SEND) the callback is
   * asked again. Pausing with CURLPAUSE_SEND from anywhere holds the upload the
   * same way before the next call.
   *
   * Default: NULL. Without a callback the body is read from the stream set with
   * CURLOPT_READDATA(3), or from process.stdin when none is set, as libcurl
   * reads its FILE * with fread.
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.POST | CURLOPT_POST}
   * @see {@link CURLOPT.READDATA | CURLOPT_READDATA}
   * @see {@link CURLOPT.UPLOAD | CURLOPT_UPLOAD}
   * @see {@link CURLOPT.UPLOAD_BUFFERSIZE | CURLOPT_UPLOAD_BUFFERSIZE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_READFUNCTION.html | CURLOPT_READFUNCTION} from CURLOPT_READFUNCTION.md (generated; do not edit)
   */
  READFUNCTION: read_callback | null;
  /**
   * the schemes a redirect may go to
   *
   * Limit the schemes a redirect followed with CURLOPT_FOLLOWLOCATION(3) may
   * switch to. A Location: with another scheme ends the transfer with
   * CURLE_UNSUPPORTED_PROTOCOL (1) and the text Protocol "SCHEME" is disabled (in
   * redirect); CURLOPT_PROTOCOLS_STR(3) must allow the scheme too. A scheme the
   * library does not know at all gives Protocol "SCHEME" not supported (in
   * redirect). manbind follows redirects to http and https only, so another
   * scheme this list allows still ends the transfer with 1 and the not
   * supported text.
   *
   * The list is scheme names separated by commas, in any case, such as
   * "http,https"; empty names between commas are skipped. "all" allows every
   * scheme. A name this library has no handler for returns
   * CURLE_UNSUPPORTED_PROTOCOL (1) and a list without any name returns
   * CURLE_BAD_FUNCTION_ARGUMENT (43); the previous setting stays then.
   *
   * null goes back to the default.
   *
   * Default: http, https, ftp and ftps
   *
   * Protocols: HTTP
   *
   * @since 7.85.0
   * @see {@link CURLOPT.FOLLOWLOCATION | CURLOPT_FOLLOWLOCATION}
   * @see {@link CURLOPT.PROTOCOLS_STR | CURLOPT_PROTOCOLS_STR}
   * @see CURLINFO_SCHEME
   * @see {@link https://curl.se/libcurl/c/CURLOPT_REDIR_PROTOCOLS_STR.html | CURLOPT_REDIR_PROTOCOLS_STR} from CURLOPT_REDIR_PROTOCOLS_STR.md (generated; do not edit)
   */
  REDIR_PROTOCOLS_STR: string | null;
  /**
   * the Referer request header
   *
   * Give the URL of the page the request comes from. It is sent as it is in a
   * Referer: request header, after Accept: (and Accept-Encoding:). Each
   * perform starts from this value; with CURLOPT_AUTOREFERER(3) a followed
   * redirect replaces it for the requests after it. CURLINFO_REFERER(3) reports
   * the value the last request was given. A Referer: line in
   * CURLOPT_HTTPHEADER(3) takes its place. null sends none.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see CURLINFO_REFERER
   * @see {@link CURLOPT.AUTOREFERER | CURLOPT_AUTOREFERER}
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link CURLOPT.USERAGENT | CURLOPT_USERAGENT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_REFERER.html | CURLOPT_REFERER} from CURLOPT_REFERER.md (generated; do not edit)
   */
  REFERER: string | null;
  /**
   * the target of the request line
   *
   * Give the text the request line carries between the method and the HTTP
   * version, in place of the path and query of the URL (or, through a proxy that
   * is not tunnelled, in place of the whole URL). It is sent as given, which
   * allows targets a URL cannot express, such as * for OPTIONS * or an
   * authority for a hand-made request. The URL still decides where the library
   * connects and what the Host: header says. Text holding a carriage return or a
   * line feed is refused with CURLE_BAD_FUNCTION_ARGUMENT (43) when the request is
   * made. null goes back to the URL's path and query.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.55.0
   * @see {@link CURLOPT.CUSTOMREQUEST | CURLOPT_CUSTOMREQUEST}
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_REQUEST_TARGET.html | CURLOPT_REQUEST_TARGET} from CURLOPT_REQUEST_TARGET.md (generated; do not edit)
   */
  REQUEST_TARGET: string | null;
  /**
   * fixed addresses for chosen host and port pairs
   *
   * Tell the handle which addresses a host name has, for a given port, so that
   * no DNS lookup happens for it. In C this is a curl_slist; in manbind it is
   * an array of strings, each in one of these forms:
   *
   * HOST:PORT:ADDRESS[,ADDRESS...]
   * +HOST:PORT:ADDRESS[,ADDRESS...]
   * -HOST:PORT
   *
   * The first form adds an entry: when a transfer needs HOST on PORT, the listed
   * numeric addresses are used, in the usual order (IPv6 first, then IPv4, see
   * CURLOPT_HAPPY_EYEBALLS_TIMEOUT_MS(3)). Write IPv6 addresses in brackets,
   * like [::1]. A HOST of * matches every name, after the specific entries.
   * The + form is accepted too; in libcurl it marks an entry that may expire
   * like an ordinary cached lookup. The - form removes an entry added before.
   * A later entry for the same HOST and PORT replaces the earlier one. Addresses
   * of a family that CURLOPT_IPRESOLVE(3) excludes are skipped.
   *
   * The entries steer only where the engine connects: the URL's host name still
   * goes into the Host: header, the CONNECT request and TLS verification. Each
   * call replaces the whole list; null or an empty array removes it. manbind
   * copies the array, so later changes to it have no effect.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.21.3
   * @see {@link CURLOPT.CONNECT_TO | CURLOPT_CONNECT_TO}
   * @see {@link CURLOPT.IPRESOLVE | CURLOPT_IPRESOLVE}
   * @see {@link CURLOPT.URL | CURLOPT_URL}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_RESOLVE.html | CURLOPT_RESOLVE} from CURLOPT_RESOLVE.md (generated; do not edit)
   */
  RESOLVE: readonly string[] | null;
  /**
   * download from an offset on
   *
   * Continue a download that already has its first bytes: give the offset of the
   * first byte wanted. A GET or HEAD request then asks for Range: bytes=OFFSET-
   * (a value set with CURLOPT_RANGE(3) is not used while this is set).
   *
   * The answer must start at that offset: a Content-Range: header naming it. A
   * response without one fails with CURLE_RANGE_ERROR (33) and the text HTTP
   * server does not seem to support byte ranges. Cannot resume., unless its
   * Content-Length: equals the offset, which means the file is complete already:
   * the transfer then ends successfully without reading a body. A 416 answer is
   * not an error for CURLOPT_FAILONERROR(3) while resuming.
   *
   * For a POST the offset skips that many bytes of the CURLOPT_POSTFIELDS(3) body
   * and a Content-Range: header tells the server where the rest belongs; an
   * offset past the end of the body fails with CURLE_READ_ERROR (26). -1 sends
   * the whole body again with a range covering all of it.
   *
   * 0 turns resuming off. CURLOPT_RESUME_FROM_LARGE(3) sets the same offset with a 64-bit type.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.RANGE | CURLOPT_RANGE}
   * @see {@link CURLOPT.RESUME_FROM_LARGE | CURLOPT_RESUME_FROM_LARGE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_RESUME_FROM.html | CURLOPT_RESUME_FROM} from CURLOPT_RESUME_FROM.md (generated; do not edit)
   */
  RESUME_FROM: number;
  /**
   * download from an offset on
   *
   * Continue a download that already has its first bytes: give the offset of the
   * first byte wanted. A GET or HEAD request then asks for Range: bytes=OFFSET-
   * (a value set with CURLOPT_RANGE(3) is not used while this is set).
   *
   * The answer must start at that offset: a Content-Range: header naming it. A
   * response without one fails with CURLE_RANGE_ERROR (33) and the text HTTP
   * server does not seem to support byte ranges. Cannot resume., unless its
   * Content-Length: equals the offset, which means the file is complete already:
   * the transfer then ends successfully without reading a body. A 416 answer is
   * not an error for CURLOPT_FAILONERROR(3) while resuming.
   *
   * For a POST the offset skips that many bytes of the CURLOPT_POSTFIELDS(3) body
   * and a Content-Range: header tells the server where the rest belongs; an
   * offset past the end of the body fails with CURLE_READ_ERROR (26). -1 sends
   * the whole body again with a range covering all of it.
   *
   * 0 turns resuming off.
   *
   * The value is a number or a bigint.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.11.0
   * @see {@link CURLOPT.RANGE | CURLOPT_RANGE}
   * @see {@link CURLOPT.RESUME_FROM | CURLOPT_RESUME_FROM}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_RESUME_FROM_LARGE.html | CURLOPT_RESUME_FROM_LARGE} from CURLOPT_RESUME_FROM_LARGE.md (generated; do not edit)
   */
  RESUME_FROM_LARGE: number | bigint;
  /**
   * identity to act as in SASL PLAIN
   *
   * Set the authorization identity: the user to act as, once logged in with the
   * credentials of CURLOPT_USERNAME(3) and CURLOPT_PASSWORD(3). Only the SASL
   * PLAIN mechanism carries it (RFC 4616), as the first of its three fields; the
   * server decides whether the logged-in user may act as that one.
   *
   * manbind serves the connect phase of IMAP, POP3, SMTP and FTP (and their TLS
   * forms) for CURLOPT_CONNECT_ONLY(3) transfers only.
   *
   * Default: blank
   *
   * Protocols: IMAP, POP3, SMTP
   *
   * @since 7.66.0
   * @see {@link CURLOPT.USERNAME | CURLOPT_USERNAME}
   * @see {@link CURLOPT.PASSWORD | CURLOPT_PASSWORD}
   * @see {@link CURLOPT.LOGIN_OPTIONS | CURLOPT_LOGIN_OPTIONS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SASL_AUTHZID.html | CURLOPT_SASL_AUTHZID} from CURLOPT_SASL_AUTHZID.md (generated; do not edit)
   */
  SASL_AUTHZID: string | null;
  /**
   * send the SASL initial response with the command
   *
   * With 1, the first SASL message goes on the same line as the AUTH or
   * AUTHENTICATE command (RFC 4959) instead of waiting for the server's empty
   * challenge, saving a round trip. IMAP sends it this way anyway when the server
   * lists SASL-IR. Any non-zero value means on.
   *
   * manbind serves the connect phase of IMAP, POP3, SMTP and FTP (and their TLS
   * forms) for CURLOPT_CONNECT_ONLY(3) transfers only.
   *
   * Default: 0
   *
   * Protocols: IMAP, POP3, SMTP
   *
   * @since 7.31.0
   * @see {@link CURLOPT.LOGIN_OPTIONS | CURLOPT_LOGIN_OPTIONS}
   * @see {@link CURLOPT.XOAUTH2_BEARER | CURLOPT_XOAUTH2_BEARER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SASL_IR.html | CURLOPT_SASL_IR} from CURLOPT_SASL_IR.md (generated; do not edit)
   */
  SASL_IR: boolean | number;
  /**
   * value handed to the seek callback
   *
   * The value passed unchanged as the first argument (clientp) of each
   * CURLOPT_SEEKFUNCTION(3) call. In manbind it can be any JavaScript value.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.18.0
   * @see {@link CURLOPT.SEEKFUNCTION | CURLOPT_SEEKFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SEEKDATA.html | CURLOPT_SEEKDATA} from CURLOPT_SEEKDATA.md (generated; do not edit)
   */
  SEEKDATA: unknown;
  /**
   * callback that moves the upload source back
   *
   * Set a function that moves the source of the request body, the one
   * CURLOPT_READFUNCTION(3) reads, to another position. It receives the value of
   * CURLOPT_SEEKDATA(3), the offset, and the origin, which is always SEEK_SET
   * (0): the offset counts from the start of the body.
   *
   * It is called with offset 0 when a request has to send the body again after
   * some of it was read: a followed 307 or 308 redirect, a 301 or 302 that keeps
   * the method, or another round of authentication. Without this callback such a
   * transfer fails with CURLE_SEND_FAIL_REWIND (65), text "necessary data rewind
   * was not possible"; a callback that returns anything but CURL_SEEKFUNC_OK (or
   * throws) fails it with 65 too, text "seek callback returned error N".
   *
   * With CURLOPT_RESUME_FROM_LARGE(3) on an upload it is called with the resume
   * offset. CURL_SEEKFUNC_CANTSEEK then makes the transfer read and drop that
   * many bytes through the read callback instead; CURL_SEEKFUNC_FAIL fails it
   * with CURLE_READ_ERROR (26), text "Could not seek stream".
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.18.0
   * @see {@link CURLOPT.READFUNCTION | CURLOPT_READFUNCTION}
   * @see {@link CURLOPT.SEEKDATA | CURLOPT_SEEKDATA}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SEEKFUNCTION.html | CURLOPT_SEEKFUNCTION} from CURLOPT_SEEKFUNCTION.md (generated; do not edit)
   */
  SEEKFUNCTION: seek_callback | null;
  /**
   * application value handed to the sockopt callback
   *
   * Store a value that the engine passes, unchanged, as the clientp argument of
   * each call to the CURLOPT_SOCKOPTFUNCTION(3) callback. In manbind any
   * JavaScript value will do; the engine neither inspects nor copies it.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.16.0
   * @see {@link CURLOPT.OPENSOCKETFUNCTION | CURLOPT_OPENSOCKETFUNCTION}
   * @see {@link CURLOPT.SOCKOPTFUNCTION | CURLOPT_SOCKOPTFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SOCKOPTDATA.html | CURLOPT_SOCKOPTDATA} from CURLOPT_SOCKOPTDATA.md (generated; do not edit)
   */
  SOCKOPTDATA: unknown;
  /**
   * callback run on each new socket before it connects
   *
   * Set a function the engine calls once for every socket it is about to
   * connect: after the socket exists (from the engine or from
   * CURLOPT_OPENSOCKETFUNCTION(3)), after the engine applied its own settings
   * such as CURLOPT_TCP_NODELAY(3) and keepalive, after the Trying line of
   * verbose output, and before the connect. It is the place to adjust the socket
   * or to declare that it is connected already.
   *
   * In manbind the callback receives (clientp, curlfd, purpose): the value of
   * CURLOPT_SOCKOPTDATA(3), the socket (the net.Socket or other stream.Duplex
   * the engine will use), and CURLSOCKTYPE_IPCXN (0). It returns a number:
   *
   * - CURL_SOCKOPT_OK (0): go on and connect. The engine connects whatever
   *   socket it has, also one the open-socket callback connected already; as in
   *   libcurl, that connect fails with EISCONN ("Immediate connect fail for
   *   ADDRESS: Transport endpoint is already connected"), the socket is closed
   *   and the attempt ends with CURLE_COULDNT_CONNECT (7), CURLINFO_OS_ERRNO(3)
   *   106.
   * - CURL_SOCKOPT_ALREADY_CONNECTED (2): skip the connect and treat the socket
   *   as connected right away. This is the answer for a socket the application
   *   connected itself and hands in through the open-socket callback. Verbose
   *   output and the primary address still describe the address object, not the
   *   real peer. The engine takes the answer at its word: a socket handed in
   *   this way that is not connected stays unconnected, and every
   *   curl_easy_send(3) on it fails with CURLE_SEND_ERROR (55) "Send failure:
   *   Broken pipe" and every curl_easy_recv(3) with CURLE_RECV_ERROR (56) "Recv
   *   failure: Transport endpoint is not connected", as the kernel answers for
   *   such a socket.
   * - anything else, CURL_SOCKOPT_ERROR (1) included: this attempt fails. The
   *   socket is closed (through CURLOPT_CLOSESOCKETFUNCTION(3) when set) and the
   *   next address is tried, with the callback called again for it. If every
   *   attempt ends this way the perform returns CURLE_ABORTED_BY_CALLBACK (42).
   *   That is what libcurl's code does; its documentation promises
   *   CURLE_COULDNT_CONNECT (7) instead.
   *
   * A callback that throws is treated as returning CURL_SOCKOPT_ERROR, and the
   * error's message becomes the handle's last error text.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.16.0
   * @see {@link CURLOPT.CLOSESOCKETFUNCTION | CURLOPT_CLOSESOCKETFUNCTION}
   * @see {@link CURLOPT.OPENSOCKETFUNCTION | CURLOPT_OPENSOCKETFUNCTION}
   * @see {@link CURLOPT.SOCKOPTDATA | CURLOPT_SOCKOPTDATA}
   * @see {@link CURLOPT.TCP_NODELAY | CURLOPT_TCP_NODELAY}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SOCKOPTFUNCTION.html | CURLOPT_SOCKOPTFUNCTION} from CURLOPT_SOCKOPTFUNCTION.md (generated; do not edit)
   */
  SOCKOPTFUNCTION: sockopt_callback | null;
  /**
   * authentication methods offered to a SOCKS5 proxy
   *
   * Choose which methods of RFC 1928 the engine may use with a SOCKS5 proxy.
   * "No authentication" is always offered. With CURLAUTH_BASIC set and
   * credentials known (from the proxy string, or CURLOPT_PROXYUSERPWD(3),
   * CURLOPT_PROXYUSERNAME(3) and CURLOPT_PROXYPASSWORD(3)), the greeting also
   * offers username/password authentication (RFC 1929), and the engine sends
   * them when the proxy picks that method.
   *
   * When the proxy picks a method that this option leaves out, the transfer
   * fails with CURLE_PROXY (97) and CURLINFO_PROXY_ERROR(3) tells why:
   * CURLPX_NO_AUTH for username/password without CURLAUTH_BASIC, and
   * CURLPX_GSSAPI_PERMSG for GSS-API.
   *
   * The method is part of how a connection is set up, not of which connections
   * match: a kept connection to the same proxy may be reused whatever this
   * option says.
   *
   * CURLAUTH_BASIC
   *
   * Username and password, sent in clear text to the proxy.
   *
   * CURLAUTH_GSSAPI
   *
   * GSS-API (Kerberos). manbind has no GSS-API: it never offers the method, and
   * a proxy that picks it anyway fails the transfer with CURLPX_GSSAPI_PERMSG,
   * as a libcurl built without GSS-API does.
   *
   * CURLAUTH_NONE
   *
   * Only "no authentication": credentials are never sent.
   *
   * Default: CURLAUTH_BASIC | CURLAUTH_GSSAPI
   *
   * Protocols: All
   *
   * @since 7.55.0
   * @see CURLINFO_PROXY_ERROR
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link CURLOPT.PROXYTYPE | CURLOPT_PROXYTYPE}
   * @see {@link CURLOPT.PROXYUSERPWD | CURLOPT_PROXYUSERPWD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SOCKS5_AUTH.html | CURLOPT_SOCKS5_AUTH} from CURLOPT_SOCKS5_AUTH.md (generated; do not edit)
   */
  SOCKS5_AUTH: number;
  /**
   * client certificate file
   *
   * Give the path of a PEM file with the certificate this client presents when a
   * TLS server asks for one. Intermediate certificates may follow it in the same
   * file. The private key comes from CURLOPT_SSLKEY(3); without that option it is
   * looked for in this same file, and CURLOPT_KEYPASSWD(3) unlocks an encrypted
   * key.
   *
   * The file is PEM unless CURLOPT_SSLCERTTYPE(3) says DER or P12 (a PKCS#12
   * bundle with the key inside); CURLOPT_SSLCERT_BLOB(3) gives the same from
   * memory. The file is read when a
   * TLS handshake starts; if it cannot be read or parsed, or the key does not
   * match, the perform fails with CURLE_SSL_CERTPROBLEM (58). A server that
   * requires a certificate and rejects the one sent (or gets none) makes the
   * handshake fail, usually with CURLE_SSL_CONNECT_ERROR (35).
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: All)
   *
   * @since 7.1
   * @see {@link CURLOPT.KEYPASSWD | CURLOPT_KEYPASSWD}
   * @see {@link CURLOPT.SSLCERTTYPE | CURLOPT_SSLCERTTYPE}
   * @see {@link CURLOPT.SSLCERT_BLOB | CURLOPT_SSLCERT_BLOB}
   * @see {@link CURLOPT.SSLKEY | CURLOPT_SSLKEY}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLCERT.html | CURLOPT_SSLCERT} from CURLOPT_SSLCERT.md (generated; do not edit)
   */
  SSLCERT: string | null;
  /**
   * format of the client certificate
   *
   * Say in which format CURLOPT_SSLCERT(3) or CURLOPT_SSLCERT_BLOB(3) is.
   * The names are read without regard to case:
   *
   * - PEM: base64 text with -----BEGIN CERTIFICATE----- lines; the file may
   *   carry intermediate certificates after the client's own.
   * - DER: one binary certificate. Its key comes from the key option; without
   *   one it is looked for in the same file, as DER.
   * - P12: a PKCS#12 bundle holding the certificate and its key, unlocked with
   *   the pass phrase option.
   *
   * Another name fails the perform with CURLE_BAD_FUNCTION_ARGUMENT (43) when the
   * certificate is loaded. Engines and providers (ENG, PROV) are not built in.
   *
   * Default: "PEM"
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.9.3
   * @see {@link CURLOPT.KEYPASSWD | CURLOPT_KEYPASSWD}
   * @see {@link CURLOPT.SSLCERT | CURLOPT_SSLCERT}
   * @see {@link CURLOPT.SSLCERT_BLOB | CURLOPT_SSLCERT_BLOB}
   * @see {@link CURLOPT.SSLKEY | CURLOPT_SSLKEY}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLCERTTYPE.html | CURLOPT_SSLCERTTYPE} from CURLOPT_SSLCERTTYPE.md (generated; do not edit)
   */
  SSLCERTTYPE: string | null;
  /**
   * client certificate from memory
   *
   * Give the client certificate as bytes (a Uint8Array, copied when set)
   * instead of a file in CURLOPT_SSLCERT(3), which it replaces. The format is
   * CURLOPT_SSLCERTTYPE(3)'s: PEM (the default, with any chain after it), DER, or
   * P12 (certificate and key together). The key comes from CURLOPT_SSLKEY_BLOB(3)
   * or CURLOPT_SSLKEY(3), else from these same bytes. A certificate that cannot be
   * used fails the perform with CURLE_SSL_CERTPROBLEM (58).
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.71.0
   * @see {@link CURLOPT.KEYPASSWD | CURLOPT_KEYPASSWD}
   * @see {@link CURLOPT.SSLCERT | CURLOPT_SSLCERT}
   * @see {@link CURLOPT.SSLCERTTYPE | CURLOPT_SSLCERTTYPE}
   * @see {@link CURLOPT.SSLKEY_BLOB | CURLOPT_SSLKEY_BLOB}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLCERT_BLOB.html | CURLOPT_SSLCERT_BLOB} from CURLOPT_SSLCERT_BLOB.md (generated; do not edit)
   */
  SSLCERT_BLOB: Uint8Array | null;
  /**
   * private key file for the client certificate
   *
   * Give the path of a PEM file with the private key that belongs to the
   * certificate of CURLOPT_SSLCERT(3). When the key is encrypted, set its
   * passphrase with CURLOPT_KEYPASSWD(3). When this option is not set, the key
   * is expected in the certificate file.
   *
   * The file is read when a TLS handshake starts. A key that cannot be read,
   * decrypted or matched to the certificate makes the perform fail with
   * CURLE_SSL_CERTPROBLEM (58). Only PEM keys are supported; manbind has no
   * CURLOPT_SSLKEYTYPE.
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: All)
   *
   * @since 7.9.3
   * @see {@link CURLOPT.KEYPASSWD | CURLOPT_KEYPASSWD}
   * @see {@link CURLOPT.SSLCERT | CURLOPT_SSLCERT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLKEY.html | CURLOPT_SSLKEY} from CURLOPT_SSLKEY.md (generated; do not edit)
   */
  SSLKEY: string | null;
  /**
   * client private key from memory
   *
   * Give the private key of the client certificate as PEM bytes (a
   * Uint8Array, copied when set) instead of a file in CURLOPT_SSLKEY(3), which
   * it replaces. CURLOPT_KEYPASSWD(3) decrypts an encrypted key. A key that cannot
   * be used fails the perform with CURLE_SSL_CERTPROBLEM (58).
   *
   * Default: NULL
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.71.0
   * @see {@link CURLOPT.KEYPASSWD | CURLOPT_KEYPASSWD}
   * @see {@link CURLOPT.SSLCERT_BLOB | CURLOPT_SSLCERT_BLOB}
   * @see {@link CURLOPT.SSLKEY | CURLOPT_SSLKEY}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLKEY_BLOB.html | CURLOPT_SSLKEY_BLOB} from CURLOPT_SSLKEY_BLOB.md (generated; do not edit)
   */
  SSLKEY_BLOB: Uint8Array | null;
  /**
   * TLS versions to use with the server
   *
   * Set the lowest TLS version, and optionally the highest, for the connection
   * with the server. The value is a lowest version, or'ed with at most one highest version
   * (CURL_SSLVERSION_MAX_*). When the two leave no version in common, or the server
   * offers none of them, the handshake fails with CURLE_SSL_CONNECT_ERROR (35).
   * Whether TLS 1.0 and 1.1 can be used at all depends on the OpenSSL security
   * level Node runs with.
   *
   * CURL_SSLVERSION_DEFAULT
   *
   * TLS 1.2 or later.
   *
   * CURL_SSLVERSION_TLSv1
   *
   * TLS 1.0 or later.
   *
   * CURL_SSLVERSION_SSLv2
   *
   * Refused by setopt with CURLE_BAD_FUNCTION_ARGUMENT (43).
   *
   * CURL_SSLVERSION_SSLv3
   *
   * Refused by setopt with CURLE_BAD_FUNCTION_ARGUMENT (43).
   *
   * CURL_SSLVERSION_TLSv1_0
   *
   * TLS 1.0 or later.
   *
   * CURL_SSLVERSION_TLSv1_1
   *
   * TLS 1.1 or later.
   *
   * CURL_SSLVERSION_TLSv1_2
   *
   * TLS 1.2 or later.
   *
   * CURL_SSLVERSION_TLSv1_3
   *
   * TLS 1.3 only.
   *
   * CURL_SSLVERSION_MAX_NONE
   *
   * No upper limit given: the highest version the TLS library has.
   *
   * CURL_SSLVERSION_MAX_DEFAULT
   *
   * The highest version the TLS library has.
   *
   * CURL_SSLVERSION_MAX_TLSv1_0
   *
   * At most TLS 1.0.
   *
   * CURL_SSLVERSION_MAX_TLSv1_1
   *
   * At most TLS 1.1.
   *
   * CURL_SSLVERSION_MAX_TLSv1_2
   *
   * At most TLS 1.2.
   *
   * CURL_SSLVERSION_MAX_TLSv1_3
   *
   * At most TLS 1.3.
   *
   * Default: CURL_SSLVERSION_DEFAULT
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.1
   * @see {@link CURLOPT.PROXY_SSLVERSION | CURLOPT_PROXY_SSLVERSION}
   * @see {@link CURLOPT.SSL_CIPHER_LIST | CURLOPT_SSL_CIPHER_LIST}
   * @see {@link CURLOPT.TLS13_CIPHERS | CURLOPT_TLS13_CIPHERS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSLVERSION.html | CURLOPT_SSLVERSION} from CURLOPT_SSLVERSION.md (generated; do not edit)
   */
  SSLVERSION: number;
  /**
   * ciphers to offer for TLS 1.2 and older
   *
   * Choose the ciphers offered to the server. The string is an OpenSSL cipher list for TLS 1.2 and older, names joined
   * with colons (ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256), and
   * may use OpenSSL's keywords and ! exclusions. It is only used when the lowest
   * version allowed is below TLS 1.3; TLS 1.3 suites are chosen separately. A list
   * in which OpenSSL finds no cipher fails the perform with CURLE_SSL_CIPHER (59);
   * a list that is taken is shown in the verbose output
   * (Cipher selection: ...).
   *
   * Default: NULL: Node's default list.
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.9
   * @see {@link CURLOPT.PROXY_SSL_CIPHER_LIST | CURLOPT_PROXY_SSL_CIPHER_LIST}
   * @see {@link CURLOPT.SSLVERSION | CURLOPT_SSLVERSION}
   * @see {@link CURLOPT.TLS13_CIPHERS | CURLOPT_TLS13_CIPHERS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSL_CIPHER_LIST.html | CURLOPT_SSL_CIPHER_LIST} from CURLOPT_SSL_CIPHER_LIST.md (generated; do not edit)
   */
  SSL_CIPHER_LIST: string | null;
  /**
   * key exchange groups to offer
   *
   * Name the elliptic curves and other key exchange groups offered to the
   * server, joined with colons in order of preference (X25519:P-256), as
   * OpenSSL's SSL_CTX_set1_curves_list takes them. A list OpenSSL refuses fails
   * the perform with CURLE_SSL_CIPHER (59). The group the server picked is shown
   * in the SSL connection using verbose line.
   *
   * Default: NULL: Node's default groups.
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.73.0
   * @see {@link CURLOPT.SSL_CIPHER_LIST | CURLOPT_SSL_CIPHER_LIST}
   * @see {@link CURLOPT.TLS13_CIPHERS | CURLOPT_TLS13_CIPHERS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSL_EC_CURVES.html | CURLOPT_SSL_EC_CURVES} from CURLOPT_SSL_EC_CURVES.md (generated; do not edit)
   */
  SSL_EC_CURVES: string | null;
  /**
   * offer a protocol by ALPN in the TLS handshake
   *
   * Decide whether the TLS handshake offers an application protocol by ALPN
   * (RFC 7301). With it on (any non-zero value) manbind offers an https server
   * what CURLOPT_HTTP_VERSION(3) asks (h2,http/1.1 by default) and an HTTPS
   * proxy http/1.1, and the verbose output shows the offer and the answer. With 0 nothing is offered,
   * except to a CURLPROXY_HTTPS2 proxy (CURLOPT_PROXYTYPE(3)), which is always offered
   * h2,http/1.1. As in libcurl, the other TLS schemes
   * (wss, gophers, imaps, pop3s, smtps, ftps) never offer ALPN.
   *
   * Default: 1
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.36.0
   * @see {@link CURLOPT.HTTP_VERSION | CURLOPT_HTTP_VERSION}
   * @see {@link CURLOPT.SSL_SESSIONID_CACHE | CURLOPT_SSL_SESSIONID_CACHE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSL_ENABLE_ALPN.html | CURLOPT_SSL_ENABLE_ALPN} from CURLOPT_SSL_ENABLE_ALPN.md (generated; do not edit)
   */
  SSL_ENABLE_ALPN: boolean | number;
  /**
   * TLS behaviour switches
   *
   * Set flag bits that change how TLS with the server behaves. Bits above the lowest eight are dropped. What each bit does in manbind:
   *
   * CURLSSLOPT_ALLOW_BEAST
   *
   * Keeps OpenSSL from splitting records to defend against the BEAST attack on
   * TLS 1.0 CBC ciphers (passed on as SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS). It only
   * matters when TLS 1.0 is used.
   *
   * CURLSSLOPT_NO_REVOKE
   *
   * Accepted and without effect: a Schannel (Windows) setting.
   *
   * CURLSSLOPT_NO_PARTIALCHAIN
   *
   * Accepted and without effect: manbind never treats an intermediate
   * certificate in the trust store as an anchor (Node's verifier does not), which
   * is what this bit asks for.
   *
   * CURLSSLOPT_REVOKE_BEST_EFFORT
   *
   * Accepted and without effect: a Schannel (Windows) setting.
   *
   * CURLSSLOPT_NATIVE_CA
   *
   * Accepted and without effect: OpenSSL on Linux has no operating system store
   * apart from its CA bundle, and Node's bundled roots are the default anyway.
   *
   * CURLSSLOPT_AUTO_CLIENT_CERT
   *
   * Accepted and without effect: a Schannel (Windows) setting.
   *
   * CURLSSLOPT_EARLYDATA
   *
   * Accepted and without effect: manbind sends no TLS early data.
   *
   * Default: 0
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.25.0
   * @see {@link CURLOPT.PROXY_SSL_OPTIONS | CURLOPT_PROXY_SSL_OPTIONS}
   * @see {@link CURLOPT.SSLVERSION | CURLOPT_SSLVERSION}
   * @see {@link CURLOPT.SSL_CIPHER_LIST | CURLOPT_SSL_CIPHER_LIST}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSL_OPTIONS.html | CURLOPT_SSL_OPTIONS} from CURLOPT_SSL_OPTIONS.md (generated; do not edit)
   */
  SSL_OPTIONS: number;
  /**
   * resume TLS sessions on new connections
   *
   * Decide whether TLS sessions are kept and offered again. With it on (any
   * non-zero value), the session a server hands out is stored, and the next new
   * connection to the same host and port, with the same TLS settings, offers it
   * so the handshake can be shortened; the verbose output then says
   * SSL reusing session with ALPN '...'. A session from a connection whose peer
   * was not verified is not offered where verification is on. The setting covers
   * both the server and an HTTPS proxy.
   *
   * manbind keeps the sessions per easy handle, across its performs; libcurl
   * keeps them per multi handle or share.
   *
   * Default: 1
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.16.0
   * @see {@link CURLOPT.SSLVERSION | CURLOPT_SSLVERSION}
   * @see {@link CURLOPT.SSL_VERIFYPEER | CURLOPT_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSL_SESSIONID_CACHE.html | CURLOPT_SSL_SESSIONID_CACHE} from CURLOPT_SSL_SESSIONID_CACHE.md (generated; do not edit)
   */
  SSL_SESSIONID_CACHE: boolean | number;
  /**
   * check that the certificate names the server
   *
   * Decide whether a TLS connection requires the server certificate to be issued
   * for the host in the URL. The name compared is the URL's host, also when
   * CURLOPT_CONNECT_TO(3) or CURLOPT_RESOLVE(3) send the connection elsewhere. It
   * is matched against the certificate's subject alternative names, DNS names
   * with the usual single-label wildcard rule and IP addresses as addresses
   * (RFC 6125). A mismatch makes the perform fail with
   * CURLE_PEER_FAILED_VERIFICATION (60).
   *
   * 0
   *
   * No name check. Combined with CURLOPT_SSL_VERIFYPEER(3) left on, a
   * certificate that a trusted authority issued for any name is accepted.
   *
   * 1
   *
   * The same as 2. libcurl once gave this value a weaker meaning and later made
   * it an alias, and manbind keeps it that way.
   *
   * 2
   *
   * The certificate must name the host.
   *
   * Default: 2
   *
   * Protocols: TLS (TLS backends: All)
   *
   * @since 7.8.1
   * @see {@link CURLOPT.CAINFO | CURLOPT_CAINFO}
   * @see {@link CURLOPT.CONNECT_TO | CURLOPT_CONNECT_TO}
   * @see {@link CURLOPT.SSL_VERIFYPEER | CURLOPT_SSL_VERIFYPEER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSL_VERIFYHOST.html | CURLOPT_SSL_VERIFYHOST} from CURLOPT_SSL_VERIFYHOST.md (generated; do not edit)
   */
  SSL_VERIFYHOST: 0 | 1 | 2;
  /**
   * check the server certificate's chain of trust
   *
   * With 1 (the default) a TLS connection is only accepted when the server's
   * certificate chain leads to a trusted certificate authority: the ones in
   * CURLOPT_CAINFO(3) and CURLOPT_CAPATH(3), or Node's bundled root certificates
   * when neither is set. A chain that does not verify, or an expired or not yet
   * valid certificate, makes the perform fail with
   * CURLE_PEER_FAILED_VERIFICATION (60).
   *
   * With 0 any certificate is accepted, so the connection is encrypted but the
   * server is not authenticated: anyone in the path can pose as it. Use that only
   * for tests. Whether the certificate names the right host is checked
   * separately, by CURLOPT_SSL_VERIFYHOST(3).
   *
   * Any non-zero value counts as 1. The option applies to https and wss; manbind
   * has no TLS proxies, so there is no proxy counterpart.
   *
   * Default: 1
   *
   * Protocols: TLS (TLS backends: All)
   *
   * @since 7.4.2
   * @see {@link CURLOPT.CAINFO | CURLOPT_CAINFO}
   * @see {@link CURLOPT.CAPATH | CURLOPT_CAPATH}
   * @see {@link CURLOPT.SSL_VERIFYHOST | CURLOPT_SSL_VERIFYHOST}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SSL_VERIFYPEER.html | CURLOPT_SSL_VERIFYPEER} from CURLOPT_SSL_VERIFYPEER.md (generated; do not edit)
   */
  SSL_VERIFYPEER: boolean | number;
  /**
   * where verbose text goes without a debug callback
   *
   * Choose the destination of CURLOPT_VERBOSE(3) output when no
   * CURLOPT_DEBUGFUNCTION(3) is set, and of the text progress meter that
   * CURLOPT_NOPROGRESS(3) set to 0 without a progress callback shows. In C this is a FILE *; in manbind it is
   * any object with a write(text: string) method (the TextSink type):
   * process.stderr, a writable file stream, or a plain object that collects
   * the strings. Each verbose call gets one complete line with its * , <  or
   * >  prefix; each progress meter call one status line. Passing null restores the default.
   *
   * Default: NULL
   *
   * With nothing set, the text goes to process.stderr, as libcurl writes to
   * stderr.
   *
   * Protocols: All
   *
   * @since 7.1
   * @see {@link CURLOPT.DEBUGFUNCTION | CURLOPT_DEBUGFUNCTION}
   * @see {@link CURLOPT.ERRORBUFFER | CURLOPT_ERRORBUFFER}
   * @see {@link CURLOPT.VERBOSE | CURLOPT_VERBOSE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_STDERR.html | CURLOPT_STDERR} from CURLOPT_STDERR.md (generated; do not edit)
   */
  STDERR: TextSink | null;
  /**
   * keep the proxy's CONNECT answer from the callbacks
   *
   * When a transfer goes through a proxy tunnel, the status line and headers of
   * the proxy's answer to CONNECT are normally delivered to the header callback
   * (and, with CURLOPT_HEADER(3), to the write callback) ahead of the server's
   * own response, even in connect-only mode. Pass 1 to leave them out, so the
   * callbacks only see what the server sent. Verbose output still shows them and
   * CURLINFO_HTTP_CONNECTCODE(3) is still set.
   *
   * Any non-zero value counts as 1.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.54.0
   * @see {@link CURLOPT.HEADER | CURLOPT_HEADER}
   * @see {@link CURLOPT.HEADERFUNCTION | CURLOPT_HEADERFUNCTION}
   * @see {@link CURLOPT.HTTPPROXYTUNNEL | CURLOPT_HTTPPROXYTUNNEL}
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_SUPPRESS_CONNECT_HEADERS.html | CURLOPT_SUPPRESS_CONNECT_HEADERS} from CURLOPT_SUPPRESS_CONNECT_HEADERS.md (generated; do not edit)
   */
  SUPPRESS_CONNECT_HEADERS: boolean | number;
  /**
   * probe idle connections at the TCP level
   *
   * Pass 1 to switch on TCP keepalive for the sockets the engine connects. The
   * kernel then sends probes on a connection that has been quiet for
   * CURLOPT_TCP_KEEPIDLE(3) seconds, so a peer that vanished without closing is
   * noticed, and middleboxes do not drop a connect-only connection that waits a
   * long time between messages. With 0 no probes are sent. Any non-zero value
   * counts as 1.
   *
   * Default: 0
   *
   * Protocols: TCP
   *
   * @since 7.25.0
   * @see {@link CURLOPT.TCP_KEEPIDLE | CURLOPT_TCP_KEEPIDLE}
   * @see {@link CURLOPT.TCP_KEEPINTVL | CURLOPT_TCP_KEEPINTVL}
   * @see {@link CURLOPT.TCP_NODELAY | CURLOPT_TCP_NODELAY}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TCP_KEEPALIVE.html | CURLOPT_TCP_KEEPALIVE} from CURLOPT_TCP_KEEPALIVE.md (generated; do not edit)
   */
  TCP_KEEPALIVE: boolean | number;
  /**
   * quiet time before the first keepalive probe
   *
   * Set how many seconds a connection may stay silent before the first keepalive
   * probe goes out. It only matters when CURLOPT_TCP_KEEPALIVE(3) is on. manbind
   * passes it to Node as the initial delay of socket.setKeepAlive().
   *
   * Default: 60
   *
   * Protocols: TCP
   *
   * @since 7.25.0
   * @see {@link CURLOPT.TCP_KEEPALIVE | CURLOPT_TCP_KEEPALIVE}
   * @see {@link CURLOPT.TCP_KEEPINTVL | CURLOPT_TCP_KEEPINTVL}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TCP_KEEPIDLE.html | CURLOPT_TCP_KEEPIDLE} from CURLOPT_TCP_KEEPIDLE.md (generated; do not edit)
   */
  TCP_KEEPIDLE: number;
  /**
   * time between keepalive probes
   *
   * Set how many seconds apart keepalive probes are sent once the first one got
   * no answer. It only matters when CURLOPT_TCP_KEEPALIVE(3) is on.
   *
   * manbind departs from libcurl here: Node's socket API sets only the idle time
   * (CURLOPT_TCP_KEEPIDLE(3)), not the probe interval, so the value is checked
   * and kept (a duplicated handle gets it too) but sockets use the operating
   * system's interval.
   *
   * Default: 60
   *
   * Protocols: TCP
   *
   * @since 7.25.0
   * @see {@link CURLOPT.TCP_KEEPALIVE | CURLOPT_TCP_KEEPALIVE}
   * @see {@link CURLOPT.TCP_KEEPIDLE | CURLOPT_TCP_KEEPIDLE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TCP_KEEPINTVL.html | CURLOPT_TCP_KEEPINTVL} from CURLOPT_TCP_KEEPINTVL.md (generated; do not edit)
   */
  TCP_KEEPINTVL: number;
  /**
   * send small writes without delay
   *
   * With 1 (the default) the engine turns off Nagle's algorithm on every socket
   * it connects (socket.setNoDelay(true) in Node terms), so each send leaves at
   * once instead of waiting to be merged with the next one. That favours latency,
   * which suits the request and reply exchanges of connect-only use. With 0 the
   * socket keeps the operating system's default, which can save packets when an
   * application writes many small pieces.
   *
   * The setting is applied before the CURLOPT_SOCKOPTFUNCTION(3) callback runs,
   * so the callback can still change it. Sockets handed in by an open-socket
   * callback get it as well when they are net.Socket objects; other streams are
   * left alone. Any non-zero value counts as 1.
   *
   * Default: 1
   *
   * Protocols: TCP
   *
   * @since 7.11.2
   * @see {@link CURLOPT.SOCKOPTFUNCTION | CURLOPT_SOCKOPTFUNCTION}
   * @see {@link CURLOPT.TCP_KEEPALIVE | CURLOPT_TCP_KEEPALIVE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TCP_NODELAY.html | CURLOPT_TCP_NODELAY} from CURLOPT_TCP_NODELAY.md (generated; do not edit)
   */
  TCP_NODELAY: boolean | number;
  /**
   * fetch only if the resource changed, or did not
   *
   * Make the request conditional on the time set with CURLOPT_TIMEVALUE_LARGE(3).
   * The request carries that time as an HTTP date in the header the condition
   * names, after any Cookie: header, and a header of the same name in
   * CURLOPT_HTTPHEADER(3) is sent instead. The server should answer 304 when the
   * condition fails; CURLINFO_CONDITION_UNMET(3) then reports 1.
   *
   * When the server sends the resource anyway with a Last-Modified: date that
   * fails the condition, the library checks it itself: it reads no body, closes
   * the connection, reports a response code of 304 and sets
   * CURLINFO_CONDITION_UNMET(3), and the transfer still returns CURLE_OK. This
   * check is skipped when a range is asked for (CURLOPT_RANGE(3),
   * CURLOPT_RESUME_FROM_LARGE(3)), when the time is 0 and when the response has no
   * date.
   *
   * CURL_TIMECOND_NONE
   *
   * No condition, no header.
   *
   * CURL_TIMECOND_IFMODSINCE
   *
   * If-Modified-Since:: the body is wanted only when the resource changed after
   * the time.
   *
   * CURL_TIMECOND_IFUNMODSINCE
   *
   * If-Unmodified-Since:: the body is wanted only when the resource did not
   * change since the time.
   *
   * CURL_TIMECOND_LASTMOD
   *
   * Sends the time in a Last-Modified: request header; the check on the answer
   * is the one of CURL_TIMECOND_IFMODSINCE.
   *
   * Default: CURL_TIMECOND_NONE (0)
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.TIMEVALUE_LARGE | CURLOPT_TIMEVALUE_LARGE}
   * @see CURLINFO_CONDITION_UNMET
   * @see {@link CURLOPT.FILETIME | CURLOPT_FILETIME}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TIMECONDITION.html | CURLOPT_TIMECONDITION} from CURLOPT_TIMECONDITION.md (generated; do not edit)
   */
  TIMECONDITION:
    | typeof CURL_TIMECOND_NONE
    | typeof CURL_TIMECOND_IFMODSINCE
    | typeof CURL_TIMECOND_IFUNMODSINCE
    | typeof CURL_TIMECOND_LASTMOD;
  /**
   * time limit for a whole perform, in seconds
   *
   * Limit, in seconds, how long a perform may run from start to end, connect
   * phase included. When it runs out the perform returns
   * CURLE_OPERATION_TIMEDOUT (28) and the connection is closed. 0 means no
   * limit. For the connect phase, the shorter of this limit and
   * CURLOPT_CONNECTTIMEOUT(3) applies.
   *
   * A connect-only transfer is only held to it while connecting: once the
   * connection is handed over (after the WebSocket upgrade, for mode 2) the
   * application's own send and recv calls are never timed out by the handle.
   *
   * This option and CURLOPT_TIMEOUT_MS(3) set the same limit; the one set last
   * counts.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.1
   * @see CURLINFO_TOTAL_TIME
   * @see {@link CURLOPT.CONNECTTIMEOUT | CURLOPT_CONNECTTIMEOUT}
   * @see {@link CURLOPT.TCP_KEEPALIVE | CURLOPT_TCP_KEEPALIVE}
   * @see {@link CURLOPT.TIMEOUT_MS | CURLOPT_TIMEOUT_MS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TIMEOUT.html | CURLOPT_TIMEOUT} from CURLOPT_TIMEOUT.md (generated; do not edit)
   */
  TIMEOUT: number;
  /**
   * time limit for a whole perform, in milliseconds
   *
   * The millisecond form of CURLOPT_TIMEOUT(3): the longest a perform may take in
   * total before it returns CURLE_OPERATION_TIMEDOUT (28). 0 means no limit.
   * Connect-only transfers are held to it only until their connection is handed
   * over. Both options write the same setting, so the last one set is used.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.16.2
   * @see CURLINFO_TOTAL_TIME
   * @see {@link CURLOPT.CONNECTTIMEOUT_MS | CURLOPT_CONNECTTIMEOUT_MS}
   * @see {@link CURLOPT.TCP_KEEPALIVE | CURLOPT_TCP_KEEPALIVE}
   * @see {@link CURLOPT.TIMEOUT | CURLOPT_TIMEOUT}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TIMEOUT_MS.html | CURLOPT_TIMEOUT_MS} from CURLOPT_TIMEOUT_MS.md (generated; do not edit)
   */
  TIMEOUT_MS: number;
  /**
   * the time for the time condition
   *
   * Set the time, in seconds since 1970-01-01 00:00 UTC, that
   * CURLOPT_TIMECONDITION(3) compares the resource with. Nothing happens with it
   * unless a condition is set. A time the library cannot turn into a date makes
   * the perform fail with CURLE_BAD_FUNCTION_ARGUMENT (43) and the text Invalid
   * TIMEVALUE. CURLOPT_TIMEVALUE_LARGE(3) sets the same time with a 64-bit type.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.TIMECONDITION | CURLOPT_TIMECONDITION}
   * @see {@link CURLOPT.TIMEVALUE_LARGE | CURLOPT_TIMEVALUE_LARGE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TIMEVALUE.html | CURLOPT_TIMEVALUE} from CURLOPT_TIMEVALUE.md (generated; do not edit)
   */
  TIMEVALUE: number;
  /**
   * the time for the time condition
   *
   * Set the time, in seconds since 1970-01-01 00:00 UTC, that
   * CURLOPT_TIMECONDITION(3) compares the resource with. Nothing happens with it
   * unless a condition is set. A time the library cannot turn into a date makes
   * the perform fail with CURLE_BAD_FUNCTION_ARGUMENT (43) and the text Invalid
   * TIMEVALUE.
   *
   * The value is a number or a bigint.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.59.0
   * @see {@link CURLOPT.TIMECONDITION | CURLOPT_TIMECONDITION}
   * @see {@link CURLOPT.TIMEVALUE | CURLOPT_TIMEVALUE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TIMEVALUE_LARGE.html | CURLOPT_TIMEVALUE_LARGE} from CURLOPT_TIMEVALUE_LARGE.md (generated; do not edit)
   */
  TIMEVALUE_LARGE: number | bigint;
  /**
   * TLS 1.3 cipher suites to offer
   *
   * Choose the TLS 1.3 cipher suites offered to the server. The string names TLS 1.3 cipher suites joined with colons, for example
   * TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256. It is only used when
   * TLS 1.3 is allowed by the highest version. An unknown suite fails the perform
   * with CURLE_SSL_CIPHER (59); a list that is taken is shown in the verbose
   * output (TLS 1.3 cipher selection: ...).
   *
   * Default: NULL: Node's default suites.
   *
   * Protocols: TLS (TLS backends: OpenSSL)
   *
   * @since 7.61.0
   * @see {@link CURLOPT.PROXY_TLS13_CIPHERS | CURLOPT_PROXY_TLS13_CIPHERS}
   * @see {@link CURLOPT.SSLVERSION | CURLOPT_SSLVERSION}
   * @see {@link CURLOPT.SSL_CIPHER_LIST | CURLOPT_SSL_CIPHER_LIST}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TLS13_CIPHERS.html | CURLOPT_TLS13_CIPHERS} from CURLOPT_TLS13_CIPHERS.md (generated; do not edit)
   */
  TLS13_CIPHERS: string | null;
  /**
   * value handed to the trailer callback
   *
   * The value passed unchanged as the last argument (userdata) of the
   * CURLOPT_TRAILERFUNCTION(3) call. In manbind it can be any JavaScript value.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.64.0
   * @see {@link CURLOPT.TRAILERFUNCTION | CURLOPT_TRAILERFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TRAILERDATA.html | CURLOPT_TRAILERDATA} from CURLOPT_TRAILERDATA.md (generated; do not edit)
   */
  TRAILERDATA: unknown;
  /**
   * callback that adds trailing headers to a chunked upload
   *
   * Set a function that is called once at the end of a request body that comes
   * from CURLOPT_READFUNCTION(3) or CURLOPT_READDATA(3) and is sent with
   * Transfer-Encoding: chunked (a body of unknown size, or one forced chunked
   * with a custom header), after the read reported the end. The header
   * lines it gives are sent after the last, empty chunk, as trailers.
   *
   * In manbind the callback receives (list, userdata): an empty array (never
   * null, though the type allows it) to push header lines onto, as "Name: value" strings, and the value of
   * CURLOPT_TRAILERDATA(3). A line without a colon followed by a space is skipped
   * (verbose output says "Malformatted trailing header, skipping trailer").
   * Return CURL_TRAILERFUNC_OK to send them. Returning anything else, or
   * throwing, fails the transfer with CURLE_ABORTED_BY_CALLBACK (42), the text
   * being "operation aborted by trailing headers callback" (or a thrown error's
   * message).
   *
   * HTTP asks the client to name the trailers it will send in a Trailer request
   * header; set that with CURLOPT_HTTPHEADER(3). Bodies that are not chunked, and
   * CURLOPT_POSTFIELDS(3) bodies, never call this function.
   *
   * Default: NULL: the chunked body ends with the empty chunk and no trailers.
   *
   * Protocols: HTTP
   *
   * @since 7.64.0
   * @see {@link CURLOPT.READFUNCTION | CURLOPT_READFUNCTION}
   * @see {@link CURLOPT.TRAILERDATA | CURLOPT_TRAILERDATA}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TRAILERFUNCTION.html | CURLOPT_TRAILERFUNCTION} from CURLOPT_TRAILERFUNCTION.md (generated; do not edit)
   */
  TRAILERFUNCTION: curl_trailer_callback | null;
  /**
   * ask for a compressed transfer coding
   *
   * Pass 1 to ask the server to compress the response for the transfer itself
   * rather than as part of the content: the request carries TE: gzip and names
   * TE in its Connection: header (a TE: line in CURLOPT_HTTPHEADER(3) is
   * sent instead, and then the Connection: header does not name it). A body sent
   * with Transfer-Encoding: gzip (or deflate, br, usually followed by
   * chunked) is then decoded before it reaches the write callback, and the
   * transfer sizes count the decoded bytes. A body that is not chunked ends when
   * the connection closes; its Content-Length: is not used.
   *
   * Without this option a response with a transfer coding other than chunked
   * (or identity) fails with CURLE_BAD_CONTENT_ENCODING (61) and the text
   * Unsolicited Transfer-Encoding (gzip) found, unless
   * CURLOPT_HTTP_TRANSFER_DECODING(3) is 0. Either way, a coding listed after
   * chunked fails with 61, as do more than five codings. Any non-zero value
   * counts as 1.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.21.6
   * @see {@link CURLOPT.ACCEPT_ENCODING | CURLOPT_ACCEPT_ENCODING}
   * @see {@link CURLOPT.HTTP_TRANSFER_DECODING | CURLOPT_HTTP_TRANSFER_DECODING}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_TRANSFER_ENCODING.html | CURLOPT_TRANSFER_ENCODING} from CURLOPT_TRANSFER_ENCODING.md (generated; do not edit)
   */
  TRANSFER_ENCODING: boolean | number;
  /**
   * connect through a Unix domain socket
   *
   * Make every connection of the handle to the file system socket at path
   * instead of a TCP connection to the URL's host. The URL still decides the
   * scheme, the Host: header and the TLS server name; only the transport
   * changes, so http://localhost/ with this option talks HTTP to whatever
   * listens on path. Ordinary transfers, CONNECT_ONLY 1 with send and recv, and
   * CONNECT_ONLY 2 for HTTP and WebSocket all work over it.
   *
   * No name is resolved, CURLOPT_CONNECT_TO(3) is not used and every proxy
   * setting, the proxy environment variables included, is ignored. TCP options
   * (CURLOPT_TCP_NODELAY(3), keepalive) and local binding (CURLOPT_LOCALPORT(3))
   * do not apply to such a socket.
   *
   * The open-socket callback sees family 1 (AF_UNIX), protocol 0, addr.address
   * the path and addr.port 0; changing addr.address connects elsewhere.
   * Afterwards CURLINFO_PRIMARY_IP(3) reports the path (only its first 45 bytes,
   * the size libcurl keeps for an address), CURLINFO_PRIMARY_PORT(3) 0,
   * CURLINFO_LOCAL_IP(3) an empty string and CURLINFO_LOCAL_PORT(3) 0.
   *
   * A path longer than 107 bytes cannot be used: the perform fails with
   * CURLE_COULDNT_RESOLVE_HOST (6) and the text Unix socket path too long.
   * When nothing listens there, the perform fails with CURLE_COULDNT_CONNECT (7).
   *
   * Setting this option ends any earlier CURLOPT_ABSTRACT_UNIX_SOCKET(3) choice:
   * both options set the same path, and the one set last says which kind it is.
   * NULL goes back to TCP.
   *
   * Default: NULL, connections use TCP
   *
   * Protocols: All
   *
   * @since 7.40.0
   * @see {@link CURLOPT.ABSTRACT_UNIX_SOCKET | CURLOPT_ABSTRACT_UNIX_SOCKET}
   * @see {@link CURLOPT.OPENSOCKETFUNCTION | CURLOPT_OPENSOCKETFUNCTION}
   * @see CURLINFO_PRIMARY_IP
   * @see {@link https://curl.se/libcurl/c/CURLOPT_UNIX_SOCKET_PATH.html | CURLOPT_UNIX_SOCKET_PATH} from CURLOPT_UNIX_SOCKET_PATH.md (generated; do not edit)
   */
  UNIX_SOCKET_PATH: string | null;
  /**
   * keep sending credentials after redirects elsewhere
   *
   * Set allow to 1 to let the engine send the transfer's credentials (the
   * Authorization header it makes, a custom Authorization or Cookie header
   * and CURLOPT_COOKIE(3)) to every host a followed redirect leads to. By default
   * they only go to the host, port and scheme the transfer started with.
   *
   * Anyone the redirect leads to then sees the credentials; with Basic that is the
   * password itself. Enable it only when every host on the way is trusted.
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.10.4
   * @see CURLINFO_REDIRECT_COUNT
   * @see {@link CURLOPT.FOLLOWLOCATION | CURLOPT_FOLLOWLOCATION}
   * @see {@link CURLOPT.HTTPAUTH | CURLOPT_HTTPAUTH}
   * @see {@link CURLOPT.USERPWD | CURLOPT_USERPWD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_UNRESTRICTED_AUTH.html | CURLOPT_UNRESTRICTED_AUTH} from CURLOPT_UNRESTRICTED_AUTH.md (generated; do not edit)
   */
  UNRESTRICTED_AUTH: number;
  /**
   * how often connection upkeep may send
   *
   * Set the time in milliseconds that must pass between two keep-alive messages
   * curl_easy_upkeep(3) sends on a connection. Such messages exist only for
   * protocols that have them: the PING of HTTP/2. HTTP/1 and WebSocket
   * connections have none, and the value changes nothing for them.
   *
   * Default: 60000
   *
   * Protocols: All
   *
   * @since 7.62.0
   * @see curl_easy_upkeep
   * @see {@link CURLOPT.TCP_KEEPALIVE | CURLOPT_TCP_KEEPALIVE}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_UPKEEP_INTERVAL_MS.html | CURLOPT_UPKEEP_INTERVAL_MS} from CURLOPT_UPKEEP_INTERVAL_MS.md (generated; do not edit)
   */
  UPKEEP_INTERVAL_MS: number;
  /**
   * send a body with a PUT request
   *
   * Set to 1 to make the transfer an upload. Over HTTP that is a PUT request
   * whose body comes from CURLOPT_READFUNCTION(3), or, without a callback, is read
   * from the stream given with CURLOPT_READDATA(3) (standard input when none is
   * given). Turning the option on also turns CURLOPT_NOBODY(3) off. Setting 0
   * goes back to a GET.
   *
   * Tell the size of the body with CURLOPT_INFILESIZE_LARGE(3): it is then sent as
   * Content-Length. When the size is unknown the body is sent with
   * Transfer-Encoding: chunked, which HTTP/1.0 does not have; such an upload
   * over HTTP/1.0 fails with CURLE_UPLOAD_FAILED (25). Bodies larger than 1 MiB,
   * or of unknown size, announce Expect: 100-continue.
   *
   * In manbind the request kind is worked out when the transfer starts:
   * CURLOPT_NOBODY(3) wins, then this option, then CURLOPT_POST(3) or
   * CURLOPT_POSTFIELDS(3).
   *
   * Default: 0
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.INFILESIZE_LARGE | CURLOPT_INFILESIZE_LARGE}
   * @see {@link CURLOPT.READFUNCTION | CURLOPT_READFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_UPLOAD.html | CURLOPT_UPLOAD} from CURLOPT_UPLOAD.md (generated; do not edit)
   */
  UPLOAD: number;
  /**
   * most bytes one read callback call is asked for
   *
   * Set how many bytes a call to CURLOPT_READFUNCTION(3) is asked for at most,
   * and so how large the pieces are in which an upload is read and sent. Values
   * below 16384 are raised to 16384 and values above 2097152 (2 MiB) are lowered
   * to it.
   *
   * Default: 65536
   *
   * Protocols: HTTP
   *
   * @since 7.62.0
   * @see {@link CURLOPT.READFUNCTION | CURLOPT_READFUNCTION}
   * @see {@link CURLOPT.UPLOAD | CURLOPT_UPLOAD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_UPLOAD_BUFFERSIZE.html | CURLOPT_UPLOAD_BUFFERSIZE} from CURLOPT_UPLOAD_BUFFERSIZE.md (generated; do not edit)
   */
  UPLOAD_BUFFERSIZE: number;
  /**
   * the URL a transfer works on
   *
   * Give the URL the next perform uses, as a string of the form
   * scheme://host[:port]/path[?query]. The scheme picks the protocol and its
   * default port (80 for http and ws, 443 for https and wss); the host is resolved
   * unless CURLOPT_RESOLVE(3) or CURLOPT_CONNECT_TO(3) say otherwise, and
   * CURLOPT_PORT(3) can override the port. IPv6 literals go in brackets, as in
   * http://[::1]:8080/.
   *
   * The URL is checked when perform starts, not when it is set: a URL manbind
   * cannot parse makes the perform return CURLE_URL_MALFORMAT (3), and a scheme
   * it does not know returns CURLE_UNSUPPORTED_PROTOCOL (1). Without any URL the
   * perform returns CURLE_URL_MALFORMAT as well. manbind takes its own copy of the
   * string; pass null to forget it.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.1
   * @see CURLINFO_EFFECTIVE_URL
   * @see {@link CURLOPT.CONNECT_ONLY | CURLOPT_CONNECT_ONLY}
   * @see {@link CURLOPT.FORBID_REUSE | CURLOPT_FORBID_REUSE}
   * @see {@link CURLOPT.FRESH_CONNECT | CURLOPT_FRESH_CONNECT}
   * @see {@link CURLOPT.PORT | CURLOPT_PORT}
   * @see curl_easy_perform
   * @see {@link https://curl.se/libcurl/c/CURLOPT_URL.html | CURLOPT_URL} from CURLOPT_URL.md (generated; do not edit)
   */
  URL: string | null;
  /**
   * value of the User-Agent header
   *
   * Set the text sent in a User-Agent: header, which identifies the client to
   * the server. It goes into HTTP requests and WebSocket upgrade requests, and
   * also into the CONNECT request sent to a proxy, right after any
   * Proxy-Authorization: line. The library sends no User-Agent: at all until
   * this option is set (the curl command-line tool sets one; the library does
   * not). A User-Agent: line in CURLOPT_HTTPHEADER(3) or
   * CURLOPT_PROXYHEADER(3) overrides it for the server or the proxy respectively.
   * null removes it.
   *
   * Default: NULL
   *
   * Protocols: HTTP
   *
   * @since 7.1
   * @see {@link CURLOPT.CUSTOMREQUEST | CURLOPT_CUSTOMREQUEST}
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link CURLOPT.PROXYHEADER | CURLOPT_PROXYHEADER}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_USERAGENT.html | CURLOPT_USERAGENT} from CURLOPT_USERAGENT.md (generated; do not edit)
   */
  USERAGENT: string | null;
  /**
   * user name for the transfer
   *
   * Set the user name to log in with, exactly as given: nothing is decoded and
   * colons are part of the name. It is used by the login of IMAP, POP3, SMTP and
   * FTP (SASL or the protocol's own commands) and by HTTP, where it goes in an
   * Authorization: Basic header together with CURLOPT_PASSWORD(3), to the host
   * of the URL only: after a redirect to another host or port it is not sent.
   *
   * A user name set with this option wins over one written in the URL. This option
   * and CURLOPT_USERPWD(3) write the same setting, so the last one set decides.
   * For IMAP, POP3, SMTP and FTP a user name with a control byte (below ASCII 32,
   * such as CR or LF) makes curl_easy_perform(3) fail with
   * CURLE_BAD_FUNCTION_ARGUMENT (43) before any connection is made. FTP without
   * any credentials logs in as anonymous with the password ftp@example.com.
   *
   * manbind serves the connect phase of IMAP, POP3, SMTP and FTP (and their TLS
   * forms) for CURLOPT_CONNECT_ONLY(3) transfers only.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.19.1
   * @see {@link CURLOPT.PASSWORD | CURLOPT_PASSWORD}
   * @see {@link CURLOPT.USERPWD | CURLOPT_USERPWD}
   * @see {@link CURLOPT.LOGIN_OPTIONS | CURLOPT_LOGIN_OPTIONS}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_USERNAME.html | CURLOPT_USERNAME} from CURLOPT_USERNAME.md (generated; do not edit)
   */
  USERNAME: string | null;
  /**
   * user name and password in one string
   *
   * Set the user name and password as user:password. The string is split at its
   * first colon and nothing is decoded, so the password may hold colons and the
   * user name cannot; use CURLOPT_USERNAME(3) for such a name. Without a colon the
   * whole string is the user name and the password is cleared. null clears both.
   *
   * It sets what CURLOPT_USERNAME(3) and CURLOPT_PASSWORD(3) set, with the same
   * uses: the login of IMAP, POP3, SMTP and FTP, and Basic authentication for HTTP
   * (never sent to another host after a redirect).
   *
   * manbind serves the connect phase of IMAP, POP3, SMTP and FTP (and their TLS
   * forms) for CURLOPT_CONNECT_ONLY(3) transfers only.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.1
   * @see {@link CURLOPT.USERNAME | CURLOPT_USERNAME}
   * @see {@link CURLOPT.PASSWORD | CURLOPT_PASSWORD}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_USERPWD.html | CURLOPT_USERPWD} from CURLOPT_USERPWD.md (generated; do not edit)
   */
  USERPWD: string | null;
  /**
   * require or try TLS on a plain connection
   *
   * Ask for TLS on an imap://, pop3://, smtp:// or ftp:// connection,
   * which starts in plain text: after the server lists its capabilities (after the
   * greeting for FTP), the connect phase sends STARTTLS (IMAP, SMTP), STLS (POP3)
   * or AUTH SSL and AUTH TLS (FTP, in the order CURLOPT_FTPSSLAUTH(3) says), then
   * runs the TLS handshake with the usual TLS options and logs in over TLS. Over
   * TLS, FTP then sends PBSZ 0 and PROT. The imaps://, pop3s://,
   * smtps:// and ftps:// schemes use TLS from the start and need no upgrade.
   * Values outside 0 to 3 return CURLE_BAD_FUNCTION_ARGUMENT (43).
   *
   * CURLUSESSL_NONE
   *
   * No upgrade is asked for.
   *
   * CURLUSESSL_TRY
   *
   * Upgrade when the server offers it; when it does not, or refuses, the login
   * goes on in plain text.
   *
   * CURLUSESSL_CONTROL
   *
   * Require TLS for the control connection: a server that does not offer or
   * refuses the upgrade fails the transfer with CURLE_USE_SSL_FAILED (64), with
   * texts such as STARTTLS not available. or STARTTLS denied. FTP sends PROT
   * C.
   *
   * CURLUSESSL_ALL
   *
   * Require TLS for everything, as CURLUSESSL_CONTROL; FTP sends PROT P, and a
   * refused PROT fails the transfer with CURLE_USE_SSL_FAILED (64).
   *
   * manbind serves the connect phase of IMAP, POP3, SMTP and FTP (and their TLS
   * forms) for CURLOPT_CONNECT_ONLY(3) transfers only.
   *
   * Default: CURLUSESSL_NONE
   *
   * Protocols: FTP, IMAP, POP3, SMTP
   *
   * @since 7.17.0
   * @see {@link CURLOPT.SSL_VERIFYPEER | CURLOPT_SSL_VERIFYPEER}
   * @see {@link CURLOPT.CAINFO | CURLOPT_CAINFO}
   * @see {@link CURLOPT.FTPSSLAUTH | CURLOPT_FTPSSLAUTH}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_USE_SSL.html | CURLOPT_USE_SSL} from CURLOPT_USE_SSL.md (generated; do not edit)
   */
  USE_SSL: typeof CURLUSESSL_NONE | typeof CURLUSESSL_TRY | typeof CURLUSESSL_CONTROL | typeof CURLUSESSL_ALL;
  /**
   * report what the engine is doing
   *
   * Pass 1 to have the handle describe its work as it goes: resolved addresses,
   * each Trying attempt and its failure, the proxy tunnel exchange, the
   * established connection, connections kept or closed, and every failure text.
   * manbind prints the same lines, in the same words, as libcurl 8.22 does for
   * the parts it implements. Proxy passwords never appear in the output.
   *
   * The lines go to the CURLOPT_DEBUGFUNCTION(3) callback when one is set.
   * Otherwise informational text is written to CURLOPT_STDERR(3)
   * (process.stderr unless changed) prefixed by * , incoming headers by <
   * and outgoing headers by > . Data sent or received with easy.send() and
   * easy.recv() is not reported.
   *
   * Any non-zero number switches the output on and 0 switches it off. As in
   * libcurl, a value other than 0 or 1 is accepted and treated as 1; with
   * verbose on, a note about that is printed.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.1
   * @see {@link CURLOPT.DEBUGFUNCTION | CURLOPT_DEBUGFUNCTION}
   * @see {@link CURLOPT.ERRORBUFFER | CURLOPT_ERRORBUFFER}
   * @see {@link CURLOPT.STDERR | CURLOPT_STDERR}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_VERBOSE.html | CURLOPT_VERBOSE} from CURLOPT_VERBOSE.md (generated; do not edit)
   */
  VERBOSE: boolean | number;
  /**
   * application value handed to the write callback
   *
   * Store a value that the engine passes, unchanged, as the last argument
   * (userdata) of each CURLOPT_WRITEFUNCTION(3) call. In manbind it can be any
   * JavaScript value.
   *
   * When no write callback is set, the value is where the body goes: libcurl
   * treats it as a FILE *, and manbind calls its write(chunk) method with
   * each piece as a Uint8Array, so a fs.WriteStream or process.stdout
   * works. A value without such a method is ignored in that case and the body
   * goes to process.stdout.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.9.7
   * @see {@link CURLOPT.HEADERDATA | CURLOPT_HEADERDATA}
   * @see {@link CURLOPT.WRITEFUNCTION | CURLOPT_WRITEFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_WRITEDATA.html | CURLOPT_WRITEDATA} from CURLOPT_WRITEDATA.md (generated; do not edit)
   */
  WRITEDATA: unknown;
  /**
   * callback that receives the response body
   *
   * Set a function that receives the body of each response as it arrives, in
   * pieces of whatever size the network delivers. Transfer encodings are already
   * removed: a chunked body arrives as its plain content. With CURLOPT_HEADER(3)
   * on, the header lines come through this callback too, ahead of the body. An
   * empty body means the callback is not called at all.
   *
   * In manbind the callback receives (ptr, size, nmemb, userdata): the bytes as
   * a Uint8Array, size always 1, nmemb the number of bytes, and the value
   * of CURLOPT_WRITEDATA(3). The array is only valid during the call; copy it to
   * keep it. Return size * nmemb to accept the piece. Returning another number,
   * or throwing, aborts the transfer with CURLE_WRITE_ERROR (23); a thrown
   * error's message becomes the handle's last error text. Returning
   * CURL_WRITEFUNC_ERROR aborts the same way, with the text "client returned
   * ERROR on write of N bytes".
   *
   * Returning CURL_WRITEFUNC_PAUSE pauses receiving: the piece counts as not
   * taken, nothing more is read, and once curl_easy_pause(3) resumes the
   * transfer the callback gets the same bytes again, followed by the rest.
   *
   * Connect-only transfers do not use this callback for data read later with
   * curl_easy_recv(3); in mode 2 manbind stops after the response headers, so no
   * body reaches it either.
   *
   * Default: NULL
   *
   * Without a callback the body is written to CURLOPT_WRITEDATA(3) when that
   * value has a write method, and to process.stdout otherwise, the way
   * libcurl uses fwrite on its FILE *.
   *
   * Protocols: All
   *
   * @since 7.1
   * @see {@link CURLOPT.HEADER | CURLOPT_HEADER}
   * @see {@link CURLOPT.HEADERFUNCTION | CURLOPT_HEADERFUNCTION}
   * @see {@link CURLOPT.WRITEDATA | CURLOPT_WRITEDATA}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_WRITEFUNCTION.html | CURLOPT_WRITEFUNCTION} from CURLOPT_WRITEFUNCTION.md (generated; do not edit)
   */
  WRITEFUNCTION: write_callback | null;
  /**
   * WebSocket behaviour flags
   *
   * Adjust how a WebSocket connection is handled, one made with
   * CURLOPT_CONNECT_ONLY(3) set to 2 or a callback-mode transfer. The bits are read each time they matter, so they can be changed
   * on a live connection. Bits other than the two below are ignored.
   *
   * CURLWS_RAW_MODE
   *
   * easy.wsSend() writes the given bytes to the connection unchanged, without
   * building a frame around them; the application must then frame and mask its
   * messages itself, and must pass flags and fragsize 0. As in libcurl, the
   * receiving side is not affected in connect-only mode: easy.wsRecv() still
   * decodes frames and answers PINGs. In a transfer without CURLOPT_CONNECT_ONLY(3)
   * (callback mode) the write callback gets the bytes as they arrive, frames
   * undecoded and PINGs unanswered, and curl_ws_meta(3) returns null; the mode
   * such a transfer starts with holds for all of it.
   *
   * CURLWS_NOAUTOPONG
   *
   * Do not answer PING frames. Each PING is then returned by easy.wsRecv()
   * with the CURLWS_PING flag, and the application decides whether to send a
   * PONG. Without this bit manbind sends the PONG as soon as it has decoded the
   * PING, and the PING is not returned. libcurl instead waits with the PONG until
   * the application's next send or receive call. In callback mode the PING goes to
   * the write callback with this bit set, and is answered and not handed over
   * without it.
   *
   * Default: 0
   *
   * Protocols: WS
   *
   * @since 7.86.0
   * @see {@link CURLOPT.CONNECT_ONLY | CURLOPT_CONNECT_ONLY}
   * @see curl_ws_recv
   * @see curl_ws_send
   * @see {@link https://curl.se/libcurl/c/CURLOPT_WS_OPTIONS.html | CURLOPT_WS_OPTIONS} from CURLOPT_WS_OPTIONS.md (generated; do not edit)
   */
  WS_OPTIONS: number;
  /**
   * value handed to the progress callback
   *
   * Set any value to be passed, as it is, as the first argument of the progress
   * callback (CURLOPT_XFERINFOFUNCTION(3) or CURLOPT_PROGRESSFUNCTION(3)). libcurl's
   * CURLOPT_PROGRESSDATA is the older name of this same option (its number names
   * this option in setopt).
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.32.0
   * @see {@link CURLOPT.NOPROGRESS | CURLOPT_NOPROGRESS}
   * @see {@link CURLOPT.XFERINFOFUNCTION | CURLOPT_XFERINFOFUNCTION}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_XFERINFODATA.html | CURLOPT_XFERINFODATA} from CURLOPT_XFERINFODATA.md (generated; do not edit)
   */
  XFERINFODATA: unknown;
  /**
   * progress callback
   *
   * Give a function that is told how a transfer is going. It is only called when
   * CURLOPT_NOPROGRESS(3) is set to 0. It gets the pointer set with
   * CURLOPT_XFERINFODATA(3), the number of body bytes the download is expected
   * to have (dltotal, 0 while unknown, for instance without a Content-Length)
   * and how many arrived so far (dlnow), then the same two figures for the
   * upload (always 0 in manbind, which has no upload callback).
   *
   * It is called when data arrives, before the transfer ends, and about once a
   * second while nothing happens, so that a program can stop a transfer that
   * hangs. Returning 0 (or CURL_PROGRESSFUNC_CONTINUE) lets the transfer go on;
   * any other value stops it, and the perform returns CURLE_ABORTED_BY_CALLBACK
   * (42) with the text "Callback aborted". A callback that throws, or returns
   * something that is not a number, stops the transfer the same way, and the
   * thrown message is kept as the error text.
   *
   * When both this and CURLOPT_PROGRESSFUNCTION(3) are set, only this one is
   * called. curl_easy_send(3) and curl_easy_recv(3) called from inside it return
   * CURLE_RECURSIVE_API_CALL; curl_easy_pause(3) may be called.
   *
   * Default: NULL: no callback.
   *
   * Protocols: All
   *
   * @since 7.32.0
   * @see {@link CURLOPT.LOW_SPEED_LIMIT | CURLOPT_LOW_SPEED_LIMIT}
   * @see {@link CURLOPT.NOPROGRESS | CURLOPT_NOPROGRESS}
   * @see {@link CURLOPT.PROGRESSFUNCTION | CURLOPT_PROGRESSFUNCTION}
   * @see {@link CURLOPT.XFERINFODATA | CURLOPT_XFERINFODATA}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_XFERINFOFUNCTION.html | CURLOPT_XFERINFOFUNCTION} from CURLOPT_XFERINFOFUNCTION.md (generated; do not edit)
   */
  XFERINFOFUNCTION: progress_callback_XFERINFOFUNCTION | null;
  /**
   * OAuth 2.0 access token
   *
   * Set an OAuth 2.0 access token for HTTP and for the login of IMAP, POP3 and
   * SMTP. With a token, the SASL mechanisms OAUTHBEARER (RFC 7628, which also
   * names the host and port) and XOAUTH2 can be chosen when the server offers
   * them; both send the token with the user name of CURLOPT_USERNAME(3). Without a
   * token neither is chosen.
   *
   * For HTTP, the token is sent in an Authorization: Bearer header (RFC 6750)
   * when CURLOPT_HTTPAUTH(3) is CURLAUTH_BEARER, or when it allows several schemes
   * and the server's 401 answer offers Bearer.
   *
   * manbind serves the connect phase of IMAP, POP3, SMTP and FTP (and their TLS
   * forms) for CURLOPT_CONNECT_ONLY(3) transfers only.
   *
   * Default: NULL
   *
   * Protocols: HTTP, IMAP, POP3, SMTP
   *
   * @since 7.33.0
   * @see {@link CURLOPT.HTTPAUTH | CURLOPT_HTTPAUTH}
   * @see {@link CURLOPT.LOGIN_OPTIONS | CURLOPT_LOGIN_OPTIONS}
   * @see {@link CURLOPT.USERNAME | CURLOPT_USERNAME}
   * @see {@link https://curl.se/libcurl/c/CURLOPT_XOAUTH2_BEARER.html | CURLOPT_XOAUTH2_BEARER} from CURLOPT_XOAUTH2_BEARER.md (generated; do not edit)
   */
  XOAUTH2_BEARER: string | null;
  3: SetoptMap['PORT'];
  13: SetoptMap['TIMEOUT'];
  14: SetoptMap['INFILESIZE'];
  19: SetoptMap['LOW_SPEED_LIMIT'];
  20: SetoptMap['LOW_SPEED_TIME'];
  21: SetoptMap['RESUME_FROM'];
  32: SetoptMap['SSLVERSION'];
  33: SetoptMap['TIMECONDITION'];
  34: SetoptMap['TIMEVALUE'];
  41: SetoptMap['VERBOSE'];
  42: SetoptMap['HEADER'];
  43: SetoptMap['NOPROGRESS'];
  44: SetoptMap['NOBODY'];
  45: SetoptMap['FAILONERROR'];
  46: SetoptMap['UPLOAD'];
  47: SetoptMap['POST'];
  51: SetoptMap['NETRC'];
  52: SetoptMap['FOLLOWLOCATION'];
  58: SetoptMap['AUTOREFERER'];
  59: SetoptMap['PROXYPORT'];
  60: SetoptMap['POSTFIELDSIZE'];
  61: SetoptMap['HTTPPROXYTUNNEL'];
  64: SetoptMap['SSL_VERIFYPEER'];
  68: SetoptMap['MAXREDIRS'];
  69: SetoptMap['FILETIME'];
  71: SetoptMap['MAXCONNECTS'];
  74: SetoptMap['FRESH_CONNECT'];
  75: SetoptMap['FORBID_REUSE'];
  78: SetoptMap['CONNECTTIMEOUT'];
  81: SetoptMap['SSL_VERIFYHOST'];
  84: SetoptMap['HTTP_VERSION'];
  92: SetoptMap['DNS_CACHE_TIMEOUT'];
  96: SetoptMap['COOKIESESSION'];
  99: SetoptMap['NOSIGNAL'];
  101: SetoptMap['PROXYTYPE'];
  105: SetoptMap['UNRESTRICTED_AUTH'];
  107: SetoptMap['HTTPAUTH'];
  111: SetoptMap['PROXYAUTH'];
  113: SetoptMap['IPRESOLVE'];
  114: SetoptMap['MAXFILESIZE'];
  119: SetoptMap['USE_SSL'];
  121: SetoptMap['TCP_NODELAY'];
  129: SetoptMap['FTPSSLAUTH'];
  136: SetoptMap['IGNORE_CONTENT_LENGTH'];
  139: SetoptMap['LOCALPORT'];
  140: SetoptMap['LOCALPORTRANGE'];
  141: SetoptMap['CONNECT_ONLY'];
  150: SetoptMap['SSL_SESSIONID_CACHE'];
  155: SetoptMap['TIMEOUT_MS'];
  156: SetoptMap['CONNECTTIMEOUT_MS'];
  157: SetoptMap['HTTP_TRANSFER_DECODING'];
  158: SetoptMap['HTTP_CONTENT_DECODING'];
  161: SetoptMap['POSTREDIR'];
  172: SetoptMap['CERTINFO'];
  207: SetoptMap['TRANSFER_ENCODING'];
  213: SetoptMap['TCP_KEEPALIVE'];
  214: SetoptMap['TCP_KEEPIDLE'];
  215: SetoptMap['TCP_KEEPINTVL'];
  216: SetoptMap['SSL_OPTIONS'];
  218: SetoptMap['SASL_IR'];
  226: SetoptMap['SSL_ENABLE_ALPN'];
  227: SetoptMap['EXPECT_100_TIMEOUT_MS'];
  229: SetoptMap['HEADEROPT'];
  234: SetoptMap['PATH_AS_IS'];
  237: SetoptMap['PIPEWAIT'];
  245: SetoptMap['KEEP_SENDING_ON_ERROR'];
  248: SetoptMap['PROXY_SSL_VERIFYPEER'];
  249: SetoptMap['PROXY_SSL_VERIFYHOST'];
  250: SetoptMap['PROXY_SSLVERSION'];
  261: SetoptMap['PROXY_SSL_OPTIONS'];
  265: SetoptMap['SUPPRESS_CONNECT_HEADERS'];
  267: SetoptMap['SOCKS5_AUTH'];
  271: SetoptMap['HAPPY_EYEBALLS_TIMEOUT_MS'];
  274: SetoptMap['HAPROXYPROTOCOL'];
  275: SetoptMap['DNS_SHUFFLE_ADDRESSES'];
  280: SetoptMap['UPLOAD_BUFFERSIZE'];
  281: SetoptMap['UPKEEP_INTERVAL_MS'];
  288: SetoptMap['MAXAGE_CONN'];
  314: SetoptMap['MAXLIFETIME_CONN'];
  315: SetoptMap['MIME_OPTIONS'];
  320: SetoptMap['WS_OPTIONS'];
  10001: SetoptMap['WRITEDATA'];
  10002: SetoptMap['URL'];
  10004: SetoptMap['PROXY'];
  10005: SetoptMap['USERPWD'];
  10006: SetoptMap['PROXYUSERPWD'];
  10007: SetoptMap['RANGE'];
  10009: SetoptMap['READDATA'];
  10010: SetoptMap['ERRORBUFFER'];
  10015: SetoptMap['POSTFIELDS'];
  10016: SetoptMap['REFERER'];
  10018: SetoptMap['USERAGENT'];
  10022: SetoptMap['COOKIE'];
  10023: SetoptMap['HTTPHEADER'];
  10025: SetoptMap['SSLCERT'];
  10026: SetoptMap['KEYPASSWD'];
  10029: SetoptMap['HEADERDATA'];
  10031: SetoptMap['COOKIEFILE'];
  10036: SetoptMap['CUSTOMREQUEST'];
  10037: SetoptMap['STDERR'];
  10057: SetoptMap['XFERINFODATA'];
  10062: SetoptMap['INTERFACE'];
  10065: SetoptMap['CAINFO'];
  10082: SetoptMap['COOKIEJAR'];
  10083: SetoptMap['SSL_CIPHER_LIST'];
  10086: SetoptMap['SSLCERTTYPE'];
  10087: SetoptMap['SSLKEY'];
  10095: SetoptMap['DEBUGDATA'];
  10097: SetoptMap['CAPATH'];
  10102: SetoptMap['ACCEPT_ENCODING'];
  10103: SetoptMap['PRIVATE'];
  10104: SetoptMap['HTTP200ALIASES'];
  10118: SetoptMap['NETRC_FILE'];
  10134: SetoptMap['FTP_ACCOUNT'];
  10135: SetoptMap['COOKIELIST'];
  10147: SetoptMap['FTP_ALTERNATIVE_TO_USER'];
  10149: SetoptMap['SOCKOPTDATA'];
  10164: SetoptMap['OPENSOCKETDATA'];
  10165: SetoptMap['COPYPOSTFIELDS'];
  10168: SetoptMap['SEEKDATA'];
  10169: SetoptMap['CRLFILE'];
  10170: SetoptMap['ISSUERCERT'];
  10173: SetoptMap['USERNAME'];
  10174: SetoptMap['PASSWORD'];
  10175: SetoptMap['PROXYUSERNAME'];
  10176: SetoptMap['PROXYPASSWORD'];
  10177: SetoptMap['NOPROXY'];
  10203: SetoptMap['RESOLVE'];
  10209: SetoptMap['CLOSESOCKETDATA'];
  10211: SetoptMap['DNS_SERVERS'];
  10220: SetoptMap['XOAUTH2_BEARER'];
  10222: SetoptMap['DNS_LOCAL_IP4'];
  10223: SetoptMap['DNS_LOCAL_IP6'];
  10224: SetoptMap['LOGIN_OPTIONS'];
  10228: SetoptMap['PROXYHEADER'];
  10230: SetoptMap['PINNEDPUBLICKEY'];
  10231: SetoptMap['UNIX_SOCKET_PATH'];
  10238: SetoptMap['DEFAULT_PROTOCOL'];
  10243: SetoptMap['CONNECT_TO'];
  10246: SetoptMap['PROXY_CAINFO'];
  10247: SetoptMap['PROXY_CAPATH'];
  10254: SetoptMap['PROXY_SSLCERT'];
  10255: SetoptMap['PROXY_SSLCERTTYPE'];
  10256: SetoptMap['PROXY_SSLKEY'];
  10258: SetoptMap['PROXY_KEYPASSWD'];
  10259: SetoptMap['PROXY_SSL_CIPHER_LIST'];
  10260: SetoptMap['PROXY_CRLFILE'];
  10262: SetoptMap['PRE_PROXY'];
  10263: SetoptMap['PROXY_PINNEDPUBLICKEY'];
  10264: SetoptMap['ABSTRACT_UNIX_SOCKET'];
  10266: SetoptMap['REQUEST_TARGET'];
  10269: SetoptMap['MIMEPOST'];
  10276: SetoptMap['TLS13_CIPHERS'];
  10277: SetoptMap['PROXY_TLS13_CIPHERS'];
  10284: SetoptMap['TRAILERDATA'];
  10289: SetoptMap['SASL_AUTHZID'];
  10296: SetoptMap['PROXY_ISSUERCERT'];
  10298: SetoptMap['SSL_EC_CURVES'];
  10313: SetoptMap['PREREQDATA'];
  10318: SetoptMap['PROTOCOLS_STR'];
  10319: SetoptMap['REDIR_PROTOCOLS_STR'];
  10323: SetoptMap['HAPROXY_CLIENT_IP'];
  20011: SetoptMap['WRITEFUNCTION'];
  20012: SetoptMap['READFUNCTION'];
  20056: SetoptMap['PROGRESSFUNCTION'];
  20079: SetoptMap['HEADERFUNCTION'];
  20094: SetoptMap['DEBUGFUNCTION'];
  20148: SetoptMap['SOCKOPTFUNCTION'];
  20163: SetoptMap['OPENSOCKETFUNCTION'];
  20167: SetoptMap['SEEKFUNCTION'];
  20208: SetoptMap['CLOSESOCKETFUNCTION'];
  20219: SetoptMap['XFERINFOFUNCTION'];
  20283: SetoptMap['TRAILERFUNCTION'];
  20312: SetoptMap['PREREQFUNCTION'];
  30115: SetoptMap['INFILESIZE_LARGE'];
  30116: SetoptMap['RESUME_FROM_LARGE'];
  30117: SetoptMap['MAXFILESIZE_LARGE'];
  30120: SetoptMap['POSTFIELDSIZE_LARGE'];
  30145: SetoptMap['MAX_SEND_SPEED_LARGE'];
  30146: SetoptMap['MAX_RECV_SPEED_LARGE'];
  30270: SetoptMap['TIMEVALUE_LARGE'];
  40291: SetoptMap['SSLCERT_BLOB'];
  40292: SetoptMap['SSLKEY_BLOB'];
  40293: SetoptMap['PROXY_SSLCERT_BLOB'];
  40294: SetoptMap['PROXY_SSLKEY_BLOB'];
  40295: SetoptMap['ISSUERCERT_BLOB'];
  40297: SetoptMap['PROXY_ISSUERCERT_BLOB'];
  40309: SetoptMap['CAINFO_BLOB'];
  40310: SetoptMap['PROXY_CAINFO_BLOB'];
}

/**
 * curl_easy_setopt() as a method; the runtime's Easy class merges this interface.
 *
 * @see specs (generated; do not edit)
 */
export interface Setopt {
  /**
   * Set one option of the handle, as curl_easy_setopt does: `option` is a CURLOPT name (`CURLOPT.URL` or `'URL'`) or its number,
   * and `value` must have that option's type in {@link SetoptMap}. Returns a CURLcode (0 when the option was set).
   *
   * @see specs (generated; do not edit)
   */
  setopt<K extends keyof SetoptMap>(option: K, value: SetoptMap[K]): number;
}
