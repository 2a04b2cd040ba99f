// The health of pooled connections as libcurl 8.22 judges it (lib/conncache.c
// Curl_cpool_conn_seems_healthy, Curl_cpool_prune_dead; lib/url.c url_match_conn) and the lines
// it prints when connections close (cpool_conn_close). The sequences were taken from curl 8.22's
// own `curl -v --rate 2/s URL URL` against the same kind of peer.
import type net from 'node:net';
import { describe, expect, it } from 'vitest';
import { CURLE, Easy } from '../../runtime/index.js';
import { capture, cleanupAfterEach, info, listen, set } from './helpers.js';

const { handles } = cleanupAfterEach();

/** An HTTP/1.1 peer that answers "ok" to each request and closes the connection `closeAfter` ms
 * later (an idle timeout), or at once with `Connection: close` when `closeAfter` is 0. */
async function peer(closeAfter: number): Promise<{ port: number; connections: () => number }> {
  let connections = 0;
  const p = await listen((s: net.Socket) => {
    connections++;
    s.on('data', () => {
      if (closeAfter === 0) s.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok');
      else {
        s.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
        setTimeout(() => s.end(), closeAfter);
      }
    });
  });
  return { port: p.port, connections: () => connections };
}

function handle(url: string): { easy: Easy; lines: () => string[] } {
  const easy = new Easy();
  handles.push(easy);
  set(easy, 'URL', url);
  set(easy, 'WRITEFUNCTION', (b: Uint8Array) => b.length);
  const log = capture(easy);
  return { easy, lines: () => log.lines() };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('pooled connections that died while idle', () => {
  it('within a second of going idle one is taken unchecked; the request finds it dead and goes again on a new connection', async () => {
    const p = await peer(30);
    const url = `http://127.0.0.1:${p.port}/`;
    const { easy, lines } = handle(url);
    expect(await easy.perform()).toBe(CURLE.OK);
    await sleep(300);
    const before = lines().length;
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(lines().slice(before, before + 6)).toEqual([
      'Reusing existing http: connection with host 127.0.0.1',
      'Request completely sent off',
      'Connection died, retrying a fresh connect (retry count: 1)',
      'shutting down connection #0',
      `Issue another request to this URL: '${url}'`,
      'Hostname 127.0.0.1 was found in DNS cache',
    ]);
    expect(info(easy, 'CONN_ID').value).toBe(1);
    expect(p.connections()).toBe(2);
  });

  it('a second or more after it went idle it is pruned without a line, and a new connection is made', async () => {
    const p = await peer(30);
    const { easy, lines } = handle(`http://127.0.0.1:${p.port}/`);
    expect(await easy.perform()).toBe(CURLE.OK);
    await sleep(1100);
    const before = lines().length;
    expect(await easy.perform()).toBe(CURLE.OK);
    const second = lines().slice(before);
    expect(second[0]).toBe('Hostname 127.0.0.1 was found in DNS cache');
    expect(second.some((l) => l.includes('seems to be dead') || l.startsWith('Reusing') || l.includes('connection #0'))).toBe(false);
    expect(info(easy, 'CONN_ID').value).toBe(1);
    expect(p.connections()).toBe(2);
  });
});

describe('closing lines', () => {
  it('a connection closed after a transfer that went well is "shutting down", after a failure "closing"', async () => {
    const p = await peer(0);
    const ok = handle(`http://127.0.0.1:${p.port}/`);
    expect(await ok.easy.perform()).toBe(CURLE.OK);
    expect(ok.lines().at(-1)).toBe('shutting down connection #0');
    // a transfer that fails: the connection is aborted
    const bad = handle(`http://127.0.0.1:${p.port}/`);
    set(bad.easy, 'MAXFILESIZE', 1);
    expect(await bad.easy.perform()).toBe(CURLE.FILESIZE_EXCEEDED);
    expect(bad.lines().at(-1)).toBe('closing connection #0');
  });
});
