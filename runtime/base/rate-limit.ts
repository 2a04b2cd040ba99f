// A token bucket per direction for MAX_RECV_SPEED_LARGE and MAX_SEND_SPEED_LARGE, as libcurl 8.22
// keeps one (lib/ratelimit.c): each step (a second at first) adds `rate` tokens, capped by the
// burst; bytes moved drain them (below zero is a debt); no tokens, no reading (lib/multi.c
// asks Curl_rlimit_avail before a read and Curl_rlimit_wait_ms for the timer). When the total is
// known at the start, the steps are tuned so that the last one is short (rlimit_tune_steps), which
// keeps the average of a short transfer at the cap.

const US_PER_SEC = 1_000_000;
/** CURL_RLIMIT_MIN_RATE and CURL_RLIMIT_STEP_MIN_MS (lib/ratelimit.c). */
const MIN_RATE = 4 * 1024;
const STEP_MIN_MS = 2;

/** The global `performance` is a lazy getter in Node 20: read it once. */
const clock = performance;

export class RateLimit {
  readonly #ratePerSec: number;
  #ratePerStep: number;
  #burstPerStep: number;
  #stepUs = US_PER_SEC;
  #spareUs = 0;
  #tokens: number;
  /** Microseconds on the clock of the last update. */
  #ts: number;

  /** `rate` bytes per second (> 0); the burst is the rate, as lib/setopt.c sets it. */
  constructor(rate: number, totalTokens = -1) {
    this.#ratePerSec = rate;
    this.#ratePerStep = rate;
    this.#burstPerStep = rate;
    this.#tokens = rate;
    this.#ts = clock.now() * 1000;
    if (totalTokens > 1) this.#tune(totalTokens);
  }

  #update(nowUs: number): void {
    let elapsed = nowUs - this.#ts;
    if (elapsed <= 0) return;
    elapsed += this.#spareUs;
    if (elapsed < this.#stepUs) return;
    this.#ts = nowUs;
    const steps = Math.floor(elapsed / this.#stepUs);
    this.#spareUs = elapsed % this.#stepUs;
    this.#tokens += this.#ratePerStep * steps;
    if (this.#burstPerStep > 0 && this.#tokens > this.#burstPerStep) this.#tokens = this.#burstPerStep;
  }

  // lib/ratelimit.c rlimit_tune_steps: make the last step short when the total is known.
  #tune(total: number): void {
    let last = Math.floor(total / 100);
    if (last === 0) last = 1;
    else if (last > MIN_RATE) last = MIN_RATE;
    const main = total - last;
    const msteps = Math.floor((main * 1000) / this.#ratePerStep);
    if (msteps < STEP_MIN_MS) return;
    if (msteps < 1000) {
      this.#stepUs = msteps * 1000;
      this.#ratePerStep = main;
      this.#tokens = main;
      return;
    }
    const inc = Math.floor((msteps % 1000) / Math.floor(msteps / 1000));
    if (inc === 0) return;
    const rateInc = Math.floor((this.#ratePerStep * inc) / 1000);
    if (rateInc === 0) return;
    this.#stepUs = US_PER_SEC + inc * 1000;
    this.#ratePerStep += rateInc;
    this.#tokens = this.#ratePerStep;
    const burstInc = Math.floor((this.#burstPerStep * inc) / 1000);
    if (burstInc > 0) this.#burstPerStep += burstInc;
  }

  /** Bytes that may move now (Curl_rlimit_avail); at most what a step gives. */
  available(): number {
    this.#update(clock.now() * 1000);
    return this.#tokens;
  }

  /** `n` bytes moved (Curl_rlimit_drain). */
  drain(n: number): void {
    this.#update(clock.now() * 1000);
    this.#tokens -= n;
  }

  /** Milliseconds until tokens are there again, 0 when they are (Curl_rlimit_wait_ms). */
  waitMs(): number {
    const now = clock.now() * 1000;
    this.#update(now);
    if (this.#tokens > 0) return 0;
    let wait = this.#stepUs - this.#spareUs;
    if (this.#tokens < 0) {
      const debtPct = Math.floor((-this.#tokens * 100) / this.#ratePerStep);
      if (debtPct > 0) wait += (this.#stepUs * debtPct) / 100;
    }
    const elapsed = now - this.#ts;
    if (elapsed >= wait) return 0;
    return Math.ceil((wait - elapsed) / 1000);
  }

  get rate(): number {
    return this.#ratePerSec;
  }
}
