// The request body of one exchange as it goes out: a POSTFIELDS buffer counted once written, or
// a body read from the read callback (http/upload.ts) sent beside the response reading, as
// libcurl's transfer loop sends and receives in the same pass (lib/transfer.c, lib/request.c).
// A read failure fails the response read too, so the exchange ends with the read's code. What
// becomes of a body not all sent when the answer comes is decided here too (lib/http.c).
import type { TransferContext } from '../../base/context.js';
import { stampTimer } from '../../base/progress.js';
import type { HttpRequest } from '../../http/request.js';
import { sendUpload, UploadSource, type UploadProgress } from '../../http/upload.js';
import type { StreamReader } from '../../io/stream-reader.js';

/** lib/request.c req_set_upload_done: the request is all out (POSTTRANSFER), and the line that
 * says so. */
export function sentOff(ctx: TransferContext, bytes: number): void {
  stampTimer(ctx, 'posttransfer');
  ctx.infof(bytes > 0 ? `upload completely sent off: ${bytes} bytes` : 'Request completely sent off');
}

export class UploadRun {
  /** The body is read as it is sent (a plan with something to read). */
  readonly streaming: boolean;
  readonly #ctx: TransferContext;
  readonly #reader: StreamReader | null;
  readonly #req: HttpRequest;
  readonly #progress: UploadProgress = { read: 0, wire: 0, stopped: false };
  #running: Promise<void> | null = null;
  #finished = false;
  #error: unknown = null;
  /** The body is read again for the next request (Curl_creader_will_rewind). */
  #rewind = false;

  /** `reader`: what a streamed body is written through (null when `req` has none to stream). */
  constructor(ctx: TransferContext, reader: StreamReader | null, req: HttpRequest) {
    this.#ctx = ctx;
    this.#reader = reader;
    this.#req = req;
    const plan = req.upload;
    this.streaming = plan !== null && (plan.length !== 0 || plan.chunked);
    // each request counts its own upload (Curl_pgrsReset in Curl_init_do), and
    // Curl_pgrsSetUploadSize takes the request body length (lib/http.c http_add_content_hds)
    const size = plan !== null ? (plan.chunked ? -1 : plan.length) : req.body !== null ? req.bodyLength : null;
    ctx.info.sizeUpload = 0;
    ctx.meter?.setUploadSize(size ?? -1);
    if (size !== null) ctx.info.contentLengthUpload = size;
  }

  /** A fixed body of `n` bytes was written (POSTFIELDS). */
  countFixed(n: number): void {
    this.#ctx.info.sizeUpload += n;
    this.#ctx.meter?.upload(n);
  }

  /** Starts sending the body (after the head, or after a 100 Continue). */
  start(): void {
    const reader = this.#reader;
    if (this.#running !== null || reader === null) return;
    const ctx = this.#ctx;
    const plan = this.#req.upload!;
    const src = new UploadSource(ctx, plan.length, () => this.#progress.stopped, plan.body ?? null);
    const onWire = (n: number): void => {
      ctx.info.requestSize += n;
      this.countFixed(n);
    };
    this.#running = sendUpload(ctx, reader, src, plan, this.#progress, onWire).then(
      () => {
        this.#finished = true;
        if (this.#progress.stopped) return;
        sentOff(ctx, this.#progress.wire);
      },
      (err: unknown) => {
        this.#finished = true;
        if (this.#progress.stopped) return;
        this.#error = err;
        reader.fail(err);
      },
    );
  }

  /** Still sending. */
  sending(): boolean {
    return this.#running !== null && !this.#finished;
  }

  /** All of the body went out (libcurl's req.upload_done). */
  get done(): boolean {
    return this.#finished && !this.#progress.stopped && this.#error === null;
  }

  /** Body bytes read from the application so far. */
  get readBytes(): number {
    return this.#progress.read;
  }

  /** Body bytes written to the connection so far (req.writebytecount). */
  get wireBytes(): number {
    return this.#progress.wire;
  }

  /** Curl_req_abort_sending: no more of the body goes (an error answer came first). */
  abort(): void {
    this.#progress.stopped = true;
    const sent = this.#progress.wire;
    this.#ctx.infof(sent > 0 ? `abort upload after having sent ${sent} bytes` : 'abort upload');
  }

  /** Waits for the body to be sent; throws the read's failure. After abort() nothing more is
   * written, so there is nothing to wait for: a server that stopped reading after its error
   * answer would hold a sender waiting for the socket to drain until the transfer times out. */
  async finish(): Promise<void> {
    if (this.#running !== null && !this.#progress.stopped) await this.#running;
    if (this.#error !== null) throw this.#error;
  }

  /** The exchange is over: no read callback runs after this. */
  stop(): void {
    this.#progress.stopped = true;
  }

  /**
   * lib/http.c http_perhapsrewind, for a followed redirect and an auth round: a body read for this
   * request is read again for the next one ("Need to rewind"); one not all sent goes on when under
   * 2,000 bytes are left, else the connection closes instead (true) and the answer's body is not
   * read. `waiting100`: the body still waits for a 100; `closing`: the connection closes anyway.
   */
  perhapsRewind(waiting100: boolean, closing: boolean): boolean {
    const req = this.#req;
    const fixed = req.body !== null;
    if (!fixed && !this.streaming) return false;
    const sent = fixed ? (waiting100 ? 0 : req.bodyLength) : this.wireBytes;
    const total = fixed ? req.bodyLength : req.upload!.chunked ? -1 : req.upload!.length;
    const remain = total >= 0 ? total - sent : -1;
    if (fixed ? !waiting100 : this.readBytes > 0) {
      this.#ctx.infof('Need to rewind upload for next request');
      this.#rewind = true;
    }
    if (closing || (fixed ? !waiting100 : this.done) || (remain >= 0 && remain < 2000)) return false;
    this.#ctx.infof(remain >= 0 ? `close instead of sending ${remain} more bytes` : 'close instead of sending unknown amount of more bytes');
    return true;
  }

  /**
   * The final answer came while the body is not all sent (lib/http.c http_handle_send_error and
   * the end of http_on_response): with an answer of 300 or more, on a connection not closing
   * anyway and a body not to be read again, a 417 to Expect: 100-continue sends the request again
   * without Expect (true), KEEP_SENDING_ON_ERROR sends the body on (even before a 100), else it
   * stops. A body to be read again goes on ("Keep sending data to get tossed away").
   */
  answered(status: number, waiting100: boolean, closing: boolean, act: { sendBody(): void; stopSending(): void }): boolean {
    const ctx = this.#ctx;
    const expect100 = this.#req.expect100;
    const sendError = status >= 300 && !closing && !this.#rewind && (waiting100 || this.sending());
    if (sendError && (status !== 417 || !expect100) && ctx.opts.keepSendingOnError) {
      ctx.infof('HTTP error before end of send, keep sending');
      if (waiting100) act.sendBody();
    } else if (sendError && status === 417 && expect100) {
      if (waiting100 && !this.sending()) ctx.infof('Got HTTP failure 417 while waiting for a 100');
      else {
        ctx.infof('Got HTTP failure 417 while sending data');
        act.stopSending();
      }
      this.abort();
      return true;
    } else if (waiting100) {
      // a final answer before the body went out: it never goes (lib/http.c http_on_response)
      if (sendError) ctx.infof('HTTP error before end of send, stop sending');
      act.stopSending();
    } else if (status >= 300 && this.sending()) {
      if (this.#rewind) {
        // the body goes on, to be read again for the next request; a connection that closes ends
        // with this answer, so nothing more of it is sent then
        ctx.infof('Keep sending data to get tossed away');
        if (closing) this.stop();
      } else {
        ctx.infof('HTTP error before end of send, stop sending');
        this.abort();
        act.stopSending();
      }
    }
    return false;
  }
}
