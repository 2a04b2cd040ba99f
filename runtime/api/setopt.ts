// One handler per option the runtime implements, keyed by the option's base name (the name
// without CURLOPT_/FETCHOPT_, so bindings generated from a fork's docs drive the same engine).
// The generated validators run first (Easy.setopt) and own the value checks: type, range, the
// allowed set. A handler only turns a valid value into EasyOptions as lib/setopt.c stores it
// (clamping, bit masks, a value libcurl knows but this runtime has not built in); it returns a
// CURLcode and leaves the previous value in place when it fails (A1).
import { CURLE } from '../base/codes.js';
import {
  CURLAUTH_AWS_SIGV4,
  CURLAUTH_BEARER,
  CURLAUTH_DIGEST,
  CURLAUTH_DIGEST_IE,
  CURLAUTH_NEGOTIATE,
  CURLAUTH_NTLM,
  CURLPROXY_HTTP,
  CURLPROXY_HTTP_1_0,
} from '../base/constants.js';
import type { EasyOptions } from '../base/options.js';

/** What a handler may use besides the options. */
export interface SetoptEnv {
  /** A verbose TEXT line (A4's "boolean setopt(...)" note). */
  infof(text: string): void;
}

export type Handler = (opts: EasyOptions, value: unknown, env: SetoptEnv) => number;

/** libcurl's option numbers (include/curl/curl.h: type base + number), for the A2 failure text
 * "setopt 0x<id> got bad argument" and A4's "boolean setopt(<id>)". */
export const optionIds: Readonly<Record<string, number>> = {
  WRITEDATA: 10001,
  URL: 10002,
  PORT: 3,
  PROXY: 10004,
  PROXYUSERPWD: 10006,
  ERRORBUFFER: 10010,
  WRITEFUNCTION: 20011,
  TIMEOUT: 13,
  USERAGENT: 10018,
  SSLCERT: 10025,
  KEYPASSWD: 10026,
  HEADERDATA: 10029,
  STDERR: 10037,
  VERBOSE: 41,
  PROXYPORT: 59,
  HTTPPROXYTUNNEL: 61,
  SSL_VERIFYPEER: 64,
  CAINFO: 10065,
  CONNECTTIMEOUT: 78,
  HEADERFUNCTION: 20079,
  SSL_VERIFYHOST: 81,
  SSLKEY: 10087,
  DEBUGFUNCTION: 20094,
  DEBUGDATA: 10095,
  CAPATH: 10097,
  PROXYTYPE: 101,
  PRIVATE: 10103,
  PROXYAUTH: 111,
  IPRESOLVE: 113,
  TCP_NODELAY: 121,
  LOCALPORT: 139,
  LOCALPORTRANGE: 140,
  CONNECT_ONLY: 141,
  SOCKOPTFUNCTION: 20148,
  SOCKOPTDATA: 10149,
  TIMEOUT_MS: 155,
  CONNECTTIMEOUT_MS: 156,
  OPENSOCKETFUNCTION: 20163,
  OPENSOCKETDATA: 10164,
  PROXYUSERNAME: 10175,
  PROXYPASSWORD: 10176,
  NOPROXY: 10177,
  RESOLVE: 10203,
  CLOSESOCKETFUNCTION: 20208,
  CLOSESOCKETDATA: 10209,
  TCP_KEEPALIVE: 213,
  TCP_KEEPIDLE: 214,
  TCP_KEEPINTVL: 215,
  PROXYHEADER: 10228,
  CONNECT_TO: 10243,
  SUPPRESS_CONNECT_HEADERS: 265,
  HAPPY_EYEBALLS_TIMEOUT_MS: 271,
  // HTTP transfers, connection reuse, WebSocket (issue 4)
  POSTFIELDS: 10015,
  HTTPHEADER: 10023,
  CUSTOMREQUEST: 10036,
  HEADER: 42,
  NOBODY: 44,
  POST: 47,
  FOLLOWLOCATION: 52,
  POSTFIELDSIZE: 60,
  MAXREDIRS: 68,
  MAXCONNECTS: 71,
  FRESH_CONNECT: 74,
  FORBID_REUSE: 75,
  HTTP_VERSION: 84,
  WS_OPTIONS: 320,
};

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
function data(field: 'debugData' | 'openSocketData' | 'sockoptData' | 'closeSocketData' | 'headerData' | 'writeData' | 'privateData'): Handler {
  return (opts, value) => {
    opts[field] = value === undefined ? null : value;
    return OK;
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

// A6: schemes libcurl would accept but this runtime cannot do for a proxy.
const NOT_BUILT_IN_AUTH = CURLAUTH_NEGOTIATE | CURLAUTH_NTLM | CURLAUTH_BEARER | CURLAUTH_AWS_SIGV4 | 32; /* NTLM_WB */

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

  CONNECTTIMEOUT: clamped('connectTimeoutMs', 1000),
  CONNECTTIMEOUT_MS: clamped('connectTimeoutMs'),
  TIMEOUT: clamped('timeoutMs', 1000),
  TIMEOUT_MS: clamped('timeoutMs'),

  // proxy authentication starts over at every perform (A8), so a changed proxy needs nothing more
  PROXY: str('proxy'),
  PROXYPORT: long('proxyPort'),
  PROXYTYPE: (opts, value) => {
    const v = value as number;
    // HTTPS, HTTPS2, the SOCKS kinds and HTTPS3: known to libcurl, not built into this runtime
    if (v !== CURLPROXY_HTTP && v !== CURLPROXY_HTTP_1_0) return CURLE.NOT_BUILT_IN;
    opts.proxyType = v;
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
  PROXYAUTH: (opts, value) => {
    let v = asLong(value);
    if (v === null) return BAD;
    // an unsigned long in C: CURLAUTH_ANY may arrive as a negative 32-bit number
    v = v < 0 || v > 0xffffffff ? Number(BigInt.asUintN(32, BigInt(v))) : v;
    if (v === 0) {
      opts.proxyAuth = 0;
      return OK;
    }
    // lib/setopt.c httpauth: DIGEST_IE is DIGEST; schemes not built in are dropped; nothing
    // left below bit 31 means nothing usable
    if (v & CURLAUTH_DIGEST_IE) v = ((v | CURLAUTH_DIGEST) & ~CURLAUTH_DIGEST_IE) >>> 0;
    v = (v & ~NOT_BUILT_IN_AUTH) >>> 0;
    if ((v & 0x7fffffff) === 0) return CURLE.NOT_BUILT_IN;
    opts.proxyAuth = v;
    return OK;
  },
  PROXYHEADER: slist('proxyHeaders'),
  HTTPPROXYTUNNEL: bool('httpProxyTunnel', 'HTTPPROXYTUNNEL'),
  SUPPRESS_CONNECT_HEADERS: bool('suppressConnectHeaders', 'SUPPRESS_CONNECT_HEADERS'),
  USERAGENT: str('userAgent'),
  HEADERFUNCTION: fn('headerFunction'),
  HEADERDATA: data('headerData'),
  WRITEFUNCTION: fn('writeFunction'),
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
    // HTTP/2 (2_0, 2TLS, 2_PRIOR_KNOWLEDGE) and HTTP/3 (3, 3ONLY): not built in (lib/setopt.c)
    if (v > 2) return CURLE.UNSUPPORTED_PROTOCOL;
    // CURL_HTTP_VERSION_NONE, 1_0, 1_1
    opts.httpVersion = v;
    return OK;
  },
  HEADER: bool('includeHeader', 'HEADER'),
  FOLLOWLOCATION: long('followLocation'),
  MAXREDIRS: clamped('maxRedirs'),
  MAXCONNECTS: (opts, value) => {
    const v = value as number;
    // an unsigned long in lib/setopt.c
    if (v < 0 || v > 0xffffffff) return BAD;
    opts.maxConnects = v;
    return OK;
  },
  FRESH_CONNECT: bool('freshConnect', 'FRESH_CONNECT'),
  FORBID_REUSE: bool('forbidReuse', 'FORBID_REUSE'),
  WS_OPTIONS: (opts, value) => {
    const v = asLong(value);
    if (v === null) return BAD;
    // A5: only CURLWS_RAW_MODE (1) and CURLWS_NOAUTOPONG (2) are looked at
    opts.wsOptions = Number(BigInt.asUintN(32, BigInt(v)) & 3n);
    return OK;
  },
};
