// One handler per option the runtime implements, keyed by the option's base name (the name
// without CURLOPT_/FETCHOPT_, so bindings generated from a fork's docs drive the same engine).
// The generated validators run first (Easy.setopt) and own the value checks: type, range, the
// allowed set. A handler only turns a valid value into EasyOptions as lib/setopt.c stores it
// (clamping, bit masks, a value libcurl knows but this runtime has not built in); it returns a
// CURLcode and leaves the previous value in place when it fails (A1).
import { CURLE } from '../base/codes.js';
import {
  CURLAUTH_BASIC,
  CURLAUTH_GSSAPI,
  CURLPROXY_HTTP,
  CURLPROXY_HTTP_1_0,
  CURLPROXY_HTTPS,
  CURLPROXY_HTTPS2,
  CURLPROXY_SOCKS4,
  CURLPROXY_SOCKS4A,
  CURLPROXY_SOCKS5,
  CURLPROXY_SOCKS5_HOSTNAME,
} from '../base/constants.js';
import type { EasyOptions } from '../base/options.js';
import { parseInterface } from '../filters/bind-local.js';
import { authHandlers } from './setopt-auth.js';
import { bodyHandlers } from './setopt-bodies.js';
import { uploadHandlers } from './setopt-uploads.js';
import { mimeHandlers } from './setopt-mime.js';
import { cookieHandlers, type CookieEnv } from './setopt-cookies.js';
import { optionIds } from '../../generated/easy-options.js';

/** What a handler may use besides the options (the cookie engine: setopt-cookies.ts). */
export interface SetoptEnv extends CookieEnv {
  /** A verbose TEXT line (A4's "boolean setopt(...)" note). */
  infof(text: string): void;
  /** CURLINFO_REFERER reports nothing until the next perform (setopt(REFERER)). */
  forgetReferer(): void;
}

export type Handler = (opts: EasyOptions, value: unknown, env: SetoptEnv) => number;

/** The option numbers live in option-ids.ts; importers of this module still find them here. */
export { optionIds };

/** lib/urldata.h CURL_MAX_INPUT_LENGTH: longer strings are refused with 43. */
const CURL_MAX_INPUT_LENGTH = 8_000_000;

const BAD = CURLE.BAD_FUNCTION_ARGUMENT;
const OK = CURLE.OK;

type Fields<T> = { [K in keyof EasyOptions]: EasyOptions[K] extends T ? K : never }[keyof EasyOptions];

/** A long: a safe integer (true/false read as 1/0 where the binding allows a boolean). */
function asLong(value: unknown): number | null {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'bigint' && value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)) {
    return Number(value);
  }
  return null;
}

/** lib/setopt.c setopt_long_bool (A4): never fails; any non-zero value is on. */
function bool(field: Fields<boolean>, name: string): Handler {
  return (opts, value, env) => {
    let v: number | null;
    if (typeof value === 'boolean') v = value ? 1 : 0;
    else v = asLong(value);
    if (v === null) return BAD;
    if (v !== 0 && v !== 1) {
      env.infof(`boolean setopt(${optionIds[name]}) got unsupported argument ${v}, treated as 1`);
    }
    opts[field] = v !== 0;
    return OK;
  };
}

/** A long the validator accepted, stored as is. */
function long(field: Fields<number>): Handler {
  return (opts, value) => {
    const v = asLong(value);
    if (v === null) return BAD;
    (opts as unknown as Record<string, number>)[field] = v;
    return OK;
  };
}

/** A long that libcurl clamps to INT_MAX when it stores it (timer values; setTimeout takes at
 * most 2^31-1 ms too). `factor` turns seconds into milliseconds. */
function clamped(field: Fields<number>, factor = 1): Handler {
  return (opts, value) => {
    const v = asLong(value);
    if (v === null) return BAD;
    (opts as unknown as Record<string, number>)[field] = Math.min(v * factor, 0x7fffffff);
    return OK;
  };
}

/** A char * option: a string (copied, as libcurl strdup()s it) or null. */
function str(field: Fields<string | null>): Handler {
  return (opts, value) => {
    if (value === null || value === undefined) {
      (opts as unknown as Record<string, unknown>)[field] = null;
      return OK;
    }
    if (typeof value !== 'string' || value.length > CURL_MAX_INPUT_LENGTH) return BAD;
    (opts as unknown as Record<string, unknown>)[field] = value;
    return OK;
  };
}

/** A struct curl_slist *: an array of strings (copied) or null for none. */
function slist(field: 'resolve' | 'connectTo' | 'proxyHeaders' | 'httpHeaders'): Handler {
  return (opts, value) => {
    if (value === null || value === undefined) {
      opts[field] = [];
      return OK;
    }
    if (!Array.isArray(value) || !value.every((s) => typeof s === 'string')) return BAD;
    opts[field] = [...(value as string[])];
    return OK;
  };
}

/** A callback: a function, or null for the default behaviour (A9). */
function fn(field: Fields<((...args: never[]) => unknown) | null>): Handler {
  return (opts, value) => {
    if (value === null || value === undefined) {
      (opts as unknown as Record<string, unknown>)[field] = null;
      return OK;
    }
    if (typeof value !== 'function') return BAD;
    (opts as unknown as Record<string, unknown>)[field] = value;
    return OK;
  };
}

/** A void * handed back to callbacks unchanged: anything goes (A9). */
type DataField = 'debugData' | 'openSocketData' | 'sockoptData' | 'closeSocketData' | 'headerData' | 'writeData' | 'privateData';
function data(field: DataField | 'progressData' | 'prereqData'): Handler {
  return (opts, value) => {
    opts[field] = value === undefined ? null : value;
    return OK;
  };
}

/** A curl_off_t rate cap: lib/setopt.c refuses a negative one (offt < 0); the generated check
 * only knows the type. */
function speedCap(field: 'maxSendSpeed' | 'maxRecvSpeed'): Handler {
  return (opts, value) => {
    const v = asLong(value);
    if (v === null || v < 0) return BAD;
    opts[field] = v;
    return OK;
  };
}

/** A struct curl_blob: bytes (copied, as CURL_BLOB_COPY makes libcurl copy them) or null. An
 * empty or oversized blob is refused (lib/setopt.c Curl_setblobopt). */
function blob(
  field: 'caInfoBlob' | 'sslCertBlob' | 'sslKeyBlob' | 'issuerCertBlob' | 'proxyCaInfoBlob' | 'proxySslCertBlob' | 'proxySslKeyBlob' | 'proxyIssuerCertBlob',
): Handler {
  return (opts, value) => {
    if (value === null || value === undefined) {
      opts[field] = null;
      return OK;
    }
    if (!(value instanceof Uint8Array) || value.length === 0 || value.length > CURL_MAX_INPUT_LENGTH) return BAD;
    opts[field] = Uint8Array.from(value);
    return OK;
  };
}

/** lib/setopt.c Curl_setopt_SSLVERSION: the minimum in the low 16 bits (DEFAULT stored as
 * TLSv1_2; SSLv2 and SSLv3 refused), CURL_SSLVERSION_MAX_* in the next 16. */
function sslVersion(min: 'sslVersion' | 'proxySslVersion', max: 'sslVersionMax' | 'proxySslVersionMax'): Handler {
  return (opts, value) => {
    const v = asLong(value);
    if (v === null) return BAD;
    const bits = BigInt.asUintN(64, BigInt(v));
    const version = Number(bits & 0xffffn);
    const versionMax = Number(bits & 0xffff0000n);
    // CURL_SSLVERSION_LAST 8, CURL_SSLVERSION_MAX_LAST 8 << 16
    if (version === 2 || version === 3 || version >= 8 || versionMax >= 8 << 16) return BAD;
    opts[min] = version === 0 ? 6 : version;
    opts[max] = versionMax;
    return OK;
  };
}

function storeSslOptions(opts: EasyOptions, field: 'sslOptions' | 'proxySslOptions', value: unknown): number {
  const v = asLong(value);
  if (v === null) return BAD;
  opts[field] = Number(BigInt.asUintN(64, BigInt(v)) & 0xffn);
  return OK;
}

/** CURLOPT_UNIX_SOCKET_PATH and CURLOPT_ABSTRACT_UNIX_SOCKET share one string (lib/setopt.c). */
function unixSocket(abstract: boolean): Handler {
  const store = str('unixSocketPath');
  return (opts, value, env) => {
    const r = store(opts, value, env);
    if (r === OK) opts.abstractUnixSocket = abstract;
    return r;
  };
}

// CURLOPT_PROXYUSERPWD's halves are URL-decoded (A7); %00 is refused (REJECT_ZERO) with 3.
function urlDecode(s: string): string | null {
  if (!s.includes('%')) return s;
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '%' && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      const b = parseInt(s.slice(i + 1, i + 3), 16);
      if (b === 0) return null;
      bytes.push(b);
      i += 2;
    } else {
      for (const b of Buffer.from(s[i]!, 'utf8')) bytes.push(b);
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function isSocksType(v: number): boolean {
  return v === CURLPROXY_SOCKS4 || v === CURLPROXY_SOCKS4A || v === CURLPROXY_SOCKS5 || v === CURLPROXY_SOCKS5_HOSTNAME;
}

export const handlers: Readonly<Record<string, Handler>> = {
  URL: str('url'),
  CONNECT_ONLY: long('connectOnly'),
  VERBOSE: bool('verbose', 'VERBOSE'),
  STDERR: (opts, value) => {
    if (value === null || value === undefined) {
      opts.stderr = null;
      return OK;
    }
    if (typeof (value as { write?: unknown }).write !== 'function') return BAD;
    opts.stderr = value as EasyOptions['stderr'];
    return OK;
  },
  ERRORBUFFER: (opts, value) => {
    if (value === null || value === undefined) {
      opts.errorBuffer = null;
      return OK;
    }
    if (typeof value !== 'object') return BAD;
    opts.errorBuffer = value as EasyOptions['errorBuffer'];
    return OK;
  },
  DEBUGFUNCTION: fn('debugFunction'),
  DEBUGDATA: data('debugData'),
  PRIVATE: data('privateData'),

  PORT: long('port'),
  RESOLVE: slist('resolve'),
  CONNECT_TO: slist('connectTo'),
  IPRESOLVE: long('ipResolve'),
  HAPPY_EYEBALLS_TIMEOUT_MS: clamped('happyEyeballsTimeoutMs'),
  DNS_CACHE_TIMEOUT: (opts, value) => {
    const v = asLong(value);
    if (v === null) return BAD;
    // -1 keeps entries forever; seconds are held as milliseconds (setopt_set_timeout_sec)
    opts.dnsCacheTimeoutMs = v === -1 ? -1 : Math.min(v * 1000, Number.MAX_SAFE_INTEGER);
    return OK;
  },
  DNS_SHUFFLE_ADDRESSES: bool('dnsShuffleAddresses', 'DNS_SHUFFLE_ADDRESSES'),

  OPENSOCKETFUNCTION: fn('openSocketFunction'),
  OPENSOCKETDATA: data('openSocketData'),
  SOCKOPTFUNCTION: fn('sockoptFunction'),
  SOCKOPTDATA: data('sockoptData'),
  CLOSESOCKETFUNCTION: fn('closeSocketFunction'),
  CLOSESOCKETDATA: data('closeSocketData'),
  TCP_NODELAY: bool('tcpNodelay', 'TCP_NODELAY'),
  TCP_KEEPALIVE: bool('tcpKeepalive', 'TCP_KEEPALIVE'),
  TCP_KEEPIDLE: clamped('tcpKeepidle'),
  TCP_KEEPINTVL: clamped('tcpKeepintvl'),
  LOCALPORT: long('localPort'),
  LOCALPORTRANGE: long('localPortRange'),
  // lib/setopt.c setstropt_interface: the three forms are split here; a form without a name is 43
  INTERFACE: (opts, value) => {
    if (value !== null && value !== undefined && (typeof value !== 'string' || value.length > CURL_MAX_INPUT_LENGTH)) return BAD;
    const parsed = typeof value === 'string' ? parseInterface(value) : { device: null, iface: null, host: null };
    if (parsed === null) return BAD;
    opts.bindDevice = parsed.device;
    opts.bindInterface = parsed.iface;
    opts.bindHost = parsed.host;
    return OK;
  },
  // a c-ares build stores these as they are; the first lookup checks them (filters/dns-servers.ts)
  DNS_SERVERS: str('dnsServers'),
  DNS_LOCAL_IP4: str('dnsLocalIp4'),
  DNS_LOCAL_IP6: str('dnsLocalIp6'),
  // lib/setopt.c: both set the one path; the option used last says whether it is abstract
  UNIX_SOCKET_PATH: unixSocket(false),
  ABSTRACT_UNIX_SOCKET: unixSocket(true),
  HAPROXYPROTOCOL: bool('haproxyProtocol', 'HAPROXYPROTOCOL'),
  HAPROXY_CLIENT_IP: (opts, value, env) => {
    const r = str('haproxyClientIp')(opts, value, env);
    // lib/setopt.c: an address turns the PROXY line on, NULL turns it off
    if (r === OK) opts.haproxyProtocol = opts.haproxyClientIp !== null;
    return r;
  },

  CONNECTTIMEOUT: clamped('connectTimeoutMs', 1000),
  CONNECTTIMEOUT_MS: clamped('connectTimeoutMs'),
  TIMEOUT: clamped('timeoutMs', 1000),
  TIMEOUT_MS: clamped('timeoutMs'),

  // proxy authentication starts over at every perform (A8), so a changed proxy needs nothing more
  PROXY: str('proxy'),
  PROXYPORT: long('proxyPort'),
  PROXYTYPE: (opts, value) => {
    const v = value as number;
    // HTTPS3: known to libcurl, not built in (lib/setopt.c without USE_PROXY_HTTP3); HTTPS2
    // offers the proxy h2 and http/1.1 (filters/h2-proxy.ts)
    if (v !== CURLPROXY_HTTP && v !== CURLPROXY_HTTP_1_0 && v !== CURLPROXY_HTTPS && v !== CURLPROXY_HTTPS2 && !isSocksType(v)) {
      return CURLE.NOT_BUILT_IN;
    }
    opts.proxyType = v;
    return OK;
  },
  PRE_PROXY: str('preProxy'),
  SOCKS5_AUTH: (opts, value) => {
    const v = asLong(value);
    if (v === null) return BAD;
    // lib/setopt.c: any bit but CURLAUTH_BASIC and CURLAUTH_GSSAPI is not built in (a long in
    // C: compare whole values, JavaScript's bit operators cut to 32 bits)
    if (v !== 0 && v !== CURLAUTH_BASIC && v !== CURLAUTH_GSSAPI && v !== (CURLAUTH_BASIC | CURLAUTH_GSSAPI)) {
      return CURLE.NOT_BUILT_IN;
    }
    opts.socks5Auth = v;
    return OK;
  },
  NOPROXY: str('noProxy'),
  PROXYUSERPWD: (opts, value) => {
    if (value === null || value === undefined) {
      opts.proxyUsername = null;
      opts.proxyPassword = null;
      return OK;
    }
    if (typeof value !== 'string' || value.length > CURL_MAX_INPUT_LENGTH) return BAD;
    // lib/setopt.c setstropt_userpwd: split at the first colon, both halves URL-decoded
    const colon = value.indexOf(':');
    const user = urlDecode(colon < 0 ? value : value.slice(0, colon));
    const password = colon < 0 ? undefined : urlDecode(value.slice(colon + 1));
    if (user === null || password === null) return CURLE.URL_MALFORMAT;
    opts.proxyUsername = user;
    if (password !== undefined) opts.proxyPassword = password;
    return OK;
  },
  PROXYUSERNAME: str('proxyUsername'),
  PROXYPASSWORD: str('proxyPassword'),
  ...authHandlers, // HTTPAUTH, PROXYAUTH, NETRC, NETRC_FILE (setopt-auth.ts)
  UNRESTRICTED_AUTH: bool('unrestrictedAuth', 'UNRESTRICTED_AUTH'),
  PROXYHEADER: slist('proxyHeaders'),
  HTTPPROXYTUNNEL: bool('httpProxyTunnel', 'HTTPPROXYTUNNEL'),
  SUPPRESS_CONNECT_HEADERS: bool('suppressConnectHeaders', 'SUPPRESS_CONNECT_HEADERS'),
  USERAGENT: str('userAgent'),
  HEADERFUNCTION: fn('headerFunction'),
  HEADERDATA: data('headerData'),
  WRITEFUNCTION: fn('writeFunction'),
  // progress, limits, prereq (lib/setopt.c; PROGRESSDATA is XFERINFODATA's other name)
  NOPROGRESS: bool('noProgress', 'NOPROGRESS'),
  XFERINFOFUNCTION: fn('xferInfoFunction'),
  PROGRESSFUNCTION: fn('progressFunction'),
  XFERINFODATA: data('progressData'),
  PREREQFUNCTION: fn('prereqFunction'),
  PREREQDATA: data('prereqData'),
  LOW_SPEED_LIMIT: long('lowSpeedLimit'),
  LOW_SPEED_TIME: long('lowSpeedTime'),
  MAX_SEND_SPEED_LARGE: speedCap('maxSendSpeed'),
  MAX_RECV_SPEED_LARGE: speedCap('maxRecvSpeed'),
  FILETIME: bool('fileTime', 'FILETIME'),
  WRITEDATA: data('writeData'),

  SSL_VERIFYPEER: bool('sslVerifyPeer', 'SSL_VERIFYPEER'),
  SSL_VERIFYHOST: (opts, value) => {
    // 1 and 2 both mean "verify" since 7.66.0
    opts.sslVerifyHost = value === 0 ? 0 : 2;
    return OK;
  },
  CAINFO: str('caInfo'),
  CAPATH: str('caPath'),
  SSLCERT: str('sslCert'),
  SSLKEY: str('sslKey'),
  KEYPASSWD: str('keyPasswd'),
  // TLS options and the HTTPS proxy's own (issue 12; filters/tls-options.ts reads them)
  SSLVERSION: sslVersion('sslVersion', 'sslVersionMax'),
  SSL_CIPHER_LIST: str('sslCipherList'),
  TLS13_CIPHERS: str('tls13Ciphers'),
  SSL_EC_CURVES: str('sslEcCurves'),
  PINNEDPUBLICKEY: str('pinnedPublicKey'),
  CAINFO_BLOB: blob('caInfoBlob'),
  SSLCERT_BLOB: blob('sslCertBlob'),
  SSLKEY_BLOB: blob('sslKeyBlob'),
  SSLCERTTYPE: str('sslCertType'),
  ISSUERCERT: str('issuerCert'),
  ISSUERCERT_BLOB: blob('issuerCertBlob'),
  CRLFILE: str('crlFile'),
  CERTINFO: bool('certInfo', 'CERTINFO'),
  // lib/setopt.c keeps the low 8 bits
  SSL_OPTIONS: (opts, value) => storeSslOptions(opts, 'sslOptions', value),
  SSL_SESSIONID_CACHE: bool('sslSessionIdCache', 'SSL_SESSIONID_CACHE'),
  SSL_ENABLE_ALPN: bool('sslEnableAlpn', 'SSL_ENABLE_ALPN'),
  PROXY_SSL_VERIFYPEER: bool('proxySslVerifyPeer', 'PROXY_SSL_VERIFYPEER'),
  PROXY_SSL_VERIFYHOST: (opts, value) => {
    opts.proxySslVerifyHost = value === 0 ? 0 : 2;
    return OK;
  },
  PROXY_CAINFO: str('proxyCaInfo'),
  PROXY_CAINFO_BLOB: blob('proxyCaInfoBlob'),
  PROXY_CAPATH: str('proxyCaPath'),
  PROXY_SSLCERT: str('proxySslCert'),
  PROXY_SSLCERTTYPE: str('proxySslCertType'),
  PROXY_SSLKEY: str('proxySslKey'),
  PROXY_KEYPASSWD: str('proxyKeyPasswd'),
  PROXY_PINNEDPUBLICKEY: str('proxyPinnedPublicKey'),
  PROXY_SSLCERT_BLOB: blob('proxySslCertBlob'),
  PROXY_SSLKEY_BLOB: blob('proxySslKeyBlob'),
  PROXY_ISSUERCERT: str('proxyIssuerCert'),
  PROXY_ISSUERCERT_BLOB: blob('proxyIssuerCertBlob'),
  PROXY_CRLFILE: str('proxyCrlFile'),
  PROXY_SSLVERSION: sslVersion('proxySslVersion', 'proxySslVersionMax'),
  PROXY_SSL_CIPHER_LIST: str('proxySslCipherList'),
  PROXY_TLS13_CIPHERS: str('proxyTls13Ciphers'),
  PROXY_SSL_OPTIONS: (opts, value) => storeSslOptions(opts, 'proxySslOptions', value),

  // HTTP transfers (issue 4). The request kind is derived when a request is built
  // (http1-request.ts initialRequestState): NOBODY, else POST or POSTFIELDS, else GET.
  NOBODY: bool('nobody', 'NOBODY'),
  POST: bool('post', 'POST'),
  POSTFIELDS: (opts, value) => {
    if (value === null || value === undefined) {
      opts.postFields = null;
      return OK;
    }
    // a string is sent as UTF-8; bytes (Uint8Array) are sent as they are
    if (typeof value === 'string') {
      if (value.length > CURL_MAX_INPUT_LENGTH) return BAD;
      opts.postFields = value;
      return OK;
    }
    if (value instanceof Uint8Array) {
      opts.postFields = value;
      return OK;
    }
    return BAD;
  },
  POSTFIELDSIZE: long('postFieldSize'),
  CUSTOMREQUEST: str('customRequest'),
  HTTPHEADER: slist('httpHeaders'),
  HTTP_VERSION: (opts, value) => {
    const v = value as number;
    // lib/setopt.c setopt_HTTP_VERSION as built with nghttp2 and without HTTP/3: NONE, 1_0, 1_1,
    // 2_0, 2TLS and 2_PRIOR_KNOWLEDGE; 3, 3ONLY and unknown values are 1, negative ones 43
    if (v < 0) return BAD;
    if (v > 5) return CURLE.UNSUPPORTED_PROTOCOL;
    opts.httpVersion = v;
    return OK;
  },
  HEADER: bool('includeHeader', 'HEADER'),
  FOLLOWLOCATION: long('followLocation'),
  MAXREDIRS: clamped('maxRedirs'),
  MAXCONNECTS: long('maxConnects'),
  FRESH_CONNECT: bool('freshConnect', 'FRESH_CONNECT'),
  FORBID_REUSE: bool('forbidReuse', 'FORBID_REUSE'),
  PIPEWAIT: bool('pipeWait', 'PIPEWAIT'),
  WS_OPTIONS: (opts, value) => {
    const v = asLong(value);
    if (v === null) return BAD;
    // A5: only CURLWS_RAW_MODE (1) and CURLWS_NOAUTOPONG (2) are looked at
    opts.wsOptions = Number(BigInt.asUintN(32, BigInt(v)) & 3n);
    return OK;
  },

  // Credentials and the login protocols' connect phase (issue 15)
  USERPWD: (opts, value) => {
    if (value === null || value === undefined) {
      opts.username = null;
      opts.password = null;
      return OK;
    }
    if (typeof value !== 'string' || value.length > CURL_MAX_INPUT_LENGTH) return BAD;
    // lib/setopt.c setstropt_userpwd: split at the first colon, nothing decoded; without a
    // colon the password is cleared
    const colon = value.indexOf(':');
    opts.username = colon < 0 ? value : value.slice(0, colon);
    opts.password = colon < 0 ? null : value.slice(colon + 1);
    return OK;
  },
  USERNAME: str('username'),
  PASSWORD: str('password'),
  LOGIN_OPTIONS: str('loginOptions'),
  SASL_AUTHZID: str('saslAuthzid'),
  SASL_IR: bool('saslIr', 'SASL_IR'),
  XOAUTH2_BEARER: str('xoauth2Bearer'),
  USE_SSL: long('useSsl'),
  FTPSSLAUTH: long('ftpSslAuth'),
  FTP_ACCOUNT: str('ftpAccount'),
  FTP_ALTERNATIVE_TO_USER: str('ftpAlternativeToUser'),
  ...cookieHandlers, // COOKIE, COOKIEFILE, COOKIEJAR, COOKIELIST (setopt-cookies.ts)
  ...bodyHandlers, // issue 13's body and header options (setopt-bodies.ts)
  ...uploadHandlers, // issue 13's upload options (setopt-uploads.ts)
  ...mimeHandlers, // issue 13's form options and KEEP_SENDING_ON_ERROR (setopt-mime.ts)
  COOKIESESSION: bool('cookieSession', 'COOKIESESSION'),
};
