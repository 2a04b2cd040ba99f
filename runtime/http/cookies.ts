// The cookie jar (lib/cookie.c, libcurl built without libpsl): Set-Cookie header lines and
// Netscape cookie-file lines in, the cookies a request sends out, Netscape lines for the jar file
// and CURLINFO_COOKIELIST. Cookies live in libcurl's 63 buckets (hashed by the last two labels
// of the domain) so that listings come out in libcurl's order.
//
// Text here is byte strings (one char per byte, latin1), as header values arrive; the engine
// (cookie-engine.ts) converts at the API and request edges.
import { isIP } from 'node:net';
import { parseCookieDate } from './cookie-date.js';

/** lib/cookie.h flags of Curl_cookie_add and Curl_cookie_loadfiles. */
export const COOKIE_HTTPHEADER = 1;
export const COOKIE_NOEXPIRE = 2;
export const COOKIE_SECURE = 4;
export const COOKIE_NOPSL = 8;
export const COOKIE_NOSESSION = 64;

/** lib/cookie.h limits. */
export const MAX_COOKIE_LINE = 5000;
const MAX_NAME = 4096;
const MAX_SET_COOKIE_AMOUNT = 50;
export const MAX_COOKIE_HEADER_LEN = 8190;
const MAX_COOKIE_SEND_AMOUNT = 150;
const COOKIE_HASH_SIZE = 63;
/** COOKIES_MAXAGE: 400 days (RFC 6265bis). */
const COOKIES_MAXAGE = 400n * 24n * 3600n;
const OFF_T_MAX = (1n << 63n) - 1n;
const MAX_DATE_LENGTH = 80;

export interface Cookie {
  name: string;
  value: string;
  /** null for a Set-Cookie line given to CURLOPT_COOKIELIST without a path (no default). */
  path: string | null;
  /** null likewise: such a cookie matches every host and is never listed or saved. */
  domain: string | null;
  /** Seconds since the epoch; 0 for a session cookie. */
  expires: bigint;
  creationtime: number;
  tailmatch: boolean;
  secure: boolean;
  /** Set from a header while running, not read from a file. */
  livecookie: boolean;
  httponly: boolean;
  prefixSecure: boolean;
  prefixHost: boolean;
}

type Log = (text: string) => void;

const nowSeconds = (): bigint => BigInt(Math.floor(Date.now() / 1000));

/** Curl_host_is_ipnum */
const isIpNum = (host: string): boolean => isIP(host) !== 0;

/** cookie_tailmatch: `host` ends with `domain` (any case) on a label boundary. */
export function tailmatch(domain: string, host: string): boolean {
  if (host.length < domain.length) return false;
  if (host.slice(host.length - domain.length).toLowerCase() !== domain.toLowerCase()) return false;
  return host.length === domain.length || host[host.length - domain.length - 1] === '.';
}

/** pathmatch (RFC 6265 5.1.4, as libcurl relaxes it: "/hoge" matches "/hoge?x"). */
function pathmatch(cookiePath: string, uriPath: string): boolean {
  if (cookiePath.length === 1) return true;
  if (uriPath === '' || uriPath[0] !== '/') uriPath = '/';
  if (uriPath.length < cookiePath.length || !uriPath.startsWith(cookiePath)) return false;
  return cookiePath.length === uriPath.length || uriPath[cookiePath.length] === '/';
}

/** cookiehash: bucket 0 for no domain and IP addresses, else a djb2-style hash (size_t
 * arithmetic) of the last two labels, upper-cased. */
function cookiehash(domain: string | null): number {
  if (domain === null || isIpNum(domain)) return 0;
  const last = domain.lastIndexOf('.');
  const first = last > 0 ? domain.lastIndexOf('.', last - 1) : -1;
  const top = last >= 0 && first >= 0 ? domain.slice(first + 1) : domain;
  let h = 5381n;
  for (let i = 0; i < top.length; i++) {
    const c = top.charCodeAt(i) & 0xff;
    // Curl_raw_toupper on a (signed) char, widened to size_t: bytes from 0x80 sign-extend
    const j = c >= 0x61 && c <= 0x7a ? BigInt(c - 32) : c >= 0x80 ? BigInt.asUintN(64, BigInt(c - 256)) : BigInt(c);
    h = BigInt.asUintN(64, h + (h << 5n));
    h ^= j;
  }
  return Number(h % BigInt(COOKIE_HASH_SIZE));
}

/** sanitize_cookie_path: quotes removed, "/" unless absolute, no trailing slash. */
function sanitizePath(p: string): string {
  if (p.startsWith('"')) {
    p = p.slice(1);
    if (p.endsWith('"')) p = p.slice(0, -1);
  }
  if (p === '' || p[0] !== '/') return '/';
  return p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
}

/** bad_domain (no libpsl): a domain needs a dot that is not its last byte, or is localhost. */
function badDomain(d: string): boolean {
  if (d.length === 9 && d.toLowerCase() === 'localhost') return false;
  const dot = d.indexOf('.');
  return dot < 0 || d.length - dot <= 1;
}

/** invalid_octets: control bytes (0x01-0x1f, 0x7f) refuse a cookie. */
const invalidOctets = (s: string): boolean => /[\x01-\x1f\x7f]/.test(s.split('\0')[0]!);

/** curl_strnequal(field, word, len) for a field of `len` chars: a case-insensitive prefix. */
const prefixCI = (field: string, word: string): boolean =>
  field.length <= word.length && word.startsWith(field.toUpperCase());

/** ISBLANK-trimming of a str part (curlx_str_trimblanks). */
const trimBlanks = (s: string): string => s.replace(/^[ \t]+|[ \t]+$/g, '');

/** cap_expires: never more than 400 days ahead, rounded to a minute when capped. */
function capExpires(now: bigint, co: Cookie): void {
  if (co.expires !== 0n && OFF_T_MAX - COOKIES_MAXAGE - 30n > now) {
    const cap = now + COOKIES_MAXAGE;
    if (co.expires > cap) co.expires = ((cap + 30n) / 60n) * 60n;
  }
}

/** curlx_str_number: leading decimal digits; null without one, 'overflow' past the max. */
function strNumber(s: string): bigint | null | 'overflow' {
  const m = /^[0-9]+/.exec(s);
  if (m === null) return null;
  const v = BigInt(m[0]);
  return v > OFF_T_MAX ? 'overflow' : v;
}

function blank(): Cookie {
  return {
    name: '', value: '', path: null, domain: null, expires: 0n, creationtime: 0,
    tailmatch: false, secure: false, livecookie: false, httponly: false, prefixSecure: false, prefixHost: false,
  };
}

export class CookieJar {
  readonly buckets: Cookie[][] = Array.from({ length: COOKIE_HASH_SIZE }, () => []);
  numcookies = 0;
  lastct = 0;
  /** A transfer started: cookies now come from servers, not files. */
  running = false;
  /** Session cookies read from files are dropped (COOKIE_NOSESSION of the last load). */
  newsession = false;
  /** data->req.setcookies: Set-Cookie lines taken for the current request. */
  setcookies = 0;

  /** remove_expired */
  removeExpired(): void {
    const now = nowSeconds();
    for (const b of this.buckets) {
      for (let i = b.length - 1; i >= 0; i--) {
        const co = b[i]!;
        if (co.expires !== 0n && co.expires < now) {
          b.splice(i, 1);
          this.numcookies--;
        }
      }
    }
  }

  /** parse_cookie_header: a Set-Cookie value into `co`; false drops it. */
  #parseHeader(log: Log, co: Cookie, line: string, domain: string | null, path: string | null, secureOrigin: boolean): boolean {
    if (line.length > MAX_COOKIE_LINE) return false;
    let name0: string | null = null;
    let value0 = '';
    let cpath = '';
    let cdomain = '';
    let now = 0n;
    let i = 0;
    do {
      const nm = /^[^;\t\r\n=]+/.exec(line.slice(i));
      if (nm !== null) {
        i += nm[0].length;
        const name = trimBlanks(nm[0]);
        if (invalidOctets(name)) {
          log('invalid octets in name, cookie dropped');
          return false;
        }
        let val = '';
        let sep = false;
        if (line[i] === '=') {
          i++;
          sep = true;
          const vm = /^[^;\r\n]+/.exec(line.slice(i));
          if (vm !== null) {
            i += vm[0].length;
            val = trimBlanks(vm[0]);
          }
          if (invalidOctets(val)) {
            log('invalid octets in value, cookie dropped');
            return false;
          }
        }
        if (name0 === null || name0 === '') {
          // parse_first_pair
          if (!sep || name === '') {
            log('invalid cookie, dropped');
            return false;
          }
          if (name.length + val.length > MAX_NAME) {
            log(`oversized cookie dropped, name/val ${name.length} + ${val.length} bytes`);
            return false;
          }
          if (name.startsWith('__Secure-')) co.prefixSecure = true;
          else if (name.startsWith('__Host-')) co.prefixHost = true;
          name0 = name;
          value0 = val;
        } else if (!sep) {
          // parse_flag: secure only over a secure origin, or from a file
          const n = name.toLowerCase();
          if (n === 'secure') {
            if (secureOrigin || !this.running) co.secure = true;
            else {
              log("skipped cookie because not 'secure'");
              return false;
            }
          } else if (n === 'httponly') co.httponly = true;
        } else {
          const n = name.toLowerCase();
          if (n === 'path') cpath = val;
          else if (n === 'domain' && val !== '') {
            // parse_domain
            const v = val.startsWith('.') ? val.slice(1) : val;
            if (badDomain(v)) domain = ':';
            const isIp = isIpNum(domain ?? v);
            if (domain === null || (isIp && v === domain) || (!isIp && tailmatch(v, domain))) {
              cdomain = v;
              if (!isIp) co.tailmatch = true;
            } else {
              log(`skipped cookie with bad tailmatch domain: ${v}`);
              return false;
            }
          } else if (n === 'max-age' && val !== '') {
            // parse_maxage
            const r = strNumber(val.startsWith('"') ? val.slice(1) : val);
            if (now === 0n) now = nowSeconds();
            if (r === 'overflow') co.expires = OFF_T_MAX;
            else if (r === null) co.expires = 1n;
            else if (r === 0n) co.expires = 1n;
            else co.expires = OFF_T_MAX - now < r ? OFF_T_MAX : r + now;
            capExpires(now, co);
          } else if (n === 'expires' && val !== '') {
            // parse_expires: max-age has priority; a date that does not parse is a session cookie
            if (co.expires === 0n && val.length < MAX_DATE_LENGTH) {
              const d = parseCookieDate(val);
              co.expires = d === null ? 0n : d === 0n ? 1n : d;
              if (now === 0n) now = nowSeconds();
              capExpires(now, co);
            }
          }
        }
      }
      if (line[i] !== ';') break;
      i++;
    } while (true); // eslint-disable-line no-constant-condition
    if (name0 === null || name0 === '') return false;
    // storecookie
    co.name = name0;
    co.value = value0;
    if (cpath !== '') co.path = sanitizePath(cpath);
    else if (path !== null) {
      // the default path: up to and including the last slash
      const slash = path.lastIndexOf('/');
      co.path = sanitizePath(slash >= 0 ? path.slice(0, slash + 1) : path);
    }
    if (cdomain !== '') co.domain = cdomain;
    else if (domain !== null) co.domain = domain;
    return true;
  }

  /** parse_netscape: seven tab-separated fields (six: the old form without a path). */
  #parseNetscape(co: Cookie, line: string, secureOrigin: boolean): boolean {
    if (line.startsWith('#HttpOnly_')) {
      line = line.slice(10);
      co.httponly = true;
    }
    if (line.startsWith('#')) return false;
    let fields = 0;
    let at: number | null = 0;
    for (; at !== null; fields++) {
      const rest = line.slice(at);
      const m = /^[^\t\r\n]*/.exec(rest)![0];
      at = rest[m.length] === '\t' ? at + m.length + 1 : null;
      const f = m;
      switch (fields) {
        case 0:
          co.domain = f.startsWith('.') ? f.slice(1) : f;
          break;
        case 1:
          co.tailmatch = prefixCI(f, 'TRUE');
          break;
        case 2:
          // a field that looks like a boolean is the secure flag of the six-field form
          if (!('TRUE'.startsWith(f) && f.length <= 4) && !('FALSE'.startsWith(f) && f.length <= 5)) {
            co.path = sanitizePath(f);
            break;
          }
          co.path = '/';
          fields++;
        // falls through
        case 3:
          co.secure = false;
          if (prefixCI(f, 'TRUE')) {
            if (secureOrigin || this.running) co.secure = true;
            else return false;
          }
          break;
        case 4: {
          const r = strNumber(f);
          if (r === null || r === 'overflow') return false;
          co.expires = r;
          break;
        }
        case 5:
          co.name = f;
          if (f.startsWith('__Secure-')) co.prefixSecure = true;
          else if (f.startsWith('__Host-')) co.prefixHost = true;
          break;
        case 6:
          co.value = f;
          break;
      }
    }
    if (fields === 6) {
      co.value = '';
      fields++;
    }
    if (fields !== 7) return false;
    return !invalidOctets(co.name) && !invalidOctets(co.value);
  }

  /** replace_existing: false when the new cookie must not go in (it would overlay a secure
   * cookie, or a live cookie already holds its place). */
  #replaceExisting(log: Log, co: Cookie, secure: boolean): { ok: boolean; replaced: boolean } {
    const bucket = this.buckets[cookiehash(co.domain)]!;
    let replaceOld = false;
    let replaceAt = -1;
    for (let i = 0; i < bucket.length; i++) {
      const cl = bucket[i]!;
      if (cl.name === co.name) {
        let matching = false;
        if (cl.domain !== null && co.domain !== null) {
          matching = tailmatch(cl.domain, co.domain) || tailmatch(co.domain, cl.domain);
        } else if (cl.domain === null && co.domain === null) matching = true;
        if (matching && cl.path !== null && co.path !== null && cl.secure && !co.secure && !secure) {
          // a non-secure cookie may not overlay a secure one on the first path segment
          const sep = cl.path.indexOf('/', 1);
          const len = sep >= 0 ? sep : cl.path.length;
          if (co.path.startsWith(cl.path.slice(0, len))) {
            log(`cookie '${co.name}' for domain '${co.domain}' dropped, would overlay an existing cookie`);
            return { ok: false, replaced: false };
          }
        }
      }
      if (replaceAt < 0 && cl.name === co.name) {
        if (cl.domain !== null && co.domain !== null) {
          if (cl.domain.toLowerCase() === co.domain.toLowerCase() && cl.tailmatch === co.tailmatch) replaceOld = true;
        } else if (cl.domain === null && co.domain === null) replaceOld = true;
        if (replaceOld) {
          if (cl.path !== null && co.path !== null && cl.path !== co.path) replaceOld = false;
          else if ((cl.path === null) !== (co.path === null)) replaceOld = false;
        }
        if (replaceOld && !co.livecookie && cl.livecookie) return { ok: false, replaced: false };
        if (replaceOld) replaceAt = i;
      }
    }
    if (replaceAt >= 0) {
      co.creationtime = bucket[replaceAt]!.creationtime;
      bucket.splice(replaceAt, 1);
    }
    return { ok: true, replaced: replaceOld };
  }

  /** Curl_cookie_add: one Set-Cookie value (COOKIE_HTTPHEADER) or Netscape line. `domain` and
   * `path` are the request's host and URL path (null from files and COOKIELIST). */
  add(log: Log, line: string, domain: string | null, path: string | null, flags: number): void {
    if (this.setcookies >= MAX_SET_COOKIE_AMOUNT) return;
    const co = blank();
    const secure = (flags & COOKIE_SECURE) !== 0;
    const ok =
      (flags & COOKIE_HTTPHEADER) !== 0 ? this.#parseHeader(log, co, line, domain, path, secure) : this.#parseNetscape(co, line, secure);
    if (!ok) return;
    if (co.prefixSecure && !co.secure) return;
    // __Host-: secure, path "/", no Domain attribute
    if (co.prefixHost && !(co.secure && co.path === '/' && !co.tailmatch)) return;
    if (!this.running && this.newsession && co.expires === 0n) return;
    co.livecookie = this.running;
    co.creationtime = ++this.lastct;
    if ((flags & COOKIE_NOEXPIRE) === 0) this.removeExpired();
    // is_public_suffix: without libpsl nothing more is refused
    const r = this.#replaceExisting(log, co, secure);
    if (!r.ok) return;
    this.buckets[cookiehash(co.domain)]!.push(co);
    if (this.running) {
      log(`${r.replaced ? 'Replaced' : 'Added'} cookie ${co.name}="${co.value}" for domain ${co.domain ?? '(nil)'}, path ${co.path ?? '(nil)'}, expire ${co.expires}`);
    }
    if (!r.replaced) this.numcookies++;
    if ((flags & COOKIE_HTTPHEADER) !== 0) this.setcookies++;
  }

  /** Curl_cookie_getlist: the cookies for a request to `host` and `path`, longest path first. */
  matching(log: Log, host: string, path: string, secure: boolean): Cookie[] {
    const bucket = this.buckets[cookiehash(host)]!;
    if (bucket.length === 0) return [];
    this.removeExpired();
    const isIp = isIpNum(host);
    const out: Cookie[] = [];
    for (const co of bucket) {
      if (co.secure && !secure) continue;
      const domainOk =
        co.domain === null ||
        (co.tailmatch && !isIp && tailmatch(co.domain, host)) ||
        ((!co.tailmatch || isIp) && host.toLowerCase() === co.domain.toLowerCase());
      if (!domainOk || (co.path !== null && !pathmatch(co.path, path))) continue;
      out.push(co);
      if (out.length >= MAX_COOKIE_SEND_AMOUNT) {
        log(`Included max number of cookies (${out.length}) in request!`);
        break;
      }
    }
    // cookie_sort: path, domain and name length, longest first, then the newest
    const len = (s: string | null): number => (s === null ? 0 : s.length);
    return out.sort(
      (a, b) =>
        len(b.path) - len(a.path) || len(b.domain) - len(a.domain) || b.name.length - a.name.length || b.creationtime - a.creationtime,
    );
  }

  /** Curl_cookie_clearall */
  clearAll(): void {
    for (const b of this.buckets) b.length = 0;
    this.numcookies = 0;
  }

  /** Curl_cookie_clearsess: session cookies (no expiry) go. */
  clearSession(): void {
    for (const b of this.buckets) {
      for (let i = b.length - 1; i >= 0; i--) {
        if (b[i]!.expires === 0n) {
          b.splice(i, 1);
          this.numcookies--;
        }
      }
    }
  }

  /** Cookies with a domain, bucket by bucket (cookie_list's order). */
  listed(): Cookie[] {
    return this.buckets.flat().filter((c) => c.domain !== null);
  }
}

/** get_netscape_format: one line without its newline. */
export function netscapeLine(co: Cookie): string {
  const dot = co.tailmatch && co.domain !== null && !co.domain.startsWith('.') ? '.' : '';
  return (
    `${co.httponly ? '#HttpOnly_' : ''}${dot}${co.domain ?? 'unknown'}\t${co.tailmatch ? 'TRUE' : 'FALSE'}\t` +
    `${co.path ?? '/'}\t${co.secure ? 'TRUE' : 'FALSE'}\t${co.expires}\t${co.name}\t${co.value}`
  );
}
