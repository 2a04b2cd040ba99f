// The address a SOCKS proxy is asked to connect to when the client resolves it (SOCKS4, and
// SOCKS5 without _HOSTNAME: lib/socks.c do_SOCKS4 and do_SOCKS5 resolving the destination): IPv4
// for SOCKS4 (an IPv6-only target cannot be carried), IPv6 first for SOCKS5 unless IPRESOLVE
// says IPv4. At once for a cached name or an address, else a promise.
import { isIPv6 } from 'node:net';
import { CURLE } from '../base/codes.js';
import { CURLPX_RESOLVE_HOST } from '../base/constants.js';
import type { TransferContext } from '../base/context.js';
import type { CurlError } from '../base/error.js';
import type { Address, DnsCache } from './dns-cache.js';
import { resolveHost } from './resolve.js';

/** Ends the handshake with CURLE_PROXY and `pxcode` (the SOCKS filter's failure). */
export type SocksFail = (pxcode: number, text: string) => CurlError;

/** The destination's address for a SOCKS `version` request. A failed lookup is the DNS filter's
 * 6 "Could not resolve host"; no usable address is `fail`ed with CURLPX_RESOLVE_HOST. */
export function socksAddress(
  ctx: TransferContext,
  dns: DnsCache,
  dest: { host: string; port: number },
  version: 4 | 5,
  fail: SocksFail,
): Address | Promise<Address> {
  const { host, port } = dest;
  if (version === 4) {
    // libcurl asks DNS for A records only (an IPv6 literal still "resolves" to itself), so with
    // IPRESOLVE_V6 nothing is asked at all
    if (ctx.opts.ipResolve === 2) throw fail(CURLPX_RESOLVE_HOST, `error ${CURLE.FAILED_INIT} resolving SOCKS destination ${host}:${port}`);
    const pick4 = (addresses: Address[]): Address => {
      const a = addresses.find((x) => x.family === 4);
      if (a === undefined) throw fail(CURLPX_RESOLVE_HOST, `SOCKS4 connection to ${host} not supported`);
      return a;
    };
    if (isIPv6(host.replace(/%.*$/, ''))) return pick4([{ address: host, family: 6 }]);
    const found = resolveHost(v4Only(ctx), dns, host, port, false);
    return Array.isArray(found) ? pick4(found) : found.then(pick4);
  }
  const pick = (addresses: Address[]): Address => {
    const a = (ctx.opts.ipResolve !== 1 ? addresses.find((x) => x.family === 6) : undefined) ?? addresses.find((x) => x.family === 4);
    if (a === undefined) throw fail(CURLPX_RESOLVE_HOST, `Failed to resolve "${host}" for SOCKS5 connect.`);
    return a;
  };
  const found = resolveHost(ctx, dns, host, port, false);
  return Array.isArray(found) ? pick(found) : found.then(pick);
}

/** The transfer seen with IPRESOLVE_V4, for a SOCKS4 look-up (A records only). */
function v4Only(ctx: TransferContext): Parameters<typeof resolveHost>[0] {
  return {
    opts: { ...ctx.opts, ipResolve: 1 },
    get abortReason() {
      return ctx.abortReason;
    },
    infof: (text) => ctx.infof(text),
    failf: (code, text) => ctx.failf(code, text),
  };
}
