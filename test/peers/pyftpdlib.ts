// Debian's python3-pyftpdlib on loopback for the FTP connect-only tests (pyftpdlib-server.py):
// one user, a plain listener and an explicit-TLS one (AUTH TLS, PBSZ, PROT) with the throwaway
// certificate of tls-fixtures.ts. Run with /usr/bin/python3, stopped by the test.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, stopper } from './socks.js';
import type { Pki } from './tls-fixtures.js';

const PYTHON = '/usr/bin/python3';
export const havePyftpdlib = existsSync(PYTHON) && existsSync('/usr/lib/python3/dist-packages/pyftpdlib');

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
  const script = join(import.meta.dirname, 'pyftpdlib-server.py');
  const args = [script, '127.0.0.1', String(ftp), String(ftpes), pki.localhost.certFile, pki.localhost.keyFile, FTP_USER, FTP_PASSWORD, home];
  const child = spawn(PYTHON, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const close = stopper(child, home);
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
    throw new Error(`pyftpdlib did not start: ${err}`);
  }
  return { ftp, ftpes, close };
}
