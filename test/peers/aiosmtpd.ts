// Debian's python3-aiosmtpd on loopback for the SMTP connect-only tests (aiosmtpd-server.py):
// AUTH PLAIN and LOGIN for one user, STARTTLS on one port and implicit TLS (smtps) on another,
// with the throwaway certificate of tls-fixtures.ts. Run with /usr/bin/python3 (Debian's, where
// the package is installed), stopped by the test.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, stopper } from './socks.js';
import type { Pki } from './tls-fixtures.js';

const PYTHON = '/usr/bin/python3';
export const haveAiosmtpd =
  existsSync(PYTHON) && (existsSync('/usr/lib/python3/dist-packages/aiosmtpd') || existsSync('/usr/local/lib/python3/dist-packages/aiosmtpd'));

export const SMTP_USER = 'alice';
export const SMTP_PASSWORD = 'wonder land';

export interface Aiosmtpd {
  smtp: number;
  smtps: number;
  close(): Promise<void>;
}

export async function startAiosmtpd(pki: Pki): Promise<Aiosmtpd> {
  const [smtp, smtps] = [await freePort(), await freePort()];
  const script = join(import.meta.dirname, 'aiosmtpd-server.py');
  const args = [script, '127.0.0.1', String(smtp), String(smtps), pki.localhost.certFile, pki.localhost.keyFile, SMTP_USER, SMTP_PASSWORD];
  const child = spawn(PYTHON, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const close = stopper(child, null);
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const ready = await new Promise<boolean>((resolve) => {
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) resolve(true);
    });
    child.once('exit', () => resolve(false));
  });
  if (!ready) {
    await close();
    throw new Error(`aiosmtpd did not start: ${err}`);
  }
  return { smtp, smtps, close };
}
