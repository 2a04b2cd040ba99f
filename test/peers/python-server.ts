// A Debian python3 package's server on loopback (aiosmtpd-server.py, pyftpdlib-server.py): run
// with /usr/bin/python3 (Debian's, where the packages are installed) in its own process group,
// ready once it prints "ready", stopped by the test.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stopper } from './socks.js';

const PYTHON = '/usr/bin/python3';

/** Whether Debian's python3 and the package `module` are installed. */
export function havePythonModule(module: string): boolean {
  return existsSync(PYTHON) && ['/usr/lib/python3/dist-packages', '/usr/local/lib/python3/dist-packages'].some((d) => existsSync(join(d, module)));
}

/** Runs `script` (a file beside this one) with `args` until it says "ready"; the returned close
 * stops it and removes `dir` when given. Throws with the server's stderr when it exits first. */
export async function startPythonServer(script: string, args: string[], dir: string | null = null): Promise<() => Promise<void>> {
  const child = spawn(PYTHON, [join(import.meta.dirname, script), ...args], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const close = stopper(child, dir);
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
    throw new Error(`${script} did not start: ${err}`);
  }
  return close;
}
