// SOCKS proxies through the public API (lib/socks.c): the exact request bytes against our own
// recording SOCKS server (checked once against dante and microsocks, which must accept the same
// bytes), every failure with its code, CURLINFO_PROXY_ERROR and libcurl's text, and the real
// servers from Debian: dante-server (SOCKS4, SOCKS5) and microsocks (SOCKS5 with and without a
// username and password). CI installs them with `apt-get install -y dante-server microsocks`;
// without them the real-server blocks are skipped, saying so.
import { mkdtempSync, rmSync } from 'node:fs';
import * as http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CURLAUTH_BASIC,
  CURLAUTH_GSSAPI,
  CURLAUTH_NONE,
  CURLE,
  CURLPX_BAD_ADDRESS_TYPE,
  CURLPX_BAD_VERSION,
  CURLPX_GSSAPI_PERMSG,
  CURLPX_IDENTD,
  CURLPX_IDENTD_DIFFER,
  CURLPX_LONG_HOSTNAME,
  CURLPX_LONG_PASSWD,
  CURLPX_LONG_USER,
  CURLPX_NO_AUTH,
  CURLPX_OK,
  CURLPX_RECV_CONNECT,
  CURLPX_REPLY_ADDRESS_TYPE_NOT_SUPPORTED,
  CURLPX_REPLY_COMMAND_NOT_SUPPORTED,
  CURLPX_REPLY_CONNECTION_REFUSED,
  CURLPX_REPLY_GENERAL_SERVER_FAILURE,
  CURLPX_REPLY_HOST_UNREACHABLE,
  CURLPX_REPLY_NETWORK_UNREACHABLE,
  CURLPX_REPLY_NOT_ALLOWED,
  CURLPX_REPLY_TTL_EXPIRED,
  CURLPX_REPLY_UNASSIGNED,
  CURLPX_REQUEST_FAILED,
  CURLPX_RESOLVE_HOST,
  CURLPX_UNKNOWN_FAIL,
  CURLPX_UNKNOWN_MODE,
  CURLPX_USER_REJECTED,
  CURLPROXY_SOCKS4,
  CURLPROXY_SOCKS5,
  CURLPROXY_SOCKS5_HOSTNAME,
  Easy,
} from '../../runtime/index.js';
import {
  haveDante,
  haveMicrosocks,
  replay,
  startDante,
  startMicrosocks,
  startRecordingSocks,
  type RecordingSocks,
  type SocksScript,
} from '../peers/socks.js';
import { capture, closeAll, connectOnly, deadPort, echo, greeting, info, listen, recvAll, sendAll, set } from './helpers.js';

const cleanups: (() => unknown)[] = [];
const handles: Easy[] = [];
afterEach(async () => {
  for (const e of handles.splice(0)) e.cleanup();
  while (cleanups.length) await cleanups.pop()!();
  await closeAll();
});

function handle(url: string, opts: Record<string, unknown> = {}, mode = 1): Easy {
  const easy = connectOnly(url);
  handles.push(easy);
  if (mode !== 1) expect(set(easy, 'CONNECT_ONLY', mode)).toBe(CURLE.OK);
  for (const [k, v] of Object.entries(opts)) expect(set(easy, k, v), k).toBe(CURLE.OK);
  return easy;
}

async function recorder(script: SocksScript = {}, host = '127.0.0.1'): Promise<RecordingSocks> {
  const p = await startRecordingSocks(script, host);
  cleanups.push(() => p.close());
  return p;
}

/** A perform and what getinfo and the error buffer say afterwards. */
async function outcome(easy: Easy): Promise<{ rc: number; px: unknown; error: string }> {
  const eb = { text: '' };
  set(easy, 'ERRORBUFFER', eb);
  const rc = await easy.perform();
  return { rc, px: info(easy, 'PROXY_ERROR').value, error: eb.text };
}

const hex = (b: Buffer): string => b.toString('hex');
const port2 = (p: number): string => p.toString(16).padStart(4, '0');
const ascii = (s: string): string => Buffer.from(s).toString('hex');

describe('SOCKS request bytes (recording peer)', () => {
  it('SOCKS4: VN 4, CD 1, port, the IPv4 address resolved here, the user id and NUL', async () => {
    const target = await listen(echo);
    const px = await recorder();
    const easy = handle(`http://127.0.0.1:${target.port}/`, { PROXY: `socks4://127.0.0.1:${px.port}`, PROXYUSERNAME: 'alice' });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(hex(px.exchanges[0]!.request)).toBe(`0401${port2(target.port)}7f000001${ascii('alice')}00`);
    await sendAll(easy, Buffer.from('ping'));
    expect((await recvAll(easy, 4)).toString()).toBe('ping');
  });

  it('SOCKS4 resolves the name itself, A records only, with libcurl\'s DNS lines', async () => {
    const target = await listen(echo);
    const px = await recorder();
    const easy = handle(`http://localhost:${target.port}/`, { PROXY: `127.0.0.1:${px.port}`, PROXYTYPE: CURLPROXY_SOCKS4 });
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(hex(px.exchanges[0]!.request)).toBe(`0401${port2(target.port)}7f00000100`);
    expect(log.lines()).toEqual([
      `  Trying 127.0.0.1:${px.port}...`,
      `Host localhost:${target.port} was resolved.`,
      'IPv6: (none)',
      'IPv4: 127.0.0.1',
      expect.stringMatching(new RegExp(`^Opened SOCKS connection from 127\\.0\\.0\\.1 port \\d+ to localhost port ${target.port} \\(via 127\\.0\\.0\\.1 port ${px.port}\\)$`)),
      expect.stringMatching(new RegExp(`^Established connection to 127\\.0\\.0\\.1 \\(127\\.0\\.0\\.1 port ${px.port}\\) from 127\\.0\\.0\\.1 port \\d+ $`)),
      `Connection #0 to host localhost:${target.port} left intact`,
    ]);
  });

  it('SOCKS4a: the address 0.0.0.1, the user id, then the name for the proxy', async () => {
    const px = await recorder({ noRelay: true });
    const easy = handle('http://target.test:8080/', { PROXY: `socks4a://bob@127.0.0.1:${px.port}` });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(hex(px.exchanges[0]!.request)).toBe(`04011f9000000001${ascii('bob')}00${ascii('target.test')}00`);
  });

  it('SOCKS5 without credentials: greeting 05 01 00, CONNECT with the resolved IPv4 address', async () => {
    const target = await listen(echo);
    const px = await recorder();
    const easy = handle(`http://127.0.0.1:${target.port}/`, { PROXY: `socks5://127.0.0.1:${px.port}` });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(hex(px.exchanges[0]!.request)).toBe(`050100` + `05010001${'7f000001'}${port2(target.port)}`);
  });

  it('SOCKS5 asks for IPv6 first when the name has both, IPv4 with IPRESOLVE_V4', async () => {
    const px = await recorder({ noRelay: true });
    const a = handle('http://localhost:4660/', { PROXY: `socks5://127.0.0.1:${px.port}` });
    expect(await a.perform()).toBe(CURLE.OK);
    expect(hex(px.exchanges[0]!.request)).toBe(`050100` + `05010004${'0'.repeat(31)}1${'1234'}`);
    const b = handle('http://localhost:4660/', { PROXY: `socks5://127.0.0.1:${px.port}`, IPRESOLVE: 1 });
    expect(await b.perform()).toBe(CURLE.OK);
    expect(hex(px.exchanges[1]!.request)).toBe(`050100` + `050100017f0000011234`);
  });

  it('SOCKS5 hostname: ATYP 3 with the name; an IPv6 literal as ATYP 4, IPv4 as ATYP 1', async () => {
    const px = await recorder({ noRelay: true });
    for (const [url, tail] of [
      ['http://target.test/', `03${'0b'}${ascii('target.test')}0050`],
      ['http://[::1]:81/', `04${'0'.repeat(31)}10051`],
      ['http://10.1.2.3:82/', `010a0102030052`],
    ] as const) {
      const easy = handle(url, { PROXY: `socks5h://127.0.0.1:${px.port}` });
      expect(await easy.perform(), url).toBe(CURLE.OK);
      expect(hex(px.exchanges.at(-1)!.request), url).toBe(`050100` + `050100${tail}`);
    }
  });

  it('SOCKS5 with credentials from the proxy URL (URL-decoded): method 2 offered, RFC 1929 sub-negotiation', async () => {
    const px = await recorder({ users: { 'al:ce': 's3cret' }, noRelay: true });
    const easy = handle('http://target.test/', { PROXY: `socks5h://al%3Ace:s3cret@127.0.0.1:${px.port}` });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(hex(px.exchanges[0]!.request)).toBe(
      `05020002` + `0105${ascii('al:ce')}06${ascii('s3cret')}` + `05010003${'0b'}${ascii('target.test')}0050`,
    );
  });

  it('SOCKS5 takes PROXYUSERPWD (decoded) and PROXYUSERNAME/PROXYPASSWORD (as they are)', async () => {
    const px = await recorder({ users: { 'u:1': 'p%2', 'v%41': 'w' }, noRelay: true });
    const a = handle('http://t.test/', { PROXY: `socks5h://127.0.0.1:${px.port}`, PROXYUSERPWD: 'u%3A1:p%252' });
    expect(await a.perform()).toBe(CURLE.OK);
    expect([px.exchanges[0]!.user, px.exchanges[0]!.password]).toEqual(['u:1', 'p%2']);
    const b = handle('http://t.test/', { PROXY: `socks5h://127.0.0.1:${px.port}`, PROXYUSERNAME: 'v%41', PROXYPASSWORD: 'w' });
    expect(await b.perform()).toBe(CURLE.OK);
    expect([px.exchanges[1]!.user, px.exchanges[1]!.password]).toEqual(['v%41', 'w']);
  });

  it('SOCKS5_AUTH: CURLAUTH_NONE offers no credentials; a password alone is still offered', async () => {
    const px = await recorder({ noRelay: true, users: { '': 'x' } });
    const a = handle('http://t.test/', { PROXY: `socks5h://u:p@127.0.0.1:${px.port}`, SOCKS5_AUTH: CURLAUTH_NONE });
    expect(await a.perform()).toBe(CURLE.OK);
    expect(px.exchanges[0]!.methods).toEqual([0]);
    const b = handle('http://t.test/', { PROXY: `socks5h://127.0.0.1:${px.port}`, PROXYPASSWORD: 'x' });
    expect(await b.perform()).toBe(CURLE.OK);
    expect(hex(px.exchanges[1]!.request).slice(0, 16)).toBe(`05020002` + `0100` + `01${ascii('x')}`);
  });

  it('leaves bytes after the reply for the application (the first recv gets them)', async () => {
    const target = await listen(greeting('hello\n'));
    const px = await recorder({ extra: Buffer.from('early ') });
    const easy = handle(`http://127.0.0.1:${target.port}/`, { PROXY: `socks5h://127.0.0.1:${px.port}` });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect((await recvAll(easy, 12)).toString()).toBe('early hello\n');
  });

  it('replies that arrive a byte at a time (a name as the bound address), then bytes for the application', async () => {
    // each reply in one-byte writes with a pause between, so every receive state waits and runs
    // again; the SOCKS5 reply's length is known only from its ATYP 3 length byte
    const dribble = async (s: import('node:net').Socket, bytes: number[]): Promise<void> => {
      for (const b of bytes) {
        s.write(Buffer.from([b]));
        await new Promise((r) => setTimeout(r, 2));
      }
    };
    const bound = [...Buffer.from('proxy.test')];
    const px = await listen((s) => {
      let got = Buffer.alloc(0);
      let step = 0;
      s.on('data', (d: Buffer) => {
        got = Buffer.concat([got, d]);
        if (step === 0 && got.length >= 3) {
          step = 1;
          got = got.subarray(3);
          void dribble(s, [5, 0]);
        }
        if (step === 1 && got.length >= 10) {
          step = 2;
          void dribble(s, [5, 0, 0, 3, bound.length, ...bound, 0x1f, 0x90, ...Buffer.from('early')]);
        }
      });
    });
    const easy = handle('http://127.0.0.1:1234/', { PROXY: `socks5://127.0.0.1:${px.port}` });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect((await recvAll(easy, 5)).toString()).toBe('early');
  });

  it.skipIf(!haveDante || !haveMicrosocks)(`the recorded bytes are what dante and microsocks accept${haveDante && haveMicrosocks ? '' : ': skipped, needs apt-get install -y dante-server microsocks'}`, async () => {
    const dante = await startDante();
    cleanups.push(dante.close);
    const micro = await startMicrosocks('alice', 's3cret');
    cleanups.push(micro.close);
    const target = await listen(echo);
    const px = await recorder({ users: { alice: 's3cret' } });
    for (const proxy of [`socks4://127.0.0.1:${px.port}`, `socks5://127.0.0.1:${px.port}`, `socks5h://alice:s3cret@127.0.0.1:${px.port}`]) {
      const easy = handle(`http://127.0.0.1:${target.port}/`, { PROXY: proxy });
      expect(await easy.perform(), proxy).toBe(CURLE.OK);
    }
    const [s4, s5, s5auth] = px.exchanges.map((e) => e.request);
    // SOCKS4: one request, an 8-byte grant (VN 0, CD 90)
    const [a4] = await replay(dante.port, [s4!], [8]);
    expect([a4![0], a4![1]]).toEqual([0, 90]);
    // SOCKS5: greeting (method 0), then the request: granted (REP 0) with an IPv4 bound address
    const a5 = await replay(dante.port, [s5!.subarray(0, 3), s5!.subarray(3)], [2, 10]);
    expect(hex(a5[0]!)).toBe('0500');
    expect([...a5[1]!.subarray(0, 4)]).toEqual([5, 0, 0, 1]);
    // with username/password: method 2, status 0, then granted
    const a5u = await replay(micro.port, [s5auth!.subarray(0, 4), s5auth!.subarray(4, 18), s5auth!.subarray(18)], [2, 2, 10]);
    expect(a5u.map(hex).slice(0, 2)).toEqual(['0502', '0100']);
    expect([...a5u[2]!.subarray(0, 4)]).toEqual([5, 0, 0, 1]);
  });
});

describe('SOCKS failures: CURLE_PROXY (97), CURLINFO_PROXY_ERROR and the failure text', () => {
  const SOCKS5_REPLIES: [rep: number, px: number][] = [
    [1, CURLPX_REPLY_GENERAL_SERVER_FAILURE],
    [2, CURLPX_REPLY_NOT_ALLOWED],
    [3, CURLPX_REPLY_NETWORK_UNREACHABLE],
    [4, CURLPX_REPLY_HOST_UNREACHABLE],
    [5, CURLPX_REPLY_CONNECTION_REFUSED],
    [6, CURLPX_REPLY_TTL_EXPIRED],
    [7, CURLPX_REPLY_COMMAND_NOT_SUPPORTED],
    [8, CURLPX_REPLY_ADDRESS_TYPE_NOT_SUPPORTED],
    [9, CURLPX_REPLY_UNASSIGNED],
    [255, CURLPX_REPLY_UNASSIGNED],
  ];
  it.each(SOCKS5_REPLIES)('SOCKS5 REP %i gives CURLPX %i', async (rep, code) => {
    const px = await recorder({ reply: rep });
    const easy = handle('http://target.test/', { PROXY: `socks5h://127.0.0.1:${px.port}` });
    expect(await outcome(easy)).toEqual({ rc: CURLE.PROXY, px: code, error: `cannot complete SOCKS5 connection to target.test. (${rep})` });
  });

  const SOCKS4_REPLIES: [cd: number, px: number, why: string][] = [
    [91, CURLPX_REQUEST_FAILED, 'request rejected or failed.'],
    [92, CURLPX_IDENTD, 'request rejected because SOCKS server cannot connect to identd on the client.'],
    [93, CURLPX_IDENTD_DIFFER, 'request rejected because the client program and identd report different user-ids.'],
    [94, CURLPX_UNKNOWN_FAIL, 'Unknown.'],
  ];
  it.each(SOCKS4_REPLIES)('SOCKS4 CD %i gives CURLPX %i', async (cd, code, why) => {
    const px = await recorder({ reply: cd });
    const easy = handle('http://127.0.0.1:1234/', { PROXY: `socks4://127.0.0.1:${px.port}` });
    expect(await outcome(easy)).toEqual({
      rc: CURLE.PROXY,
      px: code,
      error: `[SOCKS] cannot complete SOCKS4 connection to 127.0.0.1:1234. (${cd}), ${why}`,
    });
  });

  const cases: [name: string, script: SocksScript, opts: Record<string, unknown>, px: number, text: string][] = [
    ['a SOCKS4 reply of the wrong version', { replyVersion: 4, noRelay: true }, { scheme: '', PROXYTYPE: CURLPROXY_SOCKS4 }, CURLPX_BAD_VERSION, 'SOCKS4 reply has wrong version, version should be 0.'],
    ['a SOCKS5 greeting reply of the wrong version', { greetingVersion: 4 }, {}, CURLPX_BAD_VERSION, 'Received invalid version in initial SOCKS5 response.'],
    ['a SOCKS5 reply of the wrong version', { replyVersion: 4, noRelay: true }, {}, CURLPX_BAD_VERSION, 'SOCKS5 reply has wrong version, version should be 5.'],
    ['a SOCKS5 reply with an unknown address type', { replyAtyp: 2, noRelay: true }, {}, CURLPX_BAD_ADDRESS_TYPE, 'SOCKS5 reply has wrong address type.'],
    ['no acceptable method (255)', { method: 255 }, {}, CURLPX_NO_AUTH, 'No authentication method was acceptable.'],
    ['username/password picked without CURLAUTH_BASIC', { method: 2 }, { SOCKS5_AUTH: CURLAUTH_GSSAPI }, CURLPX_NO_AUTH, 'BASIC authentication proposed but not enabled.'],
    ['GSS-API picked (not built in)', { method: 1 }, {}, CURLPX_GSSAPI_PERMSG, 'SOCKS5 GSSAPI per-message authentication is not supported.'],
    ['GSS-API picked without CURLAUTH_GSSAPI', { method: 1 }, { SOCKS5_AUTH: CURLAUTH_BASIC }, CURLPX_GSSAPI_PERMSG, 'SOCKS5 GSSAPI per-message authentication is not enabled.'],
    ['an unknown method', { method: 3 }, {}, CURLPX_UNKNOWN_MODE, 'Unknown SOCKS5 mode attempted to be used by server.'],
    ['rejected credentials', { users: { alice: 'other' } }, { PROXYUSERPWD: 'alice:s3cret' }, CURLPX_USER_REJECTED, 'User was rejected by the SOCKS5 server (1 1).'],
    ['a proxy that closes after the greeting', { closeAfter: 'greeting' }, {}, CURLPX_RECV_CONNECT, 'Failed to receive SOCKS response, proxy closed connection'],
    ['a proxy that closes after the request', { closeAfter: 'request' }, {}, CURLPX_RECV_CONNECT, 'Failed to receive SOCKS response, proxy closed connection'],
  ];
  it.each(cases)('%s', async (_name, script, opts, code, text) => {
    const px = await recorder(script);
    const { scheme = 'socks5://', ...rest } = opts as { scheme?: string };
    const easy = handle('http://127.0.0.1:1234/', { PROXY: `${scheme}127.0.0.1:${px.port}`, ...rest });
    expect(await outcome(easy)).toEqual({ rc: CURLE.PROXY, px: code, error: text });
  });

  it('a SOCKS5 hostname over 255 bytes: CURLPX_LONG_HOSTNAME before anything is sent', async () => {
    const px = await recorder({ noRelay: true });
    const easy = handle(`http://${'a'.repeat(256)}/`, { PROXY: `socks5h://127.0.0.1:${px.port}` });
    expect(await outcome(easy)).toEqual({
      rc: CURLE.PROXY,
      px: CURLPX_LONG_HOSTNAME,
      error: 'SOCKS5: the destination hostname is too long to be resolved remotely by the proxy.',
    });
    expect(px.exchanges).toEqual([]);
    // 255 bytes still go
    const name = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}`;
    const ok = handle(`http://${name}/`, { PROXY: `socks5h://127.0.0.1:${px.port}` });
    expect(await ok.perform()).toBe(CURLE.OK);
    expect(px.exchanges[0]!.host).toBe(name);
  });

  it('SOCKS4a: a name of 255 bytes or more (with its NUL over 255) is CURLPX_LONG_HOSTNAME', async () => {
    const px = await recorder();
    const name = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}`;
    const easy = handle(`http://${name}/`, { PROXY: `socks4a://127.0.0.1:${px.port}` });
    expect(await outcome(easy)).toEqual({ rc: CURLE.PROXY, px: CURLPX_LONG_HOSTNAME, error: 'SOCKS4: too long hostname' });
  });

  it('a socks4:// proxy and an IPv6 target: CURLPX_RESOLVE_HOST', async () => {
    const px = await recorder();
    const easy = handle('http://[::1]:8080/', { PROXY: `socks4://127.0.0.1:${px.port}` });
    expect(await outcome(easy)).toEqual({ rc: CURLE.PROXY, px: CURLPX_RESOLVE_HOST, error: 'SOCKS4 connection to ::1 not supported' });
    expect(px.exchanges).toEqual([]);
  });

  it('credentials over 255 bytes: CURLPX_LONG_USER, CURLPX_LONG_PASSWD (SOCKS5), CURLPX_LONG_USER (SOCKS4)', async () => {
    const px = await recorder({ users: {} });
    const long = 'x'.repeat(256);
    let easy = handle('http://t.test/', { PROXY: `socks5h://127.0.0.1:${px.port}`, PROXYUSERNAME: long, PROXYPASSWORD: 'p' });
    expect(await outcome(easy)).toEqual({ rc: CURLE.PROXY, px: CURLPX_LONG_USER, error: 'Excessive username length for proxy auth' });
    easy = handle('http://t.test/', { PROXY: `socks5h://127.0.0.1:${px.port}`, PROXYUSERNAME: 'u', PROXYPASSWORD: long });
    expect(await outcome(easy)).toEqual({ rc: CURLE.PROXY, px: CURLPX_LONG_PASSWD, error: 'Excessive password length for proxy auth' });
    easy = handle('http://127.0.0.1:1/', { PROXY: `socks4://127.0.0.1:${px.port}`, PROXYUSERNAME: long });
    expect(await outcome(easy)).toEqual({ rc: CURLE.PROXY, px: CURLPX_LONG_USER, error: 'Too long SOCKS proxy username' });
  });

  it('CURLINFO_PROXY_ERROR stays after a later successful perform, as libcurl keeps it', async () => {
    const bad = await recorder({ reply: 2 });
    const good = await recorder({ noRelay: true });
    const easy = handle('http://t.test/', { PROXY: `socks5h://127.0.0.1:${bad.port}` });
    expect(info(easy, 'PROXY_ERROR')).toEqual({ code: CURLE.OK, value: CURLPX_OK });
    expect(await easy.perform()).toBe(CURLE.PROXY);
    expect(info(easy, 'PROXY_ERROR').value).toBe(CURLPX_REPLY_NOT_ALLOWED);
    set(easy, 'PROXY', `socks5h://127.0.0.1:${good.port}`);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'PROXY_ERROR').value).toBe(CURLPX_REPLY_NOT_ALLOWED);
  });

  it('verbose: the failure text, then the connection closed; PRIMARY_IP stays empty', async () => {
    const px = await recorder({ reply: 5 });
    const easy = handle('http://t.test/', { PROXY: `socks5h://127.0.0.1:${px.port}` });
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.PROXY);
    expect(log.lines()).toEqual([`  Trying 127.0.0.1:${px.port}...`, 'cannot complete SOCKS5 connection to t.test. (5)', 'closing connection #0']);
    expect(info(easy, 'ACTIVESOCKET').value).toBe(-1);
  });
});

describe('where the SOCKS proxy is asked to connect', () => {
  it('CONNECT_TO moves the SOCKS destination, not the proxy', async () => {
    const target = await listen(echo);
    const px = await recorder();
    const easy = handle('http://target.test/', {
      PROXY: `socks5h://127.0.0.1:${px.port}`,
      CONNECT_TO: [`target.test:80:127.0.0.1:${target.port}`],
    });
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect([px.exchanges[0]!.host, px.exchanges[0]!.port]).toEqual(['127.0.0.1', target.port]);
    expect(log.lines()).toContain('Connection #0 to host target.test:80 left intact');
  });

  it('reaches a SOCKS proxy on an IPv6 address', async () => {
    const target = await listen(echo);
    const px = await recorder({}, '::1');
    const easy = handle(`http://127.0.0.1:${target.port}/`, { PROXY: `socks5://[::1]:${px.port}` });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'PRIMARY_IP').value).toBe('::1');
    await sendAll(easy, Buffer.from('v6'));
    expect((await recvAll(easy, 2)).toString()).toBe('v6');
  });

  it('a proxy that never answers runs into the connect timeout (28), no CURLPX code', async () => {
    const silent = await listen(() => {});
    const easy = handle('http://t.test/', { PROXY: `socks5h://127.0.0.1:${silent.port}`, CONNECTTIMEOUT_MS: 150 });
    const r = await outcome(easy);
    expect([r.rc, r.px]).toEqual([CURLE.OPERATION_TIMEDOUT, CURLPX_OK]);
    expect(r.error).toMatch(/^Connection timed out after \d+ milliseconds$/);
  });
});

describe('bad proxy input and lookups', () => {
  it('a malformed proxy URL is 5 "Unsupported proxy syntax"', async () => {
    const easy = handle('http://t.test/', { PROXY: 'socks5://[::1:1080' });
    const r = await outcome(easy);
    expect(r.rc).toBe(CURLE.COULDNT_RESOLVE_PROXY);
    expect(r.error).toMatch(/^Unsupported proxy syntax in 'socks5:\/\/\[::1:1080': /);
  });

  it('an unknown proxy scheme is 7 "Unsupported proxy scheme"', async () => {
    const easy = handle('http://t.test/', { PROXY: 'socks6://127.0.0.1:1080' });
    expect(await outcome(easy)).toEqual({ rc: CURLE.COULDNT_CONNECT, px: 0, error: "Unsupported proxy scheme for 'socks6://127.0.0.1:1080'" });
  });

  it('a proxy name that does not resolve is 5; a target name (resolved here) is 6', async () => {
    let easy = handle('http://t.test/', { PROXY: 'socks5h://nonexistent.invalid:1080' });
    expect(await outcome(easy)).toEqual({ rc: CURLE.COULDNT_RESOLVE_PROXY, px: 0, error: 'Could not resolve proxy: nonexistent.invalid' });
    const px = await recorder();
    for (const proxy of [`socks5://127.0.0.1:${px.port}`, `socks4://127.0.0.1:${px.port}`]) {
      easy = handle('http://nonexistent.invalid/', { PROXY: proxy });
      expect(await outcome(easy), proxy).toEqual({ rc: CURLE.COULDNT_RESOLVE_HOST, px: 0, error: 'Could not resolve host: nonexistent.invalid' });
    }
    // the proxy resolves for socks5h and socks4a: the name goes out as it is
    const named = await recorder({ noRelay: true });
    easy = handle('http://nonexistent.invalid/', { PROXY: `socks4a://127.0.0.1:${named.port}` });
    expect((await outcome(easy)).rc).toBe(CURLE.OK);
    expect(named.exchanges[0]!.host).toBe('nonexistent.invalid');
  });

  it('a dead proxy port is 7 "Failed to connect to HOST:PORT over proxy"', async () => {
    const dead = await deadPort();
    const easy = handle('http://t.test:81/', { PROXY: `socks5h://127.0.0.1:${dead}` });
    const r = await outcome(easy);
    expect(r.rc).toBe(CURLE.COULDNT_CONNECT);
    expect(r.error).toMatch(/^Failed to connect to t\.test:81 over proxy 127\.0\.0\.1 after \d+ ms: Could not connect to server$/);
  });
});

// lib/peer.c Curl_peer_from_proxy_url: "use unix sockets only for socks proxies". dante and
// microsocks listen on TCP only, so the peer is the recording SOCKS server (checked against both
// above) on a Unix socket path.
describe('a SOCKS proxy on a Unix socket: socks5h://localhost/path', () => {
  function socketPath(name = 'proxy.sock'): string {
    const dir = mkdtempSync(join(tmpdir(), 'manbind-socks-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return join(dir, name);
  }

  it('connects to the socket at the path and runs SOCKS5 over it; PRIMARY_IP is the path', async () => {
    const target = await listen(echo);
    const path = socketPath();
    const px = await recorder({}, path);
    const easy = handle(`http://127.0.0.1:${target.port}/`, { PROXY: `socks5h://localhost${path}` });
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(px.connections).toBe(1);
    expect(hex(px.exchanges[0]!.request)).toBe(`050100` + `05010001${'7f000001'}${port2(target.port)}`);
    // cf-socket.c sockaddr2string: a Unix socket shows as its path, port 0; lib/connect.c names
    // the connection after the SOCKS proxy's name as written (CURL_CONN_HOST_DISPNAME)
    expect(log.lines().slice(0, 3)).toEqual([
      `  Trying ${path}:0...`,
      `Opened SOCKS connection from  port 0 to 127.0.0.1 port ${target.port} (via ${path} port 0)`,
      `Established connection to localhost (${path} port 0) from  port 0 `,
    ]);
    expect(info(easy, 'PRIMARY_IP').value).toBe(path);
    expect(info(easy, 'USED_PROXY').value).toBe(1);
    await sendAll(easy, Buffer.from('over a unix socks proxy'));
    expect((await recvAll(easy, 23)).toString()).toBe('over a unix socks proxy');
  });

  it('the path is URL-decoded; socks4 and PRE_PROXY take it too', async () => {
    const target = await listen(echo);
    const path = socketPath('a proxy.sock');
    const px = await recorder({}, path);
    const encoded = path.replace(' ', '%20');
    const four = handle(`http://127.0.0.1:${target.port}/`, { PROXY: `socks4://localhost${encoded}` });
    expect(await four.perform()).toBe(CURLE.OK);
    expect(hex(px.exchanges[0]!.request)).toBe(`0401${port2(target.port)}7f00000100`);
    // a SOCKS pre-proxy on the socket in front of an HTTP proxy
    const httpProxy = await listen((s) => s.once('data', () => s.write('HTTP/1.1 200 OK\r\n\r\n')));
    const pre = handle('http://t.test/', { PRE_PROXY: `socks5h://LOCALHOST${encoded}`, PROXY: `http://127.0.0.1:${httpProxy.port}`, HTTPPROXYTUNNEL: 1 });
    expect(await pre.perform()).toBe(CURLE.OK);
    expect(hex(px.exchanges[1]!.request)).toBe(`050100` + `05010001${'7f000001'}${port2(httpProxy.port)}`);
    expect(info(pre, 'PRIMARY_IP').value).toBe(path);
  });

  it('"localhost" without a path, and an HTTP proxy with one, stay TCP', async () => {
    const px = await recorder({ noRelay: true });
    const tcp = handle('http://t.test/', { PROXY: `socks5h://localhost:${px.port}/` });
    expect(await tcp.perform()).toBe(CURLE.OK);
    expect(px.exchanges[0]!.host).toBe('t.test');
    expect(['127.0.0.1', '::1']).toContain(info(tcp, 'PRIMARY_IP').value);
    const proxy = await listen((s) => s.once('data', () => s.write('HTTP/1.1 200 OK\r\n\r\n')));
    const http1 = handle('http://t.test/', { PROXY: `http://localhost:${proxy.port}/some/path`, HTTPPROXYTUNNEL: 1 });
    expect(await http1.perform()).toBe(CURLE.OK);
    expect(proxy.sockets).toHaveLength(1);
  });

  it('no socket at the path: 7 "Failed to connect to HOST:PORT over proxy PATH"', async () => {
    const path = socketPath('none.sock');
    const easy = handle('http://t.test:81/', { PROXY: `socks5h://localhost${path}` });
    const r = await outcome(easy);
    expect(r.rc).toBe(CURLE.COULDNT_CONNECT);
    expect(r.error).toMatch(new RegExp(`^Failed to connect to t\\.test:81 over proxy ${path.replace(/[.]/g, '\\.')} after \\d+ ms: Could not connect to server$`));
  });
});

describe.skipIf(!haveDante)(`dante-server (SOCKS4, SOCKS5)${haveDante ? '' : ': skipped, /usr/sbin/danted is missing (apt-get install -y dante-server)'}`, () => {
  it('carries connect-only send/recv and HTTP transfers for socks4, socks5 and socks5h', async () => {
    const dante = await startDante();
    cleanups.push(dante.close);
    const target = await listen(echo);
    for (const scheme of ['socks4', 'socks5', 'socks5h']) {
      const easy = handle(`http://127.0.0.1:${target.port}/`, { PROXY: `${scheme}://127.0.0.1:${dante.port}` });
      expect(await easy.perform(), scheme).toBe(CURLE.OK);
      await sendAll(easy, Buffer.from(scheme));
      expect((await recvAll(easy, scheme.length)).toString()).toBe(scheme);
      expect(info(easy, 'PRIMARY_PORT').value).toBe(dante.port);
    }
    const server = http.createServer((_req, res) => res.end('via dante'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise<void>((r) => server.close(() => r())));
    const port = (server.address() as { port: number }).port;
    const easy = new Easy();
    handles.push(easy);
    const body: Buffer[] = [];
    set(easy, 'URL', `http://localhost:${port}/`);
    set(easy, 'PROXY', `socks5h://127.0.0.1:${dante.port}`);
    set(easy, 'WRITEFUNCTION', (d: Uint8Array) => (body.push(Buffer.from(d)), d.length));
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(Buffer.concat(body).toString()).toBe('via dante');
    expect(info(easy, 'RESPONSE_CODE').value).toBe(200);
  });

  it('refused and unreachable targets come back as CURLPX codes', async () => {
    const dante = await startDante();
    cleanups.push(dante.close);
    const dead = await deadPort();
    let easy = handle(`http://127.0.0.1:${dead}/`, { PROXY: `socks5h://127.0.0.1:${dante.port}` });
    expect(await outcome(easy)).toEqual({ rc: CURLE.PROXY, px: CURLPX_REPLY_CONNECTION_REFUSED, error: 'cannot complete SOCKS5 connection to 127.0.0.1. (5)' });
    easy = handle('http://nonexistent.invalid/', { PROXY: `socks5h://127.0.0.1:${dante.port}` });
    expect(await outcome(easy)).toEqual({ rc: CURLE.PROXY, px: CURLPX_REPLY_HOST_UNREACHABLE, error: 'cannot complete SOCKS5 connection to nonexistent.invalid. (4)' });
    easy = handle(`http://127.0.0.1:${dead}/`, { PROXY: `socks4://127.0.0.1:${dante.port}` });
    const r = await outcome(easy);
    expect([r.rc, r.px]).toEqual([CURLE.PROXY, CURLPX_REQUEST_FAILED]);
    expect(r.error).toMatch(/^\[SOCKS\] cannot complete SOCKS4 connection to \d+\.\d+\.\d+\.\d+:\d+\. \(91\), request rejected or failed\.$/);
  });
});

describe.skipIf(!haveMicrosocks)(`microsocks (SOCKS5, username/password)${haveMicrosocks ? '' : ': skipped, /usr/bin/microsocks is missing (apt-get install -y microsocks)'}`, () => {
  it('authenticates with the URL\'s credentials and with PROXYUSERPWD', async () => {
    const micro = await startMicrosocks('alice', 's3cret');
    cleanups.push(micro.close);
    const target = await listen(echo);
    for (const opts of [{ PROXY: `socks5://alice:s3cret@127.0.0.1:${micro.port}` }, { PROXY: `socks5h://127.0.0.1:${micro.port}`, PROXYUSERPWD: 'alice:s3cret' }]) {
      const easy = handle(`http://127.0.0.1:${target.port}/`, opts);
      expect(await easy.perform()).toBe(CURLE.OK);
      await sendAll(easy, Buffer.from('hi'));
      expect((await recvAll(easy, 2)).toString()).toBe('hi');
    }
  });

  it('rejects a wrong password (CURLPX_USER_REJECTED) and no credentials (CURLPX_NO_AUTH)', async () => {
    const micro = await startMicrosocks('alice', 's3cret');
    cleanups.push(micro.close);
    let easy = handle('http://127.0.0.1:9/', { PROXY: `socks5://alice:wrong@127.0.0.1:${micro.port}` });
    expect(await outcome(easy)).toEqual({ rc: CURLE.PROXY, px: CURLPX_USER_REJECTED, error: 'User was rejected by the SOCKS5 server (1 2).' });
    easy = handle('http://127.0.0.1:9/', { PROXY: `socks5h://127.0.0.1:${micro.port}` });
    expect(await outcome(easy)).toEqual({ rc: CURLE.PROXY, px: CURLPX_NO_AUTH, error: 'No authentication method was acceptable.' });
    easy = handle('http://127.0.0.1:9/', { PROXY: `socks5h://alice:s3cret@127.0.0.1:${micro.port}`, SOCKS5_AUTH: CURLAUTH_NONE });
    expect(await outcome(easy)).toEqual({ rc: CURLE.PROXY, px: CURLPX_NO_AUTH, error: 'No authentication method was acceptable.' });
  });

  it('a name the proxy cannot resolve is a general failure (REP 1)', async () => {
    const micro = await startMicrosocks();
    cleanups.push(micro.close);
    const easy = handle('http://nonexistent.invalid/', { PROXY: `127.0.0.1:${micro.port}`, PROXYTYPE: CURLPROXY_SOCKS5_HOSTNAME });
    expect(await outcome(easy)).toEqual({
      rc: CURLE.PROXY,
      px: CURLPX_REPLY_GENERAL_SERVER_FAILURE,
      error: 'cannot complete SOCKS5 connection to nonexistent.invalid. (1)',
    });
  });

  it('PROXYTYPE CURLPROXY_SOCKS5 applies to a proxy string without a scheme', async () => {
    const micro = await startMicrosocks();
    cleanups.push(micro.close);
    const target = await listen(echo);
    const easy = handle(`http://127.0.0.1:${target.port}/`, { PROXY: `127.0.0.1:${micro.port}`, PROXYTYPE: CURLPROXY_SOCKS5 });
    expect(await easy.perform()).toBe(CURLE.OK);
    await sendAll(easy, Buffer.from('x'));
    expect((await recvAll(easy, 1)).toString()).toBe('x');
  });
});

describe('setopt: SOCKS5_AUTH, PRE_PROXY, PROXYTYPE', () => {
  it('SOCKS5_AUTH takes CURLAUTH_BASIC and CURLAUTH_GSSAPI bits, other bits give 4 and keep the old value', async () => {
    const easy = new Easy();
    handles.push(easy);
    for (const v of [0, CURLAUTH_BASIC, CURLAUTH_BASIC | CURLAUTH_GSSAPI, CURLAUTH_GSSAPI]) expect(set(easy, 'SOCKS5_AUTH', v), String(v)).toBe(CURLE.OK);
    for (const v of [2, 8, -1, 2 ** 32 + 1, 0xff]) expect(set(easy, 'SOCKS5_AUTH', v), String(v)).toBe(CURLE.NOT_BUILT_IN);
    expect(set(easy, 'SOCKS5_AUTH', 'basic')).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    // the last good value (GSS-API only, no username/password) still applies
    const px = await recorder({ noRelay: true });
    set(easy, 'URL', 'http://t.test/');
    set(easy, 'CONNECT_ONLY', 1);
    set(easy, 'PROXY', `socks5h://u:p@127.0.0.1:${px.port}`);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(px.exchanges[0]!.methods).toEqual([0]);
  });

  it('PRE_PROXY takes a string or null; anything else is 43', () => {
    const easy = new Easy();
    handles.push(easy);
    expect(set(easy, 'PRE_PROXY', 'socks5://127.0.0.1:1080')).toBe(CURLE.OK);
    expect(set(easy, 'PRE_PROXY', null)).toBe(CURLE.OK);
    expect(set(easy, 'PRE_PROXY', 1080)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
  });
});
