// Non-blocking send/recv over the top stream of a connect-only connection, with the semantics of
// curl_easy_send/curl_easy_recv on a non-blocking socket (section C): recv copies out what has
// arrived, CURLE_AGAIN with 0 bytes when nothing has, OK with 0 bytes at EOF on every call, 56 on
// a socket error; send takes a copy (the caller may reuse its buffer), may take less than it was
// given, says CURLE_AGAIN while the stream wants a drain, 55 on a socket error. wait() is the
// poll() a C program does on CURLINFO_ACTIVESOCKET.
//
// Inbound bytes wait in a ByteQueue: the chunks the stream emits, or, for a plain TCP socket the
// engine made (socket.ts reads it with `onread` into a shared buffer), copies in reused blocks.
// Reading stops above HIGH_WATER and starts again below LOW_WATER, so memory stays bounded when
// the application does not read.
import { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { CURLE } from '../base/codes.js';
import { ByteQueue, HIGH_WATER, LOW_WATER } from './byte-queue.js';
import { setLongTimeout } from '../base/deadline.js';
import { CLOSED_FOR_SEND, streamFailure } from './stream-failure.js';

/** The most one send() takes; more is a short send, as a kernel socket buffer would make it. */
const MAX_SEND = 1024 * 1024;
/** send() copies into reused buffers of these sizes: fresh memory for every copy costs page
 * faults and garbage collection, more than the copy itself. */
const SMALL = 64 * 1024;
/** Below this a copy comes from Node's own small-buffer pool instead. */
const TINY = 16 * 1024;
const POOL_SMALL_MAX = 8;
const POOL_LARGE_MAX = 2;

export interface IoResult {
  code: number;
  n: number;
  /** The failure text for 55/56 ("Send failure: Broken pipe"). */
  text?: string;
  /** With a text: the OS error number (CURLINFO_OS_ERRNO), 0 when the error has none. */
  errno?: number;
}

/** 55 or 56 with libcurl's text for `err` (lib/cf-socket.c cf_socket_send, cf_socket_recv). */
function failure(err: unknown, direction: 'send' | 'recv'): IoResult {
  const f = streamFailure(err, direction);
  return { code: f.code, n: 0, text: f.text, errno: f.errno };
}

type Waiter = () => void;

export class StreamIO {
  readonly stream: Duplex;
  readonly #inbox: ByteQueue;
  /** The socket fills the inbox itself (onread); no 'data' events. */
  readonly #direct: boolean;
  #eof = false;
  #closed = false;
  #readError: unknown = null;
  #writeError: unknown = null;
  #recvWaiters: Waiter[] = [];
  #sendWaiters: Waiter[] = [];
  #detached = false;
  /** Copies can be reused: a net.Socket (TCP or TLS) is done with a buffer once its write
   * completed, and says so by writableLength; other streams may keep what they were given. */
  readonly #pooled: boolean;
  /** Pooled copies the stream still holds, oldest first (null: a write that completed at once);
   * write callbacks come back in that order. */
  #inFlight: (Buffer | null)[] = [];
  #inFlightHead = 0;
  #pool: { small: Buffer[]; large: Buffer[] } = { small: [], large: [] };

  /** `inbox`: the queue the socket's read callback already fills (socket.ts), if it has one.
   * `notConnected`: the application handed in a socket as connected that is not. */
  constructor(stream: Duplex, inbox?: ByteQueue, notConnected = false) {
    this.stream = stream;
    this.#pooled = stream instanceof Socket;
    this.#direct = inbox !== undefined;
    this.#inbox = inbox ?? new ByteQueue();
    this.#inbox.onPush = this.#onPush;
    if (!this.#direct) stream.on('data', this.#onData);
    stream.on('end', this.#onEnd);
    stream.on('error', this.#onError);
    stream.on('close', this.#onClose);
    stream.on('drain', this.#onDrain);
    // made lazily: what happened to the stream before is read from its state
    const errored = (stream as { errored?: unknown }).errored;
    if (errored !== null && errored !== undefined) this.#readError = errored;
    if (stream.readableEnded) this.#eof = true;
    if (stream.destroyed) this.#closed = true;
    // flowing, so that 'end' is emitted; a socket its read callback paused stays paused
    else if (this.#direct && !this.#inbox.paused) stream.resume();
    if (notConnected) {
      // a socket handed in as connected that is not (socket.ts): the kernel fails every recv()
      // on it with ENOTCONN and every send() with EPIPE
      this.#readError = { code: 'ENOTCONN' };
      this.#writeError = { code: 'EPIPE' };
    }
  }

  readonly #onData = (chunk: Buffer | string): void => {
    const inbox = this.#inbox;
    inbox.pushChunk(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    if (inbox.length >= HIGH_WATER && !inbox.paused) {
      inbox.paused = true;
      this.stream.pause();
    }
  };

  readonly #onPush = (): void => {
    if (this.#recvWaiters.length > 0) this.#wake('recv');
  };

  readonly #onEnd = (): void => {
    this.#eof = true;
    this.#wake('recv');
  };

  readonly #onError = (err: unknown): void => {
    // Node reports a failed write twice: to the write callback and as 'error'.
    if (err !== this.#writeError) this.#readError ??= err;
    this.#wake('recv');
    this.#wake('send');
  };

  readonly #onClose = (): void => {
    this.#closed = true;
    this.#wake('recv');
    this.#wake('send');
  };

  readonly #onDrain = (): void => {
    this.#wake('send');
  };

  /** Write callback for streams whose copies are pooled: the oldest write is done. */
  readonly #onWrittenPooled = (err?: Error | null): void => {
    const done = this.#inFlight[this.#inFlightHead];
    this.#inFlight[this.#inFlightHead++] = null;
    if (this.#inFlightHead === this.#inFlight.length) {
      this.#inFlight.length = 0;
      this.#inFlightHead = 0;
    }
    if (done) this.#release(done);
    if (err) this.#onWriteError(err);
  };

  readonly #onWritten = (err?: Error | null): void => {
    if (err) this.#onWriteError(err);
  };

  #onWriteError(err: unknown): void {
    this.#writeError ??= err;
    this.#wake('send');
  }

  /** A buffer of at least n bytes for a copy, from the pool when there is one. */
  #buffer(n: number): Buffer {
    if (n <= SMALL) return this.#pool.small.pop() ?? Buffer.allocUnsafeSlow(SMALL);
    return this.#pool.large.pop() ?? Buffer.allocUnsafeSlow(MAX_SEND);
  }

  #release(buf: Buffer): void {
    if (buf.length === SMALL) {
      if (this.#pool.small.length < POOL_SMALL_MAX) this.#pool.small.push(buf);
    } else if (this.#pool.large.length < POOL_LARGE_MAX) {
      this.#pool.large.push(buf);
    }
  }

  #wake(direction: 'recv' | 'send'): void {
    const list = direction === 'recv' ? this.#recvWaiters : this.#sendWaiters;
    if (list.length === 0) return;
    if (direction === 'recv') this.#recvWaiters = [];
    else this.#sendWaiters = [];
    for (const w of list) w();
  }

  /** curl_easy_recv on the stream. */
  recv(buf: Uint8Array): IoResult {
    const inbox = this.#inbox;
    if (inbox.length > 0) {
      const n = inbox.copyOut(buf);
      if (inbox.paused && inbox.length <= LOW_WATER) {
        inbox.paused = false;
        this.stream.resume();
      }
      return { code: CURLE.OK, n };
    }
    if (this.#readError !== null) return failure(this.#readError, 'recv');
    // C9: EOF is OK with 0 bytes, on every call
    if (this.#eof || this.#closed) return { code: CURLE.OK, n: 0 };
    // C10: a zero-length read with nothing pending is AGAIN too
    return { code: CURLE.AGAIN, n: 0 };
  }

  /** curl_easy_send on the stream. */
  send(data: Uint8Array): IoResult {
    const failed = this.#writeError ?? this.#readError;
    if (failed !== null) return failure(failed, 'send');
    const s = this.stream;
    if (this.#closed || s.destroyed || s.writableEnded) {
      return { code: CLOSED_FOR_SEND.code, n: 0, text: CLOSED_FOR_SEND.text, errno: CLOSED_FOR_SEND.errno };
    }
    if (data.length === 0) return { code: CURLE.OK, n: 0 };
    if (s.writableNeedDrain) return { code: CURLE.AGAIN, n: 0 };
    const n = data.length <= MAX_SEND ? data.length : MAX_SEND;
    const part = n === data.length ? data : data.subarray(0, n);
    if (!this.#pooled || n < TINY) {
      // Node's small-buffer pool serves small copies well; streams we cannot watch get their own
      const copy = Buffer.allocUnsafe(n);
      copy.set(part);
      if (this.#pooled) this.#inFlight.push(null);
      if (!this.#write(copy, this.#pooled ? this.#onWrittenPooled : this.#onWritten)) {
        return failure(this.#writeError, 'send');
      }
      return { code: CURLE.OK, n };
    }
    const whole = this.#buffer(n);
    whole.set(part);
    const before = s.writableLength;
    this.#inFlight.push(whole);
    const ok = this.#write(n === whole.length ? whole : whole.subarray(0, n), this.#onWrittenPooled);
    if (s.writableLength === before) {
      // the kernel took it all at once (or refused it): the copy is free again right away
      this.#inFlight[this.#inFlight.length - 1] = null;
      this.#release(whole);
    }
    return ok ? { code: CURLE.OK, n } : failure(this.#writeError, 'send');
  }

  /** Hands a copy to the stream; false when it was refused on the spot. A socket learns that its
   * send() failed (EPIPE after a reset) within write(), as `errored`; a stream that throws fails
   * the send too (decision 9). Either way no byte of it counts as sent, and every later send
   * fails with the same error (lib/cf-socket.c cf_socket_send; C8). */
  #write(chunk: Buffer, done: (err?: Error | null) => void): boolean {
    const s = this.stream;
    try {
      s.write(chunk, done);
    } catch (err) {
      this.#onWriteError(err);
      return false;
    }
    const err = s.errored;
    if (err === null || err === undefined) return true;
    this.#onWriteError(err);
    return false;
  }

  #ready(direction: 'recv' | 'send'): boolean {
    if (this.#detached) return true;
    if (direction === 'recv') return this.#inbox.length > 0 || this.#eof || this.#closed || this.#readError !== null;
    return (
      !this.stream.writableNeedDrain || this.#closed || this.#writeError !== null || this.#readError !== null
    );
  }

  /** Resolves true when recv (or send) would no longer return CURLE_AGAIN, false on timeout. */
  wait(direction: 'recv' | 'send', timeoutMs?: number): Promise<boolean> {
    if (this.#ready(direction)) return Promise.resolve(true);
    if (timeoutMs !== undefined && timeoutMs <= 0) return Promise.resolve(false);
    return new Promise<boolean>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const waiter: Waiter = () => {
        if (timer !== undefined) clearTimeout(timer);
        resolve(true);
      };
      (direction === 'recv' ? this.#recvWaiters : this.#sendWaiters).push(waiter);
      if (timeoutMs !== undefined && Number.isFinite(timeoutMs)) {
        const expire = (): void => {
          const list = direction === 'recv' ? this.#recvWaiters : this.#sendWaiters;
          const i = list.indexOf(waiter);
          if (i >= 0) list.splice(i, 1);
          resolve(false);
        };
        setLongTimeout(expire, timeoutMs, (t) => {
          timer = t;
        });
      }
    });
  }

  /** Stops listening (the connection is closing); pending waits resolve true. */
  detach(): void {
    if (this.#detached) return;
    this.#detached = true;
    const s = this.stream;
    s.off('data', this.#onData);
    s.off('end', this.#onEnd);
    s.off('close', this.#onClose);
    s.off('drain', this.#onDrain);
    // keep an 'error' listener: a closing stream may still report one
    this.#wake('recv');
    this.#wake('send');
    this.#inbox.clear();
  }
}
