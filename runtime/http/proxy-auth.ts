// Proxy authentication for the CONNECT request (libcurl 8.22 lib/http.c `Curl_http_output_auth`,
// `output_auth_headers`, `Curl_http_input_auth`, `pickoneauth`, `Curl_http_auth_act`; lib/
// http_digest.c). Basic and Digest are built in; Bearer offers are counted in PROXYAUTH_AVAIL as
// libcurl counts them, NTLM and Negotiate are not built in and go unnoticed.
//
// The state lives for one transfer (one perform), so every perform starts over: a multi-pass
// scheme makes its 407 round trip again, as libcurl does after CURLOPT_PROXY changes (A8).
//
// The same engine serves forward proxies (an http:// request sent to the proxy without a tunnel):
// `forwardProxyAuth` keeps one ProxyAuth per transfer, `answer` reads a final answer's head.
import { CURLAUTH_BASIC, CURLAUTH_BEARER, CURLAUTH_DIGEST } from '../base/constants.js';
import { DigestState } from './digest.js';
import type { TransferContext } from '../base/context.js';
import { findHeader } from './headers.js';

/** libcurl's authcmp(): the scheme name, any case, not followed by an alphanumeric. */
function authcmp(scheme: string, s: string): boolean {
  return s.slice(0, scheme.length).toLowerCase() === scheme.toLowerCase() && !/^[A-Za-z0-9]/.test(s.slice(scheme.length));
}

export class ProxyAuth {
  /** CURLOPT_PROXYAUTH: the schemes the application allows. */
  readonly want: number;
  /** The scheme in use: first `want` (a single bit is used at once), later the one picked. */
  picked = 0;
  /** Schemes offered in the current 407 answer (cleared when one is picked). */
  avail = 0;
  done = false;
  multipass = false;
  /** Credentials were refused (or a challenge was unusable): stop retrying. */
  authproblem = false;
  readonly digest = new DigestState();

  constructor(
    readonly user: string | null,
    readonly password: string | null,
    want: number,
    /** A Proxy-Authorization header is among CURLOPT_PROXYHEADER: Basic then sends none. */
    private readonly customHeader: boolean,
  ) {
    this.want = want >>> 0;
  }

  get hasCredentials(): boolean {
    return this.user !== null;
  }

  /**
   * The Proxy-Authorization header value for the next CONNECT, or null. Prints libcurl's
   * "Proxy auth using <scheme> with user '<user>'" line; the password never appears.
   */
  output(ctx: TransferContext, method: string, uri: string): string | null {
    if (!this.hasCredentials) {
      // "no authentication with no user or password"
      this.done = true;
      return null;
    }
    if (this.want && !this.picked) this.picked = this.want;

    let scheme: string | null = null;
    let header: string | null = null;
    if (this.picked === CURLAUTH_DIGEST) {
      scheme = 'Digest';
      if (this.digest.ready) {
        header = `Digest ${this.digest.respond(this.user ?? '', this.password ?? '', method, uri)}`;
        this.done = true;
      } else {
        // No challenge yet: this request goes without, the 407 brings one.
        this.done = false;
      }
    } else if (this.picked === CURLAUTH_BASIC) {
      if (!this.customHeader) {
        scheme = 'Basic';
        // RFC 7617 section 2: base64 of user-id ":" password.
        const token = Buffer.from(`${this.user ?? ''}:${this.password ?? ''}`, 'utf8').toString('base64');
        header = `Basic ${token}`;
      }
      this.done = true;
    }
    if (scheme !== null) {
      ctx.infof(`Proxy auth using ${scheme} with user '${this.user ?? ''}'`);
      this.multipass = !this.done;
    } else {
      this.multipass = false;
    }
    return header;
  }

  /** One Proxy-Authenticate header value of a 407 answer; may list several challenges. */
  input(ctx: TransferContext, value: string): void {
    let s = value;
    while (s.length > 0) {
      if (authcmp('Digest', s)) {
        if (this.avail & CURLAUTH_DIGEST) ctx.infof('Ignoring duplicate digest auth header.');
        else {
          ctx.info.proxyAuthAvail |= CURLAUTH_DIGEST;
          this.avail |= CURLAUTH_DIGEST;
          // Read even when Digest is not wanted: it may be picked after this answer.
          const problem = /^Digest[ \t]/i.test(s) ? this.digest.decode(s.slice(7)) : 'syntax';
          if (problem !== null) {
            ctx.infof('Digest authentication problem, ignoring.');
            this.authproblem = true;
          }
        }
      } else if (authcmp('Basic', s)) {
        ctx.info.proxyAuthAvail |= CURLAUTH_BASIC;
        this.avail |= CURLAUTH_BASIC;
        if (this.picked === CURLAUTH_BASIC) {
          // Basic was sent and the proxy asks again: the credentials are wrong.
          this.avail = 0;
          ctx.infof('Basic authentication problem, ignoring.');
          this.authproblem = true;
        }
      } else if (authcmp('Bearer', s)) {
        ctx.info.proxyAuthAvail |= CURLAUTH_BEARER;
        this.avail |= CURLAUTH_BEARER;
        if (this.picked === CURLAUTH_BEARER) {
          this.avail = 0;
          ctx.infof('Bearer authentication problem, ignoring.');
          this.authproblem = true;
        }
      }
      // Several challenges may share one header line: continue after the next comma.
      const comma = s.indexOf(',');
      if (comma < 0) break;
      s = s.slice(comma + 1).replace(/^[ \t]+/, '');
    }
  }

  /** One header field of a forward proxy's answer (lib/http.c http_header_p: a 407's
   * Proxy-Authenticate goes to Curl_http_input_auth as its line is read); act() follows the head. */
  header(ctx: TransferContext, status: number, name: string, value: string): void {
    if (status === 407 && name.toLowerCase() === 'proxy-authenticate') this.input(ctx, value);
  }

  /**
   * After a complete non-2xx answer: whether to send the CONNECT again with credentials
   * (libcurl's "newurl"). Picks the best offered scheme that is wanted: Digest before Basic.
   */
  act(ctx: TransferContext, status: number): boolean {
    if (status >= 100 && status <= 199) return false;
    if (this.authproblem) return false;
    if (this.hasCredentials && status === 407) {
      // Bearer is never used towards a proxy; NTLM and Negotiate are not built in.
      const avail = this.avail & this.want & ~CURLAUTH_BEARER;
      this.avail = 0;
      if (avail & CURLAUTH_DIGEST) this.picked = CURLAUTH_DIGEST;
      else if (avail & CURLAUTH_BASIC) this.picked = CURLAUTH_BASIC;
      else {
        this.picked = 0x40000000; // CURLAUTH_PICKNONE
        this.authproblem = true;
        return false;
      }
      ctx.info.proxyAuthUsed = this.picked;
      return true;
    }
    return false;
  }
}

/**
 * The proxy auth state of a transfer through a forward proxy: `prev` while the proxy credentials
 * stay the same (a retry or a redirect within one perform), else a fresh one. A Proxy-Authorization
 * among CURLOPT_PROXYHEADER suppresses Basic (Curl_checkProxyheaders).
 */
export function forwardProxyAuth(
  prev: ProxyAuth | null,
  user: string | null,
  password: string | null,
  want: number,
  proxyHeaders: readonly string[],
): ProxyAuth {
  if (prev !== null && prev.user === user && prev.password === password) return prev;
  return new ProxyAuth(user, password, want, findHeader(proxyHeaders, 'Proxy-Authorization') !== undefined);
}
