// A recording HTTP Digest server for the auth tests (RFC 7616 section 3): it sends a challenge
// with the algorithm, qop "auth", opaque and userhash asked for, and checks each Authorization
// header it gets. http-auth.test.ts checks this server against real clients (Debian's curl,
// Python's urllib) before trusting it with manbind.
import { createHash, randomBytes } from 'node:crypto';

export type DigestAlgorithm = 'MD5' | 'MD5-sess' | 'SHA-256' | 'SHA-256-sess' | 'SHA-512-256' | 'SHA-512-256-sess';

export interface DigestConfig {
  realm: string;
  user: string;
  password: string;
  algorithm: DigestAlgorithm;
  /** Send qop="auth" (RFC 7616 requires it; RFC 2069 clients do without). */
  qop: boolean;
  userhash: boolean;
}

const hashOf: Record<string, string> = { MD5: 'md5', 'SHA-256': 'sha256', 'SHA-512-256': 'sha512-256' };

/** RFC 7616 section 3.4.6's quoted-string and token parameters of a Digest header. */
export function parseDigest(header: string): Record<string, string> | null {
  const m = /^Digest\s+(.*)$/is.exec(header);
  if (m === null) return null;
  const out: Record<string, string> = {};
  const re = /\s*([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*(?:,|$)/gy;
  const s = m[1]!;
  let match: RegExpExecArray | null;
  while ((match = re.exec(s)) !== null && match[0] !== '') {
    out[match[1]!.toLowerCase()] = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3]!;
    if (re.lastIndex >= s.length) break;
  }
  return out;
}

export class DigestServer {
  readonly nonces = new Set<string>();
  readonly opaque = randomBytes(8).toString('hex');
  /** Why the last check failed, for test messages. */
  lastProblem = '';

  constructor(readonly config: DigestConfig) {}

  /** The WWW-Authenticate value for a 401. */
  challenge(stale = false): string {
    const nonce = randomBytes(16).toString('hex');
    this.nonces.add(nonce);
    const c = this.config;
    let v = `Digest realm="${c.realm}", nonce="${nonce}", opaque="${this.opaque}", algorithm=${c.algorithm}`;
    if (c.qop) v += ', qop="auth"';
    if (c.userhash) v += ', userhash=true';
    if (stale) v += ', stale=true';
    return v;
  }

  /** Whether `header` answers one of our challenges for `method` and `uri` (section 3.4.1). */
  check(header: string | undefined, method: string, uri: string): boolean {
    const fail = (why: string): boolean => {
      this.lastProblem = why;
      return false;
    };
    if (header === undefined) return fail('no Authorization');
    const p = parseDigest(header);
    if (p === null) return fail('not Digest');
    const c = this.config;
    const session = c.algorithm.endsWith('-sess');
    const H = (s: string): string => createHash(hashOf[c.algorithm.replace(/-sess$/, '')]!).update(s, 'utf8').digest('hex');
    if (p.nonce === undefined || !this.nonces.has(p.nonce)) return fail('unknown nonce');
    if (p.realm !== c.realm) return fail(`realm ${p.realm}`);
    if (p.uri !== uri) return fail(`uri ${p.uri} for ${uri}`);
    if (p.opaque !== this.opaque) return fail('opaque');
    if ((p.algorithm ?? 'MD5').toLowerCase() !== c.algorithm.toLowerCase()) return fail(`algorithm ${p.algorithm}`);
    // section 3.4.4: with userhash the username is H(user ":" realm)
    const wantUser = c.userhash ? H(`${c.user}:${c.realm}`) : c.user;
    if (c.userhash && p.userhash !== 'true') return fail('userhash missing');
    if (p.username !== wantUser) return fail(`username ${p.username}`);
    // section 3.4.2 and 3.4.3
    let ha1 = H(`${c.user}:${c.realm}:${c.password}`);
    if (session) ha1 = H(`${ha1}:${p.nonce}:${p.cnonce}`);
    const ha2 = H(`${method}:${uri}`);
    let want: string;
    if (c.qop) {
      if (p.qop !== 'auth' || p.nc === undefined || p.cnonce === undefined) return fail('qop, nc or cnonce');
      want = H(`${ha1}:${p.nonce}:${p.nc}:${p.cnonce}:auth:${ha2}`);
    } else {
      want = H(`${ha1}:${p.nonce}:${ha2}`);
    }
    if (p.response !== want) return fail('response');
    return true;
  }
}
