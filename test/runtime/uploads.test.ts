// Issue 13, "Uploads": UPLOAD (PUT) and POST bodies read from READFUNCTION or READDATA as they
// are sent (lib/sendf.c cr_in_read, lib/http.c set_reader and http_req_set_TE), against a Node
// http server on loopback that records every byte it gets.
import { createHash } from 'node:crypto';
import http from 'node:http';
import type net from 'node:net';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  CURL_READFUNC_ABORT,
  CURL_READFUNC_PAUSE,
  CURL_REDIR_POST_301,
  CURL_SEEKFUNC_FAIL,
  CURL_SEEKFUNC_OK,
  CURL_TRAILERFUNC_ABORT,
  CURL_TRAILERFUNC_OK,
  CURLE,
  CURLPAUSE_CONT,
  CURLPAUSE_SEND,
  Easy,
} from '../../runtime/index.js';
import { DigestServer } from './digest-server.js';
import { cleanupAfterEach, info, pattern, serve, set } from './helpers.js';

const { closers } = cleanupAfterEach();

interface Got {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  trailers: NodeJS.Dict<string>;
  body: Buffer;
}

/** A server that keeps what each request carried, then answers with `answer`. */
async function recorder(
  answer: (req: http.IncomingMessage, res: http.ServerResponse, got: Got) => void = (_q, res) => res.end('ok'),
): Promise<{ url: (p?: string) => string; got: Got[] }> {
  const got: Got[] = [];
  const server = http.createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      const g = { method: req.method!, url: req.url!, headers: req.headers, trailers: req.trailers, body: Buffer.concat(parts) };
      got.push(g);
      answer(req, res, g);
    });
  });
  const port = await serve(server, closers);
  return { url: (p = '/') => `http://127.0.0.1:${port}${p}`, got };
}

/** A read callback serving `data` in pieces of at most `most` bytes; records each ask. */
function feeder(data: Uint8Array, most = Infinity): { fn: (b: Uint8Array, s: number, n: number) => number; asks: number[] } {
  let off = 0;
  const asks: number[] = [];
  return {
    asks,
    fn: (buffer, size, nitems) => {
      asks.push(size * nitems);
      const n = Math.min(size * nitems, most, data.length - off);
      buffer.set(data.subarray(off, off + n));
      off += n;
      return n;
    },
  };
}

function quietEasy(url: string): { easy: Easy; err: { text: string } } {
  const easy = new Easy();
  const err = { text: '' };
  set(easy, 'URL', url);
  set(easy, 'ERRORBUFFER', err);
  set(easy, 'WRITEFUNCTION', (b: Uint8Array) => b.length);
  return { easy, err };
}

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

describe('UPLOAD with READFUNCTION', () => {
  it('sends a PUT with Content-Length from INFILESIZE_LARGE; the server gets exactly the bytes produced', async () => {
    const peer = await recorder();
    const data = pattern(3_000_000 + 3);
    const { easy } = quietEasy(peer.url('/file'));
    const f = feeder(data, 10_000);
    set(easy, 'UPLOAD', 1);
    set(easy, 'READFUNCTION', f.fn);
    set(easy, 'INFILESIZE_LARGE', data.length);
    expect(await easy.perform()).toBe(CURLE.OK);
    const g = peer.got[0]!;
    expect(g.method).toBe('PUT');
    expect(g.headers['content-length']).toBe(String(data.length));
    expect(g.headers['transfer-encoding']).toBeUndefined();
    // over 1 MiB: announced, and the Node server answered 100 Continue
    expect(g.headers.expect).toBe('100-continue');
    expect(g.headers['content-type']).toBeUndefined();
    expect(sha(g.body)).toBe(sha(data));
    expect(info(easy, 'SIZE_UPLOAD_T').value).toBe(data.length);
    expect(info(easy, 'CONTENT_LENGTH_UPLOAD_T').value).toBe(data.length);
    expect(info(easy, 'SPEED_UPLOAD_T').value).toBeGreaterThan(0);
    expect(info(easy, 'RESPONSE_CODE').value).toBe(200);
    // never asked past the known size: the last ask is what was left
    expect(f.asks.every((a) => a <= 65536)).toBe(true);
    easy.cleanup();
  });

  it('sends a body of unknown size chunked (Transfer-Encoding: chunked), counting the framing as sent', async () => {
    const peer = await recorder();
    const data = pattern(200_001);
    const { easy } = quietEasy(peer.url('/'));
    const f = feeder(data, 30_000);
    set(easy, 'UPLOAD', 1);
    set(easy, 'READFUNCTION', f.fn);
    expect(await easy.perform()).toBe(CURLE.OK);
    const g = peer.got[0]!;
    expect(g.headers['transfer-encoding']).toBe('chunked');
    expect(g.headers['content-length']).toBeUndefined();
    expect(g.headers.expect).toBe('100-continue');
    expect(sha(g.body)).toBe(sha(data));
    // 7 chunks of 30000 ("7530\r\n...\r\n") less one of 20001 ("4e21\r\n...\r\n"), then "0\r\n\r\n"
    const framing = 7 * 8 + 5;
    expect(info(easy, 'SIZE_UPLOAD_T').value).toBe(data.length + framing);
    expect(info(easy, 'CONTENT_LENGTH_UPLOAD_T').value).toBe(-1);
    // the callback was asked once more after the last byte, and said 0
    expect(f.asks.length).toBe(8);
    easy.cleanup();
  });

  it('asks for UPLOAD_BUFFERSIZE bytes at a time, clamped to 16384..2097152', async () => {
    const peer = await recorder();
    const data = pattern(100_000);
    for (const [given, want] of [
      [20_000, 20_000],
      [1, 16_384],
      [10_000_000, 2_097_152],
    ] as const) {
      const { easy } = quietEasy(peer.url('/'));
      const f = feeder(data);
      set(easy, 'UPLOAD', 1);
      set(easy, 'READFUNCTION', f.fn);
      expect(set(easy, 'UPLOAD_BUFFERSIZE', given)).toBe(CURLE.OK);
      expect(await easy.perform()).toBe(CURLE.OK);
      expect(f.asks[0]).toBe(want);
      easy.cleanup();
    }
    expect(peer.got.map((g) => sha(g.body))).toEqual(Array(3).fill(sha(data)));
  });

  it('passes READDATA as the last argument', async () => {
    const peer = await recorder();
    const { easy } = quietEasy(peer.url('/'));
    const seen: unknown[] = [];
    const token = { mine: true };
    let done = false;
    set(easy, 'UPLOAD', 1);
    set(easy, 'READDATA', token);
    set(easy, 'READFUNCTION', (b: Uint8Array, _s: number, _n: number, ud: unknown) => {
      seen.push(ud);
      if (done) return 0;
      done = true;
      b[0] = 0x41;
      return 1;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(seen.every((u) => u === token)).toBe(true);
    expect(peer.got[0]!.body.toString()).toBe('A');
    easy.cleanup();
  });

  it('reads READDATA as a stream without a callback', async () => {
    const peer = await recorder();
    const data = pattern(300_000);
    const { easy } = quietEasy(peer.url('/'));
    // pieces bigger and smaller than the read size
    const pieces = [data.subarray(0, 100_000), data.subarray(100_000, 100_010), data.subarray(100_010)];
    set(easy, 'UPLOAD', 1);
    set(easy, 'READDATA', Readable.from(pieces));
    set(easy, 'INFILESIZE', data.length);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(sha(peer.got[0]!.body)).toBe(sha(data));
    expect(peer.got[0]!.headers['content-length']).toBe(String(data.length));
    easy.cleanup();
  });

  it('a size of 0 sends Content-Length: 0 and never calls the callback', async () => {
    const peer = await recorder();
    const { easy } = quietEasy(peer.url('/'));
    let calls = 0;
    set(easy, 'UPLOAD', 1);
    set(easy, 'INFILESIZE', 0);
    set(easy, 'READFUNCTION', () => {
      calls++;
      return 0;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(calls).toBe(0);
    expect(peer.got[0]!.headers['content-length']).toBe('0');
    expect(peer.got[0]!.method).toBe('PUT');
    easy.cleanup();
  });

  it('reports the upload to the progress callback (ulnow and ultotal)', async () => {
    const peer = await recorder();
    const data = pattern(500_000);
    const { easy } = quietEasy(peer.url('/'));
    const seen: [number, number][] = [];
    set(easy, 'UPLOAD', 1);
    set(easy, 'READFUNCTION', feeder(data).fn);
    set(easy, 'INFILESIZE_LARGE', data.length);
    set(easy, 'NOPROGRESS', 0);
    set(easy, 'XFERINFOFUNCTION', (_c: unknown, _dt: number, _dn: number, ut: number, un: number) => {
      seen.push([ut, un]);
      return 0;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(seen.at(-1)).toEqual([data.length, data.length]);
    for (let i = 1; i < seen.length; i++) expect(seen[i]![1]).toBeGreaterThanOrEqual(seen[i - 1]![1]);
    easy.cleanup();
  });
});

describe('read callback failures', () => {
  it('CURL_READFUNC_ABORT stops the transfer with 42', async () => {
    const peer = await recorder();
    const { easy, err } = quietEasy(peer.url('/'));
    let calls = 0;
    set(easy, 'UPLOAD', 1);
    set(easy, 'READFUNCTION', (b: Uint8Array) => {
      if (++calls === 3) return CURL_READFUNC_ABORT;
      b.fill(0x61, 0, 100);
      return 100;
    });
    expect(await easy.perform()).toBe(CURLE.ABORTED_BY_CALLBACK);
    expect(err.text).toBe('operation aborted by callback');
    expect(calls).toBe(3);
    easy.cleanup();
  });

  it('returning more than asked is 26 "read function returned funny value"', async () => {
    const peer = await recorder();
    for (const bad of [65537, -1, 1.5, 'x']) {
      const { easy, err } = quietEasy(peer.url('/'));
      set(easy, 'UPLOAD', 1);
      set(easy, 'READFUNCTION', () => bad);
      expect(await easy.perform()).toBe(CURLE.READ_ERROR);
      expect(err.text).toBe('read function returned funny value');
      easy.cleanup();
    }
  });

  it('a callback that throws stops the transfer with 42 and its message', async () => {
    const peer = await recorder();
    const { easy, err } = quietEasy(peer.url('/'));
    set(easy, 'UPLOAD', 1);
    set(easy, 'READFUNCTION', () => {
      throw new Error('disk gone');
    });
    expect(await easy.perform()).toBe(CURLE.ABORTED_BY_CALLBACK);
    expect(err.text).toBe('disk gone');
    easy.cleanup();
  });

  it('ending before INFILESIZE bytes is 26 with the counts', async () => {
    const peer = await recorder();
    const { easy, err } = quietEasy(peer.url('/'));
    set(easy, 'UPLOAD', 1);
    set(easy, 'INFILESIZE', 10);
    set(easy, 'READFUNCTION', feeder(Buffer.from('hello')).fn);
    expect(await easy.perform()).toBe(CURLE.READ_ERROR);
    expect(err.text).toBe('client read function EOF fail, only 5/10 of needed bytes read');
    easy.cleanup();
  });

  it('a failing READDATA stream is 26', async () => {
    const peer = await recorder();
    const { easy, err } = quietEasy(peer.url('/'));
    let reads = 0;
    const s = new Readable({
      read() {
        if (reads++ === 0) this.push('abc');
        else this.destroy(new Error('broken pipe'));
      },
    });
    set(easy, 'UPLOAD', 1);
    set(easy, 'READDATA', s);
    expect(await easy.perform()).toBe(CURLE.READ_ERROR);
    expect(err.text).toBe('broken pipe');
    easy.cleanup();
  });

  it('an unknown size over HTTP/1.0 is 25', async () => {
    const peer = await recorder();
    const { easy, err } = quietEasy(peer.url('/'));
    set(easy, 'UPLOAD', 1);
    set(easy, 'HTTP_VERSION', 1); // CURL_HTTP_VERSION_1_0
    set(easy, 'READFUNCTION', () => 0);
    expect(await easy.perform()).toBe(CURLE.UPLOAD_FAILED);
    expect(err.text).toBe('Chunky upload is not supported by HTTP 1.0');
    expect(peer.got).toHaveLength(0);
    easy.cleanup();
  });

  it('a 307 that needs the body again fails with 65 without a way to rewind', async () => {
    const peer = await recorder((req, res) => {
      if (req.url === '/a') res.writeHead(307, { Location: '/b' }).end();
      else res.end('ok');
    });
    const { easy, err } = quietEasy(peer.url('/a'));
    set(easy, 'UPLOAD', 1);
    set(easy, 'FOLLOWLOCATION', 1);
    set(easy, 'INFILESIZE', 5);
    set(easy, 'READFUNCTION', feeder(Buffer.from('hello')).fn);
    expect(await easy.perform()).toBe(CURLE.SEND_FAIL_REWIND);
    expect(err.text).toBe('necessary data rewind was not possible');
    expect(peer.got.map((g) => g.url)).toEqual(['/a']);
    easy.cleanup();
  });

  it('refuses bad sizes with 43', () => {
    const easy = new Easy();
    for (const name of ['INFILESIZE', 'INFILESIZE_LARGE', 'POSTFIELDSIZE_LARGE']) {
      expect(set(easy, name, -2)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
      expect(set(easy, name, 'x')).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
      expect(set(easy, name, -1)).toBe(CURLE.OK);
    }
    expect(set(easy, 'UPLOAD_BUFFERSIZE', -1)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(set(easy, 'READFUNCTION', 42)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(set(easy, 'COPYPOSTFIELDS', 42)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(set(easy, 'COPYPOSTFIELDS', new Uint8Array(1))).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    easy.cleanup();
  });
});

describe('POST bodies', () => {
  it('a POST without POSTFIELDS reads the callback, chunked when no size is set', async () => {
    const peer = await recorder();
    const data = pattern(70_000);
    const { easy } = quietEasy(peer.url('/'));
    set(easy, 'POST', 1);
    set(easy, 'READFUNCTION', feeder(data).fn);
    expect(await easy.perform()).toBe(CURLE.OK);
    const g = peer.got[0]!;
    expect(g.method).toBe('POST');
    expect(g.headers['transfer-encoding']).toBe('chunked');
    expect(g.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(sha(g.body)).toBe(sha(data));
    easy.cleanup();
  });

  it('POSTFIELDSIZE_LARGE gives a POST from the callback its Content-Length', async () => {
    const peer = await recorder();
    const data = pattern(70_000);
    const { easy } = quietEasy(peer.url('/'));
    set(easy, 'POST', 1);
    set(easy, 'POSTFIELDSIZE_LARGE', data.length);
    set(easy, 'READFUNCTION', feeder(data).fn);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(peer.got[0]!.headers['content-length']).toBe(String(data.length));
    expect(sha(peer.got[0]!.body)).toBe(sha(data));
    expect(info(easy, 'SIZE_UPLOAD_T').value).toBe(data.length);
    easy.cleanup();
  });

  it('POSTFIELDSIZE_LARGE sends a prefix of POSTFIELDS', async () => {
    const peer = await recorder();
    const { easy } = quietEasy(peer.url('/'));
    set(easy, 'POSTFIELDS', 'abc;ignored');
    set(easy, 'POSTFIELDSIZE_LARGE', 3n);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(peer.got[0]!.body.toString()).toBe('abc');
    expect(info(easy, 'SIZE_UPLOAD_T').value).toBe(3);
    expect(info(easy, 'CONTENT_LENGTH_UPLOAD_T').value).toBe(3);
    easy.cleanup();
  });

  it('COPYPOSTFIELDS makes a POST of its copy (of POSTFIELDSIZE bytes when set first)', async () => {
    const peer = await recorder();
    const { easy } = quietEasy(peer.url('/'));
    expect(set(easy, 'COPYPOSTFIELDS', 'name=daniel')).toBe(CURLE.OK);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(peer.got[0]!.body.toString()).toBe('name=daniel');
    expect(peer.got[0]!.method).toBe('POST');
    set(easy, 'POSTFIELDSIZE', 4);
    expect(set(easy, 'COPYPOSTFIELDS', 'name=x')).toBe(CURLE.OK);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(peer.got[1]!.body.toString()).toBe('name');
    expect(set(easy, 'COPYPOSTFIELDS', 'abc')).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    easy.cleanup();
  });
});

describe('pausing an upload', () => {
  it('CURL_READFUNC_PAUSE holds the upload until curl_easy_pause(CURLPAUSE_CONT); every byte arrives once', async () => {
    const peer = await recorder();
    const data = pattern(400_000);
    const { easy } = quietEasy(peer.url('/'));
    const f = feeder(data, 50_000);
    let calls = 0;
    let pauses = 0;
    set(easy, 'UPLOAD', 1);
    set(easy, 'INFILESIZE', data.length);
    set(easy, 'READFUNCTION', (b: Uint8Array, s: number, n: number) => {
      // pause on every third call; the call after the resume is asked the same size again
      if (++calls % 3 === 0) {
        pauses++;
        setTimeout(() => expect(easy.pause(CURLPAUSE_CONT)).toBe(CURLE.OK), 5);
        return CURL_READFUNC_PAUSE;
      }
      return f.fn(b, s, n);
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(pauses).toBeGreaterThan(2);
    expect(sha(peer.got[0]!.body)).toBe(sha(data));
    expect(info(easy, 'SIZE_UPLOAD_T').value).toBe(data.length);
    easy.cleanup();
  });

  it('CURLPAUSE_SEND stops the read callback until an action without it', async () => {
    const peer = await recorder();
    const data = pattern(300_000);
    const { easy } = quietEasy(peer.url('/'));
    const f = feeder(data, 20_000);
    let paused = false;
    let whilePaused = 0;
    let resumed = false;
    set(easy, 'UPLOAD', 1);
    set(easy, 'READFUNCTION', (b: Uint8Array, s: number, n: number) => {
      if (paused) whilePaused++;
      const got = f.fn(b, s, n);
      if (f.asks.length === 2 && !resumed) {
        // curl_easy_pause from inside the callback: this piece still goes, the next read waits
        expect(easy.pause(CURLPAUSE_SEND)).toBe(CURLE.OK);
        paused = true;
        setTimeout(() => {
          paused = false;
          resumed = true;
          expect(easy.pause(CURLPAUSE_CONT)).toBe(CURLE.OK);
        }, 50);
      }
      return got;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(resumed).toBe(true);
    expect(whilePaused).toBe(0);
    expect(sha(peer.got[0]!.body)).toBe(sha(data));
    easy.cleanup();
  });

  it('MAX_SEND_SPEED_LARGE holds the upload back to the cap (after the burst of the first second)', async () => {
    const peer = await recorder();
    const rate = 256 * 1024;
    const data = pattern(2 * rate);
    const { easy } = quietEasy(peer.url('/'));
    set(easy, 'UPLOAD', 1);
    set(easy, 'INFILESIZE', data.length);
    set(easy, 'READFUNCTION', feeder(data).fn);
    expect(set(easy, 'MAX_SEND_SPEED_LARGE', rate)).toBe(CURLE.OK);
    const t0 = performance.now();
    expect(await easy.perform()).toBe(CURLE.OK);
    const seconds = (performance.now() - t0) / 1000;
    // the bucket starts full (one second's worth), then refills at the rate
    expect(seconds).toBeGreaterThan(0.85 * ((data.length - rate) / rate));
    expect(sha(peer.got[0]!.body)).toBe(sha(data));
    easy.cleanup();
  });
});

describe('sending the body again', () => {
  it('a 307 rewinds through SEEKFUNCTION and sends the whole body to the new place', async () => {
    const peer = await recorder((req, res) => {
      if (req.url === '/a') res.writeHead(307, { Location: '/b' }).end();
      else res.end('ok');
    });
    const data = pattern(100_000);
    const { easy } = quietEasy(peer.url('/a'));
    let pos = 0;
    const seeks: unknown[][] = [];
    const token = { seek: true };
    set(easy, 'UPLOAD', 1);
    set(easy, 'FOLLOWLOCATION', 1);
    set(easy, 'INFILESIZE', data.length);
    set(easy, 'READFUNCTION', (b: Uint8Array, s: number, n: number) => {
      const k = Math.min(s * n, data.length - pos);
      b.set(data.subarray(pos, pos + k));
      pos += k;
      return k;
    });
    set(easy, 'SEEKDATA', token);
    set(easy, 'SEEKFUNCTION', (clientp: unknown, offset: number, origin: number) => {
      seeks.push([clientp, offset, origin]);
      pos = offset;
      return CURL_SEEKFUNC_OK;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(seeks).toEqual([[token, 0, 0]]);
    expect(peer.got.map((g) => [g.method, g.url])).toEqual([
      ['PUT', '/a'],
      ['PUT', '/b'],
    ]);
    expect(sha(peer.got[1]!.body)).toBe(sha(data));
    easy.cleanup();
  });

  it('a 401 round sends the body again through SEEKFUNCTION (CURLAUTH_ANY), as curl does', async () => {
    const peer = await recorder((req, res) => {
      if (req.headers.authorization === undefined) res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="x"' }).end('no');
      else res.end('ok');
    });
    const data = pattern(5000);
    const { easy } = quietEasy(peer.url('/x'));
    let pos = 0;
    set(easy, 'UPLOAD', 1);
    set(easy, 'USERPWD', 'a:b');
    set(easy, 'HTTPAUTH', -17); // CURLAUTH_ANY
    set(easy, 'INFILESIZE', data.length);
    set(easy, 'READFUNCTION', (b: Uint8Array, s: number, n: number) => {
      const k = Math.min(s * n, data.length - pos);
      b.set(data.subarray(pos, pos + k));
      pos += k;
      return k;
    });
    set(easy, 'SEEKFUNCTION', (_c: unknown, offset: number) => {
      pos = offset;
      return CURL_SEEKFUNC_OK;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    // Debian's curl --anyauth -T: two PUTs with the whole body each, size_upload 5000
    expect(peer.got.map((g) => [g.headers.authorization ?? '', g.body.length])).toEqual([
      ['', 5000],
      ['Basic YTpi', 5000],
    ]);
    expect(sha(peer.got[1]!.body)).toBe(sha(data));
    expect(info(easy, 'SIZE_UPLOAD_T').value).toBe(5000);
    easy.cleanup();
  });

  it('Digest probes with an empty PUT first, so the body is read once and needs no rewind', async () => {
    const d = new DigestServer({ realm: 'r', user: 'alice', password: 'pw', algorithm: 'MD5', qop: true, userhash: false });
    const peer = await recorder((req, res) => {
      if (!d.check(req.headers.authorization, req.method!, req.url!)) {
        res.writeHead(401, { 'WWW-Authenticate': d.challenge() }).end('no');
      } else res.end('ok');
    });
    const data = pattern(70_000);
    const { easy } = quietEasy(peer.url('/d'));
    set(easy, 'UPLOAD', 1);
    set(easy, 'USERPWD', 'alice:pw');
    set(easy, 'HTTPAUTH', 2); // CURLAUTH_DIGEST
    set(easy, 'INFILESIZE', data.length);
    set(easy, 'READFUNCTION', feeder(data).fn);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'RESPONSE_CODE').value).toBe(200);
    expect(peer.got.map((g) => [g.method, g.headers['content-length'], g.body.length])).toEqual([
      ['PUT', '0', 0],
      ['PUT', String(data.length), data.length],
    ]);
    expect(sha(peer.got[1]!.body)).toBe(sha(data));
    easy.cleanup();
  });

  it('a seek callback that fails is 65 with its value', async () => {
    const peer = await recorder((req, res) => {
      if (req.url === '/a') res.writeHead(308, { Location: '/b' }).end();
      else res.end('ok');
    });
    const { easy, err } = quietEasy(peer.url('/a'));
    set(easy, 'UPLOAD', 1);
    set(easy, 'FOLLOWLOCATION', 1);
    set(easy, 'INFILESIZE', 5);
    set(easy, 'READFUNCTION', feeder(Buffer.from('hello')).fn);
    set(easy, 'SEEKFUNCTION', () => CURL_SEEKFUNC_FAIL);
    expect(await easy.perform()).toBe(CURLE.SEND_FAIL_REWIND);
    expect(err.text).toBe('seek callback returned error 1');
    easy.cleanup();
  });

  it('POSTREDIR keeps a POST (with its body) across a 301; without it the POST becomes a GET', async () => {
    const peer = await recorder((req, res) => {
      if (req.url === '/a') res.writeHead(301, { Location: '/b' }).end();
      else res.end('ok');
    });
    for (const keep of [CURL_REDIR_POST_301, 0]) {
      const { easy } = quietEasy(peer.url('/a'));
      set(easy, 'POSTFIELDS', 'a=1');
      set(easy, 'FOLLOWLOCATION', 1);
      expect(set(easy, 'POSTREDIR', keep)).toBe(CURLE.OK);
      expect(await easy.perform()).toBe(CURLE.OK);
      easy.cleanup();
    }
    expect(peer.got.map((g) => [g.method, g.url, g.body.toString()])).toEqual([
      ['POST', '/a', 'a=1'],
      ['POST', '/b', 'a=1'],
      ['POST', '/a', 'a=1'],
      ['GET', '/b', ''],
    ]);
    expect(set(new Easy(), 'POSTREDIR', -1)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
  });
});

describe('Expect: 100-continue', () => {
  it('EXPECT_100_TIMEOUT_MS: without a 100 the body goes once the time is up', async () => {
    const got: Buffer[] = [];
    const server = http.createServer();
    server.on('checkContinue', (req, res) => {
      req.on('data', (c: Buffer) => got.push(c));
      req.on('end', () => res.end('ok'));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    closers.push(() => new Promise<void>((r) => server.close(() => r())));
    const port = (server.address() as net.AddressInfo).port;
    const data = pattern(50_000);
    const { easy } = quietEasy(`http://127.0.0.1:${port}/`);
    set(easy, 'UPLOAD', 1);
    set(easy, 'READFUNCTION', feeder(data).fn);
    expect(set(easy, 'EXPECT_100_TIMEOUT_MS', 50)).toBe(CURLE.OK);
    const lines: string[] = [];
    set(easy, 'VERBOSE', 1);
    set(easy, 'DEBUGFUNCTION', (_h: unknown, type: number, d: Uint8Array) => {
      if (type === 0) lines.push(Buffer.from(d).toString().trim());
      return 0;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(lines).toContain('Done waiting for 100-continue');
    expect(sha(Buffer.concat(got))).toBe(sha(data));
    expect(set(easy, 'EXPECT_100_TIMEOUT_MS', -1)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    easy.cleanup();
  });

  it('a final answer before the 100 means the body is never read', async () => {
    const server = http.createServer();
    server.on('checkContinue', (_req, res) => res.writeHead(403, { Connection: 'close' }).end('no'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    closers.push(
      () =>
        new Promise<void>((r) => {
          server.closeAllConnections();
          server.close(() => r());
        }),
    );
    const port = (server.address() as net.AddressInfo).port;
    const { easy } = quietEasy(`http://127.0.0.1:${port}/`);
    let calls = 0;
    set(easy, 'UPLOAD', 1);
    set(easy, 'READFUNCTION', () => {
      calls++;
      return 0;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'RESPONSE_CODE').value).toBe(403);
    expect(calls).toBe(0);
    easy.cleanup();
  });
});

describe('TRAILERFUNCTION', () => {
  it('sends the lines it gives after the last chunk; a malformed one is skipped', async () => {
    const peer = await recorder();
    const data = pattern(100_000);
    const { easy } = quietEasy(peer.url('/'));
    const lines: string[] = [];
    const token = { mine: 1 };
    const seen: unknown[] = [];
    set(easy, 'UPLOAD', 1);
    set(easy, 'HTTPHEADER', ['Trailer: My-Checksum']);
    set(easy, 'READFUNCTION', feeder(data).fn);
    set(easy, 'TRAILERDATA', token);
    set(easy, 'TRAILERFUNCTION', (list: string[], ud: unknown) => {
      seen.push(ud);
      list.push(`My-Checksum: ${sha(data)}`, 'Bad:x', 'no colon');
      return CURL_TRAILERFUNC_OK;
    });
    set(easy, 'VERBOSE', 1);
    set(easy, 'DEBUGFUNCTION', (_h: unknown, type: number, d: Uint8Array) => {
      if (type === 0) lines.push(Buffer.from(d).toString().trim());
      return 0;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    const g = peer.got[0]!;
    expect(g.headers['transfer-encoding']).toBe('chunked');
    expect(sha(g.body)).toBe(sha(data));
    expect(g.trailers).toEqual({ 'my-checksum': sha(data) });
    expect(seen).toEqual([token]);
    expect(lines.filter((l) => l === 'Malformatted trailing header, skipping trailer')).toHaveLength(2);
    easy.cleanup();
  });

  it('CURL_TRAILERFUNC_ABORT (or a throw) is 42', async () => {
    const peer = await recorder();
    const cases: [() => number, string][] = [
      [() => CURL_TRAILERFUNC_ABORT, 'operation aborted by trailing headers callback'],
      [
        () => {
          throw new Error('nope');
        },
        'nope',
      ],
    ];
    for (const [cb, text] of cases) {
      const { easy, err } = quietEasy(peer.url('/'));
      set(easy, 'UPLOAD', 1);
      set(easy, 'READFUNCTION', feeder(Buffer.from('abc')).fn);
      set(easy, 'TRAILERFUNCTION', cb);
      expect(await easy.perform()).toBe(CURLE.ABORTED_BY_CALLBACK);
      expect(err.text).toBe(text);
      easy.cleanup();
    }
  });

  it('is not called for a body of known size', async () => {
    const peer = await recorder();
    const { easy } = quietEasy(peer.url('/'));
    let calls = 0;
    set(easy, 'UPLOAD', 1);
    set(easy, 'INFILESIZE', 3);
    set(easy, 'READFUNCTION', feeder(Buffer.from('abc')).fn);
    set(easy, 'TRAILERFUNCTION', () => {
      calls++;
      return 0;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(calls).toBe(0);
    expect(peer.got[0]!.body.toString()).toBe('abc');
    easy.cleanup();
  });
});
