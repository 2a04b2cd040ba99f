// A decompressor driven one piece at a time and synchronously, as lib/content_encoding.c drives
// zlib and brotli: node:zlib's public synchronous calls take a whole body, and its streams deliver
// later, so this writes to the stream's native handle the way node:zlib's own synchronous path
// does, without closing it after the piece.
import zlib from 'node:zlib';

/** What node:zlib's stream keeps: the native handle, its `[availOut, availIn]` after a write,
 * and the error the handle reports through `onerror`. */
interface ZlibInternals {
  _handle: {
    writeSync(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): void;
    onerror: (message: string, errno: number) => void;
  };
  _writeState: Uint32Array;
  on(event: 'error', fn: () => void): unknown;
  close(): void;
}

/** DECOMPRESS_BUFFER_SIZE (lib/content_encoding.c): decoded bytes go out in pieces this big. */
const DECOMPRESS_BUFFER_SIZE = 16384;

/** Pieces are cut one after another from buffers this big: one allocation for eight pieces
 * rather than one each (a fresh buffer per piece showed in a gzip download's profile). */
const SLAB = 8 * DECOMPRESS_BUFFER_SIZE;

/** Pieces decoded per zlib call at most. zlib copies each call's output into its 32 KiB window
 * (inflate.c updatewindow), so one piece per call copies every byte twice; four per call took a
 * gzip download's CPU time down by an eighth. They are handed on one by one, cut where separate
 * calls would have cut them. A call that fails drops its output, as libcurl drops its failing
 * piece: up to three pieces more than libcurl may go undelivered before the 61. */
const PIECES_PER_CALL = 4;

/** One zlib or brotli decompression stream (see the top of the file). */
export class Inflater {
  readonly #z: ZlibInternals;
  readonly #flush: number;
  #error: Error | null = null;
  /** Where the next piece is decoded to: `#slab` from `#at` on (the first one piece big, for the
   * many small bodies). */
  #slab = Buffer.alloc(0);
  #at = 0;
  /** The stream ended and input was left over (more than a coding's trailer). */
  ended = false;

  /** `deflate`: a zlib stream; `raw`: deflate data alone (raw deflate, or a gzip member's). */
  constructor(kind: 'deflate' | 'raw' | 'br') {
    const z = (
      kind === 'deflate' ? zlib.createInflate() : kind === 'raw' ? zlib.createInflateRaw() : zlib.createBrotliDecompress()
    ) as unknown as ZlibInternals;
    this.#z = z;
    this.#flush = kind === 'br' ? zlib.constants.BROTLI_OPERATION_PROCESS : zlib.constants.Z_SYNC_FLUSH;
    z._handle.onerror = (message) => {
      this.#error = new Error(message);
    };
    z.on('error', () => {}); // errors are taken from onerror above
  }

  /** Decodes `chunk`, handing each piece of output to `emit`. A piece is never written again:
   * applications keep the arrays the write callback gets, as they may with socket data.
   * Returns the input bytes left over after the end of the stream. */
  push(chunk: Uint8Array, emit: (piece: Uint8Array) => void): number {
    const handle = this.#z._handle;
    const state = this.#z._writeState;
    let off = 0;
    let len = chunk.length;
    for (;;) {
      if (this.#at > this.#slab.length - DECOMPRESS_BUFFER_SIZE) {
        this.#slab = Buffer.allocUnsafe(this.#slab.length === 0 ? DECOMPRESS_BUFFER_SIZE : SLAB);
        this.#at = 0;
      }
      const at = this.#at;
      const pieces = Math.min(PIECES_PER_CALL, Math.floor((this.#slab.length - at) / DECOMPRESS_BUFFER_SIZE));
      const room = pieces * DECOMPRESS_BUFFER_SIZE;
      handle.writeSync(this.#flush, chunk, off, len, this.#slab, at, room);
      if (this.#error !== null) throw this.#error;
      const availOut = state[0]!;
      const availIn = state[1]!;
      off += len - availIn;
      len = availIn;
      const end = at + room - availOut;
      this.#at = end;
      for (let p = at; p < end; p += DECOMPRESS_BUFFER_SIZE) {
        emit(this.#slab.subarray(p, Math.min(end, p + DECOMPRESS_BUFFER_SIZE)));
      }
      // a full buffer may mean more output is waiting; otherwise the input is used up or the
      // stream ended before it
      if (availOut !== 0) return len;
    }
  }

  /** Frees zlib's or brotli's state (the writer's do_close). */
  close(): void {
    this.#z.close();
  }
}

