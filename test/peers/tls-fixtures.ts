// A throwaway PKI for TLS tests, made with the openssl command at test time in a temp directory:
// a root CA, an intermediate CA, and EC P-256 leaves (fast to generate) for the cases the tests
// need. Nothing is committed; every run makes fresh keys.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as net from 'node:net';
import { afterAll, beforeAll } from 'vitest';

export interface Pem {
  cert: string;
  key: string;
  certFile: string;
  keyFile: string;
}

export interface Pki {
  dir: string;
  ca: Pem;
  intermediate: Pem;
  /** CA-signed, SAN DNS:localhost, IP:127.0.0.1, IP:::1. */
  localhost: Pem;
  /** CA-signed, SAN DNS:other.example only. */
  otherName: Pem;
  /** CA-signed, expired in 2020. */
  expired: Pem;
  /** Self-signed, SAN localhost. */
  selfSigned: Pem;
  /** Signed by the intermediate, SAN localhost; serve it with chainWithIntermediate. */
  viaIntermediate: Pem;
  /** viaIntermediate's cert followed by the intermediate's. */
  chainWithIntermediate: string;
  /** CA-signed, no SAN at all, CN=localhost (the CN fallback). */
  cnOnly: Pem;
  /** CA-signed client certificate (CN=manbind client, clientAuth). */
  client: Pem;
  /** The client key encrypted with the pass phrase "sesame". */
  clientKeyEncryptedFile: string;
  /** Another key, not the client certificate's. */
  strayKeyFile: string;
  cleanup(): void;
}

export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function run(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

const CA_CONF = `[ ca ]
default_ca = CA_default
[ CA_default ]
dir = .
database = ./index.txt
new_certs_dir = .
serial = ./serial
default_md = sha256
policy = policy_any
copy_extensions = copy
unique_subject = no
[ policy_any ]
commonName = supplied
[ v3_ca ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
[ v3_leaf ]
basicConstraints = CA:FALSE
`;

export function makePki(): Pki {
  const dir = mkdtempSync(join(tmpdir(), 'manbind-pki-'));
  writeFileSync(join(dir, 'ca.cnf'), CA_CONF);
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'serial'), '1000\n');
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  const load = (name: string): Pem => ({
    cert: readFileSync(join(dir, `${name}.pem`), 'utf8'),
    key: readFileSync(join(dir, `${name}.key`), 'utf8'),
    certFile: join(dir, `${name}.pem`),
    keyFile: join(dir, `${name}.key`),
  });

  run(dir, [
    'req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '3', '-subj', '/CN=manbind test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
  ]);

  const sign = (
    name: string,
    subj: string,
    exts: string[],
    issuer = 'ca',
    dates: string[] = ['-days', '2'],
    extSection = 'v3_leaf',
  ): void => {
    run(dir, ['req', ...ec, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subj, ...exts.flatMap((e) => ['-addext', e])]);
    run(dir, [
      'ca', '-batch', '-config', 'ca.cnf', '-cert', `${issuer}.pem`, '-keyfile', `${issuer}.key`, '-in', `${name}.csr`,
      '-out', `${name}.pem`, '-notext', '-extensions', extSection, ...dates,
    ]);
  };

  sign('intermediate', '/CN=manbind test intermediate', [], 'ca', ['-days', '2'], 'v3_ca');
  const serverExts = (san: string): string[] => [`subjectAltName=${san}`, 'extendedKeyUsage=serverAuth'];
  sign('localhost', '/CN=localhost', serverExts('DNS:localhost,IP:127.0.0.1,IP:::1'));
  sign('other', '/CN=other.example', serverExts('DNS:other.example'));
  sign('expired', '/CN=localhost', serverExts('DNS:localhost,IP:127.0.0.1'), 'ca', [
    '-startdate', '20200101000000Z', '-enddate', '20200102000000Z',
  ]);
  sign('leaf2', '/CN=localhost', serverExts('DNS:localhost,IP:127.0.0.1'), 'intermediate');
  sign('cnonly', '/CN=localhost', ['extendedKeyUsage=serverAuth']);
  sign('client', '/CN=manbind client', ['extendedKeyUsage=clientAuth']);
  run(dir, [
    'req', '-x509', ...ec, '-keyout', 'self.key', '-out', 'self.pem', '-days', '2', '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
  ]);
  run(dir, ['pkey', '-in', 'client.key', '-out', 'client-enc.key', '-aes256', '-passout', 'pass:sesame']);
  run(dir, ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', 'stray.key']);

  const viaIntermediate = load('leaf2');
  const intermediate = load('intermediate');
  return {
    dir,
    ca: load('ca'),
    intermediate,
    localhost: load('localhost'),
    otherName: load('other'),
    expired: load('expired'),
    selfSigned: load('self'),
    viaIntermediate,
    chainWithIntermediate: viaIntermediate.cert + intermediate.cert,
    cnOnly: load('cnonly'),
    client: load('client'),
    clientKeyEncryptedFile: join(dir, 'client-enc.key'),
    strayKeyFile: join(dir, 'stray.key'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The test file's PKI: made in beforeAll and removed in afterAll when openssl is installed; when
 * it is not, a warning that `skipping` (the tests that need it) are skipped. `pki` is filled in
 * place by beforeAll, so the file can hold on to it from the start.
 */
export function filePki(skipping: string): { haveOpenssl: boolean; pki: Pki } {
  const haveOpenssl = hasOpenssl();
  if (!haveOpenssl) console.warn(`openssl is not installed: skipping ${skipping} (the PKI is made with it)`);
  const pki = {} as Pki;
  beforeAll(() => {
    if (haveOpenssl) Object.assign(pki, makePki());
  });
  afterAll(() => pki.cleanup?.());
  return { haveOpenssl, pki };
}

/** OpenSSL's subject hash of a certificate file, for a c_rehash-style CAPATH entry. */
export function subjectHash(certFile: string): string {
  return execFileSync('openssl', ['x509', '-noout', '-hash', '-in', certFile], { encoding: 'utf8' }).trim();
}

/**
 * Listens on 127.0.0.1 port 0 and returns the port and a close() that also destroys the
 * connections still open (a TLS or https server's own close() waits for them).
 */
export async function listenLoopback(server: net.Server): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const close = (): Promise<void> =>
    new Promise<void>((r) => {
      for (const s of sockets) s.destroy();
      server.close(() => r());
    });
  return { port: (server.address() as net.AddressInfo).port, close };
}
