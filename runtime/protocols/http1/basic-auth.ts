// Basic authentication to the server (lib/http.c output_auth_headers with the default HTTPAUTH,
// CURLAUTH_BASIC; http_output_basic; RFC 7617): the transfer's credentials (USERNAME, PASSWORD,
// USERPWD, or the URL's) as base64 of `user:password`, sent with every request while the
// request goes to the host, port and scheme the transfer started with (Curl_auth_allowed_to_host:
// UNRESTRICTED_AUTH is not served, so never to another host after a redirect), and not when the
// application sets its own Authorization header.
import type { TransferContext } from '../../base/context.js';
import { authAllowed, type RequestState } from '../../http/request.js';
import { transferLogin } from '../credentials.js';

/** HTTP allows control bytes in credentials (PROTOPT_USERPWDCTRL) and has no login options. */
const RULES = { controlBytes: true, urlOptions: false };

/** The Authorization value for this request, or null; says so in verbose output as libcurl does. */
export function basicAuthorization(ctx: TransferContext, state: RequestState): string | null {
  const o = ctx.opts;
  if (o.username === null && o.password === null && (ctx.target.userinfo ?? null) === null) return null;
  if (!authAllowed(state, ctx.target)) return null;
  if (o.httpHeaders.some((h) => /^authorization[:;]/i.test(h))) return null;
  const { creds } = transferLogin(ctx, RULES);
  if (creds === null || (!creds.hasUser && !creds.hasPassword)) return null;
  if (ctx.verbose) ctx.infof(`Server auth using Basic with user '${creds.user}'`);
  return `Basic ${Buffer.from(`${creds.user}:${creds.password}`, 'utf8').toString('base64')}`;
}
