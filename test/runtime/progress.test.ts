// Issue 14: the progress callbacks (XFERINFOFUNCTION, PROGRESSFUNCTION, NOPROGRESS), the
// pre-request callback, LOW_SPEED_LIMIT/TIME and MAX_RECV_SPEED_LARGE (lib/progress.c,
// lib/ratelimit.c, lib/multi.c), against Node http servers and raw servers that stall on purpose.
import type net from 'node:net';
import { describe, expect, it } from 'vitest';
import { CURL_PREREQFUNC_OK, CURL_PROGRESSFUNC_CONTINUE, CURLE, Easy } from '../../runtime/index.js';
import { leftOpenEachTest } from '../faults/open-handles.js';
import { startHttp } from '../multi/peers.js';
import { cleanupAfterEach, info, listen, set } from './helpers.js';

const leftOpen = leftOpenEachTest();
cleanupAfterEach();

/** A handle that collects the body; `errors.text` is the error buffer. */
function getter(url: string): { easy: Easy; body: () => Buffer; errors: { text: string } } {
  const easy = new Easy();
  const chunks: Buffer[] = [];
  const errors = { text: '' };
  set(easy, 'URL', url);
  set(easy, 'ERRORBUFFER', errors);
  set(easy, 'WRITEFUNCTION', (b: Uint8Array) => {
    chunks.push(Buffer.from(b));
    return b.length;
  });
  return { easy, body: () => Buffer.concat(chunks), errors };
}

/** A raw server that sends a head announcing `length` bytes and `first` of them, then stalls. */
async function staller(length: number, first = ''): Promise<number> {
  const peer = await listen((s: net.Socket) =>
    s.once('data', () => s.write(`HTTP/1.1 200 OK\r\nContent-Length: ${length}\r\n\r\n${first}`)),
  );
  return peer.port;
}

const payload = Buffer.alloc(300_000, 0x5a);

describe('XFERINFOFUNCTION and PROGRESSFUNCTION', () => {
  it('are called with the expected and received body bytes, last with all of them; NOPROGRESS=1 silences them', async () => {
    const peer = await startHttp((_req, res) => res.end(payload));
    const { easy, body } = getter(peer.url('/'));
    const calls: number[][] = [];
    set(easy, 'XFERINFODATA', 'mine');
    set(easy, 'XFERINFOFUNCTION', (p: unknown, dltotal: number, dlnow: number, ultotal: number, ulnow: number) => {
      expect(p).toBe('mine');
      calls.push([dltotal, dlnow, ultotal, ulnow]);
      return 0;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(calls).toEqual([]); // NOPROGRESS defaults to 1
    set(easy, 'NOPROGRESS', 0);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(body().length).toBe(2 * payload.length);
    expect(calls.length).toBeGreaterThan(1);
    expect(calls[calls.length - 1]).toEqual([payload.length, payload.length, 0, 0]);
    for (let i = 1; i < calls.length; i++) expect(calls[i]![1]).toBeGreaterThanOrEqual(calls[i - 1]![1]!);
    easy.cleanup();
  });

  it('a non-zero return aborts with 42 "Callback aborted"; CURL_PROGRESSFUNC_CONTINUE goes on', async () => {
    const peer = await startHttp((_req, res) => res.end(payload));
    const { easy, errors } = getter(peer.url('/'));
    set(easy, 'NOPROGRESS', 0);
    set(easy, 'XFERINFOFUNCTION', () => CURL_PROGRESSFUNC_CONTINUE);
    expect(await easy.perform()).toBe(CURLE.OK);
    set(easy, 'XFERINFOFUNCTION', (_p: unknown, _t: number, now: number) => (now > 0 ? 7 : 0));
    expect(await easy.perform()).toBe(CURLE.ABORTED_BY_CALLBACK);
    expect(errors.text).toBe('Callback aborted');
    expect(info(easy, 'SIZE_DOWNLOAD_T').value).toBeLessThan(payload.length);
    easy.cleanup();
    expect(await leftOpen()).toEqual({});
  });

  it('a throw or a return that is no number aborts with 42, the thrown text kept (decision 9)', async () => {
    const peer = await startHttp((_req, res) => res.end(payload));
    const { easy, errors } = getter(peer.url('/'));
    set(easy, 'NOPROGRESS', 0);
    set(easy, 'XFERINFOFUNCTION', () => {
      throw new Error('progress blew up');
    });
    expect(await easy.perform()).toBe(CURLE.ABORTED_BY_CALLBACK);
    expect(errors.text).toBe('progress blew up');
    set(easy, 'XFERINFOFUNCTION', () => 'yes');
    expect(await easy.perform()).toBe(CURLE.ABORTED_BY_CALLBACK);
    expect(errors.text).toBe('Callback aborted');
    easy.cleanup();
  });

  it('PROGRESSFUNCTION runs when no XFERINFOFUNCTION is set; XFERINFOFUNCTION wins over it', async () => {
    const peer = await startHttp((_req, res) => res.end('0123456789'));
    const { easy } = getter(peer.url('/'));
    let old = 0;
    let xfer = 0;
    set(easy, 'NOPROGRESS', 0);
    set(easy, 'PROGRESSFUNCTION', (_p: unknown, dltotal: number) => {
      expect(dltotal === 0 || dltotal === 10).toBe(true);
      old++;
      return 0;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(old).toBeGreaterThan(0);
    const before = old;
    set(easy, 'XFERINFOFUNCTION', () => ++xfer && 0);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(old).toBe(before);
    expect(xfer).toBeGreaterThan(0);
    easy.cleanup();
  });

  it('is first called once connected, before the request: aborting there sends nothing', async () => {
    const peer = await startHttp((_req, res) => res.end('x'));
    const { easy } = getter(peer.url('/'));
    set(easy, 'NOPROGRESS', 0);
    set(easy, 'PROGRESSFUNCTION', () => 1);
    expect(await easy.perform()).toBe(CURLE.ABORTED_BY_CALLBACK);
    expect(info(easy, 'NUM_CONNECTS').value).toBe(1);
    expect(peer.requests).toEqual([]);
    easy.cleanup();
    expect(await leftOpen()).toEqual({});
  });

  it('send and recv from inside the callback return 93 (curl test 1555)', async () => {
    const peer = await startHttp((_req, res) => res.end('x'));
    const { easy } = getter(peer.url('/'));
    const codes: number[] = [];
    set(easy, 'NOPROGRESS', 0);
    set(easy, 'XFERINFOFUNCTION', () => {
      codes.push(easy.recv(new Uint8Array(4)).code, easy.send(new Uint8Array(4)).code);
      return 0;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(new Set(codes)).toEqual(new Set([CURLE.RECURSIVE_API_CALL]));
    easy.cleanup();
  });

  it('keeps being called about once a second while the peer is silent, and can stop it', async () => {
    const port = await staller(100, 'abc');
    const { easy } = getter(`http://127.0.0.1:${port}/`);
    let idle = 0;
    set(easy, 'NOPROGRESS', 0);
    set(easy, 'XFERINFOFUNCTION', (_p: unknown, total: number, now: number) => {
      if (total === 100 && now === 3) idle++;
      return idle >= 2 ? 1 : 0;
    });
    expect(await easy.perform()).toBe(CURLE.ABORTED_BY_CALLBACK);
    expect(idle).toBe(2);
    easy.cleanup();
    expect(await leftOpen()).toEqual({});
  });

  it('no callback runs after cleanup stopped a transfer', async () => {
    const port = await staller(100);
    const { easy } = getter(`http://127.0.0.1:${port}/`);
    let after = 0;
    let cleaned = false;
    set(easy, 'NOPROGRESS', 0);
    set(easy, 'XFERINFOFUNCTION', () => {
      if (cleaned) after++;
      return 0;
    });
    const done = easy.perform();
    setTimeout(() => {
      cleaned = true;
      easy.cleanup();
    }, 50);
    expect(await done).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    await new Promise((r) => setTimeout(r, 1200));
    expect(after).toBe(0);
    expect(await leftOpen()).toEqual({});
  });
});

describe('PREREQFUNCTION', () => {
  it('gets the addresses before each request; a non-OK return stops the transfer before it is sent', async () => {
    const peer = await startHttp((req, res) => {
      if (req.url === '/a') {
        res.writeHead(302, { Location: '/b' });
        res.end();
      } else res.end('b');
    });
    const { easy, errors } = getter(peer.url('/a'));
    set(easy, 'FOLLOWLOCATION', 1);
    const calls: unknown[][] = [];
    set(easy, 'PREREQDATA', 42);
    set(easy, 'PREREQFUNCTION', (...args: unknown[]) => {
      calls.push(args);
      return CURL_PREREQFUNC_OK;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(calls.length).toBe(2);
    expect(calls[0]!.slice(0, 4)).toEqual([42, '127.0.0.1', '127.0.0.1', peer.port]);
    expect(calls[0]![4]).toBe(peer.connections[0]!.remotePort);
    set(easy, 'PREREQFUNCTION', () => 1);
    expect(await easy.perform()).toBe(CURLE.ABORTED_BY_CALLBACK);
    expect(errors.text).toBe('operation aborted by pre-request callback');
    expect(peer.requests.length).toBe(2);
    set(easy, 'PREREQFUNCTION', () => {
      throw new Error('no thanks');
    });
    expect(await easy.perform()).toBe(CURLE.ABORTED_BY_CALLBACK);
    expect(errors.text).toBe('no thanks');
    set(easy, 'PREREQFUNCTION', () => 'ok');
    expect(await easy.perform()).toBe(CURLE.ABORTED_BY_CALLBACK);
    expect(peer.requests.length).toBe(2);
    easy.cleanup();
    expect(await leftOpen()).toEqual({});
  });

  it('runs for a connect-only perform once it is connected', async () => {
    const peer = await listen();
    const easy = new Easy();
    set(easy, 'URL', `http://127.0.0.1:${peer.port}/`);
    set(easy, 'CONNECT_ONLY', 1);
    const ports: number[] = [];
    set(easy, 'PREREQFUNCTION', (_d: unknown, _ip: string, _l: string, port: number, local: number) => {
      ports.push(port, local);
      return 0;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(ports).toEqual([peer.port, (await peer.accepted()).remotePort]);
    easy.cleanup();
  });
});

describe('LOW_SPEED_LIMIT and LOW_SPEED_TIME', () => {
  it('stop a transfer that stays too slow with 28 and libcurl\'s text', async () => {
    const port = await staller(1000, 'x');
    const { easy, errors } = getter(`http://127.0.0.1:${port}/`);
    set(easy, 'LOW_SPEED_LIMIT', 10);
    set(easy, 'LOW_SPEED_TIME', 1);
    expect(await easy.perform()).toBe(CURLE.OPERATION_TIMEDOUT);
    expect(errors.text).toBe('Operation too slow. Less than 10 bytes/sec transferred the last 1 seconds');
    easy.cleanup();
    expect(await leftOpen()).toEqual({});
  });

  it('need both options set', async () => {
    const peer = await startHttp((_req, res) => {
      res.write('a');
      setTimeout(() => res.end('b'), 1500);
    });
    const { easy, body } = getter(peer.url('/'));
    set(easy, 'LOW_SPEED_LIMIT', 1_000_000);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(body().toString()).toBe('ab');
    easy.cleanup();
  });
});

describe('MAX_RECV_SPEED_LARGE', () => {
  it('holds the average download speed within 15% of the cap, every byte delivered once', async () => {
    const data = Buffer.alloc(250_000);
    for (let i = 0; i < data.length; i++) data[i] = (i * 7) & 0xff;
    const peer = await startHttp((_req, res) => res.end(data));
    const { easy, body } = getter(peer.url('/'));
    set(easy, 'MAX_RECV_SPEED_LARGE', 100_000);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(body().equals(data)).toBe(true);
    const speed = info(easy, 'SPEED_DOWNLOAD_T').value as number;
    expect(speed).toBeGreaterThan(85_000);
    expect(speed).toBeLessThan(115_000);
    easy.cleanup();
  });

  it('a cap of 1 byte per second with TIMEOUT_MS ends with 28 and leaves nothing open', async () => {
    const peer = await startHttp((_req, res) => res.end(payload));
    const { easy, body, errors } = getter(peer.url('/'));
    set(easy, 'MAX_RECV_SPEED_LARGE', 1);
    set(easy, 'TIMEOUT_MS', 1500);
    expect(await easy.perform()).toBe(CURLE.OPERATION_TIMEDOUT);
    expect(errors.text).toMatch(/^Operation timed out after 1[5-9]\d\d milliseconds with [12] bytes received$/);
    expect(body().length).toBe(info(easy, 'SIZE_DOWNLOAD_T').value);
    easy.cleanup();
    expect(await leftOpen()).toEqual({});
  });

  it('refuses a negative cap with 43', () => {
    const easy = new Easy();
    expect(set(easy, 'MAX_RECV_SPEED_LARGE', -1)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(set(easy, 'MAX_SEND_SPEED_LARGE', -1n)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(set(easy, 'MAX_SEND_SPEED_LARGE', 10n)).toBe(CURLE.OK);
    expect(set(easy, 'LOW_SPEED_TIME', -1)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    easy.cleanup();
  });
});
