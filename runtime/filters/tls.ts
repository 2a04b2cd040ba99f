// The TLS filter: a TLS client over the stream below (a socket, or the proxy tunnel), with
// libcurl 8.22's checks, codes and texts for its OpenSSL backend (lib/vtls/openssl.c
// `ossl_connect_step2`, `Curl_ossl_check_peer_cert`, `ossl_verifyhost`, `ossl_load_trust_anchors`,
// `cert_stuff`; lib/vtls/hostcheck.c `Curl_cert_hostcheck`).
//
// ALPN offers http/1.1 only, so a connect-only stream never becomes HTTP/2. Chain verification
// is Node's (the same OpenSSL verifier, so the same error strings); the host name check is done
// here, after the handshake, with libcurl's rules: subjectAltName entries of the target's kind
// decide when there are any, the last subject CN only when there are none (RFC 6125 section 6).
import { X509Certificate } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import type { Duplex } from 'node:stream';
import * as tls from 'node:tls';
import { CURLE } from '../base/codes.js';
import { CurlError } from '../base/error.js';
import type { ConnectBelow, ConnFilter, TransferContext } from './filter.js';
import { ipv6Bytes } from '../core/proxy-plan.js';

enum TlsState {
  INIT = 'init',
  HANDSHAKE = 'handshake',
  VERIFY = 'verify',
  DONE = 'done',
  FAILED = 'failed',
}

/** X.509 verification results as Node names them, with OpenSSL's numbers (x509_vfy.h). */
const VERIFY_NUMBERS: Record<string, number> = {
  UNABLE_TO_GET_ISSUER_CERT: 2,
  UNABLE_TO_GET_CRL: 3,
  UNABLE_TO_DECRYPT_CERT_SIGNATURE: 4,
  UNABLE_TO_DECRYPT_CRL_SIGNATURE: 5,
  UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY: 6,
  CERT_SIGNATURE_FAILURE: 7,
  CRL_SIGNATURE_FAILURE: 8,
  CERT_NOT_YET_VALID: 9,
  CERT_HAS_EXPIRED: 10,
  CRL_NOT_YET_VALID: 11,
  CRL_HAS_EXPIRED: 12,
  ERROR_IN_CERT_NOT_BEFORE_FIELD: 13,
  ERROR_IN_CERT_NOT_AFTER_FIELD: 14,
  ERROR_IN_CRL_LAST_UPDATE_FIELD: 15,
  ERROR_IN_CRL_NEXT_UPDATE_FIELD: 16,
  OUT_OF_MEM: 17,
  DEPTH_ZERO_SELF_SIGNED_CERT: 18,
  SELF_SIGNED_CERT_IN_CHAIN: 19,
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 20,
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 21,
  CERT_CHAIN_TOO_LONG: 22,
  CERT_REVOKED: 23,
  INVALID_CA: 24,
  PATH_LENGTH_EXCEEDED: 25,
  INVALID_PURPOSE: 26,
  CERT_UNTRUSTED: 27,
  CERT_REJECTED: 28,
  HOSTNAME_MISMATCH: 62,
};

/** OpenSSL's X509_verify_cert_error_string() for the codes Node may leave without a message. */
const VERIFY_TEXTS: Record<string, string> = {
  UNABLE_TO_GET_ISSUER_CERT: 'unable to get issuer certificate',
  CERT_SIGNATURE_FAILURE: 'certificate signature failure',
  CERT_NOT_YET_VALID: 'certificate is not yet valid',
  CERT_HAS_EXPIRED: 'certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed certificate in certificate chain',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'unable to get local issuer certificate',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'unable to verify the first certificate',
  CERT_REVOKED: 'certificate revoked',
  INVALID_CA: 'invalid CA certificate',
  INVALID_PURPOSE: 'unsupported certificate purpose',
  CERT_UNTRUSTED: 'certificate not trusted',
  CERT_REJECTED: 'certificate rejected',
};

function traceEnabled(): boolean {
  const v = (typeof process !== 'undefined' && process.env['MANBIND_TRACE']) || '';
  return v.split(/[\s,]+/).some((t) => t === 'tls' || t === 'ssl' || t === 'all');
}

const PEM_CERT = /-----BEGIN (?:TRUSTED )?CERTIFICATE-----[\s\S]+?-----END (?:TRUSTED )?CERTIFICATE-----/g;

/** The certificates of a PEM file, each as its own PEM block; [] when there are none. */
function pemCertificates(text: string): string[] {
  return (text.match(PEM_CERT) ?? []).map((pem) => pem.replace(/TRUSTED CERTIFICATE/g, 'CERTIFICATE'));
}

/** Whether every block parses as a certificate (OpenSSL stops loading at the first bad one). */
function allParse(pems: string[]): boolean {
  try {
    for (const pem of pems) new X509Certificate(pem);
    return true;
  } catch {
    return false;
  }
}

/** OpenSSL 3's ERR_error_string_n() form of a Node TLS error: "error:0A000410:SSL routines::reason". */
function osslErrorString(err: unknown): string {
  const e = err as { message?: string; library?: string; reason?: string } | null;
  const msg = e?.message ?? String(err);
  const m = /error:([0-9A-Fa-f]{8}):([^:]*):[^:]*:([^:\n]*)/.exec(msg);
  if (m) return `error:${m[1]!.toUpperCase()}:${e?.library ?? m[2]}::${e?.reason ?? m[3]}`;
  return msg;
}

/** System-library error text for a file OpenSSL could not open. */
function fileErrorString(err: unknown): string {
  const code = (err as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'error:80000002:system library::No such file or directory';
  if (code === 'EACCES') return 'error:8000000D:system library::Permission denied';
  if (code === 'EISDIR') return 'error:80000015:system library::Is a directory';
  return err instanceof Error ? err.message : String(err);
}

interface TrustAnchors {
  ca: string[] | undefined;
}

/** CAINFO and CAPATH as libcurl's ossl_load_trust_anchors loads them. */
function loadTrustAnchors(ctx: TransferContext): TrustAnchors {
  const { caInfo, caPath, sslVerifyPeer } = ctx.opts;
  if (caInfo === null && caPath === null) return { ca: undefined };
  const ca: string[] = [];
  if (caInfo !== null) {
    let certs: string[] = [];
    try {
      certs = pemCertificates(readFileSync(caInfo, 'latin1'));
    } catch {
      certs = [];
    }
    if (certs.length === 0 || !allParse(certs)) {
      if (sslVerifyPeer) throw ctx.failf(CURLE.SSL_CACERT_BADFILE, `error setting certificate file: ${caInfo}`);
      ctx.infof('error setting certificate file, continuing anyway');
    } else {
      ca.push(...certs);
    }
    if (sslVerifyPeer) ctx.infof(` CAfile: ${caInfo}`);
  } else {
    // Only a CApath: the default bundle stays in use beside it.
    ca.push(...tls.rootCertificates);
  }
  if (caPath !== null) {
    // An OpenSSL hashed directory: <hash>.<n> files (c_rehash), plus *.pem and *.crt.
    let names: string[] | null = null;
    try {
      names = readdirSync(caPath);
    } catch {
      names = null;
    }
    if (names === null) {
      if (sslVerifyPeer) throw ctx.failf(CURLE.SSL_CACERT_BADFILE, `error setting certificate path: ${caPath}`);
      ctx.infof('error setting certificate path, continuing anyway');
    } else {
      for (const name of names.sort()) {
        if (!/^[0-9a-f]{8}\.\d+$/i.test(name) && !/\.(pem|crt)$/i.test(name)) continue;
        try {
          const certs = pemCertificates(readFileSync(`${caPath}/${name}`, 'latin1'));
          if (allParse(certs)) ca.push(...certs);
        } catch {
          // unreadable entries are skipped, as OpenSSL's directory lookup skips them
        }
      }
    }
    if (sslVerifyPeer) ctx.infof(` CApath: ${caPath}`);
  }
  return { ca };
}

interface ClientCert {
  cert?: Buffer;
  key?: Buffer;
  passphrase?: string;
}

/** SSLCERT/SSLKEY/KEYPASSWD as libcurl's cert_stuff loads them (PEM only), failing with 58. */
function loadClientCert(ctx: TransferContext): ClientCert {
  const { sslCert, sslKey, keyPasswd } = ctx.opts;
  if (sslCert === null) return {};
  const certFail = (why: string): CurlError =>
    ctx.failf(
      CURLE.SSL_CERTPROBLEM,
      `could not load PEM client certificate from ${sslCert}, OpenSSL error ${why}, ` +
        '(no key found, wrong pass phrase, or wrong file format?)',
    );
  let cert: Buffer;
  try {
    cert = readFileSync(sslCert);
  } catch (err) {
    throw certFail(fileErrorString(err));
  }
  try {
    tls.createSecureContext({ cert });
  } catch (err) {
    throw certFail(osslErrorString(err));
  }
  const keyFile = sslKey ?? sslCert;
  const keyFail = (): CurlError => ctx.failf(CURLE.SSL_CERTPROBLEM, `unable to set private key file: '${keyFile}' type PEM`);
  let key: Buffer;
  try {
    key = readFileSync(keyFile);
  } catch {
    throw keyFail();
  }
  const passphrase = keyPasswd ?? undefined;
  try {
    tls.createSecureContext({ cert, key, passphrase });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_OSSL_X509_KEY_VALUES_MISMATCH') {
      throw ctx.failf(CURLE.SSL_CERTPROBLEM, 'Private key does not match the certificate public key');
    }
    throw keyFail();
  }
  return { cert, key, passphrase };
}

/** lib/vtls/hostcheck.c: a wildcard only as the whole leftmost label of a name with 2+ dots. */
export function certHostMatch(pattern: string, host: string): boolean {
  const p = pattern.replace(/\.$/, '').toLowerCase();
  const h = host.replace(/\.$/, '').toLowerCase();
  if (p.length < 3 || !p.startsWith('*.')) return p === h;
  if (isIP(h)) return false;
  const firstDot = p.indexOf('.');
  if (firstDot === p.lastIndexOf('.')) return p === h;
  const hostDot = h.indexOf('.');
  if (hostDot < 0) return false;
  return h.slice(hostDot) === p.slice(1);
}

function ipBytes(ip: string): number[] | null {
  if (isIP(ip) === 4) return ip.split('.').map(Number);
  return ipv6Bytes(ip);
}

/** Splits Node's subjectaltname string ("DNS:a, IP Address:1.2.3.4") into typed entries. */
function altNames(san: string | undefined): { dns: string[]; ip: string[] } {
  const dns: string[] = [];
  const ip: string[] = [];
  if (!san) return { dns, ip };
  const re = /(DNS|IP Address|[A-Za-z ]+):("(?:[^"\\]|\\.)*"|[^,]*)(?:,\s*|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(san)) !== null && m[0] !== '') {
    let value = m[2]!;
    if (value.startsWith('"')) value = JSON.parse(value) as string;
    if (m[1] === 'DNS') dns.push(value);
    else if (m[1] === 'IP Address') ip.push(value);
  }
  return { dns, ip };
}

function lastCN(subject: tls.Certificate | undefined): string | undefined {
  const cn = (subject as unknown as Record<string, string | string[]> | undefined)?.['CN'];
  return Array.isArray(cn) ? cn[cn.length - 1] : cn;
}

/** libcurl's ossl_verifyhost, with its verbose lines and 60s. */
function verifyHost(ctx: TransferContext, host: string, cert: tls.PeerCertificate): void {
  const kind = isIP(host);
  const { dns, ip } = altNames(cert.subjectaltname);
  if (kind === 0) {
    const hit = dns.find((d) => certHostMatch(d, host));
    if (hit !== undefined) {
      ctx.infof(`  subjectAltName: "${host}" matches cert's "${hit}"`);
      return;
    }
  } else {
    const want = ipBytes(host)!;
    const hit = ip.find((a) => {
      const b = ipBytes(a);
      return b !== null && b.length === want.length && b.every((x, i) => x === want[i]);
    });
    if (hit !== undefined) {
      ctx.infof(`  subjectAltName: "${host}" matches cert's IP address!`);
      return;
    }
  }
  if (dns.length > 0 || ip.length > 0) {
    // lib/vtls/openssl.c ossl_verifyhost names the target kind in lower case.
    const tname = kind === 0 ? 'hostname' : kind === 4 ? 'ipv4 address' : 'ipv6 address';
    ctx.infof(` subjectAltName does not match ${tname} ${host}`);
    throw ctx.failf(
      CURLE.PEER_FAILED_VERIFICATION,
      `SSL: no alternative certificate subject name matches target ${tname} '${host}'`,
    );
  }
  const cn = lastCN(cert.subject);
  if (cn === undefined) {
    throw ctx.failf(CURLE.PEER_FAILED_VERIFICATION, 'SSL: unable to obtain common name from peer certificate');
  }
  if (!certHostMatch(cn, host)) {
    throw ctx.failf(
      CURLE.PEER_FAILED_VERIFICATION,
      `SSL: certificate subject name '${cn}' does not match target hostname '${host}'`,
    );
  }
  ctx.infof(` common name: ${cn} (matched)`);
}

/** X509_NAME in libcurl's one-line form: "CN=x; O=y", in certificate order. */
function nameLine(name: tls.Certificate | undefined): string {
  if (!name) return '';
  const parts: string[] = [];
  for (const [k, v] of Object.entries(name as unknown as Record<string, string | string[]>)) {
    for (const one of Array.isArray(v) ? v : [v]) parts.push(`${k}=${one}`);
  }
  return parts.join('; ');
}

/** The signature kind libcurl prints (OBJ_nid2sn of the peer's signature type). */
function signatureName(cert: tls.PeerCertificate, protocol: string | null): string {
  try {
    const type = new X509Certificate(cert.raw).publicKey.asymmetricKeyType;
    if (type === 'rsa') return protocol === 'TLSv1.3' || protocol === 'TLSv1.2' ? 'RSASSA-PSS' : 'rsaEncryption';
    if (type === 'rsa-pss') return 'RSASSA-PSS';
    if (type === 'ec') return 'id-ecPublicKey';
    if (type === 'ed25519') return 'ED25519';
    if (type === 'ed448') return 'ED448';
  } catch {
    // fall through
  }
  return 'UNDEF';
}

/** The TLS filter. The peer name is the URL's host (not a CONNECT_TO host or a proxy). */
export function tlsFilter(): ConnFilter {
  return {
    name: 'tls',
    connect: (ctx, below) => runTls(ctx, below),
  };
}

async function runTls(ctx: TransferContext, below: ConnectBelow): Promise<Duplex> {
  const trace = traceEnabled();
  // The handshake runs in Node's TLS stack; the states are traced for the filter's phases.
  const goState = (next: TlsState): void => {
    if (trace) ctx.infof(`[SSL] new state '${next}'`);
  };
  goState(TlsState.INIT);

  const host = ctx.target.host.replace(/^\[|\]$/g, '');
  const port = ctx.target.port;
  const opts = ctx.opts;

  // libcurl connects the filters below first, then sets up its SSL_CTX: the client certificate,
  // the ALPN offer, and (loaded when the handshake needs them) the trust anchors.
  const raw = await below();
  const client = loadClientCert(ctx);
  ctx.infof('ALPN: curl offers http/1.1');
  const anchors = loadTrustAnchors(ctx);

  // SNI (RFC 6066 section 3) carries names only, never IP literals; no trailing dot.
  const servername = isIP(host) === 0 ? host.replace(/\.$/, '') : undefined;
  goState(TlsState.HANDSHAKE);

  const socket = tls.connect({
    socket: raw,
    servername,
    ALPNProtocols: ['http/1.1'],
    rejectUnauthorized: opts.sslVerifyPeer,
    // The name check is libcurl's (verifyHost below), also when VERIFYPEER is off.
    checkServerIdentity: () => undefined,
    ca: anchors.ca,
    cert: client.cert,
    key: client.key,
    passphrase: client.passphrase,
  });

  try {
    await handshake(ctx, socket, host, port);
    goState(TlsState.VERIFY);

    const protocol = socket.getProtocol();
    const cipher = socket.getCipher();
    const group = socket.getEphemeralKeyInfo();
    const peer = socket.getPeerCertificate(false);
    const groupName = group && 'name' in group && group.name ? group.name : '[blank]';
    ctx.infof(
      `SSL connection using ${protocol ?? 'unknown'} / ${cipher?.standardName ?? cipher?.name ?? '[blank]'} / ` +
        `${groupName} / ${peer && peer.raw ? signatureName(peer, protocol) : 'UNDEF'}`,
    );
    if (socket.alpnProtocol) ctx.infof(`ALPN: server accepted ${socket.alpnProtocol}`);
    else ctx.infof('ALPN: server did not agree on a protocol. Uses default.');

    if (!peer || !peer.raw) throw ctx.failf(CURLE.PEER_FAILED_VERIFICATION, "SSL: couldn't get peer certificate");
    ctx.infof('Server certificate:');
    ctx.infof(` subject: ${nameLine(peer.subject)}`);
    ctx.infof(` start date: ${peer.valid_from}`);
    ctx.infof(` expire date: ${peer.valid_to}`);
    if (opts.sslVerifyHost) verifyHost(ctx, host, peer);
    ctx.infof(` issuer: ${nameLine(peer.issuer)}`);
    if (socket.authorized) ctx.infof(' SSL certificate verify ok.');
    else {
      const code = String(socket.authorizationError ?? '');
      const text = VERIFY_TEXTS[code] ?? code;
      ctx.infof(` SSL certificate verify result: ${text} (${VERIFY_NUMBERS[code] ?? 0}), continuing anyway.`);
    }
    ctx.info.appconnectTime = ctx.elapsed() / 1000;
    goState(TlsState.DONE);
    return socket;
  } catch (err) {
    goState(TlsState.FAILED);
    // The connection is unusable; late errors of the TLS layer must not go unhandled.
    socket.on('error', () => {});
    socket.destroy();
    throw err;
  }
}

/** Waits for the handshake; maps its failures to libcurl's codes and texts. */
function handshake(ctx: TransferContext, socket: tls.TLSSocket, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: unknown): void => {
      socket.off('secureConnect', onSecure);
      socket.off('error', onError);
      socket.off('close', onClose);
      ctx.signal.removeEventListener('abort', onAbort);
      if (err === undefined) resolve();
      else reject(err);
    };
    const onSecure = (): void => done();
    const onError = (err: Error & { code?: string }): void => done(mapHandshakeError(ctx, err, host, port));
    const onClose = (): void => done(mapHandshakeError(ctx, null, host, port));
    const onAbort = (): void => {
      const reason: unknown = ctx.signal.reason;
      done(reason instanceof CurlError ? reason : ctx.failf(CURLE.OPERATION_TIMEDOUT, 'SSL connection timeout'));
    };
    socket.once('secureConnect', onSecure);
    socket.once('error', onError);
    socket.once('close', onClose);
    if (ctx.signal.aborted) onAbort();
    else ctx.signal.addEventListener('abort', onAbort, { once: true });
  });
}

function mapHandshakeError(
  ctx: TransferContext,
  err: (Error & { code?: string }) | null,
  host: string,
  port: number,
): CurlError {
  const code = err?.code ?? '';
  if (code in VERIFY_NUMBERS) {
    // OpenSSL's verifier failed the chain (SSL_R_CERTIFICATE_VERIFY_FAILED).
    return ctx.failf(CURLE.PEER_FAILED_VERIFICATION, `SSL certificate problem: ${err!.message || VERIFY_TEXTS[code] || code}`);
  }
  if (code === 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED') {
    return ctx.failf(CURLE.SSL_CLIENTCERT, `TLS cert problem: ${osslErrorString(err)}`);
  }
  if (code === 'ERR_SSL_SSLV3_ALERT_CERTIFICATE_EXPIRED') {
    return ctx.failf(CURLE.PEER_FAILED_VERIFICATION, 'SSL certificate verification failed');
  }
  if (code.startsWith('ERR_SSL_') || code.startsWith('ERR_OSSL_')) {
    return ctx.failf(CURLE.SSL_CONNECT_ERROR, `TLS connect error: ${osslErrorString(err)}`);
  }
  // The peer reset or closed the connection during the handshake: OpenSSL has no error in its
  // queue and libcurl says so twice, the second time with the socket's errno (SSL_ERROR_SYSCALL).
  const first = ctx.failf(CURLE.SSL_CONNECT_ERROR, 'TLS connect error: error:00000000:lib(0)::reason(0)');
  const reset = code === 'ECONNRESET' && !/disconnected before secure TLS/.test(err?.message ?? '');
  const why = reset ? 'Connection reset by peer' : code === 'EPIPE' ? 'Broken pipe' : 'SSL_ERROR_SYSCALL';
  ctx.failf(CURLE.SSL_CONNECT_ERROR, `OpenSSL SSL_connect: ${why} in connection to ${host}:${port} `);
  return first;
}
