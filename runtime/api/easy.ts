// The Easy handle: libcurl's easy interface (lib/easy.c, lib/setopt.c, lib/getinfo.c): connect-only
// transfers (CONNECT_ONLY 1 and 2, with send/recv and the WebSocket calls wsSend/wsRecv) and
// ordinary HTTP/1.1 transfers over a connection cache. Every call returns a CURLcode; nothing
// throws across the API.
//
// As in libcurl, a transfer always runs inside a multi handle: easy.perform() adds the handle to
// a private Multi (runtime/multi.ts), waits for it to finish and removes it again, with the
// private multi's removal rule (H4: a connect-only connection stays usable until the next perform
// or cleanup). The Multi drives a transfer through the internals registered below.
//
// setopt/getinfo get their typed overloads from the generated Setopt and Getinfo interfaces by
// declaration merging; their implementations are installed on the prototype in a static block (an
// implementation signature in the class body would merge in as one more overload).
import { Buffer } from 'node:buffer';
import type { Duplex } from 'node:stream';
import type { Getinfo } from '../../generated/info.js';
import { CURLINFO } from '../../generated/info.js';
import type { Setopt } from '../../generated/options.js';
import { validateOption } from '../../generated/validators.js';
import { CallbackGuard } from '../base/callback.js';
import { planChain, runChain, establishedLine } from '../core/chain.js';
import { CURLE } from '../base/codes.js';
import { factsOf, type ConnCache, type ConnFacts } from '../core/conn-cache.js';
import { Connection } from '../core/connection.js';
import { addDeadline } from '../base/deadline.js';
import { DnsCache } from '../filters/dns-cache.js';
import { CurlError, toCurlError } from '../base/error.js';
import type { Target, TransferInfo } from '../filters/filter.js';
import { infoGetters, type InfoSource } from './getinfo.js';
import { buildRequest, initialRequestState, requestMethod, type RequestState } from '../http/request.js';
import { bodyWriter, ConnectionDiedError, http1Exchange, nextRequest, type ExchangeResult } from '../protocols/http1/exchange.js';
import { defaultOptions, type EasyOptions } from '../base/options.js';
import { forwardProxyAuth, type ProxyAuth } from '../http/proxy-auth.js';
import { planProxy, type ProxyPlan } from '../core/proxy-plan.js';
import { Multi } from './multi.js';
import { loadResolveEntries } from '../filters/resolve.js';
import { handlers, optionIds, type SetoptEnv } from './setopt.js';
import type { StreamIO } from '../io/stream-io.js';
import { freshInfo, Transfer, type TransferHost } from '../core/transfer.js';
import { targetFromUrl } from '../core/url.js';
import { Tracer, wasReported } from '../core/verbose.js';
import type { WsMeta } from '../protocols/ws/frame.js';
import { WsSession, wsUpgrade } from '../protocols/ws/session.js';

/** The global `performance` is a lazy getter in Node 20: read it once. */
const clock = performance;

/** The result of easy.send / easy.recv: the CURLcode and the byte count (0 unless OK). */
export interface IoReturn {
  code: number;
  n: number;
}

/** The result of easy.wsSend (curl_ws_send): payload bytes taken. */
export interface WsSendResult {
  code: number;
  sent: number;
}

/** The result of easy.wsRecv (curl_ws_recv): bytes copied and the frame's meta (null unless OK). */
export interface WsRecvResult {
  code: number;
  n: number;
  meta: WsMeta | null;
}

function copyOptions(o: EasyOptions): EasyOptions {
  return {
    ...o,
    resolve: [...o.resolve],
    connectTo: [...o.connectTo],
    proxyHeaders: [...o.proxyHeaders],
    httpHeaders: [...o.httpHeaders],
  };
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** What a multi handle lends the transfers of the handles added to it. */
export interface MultiLink {
  readonly cache: ConnCache;
  /** The private multi of easy.perform (H4 removal rule, CURLOPT_MAXCONNECTS applies). */
  readonly isPrivate: boolean;
  /** How many idle connections the cache may keep (CURLMOPT_MAXCONNECTS, 0: by handle count). */
  maxConnects(): number;
  /** Removes the handle (easy.cleanup of a handle that is still added, I2). */
  remove(easy: Easy): void;
}

/** What runtime/multi.ts drives an Easy through; not part of the public API. */
export interface EasyInternals {
  readonly guard: CallbackGuard;
  readonly destroyed: boolean;
  /** The multi the handle is added to, or null. */
  link: MultiLink | null;
  /** Runs one transfer to its end; resolves with the CURLcode (never rejects). */
  run(link: MultiLink): Promise<number>;
  /** curl_multi_remove_handle's part on the handle: a running transfer is aborted; a
   * connect-only connection is closed at once unless the multi is easy.perform's own (I2, H4). */
  removed(link: MultiLink): void;
  /** "host:port" of the first hop (the proxy when one is set), for MAX_HOST_CONNECTIONS. */
  hostKey(): string;
}

/** The internals of every Easy, for runtime/multi.ts: undefined for anything that is not an
 * Easy. (A private field read, not a WeakMap: a WeakMap entry per handle costs the garbage
 * collector on every handle of a connect loop.) */
export const easyInternals: { get(easy: unknown): EasyInternals | undefined } = {
  get: (easy) => internalsOf(easy),
};
let internalsOf: (easy: unknown) => EasyInternals | undefined;

/** The cache key: connections are shared only when all of this matches (lib/url.c
 * url_match_conn: scheme, host, port, proxy and its credentials, TLS settings). */
function cacheKey(opts: Readonly<EasyOptions>, target: Target, plan: ProxyPlan | null | undefined): string {
  const p =
    plan === undefined
      ? '?'
      : plan === null
        ? '-'
        : `${plan.type}|${plan.host}|${plan.port}|${plan.tunnel}|${plan.user ?? ''}|${plan.password ?? ''}|${opts.proxyAuth}`;
  const tls = target.tls
    ? `${opts.sslVerifyPeer}|${opts.sslVerifyHost}|${opts.caInfo}|${opts.caPath}|${opts.sslCert}|${opts.sslKey}|${opts.keyPasswd}`
    : '-';
  return `${target.scheme}://${target.host.toLowerCase()}:${target.port}|${p}|${tls}|${opts.connectTo.join(',')}|${opts.ipResolve}`;
}

export interface Easy extends Setopt, Getinfo {}

export class Easy {
  #opts: EasyOptions = defaultOptions();
  /** A perform holds #opts as its snapshot: the next setopt copies before it writes (copying
   * every perform costs more than the rest of a connect-only perform's setup). */
  #optsShared = false;
  readonly #guard = new CallbackGuard();
  readonly #tracer: Tracer;
  readonly #dns = new DnsCache();
  readonly #setoptEnv: SetoptEnv;
  readonly #host: TransferHost;
  /** The multi this handle is added to (easy.perform's private one while it runs). */
  #link: MultiLink | null = null;
  /** easy.perform's private multi, kept across performs as libcurl keeps data->multi_easy: its
   * connection cache and connection numbers live on. */
  #ownMulti: Multi | null = null;
  #lastConnId = -1;
  /** The established connect-only connection send/recv use. */
  #conn: Connection | null = null;
  /** The WebSocket session of a CONNECT_ONLY=2 ws:// or wss:// connection. */
  #ws: WsSession | null = null;
  /** The connection the last ordinary transfer used, while it lives (ACTIVESOCKET, D1). */
  #lastConn: Connection | null = null;
  /** Connections reset() left alive (libcurl keeps them in its pool); closed at the next perform
   * or cleanup. */
  #retained: Connection[] = [];
  #info: TransferInfo = freshInfo(-1);
  #effectiveUrl: string | null = null;
  #redirectCount = 0;
  #contentLength = -1;
  /** The forward proxy's auth state for the running transfer (each perform starts over, A8). */
  #proxyAuth: ProxyAuth | null = null;
  #transfer: Transfer | null = null;
  #performing = false;
  #destroyed = false;

  constructor() {
    this.#tracer = new Tracer(this, () => this.#opts, this.#guard);
    this.#setoptEnv = {
      infof: (text) => this.#tracer.infof(text),
      proxyChanged: () => {},
    };
    this.#host = { tracer: this.#tracer, guard: this.#guard, dns: this.#dns };
  }

  /** What a multi drives the handle through, made when a multi first asks. */
  #internals: EasyInternals | null = null;

  static {
    // a class, not an object literal with accessors and arrow functions: one shape for every
    // handle, nothing allocated but the instance
    class Internals implements EasyInternals {
      readonly #easy: Easy;
      constructor(easy: Easy) {
        this.#easy = easy;
      }
      get guard(): CallbackGuard {
        return this.#easy.#guard;
      }
      get destroyed(): boolean {
        return this.#easy.#destroyed;
      }
      get link(): MultiLink | null {
        return this.#easy.#link;
      }
      set link(l: MultiLink | null) {
        this.#easy.#link = l;
      }
      run(link: MultiLink): Promise<number> {
        return this.#easy.#run(link);
      }
      removed(link: MultiLink): void {
        this.#easy.#removed(link);
      }
      hostKey(): string {
        return this.#easy.#hostKey();
      }
    }
    internalsOf = (easy) =>
      typeof easy === 'object' && easy !== null && #internals in easy ? (easy.#internals ??= new Internals(easy)) : undefined;
    Easy.prototype.setopt = function (this: Easy, option: string, value: unknown): number {
      return this.#setopt(option, value);
    } as Setopt['setopt'];
    Easy.prototype.getinfo = function (this: Easy, info: string): { code: number; value: unknown } {
      return this.#getinfo(info);
    } as Getinfo['getinfo'];
  }

  #setopt(option: string, value: unknown): number {
    if (this.#destroyed) return CURLE.BAD_FUNCTION_ARGUMENT;
    if (typeof option !== 'string') return CURLE.UNKNOWN_OPTION;
    const handler = hasOwn(handlers, option) ? handlers[option] : undefined;
    const valid = validateOption(option, value);
    // A3: an option without a spec (no validator) or without a handler is unknown
    if (valid === CURLE.UNKNOWN_OPTION || handler === undefined) return CURLE.UNKNOWN_OPTION;
    if (valid === CURLE.OK && this.#optsShared) {
      this.#opts = copyOptions(this.#opts);
      this.#optsShared = false;
    }
    const rc = valid !== CURLE.OK ? valid : handler(this.#opts, value, this.#setoptEnv);
    if (rc === CURLE.BAD_FUNCTION_ARGUMENT) {
      // A2: lib/setopt.c curl_easy_setopt
      const id = optionIds[option];
      this.#tracer.failf(rc, `setopt ${id !== undefined ? `0x${id.toString(16)}` : option} got bad argument`);
    }
    return rc;
  }

  #infoSource(): InfoSource {
    const last = this.#lastConn !== null && !this.#lastConn.closed ? this.#lastConn : null;
    return {
      info: this.#info,
      effectiveUrl: this.#effectiveUrl,
      // D4: no socket while a transfer is connecting
      conn: this.#performing ? null : (this.#conn ?? last),
      lastConnId: this.#lastConnId,
      privateData: this.#opts.privateData,
      redirectCount: this.#redirectCount,
      contentLengthDownload: this.#contentLength,
    };
  }

  #getinfo(info: string): { code: number; value: unknown } {
    if (this.#destroyed) return { code: CURLE.BAD_FUNCTION_ARGUMENT, value: undefined };
    const known = typeof info === 'string' && hasOwn(CURLINFO, info) && hasOwn(infoGetters, info);
    if (!known) return { code: CURLE.UNKNOWN_OPTION, value: undefined };
    return { code: CURLE.OK, value: infoGetters[info]!(this.#infoSource()) };
  }

  /** curl_easy_perform: runs the transfer in the handle's private multi (lib/easy.c
   * easy_perform). */
  perform(): Promise<number> {
    // not an async function: the promise performOne returns is handed out as it is (each async
    // layer adds microtask turns to every perform)
    if (this.#destroyed) return Promise.resolve(CURLE.BAD_FUNCTION_ARGUMENT);
    if (this.#guard.active) return Promise.resolve(CURLE.RECURSIVE_API_CALL);
    if (this.#link !== null || this.#performing) {
      // lib/easy.c easy_perform
      return Promise.resolve(this.#tracer.failf(CURLE.FAILED_INIT, 'easy handle already used in multi handle').code);
    }
    const m = (this.#ownMulti ??= Multi.private(() => this.#opts.maxConnects));
    return m.performOne(this);
  }

  /** failf() for an error that has not been reported yet; returns the error. */
  #report(err: unknown): CurlError {
    const e = toCurlError(err, CURLE.FAILED_INIT);
    return wasReported(e) ? e : this.#tracer.failf(e.code, e.message);
  }

  #hostKey(): string {
    try {
      const target = targetFromUrl(this.#opts.url, this.#opts.port);
      const plan = planProxy(this.#opts, target, () => {});
      return plan !== null ? `${plan.host}:${plan.port}` : `${target.host.toLowerCase()}:${target.port}`;
    } catch {
      return '';
    }
  }

  /** One transfer, driven by a multi. Never rejects. */
  async #run(link: MultiLink): Promise<number> {
    if (this.#destroyed) return CURLE.BAD_FUNCTION_ARGUMENT;
    this.#performing = true;
    try {
      return await this.#perform(link);
    } catch (err) {
      return this.#report(err).code;
    } finally {
      this.#performing = false;
      this.#transfer = null;
    }
  }

  /** curl_multi_remove_handle on this handle (lib/multi.c Curl_multi_remove_handle). */
  #removed(link: MultiLink): void {
    if (this.#link !== link) return;
    this.#link = null;
    this.#transfer?.abort(new CurlError(CURLE.ABORTED_BY_CALLBACK, 'Transfer was removed from its multi handle'));
    if (link.isPrivate) return; // H4: kept until the next perform or cleanup
    // I2: a connect-only connection is closed at once; CONN_ID is -1 afterwards (D4)
    if (this.#conn !== null) {
      this.#closeConnections();
      this.#lastConnId = -1;
      this.#info.connId = -1;
    }
  }

  async #perform(link: MultiLink): Promise<number> {
    const start = clock.now();
    // B4: a connect-only handle never reuses its connection; the old one goes first
    this.#closeConnections();
    this.#tracer.resetFail();
    // the snapshot the filters read (Readonly by type; freezing costs more than the rest of
    // setup): setopt copies before it changes the handle's options while this one is held
    const opts: Readonly<EasyOptions> = this.#opts;
    this.#optsShared = true;
    const info = freshInfo(this.#lastConnId);
    this.#info = info;
    this.#effectiveUrl = opts.url;
    this.#redirectCount = 0;
    this.#contentLength = -1;
    this.#lastConn = null;
    this.#proxyAuth = null;

    let target: Target;
    try {
      target = targetFromUrl(opts.url, opts.port);
    } catch (err) {
      return this.#report(err).code;
    }
    this.#effectiveUrl = target.url;
    const ws = target.scheme === 'ws' || target.scheme === 'wss';
    const http = target.scheme === 'http' || target.scheme === 'https';
    if (opts.connectOnly !== 0) return await this.#connectOnly(link, opts, target, info, start, ws ? 'ws' : http ? 'http' : 'none');
    if (ws) {
      return this.#tracer.failf(CURLE.UNSUPPORTED_PROTOCOL, 'WebSocket transfers need CONNECT_ONLY=2 in this runtime').code;
    }
    if (!http) return this.#tracer.failf(CURLE.UNSUPPORTED_PROTOCOL, `Protocol "${target.scheme}" not supported`).code;
    return await this.#httpTransfer(link, opts, target, info, start);
  }

  #newConnection(opts: Readonly<EasyOptions>): Connection {
    return new Connection(-1, {
      closeFunction: opts.closeSocketFunction,
      closeData: opts.closeSocketData,
      guard: this.#guard,
      keepThrown: (text) => this.#tracer.keepThrown(text),
    });
  }

  /**
   * Makes a new connection: resolve, connect, proxy tunnel, TLS. `httpLayer`: a protocol reads
   * the stream after the chain (the socket then emits its bytes as a stream does). Throws the
   * reported CurlError after closing what was made.
   */
  async #connect(
    link: MultiLink,
    opts: Readonly<EasyOptions>,
    target: Target,
    info: TransferInfo,
    start: number,
    httpLayer: boolean,
  ): Promise<{ t: Transfer; conn: Connection; top: Duplex; plan: ProxyPlan | null }> {
    const conn = this.#newConnection(opts);
    const t = new Transfer(this.#host, opts, target, info, start, conn);
    this.#transfer = t;
    t.startTimer();
    try {
      if (this.#link !== link) throw new CurlError(CURLE.ABORTED_BY_CALLBACK, 'Transfer was removed from its multi handle');
      loadResolveEntries(t, this.#dns);
      const setup = planChain(t);
      const plan = setup.plan;
      if (httpLayer) t.directRead = false;
      conn.id = link.cache.nextId();
      this.#lastConnId = conn.id;
      info.connId = conn.id;
      const top: Duplex = await runChain(t, setup);
      t.phase = 'done';
      t.stopTimer();
      if (this.#destroyed) throw new CurlError(CURLE.BAD_FUNCTION_ARGUMENT, 'The handle was cleaned up during perform');
      if (t.abortReason !== null) throw t.abortReason;
      conn.top = top;
      const local = conn.bottom?.local();
      if (local !== undefined) {
        info.localIp = local.ip;
        info.localPort = local.port;
      }
      if (this.#tracer.verbose) t.infof(establishedLine(t, setup));
      return { t, conn, top, plan };
    } catch (err) {
      const e = this.#report(err);
      t.abort(e);
      info.totalTime = t.elapsed() / 1000;
      // B5: a failed transfer leaves no connection
      if (conn.id >= 0) this.#tracer.infof(`closing connection #${conn.id}`);
      conn.close();
      throw e;
    }
  }

  /** CONNECT_ONLY 1 (connect, then stop) and 2 (also the request, decision 1 / M1-M3). */
  async #connectOnly(
    link: MultiLink,
    opts: Readonly<EasyOptions>,
    target: Target,
    info: TransferInfo,
    start: number,
    protocol: 'ws' | 'http' | 'none',
  ): Promise<number> {
    const mode2 = opts.connectOnly === 2 && protocol !== 'none';
    let made;
    try {
      made = await this.#connect(link, opts, target, info, start, mode2);
    } catch (err) {
      return this.#report(err).code;
    }
    const { t, conn, top, plan } = made;
    let ws: WsSession | null = null;
    try {
      if (mode2 && protocol === 'ws') {
        const { leftover } = await wsUpgrade(t, top);
        // C14/M2: frames that came with the 101 are kept for wsRecv
        if (leftover.length > 0) top.unshift(Buffer.from(leftover.buffer, leftover.byteOffset, leftover.length));
      } else if (mode2) {
        const forwardProxy = plan !== null && !plan.tunnel;
        const state = initialRequestState(opts, target);
        const req = buildRequest({
          opts,
          target,
          state,
          forwardProxy,
          proxyAuthorization: forwardProxy ? this.#proxyAuthorization(t, plan, opts, state, target) : null,
        });
        const res = await http1Exchange(t, top, req, {
          connectOnly: true,
          forwardProxy,
          writeBody: bodyWriter(t, this.#guard),
        });
        this.#contentLength = res.contentLength;
        // decision 1: body bytes that came with the head are the first recv's
        if (res.leftover.length > 0) {
          top.unshift(Buffer.from(res.leftover.buffer, res.leftover.byteOffset, res.leftover.length));
        }
      }
      if (this.#destroyed) throw new CurlError(CURLE.BAD_FUNCTION_ARGUMENT, 'The handle was cleaned up during perform');
      if (this.#link !== link) throw new CurlError(CURLE.ABORTED_BY_CALLBACK, 'Transfer was removed from its multi handle');
      if (mode2 && protocol === 'ws') {
        const io = conn.io();
        if (io === null) throw t.failf(CURLE.RECV_ERROR, 'Connection closed during the WebSocket upgrade');
        ws = new WsSession(io, {
          // M27: read at each call
          wsOptions: () => this.#opts.wsOptions,
          infof: (text) => this.#tracer.infof(text),
          failf: (code, text) => this.#tracer.failf(code, text),
        });
      }
    } catch (err) {
      const e = this.#report(err);
      t.abort(e);
      info.totalTime = t.elapsed() / 1000;
      this.#tracer.infof(`closing connection #${conn.id}`);
      conn.close();
      return e.code;
    }
    // H2: the connection stays for send/recv, never offered to other transfers (H1)
    // verbose lines are only formatted when they are printed
    if (this.#tracer.verbose) {
      this.#tracer.infof(`Connection #${conn.id} to host ${conn.displayHost}:${conn.displayPort} left intact`);
    }
    info.totalTime = t.elapsed() / 1000;
    this.#conn = conn;
    this.#ws = ws;
    return CURLE.OK;
  }

  /** Proxy-Authorization towards a forward proxy: pre-emptive for a single scheme (J4), else
   * after the 407 (ProxyAuth.answer). The Digest uri is path and query, not the absolute URL the
   * request line carries (lib/http.c Curl_http passes `pq` to Curl_http_output_auth). */
  #proxyAuthorization(
    t: Transfer,
    plan: ProxyPlan,
    opts: Readonly<EasyOptions>,
    state: RequestState,
    target: Target,
  ): string | null {
    const auth = forwardProxyAuth(this.#proxyAuth, plan.user, plan.password, opts.proxyAuth, opts.proxyHeaders);
    this.#proxyAuth = auth;
    const out = auth.output(t, requestMethod(opts, state, false), target.path);
    if (out !== null) this.#info.proxyAuthUsed = auth.picked;
    return out;
  }

  /** An ordinary HTTP/1.1 transfer with redirects (lib/multi.c multi_follow). */
  async #httpTransfer(
    link: MultiLink,
    opts: Readonly<EasyOptions>,
    first: Target,
    info: TransferInfo,
    start: number,
  ): Promise<number> {
    let target = first;
    let state = initialRequestState(opts, target);
    let received = 0;
    let cancel: (() => void) | null = null;
    if (opts.timeoutMs > 0) {
      // TIMEOUT bounds the whole transfer (lib/multi.c multi_handle_timeout)
      cancel = addDeadline(start + opts.timeoutMs, () => {
        const ms = Math.floor(clock.now() - start);
        this.#transfer?.abort(
          this.#tracer.failf(CURLE.OPERATION_TIMEDOUT, `Operation timed out after ${ms} milliseconds with ${received} bytes received`),
        );
      });
    }
    try {
      for (;;) {
        const { t, res } = await this.#httpHop(link, opts, target, state, info, start, (n) => {
          received += n;
        });
        this.#contentLength = res.contentLength;
        if (res.retry) {
          // proxy auth: the same request again, not a redirect (lib/multi.c FOLLOW_RETRY)
          t.infof(`Issue another request to this URL: '${target.url}'`);
          continue;
        }
        const next = nextRequest(t, {
          opts,
          target,
          state,
          status: res.status,
          location: res.location,
          version: res.version,
          redirectCount: this.#redirectCount,
        });
        if (!next.follow) break;
        this.#redirectCount = next.redirectCount;
        target = next.target;
        state = next.state;
        this.#effectiveUrl = target.url;
      }
      info.totalTime = (clock.now() - start) / 1000;
      return CURLE.OK;
    } catch (err) {
      info.totalTime = (clock.now() - start) / 1000;
      return this.#report(err).code;
    } finally {
      cancel?.();
    }
  }

  /** One request and response: a cached connection when one fits, else a new one; the
   * connection goes back to the cache afterwards when it may carry another request. */
  async #httpHop(
    link: MultiLink,
    opts: Readonly<EasyOptions>,
    target: Target,
    state: RequestState,
    info: TransferInfo,
    start: number,
    count: (n: number) => void,
    retry = false,
  ): Promise<{ t: Transfer; res: ExchangeResult }> {
    let plan: ProxyPlan | null | undefined;
    try {
      plan = planProxy(opts, target, () => {});
    } catch {
      plan = undefined; // #connect reports it
    }
    const key = cacheKey(opts, target, plan);
    const cache = link.cache;
    const cached = opts.freshConnect || retry ? null : cache.take(key, this.#tracer);
    let t: Transfer;
    let conn: Connection;
    let top: Duplex;
    let facts: ConnFacts;
    if (cached !== null) {
      conn = cached.conn;
      facts = cached.facts;
      t = new Transfer(this.#host, opts, target, info, start, conn);
      t.phase = 'done';
      this.#transfer = t;
      top = conn.top!;
      this.#lastConnId = conn.id;
      info.connId = conn.id;
      info.primaryIp = facts.primaryIp;
      info.primaryPort = facts.primaryPort;
      info.localIp = facts.localIp;
      info.localPort = facts.localPort;
      this.#tracer.infof(`Re-using existing connection with host ${conn.displayHost}`);
    } else {
      const made = await this.#connect(link, opts, target, info, start, true);
      t = made.t;
      conn = made.conn;
      top = made.top;
      facts = factsOf(info, made.plan !== null && !made.plan.tunnel, false);
    }
    this.#lastConn = conn;
    const forwardProxy = facts.forwardProxy;
    let res: ExchangeResult;
    try {
      const req = buildRequest({
        opts,
        target,
        state,
        forwardProxy,
        proxyAuthorization: forwardProxy && plan ? this.#proxyAuthorization(t, plan, opts, state, target) : null,
        connHttp10: facts.http10,
      });
      const write = bodyWriter(t, this.#guard);
      const auth = forwardProxy ? this.#proxyAuth : null;
      res = await http1Exchange(t, top, req, {
        reused: cached !== null,
        forwardProxy,
        retryAfter: auth !== null ? (status, headers) => auth.answer(t, status, headers) : undefined,
        writeBody: (chunk) => {
          count(chunk.length);
          write(chunk);
        },
      });
    } catch (err) {
      if (err instanceof ConnectionDiedError && cached !== null && !retry) {
        // lib/transfer.c Curl_retry_request
        this.#tracer.infof(`closing connection #${conn.id}`);
        conn.close();
        this.#tracer.infof('Connection died, retrying a fresh connect (retry count: 1)');
        return this.#httpHop(link, opts, target, state, info, start, count, true);
      }
      const e = this.#report(err);
      t.abort(e);
      this.#tracer.infof(`closing connection #${conn.id}`);
      conn.close();
      throw e;
    }
    if (res.version === '1.0') facts = { ...facts, http10: true };
    if (res.keepAlive && !opts.forbidReuse && !this.#destroyed) {
      const kept = cache.put(conn, key, facts, link.maxConnects(), this.#tracer);
      if (kept) {
        this.#tracer.infof(`Connection #${conn.id} to host ${conn.displayHost}:${conn.displayPort} left intact`);
      }
    } else {
      this.#tracer.infof(`closing connection #${conn.id}`);
      conn.close();
    }
    return { t, res };
  }

  #closeConnections(): void {
    if (this.#conn === null && this.#retained.length === 0) {
      this.#ws = null;
      return;
    }
    const all = this.#conn !== null ? [this.#conn, ...this.#retained] : this.#retained;
    this.#conn = null;
    this.#ws = null;
    this.#retained = [];
    for (const c of all) {
      // verbose lines are only formatted when they are printed
      if (this.#tracer.verbose) this.#tracer.infof(`closing connection #${c.id}`);
      c.close();
    }
  }

  /** The checks curl_easy_send and curl_easy_recv share after the handle and recursion checks
   * (lib/easy.c easy_connection): CONNECT_ONLY set, a connection there. */
  #connection(): StreamIO | number {
    if (this.#opts.connectOnly === 0) {
      return this.#tracer.failf(CURLE.UNSUPPORTED_PROTOCOL, 'CONNECT_ONLY is required').code;
    }
    const io = this.#performing ? null : (this.#conn?.io() ?? null);
    if (io === null) {
      return this.#tracer.failf(
        CURLE.UNSUPPORTED_PROTOCOL,
        `Failed to get last socket used for connection #${this.#lastConnId}`,
      ).code;
    }
    return io;
  }

  /** curl_easy_send: `n` bytes were taken (maybe fewer than given); AGAIN with 0 when the
   * socket would block. The data is copied, so the buffer may be reused at once. */
  send(data: Uint8Array): IoReturn {
    if (this.#destroyed) return { code: CURLE.BAD_FUNCTION_ARGUMENT, n: 0 };
    if (this.#guard.active) return { code: CURLE.RECURSIVE_API_CALL, n: 0 };
    if (!(data instanceof Uint8Array)) return { code: CURLE.BAD_FUNCTION_ARGUMENT, n: 0 };
    const io = this.#connection();
    if (typeof io === 'number') return { code: io, n: 0 };
    const r = io.send(data);
    if (r.text !== undefined) this.#tracer.failf(r.code, r.text);
    return { code: r.code, n: r.n };
  }

  /** curl_easy_recv: up to buf.length bytes copied into buf; AGAIN with 0 when nothing has
   * arrived; OK with 0 once the peer has closed (on every call). */
  recv(buf: Uint8Array): IoReturn {
    if (this.#destroyed) return { code: CURLE.BAD_FUNCTION_ARGUMENT, n: 0 };
    if (this.#guard.active) return { code: CURLE.RECURSIVE_API_CALL, n: 0 };
    if (!(buf instanceof Uint8Array)) return { code: CURLE.BAD_FUNCTION_ARGUMENT, n: 0 };
    const io = this.#connection();
    if (typeof io === 'number') return { code: io, n: 0 };
    const r = io.recv(buf);
    if (r.text !== undefined) this.#tracer.failf(r.code, r.text);
    return { code: r.code, n: r.n };
  }

  /**
   * curl_ws_send on a CONNECT_ONLY=2 WebSocket connection: one frame (or a piece of one with
   * CURLWS_OFFSET and `fragsize`) with the CURLWS_* type in `flags`. `sent` counts payload bytes
   * taken. Allowed from inside callbacks (no 93, section 4 point 23).
   */
  wsSend(data: Uint8Array, flags: number, fragsize = 0): WsSendResult {
    if (this.#destroyed) return { code: CURLE.BAD_FUNCTION_ARGUMENT, sent: 0 };
    if (!(data instanceof Uint8Array)) return { code: CURLE.BAD_FUNCTION_ARGUMENT, sent: 0 };
    // M19 (lib/ws.c curl_ws_send)
    const conn = this.#performing ? null : this.#conn;
    if (conn === null || conn.closed) {
      if (this.#opts.connectOnly === 0) {
        return { code: this.#tracer.failf(CURLE.SEND_ERROR, '[WS] No associated connection').code, sent: 0 };
      }
      const text = `Failed to get last socket used for connection #${this.#lastConnId}`;
      return { code: this.#tracer.failf(CURLE.UNSUPPORTED_PROTOCOL, text).code, sent: 0 };
    }
    if (this.#ws === null) {
      return { code: this.#tracer.failf(CURLE.SEND_ERROR, '[WS] Not a websocket transfer').code, sent: 0 };
    }
    return this.#ws.send(data, flags, fragsize);
  }

  /**
   * curl_ws_recv: data of at most one frame into buf, with the frame's meta; a zero-length buf
   * peeks at the current frame. AGAIN when no frame data is there yet, 52 once the peer closed.
   */
  wsRecv(buf: Uint8Array): WsRecvResult {
    if (this.#destroyed) return { code: CURLE.BAD_FUNCTION_ARGUMENT, n: 0, meta: null };
    if (!(buf instanceof Uint8Array)) return { code: CURLE.BAD_FUNCTION_ARGUMENT, n: 0, meta: null };
    // M5 (lib/ws.c curl_ws_recv)
    if (this.#opts.connectOnly === 0) {
      return { code: this.#tracer.failf(CURLE.UNSUPPORTED_PROTOCOL, '[WS] CONNECT_ONLY is required').code, n: 0, meta: null };
    }
    const conn = this.#performing ? null : this.#conn;
    if (conn === null || conn.closed) {
      return { code: this.#tracer.failf(CURLE.BAD_FUNCTION_ARGUMENT, '[WS] connection not found').code, n: 0, meta: null };
    }
    if (this.#ws === null) {
      // M4
      const text = '[WS] connection is not setup for websocket';
      return { code: this.#tracer.failf(CURLE.BAD_FUNCTION_ARGUMENT, text).code, n: 0, meta: null };
    }
    return this.#ws.recv(buf);
  }

  /**
   * Waits until recv (or send) would no longer return CURLE_AGAIN: data, EOF or an error for
   * 'recv', room in the socket buffer for 'send'. On a WebSocket connection a buffered frame
   * counts. Resolves false when `timeoutMs` passes first. With no connection (or after cleanup)
   * it resolves true at once: the next call fails instead.
   */
  wait(direction: 'recv' | 'send', timeoutMs?: number): Promise<boolean> {
    if (direction !== 'recv' && direction !== 'send') return Promise.resolve(true);
    if (this.#destroyed || this.#performing) return Promise.resolve(true);
    if (this.#ws !== null && this.#conn !== null && !this.#conn.closed) return this.#ws.wait(direction, timeoutMs);
    const io = this.#conn?.io() ?? null;
    if (io === null) return Promise.resolve(true);
    return io.wait(direction, timeoutMs);
  }

  /** curl_easy_reset: every option back to its default, the info cleared, the connection
   * forgotten by the handle (it is closed at the next perform or cleanup). */
  reset(): void {
    if (this.#destroyed) return;
    this.#opts = defaultOptions();
    this.#optsShared = false;
    this.#tracer.resetFail();
    this.#info = freshInfo(-1);
    this.#effectiveUrl = null;
    this.#lastConnId = -1;
    this.#redirectCount = 0;
    this.#contentLength = -1;
    this.#lastConn = null;
    if (this.#conn !== null) this.#retained.push(this.#conn);
    this.#conn = null;
    this.#ws = null;
  }

  /** curl_easy_duphandle: a new handle with the same options; no connection, no DNS cache.
   * null for a handle that was cleaned up. */
  duphandle(): Easy | null {
    if (this.#destroyed) return null;
    const copy = new Easy();
    copy.#opts = copyOptions(this.#opts);
    return copy;
  }

  /** curl_easy_cleanup: removes the handle from its multi (I2), closes its connections (close-
   * socket callback) and retires the handle: every later call returns
   * CURLE_BAD_FUNCTION_ARGUMENT. */
  cleanup(): void {
    if (this.#destroyed) return;
    const link = this.#link;
    if (link !== null && !link.isPrivate) link.remove(this);
    this.#transfer?.abort(new CurlError(CURLE.BAD_FUNCTION_ARGUMENT, 'The handle was cleaned up during perform'));
    this.#closeConnections();
    this.#ownMulti?.closeCache(this.#tracer);
    this.#destroyed = true;
  }
}
