// TLS for connect-only transfers through the public API, against Node TLS/HTTPS servers on
// loopback with a throwaway PKI (test/peers/tls-fixtures.ts, made with openssl at test time):
// verification (VERIFYPEER, VERIFYHOST, CAINFO, CAPATH), client certificates, libcurl's codes
// (35, 58, 60, 77) and texts, ALPN, SNI, APPCONNECT_TIME, and TLS over an HTTP proxy tunnel.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import { join } from 'node:path';
import * as tls from 'node:tls';
import { createProxy } from 'proxy';
import { afterEach, describe, expect, it } from 'vitest';
import { CURLE, Easy } from '../../runtime/index.js';
import { filePki, subjectHash } from '../peers/tls-fixtures.js';
import { capture, closeAll, connectOnly, info, listen, recvAll, sendAll, set } from './helpers.js';

const { haveOpenssl, pki } = filePki('the TLS tests');

const servers = new Set<{ close(): Promise<void> }>();
const handles: Easy[] = [];
afterEach(async () => {
  for (const e of handles.splice(0)) e.cleanup();
  await Promise.all([...servers].map((s) => s.close()));
  servers.clear();
  await closeAll();
});

interface TlsPeer {
  port: number;
  /** Sockets that completed the handshake. */
  secured: tls.TLSSocket[];
  /** Errors the server saw from clients (tlsClientError). */
  clientErrors: Error[];
}

/** A TLS server on loopback that greets with `greeting` and echoes. */
async function tlsServer(
  options: tls.TlsOptions,
  host = '127.0.0.1',
  greeting = 'hello over tls\n',
): Promise<TlsPeer> {
  const peer: TlsPeer = { port: 0, secured: [], clientErrors: [] };
  const sockets = new Set<net.Socket>();
  const server = tls.createServer(options, (s) => {
    peer.secured.push(s);
    s.on('error', () => {});
    s.write(greeting);
    s.on('data', (d) => s.write(d));
  });
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('tlsClientError', (err) => peer.clientErrors.push(err));
  await new Promise<void>((r) => server.listen(0, host, r));
  peer.port = (server.address() as net.AddressInfo).port;
  servers.add({
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  });
  return peer;
}

function handle(url: string, opts: Record<string, unknown> = {}): Easy {
  const easy = connectOnly(url);
  handles.push(easy);
  for (const [k, v] of Object.entries(opts)) expect(set(easy, k, v), k).toBe(CURLE.OK);
  return easy;
}

/** perform, and the error buffer's text. */
async function run(easy: Easy): Promise<{ code: number; error: string }> {
  const buf = { text: '' };
  set(easy, 'ERRORBUFFER', buf);
  const code = await easy.perform();
  return { code, error: buf.text };
}

describe.skipIf(!haveOpenssl)('TLS verification', () => {
  it('connects to a CA-signed server and exchanges bytes through TLS', async () => {
    const srv = await tlsServer({ key: pki.localhost.key, cert: pki.localhost.cert });
    const easy = handle(`https://localhost:${srv.port}/`, { CAINFO: pki.ca.certFile });
    expect(await run(easy)).toEqual({ code: CURLE.OK, error: '' });
    expect((await recvAll(easy, 15)).toString()).toBe('hello over tls\n');
    await sendAll(easy, Buffer.from('echo me'));
    expect((await recvAll(easy, 7)).toString()).toBe('echo me');
    const app = info(easy, 'APPCONNECT_TIME').value as number;
    expect(app).toBeGreaterThan(0);
    expect(app).toBeGreaterThanOrEqual(info(easy, 'CONNECT_TIME').value as number);
    expect(info(easy, 'APPCONNECT_TIME_T').value).toBe(Math.round(app * 1e6));
  });

  it('sends an HTTP request with send and reads the answer with recv (https server)', async () => {
    const server = https.createServer({ key: pki.localhost.key, cert: pki.localhost.cert }, (req, res) => {
      res.setHeader('Connection', 'close');
      res.end(`you asked for ${req.url}\n`);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    servers.add({ close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }) });
    const port = (server.address() as net.AddressInfo).port;
    const easy = handle(`https://localhost:${port}/`, { CAINFO: pki.ca.certFile });
    expect(await easy.perform()).toBe(CURLE.OK);
    await sendAll(easy, Buffer.from(`GET /raw HTTP/1.1\r\nHost: localhost:${port}\r\n\r\n`));
    const answer = (await recvAll(easy, 1 << 20)).toString();
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(answer).toMatch(/you asked for \/raw\n$/);
  });

  it('prints libcurl\'s TLS lines in order', async () => {
    const srv = await tlsServer({ key: pki.localhost.key, cert: pki.localhost.cert, ALPNProtocols: ['h2', 'http/1.1'] });
    const easy = handle(`https://localhost:${srv.port}/`, { CAINFO: pki.ca.certFile });
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    const lines = log.lines();
    const at = (s: string | RegExp): number =>
      lines.findIndex((l) => (typeof s === 'string' ? l === s : s.test(l)));
    const order = [
      at(/^ {2}Trying 127\.0\.0\.1:\d+\.\.\.$/),
      at('ALPN: curl offers http/1.1'),
      // lib/vtls/openssl.c 8.22: the trust store is filled after the ClientHello, the peer
      // judged after the handshake (Curl_ossl_check_peer_cert)
      at('SSL Trust Anchors:'),
      at(`  CAfile: ${pki.ca.certFile}`),
      at(/^SSL connection using TLSv1\.3 \/ TLS_\w+ \/ \S+ \/ id-ecPublicKey$/),
      at('ALPN: server accepted http/1.1'),
      at('Server certificate:'),
      at('  subject: CN=localhost'),
      at(/^ {2}start date: \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/),
      at(/^ {2}expire date: /),
      at('  issuer: CN=manbind test CA'),
      at('  Certificate level 0: Public key type EC/prime256v1 (256/128 Bits/secBits), signed using ecdsa-with-SHA256'),
      at(/^ {2}Certificate level 1: Public key type \S+ \(\d+\/\d+ Bits\/secBits\), signed using \S+$/),
      at(`  subjectAltName: "localhost" matches cert's "localhost"`),
      at('OpenSSL verify result: 0'),
      at('SSL certificate verified via OpenSSL.'),
      at(/^Established connection to localhost/),
    ];
    expect(order.every((i) => i >= 0), lines.join('\n')).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('offers only http/1.1, so a server preferring h2 still speaks HTTP/1.1', async () => {
    const srv = await tlsServer({ key: pki.localhost.key, cert: pki.localhost.cert, ALPNProtocols: ['h2', 'http/1.1'] });
    const easy = handle(`https://localhost:${srv.port}/`, { CAINFO: pki.ca.certFile });
    expect(await easy.perform()).toBe(CURLE.OK);
    await recvAll(easy, 15);
    expect(srv.secured[0]!.alpnProtocol).toBe('http/1.1');
  });

  it('offers ALPN for https only: not for wss or gophers (lib/protocol.c: PROTOPT_ALPN)', async () => {
    const srv = await tlsServer({ key: pki.localhost.key, cert: pki.localhost.cert, ALPNProtocols: ['http/1.1'] });
    const offered: string[] = [];
    for (const scheme of ['https', 'wss', 'gophers']) {
      const easy = handle(`${scheme}://localhost:${srv.port}/`, { CAINFO: pki.ca.certFile });
      const log = capture(easy);
      expect(await easy.perform()).toBe(CURLE.OK);
      offered.push(`${scheme}: ${log.lines().filter((l) => l.startsWith('ALPN:')).join(' | ')}`);
    }
    expect(offered).toEqual(['https: ALPN: curl offers http/1.1 | ALPN: server accepted http/1.1', 'wss: ', 'gophers: ']);
    // the server sees the last handshake end after the client does (TLS 1.3)
    for (let i = 0; i < 200 && srv.secured.length < 3; i++) await new Promise((r) => setTimeout(r, 10));
    expect(srv.secured.map((s) => s.alpnProtocol)).toEqual(['http/1.1', false, false]);
  });

  it('sends SNI for a name, none for an IP address', async () => {
    const srv = await tlsServer({ key: pki.localhost.key, cert: pki.localhost.cert });
    const a = handle(`https://localhost:${srv.port}/`, { CAINFO: pki.ca.certFile });
    expect(await a.perform()).toBe(CURLE.OK);
    await recvAll(a, 15);
    const b = handle(`https://127.0.0.1:${srv.port}/`, { CAINFO: pki.ca.certFile });
    expect(await b.perform()).toBe(CURLE.OK);
    await recvAll(b, 15);
    expect(srv.secured.map((s) => (s as tls.TLSSocket & { servername?: string | false }).servername)).toEqual([
      'localhost',
      false,
    ]);
  });

  it('matches an IPv4 and an IPv6 target against IP subjectAltNames', async () => {
    const v4 = await tlsServer({ key: pki.localhost.key, cert: pki.localhost.cert });
    const e4 = handle(`https://127.0.0.1:${v4.port}/`, { CAINFO: pki.ca.certFile });
    const log = capture(e4);
    expect(await e4.perform()).toBe(CURLE.OK);
    expect(log.lines()).toContain(`  subjectAltName: "127.0.0.1" matches cert's IP address!`);
    const v6 = await tlsServer({ key: pki.localhost.key, cert: pki.localhost.cert }, '::1');
    const e6 = handle(`https://[::1]:${v6.port}/`, { CAINFO: pki.ca.certFile });
    expect(await e6.perform()).toBe(CURLE.OK);
  });

  it('fails a self-signed server with 60 "self-signed certificate"', async () => {
    const srv = await tlsServer({ key: pki.selfSigned.key, cert: pki.selfSigned.cert });
    const easy = handle(`https://localhost:${srv.port}/`, { CAINFO: pki.ca.certFile });
    expect(await run(easy)).toEqual({
      code: CURLE.PEER_FAILED_VERIFICATION,
      error: 'SSL certificate OpenSSL verify result: self-signed certificate (18)',
    });
    expect(info(easy, 'ACTIVESOCKET').value).toBe(-1);
  });

  it('fails an unknown issuer with 60 "unable to get local issuer certificate"', async () => {
    // The server sends its chain up to an intermediate; the root is not trusted (default CAs).
    const srv = await tlsServer({ key: pki.viaIntermediate.key, cert: pki.chainWithIntermediate });
    const easy = handle(`https://localhost:${srv.port}/`);
    expect(await run(easy)).toEqual({
      code: CURLE.PEER_FAILED_VERIFICATION,
      error: 'SSL certificate OpenSSL verify result: unable to get local issuer certificate (20)',
    });
  });

  it('verifies a chain through an intermediate to a trusted root', async () => {
    const srv = await tlsServer({ key: pki.viaIntermediate.key, cert: pki.chainWithIntermediate });
    const easy = handle(`https://localhost:${srv.port}/`, { CAINFO: pki.ca.certFile });
    expect(await easy.perform()).toBe(CURLE.OK);
  });

  it('a CA file rewritten between performs is what the next handshake trusts (no context kept from the old one)', async () => {
    const srv = await tlsServer({ key: pki.localhost.key, cert: pki.localhost.cert });
    const file = join(pki.dir, 'rewritten-ca.pem');
    copyFileSync(pki.ca.certFile, file);
    expect(await handle(`https://localhost:${srv.port}/`, { CAINFO: file }).perform()).toBe(CURLE.OK);
    // another certificate in the same file: the server's issuer is no longer trusted
    writeFileSync(file, `${pki.selfSigned.cert}\n\n`);
    expect(await run(handle(`https://localhost:${srv.port}/`, { CAINFO: file }))).toEqual({
      code: CURLE.PEER_FAILED_VERIFICATION,
      error: 'SSL certificate OpenSSL verify result: unable to verify the first certificate (21)',
    });
    // and a handle that does not verify still connects, then the CA again verifies
    expect(await handle(`https://localhost:${srv.port}/`, { CAINFO: file, SSL_VERIFYPEER: 0 }).perform()).toBe(CURLE.OK);
    copyFileSync(pki.ca.certFile, file);
    expect(await handle(`https://localhost:${srv.port}/`, { CAINFO: file }).perform()).toBe(CURLE.OK);
  });

  it('fails a leaf whose issuer the server does not send with "unable to verify the first certificate"', async () => {
    const srv = await tlsServer({ key: pki.localhost.key, cert: pki.localhost.cert });
    const easy = handle(`https://localhost:${srv.port}/`);
    expect(await run(easy)).toEqual({
      code: CURLE.PEER_FAILED_VERIFICATION,
      error: 'SSL certificate OpenSSL verify result: unable to verify the first certificate (21)',
    });
  });

  it('fails an expired certificate with 60 "certificate has expired"', async () => {
    const srv = await tlsServer({ key: pki.expired.key, cert: pki.expired.cert });
    const easy = handle(`https://localhost:${srv.port}/`, { CAINFO: pki.ca.certFile });
    expect(await run(easy)).toEqual({
      code: CURLE.PEER_FAILED_VERIFICATION,
      error: 'SSL certificate OpenSSL verify result: certificate has expired (10)',
    });
  });

  it('fails a certificate for another name with 60 and libcurl\'s subjectAltName text', async () => {
    const srv = await tlsServer({ key: pki.otherName.key, cert: pki.otherName.cert });
    const easy = handle(`https://localhost:${srv.port}/`, { CAINFO: pki.ca.certFile });
    const log = capture(easy);
    expect(await run(easy)).toEqual({
      code: CURLE.PEER_FAILED_VERIFICATION,
      error: "SSL: no alternative certificate subject name matches target hostname 'localhost'",
    });
    expect(log.lines()).toContain(' subjectAltName does not match hostname localhost');
    const byIp = handle(`https://127.0.0.1:${srv.port}/`, { CAINFO: pki.ca.certFile });
    expect(await run(byIp)).toEqual({
      code: CURLE.PEER_FAILED_VERIFICATION,
      error: "SSL: no alternative certificate subject name matches target ipv4 address '127.0.0.1'",
    });
  });

  it('falls back to the subject CN only when the certificate has no subjectAltName', async () => {
    const srv = await tlsServer({ key: pki.cnOnly.key, cert: pki.cnOnly.cert });
    const ok = handle(`https://localhost:${srv.port}/`, { CAINFO: pki.ca.certFile });
    const log = capture(ok);
    expect(await ok.perform()).toBe(CURLE.OK);
    expect(log.lines()).toContain(' common name: localhost (matched)');
    const byIp = handle(`https://127.0.0.1:${srv.port}/`, { CAINFO: pki.ca.certFile });
    expect(await run(byIp)).toEqual({
      code: CURLE.PEER_FAILED_VERIFICATION,
      error: "SSL: certificate subject name 'localhost' does not match target hostname '127.0.0.1'",
    });
  });

  it('SSL_VERIFYPEER=0 accepts a self-signed server and says so', async () => {
    const srv = await tlsServer({ key: pki.selfSigned.key, cert: pki.selfSigned.cert });
    const easy = handle(`https://localhost:${srv.port}/`, { SSL_VERIFYPEER: 0 });
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines()).toContain('SSL Trust: peer verification disabled');
    expect(log.lines()).toContain('OpenSSL verify result: 12');
    expect(log.lines()).toContain(' SSL certificate verification failed, continuing anyway!');
    expect((await recvAll(easy, 15)).toString()).toBe('hello over tls\n');
  });

  it('SSL_VERIFYHOST=0 accepts a certificate for another name', async () => {
    const srv = await tlsServer({ key: pki.otherName.key, cert: pki.otherName.cert });
    const easy = handle(`https://localhost:${srv.port}/`, { CAINFO: pki.ca.certFile, SSL_VERIFYHOST: 0 });
    expect(await easy.perform()).toBe(CURLE.OK);
  });

  it('still checks the name with SSL_VERIFYPEER=0 and SSL_VERIFYHOST on', async () => {
    const srv = await tlsServer({ key: pki.otherName.key, cert: pki.otherName.cert });
    const easy = handle(`https://localhost:${srv.port}/`, { SSL_VERIFYPEER: 0 });
    expect((await run(easy)).code).toBe(CURLE.PEER_FAILED_VERIFICATION);
  });
});

describe.skipIf(!haveOpenssl)('CAINFO and CAPATH', () => {
  it('CAPATH: a c_rehash-style directory of CA certificates', async () => {
    const dir = join(pki.dir, 'capath');
    mkdirSync(dir, { recursive: true });
    copyFileSync(pki.ca.certFile, join(dir, `${subjectHash(pki.ca.certFile)}.0`));
    const srv = await tlsServer({ key: pki.localhost.key, cert: pki.localhost.cert });
    const easy = handle(`https://localhost:${srv.port}/`, { CAPATH: dir });
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines()).toContain(`  CApath: ${dir}`);
  });

  it('CAPATH that is not a directory is only looked in while verifying: 60', async () => {
    // X509_STORE_load_path only notes the directory (OpenSSL by_dir.c add_cert_dir), so 8.22
    // names it and the chain then finds no issuer there (21: the server sent only its leaf)
    const srv = await tlsServer({ key: pki.localhost.key, cert: pki.localhost.cert });
    const missing = join(pki.dir, 'no-such-dir');
    const easy = handle(`https://localhost:${srv.port}/`, { CAPATH: missing });
    const log = capture(easy);
    expect(await run(easy)).toEqual({
      code: CURLE.PEER_FAILED_VERIFICATION,
      error: 'SSL certificate OpenSSL verify result: unable to verify the first certificate (21)',
    });
    expect(log.lines()).toContain(`  CApath: ${missing}`);
  });

  it('CAINFO that does not exist or holds no certificate: 77', async () => {
    const srv = await tlsServer({ key: pki.localhost.key, cert: pki.localhost.cert });
    const missing = join(pki.dir, 'missing.pem');
    expect(await run(handle(`https://localhost:${srv.port}/`, { CAINFO: missing }))).toEqual({
      code: CURLE.SSL_CACERT_BADFILE,
      error: `error adding trust anchors from file: ${missing}`,
    });
    const junk = join(pki.dir, 'junk.pem');
    writeFileSync(junk, 'this is not a certificate\n');
    expect((await run(handle(`https://localhost:${srv.port}/`, { CAINFO: junk }))).code).toBe(CURLE.SSL_CACERT_BADFILE);
  });

  it('a bad CAINFO is not even read when SSL_VERIFYPEER is off', async () => {
    const srv = await tlsServer({ key: pki.localhost.key, cert: pki.localhost.cert });
    const easy = handle(`https://localhost:${srv.port}/`, { CAINFO: join(pki.dir, 'missing.pem'), SSL_VERIFYPEER: 0 });
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines()).toContain('SSL Trust: peer verification disabled');
    expect(log.lines().filter((l) => /CAfile|certificate file/.test(l))).toEqual([]);
  });

  it('a bad CAINFO after a CAINFO_BLOB is only a note', async () => {
    const srv = await tlsServer({ key: pki.localhost.key, cert: pki.localhost.cert });
    const missing = join(pki.dir, 'missing.pem');
    const easy = handle(`https://localhost:${srv.port}/`, { CAINFO_BLOB: Buffer.from(pki.ca.cert), CAINFO: missing });
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    const lines = log.lines();
    const from = lines.indexOf('  CA Blob from configuration');
    expect(lines.slice(from, from + 3)).toEqual(['  CA Blob from configuration', 'error setting certificate file, continuing anyway', `  CAfile: ${missing}`]);
  });
});

describe.skipIf(!haveOpenssl)('client certificates', () => {
  const requireClient = () => ({
    key: pki.localhost.key,
    cert: pki.localhost.cert,
    ca: pki.ca.cert,
    requestCert: true,
    rejectUnauthorized: true,
  });

  it('presents SSLCERT/SSLKEY to a server that requires one', async () => {
    const srv = await tlsServer(requireClient());
    const easy = handle(`https://localhost:${srv.port}/`, {
      CAINFO: pki.ca.certFile,
      SSLCERT: pki.client.certFile,
      SSLKEY: pki.client.keyFile,
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect((await recvAll(easy, 15)).toString()).toBe('hello over tls\n');
    expect(srv.secured[0]!.getPeerCertificate().subject.CN).toBe('manbind client');
  });

  it('decrypts an encrypted key with KEYPASSWD', async () => {
    const srv = await tlsServer(requireClient());
    const easy = handle(`https://localhost:${srv.port}/`, {
      CAINFO: pki.ca.certFile,
      SSLCERT: pki.client.certFile,
      SSLKEY: pki.clientKeyEncryptedFile,
      KEYPASSWD: 'sesame',
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect((await recvAll(easy, 15)).toString()).toBe('hello over tls\n');
  });

  it('without a certificate the TLS 1.2 handshake fails: 35 with the alert', async () => {
    const srv = await tlsServer({ ...requireClient(), maxVersion: 'TLSv1.2' });
    const easy = handle(`https://localhost:${srv.port}/`, { CAINFO: pki.ca.certFile });
    expect(await run(easy)).toEqual({
      code: CURLE.SSL_CONNECT_ERROR,
      error: 'TLS connect error: error:0A000410:SSL routines::sslv3 alert handshake failure',
    });
  });

  it('without a certificate over TLS 1.3 the server\'s refusal reaches recv as 56', async () => {
    const srv = await tlsServer(requireClient());
    const easy = handle(`https://localhost:${srv.port}/`, { CAINFO: pki.ca.certFile });
    // TLS 1.3: the client's handshake is done before the server checks the certificate.
    expect(await easy.perform()).toBe(CURLE.OK);
    const buf = new Uint8Array(64);
    let r = easy.recv(buf);
    while (r.code === CURLE.AGAIN) {
      await easy.wait('recv');
      r = easy.recv(buf);
    }
    expect(r.code).toBe(CURLE.RECV_ERROR);
  });

  it('an SSLCERT that cannot be read: 58', async () => {
    const srv = await tlsServer(requireClient());
    const missing = join(pki.dir, 'nope.pem');
    expect(await run(handle(`https://localhost:${srv.port}/`, { CAINFO: pki.ca.certFile, SSLCERT: missing }))).toEqual({
      code: CURLE.SSL_CERTPROBLEM,
      error:
        `could not load PEM client certificate from ${missing}, OpenSSL error ` +
        'error:80000002:system library::No such file or directory, ' +
        '(no key found, wrong passphrase, or wrong file format?)',
    });
  });

  // lib/vtls/openssl.c client_cert: SSL_CTX_use_PrivateKey_file refuses a key that is not the
  // certificate's (OpenSSL's ssl_set_pkey checks it), and 8.22 returns 43 for that
  it('a key that does not belong to the certificate: 43', async () => {
    const srv = await tlsServer(requireClient());
    const easy = handle(`https://localhost:${srv.port}/`, {
      CAINFO: pki.ca.certFile,
      SSLCERT: pki.client.certFile,
      SSLKEY: pki.strayKeyFile,
    });
    expect(await run(easy)).toEqual({
      code: CURLE.BAD_FUNCTION_ARGUMENT,
      error: `unable to set private key file: '${pki.strayKeyFile}' type PEM`,
    });
  });

  it('a wrong KEYPASSWD: 43', async () => {
    const srv = await tlsServer(requireClient());
    const easy = handle(`https://localhost:${srv.port}/`, {
      CAINFO: pki.ca.certFile,
      SSLCERT: pki.client.certFile,
      SSLKEY: pki.clientKeyEncryptedFile,
      KEYPASSWD: 'wrong',
    });
    expect(await run(easy)).toEqual({
      code: CURLE.BAD_FUNCTION_ARGUMENT,
      error: `unable to set private key file: '${pki.clientKeyEncryptedFile}' type PEM`,
    });
  });
});

describe.skipIf(!haveOpenssl)('handshake failures', () => {
  it('a server that closes during the handshake: 35', async () => {
    const peer = await listen((s) => s.once('data', () => s.end()));
    const easy = handle(`https://localhost:${peer.port}/`, { CAINFO: pki.ca.certFile });
    const log = capture(easy);
    expect(await run(easy)).toEqual({
      code: CURLE.SSL_CONNECT_ERROR,
      error: 'TLS connect error: error:00000000:lib(0)::reason(0)',
    });
    expect(log.lines()).toContain(`OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to localhost:${peer.port} `);
  });

  it('a server that resets during the handshake: 35', async () => {
    const peer = await listen((s) => s.once('data', () => s.resetAndDestroy()));
    const easy = handle(`https://localhost:${peer.port}/`, { CAINFO: pki.ca.certFile });
    const log = capture(easy);
    expect((await run(easy)).code).toBe(CURLE.SSL_CONNECT_ERROR);
    expect(log.lines()).toContain(
      `OpenSSL SSL_connect: Connection reset by peer in connection to localhost:${peer.port} `,
    );
  });

  it('a server that does not speak TLS: 35 with OpenSSL\'s reason', async () => {
    const peer = await listen((s) => s.once('data', () => s.write('HTTP/1.1 400 Bad Request\r\n\r\n')));
    const easy = handle(`https://localhost:${peer.port}/`, { CAINFO: pki.ca.certFile });
    expect(await run(easy)).toEqual({
      code: CURLE.SSL_CONNECT_ERROR,
      error: 'TLS connect error: error:0A00010B:SSL routines::wrong version number',
    });
  });
});

describe.skipIf(!haveOpenssl)('TLS through an HTTP proxy tunnel', () => {
  async function npmProxy(): Promise<number> {
    const server = createProxy(http.createServer());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const sockets = new Set<net.Socket>();
    server.on('connection', (s: net.Socket) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    servers.add({
      close: () =>
        new Promise<void>((r) => {
          for (const s of sockets) s.destroy();
          server.close(() => r());
        }),
    });
    return (server.address() as net.AddressInfo).port;
  }

  for (const scheme of ['https', 'wss']) {
    it(`${scheme}:// tunnels without HTTPPROXYTUNNEL and runs TLS to the target over it`, async () => {
      const srv = await tlsServer({ key: pki.localhost.key, cert: pki.localhost.cert });
      const proxyPort = await npmProxy();
      const easy = handle(`${scheme}://localhost:${srv.port}/`, {
        CAINFO: pki.ca.certFile,
        PROXY: `http://127.0.0.1:${proxyPort}`,
      });
      const log = capture(easy);
      expect(await easy.perform()).toBe(CURLE.OK);
      expect(info(easy, 'HTTP_CONNECTCODE').value).toBe(200);
      expect(log.lines()).toContain(`Establishing HTTP proxy tunnel to localhost:${srv.port}`);
      expect(log.lines()).toContain('SSL certificate verified via OpenSSL.');
      expect((await recvAll(easy, 15)).toString()).toBe('hello over tls\n');
      await sendAll(easy, Buffer.from('through both'));
      expect((await recvAll(easy, 12)).toString()).toBe('through both');
      // The certificate was checked against the target's name, not the proxy's.
      expect(srv.secured[0]!.servername).toBe('localhost');
    });
  }

  it('a name mismatch behind the proxy still fails with 60', async () => {
    const srv = await tlsServer({ key: pki.otherName.key, cert: pki.otherName.cert });
    const proxyPort = await npmProxy();
    const easy = handle(`https://localhost:${srv.port}/`, {
      CAINFO: pki.ca.certFile,
      PROXY: `127.0.0.1:${proxyPort}`,
    });
    expect((await run(easy)).code).toBe(CURLE.PEER_FAILED_VERIFICATION);
  });
});
