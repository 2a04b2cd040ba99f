// HTTP Digest access authentication, the client side (RFC 7616, which obsoletes RFC 2617),
// as libcurl 8.22 does it (lib/vauth/digest.c `Curl_auth_decode_digest_http_message`,
// `auth_create_digest_http_message`): MD5, SHA-256 and SHA-512-256 with their -sess forms,
// qop "auth" (or "auth-int" with an empty body), opaque, stale, userhash.
import { createHash, randomBytes } from 'node:crypto';

type Algo = 'md5' | 'sha256' | 'sha512-256';

/** Why a challenge was not usable (libcurl returns CURLE_BAD_CONTENT_ENCODING for all of them). */
export type DigestProblem = 'no-nonce' | 'bad-algorithm' | 'stale-missing' | 'sess-without-qop' | 'syntax';

/** One side's Digest state: the last challenge and the nonce count (libcurl's struct digestdata). */
export class DigestState {
  nonce: string | null = null;
  cnonce: string | null = null;
  realm: string | null = null;
  opaque: string | null = null;
  qop: 'auth' | 'auth-int' | null = null;
  /** The algorithm token as the server wrote it, echoed back in the response. */
  algorithm: string | null = null;
  algo: Algo = 'md5';
  session = false;
  stale = false;
  userhash = false;
  nc = 0;

  /** Whether a challenge is known, so a response can be built. */
  get ready(): boolean {
    return this.nonce !== null;
  }

  private reset(): void {
    this.nonce = this.cnonce = this.realm = this.opaque = this.algorithm = null;
    this.qop = null;
    this.algo = 'md5';
    this.session = false;
    this.stale = false;
    this.userhash = false;
    this.nc = 0;
  }

  /**
   * Reads the parameters of a challenge (the text after "Digest "). Returns null when usable, or
   * the problem. A second challenge without stale=true means the last credentials were wrong.
   */
  decode(params: string): DigestProblem | null {
    const before = this.nonce !== null;
    this.reset();
    let s = params;
    for (;;) {
      s = s.replace(/^[ \t]+/, '');
      const pair = getPair(s);
      if (pair === null) break;
      const [key, value, rest] = pair;
      s = rest;
      const k = key.toLowerCase();
      if (k === 'nonce') this.nonce = value;
      else if (k === 'stale') {
        if (value.toLowerCase() === 'true') {
          this.stale = true;
          this.nc = 1;
        }
      } else if (k === 'realm') this.realm = value;
      else if (k === 'opaque') this.opaque = value;
      else if (k === 'qop') {
        const tokens = value.split(',').map((t) => t.trim().toLowerCase());
        if (tokens.includes('auth')) this.qop = 'auth';
        else if (tokens.includes('auth-int')) this.qop = 'auth-int';
      } else if (k === 'algorithm') {
        this.algorithm = value;
        const a = value.toUpperCase();
        if (a === 'MD5') [this.algo, this.session] = ['md5', false];
        else if (a === 'MD5-SESS') [this.algo, this.session] = ['md5', true];
        else if (a === 'SHA-256') [this.algo, this.session] = ['sha256', false];
        else if (a === 'SHA-256-SESS') [this.algo, this.session] = ['sha256', true];
        else if (a === 'SHA-512-256') [this.algo, this.session] = ['sha512-256', false];
        else if (a === 'SHA-512-256-SESS') [this.algo, this.session] = ['sha512-256', true];
        else return 'bad-algorithm';
      } else if (k === 'userhash') {
        if (value.toLowerCase() === 'true') this.userhash = true;
      }
      s = s.replace(/^[ \t]+/, '');
      if (s.startsWith(',')) s = s.slice(1);
    }
    if (before && !this.stale) return 'stale-missing';
    if (this.nonce === null) return 'no-nonce';
    if (this.qop === null && this.session) return 'sess-without-qop';
    return null;
  }

  /**
   * The credentials for one request (the text after "Digest "): RFC 7616 section 3.4. `uri` is
   * the request target, "host:port" for CONNECT.
   */
  respond(user: string, password: string, method: string, uri: string): string {
    if (this.nonce === null) throw new Error('Digest: no challenge to answer');
    const H = (s: string): string => createHash(this.algo).update(s, 'utf8').digest('hex');
    if (!this.nc) this.nc = 1;
    // RFC 7616 section 3.4: cnonce, libcurl's form: 12 random bytes in base64.
    if (this.cnonce === null) this.cnonce = randomBytes(12).toString('base64');
    const realm = this.realm ?? '';
    const userField = this.userhash ? H(`${user}:${realm}`) : user;

    let ha1 = H(`${user}:${realm}:${password}`);
    if (this.session) ha1 = H(`${ha1}:${this.nonce}:${this.cnonce}`);
    let a2 = `${method}:${uri}`;
    // auth-int: libcurl hashes an empty entity-body whatever the request carries (H("")).
    if (this.qop === 'auth-int') a2 += `:${H('')}`;
    const ha2 = H(a2);
    const nc = this.nc.toString(16).padStart(8, '0');
    const response = this.qop
      ? H(`${ha1}:${this.nonce}:${nc}:${this.cnonce}:${this.qop}:${ha2}`)
      : H(`${ha1}:${this.nonce}:${ha2}`);

    let out = this.qop
      ? `username="${quote(userField)}", realm="${quote(realm)}", nonce="${quote(this.nonce)}", ` +
        `uri="${quote(uri)}", cnonce="${this.cnonce}", nc=${nc}, qop=${this.qop}, response="${response}"`
      : `username="${quote(userField)}", realm="${quote(realm)}", nonce="${quote(this.nonce)}", ` +
        `uri="${quote(uri)}", response="${response}"`;
    if (this.qop) this.nc++;
    if (this.opaque !== null) out += `, opaque="${quote(this.opaque)}"`;
    if (this.algorithm !== null) out += `, algorithm=${this.algorithm}`;
    if (this.userhash) out += ', userhash=true';
    return out;
  }
}

// RFC 7230 quoted-string: backslash before '"' and '\'.
function quote(s: string): string {
  return s.replace(/["\\]/g, (c) => `\\${c}`);
}

/**
 * libcurl's Curl_auth_digest_get_pair: `key=value` or `key="value"` (backslash escapes inside
 * quotes); an unquoted value ends at ',' or a line end. Returns null when no pair starts here.
 */
function getPair(s: string): [string, string, string] | null {
  const eq = s.indexOf('=');
  if (eq <= 0 || eq >= 256) return null;
  const key = s.slice(0, eq);
  let i = eq + 1;
  let value = '';
  if (s[i] === '"') {
    i++;
    let escape = false;
    for (;; i++) {
      if (i >= s.length) return escape ? null : [key, value, ''];
      const c = s[i]!;
      if (escape) {
        value += c;
        escape = false;
      } else if (c === '\\') escape = true;
      else if (c === '"') return [key, value, s.slice(i + 1)];
      else if (c === '\r' || c === '\n') return null;
      else value += c;
    }
  }
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (c === ',' || c === '\r' || c === '\n') return [key, value, s.slice(i + 1)];
    if (c === '"') return null;
    value += c;
  }
  return [key, value, ''];
}
