// One perform's TransferContext: the frozen options, the current target (a redirect moves it),
// the figures getinfo reports, verbose output and failure texts (through the handle's Tracer),
// response header delivery, the abort and the timers. CONNECTTIMEOUT (default 300 s) and TIMEOUT
// both bound the connect phase, the smaller one wins (lib/connect.c Curl_timeleft_ms); TIMEOUT
// also bounds a whole ordinary transfer; a connect-only perform ends with the connect phase, so
// TIMEOUT never reaches the application's send/recv (B6).
import type { CallbackGuard } from '../base/callback.js';
import { CURLE } from '../base/codes.js';
import { CURL_WRITEFUNC_PAUSE } from '../base/constants.js';
import type { CookieLink, HeaderCollector, Phase, ProgressMeter, Target, TransferContext, TransferInfo } from '../base/context.js';
import { addDeadline, cancelDeadline, type Deadline } from '../base/deadline.js';
import type { CurlError } from '../base/error.js';
import type { EasyOptions } from '../base/options.js';
import { isTraced } from '../base/trace.js';
import type { Tracer } from './verbose.js';

/** The global `performance` is a lazy getter in Node 20: read it once. */
const clock = performance;

/** include/curl/curl.h CURL_HTTP_VERSION_1_1 */
const CURL_HTTP_VERSION_1_1 = 2;

/** lib/connect.h DEFAULT_CONNECT_TIMEOUT */
export const DEFAULT_CONNECT_TIMEOUT_MS = 300_000;

/** A transfer's abort hooks before the first (shared: onAbort replaces it, never grows it). */
const NO_HOOKS: (() => void)[] = Object.freeze([]) as unknown as (() => void)[];

export class Transfer implements TransferContext {
  /** The options (a snapshot; replaced only by http11Only()). */
  opts: Readonly<EasyOptions>;
  target: Target;
  readonly info: TransferInfo;
  readonly guard: CallbackGuard;
  phase: Phase = 'resolving';
  /** Set by the request loop for an ordinary transfer (connect-only performs have neither). */
  meter: ProgressMeter | null = null;
  headerStore: HeaderCollector | null = null;
  /** The handle's cookie engine (set by perform). */
  cookies: CookieLink | null = null;
  bodyWriter: object | null = null;
  readonly #tracer: Tracer;
  readonly #start: number;
  #abortReason: CurlError | null = null;
  #abortHooks: (() => void)[] = NO_HOOKS;
  #connectDeadline: Deadline | null = null;
  #totalDeadline: Deadline | null = null;

  readonly #current: () => Readonly<EasyOptions>;

  constructor(
    tracer: Tracer,
    guard: CallbackGuard,
    current: () => Readonly<EasyOptions>,
    target: Target,
    info: TransferInfo,
    start: number,
  ) {
    this.#tracer = tracer;
    this.guard = guard;
    this.#current = current;
    this.opts = current();
    this.target = target;
    this.info = info;
    this.#start = start;
  }

  /** The rest of the transfer speaks HTTP/1.1 (lib/multi.c sets http_neg.wanted and allowed to
   * CURL_HTTP_V1x after an HTTP_1_1_REQUIRED reset): ALPN offers http/1.1 alone, no h2c. */
  http11Only(): void {
    this.opts = { ...this.opts, httpVersion: CURL_HTTP_VERSION_1_1 };
  }

  current(): Readonly<EasyOptions> {
    return this.#current();
  }

  get abortReason(): CurlError | null {
    return this.#abortReason;
  }

  onAbort(fn: () => void): () => void {
    if (this.#abortReason !== null) {
      fn();
      return () => {};
    }
    // a list of one for the usual single hook, not an empty one grown (17 slots)
    if (this.#abortHooks.length === 0) this.#abortHooks = [fn];
    else this.#abortHooks.push(fn);
    return () => {
      const hooks = this.#abortHooks;
      // hooks mostly go in the reverse order they came: the last one without splice's array
      if (hooks[hooks.length - 1] === fn) {
        hooks.pop();
        return;
      }
      const i = hooks.indexOf(fn);
      if (i >= 0) hooks.splice(i, 1);
    };
  }

  elapsed(): number {
    return clock.now() - this.#start;
  }

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
    if (isTraced(filter.toLowerCase())) {
      this.#tracer.infof(`[${filter}] ${text}`);
    }
  }

  /** Response header lines to HEADERFUNCTION (J3); SUPPRESS_CONNECT_HEADERS withholds
   * CONNECT-response lines. HEADER_SIZE is counted by the caller (it counts suppressed lines too). */
  writeHeader(line: Uint8Array, connect: boolean): boolean {
    if (connect && this.opts.suppressConnectHeaders) return false;
    const fn = this.opts.headerFunction;
    const data = this.opts.headerData;
    if (fn === null) {
      // lib/cw-out.c: without a header callback the headers are fwrite()n to HEADERDATA when
      // that is set; here HEADERDATA with a write() method (a stream) takes them.
      if (data === null || typeof (data as { write?: unknown }).write !== 'function') return false;
      const sink = data as { write(chunk: Uint8Array): unknown };
      const w = this.guard.call(() => sink.write(line));
      if (!w.ok) {
        this.keepThrown(w.text);
        throw this.failf(CURLE.WRITE_ERROR, w.text);
      }
      return false;
    }
    const r = this.guard.call(() => fn(line, 1, line.length, data));
    if (!r.ok) {
      this.keepThrown(r.text);
      throw this.failf(CURLE.WRITE_ERROR, r.text);
    }
    // lib/cw-out.c cw_out_cb_write: a header callback may pause the transfer too
    if (r.value === CURL_WRITEFUNC_PAUSE) return true;
    if (r.value !== line.length) {
      // lib/cw-out.c cw_out_ptr_flush
      throw this.failf(
        CURLE.WRITE_ERROR,
        `Failure writing output to destination, passed ${line.length} returned ${String(r.value)}`,
      );
    }
    return false;
  }

  /** Arms the connect-phase timer for a new connection. */
  startConnectTimer(): void {
    const o = this.opts;
    const connect = o.connectTimeoutMs > 0 ? o.connectTimeoutMs : DEFAULT_CONNECT_TIMEOUT_MS;
    const limit = o.timeoutMs > 0 ? Math.min(o.timeoutMs, connect) : connect;
    this.phase = 'resolving';
    this.#connectDeadline = addDeadline(this.#start + limit, () => {
      this.#connectDeadline = null;
      const ms = Math.floor(this.elapsed());
      const what = this.phase === 'resolving' ? 'Resolving' : 'Connection';
      this.abort(this.failf(CURLE.OPERATION_TIMEDOUT, `${what} timed out after ${ms} milliseconds`));
    });
  }

  /** The chain is up (or gave up): the connect timer is off. */
  stopConnectTimer(): void {
    this.phase = 'done';
    if (this.#connectDeadline !== null) cancelDeadline(this.#connectDeadline);
    this.#connectDeadline = null;
  }

  /** TIMEOUT bounds a whole ordinary transfer (lib/multi.c multi_handle_timeout). */
  startTotalTimer(): void {
    if (this.opts.timeoutMs <= 0) return;
    this.#totalDeadline = addDeadline(this.#start + this.opts.timeoutMs, () => {
      this.#totalDeadline = null;
      const ms = Math.floor(this.elapsed());
      const text = `Operation timed out after ${ms} milliseconds with ${this.info.sizeDownload} bytes received`;
      this.abort(this.failf(CURLE.OPERATION_TIMEDOUT, text));
    });
  }

  /** Ends the transfer's waiting: timers off, everything waiting sees the abort. */
  abort(reason: CurlError): void {
    this.stopTimers();
    if (this.#abortReason !== null) return;
    this.#abortReason = reason;
    const hooks = this.#abortHooks;
    this.#abortHooks = NO_HOOKS;
    for (const fn of hooks) fn();
  }

  stopTimers(): void {
    if (this.#connectDeadline !== null) cancelDeadline(this.#connectDeadline);
    this.#connectDeadline = null;
    if (this.#totalDeadline !== null) cancelDeadline(this.#totalDeadline);
    this.#totalDeadline = null;
  }
}
