// Issue 14: a callback-mode WebSocket transfer whose server closes in the middle of a frame.
// libcurl 8.22's ws decoder (lib/ws.c ws_dec_read_head, ws_dec_pass_payload) takes a frame head's
// bytes into its own head buffer and hands payload on as it comes, so when the connection ends its
// writer holds no bytes and ws_cw_write's "[WS] decode ending with %zu frame bytes remaining" (56)
// does not fire: the transfer ends with CURLE_OK, the partial payload delivered with its meta.
// libcurl 8.22 built from the mirror, against the same raw peers, printed exactly this (`write 5
// offset=0 bytesleft=5`, rc 0, empty error buffer; no write for a cut head).
import { describe, expect, it } from 'vitest';
import { CURL_WRITEFUNC_PAUSE, CURLE, CURLPAUSE_CONT, CURLWS_BINARY, Easy } from '../../runtime/index.js';
import { serverFrame, startRawWs } from '../multi/peers.js';
import { cleanupAfterEach, set } from './helpers.js';

cleanupAfterEach();

const BINARY_FIN = 0x80 | CURLWS_BINARY;

/** A peer that upgrades, sends `bytes` and closes. */
async function cutAfter(bytes: Buffer): Promise<string> {
  const peer = await startRawWs((s, _key, ok101) => {
    s.write(ok101());
    setTimeout(() => s.end(bytes), 20);
  });
  return peer.url();
}

interface Seen {
  len: number;
  offset: number;
  bytesleft: number;
}

async function run(url: string, pauseFirst = false): Promise<{ rc: number; seen: Seen[]; error: string }> {
  const easy = new Easy();
  const errors = { text: '' };
  const seen: Seen[] = [];
  let paused = false;
  set(easy, 'URL', url);
  set(easy, 'ERRORBUFFER', errors);
  set(easy, 'WRITEFUNCTION', (b: Uint8Array) => {
    const m = easy.wsMeta();
    seen.push({ len: b.length, offset: m?.offset ?? -1, bytesleft: m?.bytesleft ?? -1 });
    if (pauseFirst && !paused) {
      // the connection closes while the transfer is paused; nothing is lost once it goes on
      paused = true;
      setTimeout(() => easy.pause(CURLPAUSE_CONT), 100);
      return CURL_WRITEFUNC_PAUSE;
    }
    return b.length;
  });
  const rc = await easy.perform();
  easy.cleanup();
  return { rc, seen, error: errors.text };
}

describe('a callback-mode transfer cut in the middle of a frame', () => {
  it('cut in the payload: OK, the payload so far delivered with its bytes left', async () => {
    const frame = serverFrame(BINARY_FIN, Buffer.from('0123456789'));
    const r = await run(await cutAfter(frame.subarray(0, 2 + 5)));
    expect(r).toEqual({ rc: CURLE.OK, seen: [{ len: 5, offset: 0, bytesleft: 5 }], error: '' });
  });

  it('cut in a frame head: OK, nothing delivered for it', async () => {
    const whole = serverFrame(BINARY_FIN, Buffer.from('ab'));
    const r = await run(await cutAfter(Buffer.concat([whole, Buffer.from([BINARY_FIN, 126, 0x01])])));
    expect(r).toEqual({ rc: CURLE.OK, seen: [{ len: 2, offset: 0, bytesleft: 0 }], error: '' });
  });

  it('cut while paused: the held piece comes again after the pause, then OK', async () => {
    const frame = serverFrame(BINARY_FIN, Buffer.from('0123456789'));
    const r = await run(await cutAfter(frame.subarray(0, 2 + 5)), true);
    expect(r.rc).toBe(CURLE.OK);
    expect(r.error).toBe('');
    expect(r.seen).toEqual([
      { len: 5, offset: 0, bytesleft: 5 },
      { len: 5, offset: 0, bytesleft: 5 },
    ]);
  });
});
