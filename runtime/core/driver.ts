// What runs transfers for handles: a connection cache and its connection numbers, shared by the
// handles attached (libcurl's multi handle without the socket API). easy.perform has one of its
// own, kept across performs as libcurl keeps data->multi_easy; a Multi has one for the handles
// added to it. Both run a transfer the same way: perform.ts.
import { CURLE } from '../base/codes.js';
import { ConnCache, type CacheTrace } from './conn-cache.js';
import type { DriverLink, Handle } from './handle.js';
import { perform } from './perform.js';

/** The default cleanupOf: the owner does nothing. */
function keep(): void {}

export class Driver implements DriverLink {
  readonly cache = new ConnCache();
  readonly #maxConnects: () => number;
  readonly #cleanupOf: (h: Handle) => void;
  /** lib/conncache.c Curl_cpool_xfer_init: each transfer added gets the next number. */
  #nextXferId = 0;

  readonly releaseOnEnd: boolean;

  /** `maxConnects`: how many idle connections the cache keeps; `cleanupOf`: what the owner does
   * when an attached handle is cleaned up (a Multi removes it, I2); `releaseOnEnd`: the handle
   * leaves the driver when its transfer ends (easy.perform's own driver, H4). */
  constructor(maxConnects: () => number, cleanupOf: (h: Handle) => void = keep, releaseOnEnd = false) {
    this.#maxConnects = maxConnects;
    this.#cleanupOf = cleanupOf;
    this.releaseOnEnd = releaseOnEnd;
  }

  maxConnects(): number {
    return this.#maxConnects();
  }

  cleanupOf(h: Handle): void {
    this.#cleanupOf(h);
  }

  /** Attaches `h` and runs one transfer to its end; resolves with the CURLcode (never rejects).
   * The handle stays attached until detach(). */
  run(h: Handle): Promise<number> {
    h.driver = this;
    h.xferId = this.#nextXferId++;
    return perform(h, this);
  }

  /** The handle leaves the driver (lib/multi.c Curl_multi_remove_handle): a transfer still
   * running is stopped. What happens to a connect-only connection is the owner's rule. */
  detach(h: Handle): void {
    if (h.driver !== this) return;
    h.driver = null;
    h.abortTransfer(CURLE.ABORTED_BY_CALLBACK, 'Transfer was removed from its multi handle');
  }

  /** Closes every cached connection (multi cleanup, easy cleanup). */
  closeAll(trace: CacheTrace): void {
    this.cache.closeAll(trace);
  }
}
