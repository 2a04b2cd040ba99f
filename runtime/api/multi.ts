// The multi interface (lib/multi.c): several transfers at once, one connection cache shared by
// the handles added, completion messages read one at a time. In Node the transfers progress on
// socket events by themselves; perform() starts the transfers that were added (or were waiting
// for a host slot) and says how many are still running, poll() waits until one of them changes
// state, as curl_multi_poll waits on the sockets.
//
// A connect-only handle that has finished keeps its connection while it stays added (I1);
// removeHandle closes it at once (I2). The transfers themselves run in the engine's Driver, the
// same one easy.perform() uses (core/driver.ts).
import type { CURLMOPT, MultiSetopt } from '../../generated/multi-options.js';
import { validateMultiOption } from '../../generated/validators.js';
import { CallbackGuard } from '../base/callback.js';
import { CURLMSG_DONE } from '../base/constants.js';
import type { CacheTrace } from '../core/conn-cache.js';
import { Driver } from '../core/driver.js';
import type { Handle } from '../core/handle.js';
import { hostKey } from '../core/proxy-plan.js';
import { setLongTimeout } from '../base/deadline.js';
import { handleOf, type Easy } from './easy.js';
import { CURLM, multiOptionHandlers, type MultiLimits } from './multi-setopt.js';

export { CURLM } from './multi-setopt.js';

/** A multi option's base name (generated/multi-options.ts, from specs/CURLMOPT_*.md). */
export type CurlMoption = (typeof CURLMOPT)[keyof typeof CURLMOPT];

/** A completion message (struct CURLMsg): `msg` is CURLMSG_DONE, the only kind libcurl sends;
 * `result` is the transfer's CURLcode (data.result). */
export interface MultiMessage {
  msg: typeof CURLMSG_DONE;
  easy: Easy;
  result: number;
}

type State = 'waiting' | 'running' | 'done';

interface Entry {
  easy: Easy;
  handle: Handle;
  state: State;
  /** The host (or first proxy) the transfer goes to, for MAX_HOST_CONNECTIONS; null until a
   * limit asks (working it out parses the URL and plans the proxy: not done per transfer
   * without a limit). */
  hostKey: string | null;
}

/** The entry's host key, worked out at the first need. */
function keyOf(e: Entry): string {
  return (e.hostKey ??= hostKey(e.handle.opts));
}

/** curl_multi_setopt's long value, once the generated validator saw an integer: a safe one >= 0. */
function asCount(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

const silent: CacheTrace = { infof: () => {} };

// setopt gets its typed signature from the generated MultiSetopt interface (one generic method
// over the map of specs/CURLMOPT_*.md) by declaration merging; the implementation is assigned in
// the static block.
export interface Multi extends MultiSetopt {}

export class Multi {
  readonly #driver: Driver;
  readonly #entries = new Map<Easy, Entry>();
  /** The same entries by engine handle (a handle's cleanup removes it by handle). */
  readonly #byHandle = new Map<Handle, Entry>();
  readonly #messages: MultiMessage[] = [];
  /** The entries in state 'waiting', in the order they were added (what #startWaiting walks). */
  readonly #waiting = new Set<Entry>();
  /** Entries not 'done' (what perform() answers), kept as they change state. */
  #notDone = 0;
  /** What setopt changes (multi-setopt.ts). */
  readonly #limits: MultiLimits = {
    maxConnects: 0,
    maxHostConnections: 0,
    hostLimitChanged: () => this.#startWaiting(),
    multiplex: (on) => (this.#driver.cache.multiplex = on),
    maxStreams: (n) => (this.#driver.cache.maxStreams = n),
  };
  /** Callers of poll() waiting for a change. */
  #pollers: (() => void)[] = [];
  #changed = false;
  /** Transfers that finished or were removed since the last poll: what poll() reports, as
   * curl_multi_poll reports the sockets that saw events (lib/multi.c multi_wait). */
  #events = 0;
  #destroyed = false;

  constructor() {
    this.#driver = new Driver(
      // CURLMOPT_MAXCONNECTS 0: four connections for each handle added
      () => (this.#limits.maxConnects > 0 ? this.#limits.maxConnects : 4 * Math.max(1, this.#entries.size)),
      (h) => {
        const e = this.#byHandle.get(h);
        if (e !== undefined) this.removeHandle(e.easy);
      },
    );
    this.#driver.cache.onMultiplex = () => this.#startWaiting();
  }

  /** Whether an application callback of any added handle is running (CURLM_RECURSIVE_API_CALL). */
  #inCallback(): boolean {
    if (CallbackGuard.running === 0) return false;
    for (const e of this.#entries.values()) if (e.handle.guard.active) return true;
    return false;
  }

  static {
    Multi.prototype.setopt = function (this: Multi, option: string, value: unknown): number {
      return this.#setopt(option, value);
    } as MultiSetopt['setopt'];
  }

  /** curl_multi_setopt: one of multiOptionHandlers' options with a long. */
  #setopt(option: string, value: unknown): number {
    if (this.#destroyed) return CURLM.BAD_HANDLE;
    if (this.#inCallback()) return CURLM.RECURSIVE_API_CALL;
    if (typeof option !== 'string') return CURLM.UNKNOWN_OPTION;
    // the generated check: UNKNOWN_OPTION for a name no spec defines, BAD_FUNCTION_ARGUMENT for a non-integer
    const valid = validateMultiOption(option, value);
    if (valid !== CURLM.OK) return valid;
    // a spec without a handler is unknown, as an option a libcurl build leaves out
    const handler = Object.prototype.hasOwnProperty.call(multiOptionHandlers, option) ? multiOptionHandlers[option] : undefined;
    if (handler === undefined) return CURLM.UNKNOWN_OPTION;
    const v = asCount(value);
    if (v === null) return CURLM.BAD_FUNCTION_ARGUMENT;
    return handler(this.#limits, v);
  }

  /** curl_multi_add_handle: the transfer starts at the next perform(). */
  addHandle(easy: Easy): number {
    if (this.#destroyed) return CURLM.BAD_HANDLE;
    const handle = handleOf(easy);
    if (handle === undefined || handle.destroyed) return CURLM.BAD_EASY_HANDLE;
    if (this.#inCallback()) return CURLM.RECURSIVE_API_CALL;
    if (handle.driver !== null || handle.performing || this.#entries.has(easy)) return CURLM.ADDED_ALREADY;
    const key = this.#limits.maxHostConnections > 0 ? hostKey(handle.opts) : null;
    const entry: Entry = { easy, handle, state: 'waiting', hostKey: key };
    handle.driver = this.#driver;
    this.#entries.set(easy, entry);
    this.#byHandle.set(handle, entry);
    this.#waiting.add(entry);
    this.#notDone++;
    return CURLM.OK;
  }

  /** curl_multi_remove_handle: a running transfer is stopped; a connect-only connection is
   * closed at once (I2). Removing a handle that is not added is OK. */
  removeHandle(easy: Easy): number {
    if (this.#destroyed) return CURLM.BAD_HANDLE;
    const handle = handleOf(easy);
    if (handle === undefined) return CURLM.BAD_EASY_HANDLE;
    if (this.#inCallback()) return CURLM.RECURSIVE_API_CALL;
    const entry = this.#entries.get(easy);
    if (entry === undefined) return CURLM.OK;
    this.#entries.delete(easy);
    this.#byHandle.delete(handle);
    this.#waiting.delete(entry);
    if (entry.state !== 'done') this.#notDone--;
    // its completion message goes with it (lib/multi.c multi_done_locked / Curl_llist_remove)
    for (let i = this.#messages.length - 1; i >= 0; i--) if (this.#messages[i]!.easy === easy) this.#messages.splice(i, 1);
    this.#driver.detach(handle);
    // I2: a connect-only connection is closed at once
    handle.dropConnectOnly();
    this.#startWaiting();
    this.#wake(false);
    return CURLM.OK;
  }

  /** How many connections the transfers to `hostKey` use now (the streams of one HTTP/2
   * connection count once; a transfer without its connection yet counts as one), and whether
   * those connections have a stream free beyond the transfers still looking for one. */
  #connectionsTo(hostKey: string): { count: number; room: boolean } {
    const seen = new Set<unknown>();
    let count = 0;
    let free = 0;
    let unplaced = 0;
    for (const e of this.#entries.values()) {
      if (e.state !== 'running' || keyOf(e) !== hostKey) continue;
      const conn = e.handle.lastConn;
      if (conn === null || conn.closed) unplaced++;
      else if (!seen.has(conn)) {
        seen.add(conn);
        count++;
        const mux = conn.mux;
        if (mux !== null && !mux.draining) free += Math.max(0, mux.limit - mux.inUse);
      }
    }
    return { count: count + unplaced, room: this.#driver.cache.multiplex && free > unplaced };
  }

  #start(entry: Entry): void {
    entry.state = 'running';
    void this.#driver.run(entry.handle).then((result) => {
      if (this.#entries.get(entry.easy) !== entry) return;
      entry.state = 'done';
      this.#notDone--;
      this.#messages.push({ msg: CURLMSG_DONE, easy: entry.easy, result });
      // a slot for a waiting transfer to the same host is free
      this.#startWaiting();
      this.#wake();
    });
  }

  /** Starts the waiting transfers that MAX_HOST_CONNECTIONS lets run. */
  #startWaiting(): void {
    if (this.#destroyed) return;
    // (a start may come back here: the set skips what the inner walk started)
    for (const e of this.#waiting) {
      const limit = this.#limits.maxHostConnections;
      if (limit > 0 && keyOf(e) !== '') {
        // lib/multi.c: the limit counts connections; a transfer that can be a stream of one
        // already open to the host goes on
        const used = this.#connectionsTo(keyOf(e));
        if (used.count >= limit && !used.room) continue;
      }
      this.#waiting.delete(e);
      this.#start(e);
    }
  }

  /** curl_multi_perform: starts what was added; returns how many transfers are not done. */
  perform(): number {
    if (this.#destroyed || this.#inCallback()) return 0;
    this.#startWaiting();
    return this.#notDone;
  }

  /** The CURLMcode of the last perform() would be OK; for a running count use perform(). */
  get running(): number {
    return this.#notDone;
  }

  /** Ends the wait of poll() callers; `activity` false for a wakeup, which libcurl does not count
   * ("do not count the wakeup socket into the returned value", lib/multi.c multi_wait). */
  #wake(activity = true): void {
    this.#changed = true;
    if (activity) this.#events++;
    const list = this.#pollers;
    this.#pollers = [];
    for (const w of list) w();
  }

  /**
   * curl_multi_poll: resolves when a transfer changed state since the last poll (finished, was
   * removed), wakeup() was called, or `timeoutMs` passed; the number is how many transfers
   * changed state (C's *numfds, the sockets that saw events), 0 after a quiet timeout. With no
   * transfers it waits the whole timeout too, as curl_multi_poll does (multi_wait's extrawait).
   */
  poll(timeoutMs: number): Promise<number> {
    const take = (): number => {
      const n = this.#events;
      this.#events = 0;
      this.#changed = false;
      return n;
    };
    if (this.#changed || this.#destroyed) return Promise.resolve(take());
    return new Promise<number>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const done = (): void => {
        if (timer !== undefined) clearTimeout(timer);
        resolve(take());
      };
      this.#pollers.push(done);
      if (Number.isFinite(timeoutMs) && timeoutMs >= 0) {
        const expire = (): void => {
          const i = this.#pollers.indexOf(done);
          if (i >= 0) this.#pollers.splice(i, 1);
          resolve(0);
        };
        // the whole timeout, also past setTimeout's 2^31-1 ms
        setLongTimeout(expire, timeoutMs, (t) => {
          timer = t;
        });
      }
    });
  }

  /** curl_multi_wakeup: a poll() in progress returns at once. */
  wakeup(): number {
    if (this.#destroyed) return CURLM.BAD_HANDLE;
    this.#wake(false);
    return CURLM.OK;
  }

  /** curl_multi_info_read: the next completion message, or undefined when none is left. */
  infoRead(): MultiMessage | undefined {
    if (this.#destroyed) return undefined;
    return this.#messages.shift();
  }

  /** curl_multi_cleanup: the handles still added are removed (connect-only connections closed),
   * then every cached connection is closed. Later calls return CURLM_BAD_HANDLE. */
  cleanup(): number {
    if (this.#destroyed) return CURLM.BAD_HANDLE;
    if (this.#inCallback()) return CURLM.RECURSIVE_API_CALL;
    for (const easy of [...this.#entries.keys()]) this.removeHandle(easy);
    this.#driver.closeAll(silent);
    this.#destroyed = true;
    this.#wake(false);
    return CURLM.OK;
  }
}
