// generated from specs by manbind; do not edit

// CURLcode values (runtime/codes.ts): OK, BAD_FUNCTION_ARGUMENT, UNKNOWN_OPTION.
const OK = 0;
const BAD = 43;
const UNKNOWN = 48;
// CURLMcode values (runtime/multi.ts CURLM): BAD_FUNCTION_ARGUMENT, UNKNOWN_OPTION.
const MULTI_BAD = 10;
const MULTI_UNKNOWN = 6;

const isLong = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v);
const anyValue = (_v: unknown): number => OK;
const long = (v: unknown): number => (isLong(v) ? OK : BAD);
const boolean = (v: unknown): number => (typeof v === 'boolean' || isLong(v) ? OK : BAD);
const offT = (v: unknown): number => (isLong(v) || typeof v === 'bigint' ? OK : BAD);
const string = (v: unknown): number => (v === null || typeof v === 'string' ? OK : BAD);
const stringList = (v: unknown): number =>
  v === null || (Array.isArray(v) && v.every((s) => typeof s === 'string')) ? OK : BAD;
const blob = (v: unknown): number => (v === null || v instanceof Uint8Array ? OK : BAD);
const func = (v: unknown): number => (v === null || typeof v === 'function' ? OK : BAD);
const object = (v: unknown): number => (v === null || typeof v === 'object' ? OK : BAD);
function oneOf(...values: number[]): (v: unknown) => number {
  const allowed = new Set(values);
  return (v) => (typeof v === 'number' && allowed.has(v) ? OK : BAD);
}
function inRange(min: number, max: number): (v: unknown) => number {
  return (v) => (isLong(v) && (v as number) >= min && (v as number) <= max ? OK : BAD);
}
// A shared check answering with a CURLMcode: a bad multi option value is 10, not 43.
const multi =
  (check: (v: unknown) => number) =>
  (v: unknown): number =>
    check(v) === OK ? OK : MULTI_BAD;

/**
 * One check per CURLOPT option, keyed by base name: 0 (OK) or 43 (BAD_FUNCTION_ARGUMENT).
 *
 * @see specs (generated; do not edit)
 */
export const validators: Readonly<Record<string, (value: unknown) => number>> = Object.freeze({
  ABSTRACT_UNIX_SOCKET: string,
  ACCEPT_ENCODING: string,
  AUTOREFERER: boolean,
  CAINFO: string,
  CAINFO_BLOB: blob,
  CAPATH: string,
  CERTINFO: long,
  CLOSESOCKETDATA: anyValue,
  CLOSESOCKETFUNCTION: func,
  CONNECTTIMEOUT: inRange(0, Infinity),
  CONNECTTIMEOUT_MS: inRange(0, Infinity),
  CONNECT_ONLY: oneOf(0, 1, 2),
  CONNECT_TO: stringList,
  COOKIE: string,
  COOKIEFILE: string,
  COOKIEJAR: string,
  COOKIELIST: string,
  COOKIESESSION: long,
  COPYPOSTFIELDS: string,
  CRLFILE: string,
  CUSTOMREQUEST: string,
  DEBUGDATA: anyValue,
  DEBUGFUNCTION: func,
  DEFAULT_PROTOCOL: string,
  DNS_CACHE_TIMEOUT: inRange(-1, Infinity),
  DNS_LOCAL_IP4: string,
  DNS_LOCAL_IP6: string,
  DNS_SERVERS: string,
  DNS_SHUFFLE_ADDRESSES: boolean,
  ERRORBUFFER: object,
  EXPECT_100_TIMEOUT_MS: inRange(0, Infinity),
  FAILONERROR: boolean,
  FILETIME: long,
  FOLLOWLOCATION: oneOf(0, 1, 2, 3),
  FORBID_REUSE: boolean,
  FRESH_CONNECT: boolean,
  FTPSSLAUTH: oneOf(0, 1, 2),
  FTP_ACCOUNT: string,
  FTP_ALTERNATIVE_TO_USER: string,
  HAPPY_EYEBALLS_TIMEOUT_MS: inRange(0, Infinity),
  HAPROXYPROTOCOL: long,
  HAPROXY_CLIENT_IP: string,
  HEADER: boolean,
  HEADERDATA: anyValue,
  HEADERFUNCTION: func,
  HEADEROPT: long,
  HTTP200ALIASES: stringList,
  HTTPAUTH: long,
  HTTPHEADER: stringList,
  HTTPPROXYTUNNEL: boolean,
  HTTP_CONTENT_DECODING: boolean,
  HTTP_TRANSFER_DECODING: boolean,
  HTTP_VERSION: oneOf(0, 1, 2, 3, 4, 5, 30, 31),
  IGNORE_CONTENT_LENGTH: boolean,
  INFILESIZE: inRange(-1, Infinity),
  INFILESIZE_LARGE: offT,
  INTERFACE: string,
  IPRESOLVE: oneOf(0, 1, 2),
  ISSUERCERT: string,
  ISSUERCERT_BLOB: blob,
  KEEP_SENDING_ON_ERROR: long,
  KEYPASSWD: string,
  LOCALPORT: inRange(0, 65535),
  LOCALPORTRANGE: inRange(0, 65535),
  LOGIN_OPTIONS: string,
  LOW_SPEED_LIMIT: inRange(0, Infinity),
  LOW_SPEED_TIME: inRange(0, Infinity),
  MAXAGE_CONN: inRange(0, Infinity),
  MAXCONNECTS: inRange(0, 4294967295),
  MAXFILESIZE: inRange(0, Infinity),
  MAXFILESIZE_LARGE: offT,
  MAXLIFETIME_CONN: inRange(0, Infinity),
  MAXREDIRS: inRange(-1, Infinity),
  MAX_RECV_SPEED_LARGE: offT,
  MAX_SEND_SPEED_LARGE: offT,
  MIMEPOST: object,
  MIME_OPTIONS: long,
  NETRC: oneOf(0, 1, 2),
  NETRC_FILE: string,
  NOBODY: boolean,
  NOPROGRESS: boolean,
  NOPROXY: string,
  NOSIGNAL: boolean,
  OPENSOCKETDATA: anyValue,
  OPENSOCKETFUNCTION: func,
  PASSWORD: string,
  PATH_AS_IS: boolean,
  PINNEDPUBLICKEY: string,
  PIPEWAIT: long,
  PORT: inRange(0, 65535),
  POST: boolean,
  POSTFIELDS: string,
  POSTFIELDSIZE: inRange(-1, Infinity),
  POSTFIELDSIZE_LARGE: offT,
  POSTREDIR: long,
  PREREQDATA: anyValue,
  PREREQFUNCTION: func,
  PRE_PROXY: string,
  PRIVATE: anyValue,
  PROGRESSFUNCTION: func,
  PROTOCOLS_STR: string,
  PROXY: string,
  PROXYAUTH: long,
  PROXYHEADER: stringList,
  PROXYPASSWORD: string,
  PROXYPORT: inRange(0, 65535),
  PROXYTYPE: oneOf(0, 1, 2, 3, 4, 5, 6, 7, 8),
  PROXYUSERNAME: string,
  PROXYUSERPWD: string,
  PROXY_CAINFO: string,
  PROXY_CAINFO_BLOB: blob,
  PROXY_CAPATH: string,
  PROXY_CRLFILE: string,
  PROXY_ISSUERCERT: string,
  PROXY_ISSUERCERT_BLOB: blob,
  PROXY_KEYPASSWD: string,
  PROXY_PINNEDPUBLICKEY: string,
  PROXY_SSLCERT: string,
  PROXY_SSLCERTTYPE: string,
  PROXY_SSLCERT_BLOB: blob,
  PROXY_SSLKEY: string,
  PROXY_SSLKEY_BLOB: blob,
  PROXY_SSLVERSION: long,
  PROXY_SSL_CIPHER_LIST: string,
  PROXY_SSL_OPTIONS: long,
  PROXY_SSL_VERIFYHOST: oneOf(0, 1, 2),
  PROXY_SSL_VERIFYPEER: boolean,
  PROXY_TLS13_CIPHERS: string,
  RANGE: string,
  READDATA: anyValue,
  READFUNCTION: func,
  REDIR_PROTOCOLS_STR: string,
  REFERER: string,
  REQUEST_TARGET: string,
  RESOLVE: stringList,
  RESUME_FROM: inRange(-1, Infinity),
  RESUME_FROM_LARGE: offT,
  SASL_AUTHZID: string,
  SASL_IR: boolean,
  SEEKDATA: anyValue,
  SEEKFUNCTION: func,
  SOCKOPTDATA: anyValue,
  SOCKOPTFUNCTION: func,
  SOCKS5_AUTH: long,
  SSLCERT: string,
  SSLCERTTYPE: string,
  SSLCERT_BLOB: blob,
  SSLKEY: string,
  SSLKEY_BLOB: blob,
  SSLVERSION: long,
  SSL_CIPHER_LIST: string,
  SSL_EC_CURVES: string,
  SSL_ENABLE_ALPN: boolean,
  SSL_OPTIONS: long,
  SSL_SESSIONID_CACHE: boolean,
  SSL_VERIFYHOST: oneOf(0, 1, 2),
  SSL_VERIFYPEER: boolean,
  STDERR: object,
  SUPPRESS_CONNECT_HEADERS: boolean,
  TCP_KEEPALIVE: boolean,
  TCP_KEEPIDLE: inRange(0, Infinity),
  TCP_KEEPINTVL: inRange(0, Infinity),
  TCP_NODELAY: boolean,
  TIMECONDITION: oneOf(0, 1, 2, 3),
  TIMEOUT: inRange(0, Infinity),
  TIMEOUT_MS: inRange(0, Infinity),
  TIMEVALUE: long,
  TIMEVALUE_LARGE: offT,
  TLS13_CIPHERS: string,
  TRAILERDATA: anyValue,
  TRAILERFUNCTION: func,
  TRANSFER_ENCODING: boolean,
  UNIX_SOCKET_PATH: string,
  UNRESTRICTED_AUTH: long,
  UPKEEP_INTERVAL_MS: inRange(0, Infinity),
  UPLOAD: long,
  UPLOAD_BUFFERSIZE: long,
  URL: string,
  USERAGENT: string,
  USERNAME: string,
  USERPWD: string,
  USE_SSL: oneOf(0, 1, 2, 3),
  VERBOSE: boolean,
  WRITEDATA: anyValue,
  WRITEFUNCTION: func,
  WS_OPTIONS: long,
  XFERINFODATA: anyValue,
  XFERINFOFUNCTION: func,
  XOAUTH2_BEARER: string,
});

/**
 * Check a setopt value by option base name: 0, 43 for a bad value, 48 (UNKNOWN_OPTION) for an unknown name.
 *
 * @see specs (generated; do not edit)
 */
export function validateOption(name: string, value: unknown): number {
  return Object.hasOwn(validators, name) ? validators[name]!(value) : UNKNOWN;
}

/**
 * One check per CURLMOPT option, keyed by base name: 0 (CURLM_OK) or 10 (CURLM_BAD_FUNCTION_ARGUMENT).
 *
 * @see specs (generated; do not edit)
 */
export const multiValidators: Readonly<Record<string, (value: unknown) => number>> = Object.freeze({
  MAXCONNECTS: multi(inRange(0, 2147483646)),
  MAX_CONCURRENT_STREAMS: multi(long),
  MAX_HOST_CONNECTIONS: multi(inRange(0, 2147483646)),
  PIPELINING: multi(long),
});

/**
 * Check a multi setopt value by option base name: 0, 10 for a bad value, 6 (CURLM_UNKNOWN_OPTION) for an unknown name.
 *
 * @see specs (generated; do not edit)
 */
export function validateMultiOption(name: string, value: unknown): number {
  return Object.hasOwn(multiValidators, name) ? multiValidators[name]!(value) : MULTI_UNKNOWN;
}
