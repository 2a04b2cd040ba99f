// Issue 14: the promise convenience `curly` over Easy: status, headers and body on success; a
// CurlyError with the CURLcode and libcurl's text otherwise; nothing left open either way.
import { describe, expect, it } from 'vitest';
import { CURLE, CurlyError, curly } from '../../runtime/index.js';
import { leftOpenEachTest } from '../faults/open-handles.js';
import { startHttp } from '../multi/peers.js';
import { cleanupAfterEach, deadPort } from './helpers.js';

const leftOpen = leftOpenEachTest();
cleanupAfterEach();

describe('curly', () => {
  it('resolves with the status, the last response headers and the body, options applied', async () => {
    const peer = await startHttp((req, res) => {
      if (req.url === '/old') {
        res.writeHead(301, { Location: '/new' });
        res.end();
        return;
      }
      res.setHeader('X-Seen', [String(req.headers['x-mine']), 'again']);
      res.setHeader('Content-Type', 'text/plain');
      res.end(`${req.method} ${req.url}`);
    });
    const r = await curly(peer.url('/old'), { FOLLOWLOCATION: 1, HTTPHEADER: ['X-Mine: 1'] });
    expect(r.statusCode).toBe(200);
    expect(r.data.toString()).toBe('GET /new');
    expect(r.headers['content-type']).toBe('text/plain');
    expect(r.headers['x-seen']).toBe('1, again');
    expect(r.headers['location']).toBeUndefined();
    expect(r.effectiveUrl).toBe(peer.url('/new'));
  });

  it('resolves for an HTTP error status, as the transfer itself succeeded', async () => {
    const peer = await startHttp((_req, res) => {
      res.writeHead(404);
      res.end('nope');
    });
    const r = await curly(peer.url('/'));
    expect(r.statusCode).toBe(404);
    expect(r.data.toString()).toBe('nope');
  });

  it('rejects with the CURLcode and libcurl\'s text when the transfer fails, leaving nothing open', async () => {
    const port = await deadPort();
    const err = await curly(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CurlyError);
    expect((err as CurlyError).code).toBe(CURLE.COULDNT_CONNECT);
    expect((err as CurlyError).message).toMatch(/^Failed to connect to 127\.0\.0\.1/);
    expect(await leftOpen()).toEqual({});
  });

  it('rejects with the setopt code for an option it refuses or does not know', async () => {
    await expect(curly('http://127.0.0.1:1/', { MAXREDIRS: -5 })).rejects.toMatchObject({ code: CURLE.BAD_FUNCTION_ARGUMENT });
    await expect(curly('http://127.0.0.1:1/', { NO_SUCH_THING: 1 })).rejects.toMatchObject({
      code: CURLE.UNKNOWN_OPTION,
      message: 'NO_SUCH_THING: An unknown option was passed in to libcurl',
    });
  });
});
