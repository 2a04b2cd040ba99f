// One perform's TransferContext: the frozen options, the target, the figures getinfo reports,
// verbose output and failure texts (through the handle's Tracer), response header delivery,
// and the timers. CONNECTTIMEOUT (default 300 s) and TIMEOUT both bound the connect phase, the
// smaller one wins (lib/connect.c Curl_timeleft_ms); a connect-only perform ends with the connect
// phase, so TIMEOUT never reaches the application's send/recv (B6).
import type { CallbackGuard } from '../base/callback.js';
import { CURLE } from '../base/codes.js';
import type { Connection } from './connection.js';
import { addDeadline } from '../base/deadline.js';
import { traced } from '../base/trace.js';
import type { DnsCache } from '../filters/dns-cache.js';
import type { CurlError } from '../base/error.js';
import type { Target, TransferContext, TransferInfo } from '../filters/filter.js';
import type { BottomContext } from '../filters/happy-eyeballs.js';
import type { EasyOptions } from '../base/options.js';
import type { ConnectedSocket } from '../filters/socket.js';
import type { SocketCloser } from '../filters/socket-close.js';
import type { Tracer } from './verbose.js';

/** The global `performance` is a lazy getter in Node 20: read it once. */
const clock = performance;

/** lib/connect.h DEFAULT_CONNECT_TIMEOUT */
export const DEFAULT_CONNECT_TIMEOUT_MS = 300_000;

export function freshInfo(connId: number): TransferInfo {
  return {
    connId,
    primaryIp: '',
    primaryPort: 0,
    localIp: '',
    localPort: 0,
    httpConnectCode: 0,
    responseCode: 0,
    proxyAuthAvail: 0,
    proxyAuthUsed: 0,
    headerSize: 0,
    numConnects: 0,
    osErrno: 0,
    connectTime: -1,
    appconnectTime: -1,
    totalTime: -1,
  };
}

/** What the handle lends a transfer. */
export interface TransferHost {
  readonly tracer: Tracer;
  readonly guard: CallbackGuard;
  readonly dns: DnsCache;
}

export type Phase = 'resolving' | 'connecting' | 'done';

export class Transfer implements TransferContext, BottomContext {
  readonly opts: Readonly<EasyOptions>;
  readonly target: Target;
  readonly info: TransferInfo;
  readonly dns: DnsCache;
  readonly guard: CallbackGuard;
  readonly closer: SocketCloser;
  readonly conn: Connection;
  /** Resolving or connecting: which timeout text applies (lib/multi.c multi_handle_timeout). */
  phase: Phase = 'resolving';
  /** The bottom socket is the top of the chain (chain.ts decides). */
  directRead = false;
  readonly #tracer: Tracer;
  readonly #start: number;
  /** Made when a filter first asks for `signal` (EventTarget listeners cost tens of
   * microseconds; the engine's own filters use onAbort()). */
  #controller: AbortController | null = null;
  #abortReason: CurlError | null = null;
  #abortHooks: (() => void)[] = [];
  #cancelDeadline: (() => void) | null = null;

  constructor(host: TransferHost, opts: Readonly<EasyOptions>, target: Target, info: TransferInfo, start: number, conn: Connection) {
    this.opts = opts;
    this.target = target;
    this.info = info;
    this.dns = host.dns;
    this.guard = host.guard;
    this.#tracer = host.tracer;
    this.#start = start;
    this.conn = conn;
    this.closer = conn.closer;
  }

  /** Aborted when the connect timeout fires or the handle is cleaned up. */
  get signal(): AbortSignal {
    if (this.#controller === null) {
      this.#controller = new AbortController();
      if (this.#abortReason !== null) this.#controller.abort(this.#abortReason);
    }
    return this.#controller.signal;
  }

  /** Why the transfer was aborted, or null while it runs. */
  get abortReason(): CurlError | null {
    return this.#abortReason;
  }

  /** Runs `fn` once when the transfer is aborted (at once if it already was); returns a function
   * that unregisters it. */
  onAbort(fn: () => void): () => void {
    if (this.#abortReason !== null) {
      fn();
      return () => {};
    }
    this.#abortHooks.push(fn);
    return () => {
      const i = this.#abortHooks.indexOf(fn);
      if (i >= 0) this.#abortHooks.splice(i, 1);
    };
  }

  elapsed(): number {
    return clock.now() - this.#start;
  }

  /** Whether infof prints (VERBOSE is on). */
  get verbose(): boolean {
    return this.#tracer.verbose;
  }

  infof(text: string): void {
    this.#tracer.infof(text);
  }

  failf(code: number, text: string): CurlError {
    return this.#tracer.failf(code, text);
  }

  headerOut(text: string): void {
    this.#tracer.headerOut(text);
  }

  headerIn(line: string): void {
    this.#tracer.headerIn(line);
  }

  keepThrown(text: string): void {
    this.#tracer.keepThrown(text);
  }

  resetFail(): void {
    this.#tracer.resetFail();
  }

  trace(filter: string, text: string): void {
    if (traced.size > 0 && (traced.has('all') || traced.has(filter.toLowerCase()))) {
      this.#tracer.infof(`[${filter}] ${text}`);
    }
  }

  adopt(socket: ConnectedSocket): void {
    this.conn.adoptBottom(socket);
  }

  /** Response header lines to HEADERFUNCTION (J3); SUPPRESS_CONNECT_HEADERS withholds
   * CONNECT-response lines. HEADER_SIZE is counted by the caller (it counts suppressed lines too). */
  writeHeader(line: Uint8Array, connect: boolean): void {
    if (connect && this.opts.suppressConnectHeaders) return;
    const fn = this.opts.headerFunction;
    const data = this.opts.headerData;
    if (fn === null) {
      // lib/cw-out.c: without a header callback the headers are fwrite()n to HEADERDATA when
      // that is set; here HEADERDATA with a write() method (a stream) takes them.
      if (data === null || typeof (data as { write?: unknown }).write !== 'function') return;
      const sink = data as { write(chunk: Uint8Array): unknown };
      const w = this.guard.call(() => sink.write(line));
      if (!w.ok) {
        this.keepThrown(w.text);
        throw this.failf(CURLE.WRITE_ERROR, w.text);
      }
      return;
    }
    const r = this.guard.call(() => fn(line, 1, line.length, data));
    if (!r.ok) {
      this.keepThrown(r.text);
      throw this.failf(CURLE.WRITE_ERROR, r.text);
    }
    if (r.value !== line.length) {
      // lib/cw-out.c cw_out_ptr_flush
      throw this.failf(
        CURLE.WRITE_ERROR,
        `Failure writing output to destination, passed ${line.length} returned ${String(r.value)}`,
      );
    }
  }

  /** Arms the connect-phase timer. */
  startTimer(): void {
    const o = this.opts;
    const connect = o.connectTimeoutMs > 0 ? o.connectTimeoutMs : DEFAULT_CONNECT_TIMEOUT_MS;
    const limit = o.timeoutMs > 0 ? Math.min(o.timeoutMs, connect) : connect;
    this.#cancelDeadline = addDeadline(this.#start + limit, () => this.#timeout());
  }

  #timeout(): void {
    this.#cancelDeadline = null;
    const ms = Math.floor(this.elapsed());
    const what = this.phase === 'resolving' ? 'Resolving' : 'Connection';
    this.abort(this.failf(CURLE.OPERATION_TIMEDOUT, `${what} timed out after ${ms} milliseconds`));
  }

  /** Ends the transfer's waiting: timers off, filters see the abort. */
  abort(reason: CurlError): void {
    this.stopTimer();
    if (this.#abortReason !== null) return;
    this.#abortReason = reason;
    const hooks = this.#abortHooks;
    this.#abortHooks = [];
    for (const fn of hooks) fn();
    this.#controller?.abort(reason);
  }

  stopTimer(): void {
    this.#cancelDeadline?.();
    this.#cancelDeadline = null;
  }
}
