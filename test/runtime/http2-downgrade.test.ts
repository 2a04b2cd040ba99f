// An HTTP/2 stream reset with HTTP_1_1_REQUIRED (issue 16): libcurl goes again on HTTP/1.1
// (lib/multi.c, Curl_h2_http_1_1_error: "Downgrades to HTTP/1.1"), offering http/1.1 alone in
// ALPN on a new connection. Against a Node http2 server that takes both protocols and refuses
// HTTP/2 requests that way, as IIS does for client certificates and NTLM.
import * as http2 from 'node:http2';
import type * as net from 'node:net';
import type * as tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { CURLE, Easy, Multi } from '../../runtime/index.js';
import { filePki, listenLoopback } from '../peers/tls-fixtures.js';
import { capture, cleanupAfterEach, collect, easyWith, info, set } from './helpers.js';

const { haveOpenssl, pki } = filePki('the HTTP/2 downgrade tests');
const { handles, closers } = cleanupAfterEach();

/** A server on h2 and http/1.1 whose HTTP/2 streams for `refused` paths are reset with
 * HTTP_1_1_REQUIRED; every other request gets its protocol and path back. */
async function picky(refused: (path: string) => boolean): Promise<{ port: number; alpn: (string | false)[]; seen: string[] }> {
  const alpn: (string | false)[] = [];
  const seen: string[] = [];
  const server = http2.createSecureServer({ key: pki.localhost.key, cert: pki.localhost.cert, allowHTTP1: true });
  const sockets = new Set<net.Socket>();
  server.on('secureConnection', (s: tls.TLSSocket) => {
    alpn.push(s.alpnProtocol ?? false);
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('request', (req: http2.Http2ServerRequest, res: http2.Http2ServerResponse) => {
    seen.push(`${req.httpVersion} ${req.url}`);
    if (req.httpVersion === '2.0' && refused(req.url)) {
      req.stream.close(http2.constants.NGHTTP2_HTTP_1_1_REQUIRED);
      return;
    }
    res.end(`${req.httpVersion} ${req.url}`);
  });
  const { port, close } = await listenLoopback(server as unknown as net.Server);
  closers.push(async () => {
    for (const s of sockets) s.destroy();
    await close();
  });
  return { port, alpn, seen };
}

function easyFor(url: string): Easy {
  return easyWith(handles, { URL: url, CAINFO: pki.ca.certFile });
}

describe.runIf(haveOpenssl)('HTTP_1_1_REQUIRED', () => {
  it('the request goes again on a new HTTP/1.1 connection, with libcurl lines and an error buffer cleared by the new connect', async () => {
    const p = await picky(() => true);
    const url = `https://localhost:${p.port}/only-h1`;
    const easy = easyFor(url);
    const log = capture(easy);
    const got = collect(easy);
    const errors = { text: 'untouched' };
    set(easy, 'ERRORBUFFER', errors);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(got.body().toString()).toBe('1.1 /only-h1');
    expect(info(easy, 'HTTP_VERSION').value).toBe(2);
    expect(info(easy, 'RESPONSE_CODE').value).toBe(200);
    expect(p.alpn).toEqual(['h2', 'http/1.1']);
    expect(p.seen).toEqual(['2.0 /only-h1', '1.1 /only-h1']);
    const lines = log.lines();
    const at = (line: string): number => lines.indexOf(line);
    expect(at('HTTP/2 stream 1 reset by server (error 0xd HTTP_1_1_REQUIRED)')).toBeGreaterThan(-1);
    expect(at('Downgrades to HTTP/1.1')).toBeGreaterThan(at('HTTP/2 stream 1 reset by server (error 0xd HTTP_1_1_REQUIRED)'));
    expect(at(`Issue another request to this URL: '${url}'`)).toBeGreaterThan(at('Downgrades to HTTP/1.1'));
    expect(lines.filter((l) => l.startsWith('ALPN: curl offers'))).toEqual(['ALPN: curl offers h2,http/1.1', 'ALPN: curl offers http/1.1']);
    expect(lines.lastIndexOf('ALPN: curl offers http/1.1')).toBeGreaterThan(at('Downgrades to HTTP/1.1'));
    // two connections made; the new connect cleared the buffer
    expect(info(easy, 'NUM_CONNECTS').value).toBe(2);
    expect(errors.text).toBe('');
    // the next perform starts over with HTTP/2, on the HTTP/2 connection kept (streamclose)
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(p.seen.slice(2)).toEqual(['2.0 /only-h1', '1.1 /only-h1']);
    expect(p.alpn.length).toBe(2);
  });

  it('in a Multi, only the refused transfer goes again; the others stay on the HTTP/2 connection', async () => {
    const p = await picky((path) => path === '/refused');
    const multi = new Multi();
    const easies = ['/a', '/refused', '/b'].map((path) => {
      const e = easyFor(`https://localhost:${p.port}${path}`);
      set(e, 'PIPEWAIT', 1);
      collect(e);
      multi.addHandle(e);
      return e;
    });
    const results = new Map<Easy, number>();
    while (results.size < easies.length) {
      multi.perform();
      for (let m = multi.infoRead(); m !== undefined; m = multi.infoRead()) results.set(m.easy, m.result);
      if (results.size < easies.length) await multi.poll(1000);
    }
    for (const e of easies) {
      expect(results.get(e)).toBe(CURLE.OK);
      multi.removeHandle(e);
    }
    multi.cleanup();
    expect(easies.map((e) => info(e, 'HTTP_VERSION').value)).toEqual([3, 2, 3]);
    expect([...p.seen].sort()).toEqual(['1.1 /refused', '2.0 /a', '2.0 /b', '2.0 /refused']);
    expect(p.alpn).toEqual(['h2', 'http/1.1']);
  });
});
