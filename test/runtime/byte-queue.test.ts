// The inbound queue: whatever mix of handed-over chunks, copied-in reads and reads of any size,
// the bytes come out in order, exactly once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK, ByteQueue } from '../../runtime/io/byte-queue.js';

type Op = { kind: 'chunk' | 'copy'; size: number; seed: number } | { kind: 'read'; size: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('chunk' as const), size: fc.integer({ min: 0, max: 70_000 }), seed: fc.nat(255) }),
  fc.record({ kind: fc.constant('copy' as const), size: fc.integer({ min: 0, max: BLOCK + 1000 }), seed: fc.nat(255) }),
  fc.record({ kind: fc.constant('read' as const), size: fc.integer({ min: 0, max: 300_000 }) }),
);

function bytes(size: number, seed: number): Buffer {
  const b = Buffer.allocUnsafe(size);
  for (let i = 0; i < size; i++) b[i] = (seed + i * 31) & 255;
  return b;
}

describe('ByteQueue', () => {
  it('returns every byte in order, once', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const q = new ByteQueue();
        const expected: Buffer[] = [];
        const got: Buffer[] = [];
        for (const o of ops) {
          if (o.kind === 'read') {
            const dst = new Uint8Array(o.size);
            const n = q.copyOut(dst);
            expect(n).toBe(Math.min(o.size, n + q.length));
            got.push(Buffer.from(dst.subarray(0, n)));
            continue;
          }
          const b = bytes(o.size, o.seed);
          expected.push(Buffer.from(b));
          if (o.kind === 'chunk') q.pushChunk(b);
          else {
            // the source buffer is reused by its owner right after: scribble over it
            const src = Buffer.concat([b, Buffer.alloc(7)]);
            q.copyIn(src, o.size);
            src.fill(0xee);
          }
        }
        const rest = new Uint8Array(q.length);
        expect(q.copyOut(rest)).toBe(rest.length);
        got.push(Buffer.from(rest));
        expect(q.length).toBe(0);
        expect(Buffer.concat(got).equals(Buffer.concat(expected))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('tells when bytes arrive', () => {
    const q = new ByteQueue();
    let pushes = 0;
    q.onPush = () => pushes++;
    q.pushChunk(Buffer.from('ab'));
    q.copyIn(Buffer.from('cd'), 2);
    q.pushChunk(Buffer.alloc(0));
    expect(pushes).toBe(2);
    expect(q.length).toBe(4);
  });
});
