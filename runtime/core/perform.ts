// The transfer engine's entry (lib/multi.c multi_runsingle, lib/easy.c easy_perform): one
// transfer for a handle, driven by its driver. The URL names the scheme, the registry its
// handler; CONNECT_ONLY 1 and 2 stop after the connect phase (and, for 2, the handler's request
// or upgrade), an ordinary transfer runs the request loop (request-loop.ts). Every failure comes
// back as a CURLcode, with its text reported; nothing rejects.
import { CURLE } from '../base/codes.js';
import { freshInfo } from '../base/context.js';
import { CurlError } from '../base/error.js';
import { schemeInfo } from '../protocols/registry.js';
import { protocolReads, type ProtocolHandler } from '../protocols/handler.js';
import { prereq, Progress } from '../base/progress.js';
import { connected, giveUp, openConnection } from './connect.js';
import type { ChainPlan } from './chain.js';
import type { Connection } from './connection.js';
import type { DriverLink, Handle } from './handle.js';
import { requestLoop } from './request-loop.js';
import { Transfer } from './transfer.js';
import { protocolAllowed } from './follow.js';
import { targetFromUrl } from './url.js';

/** The global `performance` is a lazy getter in Node 20: read it once. */
const clock = performance;

/** Runs one transfer of `h` to its end; resolves with the CURLcode. (No async function: a
 * connect-only perform then costs one promise reaction here, not an async frame.) */
export function perform(h: Handle, link: DriverLink): Promise<number> {
  if (h.destroyed) return Promise.resolve(CURLE.BAD_FUNCTION_ARGUMENT);
  h.performing = true;
  let r;
  try {
    // begin() answers a failure before the connect at once; the promise it hands out ends the
    // perform itself (no reaction here on top of the transfer's own)
    r = begin(h, link);
  } catch (err) {
    r = h.report(err).code;
  }
  if (typeof r !== 'number') return r;
  performDone(h, link);
  return Promise.resolve(r);
}

/** The perform ends when `run` settles (a rejection is reported): what begin() hands out. */
function ended(h: Handle, link: DriverLink, run: Promise<number>): Promise<number> {
  return run.then(
    (code) => {
      performDone(h, link);
      return code;
    },
    (err: unknown) => {
      const code = h.report(err).code;
      performDone(h, link);
      return code;
    },
  );
}

/** The result of a step that ran in a promise reaction: the perform ends now, or once it settles. */
function finish(h: Handle, link: DriverLink, r: number | Promise<number>): number | Promise<number> {
  if (typeof r !== 'number') return ended(h, link, r);
  performDone(h, link);
  return r;
}

/** The end of every perform. */
function performDone(h: Handle, link: DriverLink): void {
  h.performing = false;
  h.transfer = null;
  // H4: easy.perform's own driver lets go of the handle when the transfer ends
  if (link.releaseOnEnd && h.driver === link) h.driver = null;
  // lib/multi.c multi_done: stale DNS entries go at the end of every transfer
  h.dns.prune(h.opts.dnsCacheTimeoutMs);
}

/** Sets the transfer up and starts it: its promise (which ends the perform when it settles), or
 * the CURLcode of a failure before it. */
function begin(h: Handle, link: DriverLink): number | Promise<number> {
  const start = clock.now();
  // B4: a connect-only handle never reuses its connection; the old one goes first
  h.closeConnections();
  h.tracer.resetFail();
  // the snapshot the transfer reads (Readonly by type; freezing costs more than the rest of
  // setup): setopt copies before it changes the handle's options while this one is held
  const opts = h.opts;
  h.optsShared = true;
  const info = freshInfo(h.lastConnId);
  // CURLINFO_PROXY_ERROR outlives the transfer that set it (lib/getinfo.c Curl_initinfo leaves it)
  info.proxyError = h.info.proxyError;
  h.info = info;
  h.effectiveUrl = opts.url;
  h.redirectCount = 0;
  h.lastConn = null;
  // Curl_headers_cleanup (lib/transfer.c Curl_pretransfer): a perform starts with no headers
  h.headers = null;
  // Curl_pretransfer reads the cookie files once a URL is set, before the URL is parsed
  if (opts.url !== null) {
    const rc = h.cookies.pretransfer(opts.cookieFiles, opts.cookieSession, h.setoptEnv.infof);
    if (rc !== CURLE.OK) return rc;
  }

  let target;
  try {
    target = targetFromUrl(opts.url, opts.port, opts);
  } catch (err) {
    return h.report(err).code;
  }
  h.effectiveUrl = target.url;
  // lib/url.c url_set_conn_scheme: CURLOPT_PROTOCOLS_STR
  if (!protocolAllowed(opts.allowedProtocols, target.scheme)) {
    return h.tracer.failf(CURLE.UNSUPPORTED_PROTOCOL, `Protocol "${target.scheme}" is disabled`).code;
  }
  // targetFromUrl accepts only schemes with a handler
  const handler = schemeInfo(target.scheme)!.handler!;
  const t = new Transfer(h.tracer, h.guard, h.currentOpts, target, info, start);
  h.transfer = t;
  t.cookies = h.cookies;
  if (opts.connectOnly !== 0) return connectOnly(h, link, t, handler);
  if (handler.transfer === undefined) {
    return h.tracer.failf(CURLE.UNSUPPORTED_PROTOCOL, handler.unsupportedText ?? `Protocol "${target.scheme}" not supported`).code;
  }
  // the handler's per-transfer setup may refuse before any connection (lib/url.c: a .netrc error)
  let x;
  try {
    x = handler.transfer(t);
  } catch (err) {
    return h.report(err).code;
  }
  return ended(h, link, requestLoop(h, link, t, x));
}

/** NOPROGRESS=0: a connect-only transfer gets a progress update once connected and multi_done's
 * Curl_pgrsDone too (lib/multi.c): the text meter's title lines, one line and the newline, or the
 * progress callback, whose abort fails the perform with 42 (libcurl 8.22 does both). */
function connectOnlyProgress(h: Handle, t: Transfer): void {
  const meter = new Progress({ ctx: t, abort: () => {}, shown: h.meterShown });
  try {
    meter.update();
    meter.done(false);
  } finally {
    meter.stop();
  }
}

/** CONNECT_ONLY 1 (connect, then stop) and 2 (also the handler's step, decision 1 / M1-M3).
 * The common case (a chain, no protocol step) waits in one promise reaction, no async frame,
 * which ends the perform too. */
function connectOnly(h: Handle, link: DriverLink, t: Transfer, handler: ProtocolHandler): number | Promise<number> {
  let made: ChainPlan;
  try {
    handler.setup?.(t);
    made = openConnection(h, link, t, protocolReads(handler, t.opts.connectOnly));
  } catch (err) {
    return h.report(err).code;
  }
  let up;
  try {
    up = made.conn.connect(t);
  } catch (err) {
    return giveUp(h, t, made.conn, err).code;
  }
  return up.then(
    () => {
      let r;
      try {
        r = chainUp(h, link, t, handler, made);
      } catch (err) {
        r = h.report(err).code;
      }
      return finish(h, link, r);
    },
    (err: unknown) => {
      let code;
      try {
        code = giveUp(h, t, made.conn, err).code;
      } catch (e) {
        code = h.report(e).code;
      }
      return finish(h, link, code);
    },
  );
}

/** The chain is up: the handler's connect phase when it has one, then the connection kept. */
function chainUp(h: Handle, link: DriverLink, t: Transfer, handler: ProtocolHandler, made: ChainPlan): number | Promise<number> {
  let conn;
  try {
    conn = connected(h, t, made);
  } catch (err) {
    return h.report(err).code;
  }
  if (handler.connect !== undefined || (t.opts.connectOnly === 2 && handler.connectOnly2 !== undefined)) {
    return protocolStep(h, link, t, handler, conn);
  }
  return keepConnection(h, link, t, conn, null, false);
}

/** The handler's connect phase (a login, TLS upgrade) and, for CONNECT_ONLY 2, its request. */
async function protocolStep(h: Handle, link: DriverLink, t: Transfer, handler: ProtocolHandler, conn: Connection): Promise<number> {
  let session: unknown = null;
  try {
    if (handler.connect !== undefined) await handler.connect(t, conn);
    if (t.opts.prereqFunction !== null) prereq(t, conn.query('local') ?? { ip: '', port: -1 });
    if (t.opts.connectOnly === 2 && handler.connectOnly2 !== undefined) session = (await handler.connectOnly2(t, conn)).session;
  } catch (err) {
    return giveUp(h, t, conn, err).code;
  }
  return keepConnection(h, link, t, conn, session, true);
}

/** The end of a connect-only perform that connected: PREREQFUNCTION (unless the protocol step ran
 * it), the checks, the progress meter, then the connection stays with the handle. */
function keepConnection(h: Handle, link: DriverLink, t: Transfer, conn: Connection, session: unknown, prereqDone: boolean): number {
  try {
    if (!prereqDone && t.opts.prereqFunction !== null) prereq(t, conn.query('local') ?? { ip: '', port: -1 });
    if (h.destroyed) throw new CurlError(CURLE.BAD_FUNCTION_ARGUMENT, 'The handle was cleaned up during perform');
    if (h.driver !== link) throw new CurlError(CURLE.ABORTED_BY_CALLBACK, 'Transfer was removed from its multi handle');
    if (!t.opts.noProgress) connectOnlyProgress(h, t);
  } catch (err) {
    return giveUp(h, t, conn, err).code;
  }
  // H2: the connection stays for send/recv, never offered to other transfers (H1); verbose lines
  // are only formatted when they are printed
  if (t.verbose) t.infof(`Connection #${conn.id} to host ${conn.displayHost}:${conn.displayPort} left intact`);
  t.info.totalTime = t.elapsed() / 1000;
  h.conn = conn;
  h.session = session;
  return CURLE.OK;
}
