// A transfer's credentials, as lib/url.c url_set_data_creds makes them: USERNAME and PASSWORD
// (USERPWD sets both), XOAUTH2_BEARER and SASL_AUTHZID from the options; the URL's user and
// password, percent-decoded, when no user name was set; the login options from LOGIN_OPTIONS, else
// from the URL's userinfo (`user;AUTH=PLAIN:password`, lib/url.c Curl_parse_login_details, for the
// schemes with PROTOPT_URLOPTIONS). Schemes without PROTOPT_USERPWDCTRL (everything but HTTP)
// refuse control bytes in a user name or password before anything is connected.
import { CURLE } from '../base/codes.js';
import type { TransferContext } from '../base/context.js';

export interface Credentials {
  /** "" when none was given (libcurl's Curl_creds_user). */
  user: string;
  password: string;
  hasUser: boolean;
  hasPassword: boolean;
  /** XOAUTH2_BEARER, or null. */
  bearer: string | null;
  /** SASL_AUTHZID, "" when none. */
  authzid: string;
}

export interface Login {
  /** null: no credentials at all (libcurl's conn->creds NULL). */
  creds: Credentials | null;
  /** The login options (`AUTH=...`), or null. */
  options: string | null;
}

export interface LoginRules {
  /** PROTOPT_USERPWDCTRL: control bytes are allowed in credentials (HTTP). */
  controlBytes: boolean;
  /** PROTOPT_URLOPTIONS: `;options` in the URL's userinfo are login options (IMAP, POP3, SMTP). */
  urlOptions: boolean;
}

function hasCtrl(s: string | null): boolean {
  if (s === null) return false;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x20) return true;
  return false;
}

/** lib/escape.c Curl_urldecode's REJECT_NADA, REJECT_CTRL (bytes below 0x20) and REJECT_ZERO. */
export type Reject = 'nothing' | 'ctrl' | 'zero';

/** lib/escape.c Curl_urldecode: %XX sequences to bytes, the result read as UTF-8; null when a
 * byte is refused. */
export function urlDecode(s: string, reject: 'nothing'): string;
export function urlDecode(s: string, reject: Reject): string | null;
export function urlDecode(s: string, reject: Reject): string | null {
  if (!s.includes('%')) return reject === 'ctrl' && hasCtrl(s) ? null : s;
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '%' && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      for (const b of Buffer.from(s[i]!, 'utf8')) bytes.push(b);
    }
  }
  if (reject !== 'nothing') for (const b of bytes) if (b === 0 || (reject === 'ctrl' && b < 0x20)) return null;
  return Buffer.from(bytes).toString('utf8');
}

/** lib/url.c Curl_parse_login_details: `user[;options][:password]` (either order of the two). */
export function splitUserinfo(login: string, withOptions: boolean): { user: string; password: string | null; options: string | null } {
  const psep = login.indexOf(':');
  const osep = withOptions ? login.indexOf(';') : -1;
  const userEnd = psep >= 0 ? (osep >= 0 && psep > osep ? osep : psep) : osep >= 0 ? osep : login.length;
  const password = psep < 0 ? null : login.slice(psep + 1, osep > psep ? osep : login.length);
  const options = osep < 0 ? null : login.slice(osep + 1, psep > osep ? psep : login.length);
  return { user: login.slice(0, userEnd), password, options: options === '' ? null : options };
}

/** The transfer's credentials and login options; throws the reported CurlError libcurl gives. */
export function transferLogin(ctx: TransferContext, rules: LoginRules): Login {
  const o = ctx.opts;
  let user = o.username;
  let password = o.password;
  const any = user !== null || password !== null || o.xoauth2Bearer !== null || o.saslAuthzid !== null;
  if (any && !rules.controlBytes && (hasCtrl(user) || hasCtrl(password))) {
    throw ctx.failf(CURLE.BAD_FUNCTION_ARGUMENT, 'control code detected in credentials');
  }
  let urlOptions: string | null = null;
  const userinfo = ctx.target.userinfo ?? null;
  if (userinfo !== null) {
    const parts = splitUserinfo(userinfo, rules.urlOptions);
    urlOptions = parts.options;
    // the URL's credentials only when no user name came from the options
    if (user === null) {
      const reject = rules.controlBytes ? 'zero' : 'ctrl';
      const u = urlDecode(parts.user, reject);
      const p = parts.password === null ? null : urlDecode(parts.password, reject);
      if (u === null || (parts.password !== null && p === null)) {
        throw ctx.failf(CURLE.URL_MALFORMAT, 'error extracting credentials from URL');
      }
      user = u;
      // lib/curl_creds.c Curl_creds_merge: the URL's password only when none was set
      if (password === null) password = p;
    }
  }
  let options = o.loginOptions;
  if (options === null && urlOptions !== null) {
    options = urlDecode(urlOptions, 'ctrl');
    if (options === null) throw ctx.failf(CURLE.URL_MALFORMAT, 'error extracting credentials from URL');
  }
  if (user === null && password === null && o.xoauth2Bearer === null && o.saslAuthzid === null) {
    return { creds: null, options };
  }
  const creds: Credentials = {
    user: user ?? '',
    password: password ?? '',
    hasUser: user !== null,
    hasPassword: password !== null,
    bearer: o.xoauth2Bearer,
    authzid: o.saslAuthzid ?? '',
  };
  return { creds, options };
}
