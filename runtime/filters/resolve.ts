// Name resolution for the first hop (lib/hostip.c): the DNS cache, CURLOPT_RESOLVE entries
// (Curl_loadhostpairs), CURLOPT_CONNECT_TO (lib/url.c parse_connect_to_slist), `localhost` as
// ::1 and 127.0.0.1 without asking DNS (RFC 6761 section 6.3; lib/hostip.c get_localhost),
// IP literals without lookup, node:dns for the rest, CURLOPT_IPRESOLVE as a family filter.
import { randomInt } from 'node:crypto';
import { lookup } from 'node:dns';
import { isIPv4, isIPv6 } from 'node:net';
import { CURLE } from '../base/codes.js';
import { CurlError } from '../base/error.js';
import type { Address, DnsCache } from './dns-cache.js';
import { lookupWithServers, usesDnsServers, type LookupFailure } from './dns-servers.js';
import type { Target } from '../base/context.js';
import type { EasyOptions } from '../base/options.js';

/** What resolving needs from the transfer: options, verbose lines, failures. */
export interface ResolveContext {
  readonly opts: Readonly<EasyOptions>;
  /** Set when the transfer was aborted (timeout, cleanup). */
  readonly abortReason: unknown;
  infof(text: string): void;
  failf(code: number, text: string): CurlError;
}

/** 4 or 6 for an IP literal, 0 for a name (cheap checks before node:net's regular expressions). */
function ipFamily(host: string): 0 | 4 | 6 {
  if (host.includes(':')) return isIPv6(host.replace(/%.*$/, '')) ? 6 : 0;
  const last = host.charCodeAt(host.length - 1);
  return last >= 0x30 && last <= 0x39 && isIPv4(host) ? 4 : 0;
}

function family(address: string): 4 | 6 {
  return ipFamily(address) === 6 ? 6 : 4;
}

function isIp(host: string): boolean {
  return ipFamily(host) !== 0;
}

/** CURLOPT_IPRESOLVE: 1 keeps IPv4 only, 2 IPv6 only. */
function byIpResolve(addresses: Address[], ipResolve: number): Address[] {
  if (ipResolve === 1) return addresses.filter((a) => a.family === 4);
  if (ipResolve === 2) return addresses.filter((a) => a.family === 6);
  return addresses;
}

function isLocalhost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || h.endsWith('.localhost');
}

/** Splits "host:port:rest" where host may be a bracketed IPv6 literal. */
function splitHostPort(entry: string): { host: string; port: string; rest: string } | null {
  let host: string;
  let i: number;
  if (entry.startsWith('[')) {
    const close = entry.indexOf(']');
    if (close < 0) return null;
    host = entry.slice(1, close);
    i = close + 1;
  } else {
    const colon = entry.indexOf(':');
    if (colon < 0) return null;
    host = entry.slice(0, colon);
    i = colon;
  }
  if (entry[i] !== ':') return null;
  const portEnd = entry.indexOf(':', i + 1);
  const port = portEnd < 0 ? entry.slice(i + 1) : entry.slice(i + 1, portEnd);
  const rest = portEnd < 0 ? '' : entry.slice(portEnd + 1);
  return { host, port, rest };
}

function parsePort(text: string): number | null {
  if (!/^[0-9]+$/.test(text)) return null;
  const n = parseInt(text, 10);
  return n <= 65535 ? n : null;
}

/**
 * Loads CURLOPT_RESOLVE into the cache at the start of a perform (lib/hostip.c
 * Curl_loadhostpairs): `[+]HOST:PORT:ADDR[,ADDR]...` adds (`+`: with the normal timeout),
 * `-HOST:PORT` removes. Throws CurlError(49) for an entry that does not parse.
 */
export function loadResolveEntries(ctx: ResolveContext, cache: DnsCache): void {
  const entries = ctx.opts.resolve;
  if (entries.length === 0) return;
  for (const raw of entries) {
    if (raw.startsWith('-')) {
      const hp = splitHostPort(`${raw.slice(1)}:`);
      const port = hp === null ? null : parsePort(hp.port);
      if (hp === null || port === null) {
        ctx.infof(`Bad syntax CURLOPT_RESOLVE removal entry '${raw}'`);
        continue;
      }
      cache.delete(hp.host, port);
      continue;
    }
    const permanent = !raw.startsWith('+');
    const entry = permanent ? raw : raw.slice(1);
    const hp = splitHostPort(entry);
    const port = hp === null ? null : parsePort(hp.port);
    const addresses: Address[] = [];
    let ok = hp !== null && port !== null && hp.host !== '' && hp.rest !== '';
    if (ok) {
      for (let a of hp!.rest.split(',')) {
        a = a.trim();
        if (a.startsWith('[') && a.endsWith(']')) a = a.slice(1, -1);
        if (!isIp(a)) {
          ctx.infof(`Resolve IP address '${a}' found is illegal`);
          ok = false;
          break;
        }
        addresses.push({ address: a, family: family(a) });
      }
    }
    if (!ok) throw ctx.failf(CURLE.SETOPT_OPTION_SYNTAX, `Could not parse CURLOPT_RESOLVE entry '${raw}'`);
    if (cache.has(hp!.host, port!)) {
      ctx.infof(`RESOLVE ${hp!.host}:${port} - old addresses discarded`);
      cache.delete(hp!.host, port!);
    }
    // lib/vdns/dnscache.c dnsc_entry_assign_addr shuffles these too
    if (ctx.opts.dnsShuffleAddresses) shuffle(addresses);
    cache.add(hp!.host, port!, addresses, permanent);
    // lib/vdns/dnscache.c Curl_loadhostpairs
    ctx.infof(`[DNS] added ${hp!.host}:${port}:${hp!.rest} to cache${permanent ? '' : ' (non-permanent)'}`);
    if (hp!.host === '*') ctx.infof(`RESOLVE *:${port} using wildcard`);
  }
}

/** curlx_str_number with a 0xffff maximum: the leading digits as a number, null without one or
 * above the maximum (what follows the digits is not looked at). */
function leadingPort(text: string): number | null {
  const m = /^[0-9]+/.exec(text);
  if (m === null) return null;
  const n = parseInt(m[0], 10);
  return n <= 0xffff ? n : null;
}

/**
 * CURLOPT_CONNECT_TO for the target (8.22 lib/url.c url_set_conn_peer, lib/peer.c
 * Curl_peer_from_connect_to): the first matching entry's `CONNECT-TO-HOST:CONNECT-TO-PORT` says
 * where to connect instead; an empty host or port there keeps the target's. Throws CurlError 49
 * "No valid port number in '...'" or "Invalid IPv6 address format in '...'", or 3 for a
 * bracketed host that does not close or is no IPv6 address. libcurl 8.22 logs nothing for it.
 */
export function applyConnectTo(ctx: ResolveContext, target: Target): { readonly host: string; readonly port: number } {
  const rest = matchConnectTo(ctx.opts.connectTo, target);
  // no entry for the target: the (frozen) target itself names where to go
  if (rest === null) return target;
  let hostUser: string;
  let portStr: string | null;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']', 1);
    if (close < 0) throw ctx.failf(CURLE.SETOPT_OPTION_SYNTAX, `Invalid IPv6 address format in '${rest}'`);
    const colon = rest.indexOf(':', close);
    portStr = colon < 0 ? null : rest.slice(colon);
    hostUser = rest.slice(0, close + 1);
  } else {
    const colon = rest.indexOf(':');
    portStr = colon < 0 ? null : rest.slice(colon);
    hostUser = colon < 0 ? rest : rest.slice(0, colon);
  }
  // lib/peer.c peer_parse_host: a bracketed host must be an IPv6 address (3 without a text when
  // the bracket does not close within it)
  let host = hostUser === '' ? target.host : hostUser;
  if (hostUser.startsWith('[')) {
    const inner = hostUser.slice(1, -1);
    if (!hostUser.endsWith(']')) throw new CurlError(CURLE.URL_MALFORMAT, '');
    if (!isIPv6(inner.replace(/%.*$/, ''))) throw ctx.failf(CURLE.URL_MALFORMAT, `Invalid IPv6 address format in '${hostUser}'`);
    host = inner;
  }
  let port = target.port;
  if (portStr !== null && portStr.length > 1) {
    const p = leadingPort(portStr.slice(1));
    if (p === null) throw ctx.failf(CURLE.SETOPT_OPTION_SYNTAX, `No valid port number in '${rest}'`);
    port = p;
  }
  return { host, port };
}

/**
 * The `CONNECT-TO-HOST:CONNECT-TO-PORT` part of the first CONNECT_TO entry whose HOST and PORT
 * match the target, as 8.22's lib/url.c parse_connect_to_string reads them: HOST matches the
 * start of the entry without regard to case (an empty one matches every host; an IPv6 target as
 * `[addr]` or bare), PORT as a number up to 65535 (empty matches every port). An entry that does
 * not match, cannot be read or has nothing after its port is skipped. null when none matches.
 */
export function matchConnectTo(entries: readonly string[], target: Pick<Target, 'host' | 'port'>): string | null {
  if (entries.length === 0) return null;
  const names = target.host.includes(':') ? [target.host, `[${target.host}]`] : [target.host];
  for (const entry of entries) {
    let at = -1;
    if (entry.startsWith(':')) at = 1;
    else {
      for (const name of names) {
        if (entry.length > name.length && entry[name.length] === ':' && entry.slice(0, name.length).toLowerCase() === name.toLowerCase()) {
          at = name.length + 1;
          break;
        }
      }
    }
    if (at < 0) continue;
    if (entry[at] === ':') at++;
    else {
      const next = entry.indexOf(':', at);
      if (next < 0) continue;
      if (leadingPort(entry.slice(at, next)) !== target.port) continue;
      at = next + 1;
    }
    if (at < entry.length) return entry.slice(at);
  }
  return null;
}

function lookupAll(host: string, ipResolve: number): Promise<Address[]> {
  const fam = ipResolve === 1 ? 4 : ipResolve === 2 ? 6 : 0;
  return new Promise((resolve, reject) => {
    lookup(host, { all: true, family: fam, verbatim: true }, (err, list) => {
      if (err) reject(err);
      else resolve(list.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 })));
    });
  });
}

/** lib/vdns/cf-dns.c cf_dns_report: whenever the first hop's addresses are known, fresh or from
 * the cache (CURLOPT_RESOLVE entries included), under the name and port of the entry; nothing
 * for an IP address. */
function showResolveInfo(ctx: ResolveContext, host: string, port: number, addresses: Address[]): void {
  if (isIp(host)) return;
  ctx.infof(`Host ${host}:${port} was resolved.`);
  const v6 = addresses.filter((a) => a.family === 6).map((a) => a.address);
  const v4 = addresses.filter((a) => a.family === 4).map((a) => a.address);
  ctx.infof(`IPv6: ${v6.length > 0 ? v6.join(', ') : '(none)'}`);
  ctx.infof(`IPv4: ${v4.length > 0 ? v4.join(', ') : '(none)'}`);
}

/**
 * All addresses for host:port in the order DNS gave them, filtered by IPRESOLVE: at once (an
 * array) from the cache, for IP literals and localhost names, else a promise. Throws (or
 * rejects with) CurlError 6 (5 for a proxy) "Could not resolve host: NAME" (lib/hostip.c).
 */
export function resolveHost(
  ctx: ResolveContext,
  cache: DnsCache,
  host: string,
  port: number,
  forProxy: boolean,
): Address[] | Promise<Address[]> {
  const ipResolve = ctx.opts.ipResolve;
  const cached = cache.find(host, port, ctx.opts.dnsCacheTimeoutMs, () =>
    ctx.infof('Hostname in DNS cache was stale, zapped'),
  );
  if (cached !== undefined) {
    const usable = byIpResolve(cached.addresses, ipResolve);
    if (usable.length > 0) {
      if (ctx.opts.verbose) {
        // lib/vdns/hostip.c hostip_resolv, then lib/vdns/cf-dns.c cf_dns_report
        ctx.infof(`Hostname ${host} was found in DNS cache`);
        showResolveInfo(ctx, cached.name, cached.port, cached.addresses);
      }
      return usable;
    }
  }
  const fam = ipFamily(host);
  if (fam !== 0) return resolved(ctx, cache, host, port, forProxy, [{ address: host, family: fam }]);
  if (isLocalhost(host)) {
    return resolved(ctx, cache, host, port, forProxy, [
      { address: '::1', family: 6 },
      { address: '127.0.0.1', family: 4 },
    ]);
  }
  const servers = usesDnsServers(ctx.opts);
  return (servers ? lookupWithServers(ctx.opts, host) : lookupAll(host, ipResolve)).then(
    (list) => {
      if (ctx.abortReason !== null) throw ctx.abortReason;
      return resolved(ctx, cache, host, port, forProxy, list);
    },
    (why: unknown) => {
      if (ctx.abortReason !== null) throw ctx.abortReason;
      throw lookupFailure(ctx, host, port, forProxy, servers ? (why as LookupFailure) : null);
    },
  );
}

function resolveFailure(ctx: ResolveContext, host: string, forProxy: boolean, detail: string | null = null): CurlError {
  return ctx.failf(
    forProxy ? CURLE.COULDNT_RESOLVE_PROXY : CURLE.COULDNT_RESOLVE_HOST,
    `Could not resolve ${forProxy ? 'proxy' : 'host'}: ${host}${detail !== null ? ` (${detail})` : ''}`,
  );
}

/** A lookup that found nothing: the resolver's line (a c-ares build adds its status text), then
 * Curl_resolv_take_result's "Could not resolve: NAME:PORT" (lib/vdns/hostip.c). A resolver that
 * could not be set up fails hostip_resolv with "Error N resolving", then cf_dns_start says
 * "Could not resolve: NAME" (lib/vdns/cf-dns.c). */
function lookupFailure(ctx: ResolveContext, host: string, port: number, forProxy: boolean, why: LookupFailure | null): CurlError {
  if (why !== null && why.code !== 0) {
    const err = ctx.failf(why.code, `Error ${why.code} resolving ${host}:${port}`);
    ctx.failf(why.code, `Could not resolve: ${host}`);
    return err;
  }
  const err = resolveFailure(ctx, host, forProxy, why?.detail ?? null);
  ctx.failf(err.code, `Could not resolve: ${host}:${port}`);
  return err;
}

/** A fresh answer: filtered, cached, shown. */
function resolved(
  ctx: ResolveContext,
  cache: DnsCache,
  host: string,
  port: number,
  forProxy: boolean,
  all: Address[],
): Address[] {
  const addresses = byIpResolve(all, ctx.opts.ipResolve);
  if (addresses.length === 0) throw resolveFailure(ctx, host, forProxy);
  if (ctx.opts.dnsShuffleAddresses) shuffle(addresses);
  cache.add(host, port, addresses);
  if (ctx.opts.verbose) showResolveInfo(ctx, host, port, addresses);
  return addresses;
}

/** CURLOPT_DNS_SHUFFLE_ADDRESSES: Fisher-Yates over a fresh answer before it is cached
 * (lib/vdns/dnscache.c dns_shuffle_addr), so every transfer that finds it in the cache gets the
 * same order. */
function shuffle(addresses: Address[]): void {
  for (let i = addresses.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    const t = addresses[i]!;
    addresses[i] = addresses[j]!;
    addresses[j] = t;
  }
}
