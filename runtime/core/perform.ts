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
import { prereq } from '../base/progress.js';
import { connect, giveUp } from './connect.js';
import type { DriverLink, Handle } from './handle.js';
import { requestLoop } from './request-loop.js';
import { Transfer } from './transfer.js';
import { protocolAllowed } from './follow.js';
import { targetFromUrl } from './url.js';

/** The global `performance` is a lazy getter in Node 20: read it once. */
const clock = performance;

/** Runs one transfer of `h` to its end; resolves with the CURLcode. */
export async function perform(h: Handle, link: DriverLink): Promise<number> {
  if (h.destroyed) return CURLE.BAD_FUNCTION_ARGUMENT;
  h.performing = true;
  try {
    // begin() answers a failure before the connect at once: awaiting only a promise (and
    // returning none from an async function, which costs two more turns) keeps a connect-only
    // perform to the fewest microtask turns
    const r = begin(h, link);
    return typeof r === 'number' ? r : await r;
  } catch (err) {
    return h.report(err).code;
  } finally {
    h.performing = false;
    h.transfer = null;
    // H4: easy.perform's own driver lets go of the handle when the transfer ends
    if (link.releaseOnEnd && h.driver === link) h.driver = null;
    // lib/multi.c multi_done: stale DNS entries go at the end of every transfer
    h.dns.prune(h.opts.dnsCacheTimeoutMs);
  }
}

/** Sets the transfer up and starts it: its promise, or the CURLcode of a failure before it. */
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
  const t = new Transfer(h.tracer, h.guard, () => h.opts, target, info, start);
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
  return requestLoop(h, link, t, x);
}

/** CONNECT_ONLY 1 (connect, then stop) and 2 (also the handler's step, decision 1 / M1-M3). */
async function connectOnly(h: Handle, link: DriverLink, t: Transfer, handler: ProtocolHandler): Promise<number> {
  const mode = t.opts.connectOnly;
  let conn;
  try {
    handler.setup?.(t);
    conn = await connect(h, link, t, protocolReads(handler, mode));
  } catch (err) {
    return h.report(err).code;
  }
  let session: unknown = null;
  try {
    if (handler.connect !== undefined) await handler.connect(t, conn);
    if (t.opts.prereqFunction !== null) prereq(t, conn.query('local') ?? { ip: '', port: -1 });
    if (mode === 2 && handler.connectOnly2 !== undefined) session = (await handler.connectOnly2(t, conn)).session;
    if (h.destroyed) throw new CurlError(CURLE.BAD_FUNCTION_ARGUMENT, 'The handle was cleaned up during perform');
    if (h.driver !== link) throw new CurlError(CURLE.ABORTED_BY_CALLBACK, 'Transfer was removed from its multi handle');
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
