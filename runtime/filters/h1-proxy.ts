// The HTTP/1 proxy tunnel filter: CONNECT host:port (RFC 9110 section 9.3.6), after libcurl 8.22
// lib/cf-h1-proxy.c and lib/http_proxy.c. One state enum and one transition function
// (`goState`, libcurl's h1_tunnel_go_state) drive it:
//
//   INIT -> CONNECT (request sent) -> RECEIVE (answer read) -> RESPONSE (answer decided)
//        -> ESTABLISHED (2xx) | FAILED (anything else) | INIT again (407 and credentials to try)
//
// The transitions are traced in verbose output when MANBIND_TRACE names "proxy" (or "all"), as
// curl_global_trace("proxy") makes libcurl trace them. The answer head is read by the shared head
// loop in CONNECT mode; bytes after it go back into the stream for the layer above (C12).
import { isIPv6 } from 'node:net';
import type { Duplex } from 'node:stream';
import { proxyHeaderList } from '../base/body-options.js';
import { CURLE } from '../base/codes.js';
import { CURLPROXY_HTTP_1_0, CURLPROXY_HTTPS2 } from '../base/constants.js';
import type { TransferContext } from '../base/context.js';
import { isTraced } from '../base/trace.js';
import { BodyDecoder } from '../http/body.js';
import { bodyWriter, deliverLines } from '../http/client-writer.js';
import type { HeadResult } from '../http/head.js';
import { HeadReader, headFailure } from '../http/head-reader.js';
import { connectHeader, crlfProblem, findHeader, hasToken, splitHeaderLine } from '../http/headers.js';
import { ProxyAuth } from '../http/proxy-auth.js';
import { readFailure, StreamReader, unread } from '../io/stream-reader.js';
import { ConnFilter, type ConnectBelow, type FilterFacts, type FilterQuery } from './filter.js';
import { h2Tunnel } from './h2-proxy.js';

export enum TunnelState {
  INIT = 'init',
  CONNECT = 'connect',
  RECEIVE = 'receive',
  RESPONSE = 'response',
  ESTABLISHED = 'established',
  FAILED = 'failed',
}

/** The proxy the tunnel goes through, as the chain's plan names it. */
export interface TunnelProxy {
  /** CURLPROXY_HTTP_1_0 sends "CONNECT ... HTTP/1.0". */
  type: number;
  user: string | null;
  password: string | null;
}

/** Where the CONNECT goes when it is not the URL's host (CURLOPT_CONNECT_TO). */
export interface TunnelDestination {
  host: string;
  port: number;
}

const traced = isTraced('proxy');

/**
 * The CONNECT request, byte for byte as libcurl sends it (J1): request line, Host, Proxy-
 * Authorization, User-Agent (only when CURLOPT_USERAGENT is set and not empty), Proxy-Connection,
 * then CURLOPT_PROXYHEADER entries, then the empty line. A custom Host, User-Agent or
 * Proxy-Connection replaces the default one; "Name:" sends nothing, "Name;" an empty header.
 */
export function connectRequest(
  authority: string,
  http10: boolean,
  authorization: string | null,
  userAgent: string | null,
  proxyHeaders: readonly string[],
): string {
  const has = (name: string): boolean => findHeader(proxyHeaders, name) !== undefined;
  let req = `CONNECT ${authority} HTTP/1.${http10 ? 0 : 1}\r\n`;
  if (!has('Host')) req += `Host: ${authority}\r\n`;
  if (authorization !== null) req += `Proxy-Authorization: ${authorization}\r\n`;
  if (!has('User-Agent') && userAgent !== null && userAgent !== '') req += `User-Agent: ${userAgent}\r\n`;
  if (!has('Proxy-Connection')) req += 'Proxy-Connection: Keep-Alive\r\n';
  for (const line of proxyHeaders) {
    const h = connectHeader(line);
    if (h) req += `${h.line}\r\n`;
  }
  return `${req}\r\n`;
}

/** host:port as the request line and Host header carry it, IPv6 literals in brackets. */
export function authorityOf(host: string, port: number): string {
  return `${isIPv6(host.replace(/%.*$/, '')) ? `[${host}]` : host}:${port}`;
}

/** The state of one tunnel attempt (libcurl's struct h1_tunnel_state). */
interface Tunnel {
  state: TunnelState;
  stream: Duplex;
  reader: StreamReader;
  heads: HeadReader;
  closeConnection: boolean;
  /** A Proxy-Authorization header went out with this CONNECT. */
  sentAuth: boolean;
  status: number;
  retry: boolean;
}

/** The tunnel filter towards `dest` (default: the URL's host and port) through `proxy`. */
export function h1ProxyTunnel(proxy: TunnelProxy, dest?: TunnelDestination): H1ProxyFilter {
  return new H1ProxyFilter(proxy, dest);
}

export class H1ProxyFilter extends ConnFilter {
  readonly name = 'h1-proxy';
  readonly #proxy: TunnelProxy;
  readonly #dest: TunnelDestination | undefined;

  constructor(proxy: TunnelProxy, dest?: TunnelDestination) {
    super();
    this.#proxy = proxy;
    this.#dest = dest;
  }

  async connect(ctx: TransferContext, below: ConnectBelow): Promise<Duplex> {
    // what TLS to an HTTPS proxy negotiated decides the tunnel's HTTP version (lib/http_proxy.c)
    const stream = await runTunnel(ctx, below, this.#proxy, this.#dest, () => this.below?.query('alpn') ?? null);
    // the tunnel passes the stream below up as it is
    this.stream = stream;
    return stream;
  }

  /** The tunnel negotiated nothing for the layer above (lib/http_proxy.c cf_http_proxy_query
   * CF_QUERY_ALPN_NEGOTIATED); what TLS to the proxy agreed on stays below. */
  override query<K extends FilterQuery>(what: K): FilterFacts[K] | undefined {
    if (what === 'alpn') return null as FilterFacts[K];
    return super.query(what);
  }
}

function open(ctx: TransferContext, stream: Duplex): Pick<Tunnel, 'stream' | 'reader' | 'heads'> {
  const reader = new StreamReader(stream, ctx);
  return { stream, reader, heads: new HeadReader(ctx, reader, { connect: true }) };
}

async function runTunnel(
  ctx: TransferContext,
  below: ConnectBelow,
  proxy: TunnelProxy,
  dest: TunnelDestination | undefined,
  belowAlpn: () => string | null,
): Promise<Duplex> {
  const host = dest?.host ?? ctx.target.host;
  const port = dest?.port ?? ctx.target.port;
  const authority = authorityOf(host, port);
  const auth = new ProxyAuth(
    proxy.user,
    proxy.password,
    ctx.opts.proxyAuth,
    findHeader(proxyHeaderList(ctx.opts), 'Proxy-authorization') !== undefined,
  );

  const ts: Tunnel = {
    state: TunnelState.INIT,
    ...open(ctx, await below()),
    closeConnection: false,
    sentAuth: false,
    status: 0,
    retry: false,
  };

  /** The one transition function: enter `next`, with what entering it means. */
  const goState = (next: TunnelState): void => {
    if (ts.state === next) return;
    if (traced) ctx.infof(`[HTTP-PROXY] new tunnel state '${next}'`);
    switch (next) {
      case TunnelState.INIT:
        // tunnel_reinit: a fresh CONNECT, on this connection or a new one.
        ts.closeConnection = false;
        ts.sentAuth = false;
        ts.status = 0;
        ts.retry = false;
        break;
      case TunnelState.ESTABLISHED:
        ctx.infof('CONNECT phase completed for HTTP proxy');
        ctx.info.responseCode = 0;
        break;
      default:
        break;
    }
    ts.state = next;
  };

  try {
    // lib/http_proxy.c http_proxy_cf_connect: without ALPN the proxy type decides; h2 hands the
    // stream to the HTTP/2 tunnel (lib/cf-h2-proxy.c, h2-proxy.ts)
    const alpn = belowAlpn();
    if (alpn !== null) ctx.infof(`CONNECT: '${alpn}' negotiated`);
    else ctx.infof('CONNECT: no ALPN negotiated');
    const version = alpn ?? (proxy.type === CURLPROXY_HTTP_1_0 ? 'http/1.0' : proxy.type === CURLPROXY_HTTPS2 ? 'h2' : 'http/1.1');
    if (version === 'h2') {
      ts.reader.release();
      return await h2Tunnel(ctx, ts.stream, authority, auth);
    }
    if (version !== 'http/1.0' && version !== 'http/1.1') {
      throw ctx.failf(CURLE.COULDNT_CONNECT, `CONNECT: negotiated ALPN '${version}' not supported`);
    }
    for (;;) {
      switch (ts.state) {
        case TunnelState.INIT: {
          const authorization = auth.output(ctx, 'CONNECT', authority);
          ts.sentAuth = authorization !== null;
          ctx.infof(`Establishing HTTP proxy tunnel to ${authority}`);
          // HEADEROPT: PROXYHEADER (CURLHEADER_SEPARATE) or HTTPHEADER (CURLHEADER_UNIFIED)
          const crlf = crlfProblem(proxyHeaderList(ctx.opts), ctx.opts.userAgent);
          if (crlf !== null) throw ctx.failf(CURLE.BAD_FUNCTION_ARGUMENT, crlf);
          const request = connectRequest(
            authority,
            proxy.type === CURLPROXY_HTTP_1_0,
            authorization,
            ctx.opts.userAgent,
            proxyHeaderList(ctx.opts),
          );
          // a write error shows up as a read error while the answer is awaited
          ts.reader.write(Buffer.from(request, 'utf8'));
          ctx.headerOut(request);
          goState(TunnelState.CONNECT);
          break;
        }
        case TunnelState.CONNECT:
          goState(TunnelState.RECEIVE);
          break;
        case TunnelState.RECEIVE:
          await receiveAnswer(ctx, ts, auth);
          goState(TunnelState.RESPONSE);
          break;
        case TunnelState.RESPONSE:
          if (ts.retry) {
            if (ts.closeConnection) {
              // The proxy closes this connection: the sub-chain connects anew (E3, J6).
              ctx.infof('Connect me again please');
              goState(TunnelState.INIT);
              ts.reader.release();
              Object.assign(ts, open(ctx, await below()));
            } else {
              goState(TunnelState.INIT);
            }
            break;
          }
          if (Math.floor(ts.status / 100) !== 2) {
            goState(TunnelState.FAILED);
            throw ctx.failf(CURLE.COULDNT_CONNECT, `CONNECT tunnel failed, response ${ts.status}`);
          }
          goState(TunnelState.ESTABLISHED);
          ctx.infof(`CONNECT tunnel established, response ${ts.status}`);
          // Bytes after the answer belong to the layer above (TLS) or the application (C12).
          ts.reader.release();
          unread(ts.stream, ts.heads.takeRest());
          return ts.stream;
        default:
          throw ctx.failf(CURLE.RECV_ERROR, 'Proxy CONNECT aborted');
      }
    }
  } catch (err) {
    if (ts.state !== TunnelState.FAILED) goState(TunnelState.FAILED);
    throw err;
  } finally {
    ts.reader.release();
  }
}

/** Reads one complete answer (head, and the body of a 407 that is to be ignored). */
async function receiveAnswer(ctx: TransferContext, ts: Tunnel, auth: ProxyAuth): Promise<void> {
  // The head: the head loop gives its lines together, in order; each is handed to the debug,
  // write (CURLOPT_HEADER) and header callbacks and then acted on, before the next one, as
  // lib/cf-h1-proxy.c single_header does (so "Basic authentication problem, ignoring." follows
  // the Proxy-Authenticate line).
  const head = (await ts.heads.next()) as HeadResult | null;
  if (head === null) return onEof(ctx, ts, auth, null);

  ts.status = head.status;
  ctx.info.httpConnectCode = head.status;
  const successful = Math.floor(head.status / 100) === 2;
  let chunked = false;
  let contentLength = 0;
  const deliver = { body: ctx.opts.includeHeader ? bodyWriter(ctx) : null, connect: true };
  deliverLines(ctx, head.lines.slice(0, 1), deliver);
  for (const line of head.lines.slice(1)) {
    deliverLines(ctx, [line], deliver);
    const field = splitHeaderLine(Buffer.from(line.buffer, line.byteOffset, line.length).toString('latin1'));
    if (field === null) continue;
    const [name, value] = field;
    if (name === 'proxy-authenticate' && head.status === 407) {
      auth.input(ctx, value);
    } else if (name === 'content-length') {
      if (successful) {
        // RFC 9110 section 9.3.6: a 2xx answer to CONNECT has no content.
        ctx.infof(`Ignoring Content-Length in CONNECT ${pad3(head.status)} response`);
      } else {
        const m = /^[ \t]*(\d+)/.exec(value);
        if (!m) throw ctx.failf(CURLE.WEIRD_SERVER_REPLY, 'Unsupported Content-Length value');
        contentLength = Number(m[1]);
      }
    } else if ((name === 'connection' || name === 'proxy-connection') && hasToken(value, 'close')) {
      ts.closeConnection = true;
    } else if (name === 'transfer-encoding') {
      if (successful) ctx.infof(`Ignoring Transfer-Encoding in CONNECT ${pad3(head.status)} response`);
      else if (hasToken(value, 'chunked')) {
        ctx.infof('CONNECT responded chunked');
        chunked = true;
      }
    }
  }

  if (head.status === 407 && !auth.authproblem) {
    // The body of a 407 is read and thrown away so the connection can carry the next CONNECT.
    let decoder: BodyDecoder | null = null;
    if (contentLength > 0) {
      ctx.infof(`Ignore ${contentLength} bytes of response-body`);
      decoder = new BodyDecoder({ kind: 'length', length: contentLength });
    } else if (chunked) {
      ctx.infof('Ignore chunked response-body');
      decoder = new BodyDecoder({ kind: 'chunked' });
    }
    // Without either, libcurl does not wait for a close-delimited body.
    if (decoder !== null && !(await skipBody(ctx, ts, decoder))) return onEof(ctx, ts, auth, head.status);
    if (chunked) ctx.infof('chunk reading DONE');
  }
  if (!successful) ts.retry = auth.act(ctx, head.status);
}

/** Reads a 407 body into nothing; false when the proxy closed first. What follows the body
 * stays for the next answer. */
async function skipBody(ctx: TransferContext, ts: Tunnel, decoder: BodyDecoder): Promise<boolean> {
  let chunk: Uint8Array | null = ts.heads.takeRest();
  for (;;) {
    if (chunk.length > 0) {
      let out;
      try {
        out = decoder.push(chunk);
      } catch (err) {
        throw headFailure(ctx, err);
      }
      if (out.done) {
        unread(ts.stream, out.leftover);
        return true;
      }
    }
    try {
      chunk = await ts.reader.read();
    } catch (err) {
      throw readFailure(ctx, err);
    }
    if (chunk === null) return false;
  }
}

/**
 * The proxy closed before the answer was complete. After credentials were sent to a proxy that
 * offers authentication this is a "mere" close: the next CONNECT goes on a new connection.
 */
function onEof(ctx: TransferContext, ts: Tunnel, auth: ProxyAuth, status: number | null): void {
  if (ctx.opts.proxyAuth && auth.avail && ts.sentAuth) {
    ts.closeConnection = true;
    ctx.infof('Proxy CONNECT connection closed');
    if (status !== null && Math.floor(status / 100) !== 2) ts.retry = auth.act(ctx, status);
    return;
  }
  throw ctx.failf(CURLE.RECV_ERROR, 'Proxy CONNECT aborted');
}

function pad3(n: number): string {
  return String(n).padStart(3, '0');
}
