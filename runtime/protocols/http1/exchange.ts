// One HTTP/1.x request/response exchange over a connected stream, with libcurl 8.22's callback
// order, texts and codes (lib/http.c `http_on_response`, `http_rw_hd`, `http_statusline`,
// `http_header_c`/`_l`/`_p`/`_t`, `Curl_http_done`; lib/cw-out.c; lib/transfer.c).
//
//   const res = await http1Exchange(ctx, stream, req, { reused?, connectOnly?, forwardProxy?,
//                                                       retryAfter? });
//   // res.status, res.headers, res.keepAlive (may the connection carry another request),
//   // res.leftover (CONNECT_ONLY=2: the body bytes that came with the head), res.location ...
//
// The exchange leaves the stream with no listeners of its own and not paused, so bytes it did not
// take stay in the stream for the next reader (the next exchange on a kept connection, or StreamIO
// once the engine hands `leftover` back to the connection).
//
// Delivery per response header line (1xx heads included, status line and blank line included):
// verbose HEADER_IN, then the write callback when CURLOPT_HEADER is set, then the header callback;
// HEADER_SIZE adds every line. Body bytes go to the application through http/client-writer.ts.
import { Buffer } from 'node:buffer';
import type { Duplex } from 'node:stream';
import { CURLE } from '../../base/codes.js';
import { recvAllowance, stampTimer } from '../../base/progress.js';
import type { TransferContext } from '../../base/context.js';
import { ConnectionDied } from '../../base/error.js';
import { BodyDecoder, bodyMode, type BodyMode } from '../../http/body.js';
import {
  bodyWriter,
  deliverHead,
  deliverLine,
  existingWriter,
  headOrigin,
  writeHeaderLine,
  type BodySink,
} from '../../http/client-writer.js';
import type { HeadResult } from '../../http/head.js';
import { CURLH_TRAILER } from '../../http/header-store.js';
import { HeadReader, headFailure } from '../../http/head-reader.js';
import { hasToken, type HeaderField } from '../../http/headers.js';
import type { HttpRequest } from '../../http/request.js';
import { readFailure, StreamReader, TIMEOUT } from '../../io/stream-reader.js';
import { allowedBytes, checkFailOnError, checkFinalHead, sizeExceeded, withoutLength, type AuthFacts } from './body-rules.js';
import { responseFacts } from './response-facts.js';
import { closeDecoders, contentDecoders } from '../../http/content-decoding.js';
import { chunkedDecoded, transferDecoders } from '../../http/transfer-decoding.js';
import { sentOff, UploadRun } from './upload-run.js';

const EMPTY = new Uint8Array(0);
const NO_AUTH: AuthFacts = { hostCreds: false, proxyCreds: false, problem: false };

export interface ExchangeOptions {
  /** The connection carried a request before: a non-HTTP answer is "Invalid status line" (8),
   *  and a connection that died before answering throws ConnectionDied (retry it). */
  reused?: boolean;
  /** CONNECT_ONLY=2 (decision 1): stop after the final response head; the body is not read. */
  connectOnly?: boolean;
  /** The request went to an HTTP proxy without a tunnel (Proxy-Connection answers count). */
  forwardProxy?: boolean;
  /** The auth state FAILONERROR looks at for a 401 or 407 (default: no credentials). */
  authFacts?: () => AuthFacts;
  /** The body sink; default bodyWriter(ctx). */
  writeBody?: BodySink;
  /** Each header field of a head, before its line is delivered (lib/http.c http_rw_hd runs
   *  http_header, which reads Proxy-Authenticate, before Curl_debug and the callbacks). */
  onHeader?: (status: number, name: string, value: string) => void;
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
  /** A 417 answered Expect: 100-continue: the request goes again without Expect (the retry
   *  above is set; libcurl's state.disableexpect). */
  expectFailed?: boolean;
  /** CONNECT_ONLY=2: bytes after the head (the start of the body), for the first recv; after a
   *  switch to HTTP/2, the first bytes of that. Otherwise always empty (excess bytes close the
   *  connection). */
  leftover: Uint8Array;
  /** The server took the `Upgrade: h2c` offer (101): the response comes on HTTP/2 stream 1. */
  switchedToH2?: boolean;
}

/** What a connect-only exchange returns when the peer closed before answering (L3). */
function noAnswer(): ExchangeResult {
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

/** deliverHead, with each header field handed to `onHeader` before its line is delivered: a
 * head's lines are its status line, one line per field (in order: non-connect heads have no line
 * without a colon) and the blank line. */
export function deliverActing(
  ctx: TransferContext,
  h: HeadResult,
  headerSink: BodySink | null,
  onHeader: NonNullable<ExchangeOptions['onHeader']>,
): void {
  const last = h.lines.length - 1;
  const origin = headOrigin(h.status, false);
  for (let i = 0; i <= last; i++) {
    const field = i > 0 && i < last ? h.headers[i - 1] : undefined;
    if (field !== undefined) onHeader(h.status, field[0], field[1]);
    deliverLine(ctx, h.lines[i]!, headerSink, origin, false);
  }
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
  const upload = new UploadRun(ctx, reader, req);
  try {
    const res = await exchange(ctx, reader, req, options, upload);
    // a body still going out after a 2xx answer is sent to its end (lib/transfer.c)
    await upload.finish();
    return res;
  } finally {
    upload.stop();
    reader.release();
    closeDecoders(ctx);
  }
}

async function exchange(
  ctx: TransferContext,
  reader: StreamReader,
  req: HttpRequest,
  options: ExchangeOptions,
  upload: UploadRun,
): Promise<ExchangeResult> {
  const opts = ctx.opts;
  const reused = options.reused ?? false;
  const connectOnly = options.connectOnly ?? false;
  const writeBody = options.writeBody ?? bodyWriter(ctx);
  const headerSink = opts.includeHeader ? writeBody : null;

  // The request: head and a small body in one write, as libcurl's send buffer does; with Expect:
  // 100-continue the body waits (lib/http.c cr_exp100_read).
  const meter = ctx.meter ?? null;
  // lib/multi.c multi_runsingle: once the connection is up, each pass ends with the progress
  // callback, so the first one comes before the request goes out
  meter?.check();
  stampTimer(ctx, 'pretransfer');
  // a body read as it is sent (UPLOAD, READFUNCTION) goes out beside the response reading
  let waiting100 = (req.body !== null || upload.streaming) && req.expect100;
  if (req.body !== null && !waiting100) reader.write(Buffer.concat([req.headBytes, req.body]));
  else reader.write(req.headBytes);
  // lib/transfer.c Curl_xfer_send counts what goes out (REQUEST_SIZE)
  ctx.info.requestSize += req.headBytes.length + (waiting100 || req.body === null ? 0 : req.body.length);
  if (req.body !== null && !waiting100) upload.countFixed(req.body.length);
  ctx.headerOut(req.head);
  if (upload.streaming && !waiting100) upload.start();
  else if (!waiting100) {
    sentOff(ctx, req.bodyLength);
  }
  const expectDeadline = performance.now() + opts.expect100TimeoutMs;
  const sendBody = (): void => {
    waiting100 = false;
    if (upload.streaming) {
      upload.start();
      return;
    }
    upload.countFixed(req.body!.length);
    reader.write(req.body!);
    ctx.info.requestSize += req.body!.length;
    sentOff(ctx, req.bodyLength);
  };

  // Heads: 1xx answers are delivered and skipped, the first final one ends the loop.
  // TIMER_STARTTRANSFER when the first status line (a 1xx one too) is complete: lib/sendf.c
  // cw_download_write stamps it at the first response write, which lib/http.c http_rw_hd makes
  // for the status line before the next line is read (not at the head's end, not at its first
  // byte)
  const heads = new HeadReader(ctx, reader, {
    reused,
    aliases: opts.http200Aliases,
    onStatusLine: () => stampTimer(ctx, 'starttransfer'),
  });
  let head: HeadResult;
  for (;;) {
    const h = await heads.next(waiting100 ? expectDeadline - performance.now() : Infinity);
    if (h === TIMEOUT) {
      ctx.infof('Done waiting for 100-continue');
      sendBody();
      continue;
    }
    if (h === null) {
      // The peer closed before a final answer.
      if (reused && !heads.anyBytes) throw new ConnectionDied(CURLE.GOT_NOTHING, 'Connection died before any response');
      // L3: no "Empty reply" for connect-only transfers.
      if (connectOnly) return noAnswer();
      if (heads.fed === 0) throw ctx.failf(CURLE.GOT_NOTHING, 'Empty reply from server');
      throw ctx.failf(CURLE.RECV_ERROR, 'Connection closed before the end of the response headers');
    }
    ctx.info.responseCode = h.status;
    responseFacts(ctx, h);
    if (options.onHeader === undefined) deliverHead(ctx, h, { body: headerSink });
    else deliverActing(ctx, h, headerSink, options.onHeader);
    // a header callback that paused holds the transfer here (lib/cw-out.c keeps the lines)
    const held = existingWriter(ctx);
    if (held?.blocked) await held.unblocked();
    if (h.status === 101 && req.http10) {
      // lib/http.c http_on_response: Switching Protocols only from HTTP/1.1
      throw ctx.failf(CURLE.WEIRD_SERVER_REPLY, 'unexpected 101 response code');
    }
    if (h.status >= 200 || h.status === 101) {
      // A 101 nobody asked for is taken as the final answer (lib/http.c http_on_response).
      head = h;
      break;
    }
    if (h.status === 100 && waiting100) sendBody();
  }

  if (head.status === 101 && req.h2Upgrade) {
    // lib/http.c http_on_101_upgrade: the bytes after the head are HTTP/2 already
    ctx.infof('Received 101, Switching to HTTP/2');
    return { ...noAnswer(), status: 101, keepAlive: true, closeReason: null, leftover: heads.takeRest(), switchedToH2: true };
  }
  const status = head.status;
  let close = false;
  let closeReason: string | null = null;
  const closeFor = (reason: string): void => {
    close = true;
    closeReason = reason;
  };
  const keep = (): void => {
    close = false;
    closeReason = null;
  };

  // The connection's fate, in header order as libcurl decides it (lib/http.c http_statusline,
  // http_header_c, http_header_p, http_header_t).
  if (head.version === '1.0') {
    ctx.infof('HTTP 1.0, assume close after body');
    closeFor('HTTP/1.0 close after body');
  }
  const bodyless = status < 200 || req.noBody || status === 304;
  // lib/http.c http_header_t: a Transfer-Encoding that brought no chunked decoding ends the body
  // only at the close when CURLOPT_TRANSFER_ENCODING asked for codings; without it the body is
  // left to Content-Length as if the field were not there
  const chunk = bodyless ? null : chunkedDecoded(opts, head.headers);
  for (const [name, value] of head.headers) {
    const n = name.toLowerCase();
    if (n === 'connection') {
      if (hasToken(value, 'close')) closeFor('Connection: close used');
      else if (head.version === '1.0' && hasToken(value, 'keep-alive')) {
        keep();
        ctx.infof('HTTP/1.0 connection set to keep alive');
      }
    } else if (n === 'proxy-connection' && options.forwardProxy) {
      if (head.version === '1.0' && hasToken(value, 'keep-alive')) {
        keep();
        ctx.infof('HTTP/1.0 proxy connection set to keep alive');
      } else if (head.version === '1.1' && hasToken(value, 'close')) {
        closeFor('Proxy-Connection: asked to close after done');
        ctx.infof('HTTP/1.1 proxy connection set close');
      }
    } else if (n === 'transfer-encoding' && chunk === false && opts.transferEncoding) {
      closeFor('HTTP/1.1 transfer-encoding without chunks');
    }
  }

  // How the body is delimited (throws 8 "Invalid Content-Length: value"), and the figure
  // CONTENT_LENGTH_DOWNLOAD_T reports (a HEAD answer's Content-Length counts too).
  let announced: BodyMode;
  try {
    // IGNORE_CONTENT_LENGTH: the field is not read at all (lib/http.c http_header_c)
    const fields = chunk === false && !opts.transferEncoding ? head.headers.filter(([n]) => n.toLowerCase() !== 'transfer-encoding') : head.headers;
    announced = bodyMode(status, opts.ignoreContentLength ? withoutLength(fields) : fields, 'GET');
    if (chunk === true && announced.kind !== 'none') announced = { kind: 'chunked' };
  } catch (err) {
    throw headFailure(ctx, err);
  }
  const contentLength = status === 204 || status === 304 ? 0 : announced.kind === 'length' ? announced.length : -1;
  const mode: BodyMode = req.noBody || status === 101 ? { kind: 'none' } : announced;
  // Transfer-Encoding codings other than chunked (http/transfer-decoding.ts; lib/http.c
  // http_header_t): refused (61) unless asked for, decoded before the body is counted
  let counted: BodySink = () => {};
  const transfer =
    status === 204 || status === 304 || req.noBody ? null : transferDecoders(ctx, head.headers, (d) => counted(d));
  // Curl_pgrsSetDownloadSize (lib/http.c http_header_c)
  if (announced.kind === 'length') meter?.setDownloadSize(announced.length);
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

  // lib/http.c http_on_response: a followed redirect's rewind (http_header_l), http_should_fail,
  // Curl_http_auth_act (with its rewind), then http_handle_send_error (upload-run.ts)
  const stopSending = (): void => closeFor('Stop sending data before everything sent');
  if (location !== null && opts.followLocation > 0 && upload.perhapsRewind(waiting100, close)) stopSending();
  checkFailOnError(ctx, req, status, options.authFacts?.() ?? NO_AUTH);
  const authRetry = !connectOnly && (options.retryAfter?.(status, head.headers) ?? false);
  if (authRetry && upload.perhapsRewind(waiting100, close)) stopSending();
  const expectFailed = upload.answered(status, waiting100, close, { sendBody, stopSending });

  const retry = authRetry || expectFailed;
  const rest = heads.takeRest();
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
    expectFailed,
    leftover,
  });

  if (connectOnly) return result(0, false, rest);

  // FOLLOWLOCATION or an auth retry: the body of the answer being followed is read and dropped,
  // or not read at all when the connection closes anyway (lib/http.c http_on_response).
  const following = retry || (opts.followLocation > 0 && location !== null);
  if (following && close) return result(0, true, EMPTY);
  if (following) ctx.infof('Ignoring the response-body');
  // lib/http.c http_size: a known length still sets the size of the body read and dropped
  if (following && mode.kind === 'length') ctx.infof('setting size while ignoring');
  // RESUME_FROM and MAXFILESIZE (body-rules.ts); then the Content-Encoding decoders go in front
  // of the client writer (lib/content_encoding.c), after the size counting
  if (checkFinalHead(ctx, req, head, contentLength, following) === 'done') {
    closeFor('body not wanted');
    return result(0, false, EMPTY);
  }
  const sink = following ? writeBody : contentDecoders(ctx, head.headers, bodyless || mode.kind === 'none', writeBody);

  const decoder = new BodyDecoder(mode);
  let bodyBytes = 0;
  let excess: Uint8Array = EMPTY;
  // cw_download_write: body bytes after the transfer decoders are counted; MAXFILESIZE writes
  // what fits, then fails
  counted = (d) => {
    const before = bodyBytes;
    bodyBytes += d.length;
    // an ignored body counts for the progress meter all the same (lib/sendf.c cw_download_write)
    if (following) {
      meter?.download(d.length);
      return;
    }
    const n = allowedBytes(ctx, before, d.length);
    ctx.info.sizeDownload += n;
    meter?.download(n);
    if (n > 0) sink(n === d.length ? d : d.subarray(0, n));
    if (n < d.length) throw sizeExceeded(ctx, before + n);
  };
  const feed = (chunk: Uint8Array): boolean => {
    let out;
    try {
      out = decoder.push(chunk);
    } catch (err) {
      throw headFailure(ctx, err);
    }
    // HTTP_TRANSFER_DECODING 0: the chunked bytes go on as they came, the parse still finds the
    // end (lib/http_chunks.c http_te_skip), and trailers are not delivered
    const rawChunked = !opts.httpTransferDecoding && mode.kind === 'chunked';
    for (const d of rawChunked ? [chunk] : out.data) (transfer ?? counted)(d);
    for (const t of rawChunked ? [] : out.trailers) {
      // lib/http_chunks.c: trailers go to the client as header data
      ctx.headerStore?.push(t, CURLH_TRAILER);
      if (headerSink !== null) headerSink(t);
      writeHeaderLine(ctx, t, false);
    }
    if (out.done) excess = out.leftover;
    return out.done;
  };

  const writer = following ? undefined : existingWriter(ctx);
  /** Feeds `chunk` within MAX_RECV_SPEED_LARGE, waiting while the cap or a pause holds it back
   * (lib/multi.c: no reading while Curl_rlimit_avail is 0 or the writer is paused). */
  const take = async (chunk: Uint8Array): Promise<boolean> => {
    let fin = false;
    while (chunk.length > 0 && !fin) {
      let n = chunk.length;
      if (meter !== null && !following) {
        const now = meter.recvAvailable();
        n = Math.min(n, now > 0 ? now : await recvAllowance(ctx, meter));
      }
      fin = feed(n === chunk.length ? chunk : chunk.subarray(0, n));
      chunk = chunk.subarray(n);
      if (meter !== null) meter.check();
      if (writer?.blocked) await writer.unblocked();
    }
    // bytes held back by the cap that turn out to be past the body
    if (fin && chunk.length > 0) excess = excess.length > 0 ? Buffer.concat([excess, chunk]) : chunk;
    return fin;
  };

  let done = decoder.done;
  if (done) excess = rest;
  else if (rest.length > 0) done = await take(rest);
  while (!done) {
    let chunk: Buffer | null;
    try {
      chunk = await reader.read();
    } catch (err) {
      throw readFailure(ctx, err);
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
    done = await take(chunk);
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
