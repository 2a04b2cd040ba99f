// The SASL exchange libcurl runs for IMAP, POP3 and SMTP (lib/curl_sasl.c): the mechanism is
// picked from what the server offers and the login options allow, in libcurl's order of
// decreasing security (EXTERNAL, DIGEST-MD5, CRAM-MD5, OAUTHBEARER, XOAUTH2, PLAIN, LOGIN;
// GSSAPI, NTLM and SCRAM are not built in), with an initial response when SASL_IR or the
// protocol asks for it; then one step per server continuation. The protocol supplies how
// commands and continuations are sent (SaslProto, libcurl's struct SASLproto).
import { CURLE } from '../../base/codes.js';
import type { TransferContext } from '../../base/context.js';
import { SilentError } from '../../base/error.js';
import type { Credentials } from '../credentials.js';
import { MECH, type MechPrefs, mechName, SASL_AUTH_DEFAULT } from './mechanisms.js';
import { cramMd5Message, digestMd5Message, loginMessage, oauthBearerMessage, plainMessage, xoauth2Message } from './messages.js';

export interface SaslProto {
  /** The service name (the DIGEST-MD5 digest-uri). */
  readonly service: string;
  /** The command that starts the exchange: AUTHENTICATE (IMAP) or AUTH (POP3, SMTP). */
  readonly authCommand: string;
  /** Sends a command; absent: as a line (IMAP tags its commands). */
  sendCommand?(text: string): void;
  /** Sends a line of the exchange: an encoded response, or "*" to cancel. */
  sendLine(text: string): void;
  /** Where the server's message starts in a continuation line: after "+ " (2) or "334 " (4). */
  readonly messageAt: number;
  /** Maximum length of mechanism and initial response; 0: no limit. */
  readonly maxIrLen: number;
  readonly contCode: number;
  readonly finalCode: number;
}

enum State {
  STOP = 'STOP',
  PLAIN = 'PLAIN',
  LOGIN = 'LOGIN',
  LOGIN_PASSWD = 'LOGIN_PASSWD',
  EXTERNAL = 'EXTERNAL',
  CRAMMD5 = 'CRAMMD5',
  DIGESTMD5 = 'DIGESTMD5',
  DIGESTMD5_RESP = 'DIGESTMD5_RESP',
  OAUTH2 = 'OAUTH2',
  OAUTH2_RESP = 'OAUTH2_RESP',
  CANCEL = 'CANCEL',
  FINAL = 'FINAL',
}

export type Progress = 'idle' | 'inprogress' | 'done';

interface Choice {
  bit: number;
  state1: State;
  state2: State;
  ir: () => Buffer | null;
}

export class Sasl implements MechPrefs {
  /** Mechanisms the server offered (authmechs). */
  authmechs = 0;
  /** Mechanisms the login options allow (prefmech). */
  prefmech: number;
  resetprefs = true;
  authused = 0;
  #state = State.STOP;
  #forceIr = false;
  readonly #proto: SaslProto;
  readonly #ctx: TransferContext;
  readonly #creds: Credentials | null;

  constructor(ctx: TransferContext, proto: SaslProto, creds: Credentials | null) {
    this.#ctx = ctx;
    this.#proto = proto;
    // HTTPAUTH is not served, so its default (Basic) leaves the protocols' default
    this.prefmech = SASL_AUTH_DEFAULT;
    this.#creds = creds;
  }

  /** Curl_sasl_can_authenticate: credentials were given, or EXTERNAL is offered and allowed. */
  canAuthenticate(): boolean {
    return this.#creds !== null || (this.authmechs & this.prefmech & MECH.EXTERNAL) !== 0;
  }

  #choose(enabled: number, withIr: boolean): Choice | null {
    const c = this.#creds ?? { user: '', password: '', hasUser: false, hasPassword: false, bearer: null, authzid: '' };
    const ir = (f: () => Buffer): (() => Buffer | null) => () => (withIr ? f() : null);
    const none = (): null => null;
    if (enabled & MECH.EXTERNAL && !c.hasPassword) {
      return { bit: MECH.EXTERNAL, state1: State.EXTERNAL, state2: State.FINAL, ir: ir(() => loginMessage(c.user)) };
    }
    if (enabled & MECH.DIGEST_MD5) return { bit: MECH.DIGEST_MD5, state1: State.DIGESTMD5, state2: State.FINAL, ir: none };
    if (enabled & MECH.CRAM_MD5) return { bit: MECH.CRAM_MD5, state1: State.CRAMMD5, state2: State.FINAL, ir: none };
    if (c.bearer !== null && enabled & MECH.OAUTHBEARER) {
      const { host, port } = this.#hostPort();
      const f = ir(() => oauthBearerMessage(c, host, port));
      return { bit: MECH.OAUTHBEARER, state1: State.OAUTH2, state2: State.OAUTH2_RESP, ir: f };
    }
    if (c.bearer !== null && enabled & MECH.XOAUTH2) {
      return { bit: MECH.XOAUTH2, state1: State.OAUTH2, state2: State.FINAL, ir: ir(() => xoauth2Message(c)) };
    }
    if (enabled & MECH.PLAIN) return { bit: MECH.PLAIN, state1: State.PLAIN, state2: State.FINAL, ir: ir(() => plainMessage(c)) };
    if (enabled & MECH.LOGIN) {
      return { bit: MECH.LOGIN, state1: State.LOGIN, state2: State.LOGIN_PASSWD, ir: ir(() => loginMessage(c.user)) };
    }
    return null;
  }

  /** Curl_conn_get_current_host: the URL's host and port. */
  #hostPort(): { host: string; port: number } {
    return { host: this.#ctx.target.host, port: this.#ctx.target.port };
  }

  /** Curl_sasl_start: sends the AUTH command of the chosen mechanism; 'idle' when none fits. */
  start(forceIr: boolean): Progress {
    this.#forceIr = forceIr;
    this.authused = 0;
    const choice = this.#choose(this.authmechs & this.prefmech, forceIr || this.#ctx.opts.saslIr);
    if (choice === null) return 'idle';
    const mech = mechName(choice.bit);
    this.authused = choice.bit;
    const raw = choice.ir();
    let ir = raw === null ? null : raw.toString('base64');
    const max = this.#proto.maxIrLen;
    if (ir !== null && max > 0 && mech.length + ir.length > max) ir = null;
    // an empty initial response is sent as "=" (RFC 4959, 5034, 4954)
    const p = this.#proto;
    const command = ir === null ? `${p.authCommand} ${mech}` : `${p.authCommand} ${mech} ${ir || '='}`;
    if (p.sendCommand !== undefined) p.sendCommand(command);
    else p.sendLine(command);
    this.#state = ir !== null ? choice.state2 : choice.state1;
    return 'inprogress';
  }

  /** Curl_sasl_continue: one server answer. Throws CurlError(67) when the login is refused. */
  continue(code: number, line: string): Progress {
    const p = this.#proto;
    const c = this.#creds!;
    const state = this.#state;
    if (state === State.FINAL) {
      this.#state = State.STOP;
      if (code !== p.finalCode) throw new SilentError(CURLE.LOGIN_DENIED);
      return 'done';
    }
    if (state !== State.CANCEL && state !== State.OAUTH2_RESP && code !== p.contCode) {
      this.#state = State.STOP;
      throw new SilentError(CURLE.LOGIN_DENIED);
    }
    let next = State.FINAL;
    let resp: Buffer | null = null;
    switch (state) {
      case State.STOP:
        return 'done';
      case State.PLAIN:
        resp = plainMessage(c);
        break;
      case State.LOGIN:
        resp = loginMessage(c.user);
        next = State.LOGIN_PASSWD;
        break;
      case State.LOGIN_PASSWD:
        resp = loginMessage(c.password);
        break;
      case State.EXTERNAL:
        resp = loginMessage(c.user);
        break;
      case State.CRAMMD5: {
        const chlg = this.#serverMessage(line);
        if (chlg === null) return this.#cancel();
        resp = cramMd5Message(chlg, c);
        break;
      }
      case State.DIGESTMD5: {
        const chlg = this.#serverMessage(line);
        const msg = chlg === null ? null : digestMd5Message(chlg, c, p.service, this.#ctx.target.host);
        if (msg === null) return this.#cancel();
        resp = msg;
        next = State.DIGESTMD5_RESP;
        break;
      }
      case State.DIGESTMD5_RESP:
        // an empty line acknowledges the server's rspauth
        break;
      case State.OAUTH2:
        if (this.authused === MECH.OAUTHBEARER) {
          const { host, port } = this.#hostPort();
          resp = oauthBearerMessage(c, host, port);
          // RFC 7628 section 3.2.2: a failure may come as a continuation
          next = State.OAUTH2_RESP;
        } else {
          resp = xoauth2Message(c);
        }
        break;
      case State.OAUTH2_RESP:
        if (code === p.finalCode) {
          this.#state = State.STOP;
          return 'done';
        }
        if (code === p.contCode) {
          // acknowledge the error continuation with a lone 0x01
          resp = Buffer.from([1]);
          break;
        }
        this.#state = State.STOP;
        throw new SilentError(CURLE.LOGIN_DENIED);
      case State.CANCEL:
        // the mechanism that was cancelled is dropped and another one is tried
        this.authmechs &= ~this.authused;
        this.authused = 0;
        return this.start(this.#forceIr);
    }
    p.sendLine(resp === null ? '' : resp.toString('base64'));
    this.#state = next;
    return 'inprogress';
  }

  /** One answer in the protocol's AUTH state (imap_state_auth_resp, pop3_state_auth_resp,
   * smtp_state_auth_resp): true when logged in. When no mechanism is left, `fallback` starts the
   * protocol's other login and returns true, or returns false: CURLE_LOGIN_DENIED. */
  step(code: number, line: string, fallback: () => boolean = () => false): boolean {
    const progress = this.continue(code, line);
    if (progress === 'idle' && !fallback()) throw this.#ctx.failf(CURLE.LOGIN_DENIED, 'Authentication cancelled');
    return progress === 'done';
  }

  #cancel(): Progress {
    this.#proto.sendLine('*');
    this.#state = State.CANCEL;
    return 'inprogress';
  }

  /** get_server_message: the continuation's text, base64-decoded; null when it is not base64
   * (CURLE_BAD_CONTENT_ENCODING: the exchange is cancelled). */
  #serverMessage(line: string): Buffer | null {
    // imap_get_message, pop3_get_message, smtp_get_message: without surrounding blanks
    const at = this.#proto.messageAt;
    const text = line.length <= at ? '' : line.slice(at).replace(/^[ \t]+/, '').replace(/[ \t\r\n]+$/, '');
    if (text.length === 0) return Buffer.alloc(0);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
    return Buffer.from(text, 'base64');
  }

  /** Curl_sasl_is_blocked: the verbose hints, and CURLE_LOGIN_DENIED. */
  blocked(): SilentError {
    const ctx = this.#ctx;
    const enabled = this.authmechs & this.prefmech;
    if (this.authmechs === 0) ctx.infof('SASL: no auth mechanism was offered or recognized');
    else if (enabled === 0) ctx.infof('SASL: no overlap between offered and configured auth mechanisms');
    else {
      ctx.infof('SASL: no auth mechanism offered could be selected');
      const creds = this.#creds;
      if (enabled & MECH.EXTERNAL && creds?.hasPassword === true) ctx.infof('SASL: auth EXTERNAL not chosen with password');
      // the built-in and platform flags as lib/curl_sasl.c sets them for a build without
      // Kerberos, GSASL and NTLM (DIGEST-MD5 and CRAM-MD5 are always chosen when enabled)
      const unchosen = (bit: number, builtIn: boolean, missing: string | null, platform = true): void => {
        if (!(enabled & bit)) return;
        const name = mechName(bit);
        if (!builtIn) ctx.infof(`SASL: ${name} not builtin`);
        else if (!platform) ctx.infof(`SASL: ${name} not supported by the platform/libraries`);
        else {
          if (missing !== null) ctx.infof(`SASL: ${name} is missing ${missing}`);
          if (creds === null || !creds.hasUser) ctx.infof(`SASL: ${name} is missing username`);
        }
      };
      unchosen(MECH.GSSAPI, false, null);
      unchosen(MECH.SCRAM_SHA_256, false, null);
      unchosen(MECH.SCRAM_SHA_1, false, null);
      unchosen(MECH.NTLM, true, null, false);
      const bearer = creds?.bearer != null ? null : 'CURLOPT_XOAUTH2_BEARER';
      unchosen(MECH.OAUTHBEARER, true, bearer);
      unchosen(MECH.XOAUTH2, true, bearer);
    }
    return new SilentError(CURLE.LOGIN_DENIED);
  }
}
