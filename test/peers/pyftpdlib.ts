// Debian's python3-pyftpdlib on loopback for the FTP connect-only tests (pyftpdlib-server.py):
// one user, a plain listener and an explicit-TLS one (AUTH TLS, PBSZ, PROT) with the throwaway
// certificate of tls-fixtures.ts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { havePythonModule, startPythonServer } from './python-server.js';
import { freePort } from './socks.js';
import type { Pki } from './tls-fixtures.js';

/** pyftpdlib, and pyOpenSSL for its TLS_FTPHandler (python3-openssl: Debian does not pull it in). */
export const havePyftpdlib = havePythonModule('pyftpdlib') && havePythonModule('OpenSSL');

export const FTP_USER = 'alice';
export const FTP_PASSWORD = 'wonder land';

export interface Pyftpdlib {
  ftp: number;
  ftpes: number;
  close(): Promise<void>;
}

export async function startPyftpdlib(pki: Pki): Promise<Pyftpdlib> {
  const [ftp, ftpes] = [await freePort(), await freePort()];
  const home = mkdtempSync(join(tmpdir(), 'manbind-ftp-'));
  const args = ['127.0.0.1', String(ftp), String(ftpes), pki.localhost.certFile, pki.localhost.keyFile, FTP_USER, FTP_PASSWORD, home];
  const close = await startPythonServer('pyftpdlib-server.py', args, home);
  return { ftp, ftpes, close };
}
