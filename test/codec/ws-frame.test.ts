// Byte-level tests of the WebSocket frame codec (runtime/protocols/ws/frame-decoder.ts and
// frame-encoder.ts), after ws's test/receiver.test.js: frames as hex, split across pushes, read
// with small buffers; the encoder's pieces, partial takes and masks against whole frames.
// The M-numbers refer to ../shared/reference/libcurl-semantics.md section M.
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import {
  CURLWS_BINARY,
  CURLWS_CLOSE,
  CURLWS_CONT,
  CURLWS_NOAUTOPONG,
  CURLWS_OFFSET,
  CURLWS_PING,
  CURLWS_PONG,
  CURLWS_RAW_MODE,
  CURLWS_TEXT,
} from '../../runtime/base/constants.js';
import { FrameDecoder, type WsRecvResult } from '../../runtime/protocols/ws/frame-decoder.js';
import { applyMask, drawMask, encodeFrame, flagsToOpcode, FrameEncoder } from '../../runtime/protocols/ws/frame-encoder.js';
import { OP_PONG, type WsMeta } from '../../runtime/protocols/ws/frame.js';
import { expectedAccept, makeKey } from '../../runtime/protocols/ws/handshake.js';
import { serverFrame, unmask } from './ws-helpers.js';

const hex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s.replace(/\s+/g, ''), 'hex'));
const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const ascii = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
const filled = (n: number, seed = 0): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (i * 7 + seed) & 0xff);
const freshMask = (): Uint8Array => {
  const m = new Uint8Array(4);
  drawMask(m);
  return m;
};

interface Got {
  flags: number;
  data: string;
  offset: number;
  bytesleft: number;
}

/** Calls recv until AGAIN, collecting what each call delivered. */
function drain(dec: FrameDecoder, bufSize: number, autoPong = false): { got: Got[]; pongs: string[]; last: WsRecvResult } {
  const got: Got[] = [];
  const pongs: string[] = [];
  for (let guard = 0; guard < 100_000; guard++) {
    const buf = new Uint8Array(bufSize);
    const r = dec.recv(buf, { autoPong });
    pongs.push(...r.pongs.map(toHex));
    if (r.code !== 0) return { got, pongs, last: r };
    const m = r.meta as WsMeta;
    expect(m.len).toBe(r.n);
    expect(m.age).toBe(0);
    got.push({ flags: m.flags, data: toHex(buf.subarray(0, r.n)), offset: m.offset, bytesleft: m.bytesleft });
  }
  throw new Error('recv did not reach AGAIN');
}

describe('FrameDecoder: length encodings', () => {
  it('reads a 7-bit length TEXT frame (RFC 6455 section 5.7 "Hello")', () => {
    const dec = new FrameDecoder();
    dec.push(hex('81 05 48656c6c6f'));
    const buf = new Uint8Array(64);
    const r = dec.recv(buf);
    expect(r).toEqual({ code: 0, n: 5, meta: { age: 0, flags: CURLWS_TEXT, offset: 0, bytesleft: 0, len: 5 }, pongs: [] });
    expect(Buffer.from(buf.subarray(0, 5)).toString()).toBe('Hello');
    expect(dec.recv(buf).code).toBe(81);
  });

  it.each([
    ['125 bytes, 7-bit', 125, '82 7d'],
    ['126 bytes, 16-bit', 126, '82 7e 007e'],
    ['256 bytes, 16-bit', 256, '82 7e 0100'],
    ['65535 bytes, 16-bit', 65535, '82 7e ffff'],
    ['65536 bytes, 64-bit', 65536, '82 7f 0000000000010000'],
    ['70000 bytes, 64-bit', 70000, '82 7f 0000000000011170'],
  ])('reads a %s frame', (_name, len, head) => {
    const payload = filled(len);
    const dec = new FrameDecoder();
    dec.push(hex(head));
    dec.push(payload);
    const buf = new Uint8Array(len + 10);
    const r = dec.recv(buf);
    expect(r.code).toBe(0);
    expect(r.n).toBe(len);
    expect(r.meta).toEqual({ age: 0, flags: CURLWS_BINARY, offset: 0, bytesleft: 0, len });
    expect(Buffer.compare(buf.subarray(0, len), payload)).toBe(0);
  });

  it('takes a 64-bit length above 32 bits', () => {
    const dec = new FrameDecoder();
    dec.push(hex('82 7f 0000000100000000 aabb'));
    const r = dec.recv(new Uint8Array(2));
    expect(r.meta).toEqual({ age: 0, flags: CURLWS_BINARY, offset: 0, bytesleft: 2 ** 32 - 2, len: 2 });
  });
});

describe('FrameDecoder: frames split across pushes', () => {
  const stream = [
    hex('81 05 48656c6c6f'),
    hex('82 7e 0080'),
    filled(128),
    hex('89 02 6869'),
    hex('8a 00'),
    hex('01 03 616263'),
    hex('80 02 6465'),
    hex('88 02 03e8'),
  ];
  const all = Buffer.concat(stream);
  const expected: Got[] = [
    { flags: CURLWS_TEXT, data: '48656c6c6f', offset: 0, bytesleft: 0 },
    { flags: CURLWS_BINARY, data: toHex(filled(128)), offset: 0, bytesleft: 0 },
    { flags: CURLWS_PING, data: '6869', offset: 0, bytesleft: 0 },
    { flags: CURLWS_PONG, data: '', offset: 0, bytesleft: 0 },
    { flags: CURLWS_TEXT | CURLWS_CONT, data: '616263', offset: 0, bytesleft: 0 },
    { flags: CURLWS_TEXT, data: '6465', offset: 0, bytesleft: 0 },
    { flags: CURLWS_CLOSE, data: '03e8', offset: 0, bytesleft: 0 },
  ];

  /** Joins the pieces of one frame that arrived over several calls. */
  function joinFrames(got: Got[]): Got[] {
    const out: Got[] = [];
    for (const g of got) {
      const last = out[out.length - 1];
      if (last && g.offset > 0) {
        expect(g.offset).toBe(last.data.length / 2);
        last.data += g.data;
        last.bytesleft = g.bytesleft;
      } else out.push({ ...g });
    }
    return out;
  }

  it('delivers each frame of one push by itself, one per call', () => {
    const dec = new FrameDecoder();
    dec.push(all);
    const { got, last } = drain(dec, 4096);
    expect(got).toEqual(expected);
    expect(last.code).toBe(81);
    expect(last.meta).toBeNull();
  });

  it('gives the same frames for a split at every byte position', () => {
    for (let cut = 0; cut <= all.length; cut++) {
      const dec = new FrameDecoder();
      const got: Got[] = [];
      dec.push(all.subarray(0, cut));
      got.push(...drain(dec, 4096).got);
      dec.push(all.subarray(cut));
      got.push(...drain(dec, 4096).got);
      expect(joinFrames(got), `cut at ${cut}`).toEqual(expected);
    }
  });

  it('gives the same frames when fed one byte at a time', () => {
    const dec = new FrameDecoder();
    const got: Got[] = [];
    for (const b of all) {
      dec.push(Uint8Array.of(b));
      got.push(...drain(dec, 4096).got);
    }
    expect(joinFrames(got)).toEqual(expected);
  });

  it('returns what is there of a frame split on the wire, then the rest (M8)', () => {
    const dec = new FrameDecoder();
    dec.push(hex('82 0a 000102'));
    const buf = new Uint8Array(100);
    expect(dec.recv(buf)).toMatchObject({ code: 0, n: 3, meta: { flags: 2, offset: 0, bytesleft: 7, len: 3 } });
    expect(dec.recv(buf).code).toBe(81);
    dec.push(hex('03040506070809'));
    const r = dec.recv(buf);
    expect(r).toMatchObject({ code: 0, n: 7, meta: { flags: 2, offset: 3, bytesleft: 0, len: 7 } });
    expect(toHex(buf.subarray(0, 7))).toBe('03040506070809');
  });
});

describe('FrameDecoder: partial reads and AGAIN', () => {
  it('reads a 1024-byte frame in 300-byte pieces (M8)', () => {
    const payload = filled(1024, 3);
    const dec = new FrameDecoder();
    dec.push(hex('82 7e 0400'));
    dec.push(payload);
    const { got } = drain(dec, 300);
    expect(got.map((g) => [g.offset, g.data.length / 2, g.bytesleft])).toEqual([
      [0, 300, 724],
      [300, 300, 424],
      [600, 300, 124],
      [900, 124, 0],
    ]);
    expect(got.map((g) => g.data).join('')).toBe(toHex(payload));
  });

  it('never mixes two frames in one call', () => {
    const dec = new FrameDecoder();
    dec.push(hex('81 02 6869 81 02 6a6b'));
    const buf = new Uint8Array(10);
    expect(dec.recv(buf)).toMatchObject({ n: 2, meta: { bytesleft: 0 } });
    expect(dec.recv(buf)).toMatchObject({ n: 2, meta: { bytesleft: 0 } });
  });

  it.each([
    ['nothing', ''],
    ['a first byte', '81'],
    ['half a 16-bit length', '82 7e 01'],
    ['seven bytes of a 64-bit length', '82 7f 00000000000001'],
    ['a complete head without payload', '81 05'],
  ])('returns AGAIN with meta null for %s (M6)', (_name, bytes) => {
    const dec = new FrameDecoder();
    dec.push(hex(bytes));
    expect(dec.recv(new Uint8Array(10))).toEqual({ code: 81, n: 0, meta: null, pongs: [] });
  });
});

describe('FrameDecoder: peek and zero-length frames', () => {
  it('peeks with a zero-length buffer, consuming nothing (M9)', () => {
    const dec = new FrameDecoder();
    dec.push(hex('81 05 48656c6c6f'));
    expect(dec.recv(new Uint8Array(0))).toEqual({
      code: 0,
      n: 0,
      meta: { age: 0, flags: 1, offset: 0, bytesleft: 5, len: 0 },
      pongs: [],
    });
    expect(dec.recv(null)).toMatchObject({ code: 0, meta: { offset: 0, bytesleft: 5 } });
    const buf = new Uint8Array(2);
    expect(dec.recv(buf)).toMatchObject({ n: 2, meta: { offset: 0, bytesleft: 3 } });
    expect(dec.recv(null)).toMatchObject({ code: 0, n: 0, meta: { offset: 2, bytesleft: 3, len: 0 } });
    expect(dec.recv(new Uint8Array(9))).toMatchObject({ n: 3, meta: { offset: 2, bytesleft: 0 } });
  });

  it('consumes a zero-length frame with a peek (M9)', () => {
    const dec = new FrameDecoder();
    dec.push(hex('81 00 82 02 6869'));
    expect(dec.recv(null)).toEqual({ code: 0, n: 0, meta: { age: 0, flags: 1, offset: 0, bytesleft: 0, len: 0 }, pongs: [] });
    expect(dec.recv(null)).toMatchObject({ code: 0, meta: { flags: 2, bytesleft: 2 } });
  });

  it('returns zero-length frames as OK with n 0, not as an end (M10)', () => {
    const dec = new FrameDecoder();
    dec.push(hex('81 00 82 00 88 00 8a 00'));
    const { got, last } = drain(dec, 16);
    expect(got.map((g) => [g.flags, g.data, g.bytesleft])).toEqual([
      [CURLWS_TEXT, '', 0],
      [CURLWS_BINARY, '', 0],
      [CURLWS_CLOSE, '', 0],
      [CURLWS_PONG, '', 0],
    ]);
    expect(last.code).toBe(81);
  });

  it('answers a peek before any payload byte with AGAIN (M6)', () => {
    const dec = new FrameDecoder();
    dec.push(hex('81 05'));
    expect(dec.recv(null).code).toBe(81);
  });
});

describe('FrameDecoder: fragmented messages and control frames (M11, M12)', () => {
  it('flags a fragmented TEXT message 5, 5, 1 with a PING in between', () => {
    const dec = new FrameDecoder();
    dec.push(hex('01 03 616263  89 02 6869  00 02 6465  8a 01 7a  80 01 66'));
    const { got } = drain(dec, 64, false);
    expect(got.map((g) => [g.flags, g.data, g.offset])).toEqual([
      [CURLWS_TEXT | CURLWS_CONT, '616263', 0],
      [CURLWS_PING, '6869', 0],
      [CURLWS_TEXT | CURLWS_CONT, '6465', 0],
      [CURLWS_PONG, '7a', 0],
      [CURLWS_TEXT, '66', 0],
    ]);
  });

  it('flags a fragmented BINARY message 6, 6, 2 and restarts offset per fragment', () => {
    const dec = new FrameDecoder();
    dec.push(hex('02 04 00010203  00 04 04050607  88 02 03e8  80 02 0809'));
    const { got } = drain(dec, 3, false);
    expect(got.map((g) => [g.flags, g.offset, g.bytesleft])).toEqual([
      [6, 0, 1],
      [6, 3, 0],
      [6, 0, 1],
      [6, 3, 0],
      [CURLWS_CLOSE, 0, 0],
      [2, 0, 0],
    ]);
  });

  it('delivers CLOSE with its status code and reason, and unsolicited PONGs', () => {
    const dec = new FrameDecoder();
    dec.push(hex('88 05 03e9 627965  8a 02 6869'));
    const { got } = drain(dec, 64, true);
    expect(got).toEqual([
      { flags: CURLWS_CLOSE, data: '03e9627965', offset: 0, bytesleft: 0 },
      { flags: CURLWS_PONG, data: '6869', offset: 0, bytesleft: 0 },
    ]);
  });
});

describe('FrameDecoder: auto-pong hook (M14, M16, M17, decision 3)', () => {
  it('hands a complete PING to the caller instead of delivering it', () => {
    const dec = new FrameDecoder();
    dec.push(hex('89 02 6869'));
    expect(dec.recv(new Uint8Array(10), { autoPong: true })).toEqual({ code: 81, n: 0, meta: null, pongs: [hex('6869')] });
  });

  it('goes on to the next frame after a PING in the same call', () => {
    const dec = new FrameDecoder();
    dec.push(hex('89 00 89 01 61 81 01 62'));
    const buf = new Uint8Array(10);
    const r = dec.recv(buf, { autoPong: true });
    expect(r).toMatchObject({ code: 0, n: 1, meta: { flags: CURLWS_TEXT } });
    expect(r.pongs.map(toHex)).toEqual(['', '61']);
  });

  it('delivers PINGs with auto-pong off (CURLWS_NOAUTOPONG)', () => {
    const dec = new FrameDecoder();
    dec.push(hex('89 02 6869'));
    const buf = new Uint8Array(10);
    expect(dec.recv(buf, { autoPong: false })).toMatchObject({ code: 0, n: 2, meta: { flags: CURLWS_PING }, pongs: [] });
  });

  it('reads the option per call (M27)', () => {
    const dec = new FrameDecoder();
    dec.push(hex('89 01 61 89 01 62'));
    expect(dec.recv(new Uint8Array(4), { autoPong: false })).toMatchObject({ n: 1, meta: { flags: CURLWS_PING } });
    expect(dec.recv(new Uint8Array(4), { autoPong: true })).toMatchObject({ code: 81, pongs: [hex('62')] });
  });

  it('returns the buffered part of a split PING as data, and pongs the rest (M17)', () => {
    const dec = new FrameDecoder();
    dec.push(hex('89 04 6869'));
    const buf = new Uint8Array(10);
    expect(dec.recv(buf, { autoPong: true })).toMatchObject({ code: 0, n: 2, meta: { flags: CURLWS_PING, bytesleft: 2 }, pongs: [] });
    dec.push(hex('6a6b'));
    expect(dec.recv(buf, { autoPong: true })).toEqual({ code: 81, n: 0, meta: null, pongs: [hex('6a6b')] });
  });

  it('waits for the whole PING payload when only the head is there', () => {
    const dec = new FrameDecoder();
    dec.push(hex('89 02'));
    expect(dec.recv(new Uint8Array(4), { autoPong: true })).toEqual({ code: 81, n: 0, meta: null, pongs: [] });
    dec.push(hex('6869'));
    expect(dec.recv(new Uint8Array(4), { autoPong: true }).pongs).toEqual([hex('6869')]);
  });
});

describe('FrameDecoder: protocol violations fail the stream (M13, decision 4)', () => {
  it.each([
    ['reserved opcode 3', '83 00', '[WS] invalid opcode: 83'],
    ['reserved opcode 7, not final', '07 00', '[WS] invalid opcode: 07'],
    ['reserved control opcode 0xb', '8b 00', '[WS] invalid opcode: 8b'],
    ['reserved opcode 0xf', '0f 00', '[WS] invalid opcode: 0f'],
    ['RSV1', 'c1 02 6869', '[WS] invalid reserved bits: c1'],
    ['RSV2', 'a2 00', '[WS] invalid reserved bits: a2'],
    ['RSV3', '91 00', '[WS] invalid reserved bits: 91'],
    ['a masked server frame', '81 85 01020304 0000000000', '[WS] masked input frame'],
    ['a PING over 125 bytes', '89 7e 0080', '[WS] received PING frame is too big'],
    ['a PONG over 125 bytes', '8a 7e 007e', '[WS] received PONG frame is too big'],
    ['a CLOSE over 125 bytes', '88 7f 0000000000000100', '[WS] received CLOSE frame is too big'],
    ['a fragmented PING', '09 02 6869', '[WS] invalid fragmented PING frame'],
    ['a fragmented PONG', '0a 00', '[WS] invalid fragmented PONG frame'],
    ['a fragmented CLOSE', '08 00', '[WS] invalid fragmented CLOSE frame'],
    ['a final continuation without a message', '80 02 6869', '[WS] no ongoing fragmented message to resume'],
    ['a continuation without a message', '00 00', '[WS] no ongoing fragmented message to resume'],
    ['a new TEXT inside a message', '01 01 61 81 01 62', '[WS] fragmented message interrupted by new TEXT msg'],
    ['a new BINARY inside a message', '02 01 61 02 01 62', '[WS] fragmented message interrupted by new BINARY msg'],
    ['a 64-bit length with the top bit set', '82 7f 8000000000000000', '[WS] frame length longer than 63 bits not supported'],
  ])('fails on %s with 56, then stays failed', (_name, bytes, text) => {
    const dec = new FrameDecoder();
    dec.push(hex(bytes));
    const buf = new Uint8Array(300);
    let r = dec.recv(buf, { autoPong: false });
    // A frame before the violating one is delivered first.
    while (r.code === 0) r = dec.recv(buf, { autoPong: false });
    expect(r.code).toBe(56);
    expect(r.meta).toBeNull();
    expect(r.error?.code).toBe(56);
    expect(r.error?.message).toBe(text);
    expect(dec.failure).toBe(r.error);
    dec.push(hex('81 02 6869'));
    for (let i = 0; i < 3; i++) {
      const again = dec.recv(buf);
      expect(again.code).toBe(56);
      expect(again.error?.message).toBe(text);
    }
  });

  it('fails as soon as the offending byte is there', () => {
    const dec = new FrameDecoder();
    dec.push(hex('83'));
    expect(dec.recv(new Uint8Array(4)).code).toBe(56);
    const masked = new FrameDecoder();
    masked.push(hex('81 81'));
    expect(masked.recv(new Uint8Array(4)).error?.message).toBe('[WS] masked input frame');
  });
});

describe('encodeFrame', () => {
  it('masks "Hello" as RFC 6455 section 5.7 shows', () => {
    expect(toHex(encodeFrame(0x1, true, ascii('Hello'), hex('37fa213d')))).toBe('818537fa213d7f9f4d5158');
  });

  it.each([
    [0, '8280 01020304'],
    [125, '82fd 01020304'],
    [126, '82fe 007e 01020304'],
    [65535, '82fe ffff 01020304'],
    [65536, '82ff 0000000000010000 01020304'],
  ])('uses the right length encoding for %i bytes (M22)', (len, head) => {
    const payload = filled(len);
    const frame = encodeFrame(0x2, true, payload, hex('01020304'));
    const h = hex(head);
    expect(toHex(frame.subarray(0, h.length))).toBe(toHex(h));
    expect(frame.length).toBe(h.length + len);
    const mask = hex('01020304');
    for (let i = 0; i < len; i += 997) expect(frame[h.length + i]).toBe(payload[i] ^ mask[i & 3]);
  });

  it('sets FIN and opcode: a non-final TEXT, a continuation, a PING', () => {
    const zero = hex('00000000');
    expect(toHex(encodeFrame(0x1, false, ascii('a'), zero))).toBe('018100000000' + '61');
    expect(toHex(encodeFrame(0x0, true, ascii('b'), zero))).toBe('808100000000' + '62');
    expect(toHex(encodeFrame(0x9, true, new Uint8Array(0), zero))).toBe('898000000000');
  });

  it('round-trips through the decoder once unmasked', () => {
    const payload = filled(70000, 9);
    const frame = encodeFrame(0x2, true, payload, freshMask());
    const dec = new FrameDecoder();
    dec.push(unmask(frame));
    const buf = new Uint8Array(80000);
    const r = dec.recv(buf);
    expect(r).toMatchObject({ code: 0, n: 70000, meta: { flags: CURLWS_BINARY, bytesleft: 0 } });
    expect(Buffer.compare(buf.subarray(0, 70000), payload)).toBe(0);
  });

  it('is rejected by the decoder as it is (a masked frame from the server side)', () => {
    const dec = new FrameDecoder();
    dec.push(encodeFrame(0x1, true, ascii('x'), freshMask()));
    expect(dec.recv(new Uint8Array(4)).error?.message).toBe('[WS] masked input frame');
  });
});

describe('applyMask', () => {
  it('equals the byte loop for every alignment, phase and short length', () => {
    const mask = hex('a1b2c3d4');
    const backing = filled(1100, 5);
    for (let so = 0; so < 4; so++) {
      for (let dOff = 0; dOff < 4; dOff++) {
        for (let phase = 0; phase < 4; phase++) {
          // Short lengths go byte-wise, from 256 bytes on word-wise.
          for (const len of [0, 1, 3, 4, 5, 7, 8, 31, 64, 97, 255, 256, 257, 258, 259, 260, 1031]) {
            const src = backing.subarray(so, so + len);
            const dstBack = new Uint8Array(len + 8);
            const dst = dstBack.subarray(dOff, dOff + len);
            applyMask(src, dst, mask, phase);
            const want = Uint8Array.from(src, (b, i) => b ^ mask[(phase + i) & 3]);
            expect(toHex(dst), `src+${so} dst+${dOff} phase ${phase} len ${len}`).toBe(toHex(want));
          }
        }
      }
    }
  });

  it('works in place', () => {
    const mask = hex('0f0f0f0f');
    const buf = filled(33);
    const want = Uint8Array.from(buf, (b) => b ^ 0x0f);
    applyMask(buf, buf, mask);
    expect(toHex(buf)).toBe(toHex(want));
  });
});

/** An encoder whose masks are the given ones, in turn. */
function fixedEncoder(...masks: Uint8Array[]): FrameEncoder {
  let i = 0;
  return new FrameEncoder({ masks: (dst) => dst.set(masks[i++ % masks.length]!) });
}

/** Copies a view (the encoder reuses its buffer) and books `n` of its bytes (all) as taken. */
function take(enc: FrameEncoder, view: Uint8Array, n = view.length): { bytes: Uint8Array; payload: number } {
  const bytes = Uint8Array.from(view.subarray(0, n));
  return { bytes, payload: enc.sent(n) };
}

describe('FrameEncoder: heads and pieces (CURLWS_OFFSET, M24)', () => {
  const EMPTY = new Uint8Array(0);

  it('stages head and masked payload in one view ("Hello", RFC 6455 section 5.7)', () => {
    const enc = fixedEncoder(hex('37fa213d'));
    const { bytes, payload } = take(enc, enc.begin(CURLWS_TEXT, 5, ascii('Hello')));
    expect(toHex(bytes)).toBe('818537fa213d7f9f4d5158');
    expect(payload).toBe(5);
    expect(enc.remaining).toBe(0);
    expect(enc.busy).toBe(false);
  });

  it.each([
    [0, '8280 01020304'],
    [125, '82fd 01020304'],
    [126, '82fe 007e 01020304'],
    [65535, '82fe ffff 01020304'],
    [65536, '82ff 0000000000010000 01020304'],
  ])('writes the same head as encodeFrame for %i bytes (M22)', (len, head) => {
    const payload = filled(len, 4);
    const enc = fixedEncoder(hex('01020304'));
    const { bytes } = take(enc, enc.begin(CURLWS_BINARY, len, payload));
    expect(toHex(bytes.subarray(0, hex(head).length))).toBe(toHex(hex(head)));
    expect(Buffer.compare(bytes, encodeFrame(0x2, true, payload, hex('01020304')))).toBe(0);
  });

  it('sends a 10-byte frame as a head, 4 bytes and 6 bytes, equal to the whole frame', () => {
    const mask = hex('11223344');
    const payload = ascii('0123456789');
    const enc = fixedEncoder(mask);
    const parts = [take(enc, enc.begin(CURLWS_BINARY | CURLWS_OFFSET, 10, EMPTY)).bytes];
    expect(toHex(parts[0]!)).toBe('828a11223344');
    expect(enc.remaining).toBe(10);
    parts.push(take(enc, enc.next(payload.subarray(0, 4))).bytes);
    expect(enc.remaining).toBe(6);
    parts.push(take(enc, enc.next(payload.subarray(4))).bytes);
    expect(enc.remaining).toBe(0);
    expect(toHex(Buffer.concat(parts))).toBe(toHex(encodeFrame(0x2, true, payload, mask)));
  });

  it('continues the mask across odd-sized pieces', () => {
    const mask = hex('deadbeef');
    const payload = filled(1000, 1);
    const enc = fixedEncoder(mask);
    const parts = [take(enc, enc.begin(CURLWS_TEXT, 1000, EMPTY)).bytes];
    let o = 0;
    for (const size of [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 392]) {
      parts.push(take(enc, enc.next(payload.subarray(o, o + size))).bytes);
      o += size;
    }
    expect(o).toBe(1000);
    expect(toHex(Buffer.concat(parts))).toBe(toHex(encodeFrame(0x1, true, payload, mask)));
  });

  it('continues from the last byte the transport took, not the last byte staged', () => {
    const mask = hex('a1b2c3d4');
    const payload = filled(300, 2);
    const enc = fixedEncoder(mask);
    // Each view is offered in full; the transport takes 3, 1, 9, 0, 7, ... bytes of it (the first
    // two leave part of the 8-byte head for rest()).
    const takes = [3, 1, 9, 0, 7, 50, 1, 1000];
    const wire: Uint8Array[] = [];
    let off = 0;
    let view = enc.begin(CURLWS_BINARY, 300, payload);
    for (let i = 0; off < payload.length; i++) {
      const t = take(enc, view, Math.min(takes[i % takes.length]!, view.length));
      wire.push(t.bytes);
      off += t.payload;
      view = enc.rest() ?? enc.next(payload.subarray(off));
    }
    expect(enc.remaining).toBe(0);
    expect(toHex(Buffer.concat(wire))).toBe(toHex(encodeFrame(0x2, true, payload, mask)));
  });

  it('keeps the rest of a head the transport took only part of, then goes on at mask byte 0', () => {
    const mask = hex('0a0b0c0d');
    const payload = filled(200, 3);
    const enc = fixedEncoder(mask);
    const first = take(enc, enc.begin(CURLWS_BINARY, 200, payload), 3);
    expect(first.payload).toBe(0);
    // The frame has started: its head is 8 bytes, 5 of them still to go before anything else.
    expect([enc.remaining, enc.unsent, enc.busy]).toEqual([200, 5, true]);
    expect(() => enc.begin(CURLWS_TEXT, 1, ascii('x'))).toThrow(
      expect.objectContaining({ code: 55, message: '[WS] starting new frame with 205 bytes from last one remaining to be sent' }),
    );
    const r1 = take(enc, enc.rest()!, 2);
    expect(enc.unsent).toBe(3);
    const r2 = take(enc, enc.rest()!);
    expect(enc.rest()).toBeNull();
    const body = take(enc, enc.next(payload));
    expect(body.payload).toBe(200);
    expect(toHex(Buffer.concat([first.bytes, r1.bytes, r2.bytes, body.bytes]))).toBe(toHex(encodeFrame(0x2, true, payload, mask)));
  });

  it('opens a frame only when sent() is called: a staged frame not taken is built afresh', () => {
    const enc = fixedEncoder(hex('01010101'), hex('02020202'));
    const dropped = Uint8Array.from(enc.begin(CURLWS_TEXT | CURLWS_CONT, 1, ascii('a')));
    expect([enc.remaining, enc.fragmentOpen]).toEqual([0, false]);
    const { bytes } = take(enc, enc.begin(CURLWS_TEXT | CURLWS_CONT, 1, ascii('a')));
    expect(toHex(dropped)).toBe(toHex(encodeFrame(0x1, false, ascii('a'), hex('01010101'))));
    expect(toHex(bytes)).toBe(toHex(encodeFrame(0x1, false, ascii('a'), hex('02020202'))));
    expect(enc.fragmentOpen).toBe(true);
  });

  it('keeps the fragmented message state across frames (M20)', () => {
    const zero = hex('00000000');
    const enc = fixedEncoder(zero);
    const firsts: number[] = [];
    for (const flags of [CURLWS_TEXT | CURLWS_CONT, CURLWS_PING, CURLWS_TEXT | CURLWS_CONT, CURLWS_TEXT, CURLWS_TEXT]) {
      firsts.push(take(enc, enc.begin(flags, 1, ascii('z'))).bytes[0]!);
    }
    expect(firsts).toEqual([0x01, 0x89, 0x00, 0x80, 0x81]);
    expect(enc.fragmentOpen).toBe(false);
  });

  it('hands the info line for the CONT-only form to infof', () => {
    const lines: string[] = [];
    const enc = new FrameEncoder({ infof: (t) => lines.push(t) });
    enc.sent(enc.begin(CURLWS_BINARY | CURLWS_CONT, 0, EMPTY).length);
    enc.begin(CURLWS_CONT, 0, EMPTY);
    expect(lines).toEqual([
      '[WS] setting CURLWS_CONT flag without message type is supported for compatibility but highly discouraged',
    ]);
  });

  it('holds at most maxPiece payload bytes per view', () => {
    const mask = hex('99887766');
    const payload = filled(10, 5);
    const enc = new FrameEncoder({ masks: (d) => d.set(mask), maxPiece: 4 });
    const parts: Uint8Array[] = [];
    let t = take(enc, enc.begin(CURLWS_BINARY, 10, payload));
    expect(t.payload).toBe(4);
    parts.push(t.bytes);
    let off = 4;
    while (off < 10) {
      t = take(enc, enc.next(payload.subarray(off)));
      expect(t.payload).toBe(Math.min(4, 10 - off));
      parts.push(t.bytes);
      off += t.payload;
    }
    expect(toHex(Buffer.concat(parts))).toBe(toHex(encodeFrame(0x2, true, payload, mask)));
  });

  it('refuses more bytes than the frame needs with 43', () => {
    const enc = fixedEncoder(hex('00000000'));
    take(enc, enc.begin(CURLWS_BINARY, 6, EMPTY));
    expect(() => enc.next(new Uint8Array(7))).toThrow(
      expect.objectContaining({ code: 43, message: '[WS] unaligned frame size (sending 7 instead of 6)' }),
    );
  });

  it('refuses a new frame while one is unfinished with 55', () => {
    const enc = fixedEncoder(hex('00000000'));
    take(enc, enc.begin(CURLWS_BINARY, 6, new Uint8Array(2)));
    expect(() => enc.begin(CURLWS_BINARY, 1, new Uint8Array(1))).toThrow(
      expect.objectContaining({ code: 55, message: '[WS] starting new frame with 4 bytes from last one remaining to be sent' }),
    );
  });

  it.each([
    ['a negative length', CURLWS_BINARY, -1, 0, 43, '[WS] bad fragsize -1'],
    ['a fractional length', CURLWS_BINARY, 1.5, 0, 43, '[WS] bad fragsize 1.5'],
    ['more data than the length', CURLWS_BINARY, 3, 5, 43, '[WS] unaligned frame size (sending 5 instead of 3)'],
    ['more data than the length, before the flags', CURLWS_PING | CURLWS_CONT, 3, 5, 43, '[WS] unaligned frame size (sending 5 instead of 3)'],
    ['no flags', 0, 1, 1, 43, '[WS] no flags given'],
    ['a PING over 125 bytes', CURLWS_PING, 126, 0, 100, '[WS] given PING frame is too big'],
  ])('refuses %s', (_name, flags, total, dataLength, code, message) => {
    const enc = new FrameEncoder();
    expect(() => enc.begin(flags, total, new Uint8Array(dataLength))).toThrow(expect.objectContaining({ code, message }));
    expect([enc.remaining, enc.busy]).toEqual([0, false]);
  });
});

describe('FrameEncoder: control frames (PONG answers, M14)', () => {
  it('builds a whole PONG equal to encodeFrame, with its own mask', () => {
    const enc = fixedEncoder(hex('5a5a5a5a'));
    const { bytes, payload } = take(enc, enc.control(OP_PONG, ascii('are you there')));
    expect(payload).toBe(0);
    expect(toHex(bytes)).toBe(toHex(encodeFrame(OP_PONG, true, ascii('are you there'), hex('5a5a5a5a'))));
    expect(toHex(take(enc, enc.control(OP_PONG, new Uint8Array(0))).bytes)).toBe('8a805a5a5a5a');
  });

  it('keeps what the transport did not take for rest(), and is busy until it is out', () => {
    const enc = fixedEncoder(hex('01020304'));
    const whole = Uint8Array.from(enc.control(OP_PONG, ascii('hi')));
    const first = take(enc, enc.control(OP_PONG, ascii('hi')), 5);
    expect([enc.unsent, enc.busy]).toEqual([3, true]);
    const rest = take(enc, enc.rest()!);
    expect(toHex(Buffer.concat([first.bytes, rest.bytes]))).toBe(toHex(whole));
    expect([enc.unsent, enc.busy]).toEqual([0, false]);
  });

  it('leaves an open frame and its mask phase alone', () => {
    const mask = hex('c0c1c2c3');
    const payload = filled(9, 6);
    const enc = fixedEncoder(mask, hex('eeeeeeee'));
    const a = take(enc, enc.begin(CURLWS_BINARY, 9, payload.subarray(0, 3)));
    enc.control(OP_PONG, ascii('p')); // staged, never taken: the session sends none while busy
    const b = take(enc, enc.next(payload.subarray(3)));
    expect(toHex(Buffer.concat([a.bytes, b.bytes]))).toBe(toHex(encodeFrame(0x2, true, payload, mask)));
  });

  it('refuses a payload over 125 bytes with 100', () => {
    expect(() => new FrameEncoder().control(OP_PONG, new Uint8Array(126))).toThrow(
      expect.objectContaining({ code: 100, message: '[WS] given PONG frame is too big' }),
    );
  });
});

describe('flagsToOpcode (M20, M21)', () => {
  it.each([
    ['TEXT', CURLWS_TEXT, false, 0x81, false],
    ['TEXT in a message: final continuation', CURLWS_TEXT, true, 0x80, false],
    ['TEXT|CONT: first fragment', CURLWS_TEXT | CURLWS_CONT, false, 0x01, true],
    ['TEXT|CONT in a message: middle fragment', CURLWS_TEXT | CURLWS_CONT, true, 0x00, true],
    ['BINARY', CURLWS_BINARY, false, 0x82, false],
    ['BINARY|CONT', CURLWS_BINARY | CURLWS_CONT, false, 0x02, true],
    ['BINARY in a message', CURLWS_BINARY, true, 0x80, false],
    ['CLOSE', CURLWS_CLOSE, false, 0x88, false],
    ['PING', CURLWS_PING, false, 0x89, false],
    ['PONG', CURLWS_PONG, false, 0x8a, false],
    ['PING inside a message keeps it open', CURLWS_PING, true, 0x89, true],
    ['0 in a message: final continuation', 0, true, 0x80, false],
    ['CONT alone in a message: middle continuation', CURLWS_CONT, true, 0x00, true],
    ['OFFSET is ignored', CURLWS_TEXT | CURLWS_OFFSET, false, 0x81, false],
  ])('%s', (_name, flags, open, firstByte, openAfter) => {
    const r = flagsToOpcode(flags, open);
    expect(r.firstByte).toBe(firstByte);
    expect(r.fragmentOpen).toBe(openAfter);
  });

  it('notes the discouraged CONT-only form', () => {
    expect(flagsToOpcode(CURLWS_CONT, true).info).toMatch(/^\[WS\] setting CURLWS_CONT flag without message type/);
  });

  it.each([
    ['no flags outside a message', 0, false, '[WS] no flags given'],
    ['CONT alone outside a message', CURLWS_CONT, false, '[WS] No ongoing fragmented message to continue'],
    ['CLOSE|CONT', CURLWS_CLOSE | CURLWS_CONT, false, '[WS] CLOSE frame must not be fragmented'],
    ['PING|CONT', CURLWS_PING | CURLWS_CONT, false, '[WS] PING frame must not be fragmented'],
    ['PONG|CONT', CURLWS_PONG | CURLWS_CONT, true, '[WS] PONG frame must not be fragmented'],
    ['TEXT|BINARY', CURLWS_TEXT | CURLWS_BINARY, false, '[WS] unknown flags: 3'],
    ['TEXT|BINARY|OFFSET', CURLWS_TEXT | CURLWS_BINARY | CURLWS_OFFSET, false, '[WS] unknown flags: 23'],
    ['PING|PONG', CURLWS_PING | CURLWS_PONG, false, '[WS] unknown flags: 50'],
  ])('refuses %s with 43', (_name, flags, open, text) => {
    expect(() => flagsToOpcode(flags, open)).toThrow(expect.objectContaining({ code: 43, message: text }));
  });

  it.each([
    [CURLWS_PING, 'PING'],
    [CURLWS_PONG, 'PONG'],
    [CURLWS_CLOSE, 'CLOSE'],
  ])('refuses a control frame (flags %i) over 125 bytes with 100', (flags, name) => {
    expect(flagsToOpcode(flags, false, 125).firstByte & 0x80).toBe(0x80);
    expect(() => flagsToOpcode(flags, false, 126)).toThrow(
      expect.objectContaining({ code: 100, message: `[WS] given ${name} frame is too big` }),
    );
  });

  it('lets data frames be any length', () => {
    expect(flagsToOpcode(CURLWS_BINARY, false, 1 << 20).firstByte).toBe(0x82);
  });
});

describe('constants and handshake helpers', () => {
  it('has libcurl values for the flags and options', () => {
    expect([CURLWS_TEXT, CURLWS_BINARY, CURLWS_CONT, CURLWS_CLOSE, CURLWS_PING, CURLWS_OFFSET, CURLWS_PONG]).toEqual([
      1, 2, 4, 8, 16, 32, 64,
    ]);
    expect([CURLWS_RAW_MODE, CURLWS_NOAUTOPONG]).toEqual([1, 2]);
  });

  it('computes the RFC 6455 section 1.3 accept value', () => {
    expect(expectedAccept('dGhlIHNhbXBsZSBub25jZQ==')).toBe('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
  });

  it('makes keys of 16 random bytes in base64', () => {
    const a = makeKey();
    const b = makeKey();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(Buffer.from(a, 'base64').length).toBe(16);
    expect(a).not.toBe(b);
  });

  it('draws 4 fresh mask bytes per frame, across pool refills', () => {
    const dst = new Uint8Array(8).fill(0xee);
    drawMask(dst.subarray(2, 6));
    expect([dst[0], dst[1], dst[6], dst[7]]).toEqual([0xee, 0xee, 0xee, 0xee]);
    const seen = new Set<string>();
    for (let i = 0; i < 3000; i++) seen.add(toHex(freshMask()));
    // 3000 draws from 2^32 values: a repeat is a one-in-a-thousand event, two are not expected.
    expect(seen.size).toBeGreaterThanOrEqual(2998);
  });
});


describe('server frames from the test helper', () => {
  it('match hand-written hex', () => {
    expect(toHex(serverFrame(0x81, ascii('Hello')))).toBe('810548656c6c6f');
    expect(toHex(serverFrame(0x82, new Uint8Array(126)).subarray(0, 4))).toBe('827e007e');
  });
});

describe('FrameDecoder.readable (for wait on buffered frames)', () => {
  it.each([
    ['valid frames', '81 02 6869  82 7e 0003 616263  82 00  82 7f 0000000000000001 7a  01 01 61  80 00'],
    ['a PONG with a 64-bit length', '81 02 6869  8a 7f 0000000000000001 7a'],
    ['a masked frame', '82 80 01020304'],
    ['a bad first byte', '81 00 c1 00'],
    ['a 64-bit length with the top bit', '82 7f 80'],
  ])('is true exactly when recv would not answer AGAIN: %s', (_name, bytes) => {
    const wire = hex(bytes);
    for (let cut = 0; cut <= wire.length; cut++) {
      const dec = new FrameDecoder();
      dec.push(wire.subarray(0, cut));
      for (let step = 0; step < 10; step++) {
        const readable = dec.readable;
        const r = dec.recv(new Uint8Array(1), { autoPong: false });
        expect(readable, `cut ${cut} step ${step}`).toBe(r.code !== 81);
        if (r.code === 81) break;
      }
    }
  });

  it('is true after a failure', () => {
    const dec = new FrameDecoder();
    dec.push(hex('83 00'));
    dec.recv(new Uint8Array(1));
    expect(dec.readable).toBe(true);
  });
});
