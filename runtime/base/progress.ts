// The progress of one ordinary transfer, as lib/progress.c keeps it: the byte counts and expected
// sizes the progress callbacks get, the timers of each request (TIMER_PRETRANSFER ...
// TIMER_REDIRECT, summed over a redirect chain as Curl_pgrsTimeWas sums them), the speed records
// LOW_SPEED_LIMIT/LOW_SPEED_TIME judge (pgrs_speedcheck) and the rate caps (base/rate-limit.ts).
// Made only when a transfer runs (a connect-only perform has none). A 1-second ticker stands for
// libcurl's wake-ups (curl_easy_perform polls at most a second; EXPIRE_SPEEDCHECK) so that the
// callback and the speed check also run while the peer is silent.
import { CURLE } from './codes.js';
import { CURL_PREREQFUNC_OK, CURL_PROGRESSFUNC_CONTINUE } from './constants.js';
import type { ProgressMeter, TransferContext } from './context.js';
import type { CurlError } from './error.js';
import { meterHeader, meterLine } from './progress-meter.js';
import { RateLimit } from './rate-limit.js';

/** lib/progress.h CURL_SPEED_RECORDS (5 + 1). */
const SPEED_RECORDS = 6;

/** What the meter needs of the transfer besides its context. */
export interface ProgressOwner {
  readonly ctx: TransferContext;
  /** Ends the transfer with `err` (from the ticker, where nothing can throw to). */
  abort(err: CurlError): void;
  /** The handle's note that the text meter's title lines were printed (data->progress.headers_out:
   * once per handle, until curl_easy_reset). */
  readonly shown?: { headersOut: boolean };
}

export class Progress implements ProgressMeter {
  readonly #ctx: TransferContext;
  readonly #abort: (err: CurlError) => void;
  dlTotal = -1;
  ulTotal = -1;
  dlNow = 0;
  ulNow = 0;
  /** Set while the application paused receiving (no speed check then). */
  paused = false;
  /** Amount and time of the last SPEED_RECORDS seconds (a plain array: a typed array costs an
   * ArrayBuffer per request). */
  #records: number[] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  #speeder = 0;
  #currentSpeed = 0;
  /** Milliseconds (of elapsed()) since when the speed is under LOW_SPEED_LIMIT; -1: it is not. */
  #keepsSpeed = -1;
  /** Elapsed milliseconds when the text meter last printed; -1: print at the next update. */
  #lastShow = -1;
  #singleStart = 0;
  #queueStart = 0;
  #startTransferAdded = false;
  #pretransferAdded = false;
  #recvLimit: RateLimit | null = null;
  #ticker: NodeJS.Timeout | null = null;
  /** NOPROGRESS (data->progress.hide). */
  readonly #hide: boolean;
  /** No progress callback: libcurl's text meter shows instead (data->progress.callback unset). */
  readonly #internal: boolean;
  /** NOPROGRESS and no LOW_SPEED check: nothing sees the speeds between the updates of a request
   * (no callback, no meter line, no speed check), so an update has nothing to do; the last one,
   * done(), still works them out. Saves a clock read per received chunk. */
  readonly #quiet: boolean;
  readonly #shown: { headersOut: boolean };
  /** Connected, so a failed transfer still gets its last update (lib/multi.c multi_done). */
  #connected = false;

  constructor(owner: ProgressOwner) {
    this.#ctx = owner.ctx;
    this.#abort = owner.abort;
    this.#shown = owner.shown ?? { headersOut: false };
    const o = this.#ctx.opts;
    this.#hide = o.noProgress;
    this.#internal = o.xferInfoFunction === null && o.progressFunction === null;
    if (o.maxRecvSpeed > 0) this.#recvLimit = new RateLimit(o.maxRecvSpeed);
    this.#quiet = this.#hide && !(o.lowSpeedLimit > 0 && o.lowSpeedTime > 0);
    if (!this.#quiet) {
      this.#ticker = setInterval(() => this.#tick(), 1000);
    }
  }

  #tick(): void {
    try {
      this.check();
    } catch (err) {
      this.stop();
      this.#abort(err as CurlError);
    }
  }

  /** The transfer ended: the ticker goes. */
  stop(): void {
    if (this.#ticker !== null) clearInterval(this.#ticker);
    this.#ticker = null;
  }

  /** TIMER_STARTSINGLE (and TIMER_POSTQUEUE): a request of the chain starts. */
  startSingle(): void {
    const now = this.#ctx.elapsed();
    const info = this.#ctx.info;
    info.queueTime = Math.max(info.queueTime, 0) + (now - this.#queueStart) / 1000;
    this.#singleStart = now;
    this.#startTransferAdded = false;
    this.#pretransferAdded = false;
    // Curl_pgrsReset (lib/url.c Curl_init_do, each request of a chain): counts, sizes and speed
    // records start over; the meter prints a fresh first line
    this.dlTotal = -1;
    this.dlNow = 0;
    this.ulTotal = -1;
    this.ulNow = 0;
    this.#speeder = 0;
    this.#keepsSpeed = -1;
  }

  /** lib/multi.c mstate_enter_completed: a transfer that ends before its request went out
   * (a failed connect, an abort) gets TIMER_PRETRANSFER, _POSTRANSFER and _STARTTRANSFER then. */
  completedEarly(): void {
    if (this.#pretransferAdded) return;
    this.time('pretransfer');
    this.time('posttransfer');
    this.time('starttransfer');
  }

  /** TIMER_REDIRECT: a redirect is followed; the next request queues from here. */
  redirect(): void {
    const now = this.#ctx.elapsed();
    this.#ctx.info.redirectTime = now / 1000;
    this.#queueStart = now;
  }

  time(timer: 'pretransfer' | 'posttransfer' | 'starttransfer' | 'namelookup' | 'connect' | 'appconnect'): void {
    if (timer === 'starttransfer') {
      if (this.#startTransferAdded) return;
      this.#startTransferAdded = true;
    }
    if (timer === 'pretransfer') this.#pretransferAdded = true;
    if (timer === 'pretransfer' || timer === 'connect') this.#connected = true;
    // at least one microsecond, as Curl_pgrsTimeWas makes sure
    const delta = Math.max(this.#ctx.elapsed() - this.#singleStart, 0.001) / 1000;
    const info = this.#ctx.info;
    // one named field per timer (a computed key makes every such store a slow keyed one)
    switch (timer) {
      case 'pretransfer':
        info.pretransferTime = Math.max(info.pretransferTime, 0) + delta;
        break;
      case 'posttransfer':
        info.posttransferTime = Math.max(info.posttransferTime, 0) + delta;
        break;
      case 'starttransfer':
        info.starttransferTime = Math.max(info.starttransferTime, 0) + delta;
        break;
      case 'namelookup':
        info.namelookupTime = Math.max(info.namelookupTime, 0) + delta;
        break;
      case 'connect':
        info.connectTime = Math.max(info.connectTime, 0) + delta;
        break;
      case 'appconnect':
        info.appconnectTime = Math.max(info.appconnectTime, 0) + delta;
        break;
    }
  }

  setDownloadSize(size: number): void {
    this.dlTotal = size;
    // lib/sendf.c starts the receive limit with the expected total (rlimit_tune_steps)
    const rate = this.#ctx.opts.maxRecvSpeed;
    if (rate > 0 && size > 0) this.#recvLimit = new RateLimit(rate, size);
  }

  download(n: number): void {
    this.dlNow += n;
    this.#recvLimit?.drain(n);
  }

  setUploadSize(size: number): void {
    this.ulTotal = size;
    this.ulNow = 0;
  }

  upload(n: number): void {
    this.ulNow += n;
  }

  recvAvailable(): number {
    return this.#recvLimit === null ? Infinity : this.#recvLimit.available();
  }

  recvWaitMs(): number {
    return this.#recvLimit === null ? 0 : this.#recvLimit.waitMs();
  }

  /** progress_calc: the speeds (the average since the start, the last five seconds' for
   * LOW_SPEED and the meter); true when the text meter is due (the first update, then at most
   * once a second, and at the end). */
  #calc(done: boolean): boolean {
    const elapsedMs = this.#ctx.elapsed();
    const amount = this.dlNow + this.ulNow;
    const r = this.#records;
    if (this.#speeder === 0) {
      r[0] = amount;
      r[1] = elapsedMs;
      this.#speeder = 1;
      // the overall average at the start
      this.#currentSpeed = elapsedMs > 0 ? Math.floor((amount * 1000) / elapsedMs) : amount * 1e6;
      this.#lastShow = elapsedMs;
      return true;
    }
    const next = this.#speeder % SPEED_RECORDS;
    let latest = next > 0 ? next - 1 : SPEED_RECORDS - 1;
    if (elapsedMs - r[latest * 2 + 1]! >= 1000) {
      this.#speeder++;
      latest = next;
      r[latest * 2] = amount;
      r[latest * 2 + 1] = elapsedMs;
    } else if (done) {
      if (this.#currentSpeed === 0) {
        r[latest * 2] = amount;
        r[latest * 2 + 1] = elapsedMs;
      }
    } else {
      return false;
    }
    const oldest = this.#speeder < SPEED_RECORDS ? 0 : (latest + 1) % SPEED_RECORDS;
    const moved = r[latest * 2]! - r[oldest * 2]!;
    const took = Math.max(r[latest * 2 + 1]! - r[oldest * 2 + 1]!, 0.001);
    this.#currentSpeed = Math.floor((moved * 1000) / took);
    if (this.#lastShow >= 0 && !done && elapsedMs - this.#lastShow < 1000) return false;
    this.#lastShow = elapsedMs;
    return true;
  }

  /** pgrsupdate: XFERINFOFUNCTION, else PROGRESSFUNCTION, else libcurl's text meter, unless
   * NOPROGRESS. A non-zero return other than CURL_PROGRESSFUNC_CONTINUE aborts with 42 (a throw
   * or a non-number counts as such a return: decision 9, the thrown text kept);
   * CURL_PROGRESSFUNC_CONTINUE lets the text meter show as well. */
  #callback(show: boolean): void {
    if (this.#hide) return;
    if (!this.#internal) {
      const ctx = this.#ctx;
      const o = ctx.opts;
      const fn = (o.xferInfoFunction ?? o.progressFunction)!;
      const dlTotal = Math.max(this.dlTotal, 0);
      const ulTotal = Math.max(this.ulTotal, 0);
      const r = ctx.guard.call(() => fn(o.progressData, dlTotal, this.dlNow, ulTotal, this.ulNow));
      if (!r.ok) ctx.keepThrown(r.text);
      const rc = r.ok ? r.value : 1;
      if (rc !== CURL_PROGRESSFUNC_CONTINUE) {
        if (rc === 0) return;
        throw ctx.failf(CURLE.ABORTED_BY_CALLBACK, 'Callback aborted');
      }
    }
    if (show) this.#print();
  }

  /** progress_meter: the title lines once per handle, then one status line. */
  #print(): void {
    const elapsedMs = this.#ctx.elapsed();
    const spentUs = Math.floor(elapsedMs * 1000);
    // trspeed: bytes per second since the transfer started
    const speed = (n: number): number => (spentUs < 1 ? n * 1e6 : Math.floor((n * 1e6) / spentUs));
    let text = '';
    if (!this.#shown.headersOut) {
      this.#shown.headersOut = true;
      text = meterHeader(this.#ctx.opts.resumeFrom);
    }
    text += meterLine({
      dlNow: this.dlNow,
      dlTotal: this.dlTotal,
      ulNow: this.ulNow,
      ulTotal: this.ulTotal,
      dlSpeed: speed(this.dlNow),
      ulSpeed: speed(this.ulNow),
      currentSpeed: this.#currentSpeed,
      spentUs,
    });
    this.#write(text);
  }

  /** To CURLOPT_STDERR (stderr by default); a sink that throws is ignored, its text kept. */
  #write(text: string): void {
    try {
      (this.#ctx.opts.stderr ?? process.stderr).write(text);
    } catch (err) {
      this.#ctx.keepThrown(err instanceof Error ? err.message : String(err));
    }
  }

  /** Curl_pgrsUpdate. */
  update(): void {
    if (this.#quiet) return;
    this.#callback(this.#calc(false));
  }

  /** Curl_pgrsCheck: update, then the speed check. */
  check(): void {
    this.update();
    this.#speedCheck();
  }

  /** Curl_pgrsDone, at the end of each request (lib/multi.c multi_done, a followed redirect's
   * too): the last, forced update, then the text meter's newline. `finished` false: a
   * connect-only perform, whose request is not done (data->req.done), so no line is forced. */
  done(finished = true): void {
    this.#lastShow = -1;
    this.#callback(this.#calc(finished));
    if (!this.#hide && this.#internal) this.#write('\n');
  }

  /** multi_done for a failed transfer: Curl_pgrsDone runs once the transfer had connected,
   * unless a callback aborted it (42); its own result no longer counts. The request is not done
   * (data->req.done), so no last line is forced: the meter just ends its line. */
  failed(code: number): void {
    if (!this.#connected || code === CURLE.ABORTED_BY_CALLBACK) return;
    try {
      this.done(false);
    } catch {
      // the transfer already failed with `code`
    }
  }

  // lib/progress.c pgrs_speedcheck
  #speedCheck(): void {
    const o = this.#ctx.opts;
    if (o.lowSpeedTime === 0 || o.lowSpeedLimit === 0 || this.paused) return;
    const now = this.#ctx.elapsed();
    if (this.#currentSpeed < o.lowSpeedLimit) {
      if (this.#keepsSpeed < 0) this.#keepsSpeed = now;
      else if (now - this.#keepsSpeed >= o.lowSpeedTime * 1000) {
        throw this.#ctx.failf(
          CURLE.OPERATION_TIMEDOUT,
          `Operation too slow. Less than ${o.lowSpeedLimit} bytes/sec transferred the last ${o.lowSpeedTime} seconds`,
        );
      }
    } else {
      this.#keepsSpeed = -1;
    }
  }

  /** Curl_pgrsRecvPause: a resumed transfer starts its speed records over. */
  recvPaused(on: boolean): void {
    this.paused = on;
    if (on) return;
    this.#speeder = 0;
    this.#keepsSpeed = -1;
  }
}

/** TIMER_PRETRANSFER, _POSTRANSFER or _STARTTRANSFER: on the meter when the transfer has one; a
 * connect-only perform (CONNECT_ONLY=2 sends one request and has no meter) stores the time since
 * the perform started, STARTTRANSFER only once. */
export function stampTimer(ctx: TransferContext, timer: 'pretransfer' | 'posttransfer' | 'starttransfer'): void {
  const meter = ctx.meter;
  if (meter) {
    meter.time(timer);
    return;
  }
  const t = Math.max(ctx.elapsed(), 0.001) / 1000;
  const info = ctx.info;
  if (timer === 'pretransfer') info.pretransferTime = t;
  else if (timer === 'posttransfer') info.posttransferTime = t;
  else if (info.starttransferTime < 0) info.starttransferTime = t;
}

/** PREREQFUNCTION, called once the connection is there and before each request goes out
 * (lib/multi.c multi_do's state, connect-only transfers included). Anything but
 * CURL_PREREQFUNC_OK, a throw included (decision 9), aborts with 42. */
export function prereq(ctx: TransferContext, local: { ip: string; port: number }): void {
  const o = ctx.opts;
  const fn = o.prereqFunction;
  if (fn === null) return;
  const info = ctx.info;
  const r = ctx.guard.call(() => fn(o.prereqData, info.primaryIp, local.ip, info.primaryPort, local.port));
  if (!r.ok) ctx.keepThrown(r.text);
  if (r.ok && r.value === CURL_PREREQFUNC_OK) return;
  throw ctx.failf(CURLE.ABORTED_BY_CALLBACK, 'operation aborted by pre-request callback');
}

/** Bytes MAX_RECV_SPEED_LARGE lets through now, after waiting for them (lib/multi.c
 * MSTATE_RATELIMITING and Curl_rlimit_wait_ms); the transfer's abort ends the wait (it throws). */
export async function recvAllowance(ctx: TransferContext, meter: ProgressMeter): Promise<number> {
  for (;;) {
    const n = meter.recvAvailable();
    if (n > 0) return n;
    if (ctx.abortReason !== null) throw ctx.abortReason;
    await sleep(ctx, Math.max(meter.recvWaitMs(), 1));
  }
}

/** `ms` milliseconds, or less when the transfer is aborted (then it throws the reason): the wait
 * of the rate caps (receive here, send in http/upload.ts). */
export async function sleep(ctx: TransferContext, ms: number): Promise<void> {
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    const unhook = ctx.onAbort(done);
    function done(): void {
      clearTimeout(timer);
      unhook();
      resolve();
    }
  });
  if (ctx.abortReason !== null) throw ctx.abortReason;
}
