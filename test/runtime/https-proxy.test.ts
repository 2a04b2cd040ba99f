// HTTPS proxies (issue 12): TLS to the proxy with the PROXY_* options, then CONNECT (TLS inside
// TLS for an https target) or a forward request; CURLPROXY_HTTPS and HTTPS2 (HTTP/1.1 when the
// proxy picks it; the HTTP/2 tunnel is h2-proxy.test.ts); the proxy's verification, name check, pinning, client
// certificate and CURLINFO_PROXY_SSL_VERIFYRESULT. Peers: the `proxy` package on a Node TLS
// server (a recording peer of our own), checked once against stunnel4 in front of tinyproxy
// (Debian packages stunnel4 and tinyproxy; skipped with a message when absent).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import { join } from 'node:path';
import * as tls from 'node:tls';
import { createProxy } from 'proxy';
import { afterEach, describe, expect, it } from 'vitest';
import { CURLE, Easy } from '../../runtime/index.js';
import { filePki, listenLoopback } from '../peers/tls-fixtures.js';
import { capture, cleanupAfterEach, connectOnly, info, recvAll, sendAll, set } from './helpers.js';

const { haveOpenssl, pki } = filePki('the HTTPS proxy tests');
const { handles, closers } = cleanupAfterEach();

interface ProxyPeer {
  port: number;
  /** Request lines the proxy received (CONNECT host:port, or GET http://...). */
  requests: string[];
  /** TLS sockets the proxy accepted, in order. */
  secured: tls.TLSSocket[];
}

/** An HTTPS proxy: the `proxy` package (CONNECT and forwarding) behind a Node TLS listener. */
async function httpsProxy(options: tls.TlsOptions): Promise<ProxyPeer> {
  const peer: ProxyPeer = { port: 0, requests: [], secured: [] };
  const server = createProxy(https.createServer(options) as unknown as http.Server);
  server.on('secureConnection', (s: tls.TLSSocket) => peer.secured.push(s));
  server.on('request', (req: http.IncomingMessage) => peer.requests.push(`${req.method} ${req.url}`));
  server.on('connect', (req: http.IncomingMessage) => peer.requests.push(`CONNECT ${req.url}`));
  const { port, close } = await listenLoopback(server);
  peer.port = port;
  closers.push(close);
  return peer;
}

/** A TLS echo server that greets first. */
async function tlsTarget(greeting = 'hello over tls\n'): Promise<{ port: number; secured: tls.TLSSocket[] }> {
  const secured: tls.TLSSocket[] = [];
  const server = tls.createServer({ key: pki.localhost.key, cert: pki.localhost.cert }, (s) => {
    secured.push(s);
    s.on('error', () => {});
    s.write(greeting);
    s.on('data', (d) => s.write(d));
  });
  const { port, close } = await listenLoopback(server);
  closers.push(close);
  return { port, secured };
}

function handle(url: string, opts: Record<string, unknown> = {}, connect = true): Easy {
  const easy = connect ? connectOnly(url) : new Easy();
  if (!connect) set(easy, 'URL', url);
  handles.push(easy);
  for (const [k, v] of Object.entries(opts)) expect(set(easy, k, v), k).toBe(CURLE.OK);
  return easy;
}

/** The n-th socket a server saw complete its handshake (its event may follow the client's). */
async function nth(list: tls.TLSSocket[], n = 0): Promise<tls.TLSSocket> {
  for (let i = 0; i < 200 && list.length <= n; i++) await new Promise((r) => setTimeout(r, 5));
  return list[n]!;
}

async function run(easy: Easy): Promise<{ code: number; error: string }> {
  const buf = { text: '' };
  set(easy, 'ERRORBUFFER', buf);
  const code = await easy.perform();
  return { code, error: buf.text };
}

const spkiHash = (pem: string): string =>
  createHash('sha256').update(new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' })).digest('base64');

describe.skipIf(!haveOpenssl)('HTTPS proxy: TLS to the proxy, then CONNECT', () => {
  it('runs TLS inside the proxy\'s TLS to an https target, with libcurl\'s lines', async () => {
    const target = await tlsTarget();
    const proxy = await httpsProxy({ key: pki.localhost.key, cert: pki.localhost.cert, ALPNProtocols: ['http/1.1'] });
    const easy = handle(`https://localhost:${target.port}/`, {
      CAINFO: pki.ca.certFile,
      PROXY: `https://localhost:${proxy.port}`,
      PROXY_CAINFO: pki.ca.certFile,
    });
    const log = capture(easy);
    expect(await run(easy)).toEqual({ code: CURLE.OK, error: '' });
    expect(proxy.requests).toEqual([`CONNECT localhost:${target.port}`]);
    expect((await recvAll(easy, 15)).toString()).toBe('hello over tls\n');
    await sendAll(easy, Buffer.from('inside two TLS layers'));
    expect((await recvAll(easy, 21)).toString()).toBe('inside two TLS layers');
    const lines = log.lines();
    const at = (s: string): number => lines.indexOf(s);
    const order = [
      at('ALPN: curl offers http/1.1'),
      at('ALPN: server accepted http/1.1'),
      at('Proxy certificate:'),
      at(`  subjectAltName: "localhost" matches cert's "localhost"`),
      at("CONNECT: 'http/1.1' negotiated"),
      at(`Establishing HTTP proxy tunnel to localhost:${target.port}`),
      at('CONNECT tunnel established, response 200'),
      at('Server certificate:'),
    ];
    expect(order.every((i) => i >= 0), lines.join('\n')).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(info(easy, 'PROXY_SSL_VERIFYRESULT').value).toBe(0);
    expect(info(easy, 'SSL_VERIFYRESULT').value).toBe(0);
    // TLS_SSL_PTR is the target's TLS, the upper of the two
    const ptr = info(easy, 'TLS_SSL_PTR').value as { backend: number; internals: tls.TLSSocket };
    expect(ptr.backend).toBe(1);
    expect(ptr.internals.getProtocol()).toBe('TLSv1.3');
    expect(ptr.internals).toBe(info(easy, 'ACTIVESOCKET').value);
    expect((await nth(target.secured)).servername).toBe('localhost');
    expect(proxy.secured[0]!.servername).toBe('localhost');
  });

  it('CURLPROXY_HTTPS makes a scheme-less proxy string an HTTPS proxy', async () => {
    const target = await tlsTarget();
    const proxy = await httpsProxy({ key: pki.localhost.key, cert: pki.localhost.cert });
    const easy = handle(`https://localhost:${target.port}/`, {
      CAINFO: pki.ca.certFile,
      PROXY: `localhost:${proxy.port}`,
      PROXYTYPE: 2,
      PROXY_CAINFO: pki.ca.certFile,
    });
    expect(await run(easy)).toEqual({ code: CURLE.OK, error: '' });
    expect(proxy.secured).toHaveLength(1);
  });

  it('forwards a plain http:// request over TLS to the proxy (no CONNECT)', async () => {
    const origin = http.createServer((req, res) => res.end(`origin saw ${req.url}`));
    const o = await listenLoopback(origin);
    closers.push(o.close);
    const proxy = await httpsProxy({ key: pki.localhost.key, cert: pki.localhost.cert });
    const body: Buffer[] = [];
    const easy = handle(`http://127.0.0.1:${o.port}/page`, {
      PROXY: `https://localhost:${proxy.port}`,
      PROXY_CAINFO: pki.ca.certFile,
      WRITEFUNCTION: (d: Uint8Array) => (body.push(Buffer.from(d)), d.length),
    }, false);
    const log = capture(easy);
    expect(await run(easy)).toEqual({ code: CURLE.OK, error: '' });
    expect(Buffer.concat(body).toString()).toBe('origin saw /page');
    expect(proxy.requests).toEqual([`GET http://127.0.0.1:${o.port}/page`]);
    expect(log.lines()).not.toContain("CONNECT: 'http/1.1' negotiated");
  });

  it('CURLPROXY_HTTPS2 is served with HTTP/1.1 when the proxy agrees by ALPN', async () => {
    const target = await tlsTarget();
    const proxy = await httpsProxy({ key: pki.localhost.key, cert: pki.localhost.cert, ALPNProtocols: ['http/1.1'] });
    const easy = handle(`https://localhost:${target.port}/`, {
      CAINFO: pki.ca.certFile,
      PROXY: `localhost:${proxy.port}`,
      PROXYTYPE: 3,
      PROXY_CAINFO: pki.ca.certFile,
    });
    expect(await run(easy)).toEqual({ code: CURLE.OK, error: '' });
    expect(proxy.secured[0]!.alpnProtocol).toBe('http/1.1');
  });

  it('CURLPROXY_HTTPS2 to a proxy that negotiates no ALPN: HTTP/2 is assumed (lib/http_proxy.c), an HTTP/1.1 proxy closes: 7', async () => {
    const proxy = await httpsProxy({ key: pki.localhost.key, cert: pki.localhost.cert, ALPNProtocols: [] });
    const easy = handle('https://localhost:9/', {
      PROXY: `localhost:${proxy.port}`,
      PROXYTYPE: 3,
      PROXY_CAINFO: pki.ca.certFile,
      // HTTPS2 offers h2,http/1.1 to the proxy whatever SSL_ENABLE_ALPN says (cf_ssl_proxy_create)
      SSL_ENABLE_ALPN: 0,
    });
    const log = capture(easy);
    expect(await run(easy)).toEqual({ code: CURLE.COULDNT_CONNECT, error: 'proxy closed connection' });
    expect(log.lines()).toContain('ALPN: curl offers h2,http/1.1');
    expect(log.lines()).toContain('CONNECT: no ALPN negotiated');
    expect(log.lines()).toContain('Establishing HTTP/2 proxy tunnel to localhost:9');
    expect(proxy.requests).toEqual([]);
  });
});

describe.skipIf(!haveOpenssl)('HTTPS proxy: the proxy\'s own TLS options', () => {
  it('an untrusted proxy: 60, PROXY_SSL_VERIFYRESULT 21; PROXY_SSL_VERIFYPEER=0 goes on', async () => {
    const target = await tlsTarget();
    const proxy = await httpsProxy({ key: pki.localhost.key, cert: pki.localhost.cert });
    const bad = handle(`https://localhost:${target.port}/`, { CAINFO: pki.ca.certFile, PROXY: `https://localhost:${proxy.port}` });
    expect(await run(bad)).toEqual({
      code: CURLE.PEER_FAILED_VERIFICATION,
      error: 'SSL certificate OpenSSL verify result: unable to verify the first certificate (21)',
    });
    expect(info(bad, 'PROXY_SSL_VERIFYRESULT').value).toBe(21);
    expect(info(bad, 'SSL_VERIFYRESULT').value).toBe(0);
    // the target's CA options do not make the proxy trusted, and PROXY_SSL_VERIFYPEER=0 does
    const ok = handle(`https://localhost:${target.port}/`, {
      CAINFO: pki.ca.certFile,
      PROXY: `https://localhost:${proxy.port}`,
      PROXY_SSL_VERIFYPEER: 0,
    });
    expect(await run(ok)).toEqual({ code: CURLE.OK, error: '' });
    expect(info(ok, 'PROXY_SSL_VERIFYRESULT').value).toBe(21);
  });

  it('PROXY_SSL_VERIFYHOST: a proxy certificate for another name fails with 60', async () => {
    const proxy = await httpsProxy({ key: pki.otherName.key, cert: pki.otherName.cert });
    const easy = handle('https://localhost:9/', { PROXY: `https://localhost:${proxy.port}`, PROXY_CAINFO: pki.ca.certFile });
    expect(await run(easy)).toEqual({
      code: CURLE.PEER_FAILED_VERIFICATION,
      error: "SSL: no alternative certificate subject name matches target hostname 'localhost'",
    });
    const off = handle(`https://localhost:${(await tlsTarget()).port}/`, {
      CAINFO: pki.ca.certFile,
      PROXY: `https://localhost:${proxy.port}`,
      PROXY_CAINFO: pki.ca.certFile,
      PROXY_SSL_VERIFYHOST: 0,
    });
    expect((await run(off)).code).toBe(CURLE.OK);
  });

  it('PROXY_CAINFO_BLOB trusts the proxy from memory; a blob without certificates: 77', async () => {
    const target = await tlsTarget();
    const proxy = await httpsProxy({ key: pki.localhost.key, cert: pki.localhost.cert });
    const easy = handle(`https://localhost:${target.port}/`, {
      CAINFO: pki.ca.certFile,
      PROXY: `https://localhost:${proxy.port}`,
      PROXY_CAINFO_BLOB: new TextEncoder().encode(pki.ca.cert),
    });
    expect(await run(easy)).toEqual({ code: CURLE.OK, error: '' });
    const bad = handle('https://localhost:9/', { PROXY: `https://localhost:${proxy.port}`, PROXY_CAINFO_BLOB: new Uint8Array([1, 2, 3]) });
    expect(await run(bad)).toEqual({ code: CURLE.SSL_CACERT_BADFILE, error: 'error adding trust anchors from certificate blob: 77' });
  });

  it('PROXY_PINNEDPUBLICKEY: the proxy key\'s hash passes, another fails with 90', async () => {
    const target = await tlsTarget();
    const proxy = await httpsProxy({ key: pki.localhost.key, cert: pki.localhost.cert });
    const base = { CAINFO: pki.ca.certFile, PROXY: `https://localhost:${proxy.port}`, PROXY_CAINFO: pki.ca.certFile };
    const good = handle(`https://localhost:${target.port}/`, { ...base, PROXY_PINNEDPUBLICKEY: `sha256//${spkiHash(pki.localhost.cert)}` });
    expect((await run(good)).code).toBe(CURLE.OK);
    const bad = handle(`https://localhost:${target.port}/`, { ...base, PROXY_PINNEDPUBLICKEY: `sha256//${spkiHash(pki.ca.cert)}` });
    expect(await run(bad)).toEqual({ code: CURLE.SSL_PINNEDPUBKEYNOTMATCH, error: 'SSL: public key does not match pinned public key' });
    // the target's pin is not the proxy's
    const targetPin = handle(`https://localhost:${target.port}/`, { ...base, PINNEDPUBLICKEY: `sha256//${spkiHash(pki.localhost.cert)}` });
    expect((await run(targetPin)).code).toBe(CURLE.OK);
  });

  it('PROXY_SSLCERT/PROXY_SSLKEY/PROXY_KEYPASSWD for a proxy that requires a client certificate', async () => {
    const target = await tlsTarget();
    const proxy = await httpsProxy({
      key: pki.localhost.key,
      cert: pki.localhost.cert,
      ca: pki.ca.cert,
      requestCert: true,
      rejectUnauthorized: true,
    });
    const easy = handle(`https://localhost:${target.port}/`, {
      CAINFO: pki.ca.certFile,
      PROXY: `https://localhost:${proxy.port}`,
      PROXY_CAINFO: pki.ca.certFile,
      PROXY_SSLCERT: pki.client.certFile,
      PROXY_SSLKEY: pki.clientKeyEncryptedFile,
      PROXY_KEYPASSWD: 'sesame',
    });
    expect(await run(easy)).toEqual({ code: CURLE.OK, error: '' });
    expect(proxy.secured[0]!.getPeerCertificate().subject.CN).toBe('manbind client');
    expect((await nth(target.secured)).getPeerCertificate().subject).toBeUndefined();
    const wrong = handle('https://localhost:9/', {
      PROXY: `https://localhost:${proxy.port}`,
      PROXY_CAINFO: pki.ca.certFile,
      PROXY_SSLCERT: pki.client.certFile,
      PROXY_SSLKEY: pki.clientKeyEncryptedFile,
      PROXY_KEYPASSWD: 'wrong',
    });
    expect(await run(wrong)).toEqual({
      code: CURLE.BAD_FUNCTION_ARGUMENT,
      error: `unable to set private key file: '${pki.clientKeyEncryptedFile}' type PEM`,
    });
  });

  it('PROXY_SSLVERSION, PROXY_TLS13_CIPHERS and PROXY_SSL_CIPHER_LIST apply to the proxy only', async () => {
    const target = await tlsTarget();
    const proxy = await httpsProxy({ key: pki.localhost.key, cert: pki.localhost.cert });
    const easy = handle(`https://localhost:${target.port}/`, {
      CAINFO: pki.ca.certFile,
      PROXY: `https://localhost:${proxy.port}`,
      PROXY_CAINFO: pki.ca.certFile,
      PROXY_SSLVERSION: 6 | (6 << 16), // TLSv1_2 | MAX_TLSv1_2
      PROXY_SSL_CIPHER_LIST: 'ECDHE-ECDSA-AES256-GCM-SHA384',
      PROXY_TLS13_CIPHERS: 'TLS_CHACHA20_POLY1305_SHA256',
    });
    const log = capture(easy);
    expect(await run(easy)).toEqual({ code: CURLE.OK, error: '' });
    expect(proxy.secured[0]!.getProtocol()).toBe('TLSv1.2');
    expect(proxy.secured[0]!.getCipher().standardName).toBe('TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384');
    expect((await nth(target.secured)).getProtocol()).toBe('TLSv1.3');
    expect(log.lines()).toContain('Cipher selection: ECDHE-ECDSA-AES256-GCM-SHA384');
    // the 1.3 suites are left out: the proxy's highest version is 1.2
    expect(log.lines()).not.toContain('TLS 1.3 cipher selection: TLS_CHACHA20_POLY1305_SHA256');
    const bad = handle('https://localhost:9/', { PROXY: `https://localhost:${proxy.port}`, PROXY_TLS13_CIPHERS: 'TLS_NOPE' });
    expect(await run(bad)).toEqual({ code: CURLE.SSL_CIPHER, error: 'failed setting TLS 1.3 cipher suite: TLS_NOPE' });
  });

  it('PROXY_SSLCERTTYPE DER and PROXY_SSL_OPTIONS are taken', async () => {
    const target = await tlsTarget();
    const proxy = await httpsProxy({ key: pki.localhost.key, cert: pki.localhost.cert, ca: pki.ca.cert, requestCert: true, rejectUnauthorized: true });
    const der = join(pki.dir, 'client-proxy.der');
    writeFileSync(der, new X509Certificate(pki.client.cert).raw);
    const easy = handle(`https://localhost:${target.port}/`, {
      CAINFO: pki.ca.certFile,
      PROXY: `https://localhost:${proxy.port}`,
      PROXY_CAINFO: pki.ca.certFile,
      PROXY_SSLCERT: der,
      PROXY_SSLCERTTYPE: 'DER',
      PROXY_SSLKEY: pki.client.keyFile,
      PROXY_SSL_OPTIONS: 0xffff, // bits above the lowest 8 are dropped; the rest are no-ops or BEAST
    });
    expect(await run(easy)).toEqual({ code: CURLE.OK, error: '' });
    expect(proxy.secured[0]!.getPeerCertificate().subject.CN).toBe('manbind client');
  });

  it('PROXY_SSLCERT_BLOB and PROXY_SSLKEY_BLOB show a client certificate to the proxy from memory', async () => {
    const target = await tlsTarget();
    const proxy = await httpsProxy({ key: pki.localhost.key, cert: pki.localhost.cert, ca: pki.ca.cert, requestCert: true, rejectUnauthorized: true });
    const base = { CAINFO: pki.ca.certFile, PROXY: `https://localhost:${proxy.port}`, PROXY_CAINFO: pki.ca.certFile };
    const easy = handle(`https://localhost:${target.port}/`, {
      ...base,
      PROXY_SSLCERT_BLOB: Buffer.from(pki.client.cert),
      PROXY_SSLKEY_BLOB: Buffer.from(pki.client.key),
    });
    expect(await run(easy)).toEqual({ code: CURLE.OK, error: '' });
    expect(proxy.secured[0]!.getPeerCertificate().subject.CN).toBe('manbind client');
    // the target saw no client certificate: the blobs are the proxy's
    expect((await nth(target.secured)).getPeerCertificate().subject).toBeUndefined();
    // lib/vtls/openssl.c client_cert names a blob CURLOPT_SSLCERT_BLOB for the proxy too
    const badCert = handle('https://localhost:9/', { ...base, PROXY_SSLCERT_BLOB: Buffer.from('not a certificate') });
    const r = await run(badCert);
    expect(r.code).toBe(CURLE.SSL_CERTPROBLEM);
    expect(r.error).toMatch(/^could not load PEM client certificate from CURLOPT_SSLCERT_BLOB, OpenSSL error /);
    const badKey = handle('https://localhost:9/', {
      ...base,
      PROXY_SSLCERT_BLOB: Buffer.from(pki.client.cert),
      PROXY_SSLKEY_BLOB: Buffer.from(readFileSync(pki.strayKeyFile)),
    });
    expect(await run(badKey)).toEqual({ code: CURLE.BAD_FUNCTION_ARGUMENT, error: "unable to set private key file: '(memory blob)' type PEM" });
    expect(set(new Easy(), 'PROXY_SSLKEY_BLOB', new Uint8Array(0))).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
  });

  it('PROXY_ISSUERCERT and PROXY_ISSUERCERT_BLOB check the proxy certificate\'s issuer (83), not the target\'s', async () => {
    const target = await tlsTarget();
    const proxy = await httpsProxy({ key: pki.localhost.key, cert: pki.localhost.cert });
    const base = { CAINFO: pki.ca.certFile, PROXY: `https://localhost:${proxy.port}`, PROXY_CAINFO: pki.ca.certFile };
    const ok = handle(`https://localhost:${target.port}/`, { ...base, PROXY_ISSUERCERT: pki.ca.certFile });
    const log = capture(ok);
    expect(await run(ok)).toEqual({ code: CURLE.OK, error: '' });
    expect(log.lines().filter((l) => l.includes('issuer check'))).toEqual([` SSL certificate issuer check ok (${pki.ca.certFile})`]);
    const other = handle(`https://localhost:${target.port}/`, { ...base, PROXY_ISSUERCERT_BLOB: Buffer.from(pki.intermediate.cert) });
    expect(await run(other)).toEqual({ code: CURLE.SSL_ISSUER_ERROR, error: 'SSL: Certificate issuer check failed ((nil))' });
    const missing = join(pki.dir, 'no-issuer.pem');
    const unreadable = handle(`https://localhost:${target.port}/`, { ...base, PROXY_ISSUERCERT: missing });
    expect(await run(unreadable)).toEqual({ code: CURLE.SSL_ISSUER_ERROR, error: `SSL: Unable to open issuer cert (${missing})` });
    // the target's ISSUERCERT is checked against the target only
    const targetOnly = handle(`https://localhost:${target.port}/`, { ...base, ISSUERCERT: pki.intermediate.certFile });
    const tlog = capture(targetOnly);
    expect(await run(targetOnly)).toEqual({ code: CURLE.SSL_ISSUER_ERROR, error: `SSL: Certificate issuer check failed (${pki.intermediate.certFile})` });
    expect(tlog.lines()).toContain("CONNECT tunnel established, response 200");
  });

  it('PROXY_CRLFILE: a revoked proxy certificate fails with 60, a file that is no CRL with 82', async () => {
    const ossl = (args: string[]): void => void execFileSync('openssl', args, { cwd: pki.dir, stdio: ['ignore', 'ignore', 'pipe'] });
    ossl(['ca', '-config', 'ca.cnf', '-gencrl', '-keyfile', 'ca.key', '-cert', 'ca.pem', '-crldays', '1', '-out', 'proxy-crl-empty.pem']);
    ossl(['ca', '-config', 'ca.cnf', '-revoke', 'cnonly.pem', '-keyfile', 'ca.key', '-cert', 'ca.pem']);
    ossl(['ca', '-config', 'ca.cnf', '-gencrl', '-keyfile', 'ca.key', '-cert', 'ca.pem', '-crldays', '1', '-out', 'proxy-crl-revoked.pem']);
    const target = await tlsTarget();
    const good = await httpsProxy({ key: pki.localhost.key, cert: pki.localhost.cert });
    const revoked = await httpsProxy({ key: pki.cnOnly.key, cert: pki.cnOnly.cert });
    const base = { CAINFO: pki.ca.certFile, PROXY_CAINFO: pki.ca.certFile };
    const ok = handle(`https://localhost:${target.port}/`, { ...base, PROXY: `https://localhost:${good.port}`, PROXY_CRLFILE: join(pki.dir, 'proxy-crl-empty.pem') });
    const log = capture(ok);
    expect(await run(ok)).toEqual({ code: CURLE.OK, error: '' });
    expect(log.lines()).toContain(` CRLfile: ${join(pki.dir, 'proxy-crl-empty.pem')}`);
    const bad = handle(`https://localhost:${target.port}/`, { ...base, PROXY: `https://localhost:${revoked.port}`, PROXY_CRLFILE: join(pki.dir, 'proxy-crl-revoked.pem') });
    expect(await run(bad)).toEqual({ code: CURLE.PEER_FAILED_VERIFICATION, error: 'SSL certificate OpenSSL verify result: certificate revoked (23)' });
    expect(info(bad, 'PROXY_SSL_VERIFYRESULT').value).toBe(23);
    const notCrl = handle(`https://localhost:${target.port}/`, { ...base, PROXY: `https://localhost:${good.port}`, PROXY_CRLFILE: pki.ca.certFile });
    expect(await run(notCrl)).toEqual({ code: CURLE.SSL_CRL_BADFILE, error: `error loading CRL file: ${pki.ca.certFile}` });
    // the target's CRLFILE is not the proxy's: the revoked proxy passes with it
    const targetCrl = handle(`https://localhost:${target.port}/`, { ...base, PROXY: `https://localhost:${revoked.port}`, CRLFILE: join(pki.dir, 'proxy-crl-empty.pem') });
    expect((await run(targetCrl)).code).toBe(CURLE.OK);
  });

  it('CERTINFO through an HTTPS proxy holds the target\'s chain; an http:// target leaves the proxy\'s', async () => {
    const chained = tls.createServer({ key: pki.viaIntermediate.key, cert: pki.chainWithIntermediate }, (s) => s.on('error', () => {}));
    const t = await listenLoopback(chained);
    closers.push(t.close);
    const proxy = await httpsProxy({ key: pki.localhost.key, cert: pki.localhost.cert });
    const easy = handle(`https://localhost:${t.port}/`, {
      CAINFO: pki.ca.certFile,
      PROXY: `https://localhost:${proxy.port}`,
      PROXY_CAINFO: pki.ca.certFile,
      CERTINFO: 1,
    });
    expect(await run(easy)).toEqual({ code: CURLE.OK, error: '' });
    const chain = info(easy, 'CERTINFO').value as { num_of_certs: number; certinfo: string[][] };
    expect(chain.num_of_certs).toBe(2);
    expect(chain.certinfo.map((c) => c.slice(0, 2))).toEqual([
      ['Subject:CN = localhost', 'Issuer:CN = manbind test intermediate'],
      ['Subject:CN = manbind test intermediate', 'Issuer:CN = manbind test CA'],
    ]);
    // lib/vtls/openssl.c gathers the chain in either TLS filter: with no TLS to the target, the
    // proxy's is what is left
    const origin = http.createServer((_req, res) => res.end('plain'));
    const o = await listenLoopback(origin);
    closers.push(o.close);
    const plain = handle(`http://127.0.0.1:${o.port}/`, {
      PROXY: `https://localhost:${proxy.port}`,
      PROXY_CAINFO: pki.ca.certFile,
      CERTINFO: 1,
      WRITEFUNCTION: (d: Uint8Array) => d.length,
    }, false);
    expect(await run(plain)).toEqual({ code: CURLE.OK, error: '' });
    const proxyChain = info(plain, 'CERTINFO').value as { num_of_certs: number; certinfo: string[][] };
    expect(proxyChain.num_of_certs).toBe(1);
    expect(proxyChain.certinfo[0]!.slice(0, 2)).toEqual(['Subject:CN = localhost', 'Issuer:CN = manbind test CA']);
  });
});

// The Debian peer: stunnel4 terminates TLS in front of tinyproxy.
function which(cmd: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}
const stunnel = which('stunnel4') ?? which('stunnel');
const tinyproxy = which('tinyproxy');
if (!stunnel || !tinyproxy) console.warn('stunnel4 or tinyproxy is not installed (apt-get install -y stunnel4 tinyproxy): skipping the real HTTPS proxy test');

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

async function waitForPort(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise<boolean>((r) => {
      const c = net.connect(port, '127.0.0.1');
      c.once('connect', () => (c.destroy(), r(true)));
      c.once('error', () => r(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nothing listens on ${port}`);
}

describe.skipIf(!haveOpenssl || !stunnel || !tinyproxy)('HTTPS proxy: stunnel4 in front of tinyproxy', () => {
  const kids: ChildProcess[] = [];
  afterEach(() => {
    for (const k of kids.splice(0)) k.kill('SIGKILL');
  });

  it('tunnels TLS to the target through a real TLS-terminated proxy, as the recording peer does', async () => {
    const target = await tlsTarget();
    const tp = await freePort();
    const sp = await freePort();
    const conf = join(pki.dir, 'tinyproxy.conf');
    writeFileSync(conf, `Port ${tp}\nListen 127.0.0.1\nTimeout 30\nMaxClients 10\nAllow 127.0.0.1\nConnectPort ${target.port}\nLogLevel Critical\n`);
    kids.push(spawn(tinyproxy!, ['-d', '-c', conf], { stdio: 'ignore' }));
    const sconf = join(pki.dir, 'stunnel.conf');
    const pem = join(pki.dir, 'stunnel.pem');
    writeFileSync(pem, pki.localhost.cert + readFileSync(pki.localhost.keyFile, 'utf8'));
    writeFileSync(sconf, `foreground = yes\npid =\n[proxy]\naccept = 127.0.0.1:${sp}\nconnect = 127.0.0.1:${tp}\ncert = ${pem}\n`);
    kids.push(spawn(stunnel!, [sconf], { stdio: 'ignore' }));
    await waitForPort(tp);
    await waitForPort(sp);
    const easy = handle(`https://localhost:${target.port}/`, {
      CAINFO: pki.ca.certFile,
      PROXY: `https://localhost:${sp}`,
      PROXY_CAINFO: pki.ca.certFile,
    });
    const log = capture(easy);
    expect(await run(easy)).toEqual({ code: CURLE.OK, error: '' });
    expect(info(easy, 'HTTP_CONNECTCODE').value).toBe(200);
    expect(log.lines()).toContain('Proxy certificate:');
    expect(log.lines()).toContain('CONNECT: no ALPN negotiated');
    expect((await recvAll(easy, 15)).toString()).toBe('hello over tls\n');
    await sendAll(easy, Buffer.from('via stunnel'));
    expect((await recvAll(easy, 11)).toString()).toBe('via stunnel');
  });
});
