// An ordinary transfer (lib/multi.c multi_runsingle's DO/DONE/follow, lib/transfer.c
// Curl_retry_request): requests until the last response, each over a cached connection when one
// fits or a new one, redirects followed (follow.ts) and auth rounds repeated as the handler asks,
// a reused connection that died before answering retried once on a fresh one, TIMEOUT over the
// whole. A connection that may carry another request goes back to the cache afterwards.
import { CURLE } from '../base/codes.js';
import type { Target } from '../base/context.js';
import { ConnectionDied, Http11Required } from '../base/error.js';
import type { EasyOptions } from '../base/options.js';
import { prereq, Progress } from '../base/progress.js';
import { HeaderStore } from '../http/header-store.js';
import type { ExchangeOutcome, ProtocolTransfer } from '../protocols/handler.js';
import { localKey, tlsKey } from './chain.js';
import { connect, giveUp, proxyFor, takeFacts } from './connect.js';
import type { Connection } from './connection.js';
import { followLocation } from './follow.js';
import type { DriverLink, Handle } from './handle.js';
import type { ProxyPlan } from './proxy-plan.js';
import type { Transfer } from './transfer.js';

/** include/curl/curl.h CURL_HTTP_VERSION_1_0, _1_1 */
const CURL_HTTP_VERSION_1_0 = 1;
const CURL_HTTP_VERSION_1_1 = 2;

/** The last key made without a proxy for an options snapshot (a perform's options are never
 * changed again: setopt copies them first), so a handle's next transfers to the same origin do
 * not build the key again. */
const lastKeys = new WeakMap<Readonly<EasyOptions>, { scheme: string; host: string; port: number; tls: boolean; key: string }>();

/** The cache key: connections are shared only when all of this matches (lib/url.c
 * url_match_conn: scheme, host, port, proxy and its credentials, TLS settings). */
function cacheKey(opts: Readonly<EasyOptions>, target: Target, plan: ProxyPlan | null | undefined): string {
  if (plan !== null) return makeKey(opts, target, plan);
  const last = lastKeys.get(opts);
  if (last !== undefined && last.scheme === target.scheme && last.host === target.host && last.port === target.port && last.tls === target.tls) {
    return last.key;
  }
  const key = makeKey(opts, target, null);
  lastKeys.set(opts, { scheme: target.scheme, host: target.host, port: target.port, tls: target.tls, key });
  return key;
}

function makeKey(opts: Readonly<EasyOptions>, target: Target, plan: ProxyPlan | null | undefined): string {
  const p =
    plan === undefined
      ? '?'
      : plan === null
        ? '-'
        : `${plan.type}|${plan.host}|${plan.port}|${plan.tunnel}|${plan.user ?? ''}|${plan.password ?? ''}|${opts.proxyAuth}${socksKey(plan.preProxy)}`;
  const tls = tlsKey(opts, target.tls, plan);
  return `${target.scheme}://${target.host.toLowerCase()}:${target.port}|${p}|${tls}|${opts.connectTo.join(',')}|${opts.ipResolve}|${localKey(opts)}`;
}

/** PRE_PROXY's part of the cache key (lib/url.c proxy_info_matches on conn->socks_proxy). */
function socksKey(p: ProxyPlan['preProxy']): string {
  return p === undefined ? '' : `|socks:${p.type}|${p.host}|${p.port}|${p.user ?? ''}|${p.password ?? ''}`;
}

export async function requestLoop(h: Handle, link: DriverLink, t: Transfer, x: ProtocolTransfer): Promise<number> {
  t.startTotalTimer();
  // the progress meter and the header API's store exist only for transfers (lib/progress.c,
  // lib/headers.c; Curl_headers_cleanup at the start of each perform)
  const meter = new Progress({ ctx: t, abort: (err) => t.abort(err), shown: h.meterShown });
  const store = new HeaderStore();
  t.meter = meter;
  t.headerStore = store;
  h.headers = store;
  try {
    for (;;) {
      meter.startSingle();
      const outcome = await request(h, link, t, x, false);
      t.info.contentLength = outcome.contentLength;
      if (outcome.retry) {
        // an auth round: the same request again, not a redirect (lib/multi.c FOLLOW_RETRY)
        t.infof(`Issue another request to this URL: '${t.target.url}'`);
        // lib/multi.c multi_done ends each request of the chain with Curl_pgrsDone
        meter.done();
        store.request++;
        continue;
      }
      const next = followLocation(t, { target: t.target, status: outcome.status, location: outcome.location, redirectCount: h.redirectCount });
      if (!next.follow) {
        // lib/http.c FOLLOW_FAKE: CURLINFO_REDIRECT_URL
        t.info.redirectUrl = next.redirectUrl;
        break;
      }
      meter.done();
      x.follow(t, next.target, outcome);
      // lib/http.c Curl_http_follow counts every real follow; TIMER_REDIRECT
      store.request++;
      meter.redirect();
      h.redirectCount++;
      t.target = next.target;
      h.effectiveUrl = next.target.url;
    }
    t.info.totalTime = t.elapsed() / 1000;
    // Curl_pgrsDone: the last, forced progress update
    meter.done();
    return CURLE.OK;
  } catch (err) {
    const code = h.report(err).code;
    // no callback after curl_easy_cleanup or the removal from a multi (issue 14)
    if (!h.destroyed && h.driver === link) meter.failed(code);
    meter.completedEarly();
    t.info.totalTime = t.elapsed() / 1000;
    return code;
  } finally {
    meter.stop();
    t.stopTimers();
  }
}

/** One request and response on a cached or new connection; the connection is kept or closed. */
async function request(h: Handle, link: DriverLink, t: Transfer, x: ProtocolTransfer, retry: boolean): Promise<ExchangeOutcome> {
  const opts = t.opts;
  let plan: ProxyPlan | null | undefined;
  try {
    plan = proxyFor(t, true);
  } catch {
    plan = undefined; // connect() reports it
  }
  const key = cacheKey(opts, t.target, plan);
  const cache = link.cache;
  // a multiplexing connection that carries transfers takes this one too (CURLMOPT_PIPELINING),
  // after the one being made says whether it multiplexes when PIPEWAIT asks to wait for it
  let joined: Connection | null = null;
  // HTTP_VERSION 1_0 or 1_1 (or a downgrade): no HTTP/2 connection is shared (url_match_http_version)
  const h1Only = opts.httpVersion === CURL_HTTP_VERSION_1_0 || opts.httpVersion === CURL_HTTP_VERSION_1_1;
  if (!opts.freshConnect && !retry && !h1Only && cache.multiplex) {
    const making = opts.pipeWait ? cache.pipewait(key) : undefined;
    if (making !== undefined) await making;
    joined = cache.join(key);
    if (joined !== null) t.infof('Multiplexed connection found');
  }
  const cached =
    joined ?? (opts.freshConnect || retry ? null : cache.take(key, h.tracer, { maxIdleMs: opts.maxAgeConnMs, maxAgeMs: opts.maxLifetimeConnMs }, h1Only));
  let conn: Connection;
  let known = (): void => {};
  if (cached !== null) {
    if (joined === null) cache.hold(cached, key);
    conn = cached;
    conn.reused = true;
    h.lastConnId = conn.id;
    takeFacts(t, conn);
    // lib/url.c url_attach_existing: the scheme, then the proxy when there is one
    if (t.verbose) {
      const via = conn.proxyHost !== null ? `proxy ${conn.proxyHost}` : `host ${conn.displayHost}`;
      t.infof(`Reusing existing ${t.target.scheme}: connection with ${via}`);
    }
  } else {
    cache.making(key, new Promise<void>((r) => (known = r)));
    try {
      conn = await connect(h, link, t, true);
    } catch (err) {
      known();
      throw err;
    }
    conn.maxStreams = cache.maxStreams;
    cache.hold(conn, key);
  }
  h.lastConn = conn;
  let outcome: ExchangeOutcome;
  try {
    if (opts.prereqFunction !== null) prereq(t, { ip: t.info.localIp, port: t.info.localPort });
    const running = x.exchange(t, conn);
    // the exchange has started: whether the connection multiplexes is known (PIPEWAIT), or once
    // an Upgrade: h2c offer is answered
    const upgrading = conn.upgrading;
    if (upgrading === null) {
      known();
      if (!conn.reused && conn.mux !== null) cache.onMultiplex?.();
    } else {
      void upgrading.then(() => {
        known();
        if (conn.mux !== null) cache.onMultiplex?.();
      });
    }
    outcome = await running;
  } catch (err) {
    known();
    // a multiplexed connection others still use stays theirs; after a stream's own failure (not
    // an abort: a timeout, a removal, cleanup) a healthy one goes idle
    const last = cache.release(conn);
    const healthy =
      last && conn.mux !== null && !conn.mux.draining && t.abortReason === null && !(err instanceof ConnectionDied);
    if (err instanceof ConnectionDied && (conn.reused || err.refused) && !retry) {
      // lib/transfer.c Curl_retry_request, then multi_done closes the connection (not premature)
      t.infof('Connection died, retrying a fresh connect (retry count: 1)');
      if (last) h.closeConnection(conn, true);
      // lib/multi.c: the retry goes as a new request to the same URL (FOLLOW_RETRY)
      t.infof(`Issue another request to this URL: '${t.target.url}'`);
      return request(h, link, t, x, true);
    }
    if (err instanceof Http11Required) return downgrade(h, link, t, x, conn, key, last, healthy);
    const e = giveUp(h, t, last && !healthy ? conn : null, err);
    if (healthy && !opts.forbidReuse && !h.destroyed) cache.put(conn, key, link.maxConnects(), h.tracer);
    throw e;
  }
  if (!cache.release(conn)) return outcome;
  if (outcome.keepAlive && !opts.forbidReuse && !h.destroyed) {
    // the line is only formatted when verbose output can show it
    if (link.cache.put(conn, key, link.maxConnects(), h.tracer) && t.verbose) {
      t.infof(`Connection #${conn.id} to host ${conn.displayHost}:${conn.displayPort} left intact`);
    }
  } else {
    // multi_done after a request that went well: libcurl shuts the connection down
    h.closeConnection(conn, true);
  }
  return outcome;
}

/** lib/multi.c multi_runsingle after an HTTP/2 stream reset with HTTP_1_1_REQUIRED: the request
 * goes again on HTTP/1.1 (Curl_retry_request first, as for any failed request), the failure text
 * may be replaced, the HTTP/2 connection stays for others (streamclose) and this transfer needs
 * a new one. */
function downgrade(
  h: Handle,
  link: DriverLink,
  t: Transfer,
  x: ProtocolTransfer,
  conn: Connection,
  key: string,
  last: boolean,
  healthy: boolean,
): Promise<ExchangeOutcome> {
  const died = conn.reused && t.info.sizeDownload + t.info.headerSize === 0;
  if (died) t.infof('Connection died, retrying a fresh connect (retry count: 1)');
  t.infof('Downgrades to HTTP/1.1');
  h.tracer.allowNextFail();
  t.http11Only();
  // multi_done: a connection that died closes (connclose); a live one stays (streamclose), in
  // the cache once no other transfer uses it
  if (last && healthy && !died && !t.opts.forbidReuse && !h.destroyed) {
    if (link.cache.put(conn, key, link.maxConnects(), h.tracer) && t.verbose) {
      t.infof(`Connection #${conn.id} to host ${conn.displayHost}:${conn.displayPort} left intact`);
    }
  } else if (last) h.closeConnection(conn, true);
  t.infof(`Issue another request to this URL: '${t.target.url}'`);
  // an HTTP/1.1 connection in the cache may carry it (not this one: h1Only above)
  return request(h, link, t, x, false);
}
