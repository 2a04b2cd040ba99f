// Section K (verbose output, the debug callback, STDERR) and N (the error buffer).
import { afterEach, describe, expect, it } from 'vitest';
import { CURLE, CURLINFO_TEXT, Easy } from '../../runtime/index.js';
import { capture, closeAll, connectOnly, deadPort, listen, set } from './helpers.js';

afterEach(closeAll);

function sink(): { write(s: string): boolean; text: () => string } {
  const parts: string[] = [];
  return {
    write(s: string) {
      parts.push(s);
      return true;
    },
    text: () => parts.join(''),
  };
}

describe('verbose output (K1)', () => {
  it('goes to STDERR with "* " before each TEXT line when there is no debug callback', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    const err = sink();
    set(easy, 'STDERR', err);
    set(easy, 'VERBOSE', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    const sock = await peer.accepted();
    expect(err.text()).toBe(
      `*   Trying 127.0.0.1:${peer.port}...\n` +
        `* Established connection to 127.0.0.1 (127.0.0.1 port ${peer.port}) from 127.0.0.1 port ${sock.remotePort} \n` +
        `* Connection #0 to host 127.0.0.1:${peer.port} left intact\n`,
    );
    easy.cleanup();
  });

  it('is silent without VERBOSE, whatever the debug callback', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    let calls = 0;
    set(easy, 'DEBUGFUNCTION', () => ++calls);
    const err = sink();
    set(easy, 'STDERR', err);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(calls).toBe(0);
    expect(err.text()).toBe('');
    easy.cleanup();
  });

  it('hands the handle, the type, the bytes, their size and DEBUGDATA to the callback', async () => {
    const easy = new Easy();
    const mine = { debug: true };
    const calls: unknown[][] = [];
    set(easy, 'VERBOSE', 1);
    set(easy, 'DEBUGDATA', mine);
    set(easy, 'DEBUGFUNCTION', (h: unknown, type: number, data: Uint8Array, size: number, clientp: unknown) => {
      calls.push([h, type, Buffer.from(data).toString(), size, clientp]);
      return 1; // ignored
    });
    set(easy, 'CONNECT_ONLY', 5);
    const text = 'setopt 0x8d got bad argument\n';
    expect(calls).toEqual([[easy, CURLINFO_TEXT, text, text.length, mine]]);
  });

  it('a debug callback that throws is ignored (decision 9)', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    set(easy, 'VERBOSE', 1);
    set(easy, 'DEBUGFUNCTION', () => {
      throw new Error('debug broke');
    });
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    expect(await easy.perform()).toBe(CURLE.OK);
    // the thrown message is kept as the handle's error text
    expect(errors.text).toBe('debug broke');
    easy.cleanup();
  });

  it('failure texts are TEXT events too (K3)', async () => {
    const easy = new Easy();
    const log = capture(easy);
    set(easy, 'CONNECT_ONLY', 1);
    easy.recv(new Uint8Array(1));
    set(easy, 'CONNECT_ONLY', 0);
    easy.send(Buffer.from('x'));
    expect(log.events).toEqual([
      { type: 0, text: 'Failed to get last socket used for connection #-1\n' },
      { type: 0, text: 'CONNECT_ONLY is required\n' },
    ]);
  });
});

describe('error buffer (N1)', () => {
  it('keeps the first failure text; later ones do not overwrite it', () => {
    const easy = new Easy();
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    easy.send(Buffer.from('x'));
    set(easy, 'CONNECT_ONLY', 7);
    expect(errors.text).toBe('CONNECT_ONLY is required');
  });

  it('is cleared at the start of a perform and holds that perform\'s failure', async () => {
    const easy = connectOnly(`http://127.0.0.1:${await deadPort()}/`);
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    set(easy, 'CONNECT_ONLY', 9);
    expect(errors.text).toBe('setopt 0x8d got bad argument');
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    expect(errors.text).toMatch(/^Failed to connect to 127\.0\.0\.1:\d+ after \d+ ms: Could not connect to server$/);
  });

  it('after a successful perform it is empty, even when an attempt failed on the way', async () => {
    const peer = await listen(() => {}, '127.0.0.1');
    // localhost: ::1 is refused first, then 127.0.0.1 connects
    const easy = connectOnly(`http://localhost:${peer.port}/`);
    const errors = { text: 'stale' };
    set(easy, 'ERRORBUFFER', errors);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(errors.text).toBe('');
    easy.cleanup();
  });

  it('cuts texts to CURL_ERROR_SIZE - 1 characters', () => {
    const easy = new Easy();
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    set(easy, 'VERBOSE', 1);
    set(easy, 'DEBUGFUNCTION', () => {
      throw new Error('x'.repeat(1000));
    });
    set(easy, 'HTTPPROXYTUNNEL', 5); // prints a note, so the debug callback runs
    expect(errors.text).toBe('x'.repeat(255));
  });
});
