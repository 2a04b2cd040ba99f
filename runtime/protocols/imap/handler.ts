// IMAP and IMAPS (lib/imap.c): the connect phase only. After the greeting (`* OK`, or `* PREAUTH`
// when the server already knows the client) comes CAPABILITY, STARTTLS when USE_SSL asks for it
// on a plain connection, CAPABILITY again over TLS, then the login: SASL AUTHENTICATE with the
// mechanism lib/curl_sasl.c picks, or LOGIN when no SASL mechanism fits and the server allows it.
// CONNECT_ONLY then hands the logged-in connection to send/recv. Commands carry libcurl's tags:
// a letter from the connection number and a three-digit command count ("A001"). Ordinary IMAP
// transfers (FETCH, APPEND, LIST ...) are not built.
import { CURLE } from '../../base/codes.js';
import type { TransferContext } from '../../base/context.js';
import { SilentError } from '../../base/error.js';
import type { Credentials } from '../credentials.js';
import type { ProtocolConnection, ProtocolHandler } from '../handler.js';
import { loginHandler, Pingpong, type Reply } from '../pingpong/pingpong.js';
import { loginKinds, parseAuthOption, SASL_AUTH_NONE } from '../sasl/mechanisms.js';
import { Sasl } from '../sasl/sasl.js';
import { imapAtom, imapEndOfResp, readCapabilities, RESP, type ImapCapabilities } from './response.js';

/** lib/imap.c IMAP_TYPE_*: which login kinds the login options allow. */
const TYPE_CLEARTEXT = 1;
const TYPE_SASL = 2;

enum State {
  SERVERGREET,
  CAPABILITY,
  STARTTLS,
  AUTHENTICATE,
  LOGIN,
  STOP,
}

/** imap_parse_url_options: `AUTH=<mech>` (repeatable), `AUTH=*`, or `AUTH=+LOGIN` for LOGIN over
 * any SASL. Anything else: CURLE_URL_MALFORMAT. */
function parseOptions(options: string | null, sasl: Sasl): number {
  let preferLogin = false;
  for (const item of options === null || options === '' ? [] : options.split(';')) {
    if (item.length === 0) continue;
    const eq = item.indexOf('=');
    const value = eq < 0 ? '' : item.slice(eq + 1);
    if (item.slice(0, 11).toUpperCase() === 'AUTH=+LOGIN') {
      preferLogin = true;
      sasl.prefmech = SASL_AUTH_NONE;
    } else if (item.slice(0, 5).toUpperCase() === 'AUTH=') {
      preferLogin = false;
      if (!parseAuthOption(sasl, value)) throw new SilentError(CURLE.URL_MALFORMAT);
    } else {
      throw new SilentError(CURLE.URL_MALFORMAT);
    }
  }
  return preferLogin ? TYPE_CLEARTEXT : loginKinds(sasl, TYPE_CLEARTEXT | TYPE_SASL, TYPE_SASL);
}

class ImapConnect {
  readonly #ctx: TransferContext;
  readonly #pp: Pingpong;
  readonly #sasl: Sasl;
  readonly #creds: Credentials | null;
  readonly #letter: string;
  #preftype = TYPE_CLEARTEXT | TYPE_SASL;
  #tag = '*';
  #cmdid = 0;
  #state = State.SERVERGREET;
  #preauth = false;
  #caps: ImapCapabilities = { tls: false, loginDisabled: false, saslIr: false, mechs: 0 };

  constructor(ctx: TransferContext, conn: ProtocolConnection, creds: Credentials | null) {
    this.#ctx = ctx;
    this.#creds = creds;
    const pp = new Pingpong(ctx, conn);
    this.#pp = pp;
    this.#letter = String.fromCharCode(0x41 + (Math.max(conn.id, 0) % 26));
    this.#sasl = new Sasl(
      ctx,
      {
        service: 'imap',
        authCommand: 'AUTHENTICATE',
        sendCommand: (text) => this.#command(text),
        sendLine: (text) => pp.send(text),
        messageAt: 2,
        maxIrLen: 0,
        contCode: RESP.CONTINUE,
        finalCode: RESP.OK,
      },
      creds,
    );
  }

  /** imap_sendf: the next tag, then the command. */
  #command(text: string): void {
    this.#tag = `${this.#letter}${String(++this.#cmdid).padStart(3, '0')}`;
    this.#pp.send(`${this.#tag} ${text}`);
  }

  async run(options: string | null): Promise<void> {
    this.#preftype = parseOptions(options, this.#sasl);
    await this.#pp.drive(
      () => this.#state === State.STOP,
      async () => {
        const state = this.#state;
        const reply = await this.#pp.response((line) =>
          imapEndOfResp(line, this.#tag, state === State.CAPABILITY, state === State.AUTHENTICATE),
        );
        if (reply.code === RESP.UNEXPECTED) {
          throw this.#ctx.failf(CURLE.WEIRD_SERVER_REPLY, 'Unexpected continuation response');
        }
        await this.#step(reply);
      },
    );
  }

  async #step(reply: Reply): Promise<void> {
    const ctx = this.#ctx;
    const code = reply.code;
    switch (this.#state) {
      case State.SERVERGREET:
        if (code === RESP.PREAUTH) {
          this.#preauth = true;
          ctx.infof('PREAUTH connection, already authenticated');
        } else if (code !== RESP.OK) {
          throw ctx.failf(CURLE.WEIRD_SERVER_REPLY, 'Got unexpected imap-server response');
        }
        return this.#capability();
      case State.CAPABILITY:
        if (code === RESP.UNTAGGED) {
          readCapabilities(reply.line, this.#caps);
          return;
        }
        // PREAUTH does not go with STARTTLS
        if (this.#pp.tlsWanted(code === RESP.OK && this.#caps.tls && !this.#preauth, 'STARTTLS not available.')) {
          this.#command('STARTTLS');
          this.#state = State.STARTTLS;
          return;
        }
        return this.#authenticate();
      case State.STARTTLS:
        return (await this.#pp.starttlsResp(code === RESP.OK, 'STARTTLS denied')) ? this.#capability() : this.#authenticate();
      case State.AUTHENTICATE:
        if (this.#sasl.step(code, reply.line, () => this.#tryLogin())) this.#state = State.STOP;
        return;
      case State.LOGIN:
        // libcurl prints the response code as a character ("%c")
        if (code !== RESP.OK) throw ctx.failf(CURLE.LOGIN_DENIED, `Access denied. ${String.fromCharCode(code)}`);
        this.#state = State.STOP;
        return;
    }
  }

  /** imap_perform_capability: the capabilities are learnt anew (after STARTTLS too). */
  #capability(): void {
    this.#caps = { tls: false, loginDisabled: this.#caps.loginDisabled, saslIr: this.#caps.saslIr, mechs: 0 };
    this.#sasl.authmechs = 0;
    this.#sasl.authused = 0;
    this.#command('CAPABILITY');
    this.#state = State.CAPABILITY;
  }

  /** imap_perform_authentication */
  #authenticate(): void {
    this.#sasl.authmechs = this.#caps.mechs;
    if (this.#preauth || !this.#sasl.canAuthenticate()) {
      this.#state = State.STOP;
      return;
    }
    if (this.#sasl.start(this.#caps.saslIr) === 'inprogress') this.#state = State.AUTHENTICATE;
    else if (!this.#tryLogin()) throw this.#sasl.blocked();
  }

  /** imap_perform_login: LOGIN with both arguments as atoms, when the server and the login
   * options allow it (false when they do not); without credentials the connect phase ends here. */
  #tryLogin(): boolean {
    if (this.#caps.loginDisabled || !(this.#preftype & TYPE_CLEARTEXT)) return false;
    const c = this.#creds;
    if (c === null) {
      this.#state = State.STOP;
    } else {
      this.#command(`LOGIN ${imapAtom(c.user)} ${imapAtom(c.password)}`);
      this.#state = State.LOGIN;
    }
    return true;
  }
}

export const imap: ProtocolHandler = loginHandler('imap', true, (ctx, conn, login) =>
  new ImapConnect(ctx, conn, login.creds).run(login.options),
);
