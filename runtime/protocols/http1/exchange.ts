// One HTTP/1.x request/response exchange over a connected stream, with libcurl 8.22's callback
// order, texts and codes (lib/http.c `http_on_response`, `http_rw_hd`, `http_statusline`,
// `http_header_c`/`_l`/`_p`/`_t`, `Curl_http_done`, `Curl_http_follow`; lib/cw-out.c; lib/
// transfer.c), and the redirect rules as a pure function the caller loops on.
//
// API:
//   const res = await http1Exchange(ctx, stream, req, { reused?, connectOnly?, forwardProxy?,
//                                                       writeBody? });
//   // res.status, res.headers, res.keepAlive (may the connection carry another request),
//   // res.leftover (CONNECT_ONLY=2: the body bytes that came with the head), res.location ...
//   const next = nextRequest(ctx, { opts, target, state, status, location, version,
//                                   redirectCount });
//   // next.follow: connect to next.target (reuse when host, port and scheme match), build the
//   // request with next.state, set REDIRECT_COUNT / EFFECTIVE_URL; else next.redirectUrl is
//   // CURLINFO_REDIRECT_URL.
//
// The exchange reads with 'readable'/read() and leaves the stream with no listeners of its own and
// not paused, so bytes it did not take stay in the stream for the next reader (the next exchange
// on a kept connection, or a StreamIO once the caller unshifts `leftover`).
//
// Delivery per response header line (1xx heads included, status line and blank line included):
// verbose HEADER_IN, then the write callback when CURLOPT_HEADER is set, then the header callback
// (lib/cw-out.c writes the body stream before the header stream); HEADER_SIZE adds every line.
// Body bytes go to WRITEFUNCTION at most CURL_MAX_WRITE_SIZE (16 KiB) at a time; a return other
// than the length given fails with 23 "Failure writing output to destination, passed N returned M".
import { Buffer } from 'node:buffer';
import type { Duplex } from 'node:stream';
import { CallbackGuard } from '../../base/callback.js';
import { CURLE } from '../../base/codes.js';
import { strerrorOf } from '../../base/errno.js';
import { CurlError } from '../../base/error.js';
import type { Target, TransferContext } from '../../filters/filter.js';
import { BodyDecoder, bodyMode, HeadError, ResponseHeadParser, type BodyMode, type HeaderField, type HeadResult } from '../../http/head.js';
import { CURLFOLLOW_FIRSTONLY, CURLFOLLOW_OBEYCODE, type HttpRequest, type RequestState } from '../../http/request.js';
import type { EasyOptions } from '../../base/options.js';
import { schemeInfo } from '../registry.js';
import { hostForUrl, parseUrl, targetFromUrl } from '../../core/url.js';

/** CURL_MAX_WRITE_SIZE (include/curl/curl.h): the most body bytes one write callback call gets. */
export const CURL_MAX_WRITE_SIZE = 16384;

const EMPTY = new Uint8Array(0);

const latin1 = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');

/**
 * The connection was used before and died before answering anything (EOF or reset before the
 * first response byte). libcurl retries such a request once on a fresh connection ("Connection
 * died, retrying a fresh connect", lib/transfer.c Curl_retry_request); the caller does the same.
 */
export class ConnectionDiedError extends CurlError {
  readonly retry = true;
  constructor(code: number, text: string) {
    super(code, text);
    this.name = 'ConnectionDiedError';
  }
}

// ---------------------------------------------------------------------------------------------
// Reading

const TIMEOUT = Symbol('timeout');

/** The engine's Transfer offers abort hooks that cost less than AbortSignal listeners. */
interface AbortHooks {
  onAbort(fn: () => void): () => void;
  readonly abortReason: unknown;
}

function hasAbortHooks(ctx: TransferContext): ctx is TransferContext & AbortHooks {
  return typeof (ctx as Partial<AbortHooks>).onAbort === 'function' && 'abortReason' in ctx;
}

/** Why the transfer was aborted (timeout, cleanup), or undefined while it runs. */
function abortReasonOf(ctx: TransferContext): unknown {
  if (hasAbortHooks(ctx)) return ctx.abortReason ?? undefined;
  return ctx.signal.aborted ? (ctx.signal.reason ?? new Error('aborted')) : undefined;
}

/**
 * Chunks from a stream on demand ('readable' + read()). Holds listeners only while in use; after
 * release() unread bytes stay in the stream and a later 'data' listener gets them.
 */
export class StreamReader {
  readonly stream: Duplex;
  readonly #ctx: TransferContext;
  readonly #unhook: () => void;
  #ended = false;
  #error: unknown = null;
  #wake: (() => void) | null = null;
  #released = false;

  constructor(stream: Duplex, ctx: TransferContext) {
    this.stream = stream;
    this.#ctx = ctx;
    stream.on('readable', this.#onWake);
    stream.on('end', this.#onEnd);
    stream.on('close', this.#onWake);
    stream.on('error', this.#onError);
    if (hasAbortHooks(ctx)) {
      this.#unhook = ctx.onAbort(this.#onWake);
    } else {
      const signal = ctx.signal;
      signal.addEventListener('abort', this.#onWake);
      this.#unhook = () => signal.removeEventListener('abort', this.#onWake);
    }
  }

  readonly #onWake = (): void => {
    const w = this.#wake;
    this.#wake = null;
    w?.();
  };

  readonly #onEnd = (): void => {
    this.#ended = true;
    this.#onWake();
  };

  readonly #onError = (err: unknown): void => {
    this.#error ??= err;
    this.#onWake();
  };

  /** A write failed (the stream's write callback): reported by the next read. */
  writeFailed(err: unknown): void {
    this.#onError(err);
  }

  /** The next bytes, null at EOF. Rejects with the stream's error or the abort reason. */
  async read(): Promise<Buffer | null> {
    const r = await this.readWithin(Infinity);
    return r === TIMEOUT ? null : r;
  }

  /** Like read(), or TIMEOUT when `ms` pass first. */
  async readWithin(ms: number): Promise<Buffer | null | typeof TIMEOUT> {
    const deadline = Number.isFinite(ms) ? performance.now() + ms : Infinity;
    for (;;) {
      const aborted = abortReasonOf(this.#ctx);
      if (aborted !== undefined) throw aborted;
      const c = this.stream.read() as Buffer | string | null;
      if (c !== null) return typeof c === 'string' ? Buffer.from(c, 'latin1') : c;
      if (this.#error !== null) throw this.#error;
      if (this.#ended || this.stream.readableEnded || this.stream.destroyed) return null;
      const left = deadline - performance.now();
      if (left <= 0) return TIMEOUT;
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
        if (Number.isFinite(left)) timer = setTimeout(resolve, left);
      });
      if (timer !== undefined) clearTimeout(timer);
    }
  }

  /** Removes the reader's listeners; an 'error' sink stays so a late error is not unhandled. */
  release(): void {
    if (this.#released) return;
    this.#released = true;
    const s = this.stream;
    s.off('readable', this.#onWake);
    s.off('end', this.#onEnd);
    s.off('close', this.#onWake);
    s.off('error', this.#onError);
    if (s.listenerCount('error') === 0) s.on('error', ignoreError);
    this.#unhook();
  }
}

const ignoreError = (): void => {};

/** A stream error or abort as libcurl reports it: the abort reason as it is, EPIPE-like errors
 *  as 55 "Send failure: ...", the rest as 56 "Recv failure: ...". */
export function streamFailure(ctx: TransferContext, err: unknown): CurlError {
  if (err instanceof CurlError) return err;
  const reason = abortReasonOf(ctx);
  if (reason !== undefined) {
    if (reason instanceof CurlError) return reason;
    return ctx.failf(CURLE.OPERATION_TIMEDOUT, `Operation timed out after ${Math.floor(ctx.elapsed())} milliseconds`);
  }
  const code = (err as { code?: unknown }).code;
  if (code === 'EPIPE' || code === 'ERR_STREAM_WRITE_AFTER_END' || code === 'ERR_STREAM_DESTROYED') {
    return ctx.failf(CURLE.SEND_ERROR, `Send failure: ${strerrorOf(err)}`);
  }
  return ctx.failf(CURLE.RECV_ERROR, `Recv failure: ${strerrorOf(err)}`);
}

/** A head parser error with libcurl's reporting: a too-long line is CURLE_TOO_LARGE with no
 *  failf (a dynbuf limit), everything else goes through failf. */
export function headFailure(ctx: TransferContext, err: unknown): unknown {
  if (err instanceof HeadError && err.kind === 'line-too-long') return err;
  if (err instanceof CurlError) return ctx.failf(err.code, err.message);
  return err;
}

// ---------------------------------------------------------------------------------------------
// Writing to the application

/**
 * The body sink for a transfer: WRITEFUNCTION(ptr, 1, n, WRITEDATA) in pieces of at most
 * CURL_MAX_WRITE_SIZE, or, without one, WRITEDATA's write() (a stream, like fwrite to a FILE *)
 * or process.stdout. Pass the handle's CallbackGuard so that send/recv from inside the callback
 * return 93. Throws CurlError 23 (reported with failf) when the callback takes less or throws.
 */
export function bodyWriter(ctx: TransferContext, guard: CallbackGuard = new CallbackGuard()): (chunk: Uint8Array) => void {
  const opts = ctx.opts;
  const fn = opts.writeFunction;
  const data = opts.writeData;
  if (fn === null) {
    const sink =
      data !== null && typeof data === 'object' && typeof (data as { write?: unknown }).write === 'function'
        ? (data as { write(chunk: Uint8Array): unknown })
        : process.stdout;
    return (chunk) => {
      if (chunk.length === 0) return;
      const r = guard.call(() => sink.write(chunk));
      if (!r.ok) throw ctx.failf(CURLE.WRITE_ERROR, r.text);
    };
  }
  return (chunk) => {
    for (let o = 0; o < chunk.length; o += CURL_MAX_WRITE_SIZE) {
      const piece = o === 0 && chunk.length <= CURL_MAX_WRITE_SIZE ? chunk : chunk.subarray(o, o + CURL_MAX_WRITE_SIZE);
      const r = guard.call(() => fn(piece, 1, piece.length, data));
      if (!r.ok) throw ctx.failf(CURLE.WRITE_ERROR, r.text);
      if (r.value !== piece.length) {
        // lib/cw-out.c cw_out_ptr_flush
        throw ctx.failf(
          CURLE.WRITE_ERROR,
          `Failure writing output to destination, passed ${piece.length} returned ${String(r.value)}`,
        );
      }
    }
  };
}

/** Hands every line of a head to verbose, the write callback (CURLOPT_HEADER) and the header
 *  callback, and counts it in HEADER_SIZE. */
export function deliverHead(ctx: TransferContext, head: HeadResult, writeBody: ((b: Uint8Array) => void) | null): void {
  for (const line of head.lines) deliverLine(ctx, line, writeBody);
}

function deliverLine(ctx: TransferContext, line: Uint8Array, writeBody: ((b: Uint8Array) => void) | null): void {
  // The text is only made when verbose output can show it.
  if (ctx.opts.verbose) ctx.headerIn(latin1(line));
  if (writeBody !== null) writeBody(line);
  ctx.writeHeader(line, false);
  ctx.info.headerSize += line.length;
}

// ---------------------------------------------------------------------------------------------
// The exchange

export interface ExchangeOptions {
  /** The connection carried a request before: a non-HTTP answer is "Invalid status line" (8),
   *  and a connection that died before answering throws ConnectionDiedError (retry it). */
  reused?: boolean;
  /** CONNECT_ONLY=2 (decision 1): stop after the final response head; the body is not read. */
  connectOnly?: boolean;
  /** The request went to an HTTP proxy without a tunnel (Proxy-Connection answers count). */
  forwardProxy?: boolean;
  /** The body sink; default bodyWriter(ctx) (without the handle's callback guard). */
  writeBody?: (chunk: Uint8Array) => void;
  /** Asked with the final head before the body: true when the same request goes again (forward
   *  proxy auth, libcurl's newurl from Curl_http_auth_act); the body is then dropped as for a
   *  followed redirect. */
  retryAfter?: (status: number, headers: HeaderField[]) => boolean;
}

export interface ExchangeResult {
  /** The final status (0 when a connect-only exchange saw no response at all). */
  status: number;
  version: '1.0' | '1.1';
  reason: string;
  /** The final response's header fields. */
  headers: HeaderField[];
  /** The first non-empty Location of a 3xx answer (libcurl's req.location), else null. */
  location: string | null;
  /** Whether the connection may carry another request. */
  keepAlive: boolean;
  /** Why it may not (libcurl's streamclose/connclose reason), for traces. */
  closeReason: string | null;
  /** CONTENT_LENGTH_DOWNLOAD_T: the Content-Length of the final answer, -1 when unknown. */
  contentLength: number;
  /** SIZE_DOWNLOAD_T: body bytes received. */
  bodyBytes: number;
  /** The body was not handed to the application because FOLLOWLOCATION follows this answer. */
  bodyIgnored: boolean;
  /** retryAfter said the request goes again (the body was not handed to the application). */
  retry: boolean;
  /** CONNECT_ONLY=2: bytes after the head (the start of the body), for the first recv; the
   *  caller unshifts them into the stream before it hands the stream to StreamIO. Otherwise
   *  always empty (excess bytes close the connection). */
  leftover: Uint8Array;
}

/** Whether a header value holds `token` anywhere, any case (Curl_compareheader is a substring
 *  search over the value). */
function says(value: string, token: string): boolean {
  return value.toLowerCase().includes(token);
}

/**
 * Sends `req` and reads the response: interim 1xx heads (delivered, then skipped), the final head
 * and, unless connect-only or a followed redirect on a closing connection, the body. Throws
 * CurlError with libcurl's code; failures libcurl reports with failf are reported on `ctx`.
 */
export async function http1Exchange(
  ctx: TransferContext,
  stream: Duplex,
  req: HttpRequest,
  options: ExchangeOptions = {},
): Promise<ExchangeResult> {
  const reader = new StreamReader(stream, ctx);
  try {
    return await exchange(ctx, reader, req, options);
  } finally {
    reader.release();
  }
}

async function exchange(
  ctx: TransferContext,
  reader: StreamReader,
  req: HttpRequest,
  options: ExchangeOptions,
): Promise<ExchangeResult> {
  const opts = ctx.opts;
  const stream = reader.stream;
  const reused = options.reused ?? false;
  const connectOnly = options.connectOnly ?? false;
  const writeBody = options.writeBody ?? bodyWriter(ctx);
  const headerSink = opts.includeHeader ? writeBody : null;
  const onWritten = (err?: Error | null): void => {
    if (err) reader.writeFailed(err);
  };

  const sentOff = (): void => {
    ctx.infof(req.bodyLength > 0 ? `upload completely sent off: ${req.bodyLength} bytes` : 'Request completely sent off');
  };
  // The request: head and a small body in one write, as libcurl's send buffer does; with Expect:
  // 100-continue the body waits (lib/http.c cr_exp100_read).
  let waiting100 = req.body !== null && req.expect100;
  if (req.body !== null && !waiting100) stream.write(Buffer.concat([req.headBytes, req.body]), onWritten);
  else stream.write(req.headBytes, onWritten);
  ctx.headerOut(req.head);
  if (!waiting100) sentOff();
  const expectDeadline = performance.now() + opts.expect100TimeoutMs;
  const sendBody = (): void => {
    waiting100 = false;
    stream.write(req.body!, onWritten);
    sentOff();
  };

  const parser = new ResponseHeadParser({ reused });
  let anyBytes = false;
  let sinceHead = 0; // bytes fed to the parser since the last complete head
  let pending: Uint8Array = EMPTY;
  let head: HeadResult | null = null;

  const parse = (bytes: Uint8Array): HeadResult | null => {
    try {
      sinceHead += bytes.length;
      return parser.push(bytes);
    } catch (err) {
      throw headFailure(ctx, err);
    }
  };

  // Heads: 1xx answers are delivered and skipped, the first final one ends the loop.
  for (;;) {
    let h: HeadResult | null = pending.length > 0 ? parse(pending) : null;
    pending = EMPTY;
    while (h === null) {
      let chunk: Buffer | null | typeof TIMEOUT;
      try {
        chunk = waiting100 ? await reader.readWithin(expectDeadline - performance.now()) : await reader.read();
      } catch (err) {
        if (reused && !anyBytes && abortReasonOf(ctx) === undefined && !(err instanceof CurlError)) {
          throw new ConnectionDiedError(CURLE.RECV_ERROR, `Recv failure: ${strerrorOf(err)}`);
        }
        throw streamFailure(ctx, err);
      }
      if (chunk === TIMEOUT) {
        ctx.infof('Done waiting for 100-continue');
        sendBody();
        continue;
      }
      if (chunk === null) {
        // The peer closed before a final answer.
        if (reused && !anyBytes) throw new ConnectionDiedError(CURLE.GOT_NOTHING, 'Connection died before any response');
        if (connectOnly) {
          // L3: no "Empty reply" for connect-only transfers.
          return {
            status: 0,
            version: '1.1',
            reason: '',
            headers: [],
            location: null,
            keepAlive: false,
            closeReason: 'closed by the peer',
            contentLength: -1,
            bodyBytes: 0,
            bodyIgnored: false,
            retry: false,
            leftover: EMPTY,
          };
        }
        if (sinceHead === 0) throw ctx.failf(CURLE.GOT_NOTHING, 'Empty reply from server');
        throw ctx.failf(CURLE.RECV_ERROR, 'Connection closed before the end of the response headers');
      }
      anyBytes = true;
      h = parse(chunk);
    }
    sinceHead = 0;
    ctx.info.responseCode = h.status;
    if (h.status === 101 && req.http10) {
      // lib/http.c http_on_response: Switching Protocols only from HTTP/1.1
      deliverHead(ctx, h, headerSink);
      throw ctx.failf(CURLE.WEIRD_SERVER_REPLY, 'unexpected 101 response code');
    }
    deliverHead(ctx, h, headerSink);
    if (h.status >= 200 || h.status === 101) {
      // A 101 nobody asked for is taken as the final answer (lib/http.c http_on_response).
      head = h;
      break;
    }
    if (h.status === 100 && waiting100) sendBody();
    pending = h.leftover;
  }

  const status = head.status;
  let close = false;
  let closeReason: string | null = null;
  const closeFor = (reason: string): void => {
    close = true;
    closeReason = reason;
  };

  // The connection's fate, in header order as libcurl decides it (lib/http.c http_statusline,
  // http_header_c, http_header_p, http_header_t).
  if (head.version === '1.0') {
    ctx.infof('HTTP 1.0, assume close after body');
    closeFor('HTTP/1.0 close after body');
  }
  const bodyless = status < 200 || req.noBody || status === 304;
  for (const [name, value] of head.headers) {
    const n = name.toLowerCase();
    if (n === 'connection') {
      if (says(value, 'close')) closeFor('Connection: close used');
      else if (head.version === '1.0' && says(value, 'keep-alive')) {
        close = false;
        closeReason = null;
        ctx.infof('HTTP/1.0 connection set to keep alive');
      }
    } else if (n === 'proxy-connection' && options.forwardProxy) {
      if (head.version === '1.0' && says(value, 'keep-alive')) {
        close = false;
        closeReason = null;
        ctx.infof('HTTP/1.0 proxy connection set to keep alive');
      } else if (head.version === '1.1' && says(value, 'close')) {
        closeFor('Proxy-Connection: asked to close after done');
        ctx.infof('HTTP/1.1 proxy connection set close');
      }
    } else if (n === 'transfer-encoding' && !bodyless) {
      const codings = value.split(',').map((t) => t.trim().toLowerCase());
      if (codings[codings.length - 1] !== 'chunked') closeFor('HTTP/1.1 transfer-encoding without chunks');
    }
  }

  // How the body is delimited (throws 8 "Invalid Content-Length: value"), and the figure
  // CONTENT_LENGTH_DOWNLOAD_T reports (a HEAD answer's Content-Length counts too).
  let announced: BodyMode;
  try {
    announced = bodyMode(status, head.headers, 'GET');
  } catch (err) {
    throw headFailure(ctx, err);
  }
  const contentLength =
    status === 204 || status === 304 ? 0 : announced.kind === 'length' ? announced.length : -1;
  const mode: BodyMode = req.noBody || status === 101 ? { kind: 'none' } : announced;
  if (status === 101) closeFor('switched protocols');
  if (mode.kind === 'close' && !close && head.version === '1.1') {
    ctx.infof('no chunk, no close, no size. Assume close to signal end');
    closeFor('HTTP: No end-of-message indicator');
  }

  let location: string | null = null;
  if (status >= 300 && status < 400) {
    for (const [name, value] of head.headers) {
      if (name.toLowerCase() === 'location' && value !== '') {
        location = value;
        break;
      }
    }
  }

  if (waiting100) {
    // A final answer before the body went out: it never goes (lib/http.c http_on_response).
    waiting100 = false;
    if (status >= 300) ctx.infof('HTTP error before end of send, stop sending');
    closeFor('Stop sending data before everything sent');
  }

  const retry = !connectOnly && (options.retryAfter?.(status, head.headers) ?? false);
  const result = (bodyBytes: number, bodyIgnored: boolean, leftover: Uint8Array): ExchangeResult => ({
    status,
    version: head.version,
    reason: head.reason,
    headers: head.headers,
    location,
    keepAlive: !close,
    closeReason,
    contentLength,
    bodyBytes,
    bodyIgnored,
    retry,
    leftover,
  });

  if (connectOnly) return result(0, false, head.leftover);

  // FOLLOWLOCATION or an auth retry: the body of the answer being followed is read and dropped,
  // or not read at all when the connection closes anyway (lib/http.c http_on_response).
  const following = retry || (opts.followLocation > 0 && location !== null);
  if (following && close) return result(0, true, EMPTY);
  if (following) ctx.infof('Ignoring the response-body');

  const decoder = new BodyDecoder(mode);
  let bodyBytes = 0;
  let excess: Uint8Array = EMPTY;
  const feed = (chunk: Uint8Array): boolean => {
    let out;
    try {
      out = decoder.push(chunk);
    } catch (err) {
      throw headFailure(ctx, err);
    }
    for (const d of out.data) {
      bodyBytes += d.length;
      if (!following) writeBody(d);
    }
    for (const t of out.trailers) {
      // lib/http_chunks.c: trailers go to the client as header data
      if (headerSink !== null) headerSink(t);
      ctx.writeHeader(t, false);
    }
    if (out.done) excess = out.leftover;
    return out.done;
  };

  let done = decoder.done;
  if (done) excess = head.leftover;
  else if (head.leftover.length > 0) done = feed(head.leftover);
  while (!done) {
    let chunk: Buffer | null;
    try {
      chunk = await reader.read();
    } catch (err) {
      throw streamFailure(ctx, err);
    }
    if (chunk === null) {
      try {
        decoder.finish();
      } catch (err) {
        throw headFailure(ctx, err);
      }
      closeFor('closed by the peer');
      break;
    }
    done = feed(chunk);
  }
  if (excess.length > 0) {
    // Bytes beyond the response: nothing to do with them on an HTTP/1 connection.
    if (!req.noBody) {
      ctx.infof(
        `Excess found writing body: excess = ${excess.length}, size = ${contentLength}, maxdownload = ${contentLength}, bytecount = ${bodyBytes}`,
      );
    }
    closeFor(req.noBody ? 'ignoring body' : 'excess found in a read');
  }
  return result(bodyBytes, following, EMPTY);
}

// ---------------------------------------------------------------------------------------------
// Redirects

export interface RedirectInput {
  opts: Readonly<EasyOptions>;
  /** The target just requested (EFFECTIVE_URL is target.url). */
  target: Target;
  state: RequestState;
  status: number;
  /** ExchangeResult.location. */
  location: string | null;
  /** ExchangeResult.version: an HTTP/1.0 answer makes the following requests HTTP/1.0. */
  version: '1.0' | '1.1';
  /** REDIRECT_COUNT so far. */
  redirectCount: number;
}

export type Redirect =
  | {
      follow: false;
      /** CURLINFO_REDIRECT_URL: where FOLLOWLOCATION would have gone, else null. */
      redirectUrl: string | null;
    }
  | {
      follow: true;
      url: string;
      /** The next target: EFFECTIVE_URL is target.url. */
      target: Target;
      state: RequestState;
      redirectCount: number;
    };

/** CURLU_URLENCODE | CURLU_ALLOW_SPACE: spaces and bytes above 0x7e are percent-encoded. */
function encodeLocation(loc: string): string {
  let out = '';
  for (let i = 0; i < loc.length; i++) {
    const c = loc.charCodeAt(i);
    if (c === 0x20) out += '%20';
    else if (c >= 0x80 && c <= 0xff) out += `%${c.toString(16).toUpperCase()}`;
    else out += loc[i];
  }
  return out;
}

const ABSOLUTE = /^([A-Za-z][A-Za-z0-9+.-]{0,39}):/;

/**
 * Resolves a Location against the current URL (RFC 3986 section 5.2, as lib/urlapi.c does for a
 * redirect) and checks it. Throws CurlError: 1 "Unsupported URL scheme" for a scheme libcurl does
 * not know, 3 for syntax, with "The redirect target URL could not be parsed: " before the text.
 */
export function resolveLocation(base: string, location: string): { url: string; absolute: boolean } {
  const loc = encodeLocation(location);
  const bad = (code: number, text: string): CurlError =>
    new CurlError(code, `The redirect target URL could not be parsed: ${text}`);
  const abs = ABSOLUTE.exec(loc);
  let url: string;
  if (abs) {
    if (schemeInfo(abs[1]!) === undefined) throw bad(CURLE.UNSUPPORTED_PROTOCOL, 'Unsupported URL scheme');
    url = loc;
  } else {
    const b = parseUrl(base);
    const origin = `${b.scheme}://${b.userinfo !== null ? `${b.userinfo}@` : ''}${hostForUrl(b.host)}${b.port !== null ? `:${b.port}` : ''}`;
    const query = b.query !== null ? `?${b.query}` : '';
    if (loc.startsWith('//')) url = `${b.scheme}:${loc}`;
    else if (loc.startsWith('/')) url = origin + loc;
    else if (loc.startsWith('?')) url = origin + b.path + loc;
    else if (loc.startsWith('#')) url = origin + b.path + query + loc;
    else url = origin + b.path.slice(0, b.path.lastIndexOf('/') + 1) + loc;
  }
  try {
    parseUrl(url);
  } catch (err) {
    if (err instanceof CurlError) throw bad(err.code, err.message.replace(/^URL rejected: /, ''));
    throw err;
  }
  return { url, absolute: abs !== null };
}

/**
 * What follows a response (lib/multi.c multi_follow, lib/http.c Curl_http_follow). Throws
 * CurlError (reported with failf): 47 "Maximum (N) redirects followed", 1 or 3 for a Location it
 * cannot use, 1 `Protocol "X" disabled (in redirect)` outside http and https.
 */
export function nextRequest(ctx: TransferContext, input: RedirectInput): Redirect {
  const { opts, target, state, status, location } = input;
  if (location === null || status < 300 || status >= 400) return { follow: false, redirectUrl: null };
  if (opts.followLocation === 0) {
    // FOLLOW_FAKE: only CURLINFO_REDIRECT_URL, an unusable Location kept as it is.
    try {
      return { follow: false, redirectUrl: resolveLocation(target.url, location).url };
    } catch {
      return { follow: false, redirectUrl: location };
    }
  }
  if (opts.maxRedirs !== -1 && input.redirectCount >= opts.maxRedirs) {
    throw ctx.failf(CURLE.TOO_MANY_REDIRECTS, `Maximum (${opts.maxRedirs}) redirects followed`);
  }
  let resolved;
  try {
    resolved = resolveLocation(target.url, location);
  } catch (err) {
    if (err instanceof CurlError) throw ctx.failf(err.code, err.message);
    throw err;
  }
  const scheme = ABSOLUTE.exec(resolved.url)![1]!.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') {
    // lib/url.c findprotocol with the default CURLOPT_REDIR_PROTOCOLS_STR (http, https, ftp,
    // ftps); this runtime has no FTP.
    const known = scheme !== 'ftp' && scheme !== 'ftps';
    throw ctx.failf(CURLE.UNSUPPORTED_PROTOCOL, `Protocol "${scheme}" ${known ? 'disabled' : 'not supported'} (in redirect)`);
  }
  let next: Target;
  try {
    // An absolute Location leaves CURLOPT_PORT behind (lib/http.c: allow_port = FALSE).
    next = targetFromUrl(resolved.url, resolved.absolute ? 0 : opts.port);
  } catch (err) {
    if (err instanceof CurlError) throw ctx.failf(err.code, err.message);
    throw err;
  }
  ctx.infof(`Issue another request to this URL: '${next.url}'`);

  const s: RequestState = {
    ...state,
    isFollow: true,
    peerHttp10: state.peerHttp10 || input.version === '1.0',
  };
  if (opts.followLocation === CURLFOLLOW_FIRSTONLY && opts.customRequest !== null && !s.ignoreCustom) {
    s.ignoreCustom = true;
    ctx.infof('Drop custom request method for next request');
  }
  const switchToGet = (code: number): void => {
    // lib/http.c http_switch_to_get
    const custom = opts.customRequest;
    if ((custom !== null || s.httpReq !== 'GET') && opts.followLocation === CURLFOLLOW_OBEYCODE) {
      ctx.infof(`Switch to GET because of ${code} response`);
      s.ignoreCustom = true;
    } else if (custom !== null && opts.followLocation !== CURLFOLLOW_FIRSTONLY) {
      ctx.infof(`Stick to ${custom} instead of GET`);
    }
    s.httpReq = 'GET';
  };
  const keep = opts.postRedir;
  switch (status) {
    case 301:
      if (s.httpReq === 'POST' && !(keep & 1)) switchToGet(301);
      break;
    case 302:
      if (s.httpReq === 'POST' && !(keep & 2)) switchToGet(302);
      break;
    case 303:
      if (s.httpReq !== 'GET' && (s.httpReq !== 'POST' || !(keep & 4))) switchToGet(303);
      break;
    default:
      // 300, 304, 305, 306, 307, 308: method and body stay
      break;
  }
  return { follow: true, url: next.url, target: next, state: s, redirectCount: input.redirectCount + 1 };
}
