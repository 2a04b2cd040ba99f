// Issue 14: the timing and size infos of an ordinary transfer (lib/getinfo.c, lib/progress.c),
// CONTENT_TYPE, REDIRECT_URL, EFFECTIVE_METHOD, HTTP_VERSION, RETRY_AFTER, FILETIME with
// CURLOPT_FILETIME, XFER_ID, REQUEST_SIZE, REFERER and the CA defaults, against Node's http server.
import { describe, expect, it } from 'vitest';
import { CURLE, CURLINFO, Easy } from '../../runtime/index.js';
import { startHttp } from '../multi/peers.js';
import { cleanupAfterEach, deadPort, info, listen, quiet, set } from './helpers.js';

cleanupAfterEach();

const us = (easy: Easy, name: string): number => info(easy, name).value as number;

describe('timing infos', () => {
  it('are ordered as libcurl orders its timers, each _T the microseconds of its seconds', async () => {
    const peer = await startHttp((_req, res) => {
      res.writeHead(200, { 'Content-Length': '3' });
      res.flushHeaders();
      setTimeout(() => res.end('abc'), 20);
    });
    const easy = quiet(peer.url('/'));
    expect(await easy.perform()).toBe(CURLE.OK);
    const queue = us(easy, 'QUEUE_TIME_T');
    const pre = us(easy, 'PRETRANSFER_TIME_T');
    const post = us(easy, 'POSTTRANSFER_TIME_T');
    const start = us(easy, 'STARTTRANSFER_TIME_T');
    const total = us(easy, 'TOTAL_TIME_T');
    expect(queue).toBeGreaterThan(0);
    expect(pre).toBeGreaterThanOrEqual(us(easy, 'CONNECT_TIME_T'));
    expect(post).toBeGreaterThanOrEqual(pre);
    expect(start).toBeGreaterThanOrEqual(post);
    expect(total).toBeGreaterThanOrEqual(start);
    expect(us(easy, 'REDIRECT_TIME_T')).toBe(0);
    for (const name of ['PRETRANSFER_TIME', 'STARTTRANSFER_TIME', 'REDIRECT_TIME']) {
      expect(Math.round((info(easy, name).value as number) * 1e6)).toBe(us(easy, `${name}_T`));
    }
    easy.cleanup();
  });

  it('REDIRECT_TIME is when the last redirect was followed; the timers add up over the chain', async () => {
    const peer = await startHttp((req, res) => {
      if (req.url === '/from') {
        res.writeHead(302, { Location: '/to', 'Content-Length': '0' });
        res.end();
      } else res.end('there');
    });
    const easy = quiet(peer.url('/from'));
    set(easy, 'FOLLOWLOCATION', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    const redirect = us(easy, 'REDIRECT_TIME_T');
    expect(redirect).toBeGreaterThan(0);
    expect(redirect).toBeLessThanOrEqual(us(easy, 'TOTAL_TIME_T'));
    expect(us(easy, 'STARTTRANSFER_TIME_T')).toBeGreaterThan(0);
    easy.cleanup();
  });

  it('a transfer that fails before its request gets PRETRANSFER and STARTTRANSFER then (mstate_enter_completed)', async () => {
    const easy = quiet(`http://127.0.0.1:${await deadPort()}/`);
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    const pre = us(easy, 'PRETRANSFER_TIME_T');
    expect(pre).toBeGreaterThan(0);
    expect(us(easy, 'POSTTRANSFER_TIME_T')).toBeGreaterThanOrEqual(pre);
    expect(us(easy, 'STARTTRANSFER_TIME_T')).toBeGreaterThanOrEqual(pre);
    expect(us(easy, 'TOTAL_TIME_T')).toBeGreaterThanOrEqual(us(easy, 'STARTTRANSFER_TIME_T'));
    easy.cleanup();
  });

  it('are 0 after a connect-only perform, which sends no request', async () => {
    const peer = await startHttp((_req, res) => res.end());
    const easy = new Easy();
    set(easy, 'URL', peer.url('/'));
    set(easy, 'CONNECT_ONLY', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(us(easy, 'PRETRANSFER_TIME_T')).toBe(0);
    expect(us(easy, 'STARTTRANSFER_TIME_T')).toBe(0);
    easy.cleanup();
  });
});

describe('size and speed infos', () => {
  it('SIZE_DOWNLOAD_T counts body bytes only; SPEED_DOWNLOAD_T is size over total time', async () => {
    const body = Buffer.alloc(100_000, 0x61);
    const peer = await startHttp((_req, res) => res.end(body));
    const easy = quiet(peer.url('/'));
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'SIZE_DOWNLOAD_T').value).toBe(100_000);
    const seconds = (info(easy, 'TOTAL_TIME').value as number);
    expect(info(easy, 'SPEED_DOWNLOAD_T').value).toBe(Math.floor(100_000 / seconds));
    expect(info(easy, 'SIZE_UPLOAD_T').value).toBe(0);
    expect(info(easy, 'SPEED_UPLOAD_T').value).toBe(0);
    expect(info(easy, 'CONTENT_LENGTH_UPLOAD_T').value).toBe(-1);
    easy.cleanup();
  });

  it('REQUEST_SIZE is the bytes of every request sent, redirects included', async () => {
    const peer = await startHttp((req, res) => {
      if (req.url === '/one') {
        res.writeHead(301, { Location: '/two' });
        res.end();
      } else res.end('ok');
    });
    const easy = quiet(peer.url('/one'));
    set(easy, 'FOLLOWLOCATION', 1);
    set(easy, 'POSTFIELDS', 'x=1');
    const heads: string[] = [];
    set(easy, 'DEBUGFUNCTION', (_h: unknown, type: number, data: Uint8Array) => {
      if (type === 2) heads.push(Buffer.from(data).toString('latin1'));
      return 0;
    });
    set(easy, 'VERBOSE', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    // the POST body goes with the first request only (a 301 turns POST into GET)
    const sent = heads.reduce((n, h) => n + Buffer.byteLength(h, 'latin1'), 0) + 3;
    expect(heads.length).toBe(2);
    expect(info(easy, 'REQUEST_SIZE').value).toBe(sent);
    easy.cleanup();
  });
});

describe('response facts', () => {
  it('CONTENT_TYPE, HTTP_VERSION and RETRY_AFTER come from the last response', async () => {
    const peer = await startHttp((_req, res) => {
      res.writeHead(503, { 'Content-Type': '  text/plain; charset=utf-8 ', 'Retry-After': '120' });
      res.end('busy');
    });
    const easy = quiet(peer.url('/'));
    expect(info(easy, 'CONTENT_TYPE').value).toBe(null);
    expect(info(easy, 'HTTP_VERSION').value).toBe(0);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'CONTENT_TYPE').value).toBe('text/plain; charset=utf-8');
    expect(info(easy, 'HTTP_VERSION').value).toBe(2);
    expect(info(easy, 'RETRY_AFTER').value).toBe(120);
    easy.cleanup();
  });

  it('RETRY_AFTER reads a date as seconds from now, caps at six hours, and is 0 for garbage', async () => {
    const values = [new Date(Date.now() + 3_600_000).toUTCString(), '999999', 'soon'];
    const peer = await startHttp((_req, res) => {
      res.writeHead(429, { 'Retry-After': values.shift()! });
      res.end();
    });
    const easy = quiet(peer.url('/'));
    expect(await easy.perform()).toBe(CURLE.OK);
    const s = info(easy, 'RETRY_AFTER').value as number;
    expect(s).toBeGreaterThan(3590);
    expect(s).toBeLessThanOrEqual(3600);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'RETRY_AFTER').value).toBe(21600);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'RETRY_AFTER').value).toBe(0);
    easy.cleanup();
  });

  it('HTTP_VERSION is 1 (CURL_HTTP_VERSION_1_0) for an HTTP/1.0 answer', async () => {
    const peer = await listen((s) => s.once('data', () => s.end('HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\nx')));
    const easy = quiet(`http://127.0.0.1:${peer.port}/`);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'HTTP_VERSION').value).toBe(1);
    easy.cleanup();
  });

  it('FILETIME is -1 unless CURLOPT_FILETIME asks for Last-Modified', async () => {
    const when = Date.UTC(2020, 0, 2, 3, 4, 5) / 1000;
    const peer = await startHttp((_req, res) => {
      res.writeHead(200, { 'Last-Modified': new Date(when * 1000).toUTCString() });
      res.end('doc');
    });
    const easy = quiet(peer.url('/'));
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'FILETIME').value).toBe(-1);
    expect(info(easy, 'FILETIME_T').value).toBe(-1);
    set(easy, 'FILETIME', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'FILETIME').value).toBe(when);
    expect(info(easy, 'FILETIME_T').value).toBe(when);
    easy.cleanup();
  });

  it('REDIRECT_URL names where a redirect that was not followed would go', async () => {
    const peer = await startHttp((_req, res) => {
      res.writeHead(301, { Location: 'next/page?q=1' });
      res.end();
    });
    const easy = quiet(peer.url('/dir/start'));
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'REDIRECT_URL').value).toBe(peer.url('/dir/next/page?q=1'));
    set(easy, 'FOLLOWLOCATION', 1);
    set(easy, 'MAXREDIRS', 0);
    expect(await easy.perform()).toBe(CURLE.TOO_MANY_REDIRECTS);
    expect(info(easy, 'REDIRECT_URL').value).toBe(peer.url('/dir/next/page?q=1'));
    easy.cleanup();
  });

  it('EFFECTIVE_METHOD follows CUSTOMREQUEST, NOBODY and a POST turned into GET by a 302', async () => {
    const peer = await startHttp((req, res) => {
      if (req.url === '/post') {
        res.writeHead(302, { Location: '/got' });
        res.end();
      } else res.end('');
    });
    const easy = quiet(peer.url('/post'));
    expect(info(easy, 'EFFECTIVE_METHOD').value).toBe('GET');
    set(easy, 'POSTFIELDS', 'a=b');
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'EFFECTIVE_METHOD').value).toBe('POST');
    set(easy, 'FOLLOWLOCATION', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(peer.requests.map((r) => r.method)).toEqual(['POST', 'POST', 'GET']);
    expect(info(easy, 'EFFECTIVE_METHOD').value).toBe('GET');
    set(easy, 'CUSTOMREQUEST', 'PATCH');
    expect(info(easy, 'EFFECTIVE_METHOD').value).toBe('PATCH');
    set(easy, 'CUSTOMREQUEST', null);
    set(easy, 'NOBODY', 1);
    expect(info(easy, 'EFFECTIVE_METHOD').value).toBe('HEAD');
    easy.cleanup();
  });

  it('XFER_ID numbers each perform of a handle; REFERER, CAINFO and CAPATH are null', async () => {
    const peer = await startHttp((_req, res) => res.end(''));
    const easy = quiet(peer.url('/'));
    expect(easy.getinfo(CURLINFO.XFER_ID).value).toBe(-1);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(easy.getinfo(CURLINFO.XFER_ID).value).toBe(0);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(easy.getinfo(CURLINFO.XFER_ID).value).toBe(1);
    expect(easy.getinfo(CURLINFO.REFERER)).toEqual({ code: CURLE.OK, value: null });
    expect(easy.getinfo(CURLINFO.CAINFO)).toEqual({ code: CURLE.OK, value: null });
    expect(easy.getinfo(CURLINFO.CAPATH)).toEqual({ code: CURLE.OK, value: null });
    easy.cleanup();
    expect(easy.getinfo(CURLINFO.XFER_ID).code).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
  });
});
