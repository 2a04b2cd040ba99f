// Debian's apache2 with mod_http2 on loopback, for HTTP/2 by `Upgrade: h2c` (`Protocols h2c
// http/1.1`): a document root in a temp directory with its own configuration, pid file and logs,
// a free port, in the foreground. nghttpd does not take the upgrade; Apache does, for requests
// without a body.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, spawnListening } from './socks.js';

export const APACHE = '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';
export const haveApacheH2 = existsSync(APACHE) && existsSync(join(MODULES, 'mod_http2.so'));

export interface Apache {
  port: number;
  /** The document root: files written here are served. */
  root: string;
  close(): Promise<void>;
}

export async function startApache(): Promise<Apache> {
  const dir = mkdtempSync(join(tmpdir(), 'manbind-apache-'));
  const root = join(dir, 'root');
  const port = await freePort();
  // run as root, Apache serves as nobody: the tree must be readable by others
  chmodSync(dir, 0o755);
  const conf = join(dir, 'httpd.conf');
  writeFileSync(
    conf,
    [
      'ServerName 127.0.0.1',
      `LoadModule mpm_event_module ${MODULES}/mod_mpm_event.so`,
      `LoadModule authz_core_module ${MODULES}/mod_authz_core.so`,
      `LoadModule http2_module ${MODULES}/mod_http2.so`,
      `Listen 127.0.0.1:${port}`,
      `PidFile ${join(dir, 'httpd.pid')}`,
      `DefaultRuntimeDir ${dir}`,
      `Mutex file:${dir}`,
      `ErrorLog ${join(dir, 'error.log')}`,
      'LogLevel warn',
      `DocumentRoot ${root}`,
      'Protocols h2c http/1.1',
      ...(process.getuid?.() === 0 ? ['User nobody', 'Group nogroup'] : []),
      `<Directory ${root}>`,
      '  Require all granted',
      '</Directory>',
      '',
    ].join('\n'),
  );
  mkdirSync(root);
  chmodSync(root, 0o755);
  const { close } = await spawnListening(APACHE, ['-f', conf, '-DFOREGROUND'], port, dir);
  return { port, root, close };
}
