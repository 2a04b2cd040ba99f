// Byte-level tests of the HTTP/1 response-head parser (runtime/http/head.ts).
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { CurlError } from '../../runtime/base/error.js';
import {
  CURL_MAX_HTTP_HEADER,
  DYN_PROXY_CONNECT_HEADERS,
  HeadError,
  MAX_HTTP_RESP_HEADER_SIZE,
  ResponseHeadParser,
  type HeadResult,
  type ResponseHeadOptions,
} from '../../runtime/http/head.js';
import { getHeader, hasToken, headerHasToken, headerValues } from '../../runtime/http/headers.js';

const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
const text = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

/** What a head looks like as plain data, lines and leftover as strings. */
function plain(h: HeadResult) {
  return { ...h, lines: h.lines.map(text), leftover: text(h.leftover) };
}

/** Parses `input` pushed in the given pieces; returns the heads (following 1xx) or the error. */
function parse(pieces: string[], opts?: ResponseHeadOptions): { heads: ReturnType<typeof plain>[]; rest: string } | CurlError {
  const p = new ResponseHeadParser(opts);
  const heads: ReturnType<typeof plain>[] = [];
  let rest = '';
  try {
    for (const piece of pieces) {
      let chunk = bytes(piece);
      for (;;) {
        const h = p.push(chunk);
        if (!h) break;
        heads.push(plain(h));
        if (h.status >= 200 || h.status === 0) {
          rest += text(h.leftover);
          chunk = new Uint8Array(0);
          break;
        }
        chunk = h.leftover;
      }
      if (heads.length && (heads[heads.length - 1].status >= 200 || heads[heads.length - 1].status === 0)) {
        rest += pieces.slice(pieces.indexOf(piece) + 1).join('');
        break;
      }
    }
  } catch (err) {
    if (err instanceof CurlError) return err;
    throw err;
  }
  return { heads, rest };
}

const RESPONSE =
  'HTTP/1.1 200 OK\r\n' +
  'Content-Type: text/plain\r\n' +
  'Set-Cookie: a=1\r\n' +
  'X-Folded: first\r\n' +
  ' \t second \r\n' +
  '\tthird\r\n' +
  'set-cookie: b=2\r\n' +
  'Empty:\r\n' +
  '\r\n' +
  'body';

const RESPONSE_HEAD = {
  status: 200,
  version: '1.1',
  reason: 'OK',
  headers: [
    ['Content-Type', 'text/plain'],
    ['Set-Cookie', 'a=1'],
    ['X-Folded', 'first second third'],
    ['set-cookie', 'b=2'],
    ['Empty', ''],
  ],
  lines: [
    'HTTP/1.1 200 OK\r\n',
    'Content-Type: text/plain\r\n',
    'Set-Cookie: a=1\r\n',
    'X-Folded: first second third\r\n',
    'set-cookie: b=2\r\n',
    'Empty:\r\n',
    '\r\n',
  ],
  size: 117,
  leftover: 'body',
};

describe('ResponseHeadParser', () => {
  it('parses status line, headers, lines, size and leftover', () => {
    const p = new ResponseHeadParser();
    const h = p.push(bytes(RESPONSE));
    expect(h).not.toBeNull();
    expect(plain(h as HeadResult)).toEqual(RESPONSE_HEAD);
    expect((h as HeadResult).size).toBe((h as HeadResult).lines.reduce((n, l) => n + l.length, 0));
  });

  it('gives the same head for a split at every byte position', () => {
    for (let cut = 0; cut <= RESPONSE.length; cut++) {
      const r = parse([RESPONSE.slice(0, cut), RESPONSE.slice(cut)]);
      expect(r, `cut at ${cut}`).not.toBeInstanceOf(CurlError);
      const { heads, rest } = r as { heads: ReturnType<typeof plain>[]; rest: string };
      expect(heads.length).toBe(1);
      expect({ ...heads[0], leftover: rest }, `cut at ${cut}`).toEqual(RESPONSE_HEAD);
    }
  });

  it('gives the same head fed one byte at a time, returning null until the blank line', () => {
    const p = new ResponseHeadParser();
    const all = bytes(RESPONSE);
    const end = RESPONSE.indexOf('\r\n\r\n') + 4;
    for (let i = 0; i < end - 1; i++) expect(p.push(all.subarray(i, i + 1))).toBeNull();
    const h = p.push(all.subarray(end - 1)) as HeadResult;
    expect(plain(h)).toEqual(RESPONSE_HEAD);
  });

  it('accepts bare LF line endings and keeps them in the lines', () => {
    const h = new ResponseHeadParser().push(bytes('HTTP/1.0 404 Not Found\nA: 1\nB:2\n\nrest')) as HeadResult;
    expect(plain(h)).toMatchObject({
      status: 404,
      version: '1.0',
      reason: 'Not Found',
      headers: [
        ['A', '1'],
        ['B', '2'],
      ],
      lines: ['HTTP/1.0 404 Not Found\n', 'A: 1\n', 'B:2\n', '\n'],
      size: 33,
      leftover: 'rest',
    });
  });

  it('accepts a status line without reason phrase', () => {
    const h = new ResponseHeadParser().push(bytes('HTTP/1.1 204\r\n\r\n')) as HeadResult;
    expect([h.status, h.reason]).toEqual([204, '']);
  });

  it('joins obs-fold lines the way libcurl does, also across pushes', () => {
    const r = parse(['HTTP/1.1 200 OK\r\nA: x  \r\n', '   y\r\n', '\tz\r\nB: 2\r\n\r\n']);
    expect(r).not.toBeInstanceOf(CurlError);
    const h = (r as { heads: ReturnType<typeof plain>[] }).heads[0];
    expect(h.lines).toEqual(['HTTP/1.1 200 OK\r\n', 'A: x y z\r\n', 'B: 2\r\n', '\r\n']);
    expect(h.headers).toEqual([
      ['A', 'x y z'],
      ['B', '2'],
    ]);
  });

  it('returns a 1xx head, then the final head from the leftover of one buffer', () => {
    const p = new ResponseHeadParser();
    const first = p.push(bytes('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi')) as HeadResult;
    expect([first.status, first.reason, first.lines.map(text)]).toEqual([100, 'Continue', ['HTTP/1.1 100 Continue\r\n', '\r\n']]);
    const second = p.push(first.leftover) as HeadResult;
    expect([second.status, second.headers]).toEqual([103, [['Link', '</a>']]]);
    const final = p.push(second.leftover) as HeadResult;
    expect([final.status, getHeader(final.headers, 'content-length'), text(final.leftover)]).toEqual([200, '2', 'hi']);
    expect(final.size).toBe('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n'.length);
  });

  it('leaves an empty leftover when the head ends the chunk', () => {
    const h = new ResponseHeadParser().push(bytes('HTTP/1.1 200 OK\r\n\r\n')) as HeadResult;
    expect(h.leftover.length).toBe(0);
  });
});

describe('header helpers', () => {
  const headers: [string, string][] = [
    ['Set-Cookie', 'a=1'],
    ['Connection', 'keep-alive, Upgrade'],
    ['set-cookie', 'b=2'],
  ];
  it('finds the first value without regard to case', () => {
    expect(getHeader(headers, 'SET-COOKIE')).toBe('a=1');
    expect(getHeader(headers, 'X-None')).toBeUndefined();
  });
  it('lists repeated values in order', () => {
    expect(headerValues(headers, 'set-cookie')).toEqual(['a=1', 'b=2']);
    expect(headerValues(headers, 'x')).toEqual([]);
  });
  it('finds tokens in comma lists', () => {
    expect(headerHasToken(headers, 'connection', 'upgrade')).toBe(true);
    expect(headerHasToken(headers, 'connection', 'close')).toBe(false);
  });
  it('matches whole tokens only, as Curl_compareheader (closed is not close)', () => {
    expect(hasToken('close', 'close')).toBe(true);
    expect(hasToken(' Keep-Alive ,  CLOSE ', 'close')).toBe(true);
    expect(hasToken('closed', 'close')).toBe(false);
    expect(hasToken('keep-closed', 'close')).toBe(false);
    expect(hasToken('xclose, keep-alive', 'close')).toBe(false);
  });
});

describe('ResponseHeadParser: malformed heads (lib/http.c texts)', () => {
  it.each([
    ['not HTTP on a fresh connection', 'garbage\r\n\r\n', {}, 1, 'Received HTTP/0.9 when not allowed'],
    ['not HTTP on a reused connection', 'garbage\r\n\r\n', { reused: true }, 8, 'Invalid status line'],
    ['an unknown HTTP/1 minor version', 'HTTP/1.2 200 OK\r\n\r\n', {}, 1, 'Unsupported HTTP/1 subversion in response'],
    ['HTTP/1.1 without a code', 'HTTP/1.1 OK\r\n\r\n', {}, 1, 'Unsupported HTTP/1 subversion in response'],
    ['an unknown major version', 'HTTP/4 200 OK\r\n\r\n', {}, 1, 'Unsupported HTTP version in response'],
    ['an HTTP/2 status line', 'HTTP/2 200 \r\n\r\n', {}, 8, 'Version mismatch (from HTTP/1 to HTTP/2)'],
    ['a four-digit code', 'HTTP/1.1 2000 OK\r\n\r\n', {}, 1, 'Unsupported response code in HTTP response'],
    ['a code under 100', 'HTTP/1.1 099 Odd\r\n\r\n', {}, 1, 'Unsupported response code in HTTP response'],
    ['a header without colon', 'HTTP/1.1 200 OK\r\nNoColonHere\r\n\r\n', {}, 8, 'Header without colon'],
    ['a fold right after the status line', 'HTTP/1.1 200 OK\r\n b\r\n\r\n', {}, 8, 'Header without colon'],
    ['a NUL in a header', 'HTTP/1.1 200 OK\r\nA: x\0y\r\n\r\n', {}, 8, 'Nul byte in header'],
  ])('fails on %s', (_name, input, opts, code, message) => {
    const r = parse([input], opts as ResponseHeadOptions);
    expect(r).toBeInstanceOf(HeadError);
    expect(r).toMatchObject({ code, message });
  });

  it('fails on a non-HTTP answer after five bytes, before any line end', () => {
    const p = new ResponseHeadParser();
    expect(p.push(bytes('HTTP'))).toBeNull();
    expect(() => new ResponseHeadParser().push(bytes('HTTPX'))).toThrow('Received HTTP/0.9 when not allowed');
    expect(() => new ResponseHeadParser().push(bytes('<html>'))).toThrow(expect.objectContaining({ kind: 'not-http', code: 1 }));
  });

  it('fails on a non-HTTP final answer after a 1xx with 8', () => {
    const p = new ResponseHeadParser();
    const h = p.push(bytes('HTTP/1.1 100 Continue\r\n\r\nJUNK')) as HeadResult;
    expect(() => p.push(h.leftover)).toThrow(expect.objectContaining({ code: 8, message: 'Invalid status line' }));
  });
});

describe('ResponseHeadParser: limits', () => {
  it('has libcurl 8.22 defaults', () => {
    expect([MAX_HTTP_RESP_HEADER_SIZE, CURL_MAX_HTTP_HEADER, DYN_PROXY_CONNECT_HEADERS]).toEqual([307200, 102400, 16384]);
  });

  it('fails headers over 300 KiB with 56 and the size at that line end (curl test 497)', () => {
    // curl's test 497: eight fixed header lines, then 1750 lines of 180 bytes with bare LF.
    const line = 'Repeat-this-Header-a-large-number-of-times: Dorothy lived in the midst of the great Kansas prairies, with Uncle Henry, who was a farmer, and Aunt Em, who was the farmer\u2019s wife.\n';
    const lineBytes = Buffer.byteLength(line, 'utf8');
    const headStart =
      'HTTP/1.1 200 OK\nDate: Tue, 09 Nov 2010 14:49:00 GMT\nServer: test-server/fake\n' +
      'Last-Modified: Tue, 13 Jun 2000 12:10:00 GMT\nETag: "21025-dc7-39462498"\nAccept-Ranges: bytes\n' +
      'Content-Length: 6\nConnection: close\nContent-Type: text/html\n';
    const p = new ResponseHeadParser();
    expect(p.push(bytes(headStart))).toBeNull();
    const enc = new Uint8Array(Buffer.from(line, 'utf8'));
    let pushed = 0;
    let err: unknown;
    for (; pushed < 1750 && !err; pushed++) {
      try {
        p.push(enc);
      } catch (e) {
        err = e;
      }
    }
    // Each line is counted when the next byte shows it is not folded: the push of line 1716
    // completes line 1715, which brings the total to curl's 307215.
    expect(lineBytes).toBe(179);
    expect(pushed).toBe(1716);
    expect(err).toMatchObject({ code: 56, kind: 'head-too-large', message: 'Too large response headers: 307215 > 307200' });
  });

  it('counts 1xx heads into the limit', () => {
    const p = new ResponseHeadParser({ maxHeaderBytes: 60 });
    const h = p.push(bytes('HTTP/1.1 100 Continue\r\n\r\n')) as HeadResult; // 25 bytes
    expect(h.status).toBe(100);
    expect(p.push(bytes('HTTP/1.1 200 OK\r\n'))).toBeNull(); // 42
    expect(p.push(bytes('X-Long: 12345678901\r\n'))).toBeNull(); // counted when the next byte comes
    expect(() => p.push(bytes('\r\n'))).toThrow('Too large response headers: 63 > 60');
  });

  it('takes a head of exactly the limit', () => {
    const head = 'HTTP/1.1 200 OK\r\nA: b\r\n\r\n';
    expect(new ResponseHeadParser({ maxHeaderBytes: head.length }).push(bytes(head))?.status).toBe(200);
    expect(() => new ResponseHeadParser({ maxHeaderBytes: head.length - 1 }).push(bytes(head))).toThrow(HeadError);
  });

  it('fails a line of 100 KiB with CURLE_TOO_LARGE and never buffers past the limit', () => {
    const p = new ResponseHeadParser();
    expect(p.push(bytes('HTTP/1.1 200 OK\r\nLong: '))).toBeNull();
    const piece = new Uint8Array(1000).fill(0x41);
    let err: unknown;
    let maxBuffered = 0;
    for (let i = 0; i < 200 && !err; i++) {
      try {
        p.push(piece);
      } catch (e) {
        err = e;
      }
      maxBuffered = Math.max(maxBuffered, p.buffered);
    }
    expect(err).toMatchObject({ code: 100, kind: 'line-too-long', message: 'A value or data field grew larger than allowed' });
    expect(maxBuffered).toBeLessThan(CURL_MAX_HTTP_HEADER);
  });

  it('takes a line one byte shorter than the line limit (curl test 1154 is one byte over)', () => {
    const ok = 'HTTP/1.1 200 OK\r\nLong: ' + 'A'.repeat(CURL_MAX_HTTP_HEADER - 9) + '\r\n\r\n';
    expect(new ResponseHeadParser().push(bytes(ok))?.status).toBe(200);
    const over = 'HTTP/1.1 200 OK\r\nLong: ' + 'A'.repeat(CURL_MAX_HTTP_HEADER - 8) + '\r\n\r\n';
    expect(() => new ResponseHeadParser().push(bytes(over))).toThrow(expect.objectContaining({ code: 100 }));
  });
});

describe('ResponseHeadParser: CONNECT responses (lib/cf-h1-proxy.c)', () => {
  const connect = { connect: true };

  it('parses a 200 with the lines for the header callback', () => {
    const h = new ResponseHeadParser(connect).push(bytes('HTTP/1.1 200 Connection established\r\n\r\n\x16\x03')) as HeadResult;
    expect(plain(h)).toMatchObject({ status: 200, reason: 'Connection established', lines: ['HTTP/1.1 200 Connection established\r\n', '\r\n'], leftover: '\x16\x03' });
  });

  it.each([
    ['garbage', 'garbage\r\n\r\n'],
    ['a four-digit code', 'HTTP/1.1 2000 OK\r\n\r\n'],
    ['no code', 'HTTP/1.1\r\nX: 200\r\n\r\n'],
    ['HTTP/2', 'HTTP/2 200\r\n\r\n'],
  ])('gives status 0 for %s instead of failing', (_name, input) => {
    const h = new ResponseHeadParser(connect).push(bytes(input)) as HeadResult;
    expect(h.status).toBe(0);
  });

  it('ends at a blank first line with status 0', () => {
    const h = new ResponseHeadParser(connect).push(bytes('\r\nHTTP/1.1 200 OK\r\n\r\n')) as HeadResult;
    expect([h.status, text(h.leftover)]).toEqual([0, 'HTTP/1.1 200 OK\r\n\r\n']);
  });

  it('keeps lines without colon in lines but not in headers', () => {
    const h = new ResponseHeadParser(connect).push(bytes('HTTP/1.0 407 Auth\r\nodd line\r\nProxy-Authenticate: Basic\r\n\r\n')) as HeadResult;
    expect([h.status, h.version, h.headers, h.lines.length]).toEqual([407, '1.0', [['Proxy-Authenticate', 'Basic']], 4]);
  });

  it('fails a line of 16384 bytes with 56 "CONNECT response too large" and takes 16383', () => {
    const ok = 'HTTP/1.1 200 OK\r\nX: ' + 'a'.repeat(DYN_PROXY_CONNECT_HEADERS - 6) + '\r\n\r\n';
    expect(new ResponseHeadParser(connect).push(bytes(ok))?.status).toBe(200);
    const over = 'HTTP/1.1 200 OK\r\nX: ' + 'a'.repeat(DYN_PROXY_CONNECT_HEADERS - 5) + '\r\n\r\n';
    expect(() => new ResponseHeadParser(connect).push(bytes(over))).toThrow(
      expect.objectContaining({ code: 56, message: 'CONNECT response too large' }),
    );
  });

  it('fails too large CONNECT headers with the same text as responses', () => {
    const p = new ResponseHeadParser({ connect: true, maxHeaderBytes: 40 });
    expect(() => p.push(bytes('HTTP/1.1 200 OK\r\nA: 1\r\nB: 2222222222222\r\n\r\n'))).toThrow('Too large response headers: 41 > 40');
  });
});
