// The client certificate a TLS filter presents, as libcurl 8.22's OpenSSL backend loads it
// (lib/vtls/openssl.c client_cert, pkcs12load, ossl_do_file_type): SSLCERT or SSLCERT_BLOB as PEM
// (with any chain after it), DER or PKCS#12 (SSLCERTTYPE), the key from SSLKEY or SSLKEY_BLOB (PEM),
// else from the certificate's own source, KEYPASSWD for an encrypted key or a PKCS#12 file. A
// certificate that cannot be used is 58 (CURLE_SSL_CERTPROBLEM) with libcurl's text; a key that
// cannot be set (unreadable, undecryptable, or not the certificate's: OpenSSL's ssl_set_pkey
// checks it) and an unknown type are 43, as client_cert returns them. The proxy's set
// (PROXY_SSLCERT, PROXY_SSLCERT_BLOB, PROXY_SSLKEY, PROXY_SSLKEY_BLOB) loads the same way; a
// blob is named CURLOPT_SSLCERT_BLOB in the text for both, as libcurl names it.
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as tls from 'node:tls';
import { CURLE } from '../base/codes.js';
import type { TransferContext } from '../base/context.js';
import type { CurlError } from '../base/error.js';
import { fileErrorString, osslErrorString } from './tls-certs.js';
import type { SslConfig } from './tls-options.js';

export interface ClientCert {
  cert?: Buffer | string;
  key?: Buffer | string;
  passphrase?: string;
  pfx?: Buffer;
}

type FileType = 'PEM' | 'ASN1' | 'P12';

/** ossl_do_file_type: null and "PEM" are PEM, "DER" ASN.1, "P12" PKCS#12 (any case); ENG and
 * PROV (engines, providers) are not built in. */
function fileType(type: string | null): FileType | null {
  if (type === null) return 'PEM';
  const t = type.toUpperCase();
  if (t === 'PEM') return 'PEM';
  if (t === 'DER') return 'ASN1';
  if (t === 'P12') return 'P12';
  return null;
}

function bytes(b: Uint8Array): Buffer {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

/** A DER private key in any of the encodings OpenSSL's d2i_AutoPrivateKey reads, as PEM. */
function derKeyToPem(der: Buffer): string | null {
  for (const type of ['pkcs8', 'sec1', 'pkcs1'] as const) {
    try {
      const k: KeyObject = createPrivateKey({ key: der, format: 'der', type });
      return k.export({ format: 'pem', type: 'pkcs8' }) as string;
    } catch {
      // next encoding
    }
  }
  return null;
}

export function loadClientCert(ctx: TransferContext, c: SslConfig): ClientCert {
  const type = c.certType;
  if (c.cert === null && c.certBlob === null) return {};
  const ft = fileType(type);
  const source = c.certBlob !== null ? 'CURLOPT_SSLCERT_BLOB' : c.cert!;
  const passphrase = c.keyPasswd ?? undefined;
  if (ft === null) throw ctx.failf(CURLE.BAD_FUNCTION_ARGUMENT, `not supported file type '${type}' for certificate`);

  if (ft === 'P12') return loadPkcs12(ctx, c, passphrase);

  const kind = ft === 'PEM' ? 'PEM' : 'ASN1';
  const certFail = (why: string): CurlError =>
    ctx.failf(
      CURLE.SSL_CERTPROBLEM,
      `could not load ${kind} client certificate from ${source}, OpenSSL error ${why}, ` +
        '(no key found, wrong passphrase, or wrong file format?)',
    );
  let raw: Buffer;
  try {
    raw = c.certBlob !== null ? bytes(c.certBlob) : readFileSync(c.cert!);
  } catch (err) {
    throw certFail(fileErrorString(err));
  }
  let cert: Buffer | string = raw;
  if (ft === 'ASN1') {
    try {
      // d2i_X509: DER only (X509Certificate would also take PEM); a DER SEQUENCE starts with 0x30
      if (raw[0] !== 0x30) throw new Error('not DER');
      cert = new X509Certificate(raw).toString();
    } catch {
      throw certFail('error:068000A8:asn1 encoding routines::wrong tag');
    }
  }
  try {
    tls.createSecureContext({ cert });
  } catch (err) {
    throw certFail(osslErrorString(err));
  }

  // no SSLKEY: the key comes from the certificate's own file or blob, of its type
  let keyFt: FileType | null = ft;
  let keyRaw: Buffer | null = null;
  let keyName: string;
  if (c.key === null && c.keyBlob === null) {
    keyRaw = raw;
    keyName = c.cert ?? '(memory blob)';
  } else {
    keyFt = 'PEM'; // SSLKEYTYPE is not an option of this runtime: PEM, libcurl's default
    keyName = c.key ?? '(memory blob)';
    try {
      keyRaw = c.keyBlob !== null ? bytes(c.keyBlob) : readFileSync(c.key!);
    } catch {
      keyRaw = null;
    }
  }
  const keyFail = (): CurlError => ctx.failf(CURLE.BAD_FUNCTION_ARGUMENT, `unable to set private key file: '${keyName}' type PEM`);
  if (keyRaw === null) throw keyFail();
  let key: Buffer | string = keyRaw;
  if (keyFt === 'ASN1') {
    const pem = derKeyToPem(keyRaw);
    if (pem === null) throw keyFail();
    key = pem;
  }
  try {
    tls.createSecureContext({ cert, key, passphrase });
  } catch (err) {
    // a key of another type than the certificate's gets past SSL_CTX_use_PrivateKey and fails
    // SSL_CTX_check_private_key after it
    if (/key type mismatch|KEY_TYPE_MISMATCH/i.test(String((err as { code?: string }).code ?? '') + String(err))) {
      throw ctx.failf(CURLE.SSL_CERTPROBLEM, 'Private key does not match the certificate public key');
    }
    throw keyFail();
  }
  return { cert, key, passphrase };
}

function loadPkcs12(ctx: TransferContext, c: SslConfig, passphrase: string | undefined): ClientCert {
  let pfx: Buffer;
  if (c.certBlob !== null) pfx = bytes(c.certBlob);
  else {
    try {
      pfx = readFileSync(c.cert!);
    } catch {
      throw ctx.failf(CURLE.SSL_CERTPROBLEM, `could not open PKCS12 file '${c.cert}'`);
    }
  }
  try {
    tls.createSecureContext({ pfx, passphrase });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    if (/mac verify failure/.test(msg)) {
      throw ctx.failf(
        CURLE.SSL_CERTPROBLEM,
        'could not parse PKCS12 file, check password, OpenSSL error error:11800071:PKCS12 routines::mac verify failure',
      );
    }
    throw ctx.failf(CURLE.SSL_CERTPROBLEM, `error reading PKCS12 file '${c.certBlob !== null ? '(memory blob)' : c.cert}'`);
  }
  // a key of its own next to a PKCS#12 file: "file type P12 for private key not supported" is for
  // SSLKEYTYPE P12 only; libcurl loads a PEM SSLKEY over the PKCS#12 key
  return { pfx, passphrase };
}
