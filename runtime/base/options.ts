// The values an Easy handle holds, one field per option the runtime implements, with libcurl's
// defaults (lib/url.c Curl_init_userdefined). setopt handlers (runtime/setopt.ts) write here;
// filters read a frozen copy taken when perform starts.
import type { Duplex } from 'node:stream';
import type { ErrorBuffer, TextSink } from '../types.js';

/** struct curl_sockaddr as the open-socket callback sees it; changing it changes the target. */
export interface SockAddr {
  family: number;
  socktype: number;
  protocol: number;
  addrlen: number;
  addr: { address: string; port: number };
}

export type OpenSocketFn = (clientp: unknown, purpose: number, address: SockAddr) => Duplex | number;
export type SockoptFn = (clientp: unknown, curlfd: Duplex | number, purpose: number) => number;
export type CloseSocketFn = (clientp: unknown, item: Duplex | number) => number;
export type DebugFn = (handle: unknown, type: number, data: Uint8Array, size: number, clientp: unknown) => number;
export type HeaderFn = (buffer: Uint8Array, size: number, nitems: number, userdata: unknown) => number;
export type WriteFn = (ptr: Uint8Array, size: number, nmemb: number, userdata: unknown) => number;

export interface EasyOptions {
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

  // timeouts (milliseconds; 0 = none / default)
  connectTimeoutMs: number;
  timeoutMs: number;

  // HTTP proxy
  proxy: string | null;
  proxyPort: number;
  proxyType: number; // CURLPROXY_HTTP 0, CURLPROXY_HTTP_1_0 1
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
  /** CURL_HTTP_VERSION_*: 1 (1_0) sends HTTP/1.0; everything else is HTTP/1.1 here. */
  httpVersion: number;
  /** 0 off, 1 CURLFOLLOW_ALL, 2 CURLFOLLOW_OBEYCODE, 3 CURLFOLLOW_FIRSTONLY. */
  followLocation: number;
  /** 30 since libcurl 8.3.0; -1: unlimited. */
  maxRedirs: number;
  /** CURLOPT_POSTREDIR bits: CURL_REDIR_POST_301 1, _302 2, _303 4. */
  postRedir: number;
  expect100TimeoutMs: number;
  forbidReuse: boolean;
  freshConnect: boolean;
  maxConnects: number;
  /** CURLWS_RAW_MODE 1 | CURLWS_NOAUTOPONG 2. */
  wsOptions: number;
  /** CURLOPT_HEADER: response headers also go to the write callback. */
  includeHeader: boolean;
}

export function defaultOptions(): EasyOptions {
  return {
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
    connectTimeoutMs: 0,
    timeoutMs: 0,
    proxy: null,
    proxyPort: 0,
    proxyType: 0,
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
    freshConnect: false,
    maxConnects: 5,
    wsOptions: 0,
    includeHeader: false,
  };
}
