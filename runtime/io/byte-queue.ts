// The inbound bytes of a connection, queued until recv copies them out. Two ways in: a chunk the
// stream emitted is queued as it is (no copy), or bytes a socket read into a shared buffer are
// copied into blocks the queue owns and reuses. Nothing is ever concatenated.

/** The size of the blocks the queue copies into (and of the shared read buffer). */
export const BLOCK = 256 * 1024;
/** Reading stops when this much waits for the application, and starts again at LOW_WATER. */
export const HIGH_WATER = 4 * 1024 * 1024;
export const LOW_WATER = 1024 * 1024;
const POOL_MAX = 4;

interface Block {
  buf: Buffer;
  /** Bytes valid in buf. */
  end: number;
  /** A block the queue owns (reused), as opposed to a chunk a stream handed over. */
  owned: boolean;
}

export class ByteQueue {
  #blocks: Block[] = [];
  #head = 0;
  /** Read position in the head block. */
  #offset = 0;
  #pool: Buffer[] = [];
  /** Bytes queued. */
  length = 0;
  /** Set by the socket's read callback when it stopped reading because too much is queued. */
  paused = false;
  /** Called after bytes were added. */
  onPush: (() => void) | null = null;

  /** Queues a chunk as it is; the caller gives it up. */
  pushChunk(chunk: Buffer): void {
    if (chunk.length === 0) return;
    this.#blocks.push({ buf: chunk, end: chunk.length, owned: false });
    this.length += chunk.length;
    this.onPush?.();
  }

  /** Copies n bytes of src into the queue's own blocks (src is reused by its owner). */
  copyIn(src: Buffer, n: number): void {
    if (n <= 0) return;
    let done = 0;
    const blocks = this.#blocks;
    while (done < n) {
      let tail = blocks.length > this.#head ? blocks[blocks.length - 1]! : undefined;
      if (tail === undefined || !tail.owned || tail.end === tail.buf.length) {
        tail = { buf: this.#pool.pop() ?? Buffer.allocUnsafeSlow(BLOCK), end: 0, owned: true };
        blocks.push(tail);
      }
      const take = Math.min(n - done, tail.buf.length - tail.end);
      src.copy(tail.buf, tail.end, done, done + take);
      tail.end += take;
      done += take;
    }
    this.length += n;
    this.onPush?.();
  }

  /** Copies up to dst.length queued bytes into dst; returns how many. */
  copyOut(dst: Uint8Array): number {
    let n = 0;
    const want = dst.length;
    const blocks = this.#blocks;
    while (n < want && this.length > 0) {
      const b = blocks[this.#head]!;
      const avail = b.end - this.#offset;
      const take = avail <= want - n ? avail : want - n;
      b.buf.copy(dst, n, this.#offset, this.#offset + take);
      n += take;
      this.length -= take;
      this.#offset += take;
      if (this.#offset === b.end && (this.#head < blocks.length - 1 || !b.owned || b.end === b.buf.length)) {
        // the block is used up (an owned tail with room left stays, to be filled further)
        blocks[this.#head] = undefined as unknown as Block;
        this.#head++;
        this.#offset = 0;
        if (b.owned && this.#pool.length < POOL_MAX) this.#pool.push(b.buf);
      }
    }
    if (this.#head === blocks.length) {
      blocks.length = 0;
      this.#head = 0;
    } else if (this.#head > 1024 && this.#head * 2 > blocks.length) {
      this.#blocks = blocks.slice(this.#head);
      this.#head = 0;
    } else if (this.length === 0 && this.#head === blocks.length - 1) {
      // an owned tail that has been read to its end: start it over
      const tail = blocks[this.#head]!;
      if (tail.owned && this.#offset === tail.end) {
        tail.end = 0;
        this.#offset = 0;
      }
    }
    return n;
  }

  clear(): void {
    this.#blocks = [];
    this.#head = 0;
    this.#offset = 0;
    this.#pool = [];
    this.length = 0;
    this.onPush = null;
  }
}
