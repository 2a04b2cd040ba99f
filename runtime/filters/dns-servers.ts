// Name lookups as a c-ares build of libcurl does them (lib/vdns/asyn-ares.c), for the options
// only such a build has: CURLOPT_DNS_SERVERS, DNS_LOCAL_IP4 and DNS_LOCAL_IP6. node:dns's
// Resolver is c-ares too: one channel per lookup (async_ares_init), A and AAAA asked as two
// queries, and a failure told by c-ares's status text (README decision 14).
import { Resolver } from 'node:dns';
import { isIPv4, isIPv6 } from 'node:net';
import { CURLE } from '../base/codes.js';
import type { EasyOptions } from '../base/options.js';
import type { Address } from './dns-cache.js';

/** Whether lookups go through the Resolver: one check on the plain resolve path. */
export function usesDnsServers(opts: Readonly<EasyOptions>): boolean {
  return opts.dnsServers !== null || opts.dnsLocalIp4 !== null || opts.dnsLocalIp6 !== null;
}

/** Why a lookup found nothing: a setting c-ares refused (`code` 43, async_ares_init), or
 * c-ares's status text for Curl_async_failed's "(...)" (null: no status). */
export interface LookupFailure {
  code: number;
  detail: string | null;
}

/** ares_strerror for the statuses Node reports as error codes. */
const ARES_TEXT: Readonly<Record<string, string>> = {
  ENODATA: 'DNS server returned answer with no data',
  EFORMERR: 'DNS server claims query was misformatted',
  ESERVFAIL: 'DNS server returned general failure',
  ENOTFOUND: 'Domain name not found',
  ENOTIMP: 'DNS server does not implement requested operation',
  EREFUSED: 'DNS server refused query',
  EBADQUERY: 'Misformatted DNS query',
  EBADNAME: 'Misformatted domain name',
  EBADFAMILY: 'Unsupported address family',
  EBADRESP: 'Misformatted DNS reply',
  ECONNREFUSED: 'Could not contact DNS servers',
  ETIMEOUT: 'Timeout while contacting DNS servers',
  EOF: 'End of file',
  EFILE: 'Error reading file',
  ENOMEM: 'Out of memory',
  EDESTRUCTION: 'Channel is being destroyed',
  EBADSTR: 'Misformatted string',
  ECANCELLED: 'DNS query cancelled',
};

/** ares_set_servers_ports_csv's list, `HOST[:PORT]` or `[IPV6][:PORT]` (a bare IPv6 address
 * too) separated by commas, in the form Resolver.setServers takes; null when it does not parse. */
function serverList(csv: string): string[] | null {
  const out: string[] = [];
  for (const raw of csv.split(',')) {
    const entry = raw.trim();
    let host: string;
    let port = '';
    const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
    if (m !== null) {
      host = m[1]!;
      port = m[2] ?? '';
      if (!isIPv6(host)) return null;
    } else if (isIPv6(entry)) {
      host = entry;
    } else {
      const colon = entry.lastIndexOf(':');
      host = colon < 0 ? entry : entry.slice(0, colon);
      port = colon < 0 ? '' : entry.slice(colon + 1);
      if (!isIPv4(host) || (colon >= 0 && !/^\d+$/.test(port))) return null;
    }
    if (port !== '' && Number(port) > 65535) return null;
    const p = port === '' || Number(port) === 0 ? 53 : Number(port);
    out.push(host.includes(':') ? `[${host}]:${p}` : `${host}:${p}`);
  }
  return out;
}

/** async_ares_init: a channel with the handle's servers and source addresses, or 43 for a
 * setting c-ares would refuse (an empty string means "no preference", as libcurl reads it for
 * the local addresses). */
function channel(opts: Readonly<EasyOptions>): Resolver | null {
  const resolver = new Resolver();
  if (opts.dnsServers !== null && opts.dnsServers !== '') {
    const list = serverList(opts.dnsServers);
    if (list === null) return null;
    try {
      resolver.setServers(list);
    } catch {
      return null;
    }
  }
  const ip4 = opts.dnsLocalIp4 ?? '';
  const ip6 = opts.dnsLocalIp6 ?? '';
  if (ip4 !== '' && !isIPv4(ip4)) return null;
  if (ip6 !== '' && (!isIPv6(ip6) || ip6.includes('%'))) return null;
  if (ip4 !== '' || ip6 !== '') resolver.setLocalAddress(ip4 !== '' ? ip4 : '0.0.0.0', ip6 !== '' ? ip6 : '::0');
  return resolver;
}

/**
 * The addresses of `host` from the configured servers: AAAA first, then A, as
 * Curl_dnsc_mk_addr2 joins them; IPRESOLVE decides which are asked. Rejects with a
 * LookupFailure. The last query to fail sets the status (async_ares_A_cb/AAAA_cb).
 */
export function lookupWithServers(opts: Readonly<EasyOptions>, host: string): Promise<Address[]> {
  const resolver = channel(opts);
  if (resolver === null) return Promise.reject({ code: CURLE.BAD_FUNCTION_ARGUMENT, detail: null } satisfies LookupFailure);
  let status: string | null = null;
  const ask = (family: 4 | 6): Promise<Address[]> =>
    new Promise((resolve) => {
      const done = (err: NodeJS.ErrnoException | null, list: string[]): void => {
        if (err) {
          status = err.code ?? null;
          resolve([]);
        } else {
          resolve(list.map((address) => ({ address, family })));
        }
      };
      if (family === 6) resolver.resolve6(host, done);
      else resolver.resolve4(host, done);
    });
  const queries: Promise<Address[]>[] = [];
  if (opts.ipResolve !== 1) queries.push(ask(6));
  if (opts.ipResolve !== 2) queries.push(ask(4));
  return Promise.all(queries).then((lists) => {
    const all = lists.flat();
    if (all.length > 0) return all;
    const detail = status === null ? null : (ARES_TEXT[status] ?? status);
    throw { code: 0, detail } satisfies LookupFailure;
  });
}
