// Issue 13, bodies and headers: ACCEPT_ENCODING with the content decoders (lib/content_encoding.c),
// HTTP_CONTENT_DECODING, FAILONERROR, RANGE, RESUME_FROM(_LARGE), MAXFILESIZE(_LARGE), REFERER,
// AUTOREFERER and NOSIGNAL, through the public API against Node's http server on loopback.
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { CURLE, CURLINFO, Easy } from '../../runtime/index.js';
import { startHttp } from '../multi/peers.js';
import { startFakeProxy, type FakeProxy } from '../peers/fake-proxy.js';
import { capture, cleanupAfterEach, collect, info, listen, set } from './helpers.js';

cleanupAfterEach();

/** 200 kB of text that compresses well but not to nothing. */
const text = Buffer.from(Array.from({ length: 20_000 }, (_, i) => `line ${i}\n`).join(''));

interface Run {
  code: number;
  body: Buffer;
  headers: string[];
  /** The request heads as sent (HEADER_OUT). */
  sent: string[];
  errors: { text: string };
  easy: Easy;
  /** The verbose text lines. */
  log: string[];
}

/** One perform with the options given; the body and header lines are collected. */
async function run(url: string, options: Record<string, unknown>): Promise<Run> {
  const easy = new Easy();
  const errors = { text: '' };
  const log = capture(easy);
  set(easy, 'URL', url);
  set(easy, 'ERRORBUFFER', errors);
  const got = collect(easy);
  for (const [name, value] of Object.entries(options)) expect(set(easy, name, value)).toBe(CURLE.OK);
  const code = await easy.perform();
  const sent = log.events.filter((e) => e.type === 2).map((e) => e.text);
  return { code, body: got.body(), headers: got.headers, sent, errors, easy, log: log.lines() };
}

const headerLines = (head: string): string[] => head.split('\r\n').slice(1).filter((l) => l !== '');

describe('ACCEPT_ENCODING', () => {
  it('"" offers deflate, gzip, br after Accept, and a gzip body arrives decoded', async () => {
    const gz = zlib.gzipSync(text);
    const peer = await startHttp((_req, res) => {
      res.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Length': String(gz.length) });
      res.end(gz);
    });
    const r = await run(peer.url('/'), { ACCEPT_ENCODING: '' });
    expect(r.code).toBe(CURLE.OK);
    expect(headerLines(r.sent[0]!)).toEqual([`Host: 127.0.0.1:${peer.port}`, 'Accept: */*', 'Accept-Encoding: deflate, gzip, br']);
    expect(r.body.equals(text)).toBe(true);
    // the sizes count the bytes as they came over the network
    expect(r.easy.getinfo(CURLINFO.SIZE_DOWNLOAD_T).value).toBe(gz.length);
    r.easy.cleanup();
  });

  it('decodes while the body is still coming: the write callback has data before the server ends', async () => {
    const gz = zlib.gzipSync(text);
    let gotFirst: () => void = () => {};
    const firstWrite = new Promise<void>((resolve) => (gotFirst = resolve));
    const peer = await startHttp((_req, res) => {
      res.writeHead(200, { 'Content-Encoding': 'gzip' }); // chunked
      res.write(gz.subarray(0, gz.length >> 1));
      // the rest only once the client has handed decoded bytes to the application
      void firstWrite.then(() => res.end(gz.subarray(gz.length >> 1)));
    });
    const easy = new Easy();
    const chunks: Buffer[] = [];
    set(easy, 'URL', peer.url('/'));
    set(easy, 'ACCEPT_ENCODING', 'gzip');
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => {
      chunks.push(Buffer.from(b));
      gotFirst();
      return b.length;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(Buffer.concat(chunks).equals(text)).toBe(true);
    easy.cleanup();
  });

  it('decoded pieces stay as handed over: a callback may keep them without copying', async () => {
    const gz = zlib.gzipSync(text);
    const peer = await startHttp((_req, res) => {
      res.writeHead(200, { 'Content-Encoding': 'gzip' });
      res.end(gz);
    });
    const easy = new Easy();
    const kept: Uint8Array[] = [];
    set(easy, 'URL', peer.url('/'));
    set(easy, 'ACCEPT_ENCODING', 'gzip');
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => {
      kept.push(b);
      return b.length;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(kept.length).toBeGreaterThan(1);
    expect(Buffer.concat(kept).equals(text)).toBe(true);
    easy.cleanup();
  });

  it.each([
    ['deflate (zlib)', 'deflate', zlib.deflateSync(text)],
    ['deflate sent raw, without the zlib header', 'deflate', zlib.deflateRawSync(text)],
    ['x-gzip', 'x-gzip', zlib.gzipSync(text)],
    ['br', 'br', zlib.brotliCompressSync(text)],
    ['two codings, the last applied undone first', 'deflate, gzip', zlib.gzipSync(zlib.deflateSync(text))],
    ['identity', 'identity', text],
  ])('decodes %s', async (_name, coding, wire) => {
    const peer = await startHttp((_req, res) => {
      res.writeHead(200, { 'Content-Encoding': coding, 'Content-Length': String(wire.length) });
      res.end(wire);
    });
    const r = await run(peer.url('/'), { ACCEPT_ENCODING: '' });
    expect(r.code).toBe(CURLE.OK);
    expect(r.body.equals(text)).toBe(true);
    r.easy.cleanup();
  });

  it('a body that does not decode gives 61 with zlib\'s reason', async () => {
    const peer = await startHttp((_req, res) => {
      res.writeHead(200, { 'Content-Encoding': 'gzip' });
      res.end('this is not gzip at all');
    });
    const r = await run(peer.url('/'), { ACCEPT_ENCODING: 'gzip' });
    expect(r.code).toBe(CURLE.BAD_CONTENT_ENCODING);
    expect(r.errors.text).toBe('Error while processing content unencoding: incorrect header check');
    expect(r.body.length).toBe(0);
    r.easy.cleanup();
  });

  it('a br body that does not decode is 61 without a text, as libcurl returns it', async () => {
    const peer = await startHttp((_req, res) => {
      res.writeHead(200, { 'Content-Encoding': 'br' });
      res.end('certainly not brotli data');
    });
    const r = await run(peer.url('/'), { ACCEPT_ENCODING: 'br' });
    expect(r.code).toBe(CURLE.BAD_CONTENT_ENCODING);
    expect(r.errors.text).toBe('');
    r.easy.cleanup();
  });

  it('bytes after the end of a deflate stream are a write error (23)', async () => {
    const wire = Buffer.concat([zlib.deflateSync(text), Buffer.from('junk')]);
    const peer = await startHttp((_req, res) => {
      res.writeHead(200, { 'Content-Encoding': 'deflate' });
      res.end(wire);
    });
    const r = await run(peer.url('/'), { ACCEPT_ENCODING: 'deflate' });
    expect(r.code).toBe(CURLE.WRITE_ERROR);
    r.easy.cleanup();
  });

  /** A gzip member written by hand: FNAME and FEXTRA set, then raw deflate, CRC-32 and size. */
  function gzipMember(data: Buffer, crcDelta = 0): Buffer {
    const head = Buffer.from([0x1f, 0x8b, 8, 4 | 8, 0, 0, 0, 0, 0, 3, 3, 0, 0xaa, 0xbb, 0xcc]);
    const tail = Buffer.alloc(8);
    tail.writeUInt32LE((zlib.crc32(data) + crcDelta) >>> 0, 0);
    tail.writeUInt32LE(data.length, 4);
    return Buffer.concat([head, Buffer.from('name.txt\0'), zlib.deflateRawSync(data), tail]);
  }

  it.each([
    ['a member with FEXTRA and FNAME, in 7-byte pieces', gzipMember(text), CURLE.OK, ''],
    ['a wrong CRC-32', gzipMember(text, 1), CURLE.BAD_CONTENT_ENCODING, 'Error while processing content unencoding: incorrect data check'],
    ['a second member (refused as libcurl does)', Buffer.concat([zlib.gzipSync('ab'), zlib.gzipSync('cd')]), CURLE.WRITE_ERROR, 'Multi-member gzip response not supported'],
    ['bytes after the member', Buffer.concat([zlib.gzipSync('ab'), Buffer.from('junk')]), CURLE.WRITE_ERROR, ''],
    ['a zlib stream labelled gzip', zlib.deflateSync(text), CURLE.OK, ''],
    ['no gzip at all', Buffer.from('plain text'), CURLE.BAD_CONTENT_ENCODING, 'Error while processing content unencoding: incorrect header check'],
  ])('gzip: %s', async (_name, wire, code, textWanted) => {
    const peer = await startHttp((_req, res) => {
      res.writeHead(200, { 'Content-Encoding': 'gzip' }); // chunked: pieces of 7 bytes
      for (let i = 0; i < wire.length; i += 7) res.write(wire.subarray(i, i + 7));
      res.end();
    });
    const r = await run(peer.url('/'), { ACCEPT_ENCODING: 'gzip' });
    expect(r.code).toBe(code);
    expect(r.errors.text).toBe(textWanted);
    if (code === CURLE.OK) expect(r.body.equals(text)).toBe(true);
    r.easy.cleanup();
  });

  it('a coding it cannot decode fails with 61 when decoding is on, and passes through when it is off', async () => {
    const peer = await startHttp((_req, res) => {
      res.writeHead(200, { 'Content-Encoding': 'compress' });
      res.end('LZW bytes');
    });
    const on = await run(peer.url('/'), { ACCEPT_ENCODING: '' });
    expect(on.code).toBe(CURLE.BAD_CONTENT_ENCODING);
    expect(on.errors.text).toBe('Unrecognized content encoding type');
    on.easy.cleanup();
    const unset = await run(peer.url('/'), {});
    expect(unset.code).toBe(CURLE.OK);
    expect(unset.body.toString()).toBe('LZW bytes');
    expect(headerLines(unset.sent[0]!).some((l) => /^accept-encoding/i.test(l))).toBe(false);
    unset.easy.cleanup();
  });

  it('more than five codings are refused with 61', async () => {
    const peer = await startHttp((_req, res) => {
      res.writeHead(200, { 'Content-Encoding': 'identity, identity, identity, identity, identity, identity' });
      res.end('x');
    });
    const r = await run(peer.url('/'), { ACCEPT_ENCODING: '' });
    expect(r.code).toBe(CURLE.BAD_CONTENT_ENCODING);
    expect(r.errors.text).toBe('Reject response exceeding limit of 5 content encodings');
    r.easy.cleanup();
  });

  it('HTTP_CONTENT_DECODING 0 hands over the bytes as sent, the header still goes out', async () => {
    const gz = zlib.gzipSync(text);
    const peer = await startHttp((_req, res) => {
      res.writeHead(200, { 'Content-Encoding': 'gzip' });
      res.end(gz);
    });
    const r = await run(peer.url('/'), { ACCEPT_ENCODING: 'gzip', HTTP_CONTENT_DECODING: 0 });
    expect(r.code).toBe(CURLE.OK);
    expect(r.body.equals(gz)).toBe(true);
    expect(headerLines(r.sent[0]!)).toContain('Accept-Encoding: gzip');
    r.easy.cleanup();
  });

  it('a custom Accept-Encoding header replaces the one the option sends; decoding still follows the option', async () => {
    const gz = zlib.gzipSync(text);
    const peer = await startHttp((_req, res) => {
      res.writeHead(200, { 'Content-Encoding': 'gzip' });
      res.end(gz);
    });
    const r = await run(peer.url('/'), { ACCEPT_ENCODING: '', HTTPHEADER: ['Accept-Encoding: gzip;q=1'] });
    expect(r.code).toBe(CURLE.OK);
    const lines = headerLines(r.sent[0]!).filter((l) => /^accept-encoding/i.test(l));
    expect(lines).toEqual(['Accept-Encoding: gzip;q=1']);
    expect(r.body.equals(text)).toBe(true);
    r.easy.cleanup();
  });
});

describe('FAILONERROR', () => {
  it('a 404 ends the transfer with 22 and libcurl\'s text; headers are delivered, the body is not', async () => {
    const peer = await startHttp((_req, res) => {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not here');
    });
    const r = await run(peer.url('/missing'), { FAILONERROR: 1 });
    expect(r.code).toBe(CURLE.HTTP_RETURNED_ERROR);
    expect(r.errors.text).toBe('The requested URL returned error: 404');
    expect(r.body.length).toBe(0);
    expect(r.headers[0]).toBe('HTTP/1.1 404 Not Found\r\n');
    expect(r.easy.getinfo(CURLINFO.RESPONSE_CODE).value).toBe(404);
    r.easy.cleanup();
    const off = await run(peer.url('/missing'), {});
    expect(off.code).toBe(CURLE.OK);
    expect(off.body.toString()).toBe('not here');
    off.easy.cleanup();
  });

  it('a 401 without credentials fails; a 399 does not', async () => {
    let status = 401;
    const peer = await startHttp((_req, res) => {
      res.writeHead(status);
      res.end('x');
    });
    const r = await run(peer.url('/'), { FAILONERROR: 1 });
    expect(r.code).toBe(CURLE.HTTP_RETURNED_ERROR);
    expect(r.errors.text).toBe('The requested URL returned error: 401');
    r.easy.cleanup();
    status = 399;
    const ok = await run(peer.url('/'), { FAILONERROR: 1 });
    expect(ok.code).toBe(CURLE.OK);
    ok.easy.cleanup();
  });
});

describe('FAILONERROR with credentials', () => {
  it('refused credentials make a 401 fail with 22; accepted ones do not', async () => {
    const good = `Basic ${Buffer.from('u:right').toString('base64')}`;
    const peer = await startHttp((req, res) => {
      if (req.headers.authorization === good) return void res.end('in');
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="x"' });
      res.end('no');
    });
    const bad = await run(peer.url('/'), { FAILONERROR: 1, USERPWD: 'u:wrong' });
    expect(bad.code).toBe(CURLE.HTTP_RETURNED_ERROR);
    expect(bad.errors.text).toBe('The requested URL returned error: 401');
    expect(bad.body.length).toBe(0);
    bad.easy.cleanup();
    const ok = await run(peer.url('/'), { FAILONERROR: 1, USERPWD: 'u:right' });
    expect(ok.code).toBe(CURLE.OK);
    expect(ok.body.toString()).toBe('in');
    ok.easy.cleanup();
  });
});

describe('RANGE and RESUME_FROM', () => {
  it('RANGE asks with Range: bytes= right after Host on a GET', async () => {
    const peer = await startHttp((req, res) => {
      res.writeHead(206, { 'Content-Range': 'bytes 0-4/20' });
      res.end('01234');
    });
    const r = await run(peer.url('/'), { RANGE: '0-4', USERAGENT: 'ua' });
    expect(r.code).toBe(CURLE.OK);
    expect(headerLines(r.sent[0]!)).toEqual([`Host: 127.0.0.1:${peer.port}`, 'Range: bytes=0-4', 'User-Agent: ua', 'Accept: */*']);
    expect(r.body.toString()).toBe('01234');
    r.easy.cleanup();
  });

  it('RANGE on a POST sends Content-Range with the body size', async () => {
    const peer = await startHttp((_req, res) => res.end('ok'));
    const r = await run(peer.url('/'), { RANGE: '10-14', POSTFIELDS: 'hello' });
    expect(r.code).toBe(CURLE.OK);
    expect(peer.requests[0]!.headers['content-range']).toBe('bytes 10-14/5');
    r.easy.cleanup();
  });

  it('RESUME_FROM_LARGE asks from the offset on and takes a matching Content-Range', async () => {
    const peer = await startHttp((_req, res) => {
      res.writeHead(206, { 'Content-Range': 'bytes 10-19/20' });
      res.end('abcdefghij');
    });
    const r = await run(peer.url('/'), { RESUME_FROM_LARGE: 10n, RANGE: '0-1' });
    expect(r.code).toBe(CURLE.OK);
    expect(peer.requests[0]!.headers.range).toBe('bytes=10-');
    expect(r.body.toString()).toBe('abcdefghij');
    r.easy.cleanup();
  });

  it('a server that ignores the range gives 33, unless its size is the offset', async () => {
    let body = 'the whole file, again';
    const peer = await startHttp((_req, res) => res.end(body));
    const r = await run(peer.url('/'), { RESUME_FROM: 5 });
    expect(r.code).toBe(CURLE.RANGE_ERROR);
    expect(r.errors.text).toBe('HTTP server does not seem to support byte ranges. Cannot resume.');
    expect(r.body.length).toBe(0);
    r.easy.cleanup();
    body = 'abcde';
    const done = await run(peer.url('/'), { RESUME_FROM: 5, VERBOSE: 1 });
    expect(done.code).toBe(CURLE.OK);
    expect(done.body.length).toBe(0);
    done.easy.cleanup();
  });

  it('a resumed POST skips the start of its body and says where the rest belongs; past the end is 26', async () => {
    const peer = await startHttp((_req, res) => res.end('ok'));
    const r = await run(peer.url('/'), { RESUME_FROM: 3, POSTFIELDS: 'abcdefgh' });
    expect(r.code).toBe(CURLE.OK);
    expect(peer.requests[0]!.body).toBe('defgh');
    expect(peer.requests[0]!.headers['content-length']).toBe('5');
    expect(peer.requests[0]!.headers['content-range']).toBe('bytes 3-7/8');
    r.easy.cleanup();
    const past = await run(peer.url('/'), { RESUME_FROM: 20, POSTFIELDS: 'abcdefgh' });
    expect(past.code).toBe(CURLE.READ_ERROR);
    expect(past.errors.text).toBe('Unable to resume from offset 20');
    past.easy.cleanup();
  });

  it('refuses an offset below -1', () => {
    const easy = new Easy();
    expect(set(easy, 'RESUME_FROM', -2)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(set(easy, 'RESUME_FROM_LARGE', -2)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(set(easy, 'RESUME_FROM', -1)).toBe(CURLE.OK);
    easy.cleanup();
  });
});

describe('MAXFILESIZE', () => {
  it('a Content-Length over the limit fails before the body with 63', async () => {
    const peer = await startHttp((_req, res) => res.end('x'.repeat(100)));
    const r = await run(peer.url('/'), { MAXFILESIZE: 50 });
    expect(r.code).toBe(CURLE.FILESIZE_EXCEEDED);
    expect(r.errors.text).toBe('Maximum file size exceeded');
    expect(r.body.length).toBe(0);
    r.easy.cleanup();
  });

  it('a body of unknown size is passed on up to the limit, then 63', async () => {
    const peer = await startHttp((_req, res) => {
      res.writeHead(200); // chunked
      res.write('x'.repeat(30));
      res.end('y'.repeat(70));
    });
    const r = await run(peer.url('/'), { MAXFILESIZE_LARGE: 50n });
    expect(r.code).toBe(CURLE.FILESIZE_EXCEEDED);
    expect(r.errors.text).toBe('Exceeded the maximum allowed file size (50) with 50 bytes');
    expect(r.body.toString()).toBe('x'.repeat(30) + 'y'.repeat(20));
    r.easy.cleanup();
    const fits = await run(peer.url('/'), { MAXFILESIZE: 100 });
    expect(fits.code).toBe(CURLE.OK);
    fits.easy.cleanup();
  });

  it('refuses a negative limit', () => {
    const easy = new Easy();
    expect(set(easy, 'MAXFILESIZE', -1)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(set(easy, 'MAXFILESIZE_LARGE', -1)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    easy.cleanup();
  });
});

describe('REFERER and AUTOREFERER', () => {
  it('REFERER goes after Accept-Encoding and CURLINFO_REFERER reports it', async () => {
    const peer = await startHttp((_req, res) => res.end('ok'));
    const r = await run(peer.url('/'), { REFERER: 'http://example.org/list', ACCEPT_ENCODING: 'br' });
    expect(r.code).toBe(CURLE.OK);
    expect(headerLines(r.sent[0]!).slice(-2)).toEqual(['Accept-Encoding: br', 'Referer: http://example.org/list']);
    expect(r.easy.getinfo(CURLINFO.REFERER).value).toBe('http://example.org/list');
    // setopt(REFERER) drops the reported referer until the next perform (lib/setopt.c)
    expect(set(r.easy, 'REFERER', 'http://example.org/other')).toBe(CURLE.OK);
    expect(r.easy.getinfo(CURLINFO.REFERER).value).toBe(null);
    r.easy.cleanup();
  });

  it('AUTOREFERER sends the redirected URL without credentials and fragment', async () => {
    const peer = await startHttp((req, res) => {
      if (req.url === '/start?q=1') {
        res.writeHead(302, { Location: '/next' });
        res.end();
      } else res.end('there');
    });
    const start = `http://user:pw@127.0.0.1:${peer.port}/start?q=1#frag`;
    const r = await run(start, { FOLLOWLOCATION: 1, AUTOREFERER: 1, REFERER: 'http://first.example/' });
    expect(r.code).toBe(CURLE.OK);
    expect(peer.requests[0]!.headers.referer).toBe('http://first.example/');
    expect(peer.requests[1]!.headers.referer).toBe(`http://127.0.0.1:${peer.port}/start?q=1`);
    expect(r.easy.getinfo(CURLINFO.REFERER).value).toBe(`http://127.0.0.1:${peer.port}/start?q=1`);
    r.easy.cleanup();
    // without AUTOREFERER the follow keeps the set referer
    const plain = await run(start, { FOLLOWLOCATION: 1, REFERER: 'http://first.example/' });
    expect(peer.requests[3]!.headers.referer).toBe('http://first.example/');
    plain.easy.cleanup();
  });
});

describe('HTTP_TRANSFER_DECODING and IGNORE_CONTENT_LENGTH', () => {
  it('HTTP_TRANSFER_DECODING 0 hands over the chunk framing as sent and no trailers', async () => {
    const wire = '5\r\nhello\r\n6\r\n world\r\n0\r\nX-Sum: 11\r\n\r\n';
    const peer = await listen((s) =>
      s.once('data', () => s.end(`HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n${wire}`)),
    );
    const url = `http://127.0.0.1:${peer.port}/`;
    const raw = await run(url, { HTTP_TRANSFER_DECODING: 0 });
    expect(raw.code).toBe(CURLE.OK);
    expect(raw.body.toString()).toBe(wire);
    expect(raw.headers.some((h) => h.startsWith('X-Sum'))).toBe(false);
    raw.easy.cleanup();
    const decoded = await run(url, {});
    expect(decoded.body.toString()).toBe('hello world');
    expect(decoded.headers).toContain('X-Sum: 11\r\n');
    decoded.easy.cleanup();
  });

  it('IGNORE_CONTENT_LENGTH reads until the close, whatever the length said', async () => {
    const peer = await listen((s) =>
      s.once('data', () => s.end('HTTP/1.1 200 OK\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabcdef')),
    );
    const url = `http://127.0.0.1:${peer.port}/`;
    const all = await run(url, { IGNORE_CONTENT_LENGTH: 1 });
    expect(all.code).toBe(CURLE.OK);
    expect(all.body.toString()).toBe('abcdef');
    expect(all.easy.getinfo(CURLINFO.CONTENT_LENGTH_DOWNLOAD_T).value).toBe(-1);
    all.easy.cleanup();
    const counted = await run(url, {});
    expect(counted.body.toString()).toBe('abc');
    expect(counted.easy.getinfo(CURLINFO.CONTENT_LENGTH_DOWNLOAD_T).value).toBe(3);
    counted.easy.cleanup();
  });
});

describe('REQUEST_TARGET', () => {
  it('replaces path and query in the request line; Host still comes from the URL', async () => {
    const peer = await startHttp((_req, res) => res.end('ok'));
    const r = await run(peer.url('/real?x=1'), { CUSTOMREQUEST: 'OPTIONS', REQUEST_TARGET: '*' });
    expect(r.code).toBe(CURLE.OK);
    expect(r.sent[0]!.split('\r\n')[0]).toBe('OPTIONS * HTTP/1.1');
    expect(peer.requests[0]!.url).toBe('*');
    expect(peer.requests[0]!.headers.host).toBe(`127.0.0.1:${peer.port}`);
    r.easy.cleanup();
  });

  it('a target with CR or LF is refused with 43 rather than sent', async () => {
    const peer = await startHttp((_req, res) => res.end('ok'));
    const r = await run(peer.url('/'), { REQUEST_TARGET: '/a\r\nX-Evil: 1' });
    expect(r.code).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(peer.requests.length).toBe(0);
    r.easy.cleanup();
  });
});

describe('PROTOCOLS_STR and REDIR_PROTOCOLS_STR', () => {
  it('a URL whose scheme is not allowed fails with 1 before connecting', async () => {
    const peer = await startHttp((_req, res) => res.end('ok'));
    const r = await run(peer.url('/'), { PROTOCOLS_STR: 'https,ws' });
    expect(r.code).toBe(CURLE.UNSUPPORTED_PROTOCOL);
    expect(r.errors.text).toBe('Protocol "http" is disabled');
    expect(peer.connections.length).toBe(0);
    r.easy.cleanup();
    const all = await run(peer.url('/'), { PROTOCOLS_STR: 'ALL' });
    expect(all.code).toBe(CURLE.OK);
    all.easy.cleanup();
  });

  it('a redirect to a scheme outside REDIR_PROTOCOLS_STR fails with 1 and "(in redirect)"', async () => {
    const peer = await startHttp((req, res) => {
      if (req.url === '/a') {
        res.writeHead(302, { Location: '/b' });
        res.end();
      } else res.end('b');
    });
    const r = await run(peer.url('/a'), { FOLLOWLOCATION: 1, REDIR_PROTOCOLS_STR: 'https' });
    expect(r.code).toBe(CURLE.UNSUPPORTED_PROTOCOL);
    expect(r.errors.text).toBe('Protocol "http" is disabled (in redirect)');
    r.easy.cleanup();
    const ok = await run(peer.url('/a'), { FOLLOWLOCATION: 1, REDIR_PROTOCOLS_STR: 'http' });
    expect(ok.code).toBe(CURLE.OK);
    expect(ok.body.toString()).toBe('b');
    ok.easy.cleanup();
  });

  it('refuses unknown names with 1 and an empty list with 43, keeping the setting', async () => {
    const easy = new Easy();
    expect(set(easy, 'PROTOCOLS_STR', 'http,gopherx')).toBe(CURLE.UNSUPPORTED_PROTOCOL);
    expect(set(easy, 'PROTOCOLS_STR', ',,')).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(set(easy, 'REDIR_PROTOCOLS_STR', 'ldap')).toBe(CURLE.UNSUPPORTED_PROTOCOL);
    expect(set(easy, 'PROTOCOLS_STR', 'HTTP,,https')).toBe(CURLE.OK);
    expect(set(easy, 'PROTOCOLS_STR', null)).toBe(CURLE.OK);
    easy.cleanup();
  });
});

describe('DEFAULT_PROTOCOL and PATH_AS_IS', () => {
  it('DEFAULT_PROTOCOL gives a scheme-less URL its scheme; an unknown one fails with 1', async () => {
    const peer = await startHttp((_req, res) => res.end('ok'));
    const r = await run(`127.0.0.1:${peer.port}/x`, { DEFAULT_PROTOCOL: 'http' });
    expect(r.code).toBe(CURLE.OK);
    expect(r.easy.getinfo(CURLINFO.EFFECTIVE_URL).value).toBe(`http://127.0.0.1:${peer.port}/x`);
    r.easy.cleanup();
    const bad = await run(`127.0.0.1:${peer.port}/x`, { DEFAULT_PROTOCOL: 'nosuch' });
    expect(bad.code).toBe(CURLE.UNSUPPORTED_PROTOCOL);
    expect(bad.errors.text).toBe('Protocol "nosuch" not supported');
    bad.easy.cleanup();
    // a URL with its own scheme keeps it
    const own = await run(`http://127.0.0.1:${peer.port}/y`, { DEFAULT_PROTOCOL: 'https' });
    expect(own.code).toBe(CURLE.OK);
    own.easy.cleanup();
  });

  it('PATH_AS_IS sends dot segments as written; by default they are removed', async () => {
    const peer = await startHttp((req, res) => {
      if (req.url === '/a/../r') {
        res.writeHead(302, { Location: './b/../c' });
        res.end();
      } else res.end('ok');
    });
    const kept = await run(peer.url('/a/../r'), { PATH_AS_IS: 1, FOLLOWLOCATION: 1 });
    expect(kept.code).toBe(CURLE.OK);
    expect(peer.requests.map((q) => q.url)).toEqual(['/a/../r', '/a/.././b/../c']);
    kept.easy.cleanup();
    const removed = await run(peer.url('/a/../r'), {});
    expect(removed.code).toBe(CURLE.OK);
    expect(peer.requests[2]!.url).toBe('/r');
    removed.easy.cleanup();
  });
});

describe('TIMECONDITION, TIMEVALUE and CONDITION_UNMET', () => {
  const T = 1577833200; // Tue, 31 Dec 2019 23:00:00 GMT

  it('sends If-Modified-Since after Cookie; a 304 sets CONDITION_UNMET', async () => {
    const peer = await startHttp((_req, res) => {
      res.writeHead(304);
      res.end();
    });
    const r = await run(peer.url('/'), { TIMECONDITION: 1, TIMEVALUE: T, COOKIE: 'a=b' });
    expect(r.code).toBe(CURLE.OK);
    expect(headerLines(r.sent[0]!).slice(-2)).toEqual(['Cookie: a=b', 'If-Modified-Since: Tue, 31 Dec 2019 23:00:00 GMT']);
    expect(r.easy.getinfo(CURLINFO.CONDITION_UNMET).value).toBe(1);
    r.easy.cleanup();
  });

  it('a 200 whose Last-Modified fails the condition is taken as a 304, its body unread', async () => {
    let lastModified = new Date((T - 3600) * 1000).toUTCString();
    const peer = await startHttp((_req, res) => {
      res.writeHead(200, { 'Last-Modified': lastModified });
      res.end('the body');
    });
    const old = await run(peer.url('/'), { TIMECONDITION: 1, TIMEVALUE_LARGE: BigInt(T), VERBOSE: 1 });
    expect(old.code).toBe(CURLE.OK);
    expect(old.body.length).toBe(0);
    expect(old.easy.getinfo(CURLINFO.RESPONSE_CODE).value).toBe(304);
    expect(old.easy.getinfo(CURLINFO.CONDITION_UNMET).value).toBe(1);
    old.easy.cleanup();
    // newer than the time: fetched
    lastModified = new Date((T + 3600) * 1000).toUTCString();
    const fresh = await run(peer.url('/'), { TIMECONDITION: 1, TIMEVALUE: T });
    expect(fresh.body.toString()).toBe('the body');
    expect(fresh.easy.getinfo(CURLINFO.CONDITION_UNMET).value).toBe(0);
    fresh.easy.cleanup();
    // IFUNMODSINCE: a newer document is not old enough
    const unmod = await run(peer.url('/'), { TIMECONDITION: 2, TIMEVALUE: T });
    expect(unmod.body.length).toBe(0);
    expect(headerLines(unmod.sent[0]!)).toContain('If-Unmodified-Since: Tue, 31 Dec 2019 23:00:00 GMT');
    expect(unmod.easy.getinfo(CURLINFO.CONDITION_UNMET).value).toBe(1);
    unmod.easy.cleanup();
  });

  it('a custom header of the same name is sent instead; a value outside the set is 43', async () => {
    const peer = await startHttp((_req, res) => res.end('x'));
    const r = await run(peer.url('/'), { TIMECONDITION: 1, TIMEVALUE: T, HTTPHEADER: ['If-Modified-Since: never'] });
    expect(headerLines(r.sent[0]!).filter((l) => l.startsWith('If-Modified-Since'))).toEqual(['If-Modified-Since: never']);
    expect(set(r.easy, 'TIMECONDITION', 4)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    r.easy.cleanup();
  });
});

describe('MAXAGE_CONN and MAXLIFETIME_CONN', () => {
  const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

  it.each([
    ['MAXAGE_CONN', 'ms idle, max idle is 1000 ms), disconnect it'],
    ['MAXLIFETIME_CONN', 'ms ago, max lifetime is 1000 ms), disconnect it'],
  ])('%s: a connection past the limit is closed and a new one made; within it, reused', async (option, tail) => {
    const peer = await startHttp((_req, res) => res.end('ok'));
    const easy = new Easy();
    const log = capture(easy);
    set(easy, 'URL', peer.url('/'));
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => b.length);
    expect(set(easy, option, 1)).toBe(CURLE.OK);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(peer.connections.length).toBe(1); // reused within the second
    await sleep(1100);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(peer.connections.length).toBe(2);
    expect(log.lines().some((l) => l.startsWith('Too old connection (') && l.endsWith(tail))).toBe(true);
    expect(log.lines()).toContain('Connection 0 seems to be dead, terminating');
    expect(set(easy, option, -1)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    easy.cleanup();
  });
});

describe('HTTP200ALIASES', () => {
  it('a status line starting with an alias is read as HTTP/1.0 200; without it, 1', async () => {
    const peer = await listen((s) => s.once('data', () => s.end('icy 200 OK\r\nicy-name: radio\r\n\r\nstream')));
    const url = `http://127.0.0.1:${peer.port}/`;
    const r = await run(url, { HTTP200ALIASES: ['ICY 200 OK'] });
    expect(r.code).toBe(CURLE.OK);
    expect(r.body.toString()).toBe('stream');
    expect(r.headers[0]).toBe('icy 200 OK\r\n');
    expect(r.easy.getinfo(CURLINFO.RESPONSE_CODE).value).toBe(200);
    expect(r.easy.getinfo(CURLINFO.HTTP_VERSION).value).toBe(1); // CURL_HTTP_VERSION_1_0
    r.easy.cleanup();
    const none = await run(url, {});
    expect(none.code).toBe(CURLE.UNSUPPORTED_PROTOCOL);
    expect(none.errors.text).toBe('Received HTTP/0.9 when not allowed');
    none.easy.cleanup();
  });
});

describe('HEADEROPT', () => {
  let proxies: FakeProxy[] = [];
  afterEach(async () => {
    await Promise.all(proxies.map((p) => p.close()));
    proxies = [];
  });

  /** A forward proxy answering every request with a small 200. */
  async function forwardProxy(): Promise<FakeProxy> {
    const p = await startFakeProxy((_req, s) => s.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'));
    proxies.push(p);
    return p;
  }

  it('SEPARATE (the default): a forward proxy gets both lists; UNIFIED: HTTPHEADER alone', async () => {
    const p = await forwardProxy();
    const lists = { PROXY: `http://127.0.0.1:${p.port}`, HTTPHEADER: ['X-Server: s'], PROXYHEADER: ['X-Proxy: p'] };
    const sep = await run('http://origin.example/', lists);
    expect(sep.code).toBe(CURLE.OK);
    expect(p.requests[0]!.head).toContain('X-Server: s\r\nX-Proxy: p\r\n');
    sep.easy.cleanup();
    const uni = await run('http://origin.example/', { ...lists, HEADEROPT: 0 });
    expect(uni.code).toBe(CURLE.OK);
    expect(p.requests[1]!.head).toContain('X-Server: s\r\n');
    expect(p.requests[1]!.head).not.toContain('X-Proxy');
    uni.easy.cleanup();
  });

  it('the CONNECT request carries PROXYHEADER with SEPARATE and HTTPHEADER with UNIFIED', async () => {
    const p = await startFakeProxy((_req, s) => s.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n'));
    proxies.push(p);
    const lists = { PROXY: `http://127.0.0.1:${p.port}`, HTTPPROXYTUNNEL: 1, HTTPHEADER: ['X-Server: s'], PROXYHEADER: ['X-Proxy: p'] };
    const sep = await run('http://origin.example/', lists);
    expect(p.requests[0]!.head).toMatch(/^CONNECT origin\.example:80 HTTP\/1\.1\r\n/);
    expect(p.requests[0]!.head).toContain('X-Proxy: p\r\n');
    expect(p.requests[0]!.head).not.toContain('X-Server');
    sep.easy.cleanup();
    const uni = await run('http://origin.example/', { ...lists, HEADEROPT: 0 });
    expect(p.requests[1]!.head).toContain('X-Server: s\r\n');
    expect(p.requests[1]!.head).not.toContain('X-Proxy');
    uni.easy.cleanup();
  });
});

describe('TRANSFER_ENCODING', () => {
  const gz = zlib.gzipSync(text);
  const chunkedGz = Buffer.concat([Buffer.from(`${gz.length.toString(16)}\r\n`), gz, Buffer.from('\r\n0\r\n\r\n')]);
  /** A raw server answering with these Transfer-Encoding codings and the chunked gzip body. */
  const teServer = (codings: string) =>
    listen((s) =>
      s.once('data', () => {
        s.write(`HTTP/1.1 200 OK\r\nTransfer-Encoding: ${codings}\r\nConnection: close\r\n\r\n`);
        s.end(chunkedGz);
      }),
    );

  it('asks with TE: gzip and Connection: TE, and decodes a gzip transfer coding', async () => {
    const peer = await teServer('gzip, chunked');
    const r = await run(`http://127.0.0.1:${peer.port}/`, { TRANSFER_ENCODING: 1 });
    expect(r.code).toBe(CURLE.OK);
    expect(headerLines(r.sent[0]!)).toEqual([`Host: 127.0.0.1:${peer.port}`, 'Accept: */*', 'TE: gzip', 'Connection: TE']);
    expect(r.body.equals(text)).toBe(true);
    // counted after the transfer decoding
    expect(r.easy.getinfo(CURLINFO.SIZE_DOWNLOAD_T).value).toBe(text.length);
    r.easy.cleanup();
  });

  it('an unsolicited transfer coding is 61; with HTTP_TRANSFER_DECODING 0 it is ignored', async () => {
    const peer = await teServer('gzip, chunked');
    const url = `http://127.0.0.1:${peer.port}/`;
    const r = await run(url, {});
    expect(r.code).toBe(CURLE.BAD_CONTENT_ENCODING);
    expect(r.errors.text).toBe('Unsolicited Transfer-Encoding (gzip) found');
    r.easy.cleanup();
    const raw = await run(url, { HTTP_TRANSFER_DECODING: 0 });
    expect(raw.code).toBe(CURLE.OK);
    expect(raw.body.equals(chunkedGz)).toBe(true);
    raw.easy.cleanup();
  });

  it('with HTTP_TRANSFER_DECODING 0 a coding without chunked leaves the body to Content-Length, the connection kept (lib/http.c http_header_t)', async () => {
    const body = Buffer.from('gzipped-looking bytes');
    const peer = await listen((s) => {
      // the connection stays open: only Content-Length can end the body
      s.on('data', () => s.write(Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\nContent-Length: ${body.length}\r\n\r\n`), body])));
    });
    const r = await run(`http://127.0.0.1:${peer.port}/`, { HTTP_TRANSFER_DECODING: 0, TIMEOUT_MS: 10_000 });
    expect(r.code).toBe(CURLE.OK);
    expect(r.body.equals(body)).toBe(true);
    expect(r.log.at(-1)).toBe(`Connection #0 to host 127.0.0.1:${peer.port} left intact`);
    r.easy.cleanup();
  });

  it('a coding after chunked is refused with 61, asked for or not', async () => {
    const peer = await teServer('chunked, gzip');
    const url = `http://127.0.0.1:${peer.port}/`;
    const off = await run(url, {});
    expect(off.code).toBe(CURLE.BAD_CONTENT_ENCODING);
    expect(off.errors.text).toBe('A Transfer-Encoding (gzip) was listed after chunked');
    off.easy.cleanup();
    const on = await run(url, { TRANSFER_ENCODING: 1 });
    expect(on.code).toBe(CURLE.BAD_CONTENT_ENCODING);
    expect(on.errors.text).toBe("Reject response due to 'chunked' not being the last Transfer-Encoding");
    on.easy.cleanup();
  });
});

describe('curl_easy_upkeep and UPKEEP_INTERVAL_MS', () => {
  it('upkeep leaves the idle connection in place for the next transfer; 43 after cleanup', async () => {
    const peer = await startHttp((_req, res) => res.end('ok'));
    const easy = new Easy();
    set(easy, 'URL', peer.url('/'));
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => b.length);
    expect(set(easy, 'UPKEEP_INTERVAL_MS', 0)).toBe(CURLE.OK);
    expect(set(easy, 'UPKEEP_INTERVAL_MS', -1)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(easy.upkeep()).toBe(CURLE.OK);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(peer.connections.length).toBe(1);
    expect(peer.requests.length).toBe(2);
    easy.cleanup();
    expect(easy.upkeep()).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
  });
});

describe('NOSIGNAL', () => {
  it('is accepted and changes nothing', async () => {
    const peer = await startHttp((_req, res) => res.end('fine'));
    const r = await run(peer.url('/'), { NOSIGNAL: 1 });
    expect(r.code).toBe(CURLE.OK);
    expect(r.body.toString()).toBe('fine');
    expect(info(r.easy, 'RESPONSE_CODE').value).toBe(200);
    r.easy.cleanup();
  });
});
