// Plans a connection's filter chain, bottom to top: happy eyeballs over socket attempts to the
// first hop (the proxy when there is one, else the target after CONNECT_TO and PORT), the HTTP
// proxy tunnel when the plan tunnels, TLS when the scheme runs TLS (lib/connect.c
// Curl_conn_setup, lib/url.c). The Connection (connection.ts) then runs the chain.
import type { TransferContext } from '../base/context.js';
import type { DnsCache } from '../filters/dns-cache.js';
import type { ConnFilter } from '../filters/filter.js';
import { H1ProxyFilter } from '../filters/h1-proxy.js';
import { HappyEyeballsFilter, type Hop } from '../filters/happy-eyeballs.js';
import { applyConnectTo } from '../filters/resolve.js';
import type { SocketCloser } from '../filters/socket-close.js';
import { TlsFilter } from '../filters/tls.js';
import { Connection } from './connection.js';
import type { ProxyPlan } from './proxy-plan.js';

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
  let display = { host: target.host, port: target.port };
  if (plan !== null) {
    hop = { host: plan.host, port: plan.port, forProxy: true, failName: `${target.host}:${target.port} over proxy ${plan.host}` };
    if (plan.tunnel) {
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
  if (target.tls) upper.push(new TlsFilter());
  const directRead = upper.length === 0 && !protocolReads;
  const bottom = new HappyEyeballsFilter(hop, { dns, closer, directRead });
  const forward = plan !== null && !plan.tunnel ? { user: plan.user, password: plan.password } : null;
  return { conn: new Connection([bottom, ...upper], display, forward, plan?.host ?? null), hop };
}

/** lib/connect.c conn_connect_trace: "Established connection to HOST (IP port P) from IP port P "
 * (with its trailing space). For ALREADY_CONNECTED sockets the remote part is the address
 * struct's (F3). */
export function establishedLine(conn: Connection, hop: Hop): string {
  const remote = conn.query('primary') ?? { ip: '', port: 0 };
  const local = conn.query('local') ?? { ip: '', port: 0 };
  return `Established connection to ${hop.host} (${remote.ip} port ${remote.port}) from ${local.ip} port ${local.port} `;
}

