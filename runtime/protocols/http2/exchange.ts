// One request/response exchange on an HTTP/2 stream, with libcurl 8.22's texts, codes and callback
// order (lib/http2.c h2_submit, on_header, http2_handle_stream_close; lib/http.c http_on_response
// for what is shared with HTTP/1). The response head reaches the application as libcurl writes it
// for HTTP/2: the status line "HTTP/2 200 " (with the trailing blank), then one "name: value" line
// per field in the order and case received, then the blank line; trailers follow the body.
// The decisions HTTP/1 and HTTP/2 share (FAILONERROR, resume and MAXFILESIZE checks, content
// decoding, the write callback and its pause) are the HTTP/1 exchange's modules.
import { Buffer } from 'node:buffer';
import type { ClientHttp2Stream, IncomingHttpHeaders } from 'node:http2';
import { CURLE, strerror } from '../../base/codes.js';
import { CURLH_PSEUDO } from '../../base/constants.js';
import type { TransferContext } from '../../base/context.js';
import { ConnectionDied, CurlError, Http11Required } from '../../base/error.js';
import { recvAllowance, stampTimer } from '../../base/progress.js';
import { bodyWriter, existingWriter, writeHeaderLine } from '../../http/client-writer.js';
import { closeDecoders, contentDecoders } from '../../http/content-decoding.js';
import { MAX_HTTP_RESP_HEADER_SIZE, type HeadResult } from '../../http/head.js';
import { CURLH_TRAILER } from '../../http/header-store.js';
import type { HeaderField } from '../../http/headers.js';
import type { HttpRequest } from '../../http/request.js';
import { readFailure, StreamReader } from '../../io/stream-reader.js';
import { allowedBytes, checkFailOnError, checkFinalHead, sizeExceeded, type AuthFacts } from '../http1/body-rules.js';
import { deliverActing, type ExchangeOptions, type ExchangeResult } from '../http1/exchange.js';
import { responseFacts } from '../http1/response-facts.js';
import { sentOff, UploadRun } from '../http1/upload-run.js';
import { h2Request } from '../../http/h2-request.js';
import { flowBody, nextChunk } from './stream-body.js';
import { H2Shutdown, type H2Session } from './session.js';
import { h2ErrorName, HTTP_1_1_REQUIRED, REFUSED_STREAM } from '../../http/h2-errors.js';

const EMPTY = new Uint8Array(0);
const NO_AUTH: AuthFacts = { hostCreds: false, proxyCreds: false, problem: false };
/** NGHTTP2_CANCEL: what a stream left before its end is reset with (lib/http2.c
 * http2_data_done). */
const CANCEL = 8;

interface Head {
  status: number;
  raw: string[];
}

/** The heads of a stream as Node hands them (interim ones, the final one), and its end. */
class StreamHeads {
  readonly #queue: Head[] = [];
  trailers: string[] | null = null;
  closed = false;
  error: Error | null = null;
  #wake: (() => void) | null = null;

  constructor(stream: ClientHttp2Stream) {
    const push = (h: IncomingHttpHeaders, _f: number, raw: string[]): void => {
      this.#queue.push({ status: Number(h[':status']), raw });
      this.#poke();
    };
    stream.on('headers', push);
    stream.on('response', push);
    stream.on('trailers', (_h: IncomingHttpHeaders, _f: number, raw: string[]) => {
      this.trailers = raw;
      this.#poke();
    });
    stream.on('close', () => {
      this.closed = true;
      this.#poke();
    });
    stream.on('error', (err: Error) => {
      this.error ??= err;
      this.#poke();
    });
  }

  #poke(): void {
    const w = this.#wake;
    this.#wake = null;
    w?.();
  }

  /** A head that came, null when the stream closed first, undefined while neither; throws the
   * abort reason. */
  #take(ctx: TransferContext): Head | null | undefined {
    if (ctx.abortReason !== null) throw ctx.abortReason;
    const h = this.#queue.shift();
    if (h !== undefined) return h;
    return this.closed ? null : undefined;
  }

  /** The next head, null when the stream closed first: at once when it is there, else a promise
   * (one per wait, no async frame). Throws or rejects with the abort reason. */
  next(ctx: TransferContext): Head | null | Promise<Head | null> {
    const now = this.#take(ctx);
    if (now !== undefined) return now;
    return new Promise((resolve, reject) => {
      const look = (): void => {
        let r: Head | null | undefined;
        try {
          r = this.#take(ctx);
        } catch (err) {
          unhook();
          reject(err);
          return;
        }
        if (r === undefined) {
          this.#wake = look;
          return;
        }
        unhook();
        resolve(r);
      };
      const unhook = ctx.onAbort(look);
      this.#wake = look;
    });
  }

  /** Until something happens on the stream or the transfer is aborted. */
  wait(ctx: TransferContext): Promise<void> {
    return new Promise((resolve) => {
      const unhook = ctx.onAbort(resolve);
      this.#wake = () => {
        unhook();
        resolve();
      };
    });
  }
}

/** Until the stream has its number (the session's preface may still be on its way). */
function opened(stream: ClientHttp2Stream): Promise<void> {
  if (stream.id !== undefined || stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    stream.once('ready', resolve);
    stream.once('close', resolve);
  });
}

/** The head as the HTTP/1 head parser would give it, from the field list Node received. */
function headOf(h: Head): HeadResult {
  const lines: Uint8Array[] = [Buffer.from(`HTTP/2 ${h.status} \r\n`, 'latin1')];
  const headers: HeaderField[] = [];
  for (let i = 0; i + 1 < h.raw.length; i += 2) {
    const name = h.raw[i]!;
    if (name.startsWith(':')) continue;
    headers.push([name, h.raw[i + 1]!]);
    lines.push(Buffer.from(`${name}: ${h.raw[i + 1]}\r\n`, 'latin1'));
  }
  lines.push(Buffer.from('\r\n', 'latin1'));
  const size = lines.reduce((n, l) => n + l.length, 0);
  return { status: h.status, version: '1.1', reason: '', headers, lines, size, leftover: EMPTY };
}

/** Why a stream ended before its response did (lib/http2.c http2_handle_stream_close, and
 * h2_progress_ingress for a session that failed). */
function streamFailure(
  ctx: TransferContext,
  session: H2Session,
  stream: ClientHttp2Stream,
  err: Error | null,
  gotHead: boolean,
  bytes: number,
  reused: boolean,
): CurlError {
  if (ctx.abortReason !== null) return ctx.abortReason;
  // nghttp2 ended the session after a connection error: every stream on it fails with 16
  // (lib/http2.c on_frame_send, then should_close_session in h2_progress_ingress)
  if (session.failure instanceof H2Shutdown) return ctx.failf(CURLE.HTTP2, session.failure.message);
  const id = stream.id ?? 0;
  const code = stream.rstCode ?? 0;
  const goaway = session.goaway;
  if (code === REFUSED_STREAM || (goaway !== null && id > goaway.lastStreamId)) {
    // nghttp2 closes the streams a GOAWAY leaves out with REFUSED_STREAM
    ctx.infof(`HTTP/2 stream ${id} refused by server, try again on a new connection`);
    return new ConnectionDied(CURLE.RECV_ERROR, 'HTTP/2 stream refused', true);
  }
  type NodeError = Error & { code?: string; errno?: number };
  const kind = (err as NodeError | null)?.code;
  const failed = (kind === 'ERR_HTTP2_ERROR' ? err : session.failure) as NodeError | null;
  if (failed?.code === 'ERR_HTTP2_ERROR') {
    // nghttp2 refused what came in (h2_process_pending_input)
    if (reused && !gotHead) return new ConnectionDied(CURLE.HTTP2, 'Connection died before any response');
    return ctx.failf(CURLE.HTTP2, `nghttp2 recv error ${failed.errno ?? -505}: ${failed.message}`);
  }
  if (kind === 'ERR_HTTP2_SESSION_ERROR' || failed !== null || session.gone) {
    // the connection closed under the stream, with a GOAWAY or abruptly (stream_recv: no text)
    if (reused && !gotHead && goaway === null) return new ConnectionDied(CURLE.HTTP2, 'Connection died before any response');
    const c = bytes > 0 ? CURLE.PARTIAL_FILE : CURLE.HTTP2;
    return ctx.failf(c, strerror(c));
  }
  if (!gotHead && code === 0) {
    return ctx.failf(
      CURLE.HTTP2_STREAM,
      `HTTP/2 stream ${id} was closed cleanly, but before getting all response header fields, treated as error`,
    );
  }
  const reset = ctx.failf(
    code !== 0 ? CURLE.HTTP2_STREAM : bytes > 0 ? CURLE.PARTIAL_FILE : CURLE.HTTP2,
    `HTTP/2 stream ${id} reset by server (error 0x${code.toString(16)} ${h2ErrorName(code)})`,
  );
  // lib/multi.c: the engine goes again on HTTP/1.1 (Curl_h2_http_1_1_error)
  return code === HTTP_1_1_REQUIRED ? new Http11Required() : reset;
}

/** Sends `req` on a new stream of `session` and reads the response. Throws CurlError with
 * libcurl's code; a stream the server refused, or a reused session that died before answering,
 * throws ConnectionDied (the engine tries once more on a new connection). `upgraded`: stream 1
 * of a session the server switched to after `Upgrade: h2c`, where `req` went out as HTTP/1.1
 * already: only its response is read there. */
export async function h2Exchange(
  ctx: TransferContext,
  session: H2Session,
  req: HttpRequest,
  options: ExchangeOptions = {},
  upgraded: ClientHttp2Stream | null = null,
): Promise<ExchangeResult> {
  let stream: ClientHttp2Stream;
  /** The request's fields, for the verbose lines of a stream we open. */
  let opening: [string, string][] | null = null;
  if (upgraded !== null) {
    stream = upgraded;
    req = { ...req, body: null, upload: null, bodyLength: 0, expect100: false };
  } else {
    const { fields, headers } = h2Request(req.head, ctx.target.scheme);
    ctx.meter?.check();
    stampTimer(ctx, 'pretransfer');
    const streaming = req.upload !== null && (req.upload.length !== 0 || req.upload.chunked);
    try {
      stream = session.request(ctx, headers, req.body === null && !streaming);
    } catch (err) {
      if (session.draining && options.reused) throw new ConnectionDied(CURLE.SEND_ERROR, 'Connection died before any response');
      throw ctx.failf(CURLE.SEND_ERROR, `Failed sending HTTP2 data: ${(err as Error).message}`);
    }
    opening = fields;
  }
  const heads = new StreamHeads(stream);
  // a reader only for a body read chunk by chunk (exchange() below); the common body flows in
  // 'data' events, where a 'readable' listener would only cost (and hold the stream paused)
  const reader = ctx.opts.maxRecvSpeed > 0 || req.upload !== null ? new StreamReader(stream, ctx) : null;
  const upload = new UploadRun(ctx, reader, req);
  const unhook = ctx.onAbort(() => stream.close(CANCEL));
  try {
    // (a session that is up numbers the stream at once: no wait then)
    if (stream.id === undefined && !stream.destroyed) await opened(stream);
    if (opening !== null) {
      if (ctx.verbose && stream.id !== undefined) {
        // lib/http2.c h2_submit
        ctx.infof(`[HTTP/2] [${stream.id}] OPENED stream for ${ctx.target.url}`);
        for (const [name, value] of opening) ctx.infof(`[HTTP/2] [${stream.id}] [${name}: ${value}]`);
      }
      ctx.headerOut(req.head);
      ctx.info.requestSize += req.headBytes.length;
    }
    return await exchange(ctx, session, stream, heads, reader, req, upload, options, upgraded !== null);
  } finally {
    unhook();
    upload.stop();
    reader?.release();
    closeDecoders(ctx);
    if (!stream.closed) stream.close(CANCEL);
  }
}

async function exchange(
  ctx: TransferContext,
  session: H2Session,
  stream: ClientHttp2Stream,
  heads: StreamHeads,
  reader: StreamReader | null,
  req: HttpRequest,
  upload: UploadRun,
  options: ExchangeOptions,
  sent: boolean,
): Promise<ExchangeResult> {
  const opts = ctx.opts;
  const meter = ctx.meter ?? null;
  const writeBody = options.writeBody ?? bodyWriter(ctx);
  const headerSink = opts.includeHeader ? writeBody : null;
  const reused = options.reused ?? false;
  // the body: at once, or after a 100 (or EXPECT_100_TIMEOUT_MS) when Expect asked for one
  let waiting100 = (req.body !== null || upload.streaming) && req.expect100;
  const sendBody = (): void => {
    waiting100 = false;
    if (upload.streaming) {
      upload.start();
      upload.finish().then(
        () => stream.end(),
        () => {},
      );
      return;
    }
    if (req.body !== null) {
      stream.end(req.body);
      upload.countFixed(req.body.length);
      ctx.info.requestSize += req.body.length;
    }
    sentOff(ctx, req.bodyLength);
  };
  let timer: NodeJS.Timeout | undefined;
  if (waiting100) {
    stream.once('continue', () => {
      if (waiting100) sendBody();
    });
    timer = setTimeout(() => {
      if (!waiting100) return;
      ctx.infof('Done waiting for 100-continue');
      sendBody();
    }, opts.expect100TimeoutMs);
  } else if (!sent) sendBody();

  let head: HeadResult;
  let headBytes = 0;
  try {
    for (;;) {
      const got = heads.next(ctx);
      const h = got instanceof Promise ? await got : got;
      if (h === null) {
        if (heads.error === null) await new Promise<void>((r) => setImmediate(r));
        throw streamFailure(ctx, session, stream, heads.error, false, 0, reused);
      }
      const hr = headOf(h);
      // lib/http.c Curl_bump_headersize: all heads of one request within MAX_HTTP_RESP_HEADER_SIZE;
      // the header callback's failure is fatal to nghttp2 (h2_process_pending_input)
      headBytes += hr.size;
      if (headBytes > MAX_HTTP_RESP_HEADER_SIZE) {
        ctx.failf(CURLE.RECV_ERROR, `Too large response headers: ${headBytes} > ${MAX_HTTP_RESP_HEADER_SIZE}`);
        session.fail();
        throw ctx.failf(CURLE.HTTP2, 'nghttp2 recv error -902: The user callback function failed');
      }
      ctx.info.responseCode = h.status;
      stampTimer(ctx, 'starttransfer');
      responseFacts(ctx, hr);
      ctx.info.httpVersion = 20;
      // lib/http2.c on_header: the :status pseudo-header goes to the header API first
      ctx.headerStore?.push(Buffer.from(`:status:${h.status}\r`, 'latin1'), CURLH_PSEUDO);
      deliverActing(ctx, hr, headerSink, options.onHeader ?? (() => {}));
      const held = existingWriter(ctx);
      if (held?.blocked) await held.unblocked();
      if (h.status >= 200) {
        head = hr;
        break;
      }
    }
  } finally {
    clearTimeout(timer);
  }

  const status = head.status;
  if (waiting100) {
    // a final answer before the body went out: it never goes (lib/http.c http_on_response)
    waiting100 = false;
    if (status >= 300) ctx.infof('HTTP error before end of send, stop sending');
  } else if (status >= 300 && upload.sending()) {
    ctx.infof('HTTP error before end of send, stop sending');
    upload.abort();
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
  const lengthField = head.headers.find(([n]) => n.toLowerCase() === 'content-length');
  const announced = lengthField !== undefined && !opts.ignoreContentLength && /^\d+$/.test(lengthField[1]) ? Number(lengthField[1]) : -1;
  const contentLength = status === 204 || status === 304 ? 0 : announced;
  if (announced >= 0) meter?.setDownloadSize(announced);
  checkFailOnError(ctx, req, status, options.authFacts?.() ?? NO_AUTH);
  const retry = options.retryAfter?.(status, head.headers) ?? false;
  const following = retry || (opts.followLocation > 0 && location !== null);
  // lib/http.c http_perhapsrewind: a body in memory that went out is sent again
  if (retry && req.body !== null && !req.expect100) ctx.infof('Need to rewind upload for next request');
  const result = (bodyBytes: number, keepAlive = !session.draining): ExchangeResult => ({
    status,
    version: '1.1',
    reason: '',
    headers: head.headers,
    location,
    keepAlive,
    closeReason: null,
    contentLength,
    bodyBytes,
    bodyIgnored: following,
    retry,
    leftover: EMPTY,
  });
  if (following) ctx.infof('Ignoring the response-body');
  // lib/http.c http_size: a known length still sets the size of the body read and dropped
  if (following && announced >= 0) ctx.infof('setting size while ignoring');
  const bodyless = req.noBody || status === 204 || status === 304;
  if (checkFinalHead(ctx, req, head, contentLength, following) === 'done') return result(0);
  const sink = following ? writeBody : contentDecoders(ctx, head.headers, bodyless, writeBody);

  let bodyBytes = 0;
  const counted = (d: Uint8Array): void => {
    const before = bodyBytes;
    bodyBytes += d.length;
    if (following) return;
    const n = allowedBytes(ctx, before, d.length);
    ctx.info.sizeDownload += n;
    meter?.download(n);
    if (n > 0) sink(n === d.length ? d : d.subarray(0, n));
    if (n < d.length) throw sizeExceeded(ctx, before + n);
  };
  const writer = following ? undefined : existingWriter(ctx);
  // the common body (no MAX_RECV_SPEED_LARGE, no body read from the application beside it: no
  // reader) flows as it comes; else it is read chunk by chunk, the rate limit holding it back
  const flows = reader === null;
  let cleanEnd = false;
  if (flows) {
    try {
      cleanEnd = await flowBody(
        ctx,
        stream,
        (d) => {
          if (req.noBody) return;
          counted(d);
          meter?.check();
        },
        writer,
      );
    } catch (err) {
      if (err instanceof CurlError) throw err;
      throw streamFailure(ctx, session, stream, err as Error, true, bodyBytes, false);
    }
  }
  while (reader !== null) {
    let chunk: Uint8Array | null;
    try {
      const got = nextChunk(reader);
      chunk = got instanceof Promise ? await got : got;
    } catch (err) {
      if (err instanceof CurlError) throw err;
      throw streamFailure(ctx, session, stream, err as Error, true, bodyBytes, false);
    }
    if (chunk === null) break;
    if (req.noBody) continue;
    // MAX_RECV_SPEED_LARGE and pause hold the reading back (the stream's window closes)
    while (chunk.length > 0) {
      let n: number = chunk.length;
      if (meter !== null && !following) {
        const now = meter.recvAvailable();
        n = Math.min(n, now > 0 ? now : await recvAllowance(ctx, meter));
      }
      const whole: boolean = n === chunk.length;
      counted(whole ? chunk : chunk.subarray(0, n));
      // (no empty view made per chunk: the common whole chunk ends the loop)
      chunk = whole ? EMPTY : chunk.subarray(n);
      meter?.check();
      if (writer?.blocked) await writer.unblocked();
    }
  }
  // the stream ended while the session lives on (or goes after a GOAWAY without error that
  // leaves this stream in): END_STREAM came. Node destroys such a stream as soon as its end is
  // read, and may have read it before the body was (a response that came all at once)
  const goaway = session.goaway;
  const sessionOk = session.failure === null && (goaway === null ? !session.gone : goaway.code === 0 && (stream.id ?? 0) <= goaway.lastStreamId);
  if (!cleanEnd && stream.readableEnded && sessionOk) cleanEnd = true;
  if (flows ? !cleanEnd : !stream.readableEnded) {
    if (heads.error === null) await new Promise<void>((r) => setImmediate(r));
    // a reset after the head of a HEAD answer is nothing (http2_handle_stream_close)
    if (!req.noBody) throw streamFailure(ctx, session, stream, heads.error, true, bodyBytes, false);
  }
  // A reset with NO_ERROR after the head closes the stream as END_STREAM does (lib/http2.c
  // on_stream_close marks a reset only for a non-zero code), and Node ends the stream alike: the
  // body is what came, and only a Content-Length it falls short of fails it, at the end of the
  // response (lib/sendf.c cw_download_write); nghttp2 refuses a short END_STREAM itself
  const missing = !req.noBody && !bodyless && announced >= 0 && !opts.ignoreContentLength ? announced - bodyBytes : 0;
  if (missing > 0) {
    if (session.gone || session.failure !== null) throw streamFailure(ctx, session, stream, heads.error, true, bodyBytes, false);
    throw ctx.failf(CURLE.PARTIAL_FILE, `end of response with ${missing} bytes missing`);
  }
  // the trailers come with the stream's end, their event after the body's; the transfer ends with
  // the stream's close, which frees its place on the connection (ending at 'end' makes the next
  // transfer of a full connection open one of its own)
  while (!heads.closed && heads.trailers === null) {
    if (ctx.abortReason !== null) throw ctx.abortReason;
    await heads.wait(ctx);
  }
  for (let i = 0; heads.trailers !== null && i + 1 < heads.trailers.length; i += 2) {
    // lib/http2.c http2_handle_stream_close: each trailer to the debug and header callbacks
    const line = Buffer.from(`${heads.trailers[i]}: ${heads.trailers[i + 1]}\r\n`, 'latin1');
    if (ctx.verbose) ctx.headerIn(line.toString('latin1'));
    ctx.headerStore?.push(line, CURLH_TRAILER);
    if (headerSink !== null) headerSink(line);
    writeHeaderLine(ctx, line, false);
  }
  // (a body sent whole has nothing to wait for: no promise per transfer)
  if (upload.streaming) await upload.finish();
  return result(bodyBytes);
}
