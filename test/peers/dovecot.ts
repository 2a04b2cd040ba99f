// Debian's dovecot (dovecot-imapd, dovecot-pop3d) on loopback for the IMAP and POP3 connect-only
// tests: a config file in a temp directory with a passwd-file user, the throwaway certificate of
// tls-fixtures.ts, plain (STARTTLS/STLS) and implicit-TLS listeners on free ports, run in the
// foreground (`dovecot -F -c conf`) with base_dir, state_dir and the log in that directory.
// Dovecot offers PLAIN, LOGIN, CRAM-MD5, DIGEST-MD5 and APOP here (the password is stored in clear).
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, stopper, waitListening } from './socks.js';
import type { Pki } from './tls-fixtures.js';

export const DOVECOT = '/usr/sbin/dovecot';
export const haveDovecot = existsSync(DOVECOT) && existsSync('/usr/lib/dovecot/imap') && existsSync('/usr/lib/dovecot/pop3');

export const DOVECOT_USER = 'alice';
export const DOVECOT_PASSWORD = 'wonder land';

export interface Dovecot {
  imap: number;
  imaps: number;
  pop3: number;
  pop3s: number;
  /** The server's log so far (for a failing test's message). */
  log(): string;
  close(): Promise<void>;
}

export interface DovecotOptions {
  /** auth_mechanisms (default: plain login cram-md5 digest-md5 apop). */
  mechanisms?: string;
  /** Refuse LOGIN and plaintext auth before TLS (disable_plaintext_auth = yes). */
  tlsOnly?: boolean;
}

export async function startDovecot(pki: Pki, o: DovecotOptions = {}): Promise<Dovecot> {
  const dir = mkdtempSync(join(tmpdir(), 'manbind-dovecot-'));
  chmodSync(dir, 0o755);
  const home = join(dir, 'home');
  mkdirSync(home);
  chmodSync(home, 0o777);
  const [imap, imaps, pop3, pop3s] = [await freePort(), await freePort(), await freePort(), await freePort()];
  writeFileSync(join(dir, 'passwd'), `${DOVECOT_USER}:{PLAIN}${DOVECOT_PASSWORD}::::::\n`);
  const log = join(dir, 'dovecot.log');
  const conf = join(dir, 'dovecot.conf');
  writeFileSync(
    conf,
    [
      `base_dir = ${dir}/run`,
      `state_dir = ${dir}/state`,
      `log_path = ${log}`,
      'protocols = imap pop3',
      'listen = 127.0.0.1',
      'ssl = yes',
      `ssl_cert = <${pki.localhost.certFile}`,
      `ssl_key = <${pki.localhost.keyFile}`,
      `disable_plaintext_auth = ${o.tlsOnly === true ? 'yes' : 'no'}`,
      `auth_mechanisms = ${o.mechanisms ?? 'plain login cram-md5 digest-md5 apop'}`,
      'first_valid_uid = 1',
      'auth_failure_delay = 0',
      'default_internal_user = dovecot',
      'default_login_user = dovenull',
      `passdb {\n  driver = passwd-file\n  args = scheme=PLAIN ${dir}/passwd\n}`,
      `userdb {\n  driver = static\n  args = uid=65534 gid=65534 home=${home}/%u\n}`,
      `mail_location = maildir:${home}/%u/Maildir`,
      `service imap-login {\n  inet_listener imap {\n    port = ${imap}\n  }\n  inet_listener imaps {\n    port = ${imaps}\n    ssl = yes\n  }\n}`,
      `service pop3-login {\n  inet_listener pop3 {\n    port = ${pop3}\n  }\n  inet_listener pop3s {\n    port = ${pop3s}\n    ssl = yes\n  }\n}`,
      'service anvil {\n  chroot =\n}',
      'service stats {\n  inet_listener http {\n    port = 0\n  }\n}',
      '',
    ].join('\n'),
  );
  const child = spawn(DOVECOT, ['-F', '-c', conf], { stdio: 'ignore', detached: true });
  const close = stopper(child, dir);
  const readLog = (): string => (existsSync(log) ? readFileSync(log, 'utf8') : '');
  try {
    for (const p of [imap, imaps, pop3, pop3s]) await waitListening(p, child, 10_000);
  } catch (err) {
    const text = readLog();
    await close();
    throw new Error(`${(err as Error).message}\n${text}`);
  }
  return { imap, imaps, pop3, pop3s, log: readLog, close };
}
