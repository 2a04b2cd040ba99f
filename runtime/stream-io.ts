// Non-blocking send/recv over the top stream of a connect-only connection, with the semantics of
// curl_easy_send/curl_easy_recv on a non-blocking socket (section C): recv copies out what has
// arrived, CURLE_AGAIN with 0 bytes when nothing has, OK with 0 bytes at EOF on every call, 56 on
// a socket error; send takes a copy (the caller may reuse its buffer), may take less than it was
// given, says CURLE_AGAIN while the stream wants a drain, 55 on a socket error. wait() is the
// poll() a C program does on CURLINFO_ACTIVESOCKET.
//
// Inbound bytes are queued as the chunks the stream delivered (no concatenation); the stream is
// paused above HIGH_WATER and resumed below LOW_WATER, so memory stays bounded when the
// application does not read.
import type { Duplex } from 'node:stream';
import { CURLE } from './codes.js';
import { strerrorOf } from './errno.js';

const HIGH_WATER = 4 * 1024 * 1024;
const LOW_WATER = 1024 * 1024;
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
}

type Waiter = () => void;

export class StreamIO {
  readonly stream: Duplex;
  #chunks: Buffer[] = [];
  #head = 0;
  #offset = 0;
  #queued = 0;
  #paused = false;
  #eof = false;
  #closed = false;
  #readError: unknown = null;
  #writeError: unknown = null;
  #recvWaiters: Waiter[] = [];
  #sendWaiters: Waiter[] = [];
  #detached = false;
  /** Copies handed to the stream, oldest first: write callbacks come back in that order. */
  #inFlight: Buffer[] = [];
  #inFlightHead = 0;
  #pool: { small: Buffer[]; large: Buffer[] } = { small: [], large: [] };

  constructor(stream: Duplex) {
    this.stream = stream;
    stream.on('data', this.#onData);
    stream.on('end', this.#onEnd);
    stream.on('error', this.#onError);
    stream.on('close', this.#onClose);
    stream.on('drain', this.#onDrain);
    if (stream.destroyed) this.#closed = true;
  }

  readonly #onData = (chunk: Buffer | string): void => {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (buf.length === 0) return;
    this.#chunks.push(buf);
    this.#queued += buf.length;
    if (this.#queued >= HIGH_WATER && !this.#paused) {
      this.#paused = true;
      this.stream.pause();
    }
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

  readonly #onWritten = (err?: Error | null): void => {
    // the oldest copy is done with: back to the pool
    const done = this.#inFlight[this.#inFlightHead];
    if (done !== undefined) {
      this.#inFlight[this.#inFlightHead++] = undefined as unknown as Buffer;
      if (this.#inFlightHead === this.#inFlight.length) {
        this.#inFlight.length = 0;
        this.#inFlightHead = 0;
      }
      if (done.length === SMALL) {
        if (this.#pool.small.length < POOL_SMALL_MAX) this.#pool.small.push(done);
      } else if (done.length === MAX_SEND) {
        if (this.#pool.large.length < POOL_LARGE_MAX) this.#pool.large.push(done);
      }
    }
    if (err) {
      this.#writeError ??= err;
      this.#wake('send');
    }
  };

  /** A buffer of at least n bytes for a copy, from the pool when there is one. */
  #buffer(n: number): Buffer {
    if (n < TINY) return Buffer.allocUnsafe(n);
    if (n <= SMALL) return this.#pool.small.pop() ?? Buffer.allocUnsafeSlow(SMALL);
    return this.#pool.large.pop() ?? Buffer.allocUnsafeSlow(MAX_SEND);
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
    if (this.#queued > 0) {
      let n = 0;
      const want = buf.length;
      while (n < want && this.#queued > 0) {
        const chunk = this.#chunks[this.#head]!;
        const avail = chunk.length - this.#offset;
        const take = avail <= want - n ? avail : want - n;
        chunk.copy(buf, n, this.#offset, this.#offset + take);
        n += take;
        this.#queued -= take;
        if (take === avail) {
          this.#chunks[this.#head] = undefined as unknown as Buffer;
          this.#head++;
          this.#offset = 0;
        } else {
          this.#offset += take;
        }
      }
      if (this.#queued === 0) {
        this.#chunks.length = 0;
        this.#head = 0;
      } else if (this.#head > 1024 && this.#head * 2 > this.#chunks.length) {
        this.#chunks = this.#chunks.slice(this.#head);
        this.#head = 0;
      }
      if (this.#paused && this.#queued <= LOW_WATER) {
        this.#paused = false;
        this.stream.resume();
      }
      return { code: CURLE.OK, n };
    }
    if (this.#readError !== null) {
      return { code: CURLE.RECV_ERROR, n: 0, text: `Recv failure: ${strerrorOf(this.#readError)}` };
    }
    // C9: EOF is OK with 0 bytes, on every call
    if (this.#eof || this.#closed) return { code: CURLE.OK, n: 0 };
    // C10: a zero-length read with nothing pending is AGAIN too
    return { code: CURLE.AGAIN, n: 0 };
  }

  /** curl_easy_send on the stream. */
  send(data: Uint8Array): IoResult {
    const failed = this.#writeError ?? this.#readError;
    if (failed !== null) return { code: CURLE.SEND_ERROR, n: 0, text: `Send failure: ${strerrorOf(failed)}` };
    const s = this.stream;
    if (this.#closed || s.destroyed || s.writableEnded) {
      return { code: CURLE.SEND_ERROR, n: 0, text: `Send failure: ${strerrorOf({ code: 'EPIPE' })}` };
    }
    if (data.length === 0) return { code: CURLE.OK, n: 0 };
    if (s.writableNeedDrain) return { code: CURLE.AGAIN, n: 0 };
    const n = data.length <= MAX_SEND ? data.length : MAX_SEND;
    const whole = this.#buffer(n);
    whole.set(n === data.length ? data : data.subarray(0, n));
    this.#inFlight.push(whole);
    s.write(n === whole.length ? whole : whole.subarray(0, n), this.#onWritten);
    return { code: CURLE.OK, n };
  }

  #ready(direction: 'recv' | 'send'): boolean {
    if (this.#detached) return true;
    if (direction === 'recv') return this.#queued > 0 || this.#eof || this.#closed || this.#readError !== null;
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
        timer = setTimeout(() => {
          const list = direction === 'recv' ? this.#recvWaiters : this.#sendWaiters;
          const i = list.indexOf(waiter);
          if (i >= 0) list.splice(i, 1);
          resolve(false);
        }, timeoutMs);
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
    this.#chunks = [];
    this.#queued = 0;
  }
}
