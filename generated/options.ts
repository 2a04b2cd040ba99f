// generated from specs by manbind; do not edit
import type { ErrorBuffer, TextSink } from '../runtime/types.js';
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
  closesocket_callback,
  debug_callback,
  header_callback,
  opensocket_callback,
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
   * file of trusted certificate authorities
   *
   * @see specs/CURLOPT_CAINFO.md (generated; do not edit)
   */
  CAINFO: 'CAINFO',
  /**
   * directory of trusted certificate authorities
   *
   * @see specs/CURLOPT_CAPATH.md (generated; do not edit)
   */
  CAPATH: 'CAPATH',
  /**
   * application value handed to the close-socket callback
   *
   * @see specs/CURLOPT_CLOSESOCKETDATA.md (generated; do not edit)
   */
  CLOSESOCKETDATA: 'CLOSESOCKETDATA',
  /**
   * callback that closes the engine's sockets
   *
   * @see specs/CURLOPT_CLOSESOCKETFUNCTION.md (generated; do not edit)
   */
  CLOSESOCKETFUNCTION: 'CLOSESOCKETFUNCTION',
  /**
   * time limit for the connect phase, in seconds
   *
   * @see specs/CURLOPT_CONNECTTIMEOUT.md (generated; do not edit)
   */
  CONNECTTIMEOUT: 'CONNECTTIMEOUT',
  /**
   * time limit for the connect phase, in milliseconds
   *
   * @see specs/CURLOPT_CONNECTTIMEOUT_MS.md (generated; do not edit)
   */
  CONNECTTIMEOUT_MS: 'CONNECTTIMEOUT_MS',
  /**
   * set up the connection, then hand it to the application
   *
   * @see specs/CURLOPT_CONNECT_ONLY.md (generated; do not edit)
   */
  CONNECT_ONLY: 'CONNECT_ONLY',
  /**
   * reach the server at a different host and port
   *
   * @see specs/CURLOPT_CONNECT_TO.md (generated; do not edit)
   */
  CONNECT_TO: 'CONNECT_TO',
  /**
   * method name to put in the request line
   *
   * @see specs/CURLOPT_CUSTOMREQUEST.md (generated; do not edit)
   */
  CUSTOMREQUEST: 'CUSTOMREQUEST',
  /**
   * application value handed to the debug callback
   *
   * @see specs/CURLOPT_DEBUGDATA.md (generated; do not edit)
   */
  DEBUGDATA: 'DEBUGDATA',
  /**
   * callback that receives verbose output
   *
   * @see specs/CURLOPT_DEBUGFUNCTION.md (generated; do not edit)
   */
  DEBUGFUNCTION: 'DEBUGFUNCTION',
  /**
   * keep a readable explanation of the first failure
   *
   * @see specs/CURLOPT_ERRORBUFFER.md (generated; do not edit)
   */
  ERRORBUFFER: 'ERRORBUFFER',
  /**
   * follow HTTP redirects
   *
   * @see specs/CURLOPT_FOLLOWLOCATION.md (generated; do not edit)
   */
  FOLLOWLOCATION: 'FOLLOWLOCATION',
  /**
   * close the connection after the transfer
   *
   * @see specs/CURLOPT_FORBID_REUSE.md (generated; do not edit)
   */
  FORBID_REUSE: 'FORBID_REUSE',
  /**
   * do not take a cached connection
   *
   * @see specs/CURLOPT_FRESH_CONNECT.md (generated; do not edit)
   */
  FRESH_CONNECT: 'FRESH_CONNECT',
  /**
   * head start of IPv6 over IPv4
   *
   * @see specs/CURLOPT_HAPPY_EYEBALLS_TIMEOUT_MS.md (generated; do not edit)
   */
  HAPPY_EYEBALLS_TIMEOUT_MS: 'HAPPY_EYEBALLS_TIMEOUT_MS',
  /**
   * deliver headers together with the body
   *
   * @see specs/CURLOPT_HEADER.md (generated; do not edit)
   */
  HEADER: 'HEADER',
  /**
   * application value handed to the header callback
   *
   * @see specs/CURLOPT_HEADERDATA.md (generated; do not edit)
   */
  HEADERDATA: 'HEADERDATA',
  /**
   * callback that receives response header lines
   *
   * @see specs/CURLOPT_HEADERFUNCTION.md (generated; do not edit)
   */
  HEADERFUNCTION: 'HEADERFUNCTION',
  /**
   * custom headers for HTTP requests
   *
   * @see specs/CURLOPT_HTTPHEADER.md (generated; do not edit)
   */
  HTTPHEADER: 'HTTPHEADER',
  /**
   * always tunnel through the HTTP proxy
   *
   * @see specs/CURLOPT_HTTPPROXYTUNNEL.md (generated; do not edit)
   */
  HTTPPROXYTUNNEL: 'HTTPPROXYTUNNEL',
  /**
   * HTTP version to use
   *
   * @see specs/CURLOPT_HTTP_VERSION.md (generated; do not edit)
   */
  HTTP_VERSION: 'HTTP_VERSION',
  /**
   * which IP versions a host name may resolve to
   *
   * @see specs/CURLOPT_IPRESOLVE.md (generated; do not edit)
   */
  IPRESOLVE: 'IPRESOLVE',
  /**
   * passphrase of the client's private key
   *
   * @see specs/CURLOPT_KEYPASSWD.md (generated; do not edit)
   */
  KEYPASSWD: 'KEYPASSWD',
  /**
   * local port to connect from
   *
   * @see specs/CURLOPT_LOCALPORT.md (generated; do not edit)
   */
  LOCALPORT: 'LOCALPORT',
  /**
   * how many local ports to try
   *
   * @see specs/CURLOPT_LOCALPORTRANGE.md (generated; do not edit)
   */
  LOCALPORTRANGE: 'LOCALPORTRANGE',
  /**
   * size of the handle's connection cache
   *
   * @see specs/CURLOPT_MAXCONNECTS.md (generated; do not edit)
   */
  MAXCONNECTS: 'MAXCONNECTS',
  /**
   * limit on redirects followed
   *
   * @see specs/CURLOPT_MAXREDIRS.md (generated; do not edit)
   */
  MAXREDIRS: 'MAXREDIRS',
  /**
   * ask for the headers only
   *
   * @see specs/CURLOPT_NOBODY.md (generated; do not edit)
   */
  NOBODY: 'NOBODY',
  /**
   * hosts reached without the proxy
   *
   * @see specs/CURLOPT_NOPROXY.md (generated; do not edit)
   */
  NOPROXY: 'NOPROXY',
  /**
   * application value handed to the open-socket callback
   *
   * @see specs/CURLOPT_OPENSOCKETDATA.md (generated; do not edit)
   */
  OPENSOCKETDATA: 'OPENSOCKETDATA',
  /**
   * callback that supplies the socket for a connection attempt
   *
   * @see specs/CURLOPT_OPENSOCKETFUNCTION.md (generated; do not edit)
   */
  OPENSOCKETFUNCTION: 'OPENSOCKETFUNCTION',
  /**
   * override the port of the URL
   *
   * @see specs/CURLOPT_PORT.md (generated; do not edit)
   */
  PORT: 'PORT',
  /**
   * make the request a POST
   *
   * @see specs/CURLOPT_POST.md (generated; do not edit)
   */
  POST: 'POST',
  /**
   * body of a POST request
   *
   * @see specs/CURLOPT_POSTFIELDS.md (generated; do not edit)
   */
  POSTFIELDS: 'POSTFIELDS',
  /**
   * number of POST bytes to send
   *
   * @see specs/CURLOPT_POSTFIELDSIZE.md (generated; do not edit)
   */
  POSTFIELDSIZE: 'POSTFIELDSIZE',
  /**
   * attach an application value to the handle
   *
   * @see specs/CURLOPT_PRIVATE.md (generated; do not edit)
   */
  PRIVATE: 'PRIVATE',
  /**
   * the HTTP proxy to go through
   *
   * @see specs/CURLOPT_PROXY.md (generated; do not edit)
   */
  PROXY: 'PROXY',
  /**
   * authentication schemes allowed with the proxy
   *
   * @see specs/CURLOPT_PROXYAUTH.md (generated; do not edit)
   */
  PROXYAUTH: 'PROXYAUTH',
  /**
   * extra headers for requests to the proxy
   *
   * @see specs/CURLOPT_PROXYHEADER.md (generated; do not edit)
   */
  PROXYHEADER: 'PROXYHEADER',
  /**
   * password for the proxy
   *
   * @see specs/CURLOPT_PROXYPASSWORD.md (generated; do not edit)
   */
  PROXYPASSWORD: 'PROXYPASSWORD',
  /**
   * proxy port when the proxy string has none
   *
   * @see specs/CURLOPT_PROXYPORT.md (generated; do not edit)
   */
  PROXYPORT: 'PROXYPORT',
  /**
   * kind of proxy
   *
   * @see specs/CURLOPT_PROXYTYPE.md (generated; do not edit)
   */
  PROXYTYPE: 'PROXYTYPE',
  /**
   * user name for the proxy
   *
   * @see specs/CURLOPT_PROXYUSERNAME.md (generated; do not edit)
   */
  PROXYUSERNAME: 'PROXYUSERNAME',
  /**
   * proxy user name and password in one string
   *
   * @see specs/CURLOPT_PROXYUSERPWD.md (generated; do not edit)
   */
  PROXYUSERPWD: 'PROXYUSERPWD',
  /**
   * fixed addresses for chosen host and port pairs
   *
   * @see specs/CURLOPT_RESOLVE.md (generated; do not edit)
   */
  RESOLVE: 'RESOLVE',
  /**
   * application value handed to the sockopt callback
   *
   * @see specs/CURLOPT_SOCKOPTDATA.md (generated; do not edit)
   */
  SOCKOPTDATA: 'SOCKOPTDATA',
  /**
   * callback run on each new socket before it connects
   *
   * @see specs/CURLOPT_SOCKOPTFUNCTION.md (generated; do not edit)
   */
  SOCKOPTFUNCTION: 'SOCKOPTFUNCTION',
  /**
   * client certificate file
   *
   * @see specs/CURLOPT_SSLCERT.md (generated; do not edit)
   */
  SSLCERT: 'SSLCERT',
  /**
   * private key file for the client certificate
   *
   * @see specs/CURLOPT_SSLKEY.md (generated; do not edit)
   */
  SSLKEY: 'SSLKEY',
  /**
   * check that the certificate names the server
   *
   * @see specs/CURLOPT_SSL_VERIFYHOST.md (generated; do not edit)
   */
  SSL_VERIFYHOST: 'SSL_VERIFYHOST',
  /**
   * check the server certificate's chain of trust
   *
   * @see specs/CURLOPT_SSL_VERIFYPEER.md (generated; do not edit)
   */
  SSL_VERIFYPEER: 'SSL_VERIFYPEER',
  /**
   * where verbose text goes without a debug callback
   *
   * @see specs/CURLOPT_STDERR.md (generated; do not edit)
   */
  STDERR: 'STDERR',
  /**
   * keep the proxy's CONNECT answer from the callbacks
   *
   * @see specs/CURLOPT_SUPPRESS_CONNECT_HEADERS.md (generated; do not edit)
   */
  SUPPRESS_CONNECT_HEADERS: 'SUPPRESS_CONNECT_HEADERS',
  /**
   * probe idle connections at the TCP level
   *
   * @see specs/CURLOPT_TCP_KEEPALIVE.md (generated; do not edit)
   */
  TCP_KEEPALIVE: 'TCP_KEEPALIVE',
  /**
   * quiet time before the first keepalive probe
   *
   * @see specs/CURLOPT_TCP_KEEPIDLE.md (generated; do not edit)
   */
  TCP_KEEPIDLE: 'TCP_KEEPIDLE',
  /**
   * time between keepalive probes
   *
   * @see specs/CURLOPT_TCP_KEEPINTVL.md (generated; do not edit)
   */
  TCP_KEEPINTVL: 'TCP_KEEPINTVL',
  /**
   * send small writes without delay
   *
   * @see specs/CURLOPT_TCP_NODELAY.md (generated; do not edit)
   */
  TCP_NODELAY: 'TCP_NODELAY',
  /**
   * time limit for a whole perform, in seconds
   *
   * @see specs/CURLOPT_TIMEOUT.md (generated; do not edit)
   */
  TIMEOUT: 'TIMEOUT',
  /**
   * time limit for a whole perform, in milliseconds
   *
   * @see specs/CURLOPT_TIMEOUT_MS.md (generated; do not edit)
   */
  TIMEOUT_MS: 'TIMEOUT_MS',
  /**
   * the URL a transfer works on
   *
   * @see specs/CURLOPT_URL.md (generated; do not edit)
   */
  URL: 'URL',
  /**
   * value of the User-Agent header
   *
   * @see specs/CURLOPT_USERAGENT.md (generated; do not edit)
   */
  USERAGENT: 'USERAGENT',
  /**
   * report what the engine is doing
   *
   * @see specs/CURLOPT_VERBOSE.md (generated; do not edit)
   */
  VERBOSE: 'VERBOSE',
  /**
   * application value handed to the write callback
   *
   * @see specs/CURLOPT_WRITEDATA.md (generated; do not edit)
   */
  WRITEDATA: 'WRITEDATA',
  /**
   * callback that receives the response body
   *
   * @see specs/CURLOPT_WRITEFUNCTION.md (generated; do not edit)
   */
  WRITEFUNCTION: 'WRITEFUNCTION',
  /**
   * WebSocket behaviour flags
   *
   * @see specs/CURLOPT_WS_OPTIONS.md (generated; do not edit)
   */
  WS_OPTIONS: 'WS_OPTIONS',
} as const;

/**
 * Every scheme. In manbind that means Basic or Digest, whichever the proxy
 * offers, Digest preferred.
 *
 * @see specs/CURLOPT_PROXYAUTH.md (generated; do not edit)
 */
export const CURLAUTH_ANY = -17;

/**
 * Every scheme except Basic; in manbind that is Digest.
 *
 * @see specs/CURLOPT_PROXYAUTH.md (generated; do not edit)
 */
export const CURLAUTH_ANYSAFE = -18;

/**
 * AWS V4 request signing, also a server-only scheme; accepted and ignored.
 *
 * @see specs/CURLOPT_PROXYAUTH.md (generated; do not edit)
 */
export const CURLAUTH_AWS_SIGV4 = 128;

/**
 * User name and password, base64-encoded, in a Proxy-Authorization header.
 * Readable by anyone on the path to the proxy.
 *
 * @see specs/CURLOPT_PROXYAUTH.md (generated; do not edit)
 */
export const CURLAUTH_BASIC = 1;

/**
 * An OAuth 2 bearer token. libcurl only uses it with servers, never proxies;
 * manbind accepts the bit and ignores it.
 *
 * @see specs/CURLOPT_PROXYAUTH.md (generated; do not edit)
 */
export const CURLAUTH_BEARER = 64;

/**
 * Digest access authentication (RFC 7616): the password is never sent, only a
 * hash over the proxy's challenge. It costs a 407 round trip.
 *
 * @see specs/CURLOPT_PROXYAUTH.md (generated; do not edit)
 */
export const CURLAUTH_DIGEST = 2;

/**
 * An old variant of Digest; manbind, like libcurl, turns it into
 * CURLAUTH_DIGEST. Deprecated since libcurl 8.21.0.
 *
 * @see specs/CURLOPT_PROXYAUTH.md (generated; do not edit)
 */
export const CURLAUTH_DIGEST_IE = 16;

/**
 * SPNEGO (Kerberos) authentication. Not built in: the bit is dropped.
 *
 * @see specs/CURLOPT_PROXYAUTH.md (generated; do not edit)
 */
export const CURLAUTH_NEGOTIATE = 4;

/**
 * A value of CURLOPT_PROXYAUTH.
 *
 * @see specs/CURLOPT_PROXYAUTH.md (generated; do not edit)
 */
export const CURLAUTH_NONE = 0;

/**
 * Microsoft NTLM. Not built in: the bit is dropped.
 *
 * @see specs/CURLOPT_PROXYAUTH.md (generated; do not edit)
 */
export const CURLAUTH_NTLM = 8;

/**
 * Combined with one scheme, use that scheme even if the proxy did not ask for
 * it. Alone it leaves nothing to use.
 *
 * @see specs/CURLOPT_PROXYAUTH.md (generated; do not edit)
 */
export const CURLAUTH_ONLY = 2147483648;

/**
 * Follow, and send a custom method in every request of the chain, whatever the
 * status codes say.
 *
 * @see specs/CURLOPT_FOLLOWLOCATION.md (generated; do not edit)
 */
export const CURLFOLLOW_ALL = 1;

/**
 * Follow, but use a custom method only for the first request; redirected
 * requests use the method the status code implies.
 *
 * @see specs/CURLOPT_FOLLOWLOCATION.md (generated; do not edit)
 */
export const CURLFOLLOW_FIRSTONLY = 3;

/**
 * Follow, and keep a custom method after 307 and 308 answers but drop it after
 * 301, 302 and 303, where the method the status code implies is used instead.
 *
 * @see specs/CURLOPT_FOLLOWLOCATION.md (generated; do not edit)
 */
export const CURLFOLLOW_OBEYCODE = 2;

/**
 * Do not answer PING frames. Each PING is then returned by easy.wsRecv()
 * with the CURLWS_PING flag, and the application decides whether to send a
 * PONG. Without this bit manbind sends the PONG as soon as it has decoded the
 * PING, and the PING is not returned. libcurl instead waits with the PONG until
 * the application's next send or receive call.
 *
 * @see specs/CURLOPT_WS_OPTIONS.md (generated; do not edit)
 */
export const CURLWS_NOAUTOPONG = 2;

/**
 * easy.wsSend() writes the given bytes to the connection unchanged, without
 * building a frame around them; the application must then frame and mask its
 * messages itself, and must pass flags and fragsize 0. As in libcurl, the
 * receiving side is not affected in connect-only mode: easy.wsRecv() still
 * decodes frames and answers PINGs.
 *
 * @see specs/CURLOPT_WS_OPTIONS.md (generated; do not edit)
 */
export const CURLWS_RAW_MODE = 1;

/**
 * Send HTTP/1.0 requests. The server is then expected to close the
 * connection after each response unless it announces keep-alive.
 *
 * @see specs/CURLOPT_HTTP_VERSION.md (generated; do not edit)
 */
export const CURL_HTTP_VERSION_1_0 = 1;

/**
 * Send HTTP/1.1 requests.
 *
 * @see specs/CURLOPT_HTTP_VERSION.md (generated; do not edit)
 */
export const CURL_HTTP_VERSION_1_1 = 2;

/**
 * HTTP/2 over TLS only, HTTP/1.1 otherwise. Not supported.
 *
 * @see specs/CURLOPT_HTTP_VERSION.md (generated; do not edit)
 */
export const CURL_HTTP_VERSION_2TLS = 4;

/**
 * HTTP/2 over cleartext or TLS. Not supported.
 *
 * @see specs/CURLOPT_HTTP_VERSION.md (generated; do not edit)
 */
export const CURL_HTTP_VERSION_2_0 = 3;

/**
 * HTTP/2 without negotiation. Not supported.
 *
 * @see specs/CURLOPT_HTTP_VERSION.md (generated; do not edit)
 */
export const CURL_HTTP_VERSION_2_PRIOR_KNOWLEDGE = 5;

/**
 * HTTP/3, falling back to older versions. Not supported.
 *
 * @see specs/CURLOPT_HTTP_VERSION.md (generated; do not edit)
 */
export const CURL_HTTP_VERSION_3 = 30;

/**
 * HTTP/3 only. Not supported.
 *
 * @see specs/CURLOPT_HTTP_VERSION.md (generated; do not edit)
 */
export const CURL_HTTP_VERSION_3ONLY = 31;

/**
 * Let the library choose; in manbind that is HTTP/1.1.
 *
 * @see specs/CURLOPT_HTTP_VERSION.md (generated; do not edit)
 */
export const CURL_HTTP_VERSION_NONE = 0;

/**
 * Only IPv4 addresses are tried.
 *
 * @see specs/CURLOPT_IPRESOLVE.md (generated; do not edit)
 */
export const CURL_IPRESOLVE_V4 = 1;

/**
 * Only IPv6 addresses are tried.
 *
 * @see specs/CURLOPT_IPRESOLVE.md (generated; do not edit)
 */
export const CURL_IPRESOLVE_V6 = 2;

/**
 * Use both families, IPv6 first, then IPv4 (see
 * CURLOPT_HAPPY_EYEBALLS_TIMEOUT_MS(3)).
 *
 * @see specs/CURLOPT_IPRESOLVE.md (generated; do not edit)
 */
export const CURL_IPRESOLVE_WHATEVER = 0;

/**
 * A value of CURLOPT_SOCKOPTFUNCTION.
 *
 * @see specs/CURLOPT_SOCKOPTFUNCTION.md (generated; do not edit)
 */
export const CURL_SOCKOPT_ALREADY_CONNECTED = 2;

/**
 * A value of CURLOPT_SOCKOPTFUNCTION.
 *
 * @see specs/CURLOPT_SOCKOPTFUNCTION.md (generated; do not edit)
 */
export const CURL_SOCKOPT_ERROR = 1;

/**
 * A value of CURLOPT_SOCKOPTFUNCTION.
 *
 * @see specs/CURLOPT_SOCKOPTFUNCTION.md (generated; do not edit)
 */
export const CURL_SOCKOPT_OK = 0;

/**
 * setopt() overloads, one per documented CURLOPT option; the runtime's Easy class merges this interface.
 *
 * @see specs (generated; do not edit)
 */
export interface Setopt {
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
   * @see specs/CURLOPT_CAINFO.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.CAINFO, value: string | null): number;
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
   * @see specs/CURLOPT_CAPATH.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.CAPATH, value: string | null): number;
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
   * @see specs/CURLOPT_CLOSESOCKETDATA.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.CLOSESOCKETDATA, value: unknown): number;
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
   * @see specs/CURLOPT_CLOSESOCKETFUNCTION.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.CLOSESOCKETFUNCTION, value: closesocket_callback | null): number;
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
   * @see specs/CURLOPT_CONNECTTIMEOUT.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.CONNECTTIMEOUT, value: number): number;
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
   * @see specs/CURLOPT_CONNECTTIMEOUT_MS.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.CONNECTTIMEOUT_MS, value: number): number;
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
   * tunnel and TLS, when used) is up, without sending a single byte of its own.
   * In manbind this works for http, https, ws, wss and other schemes whose
   * connect phase is plain TCP or TLS; schemes that log in while connecting (ftp,
   * imap, pop3, smtp and their TLS forms) make the perform return
   * CURLE_UNSUPPORTED_PROTOCOL (1) for now.
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
   * @see specs/CURLOPT_CONNECT_ONLY.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.CONNECT_ONLY, value: 0 | 1 | 2): number;
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
   * @see specs/CURLOPT_CONNECT_TO.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.CONNECT_TO, value: readonly string[] | null): number;
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
   * @see specs/CURLOPT_CUSTOMREQUEST.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.CUSTOMREQUEST, value: string | null): number;
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
   * @see specs/CURLOPT_DEBUGDATA.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.DEBUGDATA, value: unknown): number;
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
   * @see specs/CURLOPT_DEBUGFUNCTION.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.DEBUGFUNCTION, value: debug_callback | null): number;
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
   * @see specs/CURLOPT_ERRORBUFFER.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.ERRORBUFFER, value: ErrorBuffer | null): number;
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
   * @see specs/CURLOPT_FOLLOWLOCATION.md (generated; do not edit)
   */
  setopt(
    option: typeof CURLOPT.FOLLOWLOCATION,
    value: 0 | typeof CURLFOLLOW_ALL | typeof CURLFOLLOW_OBEYCODE | typeof CURLFOLLOW_FIRSTONLY,
  ): number;
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
   * @see specs/CURLOPT_FORBID_REUSE.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.FORBID_REUSE, value: boolean | number): number;
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
   * @see specs/CURLOPT_FRESH_CONNECT.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.FRESH_CONNECT, value: boolean | number): number;
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
   * @see specs/CURLOPT_HAPPY_EYEBALLS_TIMEOUT_MS.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.HAPPY_EYEBALLS_TIMEOUT_MS, value: number): number;
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
   * @see specs/CURLOPT_HEADER.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.HEADER, value: boolean | number): number;
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
   * @see specs/CURLOPT_HEADERDATA.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.HEADERDATA, value: unknown): number;
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
   * copy them to keep them. Return size * nitems to go on. Any other number,
   * or a thrown exception, stops the transfer with CURLE_WRITE_ERROR (23); the
   * exception's message becomes the handle's last error text.
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
   * @see specs/CURLOPT_HEADERFUNCTION.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.HEADERFUNCTION, value: header_callback | null): number;
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
   * @see specs/CURLOPT_HTTPHEADER.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.HTTPHEADER, value: readonly string[] | null): number;
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
   * @see specs/CURLOPT_HTTPPROXYTUNNEL.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.HTTPPROXYTUNNEL, value: boolean | number): number;
  /**
   * HTTP version to use
   *
   * Choose the HTTP version of the requests the engine sends to servers. manbind
   * speaks HTTP/1.0 and HTTP/1.1 only; its TLS connections offer just
   * http/1.1 in ALPN. The HTTP/2 and HTTP/3 values are known but setopt
   * refuses them with CURLE_UNSUPPORTED_PROTOCOL (1), which is what a libcurl
   * built without HTTP/2 and HTTP/3 support returns. WebSocket upgrades always
   * use HTTP/1.1, and the version of a proxy's CONNECT request is chosen with
   * CURLOPT_PROXYTYPE(3).
   *
   * CURL_HTTP_VERSION_NONE
   *
   * Let the library choose; in manbind that is HTTP/1.1.
   *
   * CURL_HTTP_VERSION_1_0
   *
   * Send HTTP/1.0 requests. The server is then expected to close the
   * connection after each response unless it announces keep-alive.
   *
   * CURL_HTTP_VERSION_1_1
   *
   * Send HTTP/1.1 requests.
   *
   * CURL_HTTP_VERSION_2_0
   *
   * HTTP/2 over cleartext or TLS. Not supported.
   *
   * CURL_HTTP_VERSION_2TLS
   *
   * HTTP/2 over TLS only, HTTP/1.1 otherwise. Not supported.
   *
   * CURL_HTTP_VERSION_2_PRIOR_KNOWLEDGE
   *
   * HTTP/2 without negotiation. Not supported.
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
   * @see specs/CURLOPT_HTTP_VERSION.md (generated; do not edit)
   */
  setopt(
    option: typeof CURLOPT.HTTP_VERSION,
    value:
      | typeof CURL_HTTP_VERSION_NONE
      | typeof CURL_HTTP_VERSION_1_0
      | typeof CURL_HTTP_VERSION_1_1
      | typeof CURL_HTTP_VERSION_2_0
      | typeof CURL_HTTP_VERSION_2TLS
      | typeof CURL_HTTP_VERSION_2_PRIOR_KNOWLEDGE
      | typeof CURL_HTTP_VERSION_3
      | typeof CURL_HTTP_VERSION_3ONLY,
  ): number;
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
   * @see specs/CURLOPT_IPRESOLVE.md (generated; do not edit)
   */
  setopt(
    option: typeof CURLOPT.IPRESOLVE,
    value: typeof CURL_IPRESOLVE_WHATEVER | typeof CURL_IPRESOLVE_V4 | typeof CURL_IPRESOLVE_V6,
  ): number;
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
   * @see specs/CURLOPT_KEYPASSWD.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.KEYPASSWD, value: string | null): number;
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
   * @see specs/CURLOPT_LOCALPORT.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.LOCALPORT, value: number): number;
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
   * @see specs/CURLOPT_LOCALPORTRANGE.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.LOCALPORTRANGE, value: number): number;
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
   * @see specs/CURLOPT_MAXCONNECTS.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.MAXCONNECTS, value: number): number;
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
   * @see specs/CURLOPT_MAXREDIRS.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.MAXREDIRS, value: number): number;
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
   * @see specs/CURLOPT_NOBODY.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.NOBODY, value: boolean | number): number;
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
   * @see specs/CURLOPT_NOPROXY.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.NOPROXY, value: string | null): number;
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
   * @see specs/CURLOPT_OPENSOCKETDATA.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.OPENSOCKETDATA, value: unknown): number;
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
   * @see specs/CURLOPT_OPENSOCKETFUNCTION.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.OPENSOCKETFUNCTION, value: opensocket_callback | null): number;
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
   * @see specs/CURLOPT_PORT.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.PORT, value: number): number;
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
   * @see specs/CURLOPT_POST.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.POST, value: boolean | number): number;
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
   * @see specs/CURLOPT_POSTFIELDS.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.POSTFIELDS, value: string | null): number;
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
   * @see specs/CURLOPT_POSTFIELDSIZE.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.POSTFIELDSIZE, value: number): number;
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
   * @see specs/CURLOPT_PRIVATE.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.PRIVATE, value: unknown): number;
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
   * manbind speaks to HTTP proxies only: no scheme or http:// selects one, and
   * CURLOPT_PROXYTYPE(3) chooses between HTTP/1.1 and HTTP/1.0 for the CONNECT
   * request. Other schemes (https://, socks4://, socks4a://, socks5://,
   * socks5h://) make the perform fail with CURLE_NOT_BUILT_IN (4), as libcurl
   * does for a proxy type left out of its build.
   *
   * The connection always goes to the proxy; the socket callbacks see the
   * proxy's address. For https, ws and wss URLs, for other schemes, and whenever
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
   * @see specs/CURLOPT_PROXY.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.PROXY, value: string | null): number;
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
   * @see specs/CURLOPT_PROXYAUTH.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.PROXYAUTH, value: number): number;
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
   * These lines go only to the proxy, and CURLOPT_HTTPHEADER(3) lines never go to
   * it: manbind always keeps the two lists apart, as libcurl does by default.
   * Each call replaces the whole list; null or an empty array removes it.
   *
   * Default: NULL
   *
   * Protocols: All
   *
   * @since 7.37.0
   * @see {@link CURLOPT.HTTPHEADER | CURLOPT_HTTPHEADER}
   * @see {@link CURLOPT.HTTPPROXYTUNNEL | CURLOPT_HTTPPROXYTUNNEL}
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link CURLOPT.USERAGENT | CURLOPT_USERAGENT}
   * @see specs/CURLOPT_PROXYHEADER.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.PROXYHEADER, value: readonly string[] | null): number;
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
   * @see specs/CURLOPT_PROXYPASSWORD.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.PROXYPASSWORD, value: string | null): number;
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
   * @see specs/CURLOPT_PROXYPORT.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.PROXYPORT, value: number): number;
  /**
   * kind of proxy
   *
   * Say what kind of proxy CURLOPT_PROXY(3) names when its string has no scheme.
   * manbind implements the two HTTP kinds; the other values are known but make
   * setopt return CURLE_NOT_BUILT_IN (4), leaving the previous kind in place. In
   * that respect manbind behaves like a libcurl built without those proxy types,
   * whereas a full libcurl accepts them.
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
   * A proxy reached over TLS, speaking HTTP/1. Not built in.
   *
   * CURLPROXY_HTTPS2
   *
   * A proxy reached over TLS that may speak HTTP/2. Not built in.
   *
   * CURLPROXY_SOCKS4
   *
   * A SOCKS4 proxy. Not built in.
   *
   * CURLPROXY_SOCKS5
   *
   * A SOCKS5 proxy. Not built in.
   *
   * CURLPROXY_SOCKS4A
   *
   * A SOCKS4a proxy, which resolves the target's name itself. Not built in.
   *
   * CURLPROXY_SOCKS5_HOSTNAME
   *
   * A SOCKS5 proxy that resolves the target's name itself. Not built in.
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
   * @see {@link CURLOPT.PROXY | CURLOPT_PROXY}
   * @see {@link CURLOPT.PROXYPORT | CURLOPT_PROXYPORT}
   * @see specs/CURLOPT_PROXYTYPE.md (generated; do not edit)
   */
  setopt(
    option: typeof CURLOPT.PROXYTYPE,
    value:
      | typeof CURLPROXY_HTTP
      | typeof CURLPROXY_HTTP_1_0
      | typeof CURLPROXY_HTTPS
      | typeof CURLPROXY_HTTPS2
      | typeof CURLPROXY_SOCKS4
      | typeof CURLPROXY_SOCKS5
      | typeof CURLPROXY_SOCKS4A
      | typeof CURLPROXY_SOCKS5_HOSTNAME
      | typeof CURLPROXY_HTTPS3,
  ): number;
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
   * @see specs/CURLOPT_PROXYUSERNAME.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.PROXYUSERNAME, value: string | null): number;
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
   * they are used to answer the proxy's 407 challenge. Passwords never appear in
   * verbose output. null removes both user name and password.
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
   * @see specs/CURLOPT_PROXYUSERPWD.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.PROXYUSERPWD, value: string | null): number;
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
   * @see specs/CURLOPT_RESOLVE.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.RESOLVE, value: readonly string[] | null): number;
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
   * @see specs/CURLOPT_SOCKOPTDATA.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.SOCKOPTDATA, value: unknown): number;
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
   * - CURL_SOCKOPT_OK (0): go on and connect.
   * - CURL_SOCKOPT_ALREADY_CONNECTED (2): skip the connect and treat the socket
   *   as connected right away. This is how an application hands in a connection
   *   it made itself through the open-socket callback. Verbose output and the
   *   primary address still describe the address object, not the real peer.
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
   * @see specs/CURLOPT_SOCKOPTFUNCTION.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.SOCKOPTFUNCTION, value: sockopt_callback | null): number;
  /**
   * client certificate file
   *
   * Give the path of a PEM file with the certificate this client presents when a
   * TLS server asks for one. Intermediate certificates may follow it in the same
   * file. The private key comes from CURLOPT_SSLKEY(3); without that option it is
   * looked for in this same file, and CURLOPT_KEYPASSWD(3) unlocks an encrypted
   * key.
   *
   * manbind reads PEM only: the other formats libcurl can take through
   * CURLOPT_SSLCERTTYPE (DER, PKCS#12) are not supported. The file is read when a
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
   * @see {@link CURLOPT.SSLKEY | CURLOPT_SSLKEY}
   * @see specs/CURLOPT_SSLCERT.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.SSLCERT, value: string | null): number;
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
   * @see specs/CURLOPT_SSLKEY.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.SSLKEY, value: string | null): number;
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
   * @see specs/CURLOPT_SSL_VERIFYHOST.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.SSL_VERIFYHOST, value: 0 | 1 | 2): number;
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
   * @see specs/CURLOPT_SSL_VERIFYPEER.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.SSL_VERIFYPEER, value: boolean | number): number;
  /**
   * where verbose text goes without a debug callback
   *
   * Choose the destination of CURLOPT_VERBOSE(3) output when no
   * CURLOPT_DEBUGFUNCTION(3) is set. In C this is a FILE *; in manbind it is
   * any object with a write(text: string) method (the TextSink type):
   * process.stderr, a writable file stream, or a plain object that collects
   * the strings. Each call gets one complete line with its * , <  or >
   * prefix. Passing null restores the default.
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
   * @see specs/CURLOPT_STDERR.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.STDERR, value: TextSink | null): number;
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
   * @see specs/CURLOPT_SUPPRESS_CONNECT_HEADERS.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.SUPPRESS_CONNECT_HEADERS, value: boolean | number): number;
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
   * @see specs/CURLOPT_TCP_KEEPALIVE.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.TCP_KEEPALIVE, value: boolean | number): number;
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
   * @see specs/CURLOPT_TCP_KEEPIDLE.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.TCP_KEEPIDLE, value: number): number;
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
   * @see specs/CURLOPT_TCP_KEEPINTVL.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.TCP_KEEPINTVL, value: number): number;
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
   * @see specs/CURLOPT_TCP_NODELAY.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.TCP_NODELAY, value: boolean | number): number;
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
   * @see specs/CURLOPT_TIMEOUT.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.TIMEOUT, value: number): number;
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
   * @see specs/CURLOPT_TIMEOUT_MS.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.TIMEOUT_MS, value: number): number;
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
   * @see specs/CURLOPT_URL.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.URL, value: string | null): number;
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
   * @see specs/CURLOPT_USERAGENT.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.USERAGENT, value: string | null): number;
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
   * @see specs/CURLOPT_VERBOSE.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.VERBOSE, value: boolean | number): number;
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
   * @see specs/CURLOPT_WRITEDATA.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.WRITEDATA, value: unknown): number;
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
   * error's message becomes the handle's last error text.
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
   * @see specs/CURLOPT_WRITEFUNCTION.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.WRITEFUNCTION, value: write_callback | null): number;
  /**
   * WebSocket behaviour flags
   *
   * Adjust how a WebSocket connection made with CURLOPT_CONNECT_ONLY(3) set to 2
   * is handled. The bits are read each time they matter, so they can be changed
   * on a live connection. Bits other than the two below are ignored.
   *
   * CURLWS_RAW_MODE
   *
   * easy.wsSend() writes the given bytes to the connection unchanged, without
   * building a frame around them; the application must then frame and mask its
   * messages itself, and must pass flags and fragsize 0. As in libcurl, the
   * receiving side is not affected in connect-only mode: easy.wsRecv() still
   * decodes frames and answers PINGs.
   *
   * CURLWS_NOAUTOPONG
   *
   * Do not answer PING frames. Each PING is then returned by easy.wsRecv()
   * with the CURLWS_PING flag, and the application decides whether to send a
   * PONG. Without this bit manbind sends the PONG as soon as it has decoded the
   * PING, and the PING is not returned. libcurl instead waits with the PONG until
   * the application's next send or receive call.
   *
   * Default: 0
   *
   * Protocols: WS
   *
   * @since 7.86.0
   * @see {@link CURLOPT.CONNECT_ONLY | CURLOPT_CONNECT_ONLY}
   * @see curl_ws_recv
   * @see curl_ws_send
   * @see specs/CURLOPT_WS_OPTIONS.md (generated; do not edit)
   */
  setopt(option: typeof CURLOPT.WS_OPTIONS, value: number): number;
}
