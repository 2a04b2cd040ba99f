// IMAP connect-only through the public API (lib/imap.c, lib/curl_sasl.c): against Debian's
// dovecot (installed by .ci/run; the block is skipped, saying so, when it is missing) for the
// greeting, CAPABILITY, STARTTLS, implicit TLS and each SASL mechanism dovecot offers, with the
// session continued by send/recv (NOOP, IDLE); against a scripted peer for XOAUTH2, OAUTHBEARER,
// EXTERNAL and every failure.
import * as tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { CURLE, CURLPROXY_SOCKS5, Easy } from '../../runtime/index.js';
import { countHandles, settled } from '../faults/open-handles.js';
import { DOVECOT_PASSWORD, DOVECOT_USER, haveDovecot, startDovecot } from '../peers/dovecot.js';
import { startLineServer, type Answer, type LineServer } from '../peers/line-server.js';
import { loginHandle, loginTests, realServer, perform, recvUntil, sendLine, sent } from '../peers/mail-session.js';
import { startRecordingSocks } from '../peers/socks.js';
import { hasOpenssl } from '../peers/tls-fixtures.js';
import { capture, info, set } from '../runtime/helpers.js';

const { handle, keep } = loginTests();

/** The NOOP and IDLE exchange a logged-in session answers. */
async function continueSession(easy: Easy): Promise<void> {
  await sendLine(easy, 'Z1 NOOP');
  expect(await recvUntil(easy, /^Z1 /)).toMatch(/^Z1 OK/m);
  await sendLine(easy, 'Z2 IDLE');
  expect(await recvUntil(easy, /^\+ /)).toMatch(/^\+ idling/m);
  await sendLine(easy, 'DONE');
  expect(await recvUntil(easy, /^Z2 /)).toMatch(/^Z2 OK/m);
}

const creds = { USERNAME: DOVECOT_USER, PASSWORD: DOVECOT_PASSWORD };
const skipDovecot = !haveDovecot || !hasOpenssl();

describe.skipIf(skipDovecot)(`dovecot IMAP${skipDovecot ? ': skipped, needs apt-get install -y dovecot-imapd dovecot-pop3d (and openssl)' : ''}`, () => {
  const { pki, server: dovecot } = realServer(startDovecot);

  it('logs in with DIGEST-MD5, the strongest mechanism offered, then NOOP and IDLE work', async () => {
    const easy = handle(`imap://127.0.0.1:${dovecot.imap}/`, creds);
    const cap = capture(easy);
    expect(await perform(easy)).toEqual({ code: CURLE.OK, text: '' });
    const out = sent(cap);
    expect(out[0]).toBe('A001 CAPABILITY\r\n');
    expect(out[1]).toBe('A002 AUTHENTICATE DIGEST-MD5\r\n');
    await continueSession(easy);
  });

  for (const [mech, lines] of [
    // dovecot lists SASL-IR, so the first message goes with the command
    ['PLAIN', ['A001 CAPABILITY\r\n', `A002 AUTHENTICATE PLAIN ${Buffer.from(`\0${DOVECOT_USER}\0${DOVECOT_PASSWORD}`).toString('base64')}\r\n`]],
    ['LOGIN', ['A001 CAPABILITY\r\n', `A002 AUTHENTICATE LOGIN ${Buffer.from(DOVECOT_USER).toString('base64')}\r\n`, `${Buffer.from(DOVECOT_PASSWORD).toString('base64')}\r\n`]],
    ['CRAM-MD5', null],
    ['+LOGIN', ['A001 CAPABILITY\r\n', `A002 LOGIN ${DOVECOT_USER} "${DOVECOT_PASSWORD}"\r\n`]],
  ] as const) {
    it(`LOGIN_OPTIONS AUTH=${mech}`, async () => {
      const easy = handle(`imap://127.0.0.1:${dovecot.imap}/`, { ...creds, LOGIN_OPTIONS: `AUTH=${mech}` });
      const cap = capture(easy);
      expect(await perform(easy)).toEqual({ code: CURLE.OK, text: '' });
      const out = sent(cap);
      if (lines !== null) expect(out).toEqual(lines);
      else expect(out[1]).toBe(`A002 AUTHENTICATE ${mech}\r\n`);
      await continueSession(easy);
    });
  }

  it('credentials and login options may come from the URL', async () => {
    const easy = handle(`imap://${DOVECOT_USER};AUTH=PLAIN:wonder%20land@127.0.0.1:${dovecot.imap}/`);
    const cap = capture(easy);
    expect(await perform(easy)).toEqual({ code: CURLE.OK, text: '' });
    const out = sent(cap);
    expect(out).toEqual(['A001 CAPABILITY\r\n', `A002 AUTHENTICATE PLAIN ${Buffer.from(`\0${DOVECOT_USER}\0${DOVECOT_PASSWORD}`).toString('base64')}\r\n`]);
    await continueSession(easy);
  });

  it('USE_SSL=ALL upgrades with STARTTLS, asks CAPABILITY again over TLS, and ACTIVESOCKET is the TLS socket', async () => {
    const easy = handle(`imap://localhost:${dovecot.imap}/`, { ...creds, USE_SSL: 3, CAINFO: pki.ca.certFile, LOGIN_OPTIONS: 'AUTH=PLAIN' });
    const cap = capture(easy);
    expect(await perform(easy)).toEqual({ code: CURLE.OK, text: '' });
    const out = sent(cap);
    expect(out.slice(0, 4)).toEqual(['A001 CAPABILITY\r\n', 'A002 STARTTLS\r\n', 'A003 CAPABILITY\r\n', `A004 AUTHENTICATE PLAIN ${Buffer.from(`\0${DOVECOT_USER}\0${DOVECOT_PASSWORD}`).toString('base64')}\r\n`]);
    expect(info(easy, 'ACTIVESOCKET').value).toBeInstanceOf(tls.TLSSocket);
    await continueSession(easy);
  });

  it('imaps:// is TLS from the start, with no ALPN offer (the scheme has no PROTOPT_ALPN)', async () => {
    const easy = handle(`imaps://localhost:${dovecot.imaps}/`, { ...creds, CAINFO: pki.ca.certFile });
    const cap = capture(easy);
    expect(await perform(easy)).toEqual({ code: CURLE.OK, text: '' });
    expect(cap.lines().filter((l) => l.startsWith('ALPN'))).toEqual([]);
    expect(info(easy, 'ACTIVESOCKET').value).toBeInstanceOf(tls.TLSSocket);
    await continueSession(easy);
  });

  it('verbose output on STDERR: "< " for each server line and "> " for each command, as sent', async () => {
    const easy = handle(`imap://127.0.0.1:${dovecot.imap}/`, { ...creds, LOGIN_OPTIONS: 'AUTH=PLAIN', VERBOSE: 1 });
    let text = '';
    set(easy, 'STDERR', { write: (s: string) => (text += s) });
    expect((await perform(easy)).code).toBe(CURLE.OK);
    const ir = Buffer.from(`\0${DOVECOT_USER}\0${DOVECOT_PASSWORD}`).toString('base64');
    expect(text).toMatch(/\n< \* OK \[CAPABILITY [^\n]*\r\n> A001 CAPABILITY\r\n< \* CAPABILITY [^\n]*\r\n< A001 OK [^\n]*\r\n/);
    expect(text).toContain(`> A002 AUTHENTICATE PLAIN ${ir}\r\n`);
    expect(text).toMatch(/< A002 OK [^\n]*Logged in\r\n\* Connection #\d+ to host 127\.0\.0\.1:\d+ left intact\n$/);
  });

  it('nothing stays open after cleanup or after a failed login', async () => {
    const baseline = countHandles();
    const ok = loginHandle(`imap://127.0.0.1:${dovecot.imap}/`, creds);
    expect(await ok.perform()).toBe(CURLE.OK);
    ok.cleanup();
    const bad = loginHandle(`imap://127.0.0.1:${dovecot.imap}/`, { USERNAME: DOVECOT_USER, PASSWORD: 'x', LOGIN_OPTIONS: 'AUTH=PLAIN' });
    expect(await bad.perform()).toBe(CURLE.LOGIN_DENIED);
    bad.cleanup();
    expect(await settled(baseline)).toEqual({});
  });

  it('a wrong password gives CURLE_LOGIN_DENIED (67), also with LOGIN', async () => {
    const sasl = handle(`imap://127.0.0.1:${dovecot.imap}/`, { USERNAME: DOVECOT_USER, PASSWORD: 'nope', LOGIN_OPTIONS: 'AUTH=PLAIN' });
    expect((await perform(sasl)).code).toBe(CURLE.LOGIN_DENIED);
    const login = handle(`imap://127.0.0.1:${dovecot.imap}/`, { USERNAME: DOVECOT_USER, PASSWORD: 'nope', LOGIN_OPTIONS: 'AUTH=+LOGIN' });
    // libcurl formats the NOT_OK code with %c: the byte 2
    expect(await perform(login)).toEqual({ code: CURLE.LOGIN_DENIED, text: 'Access denied. \x02' });
  });

  it('through a SOCKS5 proxy', async () => {
    const socks = await startRecordingSocks();
    keep(socks);
    const easy = handle(`imap://127.0.0.1:${dovecot.imap}/`, { ...creds, PROXY: `127.0.0.1:${socks.port}`, PROXYTYPE: CURLPROXY_SOCKS5 });
    expect(await perform(easy)).toEqual({ code: CURLE.OK, text: '' });
    expect(socks.connections).toBe(1);
    await continueSession(easy);
  });
});

/** A scripted IMAP server: greeting, CAPABILITY with `caps`, then `auth` answers the rest. */
async function scripted(caps: string, auth: (line: string) => Answer, greeting: string | null = '* OK ready\r\n'): Promise<LineServer> {
  const peer = await startLineServer(greeting, (line) => {
    const tag = line.split(' ')[0]!;
    if (/^\S+ CAPABILITY$/.test(line)) return `* CAPABILITY IMAP4rev1 ${caps}\r\n${tag} OK done\r\n`;
    return auth(line);
  });
  keep(peer);
  return peer;
}

describe('scripted IMAP peer', () => {
  it('XOAUTH2 with XOAUTH2_BEARER and SASL_IR', async () => {
    const peer = await scripted('AUTH=XOAUTH2 AUTH=PLAIN', (line) => (line.startsWith('A002 ') ? 'A002 OK welcome\r\n' : null));
    const easy = handle(`imap://127.0.0.1:${peer.port}/`, { USERNAME: 'bob', XOAUTH2_BEARER: 'tok', SASL_IR: 1 });
    expect((await perform(easy)).code).toBe(CURLE.OK);
    expect(peer.lines[0]).toEqual(['A001 CAPABILITY', `A002 AUTHENTICATE XOAUTH2 ${Buffer.from('user=bob\x01auth=Bearer tok\x01\x01').toString('base64')}`]);
  });

  it('OAUTHBEARER names host and port; an error continuation is acknowledged with 0x01', async () => {
    const peer = await scripted('AUTH=OAUTHBEARER AUTH=XOAUTH2', (line) => {
      if (line === 'A002 AUTHENTICATE OAUTHBEARER') return '+ \r\n';
      if (line === 'AQ==') return 'A002 NO denied\r\n';
      return `+ ${Buffer.from('{"status":"invalid_token"}').toString('base64')}\r\n`;
    });
    const easy = handle(`imap://127.0.0.1:${peer.port}/`, { USERNAME: 'bob', XOAUTH2_BEARER: 'tok' });
    expect((await perform(easy)).code).toBe(CURLE.LOGIN_DENIED);
    const msg = `n,a=bob,\x01host=127.0.0.1\x01port=${peer.port}\x01auth=Bearer tok\x01\x01`;
    expect(peer.lines[0]).toEqual(['A001 CAPABILITY', 'A002 AUTHENTICATE OAUTHBEARER', Buffer.from(msg).toString('base64'), 'AQ==']);
  });

  it('without SASL-IR the first message waits for the continuation; SASL_IR=1 sends it at once, "=" when empty', async () => {
    const peer = await scripted('AUTH=PLAIN', (line) => (line === 'A002 AUTHENTICATE PLAIN' ? '+\r\n' : 'A002 OK in\r\n'));
    const plain = Buffer.from('\0a\0b').toString('base64');
    expect((await perform(handle(`imap://127.0.0.1:${peer.port}/`, { USERNAME: 'a', PASSWORD: 'b' }))).code).toBe(CURLE.OK);
    expect(peer.lines[0]).toEqual(['A001 CAPABILITY', 'A002 AUTHENTICATE PLAIN', plain]);
    expect((await perform(handle(`imap://127.0.0.1:${peer.port}/`, { USERNAME: 'a', PASSWORD: 'b', SASL_IR: 1 }))).code).toBe(CURLE.OK);
    expect(peer.lines[1]).toEqual(['A001 CAPABILITY', `A002 AUTHENTICATE PLAIN ${plain}`]);
    const ext = await scripted('AUTH=EXTERNAL', () => 'A002 OK in\r\n');
    expect((await perform(handle(`imap://127.0.0.1:${ext.port}/`, { USERNAME: '', LOGIN_OPTIONS: 'AUTH=EXTERNAL', SASL_IR: 1 }))).code).toBe(CURLE.OK);
    expect(ext.lines[0]).toEqual(['A001 CAPABILITY', 'A002 AUTHENTICATE EXTERNAL =']);
  });

  it('SASL_AUTHZID is the first field of PLAIN', async () => {
    const peer = await scripted('AUTH=PLAIN SASL-IR', () => 'A002 OK in\r\n');
    expect((await perform(handle(`imap://127.0.0.1:${peer.port}/`, { USERNAME: 'admin', PASSWORD: 'pw', SASL_AUTHZID: 'alice' }))).code).toBe(CURLE.OK);
    expect(peer.lines[0]![1]).toBe(`A002 AUTHENTICATE PLAIN ${Buffer.from('alice\0admin\0pw').toString('base64')}`);
  });

  it('a DIGEST-MD5 challenge it cannot answer is cancelled with "*" and the next mechanism is tried', async () => {
    const peer = await scripted('AUTH=DIGEST-MD5 AUTH=PLAIN', (line) => {
      if (line === 'A002 AUTHENTICATE DIGEST-MD5') return `+ ${Buffer.from('nonce="abc",qop="auth",algorithm=md5').toString('base64')}\r\n`;
      if (line === '*') return 'A002 BAD cancelled\r\n';
      if (line === 'A003 AUTHENTICATE PLAIN') return '+\r\n';
      return 'A003 OK in\r\n';
    });
    expect((await perform(handle(`imap://127.0.0.1:${peer.port}/`, { USERNAME: 'a', PASSWORD: 'b' }))).code).toBe(CURLE.OK);
    expect(peer.lines[0]).toEqual(['A001 CAPABILITY', 'A002 AUTHENTICATE DIGEST-MD5', '*', 'A003 AUTHENTICATE PLAIN', Buffer.from('\0a\0b').toString('base64')]);
  });

  it('PREAUTH: no login; each perform makes a new connection (connect-only connections are never reused)', async () => {
    const peer = await scripted('AUTH=PLAIN', () => null, '* PREAUTH welcome back\r\n');
    const easy = handle(`imap://127.0.0.1:${peer.port}/`, { USERNAME: 'a', PASSWORD: 'b' });
    const cap = capture(easy);
    expect((await perform(easy)).code).toBe(CURLE.OK);
    expect(cap.lines()).toContain('PREAUTH connection, already authenticated');
    expect((await perform(easy)).code).toBe(CURLE.OK);
    expect(peer.connections).toBe(2);
    expect(peer.lines).toEqual([['A001 CAPABILITY'], ['B001 CAPABILITY']]);
  });

  it('EXTERNAL only when asked for, with the user name and no password', async () => {
    const peer = await scripted('AUTH=EXTERNAL', (line) => (line.startsWith('A002 ') ? '+ \r\n' : 'A002 OK in\r\n'));
    const easy = handle(`imap://127.0.0.1:${peer.port}/`, { USERNAME: 'carol', LOGIN_OPTIONS: 'AUTH=EXTERNAL' });
    expect((await perform(easy)).code).toBe(CURLE.OK);
    expect(peer.lines[0]).toEqual(['A001 CAPABILITY', 'A002 AUTHENTICATE EXTERNAL', Buffer.from('carol').toString('base64')]);
  });

  it('no mechanism in common and LOGINDISABLED: 67 with the SASL hints', async () => {
    const peer = await scripted('LOGINDISABLED AUTH=GSSAPI', () => null);
    const easy = handle(`imap://127.0.0.1:${peer.port}/`, { USERNAME: 'a', PASSWORD: 'b' });
    const cap = capture(easy);
    // libcurl returns 67 here without a failure text
    expect(await perform(easy)).toEqual({ code: CURLE.LOGIN_DENIED, text: '' });
    expect(cap.lines()).toContain('SASL: no auth mechanism offered could be selected');
    expect(cap.lines()).toContain('SASL: GSSAPI not builtin');
  });

  it('bytes after the last login response are the first recv', async () => {
    const peer = await scripted('AUTH=PLAIN', (line) => (line.startsWith('A002 ') ? '+ \r\n' : 'A002 OK in\r\n* 3 EXISTS\r\n'));
    const easy = handle(`imap://127.0.0.1:${peer.port}/`, { USERNAME: 'a', PASSWORD: 'b' });
    expect((await perform(easy)).code).toBe(CURLE.OK);
    expect(await recvUntil(easy, /EXISTS/)).toBe('* 3 EXISTS\r\n');
  });

  it('USE_SSL=ALL without STARTTLS gives 64; TRY logs in in plain text', async () => {
    const peer = await scripted('AUTH=PLAIN', (line) => (line.startsWith('A002 ') ? '+ \r\n' : 'A002 OK in\r\n'));
    const all = handle(`imap://127.0.0.1:${peer.port}/`, { USERNAME: 'a', PASSWORD: 'b', USE_SSL: 3 });
    expect(await perform(all)).toEqual({ code: CURLE.USE_SSL_FAILED, text: 'STARTTLS not available.' });
    const tryIt = handle(`imap://127.0.0.1:${peer.port}/`, { USERNAME: 'a', PASSWORD: 'b', USE_SSL: 1 });
    expect((await perform(tryIt)).code).toBe(CURLE.OK);
  });

  it('STARTTLS refused: 64 under ALL', async () => {
    const peer = await scripted('STARTTLS AUTH=PLAIN', (line) => (line === 'A002 STARTTLS' ? 'A002 NO not now\r\n' : null));
    const easy = handle(`imap://127.0.0.1:${peer.port}/`, { USERNAME: 'a', PASSWORD: 'b', USE_SSL: 3 });
    expect(await perform(easy)).toEqual({ code: CURLE.USE_SSL_FAILED, text: 'STARTTLS denied' });
  });

  for (const greeting of ['* BYE go away\r\n', '* NO busy\r\n']) {
    it(`a refusing greeting ${JSON.stringify(greeting)} gives 8`, async () => {
      const peer = await scripted('', () => null, greeting);
      const easy = handle(`imap://127.0.0.1:${peer.port}/`, { USERNAME: 'a', PASSWORD: 'b' });
      expect(await perform(easy)).toEqual({ code: CURLE.WEIRD_SERVER_REPLY, text: 'Got unexpected imap-server response' });
    });
  }

  it('a greeting that is no IMAP response, and silence, wait for the connect timeout (28)', async () => {
    for (const greeting of ['hello there\r\n', null]) {
      const peer = await scripted('', () => null, greeting);
      const easy = handle(`imap://127.0.0.1:${peer.port}/`, { USERNAME: 'a', PASSWORD: 'b', CONNECTTIMEOUT_MS: 200 });
      const r = await perform(easy);
      expect(r.code).toBe(CURLE.OPERATION_TIMEDOUT);
      expect(r.text).toMatch(/^Operation timed out after \d+ milliseconds with 0 bytes received$/);
    }
  });

  it('a server hanging up mid-login gives 56', async () => {
    const peer = await scripted('AUTH=PLAIN', () => 'close');
    const easy = handle(`imap://127.0.0.1:${peer.port}/`, { USERNAME: 'a', PASSWORD: 'b' });
    expect(await perform(easy)).toEqual({ code: CURLE.RECV_ERROR, text: 'response reading failed (errno: 115)' });
  });

  it('CR or LF in a user name or password is refused before connecting (43)', async () => {
    const peer = await scripted('AUTH=PLAIN', () => null);
    for (const opts of [{ USERNAME: 'a\r\nA1 LOGOUT', PASSWORD: 'b' }, { USERNAME: 'a', PASSWORD: 'b\n' }]) {
      const easy = handle(`imap://127.0.0.1:${peer.port}/`, opts);
      expect(await perform(easy)).toEqual({ code: CURLE.BAD_FUNCTION_ARGUMENT, text: 'control code detected in credentials' });
    }
    const url = handle(`imap://a%0d%0a:b@127.0.0.1:${peer.port}/`);
    expect(await perform(url)).toEqual({ code: CURLE.URL_MALFORMAT, text: 'error extracting credentials from URL' });
    expect(peer.connections).toBe(0);
  });

  it('an unknown login option gives 3 before any command', async () => {
    const peer = await scripted('AUTH=PLAIN', () => null);
    const easy = handle(`imap://127.0.0.1:${peer.port}/`, { USERNAME: 'a', PASSWORD: 'b', LOGIN_OPTIONS: 'AUTH=PLAIN\r\nX' });
    expect(await perform(easy)).toEqual({ code: CURLE.URL_MALFORMAT, text: '' });
    expect(peer.lines[0]).toEqual([]);
  });

  it('perform without CONNECT_ONLY is refused with 1', async () => {
    const easy = new Easy();
    keep(easy);
    set(easy, 'URL', 'imap://127.0.0.1:1/');
    expect(await perform(easy)).toEqual({ code: CURLE.UNSUPPORTED_PROTOCOL, text: 'IMAP is served for connect-only transfers only (CURLOPT_CONNECT_ONLY)' });
  });
});
