// POP3 and POP3S (lib/pop3.c): the connect phase only. The greeting (`+OK`, with the APOP
// timestamp `<...@...>` when the server offers APOP), CAPA (RFC 2449), STLS when USE_SSL asks
// for it on a plain connection, CAPA again over TLS, then the login: SASL AUTH (RFC 5034) with
// the mechanism lib/curl_sasl.c picks, else APOP, else USER and PASS. CONNECT_ONLY then hands
// the logged-in connection to send/recv. Ordinary POP3 transfers (LIST, RETR) are not built.
import { createHash } from 'node:crypto';
import { CURLE } from '../../base/codes.js';
import { CURLUSESSL_TRY } from '../../base/constants.js';
import type { TransferContext } from '../../base/context.js';
import { SilentError } from '../../base/error.js';
import { transferLogin, type Credentials } from '../credentials.js';
import type { ProtocolConnection, ProtocolHandler } from '../handler.js';
import { Pingpong, type Reply } from '../pingpong/pingpong.js';
import { mechBit, parseAuthOption, SASL_AUTH_DEFAULT, SASL_AUTH_NONE } from '../sasl/mechanisms.js';
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

const RULES = { controlBytes: false, urlOptions: true };

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

/** pop3_get_message: the text after "+ ", without surrounding blanks and the line ending. */
function continuationMessage(line: string): string {
  if (line.length <= 2) return '';
  return line.slice(2).replace(/^[ \t]+/, '').replace(/[ \t\r\n]+$/, '');
}

/** pop3_parse_url_options: `AUTH=<mech>` (repeatable), `AUTH=*`, `AUTH=+APOP`. Null:
 * CURLE_URL_MALFORMAT. */
function parseOptions(options: string | null, sasl: Sasl): number | null {
  let apop = false;
  for (const item of options === null ? [] : options.split(';')) {
    if (item.length === 0) continue;
    if (item.slice(0, 5).toUpperCase() !== 'AUTH=') return null;
    const value = item.slice(5);
    if (!parseAuthOption(sasl, value)) {
      if (value.toUpperCase() !== '+APOP') return null;
      apop = true;
      sasl.prefmech = SASL_AUTH_NONE;
    }
  }
  if (apop) return TYPE_APOP;
  if (sasl.prefmech === SASL_AUTH_NONE) return 0;
  if (sasl.prefmech === SASL_AUTH_DEFAULT) return TYPE_ANY;
  return TYPE_SASL;
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
  #ssl: boolean;

  constructor(ctx: TransferContext, conn: ProtocolConnection, creds: Credentials | null) {
    this.#ctx = ctx;
    this.#creds = creds;
    this.#ssl = ctx.target.tls;
    this.#pp = new Pingpong(ctx, conn);
    this.#sasl = new Sasl(
      ctx,
      {
        service: 'pop',
        sendAuth: (mech, ir) => this.#pp.send(ir === null ? `AUTH ${mech}` : `AUTH ${mech} ${ir || '='}`),
        contAuth: (_mech, resp) => this.#pp.send(resp),
        cancelAuth: () => this.#pp.send('*'),
        getMessage: continuationMessage,
        // the longest command line minus "AUTH ", a space and CRLF
        maxIrLen: 255 - 8,
        contCode: MORE,
        finalCode: OK,
      },
      SASL_AUTH_DEFAULT,
      creds,
    );
  }

  async run(options: string | null): Promise<void> {
    const pref = parseOptions(options, this.#sasl);
    if (pref === null) throw new SilentError(CURLE.URL_MALFORMAT);
    this.#preftype = pref;
    const pp = this.#pp;
    try {
      while (this.#state !== State.STOP) {
        const capa = this.#state === State.CAPA;
        await this.#step(await pp.response((line) => endOfResp(line, capa)));
      }
    } catch (err) {
      pp.release();
      throw err;
    }
    pp.finish();
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
        if (ctx.opts.useSsl === 0 || this.#ssl) return this.#authenticate();
        if (code === OK && this.#tls) {
          this.#pp.send('STLS');
          this.#state = State.STARTTLS;
          return;
        }
        if (ctx.opts.useSsl <= CURLUSESSL_TRY) return this.#authenticate();
        throw ctx.failf(CURLE.USE_SSL_FAILED, 'STLS not supported.');
      case State.STARTTLS:
        if (this.#pp.overflow) throw new SilentError(CURLE.WEIRD_SERVER_REPLY);
        if (code !== OK) {
          if (ctx.opts.useSsl !== CURLUSESSL_TRY) throw ctx.failf(CURLE.USE_SSL_FAILED, 'STARTTLS denied');
          return this.#authenticate();
        }
        await this.#pp.upgradeTls();
        this.#ssl = true;
        return this.#capa();
      case State.AUTH: {
        const progress = this.#sasl.continue(code, line);
        if (progress === 'done') this.#state = State.STOP;
        else if (progress === 'idle') {
          if (this.#authtypes & this.#preftype & TYPE_APOP) return this.#apop();
          if (this.#authtypes & this.#preftype & TYPE_CLEARTEXT) return this.#user();
          throw ctx.failf(CURLE.LOGIN_DENIED, 'Authentication cancelled');
        }
        return;
      }
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
    if (this.#authtypes & this.#preftype & TYPE_APOP) return this.#apop();
    if (this.#authtypes & this.#preftype & TYPE_CLEARTEXT) return this.#user();
    throw this.#sasl.blocked();
  }

  /** pop3_perform_apop: the MD5 of the greeting's timestamp and the password. */
  #apop(): void {
    const c = this.#creds;
    if (c === null) {
      this.#state = State.STOP;
      return;
    }
    const secret = createHash('md5').update(this.#timestamp).update(c.password).digest('hex');
    this.#pp.send(`APOP ${c.user} ${secret}`);
    this.#state = State.APOP;
  }

  /** pop3_perform_user */
  #user(): void {
    const c = this.#creds;
    if (c === null) {
      this.#state = State.STOP;
      return;
    }
    this.#pp.send(`USER ${c.user}`);
    this.#state = State.USER;
  }
}

export const pop3: ProtocolHandler = {
  name: 'pop3',
  noAlpn: true,
  setup(ctx) {
    transferLogin(ctx, RULES);
  },
  async connect(ctx, conn) {
    const login = transferLogin(ctx, RULES);
    await new Pop3Connect(ctx, conn, login.creds).run(login.options);
  },
  unsupportedText: 'POP3 is served for connect-only transfers only (CURLOPT_CONNECT_ONLY)',
};
