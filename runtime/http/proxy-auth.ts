// Proxy authentication for the CONNECT request and forward proxies: http/auth.ts on the proxy side
// (libcurl 8.22 lib/http.c with proxy=TRUE). Basic and Digest are used; Bearer offers are counted
// in PROXYAUTH_AVAIL as libcurl counts them, NTLM and Negotiate are not built in and go unnoticed.
//
// The state lives for one transfer (one perform), so every perform starts over: a multi-pass
// scheme makes its 407 round trip again, as libcurl does after CURLOPT_PROXY changes (A8).
//
// The same engine serves forward proxies (an http:// request sent to the proxy without a tunnel):
// `forwardProxyAuth` keeps one ProxyAuth per transfer, `answer` reads a final answer's head.
import { HttpAuth, PROXY_SIDE } from './auth.js';
import { findHeader } from './headers.js';

/** The proxy side of http/auth.ts: Proxy-Authenticate in, Proxy-Authorization out, 407 rounds. */
export class ProxyAuth extends HttpAuth {
  constructor(user: string | null, password: string | null, want: number, customHeader: boolean) {
    super(user, password, want, customHeader, PROXY_SIDE);
  }

  /** A proxy needs a user name (libcurl's conn->http_proxy.creds). */
  override get hasCredentials(): boolean {
    return this.user !== null;
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
