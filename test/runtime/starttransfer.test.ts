// Issue 14: TIMER_STARTTRANSFER where libcurl 8.22 stamps it: lib/sendf.c cw_download_write, at
// the first response line written to the client, which lib/http.c http_rw_hd writes as soon as
// the status line is complete (a 1xx one too; not a CONNECT answer), once per request of a chain.
// Servers here send the status line, wait 300 ms, then send the rest (or split the status line
// itself): libcurl 8.22 built from the mirror gave STARTTRANSFER 16 us after PRETRANSFER for the
// first shape and 300.9 ms after it for the second.
import type net from 'node:net';
import { describe, expect, it } from 'vitest';
import { CURLE, CURLWS_BINARY, Easy } from '../../runtime/index.js';
import { serverFrame, startRawWs } from '../multi/peers.js';
import { cleanupAfterEach, listen, quiet, set } from './helpers.js';

cleanupAfterEach();

const us = (easy: Easy, name: string): number => easy.getinfo(name as 'TOTAL_TIME_T').value as number;
const PAUSE = 300;
/** Well under PAUSE, so that a loaded machine cannot make the lower bounds fail. */
const MOST = 250_000;

/** A raw HTTP server that answers every request with `first`, then `rest` PAUSE ms later. */
async function split(first: string, rest: string): Promise<string> {
  const peer = await listen((s: net.Socket) =>
    s.on('data', () => {
      s.write(first);
      setTimeout(() => s.write(rest), PAUSE);
    }),
  );
  return `http://127.0.0.1:${peer.port}/`;
}

describe('STARTTRANSFER over HTTP', () => {
  it('is stamped when the status line is complete, not when the head is', async () => {
    const easy = quiet(await split('HTTP/1.1 200 OK\r\n', 'Content-Length: 2\r\n\r\nhi'));
    expect(await easy.perform()).toBe(CURLE.OK);
    const pre = us(easy, 'PRETRANSFER_TIME_T');
    const start = us(easy, 'STARTTRANSFER_TIME_T');
    expect(pre).toBeGreaterThan(0);
    expect(start).toBeGreaterThanOrEqual(pre);
    // the rest of the head came PAUSE ms after the status line
    expect(us(easy, 'TOTAL_TIME_T') - start).toBeGreaterThanOrEqual(MOST);
    easy.cleanup();
  });

  it('is not stamped by the first bytes of a status line that is not complete yet', async () => {
    const easy = quiet(await split('HTTP/1.1 2', '00 OK\r\nContent-Length: 2\r\n\r\nhi'));
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(us(easy, 'STARTTRANSFER_TIME_T') - us(easy, 'PRETRANSFER_TIME_T')).toBeGreaterThanOrEqual(MOST);
    easy.cleanup();
  });

  it('a 1xx status line stamps it (CLIENTWRITE_1XX is no CLIENTWRITE_INFO)', async () => {
    const easy = quiet(await split('HTTP/1.1 103 Early Hints\r\n\r\n', 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi'));
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(us(easy, 'TOTAL_TIME_T') - us(easy, 'STARTTRANSFER_TIME_T')).toBeGreaterThanOrEqual(MOST);
    easy.cleanup();
  });

  it('each request of a redirect chain adds its own time to its status line', async () => {
    const peer = await listen((s: net.Socket) =>
      s.on('data', (d: Buffer) => {
        if (d.toString('latin1').startsWith('GET /to ')) {
          s.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi');
          return;
        }
        s.write('HTTP/1.1 302 Found\r\n');
        setTimeout(() => s.write('Location: /to\r\nContent-Length: 0\r\n\r\n'), PAUSE);
      }),
    );
    const easy = quiet(`http://127.0.0.1:${peer.port}/from`);
    set(easy, 'FOLLOWLOCATION', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    const start = us(easy, 'STARTTRANSFER_TIME_T');
    // the first request's share ends at its status line, before the pause; the second's starts
    // after the redirect
    expect(start).toBeGreaterThan(0);
    expect(us(easy, 'REDIRECT_TIME_T') - start).toBeGreaterThanOrEqual(MOST);
    easy.cleanup();
  });

  it("a proxy's answer to CONNECT does not stamp it (CLIENTWRITE_CONNECT)", async () => {
    // the tunnel's status line comes at once, its end PAUSE ms later; then the origin answers
    const peer = await listen((s: net.Socket) => {
      let tunnelled = false;
      s.on('data', () => {
        if (tunnelled) {
          s.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi');
          return;
        }
        tunnelled = true;
        s.write('HTTP/1.1 200 Connection established\r\n');
        setTimeout(() => s.write('\r\n'), PAUSE);
      });
    });
    const easy = quiet('http://origin.example/');
    set(easy, 'PROXY', `http://127.0.0.1:${peer.port}`);
    set(easy, 'HTTPPROXYTUNNEL', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    const pre = us(easy, 'PRETRANSFER_TIME_T');
    expect(pre).toBeGreaterThanOrEqual(MOST);
    expect(us(easy, 'STARTTRANSFER_TIME_T')).toBeGreaterThanOrEqual(pre);
    easy.cleanup();
  });

  it('CONNECT_ONLY=2 stamps PRETRANSFER at the request and STARTTRANSFER at the status line', async () => {
    const easy = quiet(await split('HTTP/1.1 200 OK\r\n', 'Content-Length: 2\r\n\r\nhi'));
    set(easy, 'CONNECT_ONLY', 2);
    expect(await easy.perform()).toBe(CURLE.OK);
    const pre = us(easy, 'PRETRANSFER_TIME_T');
    const start = us(easy, 'STARTTRANSFER_TIME_T');
    expect(pre).toBeGreaterThan(0);
    expect(start).toBeGreaterThanOrEqual(pre);
    expect(us(easy, 'TOTAL_TIME_T') - start).toBeGreaterThanOrEqual(MOST);
    easy.cleanup();
  });
});

describe('STARTTRANSFER over WebSocket', () => {
  /** A 101 whose status line comes PAUSE ms before the rest of its head, then one frame. */
  async function slow101(): Promise<string> {
    const peer = await startRawWs((s, _key, ok101) => {
      const head = ok101(serverFrame(0x80 | CURLWS_BINARY, 'x'));
      const cut = head.indexOf('\r\n') + 2;
      s.write(head.subarray(0, cut));
      setTimeout(() => s.end(head.subarray(cut)), PAUSE);
    });
    return peer.url();
  }

  it('callback mode: at the 101 status line, after PRETRANSFER', async () => {
    const easy = new Easy();
    set(easy, 'URL', await slow101());
    const got: number[] = [];
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => got.push(b.length));
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(got).toEqual([1]);
    const pre = us(easy, 'PRETRANSFER_TIME_T');
    const start = us(easy, 'STARTTRANSFER_TIME_T');
    expect(pre).toBeGreaterThan(0);
    expect(start).toBeGreaterThanOrEqual(pre);
    expect(us(easy, 'TOTAL_TIME_T') - start).toBeGreaterThanOrEqual(MOST);
    easy.cleanup();
  });

  it('CONNECT_ONLY=2: at the 101 status line, after PRETRANSFER', async () => {
    const easy = new Easy();
    set(easy, 'URL', await slow101());
    set(easy, 'CONNECT_ONLY', 2);
    expect(await easy.perform()).toBe(CURLE.OK);
    const pre = us(easy, 'PRETRANSFER_TIME_T');
    const start = us(easy, 'STARTTRANSFER_TIME_T');
    expect(pre).toBeGreaterThan(0);
    expect(start).toBeGreaterThanOrEqual(pre);
    expect(us(easy, 'TOTAL_TIME_T') - start).toBeGreaterThanOrEqual(MOST);
    easy.cleanup();
  });

  it('CONNECT_ONLY=1 sends no request: both stay 0', async () => {
    const easy = new Easy();
    set(easy, 'URL', await slow101());
    set(easy, 'CONNECT_ONLY', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(us(easy, 'PRETRANSFER_TIME_T')).toBe(0);
    expect(us(easy, 'STARTTRANSFER_TIME_T')).toBe(0);
    easy.cleanup();
  });
});
