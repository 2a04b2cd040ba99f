// Which proxy a transfer uses, if any, and how (after libcurl 8.22 lib/url.c
// `url_set_conn_proxies`, `url_detect_proxy`, `parse_proxy`, lib/peer.c
// `Curl_peer_from_proxy_url` and lib/noproxy.c `Curl_check_noproxy`).
//
// An HTTP proxy or a SOCKS proxy (socks4://, socks4a://, socks5://, socks5h://, or PROXYTYPE for a
// string without a scheme), and CURLOPT_PRE_PROXY, a SOCKS proxy in front of an HTTP proxy (lib/
// proxy.c Curl_proxy_init_conn). An https:// proxy (CURLPROXY_HTTPS, HTTPS2) is an HTTP proxy
// reached over TLS (core/chain.ts puts the TLS filter under the tunnel). A proxy string without a port uses CURLOPT_PROXYPORT, else
// 1080 (decision 6: the CURLOPT_PROXY doc, not 8.21+'s scheme default).
import { isIPv4, isIPv6 } from 'node:net';
import { CURLE } from '../base/codes.js';
import {
  CURLPROXY_HTTP,
  CURLPROXY_HTTP_1_0,
  CURLPROXY_HTTPS,
  CURLPROXY_HTTPS2,
  CURLPROXY_SOCKS4,
  CURLPROXY_SOCKS4A,
  CURLPROXY_SOCKS5,
  CURLPROXY_SOCKS5_HOSTNAME,
} from '../base/constants.js';
import { CurlError } from '../base/error.js';
import type { Target } from '../base/context.js';
import type { EasyOptions } from '../base/options.js';
import { ipv4Bytes, ipv6Bytes } from '../base/ip.js';
import { matchConnectTo } from '../filters/resolve.js';
import { urlDecode } from '../protocols/credentials.js';
import { parseProxyUrl, targetFromUrl } from './url.js';

/** A SOCKS proxy: the whole plan (CURLOPT_PROXY names one), or PRE_PROXY in front of an HTTP
 * proxy. */
export interface SocksPlan {
  /** Proxy host, IPv6 literals without brackets; the socket's path when `unix`. */
  host: string;
  port: number;
  /** The SOCKS proxy is a Unix socket: `socks5h://localhost/path/to.sock` (lib/peer.c
   * Curl_peer_from_proxy_url, "localhost" with a path, for SOCKS proxies only). `shown` is the
   * name as written (the peer's user_hostname), which the "Established connection" line shows. */
  unix?: { shown: string };
  /** CURLPROXY_SOCKS4 (4), CURLPROXY_SOCKS5 (5), CURLPROXY_SOCKS4A (6) or
   * CURLPROXY_SOCKS5_HOSTNAME (7). */
  type: number;
  /** Credentials (the SOCKS4 user id, SOCKS5 username/password); both null: none. A SOCKS proxy
   * has credentials when either is set (lib/creds.c Curl_creds_create). */
  user: string | null;
  password: string | null;
}

/** How to reach the target through a proxy. */
export interface ProxyPlan {
  /** Proxy host, IPv6 literals without brackets; the socket's path for a SOCKS proxy on a Unix
   * socket (`unix`). */
  host: string;
  port: number;
  /** A SOCKS proxy reached over a Unix socket (SocksPlan.unix). */
  unix?: { shown: string };
  /** CURLPROXY_HTTP (0), CURLPROXY_HTTP_1_0 (1), CURLPROXY_HTTPS (2) or CURLPROXY_HTTPS2 (3:
   * TLS offering h2 and http/1.1, then what the proxy picked); a SOCKS kind (isSocks) when the proxy is a
   * SOCKS proxy, which takes the connection to the target itself. */
  type: number;
  /** Send CONNECT (HTTPPROXYTUNNEL, or a scheme other than plain http); false: talk to the proxy
   * (always false for a SOCKS proxy). */
  tunnel: boolean;
  /** Proxy credentials (already URL-decoded where libcurl decodes them); null: none. */
  user: string | null;
  password: string | null;
  /** CURLOPT_PRE_PROXY: the SOCKS proxy the connection to this HTTP proxy goes through. */
  preProxy?: SocksPlan;
}

/** Whether a CURLPROXY_* kind is reached over TLS (lib/proxy.h CURL_PROXY_IS_HTTPS). */
export function isHttpsProxy(type: number): boolean {
  return type === CURLPROXY_HTTPS || type === CURLPROXY_HTTPS2;
}

/** Whether a CURLPROXY_* kind is one of the SOCKS kinds. */
export function isSocks(type: number): boolean {
  return type === CURLPROXY_SOCKS4 || type === CURLPROXY_SOCKS4A || type === CURLPROXY_SOCKS5 || type === CURLPROXY_SOCKS5_HOSTNAME;
}

/** The proxy the connection's socket goes to: the pre-proxy, else the proxy. */
export function firstHop(plan: ProxyPlan): { host: string; port: number } {
  return plan.preProxy ?? plan;
}

/** libcurl's CURL_DEFAULT_PROXY_PORT, used when neither the string nor PROXYPORT has a port. */
export const DEFAULT_PROXY_PORT = 1080;

/** The environment the proxy variables come from (process.env; tests pass their own). */
export type ProxyEnv = Readonly<Record<string, string | undefined>>;

/**
 * Decides the proxy for one transfer: CURLOPT_PROXY, else the scheme's environment variable;
 * CURLOPT_NOPROXY, else no_proxy/NO_PROXY, can exclude the target. Returns null for a direct
 * connection. Throws CurlError with libcurl's code and text for a proxy string it cannot use
 * (the caller records it with failf). `infof` receives libcurl's "Uses proxy env variable" lines.
 */
export function planProxy(
  opts: EasyOptions,
  target: Target,
  infof: (text: string) => void = () => {},
  env: ProxyEnv = process.env,
  quiet = false,
): ProxyPlan | null {
  // lib/url.c: going via a Unix socket ignores every proxy setting, the environment's too
  if (opts.unixSocketPath !== null) return null;
  // An empty string means "no proxy", even when an environment variable names one (A8); an
  // empty PRE_PROXY also stops the environment from naming one.
  let proxy: string | null = opts.proxy;
  let preProxy: string | null = opts.preProxy;

  // `quiet`: infof prints nothing (VERBOSE off). Then, with neither PROXY, PRE_PROXY nor NOPROXY
  // set and no proxy variable for the scheme, no_proxy cannot matter: the plan is direct without
  // reading it (every process.env read is a getenv() call, and most transfers use no proxy).
  if (quiet && proxy === null && preProxy === null && opts.noProxy === null && !anyProxyVariable(target.scheme, env)) {
    return null;
  }

  let noProxy = opts.noProxy;
  if (noProxy === null) {
    for (const name of NO_PROXY_VARIABLES) {
      const v = env[name];
      if (v !== undefined) {
        infof(`Uses proxy env variable ${name} == '${v}'`);
        noProxy = v;
        break;
      }
    }
  }

  // NOPROXY excludes the pre-proxy too
  if (checkNoProxy(target.host, noProxy)) return null;
  const detect = proxy !== '' && preProxy !== '';
  if (proxy === '') proxy = null;
  if (preProxy === '') preProxy = null;
  // the environment only when neither is set
  if (proxy === null && preProxy === null && detect) proxy = detectEnvProxy(target.scheme, env, infof);
  if (proxy === null && preProxy === null) return null;

  const socks = preProxy !== null ? parseProxy(preProxy, opts, target, true) : null;
  if (proxy === null) return socks;
  const plan = parseProxy(proxy, opts, target, false);
  if (socks === null) return plan;
  if (isSocks(plan.type)) {
    throw new CurlError(
      CURLE.COULDNT_RESOLVE_PROXY,
      `Having a SOCKS pre-proxy and proxy is not supported with '${redactProxy(proxy)}'`,
    );
  }
  plan.preProxy = { host: socks.host, port: socks.port, type: socks.type, user: socks.user, password: socks.password };
  if (socks.unix !== undefined) plan.preProxy.unix = socks.unix;
  return plan;
}

/** lib/noproxy.c: the lower-case name first. */
const NO_PROXY_VARIABLES = ['no_proxy', 'NO_PROXY'] as const;

/** The variables detectEnvProxy may read for a scheme, built once per scheme. */
const variableNames = new Map<string, readonly string[]>();

/** Whether any variable detectEnvProxy reads for `scheme` is set (`in` asks getenv() without
 * making a string of the value). */
function anyProxyVariable(scheme: string, env: ProxyEnv): boolean {
  let names = variableNames.get(scheme);
  if (names === undefined) {
    const lower = `${scheme}_proxy`;
    const list = [lower];
    if (lower !== 'http_proxy') list.push(lower.toUpperCase());
    if (scheme === 'ws') list.push('http_proxy');
    else if (scheme === 'wss') list.push('https_proxy', 'HTTPS_PROXY');
    list.push('all_proxy', 'ALL_PROXY');
    names = list;
    variableNames.set(scheme, names);
  }
  for (const name of names) if (name in env) return true;
  return false;
}

/**
 * lib/url.c url_detect_proxy: "<scheme>_proxy", then its upper-case form (never HTTP_PROXY: a
 * CGI environment lets a client set it through a "Proxy:" request header), the WebSocket
 * fallbacks, then all_proxy/ALL_PROXY.
 */
function detectEnvProxy(scheme: string, env: ProxyEnv, infof: (text: string) => void): string | null {
  let name = `${scheme}_proxy`;
  let proxy = env[name];
  if (proxy === undefined && name !== 'http_proxy') {
    name = name.toUpperCase();
    proxy = env[name];
  }
  if (proxy === undefined) {
    // libcurl keeps naming the ws/wss variable in its info line here.
    if (scheme === 'ws') proxy = env['http_proxy'];
    else if (scheme === 'wss') proxy = env['https_proxy'] ?? env['HTTPS_PROXY'];
    if (proxy === undefined) {
      name = 'all_proxy';
      proxy = env[name];
      if (proxy === undefined) {
        name = 'ALL_PROXY';
        proxy = env[name];
      }
    }
  }
  if (proxy === undefined) return null;
  // libcurl prints the value as it is; manbind never prints a proxy password.
  infof(`Uses proxy env variable ${name} == '${redactProxy(proxy)}'`);
  return proxy;
}

// A proxy string starts with a scheme only when "<scheme>://" is written (lib/urlapi.c).
const SCHEME_RE = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;

/** lib/proxy.c parse_proxy: one proxy string. A pre-proxy is SOCKS4 without a scheme, must be a
 * SOCKS kind and takes credentials from its own string only. */
function parseProxy(proxy: string, opts: EasyOptions, target: Target, pre: boolean): ProxyPlan {
  // only failure texts show the string (redacted): not made on the way that succeeds
  let parsed;
  try {
    parsed = parseProxyUrl(proxy);
  } catch (err) {
    const why = err instanceof Error ? err.message.replace(/^URL rejected: /, '') : String(err);
    throw new CurlError(CURLE.COULDNT_RESOLVE_PROXY, `Unsupported proxy syntax in '${redactProxy(proxy)}': ${why}`);
  }

  let type = pre ? CURLPROXY_SOCKS4 : opts.proxyType;
  const m = SCHEME_RE.exec(proxy);
  if (m) {
    const scheme = m[1]!.toLowerCase();
    if (scheme === 'https') type = type === CURLPROXY_HTTPS2 ? CURLPROXY_HTTPS2 : CURLPROXY_HTTPS;
    else if (scheme === 'socks5h') type = CURLPROXY_SOCKS5_HOSTNAME;
    else if (scheme === 'socks5') type = CURLPROXY_SOCKS5;
    else if (scheme === 'socks4a') type = CURLPROXY_SOCKS4A;
    else if (scheme === 'socks4' || scheme === 'socks') type = CURLPROXY_SOCKS4;
    else if (scheme === 'http') type = type === CURLPROXY_HTTP_1_0 ? CURLPROXY_HTTP_1_0 : CURLPROXY_HTTP;
    else throw new CurlError(CURLE.COULDNT_CONNECT, `Unsupported proxy scheme for '${redactProxy(proxy)}'`);
  }

  switch (type) {
    case CURLPROXY_HTTP:
    case CURLPROXY_HTTP_1_0:
      if (pre) throw new CurlError(CURLE.COULDNT_RESOLVE_PROXY, `Unsupported pre-proxy type for '${redactProxy(proxy)}'`);
      break;
    case CURLPROXY_HTTPS:
    case CURLPROXY_HTTPS2:
      // TLS to the proxy with the PROXY_* options, then HTTP/1.1 (HTTPS2: HTTP/2 when the proxy
      // picks it by ALPN, filters/h2-proxy.ts)
      if (pre) throw new CurlError(CURLE.COULDNT_RESOLVE_PROXY, `Unsupported pre-proxy type for '${redactProxy(proxy)}'`);
      break;
    case CURLPROXY_SOCKS4:
    case CURLPROXY_SOCKS4A:
    case CURLPROXY_SOCKS5:
    case CURLPROXY_SOCKS5_HOSTNAME:
      break;
    default:
      throw new CurlError(CURLE.COULDNT_RESOLVE_PROXY, `Unsupported proxy type ${type} for '${redactProxy(proxy)}'`);
  }
  const socks = isSocks(type);

  // Credentials in the proxy URL are URL-decoded and replace PROXYUSERNAME/PROXYPASSWORD: libcurl
  // copies the options first (Curl_pretransfer) and parse_proxy overwrites them afterwards.
  // A pre-proxy never takes them from the options.
  let user = pre ? null : opts.proxyUsername;
  let password = pre ? null : opts.proxyPassword;
  if (parsed.userinfo !== null) {
    const colon = parsed.userinfo.indexOf(':');
    const rawUser = colon < 0 ? parsed.userinfo : parsed.userinfo.slice(0, colon);
    const rawPass = colon < 0 ? null : parsed.userinfo.slice(colon + 1);
    user = urlDecode(rawUser, 'nothing');
    password = rawPass === null ? '' : urlDecode(rawPass, 'nothing');
  }
  // HTTP proxy authentication needs a user; a SOCKS proxy has credentials with either part
  if (user === null && !socks) password = null;

  const port = parsed.port ?? (opts.proxyPort > 0 ? opts.proxyPort : DEFAULT_PROXY_PORT);
  // lib/peer.c Curl_peer_from_proxy_url: a SOCKS proxy named "localhost" with a path other than
  // "/" is the Unix socket at that (URL-decoded) path, which then stands for the host
  let host = parsed.host;
  let unix: { shown: string } | undefined;
  if (socks && host.toLowerCase() === 'localhost' && parsed.path !== '' && parsed.path !== '/') {
    unix = { shown: host };
    host = urlDecode(parsed.path, 'nothing');
  }
  // J9: HTTPPROXYTUNNEL means nothing to a SOCKS proxy
  const plan: ProxyPlan = { host, port, type, tunnel: socks ? false : tunnelWanted(opts, target), user, password };
  if (unix !== undefined) plan.unix = unix;
  return plan;
}

/**
 * B3: CONNECT is sent with HTTPPROXYTUNNEL, and always for schemes other than plain http (https,
 * ws, wss and non-HTTP schemes cannot be forwarded as HTTP requests). A plain http:// transfer
 * without HTTPPROXYTUNNEL talks to the proxy itself, unless a CONNECT_TO entry sends it elsewhere:
 * then it tunnels to that place (lib/proxy.c, 8.22: "With connect-to, we always tunnel").
 */
export function tunnelWanted(opts: Pick<EasyOptions, 'httpProxyTunnel' | 'connectTo'>, target: Pick<Target, 'scheme' | 'host' | 'port'>): boolean {
  if (opts.httpProxyTunnel || target.scheme !== 'http') return true;
  if (opts.connectTo.length === 0) return false;
  return matchConnectTo(opts.connectTo, target) !== null;
}

/** A proxy string for texts and verbose lines: any password replaced by "***". */
export function redactProxy(proxy: string): string {
  const m = SCHEME_RE.exec(proxy);
  const start = m ? m[0].length : 0;
  const rest = proxy.slice(start);
  const authEnd = rest.search(/[/?#]/);
  const authority = authEnd < 0 ? rest : rest.slice(0, authEnd);
  const at = authority.lastIndexOf('@');
  if (at < 0) return proxy;
  const colon = authority.indexOf(':');
  if (colon < 0 || colon > at) return proxy;
  return proxy.slice(0, start + colon + 1) + '***' + proxy.slice(start + at);
}

// --- NOPROXY (lib/noproxy.c) ---------------------------------------------------------------

/**
 * Curl_check_noproxy: true when `host` is excluded by the comma-separated `list`. "*" alone
 * matches everything; a name matches itself and its subdomains ("example.com" matches
 * www.example.com, not nonexample.com), leading and trailing dots ignored, case-insensitive; an
 * IP address matches an equal address or a CIDR range ("192.168.0.0/16", "fe80::/10").
 */
export function checkNoProxy(host: string, list: string | null): boolean {
  let name = host;
  if (name.startsWith('[') && name.endsWith(']')) name = name.slice(1, -1);
  if (name === '' || list === null || list === '') return false;
  if (list === '*') return true;

  const type: 'host' | 'ipv4' | 'ipv6' = isIPv4(name) ? 'ipv4' : isIPv6(name) ? 'ipv6' : 'host';
  // Trailing dots in host names do not count.
  if (type === 'host' && name.endsWith('.')) name = name.slice(0, -1);

  let p = 0;
  const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';
  while (p < list.length) {
    while (isBlank(list[p])) p++;
    const start = p;
    while (p < list.length && !isBlank(list[p]) && list[p] !== ',') p++;
    const token = list.slice(start, p);
    if (token !== '') {
      const match = type === 'host' ? matchHost(token, name) : matchIp(type, token, name);
      if (match) return true;
    }
    while (isBlank(list[p])) p++;
    if (list[p] !== ',') break;
    while (list[p] === ',') p++;
  }
  return false;
}

function matchHost(token: string, name: string): boolean {
  let t = token;
  if (t.endsWith('.')) t = t.slice(0, -1);
  if (t.startsWith('.')) t = t.slice(1);
  const tl = t.toLowerCase();
  const nl = name.toLowerCase();
  if (tl.length === nl.length) return tl === nl;
  if (tl.length < nl.length) return nl[nl.length - tl.length - 1] === '.' && nl.endsWith(tl);
  return false;
}

function matchIp(type: 'ipv4' | 'ipv6', token: string, name: string): boolean {
  if (token.length >= 128) return false;
  let check = token;
  let bits = 0;
  const slash = token.indexOf('/');
  if (slash >= 0) {
    // atoi(): leading digits, anything else reads as 0.
    const m = /^\s*([+-]?\d+)/.exec(token.slice(slash + 1));
    bits = m ? parseInt(m[1]!, 10) : 0;
    check = token.slice(0, slash);
  }
  return type === 'ipv6' ? cidr6Match(name, check, bits) : cidr4Match(name, check, bits);
}

function cidr4Match(ip: string, network: string, bits: number): boolean {
  if (bits > 32 || bits < 0) return false;
  const a = ipv4Bytes(ip);
  const c = ipv4Bytes(network);
  if (!a || !c) return false;
  const av = ((a[0]! << 24) | (a[1]! << 16) | (a[2]! << 8) | a[3]!) >>> 0;
  const cv = ((c[0]! << 24) | (c[1]! << 16) | (c[2]! << 8) | c[3]!) >>> 0;
  if (bits && bits !== 32) {
    const mask = (0xffffffff << (32 - bits)) >>> 0;
    return ((av ^ cv) & mask) === 0;
  }
  return av === cv;
}

function cidr6Match(ip: string, network: string, bitsIn: number): boolean {
  const bits = bitsIn === 0 ? 128 : bitsIn;
  if (bits < 0) return false;
  const bytes = Math.floor(bits / 8);
  const rest = bits & 7;
  if (bytes > 16 || (bytes === 16 && rest)) return false;
  const a = ipv6Bytes(ip);
  const c = ipv6Bytes(network);
  if (!a || !c) return false;
  for (let i = 0; i < bytes; i++) if (a[i] !== c[i]) return false;
  if (rest && ((a[bytes]! ^ c[bytes]!) & (0xff << (8 - rest)) & 0xff)) return false;
  return true;
}

/** "host:port" of a transfer's first hop (the first proxy when one is used), for
 * CURLMOPT_MAX_HOST_CONNECTIONS; '' when the URL or the proxy cannot be used. */
export function hostKey(opts: EasyOptions): string {
  try {
    const target = targetFromUrl(opts.url, opts.port, opts);
    const plan = planProxy(opts, target);
    if (plan === null) return `${target.host.toLowerCase()}:${target.port}`;
    const hop = firstHop(plan);
    return `${hop.host}:${hop.port}`;
  } catch {
    return '';
  }
}
