// SMTP connect-only through the public API (lib/smtp.c): against Debian's python3-aiosmtpd
// (skipped, saying so, when missing) for EHLO, STARTTLS, implicit TLS and AUTH PLAIN and LOGIN,
// each session continued with NOOP over send/recv; against a scripted peer for the EHLO domain,
// HELO, CRAM-MD5 and the failures.
import { hostname } from 'node:os';
import * as tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { CURLE, Easy } from '../../runtime/index.js';
import { haveAiosmtpd, SMTP_PASSWORD, SMTP_USER, startAiosmtpd } from '../peers/aiosmtpd.js';
import { startLineServer, type Answer, type LineServer } from '../peers/line-server.js';
import { loginTests, perform, realServer, recvUntil, sendLine, sent } from '../peers/mail-session.js';
import { hasOpenssl } from '../peers/tls-fixtures.js';
import { capture, info } from '../runtime/helpers.js';

const { handle, keep } = loginTests();

async function noop(easy: Easy): Promise<void> {
  await sendLine(easy, 'NOOP');
  expect(await recvUntil(easy, /^\d{3} /)).toMatch(/^250 /);
}

const creds = { USERNAME: SMTP_USER, PASSWORD: SMTP_PASSWORD };
const skip = !haveAiosmtpd || !hasOpenssl();

describe.skipIf(skip)(`aiosmtpd${skip ? ': skipped, needs apt-get install -y python3-aiosmtpd (and openssl)' : ''}`, () => {
  const { pki, server } = realServer(startAiosmtpd);

  it('EHLO with the URL path, AUTH PLAIN (preferred over LOGIN), then NOOP', async () => {
    const easy = handle(`smtp://127.0.0.1:${server.smtp}/client.example`, creds);
    const cap = capture(easy);
    expect(await perform(easy)).toEqual({ code: CURLE.OK, text: '' });
    expect(sent(cap)).toEqual(['EHLO client.example\r\n', 'AUTH PLAIN\r\n', `${Buffer.from(`\0${SMTP_USER}\0${SMTP_PASSWORD}`).toString('base64')}\r\n`]);
    expect(info(easy, 'RESPONSE_CODE').value).toBe(235);
    await noop(easy);
  });

  it('AUTH LOGIN with SASL_IR', async () => {
    const easy = handle(`smtp://127.0.0.1:${server.smtp}/`, { ...creds, LOGIN_OPTIONS: 'AUTH=LOGIN', SASL_IR: 1 });
    const cap = capture(easy);
    expect((await perform(easy)).code).toBe(CURLE.OK);
    expect(sent(cap).slice(1)).toEqual([`AUTH LOGIN ${Buffer.from(SMTP_USER).toString('base64')}\r\n`, `${Buffer.from(SMTP_PASSWORD).toString('base64')}\r\n`]);
    await noop(easy);
  });

  it('USE_SSL=ALL: STARTTLS, EHLO again over TLS, then AUTH; smtps:// is TLS from the start', async () => {
    const easy = handle(`smtp://localhost:${server.smtp}/me`, { ...creds, USE_SSL: 3, CAINFO: pki.ca.certFile });
    const cap = capture(easy);
    expect((await perform(easy)).code).toBe(CURLE.OK);
    expect(sent(cap).slice(0, 4)).toEqual(['EHLO me\r\n', 'STARTTLS\r\n', 'EHLO me\r\n', 'AUTH PLAIN\r\n']);
    expect(info(easy, 'ACTIVESOCKET').value).toBeInstanceOf(tls.TLSSocket);
    await noop(easy);
    const implicit = handle(`smtps://localhost:${server.smtps}/me`, { ...creds, CAINFO: pki.ca.certFile });
    expect((await perform(implicit)).code).toBe(CURLE.OK);
    await noop(implicit);
  });

  it('a wrong password gives 67', async () => {
    const easy = handle(`smtp://127.0.0.1:${server.smtp}/me`, { USERNAME: SMTP_USER, PASSWORD: 'nope' });
    expect((await perform(easy)).code).toBe(CURLE.LOGIN_DENIED);
  });
});

async function scripted(ehlo: string[] | null, answer: (line: string) => Answer, greeting: string | null = '220 hi\r\n'): Promise<LineServer> {
  const peer = await startLineServer(greeting, (line) => {
    if (line.startsWith('EHLO ')) {
      if (ehlo === null) return '502 no\r\n';
      return ehlo.map((c, i) => `250${i === ehlo.length - 1 ? ' ' : '-'}${c}\r\n`).join('');
    }
    return answer(line);
  });
  keep(peer);
  return peer;
}

describe('scripted SMTP peer', () => {
  it('an empty path says EHLO with the host name; no AUTH listed: no login', async () => {
    const peer = await scripted(['hello'], () => null);
    expect((await perform(handle(`smtp://127.0.0.1:${peer.port}`, { USERNAME: 'u', PASSWORD: 'p' }))).code).toBe(CURLE.OK);
    expect(peer.lines[0]).toEqual([`EHLO ${hostname()}`]);
  });

  it('EHLO refused: HELO', async () => {
    const peer = await scripted(null, (line) => (line.startsWith('HELO ') ? '250 ok\r\n' : null));
    expect((await perform(handle(`smtp://127.0.0.1:${peer.port}/d`))).code).toBe(CURLE.OK);
    expect(peer.lines[0]).toEqual(['EHLO d', 'HELO d']);
  });

  it('CRAM-MD5 answers the challenge with the HMAC (RFC 2195)', async () => {
    const challenge = '<1896.697170952@postoffice.reston.mci.net>';
    const peer = await scripted(['AUTH CRAM-MD5 PLAIN'], (line) =>
      line === 'AUTH CRAM-MD5' ? `334 ${Buffer.from(challenge).toString('base64')}\r\n` : '235 ok\r\n',
    );
    expect((await perform(handle(`smtp://127.0.0.1:${peer.port}/d`, { USERNAME: 'tim', PASSWORD: 'tanstaaftanstaaf' }))).code).toBe(CURLE.OK);
    // the example of RFC 2195 section 2
    expect(peer.lines[0]![2]).toBe(Buffer.from('tim b913a602c7eda7a495b4e6e7334d3890').toString('base64'));
  });

  it('a 554 greeting gives 8; STARTTLS missing or refused under ALL gives 64', async () => {
    const refusing = await scripted(['x'], () => null, '554 go away\r\n');
    expect(await perform(handle(`smtp://127.0.0.1:${refusing.port}/d`))).toEqual({
      code: CURLE.WEIRD_SERVER_REPLY,
      text: 'Got unexpected smtp-server response: 554',
    });
    const missing = await scripted(['AUTH PLAIN'], () => null);
    expect(await perform(handle(`smtp://127.0.0.1:${missing.port}/d`, { USE_SSL: 3 }))).toEqual({ code: CURLE.USE_SSL_FAILED, text: 'STARTTLS not supported.' });
    const refused = await scripted(['STARTTLS'], () => '454 not now\r\n');
    expect(await perform(handle(`smtp://127.0.0.1:${refused.port}/d`, { USE_SSL: 3 }))).toEqual({ code: CURLE.USE_SSL_FAILED, text: 'STARTTLS denied, code 454' });
  });

  it('silence gives 28; a hang-up mid-login gives 56; CR/LF in credentials gives 43 before connecting', async () => {
    const silent = await scripted(['x'], () => null, null);
    expect((await perform(handle(`smtp://127.0.0.1:${silent.port}/d`, { CONNECTTIMEOUT_MS: 200 }))).code).toBe(CURLE.OPERATION_TIMEDOUT);
    const r = await perform(handle(`smtp://127.0.0.1:${silent.port}/d`, { TIMEOUT_MS: 200 }));
    expect(r.code).toBe(CURLE.OPERATION_TIMEDOUT);
    expect(r.text).toMatch(/^Operation timed out after \d+ milliseconds with 0 bytes received$/);
    const hangup = await scripted(['AUTH PLAIN'], () => 'close');
    expect((await perform(handle(`smtp://127.0.0.1:${hangup.port}/d`, { USERNAME: 'u', PASSWORD: 'p' }))).code).toBe(CURLE.RECV_ERROR);
    const crlf = await scripted(['AUTH PLAIN'], () => null);
    expect((await perform(handle(`smtp://127.0.0.1:${crlf.port}/d`, { USERNAME: 'u\r\nRSET', PASSWORD: 'p' }))).code).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(crlf.connections).toBe(0);
  });
});
