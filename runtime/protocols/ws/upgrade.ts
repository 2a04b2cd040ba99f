// The WebSocket upgrade (RFC 6455 section 4.1) as libcurl 8.22 does it for CONNECT_ONLY=2
// (lib/ws.c Curl_ws_request, ws_verify_accept; lib/http.c http_on_response; contract M1-M3) and
// manbind's decision 2: the Sec-WebSocket-Accept value is verified.
import type { Duplex } from 'node:stream';
import { CURLE } from '../../base/codes.js';
import { stampTimer } from '../../base/progress.js';
import type { TransferContext } from '../../base/context.js';
import { deliverLines } from '../../http/client-writer.js';
import { HeadReader } from '../../http/head-reader.js';
import { getHeader, type HeaderField } from '../../http/headers.js';
import { announceVersion, buildRequest, initialRequestState } from '../../http/request.js';
import { StreamReader, TIMEOUT } from '../../io/stream-reader.js';
import { serverAuth } from '../http1/server-auth.js';
import { cookieLine, setCookieHook } from '../http1/cookies.js';
import { expectedAccept, makeKey } from './handshake.js';

export interface WsUpgradeOptions {
  /** The connection carried a request before (a non-HTTP answer is then "Invalid status line"). */
  reused?: boolean;
}

export interface WsUpgradeResult {
  /** false: the server closed before a complete answer, and the connection is no WebSocket. */
  upgraded: boolean;
  /** Bytes after the 101 head: frames the server sent at once, the first wsRecv's (C14, M2). */
  leftover: Uint8Array;
  headers: HeaderField[];
}

/**
 * Sends the upgrade request (M1) and reads the answer: 1xx heads other than 101 are delivered and
 * skipped; a 101 must carry the Sec-WebSocket-Accept that belongs to the key sent (decision 2,
 * else 8); any final status fails with 22 "Refused WebSocket upgrade: <code>" (M3). Every answer
 * line reaches verbose, the header callback and HEADER_SIZE; RESPONSE_CODE is set.
 *
 * `upgraded` false: the server closed before a complete answer (nothing at all, or a head cut
 * before its blank line). libcurl's connect-only transfer has no "Empty reply" check (lib/http.c
 * Curl_http_done), so the perform ends well, with what came of the head handed out, and the
 * connection is not a WebSocket (curl test 2304).
 */
export async function wsUpgrade(
  ctx: TransferContext,
  stream: Duplex,
  options: WsUpgradeOptions = {},
): Promise<WsUpgradeResult> {
  // lib/ws.c: the upgrade request is made by lib/http.c Curl_http
  announceVersion(ctx, options.reused ?? false);
  const state = initialRequestState(ctx.opts, ctx.target);
  const req = buildRequest({
    opts: ctx.opts,
    target: ctx.target,
    state,
    // the upgrade is a GET: a single-pass scheme (Basic, Bearer) goes at once, as in Curl_http
    authorization: serverAuth(ctx, state, null).output(ctx, 'GET', ctx.target.path),
    wsKey: makeKey(),
    cookie: cookieLine(ctx, state),
  });
  const onCookie = setCookieHook(ctx, state);
  const reader = new StreamReader(stream, ctx);
  try {
    reader.write(req.headBytes);
    ctx.headerOut(req.head);
    ctx.infof('Request completely sent off');
    // lib/multi.c mstate_enter_did: the request is out (nothing more to send)
    stampTimer(ctx, 'pretransfer');
    stampTimer(ctx, 'posttransfer');
    // TIMER_STARTTRANSFER at the first status line, as for any HTTP answer (lib/sendf.c)
    const heads = new HeadReader(ctx, reader, {
      reused: options.reused ?? false,
      onStatusLine: () => stampTimer(ctx, 'starttransfer'),
    });
    for (;;) {
      const h = await heads.next();
      if (h === null || h === TIMEOUT) {
        const part = heads.partial();
        if (part.status !== 0) ctx.info.responseCode = part.status;
        deliverLines(ctx, part.lines, { body: null });
        return { upgraded: false, leftover: new Uint8Array(0), headers: [] };
      }
      ctx.info.responseCode = h.status;
      // lib/http.c http_header_s takes Set-Cookie before the lines are delivered
      if (onCookie !== null) for (const [name, value] of h.headers) onCookie(h.status, name, value);
      if (h.status === 101) {
        deliverLines(ctx, h.lines, { body: null });
        if (req.http10) throw ctx.failf(CURLE.WEIRD_SERVER_REPLY, 'unexpected 101 response code');
        ctx.infof('Received 101, Switching to WebSocket');
        // Decision 2: RFC 6455 section 4.1, the client MUST fail a wrong or missing accept value.
        const got = getHeader(h.headers, 'Sec-WebSocket-Accept');
        const want = expectedAccept(req.wsKey ?? '');
        if (got === undefined) {
          throw ctx.failf(CURLE.WEIRD_SERVER_REPLY, `[WS] the 101 response has no Sec-WebSocket-Accept, expected '${want}'`);
        }
        if (got !== want) {
          throw ctx.failf(CURLE.WEIRD_SERVER_REPLY, `[WS] Sec-WebSocket-Accept mismatch: expected '${want}', got '${got}'`);
        }
        ctx.infof('[WS] Received 101, switch to WebSocket');
        return { upgraded: true, leftover: heads.takeRest(), headers: h.headers };
      }
      if (h.status < 200) {
        deliverLines(ctx, h.lines, { body: null });
        continue;
      }
      // lib/http.c http_on_response: the error is raised before the blank line is written.
      const last = h.lines.length - 1;
      deliverLines(ctx, h.lines.slice(0, last), { body: null });
      const err = ctx.failf(CURLE.HTTP_RETURNED_ERROR, `Refused WebSocket upgrade: ${h.status}`);
      if (last >= 0) deliverLines(ctx, h.lines.slice(last), { body: null });
      throw err;
    }
  } finally {
    reader.release();
  }
}
