// Certificates for the TLS filter, as libcurl 8.22's OpenSSL backend handles them
// (lib/vtls/openssl.c `ossl_load_trust_anchors`, `cert_stuff`, `Curl_ossl_check_peer_cert`,
// `ossl_verifyhost`; lib/vtls/hostcheck.c `Curl_cert_hostcheck`): the trust anchors from CAINFO and
// CAPATH, the client certificate, and the host name check done after the handshake with libcurl's
// rules (subjectAltName entries of the target's kind decide when there are any, the last subject
// CN only when there are none: RFC 6125 section 6), with libcurl's verbose lines, codes and texts.
import { X509Certificate } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isIP } from 'node:net';
import * as tls from 'node:tls';
import { CURLE } from '../base/codes.js';
import type { TransferContext } from '../base/context.js';
import { ipv4Bytes, ipv6Bytes } from '../base/ip.js';
import type { SslConfig } from './tls-options.js';

/** X.509 verification results as Node names them, with OpenSSL's numbers (x509_vfy.h). */
export const VERIFY_NUMBERS: Record<string, number> = {
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
export const VERIFY_TEXTS: Record<string, string> = {
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
  UNABLE_TO_GET_CRL: 'unable to get certificate CRL',
  UNABLE_TO_DECRYPT_CERT_SIGNATURE: "unable to decrypt certificate's signature",
  UNABLE_TO_DECRYPT_CRL_SIGNATURE: "unable to decrypt CRL's signature",
  UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY: 'unable to decode issuer public key',
  CRL_SIGNATURE_FAILURE: 'CRL signature failure',
  CRL_NOT_YET_VALID: 'CRL is not yet valid',
  CRL_HAS_EXPIRED: 'CRL has expired',
  ERROR_IN_CERT_NOT_BEFORE_FIELD: "format error in certificate's notBefore field",
  ERROR_IN_CERT_NOT_AFTER_FIELD: "format error in certificate's notAfter field",
  ERROR_IN_CRL_LAST_UPDATE_FIELD: "format error in CRL's lastUpdate field",
  ERROR_IN_CRL_NEXT_UPDATE_FIELD: "format error in CRL's nextUpdate field",
  OUT_OF_MEM: 'out of memory',
  CERT_CHAIN_TOO_LONG: 'certificate chain too long',
  PATH_LENGTH_EXCEEDED: 'path length constraint exceeded',
  HOSTNAME_MISMATCH: 'hostname mismatch',
};

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
export function osslErrorString(err: unknown): string {
  const e = err as { message?: string; library?: string; reason?: string } | null;
  const msg = e?.message ?? String(err);
  const m = /error:([0-9A-Fa-f]{8}):([^:]*):[^:]*:([^:\n]*)/.exec(msg);
  if (m) return `error:${m[1]!.toUpperCase()}:${e?.library ?? m[2]}::${e?.reason ?? m[3]}`;
  return msg;
}

/** System-library error text for a file OpenSSL could not open. */
export function fileErrorString(err: unknown): string {
  const code = (err as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'error:80000002:system library::No such file or directory';
  if (code === 'EACCES') return 'error:8000000D:system library::Permission denied';
  if (code === 'EISDIR') return 'error:80000015:system library::Is a directory';
  return err instanceof Error ? err.message : String(err);
}

/** CA files read before, by path, while their size and modification time stay the same: every
 * handshake would otherwise read and parse them again (libcurl keeps its X509 store per multi
 * handle for CA_CACHE_TIMEOUT, 24 hours; this cache also notices a changed file). */
const caFiles = new Map<string, { mtimeMs: number; size: number; certs: string[] }>();

/** The usable certificates of a CA file; [] when it cannot be read or one of them does not parse. */
function caFileCertificates(path: string): string[] {
  let st;
  try {
    st = statSync(path);
  } catch {
    return [];
  }
  const hit = caFiles.get(path);
  if (hit !== undefined && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.certs;
  let certs: string[];
  try {
    certs = pemCertificates(readFileSync(path, 'latin1'));
    if (!allParse(certs)) certs = [];
  } catch {
    certs = [];
  }
  if (caFiles.size > 64) caFiles.clear();
  caFiles.set(path, { mtimeMs: st.mtimeMs, size: st.size, certs });
  return certs;
}

interface TrustAnchors {
  /** The trusted certificates; undefined: Node's bundled roots (no CA option set). */
  ca: string[] | undefined;
  crl: Buffer | undefined;
}

/** What the handle's X509 store was last filled from (lib/vtls/openssl.c
 * ossl_set_cached_x509_store: one per multi handle, kept CA_CACHE_TIMEOUT, 24 hours by default):
 * a store made from a CA file alone is used again without its verbose lines. */
export interface X509StoreMemo {
  x509Store: { caInfo: string | null; at: number } | null;
}

const CA_CACHE_TIMEOUT_MS = 24 * 3600 * 1000;

/**
 * The trust store as libcurl 8.22 fills it after the ClientHello (lib/vtls/openssl.c
 * Curl_ssl_setup_x509_store, ossl_populate_x509_store, ossl_load_trust_anchors): nothing when the
 * peer is not verified; else CAINFO_BLOB, CAINFO and CAPATH (or the proxy's), then CRLFILE. A CA
 * file fails the connection (77) only when nothing was loaded before it; a CA path is only
 * looked up while verifying (X509_LOOKUP_add_dir), so a missing directory is no error.
 */
export function loadTrustAnchors(ctx: TransferContext, c: SslConfig, memo: X509StoreMemo | null): TrustAnchors {
  const { caInfoBlob, caPath, caInfo } = c;
  if (!c.verifyPeer) {
    ctx.infof('SSL Trust: peer verification disabled');
    // OpenSSL still checks the chain, against an empty store (the result is only reported)
    return { ca: [], crl: undefined };
  }
  const cacheable = caPath === null && caInfoBlob === null && c.crlFile === null;
  const now = Date.now();
  const hit = memo?.x509Store;
  const quiet = cacheable && hit != null && hit.caInfo === caInfo && now - hit.at < CA_CACHE_TIMEOUT_MS;
  const infof = (text: string): void => {
    if (!quiet) ctx.infof(text);
  };
  infof('SSL Trust Anchors:');
  if (caInfo === null && caPath === null && caInfoBlob === null) return { ca: undefined, crl: loadCrl(ctx, c) };
  const ca: string[] = [];
  let empty = true;
  if (caInfoBlob !== null) {
    const certs = pemCertificates(Buffer.from(caInfoBlob.buffer, caInfoBlob.byteOffset, caInfoBlob.byteLength).toString('latin1'));
    if (certs.length === 0 || !allParse(certs)) {
      throw ctx.failf(CURLE.SSL_CACERT_BADFILE, `error adding trust anchors from certificate blob: ${CURLE.SSL_CACERT_BADFILE}`);
    }
    ca.push(...certs);
    infof('  CA Blob from configuration');
    empty = false;
  }
  if (caInfo !== null) {
    const certs = caFileCertificates(caInfo);
    if (certs.length === 0) {
      if (empty) throw ctx.failf(CURLE.SSL_CACERT_BADFILE, `error adding trust anchors from file: ${caInfo}`);
      infof('error setting certificate file, continuing anyway');
    } else {
      ca.push(...certs);
    }
    infof(`  CAfile: ${caInfo}`);
    empty = false;
  } else if (caInfoBlob === null) {
    // Only a CApath: the default bundle stays in use beside it, as libcurl's build default
    // CAINFO does.
    ca.push(...tls.rootCertificates);
  }
  if (caPath !== null) {
    // X509_LOOKUP_add_dir refuses an empty path only
    if (caPath === '' && empty) throw ctx.failf(CURLE.SSL_CACERT_BADFILE, `error adding trust anchors from path: ${caPath}`);
    if (caPath === '') infof('error setting certificate path, continuing anyway');
    ca.push(...caPathCertificates(caPath));
    infof(`  CApath: ${caPath}`);
  }
  const crl = loadCrl(ctx, c);
  if (cacheable && memo !== null) memo.x509Store = quiet ? hit! : { caInfo, at: now };
  return { ca, crl };
}

/** An OpenSSL hashed directory: <hash>.<n> files (c_rehash), plus *.pem and *.crt; a directory
 * that cannot be read gives nothing. */
function caPathCertificates(caPath: string): string[] {
  const out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(caPath);
  } catch {
    return out;
  }
  for (const name of names.sort()) {
    if (!/^[0-9a-f]{8}\.\d+$/i.test(name) && !/\.(pem|crt)$/i.test(name)) continue;
    try {
      const certs = pemCertificates(readFileSync(`${caPath}/${name}`, 'latin1'));
      if (allParse(certs)) out.push(...certs);
    } catch {
      // unreadable entries are skipped, as OpenSSL's directory lookup skips them
    }
  }
  return out;
}

/** CRLFILE: PEM CRLs checked for every certificate of the chain (X509_V_FLAG_CRL_CHECK_ALL, as
 * Node sets it too); only loaded when the peer is verified. 82 when it cannot be used. */
function loadCrl(ctx: TransferContext, c: SslConfig): Buffer | undefined {
  if (c.crlFile === null) return undefined;
  let crl: Buffer;
  try {
    crl = readFileSync(c.crlFile);
    if (!/-----BEGIN X509 CRL-----/.test(crl.toString('latin1'))) throw new Error('no CRL');
    tls.createSecureContext({ crl });
  } catch {
    throw ctx.failf(CURLE.SSL_CRL_BADFILE, `error loading CRL file: ${c.crlFile}`);
  }
  ctx.infof(` CRLfile: ${c.crlFile}`);
  return crl;
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
  return ipv4Bytes(ip) ?? ipv6Bytes(ip);
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
export function verifyHost(ctx: TransferContext, host: string, cert: tls.PeerCertificate): void {
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

/** The peer certificate as the checks and verbose lines read it, from Node's X509Certificate of
 * the connection (getPeerCertificate() would build every field, fingerprints included, and costs
 * more than the rest of a connect-only handshake's own work). */
export function peerCertView(x: X509Certificate): tls.PeerCertificate {
  return {
    raw: x.raw,
    subject: dnObject(x.subject),
    issuer: dnObject(x.issuer),
    subjectaltname: x.subjectAltName ?? '',
    valid_from: x.validFrom,
    valid_to: x.validTo,
  } as unknown as tls.PeerCertificate;
}

/** "CN=a\nO=b" to { CN: 'a', O: 'b' }, a repeated name as an array, as Node's legacy object. */
function dnObject(dn: string): tls.Certificate {
  const out: Record<string, string | string[]> = {};
  for (const line of dn.split('\n')) {
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const k = line.slice(0, eq);
    const v = line.slice(eq + 1);
    const had = out[k];
    out[k] = had === undefined ? v : Array.isArray(had) ? [...had, v] : [had, v];
  }
  return out as unknown as tls.Certificate;
}

/** X509_NAME in libcurl's one-line form (openssl.c x509_name_oneline: XN_FLAG_SEP_SPLUS_SPC, no
 * spaces around "="): "C=US; CN=x", in certificate order, from Node's one-per-line rendering. */
export function nameLine(dn: string): string {
  return dn
    .split('\n')
    .filter((l) => l.includes('='))
    .join('; ');
}

/** The signature kind libcurl prints (OBJ_nid2sn of the peer's signature type). */
export function signatureName(cert: X509Certificate, protocol: string | null): string {
  try {
    const type = cert.publicKey.asymmetricKeyType;
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
