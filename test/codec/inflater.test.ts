// Byte-level tests of the decompressor behind content decoding (runtime/http/inflater.ts): pieces
// of at most 16 KiB, cut where one zlib call per piece would cut them, never written again, and
// the input left after the end of the stream.
import { Buffer } from 'node:buffer';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Inflater } from '../../runtime/http/inflater.js';

const PIECE = 16384;

/** 1 MiB of text lines. */
const text = Buffer.from(
  Array.from({ length: 40_000 }, (_, i) => `line ${i} id=${(i * 7919) % 100_000}\n`)
    .join('')
    .slice(0, 1 << 20),
  'latin1',
);

/** Feeds `wire` in `step`-byte chunks; the pieces as handed over, their copies at that time, and
 * what each push returned. */
function run(z: Inflater, wire: Uint8Array, step: number): { pieces: Uint8Array[]; copies: Buffer[]; left: number[] } {
  const pieces: Uint8Array[] = [];
  const copies: Buffer[] = [];
  const left: number[] = [];
  for (let off = 0; off < wire.length; off += step) {
    left.push(
      z.push(wire.subarray(off, off + step), (p) => {
        pieces.push(p);
        copies.push(Buffer.from(p));
      }),
    );
  }
  return { pieces, copies, left };
}

describe('Inflater', () => {
  it.each([1, 999, 65536, 1 << 22])('decodes a zlib stream fed in %i-byte chunks, in pieces of at most 16 KiB', (step) => {
    const wire = zlib.deflateSync(text);
    const z = new Inflater('deflate');
    const { pieces, copies, left } = run(z, wire, step);
    z.close();
    expect(Buffer.concat(pieces).equals(text)).toBe(true);
    expect(pieces.every((p) => p.length > 0 && p.length <= PIECE)).toBe(true);
    // a piece is never written again: what the callback got is still there at the end
    expect(pieces.every((p, i) => Buffer.from(p).equals(copies[i]!))).toBe(true);
    expect(left.every((n) => n === 0)).toBe(true);
  });

  it('cuts pieces where one call per piece would: all full but the last when fed at once', () => {
    const z = new Inflater('raw');
    const { pieces } = run(z, zlib.deflateRawSync(text), 1 << 22);
    z.close();
    expect(pieces.slice(0, -1).every((p) => p.length === PIECE)).toBe(true);
    expect(pieces.length).toBe(Math.ceil(text.length / PIECE));
  });

  it('returns the bytes after the end of the stream', () => {
    const z = new Inflater('deflate');
    const wire = Buffer.concat([zlib.deflateSync(Buffer.from('hello')), Buffer.from('tail')]);
    const { pieces, left } = run(z, wire, wire.length);
    z.close();
    expect(Buffer.concat(pieces).toString()).toBe('hello');
    expect(left).toEqual([4]);
  });

  it("throws zlib's message for data that does not decode", () => {
    const z = new Inflater('deflate');
    expect(() => z.push(Buffer.from('not zlib at all'), () => {})).toThrow('incorrect header check');
    z.close();
  });

  it('decodes brotli the same way', () => {
    const z = new Inflater('br');
    const { pieces } = run(z, zlib.brotliCompressSync(text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }), 4096);
    z.close();
    expect(Buffer.concat(pieces).equals(text)).toBe(true);
    expect(pieces.every((p) => p.length > 0 && p.length <= PIECE)).toBe(true);
  });
});
