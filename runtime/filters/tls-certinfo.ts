// The peer's certificate chain as libcurl 8.22's OpenSSL backend reports it: CURLINFO_CERTINFO
// (lib/vtls/openssl.c ossl_certchain, X509V3_ext, get_pkey_rsa; lib/vtls/vtls.c
// Curl_ssl_push_certinfo_len makes each entry "Label:value") and the verbose
// "  Certificate level N: ..." lines (openssl.c infof_certstack).
//
// What Node cannot give exactly (README, "Where manbind departs from libcurl"): the chain comes
// from getPeerCertificate(true), which appends the trust store's issuers when the server's last
// certificate is not self-signed; a trailing self-signed certificate found in the trust anchors
// is taken for such an addition and left out, also when the server did send it. Subject and
// Issuer come from Node's rendering of the names (a multi-valued RDN shows as separate parts).
// DSA and DH keys get no key lines; extensions OpenSSL prints in its own words (policies, CRL
// distribution points, information access, SCTs) are printed as their raw bytes.
import { type KeyObject, X509Certificate } from 'node:crypto';
import type { DetailedPeerCertificate } from 'node:tls';
import * as tls from 'node:tls';
import type { CertInfo } from '../types.js';
import { extensionLines, oidName, x509Parts, type X509Parts } from './tls-x509.js';

/** lib/vtls/openssl.c MAX_ALLOWED_CERT_AMOUNT */
export const MAX_ALLOWED_CERT_AMOUNT = 100;

/** The peer's chain as Node reports it (getPeerCertificate(true)), leaf first, without what Node
 * added from the trust store; `anchors` are the PEM certificates the connection trusted
 * (undefined: Node's roots). */
export function peerChain(detailed: DetailedPeerCertificate | undefined, anchors: string[] | undefined): X509Certificate[] {
  const out: X509Certificate[] = [];
  let c: DetailedPeerCertificate | undefined = detailed;
  const seen = new Set<DetailedPeerCertificate>();
  while (c !== undefined && c.raw !== undefined && !seen.has(c)) {
    seen.add(c);
    out.push(new X509Certificate(c.raw));
    c = c.issuerCertificate;
  }
  if (out.length > 1) {
    const last = out[out.length - 1]!;
    if (last.checkIssued(last) && trusted(last, anchors ?? tls.rootCertificates)) out.pop();
  }
  return out;
}

function trusted(cert: X509Certificate, anchors: readonly string[]): boolean {
  for (const pem of anchors) {
    try {
      if (new X509Certificate(pem).raw.equals(cert.raw)) return true;
    } catch {
      // an anchor Node could not parse was not used either
    }
  }
  return false;
}

/** X509_NAME_print_ex(XN_FLAG_ONELINE): "C = US, O = x, CN = y". */
function onelineName(dn: string): string {
  return dn
    .split('\n')
    .filter((l) => l.includes('='))
    .map((l) => {
      const eq = l.indexOf('=');
      return `${l.slice(0, eq)} = ${l.slice(eq + 1)}`;
    })
    .join(', ');
}

/** BN_print: upper-case hex without leading zeros ("0" for zero). */
function bnHex(b64url: string): string {
  const hex = Buffer.from(b64url, 'base64url').toString('hex').toUpperCase().replace(/^0+/, '');
  return hex === '' ? '0' : hex;
}

/** PEM_write_bio_X509: the base64 in 64-column lines, ending with a newline. */
function pem(raw: Buffer): string {
  const b64 = raw.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '');
  return `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`;
}

/** The DER parts, or null for a structure the small reader does not follow (OpenSSL took the
 * certificate, so this is not expected; the entries from the parts are then left out). */
function partsOf(x: X509Certificate): X509Parts | null {
  try {
    return x509Parts(x.raw);
  } catch {
    return null;
  }
}

/** The certificate's key; undefined for a kind Node cannot load (openssl.c: "Unable to load
 * public key", and no key lines). */
function publicKeyOf(x: X509Certificate): KeyObject | undefined {
  try {
    return x.publicKey;
  } catch {
    return undefined;
  }
}

/** ossl_certchain's entries for one certificate, in its order. */
function certLines(x: X509Certificate): string[] {
  const p = partsOf(x);
  const lines = [`Subject:${onelineName(x.subject)}`, `Issuer:${onelineName(x.issuer)}`];
  if (p !== null) {
    lines.push(
      `Version:${p.version.toString(16)}`,
      `Serial Number:${p.negativeSerial ? '-' : ''}${p.serial.toString('hex')}`,
      `Signature Algorithm:${oidName(p.signatureOid)}`,
      `Public Key Algorithm:${oidName(p.publicKeyOid)}`,
      ...extensionLines(p, x.subjectAltName),
    );
  }
  lines.push(`Start date:${x.validFrom}`, `Expire date:${x.validTo}`);
  const key = publicKeyOf(x);
  if (key?.asymmetricKeyType === 'rsa') {
    const jwk = key.export({ format: 'jwk' });
    lines.push(`RSA Public Key:${key.asymmetricKeyDetails?.modulusLength ?? 0}`);
    lines.push(`rsa(n):${bnHex(jwk.n ?? '')}`, `rsa(e):${bnHex(jwk.e ?? '')}`);
  }
  if (p !== null) lines.push(`Signature:${[...p.signature].map((b) => `${b.toString(16).padStart(2, '0')}:`).join('')}`);
  lines.push(`Cert:${pem(x.raw)}`);
  return lines;
}

/** CURLINFO_CERTINFO for a chain; null when it has more certificates than libcurl allows. */
export function certInfoOf(chain: X509Certificate[]): CertInfo | null {
  if (chain.length > MAX_ALLOWED_CERT_AMOUNT) return null;
  return { num_of_certs: chain.length, certinfo: chain.map(certLines) };
}

// EVP_PKEY_get0_type_name, EVP_PKEY_get_bits and EVP_PKEY_get_security_bits for Node's key types
const TYPE_NAMES: Readonly<Record<string, string>> = {
  rsa: 'RSA',
  'rsa-pss': 'RSA-PSS',
  ec: 'EC',
  dsa: 'DSA',
  dh: 'DH',
  ed25519: 'ED25519',
  ed448: 'ED448',
  x25519: 'X25519',
  x448: 'X448',
};
const CURVE_BITS: Readonly<Record<string, number>> = {
  prime256v1: 256,
  secp256k1: 256,
  secp384r1: 384,
  secp521r1: 521,
  secp224r1: 224,
  prime192v1: 192,
};
const FIXED_BITS: Readonly<Record<string, [number, number]>> = {
  ed25519: [253, 128],
  x25519: [253, 128],
  ed448: [456, 224],
  x448: [448, 224],
};

/** crypto/rsa/rsa_lib.c ossl_ifc_ffc_compute_security_bits: the standards' table, else the
 * formula of SP 800-56B rev 2 appendix D rounded as OpenSSL rounds it. */
function rsaSecurityBits(n: number): number {
  const table: Record<number, number> = { 2048: 112, 3072: 128, 4096: 152, 6144: 176, 7680: 192, 8192: 200, 15360: 256 };
  if (table[n] !== undefined) return table[n]!;
  if (n < 8) return 0;
  const x = n * Math.LN2;
  const y = (1.923 * Math.cbrt(x * Math.log(x) ** 2) - 4.69) / Math.LN2;
  const capped = Math.min(Math.floor(y), n >= 687737 ? 1200 : n / 2);
  return (capped + 4) & ~7;
}

/** crypto/ec/ec_ameth.c ec_security_bits */
function ecSecurityBits(bits: number): number {
  if (bits >= 512) return 256;
  if (bits >= 384) return 192;
  if (bits >= 256) return 128;
  if (bits >= 224) return 112;
  if (bits >= 160) return 80;
  return Math.floor(bits / 2);
}

/** infof_certstack's line for each certificate of the chain. */
export function certStackLines(chain: X509Certificate[]): string[] {
  return chain.flatMap((x, level) => {
    // a certificate whose key cannot be loaded is skipped, as infof_certstack skips it
    const key = publicKeyOf(x);
    if (key === undefined) return [];
    const kind = key.asymmetricKeyType ?? '';
    const d = key.asymmetricKeyDetails ?? {};
    let bits = 0;
    let sec = 0;
    let group = '';
    if (kind === 'rsa' || kind === 'rsa-pss' || kind === 'dsa') {
      bits = d.modulusLength ?? 0;
      sec = rsaSecurityBits(bits);
    } else if (kind === 'ec') {
      group = `/${d.namedCurve ?? ''}`;
      bits = CURVE_BITS[d.namedCurve ?? ''] ?? 0;
      sec = ecSecurityBits(bits);
    } else if (FIXED_BITS[kind] !== undefined) {
      [bits, sec] = FIXED_BITS[kind]!;
    }
    const p = partsOf(x);
    const signedWith = p !== null ? oidName(p.signatureOid) : '';
    return [`  Certificate level ${level}: Public key type ${TYPE_NAMES[kind] ?? '?'}${group} (${bits}/${sec} Bits/secBits), signed using ${signedWith}`];
  });
}
