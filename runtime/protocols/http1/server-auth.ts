// Authentication to the server (lib/http.c Curl_http_output_auth and output_auth_headers for
// authhost; lib/url.c url_set_data_creds): http/auth.ts on the server side with CURLOPT_HTTPAUTH
// (default Basic). The credentials are the transfer's (USERNAME, PASSWORD, USERPWD, XOAUTH2_BEARER,
// or the URL's) while the request goes to the host, port and scheme the transfer started with or
// UNRESTRICTED_AUTH is set (Curl_auth_allowed_to_origin); after a redirect elsewhere only the new
// URL's own user and password count, or the .netrc entry for the new host (NETRC, netrc.ts). An
// Authorization among HTTPHEADER stops Basic and Bearer.
import { CURLE } from '../../base/codes.js';
import type { Target, TransferContext } from '../../base/context.js';
import { HttpAuth, SERVER_SIDE } from '../../http/auth.js';
import { findHeader } from '../../http/headers.js';
import { authAllowed, type RequestState } from '../../http/request.js';
import { splitUserinfo, transferLogin, urlDecode } from '../credentials.js';
import { loadNetrc, netrcPath, netrcText, scanNetrc } from '../netrc.js';

/** HTTP allows control bytes in credentials (PROTOPT_USERPWDCTRL) and has no login options. */
const RULES = { controlBytes: true, urlOptions: false };

export interface ServerCreds {
  user: string | null;
  password: string | null;
  bearer: string | null;
}

/** The user and password of the target URL, percent-decoded. */
function urlCreds(target: Target): { user: string | null; password: string | null } {
  const userinfo = target.userinfo ?? null;
  if (userinfo === null) return { user: null, password: null };
  const parts = splitUserinfo(userinfo, false);
  return { user: urlDecode(parts.user, 'zero'), password: parts.password === null ? null : urlDecode(parts.password, 'zero') };
}

/**
 * lib/url.c url_set_data_creds_netrc, before the connection to ctx.target is made: with NETRC
 * set and no credentials from the options for this origin, the .netrc entry for the host fills in
 * (REQUIRED: replaces) the URL's. A file that is missing or broken is CURLE_READ_ERROR (26) when
 * REQUIRED; no entry for the host, or any problem when OPTIONAL, is only said in verbose output.
 */
export function netrcCreds(ctx: TransferContext, state: RequestState, target: Target = ctx.target): ServerCreds | null {
  const o = ctx.opts;
  if (o.netrc === 0) return null;
  const fromOptions = o.username !== null || o.password !== null || o.xoauth2Bearer !== null || o.saslAuthzid !== null;
  if (fromOptions && authAllowed(state, target, o.unrestrictedAuth)) return null;
  const url = urlCreds(target);
  const required = o.netrc === 2;
  if (!required && url.user !== null && url.password !== null) return null;
  const content = loadNetrc(netrcPath(o.netrcFile));
  const r = content === null ? { code: 'missing' as const } : scanNetrc(content, target.host, url.user);
  if (r.code === 'ok') {
    return { user: r.user ?? url.user, password: r.password ?? url.password, bearer: null };
  }
  if (r.code === 'no-match' || !required) {
    ctx.infof(`Could not find host ${target.host} in the ${o.netrcFile ?? '.netrc'} file; using defaults`);
    return null;
  }
  throw ctx.failf(CURLE.READ_ERROR, `.netrc error: ${netrcText[r.code]}`);
}

/** The credentials for the request to ctx.target (libcurl's state.creds): `netrc` when the
 * .netrc file gave some (netrcCreds), else the options' or the URL's. */
function serverCreds(ctx: TransferContext, state: RequestState, netrc: ServerCreds | null): ServerCreds {
  if (netrc !== null) return netrc;
  if (authAllowed(state, ctx.target, ctx.opts.unrestrictedAuth)) {
    const { creds } = transferLogin(ctx, RULES);
    if (creds === null) return { user: null, password: null, bearer: null };
    return {
      user: creds.hasUser ? creds.user : null,
      password: creds.hasPassword ? creds.password : null,
      bearer: creds.bearer,
    };
  }
  // another origin: the options' credentials stay behind, the new URL's own go (url_set_data_creds)
  return { ...urlCreds(ctx.target), bearer: null };
}

/**
 * The server auth state for the next request: `prev` while the credentials stay the same (an
 * auth round or a redirect within one perform keeps what was picked and the Digest nonce), else a
 * fresh one.
 */
export function serverAuth(
  ctx: TransferContext,
  state: RequestState,
  prev: HttpAuth | null,
  netrc: ServerCreds | null = null,
): HttpAuth {
  const c = serverCreds(ctx, state, netrc);
  if (prev !== null && prev.user === c.user && prev.password === c.password && prev.bearer === c.bearer) return prev;
  const custom = findHeader(ctx.opts.httpHeaders, 'Authorization') !== undefined;
  return new HttpAuth(c.user, c.password, ctx.opts.httpAuth, custom, SERVER_SIDE, c.bearer);
}
