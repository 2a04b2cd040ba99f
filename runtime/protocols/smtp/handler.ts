// SMTP and SMTPS (lib/smtp.c): the connect phase only. The greeting (2xx), EHLO with the domain
// from the URL path (the machine's host name when the path is empty), HELO when EHLO is refused,
// STARTTLS when USE_SSL asks for it on a plain connection, EHLO again over TLS, then SASL AUTH
// (RFC 4954) with the mechanism lib/curl_sasl.c picks, when the server lists AUTH and
// credentials were given. CONNECT_ONLY then hands the connection to send/recv. Ordinary SMTP
// transfers (MAIL FROM, RCPT TO, DATA) are not built.
import { hostname } from 'node:os';
import { CURLE } from '../../base/codes.js';
import { CURLUSESSL_TRY } from '../../base/constants.js';
import type { TransferContext } from '../../base/context.js';
import { SilentError } from '../../base/error.js';
import { urlDecode, type Credentials } from '../credentials.js';
import type { ProtocolConnection, ProtocolHandler } from '../handler.js';
import { loginHandler, Pingpong, type Reply } from '../pingpong/pingpong.js';
import { mechBit, parseAuthOption } from '../sasl/mechanisms.js';
import { Sasl } from '../sasl/sasl.js';

/** The code lib/smtp.c gives a "250-" line of a multiline EHLO answer. */
const MULTILINE = 1;

enum State {
  SERVERGREET,
  EHLO,
  HELO,
  STARTTLS,
  AUTH,
  STOP,
}

/** smtp_endofresp: `NNN ` (or a bare `NNN`) ends a response; `NNN-` lines count only while
 * EHLO is answered. */
function endOfResp(line: string, ehlo: boolean): number | null {
  if (line.length < 4 || !/^[0-9]{3}/.test(line)) return null;
  if (line[3] === ' ' || line.length === 5) {
    const code = parseInt(line.slice(0, line.length === 5 ? 5 : 3), 10);
    // a server never sends the internal value
    return code === MULTILINE ? 0 : code;
  }
  return line[3] === '-' && ehlo ? MULTILINE : null;
}

class SmtpConnect {
  readonly #ctx: TransferContext;
  readonly #pp: Pingpong;
  readonly #sasl: Sasl;
  #domain = '';
  #state = State.SERVERGREET;
  #tls = false;
  #auth = false;
  #mechs = 0;

  constructor(ctx: TransferContext, conn: ProtocolConnection, creds: Credentials | null) {
    this.#ctx = ctx;
    const pp = new Pingpong(ctx, conn);
    this.#pp = pp;
    this.#sasl = new Sasl(
      ctx,
      {
        service: 'smtp',
        authCommand: 'AUTH',
        sendLine: (text) => pp.send(text),
        messageAt: 4,
        // the longest command line minus "AUTH ", a space and CRLF
        maxIrLen: 512 - 8,
        contCode: 334,
        finalCode: 235,
      },
      creds,
    );
  }

  async run(options: string | null): Promise<void> {
    // smtp_parse_url_options: only AUTH= options
    for (const item of options === null ? [] : options.split(';')) {
      if (item.length === 0) continue;
      if (item.slice(0, 5).toUpperCase() !== 'AUTH=' || !parseAuthOption(this.#sasl, item.slice(5))) {
        throw new SilentError(CURLE.URL_MALFORMAT);
      }
    }
    // smtp_parse_url_path: the EHLO domain
    const path = this.#ctx.target.path.replace(/\?.*$/, '').slice(1);
    const domain = urlDecode(path === '' ? hostname() || 'localhost' : path, 'ctrl');
    if (domain === null) throw new SilentError(CURLE.URL_MALFORMAT);
    this.#domain = domain;
    await this.#pp.drive(
      () => this.#state === State.STOP,
      async () => {
        const ehlo = this.#state === State.EHLO;
        const reply = await this.#pp.response((line) => endOfResp(line, ehlo));
        // RESPONSE_CODE is the last SMTP reply (data->info.httpcode)
        if (reply.code !== MULTILINE) this.#ctx.info.responseCode = reply.code;
        await this.#step(reply);
      },
    );
  }

  async #step(reply: Reply): Promise<void> {
    const ctx = this.#ctx;
    const code = reply.code;
    const useSsl = ctx.opts.useSsl;
    switch (this.#state) {
      case State.SERVERGREET:
        if (Math.trunc(code / 100) !== 2) throw ctx.failf(CURLE.WEIRD_SERVER_REPLY, `Got unexpected smtp-server response: ${code}`);
        return this.#ehlo();
      case State.EHLO: {
        if (Math.trunc(code / 100) !== 2 && code !== MULTILINE) {
          if (useSsl <= CURLUSESSL_TRY || this.#pp.tls) {
            this.#sasl.authused = 0;
            this.#pp.send(`HELO ${this.#domain}`);
            this.#state = State.HELO;
            return;
          }
          throw ctx.failf(CURLE.REMOTE_ACCESS_DENIED, `Remote access denied: ${code}`);
        }
        const line = reply.line;
        if (line.length < 4) throw ctx.failf(CURLE.WEIRD_SERVER_REPLY, 'Unexpectedly short EHLO response');
        const word = line.slice(4).toUpperCase();
        if (word.startsWith('STARTTLS')) this.#tls = true;
        else if (word.startsWith('AUTH ')) {
          this.#auth = true;
          for (const w of line.slice(9).split(/[ \t\r\n]+/)) if (w !== '') this.#mechs |= mechBit(w);
        }
        if (code === MULTILINE) return;
        if (this.#pp.tlsWanted(this.#tls, 'STARTTLS not supported.')) {
          this.#pp.send('STARTTLS');
          this.#state = State.STARTTLS;
          return;
        }
        return this.#authenticate();
      }
      case State.HELO:
        if (Math.trunc(code / 100) !== 2) throw ctx.failf(CURLE.REMOTE_ACCESS_DENIED, `Remote access denied: ${code}`);
        this.#state = State.STOP;
        return;
      case State.STARTTLS:
        return (await this.#pp.starttlsResp(code === 220, `STARTTLS denied, code ${code}`)) ? this.#ehlo() : this.#authenticate();
      case State.AUTH:
        if (this.#sasl.step(code, reply.line)) this.#state = State.STOP;
        return;
    }
  }

  /** smtp_perform_ehlo: the capabilities are learnt anew (after STARTTLS too). */
  #ehlo(): void {
    this.#mechs = 0;
    this.#sasl.authused = 0;
    this.#tls = false;
    this.#auth = false;
    this.#pp.send(`EHLO ${this.#domain}`);
    this.#state = State.EHLO;
  }

  /** smtp_perform_authentication: only when the server lists AUTH and there is something to
   * log in with. */
  #authenticate(): void {
    this.#sasl.authmechs = this.#mechs;
    if (!this.#auth || !this.#sasl.canAuthenticate()) {
      this.#state = State.STOP;
      return;
    }
    if (this.#sasl.start(false) === 'inprogress') this.#state = State.AUTH;
    else throw this.#sasl.blocked();
  }
}

export const smtp: ProtocolHandler = loginHandler('smtp', true, (ctx, conn, login) =>
  new SmtpConnect(ctx, conn, login.creds).run(login.options),
);
