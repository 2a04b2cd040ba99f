// What every part of the engine may use from the transfer it works for: the target, the frozen
// options, the figures getinfo reports, verbose output, failure texts, the header callback and
// the abort (timeout, cleanup). Filters connect with it and protocol handlers transfer with it;
// core/transfer.ts is the one implementation, tests build their own.
import type { CallbackGuard } from './callback.js';
import type { CurlError } from './error.js';
import type { EasyOptions } from './options.js';

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

/** Figures a transfer gathers for getinfo; filters and protocols fill in what they learn. */
export interface TransferInfo {
  connId: number;
  /** The connected chain's addresses (lib/cf-socket.c cf_socket_update_data): copied only once the
   * whole chain is up, so "" and -1 after a failed connect or proxy tunnel (lib/getinfo.c). */
  primaryIp: string;
  primaryPort: number;
  localIp: string;
  localPort: number;
  httpConnectCode: number;
  responseCode: number;
  proxyAuthAvail: number;
  proxyAuthUsed: number;
  /** CURLINFO_PROXY_ERROR: the CURLPX_* code of the last failed SOCKS handshake. */
  proxyError: number;
  headerSize: number;
  numConnects: number;
  osErrno: number;
  /** Body bytes handed to the application (SIZE_DOWNLOAD_T; the TIMEOUT text names it). */
  sizeDownload: number;
  /** CONTENT_LENGTH_DOWNLOAD_T: the final answer's Content-Length, -1 when unknown. */
  contentLength: number;
  /** CURLINFO_SCHEME: the scheme of the transfer's connection (lower case, lib/url.c
   * conn_scheme); null before a connection was set up. */
  scheme: string | null;
  /** CURLINFO_USED_PROXY: the connection went through a proxy. */
  usedProxy: boolean;
  /** Seconds from the start of perform, as libcurl reports them; -1 until known. NAMELOOKUP:
   * when the first hop's addresses were known (an IP literal, the cache and a Unix socket count). */
  namelookupTime: number;
  connectTime: number;
  appconnectTime: number;
  totalTime: number;
  /** X.509 verification results of the last handshake with the target and with an HTTPS proxy
   * (CURLINFO_SSL_VERIFYRESULT, CURLINFO_PROXY_SSL_VERIFYRESULT); 0 is X509_V_OK. */
  sslVerifyResult: number;
  proxySslVerifyResult: number;
}

export function freshInfo(connId: number): TransferInfo {
  return {
    connId,
    primaryIp: '',
    primaryPort: -1,
    localIp: '',
    localPort: -1,
    httpConnectCode: 0,
    responseCode: 0,
    proxyAuthAvail: 0,
    proxyAuthUsed: 0,
    proxyError: 0,
    headerSize: 0,
    numConnects: 0,
    osErrno: 0,
    sizeDownload: 0,
    contentLength: -1,
    scheme: null,
    usedProxy: false,
    namelookupTime: -1,
    connectTime: -1,
    appconnectTime: -1,
    totalTime: -1,
    sslVerifyResult: 0,
    proxySslVerifyResult: 0,
  };
}

/** Which timeout text applies (lib/multi.c multi_handle_timeout): resolving until the addresses
 * are known, connecting until the chain is up. */
export type Phase = 'resolving' | 'connecting' | 'done';

/** What a filter or protocol may use while it works. Owned by one transfer (one perform). */
export interface TransferContext {
  readonly opts: Readonly<EasyOptions>;
  /** The handle's options as they are now, for the few settings libcurl reads at each call
   * (CURLOPT_WS_OPTIONS, M27); `opts` is the snapshot the transfer started with. */
  current(): Readonly<EasyOptions>;
  readonly target: Target;
  readonly info: TransferInfo;
  /** Runs application callbacks (send/recv from inside one return 93; a throw is caught). */
  readonly guard: CallbackGuard;
  phase: Phase;
  /** Why the transfer was aborted (a timeout, cleanup, removal), or null while it runs. */
  readonly abortReason: CurlError | null;
  /** Runs `fn` once when the transfer is aborted (at once if it already was); returns a function
   * that unregisters it. */
  onAbort(fn: () => void): () => void;
  /** Milliseconds since perform started. */
  elapsed(): number;
  /** Whether verbose output is on: texts are only built when it is. */
  readonly verbose: boolean;
  /** A verbose TEXT line ("* " on STDERR); printed only when VERBOSE is on. */
  infof(text: string): void;
  /** libcurl's failf(): records the text for ERRORBUFFER (first one wins), prints it when
   * verbose, and returns the error for the caller to throw. */
  failf(code: number, text: string): CurlError;
  /** Forgets the failure text, as a new connect attempt does (Curl_reset_fail). */
  resetFail(): void;
  /** Keeps the message of an application callback that threw (decision 9). */
  keepThrown(text: string): void;
  /** Verbose HEADER_OUT (a whole request block) and HEADER_IN (one line, with its CRLF). */
  headerOut(text: string): void;
  headerIn(line: string): void;
  /** Hands one response header line (with its line ending) to HEADERFUNCTION; throws
   * CurlError(23) when the callback aborts. `connect` marks CONNECT-response lines, which
   * SUPPRESS_CONNECT_HEADERS withholds. */
  writeHeader(line: Uint8Array, connect: boolean): void;
  /** A "[FILTER] text" line when MANBIND_TRACE names the filter (base/trace.ts). */
  trace(filter: string, text: string): void;
}
