// HTTP authentication state, one per side (libcurl 8.22's struct auth: data->state.authhost and
// authproxy), and the four steps lib/http.c runs with it: `output` (output_auth_headers), `input`
// (Curl_http_input_auth: one WWW-Authenticate or Proxy-Authenticate value), `act` (Curl_http_auth_act
// with pickoneauth, after the head of a final answer) and the picked scheme's header. Basic, Digest
// (http/digest.ts) and, towards the server, Bearer are built in; NTLM and Negotiate are not and go
// unnoticed. The proxy side is http/proxy-auth.ts (CONNECT and forward proxies), the server side
// protocols/http1/server-auth.ts.
import { CURLAUTH_BASIC, CURLAUTH_BEARER, CURLAUTH_DIGEST } from '../base/constants.js';
import type { TransferContext } from '../base/context.js';
import { DigestState } from './digest.js';

/** libcurl's CURLAUTH_PICKNONE: nothing usable was offered. */
const CURLAUTH_PICKNONE = 0x40000000;

/** libcurl's authcmp(): the scheme name, any case, not followed by an alphanumeric. */
function authcmp(scheme: string, s: string): boolean {
  return s.slice(0, scheme.length).toLowerCase() === scheme.toLowerCase() && !/^[A-Za-z0-9]/.test(s.slice(scheme.length));
}

/** Which side an auth state talks to: the differences lib/http.c makes with its `proxy` flag. */
export interface AuthSide {
  /** "Proxy" or "Server", as the verbose line names it. */
  label: 'Proxy' | 'Server';
  /** The status that carries challenges: 407 or 401. */
  status: number;
  /** Where the offered and the used schemes are recorded (PROXYAUTH_AVAIL/USED, HTTPAUTH_AVAIL/USED). */
  avail: 'proxyAuthAvail' | 'httpAuthAvail';
  used: 'proxyAuthUsed' | 'httpAuthUsed';
}

export const PROXY_SIDE: AuthSide = { label: 'Proxy', status: 407, avail: 'proxyAuthAvail', used: 'proxyAuthUsed' };
export const SERVER_SIDE: AuthSide = { label: 'Server', status: 401, avail: 'httpAuthAvail', used: 'httpAuthUsed' };

export class HttpAuth {
  /** CURLOPT_PROXYAUTH or CURLOPT_HTTPAUTH: the schemes the application allows. */
  readonly want: number;
  /** The scheme in use: first `want` (a single bit is used at once), later the one picked. */
  picked = 0;
  /** Schemes offered in the current challenge answer (cleared when one is picked). */
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
    /** An Authorization (or Proxy-Authorization) header is among the custom headers: Basic and
     *  Bearer then send none (Curl_checkheaders, Curl_checkProxyheaders). */
    private readonly customHeader: boolean,
    readonly side: AuthSide = PROXY_SIDE,
    /** XOAUTH2_BEARER (server side only: Bearer is never sent to a proxy). */
    readonly bearer: string | null = null,
  ) {
    this.want = want >>> 0;
  }

  /** libcurl's creds != NULL: a user name, a password or a bearer token. */
  get hasCredentials(): boolean {
    return this.user !== null || this.password !== null || this.bearer !== null;
  }

  /**
   * The header value for the next request, or null. Prints libcurl's "<Side> auth using <scheme>
   * with user '<user>'" line; the password never appears. `uri` is the Digest uri: path and query,
   * or "host:port" for CONNECT.
   */
  output(ctx: TransferContext, method: string, uri: string): string | null {
    if (!this.hasCredentials) {
      // "no authentication with no user or password"
      this.done = true;
      return null;
    }
    if (this.want && !this.picked) this.picked = this.want;

    const user = this.user ?? '';
    const password = this.password ?? '';
    const hasUserOrPass = this.user !== null || this.password !== null;
    let scheme: string | null = null;
    let header: string | null = null;
    if (this.picked === CURLAUTH_DIGEST) {
      scheme = 'Digest';
      if (this.digest.ready) {
        header = `Digest ${this.digest.respond(user, password, method, uri)}`;
        this.done = true;
      } else {
        // No challenge yet: this request goes without, the 401/407 brings one.
        this.done = false;
      }
    } else if (this.picked === CURLAUTH_BASIC) {
      if (hasUserOrPass && !this.customHeader) {
        scheme = 'Basic';
        // RFC 7617 section 2: base64 of user-id ":" password.
        header = `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
      }
      this.done = true;
    } else if (this.picked === CURLAUTH_BEARER) {
      // RFC 6750 section 2.1 (lib/http.c http_output_bearer)
      if (this.side === SERVER_SIDE && this.bearer !== null && !this.customHeader) {
        scheme = 'Bearer';
        header = `Bearer ${this.bearer}`;
      }
      this.done = true;
    }
    if (scheme !== null) {
      ctx.info[this.side.used] = this.picked;
      ctx.infof(`${this.side.label} auth using ${scheme} with user '${user}'`);
      this.multipass = !this.done;
    } else {
      this.multipass = false;
      ctx.info[this.side.used] = 0;
    }
    return header;
  }

  /** One WWW-Authenticate or Proxy-Authenticate value; may list several challenges. */
  input(ctx: TransferContext, value: string): void {
    let s = value;
    while (s.length > 0) {
      if (authcmp('Digest', s)) {
        if (this.avail & CURLAUTH_DIGEST) {
          ctx.info[this.side.avail] |= CURLAUTH_DIGEST;
          ctx.infof('Ignoring duplicate digest auth header.');
        } else {
          ctx.info[this.side.avail] |= CURLAUTH_DIGEST;
          this.avail |= CURLAUTH_DIGEST;
          // Read even when Digest is not wanted: it may be picked after this answer.
          const problem = /^Digest[ \t]/i.test(s) ? this.digest.decode(s.slice(7)) : 'syntax';
          if (problem !== null) {
            ctx.infof('Digest authentication problem, ignoring.');
            this.authproblem = true;
          }
        }
      } else if (authcmp('Basic', s)) {
        ctx.info[this.side.avail] |= CURLAUTH_BASIC;
        this.avail |= CURLAUTH_BASIC;
        if (this.picked === CURLAUTH_BASIC) {
          // Basic was sent and the peer asks again: the credentials are wrong.
          this.avail = 0;
          ctx.infof('Basic authentication problem, ignoring.');
          this.authproblem = true;
        }
      } else if (authcmp('Bearer', s)) {
        ctx.info[this.side.avail] |= CURLAUTH_BEARER;
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

  /** One header field of an answer (lib/http.c http_header_p and http_header_w: the challenge
   * header of a 407 or 401 goes to Curl_http_input_auth as its line is read). */
  header(ctx: TransferContext, status: number, name: string, value: string): void {
    const wanted = this.side === PROXY_SIDE ? 'proxy-authenticate' : 'www-authenticate';
    if (status === this.side.status && name.toLowerCase() === wanted) this.input(ctx, value);
  }

  /**
   * After the head of a final answer: whether to send the same request again with credentials
   * (libcurl's "newurl"). pickoneauth's order: Bearer (with a token), Digest, Basic. `authneg`:
   * the request was a bodyless probe (lib/http.c req.authneg), so a 2xx answer sends it again.
   */
  act(ctx: TransferContext, status: number, authneg = false): boolean {
    if (status >= 100 && status <= 199) return false;
    if (this.authproblem) return false;
    if (this.hasCredentials && (status === this.side.status || (authneg && status < 300))) {
      const hasUserOrPass = this.user !== null || this.password !== null;
      const bearerOk = this.side === SERVER_SIDE && this.bearer !== null;
      const avail = this.avail & this.want & (bearerOk ? ~0 : ~CURLAUTH_BEARER);
      this.avail = 0;
      if (avail & CURLAUTH_BEARER) this.picked = CURLAUTH_BEARER;
      else if (avail & CURLAUTH_DIGEST && hasUserOrPass) this.picked = CURLAUTH_DIGEST;
      else if (avail & CURLAUTH_BASIC && hasUserOrPass) this.picked = CURLAUTH_BASIC;
      else {
        this.picked = CURLAUTH_PICKNONE;
        this.authproblem = true;
        return false;
      }
      ctx.info[this.side.used] = this.picked;
      return true;
    }
    if (status < 300 && !this.done && authneg) {
      // "no (known) authentication available, authentication is not done yet and no
      // authentication seems to be required": send the probed request for real
      this.done = true;
      return true;
    }
    return false;
  }
}
