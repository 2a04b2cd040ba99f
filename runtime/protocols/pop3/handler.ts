// POP3 and POP3S (lib/pop3.c): the connect phase only. The greeting (`+OK`, with the APOP
// timestamp `<...@...>` when the server offers APOP), CAPA (RFC 2449), STLS when USE_SSL asks
// for it on a plain connection, CAPA again over TLS, then the login: SASL AUTH (RFC 5034) with
// the mechanism lib/curl_sasl.c picks, else APOP, else USER and PASS. CONNECT_ONLY then hands
// the logged-in connection to send/recv. Ordinary POP3 transfers (LIST, RETR) are not built.
import { createHash } from 'node:crypto';
import { CURLE } from '../../base/codes.js';
import type { TransferContext } from '../../base/context.js';
import { SilentError } from '../../base/error.js';
import type { Credentials } from '../credentials.js';
import type { ProtocolConnection, ProtocolHandler } from '../handler.js';
import { loginHandler, Pingpong, type Reply } from '../pingpong/pingpong.js';
import { loginKinds, mechBit, parseAuthOption, SASL_AUTH_NONE } from '../sasl/mechanisms.js';
import { Sasl } from '../sasl/sasl.js';

/** lib/pop3.c POP3_TYPE_*: login kinds the server offers and the options allow. */
const TYPE_CLEARTEXT = 1;
const TYPE_APOP = 2;
const TYPE_SASL = 4;
const TYPE_ANY = TYPE_CLEARTEXT | TYPE_APOP | TYPE_SASL;

/** Response codes: `+OK`, `-ERR`, and a continuation or CAPA line. */
const OK = 0x2b; // '+'
const ERR = 0x2d; // '-'
const MORE = 0x2a; // '*'

enum State {
  SERVERGREET,
  CAPA,
  STARTTLS,
  AUTH,
  APOP,
  USER,
  PASS,
  STOP,
}

/** pop3_endofresp: `-ERR`, every CAPA line (a lone dot ends the list), `+OK`, a continuation. */
function endOfResp(line: string, capa: boolean): number | null {
  if (line.startsWith('-ERR')) return ERR;
  if (capa) return line === '.\r\n' || line === '.\n' ? OK : MORE;
  if (line.startsWith('+OK')) return OK;
  if (line.startsWith('+')) return MORE;
  return null;
}

/** pop3_parse_url_options: `AUTH=<mech>` (repeatable), `AUTH=*`, `AUTH=+APOP`. Anything else:
 * CURLE_URL_MALFORMAT. */
function parseOptions(options: string | null, sasl: Sasl): number {
  let apop = false;
  for (const item of options === null ? [] : options.split(';')) {
    if (item.length === 0) continue;
    if (item.slice(0, 5).toUpperCase() !== 'AUTH=') throw new SilentError(CURLE.URL_MALFORMAT);
    const value = item.slice(5);
    if (!parseAuthOption(sasl, value)) {
      if (value.toUpperCase() !== '+APOP') throw new SilentError(CURLE.URL_MALFORMAT);
      apop = true;
      sasl.prefmech = SASL_AUTH_NONE;
    }
  }
  return apop ? TYPE_APOP : loginKinds(sasl, TYPE_ANY, TYPE_SASL);
}

class Pop3Connect {
  readonly #ctx: TransferContext;
  readonly #pp: Pingpong;
  readonly #sasl: Sasl;
  readonly #creds: Credentials | null;
  #preftype = TYPE_ANY;
  /** What the server offers (authtypes). */
  #authtypes = 0;
  #mechs = 0;
  #tls = false;
  #timestamp = '';
  #state = State.SERVERGREET;

  constructor(ctx: TransferContext, conn: ProtocolConnection, creds: Credentials | null) {
    this.#ctx = ctx;
    this.#creds = creds;
    const pp = new Pingpong(ctx, conn);
    this.#pp = pp;
    this.#sasl = new Sasl(
      ctx,
      {
        service: 'pop',
        authCommand: 'AUTH',
        sendLine: (text) => pp.send(text),
        messageAt: 2,
        // the longest command line minus "AUTH ", a space and CRLF
        maxIrLen: 255 - 8,
        contCode: MORE,
        finalCode: OK,
      },
      creds,
    );
  }

  async run(options: string | null): Promise<void> {
    this.#preftype = parseOptions(options, this.#sasl);
    await this.#pp.drive(
      () => this.#state === State.STOP,
      async () => {
        const capa = this.#state === State.CAPA;
        await this.#step(await this.#pp.response((line) => endOfResp(line, capa)));
      },
    );
  }

  async #step(reply: Reply): Promise<void> {
    const ctx = this.#ctx;
    const code = reply.code;
    const line = reply.line;
    switch (this.#state) {
      case State.SERVERGREET: {
        if (code !== OK) throw ctx.failf(CURLE.WEIRD_SERVER_REPLY, 'Got unexpected pop3-server response');
        // RFC 1939 section 7: APOP needs a timestamp shaped like a message id
        const m = /<[^>]*>/.exec(line);
        if (m !== null && m[0].includes('@')) {
          this.#timestamp = m[0];
          this.#authtypes |= TYPE_APOP;
        }
        return this.#capa();
      }
      case State.CAPA:
        if (code === MORE) {
          const up = line.toUpperCase();
          if (up.startsWith('STLS')) this.#tls = true;
          else if (up.startsWith('USER')) this.#authtypes |= TYPE_CLEARTEXT;
          else if (up.startsWith('SASL ')) {
            this.#authtypes |= TYPE_SASL;
            for (const w of line.slice(5).split(/[ \t\r\n]+/)) if (w !== '') this.#mechs |= mechBit(w);
          }
          return;
        }
        // a server that does not know CAPA takes USER and PASS
        if (code !== OK) this.#authtypes |= TYPE_CLEARTEXT;
        if (this.#pp.tlsWanted(code === OK && this.#tls, 'STLS not supported.')) {
          this.#pp.send('STLS');
          this.#state = State.STARTTLS;
          return;
        }
        return this.#authenticate();
      case State.STARTTLS:
        return (await this.#pp.starttlsResp(code === OK, 'STARTTLS denied')) ? this.#capa() : this.#authenticate();
      case State.AUTH:
        if (this.#sasl.step(code, line, () => this.#tryOther())) this.#state = State.STOP;
        return;
      case State.APOP:
        if (code !== OK) throw ctx.failf(CURLE.LOGIN_DENIED, `Authentication failed: ${code}`);
        this.#state = State.STOP;
        return;
      case State.USER:
        // libcurl prints the response code as a character ("%c")
        if (code !== OK) throw ctx.failf(CURLE.LOGIN_DENIED, `Access denied. ${String.fromCharCode(code)}`);
        this.#pp.send(`PASS ${this.#creds!.password}`);
        this.#state = State.PASS;
        return;
      case State.PASS:
        if (code !== OK) throw ctx.failf(CURLE.LOGIN_DENIED, `Access denied. ${String.fromCharCode(code)}`);
        this.#state = State.STOP;
        return;
    }
  }

  /** pop3_perform_capa: the capabilities are learnt anew (after STLS too). */
  #capa(): void {
    this.#mechs = 0;
    this.#sasl.authused = 0;
    this.#tls = false;
    this.#pp.send('CAPA');
    this.#state = State.CAPA;
  }

  /** pop3_perform_authentication: SASL, else APOP, else USER/PASS, as offered and allowed. */
  #authenticate(): void {
    this.#sasl.authmechs = this.#mechs;
    if (!this.#sasl.canAuthenticate()) {
      this.#state = State.STOP;
      return;
    }
    if (this.#authtypes & this.#preftype & TYPE_SASL && this.#sasl.start(false) === 'inprogress') {
      this.#state = State.AUTH;
      return;
    }
    if (!this.#tryOther()) throw this.#sasl.blocked();
  }

  /** APOP (pop3_perform_apop: the MD5 of the greeting's timestamp and the password), else USER
   * and PASS (pop3_perform_user), as offered and allowed; false when neither is. Without
   * credentials the connect phase ends here. */
  #tryOther(): boolean {
    const allowed = this.#authtypes & this.#preftype;
    if (!(allowed & (TYPE_APOP | TYPE_CLEARTEXT))) return false;
    const c = this.#creds;
    if (c === null) {
      this.#state = State.STOP;
    } else if (allowed & TYPE_APOP) {
      const secret = createHash('md5').update(this.#timestamp).update(c.password).digest('hex');
      this.#pp.send(`APOP ${c.user} ${secret}`);
      this.#state = State.APOP;
    } else {
      this.#pp.send(`USER ${c.user}`);
      this.#state = State.USER;
    }
    return true;
  }
}

export const pop3: ProtocolHandler = loginHandler('pop3', true, (ctx, conn, login) =>
  new Pop3Connect(ctx, conn, login.creds).run(login.options),
);
