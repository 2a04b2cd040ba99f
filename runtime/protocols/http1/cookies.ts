// The cookie engine's two hooks in an HTTP request (lib/http.c): the Cookie header
// (http_cookies, H1_HD_COOKIES) and each Set-Cookie of a response (http_header_s). Both use the
// host of a custom Host header when the request sends it (req.cookiehost), else the URL's host,
// and the URL path without its query (state.up.path).
import type { TransferContext } from '../../base/context.js';
import { secureContext } from '../../http/cookie-engine.js';
import { findHeader, headerValue } from '../../http/headers.js';
import { authAllowed, type RequestState } from '../../http/request.js';

interface CookieTarget {
  host: string;
  path: string;
  secure: boolean;
}

/** The host, path and secure context cookies are matched against. */
function cookieTarget(ctx: TransferContext, state: RequestState): CookieTarget {
  const { target, opts } = ctx;
  let host = target.host;
  const custom = findHeader(opts.httpHeaders, 'Host');
  // http_set_aptr_host: a custom Host counts unless a redirect left the first host
  if (custom !== undefined && (!state.isFollow || state.first.host.toLowerCase() === target.host.toLowerCase())) {
    let v = headerValue(custom);
    if (v.startsWith('[')) {
      // lib/http.c moves all but the last byte one place left (that byte stays, doubled) and cuts
      // at the closing bracket (the port goes with it)
      v = v.slice(1) + v.slice(-1);
      const close = v.indexOf(']');
      if (close >= 0) v = v.slice(0, close);
    } else {
      const colon = v.indexOf(':');
      if (colon >= 0) v = v.slice(0, colon);
    }
    if (v !== '') host = v;
  }
  const q = target.path.indexOf('?');
  const path = q >= 0 ? target.path.slice(0, q) : target.path;
  return { host, path, secure: secureContext(target.tls, host) };
}

/** The `Cookie:` line for the next request ("" for none): the jar's cookies, then CURLOPT_COOKIE
 * unless a custom Cookie header is set or Authorization may not go to this host. */
export function cookieLine(ctx: TransferContext, state: RequestState): string {
  const { opts } = ctx;
  const extra =
    opts.cookie !== null && findHeader(opts.httpHeaders, 'Cookie') === undefined && authAllowed(state, ctx.target, opts.unrestrictedAuth) ? opts.cookie : null;
  const engine = ctx.cookies ?? null;
  engine?.newRequest();
  if (engine === null || !engine.enabled()) return extra !== null ? `Cookie: ${extra}\r\n` : '';
  const t = cookieTarget(ctx, state);
  return engine.header((text) => ctx.infof(text), t.host, t.path, t.secure, extra);
}

/** An onHeader hook that hands Set-Cookie values to the engine; null when the engine is off as
 * the response starts (no hook keeps header delivery on its fast path). */
export function setCookieHook(ctx: TransferContext, state: RequestState): ((status: number, name: string, value: string) => void) | null {
  const engine = ctx.cookies ?? null;
  if (engine === null || !engine.enabled()) return null;
  let t: CookieTarget | null = null;
  return (_status, name, value) => {
    if (name.length !== 10 || name.toLowerCase() !== 'set-cookie') return;
    t ??= cookieTarget(ctx, state);
    engine.received((text) => ctx.infof(text), value, t.host, t.path, t.secure);
  };
}
