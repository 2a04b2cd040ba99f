// CURLOPT_CERTINFO and CURLINFO_CERTINFO (issue 12): the chain the server sent, each certificate
// as libcurl 8.22's OpenSSL backend lists it (lib/vtls/openssl.c ossl_certchain), checked
// against the openssl command's view of the same certificates; when it is gathered and when it
// is empty. Peers: Node TLS servers on loopback with a throwaway PKI made with openssl.
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as http from 'node:http';
import { join } from 'node:path';
import * as tls from 'node:tls';
import { beforeAll, describe, expect, it } from 'vitest';
import { CURLE, Easy } from '../../runtime/index.js';
import { filePki, listenLoopback } from '../peers/tls-fixtures.js';
import { capture, cleanupAfterEach, connectOnly, info, recvAll, set } from './helpers.js';

const { haveOpenssl, pki } = filePki('the CERTINFO tests');

interface CertInfo {
  num_of_certs: number;
  certinfo: string[][];
}

let rsa: { key: string; cert: string; certFile: string };
const openssl = (args: string[]): string => execFileSync('openssl', args, { cwd: pki.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
beforeAll(() => {
  if (!haveOpenssl) return;
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'rsa.key', '-out', 'rsa.pem', '-subj', '/C=SE/O=Example Org/CN=localhost', '-addext', 'subjectAltName=DNS:localhost', '-days', '1']);
  rsa = { key: readFileSync(join(pki.dir, 'rsa.key'), 'utf8'), cert: readFileSync(join(pki.dir, 'rsa.pem'), 'utf8'), certFile: join(pki.dir, 'rsa.pem') };
});

const { handles, closers } = cleanupAfterEach();

async function tlsServer(options: tls.TlsOptions): Promise<number> {
  const srv = tls.createServer(options, (s) => s.on('error', () => {}));
  srv.on('tlsClientError', () => {});
  const { port, close } = await listenLoopback(srv);
  closers.push(close);
  return port;
}

function handle(port: number, opts: Record<string, unknown>): Easy {
  const easy = connectOnly(`https://localhost:${port}/`);
  handles.push(easy);
  for (const [k, v] of Object.entries(opts)) expect(set(easy, k, v), k).toBe(CURLE.OK);
  return easy;
}

const certinfo = (easy: Easy): CertInfo => info(easy, 'CERTINFO').value as CertInfo;

function opensslField(pemFile: string, flag: string): string {
  return openssl(['x509', '-noout', flag, '-in', pemFile]).trim();
}

describe.skipIf(!haveOpenssl)('CURLOPT_CERTINFO and CURLINFO_CERTINFO', () => {
  it('lists each certificate the server sent, leaf first, with libcurl\'s labels in its order', async () => {
    const port = await tlsServer({ key: pki.viaIntermediate.key, cert: pki.chainWithIntermediate });
    const easy = handle(port, { CAINFO: pki.ca.certFile, CERTINFO: 1 });
    expect(await easy.perform()).toBe(CURLE.OK);
    const got = certinfo(easy);
    // the root that verified the chain came from CAINFO, not from the server: not listed
    expect(got.num_of_certs).toBe(2);
    expect(got.certinfo).toHaveLength(2);
    const leaf = new X509Certificate(pki.viaIntermediate.cert);
    const serial = opensslField(pki.viaIntermediate.certFile, '-serial').replace(/^serial=/, '').toLowerCase();
    expect(got.certinfo[0]!.slice(0, -2)).toEqual([
      'Subject:CN = localhost',
      'Issuer:CN = manbind test intermediate',
      'Version:2',
      `Serial Number:${serial}`,
      'Signature Algorithm:ecdsa-with-SHA256',
      'Public Key Algorithm:id-ecPublicKey',
      'X509v3 Basic Constraints:CA:FALSE',
      'X509v3 Subject Alternative Name:DNS:localhost, IP Address:127.0.0.1',
      'X509v3 Extended Key Usage:TLS Web Server Authentication',
      expect.stringMatching(/^X509v3 Subject Key Identifier:([0-9A-F]{2}:){19}[0-9A-F]{2}$/),
      expect.stringMatching(/^X509v3 Authority Key Identifier:([0-9A-F]{2}:){19}[0-9A-F]{2}$/),
      `Start date:${leaf.validFrom}`,
      `Expire date:${leaf.validTo}`,
    ]);
    const [signature, cert] = got.certinfo[0]!.slice(-2);
    expect(signature).toMatch(/^Signature:([0-9a-f]{2}:)+$/);
    expect(cert).toBe(`Cert:${leaf.toString()}`);
    expect(cert!.endsWith('-----END CERTIFICATE-----\n')).toBe(true);
    // the key identifiers as openssl prints them
    const text = openssl(['x509', '-noout', '-text', '-in', pki.viaIntermediate.certFile]);
    const ski = /Subject Key Identifier: *\n\s*([0-9A-F:]+)/.exec(text)![1];
    expect(got.certinfo[0]).toContain(`X509v3 Subject Key Identifier:${ski}`);
    // the intermediate: a CA certificate, with its key usage
    expect(got.certinfo[1]!.slice(0, 2)).toEqual(['Subject:CN = manbind test intermediate', 'Issuer:CN = manbind test CA']);
    expect(got.certinfo[1]).toContain('X509v3 Basic Constraints:CA:TRUE');
    expect(got.certinfo[1]).toContain('X509v3 Key Usage:Certificate Sign, CRL Sign');
  });

  it('an RSA certificate gets its key size, modulus and exponent; the name in OpenSSL\'s one-line form', async () => {
    const port = await tlsServer({ key: rsa.key, cert: rsa.cert });
    const easy = handle(port, { SSL_VERIFYPEER: 0, CERTINFO: 1 });
    expect(await easy.perform()).toBe(CURLE.OK);
    const [lines] = certinfo(easy).certinfo;
    const modulus = opensslField(rsa.certFile, '-modulus').replace(/^Modulus=/, '').replace(/^0+/, '');
    expect(lines!.slice(0, 2)).toEqual(['Subject:C = SE, O = Example Org, CN = localhost', 'Issuer:C = SE, O = Example Org, CN = localhost']);
    expect(lines).toContain('Signature Algorithm:sha256WithRSAEncryption');
    expect(lines).toContain('Public Key Algorithm:rsaEncryption');
    const at = lines!.indexOf('RSA Public Key:2048');
    expect(at).toBeGreaterThan(lines!.findIndex((l) => l.startsWith('Expire date:')));
    expect(lines!.slice(at + 1, at + 3)).toEqual([`rsa(n):${modulus}`, 'rsa(e):10001']);
  });

  it('is gathered before the checks: a perform that fails verification still has the chain', async () => {
    const port = await tlsServer({ key: pki.selfSigned.key, cert: pki.selfSigned.cert });
    const easy = handle(port, { CAINFO: pki.ca.certFile, CERTINFO: 1 });
    expect(await easy.perform()).toBe(CURLE.PEER_FAILED_VERIFICATION);
    expect(certinfo(easy).num_of_certs).toBe(1);
    expect(certinfo(easy).certinfo[0]).toContain(`Cert:${new X509Certificate(pki.selfSigned.cert).toString()}`);
  });

  it('off (the default): no certificates; each perform starts empty', async () => {
    const port = await tlsServer({ key: pki.localhost.key, cert: pki.localhost.cert });
    const off = handle(port, { CAINFO: pki.ca.certFile });
    expect(await off.perform()).toBe(CURLE.OK);
    expect(certinfo(off)).toEqual({ num_of_certs: 0, certinfo: [] });
    // a chain from one perform is gone in the next, which made no TLS handshake
    const easy = handle(port, { CAINFO: pki.ca.certFile, CERTINFO: 1 });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(certinfo(easy).num_of_certs).toBe(1);
    const origin = http.createServer((_req, res) => res.end('plain'));
    const o = await listenLoopback(origin);
    closers.push(o.close);
    set(easy, 'URL', `http://127.0.0.1:${o.port}/`);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(certinfo(easy)).toEqual({ num_of_certs: 0, certinfo: [] });
  });

  it('a resumed TLS session has no chain to list', async () => {
    const srv = tls.createServer({ key: pki.localhost.key, cert: pki.localhost.cert }, (s) => {
      s.on('error', () => {});
      s.write('hi\n');
    });
    const { port, close } = await listenLoopback(srv);
    closers.push(close);
    const easy = handle(port, { CAINFO: pki.ca.certFile, CERTINFO: 1 });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(certinfo(easy).num_of_certs).toBe(1);
    // reading the greeting takes in the TLS 1.3 session ticket sent after the handshake
    expect((await recvAll(easy, 3)).toString()).toBe('hi\n');
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines(), log.lines().join('\n')).toContain("SSL reusing session with ALPN '-'");
    expect(certinfo(easy).num_of_certs).toBe(0);
  });

  it('setopt: any number is taken, other than 0 and 1 with libcurl\'s note', () => {
    const easy = new Easy();
    handles.push(easy);
    const log = capture(easy);
    set(easy, 'VERBOSE', 1);
    expect(set(easy, 'CERTINFO', 2)).toBe(CURLE.OK);
    expect(log.lines()).toContain('boolean setopt(172) got unsupported argument 2, treated as 1');
    expect(set(easy, 'CERTINFO', 'yes')).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
  });
});
