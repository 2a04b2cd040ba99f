// Plans a connection's filter chain, bottom to top: happy eyeballs over socket attempts to the
// first hop (a Unix socket when UNIX_SOCKET_PATH is set, else the first proxy when there is one,
// else the target after CONNECT_TO and PORT), the SOCKS handshake when a SOCKS proxy (PROXY or
// PRE_PROXY) is used, TLS to an HTTPS proxy, the HTTP proxy tunnel when the plan tunnels, the
// HAProxy PROXY line when asked for, TLS when the scheme runs TLS (lib/cf-setup.c, lib/url.c).
// The Connection (connection.ts) then runs the chain.
import type { TransferContext } from '../base/context.js';
import type { EasyOptions } from '../base/options.js';
import type { DnsCache } from '../filters/dns-cache.js';
import type { ConnFilter } from '../filters/filter.js';
import { H1ProxyFilter } from '../filters/h1-proxy.js';
import { HaproxyFilter } from '../filters/haproxy.js';
import { HappyEyeballsFilter, type Hop } from '../filters/happy-eyeballs.js';
import { applyConnectTo } from '../filters/resolve.js';
import { SocksFilter } from '../filters/socks.js';
import type { SocketCloser } from '../filters/socket-close.js';
import { TlsFilter } from '../filters/tls.js';
import { proxySsl, sslConfigKey, targetSsl } from '../filters/tls-options.js';
import { sessionCacheFor } from '../filters/tls-session.js';
import { schemeInfo } from '../protocols/registry.js';
import { Connection } from './connection.js';
import { firstHop, isHttpsProxy, isSocks, type ProxyPlan } from './proxy-plan.js';

export interface ChainPlan {
  conn: Connection;
  /** Where the bottom filter connects, for the "Established connection" line. */
  hop: Hop;
}

/**
 * The connection to ctx.target through `plan` (null: direct). `protocolReads`: a protocol reads
 * the top stream after the chain (else the bottom socket reads straight into the application's
 * queue when nothing sits on it). Throws CurlError (reported with failf) for a CONNECT_TO entry
 * that does not parse.
 */
export function planChain(
  ctx: TransferContext,
  plan: ProxyPlan | null,
  dns: DnsCache,
  closer: SocketCloser,
  protocolReads: boolean,
): ChainPlan {
  const target = ctx.target;
  const upper: ConnFilter[] = [];
  let hop: Hop;
  // the Connection copies host and port: the target itself serves until a proxy names it
  let display: { host: string; port: number } = target;
  const unixPath = ctx.opts.unixSocketPath;
  if (unixPath !== null) {
    // lib/url.c: the Unix socket overrides CONNECT_TO and the proxy (the plan is null then)
    const unix = { path: unixPath, abstract: ctx.opts.abstractUnixSocket };
    hop = { host: unixPath, port: 0, forProxy: false, failName: `${target.host}:${target.port} over unix://${unixPath}`, unix };
  } else if (plan !== null) {
    // the socket goes to the first proxy: the SOCKS one (PRE_PROXY or PROXY), else the HTTP one
    const socks = isSocks(plan.type) ? plan : (plan.preProxy ?? null);
    const first = socks ?? plan;
    hop = { host: first.host, port: first.port, forProxy: true, failName: `${target.host}:${target.port} over proxy ${first.host}` };
    // a SOCKS proxy on a Unix socket (socks5h://localhost/path): the path is the one address,
    // the name as written the one lib/connect.c shows (CURL_CONN_HOST_DISPNAME)
    if (socks?.unix !== undefined) hop = { ...hop, host: socks.unix.shown, port: 0, unix: { path: socks.host, abstract: false } };
    if (socks !== null) {
      // SOCKS to the HTTP proxy, else to the target after CONNECT_TO (lib/cf-setup.c
      // cf_setup_add_socks, Curl_conn_get_destination)
      const dest = socks === plan ? applyConnectTo(ctx, target) : { host: plan.host, port: plan.port };
      upper.push(new SocksFilter(socks, dest, dns));
    }
    if (socks !== plan && isHttpsProxy(plan.type)) {
      // an HTTPS proxy: TLS to it with the PROXY_* options, then CONNECT or a forward request
      // over that (lib/cf-setup.c cf_setup_add_http_proxy, Curl_cf_ssl_proxy_insert_after)
      upper.push(new TlsFilter({ host: plan.host, port: plan.port }, sessionCacheFor(dns)));
    }
    if (socks === plan) {
      // a SOCKS proxy alone: the connection is named after the target
    } else if (plan.tunnel) {
      // CONNECT_TO moves the tunnel's destination, not the proxy (lib/http_proxy.c
      // Curl_http_proxy_get_destination)
      upper.push(new H1ProxyFilter(plan, applyConnectTo(ctx, target)));
    } else {
      // H2: a forward proxy connection is named after the proxy
      display = { host: plan.host, port: plan.port };
    }
  } else {
    const dest = applyConnectTo(ctx, target);
    const via = dest.host !== target.host || dest.port !== target.port ? ` via ${dest.host}:${dest.port}` : '';
    hop = { host: dest.host, port: dest.port, forProxy: false, failName: `${target.host}:${target.port}${via}` };
  }
  if (ctx.opts.haproxyProtocol) upper.push(new HaproxyFilter(unixPath !== null));
  if (target.tls) {
    // ALPN only for schemes that ask for it (lib/url.c PROTOPT_ALPN: https alone)
    const alpn = schemeInfo(target.scheme)?.alpn === true;
    upper.push(new TlsFilter(null, sessionCacheFor(dns), alpn));
  }
  const directRead = upper.length === 0 && !protocolReads;
  const bottom = new HappyEyeballsFilter(hop, { dns, closer, directRead });
  const forward = plan !== null && !plan.tunnel && !isSocks(plan.type) ? { user: plan.user, password: plan.password } : null;
  const filters = upper.length === 0 ? [bottom] : [bottom, ...upper];
  const conn = new Connection(filters, display, forward, plan !== null ? firstHop(plan).host : null, ctx.opts.connectOnly !== 0);
  return { conn, hop };
}

/** What a cached connection must share with a transfer beyond its target and proxy (lib/url.c
 * url_match_conn): the same Unix socket, or none; the same local binding when one is asked for. */
export function localKey(opts: Readonly<EasyOptions>): string {
  const unix = opts.unixSocketPath === null ? '-' : `${opts.abstractUnixSocket ? '@' : ''}${opts.unixSocketPath}`;
  return opts.localPort === 0 ? unix : `${unix}|${opts.localPort}|${opts.localPortRange}`;
}

/** The TLS settings a cached connection must share with a transfer (lib/url.c url_match_conn,
 * match_ssl_primary_config): the target's when the scheme runs TLS, an HTTPS proxy's. */
export function tlsKey(opts: Readonly<EasyOptions>, tls: boolean, plan: ProxyPlan | null | undefined): string {
  const target = tls ? sslConfigKey(targetSsl(opts)) : '-';
  return plan != null && isHttpsProxy(plan.type) ? `${target}|${sslConfigKey(proxySsl(opts))}` : target;
}

/** lib/connect.c conn_connect_trace: "Established connection to HOST (IP port P) from IP port P "
 * (with its trailing space). For ALREADY_CONNECTED sockets the remote part is the address
 * struct's (F3). */
export function establishedLine(conn: Connection, hop: Hop): string {
  const remote = conn.query('primary') ?? { ip: '', port: 0 };
  const local = conn.query('local') ?? { ip: '', port: 0 };
  // a Unix socket has no ports (-1 for getinfo): the line shows 0
  return `Established connection to ${hop.host} (${remote.ip} port ${Math.max(remote.port, 0)}) from ${local.ip} port ${Math.max(local.port, 0)} `;
}

