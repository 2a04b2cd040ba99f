// Property tests for the codecs: any input, any split, gives a result or a CurlError, never
// another exception or a hang; valid input round-trips; memory stays within the limits.
import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURLWS_CONT, CURLWS_PING } from '../../runtime/base/constants.js';
import { CurlError } from '../../runtime/base/error.js';
import { BodyDecoder } from '../../runtime/http/body.js';
import { ResponseHeadParser, type HeadResult } from '../../runtime/http/head.js';
import { FrameDecoder, type WsRecvResult } from '../../runtime/protocols/ws/frame-decoder.js';
import { cutsArb, longTimeouts, RUNS, split } from '../fuzz/runs.js';
import { serverFrame } from './ws-helpers.js';

longTimeouts();

describe('FrameDecoder properties', () => {
  it('turns any bytes, split anywhere, into frames, AGAIN or 56, and stays failed after 56', () => {
    const byteArb = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      // Mostly well-formed starts, so the decoder gets past the first byte often.
      fc.array(fc.uint8Array({ minLength: 0, maxLength: 40 }).map((p) => serverFrame(0x81, p)), { maxLength: 5 }).chain((frames) =>
        fc.uint8Array({ maxLength: 20 }).map((tail) => new Uint8Array(Buffer.concat([...frames, tail]))),
      ),
    );
    fc.assert(
      fc.property(byteArb, cutsArb, fc.array(fc.nat(70), { minLength: 1, maxLength: 5 }), fc.boolean(), (data, cuts, sizes, autoPong) => {
        const dec = new FrameDecoder();
        let failed = false;
        let calls = 0;
        let s = 0;
        for (const piece of split(data, cuts)) {
          dec.push(piece);
          for (;;) {
            if (++calls > 10 * data.length + 100) throw new Error('no progress');
            const size = sizes[s++ % sizes.length];
            const before = dec.buffered;
            const r: WsRecvResult = dec.recv(new Uint8Array(size), { autoPong });
            expect([0, 81, 56]).toContain(r.code);
            if (failed) expect(r.code).toBe(56);
            if (r.code === 56) {
              expect(r.error).toBeInstanceOf(CurlError);
              expect(r.error?.message).toMatch(/^\[WS\] /);
              failed = true;
              break;
            }
            if (r.code === 81) {
              expect(r.meta).toBeNull();
              break;
            }
            expect(r.n).toBeLessThanOrEqual(size);
            expect(r.meta?.len).toBe(r.n);
            expect(r.meta?.bytesleft).toBeGreaterThanOrEqual(0);
            // A peek of a frame with payload left consumes nothing: read on with a real buffer.
            if (r.n === 0 && (r.meta?.bytesleft ?? 0) > 0 && dec.buffered === before) {
              if (sizes.every((z) => z === 0)) break;
            }
          }
          if (failed) break;
        }
      }),
      { numRuns: RUNS },
    );
  });

  interface Frame {
    firstByte: number;
    payload: Uint8Array;
  }

  /** Valid frame sequences: messages (maybe fragmented) with control frames in between. */
  const framesArb: fc.Arbitrary<Frame[]> = fc
    .array(
      fc.oneof(
        fc.record({
          kind: fc.constant<'msg'>('msg'),
          op: fc.constantFrom(1, 2),
          parts: fc.array(fc.uint8Array({ maxLength: 300 }), { minLength: 1, maxLength: 4 }),
          control: fc.array(fc.record({ op: fc.constantFrom(8, 9, 10), payload: fc.uint8Array({ maxLength: 125 }) }), { maxLength: 3 }),
        }),
      ),
      { maxLength: 6 },
    )
    .chain((items) =>
      // At most one frame around the 16/64-bit length boundary per sequence.
      fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: fc.integer({ min: 65530, max: 66000 }), weight: 1 }).map((len) => (len === null ? items : [...items, { kind: 'big' as const, len }])),
    )
    .map((items) => {
      const frames: Frame[] = [];
      for (const it of items) {
        if (it.kind === 'big') {
          frames.push({ firstByte: 0x82, payload: new Uint8Array(it.len).fill(it.len & 0xff) });
          continue;
        }
        it.parts.forEach((payload, i) => {
          const last = i === it.parts.length - 1;
          frames.push({ firstByte: (last ? 0x80 : 0) | (i === 0 ? it.op : 0), payload });
          const c = it.control[i];
          if (c && !last) frames.push({ firstByte: 0x80 | c.op, payload: c.payload });
        });
      }
      return frames;
    });

  const flagOf = (op: number): number => ({ 1: 1, 2: 2, 8: 8, 9: 16, 10: 64 })[op] as number;

  it('round-trips valid frame sequences with any split and buffer size', () => {
    fc.assert(
      fc.property(framesArb, cutsArb, fc.oneof(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 65, max: 70000 })), fc.boolean(), (frames, cuts, size, autoPong) => {
        // Expected flags per frame, following M11.
        let msgFlags = 0;
        const want = frames.map((f) => {
          const op = f.firstByte & 0x0f;
          const fin = (f.firstByte & 0x80) !== 0;
          let flags: number;
          if (op === 0 || op === 1 || op === 2) {
            if (op !== 0) msgFlags = flagOf(op);
            flags = fin ? msgFlags : msgFlags | CURLWS_CONT;
          } else flags = flagOf(op);
          return { flags, payload: Buffer.from(f.payload).toString('hex') };
        });
        const wire = new Uint8Array(Buffer.concat(frames.map((f) => serverFrame(f.firstByte, f.payload))));

        const dec = new FrameDecoder();
        const got: { flags: number; parts: Buffer[]; len: number; ponged: boolean }[] = [];
        let open = false; // the last delivered frame has bytes left
        const buf = new Uint8Array(size);
        for (const piece of split(wire, cuts)) {
          dec.push(piece);
          for (;;) {
            const r = dec.recv(buf, { autoPong });
            for (const p of r.pongs) {
              const last = got[got.length - 1];
              if (open && last.flags === CURLWS_PING) {
                last.parts.push(Buffer.from(p));
                last.len += p.length;
                last.ponged = true;
              } else got.push({ flags: CURLWS_PING, parts: [Buffer.from(p)], len: p.length, ponged: true });
              open = false;
            }
            if (r.code === 56) throw r.error;
            if (r.code !== 0) break;
            const m = r.meta!;
            const data = Buffer.from(buf.subarray(0, r.n));
            if (open) {
              const last = got[got.length - 1];
              // Plain checks in this loop: it runs once per buffer-full of a 64 KiB frame.
              if (m.offset !== last.len || m.flags !== last.flags) throw new Error(`offset ${m.offset}/${last.len}`);
              last.parts.push(data);
              last.len += r.n;
            } else {
              if (m.offset !== 0) throw new Error(`new frame at offset ${m.offset}`);
              got.push({ flags: m.flags, parts: [data], len: r.n, ponged: false });
            }
            open = m.bytesleft > 0;
          }
        }
        expect(open).toBe(false);
        expect(got.map(({ flags, parts }) => ({ flags, payload: Buffer.concat(parts).toString('hex') }))).toEqual(want);
        for (const g of got) expect(g.ponged).toBe(autoPong && g.flags === CURLWS_PING);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('ResponseHeadParser properties', () => {
  const pieceArb = fc.oneof(
    fc.constantFrom(
      'HTTP/1.1 200 OK\r\n',
      'HTTP/1.0 100 Continue\r\n',
      'HTTP/1.1 101 Switching Protocols\n',
      'Content-Length: 5\r\n',
      'X: a\r\n',
      '  folded\r\n',
      '\t\n',
      '\r\n',
      '\n',
      ':',
      'HTTP/',
      '\0',
    ),
    fc.string({ maxLength: 20 }),
  );
  const inputArb = fc.array(pieceArb, { maxLength: 25 }).map((parts) => new Uint8Array(Buffer.from(parts.join(''), 'latin1')));
  const optsArb = fc.record({
    maxHeaderBytes: fc.integer({ min: 10, max: 300 }),
    maxLineBytes: fc.integer({ min: 5, max: 80 }),
    connect: fc.boolean(),
  });

  /** Everything a parser makes of an input: its heads in order, then the error or the rest. */
  function run(pieces: Uint8Array[], opts: { maxHeaderBytes: number; maxLineBytes: number; connect: boolean }) {
    const p = new ResponseHeadParser(opts);
    const heads: unknown[] = [];
    let total = 0;
    let maxBuffered = 0;
    try {
      for (const piece of pieces) {
        let chunk = piece;
        for (;;) {
          const h: HeadResult | null = p.push(chunk);
          maxBuffered = Math.max(maxBuffered, p.buffered);
          if (!h) break;
          total += h.size;
          heads.push({ ...h, lines: h.lines.map((l) => Buffer.from(l).toString('latin1')), leftover: undefined });
          chunk = h.leftover;
        }
      }
    } catch (err) {
      if (!(err instanceof CurlError)) throw err;
      return { heads, error: `${err.code} ${err.message}`, total, maxBuffered };
    }
    return { heads, error: null, total, maxBuffered };
  }

  it('gives heads, null or a CurlError for any bytes, the same for any split, within the limits', () => {
    fc.assert(
      fc.property(inputArb, cutsArb, optsArb, (data, cuts, opts) => {
        const whole = run([data], opts);
        const pieces = run(split(data, cuts), opts);
        expect(pieces).toEqual({ ...whole, maxBuffered: pieces.maxBuffered });
        expect(whole.total).toBeLessThanOrEqual(opts.maxHeaderBytes);
        expect(pieces.maxBuffered).toBeLessThan(opts.maxLineBytes);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('BodyDecoder properties', () => {
  it('decodes any chunked encoding of a body the same for any split, and any bytes give data or 56', () => {
    const chunkedArb = fc
      .tuple(
        fc.array(fc.uint8Array({ minLength: 1, maxLength: 40 }), { maxLength: 5 }),
        fc.array(fc.constantFrom('', ';ext', ';a=b;c="d"'), { minLength: 5, maxLength: 5 }),
        fc.array(fc.constantFrom('X: 1', 'Trailer-Field: value'), { maxLength: 2 }),
        fc.constantFrom('\r\n', '\n'),
      )
      .map(([chunks, exts, trailers, eol]) => {
        const parts: Buffer[] = [];
        chunks.forEach((c, i) => parts.push(Buffer.from(c.length.toString(16) + exts[i] + eol, 'latin1'), Buffer.from(c), Buffer.from(eol)));
        parts.push(Buffer.from('0' + eol + trailers.map((t) => t + eol).join('') + eol + 'NEXT', 'latin1'));
        return { wire: new Uint8Array(Buffer.concat(parts)), body: Buffer.concat(chunks).toString('hex'), trailers: trailers.map((t) => t + '\r\n') };
      });
    fc.assert(
      fc.property(chunkedArb, cutsArb, ({ wire, body, trailers }, cuts) => {
        const dec = new BodyDecoder({ kind: 'chunked' });
        let got = '';
        let rest = '';
        const gotTrailers: string[] = [];
        for (const piece of split(wire, cuts)) {
          const r = dec.push(piece);
          got += r.data.map((d) => Buffer.from(d).toString('hex')).join('');
          gotTrailers.push(...r.trailers.map((t) => Buffer.from(t).toString('latin1')));
          rest += Buffer.from(r.leftover).toString('latin1');
        }
        expect(dec.done).toBe(true);
        expect(got).toBe(body);
        expect(gotTrailers).toEqual(trailers);
        expect(rest).toBe('NEXT');
      }),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), cutsArb, (data, cuts) => {
        const dec = new BodyDecoder({ kind: 'chunked' });
        try {
          for (const piece of split(data, cuts)) dec.push(piece);
        } catch (err) {
          expect(err).toBeInstanceOf(CurlError);
          expect([56, 100]).toContain((err as CurlError).code);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
