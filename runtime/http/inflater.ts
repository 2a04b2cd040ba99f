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

/** One zlib or brotli decompression stream (see the top of the file). */
export class Inflater {
  readonly #z: ZlibInternals;
  readonly #flush: number;
  #error: Error | null = null;
  #out = Buffer.allocUnsafe(DECOMPRESS_BUFFER_SIZE);
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
    let out = this.#out;
    let off = 0;
    let len = chunk.length;
    for (;;) {
      this.#z._handle.writeSync(this.#flush, chunk, off, len, out, 0, out.length);
      if (this.#error !== null) throw this.#error;
      const availOut = this.#z._writeState[0]!;
      const availIn = this.#z._writeState[1]!;
      off += len - availIn;
      len = availIn;
      if (availOut < out.length) {
        const piece = out.subarray(0, out.length - availOut);
        this.#out = out = Buffer.allocUnsafe(DECOMPRESS_BUFFER_SIZE);
        emit(piece);
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

