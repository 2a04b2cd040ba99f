// A connection: its number, its chain of filters bottom to top, and the one place that drives
// them. The chain connects the filters (a filter that calls below() again gets the filters below
// closed and connected anew: "Connect me again please", J6), answers queries by asking the top
// filter, and closes them top to bottom (docs/internals/CONNECTION-FILTERS.md: the chain, not the
// filters, drives close). Connect-only connections are closed "aborted" (H3): no TLS
// close_notify, no draining.
import type { Duplex } from 'node:stream';
import { CURLE } from '../base/codes.js';
import type { TransferContext, TransferInfo } from '../base/context.js';
import { CurlError } from '../base/error.js';
import { tracing } from '../base/trace.js';
import type { ConnectBelow, ConnFilter, FilterFacts, FilterQuery } from '../filters/filter.js';
import type { ConnectedSocket } from '../filters/socket.js';
import { StreamIO } from '../io/stream-io.js';
import { unread } from '../io/stream-reader.js';
import type { ForwardProxy, Multiplexer, ProtocolConnection } from '../protocols/handler.js';

/** The global `performance` is a lazy getter in Node 20: read it once. */
const clock = performance;

export class Connection implements ProtocolConnection {
  /** The connection number; -1 until the connection is counted (after URL, proxy and
   * CONNECT_TO were accepted, as lib/url.c adds it to the pool). */
  id = -1;
  /** The filters, bottom first. */
  readonly filters: readonly ConnFilter[];
  /** The request goes to an HTTP proxy as an absolute URL (no tunnel), with these credentials. */
  readonly forwardProxy: ForwardProxy | null;
  /** "Connection #N to host HOST:PORT left intact" names this. */
  readonly displayHost: string;
  readonly displayPort: number;
  /** The HTTP proxy the connection goes through (tunnel or not), as the proxy string names it;
   * null for a direct connection. */
  readonly proxyHost: string | null;
  /** The server answered HTTP/1.0 on this connection: later requests ask with 1.0 too. */
  http10 = false;
  /** It carried a transfer before (it came from the connection cache). */
  reused = false;
  /** The HTTP/2 session on it, once the handler started one. */
  mux: Multiplexer | null = null;
  upgrading: Promise<void> | null = null;
  maxStreams = 100;
  closed = false;
  /** When it was made (conn->created, for CURLOPT_MAXLIFETIME_CONN), in performance.now() ms;
   * NaN for a connect-only connection, which never enters the cache (H1; a clock read is a
   * call into Node that a connect loop notices). */
  readonly createdAt: number;
  /** The send/recv adapter over the top stream, made at the first send, recv or wait. */
  #io: StreamIO | null = null;

  constructor(
    filters: ConnFilter[],
    display: { host: string; port: number },
    forwardProxy: ForwardProxy | null,
    proxyHost: string | null = null,
    connectOnly = false,
  ) {
    this.createdAt = connectOnly ? NaN : clock.now();
    for (let i = 1; i < filters.length; i++) filters[i]!.below = filters[i - 1]!;
    this.filters = filters;
    this.displayHost = display.host;
    this.displayPort = display.port;
    this.forwardProxy = forwardProxy;
    this.proxyHost = proxyHost;
  }

  /** A filter of the chain speaks TLS (lib/cfilters.c Curl_conn_is_ssl). */
  get secure(): boolean {
    return this.filters.some((f) => f.name === 'tls' || f.name === 'tls-proxy');
  }

  /** The top stream once the connection is established (what ACTIVESOCKET returns). */
  get stream(): Duplex {
    return this.filters[this.filters.length - 1]!.stream!;
  }

  /** Connects the chain; resolves with the top stream. Rejects with the transfer's abort reason
   * (a timeout, cleanup) even when a filter does not watch for it itself. */
  connect(ctx: TransferContext): Promise<Duplex> {
    const top = this.filters.length - 1;
    const run = this.#connectLevel(ctx, top);
    // the bottom filter watches the abort itself; with others on top, race them against it
    return top === 0 ? run : raceAbort(ctx, run);
  }

  #connectLevel(ctx: TransferContext, level: number): Promise<Duplex> {
    const filter = this.filters[level]!;
    // the bottom filter gets the shared answer: no closure per connection
    const below = level === 0 ? nothingBelow : this.#below(ctx, level);
    if (tracing) ctx.trace('CHAIN', `connect ${filter.name}`);
    return filter.connect(ctx, below).then((stream) => {
      // connected after the connection was closed (cleanup during connect): let it go at once
      if (this.closed) filter.close();
      return stream;
    });
  }

  /** What the filter at `level` (above the bottom) calls to connect the ones below it. */
  #below(ctx: TransferContext, level: number): ConnectBelow {
    let calls = 0;
    return () => {
      if (calls++ > 0) this.#closeBelow(level);
      return this.#connectLevel(ctx, level - 1);
    };
  }

  /** Closes the filters below `level`, top to bottom. */
  #closeBelow(level: number): void {
    for (let i = level - 1; i >= 0; i--) this.filters[i]!.close();
  }

  /** Puts `filter` on top of the connected chain and connects it over the stream of the filter
   * below: STARTTLS in a login protocol's connect phase (lib/vtls/vtls.c Curl_ssl_cfilter_add,
   * then Curl_conn_connect). It closes with the chain, also when its connect fails. */
  async stack(ctx: TransferContext, filter: ConnFilter): Promise<void> {
    const below = this.filters[this.filters.length - 1]!;
    filter.below = below;
    (this.filters as ConnFilter[]).push(filter);
    await raceAbort(ctx, filter.connect(ctx, () => Promise.resolve(below.stream!)));
    if (this.closed) filter.close();
  }

  /** Asks the chain (the top filter, which passes down what it does not know). */
  query<K extends FilterQuery>(what: K): FilterFacts[K] | undefined {
    return this.filters[this.filters.length - 1]!.query(what);
  }

  alpn(): string | null {
    return this.query('alpn') ?? null;
  }

  /** Copies LOCAL_IP and LOCAL_PORT from the chain into a transfer's figures. */
  takeLocal(info: TransferInfo): void {
    const local = this.query('local');
    if (local !== undefined) {
      info.localIp = local.ip;
      info.localPort = local.port;
    }
  }

  /** The send/recv adapter (null before the connection is established or after close). */
  io(): StreamIO | null {
    if (this.#io === null && !this.closed) {
      const stream = this.filters[this.filters.length - 1]!.stream;
      if (stream === null) return null;
      const b = this.query('socket') as ConnectedSocket | undefined;
      // the application starts using the connection: keep the local address while it exists
      b?.local();
      // a socket read with onread hands its inbox over
      const bottom = b !== undefined && b.stream === stream ? b : undefined;
      this.#io = new StreamIO(stream, bottom?.inbox, bottom?.notConnected ?? false);
    }
    return this.#io;
  }

  /** Bytes a protocol read past what it needed: the application's first recv gets them. */
  unread(bytes: Uint8Array): void {
    unread(this.stream, bytes);
  }

  /** Closes the whole connection (idempotent). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.mux?.close();
    this.#io?.detach();
    this.#closeBelow(this.filters.length);
  }
}

/** below() of the bottom filter. */
function nothingBelow(): Promise<Duplex> {
  return Promise.reject(new CurlError(CURLE.FAILED_INIT, 'nothing below the bottom filter'));
}

/** `run`, or the transfer's abort reason when the transfer is aborted first (a late failure of
 * `run` is then handled here, never unhandled). One promise, no Promise.race. */
function raceAbort(ctx: TransferContext, run: Promise<Duplex>): Promise<Duplex> {
  return new Promise<Duplex>((resolve, reject) => {
    const unhook = ctx.onAbort(() => reject(ctx.abortReason));
    run.then(
      (stream) => {
        unhook();
        resolve(stream);
      },
      (err: unknown) => {
        unhook();
        reject(err);
      },
    );
  });
}
