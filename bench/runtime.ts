// Runtime speed beside plain node:net doing the same work, in one run (issue 3, Speed):
//   connect loop: N sequential new Easy + setopt + perform + cleanup, per second
//                 (node:net: net.connect, wait for 'connect', destroy)
//   reused handle: the same with one Easy for all N performs (each closes the previous
//                 connection first, decision 11)
//   TLS connect loop: N sequential new Easy + connect-only perform to https://127.0.0.1 +
//                 cleanup, N = BENCH_TLS_CONNECTS (node:tls: tls.connect, 'secureConnect', destroy)
//   send:         BYTES in 64 KiB easy.send calls, easy.wait('send') on AGAIN, until the peer
//                 has read them all (node:net: socket.write with 'drain')
//   recv:         BYTES into one 64 KiB buffer with easy.recv / easy.wait('recv')
//                 (node:net: counting 'data' events)
//   SOCKS5 loop:  N sequential connect-only performs through a SOCKS5 proxy (CURLOPT_PROXY
//                 socks5://), the proxy reaching the accepting server
//                 (node:net: connect to the proxy, greeting and CONNECT by hand, destroy)
//   HTTPS-proxy TLS connect loop: N sequential connect-only performs to an https URL through an
//                 https:// proxy (TLS to the proxy, CONNECT, TLS inside), N = BENCH_TLS_CONNECTS (300)
//                 (node:tls: the same two handshakes and the CONNECT by hand, destroy)
// Each is run RUNS times alternating with its baseline; medians and the ratio are printed.
// BENCH_BYTES (default 1 GiB), BENCH_CONNECTS (2000) and BENCH_RUNS (5) shrink a quick run;
// BENCH_ONLY=text runs only the cases whose name contains it (BENCH_ONLY=socks).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tls from 'node:tls';
import { Worker } from 'node:worker_threads';
import { CURLE, Easy } from '../runtime/index.js';
import { alternate, median } from './stats.js';

const KiB64 = 64 * 1024;

function easyFor(port: number): Easy {
  const easy = new Easy();
  easy.setopt('URL', `http://127.0.0.1:${port}/`);
  easy.setopt('CONNECT_ONLY', 1);
  return easy;
}

/** Throws unless `code` is CURLE_OK. (Not an async function: awaiting a perform through one
 * added an async frame and its microtask turns to every operation of the manbind side alone.) */
function check(code: number, what: string): void {
  if (code !== CURLE.OK) throw new Error(`bench:runtime: ${what} returned ${code}`);
}

// --- connect loop ----------------------------------------------------------------------------

async function connectEasy(port: number, n: number): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const easy = easyFor(port);
    check(await easy.perform(), 'perform');
    easy.cleanup();
  }
  return n / ((performance.now() - t0) / 1000);
}

async function connectNet(port: number, n: number): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const s = net.connect({ port, host: '127.0.0.1', noDelay: true });
    await new Promise<void>((resolve, reject) => {
      s.once('connect', resolve);
      s.once('error', reject);
    });
    s.destroy();
  }
  return n / ((performance.now() - t0) / 1000);
}

async function connectReused(port: number, n: number): Promise<number> {
  const easy = easyFor(port);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) check(await easy.perform(), 'perform');
  easy.cleanup();
  return n / ((performance.now() - t0) / 1000);
}

// --- TLS connect loop ------------------------------------------------------------------------

async function tlsConnectEasy(port: number, caFile: string, n: number): Promise<number> {
  // the address, as the baseline connects to it ("localhost" would try ::1 first, as libcurl
  // does, and the peer listens on 127.0.0.1 only); the certificate names it too
  const url = `https://127.0.0.1:${port}/`;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const easy = new Easy();
    easy.setopt('URL', url);
    easy.setopt('CONNECT_ONLY', 1);
    easy.setopt('CAINFO', caFile);
    check(await easy.perform(), 'perform');
    easy.cleanup();
  }
  return n / ((performance.now() - t0) / 1000);
}

/** The same handshake by hand (no SNI for an address, as libcurl sends none); ALPN offers
 * http/1.1 as libcurl does for https without HTTP/2. */
async function tlsConnectNet(port: number, ca: string, n: number): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const s = tls.connect({ port, host: '127.0.0.1', ca, ALPNProtocols: ['http/1.1'] });
    await secure(s);
    s.destroy();
  }
  return n / ((performance.now() - t0) / 1000);
}

// --- connect loop through a SOCKS5 proxy -----------------------------------------------------

async function socksEasy(proxyPort: number, port: number, n: number): Promise<number> {
  const proxy = `socks5://127.0.0.1:${proxyPort}`;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const easy = easyFor(port);
    easy.setopt('PROXY', proxy);
    check(await easy.perform(), 'perform');
    easy.cleanup();
  }
  return n / ((performance.now() - t0) / 1000);
}

/** Reads exactly `n` bytes from a socket in paused mode. */
function readExactly(s: net.Socket, n: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const tryRead = (): void => {
      const b = s.read(n) as Buffer | null;
      if (b === null) return;
      s.off('readable', tryRead);
      s.off('error', reject);
      resolve(b);
    };
    s.on('readable', tryRead);
    s.once('error', reject);
    tryRead();
  });
}

async function socksNet(proxyPort: number, port: number, n: number): Promise<number> {
  const greeting = Buffer.from([5, 1, 0]);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const s = net.connect({ port: proxyPort, host: '127.0.0.1', noDelay: true });
    await new Promise<void>((resolve, reject) => {
      s.once('connect', resolve);
      s.once('error', reject);
    });
    s.write(greeting);
    const method = await readExactly(s, 2);
    if (method[0] !== 5 || method[1] !== 0) throw new Error('bench:runtime: SOCKS5 greeting refused');
    s.write(Buffer.from([5, 1, 0, 1, 127, 0, 0, 1, port >> 8, port & 0xff]));
    const reply = await readExactly(s, 10);
    if (reply[1] !== 0) throw new Error('bench:runtime: SOCKS5 CONNECT refused');
    s.destroy();
  }
  return n / ((performance.now() - t0) / 1000);
}

// --- TLS connect loop through an HTTPS proxy ------------------------------------------------

/** A throwaway self-signed certificate for localhost and 127.0.0.1 (the openssl command), trusted
 * as its own CA by both sides. The proxy is named by its address, the server behind it by name. */
export function benchCert(): { key: string; cert: string; certFile: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'manbind-bench-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'key.pem', '-out', 'cert.pem',
    '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
  ], { cwd: dir, stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8'), certFile: join(dir, 'cert.pem'), dir };
}

async function httpsProxyEasy(proxyPort: number, port: number, caFile: string, n: number): Promise<number> {
  const url = `https://localhost:${port}/`;
  const proxy = `https://127.0.0.1:${proxyPort}`;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const easy = new Easy();
    easy.setopt('URL', url);
    easy.setopt('CONNECT_ONLY', 1);
    easy.setopt('PROXY', proxy);
    easy.setopt('CAINFO', caFile);
    easy.setopt('PROXY_CAINFO', caFile);
    check(await easy.perform(), 'perform');
    easy.cleanup();
  }
  return n / ((performance.now() - t0) / 1000);
}

function secure(s: tls.TLSSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    s.once('secureConnect', resolve);
    s.once('error', reject);
  });
}

/** The same by hand: TLS to the proxy, CONNECT, the 200, TLS to the server inside, destroy. */
async function httpsProxyNet(proxyPort: number, port: number, ca: string, n: number): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const raw = net.connect({ port: proxyPort, host: '127.0.0.1', noDelay: true });
    const outer = tls.connect({ socket: raw, ca, ALPNProtocols: ['http/1.1'] });
    await secure(outer);
    outer.write(`CONNECT localhost:${port} HTTP/1.1\r\nHost: localhost:${port}\r\n\r\n`);
    const head = await readExactly(outer as unknown as net.Socket, 39);
    if (!head.toString('latin1').startsWith('HTTP/1.1 200')) throw new Error('bench:runtime: CONNECT refused');
    const inner = tls.connect({ socket: outer, servername: 'localhost', ca, ALPNProtocols: ['http/1.1'] });
    await secure(inner);
    inner.destroy();
    outer.destroy();
  }
  return n / ((performance.now() - t0) / 1000);
}

// --- send ------------------------------------------------------------------------------------

async function sendEasy(port: number, bytes: number): Promise<number> {
  const easy = easyFor(port);
  check(await easy.perform(), 'perform');
  const chunk = new Uint8Array(KiB64).fill(0x61);
  const t0 = performance.now();
  let sent = 0;
  while (sent < bytes) {
    const want = Math.min(KiB64, bytes - sent);
    const r = easy.send(want === KiB64 ? chunk : chunk.subarray(0, want));
    if (r.code === CURLE.AGAIN) {
      await easy.wait('send');
      continue;
    }
    check(r.code, 'send');
    sent += r.n;
  }
  const ack = new Uint8Array(1);
  for (;;) {
    const r = easy.recv(ack);
    if (r.code === CURLE.AGAIN) {
      await easy.wait('recv');
      continue;
    }
    check(r.code, 'recv');
    break;
  }
  const ms = performance.now() - t0;
  easy.cleanup();
  return bytes / 1e6 / (ms / 1000);
}

async function sendNet(port: number, bytes: number): Promise<number> {
  const s = net.connect({ port, host: '127.0.0.1', noDelay: true });
  await new Promise((r) => s.once('connect', r));
  const chunk = Buffer.alloc(KiB64, 0x61);
  const t0 = performance.now();
  const ack = new Promise((r) => s.once('data', r));
  let sent = 0;
  while (sent < bytes) {
    const want = Math.min(KiB64, bytes - sent);
    const ok = s.write(want === KiB64 ? chunk : chunk.subarray(0, want));
    sent += want;
    if (!ok) await new Promise((r) => s.once('drain', r));
  }
  await ack;
  const ms = performance.now() - t0;
  s.destroy();
  return bytes / 1e6 / (ms / 1000);
}

// --- recv ------------------------------------------------------------------------------------

async function recvEasy(port: number, bytes: number): Promise<number> {
  const easy = easyFor(port);
  const t0 = performance.now();
  check(await easy.perform(), 'perform');
  const buf = new Uint8Array(KiB64);
  let got = 0;
  while (got < bytes) {
    const r = easy.recv(buf);
    if (r.code === CURLE.AGAIN) {
      await easy.wait('recv');
      continue;
    }
    check(r.code, 'recv');
    if (r.n === 0) throw new Error('bench:runtime: early EOF');
    got += r.n;
  }
  const ms = performance.now() - t0;
  easy.cleanup();
  return bytes / 1e6 / (ms / 1000);
}

async function recvNet(port: number, bytes: number): Promise<number> {
  const t0 = performance.now();
  const s = net.connect({ port, host: '127.0.0.1', noDelay: true });
  let got = 0;
  await new Promise<void>((resolve) => {
    s.on('data', (d: Buffer) => {
      got += d.length;
      if (got >= bytes) resolve();
    });
  });
  const ms = performance.now() - t0;
  s.destroy();
  return bytes / 1e6 / (ms / 1000);
}

export interface RuntimeBenchRow {
  name: string;
  unit: string;
  manbind: number;
  node: number;
  ratio: number;
  runs: { manbind: number[]; node: number[] };
}

export async function benchRuntime(): Promise<RuntimeBenchRow[]> {
  const bytes = Number(process.env['BENCH_BYTES'] ?? 1024 * 1024 * 1024);
  const connects = Number(process.env['BENCH_CONNECTS'] ?? 2000);
  const runs = Number(process.env['BENCH_RUNS'] ?? 5);
  // two TLS handshakes each: fewer rounds than the plain connect loop
  const tlsConnects = Number(process.env['BENCH_TLS_CONNECTS'] ?? 300);
  const only = (process.env['BENCH_ONLY'] ?? '').toLowerCase();
  const pem = benchCert();
  const worker = new Worker(new URL('./runtime-peer.js', import.meta.url), { workerData: { bytes, key: pem.key, cert: pem.cert } });
  const ports = await new Promise<{ accept: number; sink: number; source: number; socks5: number; tlsAccept: number; httpsProxy: number }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  try {
    const cases: { name: string; unit: string; ours: () => Promise<number>; theirs: () => Promise<number> }[] = [
      { name: `connect loop (${connects})`, unit: 'per s', ours: () => connectEasy(ports.accept, connects), theirs: () => connectNet(ports.accept, connects) },
      {
        name: `connect loop, one handle (${connects})`,
        unit: 'per s',
        ours: () => connectReused(ports.accept, connects),
        theirs: () => connectNet(ports.accept, connects),
      },
      {
        name: `TLS connect loop (${tlsConnects})`,
        unit: 'per s',
        ours: () => tlsConnectEasy(ports.tlsAccept, pem.certFile, tlsConnects),
        theirs: () => tlsConnectNet(ports.tlsAccept, pem.cert, tlsConnects),
      },
      { name: `send ${fmtBytes(bytes)} in 64 KiB`, unit: 'MB/s', ours: () => sendEasy(ports.sink, bytes), theirs: () => sendNet(ports.sink, bytes) },
      { name: `recv ${fmtBytes(bytes)} into 64 KiB`, unit: 'MB/s', ours: () => recvEasy(ports.source, bytes), theirs: () => recvNet(ports.source, bytes) },
      {
        name: `SOCKS5 connect loop (${connects})`,
        unit: 'per s',
        ours: () => socksEasy(ports.socks5, ports.accept, connects),
        theirs: () => socksNet(ports.socks5, ports.accept, connects),
      },
      {
        name: `HTTPS-proxy TLS connect loop (${tlsConnects})`,
        unit: 'per s',
        ours: () => httpsProxyEasy(ports.httpsProxy, ports.tlsAccept, pem.certFile, tlsConnects),
        theirs: () => httpsProxyNet(ports.httpsProxy, ports.tlsAccept, pem.cert, tlsConnects),
      },
    ].filter((c) => only === '' || c.name.toLowerCase().includes(only));
    const rows: RuntimeBenchRow[] = [];
    for (const c of cases) {
      // one warm-up of each, then alternate
      await c.ours();
      await c.theirs();
      const { ours, theirs } = await alternate(runs, c.ours, c.theirs);
      const m = median(ours);
      const n = median(theirs);
      rows.push({ name: c.name, unit: c.unit, manbind: m, node: n, ratio: m / n, runs: { manbind: ours, node: theirs } });
    }
    console.log(`bench:runtime: medians of ${runs} runs (manbind vs plain node:net; target ratio >= 0.90)`);
    for (const r of rows) {
      console.log(
        `  ${r.name.padEnd(38)} manbind ${r.manbind.toFixed(0).padStart(7)} ${r.unit}   node:net ${r.node.toFixed(0).padStart(7)} ${r.unit}   ratio ${r.ratio.toFixed(2)}`,
      );
    }
    return rows;
  } finally {
    await worker.terminate();
    rmSync(pem.dir, { recursive: true, force: true });
  }
}

function fmtBytes(n: number): string {
  if (n >= 1024 ** 3 && n % 1024 ** 3 === 0) return `${n / 1024 ** 3} GiB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(0)} MiB`;
  return `${n} B`;
}
