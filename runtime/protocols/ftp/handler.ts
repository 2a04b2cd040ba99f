// FTP and FTPS (lib/ftp.c): the connect phase only. The 220 greeting (a 230 counts as logged in
// already), AUTH SSL or AUTH TLS (RFC 4217, in the order FTPSSLAUTH says, the other one second)
// when USE_SSL asks for TLS on a plain connection, USER and PASS (ACCT when the server asks with
// 332, FTP_ALTERNATIVE_TO_USER when USER is refused), PBSZ 0 and PROT over TLS, then PWD for the
// entry path (SYST when the path is not absolute). ftps:// is TLS from the start. Without
// credentials libcurl logs in as anonymous. CONNECT_ONLY then hands the control connection to
// send/recv. Transfers (RETR, STOR, LIST, the data connection) are not built.
import { CURLE } from '../../base/codes.js';
import { CURLFTPAUTH_TLS, CURLUSESSL_CONTROL, CURLUSESSL_TRY } from '../../base/constants.js';
import type { TransferContext } from '../../base/context.js';
import { SilentError } from '../../base/error.js';
import type { Credentials } from '../credentials.js';
import type { ProtocolConnection, ProtocolHandler } from '../handler.js';
import { loginHandler, Pingpong } from '../pingpong/pingpong.js';

/** The AUTH arguments (lib/ftp.c ftpauth[]); CURLFTPAUTH_TLS starts with the second. */
const FTPAUTH = ['SSL', 'TLS'];

/** lib/urldata.h CURL_DEFAULT_USER and CURL_DEFAULT_PASSWORD (PROTOPT_NEEDSPWD). */
const ANONYMOUS: Credentials = {
  user: 'anonymous',
  password: 'ftp@example.com',
  hasUser: true,
  hasPassword: true,
  bearer: null,
  authzid: '',
};

enum State {
  WAIT220,
  AUTH,
  USER,
  PASS,
  ACCT,
  PBSZ,
  PROT,
  PWD,
  SYST,
  NAMEFMT,
  STOP,
}

/** ftp_endofresp: the last line of a reply is three digits and a space (RFC 959 section 4.2). */
function endOfResp(line: string): number | null {
  return line.length > 3 && /^[0-9]{3} /.test(line) ? parseInt(line.slice(0, 3), 10) : null;
}

/** A value that goes into a command line must not hold a control byte (lib/ftp.c ftp_has_ctrl). */
function hasCtrl(s: string): boolean {
  return /[\x00-\x1f]/.test(s);
}

/** ftp_pwd_resp: the directory between the first pair of double quotes ("" is a quote), null
 * when there is none; CURLE_WEIRD_SERVER_REPLY for a control byte in it. */
function entryPath(line: string): string | null {
  const start = line.indexOf('"', 4);
  if (start < 0 || line.slice(4, start).includes('\n')) return null;
  let out = '';
  for (let i = start + 1; i < line.length; i++) {
    const c = line[i]!;
    if (c === '"') {
      if (line[i + 1] === '"') {
        out += '"';
        i++;
        continue;
      }
      return out === '' ? null : out;
    }
    if (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f) throw new SilentError(CURLE.WEIRD_SERVER_REPLY);
    out += c;
  }
  return null;
}

class FtpConnect {
  readonly #ctx: TransferContext;
  readonly #pp: Pingpong;
  readonly #creds: Credentials;
  #state = State.WAIT220;
  #trying = 0;
  #authTries = 0;
  #alternative = false;
  #serverOs: string | null = null;

  constructor(ctx: TransferContext, conn: ProtocolConnection, creds: Credentials) {
    this.#ctx = ctx;
    this.#creds = creds;
    this.#pp = new Pingpong(ctx, conn);
  }

  async run(): Promise<void> {
    await this.#pp.drive(
      () => this.#state === State.STOP,
      async () => {
        const reply = await this.#pp.response(endOfResp);
        // RESPONSE_CODE is the last FTP reply (data->info.httpcode)
        this.#ctx.info.responseCode = reply.code;
        if (reply.code === 421) {
          // "Service not available, closing control connection" may come at any point
          this.#ctx.infof('We got a 421 - timeout');
          throw new SilentError(CURLE.OPERATION_TIMEDOUT);
        }
        await this.#step(reply.code, reply.line);
      },
    );
  }

  async #step(code: number, line: string): Promise<void> {
    const ctx = this.#ctx;
    const useSsl = ctx.opts.useSsl;
    switch (this.#state) {
      case State.WAIT220:
        if (code === 230) {
          // logged in already: taken as 220 when TLS is still required
          if (useSsl <= CURLUSESSL_TRY || this.#pp.tls) return this.#userResp(code);
        } else if (code !== 220) {
          throw ctx.failf(CURLE.WEIRD_SERVER_REPLY, `Got a ${String(code).padStart(3, '0')} ftp-server response when 220 was expected`);
        }
        // no capabilities to read first: AUTH is simply tried
        if (this.#pp.tlsAsked) {
          this.#authTries = 0;
          this.#trying = ctx.opts.ftpSslAuth === CURLFTPAUTH_TLS ? 1 : 0;
          this.#pp.send(`AUTH ${FTPAUTH[this.#trying]}`);
          this.#state = State.AUTH;
          return;
        }
        return this.#user();
      case State.AUTH:
        this.#pp.refusePipelined();
        // RFC 2228: 234 (or 334) accepts the mechanism
        if (code === 234 || code === 334) {
          await this.#pp.upgradeTls();
          return this.#user();
        }
        if (this.#authTries < 1) {
          this.#authTries++;
          this.#trying = 1 - this.#trying;
          this.#pp.send(`AUTH ${FTPAUTH[this.#trying]}`);
          return;
        }
        if (useSsl > CURLUSESSL_TRY) throw new SilentError(CURLE.USE_SSL_FAILED);
        return this.#user();
      case State.USER:
      case State.PASS:
        return this.#userResp(code);
      case State.ACCT:
        if (code !== 230) throw ctx.failf(CURLE.FTP_WEIRD_PASS_REPLY, `ACCT rejected by server: ${String(code).padStart(3, '0')}`);
        return this.#loggedIn();
      case State.PBSZ:
        this.#pp.send(`PROT ${useSsl === CURLUSESSL_CONTROL ? 'C' : 'P'}`);
        this.#state = State.PROT;
        return;
      case State.PROT:
        // servers typically answer 500 when they will not protect the data connection
        if (Math.trunc(code / 100) !== 2 && useSsl > CURLUSESSL_CONTROL) throw new SilentError(CURLE.USE_SSL_FAILED);
        return this.#pwd();
      case State.PWD: {
        const dir = code === 257 ? entryPath(line) : null;
        if (code === 257 && dir === null) ctx.infof('Failed to figure out path');
        if (dir !== null) {
          ctx.infof(`Entry path is '${dir}'`);
          // a path that is not absolute: ask which system this is (OS/400 has two syntaxes)
          if (this.#serverOs === null && !dir.startsWith('/')) {
            this.#pp.send('SYST');
            this.#state = State.SYST;
            return;
          }
        }
        this.#state = State.STOP;
        return;
      }
      case State.SYST:
        if (code === 215) {
          const os = line.slice(4).replace(/^ +/, '').split(/[ \r\n]/)[0]!;
          this.#serverOs = os;
          if (os.toUpperCase() === 'OS/400') {
            this.#pp.send('SITE NAMEFMT 1');
            this.#state = State.NAMEFMT;
            return;
          }
        }
        this.#state = State.STOP;
        return;
      case State.NAMEFMT:
        if (code === 250) return this.#pwd();
        this.#state = State.STOP;
        return;
    }
  }

  #user(): void {
    this.#pp.send(`USER ${this.#creds.user}`);
    this.#alternative = false;
    this.#state = State.USER;
  }

  /** ftp_state_user_resp: for USER and PASS answers. */
  #userResp(code: number): void {
    const ctx = this.#ctx;
    if (code === 331 && this.#state === State.USER) {
      this.#pp.send(`PASS ${this.#creds.password}`);
      this.#state = State.PASS;
    } else if (Math.trunc(code / 100) === 2) {
      this.#loggedIn();
    } else if (code === 332) {
      const account = ctx.opts.ftpAccount;
      if (account === null) throw ctx.failf(CURLE.LOGIN_DENIED, 'ACCT requested but none available');
      if (hasCtrl(account)) throw ctx.failf(CURLE.BAD_FUNCTION_ARGUMENT, 'Control byte in FTP account');
      this.#pp.send(`ACCT ${account}`);
      this.#state = State.ACCT;
    } else {
      const alt = ctx.opts.ftpAlternativeToUser;
      if (alt !== null && !this.#alternative) {
        if (hasCtrl(alt)) throw ctx.failf(CURLE.BAD_FUNCTION_ARGUMENT, 'Control byte in FTP alternative-to-user command');
        this.#pp.send(alt);
        this.#alternative = true;
        this.#state = State.USER;
      } else {
        throw ctx.failf(CURLE.LOGIN_DENIED, `Access denied: ${String(code).padStart(3, '0')}`);
      }
    }
  }

  /** ftp_state_loggedin: PBSZ 0 and PROT over TLS (RFC 4217 section 9), then PWD. */
  #loggedIn(): void {
    if (this.#pp.tls) {
      this.#pp.send('PBSZ 0');
      this.#state = State.PBSZ;
    } else {
      this.#pwd();
    }
  }

  #pwd(): void {
    this.#pp.send('PWD');
    this.#state = State.PWD;
  }
}

export const ftp: ProtocolHandler = loginHandler('ftp', false, (ctx, conn, login) =>
  new FtpConnect(ctx, conn, login.creds ?? ANONYMOUS).run(),
);
