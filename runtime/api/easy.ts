// The Easy handle: libcurl's easy interface (lib/easy.c, lib/setopt.c, lib/getinfo.c) as a
// public handle: options with their argument checks, getinfo, perform, and the connect-only calls
// send/recv and wsSend/wsRecv. Every call returns a CURLcode; nothing throws across the API. The
// transfer itself is the engine's (core/): as in libcurl, perform runs it through a driver of
// the handle's own, kept across performs (libcurl's data->multi_easy), with easy.perform's
// removal rule (H4: a connect-only connection stays usable until the next perform or cleanup).
//
// setopt/getinfo get their typed signatures from the generated Setopt and Getinfo interfaces (one
// generic method over a name-to-type map each) by declaration merging; their implementations are installed on the prototype in a static block (an
// implementation signature in the class body would merge in as one more overload).
import type { Getinfo } from '../../generated/info.js';
import { CURLINFO } from '../../generated/info.js';
import { optionById } from '../../generated/easy-options.js';
import type { Setopt } from '../../generated/options.js';
import { validateOption } from '../../generated/validators.js';
import { CURLE } from '../base/codes.js';
import { freshInfo } from '../base/context.js';
import { defaultOptions } from '../base/options.js';
import { dupMimePost, releaseMimePost } from './mime-post.js';
import { Driver } from '../core/driver.js';
import { copyOptions, Handle } from '../core/handle.js';
import { clientWriter } from '../http/client-writer.js';
import { pauseSend } from '../http/upload.js';
import { CURLHE_BAD_ARGUMENT, HeaderStore, type CurlHeader } from '../http/header-store.js';
import type { StreamIO } from '../io/stream-io.js';
import type { WsMeta } from '../protocols/ws/frame.js';
import { callbackSession } from '../protocols/ws/callback-transfer.js';
import { WsSession } from '../protocols/ws/session.js';
import { CURLPAUSE_RECV, CURLPAUSE_SEND, CURLWS_RAW_MODE } from '../base/constants.js';
import { infoGetters } from './getinfo.js';
import { handlers, optionIds } from './setopt.js';

/** The result of easy.send / easy.recv: the CURLcode and the byte count (0 unless OK). */
export interface IoReturn {
  code: number;
  n: number;
}

/** The result of easy.wsSend (curl_ws_send): payload bytes taken. */
export interface WsSendResult {
  code: number;
  sent: number;
}

/** The result of easy.wsRecv (curl_ws_recv): bytes copied and the frame's meta (null unless OK). */
export interface WsRecvResult {
  code: number;
  n: number;
  meta: WsMeta | null;
}

/** The result of easy.header (curl_easy_header): a CURLHE_* code and the header (null unless 0). */
export interface HeaderResult {
  code: number;
  header: CurlHeader | null;
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** The store a handle without kept headers answers from (CURLHE_NOHEADERS). */
const NO_HEADERS = new HeaderStore();



/** The engine state of every Easy, for api/multi.ts: undefined for anything that is not an
 * Easy. (A private field read, not a WeakMap: a WeakMap entry per handle costs the garbage
 * collector on every handle of a connect loop.) Not part of the package's API, so the
 * declarations users get do not pull in the engine's: @internal */
export let handleOf: (easy: unknown) => Handle | undefined;

export interface Easy extends Setopt, Getinfo {}

export class Easy {
  readonly #h: Handle;
  /** easy.perform's driver, made at the first perform. */
  #driver: Driver | null = null;

  constructor() {
    this.#h = new Handle(this);
  }

  static {
    handleOf = (easy) => (typeof easy === 'object' && easy !== null && #h in easy ? easy.#h : undefined);
    Easy.prototype.setopt = function (this: Easy, option: string | number, value: unknown): number {
      return this.#setopt(option, value);
    } as Setopt['setopt'];
    Easy.prototype.getinfo = function (this: Easy, info: string): { code: number; value: unknown } {
      return this.#getinfo(info);
    } as Getinfo['getinfo'];
  }

  #setopt(option: string | number, value: unknown): number {
    const h = this.#h;
    if (h.destroyed) return CURLE.BAD_FUNCTION_ARGUMENT;
    if (typeof option === 'number') {
      // curl_easy_setopt takes the option's number; an alias's number names its option
      const known = optionById(option);
      if (known === null) return CURLE.UNKNOWN_OPTION;
      option = known.name;
    } else if (typeof option !== 'string') {
      return CURLE.UNKNOWN_OPTION;
    }
    const handler = hasOwn(handlers, option) ? handlers[option] : undefined;
    // the generated check: UNKNOWN_OPTION without a spec, BAD_FUNCTION_ARGUMENT for a value
    // outside the option's type or range
    const valid = validateOption(option, value);
    // A3: an option without a spec (no validator) or without a handler is unknown
    if (valid === CURLE.UNKNOWN_OPTION || handler === undefined) return CURLE.UNKNOWN_OPTION;
    const rc = valid !== CURLE.OK ? valid : handler(h.writableOptions(), value, h.setoptEnv);
    if (rc === CURLE.BAD_FUNCTION_ARGUMENT) {
      // A2: lib/setopt.c curl_easy_setopt
      const id = optionIds[option];
      h.tracer.failf(rc, `setopt ${id !== undefined ? `0x${id.toString(16)}` : option} got bad argument`);
    }
    return rc;
  }

  #getinfo(info: string): { code: number; value: unknown } {
    const h = this.#h;
    if (h.destroyed) return { code: CURLE.BAD_FUNCTION_ARGUMENT, value: undefined };
    const known = typeof info === 'string' && hasOwn(CURLINFO, info) && hasOwn(infoGetters, info);
    if (!known) return { code: CURLE.UNKNOWN_OPTION, value: undefined };
    return { code: CURLE.OK, value: infoGetters[info]!(h) };
  }

  /** curl_easy_perform: runs the transfer through the handle's own driver (lib/easy.c
   * easy_perform). */
  perform(): Promise<number> {
    // not an async function: the engine's promise is handed out as it is (each async layer adds
    // microtask turns to every perform)
    const h = this.#h;
    if (h.destroyed) return Promise.resolve(CURLE.BAD_FUNCTION_ARGUMENT);
    if (h.guard.active) return Promise.resolve(CURLE.RECURSIVE_API_CALL);
    if (h.driver !== null || h.performing) {
      // lib/easy.c easy_perform
      return Promise.resolve(h.tracer.failf(CURLE.FAILED_INIT, 'easy handle already used in multi handle').code);
    }
    // H4: the handle leaves its own driver when the transfer ends, keeping a connect-only
    // connection (perform.ts)
    const d = (this.#driver ??= new Driver(() => h.opts.maxConnects, undefined, true));
    return d.run(h);
  }

  /** The checks curl_easy_send and curl_easy_recv share after the handle and recursion checks
   * (lib/easy.c easy_connection): CONNECT_ONLY set, a connection there. */
  #connection(): StreamIO | number {
    const h = this.#h;
    if (h.opts.connectOnly === 0) return h.tracer.failf(CURLE.UNSUPPORTED_PROTOCOL, 'CONNECT_ONLY is required').code;
    const io = h.performing ? null : (h.conn?.io() ?? null);
    if (io === null) {
      // lib/connect.c Curl_getconnectinfo: a connection no longer in the pool makes the handle
      // forget its id before the text is made, so it names #-1; one still connecting keeps it (D4)
      if (!h.performing) h.lastConnId = -1;
      return h.tracer.failf(CURLE.UNSUPPORTED_PROTOCOL, `Failed to get last socket used for connection #${h.lastConnId}`).code;
    }
    return io;
  }

  /** curl_easy_send: `n` bytes were taken (maybe fewer than given); AGAIN with 0 when the
   * socket would block. The data is copied, so the buffer may be reused at once. */
  send(data: Uint8Array): IoReturn {
    const h = this.#h;
    if (h.destroyed) return { code: CURLE.BAD_FUNCTION_ARGUMENT, n: 0 };
    if (h.guard.active) return { code: CURLE.RECURSIVE_API_CALL, n: 0 };
    if (!(data instanceof Uint8Array)) return { code: CURLE.BAD_FUNCTION_ARGUMENT, n: 0 };
    const io = this.#connection();
    if (typeof io === 'number') return { code: io, n: 0 };
    const r = io.send(data);
    if (r.text !== undefined) {
      h.tracer.failf(r.code, r.text);
      // lib/cf-socket.c cf_socket_send keeps the socket's errno (CURLINFO_OS_ERRNO)
      if (r.errno) h.info.osErrno = r.errno;
    }
    return { code: r.code, n: r.n };
  }

  /** curl_easy_recv: up to buf.length bytes copied into buf; AGAIN with 0 when nothing has
   * arrived; OK with 0 once the peer has closed (on every call). */
  recv(buf: Uint8Array): IoReturn {
    const h = this.#h;
    if (h.destroyed) return { code: CURLE.BAD_FUNCTION_ARGUMENT, n: 0 };
    if (h.guard.active) return { code: CURLE.RECURSIVE_API_CALL, n: 0 };
    if (!(buf instanceof Uint8Array)) return { code: CURLE.BAD_FUNCTION_ARGUMENT, n: 0 };
    const io = this.#connection();
    if (typeof io === 'number') return { code: io, n: 0 };
    const r = io.recv(buf);
    if (r.text !== undefined) {
      h.tracer.failf(r.code, r.text);
      // as cf_socket_recv does
      if (r.errno) h.info.osErrno = r.errno;
    }
    return { code: r.code, n: r.n };
  }

  /**
   * curl_easy_header: the `index`th (from 0) response header called `name` (any case) among the
   * CURLH_* origins in `origin`, of request `request` (0 the first of a redirect chain, -1 the
   * last). `code` is a CURLHE_* value.
   */
  header(name: string, index: number, origin: number, request: number): HeaderResult {
    const h = this.#h;
    if (h.destroyed) return { code: CURLHE_BAD_ARGUMENT, header: null };
    return (h.headers ?? NO_HEADERS).header(name, index, origin, request);
  }

  /** curl_easy_nextheader: the header after `prev` (null: the first) among the CURLH_* origins
   * in `origin` of request `request` (-1: the last), or null when there is none. */
  nextHeader(origin: number, request: number, prev: CurlHeader | null = null): CurlHeader | null {
    const h = this.#h;
    if (h.destroyed || h.headers === null) return null;
    return h.headers.next(origin, request, prev);
  }

  /**
   * curl_easy_pause: CURLPAUSE_RECV holds the response back (what arrived is kept and handed to
   * the write callback, in order, on resume; nothing more is read meanwhile), CURLPAUSE_CONT (0)
   * resumes and delivers what was kept before it returns. CURLPAUSE_SEND holds the upload (the
   * read callback is not called) until an action without it.
   * Allowed from inside callbacks. 43 without a transfer or connection (lib/easy.c).
   */
  pause(action: number): number {
    const h = this.#h;
    if (h.destroyed || typeof action !== 'number' || !Number.isInteger(action)) return CURLE.BAD_FUNCTION_ARGUMENT;
    const t = h.performing ? h.transfer : null;
    if (t === null) return h.conn !== null && !h.conn.closed ? CURLE.OK : CURLE.BAD_FUNCTION_ARGUMENT;
    h.sendPaused = (action & CURLPAUSE_SEND) !== 0;
    // the upload (http/upload.ts): CURL_READFUNC_PAUSE is undone here too (lib/easy.c)
    pauseSend(t, h.sendPaused);
    return clientWriter(t).pauseRecv((action & CURLPAUSE_RECV) !== 0);
  }

  /**
   * curl_easy_upkeep: keeps the idle connections of the handle's cache (its multi's when added)
   * alive with the connection's own keep-alive, an HTTP/2 PING; HTTP/1 and WebSocket have none
   * (lib/easy.c, lib/conncache.c Curl_cpool_upkeep). 43 after cleanup.
   */
  upkeep(): number {
    const h = this.#h;
    if (h.destroyed) return CURLE.BAD_FUNCTION_ARGUMENT;
    (h.driver ?? this.#driver)?.cache.upkeep(h.opts.upkeepIntervalMs);
    return CURLE.OK;
  }

  /** The session of the callback-mode WebSocket transfer running now, if any. */
  #callbackWs(): WsSession | undefined {
    const h = this.#h;
    const t = h.performing ? h.transfer : null;
    return t !== null ? callbackSession(t) : undefined;
  }

  /**
   * curl_ws_meta: inside the write callback of a callback-mode WebSocket transfer, the frame the
   * data being handed over belongs to (flags, offset, bytesleft, len); null anywhere else and in
   * CURLWS_RAW_MODE.
   */
  wsMeta(): WsMeta | null {
    const h = this.#h;
    if (h.destroyed || !h.guard.active || (h.opts.wsOptions & CURLWS_RAW_MODE) !== 0) return null;
    const meta = this.#callbackWs()?.recvFrame ?? null;
    return meta === null ? null : { ...meta };
  }

  /**
   * curl_ws_start_frame: starts a frame of `frameLen` payload bytes with the CURLWS_* type in
   * `flags`; wsSend calls then send its payload. For a CONNECT_ONLY=2 connection or from the
   * callbacks of a callback-mode transfer.
   */
  wsStartFrame(flags: number, frameLen: number): number {
    const h = this.#h;
    if (h.destroyed || !Number.isInteger(flags) || !Number.isSafeInteger(frameLen)) return CURLE.BAD_FUNCTION_ARGUMENT;
    if ((h.opts.wsOptions & CURLWS_RAW_MODE) !== 0) {
      return h.tracer.failf(CURLE.FAILED_INIT, 'cannot curl_ws_start_frame() with CURLWS_RAW_MODE enabled').code;
    }
    const live = this.#callbackWs();
    if (live !== undefined) return live.startFrame(flags, frameLen);
    const conn = h.performing ? null : h.conn;
    if (conn === null || conn.closed) return h.tracer.failf(CURLE.SEND_ERROR, '[WS] No associated connection').code;
    const ws = this.#ws();
    if (ws === null) return h.tracer.failf(CURLE.SEND_ERROR, '[WS] Not a websocket transfer').code;
    return ws.startFrame(flags, frameLen);
  }

  /** The WebSocket session of a live CONNECT_ONLY=2 connection, or null. */
  #ws(): WsSession | null {
    const h = this.#h;
    return h.session instanceof WsSession ? h.session : null;
  }

  /**
   * curl_ws_send on a CONNECT_ONLY=2 WebSocket connection: one frame (or a piece of one with
   * CURLWS_OFFSET and `fragsize`) with the CURLWS_* type in `flags`. `sent` counts payload bytes
   * taken. Allowed from inside callbacks (no 93, section 4 point 23).
   */
  wsSend(data: Uint8Array, flags: number, fragsize = 0): WsSendResult {
    const h = this.#h;
    if (h.destroyed) return { code: CURLE.BAD_FUNCTION_ARGUMENT, sent: 0 };
    if (!(data instanceof Uint8Array)) return { code: CURLE.BAD_FUNCTION_ARGUMENT, sent: 0 };
    // a callback-mode transfer running now (from its callbacks, or from outside meanwhile)
    const live = this.#callbackWs();
    if (live !== undefined) return live.send(data, flags, fragsize);
    // M19 (lib/ws.c curl_ws_send)
    const conn = h.performing ? null : h.conn;
    if (conn === null || conn.closed) {
      if (h.opts.connectOnly === 0) {
        return { code: h.tracer.failf(CURLE.SEND_ERROR, '[WS] No associated connection').code, sent: 0 };
      }
      // lib/easy.c Curl_connect_only_attach: the same look-up and text as send/recv
      if (!h.performing) h.lastConnId = -1;
      const text = `Failed to get last socket used for connection #${h.lastConnId}`;
      return { code: h.tracer.failf(CURLE.UNSUPPORTED_PROTOCOL, text).code, sent: 0 };
    }
    const ws = this.#ws();
    if (ws === null) return { code: h.tracer.failf(CURLE.SEND_ERROR, '[WS] Not a websocket transfer').code, sent: 0 };
    return ws.send(data, flags, fragsize);
  }

  /**
   * curl_ws_recv: data of at most one frame into buf, with the frame's meta; a zero-length buf
   * peeks at the current frame. AGAIN when no frame data is there yet, 52 once the peer closed.
   */
  wsRecv(buf: Uint8Array): WsRecvResult {
    const h = this.#h;
    if (h.destroyed) return { code: CURLE.BAD_FUNCTION_ARGUMENT, n: 0, meta: null };
    if (!(buf instanceof Uint8Array)) return { code: CURLE.BAD_FUNCTION_ARGUMENT, n: 0, meta: null };
    // M5 (lib/ws.c curl_ws_recv)
    if (h.opts.connectOnly === 0) {
      return { code: h.tracer.failf(CURLE.UNSUPPORTED_PROTOCOL, '[WS] CONNECT_ONLY is required').code, n: 0, meta: null };
    }
    const conn = h.performing ? null : h.conn;
    if (conn === null || conn.closed) {
      return { code: h.tracer.failf(CURLE.BAD_FUNCTION_ARGUMENT, '[WS] connection not found').code, n: 0, meta: null };
    }
    const ws = this.#ws();
    if (ws === null) {
      // M4
      const text = '[WS] connection is not setup for websocket';
      return { code: h.tracer.failf(CURLE.BAD_FUNCTION_ARGUMENT, text).code, n: 0, meta: null };
    }
    return ws.recv(buf);
  }

  /**
   * Waits until recv (or send) would no longer return CURLE_AGAIN: data, EOF or an error for
   * 'recv', room in the socket buffer for 'send'. On a WebSocket connection a buffered frame
   * counts. Resolves false when `timeoutMs` passes first. With no connection (or after cleanup)
   * it resolves true at once: the next call fails instead.
   */
  wait(direction: 'recv' | 'send', timeoutMs?: number): Promise<boolean> {
    const h = this.#h;
    if (direction !== 'recv' && direction !== 'send') return Promise.resolve(true);
    if (h.destroyed || h.performing) return Promise.resolve(true);
    const ws = this.#ws();
    if (ws !== null && h.conn !== null && !h.conn.closed) return ws.wait(direction, timeoutMs);
    const io = h.conn?.io() ?? null;
    if (io === null) return Promise.resolve(true);
    return io.wait(direction, timeoutMs);
  }

  /** curl_easy_reset: every option back to its default, the info cleared, the connection
   * forgotten by the handle (it is closed at the next perform or cleanup). */
  reset(): void {
    const h = this.#h;
    if (h.destroyed) return;
    releaseMimePost(h.opts.mimePost); // Curl_mime_cleanpart: the mime is free for other uses
    h.opts = defaultOptions();
    h.optsShared = false;
    h.tracer.resetFail();
    // lib/getinfo.c Curl_initinfo leaves the SOCKS result (PROXY_ERROR) as it was
    const proxyError = h.info.proxyError;
    h.info = freshInfo(-1);
    h.info.proxyError = proxyError;
    h.effectiveUrl = null;
    h.lastConnId = -1;
    h.redirectCount = 0;
    // lib/easy.c curl_easy_reset zeroes data->progress, the meter's title note with it
    h.meterShown.headersOut = false;
    h.lastConn = null;
    if (h.conn !== null) h.retained.push(h.conn);
    h.conn = null;
    h.session = null;
  }

  /** curl_easy_duphandle: a new handle with the same options; no connection, no DNS cache.
   * null for a handle that was cleaned up. */
  duphandle(): Easy | null {
    if (this.#h.destroyed) return null;
    const copy = new Easy();
    copy.#h.opts = copyOptions(this.#h.opts);
    copy.#h.opts.mimePost = dupMimePost(this.#h.opts.mimePost); // Curl_mime_duppart
    // lib/easy.c curl_easy_duphandle: a running cookie engine gives the copy an empty jar of its own
    if (this.#h.cookies.jar !== null && this.#h.cookies.engine) copy.#h.cookies.enable();
    return copy;
  }

  /** curl_easy_cleanup: removes the handle from its multi (I2), closes its connections (close-
   * socket callback) and retires the handle: every later call returns
   * CURLE_BAD_FUNCTION_ARGUMENT. */
  cleanup(): void {
    const h = this.#h;
    if (h.destroyed) return;
    const link = h.driver;
    if (link !== null && link !== this.#driver) link.cleanupOf(h);
    // lib/url.c Curl_close: after the removal from a multi the handle's connections go with its
    // own multi (closed by that multi's internal handle) and DEBUGFUNCTION is detached, so
    // nothing more is printed ("closing connection #N" included)
    if (h.opts.verbose) h.writableOptions().verbose = false;
    h.abortTransfer(CURLE.BAD_FUNCTION_ARGUMENT, 'The handle was cleaned up during perform');
    h.closeConnections();
    this.#driver?.closeAll(h.tracer);
    // lib/url.c Curl_close: Curl_flush_cookies writes CURLOPT_COOKIEJAR
    h.cookies.flush(h.opts.cookieJar, h.setoptEnv.infof, true);
    releaseMimePost(h.opts.mimePost);
    h.destroyed = true;
  }
}
