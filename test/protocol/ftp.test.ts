// FTP connect-only through the public API (lib/ftp.c): against Debian's python3-pyftpdlib
// (skipped, saying so, when missing) for USER/PASS, AUTH TLS/SSL with PBSZ and PROT, each session
// continued with PWD over send/recv; against scripted peers for implicit FTPS, ACCT,
// FTP_ALTERNATIVE_TO_USER, anonymous login and the failures.
import * as net from 'node:net';
import * as tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { CURLE, Easy } from '../../runtime/index.js';
import { startLineServer, type Answer, type LineServer } from '../peers/line-server.js';
import { loginTests, perform, realServer, recvUntil, sendLine, sent } from '../peers/mail-session.js';
import { FTP_PASSWORD, FTP_USER, havePyftpdlib, startPyftpdlib } from '../peers/pyftpdlib.js';
import { hasOpenssl, listenLoopback, makePki } from '../peers/tls-fixtures.js';
import { capture, info } from '../runtime/helpers.js';

const { handle, keep } = loginTests();

async function pwd(easy: Easy): Promise<void> {
  await sendLine(easy, 'PWD');
  expect(await recvUntil(easy, /^\d{3} /)).toMatch(/^257 "\/"/);
}

const creds = { USERNAME: FTP_USER, PASSWORD: FTP_PASSWORD };
const skip = !havePyftpdlib || !hasOpenssl();

describe.skipIf(skip)(`pyftpdlib${skip ? ': skipped, needs apt-get install -y python3-pyftpdlib python3-openssl (and openssl)' : ''}`, () => {
  const { pki, server } = realServer(startPyftpdlib);

  it('USER, PASS, PWD; RESPONSE_CODE is the last reply; then PWD by hand', async () => {
    const easy = handle(`ftp://127.0.0.1:${server.ftp}/`, creds);
    const cap = capture(easy);
    expect(await perform(easy)).toEqual({ code: CURLE.OK, text: '' });
    expect(sent(cap)).toEqual([`USER ${FTP_USER}\r\n`, `PASS ${FTP_PASSWORD}\r\n`, 'PWD\r\n']);
    expect(cap.lines()).toContain("Entry path is '/'");
    expect(info(easy, 'RESPONSE_CODE').value).toBe(257);
    await pwd(easy);
  });

  it('USE_SSL=ALL: AUTH SSL, TLS, USER, PASS, PBSZ 0, PROT P; FTPSSLAUTH=TLS sends AUTH TLS first', async () => {
    const easy = handle(`ftp://localhost:${server.ftpes}/`, { ...creds, USE_SSL: 3, CAINFO: pki.ca.certFile });
    const cap = capture(easy);
    expect((await perform(easy)).code).toBe(CURLE.OK);
    expect(sent(cap)).toEqual(['AUTH SSL\r\n', `USER ${FTP_USER}\r\n`, `PASS ${FTP_PASSWORD}\r\n`, 'PBSZ 0\r\n', 'PROT P\r\n', 'PWD\r\n']);
    expect(info(easy, 'ACTIVESOCKET').value).toBeInstanceOf(tls.TLSSocket);
    await pwd(easy);
    const tlsFirst = handle(`ftp://localhost:${server.ftpes}/`, { ...creds, USE_SSL: 2, FTPSSLAUTH: 2, CAINFO: pki.ca.certFile });
    const cap2 = capture(tlsFirst);
    expect((await perform(tlsFirst)).code).toBe(CURLE.OK);
    expect(sent(cap2)[0]).toBe('AUTH TLS\r\n');
    expect(sent(cap2)[4]).toBe('PROT C\r\n');
    await pwd(tlsFirst);
  });

  it('a wrong password gives 67 "Access denied: 530"', async () => {
    const easy = handle(`ftp://127.0.0.1:${server.ftp}/`, { USERNAME: FTP_USER, PASSWORD: 'nope' });
    expect(await perform(easy)).toEqual({ code: CURLE.LOGIN_DENIED, text: 'Access denied: 530' });
  });
});

async function scripted(answer: (line: string) => Answer, greeting: string | null = '220 hi\r\n'): Promise<LineServer> {
  const peer = await startLineServer(greeting, answer);
  keep(peer);
  return peer;
}

describe('scripted FTP peer', () => {
  it('without credentials: anonymous; ACCT when asked with 332', async () => {
    const peer = await scripted((line) => {
      if (line.startsWith('USER ')) return '331 pass\r\n';
      if (line.startsWith('PASS ')) return '332 account?\r\n';
      if (line.startsWith('ACCT ')) return '230 in\r\n';
      return '257 "/home" here\r\n';
    });
    expect((await perform(handle(`ftp://127.0.0.1:${peer.port}/`, { FTP_ACCOUNT: 'acc' }))).code).toBe(CURLE.OK);
    expect(peer.lines[0]).toEqual(['USER anonymous', 'PASS ftp@example.com', 'ACCT acc', 'PWD']);
    expect(await perform(handle(`ftp://127.0.0.1:${peer.port}/`))).toEqual({ code: CURLE.LOGIN_DENIED, text: 'ACCT requested but none available' });
    const refusing = await scripted((line) => (line.startsWith('USER ') ? '332 account?\r\n' : '530 no such account\r\n'));
    expect(await perform(handle(`ftp://127.0.0.1:${refusing.port}/`, { FTP_ACCOUNT: 'acc' }))).toEqual({
      code: CURLE.FTP_WEIRD_PASS_REPLY,
      text: 'ACCT rejected by server: 530',
    });
  });

  it('FTP_ALTERNATIVE_TO_USER after a refused USER; a relative entry path asks SYST', async () => {
    const peer = await scripted((line) => {
      if (line.startsWith('USER ')) return '530 no\r\n';
      if (line === 'SITE AUTH u') return '230 fine\r\n';
      if (line === 'PWD') return '257 "home" here\r\n';
      return '215 UNIX Type: L8\r\n';
    });
    expect((await perform(handle(`ftp://u:p@127.0.0.1:${peer.port}/`, { FTP_ALTERNATIVE_TO_USER: 'SITE AUTH u' }))).code).toBe(CURLE.OK);
    expect(peer.lines[0]).toEqual(['USER u', 'SITE AUTH u', 'PWD', 'SYST']);
  });

  it.skipIf(!hasOpenssl())(`ftps:// is TLS from the start, then PBSZ and PROT${hasOpenssl() ? '' : ': skipped, needs openssl'}`, async () => {
    const pki = makePki();
    const lines: string[] = [];
    const srv = tls.createServer({ cert: pki.localhost.cert, key: pki.localhost.key }, (s) => {
      s.on('error', () => {});
      s.write('220 secure\r\n');
      let buf = '';
      s.on('data', (d: Buffer) => {
        buf += d.toString();
        for (let nl = buf.indexOf('\r\n'); nl >= 0; nl = buf.indexOf('\r\n')) {
          const line = buf.slice(0, nl);
          buf = buf.slice(nl + 2);
          lines.push(line);
          s.write(line.startsWith('USER') ? '331 p\r\n' : line === 'PWD' ? '257 "/"\r\n' : '200 ok\r\n');
        }
      });
    });
    const l = await listenLoopback(srv as unknown as net.Server);
    keep({ close: async () => (await l.close(), pki.cleanup()) });
    const easy = handle(`ftps://localhost:${l.port}/`, { USERPWD: 'u:p', CAINFO: pki.ca.certFile });
    expect((await perform(easy)).code).toBe(CURLE.OK);
    expect(lines).toEqual(['USER u', 'PASS p', 'PBSZ 0', 'PROT P', 'PWD']);
  });

  it('a 421 greeting gives 28 at once; a 500 greeting gives 8; silence gives 28', async () => {
    const busy = await scripted(() => null, '421 too many\r\n');
    const easy = handle(`ftp://127.0.0.1:${busy.port}/`);
    const cap = capture(easy);
    // no failure text, as libcurl (Debian's 7.88 checked): only the info line
    expect(await perform(easy)).toEqual({ code: CURLE.OPERATION_TIMEDOUT, text: '' });
    expect(cap.lines()).toContain('We got a 421 - timeout');
    const refusing = await scripted(() => null, '500 no\r\n');
    expect(await perform(handle(`ftp://127.0.0.1:${refusing.port}/`))).toEqual({
      code: CURLE.WEIRD_SERVER_REPLY,
      text: 'Got a 500 ftp-server response when 220 was expected',
    });
    const silent = await scripted(() => null, null);
    expect((await perform(handle(`ftp://127.0.0.1:${silent.port}/`, { CONNECTTIMEOUT_MS: 200 }))).code).toBe(CURLE.OPERATION_TIMEDOUT);
  });

  it('USE_SSL=ALL with both AUTH refused gives 64; TRY goes on in plain text', async () => {
    const answer = (line: string): Answer => (line.startsWith('AUTH') ? '500 no\r\n' : line.startsWith('USER') ? '230 in\r\n' : '257 "/"\r\n');
    const peer = await scripted(answer);
    expect((await perform(handle(`ftp://127.0.0.1:${peer.port}/`, { USE_SSL: 3 }))).code).toBe(CURLE.USE_SSL_FAILED);
    expect(peer.lines[0]).toEqual(['AUTH SSL', 'AUTH TLS']);
    expect((await perform(handle(`ftp://127.0.0.1:${peer.port}/`, { USE_SSL: 1 }))).code).toBe(CURLE.OK);
    expect(peer.lines[1]).toEqual(['AUTH SSL', 'AUTH TLS', 'USER anonymous', 'PWD']);
  });

  it('a hang-up mid-login gives 56; CR/LF in credentials or the account is refused (43)', async () => {
    const hangup = await scripted(() => 'close');
    expect((await perform(handle(`ftp://127.0.0.1:${hangup.port}/`, { USERPWD: 'u:p' }))).code).toBe(CURLE.RECV_ERROR);
    const peer = await scripted((line) => (line.startsWith('USER') ? '332 acct\r\n' : null));
    expect((await perform(handle(`ftp://127.0.0.1:${peer.port}/`, { USERPWD: 'u:p\r\nDELE x' }))).code).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(peer.connections).toBe(0);
    expect(await perform(handle(`ftp://127.0.0.1:${peer.port}/`, { USERPWD: 'u:p', FTP_ACCOUNT: 'a\r\nDELE x' }))).toEqual({
      code: CURLE.BAD_FUNCTION_ARGUMENT,
      text: 'Control byte in FTP account',
    });
    expect(peer.lines[0]).toEqual(['USER u']);
  });
});
