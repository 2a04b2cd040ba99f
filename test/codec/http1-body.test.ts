// Byte-level tests of HTTP/1 body delimitation and decoding (runtime/http/body.ts).
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { BodyDecoder, bodyMode, type BodyMode } from '../../runtime/http/body.js';

const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
const text = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

/** Runs pieces through a decoder and joins what came out. */
function decode(mode: BodyMode, pieces: string[]): { body: string; trailers: string[]; done: boolean; leftover: string } {
  const dec = new BodyDecoder(mode);
  let body = '';
  let leftover = '';
  const trailers: string[] = [];
  let done = false;
  for (const piece of pieces) {
    const r = dec.push(bytes(piece));
    body += r.data.map(text).join('');
    trailers.push(...r.trailers.map(text));
    leftover += text(r.leftover);
    done = r.done;
    expect(r.done).toBe(dec.done);
  }
  return { body, trailers, done, leftover };
}

describe('bodyMode (RFC 9112 section 6.3)', () => {
  const h = (...pairs: string[]): [string, string][] => {
    const out: [string, string][] = [];
    for (let i = 0; i < pairs.length; i += 2) out.push([pairs[i], pairs[i + 1]]);
    return out;
  };
  it.each([
    ['HEAD', 200, h('Content-Length', '10'), 'HEAD', { kind: 'none' }],
    ['204', 204, h('Content-Length', '10'), 'GET', { kind: 'none' }],
    ['304', 304, h('Transfer-Encoding', 'chunked'), 'GET', { kind: 'none' }],
    ['1xx', 101, h(), 'GET', { kind: 'none' }],
    ['2xx to CONNECT', 200, h('Content-Length', '10'), 'CONNECT', { kind: 'none' }],
    ['407 to CONNECT', 407, h('Content-Length', '4'), 'CONNECT', { kind: 'length', length: 4 }],
    ['chunked', 200, h('Transfer-Encoding', 'chunked'), 'GET', { kind: 'chunked' }],
    ['chunked, any case', 200, h('transfer-encoding', 'Chunked'), 'GET', { kind: 'chunked' }],
    ['gzip, chunked', 200, h('Transfer-Encoding', 'gzip, chunked'), 'GET', { kind: 'chunked' }],
    ['chunked over two fields', 200, h('Transfer-Encoding', 'gzip', 'Transfer-Encoding', 'chunked'), 'GET', { kind: 'chunked' }],
    ['chunked not last', 200, h('Transfer-Encoding', 'chunked, gzip'), 'GET', { kind: 'close' }],
    ['TE wins over Content-Length', 200, h('Content-Length', '3', 'Transfer-Encoding', 'chunked'), 'POST', { kind: 'chunked' }],
    ['Content-Length', 200, h('Content-Length', '42'), 'GET', { kind: 'length', length: 42 }],
    ['Content-Length 0', 200, h('Content-Length', ' 0 '), 'GET', { kind: 'length', length: 0 }],
    ['equal repeated values', 200, h('Content-Length', '5', 'content-length', '5'), 'GET', { kind: 'length', length: 5 }],
    ['an equal list', 200, h('Content-Length', '5, 5'), 'GET', { kind: 'length', length: 5 }],
    ['too big for curl_off_t', 200, h('Content-Length', '9223372036854775808'), 'GET', { kind: 'close' }],
    ['nothing', 200, h('Content-Type', 'text/plain'), 'GET', { kind: 'close' }],
  ])('%s', (_name, status, headers, method, want) => {
    expect(bodyMode(status, headers, method)).toEqual(want);
  });

  it.each([
    ['conflicting fields', ['Content-Length', '5', 'Content-Length', '6']],
    ['a conflicting list', ['Content-Length', '5, 6']],
    ['a negative value', ['Content-Length', '-1']],
    ['rubbish', ['Content-Length', '12abc']],
    ['an empty value', ['Content-Length', '']],
  ])('fails on %s with 8', (_name, pairs) => {
    expect(() => bodyMode(200, [[pairs[0], pairs[1]], ...(pairs.length > 2 ? [[pairs[2], pairs[3]] as [string, string]] : [])], 'GET')).toThrow(
      expect.objectContaining({ code: 8, message: 'Invalid Content-Length: value' }),
    );
  });
});

describe('BodyDecoder: Content-Length and close', () => {
  it('stops at the length and hands back the rest', () => {
    expect(decode({ kind: 'length', length: 5 }, ['hel', 'loHTTP/1.1'])).toEqual({
      body: 'hello',
      trailers: [],
      done: true,
      leftover: 'HTTP/1.1',
    });
  });

  it('hands out views into the pushed chunk, not copies', () => {
    const dec = new BodyDecoder({ kind: 'length', length: 3 });
    const chunk = bytes('abcdef');
    const r = dec.push(chunk);
    expect(r.data[0].buffer).toBe(chunk.buffer);
    expect(r.leftover.buffer).toBe(chunk.buffer);
    expect(text(r.leftover)).toBe('def');
  });

  it('is done at once for a zero length and for no body', () => {
    expect(new BodyDecoder({ kind: 'length', length: 0 }).done).toBe(true);
    const none = new BodyDecoder({ kind: 'none' });
    expect(none.push(bytes('next'))).toMatchObject({ data: [], done: true });
    expect(text(none.push(bytes('next')).leftover)).toBe('next');
  });

  it('fails an early close with 18 and the missing byte count', () => {
    const dec = new BodyDecoder({ kind: 'length', length: 10 });
    dec.push(bytes('1234567'));
    expect(dec.bytesLeft).toBe(3);
    expect(() => dec.finish()).toThrow(expect.objectContaining({ code: 18, message: 'end of response with 3 bytes missing' }));
  });

  it('passes a close-delimited body through until finish', () => {
    const dec = new BodyDecoder({ kind: 'close' });
    expect(text(dec.push(bytes('abc')).data[0])).toBe('abc');
    expect(dec.push(new Uint8Array(0)).data).toEqual([]);
    expect(dec.done).toBe(false);
    dec.finish();
    expect(dec.done).toBe(true);
  });
});

describe('BodyDecoder: chunked (RFC 9112 section 7.1, lib/http_chunks.c)', () => {
  const BODY = '5;name=value;q="x y"\r\nhello\r\n6\r\n world\r\nA\r\n, and more\r\n0\r\nX-Trailer: 1\r\nY:2\r\n\r\nHTTP/1.1 200';
  const WANT = { body: 'hello world, and more', trailers: ['X-Trailer: 1\r\n', 'Y:2\r\n'], done: true, leftover: 'HTTP/1.1 200' };

  it('decodes chunks with extensions and trailers', () => {
    expect(decode({ kind: 'chunked' }, [BODY])).toEqual(WANT);
  });

  it('gives the same result for a split at every byte position', () => {
    for (let cut = 0; cut <= BODY.length; cut++) {
      expect(decode({ kind: 'chunked' }, [BODY.slice(0, cut), BODY.slice(cut)]), `cut at ${cut}`).toEqual(WANT);
    }
  });

  it('gives the same result one byte at a time', () => {
    expect(decode({ kind: 'chunked' }, [...BODY])).toEqual(WANT);
  });

  it('takes bare LF and upper-case hex, and no trailers', () => {
    expect(decode({ kind: 'chunked' }, ['B\nhello world\n0\n\n'])).toEqual({ body: 'hello world', trailers: [], done: true, leftover: '' });
  });

  it('writes bare-LF trailers with CRLF as libcurl does', () => {
    expect(decode({ kind: 'chunked' }, ['0\nA: 1\nB: 2\n\nX']).trailers).toEqual(['A: 1\r\n', 'B: 2\r\n']);
  });

  it('is not done before the final line end', () => {
    expect(decode({ kind: 'chunked' }, ['3\r\nabc\r\n0\r\n\r'])).toMatchObject({ body: 'abc', done: false });
  });

  it.each([
    ['a non-hex size', 'zz\r\n', 'chunk hex-length char not a hex digit: 0x7a'],
    ['an empty size line', '\r\n', 'chunk hex-length char not a hex digit: 0xd'],
    ['17 hex digits', '10000000000000000\r\n', 'chunk hex-length longer than 16'],
    ['a size over curl_off_t', 'FFFFFFFFFFFFFFFF\r\n', "invalid chunk size: 'FFFFFFFFFFFFFFFF'"],
    ['data longer than its size', '3\r\nabcd\r\n', 'Malformed encoding found in chunked-encoding'],
    ['a bad final line end', '0\r\n\rX', 'Malformed encoding found in chunked-encoding'],
    ['a bad trailer line end', '0\r\nA: 1\rX', 'Malformed encoding found in chunked-encoding'],
  ])('fails on %s with 56 and stays failed', (_name, input, message) => {
    const dec = new BodyDecoder({ kind: 'chunked' });
    expect(() => dec.push(bytes(input))).toThrow(expect.objectContaining({ code: 56, message }));
    expect(() => dec.push(bytes('0\r\n\r\n'))).toThrow(expect.objectContaining({ code: 56 }));
  });

  it('fails a trailer line of 4094 bytes with 100 and takes 4093', () => {
    const ok = '0\r\nX: ' + 'a'.repeat(4090) + '\r\n\r\n';
    expect(decode({ kind: 'chunked' }, [ok]).done).toBe(true);
    const dec = new BodyDecoder({ kind: 'chunked' });
    expect(() => dec.push(bytes('0\r\nX: ' + 'a'.repeat(4091) + '\r\n\r\n'))).toThrow(
      expect.objectContaining({ code: 100, message: 'Out of memory in chunked-encoding' }),
    );
  });

  it('fails a close in the middle with 18', () => {
    const dec = new BodyDecoder({ kind: 'chunked' });
    dec.push(bytes('5\r\nhel'));
    expect(() => dec.finish()).toThrow(
      expect.objectContaining({ code: 18, message: 'transfer closed with outstanding read data remaining' }),
    );
  });

  it('hands out views for chunk data', () => {
    const dec = new BodyDecoder({ kind: 'chunked' });
    const chunk = bytes('4\r\ndata\r\n');
    const r = dec.push(chunk);
    expect(r.data.length).toBe(1);
    expect(r.data[0].buffer).toBe(chunk.buffer);
  });
});
