// URL parsing for the transfer's target, after libcurl's lib/urlapi.c as lib/url.c uses it
// (CURLU_GUESS_SCHEME | CURLU_NON_SUPPORT_SCHEME): the syntax checks, their CURLUE texts behind
// "URL rejected: ...", the scheme guess for scheme-less URLs, IPv4 normalisation, dot-segment
// removal and the URL as EFFECTIVE_URL shows it. Not WHATWG URL: that accepts what curl rejects
// (spaces, control bytes) and rewrites what curl keeps.
import { isIPv4, isIPv6 } from 'node:net';
import { CURLE } from '../base/codes.js';
import { CurlError } from '../base/error.js';
import type { Target } from '../base/context.js';
import { guessScheme, schemeInfo } from '../protocols/registry.js';

/** curl_url_strerror() texts for the CURLUcodes this parser returns. */
const CURLUE = {
  MALFORMED_INPUT: 'Malformed input to a URL function',
  BAD_PORT_NUMBER: 'Port number was not a decimal number between 0 and 65535',
  BAD_HOSTNAME: 'Bad hostname',
  BAD_IPV6: 'Bad IPv6 address',
  NO_HOST: 'No host part in the URL',
  BAD_SLASHES: 'Unsupported number of slashes following scheme',
  BAD_SCHEME: 'Bad scheme',
} as const;

/** The maximum length of a scheme (lib/urlapi.h MAX_SCHEME_LEN). */
const MAX_SCHEME_LEN = 40;

function rejected(text: string): CurlError {
  // lib/url.c parseurlandfillconn: failf(data, "URL rejected: %s", curl_url_strerror(uc))
  return new CurlError(CURLE.URL_MALFORMAT, `URL rejected: ${text}`);
}

/** A parsed URL before the scheme is checked against what the runtime serves. */
export interface ParsedUrl {
  scheme: string;
  /** "user:password" as written, or null. */
  userinfo: string | null;
  /** Host without brackets (IPv6) and with IPv4 forms normalised to dotted quad. */
  host: string;
  /** The port as written in the URL, or null. */
  port: number | null;
  path: string;
  query: string | null;
  fragment: string | null;
}

// lib/urlapi.c junkscan(): control bytes and spaces are never allowed in a URL.
function hasJunk(url: string): boolean {
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c <= 0x20 || c === 0x7f) return true;
  }
  return false;
}

// lib/urlapi.c Curl_is_absolute_url() in guessing mode: a scheme counts only when ":/" follows it,
// so "localhost:8080" is a host and a port.
function isAlpha(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function schemeLength(url: string): number {
  if (url.length === 0 || !isAlpha(url.charCodeAt(0))) return 0;
  let i = 1;
  for (; i < url.length && i < MAX_SCHEME_LEN; i++) {
    const c = url.charCodeAt(i);
    // RFC 3986 section 3.1: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
    if (!(isAlpha(c) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e)) break;
  }
  return url.charCodeAt(i) === 0x3a && url.charCodeAt(i + 1) === 0x2f ? i : 0;
}

// RFC 3986 section 5.2.4, remove_dot_segments, as lib/urlapi.c dedotdotify does it.
function removeDotSegments(path: string): string {
  if (!path.includes('.')) return path;
  const input = path.split('/');
  const out: string[] = [];
  for (let i = 0; i < input.length; i++) {
    const seg = input[i]!;
    const last = i === input.length - 1;
    if (seg === '.' || seg === '..') {
      if (seg === '..' && out.length > 1) out.pop();
      if (last) out.push('');
      continue;
    }
    out.push(seg);
  }
  const joined = out.join('/');
  return joined.startsWith('/') ? joined : `/${joined}`;
}

// lib/urlapi.c ipv4_normalize(): 1 to 4 parts, decimal, octal (leading 0) or hex (0x), the last
// part filling the remaining bytes. Returns null when the name is not such a number.
function normalizeIPv4(host: string): string | null {
  if (!/^[0-9a-fA-FxX.]+$/.test(host)) return null;
  if (isIPv4(host) && !/(^|\.)0\d/.test(host)) return host;
  const parts = host.split('.');
  if (parts.length > 4 || parts.some((p) => p === '')) return null;
  const nums: number[] = [];
  for (const p of parts) {
    let n: number;
    if (/^0[xX][0-9a-fA-F]*$/.test(p)) n = p.length === 2 ? 0 : parseInt(p.slice(2), 16);
    else if (/^0[0-7]*$/.test(p)) n = parseInt(p, 8);
    else if (/^[1-9][0-9]*$/.test(p)) n = parseInt(p, 10);
    else return null;
    if (!Number.isSafeInteger(n)) return null;
    nums.push(n);
  }
  const lastMax = 2 ** (8 * (5 - nums.length)) - 1;
  for (let i = 0; i < nums.length - 1; i++) if (nums[i]! > 255) return null;
  if (nums[nums.length - 1]! > lastMax) return null;
  let value = 0;
  for (let i = 0; i < nums.length - 1; i++) value += nums[i]! * 2 ** (8 * (3 - i));
  value += nums[nums.length - 1]!;
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}

function percentDecode(s: string): string | null {
  if (!s.includes('%')) return s;
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '%' && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      for (const b of Buffer.from(c, 'utf8')) bytes.push(b);
    }
  }
  if (bytes.includes(0)) return null;
  return Buffer.from(bytes).toString('utf8');
}

// lib/urlapi.c hostname_check(): bytes that can never be part of a hostname.
const BAD_HOST_CHARS = /[\r\n\t/:#?!@{}[\]\\$'"^`*<>=;,+&()%]/;

function parseHost(raw: string): string {
  if (raw.startsWith('[')) {
    if (!raw.endsWith(']')) throw rejected(CURLUE.BAD_IPV6);
    let inner = raw.slice(1, -1);
    let zone = '';
    const pct = inner.indexOf('%');
    if (pct >= 0) {
      // RFC 6874 zone id, written %25<zone>
      zone = inner.slice(pct);
      inner = inner.slice(0, pct);
      zone = zone.startsWith('%25') ? `%${zone.slice(3)}` : zone;
      if (zone.length < 2) throw rejected(CURLUE.BAD_IPV6);
    }
    if (!isIPv6(inner)) throw rejected(CURLUE.BAD_IPV6);
    return (inner + zone).toLowerCase();
  }
  const decoded = percentDecode(raw);
  if (decoded === null) throw rejected(CURLUE.BAD_HOSTNAME);
  if (decoded === '') throw rejected(CURLUE.NO_HOST);
  if (BAD_HOST_CHARS.test(decoded)) throw rejected(CURLUE.BAD_HOSTNAME);
  return normalizeIPv4(decoded) ?? decoded;
}

/** Parses a URL string as libcurl does for a transfer; throws CurlError(3) with libcurl's text.
 * `pathAsIs` (CURLU_PATH_AS_IS, CURLOPT_PATH_AS_IS) keeps `.` and `..` segments. */
export function parseUrl(url: string, pathAsIs = false): ParsedUrl {
  if (url === '' || hasJunk(url)) throw rejected(CURLUE.MALFORMED_INPUT);
  let rest: string;
  let scheme: string | null = null;
  const slen = schemeLength(url);
  if (slen > 0) {
    scheme = url.slice(0, slen).toLowerCase();
    let p = slen + 1;
    let slashes = 0;
    while (url[p] === '/' && slashes < 4) {
      p++;
      slashes++;
    }
    if (slashes < 1 || slashes > 3) throw rejected(CURLUE.BAD_SLASHES);
    rest = url.slice(p);
  } else {
    rest = url;
  }

  const authEnd = rest.search(/[/?#]/);
  const authority = authEnd < 0 ? rest : rest.slice(0, authEnd);
  const tail = authEnd < 0 ? '' : rest.slice(authEnd);

  let userinfo: string | null = null;
  let hostport = authority;
  const at = authority.indexOf('@');
  if (at >= 0) {
    userinfo = authority.slice(0, at);
    hostport = authority.slice(at + 1);
  }

  let hostRaw = hostport;
  let portText: string | null = null;
  if (hostport.startsWith('[')) {
    const close = hostport.indexOf(']');
    if (close < 0) throw rejected(CURLUE.BAD_IPV6);
    hostRaw = hostport.slice(0, close + 1);
    const after = hostport.slice(close + 1);
    if (after !== '') {
      if (!after.startsWith(':')) throw rejected(CURLUE.BAD_PORT_NUMBER);
      portText = after.slice(1);
    }
  } else {
    const colon = hostport.lastIndexOf(':');
    if (colon >= 0) {
      hostRaw = hostport.slice(0, colon);
      portText = hostport.slice(colon + 1);
    }
  }

  let port: number | null = null;
  if (portText !== null && portText !== '') {
    if (!/^[0-9]+$/.test(portText)) throw rejected(CURLUE.BAD_PORT_NUMBER);
    const n = parseInt(portText, 10);
    if (n > 65535) throw rejected(CURLUE.BAD_PORT_NUMBER);
    port = n;
  }

  if (hostRaw === '') throw rejected(CURLUE.NO_HOST);
  const host = parseHost(hostRaw);
  if (scheme === null) scheme = guessScheme(host);

  let pathAndMore = tail;
  let fragment: string | null = null;
  const hash = pathAndMore.indexOf('#');
  if (hash >= 0) {
    fragment = pathAndMore.slice(hash + 1);
    pathAndMore = pathAndMore.slice(0, hash);
  }
  let query: string | null = null;
  const q = pathAndMore.indexOf('?');
  if (q >= 0) {
    query = pathAndMore.slice(q + 1);
    pathAndMore = pathAndMore.slice(0, q);
  }
  const path = pathAndMore === '' ? '/' : pathAsIs ? pathAndMore : removeDotSegments(pathAndMore);
  return { scheme, userinfo, host, port, path, query, fragment };
}

/** The host as it is written inside a URL or a Host: header: IPv6 literals in brackets. */
export function hostForUrl(host: string): string {
  if (!host.includes(':')) return host;
  return isIPv6(host.replace(/%.*$/, '')) ? `[${host.replace(/%/, '%25')}]` : host;
}

/** Targets of recent URLs: parsing is a pure function of (URL, PORT) and applications connect to
 * the same few URLs over and over. */
const recent = new Map<string, Target>();
/** The same for PORT 0 (the usual case), keyed by the URL itself: no key string to build. */
const recentByUrl = new Map<string, Target>();
/** Recent proxy strings, parsed. */
const recentProxies = new Map<string, Readonly<ParsedUrl>>();
const RECENT_MAX = 64;
/** The last of them asked for, with its URL and PORT. */
let lastUrl: string | null = null;
let lastPort = 0;
let lastTarget: Target | null = null;

/** Keeps `value` for `key` among the recent ones (the oldest goes); returns it. */
function remember<T>(map: Map<string, T>, key: string, value: T): T {
  if (map.size >= RECENT_MAX) map.delete(map.keys().next().value as string);
  map.set(key, value);
  return value;
}

/** CURLOPT_DEFAULT_PROTOCOL and CURLOPT_PATH_AS_IS, as the URL parse uses them. */
export interface UrlFlags {
  defaultProtocol: string | null;
  pathAsIs: boolean;
}

/** Builds the transfer's Target from the URL option and CURLOPT_PORT. Throws CurlError: 3 for
 * syntax, 1 for a scheme the runtime does not serve (lib/url.c findprotocol's text). */
export function targetFromUrl(url: string | null, portOption: number, flags?: UrlFlags): Target {
  // lib/transfer.c Curl_pretransfer
  if (url === null) throw new CurlError(CURLE.URL_MALFORMAT, 'No URL set');
  if (flags !== undefined && (flags.defaultProtocol !== null || flags.pathAsIs)) {
    // lib/url.c parseurlandfillconn: a URL without a scheme gets DEFAULT_PROTOCOL's (not kept
    // among the recent ones: these are rare)
    const full = flags.defaultProtocol !== null && schemeLength(url) === 0 ? `${flags.defaultProtocol}://${url}` : url;
    return Object.freeze(buildTarget(full, portOption, flags.pathAsIs));
  }
  // the same URL again (one handle performing in a loop, or new handles for one URL): a string
  // comparison, no hash of a string made anew
  if (url === lastUrl && portOption === lastPort) return lastTarget!;
  const map = portOption === 0 ? recentByUrl : recent;
  const key = portOption === 0 ? url : `${portOption} ${url}`;
  const target = map.get(key) ?? remember(map, key, Object.freeze(buildTarget(url, portOption)));
  lastUrl = url;
  lastPort = portOption;
  lastTarget = target;
  return target;
}

/** parseUrl for a proxy string, remembered as targets are (the result is frozen). */
export function parseProxyUrl(proxy: string): Readonly<ParsedUrl> {
  return recentProxies.get(proxy) ?? remember(recentProxies, proxy, Object.freeze(parseUrl(proxy)));
}

function buildTarget(url: string, portOption: number, pathAsIs = false): Target {
  const u = parseUrl(url, pathAsIs);
  const scheme = schemeInfo(u.scheme);
  if (scheme === undefined || scheme.handler === null) {
    throw new CurlError(CURLE.UNSUPPORTED_PROTOCOL, `Protocol "${u.scheme}" not supported`);
  }
  // CURLOPT_PORT replaces the URL's port, also in the URL libcurl reports (lib/url.c).
  const explicitPort = portOption > 0 ? portOption : u.port;
  const port = explicitPort ?? scheme.port;
  const effective =
    `${u.scheme}://${u.userinfo !== null ? `${u.userinfo}@` : ''}${hostForUrl(u.host)}` +
    `${explicitPort !== null ? `:${explicitPort}` : ''}${u.path}` +
    `${u.query !== null ? `?${u.query}` : ''}${u.fragment !== null ? `#${u.fragment}` : ''}`;
  return {
    scheme: u.scheme,
    host: u.host,
    port,
    path: u.path + (u.query !== null ? `?${u.query}` : ''),
    url: effective,
    tls: scheme.tls,
    // the credentials part as written (lib/url.c url_set_data_creds decodes it)
    userinfo: u.userinfo,
  };
}
