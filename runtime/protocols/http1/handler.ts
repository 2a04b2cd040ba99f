// The HTTP/1.x handler (lib/http.c Curl_handler_http/https): no connect phase of its own; with
// CONNECT_ONLY=2 the request goes out and the response head is read, the body left for recv
// (decision 1); an ordinary transfer is a request/response exchange per connection, with
// forward-proxy authentication rounds and the redirect method rules.
import type { Target, TransferContext } from '../../base/context.js';
import { bodyWriter } from '../../http/client-writer.js';
import type { HttpAuth } from '../../http/auth.js';
import { forwardProxyAuth, type ProxyAuth } from '../../http/proxy-auth.js';
import {
  announceVersion,
  buildRequest,
  initialRequestState,
  requestMethod,
  type HttpRequest,
  type RequestState,
} from '../../http/request.js';
import type { ExchangeOutcome, ProtocolConnection, ProtocolHandler, ProtocolTransfer } from '../handler.js';
import { cookieLine, setCookieHook } from './cookies.js';
import { http1Exchange, type ExchangeOptions } from './exchange.js';
import { h2Exchange } from '../http2/exchange.js';
import { sessionFor, upgradedSession, upgradeSettings } from '../http2/session.js';
import { netrcCreds, serverAuth, type ServerCreds } from './server-auth.js';
import { redirectState } from './redirect.js';
import { refererOf } from '../../http/body-headers.js';
import { findHeader, headerValue } from '../../http/headers.js';
import { proxyHeaderList } from '../../base/body-options.js';

/** include/curl/curl.h CURL_HTTP_VERSION_2_0 */
const CURL_HTTP_VERSION_2_0 = 3;

/** One ordinary HTTP transfer: the request state across redirects and auth rounds. */
class HttpTransfer implements ProtocolTransfer {
  #state: RequestState;
  /** The forward proxy's auth state (each perform starts over, A8). */
  #proxyAuth: ProxyAuth | null = null;
  /** The server's auth state (HTTPAUTH; kept across auth rounds and redirects of one perform). */
  #hostAuth: HttpAuth | null = null;
  /** The last request was an auth probe (lib/http.c req.authneg). */
  #authNeg = false;
  /** The .netrc credentials for the current target (NETRC), looked up before its connection. */
  #netrc: ServerCreds | null;
  #lastVersion: '1.0' | '1.1' = '1.1';
  /** state.referer: CURLOPT_REFERER, then AUTOREFERER's previous URL (CURLINFO_REFERER). */
  #referer: string | null;

  constructor(ctx: TransferContext) {
    this.#state = initialRequestState(ctx.opts, ctx.target);
    this.#netrc = netrcCreds(ctx, this.#state);
    this.#referer = ctx.opts.referer;
    ctx.info.referer = this.#referer;
  }

  /** The request for `conn`: to a forward proxy with Proxy-Authorization when it is due (J4:
   * pre-emptive for a single scheme, else after the 407). The Digest uri is path and query, not
   * the absolute URL the request line carries (lib/http.c Curl_http passes `pq`). */
  request(ctx: TransferContext, conn: ProtocolConnection, h2 = false): HttpRequest {
    const { opts, target } = ctx;
    const proxy = conn.forwardProxy;
    let proxyAuthorization: string | null = null;
    if (proxy !== null) {
      const auth = forwardProxyAuth(this.#proxyAuth, proxy.user, proxy.password, opts.proxyAuth, proxyHeaderList(opts));
      this.#proxyAuth = auth;
      proxyAuthorization = auth.output(ctx, requestMethod(opts, this.#state, false), target.path);
    }
    // Curl_http_output_auth: the server's header after the proxy's; a multi-pass scheme without
    // its challenge yet makes a POST or PUT a bodyless probe (req.authneg)
    // lib/http.c http_req_set_TE: a custom chunked Transfer-Encoding is dropped on HTTP/2
    const te = h2 ? findHeader(opts.httpHeaders, 'Transfer-Encoding') : undefined;
    if (te !== undefined && /chunked/i.test(headerValue(te))) {
      ctx.infof('suppressing chunked transfer encoding on connection using HTTP version 2 or higher');
    }
    const hostAuth = serverAuth(ctx, this.#state, this.#hostAuth, this.#netrc);
    this.#hostAuth = hostAuth;
    const authorization = hostAuth.output(ctx, requestMethod(opts, this.#state, false), target.path);
    const proxyAuth = proxy !== null ? this.#proxyAuth : null;
    this.#authNeg =
      ((hostAuth.multipass && !hostAuth.done) || (proxyAuth !== null && proxyAuth.multipass && !proxyAuth.done)) &&
      (this.#state.httpReq === 'POST' || this.#state.httpReq === 'PUT');
    return buildRequest({
      opts,
      target,
      state: this.#state,
      forwardProxy: proxy !== null,
      proxyAuthorization,
      authorization,
      connHttp10: conn.http10,
      cookie: cookieLine(ctx, this.#state),
      referer: this.#referer,
      authNeg: this.#authNeg,
      h2,
      // lib/http.c H1_HD_UPGRADE: HTTP_VERSION 2_0 offers h2c on a connection without TLS (not
      // for connect-only, which speaks no HTTP/2: README departure 25)
      h2Upgrade:
        !h2 && opts.httpVersion === CURL_HTTP_VERSION_2_0 && !conn.secure && opts.connectOnly === 0 ? upgradeSettings(ctx, conn.maxStreams) : undefined,
    });
  }

  async exchange(ctx: TransferContext, conn: ProtocolConnection): Promise<ExchangeOutcome> {
    // lib/http.c http_check_new_conn: HTTP/2 when ALPN or prior knowledge says so
    const h2 = sessionFor(ctx, conn);
    announceVersion(ctx, conn.reused, h2 !== null ? 'HTTP/2' : 'HTTP/1.x');
    const req = this.request(ctx, conn, h2 !== null);
    // CURLINFO_EFFECTIVE_METHOD reads libcurl's state.httpreq
    ctx.info.httpReq = this.#state.httpReq;
    const auth = conn.forwardProxy !== null ? this.#proxyAuth : null;
    const hostAuth = this.#hostAuth;
    const authNeg = this.#authNeg;
    const onCookie = setCookieHook(ctx, this.#state);
    const options: ExchangeOptions = {
      reused: conn.reused,
      forwardProxy: conn.forwardProxy !== null,
      // FAILONERROR and a 401/407 (lib/http.c http_should_fail)
      authFacts: () => ({
        hostCreds: hostAuth !== null && (hostAuth.user !== null || hostAuth.bearer !== null),
        proxyCreds: auth !== null && auth.user !== null,
        problem: (hostAuth?.authproblem ?? false) || (auth?.authproblem ?? false),
      }),
      onHeader: (status, name, value) => {
        onCookie?.(status, name, value);
        hostAuth?.header(ctx, status, name, value);
        auth?.header(ctx, status, name, value);
      },
      // Curl_http_auth_act: the server's pick, then the proxy's; the exchange rewinds the body
      // for the retry (http_perhapsrewind)
      retryAfter: (status) => {
        const host = hostAuth?.act(ctx, status, authNeg) ?? false;
        const proxy = auth?.act(ctx, status, authNeg) ?? false;
        return host || proxy;
      },
      writeBody: bodyWriter(ctx),
    };
    let res;
    if (h2 !== null) res = await h2Exchange(ctx, h2, req, options);
    else if (!req.h2Upgrade) res = await http1Exchange(ctx, conn.stream, req, options);
    else {
      // PIPEWAIT transfers wait until the offer is answered (lib/url.c url_match_connected): a
      // 101, or a final head that declines it (lib/http.c clears upgrade_in_progress there)
      let settle = (): void => {};
      conn.upgrading = new Promise<void>((r) => (settle = r));
      const answered = (): void => {
        conn.upgrading = null;
        settle();
      };
      const retryAfter = options.retryAfter!;
      try {
        res = await http1Exchange(ctx, conn.stream, req, {
          ...options,
          retryAfter: (status, headers) => {
            answered();
            return retryAfter(status, headers);
          },
        });
        // lib/http2.c Curl_http2_upgrade: the response comes on stream 1 of the new session
        if (res.switchedToH2 === true) {
          const up = upgradedSession(ctx, conn, res.leftover, req.method === 'HEAD');
          answered();
          res = await h2Exchange(ctx, up.session, req, options, up.stream);
        }
      } finally {
        answered();
      }
    }
    // lib/http.c: after a 417 the requests of this transfer go without Expect
    if (res.expectFailed === true) this.#state = { ...this.#state, disableExpect: true };
    if (res.version === '1.0') conn.http10 = true;
    this.#lastVersion = res.version;
    return {
      keepAlive: res.keepAlive,
      retry: res.retry,
      status: res.status,
      location: res.location,
      contentLength: res.contentLength,
    };
  }

  follow(ctx: TransferContext, next: Target, outcome: ExchangeOutcome): void {
    this.#state = redirectState(ctx, this.#state, outcome.status, this.#lastVersion);
    // url_set_data_creds_netrc runs for each new connection's origin
    this.#netrc = netrcCreds(ctx, this.#state, next);
    if (ctx.opts.autoReferer) {
      // Curl_http_follow: ctx.target is still the URL being left
      this.#referer = refererOf(ctx.target.url);
      ctx.info.referer = this.#referer;
    }
  }
}

export const http1: ProtocolHandler = {
  name: 'HTTP',
  async connectOnly2(ctx, conn) {
    announceVersion(ctx, conn.reused);
    const t = new HttpTransfer(ctx);
    const res = await http1Exchange(ctx, conn.stream, t.request(ctx, conn), {
      connectOnly: true,
      forwardProxy: conn.forwardProxy !== null,
      onHeader: setCookieHook(ctx, initialRequestState(ctx.opts, ctx.target)) ?? undefined,
      writeBody: bodyWriter(ctx),
    });
    ctx.info.contentLength = res.contentLength;
    // decision 1: body bytes that came with the head are the first recv's
    conn.unread(res.leftover);
    return { session: null };
  },
  transfer: (ctx) => new HttpTransfer(ctx),
};
