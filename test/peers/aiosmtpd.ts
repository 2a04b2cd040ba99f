// Debian's python3-aiosmtpd on loopback for the SMTP connect-only tests (aiosmtpd-server.py):
// AUTH PLAIN and LOGIN for one user, STARTTLS on one port and implicit TLS (smtps) on another,
// with the throwaway certificate of tls-fixtures.ts.
import { havePythonModule, startPythonServer } from './python-server.js';
import { freePort } from './socks.js';
import type { Pki } from './tls-fixtures.js';

export const haveAiosmtpd = havePythonModule('aiosmtpd');

export const SMTP_USER = 'alice';
export const SMTP_PASSWORD = 'wonder land';

export interface Aiosmtpd {
  smtp: number;
  smtps: number;
  close(): Promise<void>;
}

export async function startAiosmtpd(pki: Pki): Promise<Aiosmtpd> {
  const [smtp, smtps] = [await freePort(), await freePort()];
  const args = ['127.0.0.1', String(smtp), String(smtps), pki.localhost.certFile, pki.localhost.keyFile, SMTP_USER, SMTP_PASSWORD];
  const close = await startPythonServer('aiosmtpd-server.py', args);
  return { smtp, smtps, close };
}
