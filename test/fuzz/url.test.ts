// URL parsing (runtime/url.ts, libcurl's urlapi rules): any string gives a ParsedUrl or
// CurlError(3) "URL rejected: ...", never another exception; known-bad URLs give 3.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CurlError } from '../../runtime/base/error.js';
import { parseUrl } from '../../runtime/core/url.js';
import { longTimeouts, RUNS } from './runs.js';

longTimeouts();

function outcome(url: string): number {
  try {
    const u = parseUrl(url);
    expect(typeof u.host).toBe('string');
    expect(u.host.length).toBeGreaterThan(0);
    expect(u.port === null || (Number.isInteger(u.port) && u.port >= 0 && u.port <= 65535)).toBe(true);
    expect(u.path.startsWith('/')).toBe(true);
    return 0;
  } catch (err) {
    if (!(err instanceof CurlError)) throw err;
    expect(err.code).toBe(3);
    expect(err.message).toMatch(/^URL rejected: /);
    return 3;
  }
}

const piece = fc.constantFrom(
  'http', 'https', 'HTTP', 'ws', 'wss', 'ftp', 'x+y-z.1', ':', '://', '/', '//', '///', '////', '?', '#', '@', ':@', 'user:pw@',
  '[', ']', '[::1]', '[fe80::1%25eth0]', '[::1', '%', '%2', '%41', '%00', '%0a', '127.0.0.1', '0x7f.1', '1.2.3.4.5', '0177.0.0.01',
  'localhost', 'example', '.', '..', '/../', '/./', ':80', ':65535', ':65536', ':-1', ':8o', ' ', '\t', '\r', '\n', '\u0000',
  '\u00e9', '\u{1F600}', '\\', '{', '}', '*', 'a',
);
const urlArb = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.webUrl({ withFragments: true, withQueryParameters: true }),
  fc.array(piece, { maxLength: 20 }).map((a) => a.join('')),
);

describe('parseUrl', () => {
  it('gives a ParsedUrl or CurlError(3) for any string', () => {
    fc.assert(
      fc.property(urlArb, (url) => {
        outcome(url);
      }),
      { numRuns: RUNS },
    );
  });

  it('rejects a URL with a control byte or space anywhere in it', () => {
    fc.assert(
      fc.property(fc.webUrl(), fc.nat(), fc.constantFrom('\r', '\n', '\u0000', '\t', ' ', '\u007f', '\r\nX-Injected: 1'), (url, at, junk) => {
        const i = at % (url.length + 1);
        expect(outcome(url.slice(0, i) + junk + url.slice(i))).toBe(3);
      }),
      { numRuns: RUNS },
    );
  });

  const bad = [
    '',
    'http:////h',
    'http://',
    'http:///',
    'http://h:65536/',
    'http://h:80x/',
    'http://h:-1/',
    'http://[::1/',
    'http://[::1]x/',
    'http://[zz::1]/',
    'http://h st/',
    'http://h/\r\nX: 1',
    'http://h/\n',
    'http://a\u0000b/',
    'http://@/',
    'http://:80/',
    'http://h%/',
    'http://h%zz/',
    'http://a"b/',
    'http://a<b>/',
  ];
  it.each(bad)('rejects %j with 3', (url) => {
    expect(outcome(url)).toBe(3);
  });
});
