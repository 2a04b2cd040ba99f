// The parts of an X.509 certificate (RFC 5280 section 4.1) that libcurl 8.22's OpenSSL backend
// prints and Node's X509Certificate does not expose: the version, the serial number's bytes, the
// signature and public key algorithms, the extensions and the signature. A small DER reader
// (ITU-T X.690) over the certificate's bytes, and OpenSSL's long names for the object identifiers
// (crypto/objects/obj_dat.h, as OBJ_obj2txt and i2t_ASN1_OBJECT print them).

interface Tlv {
  tag: number;
  /** The contents, without tag and length. */
  body: Buffer;
  /** Where the element after this one starts. */
  next: number;
}

function readTlv(buf: Buffer, at: number): Tlv {
  const tag = buf[at]!;
  let len = buf[at + 1]!;
  let p = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[p + i]!;
    p += n;
  }
  if (p + len > buf.length) throw new Error('truncated DER');
  return { tag, body: buf.subarray(p, p + len), next: p + len };
}

/** The elements of a constructed value, in order. */
function children(body: Buffer): Tlv[] {
  const out: Tlv[] = [];
  for (let at = 0; at < body.length; ) {
    const t = readTlv(body, at);
    out.push(t);
    at = t.next;
  }
  return out;
}

/** An OBJECT IDENTIFIER's contents in dotted form (X.690 section 8.19). */
function oidText(body: Buffer): string {
  const parts: number[] = [];
  let v = 0;
  for (const b of body) {
    v = v * 128 + (b & 0x7f);
    if ((b & 0x80) === 0) {
      parts.push(v);
      v = 0;
    }
  }
  const first = parts.shift() ?? 0;
  const head = first < 40 ? [0, first] : first < 80 ? [1, first - 40] : [2, first - 80];
  return [...head, ...parts].join('.');
}

/** OpenSSL's long names (OBJ_nid2ln) of the identifiers a server certificate carries. */
const LONG_NAMES: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.1.1': 'rsaEncryption',
  '1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
  '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
  '1.2.840.113549.1.1.10': 'rsassaPss',
  '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
  '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
  '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
  '1.2.840.113549.1.1.14': 'sha224WithRSAEncryption',
  '1.2.840.113549.1.3.1': 'dhKeyAgreement',
  '1.2.840.10040.4.1': 'dsaEncryption',
  '1.2.840.10040.4.3': 'dsaWithSHA1',
  '2.16.840.1.101.3.4.3.2': 'dsa_with_SHA256',
  '1.2.840.10045.2.1': 'id-ecPublicKey',
  '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
  '1.2.840.10045.4.3.1': 'ecdsa-with-SHA224',
  '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
  '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
  '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
  '1.3.101.110': 'X25519',
  '1.3.101.111': 'X448',
  '1.3.101.112': 'ED25519',
  '1.3.101.113': 'ED448',
  '2.5.29.14': 'X509v3 Subject Key Identifier',
  '2.5.29.15': 'X509v3 Key Usage',
  '2.5.29.17': 'X509v3 Subject Alternative Name',
  '2.5.29.18': 'X509v3 Issuer Alternative Name',
  '2.5.29.19': 'X509v3 Basic Constraints',
  '2.5.29.30': 'X509v3 Name Constraints',
  '2.5.29.31': 'X509v3 CRL Distribution Points',
  '2.5.29.32': 'X509v3 Certificate Policies',
  '2.5.29.35': 'X509v3 Authority Key Identifier',
  '2.5.29.37': 'X509v3 Extended Key Usage',
  '1.3.6.1.5.5.7.1.1': 'Authority Information Access',
  '1.3.6.1.4.1.11129.2.4.2': 'CT Precertificate SCTs',
  '1.3.6.1.5.5.7.3.1': 'TLS Web Server Authentication',
  '1.3.6.1.5.5.7.3.2': 'TLS Web Client Authentication',
  '1.3.6.1.5.5.7.3.3': 'Code Signing',
  '1.3.6.1.5.5.7.3.4': 'E-mail Protection',
  '1.3.6.1.5.5.7.3.8': 'Time Stamping',
  '1.3.6.1.5.5.7.3.9': 'OCSP Signing',
};

/** i2t_ASN1_OBJECT / OBJ_obj2txt(no_name 0): the long name, or the dotted form when OpenSSL has none. */
export function oidName(oid: string): string {
  return LONG_NAMES[oid] ?? oid;
}

export interface X509Extension {
  oid: string;
  critical: boolean;
  /** The extnValue OCTET STRING's contents: the extension's own DER. */
  value: Buffer;
}

export interface X509Parts {
  /** X509_get_version: 0 for v1, 2 for v3. */
  version: number;
  /** The serial number's INTEGER contents, as OpenSSL keeps it (no leading 0x00 pad byte). */
  serial: Buffer;
  negativeSerial: boolean;
  signatureOid: string;
  publicKeyOid: string;
  extensions: X509Extension[];
  /** The signature BIT STRING's bytes, without the unused-bits byte. */
  signature: Buffer;
}

/** Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue } (RFC 5280 4.1). */
export function x509Parts(der: Buffer): X509Parts {
  const [tbs, sigAlg, sigValue] = children(readTlv(der, 0).body);
  if (tbs === undefined || sigAlg === undefined || sigValue === undefined) throw new Error('not a certificate');
  const fields = children(tbs.body);
  let i = 0;
  let version = 0;
  if (fields[0]?.tag === 0xa0) {
    const v = readTlv(fields[0].body, 0).body;
    version = v.length > 0 ? v[v.length - 1]! : 0;
    i = 1;
  }
  let serial = fields[i]!.body;
  const negativeSerial = serial.length > 0 && (serial[0]! & 0x80) !== 0;
  if (serial.length > 1 && serial[0] === 0 && (serial[1]! & 0x80) !== 0) serial = serial.subarray(1);
  // signature, issuer, validity, subject, subjectPublicKeyInfo
  const spki = fields[i + 5]!;
  const spkiAlg = children(children(spki.body)[0]!.body)[0]!;
  const extensions: X509Extension[] = [];
  for (const f of fields.slice(i + 6)) {
    if (f.tag !== 0xa3) continue;
    for (const ext of children(readTlv(f.body, 0).body)) {
      const parts = children(ext.body);
      const critical = parts.length === 3 && parts[1]!.tag === 0x01 && parts[1]!.body[0] !== 0;
      extensions.push({ oid: oidText(parts[0]!.body), critical, value: parts[parts.length - 1]!.body });
    }
  }
  return {
    version,
    serial,
    negativeSerial,
    signatureOid: oidText(children(sigAlg.body)[0]!.body),
    publicKeyOid: oidText(spkiAlg.body),
    extensions,
    signature: sigValue.body.subarray(1),
  };
}

const hexColon = (b: Buffer): string => [...b].map((x) => x.toString(16).toUpperCase().padStart(2, '0')).join(':');

// crypto/x509/v3_bitst.c: the KeyUsage bits in order
const KEY_USAGE = [
  'Digital Signature',
  'Non Repudiation',
  'Key Encipherment',
  'Data Encipherment',
  'Key Agreement',
  'Certificate Sign',
  'CRL Sign',
  'Encipher Only',
  'Decipher Only',
];

/**
 * X509V3_EXT_print(bio, ext, 0, 0) for the extensions OpenSSL 3 knows and a server certificate
 * carries; `san` is Node's rendering of the subjectAltName (the same "DNS:a, IP Address:b" text).
 * Null for the others, which the caller prints as ASN1_STRING_print does.
 */
function extensionText(ext: X509Extension, san: string | undefined): string | null {
  switch (ext.oid) {
    case '2.5.29.17':
      return san ?? null;
    case '2.5.29.19': {
      // BasicConstraints ::= SEQUENCE { cA BOOLEAN DEFAULT FALSE, pathLenConstraint INTEGER OPTIONAL }
      const parts = children(readTlv(ext.value, 0).body);
      const ca = parts[0]?.tag === 0x01 && parts[0].body[0] !== 0;
      const len = parts.find((p) => p.tag === 0x02);
      return `CA:${ca ? 'TRUE' : 'FALSE'}${len !== undefined ? `, pathlen:${len.body.readUIntBE(0, len.body.length)}` : ''}`;
    }
    case '2.5.29.15': {
      const bits = readTlv(ext.value, 0).body;
      const names = KEY_USAGE.filter((_, n) => ((bits[1 + (n >> 3)] ?? 0) >> (7 - (n & 7))) & 1);
      return names.join(', ');
    }
    case '2.5.29.37':
      return children(readTlv(ext.value, 0).body)
        .map((t) => oidName(oidText(t.body)))
        .join(', ');
    case '2.5.29.14':
      return hexColon(readTlv(ext.value, 0).body);
    case '2.5.29.35': {
      // only a keyIdentifier [0]: OpenSSL 3 prints it bare (v3_akid.c names it "keyid" only beside
      // an issuer or serial)
      const parts = children(readTlv(ext.value, 0).body);
      if (parts.length !== 1 || parts[0]!.tag !== 0x80) return null;
      return hexColon(parts[0]!.body);
    }
    default:
      return null;
  }
}

/** ASN1_STRING_print: the bytes, anything not printable as '.'. */
function asn1StringPrint(b: Buffer): string {
  let s = '';
  for (const c of b) s += (c > 0x7e || (c < 0x20 && c !== 0x0a && c !== 0x0d)) ? '.' : String.fromCharCode(c);
  return s;
}

/** The extension lines of libcurl's certinfo ("X509v3 Key Usage:Digital Signature"). */
export function extensionLines(parts: X509Parts, san: string | undefined): string[] {
  return parts.extensions.map((e) => {
    let text: string | null = null;
    try {
      text = extensionText(e, san);
    } catch {
      // a value this reader does not follow: printed raw, as OpenSSL prints what it cannot parse
    }
    return `${oidName(e.oid)}:${text ?? asn1StringPrint(e.value)}`;
  });
}
