// The connection filter contract (after curl's lib/cfilters.h, docs/internals/CONNECTION-FILTERS.md).
//
// A connection is a stack of filters, bottom to top: happy eyeballs over socket attempts, the
// HTTP proxy tunnel, TLS, and then a protocol (HTTP/1.1, WebSocket, or nothing for connect-only).
// Each filter connects over the stream the filters below hand it and returns the stream for the
// filter above. A filter that must start over below it (proxy auth on a closed connection:
// "Connect me again please") calls `below()` again: the chain closes the old lower stream, with
// the close-socket callback, and connects anew.
import type { Duplex } from 'node:stream';
import type { CurlError } from '../base/error.js';
import type { EasyOptions } from '../base/options.js';

/** The parsed target of a transfer (what the URL names, before any proxy or CONNECT_TO). */
export interface Target {
  /** Lower-case scheme without "://": http, https, ws, wss, telnet, ... */
  scheme: string;
  /** Host as written in the URL, IPv6 literals without brackets. */
  host: string;
  /** Port from the URL or the scheme's default. */
  port: number;
  /** Path and query as sent in a request line ("/" when empty). */
  path: string;
  /** The URL as curl shows it in EFFECTIVE_URL. */
  url: string;
  /** Whether the scheme runs TLS on the connection (https, wss, ...). */
  tls: boolean;
}

/** Figures a transfer gathers for getinfo; filters fill in what they learn. */
export interface TransferInfo {
  connId: number;
  primaryIp: string;
  primaryPort: number;
  localIp: string;
  localPort: number;
  httpConnectCode: number;
  responseCode: number;
  proxyAuthAvail: number;
  proxyAuthUsed: number;
  headerSize: number;
  numConnects: number;
  osErrno: number;
  /** Seconds from the start of perform, as libcurl reports them; -1 until known. */
  connectTime: number;
  appconnectTime: number;
  totalTime: number;
}

/** What a filter may use while it connects. Owned by one transfer (one perform). */
export interface TransferContext {
  readonly opts: Readonly<EasyOptions>;
  readonly target: Target;
  readonly info: TransferInfo;
  /** Aborted when the connect timeout fires or the handle is cleaned up. */
  readonly signal: AbortSignal;
  /** Milliseconds since perform started. */
  elapsed(): number;
  /** A verbose TEXT line ("* " on STDERR); printed only when VERBOSE is on. */
  infof(text: string): void;
  /** libcurl's failf(): records the text for ERRORBUFFER (first one wins), prints it when
   * verbose, and returns the error for the caller to throw. */
  failf(code: number, text: string): CurlError;
  /** Verbose HEADER_OUT (a whole request block) and HEADER_IN (one line, with its CRLF). */
  headerOut(text: string): void;
  headerIn(line: string): void;
  /** Hands one response header line (with its line ending) to HEADERFUNCTION; throws
   * CurlError(23) when the callback aborts. `connect` marks CONNECT-response lines, which
   * SUPPRESS_CONNECT_HEADERS withholds. */
  writeHeader(line: Uint8Array, connect: boolean): void;
}

/** Connects everything below a filter and returns its stream; calling it again reconnects. */
export type ConnectBelow = () => Promise<Duplex>;

export interface ConnFilter {
  /** Short name used in verbose traces: "happy-eyeballs", "h1-proxy", "tls". */
  readonly name: string;
  /** Connects over `below()` (the bottom filter ignores it) and returns the stream for the filter
   * above. Rejects with a CurlError carrying libcurl's code and text. */
  connect(ctx: TransferContext, below: ConnectBelow): Promise<Duplex>;
}
