// The values an Easy handle holds, one field per option the runtime implements, with libcurl's
// defaults (lib/url.c Curl_init_userdefined). setopt handlers (runtime/setopt.ts) write here;
// filters read a frozen copy taken when perform starts.
import type { ErrorBuffer, TextSink } from '../types.js';
import { bodyDefaults, type BodyOptions } from './body-options.js';
import { uploadDefaults, type UploadOptions } from './upload-options.js';
import { mimeDefaults, type MimeOptions } from './mime-options.js';

// The callbacks' signatures live in callback-types.ts, which the package's declarations reach
// without this module (the engine's option record is no part of the API).
import type { CloseSocketFn, DebugFn, HeaderFn, OpenSocketFn, PrereqFn, ProgressFn, SockoptFn, WriteFn, XferInfoFn } from './callback-types.js';
export type { CloseSocketFn, DebugFn, HeaderFn, OpenSocketFn, PrereqFn, ProgressFn, SockAddr, SockoptFn, WriteFn, XferInfoFn } from './callback-types.js';

/** BodyOptions and UploadOptions: the body, header and upload options of issue 13
 * (body-options.ts, upload-options.ts). */
export interface EasyOptions extends BodyOptions, UploadOptions, MimeOptions {
  url: string | null;
  connectOnly: 0 | 1 | 2;
  verbose: boolean;
  stderr: TextSink | null;
  errorBuffer: ErrorBuffer | null;
  debugFunction: DebugFn | null;
  debugData: unknown;
  privateData: unknown;

  // name resolving and where to connect
  port: number; // 0: the URL's or the scheme's
  resolve: string[];
  connectTo: string[];
  ipResolve: 0 | 1 | 2; // CURL_IPRESOLVE_WHATEVER, _V4, _V6
  happyEyeballsTimeoutMs: number;
  /** CURLOPT_DNS_CACHE_TIMEOUT in milliseconds; -1: forever, 0: no caching. */
  dnsCacheTimeoutMs: number;
  /** CURLOPT_DNS_SHUFFLE_ADDRESSES: fresh answers are put in random order. */
  dnsShuffleAddresses: boolean;

  // sockets
  openSocketFunction: OpenSocketFn | null;
  openSocketData: unknown;
  sockoptFunction: SockoptFn | null;
  sockoptData: unknown;
  closeSocketFunction: CloseSocketFn | null;
  closeSocketData: unknown;
  tcpNodelay: boolean;
  tcpKeepalive: boolean;
  tcpKeepidle: number; // seconds
  tcpKeepintvl: number; // seconds
  localPort: number;
  localPortRange: number;
  /** CURLOPT_INTERFACE as lib/setopt.c splits it: the plain form (an interface name or a host),
   * `if!NAME`, `host!HOST` (`ifhost!NAME!HOST` sets both); null when not given. */
  bindDevice: string | null;
  bindInterface: string | null;
  bindHost: string | null;
  /** CURLOPT_DNS_SERVERS, DNS_LOCAL_IP4, DNS_LOCAL_IP6 (a c-ares build's options): any of them
   * sends name lookups through node:dns's Resolver (filters/dns-servers.ts). */
  dnsServers: string | null;
  dnsLocalIp4: string | null;
  dnsLocalIp6: string | null;
  /** CURLOPT_UNIX_SOCKET_PATH / ABSTRACT_UNIX_SOCKET: connect there instead of over TCP (the
   * proxy settings are then ignored); null: TCP. */
  unixSocketPath: string | null;
  /** The path names an abstract socket (Linux: a name with a leading NUL byte). */
  abstractUnixSocket: boolean;
  /** CURLOPT_HAPROXYPROTOCOL: send a PROXY protocol v1 line first (HAPROXY_CLIENT_IP sets it). */
  haproxyProtocol: boolean;
  /** CURLOPT_HAPROXY_CLIENT_IP: the source and destination address the PROXY line claims. */
  haproxyClientIp: string | null;

  // timeouts (milliseconds; 0 = none / default)
  connectTimeoutMs: number;
  timeoutMs: number;

  // HTTP proxy
  proxy: string | null;
  proxyPort: number;
  proxyType: number; // CURLPROXY_HTTP 0, CURLPROXY_HTTP_1_0 1, CURLPROXY_HTTPS 2, CURLPROXY_HTTPS2 3
  /** CURLOPT_PRE_PROXY: a SOCKS proxy in front of the HTTP proxy; "" disables it. */
  preProxy: string | null;
  /** CURLOPT_SOCKS5_AUTH: CURLAUTH_BASIC (1) | CURLAUTH_GSSAPI (4). */
  socks5Auth: number;
  noProxy: string | null;
  proxyUsername: string | null;
  proxyPassword: string | null;
  proxyAuth: number; // CURLAUTH_* bitmask
  proxyHeaders: string[];
  httpProxyTunnel: boolean;
  suppressConnectHeaders: boolean;
  userAgent: string | null;
  headerFunction: HeaderFn | null;
  headerData: unknown;
  writeFunction: WriteFn | null;
  writeData: unknown;

  // TLS
  sslVerifyPeer: boolean;
  sslVerifyHost: 0 | 2;
  caInfo: string | null;
  caPath: string | null;
  sslCert: string | null;
  sslKey: string | null;
  keyPasswd: string | null;
  // TLS, continued (filters/tls-options.ts reads these for the target and the PROXY_* set for an
  // HTTPS proxy, as libcurl's ssl and proxy_ssl configs)
  /** CURL_SSLVERSION_* (low 16 bits; DEFAULT is stored as TLSv1_2) and CURL_SSLVERSION_MAX_*. */
  sslVersion: number;
  sslVersionMax: number;
  sslCipherList: string | null;
  tls13Ciphers: string | null;
  sslEcCurves: string | null;
  pinnedPublicKey: string | null;
  caInfoBlob: Uint8Array | null;
  sslCertBlob: Uint8Array | null;
  sslKeyBlob: Uint8Array | null;
  /** "PEM", "DER" or "P12" (any case); null: PEM. */
  sslCertType: string | null;
  issuerCert: string | null;
  /** CERTINFO: gather the peer's chain for CURLINFO_CERTINFO. */
  certInfo: boolean;
  issuerCertBlob: Uint8Array | null;
  crlFile: string | null;
  /** CURLSSLOPT_* bits (lib/setopt.c keeps the low 8). */
  sslOptions: number;
  sslSessionIdCache: boolean;
  sslEnableAlpn: boolean;
  // the HTTPS proxy's own TLS settings (CURLOPT_PROXY_*)
  proxySslVerifyPeer: boolean;
  proxySslVerifyHost: 0 | 2;
  proxyCaInfo: string | null;
  proxyCaInfoBlob: Uint8Array | null;
  proxyCaPath: string | null;
  proxySslCert: string | null;
  proxySslCertType: string | null;
  proxySslKey: string | null;
  proxyKeyPasswd: string | null;
  proxyPinnedPublicKey: string | null;
  proxySslCertBlob: Uint8Array | null;
  proxySslKeyBlob: Uint8Array | null;
  proxyIssuerCert: string | null;
  proxyIssuerCertBlob: Uint8Array | null;
  proxyCrlFile: string | null;
  proxySslVersion: number;
  proxySslVersionMax: number;
  proxySslCipherList: string | null;
  proxyTls13Ciphers: string | null;
  proxySslOptions: number;

  // HTTP transfers, redirects, connection reuse, WebSocket (issue 4; read by http1-request.ts,
  // http1-transfer.ts, ws-session.ts). libcurl keeps the request kind in set.method, changed by
  // POST/POSTFIELDS/NOBODY/HTTPGET in setopt order; here it is derived when a request is built:
  // nobody -> HEAD, else post or postFields -> POST, else GET (see http1-request.ts).
  nobody: boolean;
  post: boolean;
  /** CURLOPT_POSTFIELDS (a string is sent as UTF-8) or COPYPOSTFIELDS; null: none. */
  postFields: Uint8Array | string | null;
  /** CURLOPT_POSTFIELDSIZE(_LARGE); -1: the length of postFields. */
  postFieldSize: number;
  customRequest: string | null;
  httpHeaders: string[];
  /** CURL_HTTP_VERSION_*: 1 (1_0) sends HTTP/1.0; the ALPN offer and HTTP/2 follow it too. */
  httpVersion: number;
  /** 0 off, 1 CURLFOLLOW_ALL, 2 CURLFOLLOW_OBEYCODE, 3 CURLFOLLOW_FIRSTONLY. */
  followLocation: number;
  /** 30 since libcurl 8.3.0; -1: unlimited. */
  maxRedirs: number;
  /** CURLOPT_POSTREDIR bits: CURL_REDIR_POST_301 1, _302 2, _303 4. */
  postRedir: number;
  expect100TimeoutMs: number;
  forbidReuse: boolean;
  /** CURLOPT_PIPEWAIT: wait for a connection being made to see whether it multiplexes. */
  pipeWait: boolean;
  freshConnect: boolean;
  maxConnects: number;
  /** CURLWS_RAW_MODE 1 | CURLWS_NOAUTOPONG 2. */
  wsOptions: number;
  /** CURLOPT_HEADER: response headers also go to the write callback. */
  includeHeader: boolean;

  // progress, limits and the prereq callback (issue 14; read by base/progress.ts). PROGRESSDATA
  // and XFERINFODATA are one option in libcurl (progress_client).
  noProgress: boolean;
  xferInfoFunction: XferInfoFn | null;
  progressFunction: ProgressFn | null;
  progressData: unknown;
  prereqFunction: PrereqFn | null;
  prereqData: unknown;
  /** LOW_SPEED_LIMIT bytes per second, LOW_SPEED_TIME seconds; either 0: no check. */
  lowSpeedLimit: number;
  lowSpeedTime: number;
  /** MAX_SEND_SPEED_LARGE / MAX_RECV_SPEED_LARGE in bytes per second; 0: no cap. */
  maxSendSpeed: number;
  maxRecvSpeed: number;
  /** CURLOPT_FILETIME: keep the document's Last-Modified time (CURLINFO_FILETIME). */
  fileTime: boolean;
  /** Credentials (USERNAME, PASSWORD, USERPWD) and the login protocols' settings (issue 15:
   * LOGIN_OPTIONS, SASL_AUTHZID, SASL_IR, XOAUTH2_BEARER, USE_SSL). */
  username: string | null;
  password: string | null;
  loginOptions: string | null;
  saslAuthzid: string | null;
  saslIr: boolean;
  xoauth2Bearer: string | null;
  /** Server auth (lib/http.c): HTTPAUTH (CURLAUTH_* bits, default Basic), UNRESTRICTED_AUTH. */
  httpAuth: number;
  unrestrictedAuth: boolean;
  /** NETRC (CURL_NETRC_IGNORED 0, OPTIONAL 1, REQUIRED 2) and NETRC_FILE (lib/netrc.c). */
  netrc: number;
  netrcFile: string | null;
  /** CURLUSESSL_NONE 0, TRY 1, CONTROL 2, ALL 3. */
  useSsl: number;
  /** FTP's connect phase: FTPSSLAUTH (CURLFTPAUTH_DEFAULT 0, SSL 1, TLS 2), FTP_ACCOUNT,
   * FTP_ALTERNATIVE_TO_USER. */
  ftpSslAuth: number;
  ftpAccount: string | null;
  ftpAlternativeToUser: string | null;

  // cookies (lib/cookie.c); the jar itself lives with the handle (core/handle.ts)
  /** CURLOPT_COOKIE: sent as given, after the jar's cookies. */
  cookie: string | null;
  /** CURLOPT_COOKIEFILE, each name set (libcurl's state.cookielist), read at every perform
   * start; replaced, never changed in place, so copies may share it. */
  cookieFiles: readonly string[];
  /** CURLOPT_COOKIEJAR: written at curl_easy_cleanup. */
  cookieJar: string | null;
  /** CURLOPT_COOKIESESSION: session cookies in the files are not read. */
  cookieSession: boolean;
}


/** A new handle's options: a copy of the defaults. (A literal of this size costs several times a
 * spread copy, and every Easy starts from one.) The empty lists are shared and frozen: setopt
 * replaces a list, never changes one in place, so no handle needs an empty list of its own. */
export function defaultOptions(): EasyOptions {
  return { ...DEFAULTS };
}

/** The defaults, built once; defaultOptions copies them. */
const DEFAULTS: EasyOptions = defaultsLiteral();
for (const [k, v] of Object.entries(DEFAULTS)) if (Array.isArray(v)) Object.freeze(v);

function defaultsLiteral(): EasyOptions {
  return {
    ...bodyDefaults(),
    ...uploadDefaults(),
    ...mimeDefaults(),
    url: null,
    connectOnly: 0,
    verbose: false,
    stderr: null,
    errorBuffer: null,
    debugFunction: null,
    debugData: null,
    privateData: null,
    port: 0,
    resolve: [],
    connectTo: [],
    ipResolve: 0,
    happyEyeballsTimeoutMs: 200,
    dnsCacheTimeoutMs: 60_000,
    dnsShuffleAddresses: false,
    openSocketFunction: null,
    openSocketData: null,
    sockoptFunction: null,
    sockoptData: null,
    closeSocketFunction: null,
    closeSocketData: null,
    tcpNodelay: true,
    tcpKeepalive: false,
    tcpKeepidle: 60,
    tcpKeepintvl: 60,
    localPort: 0,
    localPortRange: 1,
    bindDevice: null,
    bindInterface: null,
    bindHost: null,
    dnsServers: null,
    dnsLocalIp4: null,
    dnsLocalIp6: null,
    unixSocketPath: null,
    abstractUnixSocket: false,
    haproxyProtocol: false,
    haproxyClientIp: null,
    connectTimeoutMs: 0,
    timeoutMs: 0,
    proxy: null,
    proxyPort: 0,
    proxyType: 0,
    preProxy: null,
    socks5Auth: 5, // CURLAUTH_BASIC | CURLAUTH_GSSAPI
    noProxy: null,
    proxyUsername: null,
    proxyPassword: null,
    proxyAuth: 1,
    proxyHeaders: [],
    httpProxyTunnel: false,
    suppressConnectHeaders: false,
    userAgent: null,
    headerFunction: null,
    headerData: null,
    writeFunction: null,
    writeData: null,
    sslVerifyPeer: true,
    sslVerifyHost: 2,
    caInfo: null,
    caPath: null,
    sslCert: null,
    sslKey: null,
    keyPasswd: null,
    sslVersion: 6, // CURL_SSLVERSION_TLSv1_2 (what DEFAULT means, lib/setopt.c)
    sslVersionMax: 0,
    sslCipherList: null,
    tls13Ciphers: null,
    sslEcCurves: null,
    pinnedPublicKey: null,
    caInfoBlob: null,
    sslCertBlob: null,
    sslKeyBlob: null,
    sslCertType: null,
    issuerCert: null,
    certInfo: false,
    issuerCertBlob: null,
    crlFile: null,
    sslOptions: 0,
    sslSessionIdCache: true,
    sslEnableAlpn: true,
    proxySslVerifyPeer: true,
    proxySslVerifyHost: 2,
    proxyCaInfo: null,
    proxyCaInfoBlob: null,
    proxyCaPath: null,
    proxySslCert: null,
    proxySslCertType: null,
    proxySslKey: null,
    proxyKeyPasswd: null,
    proxyPinnedPublicKey: null,
    proxySslCertBlob: null,
    proxySslKeyBlob: null,
    proxyIssuerCert: null,
    proxyIssuerCertBlob: null,
    proxyCrlFile: null,
    proxySslVersion: 6,
    proxySslVersionMax: 0,
    proxySslCipherList: null,
    proxyTls13Ciphers: null,
    proxySslOptions: 0,
    nobody: false,
    post: false,
    postFields: null,
    postFieldSize: -1,
    customRequest: null,
    httpHeaders: [],
    httpVersion: 0,
    followLocation: 0,
    maxRedirs: 30,
    postRedir: 0,
    expect100TimeoutMs: 1000,
    forbidReuse: false,
    pipeWait: false,
    freshConnect: false,
    maxConnects: 5,
    wsOptions: 0,
    includeHeader: false,
    noProgress: true,
    xferInfoFunction: null,
    progressFunction: null,
    progressData: null,
    prereqFunction: null,
    prereqData: null,
    lowSpeedLimit: 0,
    lowSpeedTime: 0,
    maxSendSpeed: 0,
    maxRecvSpeed: 0,
    fileTime: false,
    username: null,
    password: null,
    loginOptions: null,
    saslAuthzid: null,
    saslIr: false,
    xoauth2Bearer: null,
    httpAuth: 1,
    unrestrictedAuth: false,
    netrc: 0,
    netrcFile: null,
    useSsl: 0,
    ftpSslAuth: 0,
    ftpAccount: null,
    ftpAlternativeToUser: null,
    cookie: null,
    cookieFiles: [],
    cookieJar: null,
    cookieSession: false,
  };
}
