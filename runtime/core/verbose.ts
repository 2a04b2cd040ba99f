// Verbose output and failure texts (lib/curl_trc.c Curl_debug, Curl_infof, Curl_failf).
// Lines go to DEBUGFUNCTION when set, else to STDERR (process.stderr by default) with libcurl's
// prefixes: "* " for TEXT, "< " for HEADER_IN, "> " for HEADER_OUT (once per call, as
// Curl_debug writes it), nothing for data types. Only when VERBOSE is on (K1). failf() also fills
// ERRORBUFFER, but only while it is clean (N1).
import type { CallbackGuard } from '../base/callback.js';
import {
  CURLINFO_HEADER_IN,
  CURLINFO_HEADER_OUT,
  CURLINFO_TEXT,
} from '../base/constants.js';
import { CurlError, SilentError } from '../base/error.js';
import type { EasyOptions } from '../base/options.js';

/** lib/curl_trc.c s_infotype: the prefix written before each kind when there is no callback. */
const prefixes = ['* ', '< ', '> '];

/** CURL_ERROR_SIZE is 256 bytes including the terminating zero. */
const CURL_ERROR_SIZE = 256;

/** Errors whose text failf() has already reported (so a catch-all does not report it twice). */
const reported = new WeakSet<CurlError>();

export function wasReported(err: CurlError): boolean {
  return reported.has(err) || err instanceof SilentError;
}

export class Tracer {
  readonly #handle: unknown;
  readonly #opts: () => Readonly<EasyOptions>;
  readonly #guard: CallbackGuard;
  /** Whether ERRORBUFFER has received a text since the last reset (state.errorbuf). */
  #errorWritten = false;
  /** The last failure text, including messages of callbacks that threw (decision 9). */
  lastError = '';

  constructor(handle: unknown, opts: () => Readonly<EasyOptions>, guard: CallbackGuard) {
    this.#handle = handle;
    this.#opts = opts;
    this.#guard = guard;
  }

  get verbose(): boolean {
    return this.#opts().verbose;
  }

  /** Curl_debug(): hands one event to DEBUGFUNCTION or writes it to STDERR. */
  debug(type: number, text: string): void {
    const o = this.#opts();
    if (!o.verbose) return;
    const fn = o.debugFunction;
    if (fn !== null) {
      const data = Buffer.from(text, 'utf8');
      const r = this.#guard.call(() => fn(this.#handle, type, data, data.length, o.debugData));
      // Its return value is ignored (K1); a throw is ignored too, its message kept (decision 9).
      if (!r.ok) this.#keep(r.text);
      return;
    }
    const prefix = prefixes[type];
    if (prefix === undefined) return;
    const sink = o.stderr ?? process.stderr;
    try {
      sink.write(prefix + text);
    } catch (err) {
      this.#keep(err instanceof Error ? err.message : String(err));
    }
  }

  infof(text: string): void {
    if (this.#opts().verbose) this.debug(CURLINFO_TEXT, `${text}\n`);
  }

  headerOut(text: string): void {
    this.debug(CURLINFO_HEADER_OUT, text);
  }

  headerIn(line: string): void {
    this.debug(CURLINFO_HEADER_IN, line);
  }

  /** Curl_failf(): error buffer (first text since reset), verbose TEXT line; returns the error. */
  failf(code: number, text: string): CurlError {
    this.#keep(text);
    this.debug(CURLINFO_TEXT, `${text}\n`);
    const err = new CurlError(code, text);
    reported.add(err);
    return err;
  }

  /** Records a text as the last error and, when still clean, in ERRORBUFFER. */
  #keep(text: string): void {
    this.lastError = text;
    const buf = this.#opts().errorBuffer;
    if (buf !== null && !this.#errorWritten) {
      buf.text = text.length >= CURL_ERROR_SIZE ? text.slice(0, CURL_ERROR_SIZE - 1) : text;
      this.#errorWritten = true;
    }
  }

  /** Keeps the message of a callback that threw (decision 9) without printing it. */
  keepThrown(text: string): void {
    this.#keep(text);
  }

  /** state.errorbuf = FALSE without clearing the buffer: the next failure text may replace the
   * one there (lib/multi.c after a downgrade to HTTP/1.1). */
  allowNextFail(): void {
    this.#errorWritten = false;
  }

  /** Curl_reset_fail(): a clean error buffer, at the start of a perform and of each connect
   * attempt. */
  resetFail(): void {
    this.#errorWritten = false;
    const buf = this.#opts().errorBuffer;
    if (buf !== null) buf.text = '';
  }
}
