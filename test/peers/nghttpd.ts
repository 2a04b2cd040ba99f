// Debian's nghttpd (nghttp2-server) on loopback for the HTTP/2 tests: a document root in a temp
// directory, the throwaway certificate of tls-fixtures.ts (TLS with ALPN h2) or --no-tls (h2c,
// prior knowledge only), a free port, --echo-upload (a POST or PUT body comes back as the response
// body) and -v, whose log numbers each connection ("[id=N]"), so a test can count connections.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, spawnListening } from './socks.js';
import type { Pki } from './tls-fixtures.js';

export const NGHTTPD = '/usr/sbin/nghttpd';
export const haveNghttpd = existsSync(NGHTTPD);

export interface Nghttpd {
  port: number;
  /** The document root: files written here are served. */
  root: string;
  /** How many connections the server accepted so far (its -v log's connection ids). */
  connections(): number;
  log(): string;
  close(): Promise<void>;
}

export interface NghttpdOptions {
  /** Plain h2c (prior knowledge) instead of TLS. */
  plain?: boolean;
  /** SETTINGS_MAX_CONCURRENT_STREAMS (-m). */
  maxStreams?: number;
  /** Extra arguments (--trailer=..., --error-gzip). */
  args?: string[];
}

export async function startNghttpd(pki: Pki, o: NghttpdOptions = {}): Promise<Nghttpd> {
  const root = mkdtempSync(join(tmpdir(), 'manbind-nghttpd-'));
  writeFileSync(join(root, 'index.html'), 'hello over h2\n');
  const port = await freePort();
  const args = ['-v', '--echo-upload', '-a', '127.0.0.1', '-d', root, ...(o.args ?? [])];
  if (o.maxStreams !== undefined) args.push(`--max-concurrent-streams=${o.maxStreams}`);
  if (o.plain === true) args.push('--no-tls', String(port));
  else args.push(String(port), pki.localhost.keyFile, pki.localhost.certFile);
  const { log, close } = await spawnListening(NGHTTPD, args, port, root);
  // connections that spoke HTTP/2 (waitListening's probe does not)
  const connections = (): number => new Set([...log().matchAll(/\[id=(\d+)\] \[[ \d.]+\] recv SETTINGS/g)].map((m) => m[1])).size;
  return { port, root, connections, log, close };
}
