// The HTTP/1.x request block (RFC 9112 sections 3 and 5), byte for byte as libcurl 8.22 writes it
// (lib/http.c `Curl_http`, `http_add_hd` and the H1_HD_* order, `http_set_aptr_host`,
// `http_target`, `Curl_add_custom_headers`, `http_add_content_hds`, `addexpect`,
// `http_add_connection_hd`, `Curl_http_method`; lib/ws.c `Curl_ws_request`).
//
// API:
//   const state = initialRequestState(opts, target);     // once per transfer
//   const req = buildRequest({ opts, target, state, forwardProxy?, proxyAuthorization?, wsKey? });
//   // req.head: request line + headers + blank line; req.body: POSTFIELDS bytes or null
//   // after a redirect: nextRequest() in http1-transfer.ts returns the next state
//
// Header order (libcurl's H1_HD_* enum): request line, Host, Proxy-Authorization, Authorization,
// User-Agent, Accept, Proxy-Connection (forward proxy only), Transfer-Encoding (custom chunked upload),
// Upgrade/Sec-WebSocket-Version/Sec-WebSocket-Key (WebSocket), Cookie, custom headers, Content-Length,
// Content-Type, Expect, Connection, blank line.
//
// Custom headers (CURLOPT_HTTPHEADER; plus CURLOPT_PROXYHEADER towards a forward proxy, as
// CURLHEADER_SEPARATE does): "Name: value" is sent as written; "Name:" with nothing after the
// colon is not sent and removes the default header of that name; "Name;" sends "Name:" empty. A
// custom Host goes where Host goes (unless a redirect left the first host); a custom
// User-Agent, Accept, Proxy-Connection, Content-Length, Content-Type, Expect or WebSocket header
// replaces libcurl's; a custom Connection value is merged into the one Connection line.
//
// CR or LF in a custom header, CUSTOMREQUEST or USERAGENT is refused with
// CURLE_BAD_FUNCTION_ARGUMENT (43). libcurl sends such bytes as they are (header injection is the
// application's problem there); manbind refuses them (proposed decision, see the report).
import { Buffer } from 'node:buffer';
import { isIPv6 } from 'node:net';
import { CURLE } from '../base/codes.js';
import { CURL_HTTP_VERSION_1_0 } from '../base/constants.js';
import { CurlError } from '../base/error.js';
import type { Target } from '../base/context.js';
import { proxyHeaderList } from '../base/body-options.js';
import type { EasyOptions } from '../base/options.js';
import { crlfProblem, findHeader, hasCrLf, headerValue, requestHeader } from './headers.js';
import { encodingAndReferer, rangePlan, sendsTe, timeConditionLine } from './body-headers.js';
import { isMimePost } from './mime-body.js';
import { readerPlan, type UploadPlan } from './upload-plan.js';

/** libcurl's EXPECT_100_THRESHOLD (lib/http.h): bigger request bodies announce Expect. */
export const EXPECT_100_THRESHOLD = 1024 * 1024;

/** libcurl's state.httpreq: what kind of request the options (and redirects since) ask for. */
export type HttpReq = 'GET' | 'POST' | 'HEAD' | 'PUT';

/** Per-transfer request state that redirects change (libcurl's data->state fields). */
export interface RequestState {
  /** state.httpreq: POST sends the POSTFIELDS body; a 301/302/303 may turn it into GET. */
  httpReq: HttpReq;
  /** state.http_ignorecustom: a redirect dropped CURLOPT_CUSTOMREQUEST. */
  ignoreCustom: boolean;
  /** state.this_is_a_follow: this request follows a redirect. */
  isFollow: boolean;
  /** Where the first request of the transfer went (state.first_host, first_remote_port,
   *  first_remote_protocol): custom Host and Authorization/Cookie only go there. */
  first: { host: string; port: number; scheme: string };
  /** A response in this transfer was HTTP/1.0 (state.http_neg.rcvd_min): ask with 1.0 too. */
  peerHttp10: boolean;
  /** state.disableexpect: a 417 answer made the request go again without Expect. */
  disableExpect?: boolean;
}

/** lib/http.c http_check_new_conn: the first request on a new connection (not one from the
 * connection cache) says which HTTP it speaks, before the request is made. */
export function announceVersion(ctx: { infof(text: string): void }, reused: boolean, version = 'HTTP/1.x'): void {
  if (!reused) ctx.infof(`using ${version}`);
}

/**
 * The state for the first request of a transfer. libcurl keeps the request kind in set.method,
 * changed by POST, POSTFIELDS, UPLOAD, NOBODY and HTTPGET in the order they are set; manbind derives
 * it: NOBODY gives HEAD, else UPLOAD gives PUT, else POST, POSTFIELDS or MIMEPOST give POST (a
 * MIMEPOST without POSTFIELDS is a mime POST, http/mime-body.ts), else GET.
 */
export function initialRequestState(opts: Readonly<EasyOptions>, target: Target): RequestState {
  const httpReq: HttpReq = opts.nobody
    ? 'HEAD'
    : opts.upload
      ? 'PUT'
      : opts.post || opts.postFields !== null || opts.mimePost !== null
        ? 'POST'
        : 'GET';
  return {
    httpReq,
    ignoreCustom: false,
    isFollow: false,
    first: { host: target.host, port: target.port, scheme: target.scheme },
    peerHttp10: false,
  };
}

export interface RequestInput {
  opts: Readonly<EasyOptions>;
  target: Target;
  state: RequestState;
  /** Talking to an HTTP proxy without a tunnel: the absolute URL goes in the request line, and
   *  Proxy-Connection: Keep-Alive and CURLOPT_PROXYHEADER entries are sent (lib/http.c). */
  forwardProxy?: boolean;
  /** Proxy-Authorization value for a forward proxy (ProxyAuth.output(ctx, method, path)). */
  proxyAuthorization?: string | null;
  /** Authorization value for the server (H1_HD_AUTH: Basic from the credentials), or null. */
  authorization?: string | null;
  /** A WebSocket upgrade (M1) with this Sec-WebSocket-Key (ws-frame.ts makeKey()). */
  wsKey?: string;
  /** The connection answered with HTTP/1.0 before (conn->httpversion_seen): ask with 1.0. */
  connHttp10?: boolean;
  /** The `Cookie:` line with its CRLF (H1_HD_COOKIES, http/cookie-engine.ts), or none. */
  cookie?: string;
  /** The Referer to send (CURLOPT_REFERER, or AUTOREFERER's previous URL), or none. */
  referer?: string | null;
  /** An auth probe (lib/http.c req.authneg): a multi-pass scheme has no challenge yet, so the
   *  POST goes with no body and Content-Length: 0, a custom Content-Length left out. */
  authNeg?: boolean;
  /** HTTP_VERSION 2_0 on a connection without TLS that speaks HTTP/1.x: the HTTP2-Settings value
   *  of an `Upgrade: h2c` offer (lib/http2.c Curl_http2_request_upgrade), else none. */
  h2Upgrade?: string;
  /** The connection speaks HTTP/2: "HTTP/2" in the request line, no chunked request body and no
   *  custom Transfer-Encoding (lib/http.c http_req_set_TE, Curl_add_custom_headers), no automatic
   *  Expect (addexpect asks for HTTP/1.1). */
  h2?: boolean;
}

export interface HttpRequest {
  /** The method word of the request line. */
  method: string;
  /** Request line, headers and the blank line (verbose HEADER_OUT shows exactly this). */
  head: string;
  /** `head` as bytes on the wire (UTF-8: JavaScript strings hold what C strings would). */
  headBytes: Buffer;
  /** The request body as it goes on the wire (chunk-encoded when a custom Transfer-Encoding:
   *  chunked asks for it), or null. */
  body: Uint8Array | null;
  /** Body bytes before any chunk encoding ("upload completely sent off: N bytes"). */
  bodyLength: number;
  /** A body read from the read callback or READDATA as it is sent (http/upload.ts), or null. */
  upload: UploadPlan | null;
  http10: boolean;
  /** Expect: 100-continue was announced: the body waits for a 100 or EXPECT_100_TIMEOUT_MS. */
  expect100: boolean;
  /** CURLOPT_NOBODY: no response body is read (libcurl's req.no_body), whatever the method. */
  noBody: boolean;
  /** The Sec-WebSocket-Key that was sent (the application's, when it gave one), else null. */
  wsKey: string | null;
  /** `Upgrade: h2c` was offered: a 101 switches the connection to HTTP/2. */
  h2Upgrade: boolean;
  /** state.resume_from of this request (RESUME_FROM; a POST resumed from -1 has 0). */
  resumeFrom: number;
}

function refuse(text: string): CurlError {
  return new CurlError(CURLE.BAD_FUNCTION_ARGUMENT, text);
}

/** The host as a Host header or absolute URL carries it: IPv6 literals bracketed, no zone id. */
function hostPart(host: string): string {
  // (every IPv6 address has a colon: the common host skips the parse)
  if (!host.includes(':')) return host;
  const bare = host.replace(/%.*$/, '');
  return isIPv6(bare) ? `[${bare}]` : host;
}

const DEFAULT_PORTS: Record<string, number> = { http: 80, ws: 80, https: 443, wss: 443 };

/** The request method word (Curl_http_method): CUSTOMREQUEST unless a redirect dropped it, HEAD
 *  for NOBODY, GET for WebSocket, else by state.httpreq. */
export function requestMethod(opts: Readonly<EasyOptions>, state: RequestState, ws: boolean): string {
  if (opts.customRequest !== null && !state.ignoreCustom) return opts.customRequest;
  if (opts.nobody) return 'HEAD';
  if (ws) return 'GET';
  return state.httpReq;
}

/** Whether Authorization and Cookie may go to this host (Curl_auth_allowed_to_host):
 *  CURLOPT_UNRESTRICTED_AUTH, or the origin the transfer started with. */
export function authAllowed(state: RequestState, target: Target, unrestricted = false): boolean {
  return (
    unrestricted ||
    !state.isFollow ||
    (state.first.host.toLowerCase() === target.host.toLowerCase() &&
      state.first.port === target.port &&
      state.first.scheme === target.scheme)
  );
}

/** The request target (http_target): the absolute URL without fragment (and, for http, without
 *  credentials, default port left out) towards a forward proxy; else path and query. */
export function requestTarget(target: Target, forwardProxy: boolean): string {
  if (!forwardProxy) return target.path;
  const port = DEFAULT_PORTS[target.scheme] === target.port ? '' : `:${target.port}`;
  let userinfo = '';
  if (target.scheme !== 'http') {
    const m = /^[a-z][a-z0-9+.-]*:\/\/([^@/?#]*)@/i.exec(target.url);
    if (m) userinfo = `${m[1]}@`;
  }
  return `${target.scheme}://${userinfo}${hostPart(target.host)}${port}${target.path}`;
}

/**
 * Builds one request. Throws CurlError 43 when a custom header, CUSTOMREQUEST or USERAGENT holds
 * CR or LF, or POSTFIELDSIZE is larger than the POSTFIELDS data.
 */
export function buildRequest(input: RequestInput): HttpRequest {
  const { opts, target, state } = input;
  const forwardProxy = input.forwardProxy ?? false;
  const ws = input.wsKey !== undefined;
  const headers = opts.httpHeaders;
  // Towards a forward proxy, CURLOPT_PROXYHEADER entries follow CURLOPT_HTTPHEADER's.
  // (CURLHEADER_UNIFIED: HTTPHEADER alone, PROXYHEADER unused)
  const customList = forwardProxy && opts.sepHeaders ? [...headers, ...opts.proxyHeaders] : headers;

  const crlf = crlfProblem(customList, opts.userAgent);
  if (crlf !== null) throw refuse(crlf);
  if (opts.customRequest !== null && hasCrLf(opts.customRequest)) {
    throw refuse(`CURLOPT_CUSTOMREQUEST contains CR or LF: ${JSON.stringify(opts.customRequest)}`);
  }
  if (opts.requestTarget !== null && hasCrLf(opts.requestTarget)) {
    throw refuse(`CURLOPT_REQUEST_TARGET contains CR or LF: ${JSON.stringify(opts.requestTarget)}`);
  }

  const method = requestMethod(opts, state, ws);
  const http10 =
    opts.httpVersion === CURL_HTTP_VERSION_1_0 || state.peerHttp10 || (input.connHttp10 ?? false);
  const h2 = input.h2 ?? false;
  const version = h2 ? '2' : http10 ? '1.0' : '1.1';

  // The body: POST (state.httpreq) with POSTFIELDS; WebSocket upgrades never carry one.
  const isPost = !ws && state.httpReq === 'POST';
  let body: Uint8Array | null = null;
  let bodyLength = 0;
  // set_reader: a PUT, or a POST without POSTFIELDS, reads its body (http/upload-plan.ts)
  const upload = ws ? null : readerPlan(opts, state.httpReq, input.authNeg ?? false, http10);
  if (upload !== null) bodyLength = Math.max(upload.length, 0);
  else if (isPost) {
    const pf = opts.postFields;
    const data = pf === null ? new Uint8Array(0) : typeof pf === 'string' ? Buffer.from(pf, 'utf8') : pf;
    let size = opts.postFieldSize >= 0 ? opts.postFieldSize : data.length;
    if (size > data.length) {
      // libcurl would read past the end of the application's buffer.
      throw refuse(`CURLOPT_POSTFIELDSIZE is ${size} but CURLOPT_POSTFIELDS holds ${data.length} bytes`);
    }
    if (pf === null) size = 0; // no read callback in this runtime: an empty body
    if (input.authNeg) size = 0;
    body = size > 0 ? data.subarray(0, size) : null;
    bodyLength = size;
  }
  // RANGE and RESUME_FROM (body-headers.ts): a resumed POST skips the start of its body
  // a mime POST is no HTTPREQ_POST: neither Range nor a resume applies (http_range, http_resume)
  const mime = upload?.body !== undefined;
  const ranged = ws || mime || (upload !== null && upload.length < 0) ? null : rangePlan(opts, state.httpReq, body, bodyLength);
  if (ranged !== null) ({ body, bodyLength } = ranged);
  if (ranged !== null && upload !== null) {
    // http_resume: the reader skips the first RESUME_FROM bytes (Curl_creader_resume_from)
    upload.skip = ranged.resumeFrom;
    upload.length = bodyLength;
  }

  // http_target: CURLOPT_REQUEST_TARGET replaces path and query, or the proxy's absolute URL
  let head = `${method} ${opts.requestTarget ?? requestTarget(target, forwardProxy)} HTTP/${version}\r\n`;

  // Host (http_set_aptr_host)
  let hostSent = true;
  const customHost = findHeader(headers, 'Host');
  if (customHost !== undefined && (!state.isFollow || state.first.host.toLowerCase() === target.host.toLowerCase())) {
    if (customHost.toLowerCase() === 'host:') hostSent = false;
    else head += `Host:${customHost.slice(5)}\r\n`;
  } else {
    const def = DEFAULT_PORTS[target.scheme];
    const port = def === target.port ? '' : `:${target.port}`;
    head += `Host: ${hostPart(target.host)}${port}\r\n`;
  }

  if (forwardProxy && input.proxyAuthorization) head += `Proxy-Authorization: ${input.proxyAuthorization}\r\n`;
  if (input.authorization) head += `Authorization: ${input.authorization}\r\n`;
  if (ranged !== null) head += ranged.line;
  if (opts.userAgent !== null && opts.userAgent !== '' && findHeader(headers, 'User-Agent') === undefined) {
    head += `User-Agent: ${opts.userAgent}\r\n`;
  }
  if (findHeader(headers, 'Accept') === undefined) head += 'Accept: */*\r\n';
  const te = sendsTe(opts);
  if (te) head += 'TE: gzip\r\n';
  head += encodingAndReferer(opts, input.referer ?? null);
  if (
    forwardProxy &&
    findHeader(headers, 'Proxy-Connection') === undefined &&
    findHeader(proxyHeaderList(opts), 'Proxy-Connection') === undefined
  ) {
    head += 'Proxy-Connection: Keep-Alive\r\n';
  }

  // http_req_set_TE: a custom "Transfer-Encoding: chunked" makes the body chunked.
  const customTE = findHeader(headers, 'Transfer-Encoding');
  const chunkedUpload =
    !h2 &&
    (customTE !== undefined
      ? headerValue(customTE).split(',').some((t) => t.trim().toLowerCase() === 'chunked')
      : upload !== null && upload.length < 0);
  // an unknown request length is sent chunked (http_req_set_TE)
  if (customTE === undefined && chunkedUpload) head += 'Transfer-Encoding: chunked\r\n';
  if (upload !== null) upload.chunked = chunkedUpload;

  // H1_HD_UPGRADE: Curl_http2_request_upgrade adds its two lines whatever the custom headers say
  const h2Upgrade = input.h2Upgrade !== undefined && !ws;
  if (h2Upgrade) head += `Upgrade: h2c\r\nHTTP2-Settings: ${input.h2Upgrade}\r\n`;
  if (ws) {
    // Curl_ws_request; a custom header of the same name replaces each.
    const wsHeads: [string, string][] = [
      ['Upgrade', 'websocket'],
      ['Sec-WebSocket-Version', '13'],
      ['Sec-WebSocket-Key', input.wsKey!],
    ];
    for (const [name, value] of wsHeads) if (findHeader(headers, name) === undefined) head += `${name}: ${value}\r\n`;
  }
  if (input.cookie) head += input.cookie;
  head += timeConditionLine(opts);

  const allowAuth = authAllowed(state, target, opts.unrestrictedAuth);
  for (const entry of customList) {
    const h = requestHeader(entry);
    if (h === null) continue;
    const n = h.name.toLowerCase();
    if (n === 'host' && hostSent) continue; // sent in Host's place
    if (n === 'connection') continue; // merged into the Connection line below
    if (n === 'transfer-encoding' && h2) continue;
    if (n === 'content-length' && input.authNeg) continue; // forced to 0 below
    if (n === 'content-type' && isPost && isMimePost(opts)) continue; // the mime one goes below
    if ((n === 'authorization' || n === 'cookie') && !allowAuth) continue;
    head += `${h.line}\r\n`;
  }

  // http_add_content_hds
  let expect100 = false;
  if (isPost || (upload !== null && state.httpReq === 'PUT')) {
    // a body of unknown size has no Content-Length (chunked on HTTP/1.1, DATA frames on HTTP/2)
    const unknown = upload !== null && upload.length < 0;
    if (!chunkedUpload && !unknown && (input.authNeg || findHeader(headers, 'Content-Length') === undefined)) {
      head += `Content-Length: ${bodyLength}\r\n`;
    }
    // the mime-generated headers (multipart/form-data; boundary=...)
    for (const line of upload?.headers ?? []) head += `${line}\r\n`;
    if (isPost && !isMimePost(opts) && findHeader(headers, 'Content-Type') === undefined) {
      head += 'Content-Type: application/x-www-form-urlencoded\r\n';
    }
    const customExpect = findHeader(headers, 'Expect');
    // addexpect: Curl_creader_client_length, -1 when unknown
    const clientLen = upload !== null ? (chunkedUpload ? -1 : upload.length) : bodyLength;
    if (customExpect !== undefined) {
      // addexpect: with an upgrade offered nothing waits for a 100
      expect100 = !h2Upgrade && /100-continue/i.test(headerValue(customExpect));
    } else if (!http10 && !h2 && !h2Upgrade && !state.disableExpect && (clientLen > EXPECT_100_THRESHOLD || clientLen < 0)) {
      head += 'Expect: 100-continue\r\n';
      expect100 = true;
    }
  }

  // http_add_connection_hd
  const customConn = findHeader(headers, 'Connection');
  const connValue = customConn !== undefined ? headerValue(customConn) : '';
  const tokens = [connValue, te ? 'TE' : '', ws || h2Upgrade ? 'Upgrade' : '', h2Upgrade ? 'HTTP2-Settings' : ''].filter((t) => t !== '');
  if (tokens.length > 0) head += `Connection: ${tokens.join(', ')}\r\n`;

  head += '\r\n';

  if (chunkedUpload && body !== null) body = chunkEncode(body);
  else if (chunkedUpload && upload === null) body = Buffer.from('0\r\n\r\n', 'latin1');

  let wsKey: string | null = null;
  if (ws) {
    const custom = findHeader(headers, 'Sec-WebSocket-Key');
    wsKey = custom !== undefined ? headerValue(custom) : input.wsKey!;
  }

  return {
    method,
    head,
    headBytes: Buffer.from(head, 'utf8'),
    body,
    bodyLength,
    upload,
    http10,
    expect100,
    noBody: opts.nobody,
    resumeFrom: ranged?.resumeFrom ?? 0,
    wsKey,
    h2Upgrade,
  };
}

/** One chunk with the whole body, then the last chunk (RFC 9112 section 7.1). */
function chunkEncode(body: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`, 'latin1'), body, Buffer.from('\r\n0\r\n\r\n', 'latin1')]);
}
