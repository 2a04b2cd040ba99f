// The TLS options of issue 12 against Node TLS servers on loopback with a throwaway PKI (made with
// the openssl command): SSLVERSION (minimum and maximum), SSL_CIPHER_LIST, TLS13_CIPHERS,
// SSL_EC_CURVES, PINNEDPUBLICKEY (hashes, PEM and DER files, 90), CAINFO_BLOB, SSLCERT_BLOB,
// SSLKEY_BLOB, SSLCERTTYPE (PEM, DER, P12), ISSUERCERT(_BLOB), CRLFILE, SSL_OPTIONS,
// SSL_SESSIONID_CACHE, SSL_ENABLE_ALPN, CURLINFO_SSL_VERIFYRESULT, CURLINFO_TLS_SSL_PTR and
// SSLKEYLOGFILE, with libcurl's codes and texts.
import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as tls from 'node:tls';
import { beforeAll, describe, expect, it } from 'vitest';
import { CURLE, Easy } from '../../runtime/index.js';
import { filePki, listenLoopback } from '../peers/tls-fixtures.js';
import { capture, cleanupAfterEach, connectOnly, info, recvAll, set } from './helpers.js';

const { haveOpenssl, pki } = filePki('the TLS option tests');

interface Extra {
  p12: string;
  derCert: string;
  derKey: string;
  pubPem: string;
  pubDer: string;
  crlEmpty: string;
  crlRevoked: string;
}

let x: Extra;
const ossl = (args: string[]): void => {
  execFileSync('openssl', args, { cwd: pki.dir, stdio: ['ignore', 'ignore', 'pipe'] });
};
beforeAll(() => {
  if (!haveOpenssl) return;
  const at = (n: string): string => join(pki.dir, n);
  ossl(['pkcs12', '-export', '-in', 'client.pem', '-inkey', 'client.key', '-out', 'client.p12', '-passout', 'pass:sesame']);
  ossl(['x509', '-in', 'client.pem', '-outform', 'DER', '-out', 'client.der']);
  ossl(['pkey', '-in', 'client.key', '-outform', 'DER', '-out', 'client-key.der']);
  ossl(['pkey', '-in', 'localhost.key', '-pubout', '-out', 'localhost-pub.pem']);
  ossl(['pkey', '-in', 'localhost.key', '-pubout', '-outform', 'DER', '-out', 'localhost-pub.der']);
  ossl(['ca', '-config', 'ca.cnf', '-gencrl', '-keyfile', 'ca.key', '-cert', 'ca.pem', '-crldays', '1', '-out', 'crl-empty.pem']);
  ossl(['ca', '-config', 'ca.cnf', '-revoke', 'cnonly.pem', '-keyfile', 'ca.key', '-cert', 'ca.pem']);
  ossl(['ca', '-config', 'ca.cnf', '-gencrl', '-keyfile', 'ca.key', '-cert', 'ca.pem', '-crldays', '1', '-out', 'crl-revoked.pem']);
  x = {
    p12: at('client.p12'),
    derCert: at('client.der'),
    derKey: at('client-key.der'),
    pubPem: at('localhost-pub.pem'),
    pubDer: at('localhost-pub.der'),
    crlEmpty: at('crl-empty.pem'),
    crlRevoked: at('crl-revoked.pem'),
  };
});

const { handles, closers } = cleanupAfterEach();

interface Peer {
  port: number;
  secured: tls.TLSSocket[];
}

async function server(options: tls.TlsOptions = {}): Promise<Peer> {
  const secured: tls.TLSSocket[] = [];
  const srv = tls.createServer({ key: pki.localhost.key, cert: pki.localhost.cert, ...options }, (s) => {
    secured.push(s);
    s.on('error', () => {});
    s.write('hi\n');
  });
  srv.on('tlsClientError', () => {});
  const { port, close } = await listenLoopback(srv);
  closers.push(close);
  return { port, secured };
}

async function nth(list: tls.TLSSocket[], n = 0): Promise<tls.TLSSocket> {
  for (let i = 0; i < 200 && list.length <= n; i++) await new Promise((r) => setTimeout(r, 5));
  return list[n]!;
}

function handle(port: number, opts: Record<string, unknown> = {}): Easy {
  const easy = connectOnly(`https://localhost:${port}/`);
  handles.push(easy);
  expect(set(easy, 'CAINFO', pki.ca.certFile)).toBe(CURLE.OK);
  for (const [k, v] of Object.entries(opts)) expect(set(easy, k, v), k).toBe(CURLE.OK);
  return easy;
}

async function run(easy: Easy): Promise<{ code: number; error: string }> {
  const buf = { text: '' };
  set(easy, 'ERRORBUFFER', buf);
  const code = await easy.perform();
  return { code, error: buf.text };
}

const hashOf = (certPem: string): string =>
  createHash('sha256').update(new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' })).digest('base64');

const TLSv1_2 = 6;
const TLSv1_3 = 7;
const MAX_TLSv1_2 = 6 << 16;

describe.skipIf(!haveOpenssl)('SSLVERSION, ciphers and curves', () => {
  it('setopt: SSLv2, SSLv3 and unknown values are 43; a minimum or\'ed with a maximum is fine', () => {
    const easy = new Easy();
    handles.push(easy);
    for (const bad of [2, 3, 8, 99, 8 << 16, 2 | (9 << 16)]) expect(set(easy, 'SSLVERSION', bad), String(bad)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    for (const ok of [0, 1, 4, 5, TLSv1_2, TLSv1_3, TLSv1_2 | MAX_TLSv1_2, 1 << 16, 7 << 16]) expect(set(easy, 'SSLVERSION', ok), String(ok)).toBe(CURLE.OK);
    expect(set(easy, 'PROXY_SSLVERSION', 3)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
  });

  it('MAX_TLSv1_2 makes a TLS 1.3 capable server speak TLS 1.2', async () => {
    const srv = await server();
    const easy = handle(srv.port, { SSLVERSION: TLSv1_2 | MAX_TLSv1_2 });
    const log = capture(easy);
    expect(await run(easy)).toEqual({ code: CURLE.OK, error: '' });
    expect(log.lines().some((l) => l.startsWith('SSL connection using TLSv1.2 / '))).toBe(true);
  });

  it('a maximum below the minimum: 35 before the handshake (vtls.c ssl_prefs_check)', async () => {
    const srv = await server();
    const easy = handle(srv.port, { SSLVERSION: TLSv1_3 | MAX_TLSv1_2 });
    expect(await run(easy)).toEqual({ code: CURLE.SSL_CONNECT_ERROR, error: 'CURL_SSLVERSION_MAX incompatible with CURL_SSLVERSION' });
    expect(srv.secured).toEqual([]);
  });

  it('a minimum of TLS 1.3 against a TLS 1.2 server: 35', async () => {
    const srv = await server({ maxVersion: 'TLSv1.2' });
    const easy = handle(srv.port, { SSLVERSION: TLSv1_3 });
    const r = await run(easy);
    expect(r.code).toBe(CURLE.SSL_CONNECT_ERROR);
    expect(r.error).toMatch(/^TLS connect error: error:0A[0-9A-F]{6}:SSL routines::/);
  });

  it('SSL_CIPHER_LIST picks the TLS 1.2 cipher; a list without any cipher: 59', async () => {
    const srv = await server({ maxVersion: 'TLSv1.2' });
    const easy = handle(srv.port, { SSL_CIPHER_LIST: 'ECDHE-ECDSA-CHACHA20-POLY1305' });
    const log = capture(easy);
    expect(await run(easy)).toEqual({ code: CURLE.OK, error: '' });
    expect(log.lines()).toContain('Cipher selection: ECDHE-ECDSA-CHACHA20-POLY1305');
    expect((await nth(srv.secured)).getCipher().standardName).toBe('TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256');
    const bad = handle(srv.port, { SSL_CIPHER_LIST: 'NO-SUCH-CIPHER' });
    expect(await run(bad)).toEqual({ code: CURLE.SSL_CIPHER, error: 'failed setting cipher list: NO-SUCH-CIPHER' });
    // not used at all when the minimum is TLS 1.3
    const skipped = handle((await server()).port, { SSL_CIPHER_LIST: 'NO-SUCH-CIPHER', SSLVERSION: TLSv1_3 });
    expect((await run(skipped)).code).toBe(CURLE.OK);
  });

  it('TLS13_CIPHERS picks the TLS 1.3 suite; an unknown suite: 59', async () => {
    const srv = await server();
    const easy = handle(srv.port, { TLS13_CIPHERS: 'TLS_CHACHA20_POLY1305_SHA256' });
    const log = capture(easy);
    expect(await run(easy)).toEqual({ code: CURLE.OK, error: '' });
    expect(log.lines()).toContain('TLS 1.3 cipher selection: TLS_CHACHA20_POLY1305_SHA256');
    expect(log.lines().some((l) => l.startsWith('SSL connection using TLSv1.3 / TLS_CHACHA20_POLY1305_SHA256 / '))).toBe(true);
    const bad = handle(srv.port, { TLS13_CIPHERS: 'TLS_NOPE_SHA256' });
    expect(await run(bad)).toEqual({ code: CURLE.SSL_CIPHER, error: 'failed setting TLS 1.3 cipher suite: TLS_NOPE_SHA256' });
  });

  it('SSL_EC_CURVES picks the key exchange group; an unknown one: 59', async () => {
    const srv = await server();
    const easy = handle(srv.port, { SSL_EC_CURVES: 'P-384' });
    const log = capture(easy);
    expect(await run(easy)).toEqual({ code: CURLE.OK, error: '' });
    expect(log.lines().some((l) => / \/ secp384r1 \/ /.test(l) || / \/ P-384 \/ /.test(l)), log.lines().join('\n')).toBe(true);
    const bad = handle(srv.port, { SSL_EC_CURVES: 'nocurve' });
    expect(await run(bad)).toEqual({ code: CURLE.SSL_CIPHER, error: "failed setting curves list: 'nocurve'" });
  });
});

describe.skipIf(!haveOpenssl)('PINNEDPUBLICKEY', () => {
  it('a matching sha256// hash (among several) passes and is shown; none matching: 90', async () => {
    const srv = await server();
    const hash = hashOf(pki.localhost.cert);
    const easy = handle(srv.port, { PINNEDPUBLICKEY: `sha256//${hashOf(pki.ca.cert)};sha256//${hash}` });
    const log = capture(easy);
    expect(await run(easy)).toEqual({ code: CURLE.OK, error: '' });
    expect(log.lines()).toContain(` public key hash: sha256//${hash}`);
    const bad = handle(srv.port, { PINNEDPUBLICKEY: `sha256//${hashOf(pki.ca.cert)}` });
    expect(await run(bad)).toEqual({ code: CURLE.SSL_PINNEDPUBKEYNOTMATCH, error: 'SSL: public key does not match pinned public key' });
  });

  it('a PEM or DER public key file; another key\'s file: 90', async () => {
    const srv = await server();
    expect((await run(handle(srv.port, { PINNEDPUBLICKEY: x.pubPem }))).code).toBe(CURLE.OK);
    expect((await run(handle(srv.port, { PINNEDPUBLICKEY: x.pubDer }))).code).toBe(CURLE.OK);
    const other = join(pki.dir, 'ca-pub.pem');
    ossl(['pkey', '-in', 'ca.key', '-pubout', '-out', 'ca-pub.pem']);
    expect((await run(handle(srv.port, { PINNEDPUBLICKEY: other }))).code).toBe(CURLE.SSL_PINNEDPUBKEYNOTMATCH);
  });

  it('a pin file that cannot be read is taken by setopt and fails the perform with 90', async () => {
    const srv = await server();
    const easy = handle(srv.port, { PINNEDPUBLICKEY: join(pki.dir, 'no-such-key.pem') });
    expect(await run(easy)).toEqual({ code: CURLE.SSL_PINNEDPUBKEYNOTMATCH, error: 'SSL: public key does not match pinned public key' });
    // also with verification off: the pin is checked anyway
    const off = handle(srv.port, { PINNEDPUBLICKEY: 'sha256//AAAA', SSL_VERIFYPEER: 0 });
    expect((await run(off)).code).toBe(CURLE.SSL_PINNEDPUBKEYNOTMATCH);
  });
});

describe.skipIf(!haveOpenssl)('blobs and certificate types', () => {
  const mtls = (): tls.TlsOptions => ({ ca: pki.ca.cert, requestCert: true, rejectUnauthorized: true });

  it('CAINFO_BLOB replaces CAINFO; bytes without a certificate: 77; an empty blob: 43', async () => {
    const srv = await server();
    const easy = handle(srv.port, { CAINFO: join(pki.dir, 'missing.pem'), CAINFO_BLOB: Buffer.from(pki.ca.cert) });
    const log = capture(easy);
    expect(await run(easy)).toEqual({ code: CURLE.OK, error: '' });
    expect(log.lines()).toContain('  CA Blob from configuration');
    const bad = handle(srv.port, { CAINFO_BLOB: new Uint8Array([0x30, 0x00]) });
    expect(await run(bad)).toEqual({ code: CURLE.SSL_CACERT_BADFILE, error: 'error adding trust anchors from certificate blob: 77' });
    expect(set(bad, 'CAINFO_BLOB', new Uint8Array(0))).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(set(bad, 'CAINFO_BLOB', 'not bytes')).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(set(bad, 'CAINFO_BLOB', null)).toBe(CURLE.OK);
  });

  it('SSLCERT_BLOB and SSLKEY_BLOB present a client certificate from memory', async () => {
    const srv = await server(mtls());
    const easy = handle(srv.port, { SSLCERT_BLOB: Buffer.from(pki.client.cert), SSLKEY_BLOB: Buffer.from(pki.client.key) });
    expect(await run(easy)).toEqual({ code: CURLE.OK, error: '' });
    expect((await nth(srv.secured)).getPeerCertificate().subject.CN).toBe('manbind client');
    const bad = handle(srv.port, { SSLCERT_BLOB: Buffer.from('garbage'), SSLKEY_BLOB: Buffer.from(pki.client.key) });
    const r = await run(bad);
    expect(r.code).toBe(CURLE.SSL_CERTPROBLEM);
    expect(r.error).toMatch(/^could not load PEM client certificate from CURLOPT_SSLCERT_BLOB, OpenSSL error /);
  });

  it('SSLCERTTYPE DER, with a DER key in the same role', async () => {
    const srv = await server(mtls());
    const easy = handle(srv.port, { SSLCERT: x.derCert, SSLCERTTYPE: 'der', SSLKEY: pki.client.keyFile });
    expect(await run(easy)).toEqual({ code: CURLE.OK, error: '' });
    expect((await nth(srv.secured)).getPeerCertificate().subject.CN).toBe('manbind client');
    // a PEM file read as DER
    const bad = handle(srv.port, { SSLCERT: pki.client.certFile, SSLCERTTYPE: 'DER', SSLKEY: pki.client.keyFile });
    const r = await run(bad);
    expect(r.code).toBe(CURLE.SSL_CERTPROBLEM);
    expect(r.error).toMatch(new RegExp(`^could not load ASN1 client certificate from ${pki.client.certFile.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}, OpenSSL error `));
  });

  it('SSLCERTTYPE P12 with KEYPASSWD; a wrong password: 58; an unknown type: 43', async () => {
    const srv = await server(mtls());
    const easy = handle(srv.port, { SSLCERT: x.p12, SSLCERTTYPE: 'P12', KEYPASSWD: 'sesame' });
    expect(await run(easy)).toEqual({ code: CURLE.OK, error: '' });
    expect((await nth(srv.secured)).getPeerCertificate().subject.CN).toBe('manbind client');
    const wrong = handle(srv.port, { SSLCERT: x.p12, SSLCERTTYPE: 'P12', KEYPASSWD: 'nope' });
    expect(await run(wrong)).toEqual({
      code: CURLE.SSL_CERTPROBLEM,
      error: 'could not parse PKCS12 file, check password, OpenSSL error error:11800071:PKCS12 routines::mac verify failure',
    });
    const blob = handle(srv.port, { SSLCERT_BLOB: readFileSync(x.p12), SSLCERTTYPE: 'P12', KEYPASSWD: 'sesame' });
    expect((await run(blob)).code).toBe(CURLE.OK);
    const missing = handle(srv.port, { SSLCERT: join(pki.dir, 'none.p12'), SSLCERTTYPE: 'P12' });
    expect(await run(missing)).toEqual({ code: CURLE.SSL_CERTPROBLEM, error: `could not open PKCS12 file '${join(pki.dir, 'none.p12')}'` });
    const odd = handle(srv.port, { SSLCERT: x.p12, SSLCERTTYPE: 'XYZ' });
    expect(await run(odd)).toEqual({ code: CURLE.BAD_FUNCTION_ARGUMENT, error: "not supported file type 'XYZ' for certificate" });
  });
});

describe.skipIf(!haveOpenssl)('ISSUERCERT and CRLFILE', () => {
  it('ISSUERCERT: the issuing CA passes, another certificate: 83', async () => {
    const srv = await server();
    const easy = handle(srv.port, { ISSUERCERT: pki.ca.certFile });
    const log = capture(easy);
    expect(await run(easy)).toEqual({ code: CURLE.OK, error: '' });
    expect(log.lines()).toContain(` SSL certificate issuer check ok (${pki.ca.certFile})`);
    const bad = handle(srv.port, { ISSUERCERT: pki.intermediate.certFile });
    expect(await run(bad)).toEqual({ code: CURLE.SSL_ISSUER_ERROR, error: `SSL: Certificate issuer check failed (${pki.intermediate.certFile})` });
    const missing = handle(srv.port, { ISSUERCERT: join(pki.dir, 'none.pem') });
    expect(await run(missing)).toEqual({ code: CURLE.SSL_ISSUER_ERROR, error: `SSL: Unable to open issuer cert (${join(pki.dir, 'none.pem')})` });
  });

  it('ISSUERCERT_BLOB from memory, and the same check', async () => {
    const srv = await server();
    expect((await run(handle(srv.port, { ISSUERCERT_BLOB: Buffer.from(pki.ca.cert) }))).code).toBe(CURLE.OK);
    const bad = handle(srv.port, { ISSUERCERT_BLOB: Buffer.from(pki.selfSigned.cert) });
    expect(await run(bad)).toEqual({ code: CURLE.SSL_ISSUER_ERROR, error: 'SSL: Certificate issuer check failed ((nil))' });
  });

  it('CRLFILE: a revoked server certificate: 60; a file that is no CRL: 82', async () => {
    const revokedSrv = await server({ key: pki.cnOnly.key, cert: pki.cnOnly.cert });
    const ok = handle((await server()).port, { CRLFILE: x.crlRevoked });
    const log = capture(ok);
    expect(await run(ok)).toEqual({ code: CURLE.OK, error: '' });
    expect(log.lines()).toContain(` CRLfile: ${x.crlRevoked}`);
    const revoked = handle(revokedSrv.port, { CRLFILE: x.crlRevoked });
    expect(await run(revoked)).toEqual({ code: CURLE.PEER_FAILED_VERIFICATION, error: 'SSL certificate OpenSSL verify result: certificate revoked (23)' });
    expect(info(revoked, 'SSL_VERIFYRESULT').value).toBe(23);
    expect((await run(handle(revokedSrv.port, { CRLFILE: x.crlEmpty }))).code).toBe(CURLE.OK);
    const bad = handle(revokedSrv.port, { CRLFILE: pki.ca.certFile });
    expect(await run(bad)).toEqual({ code: CURLE.SSL_CRL_BADFILE, error: `error loading CRL file: ${pki.ca.certFile}` });
  });
});

describe.skipIf(!haveOpenssl)('sessions, ALPN, SSL_OPTIONS, infos, key log', () => {
  it('SSL_SESSIONID_CACHE: the second connection resumes, with libcurl\'s line; off: a full handshake', async () => {
    const srv = await server({ maxVersion: 'TLSv1.2' });
    const easy = handle(srv.port);
    expect((await run(easy)).code).toBe(CURLE.OK);
    await recvAll(easy, 3);
    const log = capture(easy);
    expect(await run(easy)).toEqual({ code: CURLE.OK, error: '' });
    expect(log.lines()).toContain("SSL reusing session with ALPN '-'"); // the server agreed on no protocol
    expect(log.lines()).toContain('SSL verify result: 0');
    expect((await nth(srv.secured, 1)).isSessionReused()).toBe(true);
    expect(set(easy, 'SSL_SESSIONID_CACHE', 0)).toBe(CURLE.OK);
    expect((await run(easy)).code).toBe(CURLE.OK);
    expect((await nth(srv.secured, 2)).isSessionReused()).toBe(false);
    // a session from an unverified connection is never offered to a verifying one
    const other = handle(srv.port, { SSL_VERIFYPEER: 0, CAINFO: join(pki.dir, 'none.pem') });
    expect((await run(other)).code).toBe(CURLE.OK);
    await recvAll(other, 3);
    expect(set(other, 'SSL_VERIFYPEER', 1)).toBe(CURLE.OK);
    expect(set(other, 'CAINFO', pki.ca.certFile)).toBe(CURLE.OK);
    const log2 = capture(other);
    expect((await run(other)).code).toBe(CURLE.OK);
    // the TLS settings are part of the session's key (verification included): nothing is offered
    expect(log2.lines().filter((l) => l.startsWith('SSL reusing session'))).toEqual([]);
  });

  it('a store made from CAINFO alone is kept: the next connection prints no trust anchor lines', async () => {
    // lib/vtls/openssl.c Curl_ssl_setup_x509_store: a store from a CA file only is cached (per
    // multi in libcurl, per handle here) and reused without ossl_populate_x509_store's lines
    const srv = await server();
    const easy = handle(srv.port, { SSL_SESSIONID_CACHE: 0 });
    const log = capture(easy);
    expect((await run(easy)).code).toBe(CURLE.OK);
    expect(log.lines().filter((l) => /Trust|CAfile/.test(l))).toEqual(['SSL Trust Anchors:', `  CAfile: ${pki.ca.certFile}`]);
    const again = capture(easy);
    expect((await run(easy)).code).toBe(CURLE.OK);
    expect(again.lines().filter((l) => /Trust|CAfile/.test(l))).toEqual([]);
    // another CA file, or a CA path beside it, fills the store again
    expect(set(easy, 'CAPATH', pki.dir)).toBe(CURLE.OK);
    const withPath = capture(easy);
    expect((await run(easy)).code).toBe(CURLE.OK);
    expect(withPath.lines().filter((l) => /Trust|CAfile|CApath/.test(l))).toEqual(['SSL Trust Anchors:', `  CAfile: ${pki.ca.certFile}`, `  CApath: ${pki.dir}`]);
  });

  it('SSL_ENABLE_ALPN=0 offers no protocol and prints no ALPN line', async () => {
    const srv = await server({ ALPNProtocols: ['http/1.1'] });
    const easy = handle(srv.port, { SSL_ENABLE_ALPN: 0 });
    const log = capture(easy);
    expect((await run(easy)).code).toBe(CURLE.OK);
    expect((await nth(srv.secured)).alpnProtocol).toBe(false);
    expect(log.lines().filter((l) => l.startsWith('ALPN'))).toEqual([]);
  });

  it('SSL_OPTIONS: every flag is taken', async () => {
    const srv = await server();
    for (const bit of [1, 2, 4, 8, 16, 32, 64, 0x7f, 0x1ff]) {
      const easy = handle(srv.port, { SSL_OPTIONS: bit });
      expect((await run(easy)).code, String(bit)).toBe(CURLE.OK);
    }
  });

  it('CURLINFO_SSL_VERIFYRESULT: 0 verified, 18 for a self-signed server with and without VERIFYPEER', async () => {
    const good = handle((await server()).port);
    expect(info(good, 'SSL_VERIFYRESULT').value).toBe(0);
    expect((await run(good)).code).toBe(CURLE.OK);
    expect(info(good, 'SSL_VERIFYRESULT').value).toBe(0);
    const self = await server({ key: pki.selfSigned.key, cert: pki.selfSigned.cert });
    const failed = handle(self.port);
    expect((await run(failed)).code).toBe(CURLE.PEER_FAILED_VERIFICATION);
    expect(info(failed, 'SSL_VERIFYRESULT').value).toBe(18);
    const lenient = handle(self.port, { SSL_VERIFYPEER: 0 });
    expect((await run(lenient)).code).toBe(CURLE.OK);
    expect(info(lenient, 'SSL_VERIFYRESULT').value).toBe(18);
  });

  it('CURLINFO_TLS_SSL_PTR: the TLS socket of a connect-only connection, null without one', async () => {
    const easy = handle((await server()).port);
    expect(info(easy, 'TLS_SSL_PTR').value).toEqual({ backend: 1, internals: null });
    expect((await run(easy)).code).toBe(CURLE.OK);
    const { backend, internals } = info(easy, 'TLS_SSL_PTR').value as { backend: number; internals: tls.TLSSocket };
    expect(backend).toBe(1);
    expect(internals).toBeInstanceOf(tls.TLSSocket);
    expect(internals.getProtocol()).toBe('TLSv1.3');
    // the application can still read the server's certificate (Node's getPeerX509Certificate
    // takes it out of the chain the first time; the filter reads it before)
    expect(internals.getPeerCertificate().subject.CN).toBe('localhost');
    expect(internals.getPeerX509Certificate()?.subject).toBe('CN=localhost');
  });

  it('CURLINFO_TLS_SSL_PTR with a chain: the leaf, and the chain when verbose read it', async () => {
    const srv = await server({ key: pki.viaIntermediate.key, cert: pki.chainWithIntermediate });
    const quiet = handle(srv.port);
    expect((await run(quiet)).code).toBe(CURLE.OK);
    const a = (info(quiet, 'TLS_SSL_PTR').value as { internals: tls.TLSSocket }).internals;
    expect(a.getPeerCertificate().subject.CN).toBe('localhost');
    expect(a.getPeerCertificate().issuer.CN).toBe('manbind test intermediate');
    const loud = handle(srv.port);
    capture(loud);
    expect((await run(loud)).code).toBe(CURLE.OK);
    const b = (info(loud, 'TLS_SSL_PTR').value as { internals: tls.TLSSocket }).internals;
    expect(b.getPeerCertificate(true).issuerCertificate.subject.CN).toBe('manbind test intermediate');
  });

  it('SSLKEYLOGFILE: the secrets go to the file in NSS key log format', async () => {
    const file = join(pki.dir, 'keys.log');
    const before = process.env['SSLKEYLOGFILE'];
    process.env['SSLKEYLOGFILE'] = file;
    try {
      const srv = await server();
      expect((await run(handle(srv.port))).code).toBe(CURLE.OK);
      const client = await nth(srv.secured);
      await new Promise((r) => setTimeout(r, 20));
      const text = readFileSync(file, 'utf8');
      expect(text).toMatch(/^CLIENT_HANDSHAKE_TRAFFIC_SECRET [0-9a-f]{64} [0-9a-f]+$/m);
      expect(text).toMatch(/^SERVER_TRAFFIC_SECRET_0 [0-9a-f]{64} [0-9a-f]+$/m);
      expect(client).toBeDefined();
    } finally {
      if (before === undefined) delete process.env['SSLKEYLOGFILE'];
      else process.env['SSLKEYLOGFILE'] = before;
      rmSync(file, { force: true });
    }
  });
});



