// The HTTP/2 session of one connection (libcurl's cf-h2 filter, lib/http2.c): Node's nghttp2
// (node:http2) speaking over the top stream of the connection's filter chain, whatever that is (a
// socket, TLS, TLS inside a proxy tunnel). It counts the streams open on it, knows how many the
// server allows (SETTINGS_MAX_CONCURRENT_STREAMS), and stops taking streams after a GOAWAY.
//
//   const s = sessionFor(ctx, conn);                 // started on a new connection that speaks h2
//   const stream = s.request(headers, endStream);   // a ClientHttp2Stream, counted until closed
import { Buffer } from 'node:buffer';
import type { Duplex } from 'node:stream';
import * as http2 from 'node:http2';
import type { TransferContext } from '../../base/context.js';
import type { Multiplexer, ProtocolConnection } from '../handler.js';
import { ShutdownProbe } from './shutdown-probe.js';
import { UpgradeStream, upgradeHeaders } from './upgrade-stream.js';

/** include/curl/curl.h CURL_HTTP_VERSION_2_PRIOR_KNOWLEDGE */
const CURL_HTTP_VERSION_2_PRIOR_KNOWLEDGE = 5;

/** lib/http2.c: the stream window (H2_STREAM_WINDOW_SIZE_MAX) and the connection's window
 * (HTTP2_HUGE_WINDOW_SIZE). A receive speed limit below the stream window shrinks it, as
 * cf_h2_initial_win_size does (at least 8 KiB). */
const STREAM_WINDOW = 10 * 1024 * 1024;
const CONN_WINDOW = 100 * STREAM_WINDOW;
/** lib/multi.c: CURLMOPT_MAX_CONCURRENT_STREAMS's default, and what a server that announces no
 * limit is taken to allow (DEFAULT_MAX_CONCURRENT_STREAMS). */
const DEFAULT_MAX_STREAMS = 100;
/** lib/http.h MAX_HTTP_RESP_HEADER_COUNT, with room for the pseudo-headers. */
const MAX_HEADER_PAIRS = 5000 + 4;

/** SETTINGS_INITIAL_WINDOW_SIZE for the session (lib/http2.c cf_h2_initial_win_size). */
function streamWindow(ctx: TransferContext): number {
  const speed = ctx.opts.maxRecvSpeed;
  return speed > 0 && speed < STREAM_WINDOW ? Math.max(speed, 8192) : STREAM_WINDOW;
}

/** The HTTP2-Settings value of an `Upgrade: h2c` request: the SETTINGS payload the session sends
 * (lib/http2.c populate_binsettings: MAX_CONCURRENT_STREAMS, INITIAL_WINDOW_SIZE, ENABLE_PUSH 0,
 * six bytes each, RFC 9113 section 6.5.1) in base64url without padding (RFC 7540 section
 * 3.2.1). `maxStreams`: CURLMOPT_MAX_CONCURRENT_STREAMS. */
export function upgradeSettings(ctx: TransferContext, maxStreams: number): string {
  const b = Buffer.alloc(18);
  b.writeUInt16BE(0x3, 0);
  b.writeUInt32BE(maxStreams, 2);
  b.writeUInt16BE(0x4, 6);
  b.writeUInt32BE(streamWindow(ctx), 8);
  b.writeUInt16BE(0x2, 12);
  b.writeUInt32BE(0, 14);
  return b.toString('base64url');
}


/** nghttp2 ended the session itself after a connection error in what the server sent (see
 * shutdown-probe.ts). libcurl's text goes on with the GOAWAY's error code and name, which Node
 * does not show. */
export class H2Shutdown extends Error {
  constructor() {
    super('nghttp2 shuts down connection');
  }
}

export class H2Session implements Multiplexer {
  readonly session: http2.ClientHttp2Session;
  /** Streams opened and not yet closed. */
  inUse = 0;
  /** The peer sent GOAWAY: its error code and the last stream it will answer. */
  goaway: { code: number; lastStreamId: number } | null = null;
  /** A session-level failure (a malformed frame, the connection lost). */
  failure: Error | null = null;
  #closed = false;
  /** CURLMOPT_MAX_CONCURRENT_STREAMS of the multi handle the connection belongs to. */
  readonly #ownLimit: number;
  readonly #watchers = new Set<() => void>();
  /** The transfers with a stream open, for the lines libcurl prints on the transfer at hand. */
  readonly #active = new Set<TransferContext>();
  readonly #probe: ShutdownProbe;

  private constructor(session: http2.ClientHttp2Session, stream: Duplex, ownLimit: number) {
    this.session = session;
    this.#ownLimit = ownLimit;
    this.#probe = new ShutdownProbe(
      session,
      stream,
      () => this.inUse > 0 && !this.draining,
      () => {
        this.failure ??= new H2Shutdown();
        this.#notify();
        // its streams close with it; they fail with CURLE_HTTP2 (exchange.ts streamFailure)
        session.destroy();
      },
    );
    session.on('goaway', (code: number, lastStreamId: number) => {
      this.goaway = { code, lastStreamId };
      // lib/http2.c on_frame_recv
      const [ctx] = this.#active;
      ctx?.infof(`received GOAWAY, error=${code}, last_stream=${lastStreamId}`);
      this.#notify();
    });
    session.on('error', (err: Error) => {
      this.failure ??= err;
      this.#notify();
    });
    session.on('close', () => {
      this.#closed = true;
      this.#probe.stop();
      this.#notify();
    });
  }

  /** Starts HTTP/2 on `stream` (the connection preface and SETTINGS go out at once, as
   * cf_h2_ctx_open submits them). `maxStreams`: CURLMOPT_MAX_CONCURRENT_STREAMS. */
  static open(ctx: TransferContext, stream: Duplex, scheme: string, authority: string, maxStreams: number): H2Session {
    const window = streamWindow(ctx);
    const session = http2.connect(`${scheme}://${authority}`, {
      createConnection: () => stream,
      // populate_settings: MAX_CONCURRENT_STREAMS, INITIAL_WINDOW_SIZE, ENABLE_PUSH (no server
      // push); no header list limit of nghttp2's own: libcurl's limits apply (exchange.ts)
      settings: { maxConcurrentStreams: maxStreams, initialWindowSize: window, enablePush: false, maxHeaderListSize: 0xffffffff },
      maxHeaderListPairs: MAX_HEADER_PAIRS,
    });
    const s = new H2Session(session, stream, maxStreams);
    // the chain's sockets stay half-open (allowHalfOpen): the peer's end of the connection ends
    // the session and its streams (lib/http2.c: conn_closed)
    const gone = (): void => {
      if (!session.destroyed) session.destroy();
    };
    stream.once('end', gone);
    stream.once('close', gone);
    session.on('connect', () => {
      try {
        session.setLocalWindowSize(CONN_WINDOW);
      } catch {
        // the session went away before its preface was answered; its streams fail
      }
    });
    return s;
  }

  /** How many streams may be open at once: the server's SETTINGS_MAX_CONCURRENT_STREAMS and the
   * multi handle's own limit (lib/http2.c cf_h2_query CF_QUERY_MAX_CONCURRENT). */
  get limit(): number {
    const peer = this.session.remoteSettings?.maxConcurrentStreams;
    const theirs = peer === undefined || peer > 0xffffffff - 1 ? DEFAULT_MAX_STREAMS : peer;
    return Math.min(theirs, this.#ownLimit);
  }

  /** No new stream may start here: GOAWAY came, the session failed or closed. */
  get draining(): boolean {
    return this.goaway !== null || this.failure !== null || this.#closed || this.session.destroyed || this.session.closed;
  }

  /** Opens a stream for a request (HEADERS, END_STREAM when there is no body). Counted until it
   * closes. Throws Node's error when the headers are refused. */
  request(ctx: TransferContext, headers: http2.OutgoingHttpHeaders, endStream: boolean): http2.ClientHttp2Stream {
    // a bodyless GET or HEAD is what Node ends by default (isPayloadMeaningless): no options
    // object, whose copy and priority defaults cost Node several microseconds per stream
    const method = headers[':method'];
    const stream =
      endStream && (method === 'GET' || method === 'HEAD') ? this.session.request(headers) : this.session.request(headers, { endStream });
    this.inUse++;
    this.#active.add(ctx);
    this.#probe.arm();
    stream.once('close', () => {
      this.inUse--;
      this.#active.delete(ctx);
      this.#notify();
    });
    return stream;
  }

  /** The session is torn down (the connection closed, a GOAWAY with an error): its streams end
   * with it. */
  get gone(): boolean {
    return this.#closed || this.session.destroyed;
  }

  /** The session cannot go on (a fatal failure of the engine's own, as a failing nghttp2
   * callback is): it takes no more streams and its connection closes with the last one. */
  fail(): void {
    this.failure ??= new Error('The user callback function failed');
    this.#notify();
  }

  ping(): void {
    if (!this.draining) this.session.ping(() => {});
  }

  /** Calls `dead` once the session can take no more streams; returns the unwatch function. */
  watch(dead: () => void): () => void {
    if (this.draining) {
      dead();
      return () => {};
    }
    this.#watchers.add(dead);
    return () => this.#watchers.delete(dead);
  }

  #notify(): void {
    if (!this.draining) return;
    const all = [...this.#watchers];
    this.#watchers.clear();
    for (const w of all) w();
  }

  /** Ends the session: GOAWAY when it can still be sent (lib/http2.c cf_h2_shutdown), then the
   * streams and the session go. The chain below is closed by the connection. */
  close(): void {
    if (this.session.destroyed) return;
    if (!this.session.closed) this.session.close();
    this.session.destroy();
  }
}

/** The HTTP/2 session `conn` carries, started on a new connection when the server accepted h2 in
 * ALPN or HTTP_VERSION asks for prior knowledge on http:// (lib/http.c http_check_new_conn,
 * lib/http2.c Curl_http2_may_switch); null when the connection speaks HTTP/1.x. */
export function sessionFor(ctx: TransferContext, conn: ProtocolConnection): H2Session | null {
  if (conn.mux instanceof H2Session) return conn.mux;
  if (conn.reused) return null;
  let h2 = conn.alpn() === 'h2';
  if (!h2 && ctx.opts.httpVersion === CURL_HTTP_VERSION_2_PRIOR_KNOWLEDGE && !ctx.target.tls) {
    if (conn.forwardProxy !== null) ctx.infof('Ignoring HTTP/2 prior knowledge due to proxy');
    else h2 = true;
  }
  if (!h2) return null;
  const { host, port, scheme } = ctx.target;
  const s = H2Session.open(ctx, conn.stream, scheme, `${host}:${port}`, conn.maxStreams);
  conn.mux = s;
  return s;
}

/** The session of a connection the server switched to HTTP/2 after `Upgrade: h2c` (lib/http2.c
 * Curl_http2_upgrade), with stream 1, where the response to the upgraded request comes.
 * `leftover`: what the server sent after the 101; `head`: the request was a HEAD. */
export function upgradedSession(
  ctx: TransferContext,
  conn: ProtocolConnection,
  leftover: Uint8Array,
  head: boolean,
): { session: H2Session; stream: http2.ClientHttp2Stream } {
  if (leftover.length > 0) ctx.infof(`Copied HTTP/2 data in stream buffer to connection buffer after upgrade: len=${leftover.length}`);
  const authority = `${ctx.target.host}:${ctx.target.port}`;
  const s = H2Session.open(ctx, new UpgradeStream(conn.stream, leftover), 'http', authority, conn.maxStreams);
  conn.mux = s;
  return { session: s, stream: s.request(ctx, upgradeHeaders(authority, head), true) };
}
