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
import { RateLimit } from './rate-limit.js';

/** lib/progress.h CURL_SPEED_RECORDS (5 + 1). */
const SPEED_RECORDS = 6;

/** What the meter needs of the transfer besides its context. */
export interface ProgressOwner {
  readonly ctx: TransferContext;
  /** Ends the transfer with `err` (from the ticker, where nothing can throw to). */
  abort(err: CurlError): void;
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
  #singleStart = 0;
  #queueStart = 0;
  #startTransferAdded = false;
  #pretransferAdded = false;
  #recvLimit: RateLimit | null = null;
  #ticker: NodeJS.Timeout | null = null;
  readonly #hide: boolean;

  constructor(owner: ProgressOwner) {
    this.#ctx = owner.ctx;
    this.#abort = owner.abort;
    const o = this.#ctx.opts;
    this.#hide = o.noProgress || (o.xferInfoFunction === null && o.progressFunction === null);
    if (o.maxRecvSpeed > 0) this.#recvLimit = new RateLimit(o.maxRecvSpeed);
    if (!this.#hide || (o.lowSpeedLimit > 0 && o.lowSpeedTime > 0)) {
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
    this.dlTotal = -1;
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

  /** The speeds (progress_calc): the average since the start for the infos, the last five
   * seconds' for LOW_SPEED. */
  #calc(done: boolean): void {
    const elapsedMs = this.#ctx.elapsed();
    const amount = this.dlNow + this.ulNow;
    const r = this.#records;
    if (this.#speeder === 0) {
      r[0] = amount;
      r[1] = elapsedMs;
      this.#speeder = 1;
      this.#currentSpeed = elapsedMs > 0 ? (amount * 1000) / elapsedMs : amount * 1e6;
      return;
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
      return;
    }
    const oldest = this.#speeder < SPEED_RECORDS ? 0 : (latest + 1) % SPEED_RECORDS;
    const moved = r[latest * 2]! - r[oldest * 2]!;
    const took = Math.max(r[latest * 2 + 1]! - r[oldest * 2 + 1]!, 0.001);
    this.#currentSpeed = Math.floor((moved * 1000) / took);
  }

  /** pgrsupdate: XFERINFOFUNCTION, else PROGRESSFUNCTION, unless NOPROGRESS. A non-zero return
   * other than CURL_PROGRESSFUNC_CONTINUE aborts with 42; a throw or a non-number counts as such
   * a return (decision 9, the thrown text kept). */
  #callback(): void {
    if (this.#hide) return;
    const ctx = this.#ctx;
    const o = ctx.opts;
    const fn = o.xferInfoFunction ?? o.progressFunction;
    if (fn === null) return;
    const dlTotal = Math.max(this.dlTotal, 0);
    const ulTotal = Math.max(this.ulTotal, 0);
    const r = ctx.guard.call(() => fn(o.progressData, dlTotal, this.dlNow, ulTotal, this.ulNow));
    if (!r.ok) ctx.keepThrown(r.text);
    const rc = r.ok ? r.value : 1;
    if (rc === CURL_PROGRESSFUNC_CONTINUE || rc === 0) return;
    throw ctx.failf(CURLE.ABORTED_BY_CALLBACK, 'Callback aborted');
  }

  /** Curl_pgrsUpdate. */
  update(): void {
    this.#calc(false);
    this.#callback();
  }

  /** Curl_pgrsCheck: update, then the speed check. */
  check(): void {
    this.update();
    this.#speedCheck();
  }

  /** Curl_pgrsDone: the last, forced update. */
  done(): void {
    this.#calc(true);
    this.#callback();
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
