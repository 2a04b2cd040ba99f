// What the engine keeps for one easy handle between calls (libcurl's struct Curl_easy minus the
// options' parsing): the options, the callback guard and tracer, the DNS cache, the figures the
// last transfer left for getinfo, the connect-only connection send/recv use, and the transfer
// running now. api/easy.ts owns one and offers the public methods; the engine (perform.ts) and
// the drivers read and write it.
import { CallbackGuard } from '../base/callback.js';
import { freshInfo, type TransferInfo } from '../base/context.js';
import { CurlError, toCurlError } from '../base/error.js';
import { defaultOptions, type EasyOptions } from '../base/options.js';
import { CURLE } from '../base/codes.js';
import { DnsCache } from '../filters/dns-cache.js';
import type { Connection } from './connection.js';
import type { ConnCache } from './conn-cache.js';
import type { HeaderStore } from '../http/header-store.js';
import { CookieEngine } from '../http/cookie-engine.js';
import type { Transfer } from './transfer.js';
import { Tracer, wasReported } from './verbose.js';

/** What a transfer needs from the driver its handle is attached to (driver.ts). */
export interface DriverLink {
  readonly cache: ConnCache;
  /** How many idle connections the cache may keep (CURLOPT_MAXCONNECTS, CURLMOPT_MAXCONNECTS). */
  maxConnects(): number;
  /** curl_easy_cleanup of a handle that is still attached: its owner lets go of it (I2). */
  cleanupOf(h: Handle): void;
  /** easy.perform's own driver: the handle leaves it when its transfer ends (H4); a Multi's
   * keeps it until removed. */
  readonly releaseOnEnd: boolean;
}

export function copyOptions(o: EasyOptions): EasyOptions {
  return {
    ...o,
    resolve: [...o.resolve],
    connectTo: [...o.connectTo],
    proxyHeaders: [...o.proxyHeaders],
    httpHeaders: [...o.httpHeaders],
  };
}

/** What getinfo answers before a handle's first perform. */
const NO_TRANSFER_YET: TransferInfo = Object.freeze(freshInfo(-1));

export class Handle {
  opts: EasyOptions = defaultOptions();
  /** A perform holds `opts` as its snapshot: the next setopt copies before it writes (copying
   * every perform costs more than the rest of a connect-only perform's setup). */
  optsShared = false;
  readonly guard = new CallbackGuard();
  readonly tracer: Tracer;
  readonly dns = new DnsCache();
  /** The figures of the last transfer; before the first, a shared frozen set of defaults (every
   * perform starts a fresh one: a handle's own would go unused in a connect loop). */
  info: TransferInfo = NO_TRANSFER_YET;
  effectiveUrl: string | null = null;
  redirectCount = 0;
  /** The last transfer's response headers for curl_easy_header (null: none kept). */
  headers: HeaderStore | null = null;
  /** Whether the text progress meter printed its title lines (lib/progress.c headers_out: once
   * per handle, until curl_easy_reset). */
  meterShown = { headersOut: false };
  /** CURLPAUSE_SEND as last set (uploads read it). */
  sendPaused = false;
  /** CURLINFO_XFER_ID: the transfer's number in its driver (lib/conncache.c), -1 before any. */
  xferId = -1;
  /** CONN_ID: the last connection's number, -1 before any. */
  lastConnId = -1;
  /** The established connect-only connection send/recv use. */
  conn: Connection | null = null;
  /** The protocol session of a CONNECT_ONLY=2 connection (a WebSocket session), or null. */
  session: unknown = null;
  /** The connection the last ordinary transfer used, while it lives (ACTIVESOCKET, D1). */
  lastConn: Connection | null = null;
  /** Connections reset() left alive (libcurl keeps them in its pool); closed at the next
   * perform or cleanup. */
  retained: Connection[] = [];
  /** The driver the handle is attached to (easy.perform's own while it runs, or a Multi's). */
  driver: DriverLink | null = null;
  transfer: Transfer | null = null;
  performing = false;
  destroyed = false;
  /** The cookie engine (data->cookies): the handle's own, as no share handle is served. */
  readonly cookies = new CookieEngine();
  /** What setopt handlers may use besides the options (api/setopt.ts SetoptEnv). */
  readonly setoptEnv: { infof(text: string): void; readonly cookies: CookieEngine; forgetReferer(): void };

  /** The options as they are now (one function for the tracer and every transfer). */
  readonly currentOpts = (): EasyOptions => this.opts;

  /** `owner` is what debug callbacks get as their handle argument (the Easy). */
  constructor(owner: unknown) {
    this.tracer = new Tracer(owner, this.currentOpts, this.guard);
    const tracer = this.tracer;
    // setopt(REFERER) drops the referer CURLINFO_REFERER reports (lib/setopt.c frees
    // data->state.referer) until the next perform sets it again
    const forgetReferer = (): void => {
      if (this.info.referer !== null) this.info.referer = null;
    };
    this.setoptEnv = { infof: (text) => tracer.infof(text), cookies: this.cookies, forgetReferer };
  }

  /** The options to change: a copy first when a perform holds the current ones. */
  writableOptions(): EasyOptions {
    if (this.optsShared) {
      this.opts = copyOptions(this.opts);
      this.optsShared = false;
    }
    return this.opts;
  }

  /** failf() for an error that has not been reported yet; returns the error. */
  report(err: unknown): CurlError {
    const e = toCurlError(err, CURLE.FAILED_INIT);
    return wasReported(e) ? e : this.tracer.failf(e.code, e.message);
  }

  /** Aborts the running transfer, if any. */
  abortTransfer(code: number, text: string): void {
    this.transfer?.abort(new CurlError(code, text));
  }

  /** Closes the connect-only connection and those reset() left (B4: before the next perform,
   * and at cleanup). */
  closeConnections(): void {
    if (this.conn === null && this.retained.length === 0) {
      this.session = null;
      return;
    }
    const conn = this.conn;
    const retained = this.retained;
    this.conn = null;
    this.session = null;
    if (retained.length > 0) this.retained = [];
    if (conn !== null) this.closeConnection(conn);
    for (const c of retained) this.closeConnection(c);
  }

  /** I2: a connect-only connection goes when its handle leaves a multi; CONN_ID is -1 after
   * (D4). */
  dropConnectOnly(): void {
    if (this.conn === null) return;
    // getinfo keeps answering LOCAL_IP/LOCAL_PORT after the connection is gone
    this.conn.takeLocal(this.info);
    this.closeConnections();
    this.lastConnId = -1;
    this.info.connId = -1;
  }

  /** Closes one connection with libcurl's line (lib/conncache.c cpool_conn_close): "closing
   * connection #N" for a transfer that failed and for connect-only connections, "shutting down
   * connection #N" after a transfer that went well (`graceful`, multi_done's !premature). */
  closeConnection(c: Connection, graceful = false): void {
    // verbose lines are only formatted when they are printed
    if (this.tracer.verbose && c.id >= 0) this.tracer.infof(`${graceful ? 'shutting down' : 'closing'} connection #${c.id}`);
    c.close();
  }
}
