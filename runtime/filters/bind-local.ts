// The local end of a TCP socket (lib/cf-socket.c Curl_parse_interface and bindlocal, lib/if2ip.c
// Curl_if2ip): which address CURLOPT_INTERFACE names, with the verbose lines and failures
// libcurl gives. Node cannot SO_BINDTODEVICE (README decision 13), so an interface name always
// takes the path libcurl takes where that socket option is missing or refused: the interface's
// address of the connection's family is looked up and bound. The bind itself (and
// LOCALPORT/LOCALPORTRANGE) is net.connect's localAddress/localPort, in socket.ts.
import { lookup } from 'node:dns';
import { isIPv4, isIPv6 } from 'node:net';
import { networkInterfaces } from 'node:os';
import { CURLE } from '../base/codes.js';
import type { TransferContext } from '../base/context.js';
import type { EasyOptions } from '../base/options.js';

/** Linux AF_INET / AF_INET6, as libcurl's verbose lines print them. */
const AF_INET = 2;
const AF_INET6 = 10;
/** SO_BINDTODEVICE on a name that is no interface fails with ENODEV; libcurl's message quotes
 * that errno (lib/cf-socket.c bindlocal reads SOCKERRNO after it). */
const ENODEV = { errno: 19, text: 'No such device' };

export interface ParsedInterface {
  device: string | null;
  iface: string | null;
  host: string | null;
}

/** lib/cf-socket.c Curl_parse_interface: null for a value setopt refuses with 43. */
export function parseInterface(input: string): ParsedInterface | null {
  if (input.length > 512) return null;
  const none = { device: null, iface: null, host: null };
  if (input.startsWith('if!')) {
    const iface = input.slice(3);
    return iface === '' ? null : { ...none, iface };
  }
  if (input.startsWith('host!')) {
    const host = input.slice(5);
    return host === '' ? null : { ...none, host };
  }
  if (input.startsWith('ifhost!')) {
    const rest = input.slice(7);
    const bang = rest.indexOf('!');
    if (bang < 0 || bang === rest.length - 1) return null;
    return { device: null, iface: rest.slice(0, bang), host: rest.slice(bang + 1) };
  }
  return input === '' ? null : { ...none, device: input };
}

/** Whether a socket gets bound at all: one check on the plain connect path. */
export function bindsLocal(opts: Readonly<EasyOptions>): boolean {
  return opts.localPort > 0 || opts.bindDevice !== null || opts.bindInterface !== null || opts.bindHost !== null;
}

/** Where to bind: an address (or null for any address, LOCALPORT alone), or the CURLcode the
 * attempt fails with and the errno kept for CURLINFO_OS_ERRNO. */
export type LocalAddress = { ok: true; address: string | null } | { ok: false; code: number; errno: number };

/** lib/if2ip.c Curl_ipv6_scope: 0 global, 1 link-local, 2 site-local, 3 unique local, 4 ::1. */
function ipv6Scope(ip: string): number {
  const a = ip.replace(/%.*$/, '').toLowerCase();
  if (/^f[cd]/.test(a)) return 3;
  if (/^fe[89ab]/.test(a)) return 1;
  if (/^fe[c-f]/.test(a)) return 2;
  if (a === '::1' || a === '0:0:0:0:0:0:0:1') return 4;
  return 0;
}

type If2Ip = { found: true; ip: string; bindAs: string } | { found: false; known: boolean };

/** lib/if2ip.c Curl_if2ip over os.networkInterfaces(): the first address of `family` on the
 * interface named `name` (case-insensitive) whose IPv6 scope matches the remote address's.
 * `known` says the interface exists without such an address (IF2IP_AF_NOT_SUPPORTED). Node
 * lists only interfaces that have an address, so one without any is not known. */
function if2ip(family: 4 | 6, remoteIp: string, name: string): If2Ip {
  let known = false;
  const wanted = family === 6 ? 'IPv6' : 'IPv4';
  const remoteScope = family === 6 ? ipv6Scope(remoteIp) : 0;
  for (const [ifname, list] of Object.entries(networkInterfaces())) {
    if (ifname.toLowerCase() !== name.toLowerCase() || list === undefined) continue;
    for (const a of list) {
      // Node 18.0-18.3 spelled the family as a number
      const fam = (a.family as unknown) === 6 ? 'IPv6' : (a.family as unknown) === 4 ? 'IPv4' : a.family;
      if (fam !== wanted) {
        known = true;
        continue;
      }
      if (family === 6) {
        if (ipv6Scope(a.address) !== remoteScope) {
          known = true;
          continue;
        }
        const scopeid = a.scopeid ?? 0;
        // shown with the numeric scope as libcurl prints it; Node binds a scope by name
        if (scopeid !== 0) return { found: true, ip: `${a.address}%${scopeid}`, bindAs: `${a.address}%${ifname}` };
      }
      return { found: true, ip: a.address, bindAs: a.address };
    }
  }
  return { found: false, known };
}

function isLocalhost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || h.endsWith('.localhost');
}

/** Curl_resolv_blocking for the bind name with only the connection's family asked for: an IP
 * literal as it is (whatever its family), localhost without DNS, else node:dns. */
function resolveBindName(host: string, family: 4 | 6): string | null | Promise<string | null> {
  const bare = host.replace(/%.*$/, '');
  if (isIPv4(bare) || isIPv6(bare)) return host;
  if (isLocalhost(host)) return family === 6 ? '::1' : '127.0.0.1';
  return new Promise((resolve) => {
    lookup(host, { family }, (err, address) => resolve(err ? null : address));
  });
}

/**
 * bindlocal() up to its bind(): the address CURLOPT_INTERFACE names for a socket of `family`
 * connecting to `remoteIp`. At once unless a name must be resolved. A failure has its failf
 * (45 "Could not bind to ..."); 7 is an interface or name without an address of this family,
 * for which libcurl moves on to the next address without a message.
 */
export function localAddress(ctx: TransferContext, family: 4 | 6, remoteIp: string): LocalAddress | Promise<LocalAddress> {
  const { bindDevice: dev, bindInterface: ifaceIn, bindHost: hostIn } = ctx.opts;
  const iface = ifaceIn ?? dev;
  let host = hostIn ?? dev;
  if (iface === null && host === null) return { ok: true, address: null };
  if (iface !== null && iface.length >= 255) return { ok: false, code: CURLE.BAD_FUNCTION_ARGUMENT, errno: 0 };
  const af = family === 6 ? AF_INET6 : AF_INET;
  // SO_BINDTODEVICE was tried (and is taken to fail) only when an interface was named
  const err = iface !== null ? ENODEV : { errno: 0, text: 'Success' };
  let found: string | null = null;
  if (hostIn === null) {
    const r = if2ip(family, remoteIp, iface!);
    if (r.found) {
      found = r.bindAs;
      host = r.ip;
      ctx.infof(`Local Interface ${iface} is ip ${r.ip} using address family ${af}`);
    } else if (r.known) {
      return { ok: false, code: CURLE.COULDNT_CONNECT, errno: 0 };
    } else if (ifaceIn !== null) {
      // an if! name is never taken for a host name
      ctx.failf(CURLE.INTERFACE_FAILED, `Could not bind to interface '${iface}' with errno ${err.errno}: ${err.text}`);
      return { ok: false, code: CURLE.INTERFACE_FAILED, errno: err.errno };
    }
  }
  if (ifaceIn !== null && hostIn === null) return { ok: true, address: found };
  const name = host!;
  const finish = (resolved: string | null): LocalAddress => {
    if (resolved === null) {
      // Curl_async_failed's line, then bindlocal's own text replaces it in the error buffer
      ctx.failf(CURLE.COULDNT_RESOLVE_HOST, `Could not resolve host: ${name}`);
      ctx.resetFail();
      ctx.failf(CURLE.INTERFACE_FAILED, `Could not bind to '${name}' with errno ${err.errno}: ${err.text}`);
      return { ok: false, code: CURLE.INTERFACE_FAILED, errno: err.errno };
    }
    const shown = resolved.replace(/%.*$/, '');
    const hAf = shown.includes(':') ? AF_INET6 : AF_INET;
    ctx.infof(`Name '${name}' family ${af} resolved to '${shown}' family ${hAf}`);
    if (hAf !== af) return { ok: false, code: CURLE.COULDNT_CONNECT, errno: 0 };
    return { ok: true, address: found ?? resolved };
  };
  const r = resolveBindName(name, family);
  return r instanceof Promise ? r.then(finish) : finish(r);
}
