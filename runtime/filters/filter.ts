// The connection filter contract (after curl's lib/cfilters.h, docs/internals/CONNECTION-FILTERS.md).
//
// A connection is a stack of filters, bottom to top: happy eyeballs over socket attempts, the HTTP
// proxy tunnel, TLS. Each filter connects over the stream the filters below hand it and exposes a
// stream of its own to the one above: that stream is its send and recv. The chain
// (core/connection.ts), not the filters, drives connect and close, and answers queries by asking
// the top filter, which answers what it knows and passes the rest down. A filter that must start
// over below it (proxy auth on a closed connection: "Connect me again please") calls `below()`
// again: the chain closes the filters below, with the close-socket callback, and connects anew.
//
// A new filter (SOCKS, an HTTPS proxy) extends ConnFilter and implements connect(); close() and
// query() pass through unless it has something of its own to close or to tell.
import type { Duplex } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import type { TransferContext } from '../base/context.js';
import type { CurlSocket } from '../types.js';

/** An address as getinfo reports it. */
export interface Endpoint {
  ip: string;
  port: number;
}

/** The bottom socket of a connection. */
export interface BottomSocket {
  /** What the application's callbacks see and what the close callback gets. */
  item: CurlSocket;
  /** The stream the engine reads and writes. */
  stream: Duplex;
}

/** What a filter can be asked about its connection (libcurl's CF_QUERY_* and cf_get_socket). */
export interface FilterFacts {
  /** The bottom socket (CURLINFO_LASTSOCKET, the close callback's item). */
  socket: BottomSocket;
  /** The far end of the bottom socket: the server, or the first proxy (CURLINFO_PRIMARY_*). */
  primary: Endpoint;
  /** The near end of the bottom socket (CURLINFO_LOCAL_*). */
  local: Endpoint;
  /** The protocol TLS negotiated by ALPN for the layer above; null without TLS or agreement. */
  alpn: string | null;
  /** The TLS socket of the connection's TLS layer to the target. */
  tls: TLSSocket;
}

export type FilterQuery = keyof FilterFacts;

/** Connects everything below a filter and returns its stream; calling it again reconnects. */
export type ConnectBelow = () => Promise<Duplex>;

export abstract class ConnFilter {
  /** Short name used in verbose traces: "happy-eyeballs", "h1-proxy", "tls". */
  abstract readonly name: string;
  /** The filter below this one; null for the bottom (the chain sets it). */
  below: ConnFilter | null = null;
  /** The stream this filter gives the one above; null until it connected and after close. */
  stream: Duplex | null = null;

  /** Connects over `below()` (the bottom filter ignores it) and returns the stream for the
   * filter above. Rejects with a CurlError carrying libcurl's code and text. */
  abstract connect(ctx: TransferContext, below: ConnectBelow): Promise<Duplex>;

  /** Answers a question about the connection; by default the filter below answers. */
  query<K extends FilterQuery>(what: K): FilterFacts[K] | undefined {
    return this.below?.query(what);
  }

  /** Lets go of what this filter holds; the chain calls it top to bottom. By default a stream
   * of the filter's own (not the one below passed up) is destroyed. */
  close(): void {
    const s = this.stream;
    this.stream = null;
    if (s !== null && s !== this.below?.stream) s.destroy();
  }
}
