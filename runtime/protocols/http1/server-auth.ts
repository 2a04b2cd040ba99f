// Authentication to the server (lib/http.c Curl_http_output_auth and output_auth_headers for
// authhost; lib/url.c url_set_data_creds): http/auth.ts on the server side with CURLOPT_HTTPAUTH
// (default Basic). The credentials are the transfer's (USERNAME, PASSWORD, USERPWD, XOAUTH2_BEARER,
// or the URL's) while the request goes to the host, port and scheme the transfer started with or
// UNRESTRICTED_AUTH is set (Curl_auth_allowed_to_origin); after a redirect elsewhere only the new
// URL's own user and password count. An Authorization among HTTPHEADER stops Basic and Bearer.
import type { TransferContext } from '../../base/context.js';
import { HttpAuth, SERVER_SIDE } from '../../http/auth.js';
import { findHeader } from '../../http/headers.js';
import { authAllowed, type RequestState } from '../../http/request.js';
import { splitUserinfo, transferLogin, urlDecode } from '../credentials.js';

/** HTTP allows control bytes in credentials (PROTOPT_USERPWDCTRL) and has no login options. */
const RULES = { controlBytes: true, urlOptions: false };

interface ServerCreds {
  user: string | null;
  password: string | null;
  bearer: string | null;
}

/** The credentials for the request to ctx.target (libcurl's state.creds). */
function serverCreds(ctx: TransferContext, state: RequestState): ServerCreds {
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
  const userinfo = ctx.target.userinfo ?? null;
  if (userinfo === null) return { user: null, password: null, bearer: null };
  const parts = splitUserinfo(userinfo, false);
  const user = urlDecode(parts.user, 'zero');
  const password = parts.password === null ? null : urlDecode(parts.password, 'zero');
  return { user, password, bearer: null };
}

/**
 * The server auth state for the next request: `prev` while the credentials stay the same (an
 * auth round or a redirect within one perform keeps what was picked and the Digest nonce), else a
 * fresh one.
 */
export function serverAuth(ctx: TransferContext, state: RequestState, prev: HttpAuth | null): HttpAuth {
  const c = serverCreds(ctx, state);
  if (prev !== null && prev.user === c.user && prev.password === c.password && prev.bearer === c.bearer) return prev;
  const custom = findHeader(ctx.opts.httpHeaders, 'Authorization') !== undefined;
  return new HttpAuth(c.user, c.password, ctx.opts.httpAuth, custom, SERVER_SIDE, c.bearer);
}
