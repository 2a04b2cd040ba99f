// reset, duphandle and cleanup (lib/easy.c curl_easy_reset, curl_easy_duphandle, curl_easy_cleanup),
// and the public exports.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import * as api from '../../runtime/index.js';
import { CURL_SOCKET_BAD, CURLE, Easy } from '../../runtime/index.js';
import * as constants from '../../runtime/base/constants.js';
import { capture, closeAll, connectOnly, echo, info, listen, recvAll, set } from './helpers.js';

afterEach(closeAll);

describe('reset', () => {
  it('restores every option', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    const log = capture(easy);
    set(easy, 'PRIVATE', { mine: 1 });
    expect(await easy.perform()).toBe(CURLE.OK);
    const before = log.events.length;
    easy.reset();
    // VERBOSE and DEBUGFUNCTION are gone, PRIVATE is null, CONNECT_ONLY is 0 (C3)
    expect(info(easy, 'PRIVATE').value).toBe(null);
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    expect(easy.send(Buffer.from('x')).code).toBe(CURLE.UNSUPPORTED_PROTOCOL);
    expect(errors.text).toBe('CONNECT_ONLY is required');
    expect(log.events.length).toBe(before);
  });

  it('forgets the connection for the handle and closes it at the next perform', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    const closed: unknown[] = [];
    set(easy, 'CLOSESOCKETFUNCTION', (_c: unknown, s: net.Socket) => {
      closed.push(s);
      s.destroy();
      return 0;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    const sock = info(easy, 'ACTIVESOCKET').value;
    easy.reset();
    expect(info(easy, 'ACTIVESOCKET').value).toBe(CURL_SOCKET_BAD);
    expect(info(easy, 'CONN_ID').value).toBe(-1);
    expect(info(easy, 'EFFECTIVE_URL').value).toBe(null);
    expect(info(easy, 'PRIMARY_IP').value).toBe('');
    // libcurl keeps it in the pool: not closed yet, and the close callback is the old one
    expect(closed).toEqual([]);
    set(easy, 'URL', `http://127.0.0.1:${peer.port}/`);
    set(easy, 'CONNECT_ONLY', 1);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(closed).toEqual([sock]);
    expect(log.lines()[0]).toBe('closing connection #0');
    // numbering goes on: the handle's connection counter is not reset
    expect(info(easy, 'CONN_ID').value).toBe(1);
    easy.cleanup();
  });
});

describe('duphandle', () => {
  it('copies the options, not the connection', async () => {
    const peer = await listen(echo);
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    const mine = { p: 1 };
    set(easy, 'PRIVATE', mine);
    set(easy, 'RESOLVE', ['a.test:1:127.0.0.1']);
    expect(await easy.perform()).toBe(CURLE.OK);
    const copy = easy.duphandle()!;
    expect(copy).toBeInstanceOf(Easy);
    expect(info(copy, 'PRIVATE').value).toBe(mine);
    expect(info(copy, 'ACTIVESOCKET').value).toBe(CURL_SOCKET_BAD);
    expect(info(copy, 'CONN_ID').value).toBe(-1);
    expect(copy.send(Buffer.from('x')).code).toBe(CURLE.UNSUPPORTED_PROTOCOL);
    // its own connection, numbered from 0
    expect(await copy.perform()).toBe(CURLE.OK);
    expect(info(copy, 'CONN_ID').value).toBe(0);
    expect(copy.send(Buffer.from('dup')).code).toBe(CURLE.OK);
    expect((await recvAll(copy, 3)).toString()).toBe('dup');
    // changing the copy leaves the original alone
    set(copy, 'CONNECT_ONLY', 0);
    expect(easy.send(Buffer.from('orig')).code).toBe(CURLE.OK);
    expect((await recvAll(easy, 4)).toString()).toBe('orig');
    copy.cleanup();
    easy.cleanup();
    expect(easy.duphandle()).toBe(null);
  });
});

describe('cleanup', () => {
  it('closes the connection with the close callback and retires the handle', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    let closes = 0;
    set(easy, 'CLOSESOCKETFUNCTION', (_c: unknown, s: net.Socket) => {
      closes++;
      s.destroy();
      return 0;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    const server = await peer.accepted();
    easy.cleanup();
    expect(closes).toBe(1);
    await new Promise((r) => server.once('close', r));
    easy.cleanup();
    expect(closes).toBe(1);
    expect(set(easy, 'URL', 'http://x/')).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(info(easy, 'CONN_ID').code).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    easy.reset();
    expect(easy.send(Buffer.from('x')).code).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
  });

  it('during a perform ends it; no socket is left behind', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    const made: net.Socket[] = [];
    set(easy, 'OPENSOCKETFUNCTION', () => {
      const s = new net.Socket();
      made.push(s);
      easy.cleanup();
      return s;
    });
    expect(await easy.perform()).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(made.length).toBe(1);
    expect(made[0]!.destroyed).toBe(true);
  });
});

describe('public exports', () => {
  it('has the API the issue names', () => {
    expect(typeof api.Easy).toBe('function');
    expect(api.strerror(CURLE.AGAIN)).toBe('Socket not ready for send/recv');
    expect(api.CURLE.OK).toBe(0);
    expect(api.CURLE.AGAIN).toBe(81);
    expect(api.CURL_SOCKET_BAD).toBe(-1);
    expect([api.CURL_SOCKOPT_OK, api.CURL_SOCKOPT_ERROR, api.CURL_SOCKOPT_ALREADY_CONNECTED]).toEqual([0, 1, 2]);
    expect([api.CURLSOCKTYPE_IPCXN, api.CURLSOCKTYPE_ACCEPT]).toEqual([0, 1]);
    expect([
      api.CURLINFO_TEXT,
      api.CURLINFO_HEADER_IN,
      api.CURLINFO_HEADER_OUT,
      api.CURLINFO_DATA_IN,
      api.CURLINFO_DATA_OUT,
      api.CURLINFO_SSL_DATA_IN,
      api.CURLINFO_SSL_DATA_OUT,
    ]).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect([api.CURLPROXY_HTTP, api.CURLPROXY_HTTP_1_0, api.CURLPROXY_SOCKS5]).toEqual([0, 1, 5]);
    expect([api.CURLAUTH_NONE, api.CURLAUTH_BASIC, api.CURLAUTH_DIGEST]).toEqual([0, 1, 2]);
    expect(api.CURLOPT.CONNECT_ONLY).toBe('CONNECT_ONLY');
    expect(api.CURLINFO.ACTIVESOCKET).toBe('ACTIVESOCKET');
  });

  it('the constants the engine uses are the public ones', () => {
    const publicApi = api as unknown as Record<string, unknown>;
    for (const [name, value] of Object.entries(constants)) expect(publicApi[name], name).toBe(value);
  });
});
