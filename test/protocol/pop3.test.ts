// POP3 connect-only through the public API (lib/pop3.c): against Debian's dovecot (skipped,
// saying so, when missing) for CAPA, STLS, implicit TLS, SASL and APOP, each session continued
// with STAT over send/recv; against a scripted peer for USER/PASS and the failures.
import * as tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { CURLE, Easy } from '../../runtime/index.js';
import { DOVECOT_PASSWORD, DOVECOT_USER, haveDovecot, startDovecot } from '../peers/dovecot.js';
import { startLineServer, type Answer, type LineServer } from '../peers/line-server.js';
import { loginTests, perform, realServer, recvUntil, sendLine, sent } from '../peers/mail-session.js';
import { hasOpenssl } from '../peers/tls-fixtures.js';
import { capture, info } from '../runtime/helpers.js';

const { handle, keep } = loginTests();

async function stat(easy: Easy): Promise<void> {
  await sendLine(easy, 'STAT');
  expect(await recvUntil(easy, /^[+-]/)).toMatch(/^\+OK 0 0/);
}

const creds = { USERNAME: DOVECOT_USER, PASSWORD: DOVECOT_PASSWORD };
const skipDovecot = !haveDovecot || !hasOpenssl();

describe.skipIf(skipDovecot)(`dovecot POP3${skipDovecot ? ': skipped, needs apt-get install -y dovecot-imapd dovecot-pop3d (and openssl)' : ''}`, () => {
  const { pki, server: dovecot } = realServer(startDovecot);

  it('CAPA, then SASL DIGEST-MD5 (the strongest offered), then STAT', async () => {
    const easy = handle(`pop3://127.0.0.1:${dovecot.pop3}/`, creds);
    const cap = capture(easy);
    expect(await perform(easy)).toEqual({ code: CURLE.OK, text: '' });
    expect(sent(cap).slice(0, 2)).toEqual(['CAPA\r\n', 'AUTH DIGEST-MD5\r\n']);
    await stat(easy);
  });

  it('AUTH=PLAIN with SASL_IR, and AUTH=LOGIN', async () => {
    const plain = handle(`pop3://127.0.0.1:${dovecot.pop3}/`, { ...creds, LOGIN_OPTIONS: 'AUTH=PLAIN', SASL_IR: 1 });
    const cap = capture(plain);
    expect((await perform(plain)).code).toBe(CURLE.OK);
    expect(sent(cap)).toEqual(['CAPA\r\n', `AUTH PLAIN ${Buffer.from(`\0${DOVECOT_USER}\0${DOVECOT_PASSWORD}`).toString('base64')}\r\n`]);
    await stat(plain);
    const login = handle(`pop3://127.0.0.1:${dovecot.pop3}/`, { ...creds, LOGIN_OPTIONS: 'AUTH=LOGIN' });
    expect((await perform(login)).code).toBe(CURLE.OK);
    await stat(login);
  });

  it('APOP with the greeting timestamp (AUTH=+APOP)', async () => {
    const easy = handle(`pop3://127.0.0.1:${dovecot.pop3}/`, { ...creds, LOGIN_OPTIONS: 'AUTH=+APOP' });
    const cap = capture(easy);
    expect((await perform(easy)).code).toBe(CURLE.OK);
    expect(sent(cap)[1]).toMatch(/^APOP alice [0-9a-f]{32}\r\n$/);
    await stat(easy);
  });

  it('USE_SSL=ALL upgrades with STLS and asks CAPA again; pop3s:// is TLS from the start', async () => {
    const stls = handle(`pop3://localhost:${dovecot.pop3}/`, { ...creds, USE_SSL: 3, CAINFO: pki.ca.certFile });
    const cap = capture(stls);
    expect((await perform(stls)).code).toBe(CURLE.OK);
    expect(sent(cap).slice(0, 3)).toEqual(['CAPA\r\n', 'STLS\r\n', 'CAPA\r\n']);
    expect(info(stls, 'ACTIVESOCKET').value).toBeInstanceOf(tls.TLSSocket);
    await stat(stls);
    const implicit = handle(`pop3s://localhost:${dovecot.pop3s}/`, { ...creds, CAINFO: pki.ca.certFile });
    expect((await perform(implicit)).code).toBe(CURLE.OK);
    await stat(implicit);
  });

  it('a wrong password gives 67', async () => {
    const easy = handle(`pop3://127.0.0.1:${dovecot.pop3}/`, { USERNAME: DOVECOT_USER, PASSWORD: 'nope', LOGIN_OPTIONS: 'AUTH=PLAIN' });
    expect((await perform(easy)).code).toBe(CURLE.LOGIN_DENIED);
  });
});

async function scripted(capa: string[] | null, answer: (line: string) => Answer, greeting: string | null = '+OK ready\r\n'): Promise<LineServer> {
  const peer = await startLineServer(greeting, (line) => {
    if (line === 'CAPA') return capa === null ? '-ERR what\r\n' : `+OK\r\n${capa.map((c) => `${c}\r\n`).join('')}.\r\n`;
    return answer(line);
  });
  keep(peer);
  return peer;
}

describe('scripted POP3 peer', () => {
  it('USER and PASS when no SASL is offered (also when CAPA is unknown); bytes after +OK are kept', async () => {
    for (const capa of [['USER'], null]) {
      const peer = await scripted(capa, (line) => (line.startsWith('USER ') ? '+OK\r\n' : '+OK in\r\n+OK extra\r\n'));
      const easy = handle(`pop3://u:p%3Aq@127.0.0.1:${peer.port}/`);
      expect((await perform(easy)).code).toBe(CURLE.OK);
      expect(peer.lines[0]).toEqual(['CAPA', 'USER u', 'PASS p:q']);
      expect(await recvUntil(easy, /extra/)).toBe('+OK extra\r\n');
    }
  });

  it('a refused PASS gives 67 "Access denied. -"', async () => {
    const peer = await scripted(['USER'], (line) => (line.startsWith('USER ') ? '+OK\r\n' : '-ERR no\r\n'));
    const easy = handle(`pop3://127.0.0.1:${peer.port}/`, { USERNAME: 'u', PASSWORD: 'p' });
    expect(await perform(easy)).toEqual({ code: CURLE.LOGIN_DENIED, text: 'Access denied. -' });
  });

  it('XOAUTH2 over SASL', async () => {
    const peer = await scripted(['SASL XOAUTH2 PLAIN'], (line) => (line.startsWith('AUTH ') ? '+ \r\n' : '+OK in\r\n'));
    const easy = handle(`pop3://127.0.0.1:${peer.port}/`, { USERNAME: 'u', XOAUTH2_BEARER: 't' });
    expect((await perform(easy)).code).toBe(CURLE.OK);
    expect(peer.lines[0]).toEqual(['CAPA', 'AUTH XOAUTH2', Buffer.from('user=u\x01auth=Bearer t\x01\x01').toString('base64')]);
  });

  it('a -ERR greeting gives 8; USE_SSL=ALL without STLS gives 64', async () => {
    const refusing = await scripted(['USER'], () => null, '-ERR busy\r\n');
    expect(await perform(handle(`pop3://127.0.0.1:${refusing.port}/`, { USERNAME: 'u', PASSWORD: 'p' }))).toEqual({
      code: CURLE.WEIRD_SERVER_REPLY,
      text: 'Got unexpected pop3-server response',
    });
    const noTls = await scripted(['USER'], () => null);
    expect(await perform(handle(`pop3://127.0.0.1:${noTls.port}/`, { USERNAME: 'u', PASSWORD: 'p', USE_SSL: 3 }))).toEqual({
      code: CURLE.USE_SSL_FAILED,
      text: 'STLS not supported.',
    });
  });

  it('silence gives 28; a hang-up mid-login gives 56; CR/LF in the password is refused with 43', async () => {
    const silent = await scripted(['USER'], () => null, null);
    expect((await perform(handle(`pop3://127.0.0.1:${silent.port}/`, { USERNAME: 'u', PASSWORD: 'p', CONNECTTIMEOUT_MS: 200 }))).code).toBe(
      CURLE.OPERATION_TIMEDOUT,
    );
    const hangup = await scripted(['USER'], () => 'close');
    expect((await perform(handle(`pop3://127.0.0.1:${hangup.port}/`, { USERNAME: 'u', PASSWORD: 'p' }))).code).toBe(CURLE.RECV_ERROR);
    const crlf = await scripted(['USER'], () => null);
    expect((await perform(handle(`pop3://127.0.0.1:${crlf.port}/`, { USERNAME: 'u', PASSWORD: 'p\r\nDELE 1' }))).code).toBe(
      CURLE.BAD_FUNCTION_ARGUMENT,
    );
    expect(crlf.connections).toBe(0);
  });
});
