// The HTTP/1 proxy tunnel filter: CONNECT host:port (RFC 9110 section 9.3.6), after libcurl 8.22
// lib/cf-h1-proxy.c and lib/http_proxy.c. One state enum and one transition function
// (`goState`, libcurl's h1_tunnel_go_state) drive it:
//
//   INIT -> CONNECT (request sent) -> RECEIVE (answer read) -> RESPONSE (answer decided)
//        -> ESTABLISHED (2xx) | FAILED (anything else) | INIT again (407 and credentials to try)
//
// The transitions are traced in verbose output when MANBIND_TRACE names "proxy" (or "all"), as
// curl_global_trace("proxy") makes libcurl trace them. The answer head is parsed by
// http1-head.ts in CONNECT mode; bytes after it go back into the stream (C12).
import { isIPv6 } from 'node:net';
import type { Duplex } from 'node:stream';
import { CURLE } from '../base/codes.js';
import { CURLPROXY_HTTP_1_0 } from '../base/constants.js';
import { errnoOf, strerrorOf } from '../base/errno.js';
import { CurlError } from '../base/error.js';
import type { ConnectBelow, ConnFilter, TransferContext } from './filter.js';
import { BodyDecoder, ResponseHeadParser, type HeadResult } from '../http/head.js';
import { crlfProblem } from '../http/request.js';
import { ProxyAuth } from '../http/proxy-auth.js';
import type { ProxyPlan } from '../core/proxy-plan.js';

export enum TunnelState {
  INIT = 'init',
  CONNECT = 'connect',
  RECEIVE = 'receive',
  RESPONSE = 'response',
  ESTABLISHED = 'established',
  FAILED = 'failed',
}

/** Where the CONNECT goes when it is not the URL's host (CURLOPT_CONNECT_TO). */
export interface TunnelDestination {
  host: string;
  port: number;
}

function traceEnabled(): boolean {
  const v = (typeof process !== 'undefined' && process.env['MANBIND_TRACE']) || '';
  return v.split(/[\s,]+/).some((t) => t === 'proxy' || t === 'all');
}

/** The state of one tunnel attempt (libcurl's struct h1_tunnel_state). */
interface Tunnel {
  state: TunnelState;
  stream: Duplex;
  /** Answer bytes read but not yet parsed (after a 407 body, or beyond the head). */
  pending: Uint8Array;
  closeConnection: boolean;
  /** A Proxy-Authorization header went out with this CONNECT. */
  sentAuth: boolean;
  status: number;
  retry: boolean;
}

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
  const has = (name: string): boolean => customHeaderNamed(proxyHeaders, name);
  let req = `CONNECT ${authority} HTTP/1.${http10 ? 0 : 1}\r\n`;
  if (!has('Host')) req += `Host: ${authority}\r\n`;
  if (authorization !== null) req += `Proxy-Authorization: ${authorization}\r\n`;
  if (!has('User-Agent') && userAgent !== null && userAgent !== '') req += `User-Agent: ${userAgent}\r\n`;
  if (!has('Proxy-Connection')) req += 'Proxy-Connection: Keep-Alive\r\n';
  for (const line of proxyHeaders) {
    const h = customHeader(line);
    if (h) req += `${h.name}: ${h.value}\r\n`;
  }
  return `${req}\r\n`;
}

/** Curl_checkProxyheaders: an entry starting with `name` followed by ':' or ';', any case. */
export function customHeaderNamed(headers: readonly string[], name: string): boolean {
  const n = name.toLowerCase();
  return headers.some((h) => h.slice(0, n.length).toLowerCase() === n && (h[n.length] === ':' || h[n.length] === ';'));
}

/**
 * lib/http_proxy.c dynhds_add_custom: "Name: value" is sent (leading blanks of the value
 * dropped), "Name:" suppresses the header, "Name;" sends it empty; anything else is ignored.
 */
function customHeader(line: string): { name: string; value: string } | null {
  const m = /^([^:;]*)([:;])(.*)$/s.exec(line);
  if (!m || m[1] === '') return null;
  const value = m[3]!.replace(/^[ \t]+/, '');
  if (m[2] === ':') return value === '' ? null : { name: m[1]!, value };
  return value === '' ? { name: m[1]!, value: '' } : null;
}

/** host:port as the request line and Host header carry it, IPv6 literals in brackets. */
export function authorityOf(host: string, port: number): string {
  return `${isIPv6(host.replace(/%.*$/, '')) ? `[${host}]` : host}:${port}`;
}

const EMPTY = new Uint8Array(0);

/** Reads what the stream has, waiting for more; null at EOF. Rejects on error or abort. */
function readSome(stream: Duplex, signal: AbortSignal): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const take = (): boolean => {
      const chunk = stream.read() as Buffer | string | null;
      if (chunk === null) return false;
      cleanup();
      resolve(typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk);
      return true;
    };
    const onReadable = (): void => {
      take();
    };
    const onEnd = (): void => {
      cleanup();
      resolve(null);
    };
    const onClose = (): void => {
      if (take()) return;
      cleanup();
      resolve(null);
    };
    const onError = (err: Error): void => {
      cleanup();
      reject(err);
    };
    const onAbort = (): void => {
      cleanup();
      reject(signal.reason ?? new Error('aborted'));
    };
    const cleanup = (): void => {
      stream.off('readable', onReadable);
      stream.off('end', onEnd);
      stream.off('close', onClose);
      stream.off('error', onError);
      signal.removeEventListener('abort', onAbort);
    };
    if (signal.aborted) {
      reject(signal.reason ?? new Error('aborted'));
      return;
    }
    if (stream.readableEnded) {
      resolve(null);
      return;
    }
    const errored = (stream as Duplex & { errored?: Error | null }).errored;
    if (errored) {
      reject(errored);
      return;
    }
    stream.on('readable', onReadable);
    stream.once('end', onEnd);
    stream.once('close', onClose);
    stream.once('error', onError);
    signal.addEventListener('abort', onAbort, { once: true });
    if (stream.destroyed) onClose();
    else take();
  });
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return Buffer.concat([a, b]);
}

/** The header name of a CONNECT answer line, lower-cased, and its trimmed value. */
function splitHeader(line: Uint8Array): [string, string] | null {
  const text = Buffer.from(line.buffer, line.byteOffset, line.length).toString('latin1');
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  return [text.slice(0, colon).toLowerCase(), text.slice(colon + 1).replace(/[\r\n]+$/, '').trim()];
}

// Curl_compareheader: the header's comma-separated value lists `token`, any case.
function lists(value: string, token: string): boolean {
  return value.split(',').some((t) => t.trim().toLowerCase() === token);
}

/**
 * The tunnel filter for `plan` (plan.tunnel is true when the chain includes it). `dest` is where
 * the CONNECT goes: the URL's host and port unless CONNECT_TO moved it.
 */
export function h1ProxyTunnel(plan: ProxyPlan, dest?: TunnelDestination): ConnFilter {
  return {
    name: 'h1-proxy',
    connect: (ctx, below) => runTunnel(ctx, below, plan, dest),
  };
}

async function runTunnel(
  ctx: TransferContext,
  below: ConnectBelow,
  plan: ProxyPlan,
  dest: TunnelDestination | undefined,
): Promise<Duplex> {
  const host = dest?.host ?? ctx.target.host;
  const port = dest?.port ?? ctx.target.port;
  const authority = authorityOf(host, port);
  const trace = traceEnabled();
  const auth = new ProxyAuth(
    plan.user,
    plan.password,
    ctx.opts.proxyAuth,
    customHeaderNamed(ctx.opts.proxyHeaders, 'Proxy-authorization'),
  );

  const ts: Tunnel = {
    state: TunnelState.INIT,
    stream: await below(),
    pending: EMPTY,
    closeConnection: false,
    sentAuth: false,
    status: 0,
    retry: false,
  };
  // A stream error between two reads must not go unhandled; readSome reports it (stream.errored).
  const ignore = (): void => {};
  ts.stream.on('error', ignore);

  /** The one transition function: enter `next`, with what entering it means. */
  const goState = (next: TunnelState): void => {
    if (ts.state === next) return;
    if (trace) ctx.infof(`[HTTP-PROXY] new tunnel state '${next}'`);
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
    ctx.infof('CONNECT: no ALPN negotiated');
    for (;;) {
      switch (ts.state) {
        case TunnelState.INIT: {
          const authorization = auth.output(ctx, 'CONNECT', authority);
          ts.sentAuth = authorization !== null;
          ctx.infof(`Establishing HTTP proxy tunnel to ${authority}`);
          const crlf = crlfProblem(ctx.opts.proxyHeaders, ctx.opts.userAgent);
          if (crlf !== null) throw ctx.failf(CURLE.BAD_FUNCTION_ARGUMENT, crlf);
          const request = connectRequest(
            authority,
            plan.type === CURLPROXY_HTTP_1_0,
            authorization,
            ctx.opts.userAgent,
            ctx.opts.proxyHeaders,
          );
          sendRequest(ctx, ts.stream, request);
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
              ts.pending = EMPTY;
              ts.stream.off('error', ignore);
              ts.stream = await below();
              ts.stream.on('error', ignore);
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
          if (ts.pending.length > 0) ts.stream.unshift(Buffer.from(ts.pending));
          ts.pending = EMPTY;
          return ts.stream;
        default:
          throw ctx.failf(CURLE.RECV_ERROR, 'Proxy CONNECT aborted');
      }
    }
  } catch (err) {
    if (ts.state !== TunnelState.FAILED) goState(TunnelState.FAILED);
    throw err;
  } finally {
    ts.stream.off('error', ignore);
  }
}

function sendRequest(ctx: TransferContext, stream: Duplex, request: string): void {
  const bytes = Buffer.from(request, 'utf8');
  // A write error shows up as a stream error while the answer is awaited.
  stream.write(bytes, () => {});
  ctx.headerOut(request);
}

/** Reads one complete answer (head, and the body of a 407 that is to be ignored). */
async function receiveAnswer(ctx: TransferContext, ts: Tunnel, auth: ProxyAuth): Promise<void> {
  const parser = new ResponseHeadParser({ connect: true });
  let head: HeadResult | null = null;
  let chunked = false;
  let contentLength = 0;

  // The head: libcurl hands each line to the debug and header callbacks as it completes; the
  // parser gives the lines of the head together, in order.
  try {
    if (ts.pending.length > 0) {
      const p = ts.pending;
      ts.pending = EMPTY;
      head = parser.push(p);
    }
    while (head === null) {
      const chunk = await readFrom(ctx, ts.stream);
      if (chunk === null) return onEof(ctx, ts, auth, null);
      head = parser.push(chunk);
    }
  } catch (err) {
    if (err instanceof CurlError) throw ctx.failf(err.code, err.message);
    throw err;
  }

  ts.status = head.status;
  ctx.info.httpConnectCode = head.status;
  const successful = Math.floor(head.status / 100) === 2;
  for (const line of head.lines) {
    ctx.headerIn(Buffer.from(line.buffer, line.byteOffset, line.length).toString('latin1'));
    ctx.writeHeader(line, true);
    ctx.info.headerSize += line.length;
    const field = splitHeader(line);
    if (field === null || line === head.lines[0]) continue;
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
    } else if (name === 'connection' && lists(value, 'close')) {
      ts.closeConnection = true;
    } else if (name === 'transfer-encoding') {
      if (successful) ctx.infof(`Ignoring Transfer-Encoding in CONNECT ${pad3(head.status)} response`);
      else if (lists(value, 'chunked')) {
        ctx.infof('CONNECT responded chunked');
        chunked = true;
      }
    } else if (name === 'proxy-connection' && lists(value, 'close')) {
      ts.closeConnection = true;
    }
  }

  let rest: Uint8Array = head.leftover;
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
    if (decoder !== null) {
      let chunk: Uint8Array | null = rest;
      for (;;) {
        if (chunk !== null && chunk.length > 0) {
          let out;
          try {
            out = decoder.push(chunk);
          } catch (err) {
            if (err instanceof CurlError) throw ctx.failf(err.code, err.message);
            throw err;
          }
          if (out.done) {
            if (chunked) ctx.infof('chunk reading DONE');
            rest = out.leftover;
            break;
          }
        }
        chunk = await readFrom(ctx, ts.stream);
        if (chunk === null) return onEof(ctx, ts, auth, head.status);
      }
    }
  }
  ts.pending = rest;
  if (!successful) ts.retry = auth.act(ctx, head.status);
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

async function readFrom(ctx: TransferContext, stream: Duplex): Promise<Buffer | null> {
  try {
    return await readSome(stream, ctx.signal);
  } catch (err) {
    if (err instanceof CurlError) throw err;
    if (ctx.signal.aborted) {
      const reason: unknown = ctx.signal.reason;
      if (reason instanceof CurlError) throw reason;
      throw ctx.failf(CURLE.OPERATION_TIMEDOUT, 'Proxy CONNECT aborted due to timeout');
    }
    ctx.info.osErrno = errnoOf(err) || ctx.info.osErrno;
    const code = (err as { code?: unknown }).code;
    if (code === 'EPIPE' || code === 'ERR_STREAM_WRITE_AFTER_END' || code === 'ERR_STREAM_DESTROYED') {
      throw ctx.failf(CURLE.SEND_ERROR, `Send failure: ${strerrorOf(err)}`);
    }
    throw ctx.failf(CURLE.RECV_ERROR, `Recv failure: ${strerrorOf(err)}`);
  }
}

function pad3(n: number): string {
  return String(n).padStart(3, '0');
}
