// Section B: curl_easy_perform with CONNECT_ONLY=1, and section K2's verbose lines for it.
import { afterEach, describe, expect, it } from 'vitest';
import { CURL_SOCKET_BAD, CURLE } from '../../runtime/index.js';
import { capture, closeAll, connectOnly, deadPort, info, listen, NeverConnects, set, until } from './helpers.js';

afterEach(closeAll);

describe('perform with CONNECT_ONLY=1', () => {
  it('connects and sends nothing of its own (B1)', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/path`);
    expect(await easy.perform()).toBe(CURLE.OK);
    const sock = await peer.accepted();
    // The server end sees the connection and no request; the client closing it ends the stream.
    easy.cleanup();
    await new Promise((r) => sock.once('close', r));
    expect(peer.received[0]!.length).toBe(0);
  });

  it('reports the connection through getinfo (B2)', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    expect(info(easy, 'CONN_ID').value).toBe(-1);
    expect(await easy.perform()).toBe(CURLE.OK);
    const sock = await peer.accepted();
    expect(info(easy, 'RESPONSE_CODE')).toEqual({ code: 0, value: 0 });
    expect(info(easy, 'CONN_ID')).toEqual({ code: 0, value: 0 });
    expect(info(easy, 'PRIMARY_IP')).toEqual({ code: 0, value: '127.0.0.1' });
    expect(info(easy, 'PRIMARY_PORT')).toEqual({ code: 0, value: peer.port });
    expect(info(easy, 'LOCAL_IP')).toEqual({ code: 0, value: '127.0.0.1' });
    expect(info(easy, 'LOCAL_PORT')).toEqual({ code: 0, value: sock.remotePort });
    expect(info(easy, 'NUM_CONNECTS')).toEqual({ code: 0, value: 1 });
    expect(info(easy, 'EFFECTIVE_URL')).toEqual({ code: 0, value: `http://127.0.0.1:${peer.port}/` });
    expect(info(easy, 'HTTP_CONNECTCODE').value).toBe(0);
    expect(info(easy, 'OS_ERRNO').value).toBe(0);
    const ct = info(easy, 'CONNECT_TIME').value as number;
    const ctT = info(easy, 'CONNECT_TIME_T').value as number;
    const total = info(easy, 'TOTAL_TIME').value as number;
    expect(ct).toBeGreaterThan(0);
    expect(Number.isInteger(ctT)).toBe(true);
    expect(ctT).toBe(Math.round(ct * 1e6));
    expect(total).toBeGreaterThanOrEqual(ct);
    expect(info(easy, 'APPCONNECT_TIME').value).toBe(0);
    easy.cleanup();
  });

  it('prints the 8.22 connect-only lines, in order (K2)', async () => {
    const peer = await listen(() => {}, '::1');
    const easy = connectOnly(`http://localhost:${peer.port}/`);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    const sock = await peer.accepted();
    expect(log.lines()).toEqual([
      `Host localhost:${peer.port} was resolved.`,
      'IPv6: ::1',
      'IPv4: 127.0.0.1',
      `  Trying [::1]:${peer.port}...`,
      `Established connection to localhost (::1 port ${peer.port}) from ::1 port ${sock.remotePort} `,
      `Connection #0 to host localhost:${peer.port} left intact`,
    ]);
    easy.cleanup();
  });

  it('prints no "was resolved" lines for an IP literal (K2)', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines()[0]).toBe(`  Trying 127.0.0.1:${peer.port}...`);
    easy.cleanup();
  });

  it('closes the first connection on a second perform and makes a new one (B4)', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    const closed: unknown[] = [];
    set(easy, 'CLOSESOCKETFUNCTION', (_d: unknown, item: { destroy(): void }) => {
      closed.push(item);
      item.destroy();
      return 0;
    });
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    const first = info(easy, 'ACTIVESOCKET').value;
    expect(closed).toEqual([]);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(closed).toEqual([first]);
    expect(info(easy, 'CONN_ID').value).toBe(1);
    expect(info(easy, 'ACTIVESOCKET').value).not.toBe(first);
    await peer.accepted(1);
    expect(peer.sockets.length).toBe(2);
    const lines = log.lines();
    const second = lines.indexOf('closing connection #0');
    expect(second).toBeGreaterThan(lines.indexOf(`Connection #0 to host 127.0.0.1:${peer.port} left intact`));
    expect(lines.slice(second)).toEqual([
      'closing connection #0',
      'Hostname 127.0.0.1 was found in DNS cache',
      `  Trying 127.0.0.1:${peer.port}...`,
      expect.stringMatching(new RegExp(`^Established connection to 127\\.0\\.0\\.1 \\(127\\.0\\.0\\.1 port ${peer.port}\\) from 127\\.0\\.0\\.1 port \\d+ $`)),
      `Connection #1 to host 127.0.0.1:${peer.port} left intact`,
    ]);
    easy.cleanup();
    expect(closed.length).toBe(2);
  });

  it('leaves no connection after a failed perform (B5)', async () => {
    const port = await deadPort();
    const easy = connectOnly(`http://127.0.0.1:${port}/`);
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    expect(info(easy, 'ACTIVESOCKET').value).toBe(CURL_SOCKET_BAD);
    expect(info(easy, 'LASTSOCKET').value).toBe(-1);
    expect(easy.send(Buffer.from('x'))).toEqual({ code: CURLE.UNSUPPORTED_PROTOCOL, n: 0 });
    expect(easy.recv(new Uint8Array(4))).toEqual({ code: CURLE.UNSUPPORTED_PROTOCOL, n: 0 });
    // N1: the buffer keeps the first failure text since the perform started
    expect(errors.text).toMatch(new RegExp(`^Failed to connect to 127\\.0\\.0\\.1:${port} after \\d+ ms: Could not connect to server$`));
    easy.cleanup();
  });

  it('a failed perform after a good one closes the good one too (B4, B5)', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    expect(await easy.perform()).toBe(CURLE.OK);
    const sock = await peer.accepted();
    set(easy, 'URL', `http://127.0.0.1:${await deadPort()}/`);
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    await new Promise((r) => sock.once('close', r));
    expect(info(easy, 'ACTIVESOCKET').value).toBe(CURL_SOCKET_BAD);
    expect(info(easy, 'CONN_ID').value).toBe(1);
    const log = capture(easy);
    expect(easy.send(Buffer.from('x')).code).toBe(CURLE.UNSUPPORTED_PROTOCOL);
    // lib/connect.c Curl_getconnectinfo forgets an id whose connection is gone before lib/easy.c
    // easy_connection makes the text
    expect(log.lines()).toEqual(['Failed to get last socket used for connection #-1']);
    expect(info(easy, 'CONN_ID').value).toBe(-1);
    easy.cleanup();
  });

  it('returns 93 when perform is called from inside a callback (C2)', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    let inner: Promise<number> | null = null;
    set(easy, 'SOCKOPTFUNCTION', () => {
      inner = easy.perform();
      return 0;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(await inner).toBe(CURLE.RECURSIVE_API_CALL);
    easy.cleanup();
  });

  it('refuses a perform while one is running', async () => {
    const easy = connectOnly('http://127.0.0.1:9/');
    set(easy, 'OPENSOCKETFUNCTION', () => new NeverConnects());
    set(easy, 'CONNECTTIMEOUT_MS', 50);
    const first = easy.perform();
    expect(await easy.perform()).toBe(CURLE.FAILED_INIT);
    expect(await first).toBe(CURLE.OPERATION_TIMEDOUT);
    easy.cleanup();
  });
});

describe('timeouts', () => {
  it('CONNECTTIMEOUT_MS ends a connect that never completes with 28', async () => {
    const easy = connectOnly('http://127.0.0.1:9/');
    const sockets: NeverConnects[] = [];
    const closed: unknown[] = [];
    set(easy, 'OPENSOCKETFUNCTION', () => {
      const s = new NeverConnects();
      sockets.push(s);
      return s;
    });
    set(easy, 'CLOSESOCKETFUNCTION', (_d: unknown, item: unknown) => {
      closed.push(item);
      return 0;
    });
    set(easy, 'CONNECTTIMEOUT_MS', 50);
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    expect(await easy.perform()).toBe(CURLE.OPERATION_TIMEDOUT);
    expect(errors.text).toMatch(/^Connection timed out after \d+ milliseconds$/);
    // the abandoned attempt's socket went through the close callback
    expect(closed).toEqual(sockets);
    expect(info(easy, 'ACTIVESOCKET').value).toBe(CURL_SOCKET_BAD);
  });

  it('TIMEOUT_MS bounds the connect phase too', async () => {
    const easy = connectOnly('http://127.0.0.1:9/');
    set(easy, 'OPENSOCKETFUNCTION', () => new NeverConnects());
    set(easy, 'TIMEOUT_MS', 40);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OPERATION_TIMEDOUT);
    expect(log.lines()).toContainEqual(expect.stringMatching(/^Connection timed out after \d+ milliseconds$/));
    expect(log.lines().at(-1)).toBe('closing connection #0');
  });

  it('TIMEOUT does not apply after the connect phase (B6)', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    set(easy, 'TIMEOUT_MS', 30);
    expect(await easy.perform()).toBe(CURLE.OK);
    const sock = await peer.accepted();
    // Wait well past the timeout with the event loop turning, then use the connection.
    const until30 = Date.now() + 60;
    await until(() => Date.now() > until30);
    sock.write('late');
    expect(await easy.wait('recv')).toBe(true);
    const buf = new Uint8Array(16);
    const r = easy.recv(buf);
    expect(r.code).toBe(CURLE.OK);
    expect(Buffer.from(buf.subarray(0, r.n)).toString()).toBe('late');
    easy.cleanup();
  });
});
