// The Easy handle: libcurl's easy interface for connect-only transfers (lib/easy.c, lib/setopt.c,
// lib/getinfo.c). Every call returns a CURLcode; nothing throws across the API.
//
// setopt/getinfo get their typed overloads from the generated Setopt and Getinfo interfaces by
// declaration merging; their implementations are installed on the prototype in a static block (an
// implementation signature in the class body would merge in as one more overload).
import type { Duplex } from 'node:stream';
import type { Getinfo } from '../generated/info.js';
import { CURLINFO } from '../generated/info.js';
import type { Setopt } from '../generated/options.js';
import { validateOption } from '../generated/validators.js';
import { CallbackGuard } from './callback.js';
import { planChain, runChain, establishedLine } from './chain.js';
import { CURLE } from './codes.js';
import { Connection } from './connection.js';
import { DnsCache } from './dns-cache.js';
import { CurlError, toCurlError } from './error.js';
import type { TransferInfo } from './filter.js';
import { infoGetters, type InfoSource } from './getinfo.js';
import { defaultOptions, type EasyOptions } from './options.js';
import { loadResolveEntries } from './resolve.js';
import { handlers, optionIds, type SetoptEnv } from './setopt.js';
import type { StreamIO } from './stream-io.js';
import { freshInfo, Transfer } from './transfer.js';
import { targetFromUrl } from './url.js';
import { Tracer, wasReported } from './verbose.js';

/** The result of easy.send / easy.recv: the CURLcode and the byte count (0 unless OK). */
export interface IoReturn {
  code: number;
  n: number;
}

function copyOptions(o: EasyOptions): EasyOptions {
  return { ...o, resolve: [...o.resolve], connectTo: [...o.connectTo], proxyHeaders: [...o.proxyHeaders] };
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

export interface Easy extends Setopt, Getinfo {}

export class Easy {
  #opts: EasyOptions = defaultOptions();
  readonly #guard = new CallbackGuard();
  readonly #tracer: Tracer;
  readonly #dns = new DnsCache();
  readonly #setoptEnv: SetoptEnv;
  /** Connection numbers count per handle (libcurl: per internal multi). */
  #nextConnId = 0;
  #lastConnId = -1;
  /** The established connect-only connection send/recv use. */
  #conn: Connection | null = null;
  /** Connections reset() left alive (libcurl keeps them in its pool); closed at the next perform
   * or cleanup. */
  #retained: Connection[] = [];
  #info: TransferInfo = freshInfo(-1);
  #effectiveUrl: string | null = null;
  #transfer: Transfer | null = null;
  #performing = false;
  #destroyed = false;

  constructor() {
    this.#tracer = new Tracer(this, () => this.#opts, this.#guard);
    this.#setoptEnv = {
      infof: (text) => this.#tracer.infof(text),
      proxyChanged: () => {},
    };
  }

  static {
    Easy.prototype.setopt = function (this: Easy, option: string, value: unknown): number {
      return this.#setopt(option, value);
    } as Setopt['setopt'];
    Easy.prototype.getinfo = function (this: Easy, info: string): { code: number; value: unknown } {
      return this.#getinfo(info);
    } as Getinfo['getinfo'];
  }

  #setopt(option: string, value: unknown): number {
    if (this.#destroyed) return CURLE.BAD_FUNCTION_ARGUMENT;
    if (typeof option !== 'string') return CURLE.UNKNOWN_OPTION;
    const handler = hasOwn(handlers, option) ? handlers[option] : undefined;
    const valid = validateOption(option, value);
    // A3: an option without a spec (no validator) or without a handler is unknown
    if (valid === CURLE.UNKNOWN_OPTION || handler === undefined) return CURLE.UNKNOWN_OPTION;
    const rc = valid !== CURLE.OK ? valid : handler(this.#opts, value, this.#setoptEnv);
    if (rc === CURLE.BAD_FUNCTION_ARGUMENT) {
      // A2: lib/setopt.c curl_easy_setopt
      const id = optionIds[option];
      this.#tracer.failf(rc, `setopt ${id !== undefined ? `0x${id.toString(16)}` : option} got bad argument`);
    }
    return rc;
  }

  #infoSource(): InfoSource {
    return {
      info: this.#info,
      effectiveUrl: this.#effectiveUrl,
      // D4: no socket while a transfer is connecting
      conn: this.#performing ? null : this.#conn,
      lastConnId: this.#lastConnId,
      privateData: this.#opts.privateData,
    };
  }

  #getinfo(info: string): { code: number; value: unknown } {
    if (this.#destroyed) return { code: CURLE.BAD_FUNCTION_ARGUMENT, value: undefined };
    const known = typeof info === 'string' && hasOwn(CURLINFO, info) && hasOwn(infoGetters, info);
    if (!known) return { code: CURLE.UNKNOWN_OPTION, value: undefined };
    return { code: CURLE.OK, value: infoGetters[info]!(this.#infoSource()) };
  }

  /** curl_easy_perform with CONNECT_ONLY=1: resolve, connect, tunnel, TLS, then stop. */
  async perform(): Promise<number> {
    if (this.#destroyed) return CURLE.BAD_FUNCTION_ARGUMENT;
    if (this.#guard.active) return CURLE.RECURSIVE_API_CALL;
    if (this.#performing) {
      // lib/easy.c easy_perform
      return this.#tracer.failf(CURLE.FAILED_INIT, 'easy handle already used in multi handle').code;
    }
    this.#performing = true;
    try {
      return await this.#perform();
    } catch (err) {
      return this.#report(err).code;
    } finally {
      this.#performing = false;
      this.#transfer = null;
    }
  }

  /** failf() for an error that has not been reported yet; returns the error. */
  #report(err: unknown): CurlError {
    const e = toCurlError(err, CURLE.FAILED_INIT);
    return wasReported(e) ? e : this.#tracer.failf(e.code, e.message);
  }

  async #perform(): Promise<number> {
    const start = performance.now();
    // B4: a connect-only handle never reuses its connection; the old one goes first
    this.#closeConnections();
    this.#tracer.resetFail();
    // a copy the filters read (Readonly by type; freezing costs more than the rest of setup)
    const opts: Readonly<EasyOptions> = copyOptions(this.#opts);
    const info = freshInfo(this.#lastConnId);
    this.#info = info;
    this.#effectiveUrl = opts.url;

    let target;
    try {
      target = targetFromUrl(opts.url, opts.port);
    } catch (err) {
      return this.#report(err).code;
    }
    this.#effectiveUrl = target.url;
    if (opts.connectOnly !== 1) {
      // Only connect-only transfers are implemented; mode 2 needs the HTTP/WebSocket layer.
      const text = opts.connectOnly === 0 ? 'CONNECT_ONLY is required' : 'CONNECT_ONLY=2 is not supported by this runtime';
      return this.#tracer.failf(CURLE.UNSUPPORTED_PROTOCOL, text).code;
    }

    const conn = new Connection(-1, {
      closeFunction: opts.closeSocketFunction,
      closeData: opts.closeSocketData,
      guard: this.#guard,
      keepThrown: (text) => this.#tracer.keepThrown(text),
    });
    const t = new Transfer({ tracer: this.#tracer, guard: this.#guard, dns: this.#dns }, opts, target, info, start, conn);
    this.#transfer = t;
    t.startTimer();
    try {
      loadResolveEntries(t, this.#dns);
      const setup = planChain(t);
      conn.id = this.#nextConnId++;
      this.#lastConnId = conn.id;
      info.connId = conn.id;
      const top: Duplex = await runChain(t, setup);
      t.phase = 'done';
      t.stopTimer();
      if (this.#destroyed) throw new CurlError(CURLE.BAD_FUNCTION_ARGUMENT, 'The handle was cleaned up during perform');
      conn.top = top;
      if (this.#tracer.verbose) {
        t.infof(establishedLine(t, setup));
        t.infof(`Connection #${conn.id} to host ${conn.displayHost}:${conn.displayPort} left intact`);
      }
      info.totalTime = t.elapsed() / 1000;
      this.#conn = conn;
      return CURLE.OK;
    } catch (err) {
      const e = this.#report(err);
      t.abort(e);
      info.totalTime = t.elapsed() / 1000;
      // B5: a failed perform leaves no connection
      if (conn.id >= 0) this.#tracer.infof(`closing connection #${conn.id}`);
      conn.close();
      return e.code;
    }
  }

  #closeConnections(): void {
    const all = this.#conn !== null ? [this.#conn, ...this.#retained] : this.#retained;
    this.#conn = null;
    this.#retained = [];
    for (const c of all) {
      this.#tracer.infof(`closing connection #${c.id}`);
      c.close();
    }
  }

  /** The checks curl_easy_send and curl_easy_recv share after the handle and recursion checks
   * (lib/easy.c easy_connection): CONNECT_ONLY set, a connection there. */
  #connection(): StreamIO | number {
    if (this.#opts.connectOnly === 0) {
      return this.#tracer.failf(CURLE.UNSUPPORTED_PROTOCOL, 'CONNECT_ONLY is required').code;
    }
    const io = this.#performing ? null : (this.#conn?.io() ?? null);
    if (io === null) {
      return this.#tracer.failf(
        CURLE.UNSUPPORTED_PROTOCOL,
        `Failed to get last socket used for connection #${this.#lastConnId}`,
      ).code;
    }
    return io;
  }

  /** curl_easy_send: `n` bytes were taken (maybe fewer than given); AGAIN with 0 when the
   * socket would block. The data is copied, so the buffer may be reused at once. */
  send(data: Uint8Array): IoReturn {
    if (this.#destroyed) return { code: CURLE.BAD_FUNCTION_ARGUMENT, n: 0 };
    if (this.#guard.active) return { code: CURLE.RECURSIVE_API_CALL, n: 0 };
    if (!(data instanceof Uint8Array)) return { code: CURLE.BAD_FUNCTION_ARGUMENT, n: 0 };
    const io = this.#connection();
    if (typeof io === 'number') return { code: io, n: 0 };
    const r = io.send(data);
    if (r.text !== undefined) this.#tracer.failf(r.code, r.text);
    return { code: r.code, n: r.n };
  }

  /** curl_easy_recv: up to buf.length bytes copied into buf; AGAIN with 0 when nothing has
   * arrived; OK with 0 once the peer has closed (on every call). */
  recv(buf: Uint8Array): IoReturn {
    if (this.#destroyed) return { code: CURLE.BAD_FUNCTION_ARGUMENT, n: 0 };
    if (this.#guard.active) return { code: CURLE.RECURSIVE_API_CALL, n: 0 };
    if (!(buf instanceof Uint8Array)) return { code: CURLE.BAD_FUNCTION_ARGUMENT, n: 0 };
    const io = this.#connection();
    if (typeof io === 'number') return { code: io, n: 0 };
    const r = io.recv(buf);
    if (r.text !== undefined) this.#tracer.failf(r.code, r.text);
    return { code: r.code, n: r.n };
  }

  /**
   * Waits until recv (or send) would no longer return CURLE_AGAIN: data, EOF or an error for
   * 'recv', room in the socket buffer for 'send'. Resolves false when `timeoutMs` passes first.
   * With no connection (or after cleanup) it resolves true at once: the next call fails instead.
   */
  wait(direction: 'recv' | 'send', timeoutMs?: number): Promise<boolean> {
    const io = this.#destroyed || this.#performing ? null : (this.#conn?.io() ?? null);
    if (io === null || (direction !== 'recv' && direction !== 'send')) return Promise.resolve(true);
    return io.wait(direction, timeoutMs);
  }

  /** curl_easy_reset: every option back to its default, the info cleared, the connection
   * forgotten by the handle (it is closed at the next perform or cleanup). */
  reset(): void {
    if (this.#destroyed) return;
    this.#opts = defaultOptions();
    this.#tracer.resetFail();
    this.#info = freshInfo(-1);
    this.#effectiveUrl = null;
    this.#lastConnId = -1;
    if (this.#conn !== null) this.#retained.push(this.#conn);
    this.#conn = null;
  }

  /** curl_easy_duphandle: a new handle with the same options; no connection, no DNS cache.
   * null for a handle that was cleaned up. */
  duphandle(): Easy | null {
    if (this.#destroyed) return null;
    const copy = new Easy();
    copy.#opts = copyOptions(this.#opts);
    return copy;
  }

  /** curl_easy_cleanup: closes the connection (close-socket callback) and retires the handle:
   * every later call returns CURLE_BAD_FUNCTION_ARGUMENT. */
  cleanup(): void {
    if (this.#destroyed) return;
    this.#closeConnections();
    this.#destroyed = true;
    this.#transfer?.abort(new CurlError(CURLE.BAD_FUNCTION_ARGUMENT, 'The handle was cleaned up during perform'));
  }
}
