// Making a new connection for a transfer (lib/url.c create_conn + lib/connect.c): the
// CURLOPT_RESOLVE entries, the proxy plan, the filter chain, the connection number, the connect
// timer; once the chain is up, the facts getinfo reports are copied from it (lib/cf-socket.c
// cf_socket_update_data). A failure is reported, the connection closed (B5: a failed transfer
// leaves none) and the error thrown.
import { CURLE } from '../base/codes.js';
import { CurlError } from '../base/error.js';
import { loadResolveEntries } from '../filters/resolve.js';
import type { SocketCloser } from '../filters/socket-close.js';
import { establishedLine, planChain, type ChainPlan } from './chain.js';
import type { Connection } from './connection.js';
import type { DriverLink, Handle } from './handle.js';
import { planProxy, type ProxyPlan } from './proxy-plan.js';
import type { Transfer } from './transfer.js';

function noop(): void {}

/** The proxy for the transfer's target; a proxy string that cannot be used is reported, unless
 * `silent` (a look-up for the cache key: the connect that follows reports it). */
export function proxyFor(t: Transfer, silent = false): ProxyPlan | null {
  // without VERBOSE the lines are not printed: no closure to make for them
  const quiet = silent || !t.verbose;
  try {
    return planProxy(t.opts, t.target, quiet ? noop : (text) => t.infof(text), process.env, quiet);
  } catch (err) {
    if (!silent && err instanceof CurlError) throw t.failf(err.code, err.message);
    throw err;
  }
}

/** The close-socket callback as the connection copies it when it is made (G1). */
function closerFor(h: Handle, t: Transfer): SocketCloser {
  return {
    closeFunction: t.opts.closeSocketFunction,
    closeData: t.opts.closeSocketData,
    guard: h.guard,
    keepThrown: (text) => h.tracer.keepThrown(text),
  };
}

/** Copies what the chain knows into the transfer's figures (a new or a reused connection). The
 * local end costs a getsockname(): a connect-only connection stays with the handle, where getinfo
 * asks it live, so it is copied only when the handle lets go of it (Handle.dropConnectOnly). */
export function takeFacts(t: Transfer, conn: Connection): void {
  const info = t.info;
  info.connId = conn.id;
  noteConnection(t, conn);
  const primary = conn.query('primary');
  if (primary !== undefined) {
    info.primaryIp = primary.ip;
    info.primaryPort = primary.port;
  }
  if (t.opts.connectOnly === 0) conn.takeLocal(info);
}

/** lib/url.c url_find_or_create_conn: the scheme and whether a proxy is used are known as soon
 * as the transfer has its connection, before it connects (CURLINFO_SCHEME, CURLINFO_USED_PROXY). */
function noteConnection(t: Transfer, conn: Connection): void {
  t.info.scheme = t.target.scheme;
  t.info.usedProxy = conn.proxyHost !== null;
}

/** Ends a transfer that failed: the error reported (once), the transfer aborted, the total time
 * taken, the connection closed (B5: a failed transfer leaves none). Returns the error. */
export function giveUp(h: Handle, t: Transfer, conn: Connection | null, err: unknown): CurlError {
  const e = h.report(err);
  t.abort(e);
  t.info.totalTime = t.elapsed() / 1000;
  if (conn !== null) h.closeConnection(conn);
  return e;
}

/**
 * A new connection to t.target, connected. `protocolReads`: a protocol reads the stream after the
 * chain (protocols/handler.ts protocolReads). Throws the reported CurlError after closing what was
 * made.
 */
export async function connect(h: Handle, link: DriverLink, t: Transfer, protocolReads: boolean): Promise<Connection> {
  const made = openConnection(h, link, t, protocolReads);
  try {
    await made.conn.connect(t);
  } catch (err) {
    throw giveUp(h, t, made.conn, err);
  }
  return connected(h, t, made);
}

/** The first half of connect(): the chain planned and counted, its connect started (the caller
 * waits for `conn.connect(t)`, then calls connected()). Throws the reported CurlError. (Two
 * halves so that a connect-only perform waits in its own async function, without one more.) */
export function openConnection(h: Handle, link: DriverLink, t: Transfer, protocolReads: boolean): ChainPlan {
  let conn: Connection | null = null;
  t.startConnectTimer();
  try {
    if (h.driver !== link) throw new CurlError(CURLE.ABORTED_BY_CALLBACK, 'Transfer was removed from its multi handle');
    loadResolveEntries(t, h.dns);
    const plan = proxyFor(t);
    const chain = planChain(t, plan, h.dns, closerFor(h, t), protocolReads);
    conn = chain.conn;
    noteConnection(t, conn);
    conn.id = link.cache.nextId();
    h.lastConnId = conn.id;
    t.info.connId = conn.id;
    return chain;
  } catch (err) {
    throw giveUp(h, t, conn, err);
  }
}

/** The second half of connect(), once the chain is up: the timer off, the facts taken. Throws
 * the reported CurlError after closing the connection. */
export function connected(h: Handle, t: Transfer, made: ChainPlan): Connection {
  const conn = made.conn;
  try {
    t.stopConnectTimer();
    if (h.destroyed) throw new CurlError(CURLE.BAD_FUNCTION_ARGUMENT, 'The handle was cleaned up during perform');
    if (t.abortReason !== null) throw t.abortReason;
    takeFacts(t, conn);
    if (t.verbose) t.infof(establishedLine(conn, made.hop));
    return conn;
  } catch (err) {
    throw giveUp(h, t, conn, err);
  }
}
