// The checks libcurl 8.22 makes on the peer certificate after the chain and the name
// (lib/vtls/openssl.c Curl_ossl_check_peer_cert: ossl_check_issuer, then ossl_check_pinned_key):
// ISSUERCERT / ISSUERCERT_BLOB (83), then PINNEDPUBLICKEY (90), whose "sha256//" hashes or PEM/DER
// public key file are compared with the certificate's SubjectPublicKeyInfo as
// lib/vtls/vtls.c Curl_pin_peer_pubkey compares them.
import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CURLE, strerror } from '../base/codes.js';
import type { CurlError } from '../base/error.js';
import type { TransferContext } from '../base/context.js';
import type { SslConfig } from './tls-options.js';

/** lib/vtls/vtls.c MAX_PINNED_PUBKEY_SIZE */
const MAX_PINNED_PUBKEY_SIZE = 1048576;

/** ossl_check_issuer: the peer certificate must be issued by the given one. */
export function checkIssuer(ctx: TransferContext, c: SslConfig, peer: X509Certificate): void {
  if (c.issuerCert === null && c.issuerCertBlob === null) return;
  const verify = c.verifyPeer || c.verifyHost;
  // curl's printf shows a NULL string as "(nil)"
  const name = c.issuerCertBlob !== null ? '(nil)' : c.issuerCert!;
  let pem: Buffer;
  if (c.issuerCertBlob !== null) {
    pem = Buffer.from(c.issuerCertBlob.buffer, c.issuerCertBlob.byteOffset, c.issuerCertBlob.byteLength);
  } else {
    try {
      pem = readFileSync(c.issuerCert!);
    } catch {
      throw fail(ctx, verify, `SSL: Unable to open issuer cert (${name})`);
    }
  }
  let issuer: X509Certificate;
  try {
    // PEM_read_bio_X509: the first PEM certificate of the file
    const m = /-----BEGIN (?:X509 |TRUSTED )?CERTIFICATE-----[\s\S]+?-----END (?:X509 |TRUSTED )?CERTIFICATE-----/.exec(pem.toString('latin1'));
    if (m === null) throw new Error('no PEM certificate');
    issuer = new X509Certificate(m[0].replace(/(?:X509|TRUSTED) CERTIFICATE/g, 'CERTIFICATE'));
  } catch {
    throw fail(ctx, verify, `SSL: Unable to read issuer cert (${name})`);
  }
  if (!peer.checkIssued(issuer) || !peer.verify(issuer.publicKey)) {
    throw fail(ctx, verify, `SSL: Certificate issuer check failed (${name})`);
  }
  ctx.infof(` SSL certificate issuer check ok (${name})`);
}

/** 83; the text only goes out when verification is on (libcurl's `verify_enabled`), else the
 * error buffer gets the code's own text. */
function fail(ctx: TransferContext, verify: boolean, text: string): CurlError {
  const code = CURLE.SSL_ISSUER_ERROR;
  return verify ? ctx.failf(code, text) : ctx.failf(code, strerror(code));
}

/** ossl_check_pinned_key: 90 with "SSL: public key does not match pinned public key". */
export function checkPinnedKey(ctx: TransferContext, c: SslConfig, peer: X509Certificate): void {
  const pin = c.pinnedPublicKey;
  if (pin === null) return;
  const spki = peer.publicKey.export({ type: 'spki', format: 'der' });
  if (!pinMatches(ctx, pin, spki)) {
    throw ctx.failf(CURLE.SSL_PINNEDPUBKEYNOTMATCH, 'SSL: public key does not match pinned public key');
  }
}

function pinMatches(ctx: TransferContext, pin: string, spki: Buffer): boolean {
  if (pin.startsWith('sha256//')) {
    const hash = createHash('sha256').update(spki).digest('base64');
    ctx.infof(` public key hash: sha256//${hash}`);
    // "sha256//A;sha256//B": stops at the first entry without the prefix
    for (const entry of pin.split(';')) {
      if (!entry.startsWith('sha256//')) break;
      if (entry.slice(8) === hash) return true;
    }
    return false;
  }
  let file: Buffer;
  try {
    file = readFileSync(pin);
  } catch {
    return false;
  }
  if (file.length > MAX_PINNED_PUBKEY_SIZE || spki.length > file.length) return false;
  // the same size: it cannot be base64, so DER
  if (file.length === spki.length) return file.equals(spki);
  const der = pubkeyPemToDer(file.toString('latin1'));
  return der !== null && der.equals(spki);
}

/** vtls.c pubkey_pem_to_der: the first "PUBLIC KEY" block, at the start or after a newline. */
function pubkeyPemToDer(pem: string): Buffer | null {
  const begin = pem.indexOf('-----BEGIN PUBLIC KEY-----');
  if (begin < 0 || (begin > 0 && pem[begin - 1] !== '\n')) return null;
  const from = begin + 26;
  const end = pem.indexOf('\n-----END PUBLIC KEY-----', from);
  if (end < 0) return null;
  const b64 = pem.slice(from, end).replace(/[\r\n]/g, '');
  if (b64 === '' || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) return null;
  return Buffer.from(b64, 'base64');
}
