// Calls into application callbacks. libcurl marks a handle "in callback" while one runs
// (lib/sendf.c Curl_set_in_callback) so that curl_easy_send/recv from inside it return
// CURLE_RECURSIVE_API_CALL (93) (section C2; test 1555). A JavaScript callback may also throw:
// decision 9 turns that into the callback's failure value, never an uncaught exception.

export type CallbackResult<T> = { ok: true; value: T } | { ok: false; error: unknown; text: string };

export class CallbackGuard {
  #depth = 0;
  /** Callbacks running now, of every handle: 0 answers "is any handle in a callback?" without
   * asking each (a multi handle asks on every add, remove and perform). */
  static running = 0;

  /** True while any application callback of the handle is running. */
  get active(): boolean {
    return this.#depth > 0;
  }

  /** Runs `fn` marked as a callback; a throw comes back as `{ ok: false }` with its message. */
  call<T>(fn: () => T): CallbackResult<T> {
    this.#depth++;
    CallbackGuard.running++;
    try {
      return { ok: true, value: fn() };
    } catch (error) {
      return { ok: false, error, text: error instanceof Error ? error.message : String(error) };
    } finally {
      this.#depth--;
      CallbackGuard.running--;
    }
  }
}
