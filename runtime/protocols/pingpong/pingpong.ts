// The line-based command/response exchange IMAP, POP3, SMTP and FTP share (lib/pingpong.c):
// a command goes out with CRLF appended and is shown as HEADER_OUT; response lines are read up to
// LF, each shown as HEADER_IN and handed to the header callback (CLIENTWRITE_INFO), until the
// protocol's end-of-response test accepts one. The wait for an answer is bounded by the
// connect phase's limit (CONNECTTIMEOUT, 300 s by default, and TIMEOUT: lib/connect.c
// timeleft_now_ms while the transfer is connecting) and by the 120 s pingpong timeout counted
// from the last command sent (Curl_pp_state_timeleft_ms). The steps the four connect phases
// share live here too: whether to upgrade to TLS after the capabilities, the answer to STARTTLS,
// the exchange loop, and the handler object of a protocol served for connect-only transfers.
import { CURLE } from '../../base/codes.js';
import { CURLUSESSL_TRY } from '../../base/constants.js';
import type { TransferContext } from '../../base/context.js';
import { SilentError } from '../../base/error.js';
import { StreamReader, readFailure, TIMEOUT } from '../../io/stream-reader.js';
import { transferLogin, type Login } from '../credentials.js';
import type { ProtocolConnection, ProtocolHandler } from '../handler.js';
import { TlsFilter } from '../../filters/tls.js';

/** lib/pingpong.h PINGPONG_TIMEOUT_MS (SERVER_RESPONSE_TIMEOUT is not served). */
const PINGPONG_TIMEOUT_MS = 120_000;
/** lib/connect.h DEFAULT_CONNECT_TIMEOUT */
const DEFAULT_CONNECT_TIMEOUT_MS = 300_000;

const clock = performance;

/** The errno libcurl's "response reading failed (errno: N)" shows when the server hangs up: it
 * prints SOCKERRNO after a read that returned 0 bytes, which on Linux still holds EINPROGRESS from
 * the non-blocking connect() on a plain TCP connection, and 0 once OpenSSL did the reading (both
 * seen with Debian's libcurl). */
const EINPROGRESS = 115;

/** One response line the protocol accepted: its code (the protocol's meaning) and text. */
export interface Reply {
  code: number;
  /** The line with its line ending. */
  line: string;
}

/** The protocol's end-of-response test (pp->endofresp): a code for a line that ends a response
 * or that the state machine wants, null for a line to pass over. */
export type EndOfResponse = (line: string) => number | null;

export class Pingpong {
  readonly #ctx: TransferContext;
  readonly #conn: ProtocolConnection;
  #reader: StreamReader;
  /** Bytes read but not yet taken as lines. */
  #buf: Buffer = Buffer.alloc(0);
  /** When the last command went out (pp->response). */
  #sentAt = clock.now();
  /** TLS runs on the connection (the scheme's, or after STARTTLS). */
  #tls: boolean;

  constructor(ctx: TransferContext, conn: ProtocolConnection) {
    this.#ctx = ctx;
    this.#conn = conn;
    this.#reader = new StreamReader(conn.stream, ctx);
    this.#tls = ctx.target.tls;
  }

  /** Curl_pp_sendf: the command with CRLF, shown as it is sent (passwords included, as libcurl
   * hands them to the debug callback). */
  send(command: string): void {
    const line = `${command}\r\n`;
    this.#reader.write(Buffer.from(line, 'utf8'));
    this.#ctx.headerOut(line);
    this.#sentAt = clock.now();
  }

  /** Curl_pp_readresp: reads lines until `endOfResp` accepts one. Throws CurlError: 28 on
   * silence, 56 when the server hangs up, 8 on a NUL byte in a line. */
  async response(endOfResp: EndOfResponse): Promise<Reply> {
    const ctx = this.#ctx;
    for (;;) {
      const nl = this.#buf.indexOf(0x0a);
      if (nl >= 0) {
        const raw = this.#buf.subarray(0, nl + 1);
        this.#buf = this.#buf.subarray(nl + 1);
        if (raw.includes(0)) throw ctx.failf(CURLE.WEIRD_SERVER_REPLY, 'Nul byte in server response line');
        const line = raw.toString('utf8');
        ctx.headerIn(line);
        ctx.writeHeader(raw, false);
        const code = endOfResp(line);
        if (code !== null) return { code, line };
        continue;
      }
      let chunk;
      try {
        chunk = await this.#reader.readWithin(this.#timeLeft());
      } catch (err) {
        throw readFailure(ctx, err);
      }
      if (chunk === TIMEOUT) throw this.#timedOut();
      if (chunk === null) throw ctx.failf(CURLE.RECV_ERROR, `response reading failed (errno: ${this.#tls ? 0 : EINPROGRESS})`);
      this.#buf = this.#buf.length === 0 ? chunk : Buffer.concat([this.#buf, chunk]);
    }
  }

  /** Milliseconds until either limit is reached. */
  #timeLeft(): number {
    const o = this.#ctx.opts;
    const connect = o.connectTimeoutMs > 0 ? o.connectTimeoutMs : DEFAULT_CONNECT_TIMEOUT_MS;
    const limit = o.timeoutMs > 0 ? Math.min(o.timeoutMs, connect) : connect;
    const pp = PINGPONG_TIMEOUT_MS - (clock.now() - this.#sentAt);
    return Math.max(0, Math.min(limit - this.#ctx.elapsed(), pp));
  }

  /** lib/multi.c multi_handle_timeout while the protocol connects, or the pingpong's own. */
  #timedOut(): Error {
    const ctx = this.#ctx;
    const pp = PINGPONG_TIMEOUT_MS - (clock.now() - this.#sentAt);
    if (pp <= 0) return ctx.failf(CURLE.OPERATION_TIMEDOUT, 'server response timeout');
    const ms = Math.floor(ctx.elapsed());
    return ctx.failf(CURLE.OPERATION_TIMEDOUT, `Operation timed out after ${ms} milliseconds with 0 bytes received`);
  }

  /** TLS runs on the connection (the scheme's, or after an upgrade). */
  get tls(): boolean {
    return this.#tls;
  }

  /** After the capabilities (imap_state_capability_resp, pop3_state_capa_resp,
   * smtp_state_ehlo_resp): true when USE_SSL asks for TLS on a plain connection and the server
   * `offered` the upgrade; false to log in as things are; CURLE_USE_SSL_FAILED with `missing`
   * when TLS is required and not offered. */
  tlsWanted(offered: boolean, missing: string): boolean {
    if (!this.tlsAsked) return false;
    if (offered) return true;
    if (this.#ctx.opts.useSsl <= CURLUSESSL_TRY) return false;
    throw this.#ctx.failf(CURLE.USE_SSL_FAILED, missing);
  }

  /** USE_SSL asks for TLS (anything but CURLUSESSL_NONE) and the connection is plain. */
  get tlsAsked(): boolean {
    return this.#ctx.opts.useSsl !== 0 && !this.#tls;
  }

  /** The answer to STARTTLS or STLS: true when TLS now runs (the capabilities are asked again),
   * false to log in without it when the server refused and USE_SSL only tries; else
   * CURLE_USE_SSL_FAILED with `deniedText`. */
  async starttlsResp(accepted: boolean, deniedText: string): Promise<boolean> {
    this.refusePipelined();
    if (!accepted) {
      if (this.#ctx.opts.useSsl !== CURLUSESSL_TRY) throw this.#ctx.failf(CURLE.USE_SSL_FAILED, deniedText);
      return false;
    }
    await this.upgradeTls();
    return true;
  }

  /** Nothing may come after the answer to STARTTLS, STLS or AUTH TLS before the handshake (no
   * pipelining): CURLE_WEIRD_SERVER_REPLY. */
  refusePipelined(): void {
    if (this.#buf.length > 0) throw new SilentError(CURLE.WEIRD_SERVER_REPLY);
  }

  /** STARTTLS, STLS, AUTH TLS: TLS to the target on top of the connection
   * (lib/vtls/vtls.c Curl_ssl_cfilter_add), then the exchange goes on over it. */
  async upgradeTls(): Promise<void> {
    this.#reader.release();
    await this.#conn.stack(this.#ctx, new TlsFilter(null, null, false));
    this.#reader = new StreamReader(this.#conn.stream, this.#ctx);
    this.#tls = true;
  }

  /** The connect phase's exchange: `round` reads and answers one response until `done`. The
   * reader lets go either way (after a failure the engine closes the connection); on success the
   * bytes that came after the last response are kept for the application's first recv. */
  async drive(done: () => boolean, round: () => Promise<void>): Promise<void> {
    try {
      while (!done()) await round();
    } finally {
      this.#reader.release();
    }
    if (this.#buf.length > 0) this.#conn.unread(this.#buf);
    this.#buf = Buffer.alloc(0);
  }
}

/** The handler of a login protocol served for connect-only transfers (IMAP, POP3, SMTP, FTP):
 * the login is checked before anything is connected and taken again for the connect phase.
 * `urlOptions`: the scheme has PROTOPT_URLOPTIONS (`;AUTH=...` in the URL's userinfo). */
export function loginHandler(
  name: string,
  urlOptions: boolean,
  connect: (ctx: TransferContext, conn: ProtocolConnection, login: Login) => Promise<void>,
): ProtocolHandler {
  const rules = { controlBytes: false, urlOptions };
  return {
    name,
    setup(ctx) {
      transferLogin(ctx, rules);
    },
    connect: (ctx, conn) => connect(ctx, conn, transferLogin(ctx, rules)),
    unsupportedText: `${name.toUpperCase()} is served for connect-only transfers only (CURLOPT_CONNECT_ONLY)`,
  };
}
