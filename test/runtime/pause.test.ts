// Issue 14: curl_easy_pause and CURL_WRITEFUNC_PAUSE (lib/easy.c, lib/cw-out.c, lib/cw-pause.c):
// pausing from inside the write and progress callbacks and from outside, resuming with every byte
// delivered once and in order, and the bad inputs.
import { describe, expect, it } from 'vitest';
import { CURL_WRITEFUNC_ERROR, CURL_WRITEFUNC_PAUSE, CURLE, CURLPAUSE_ALL, CURLPAUSE_CONT, CURLPAUSE_RECV, Easy, Multi } from '../../runtime/index.js';
import { leftOpenEachTest } from '../faults/open-handles.js';
import { startHttp } from '../multi/peers.js';
import { cleanupAfterEach, set, until } from './helpers.js';

const leftOpen = leftOpenEachTest();
cleanupAfterEach();

/** 1 MB whose bytes tell their position, so a lost or doubled piece shows. */
const data = Buffer.alloc(1_000_000);
for (let i = 0; i < data.length; i += 4) data.writeUInt32BE(i, i);

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('CURL_WRITEFUNC_PAUSE and curl_easy_pause', () => {
  it('a callback that returns CURL_WRITEFUNC_PAUSE gets the same bytes again on resume, nothing lost or doubled', async () => {
    const peer = await startHttp((_req, res) => res.end(data));
    const easy = new Easy();
    const got: Buffer[] = [];
    let pauses = 0;
    set(easy, 'URL', peer.url('/'));
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => {
      if (got.length % 5 === 2 && pauses < got.length) {
        pauses = got.length;
        setTimeout(() => expect(easy.pause(CURLPAUSE_CONT)).toBe(CURLE.OK), 20);
        return CURL_WRITEFUNC_PAUSE;
      }
      got.push(Buffer.from(b));
      return b.length;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(pauses).toBeGreaterThan(2);
    expect(Buffer.concat(got).equals(data)).toBe(true);
    easy.cleanup();
  });

  it('pausing from outside stops the write callback until resumed; the bytes then arrive in order', async () => {
    let finish = (): void => {};
    const peer = await startHttp((_req, res) => {
      // half now, the rest once the transfer is paused
      res.writeHead(200, { 'Content-Length': String(data.length) });
      res.write(data.subarray(0, 500_000));
      finish = () => res.end(data.subarray(500_000));
    });
    const easy = new Easy();
    const got: Buffer[] = [];
    let whilePaused = 0;
    let paused = false;
    set(easy, 'URL', peer.url('/'));
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => {
      if (paused) whilePaused++;
      got.push(Buffer.from(b));
      return b.length;
    });
    const done = easy.perform();
    await until(() => got.length > 0);
    expect(easy.pause(CURLPAUSE_RECV)).toBe(CURLE.OK);
    paused = true;
    const held = got.length;
    finish();
    await sleep(200);
    expect(got.length).toBe(held);
    paused = false;
    expect(easy.pause(CURLPAUSE_CONT)).toBe(CURLE.OK);
    expect(await done).toBe(CURLE.OK);
    expect(whilePaused).toBe(0);
    expect(Buffer.concat(got).equals(data)).toBe(true);
    easy.cleanup();
  });

  it('pausing inside the write callback keeps the rest of that delivery; resuming from the progress callback hands it over', async () => {
    const peer = await startHttp((_req, res) => res.end(data));
    const easy = new Easy();
    const got: Buffer[] = [];
    let pausedAt = -1;
    set(easy, 'URL', peer.url('/'));
    set(easy, 'NOPROGRESS', 0);
    set(easy, 'XFERINFOFUNCTION', () => {
      if (pausedAt >= 0) {
        pausedAt = -1;
        expect(easy.pause(CURLPAUSE_CONT)).toBe(CURLE.OK);
      }
      return 0;
    });
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => {
      got.push(Buffer.from(b));
      if (got.length === 1) {
        pausedAt = got.length;
        expect(easy.pause(CURLPAUSE_ALL)).toBe(CURLE.OK);
      }
      return b.length;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(Buffer.concat(got).equals(data)).toBe(true);
    easy.cleanup();
  });

  it('a header callback that returns CURL_WRITEFUNC_PAUSE gets the same line again on resume; the body waits', async () => {
    const peer = await startHttp((_req, res) => {
      res.setHeader('X-One', '1');
      res.setHeader('X-Two', '2');
      res.end(data);
    });
    const easy = new Easy();
    const taken: string[] = [];
    const order: string[] = [];
    const got: Buffer[] = [];
    let pausedOn = '';
    set(easy, 'URL', peer.url('/'));
    set(easy, 'HEADERFUNCTION', (b: Uint8Array) => {
      const line = Buffer.from(b).toString('latin1');
      if (line.startsWith('X-One') && pausedOn === '') {
        pausedOn = line;
        setTimeout(() => easy.pause(CURLPAUSE_CONT), 50);
        return CURL_WRITEFUNC_PAUSE;
      }
      taken.push(line);
      order.push('h');
      return b.length;
    });
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => {
      got.push(Buffer.from(b));
      order.push('b');
      return b.length;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(pausedOn).toBe('X-One: 1\r\n');
    expect(taken.filter((l) => l.startsWith('X-'))).toEqual(['X-One: 1\r\n', 'X-Two: 2\r\n']);
    expect(taken[0]).toBe('HTTP/1.1 200 OK\r\n');
    expect(taken[taken.length - 1]).toBe('\r\n');
    // every header line before any body byte
    expect(order.lastIndexOf('h')).toBeLessThan(order.indexOf('b'));
    expect(Buffer.concat(got).equals(data)).toBe(true);
    easy.cleanup();
  });

  it('in a multi handle, a paused transfer waits while another one runs to its end', async () => {
    const peer = await startHttp((req, res) => res.end(req.url === '/a' ? data : 'small'));
    const multi = new Multi();
    const a = new Easy();
    const b = new Easy();
    const gotA: Buffer[] = [];
    let bDone = false;
    let resumedAfterB = false;
    set(a, 'URL', peer.url('/a'));
    set(a, 'WRITEFUNCTION', (chunk: Uint8Array) => {
      if (gotA.length === 0 && !bDone) {
        gotA.push(Buffer.alloc(0));
        return CURL_WRITEFUNC_PAUSE;
      }
      gotA.push(Buffer.from(chunk));
      return chunk.length;
    });
    set(b, 'URL', peer.url('/b'));
    set(b, 'WRITEFUNCTION', (chunk: Uint8Array) => chunk.length);
    multi.addHandle(a);
    multi.addHandle(b);
    const results = new Map<Easy, number>();
    while (results.size < 2) {
      multi.perform();
      await multi.poll(100);
      for (let m = multi.infoRead(); m; m = multi.infoRead()) {
        results.set(m.easy as Easy, m.result);
        if (m.easy === b) {
          bDone = true;
          resumedAfterB = a.pause(CURLPAUSE_CONT) === CURLE.OK;
        }
      }
    }
    expect(results.get(a)).toBe(CURLE.OK);
    expect(results.get(b)).toBe(CURLE.OK);
    expect(resumedAfterB).toBe(true);
    expect(Buffer.concat(gotA).equals(data)).toBe(true);
    multi.cleanup();
    a.cleanup();
    b.cleanup();
  });

  it('pausing and resuming from inside the same write callback delivers everything once, in order', async () => {
    const peer = await startHttp((_req, res) => res.end(data));
    const easy = new Easy();
    const got: Buffer[] = [];
    set(easy, 'URL', peer.url('/'));
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => {
      got.push(Buffer.from(b));
      if (got.length % 3 === 0) {
        expect(easy.pause(CURLPAUSE_RECV)).toBe(CURLE.OK);
        expect(easy.pause(CURLPAUSE_CONT)).toBe(CURLE.OK);
      }
      return b.length;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(Buffer.concat(got).equals(data)).toBe(true);
    easy.cleanup();
  });

  it('a paused transfer is not too slow for LOW_SPEED_LIMIT', async () => {
    const peer = await startHttp((_req, res) => res.end(data));
    const easy = new Easy();
    const got: Buffer[] = [];
    set(easy, 'URL', peer.url('/'));
    set(easy, 'LOW_SPEED_LIMIT', 1000);
    set(easy, 'LOW_SPEED_TIME', 1);
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => {
      if (got.length === 0) {
        got.push(Buffer.alloc(0));
        setTimeout(() => easy.pause(CURLPAUSE_CONT), 2500);
        return CURL_WRITEFUNC_PAUSE;
      }
      got.push(Buffer.from(b));
      return b.length;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(Buffer.concat(got).equals(data)).toBe(true);
    easy.cleanup();
  });

  it('a write callback failing while kept bytes are handed over makes pause and perform return 23', async () => {
    const peer = await startHttp((_req, res) => res.end(data));
    const easy = new Easy();
    const errors = { text: '' };
    let calls = 0;
    set(easy, 'URL', peer.url('/'));
    set(easy, 'ERRORBUFFER', errors);
    let resumed = -1;
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => {
      calls++;
      if (calls === 1) {
        setTimeout(() => {
          resumed = easy.pause(CURLPAUSE_CONT);
        }, 10);
        return CURL_WRITEFUNC_PAUSE;
      }
      return CURL_WRITEFUNC_ERROR;
    });
    expect(await easy.perform()).toBe(CURLE.WRITE_ERROR);
    expect(resumed).toBe(CURLE.WRITE_ERROR);
    expect(errors.text).toBe('client returned ERROR on write of 16384 bytes');
    expect(calls).toBe(2);
    easy.cleanup();
    expect(await leftOpen()).toEqual({});
  });

  it('cleanup of a paused transfer ends it; no callback runs after', async () => {
    const peer = await startHttp((_req, res) => res.end(data));
    const easy = new Easy();
    let after = 0;
    let cleaned = false;
    set(easy, 'URL', peer.url('/'));
    set(easy, 'NOPROGRESS', 0);
    set(easy, 'XFERINFOFUNCTION', () => (cleaned ? ++after && 0 : 0));
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => {
      if (cleaned) after++;
      return cleaned ? b.length : CURL_WRITEFUNC_PAUSE;
    });
    const done = easy.perform();
    await sleep(50);
    cleaned = true;
    easy.cleanup();
    expect(await done).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(easy.pause(CURLPAUSE_CONT)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    await sleep(1100);
    expect(after).toBe(0);
    expect(await leftOpen()).toEqual({});
  });

  it('returns 43 without a transfer or for an action that is not a whole number', async () => {
    const easy = new Easy();
    expect(easy.pause(CURLPAUSE_CONT)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    const peer = await startHttp((_req, res) => res.end('x'));
    set(easy, 'URL', peer.url('/'));
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => {
      expect((easy.pause as (a: unknown) => number)('1')).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
      expect(easy.pause(1.5)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
      return b.length;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    // the transfer is over: libcurl's handle has no connection attached any more
    expect(easy.pause(CURLPAUSE_RECV)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    easy.cleanup();
  });
});
