// Following a redirect (lib/transfer.c Curl_follow, lib/multi.c multi_follow): the count against
// MAXREDIRS, the Location resolved against the current URL, the new URL's scheme checked. What a
// redirect changes in the request itself (the method) is the protocol handler's follow().
import { CURLE } from '../base/codes.js';
import type { Target, TransferContext } from '../base/context.js';
import { CurlError } from '../base/error.js';
import { schemeInfo } from '../protocols/registry.js';
import { hostForUrl, parseUrl, targetFromUrl } from './url.js';

/** A scheme in an allowed list (null: all). */
export function protocolAllowed(list: ReadonlySet<string> | null, scheme: string): boolean {
  return list === null || list.has(scheme);
}

export type Redirect =
  | {
      follow: false;
      /** CURLINFO_REDIRECT_URL: where FOLLOWLOCATION would have gone, else null. */
      redirectUrl: string | null;
    }
  | {
      follow: true;
      /** The next target: EFFECTIVE_URL is target.url. */
      target: Target;
    };

export interface FollowInput {
  /** The target just requested. */
  target: Target;
  status: number;
  /** The response's Location (the first non-empty one of a 3xx), or null. */
  location: string | null;
  /** REDIRECT_COUNT so far. */
  redirectCount: number;
}

/** CURLU_URLENCODE | CURLU_ALLOW_SPACE: spaces and bytes above 0x7e are percent-encoded. */
function encodeLocation(loc: string): string {
  let out = '';
  for (let i = 0; i < loc.length; i++) {
    const c = loc.charCodeAt(i);
    if (c === 0x20) out += '%20';
    else if (c >= 0x80 && c <= 0xff) out += `%${c.toString(16).toUpperCase()}`;
    else out += loc[i];
  }
  return out;
}

const ABSOLUTE = /^([A-Za-z][A-Za-z0-9+.-]{0,39}):/;

/**
 * Resolves a Location against the current URL (RFC 3986 section 5.2, as lib/urlapi.c does for a
 * redirect) and checks it. Throws CurlError: 1 "Unsupported URL scheme" for a scheme libcurl does
 * not know, 3 for syntax, with "The redirect target URL could not be parsed: " before the text.
 */
export function resolveLocation(base: string, location: string, pathAsIs = false): { url: string; absolute: boolean } {
  const loc = encodeLocation(location);
  const bad = (code: number, text: string): CurlError =>
    new CurlError(code, `The redirect target URL could not be parsed: ${text}`);
  const abs = ABSOLUTE.exec(loc);
  let url: string;
  if (abs) {
    if (schemeInfo(abs[1]!) === undefined) throw bad(CURLE.UNSUPPORTED_PROTOCOL, 'Unsupported URL scheme');
    url = loc;
  } else {
    // lib/urlapi.c redirect_url cuts the base as it is kept (PATH_AS_IS keeps its dot segments)
    const b = parseUrl(base, pathAsIs);
    const origin = `${b.scheme}://${b.userinfo !== null ? `${b.userinfo}@` : ''}${hostForUrl(b.host)}${b.port !== null ? `:${b.port}` : ''}`;
    const query = b.query !== null ? `?${b.query}` : '';
    if (loc.startsWith('//')) url = `${b.scheme}:${loc}`;
    else if (loc.startsWith('/')) url = origin + loc;
    else if (loc.startsWith('?')) url = origin + b.path + loc;
    else if (loc.startsWith('#')) url = origin + b.path + query + loc;
    else url = origin + b.path.slice(0, b.path.lastIndexOf('/') + 1) + loc;
  }
  try {
    parseUrl(url);
  } catch (err) {
    if (err instanceof CurlError) throw bad(err.code, err.message.replace(/^URL rejected: /, ''));
    throw err;
  }
  return { url, absolute: abs !== null };
}

/**
 * Where a response leads. Throws CurlError (reported with failf): 47 "Maximum (N) redirects
 * followed", 1 or 3 for a Location it cannot use, 1 `Protocol "X" is disabled (in redirect)` for a
 * scheme PROTOCOLS_STR or REDIR_PROTOCOLS_STR leaves out, and 1 outside http and https.
 */
export function followLocation(ctx: TransferContext, input: FollowInput): Redirect {
  const { opts } = ctx;
  const { target, status, location } = input;
  if (location === null || status < 300 || status >= 400) return { follow: false, redirectUrl: null };
  if (opts.followLocation === 0) {
    // FOLLOW_FAKE: only CURLINFO_REDIRECT_URL, an unusable Location kept as it is.
    try {
      return { follow: false, redirectUrl: resolveLocation(target.url, location, opts.pathAsIs).url };
    } catch {
      return { follow: false, redirectUrl: location };
    }
  }
  if (opts.maxRedirs !== -1 && input.redirectCount >= opts.maxRedirs) {
    // lib/http.c Curl_http_follow: at the limit it turns into FOLLOW_FAKE, so CURLINFO_REDIRECT_URL
    // names the URL before the transfer fails
    try {
      ctx.info.redirectUrl = resolveLocation(target.url, location, opts.pathAsIs).url;
    } catch {
      ctx.info.redirectUrl = location;
    }
    throw ctx.failf(CURLE.TOO_MANY_REDIRECTS, `Maximum (${opts.maxRedirs}) redirects followed`);
  }
  let resolved;
  try {
    resolved = resolveLocation(target.url, location, opts.pathAsIs);
  } catch (err) {
    if (err instanceof CurlError) throw ctx.failf(err.code, err.message);
    throw err;
  }
  const scheme = ABSOLUTE.exec(resolved.url)![1]!.toLowerCase();
  // lib/peer.c Curl_peer_from_url (a scheme libcurl does not know), lib/url.c
  // url_set_conn_scheme (PROTOCOLS_STR, REDIR_PROTOCOLS_STR)
  if (schemeInfo(scheme) === undefined) {
    throw ctx.failf(CURLE.UNSUPPORTED_PROTOCOL, `Protocol "${scheme}" not supported (in redirect)`);
  }
  if (!protocolAllowed(opts.allowedProtocols, scheme) || !protocolAllowed(opts.redirProtocols, scheme)) {
    throw ctx.failf(CURLE.UNSUPPORTED_PROTOCOL, `Protocol "${scheme}" is disabled (in redirect)`);
  }
  if (scheme !== 'http' && scheme !== 'https') {
    // the transfer goes on with the HTTP handler: no other scheme has an ordinary transfer here
    throw ctx.failf(CURLE.UNSUPPORTED_PROTOCOL, `Protocol "${scheme}" not supported (in redirect)`);
  }
  let next: Target;
  try {
    // An absolute Location leaves CURLOPT_PORT behind (lib/http.c: allow_port = FALSE).
    next = targetFromUrl(resolved.url, resolved.absolute ? 0 : opts.port, { defaultProtocol: null, pathAsIs: opts.pathAsIs });
  } catch (err) {
    if (err instanceof CurlError) throw ctx.failf(err.code, err.message);
    throw err;
  }
  ctx.infof(`Issue another request to this URL: '${next.url}'`);
  return { follow: true, target: next };
}
