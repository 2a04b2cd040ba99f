// The SASL messages libcurl builds (lib/vauth/cleartext.c, cram.c, digest.c, oauth2.c), before
// the protocol base64-encodes them. Each returns the raw message, or null for a challenge the
// mechanism cannot answer (libcurl's CURLE_BAD_CONTENT_ENCODING: the exchange is cancelled).
import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Credentials } from '../credentials.js';

/** RFC 4616: authzid NUL authcid NUL passwd. */
export function plainMessage(c: Credentials): Buffer {
  return Buffer.from(`${c.authzid}\0${c.user}\0${c.password}`, 'utf8');
}

/** LOGIN (and EXTERNAL): the value as it is. */
export function loginMessage(value: string): Buffer {
  return Buffer.from(value, 'utf8');
}

/** RFC 2195: user, a space and the hex HMAC-MD5 of the challenge keyed by the password. */
export function cramMd5Message(challenge: Buffer, c: Credentials): Buffer {
  const digest = createHmac('md5', Buffer.from(c.password, 'utf8')).update(challenge).digest('hex');
  return Buffer.from(`${c.user} ${digest}`, 'utf8');
}

/** RFC 7628 section 3.1, as lib/vauth/oauth2.c writes it (the port unless 0 or 80). */
export function oauthBearerMessage(c: Credentials, host: string, port: number): Buffer {
  const portPart = port === 0 || port === 80 ? '' : `port=${port}\x01`;
  return Buffer.from(`n,a=${c.user},\x01host=${host}\x01${portPart}auth=Bearer ${c.bearer ?? ''}\x01\x01`, 'utf8');
}

/** Google's XOAUTH2: user=, auth=Bearer, separated by ^A. */
export function xoauth2Message(c: Credentials): Buffer {
  return Buffer.from(`user=${c.user}\x01auth=Bearer ${c.bearer ?? ''}\x01\x01`, 'utf8');
}

/** lib/vauth/digest.c auth_digest_get_key_value: `key=value` or `key="value"` pairs. */
function digestValue(chlg: string, key: string): string | null {
  const re = /\s*([^=]{1,64})=("((?:[^"\\]|\\.)*)"|[^,]*)\s*,?/gy;
  for (;;) {
    const m = re.exec(chlg);
    if (m === null || m[0].length === 0) return null;
    if (m[1] === key) {
      const v = m[3] !== undefined ? m[3] : m[2]!;
      return v.replace(/\\(.)/g, '$1');
    }
  }
}

function quoted(s: string): string {
  return s.replace(/(["\\])/g, '\\$1');
}

const md5 = (data: string | Buffer): Buffer => createHash('md5').update(data).digest();

/** RFC 2831 DIGEST-MD5 response (lib/vauth/digest.c Curl_auth_create_digest_md5_message): only
 * algorithm md5-sess with qop auth; `service` names the digest-uri as service/host. */
export function digestMd5Message(challenge: Buffer, c: Credentials, service: string, host: string): Buffer | null {
  const chlg = challenge.toString('latin1');
  if (chlg.length === 0) return null;
  const nonce = digestValue(chlg, 'nonce');
  if (nonce === null) return null;
  const realm = digestValue(chlg, 'realm') ?? '';
  const algorithm = digestValue(chlg, 'algorithm');
  const qop = digestValue(chlg, 'qop');
  if (algorithm === null || qop === null) return null;
  if (algorithm !== 'md5-sess') return null;
  if (!qop.split(',').some((q) => q.trim().toLowerCase() === 'auth')) return null;
  const cnonce = randomBytes(16).toString('hex');
  const nc = '00000001';
  const ha1 = md5(Buffer.concat([md5(`${c.user}:${realm}:${c.password}`), Buffer.from(`:${nonce}:${cnonce}`)])).toString('hex');
  const spn = `${service}/${host}`;
  const ha2 = md5(`AUTHENTICATE:${spn}`).toString('hex');
  const response = md5(`${ha1}:${nonce}:${nc}:${cnonce}:auth:${ha2}`).toString('hex');
  return Buffer.from(
    `username="${quoted(c.user)}",realm="${quoted(realm)}",nonce="${quoted(nonce)}",` +
      `cnonce="${cnonce}",nc="${nc}",digest-uri="${spn}",response=${response},qop=auth`,
    'utf8',
  );
}
