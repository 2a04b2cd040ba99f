// The HTTP/2 proxy tunnel (CURLPROXY_HTTPS2), after libcurl 8.22 lib/cf-h2-proxy.c: when TLS to
// an HTTPS proxy agreed on h2, the HTTP proxy filter (h1-proxy.ts, libcurl's HTTP-PROXY, which
// picks the tunnel by ALPN) hands its stream here. An HTTP/2 session (Node's nghttp2) runs over
// it and one CONNECT stream (RFC 9113 section 8.5: :method and :authority alone) becomes the
// tunnel: the stream the next filter (TLS to the origin) or the protocol runs over. The states
// are libcurl's h2_tunnel_go_state ones:
//
//   INIT -> CONNECT (stream submitted) -> RESPONSE (final head in) -> ESTABLISHED (2xx)
//        | FAILED (anything else)
//
//   const tunnel = await h2Tunnel(ctx, tlsStream, 'example.com:443', auth);
import * as http2 from 'node:http2';
import type { Duplex } from 'node:stream';
import { proxyHeaderList } from '../base/body-options.js';
import { CURLE } from '../base/codes.js';
import type { TransferContext } from '../base/context.js';
import { CurlError } from '../base/error.js';
import { isTraced } from '../base/trace.js';
import { h2ErrorName } from '../http/h2-errors.js';
import { h2ConnectRequest } from '../http/h2-request.js';
import { connectHeader, crlfProblem, findHeader } from '../http/headers.js';
import type { ProxyAuth } from '../http/proxy-auth.js';

enum H2TunnelState {
  INIT = 'init',
  CONNECT = 'connect',
  RESPONSE = 'response',
  ESTABLISHED = 'established',
  FAILED = 'failed',
}

/** lib/cf-h2-proxy.c: the tunnel stream's window (H2_TUNNEL_WINDOW_SIZE) and the connection's
 * (PROXY_HTTP2_HUGE_WINDOW_SIZE); CURLMOPT_MAX_CONCURRENT_STREAMS's default. */
const TUNNEL_WINDOW = 10 * 1024 * 1024;
const CONN_WINDOW = 100 * 1024 * 1024;
const MAX_STREAMS = 100;

const traced = isTraced('proxy');

/** The final answer to a CONNECT, or how the stream ended without one. */
interface Answer {
  status: number;
  /** The fields in the order received, without the pseudo-headers. */
  fields: [string, string][];
}

/** The header lines of the CONNECT (lib/http_proxy.c http_proxy_create_CONNECT for
 * PROXY_HTTP_V2): no Host and no Proxy-Connection, Proxy-Authorization, User-Agent when set and
 * not among the proxy headers, then the proxy headers. */
function connectLines(ctx: TransferContext, authorization: string | null): string[] {
  const custom = proxyHeaderList(ctx.opts);
  const lines: string[] = [];
  if (authorization !== null) lines.push(`Proxy-Authorization: ${authorization}`);
  const ua = ctx.opts.userAgent;
  if (findHeader(custom, 'User-Agent') === undefined && ua !== null && ua !== '') lines.push(`User-Agent: ${ua}`);
  for (const entry of custom) {
    const h = connectHeader(entry);
    if (h) lines.push(h.line);
  }
  return lines;
}

/** Waits for the final head of `stream`; null when the stream or the session ended first. */
function answerOf(ctx: TransferContext, stream: http2.ClientHttp2Stream): Promise<Answer | null> {
  return new Promise((resolve, reject) => {
    const done = (): void => {
      unhook();
      stream.off('response', onResponse);
      stream.off('close', onClose);
      stream.off('error', onClose);
    };
    const onResponse = (h: http2.IncomingHttpHeaders, _flags: number, raw: string[]): void => {
      done();
      const fields: [string, string][] = [];
      for (let i = 0; i + 1 < raw.length; i += 2) if (!raw[i]!.startsWith(':')) fields.push([raw[i]!, raw[i + 1]!]);
      resolve({ status: Number(h[':status']), fields });
    };
    const onClose = (): void => {
      done();
      resolve(null);
    };
    const unhook = ctx.onAbort(() => {
      done();
      reject(ctx.abortReason);
    });
    stream.on('response', onResponse);
    stream.once('close', onClose);
    stream.once('error', onClose);
  });
}

/**
 * Opens the tunnel to `authority` (host:port) over `below`, the TLS stream to the proxy, and
 * returns the tunnel's stream. Throws CurlError with libcurl's code: 7 for an answer other than
 * 2xx or a proxy that closed the connection, 56 for a tunnel stream that
 * ended before its answer.
 */
export async function h2Tunnel(ctx: TransferContext, below: Duplex, authority: string, auth: ProxyAuth): Promise<Duplex> {
  let state: H2TunnelState = H2TunnelState.INIT;
  let id = 0;
  const goState = (next: H2TunnelState): void => {
    if (state === next) return;
    if (traced) ctx.infof(`[HTTP/2-PROXY] [${id}] new tunnel state '${next}'`);
    state = next;
    if (next === H2TunnelState.ESTABLISHED) ctx.infof('CONNECT phase completed for HTTP/2 proxy');
  };
  // cf_h2_proxy_ctx_init: SETTINGS with the streams allowed, the tunnel's window and no push
  const session = http2.connect(`https://${authority}`, {
    createConnection: () => below,
    settings: { maxConcurrentStreams: MAX_STREAMS, initialWindowSize: TUNNEL_WINDOW, enablePush: false },
  });
  let closed = false;
  const seen: { failure: (Error & { code?: string; errno?: number }) | null } = { failure: null };
  session.on('error', (err: Error) => (seen.failure ??= err));
  session.once('close', () => (closed = true));
  session.once('connect', () => {
    try {
      session.setLocalWindowSize(CONN_WINDOW);
    } catch {
      // the session went away before the proxy's SETTINGS came
    }
  });
  const gone = (): void => {
    if (!session.destroyed) session.destroy();
  };
  below.once('end', gone);
  below.once('close', gone);
  try {
    if (closed || session.destroyed) throw ctx.failf(CURLE.COULDNT_CONNECT, 'proxy closed connection');
    // INIT: the CONNECT request and a first attempt to send it (submit_CONNECT)
    const crlf = crlfProblem(proxyHeaderList(ctx.opts), ctx.opts.userAgent);
    if (crlf !== null) throw ctx.failf(CURLE.BAD_FUNCTION_ARGUMENT, crlf);
    const { headers } = h2ConnectRequest(authority, connectLines(ctx, auth.output(ctx, 'CONNECT', authority)));
    // lib/http_proxy.c Curl_http_proxy_create_tunnel_request
    ctx.infof(`Establishing HTTP/2 proxy tunnel to ${authority}`);
    let stream: http2.ClientHttp2Stream;
    try {
      stream = session.request(headers, { endStream: false });
    } catch {
      throw ctx.failf(CURLE.SEND_ERROR, 'Failed sending CONNECT to proxy');
    }
    stream.on('error', () => {});
    stream.once('ready', () => (id = stream.id ?? 0));
    goState(H2TunnelState.CONNECT);
    const answer = await answerOf(ctx, stream);
    if (answer === null) {
      await new Promise<void>((r) => setImmediate(r));
      const failure = seen.failure;
      if (failure?.code === 'ERR_HTTP2_ERROR') {
        // nghttp2 refused what the proxy sent (proxy_h2_process_pending_input)
        throw ctx.failf(CURLE.RECV_ERROR, `process_pending_input: nghttp2_session_mem_recv() returned ${failure.errno ?? -505}:${failure.message}`);
      }
      // the session ended (H2_CONNECT: conn_closed), or the tunnel's stream was reset before
      // its answer (H2_TUNNEL_FAILED on the next connect step)
      if (closed || session.destroyed) throw ctx.failf(CURLE.COULDNT_CONNECT, 'proxy closed connection');
      throw new CurlError(CURLE.RECV_ERROR);
    }
    goState(H2TunnelState.RESPONSE);
    // lib/http_proxy.c Curl_http_proxy_inspect_tunnel_response
    ctx.infof(`CONNECT Response Status ${answer.status}`);
    ctx.infof(`Response Headers (${answer.fields.length} total):`);
    for (const [name, value] of answer.fields) ctx.infof(`  ${name}: ${value}`);
    if (answer.status === 407) {
      // the offer is taken in (PROXYAUTH_AVAIL); only a scheme that asks for another round
      // itself (Negotiate, not built in) would send the CONNECT again, so Basic and Digest end
      // here as in libcurl
      const offer = answer.fields.find(([n]) => n.toLowerCase() === 'proxy-authenticate');
      if (offer !== undefined) auth.input(ctx, offer[1]);
    }
    if (Math.floor(answer.status / 100) !== 2) {
      // PROXY_INSPECT_FAILED, without a text of its own
      stream.close(http2.constants.NGHTTP2_CANCEL);
      throw new CurlError(CURLE.COULDNT_CONNECT);
    }
    ctx.infof(`CONNECT tunnel established, response ${answer.status}`);
    goState(H2TunnelState.ESTABLISHED);
    ctx.info.responseCode = 0;
    // the session goes with the tunnel's stream (the chain closes the stream from above)
    stream.once('close', gone);
    // lib/cf-h2-proxy.c h2_handle_tunnel_close: the proxy reset the tunnel with an error code;
    // what reads the tunnel gets 56 with libcurl's text, not Node's stream error (a reset with
    // NO_ERROR just ends what comes through it)
    stream.once('aborted', () => {
      const code = stream.rstCode ?? 0;
      if (code === 0 || stream.destroyed) return;
      stream.destroy(new CurlError(CURLE.RECV_ERROR, `HTTP/2 stream ${stream.id} reset by server (error 0x${code.toString(16)} ${h2ErrorName(code)})`));
    });
    return stream;
  } catch (err) {
    goState(H2TunnelState.FAILED);
    below.off('end', gone);
    below.off('close', gone);
    gone();
    throw err;
  }
}
