// The HTTP/1.x handler (lib/http.c Curl_handler_http/https): no connect phase of its own; with
// CONNECT_ONLY=2 the request goes out and the response head is read, the body left for recv
// (decision 1); an ordinary transfer is a request/response exchange per connection, with
// forward-proxy authentication rounds and the redirect method rules.
import type { Target, TransferContext } from '../../base/context.js';
import { bodyWriter } from '../../http/client-writer.js';
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
import { basicAuthorization } from './basic-auth.js';
import { http1Exchange } from './exchange.js';
import { redirectState } from './redirect.js';

/** One ordinary HTTP transfer: the request state across redirects and auth rounds. */
class HttpTransfer implements ProtocolTransfer {
  #state: RequestState;
  /** The forward proxy's auth state (each perform starts over, A8). */
  #proxyAuth: ProxyAuth | null = null;
  #lastVersion: '1.0' | '1.1' = '1.1';

  constructor(ctx: TransferContext) {
    this.#state = initialRequestState(ctx.opts, ctx.target);
  }

  /** The request for `conn`: to a forward proxy with Proxy-Authorization when it is due (J4:
   * pre-emptive for a single scheme, else after the 407). The Digest uri is path and query, not
   * the absolute URL the request line carries (lib/http.c Curl_http passes `pq`). */
  request(ctx: TransferContext, conn: ProtocolConnection): HttpRequest {
    const { opts, target } = ctx;
    const proxy = conn.forwardProxy;
    let proxyAuthorization: string | null = null;
    if (proxy !== null) {
      const auth = forwardProxyAuth(this.#proxyAuth, proxy.user, proxy.password, opts.proxyAuth, opts.proxyHeaders);
      this.#proxyAuth = auth;
      proxyAuthorization = auth.output(ctx, requestMethod(opts, this.#state, false), target.path);
      if (proxyAuthorization !== null) ctx.info.proxyAuthUsed = auth.picked;
    }
    return buildRequest({
      opts,
      target,
      state: this.#state,
      forwardProxy: proxy !== null,
      proxyAuthorization,
      authorization: basicAuthorization(ctx, this.#state),
      connHttp10: conn.http10,
    });
  }

  async exchange(ctx: TransferContext, conn: ProtocolConnection): Promise<ExchangeOutcome> {
    announceVersion(ctx, conn.reused);
    const req = this.request(ctx, conn);
    // CURLINFO_EFFECTIVE_METHOD reads libcurl's state.httpreq
    ctx.info.httpReq = this.#state.httpReq;
    const auth = conn.forwardProxy !== null ? this.#proxyAuth : null;
    const res = await http1Exchange(ctx, conn.stream, req, {
      reused: conn.reused,
      forwardProxy: conn.forwardProxy !== null,
      onHeader: auth !== null ? (status, name, value) => auth.header(ctx, status, name, value) : undefined,
      retryAfter: auth !== null ? (status) => auth.act(ctx, status) : undefined,
      writeBody: bodyWriter(ctx),
    });
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

  follow(ctx: TransferContext, _next: Target, outcome: ExchangeOutcome): void {
    this.#state = redirectState(ctx, this.#state, outcome.status, this.#lastVersion);
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
      writeBody: bodyWriter(ctx),
    });
    ctx.info.contentLength = res.contentLength;
    // decision 1: body bytes that came with the head are the first recv's
    conn.unread(res.leftover);
    return { session: null };
  },
  transfer: (ctx) => new HttpTransfer(ctx),
};
