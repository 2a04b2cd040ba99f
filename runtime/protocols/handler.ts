// The protocol handler contract (after libcurl's struct Curl_handler, lib/urldata.h, one table per
// scheme family in lib/http.c, lib/ws.c, lib/imap.c ...). A handler says what runs on top of the
// filter chain: its own connect phase (a login), what CONNECT_ONLY=2 does, and the ordinary
// transfer. The engine (core/) looks the handler up by scheme in registry.ts and never branches on
// a scheme name; adding a protocol is adding a handler module and a registry line.
import type { Duplex } from 'node:stream';
import type { Target, TransferContext } from '../base/context.js';
import type { ConnFilter } from '../filters/filter.js';
import type { StreamIO } from '../io/stream-io.js';

/** Credentials for an HTTP proxy that gets the request itself (no tunnel). */
export interface ForwardProxy {
  user: string | null;
  password: string | null;
}

/** A session that carries several transfers at once on one connection (HTTP/2; libcurl's
 * conn->bits.multiplex with the filter's CF_QUERY_MAX_CONCURRENT). */
export interface Multiplexer {
  /** Streams open now. */
  readonly inUse: number;
  /** How many may be open at once. */
  readonly limit: number;
  /** No new stream may start (GOAWAY came, the session failed or closed). */
  readonly draining: boolean;
  /** Calls `dead` once draining; returns the function that stops watching. */
  watch(dead: () => void): () => void;
  /** The protocol's keep-alive message (an HTTP/2 PING: lib/http2.c cf_h2_keep_alive). */
  ping(): void;
  close(): void;
}

/** What a handler sees of the connection it works on. */
export interface ProtocolConnection {
  /** The connection number (libcurl's connection_id; IMAP tags are made from it). */
  readonly id: number;
  /** The top of the filter chain. */
  readonly stream: Duplex;
  /** It carried a transfer before (it came from the connection cache). */
  readonly reused: boolean;
  /** Requests go to an HTTP proxy as absolute URLs, with these credentials; null: they go to the
   * server (directly or through a tunnel). */
  readonly forwardProxy: ForwardProxy | null;
  /** HTTP: the server answered with HTTP/1.0 on this connection (lib/http.c httpversion_seen). */
  http10: boolean;
  /** The multiplexing session on the connection (HTTP/2), set by the handler that starts it. */
  mux: Multiplexer | null;
  /** An `Upgrade: h2c` offer awaits its answer: settles once it is known whether the connection
   * multiplexes (lib/url.c: a connection with upgrade_in_progress is not open enough to reuse). */
  upgrading: Promise<void> | null;
  /** CURLMOPT_MAX_CONCURRENT_STREAMS of the multi handle the connection was made in. */
  maxStreams: number;
  /** The protocol the server accepted in the TLS handshake with it (ALPN), null when none. */
  alpn(): string | null;
  /** A filter of the chain speaks TLS (to the server or to an HTTPS proxy; lib/cfilters.c
   * Curl_conn_is_ssl). */
  readonly secure: boolean;
  /** The non-blocking send/recv adapter the application's calls use (null once closed). */
  io(): StreamIO | null;
  /** Bytes read past what the protocol needed: the application's first recv gets them. */
  unread(bytes: Uint8Array): void;
  /** Puts a filter on top of the connected chain and connects it (STARTTLS). */
  stack(ctx: TransferContext, filter: ConnFilter): Promise<void>;
}

/** The outcome of one request on a connection (libcurl's DO and DONE of an ordinary transfer). */
export interface ExchangeOutcome {
  /** Whether the connection may carry another request (it goes back to the cache). */
  keepAlive: boolean;
  /** The same request goes again (an auth round, libcurl's FOLLOW_RETRY). */
  retry: boolean;
  /** The final status, and the Location a redirect names (null: none). */
  status: number;
  location: string | null;
  /** CONTENT_LENGTH_DOWNLOAD_T: the final answer's Content-Length, -1 when unknown. */
  contentLength: number;
}

/** One ordinary transfer of a handler: its request state across redirects and auth rounds. */
export interface ProtocolTransfer {
  /** One request and its response on `conn`. Throws CurlError with libcurl's code; a reused
   * connection that died before answering throws ConnectionDied (the engine retries once). */
  exchange(ctx: TransferContext, conn: ProtocolConnection): Promise<ExchangeOutcome>;
  /** A redirect to `next` is followed: the next request's state (method rules, lib/http.c
   * Curl_http_follow). The engine already counted it and checked the URL. */
  follow(ctx: TransferContext, next: Target, outcome: ExchangeOutcome): void;
}

/** What a CONNECT_ONLY=2 step hands the application besides the connection. */
export interface ConnectOnlySession {
  /** The protocol's session object (a WebSocket session for wsSend/wsRecv); null: none. */
  session: unknown;
}

export interface ProtocolHandler {
  /** Short name for texts. */
  readonly name: string;
  /** Checks made before any connection is made (lib/url.c url_set_data_creds and the handler's
   * setup_connection): throws CurlError, reported, when the transfer cannot start. */
  setup?(ctx: TransferContext): void;
  /** libcurl's connect_it: the protocol's own connect phase after the filters connected, in every
   * mode (nothing for HTTP; a greeting and login for the login protocols). */
  connect?(ctx: TransferContext, conn: ProtocolConnection): Promise<void>;
  /** What CONNECT_ONLY=2 does on top of the connection (decision 1: the HTTP request; the
   * WebSocket upgrade). Absent: mode 2 is mode 1. */
  connectOnly2?(ctx: TransferContext, conn: ProtocolConnection): Promise<ConnectOnlySession>;
  /** Starts an ordinary transfer (perform without CONNECT_ONLY). Absent: perform fails with
   * CURLE_UNSUPPORTED_PROTOCOL and `unsupportedText`. */
  transfer?(ctx: TransferContext): ProtocolTransfer;
  /** Why perform without CONNECT_ONLY is refused, when `transfer` is absent. */
  readonly unsupportedText?: string;
}

/** Whether a protocol reads the chain's top stream in `mode` (CONNECT_ONLY 0, 1 or 2). When none
 * does, the application's recv reads the bottom socket directly (the fast path). */
export function protocolReads(handler: ProtocolHandler, mode: number): boolean {
  if (handler.connect !== undefined) return true;
  if (mode === 0) return true;
  return mode === 2 && handler.connectOnly2 !== undefined;
}
