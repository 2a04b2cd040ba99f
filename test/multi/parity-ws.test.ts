// Issue 10, the WebSocket upgrade: where a side-by-side run against libcurl 8.22 showed it differ.
// A connect-only transfer has no "Empty reply" check (lib/http.c Curl_http_done skips it for
// CONNECT_ONLY), so a server that closes before its answer is complete ends the perform with
// CURLE_OK; the header bytes that came are handed out (Curl_http_done writes the held line), and
// the connection never became a WebSocket: curl_ws_recv says 43 "[WS] connection is not setup for
// websocket", curl_ws_send 55 "[WS] Not a websocket transfer" (lib/ws.c; curl test 2304).
import { afterEach, describe, expect, it } from 'vitest';
import { CURLE, CURLWS_PING, Easy } from '../../runtime/index.js';
import { capture, info, set } from '../runtime/helpers.js';
import { closePeers, startRawWs } from './peers.js';

afterEach(closePeers);

/** A connect-only mode 2 handle for `url` that records header lines and failure texts. */
function wsEasy(url: string) {
  const easy = new Easy();
  set(easy, 'URL', url);
  set(easy, 'CONNECT_ONLY', 2);
  const headers: string[] = [];
  set(easy, 'HEADERFUNCTION', (b: Uint8Array) => {
    headers.push(Buffer.from(b).toString('latin1'));
    return b.length;
  });
  const errors = { text: '' };
  set(easy, 'ERRORBUFFER', errors);
  return { easy, headers, errors, log: capture(easy) };
}

// curl test 2304's reply: a 101 without its blank line, then the server closes (swsclose)
const CUT_101 = [
  'HTTP/1.1 101 Switching to WebSockets swsclose\r\n',
  'Server: test-server/fake\r\n',
  'Upgrade: websocket\r\n',
  'Connection: Upgrade\r\n',
  'Something: else\r\n',
  'Sec-WebSocket-Accept: HkPsVga7+8LuxM4RGQ5p9tZHeYs=\r\n',
];

describe('a 101 cut before its blank line, then the server closes (curl test 2304)', () => {
  it('perform returns 0 with RESPONSE_CODE 101 and every line that came, the held last one too', async () => {
    const peer = await startRawWs((s) => s.end(CUT_101.join('')));
    const w = wsEasy(peer.url('/2304'));
    expect(await w.easy.perform()).toBe(CURLE.OK);
    expect(info(w.easy, 'RESPONSE_CODE').value).toBe(101);
    expect(w.headers).toEqual(CUT_101);
    expect(info(w.easy, 'HEADER_SIZE').value).toBe(CUT_101.join('').length);
    expect(w.log.lines()).toContain(`Connection #0 to host 127.0.0.1:${peer.port} left intact`);
    expect(w.log.lines()).not.toContain('[WS] Received 101, switch to WebSocket');
    expect(w.errors.text).toBe('');
    w.easy.cleanup();
  });

  it('then wsRecv is 43 "[WS] connection is not setup for websocket" and wsSend 55 "[WS] Not a websocket transfer"', async () => {
    const peer = await startRawWs((s) => s.end(CUT_101.join('')));
    const w = wsEasy(peer.url('/2304'));
    expect(await w.easy.perform()).toBe(CURLE.OK);
    // lib2304 reads first, then sends its PING
    expect(w.easy.wsRecv(new Uint8Array(256))).toEqual({ code: CURLE.BAD_FUNCTION_ARGUMENT, n: 0, meta: null });
    expect(w.easy.wsSend(Buffer.from('foobar'), CURLWS_PING)).toEqual({ code: CURLE.SEND_ERROR, sent: 0 });
    // the error buffer keeps the first text since the perform
    expect(w.errors.text).toBe('[WS] connection is not setup for websocket');
    expect(w.log.lines().slice(-2)).toEqual(['[WS] connection is not setup for websocket', '[WS] Not a websocket transfer']);
    // the connection stays the handle's until cleanup: the socket reads EOF
    expect(w.easy.recv(new Uint8Array(16))).toEqual({ code: CURLE.OK, n: 0 });
    w.easy.cleanup();
  });

  it('a line cut in the middle is handed out as it came', async () => {
    const peer = await startRawWs((s) => s.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nSec-WebSocket-Acc'));
    const w = wsEasy(peer.url());
    expect(await w.easy.perform()).toBe(CURLE.OK);
    expect(w.headers).toEqual(['HTTP/1.1 101 Switching Protocols\r\n', 'Upgrade: websocket\r\n', 'Sec-WebSocket-Acc']);
    expect(w.easy.wsSend(Buffer.from('x'), 1).code).toBe(CURLE.SEND_ERROR);
    w.easy.cleanup();
  });

  it('no answer at all: 0 too, not 52 (no "Empty reply" check for connect-only)', async () => {
    const peer = await startRawWs((s) => s.end());
    const w = wsEasy(peer.url());
    expect(await w.easy.perform()).toBe(CURLE.OK);
    expect(info(w.easy, 'RESPONSE_CODE').value).toBe(0);
    expect(w.headers).toEqual([]);
    expect(w.easy.wsRecv(new Uint8Array(8)).code).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    w.easy.cleanup();
  });
});
