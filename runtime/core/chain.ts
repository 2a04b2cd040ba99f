// Composes and runs a connection's filter chain, bottom to top: happy eyeballs over socket
// attempts to the first hop (the proxy when there is one, else the target after CONNECT_TO and
// PORT), the HTTP proxy tunnel when the plan tunnels, TLS when the scheme runs TLS. The chain, not
// the filters, closes streams: a filter that calls below() a second time ("Connect me again
// please", J6) gets a fresh lower chain after the old one was closed with the close-socket
// callback (filter.ts).
import type { Duplex } from 'node:stream';
import { CURLE } from '../base/codes.js';
import type { Connection } from './connection.js';
import { CurlError } from '../base/error.js';
import type { ConnectBelow, ConnFilter, TransferContext } from '../filters/filter.js';
import { happyEyeballs, type Hop } from '../filters/happy-eyeballs.js';
import { h1ProxyTunnel } from '../filters/h1-proxy.js';
import { planProxy, type ProxyPlan } from './proxy-plan.js';
import { applyConnectTo } from '../filters/resolve.js';
import { tlsFilter } from '../filters/tls.js';
import { tracing } from '../base/trace.js';
import type { Transfer } from './transfer.js';

export interface ChainSetup {
  filters: ConnFilter[];
  hop: Hop;
  /** The proxy the chain goes through (null: direct). */
  plan: ProxyPlan | null;
}

/**
 * Decides the filters for a transfer. Throws CurlError (already reported with failf) for a
 * proxy string that cannot be used or a CONNECT_TO entry that does not parse.
 */
export function planChain(t: Transfer): ChainSetup {
  const target = t.target;
  let plan: ProxyPlan | null;
  try {
    plan = planProxy(t.opts as Parameters<typeof planProxy>[0], target, (text) => t.infof(text), process.env, !t.verbose);
  } catch (err) {
    if (err instanceof CurlError) throw t.failf(err.code, err.message);
    throw err;
  }
  const conn = t.conn;
  const filters: ConnFilter[] = [];
  let hop: Hop;
  if (plan !== null) {
    hop = {
      host: plan.host,
      port: plan.port,
      forProxy: true,
      failName: `${target.host}:${target.port} over proxy ${plan.host}`,
    };
    filters.push(happyEyeballs(t, hop));
    if (plan.tunnel) {
      // CONNECT_TO moves the tunnel's destination, not the proxy (lib/http_proxy.c
      // Curl_http_proxy_get_destination)
      const dest = applyConnectTo(t, target);
      filters.push(h1ProxyTunnel(plan, dest));
      conn.displayHost = target.host;
      conn.displayPort = target.port;
    } else {
      // H2: a forward proxy connection is named after the proxy
      conn.displayHost = plan.host;
      conn.displayPort = plan.port;
    }
  } else {
    const dest = applyConnectTo(t, target);
    const via = dest.host !== target.host || dest.port !== target.port ? ` via ${dest.host}:${dest.port}` : '';
    hop = { host: dest.host, port: dest.port, forProxy: false, failName: `${target.host}:${target.port}${via}` };
    filters.push(happyEyeballs(t, hop));
    conn.displayHost = target.host;
    conn.displayPort = target.port;
  }
  if (target.tls) filters.push(tlsFilter());
  t.directRead = filters.length === 1;
  return { filters, hop, plan };
}

/** Runs the filters; resolves with the top stream. Rejects when the transfer is aborted (a
 * timeout, cleanup) even if a filter does not watch the signal itself. */
export function runChain(t: Transfer, setup: ChainSetup): Promise<Duplex> {
  const conn = t.conn;
  const { filters } = setup;
  const connectLevel = (level: number): Promise<Duplex> => {
    let calls = 0;
    const below: ConnectBelow = () => {
      if (level === 0) return Promise.reject(new CurlError(CURLE.FAILED_INIT, 'nothing below the bottom filter'));
      if (calls++ > 0) conn.closeBelow(level);
      return connectLevel(level - 1);
    };
    if (tracing) t.trace('CHAIN', `connect ${filters[level]!.name}`);
    return filters[level]!.connect(t as TransferContext, below).then((stream) => {
      conn.setLayer(level, stream);
      return stream;
    });
  };
  const run = connectLevel(filters.length - 1);
  // the bottom filter watches the abort itself; with others on top, race them against it
  if (filters.length === 1) return run;
  return raceAbort(t, run);
}

async function raceAbort(t: Transfer, run: Promise<Duplex>): Promise<Duplex> {
  run.catch(() => {});
  let unhook: () => void = () => {};
  const aborted = new Promise<never>((_, reject) => {
    unhook = t.onAbort(() => reject(t.abortReason));
  });
  aborted.catch(() => {});
  try {
    return await Promise.race([run, aborted]);
  } finally {
    unhook();
  }
}

/** lib/connect.c conn_connect_trace: "Established connection to HOST (IP port P) from IP port P "
 * (with its trailing space). For ALREADY_CONNECTED sockets the remote part is the address
 * struct's (F3). */
export function establishedLine(t: Transfer, setup: ChainSetup): string {
  const b = t.conn.bottom;
  const local = b?.local() ?? { ip: '', port: 0 };
  return `Established connection to ${setup.hop.host} (${b?.remoteIp ?? ''} port ${b?.remotePort ?? 0}) from ${local.ip} port ${local.port} `;
}
