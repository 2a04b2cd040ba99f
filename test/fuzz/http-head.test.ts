// The HTTP/1 response-head parser: CONNECT mode never throws anything but CurlError and keeps its
// memory within the limits; on valid generated responses it agrees with a reference parse.
import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CurlError } from '../../runtime/base/error.js';
import { DYN_PROXY_CONNECT_HEADERS, ResponseHeadParser, type HeadResult } from '../../runtime/http/head.js';
import { cutsArb, longTimeouts, RUNS, split } from './runs.js';

longTimeouts();

/** Pushes every piece, following heads through their leftovers; returns the heads. */
function drain(p: ResponseHeadParser, pieces: Uint8Array[], onPush: () => void = () => {}, first = false): HeadResult[] {
  const heads: HeadResult[] = [];
  for (const piece of pieces) {
    let chunk = piece;
    for (;;) {
      const h = p.push(chunk);
      onPush();
      if (!h) break;
      heads.push(h);
      if (first) return heads;
      chunk = h.leftover;
    }
  }
  return heads;
}

describe('CONNECT response parse', () => {
  const piece = fc.oneof(
    fc.constantFrom(
      'HTTP/1.1 200 Connection established\r\n', 'HTTP/1.0 407 Proxy Authentication Required\r\n', 'HTTP/1.1 100 Continue\r\n',
      'HTTP/2 200\r\n', 'HTTP/1.1 abc\r\n', 'Proxy-Authenticate: Basic realm="x"\r\n', 'Content-Length: 3\r\n',
      'Transfer-Encoding: chunked\r\n', 'Connection: close\r\n', ' fold\r\n', '\r\n', '\n', '\r', ':', '\0', 'HTTP/',
    ),
    fc.string({ maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
  );
  const input = fc.oneof(
    fc.array(piece, { maxLength: 30 }).map((a) => new Uint8Array(Buffer.from(a.join(''), 'latin1'))),
    fc.uint8Array({ maxLength: 400 }),
  );
  const opts = fc.record({
    maxHeaderBytes: fc.oneof(fc.integer({ min: 1, max: 400 }), fc.constant(undefined)),
    maxLineBytes: fc.oneof(fc.integer({ min: 1, max: 120 }), fc.constant(undefined)),
    reused: fc.boolean(),
  });

  it('gives heads, null or a CurlError, with buffered bytes below the line limit', () => {
    fc.assert(
      fc.property(input, cutsArb, opts, (data, cuts, o) => {
        const options = { connect: true, reused: o.reused, ...(o.maxHeaderBytes ? { maxHeaderBytes: o.maxHeaderBytes } : {}), ...(o.maxLineBytes ? { maxLineBytes: o.maxLineBytes } : {}) };
        const lineLimit = o.maxLineBytes ?? DYN_PROXY_CONNECT_HEADERS;
        const p = new ResponseHeadParser(options);
        let total = 0;
        try {
          const heads = drain(p, split(data, cuts), () => {
            if (p.buffered >= lineLimit) throw new Error(`buffered ${p.buffered} >= ${lineLimit}`);
          });
          for (const h of heads) {
            total += h.size;
            expect(h.status).toBeGreaterThanOrEqual(0);
            expect(h.status).toBeLessThanOrEqual(999);
          }
        } catch (err) {
          if (!(err instanceof CurlError)) throw err;
          expect([1, 7, 8, 56, 100]).toContain(err.code);
        }
        if (o.maxHeaderBytes) expect(total).toBeLessThanOrEqual(o.maxHeaderBytes);
      }),
      { numRuns: RUNS },
    );
  });

  it('holds a stream of endless header lines to the limit (56, not unbounded memory)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 50, max: 2000 }), (len, max) => {
        const p = new ResponseHeadParser({ connect: true, maxHeaderBytes: max });
        const line = new Uint8Array(Buffer.from(`X-${'a'.repeat(len)}: b\r\n`, 'latin1'));
        let err: unknown = null;
        try {
          p.push(new Uint8Array(Buffer.from('HTTP/1.1 200 OK\r\n', 'latin1')));
          for (let i = 0; i < 10 * max; i++) {
            p.push(line);
            expect(p.buffered).toBeLessThan(DYN_PROXY_CONNECT_HEADERS);
          }
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(CurlError);
        expect((err as CurlError).code).toBe(56);
      }),
      { numRuns: Math.min(RUNS, 2000) },
    );
  });
});

describe('agreement with a reference parse on valid responses', () => {
  const tchar = fc.constantFrom(...'!#$%&\'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
  const name = fc.array(tchar, { minLength: 1, maxLength: 20 }).map((a) => a.join(''));
  // field-value: visible ASCII and obs-text with single inner spaces; no leading/trailing blanks.
  const vchar = fc.integer({ min: 0x21, max: 0xff }).filter((c) => c !== 0x7f).map((c) => String.fromCharCode(c));
  const value = fc
    .array(fc.array(vchar, { minLength: 1, maxLength: 10 }).map((a) => a.join('')), { maxLength: 4 })
    .map((words) => words.join(' '));
  const ows = fc.constantFrom('', ' ', '  ', '\t', ' \t');
  const field = fc.record({ name, value, before: ows, after: ows });
  const reason = fc.oneof(fc.constant(''), fc.array(fc.constantFrom(...'OK Not Found abc'.split('')), { maxLength: 20 }).map((a) => a.join('').trim()));
  const response = fc.record({
    version: fc.constantFrom('1.0' as const, '1.1' as const),
    status: fc.integer({ min: 200, max: 599 }),
    reason,
    fields: fc.array(field, { maxLength: 12 }),
    eol: fc.constantFrom('\r\n', '\n'),
    body: fc.string({ maxLength: 20 }),
  });

  it('status, version, reason and headers match, for any split and connect mode', () => {
    fc.assert(
      fc.property(response, cutsArb, fc.boolean(), (r, cuts, connect) => {
        const lines = [`HTTP/${r.version} ${r.status}${r.reason ? ' ' + r.reason : ''}${r.eol}`];
        for (const f of r.fields) lines.push(`${f.name}:${f.before}${f.value}${f.after}${r.eol}`);
        lines.push(r.eol);
        const head = lines.join('');
        const wire = new Uint8Array(Buffer.from(head + r.body, 'latin1'));
        const heads = drain(new ResponseHeadParser({ connect }), split(wire, cuts), undefined, true);
        expect(heads.length).toBe(1);
        const h = heads[0];
        // The reference: the fields as generated (values without surrounding OWS, RFC 9112 5.1).
        expect(h.status).toBe(r.status);
        if (!connect) {
          expect(h.version).toBe(r.version);
          expect(h.reason).toBe(r.reason);
          expect(h.headers).toEqual(r.fields.map((f) => [f.name, f.value]));
        }
        expect(h.size).toBe(head.length);
        expect(h.lines.map((l) => Buffer.from(l).toString('latin1')).join('')).toBe(head);
      }),
      { numRuns: RUNS },
    );
  });
});
