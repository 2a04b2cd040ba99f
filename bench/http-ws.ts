// Issue 4 speed, each beside its peer in one run:
//   ws echo:   BENCH_WS_BYTES (default 1 GiB) in 64 KiB binary frames through easy.wsSend /
//              easy.wsRecv (CONNECT_ONLY=2) against the `ws` package's own client, both talking
//              to the same `ws` echo server (in a worker thread), at most WINDOW frames in flight
//   http GET:  BENCH_HTTP_REQUESTS (default 20000) sequential keep-alive GETs on one handle
//              (easy.perform reusing its cached connection) against undici's Client on one
//              connection, same node:http server
//   h2 GET:    BENCH_H2_REQUESTS (default 20000) GETs over one HTTP/2 connection (prior knowledge),
//              BENCH_H2_INFLIGHT (default 100) in flight, easy handles in one Multi against
//              node:http2's own client, same node:http2 server
//   h2 download: BENCH_H2_BYTES (default 1 GiB) in one HTTP/2 response against node:http2's client
// BENCH_RUNS (default 5) runs each, alternating with the peer; medians and ratios are printed (the
// h2 rows also the median of each round's ratio, and they start with an untimed round of each).
// BENCH_ONLY=text runs only the rows whose name contains it (BENCH_ONLY=h2).
// BENCH_QUICK=1 shrinks everything for a smoke run. The h2 rows' functions are exported, to
// profile one of them alone (node --cpu-prof on a script that imports them and starts the peer).
import http2 from 'node:http2';
import { Worker } from 'node:worker_threads';
import { Client } from 'undici';
import WebSocket from 'ws';
import { CURLE, CURLWS_BINARY, Easy, Multi } from '../runtime/index.js';
import { alternate, median, perSecondInFlight } from './stats.js';

const quick = process.env['BENCH_QUICK'] === '1';
const WS_BYTES = Number(process.env['BENCH_WS_BYTES'] ?? (quick ? 16 * 1024 * 1024 : 1024 * 1024 * 1024));
const HTTP_REQUESTS = Number(process.env['BENCH_HTTP_REQUESTS'] ?? (quick ? 500 : 20000));
const RUNS = Number(process.env['BENCH_RUNS'] ?? (quick ? 1 : 5));
const H2_REQUESTS = Number(process.env['BENCH_H2_REQUESTS'] ?? (quick ? 1000 : 20000));
const H2_INFLIGHT = Number(process.env['BENCH_H2_INFLIGHT'] ?? 100);
const H2_BYTES = Number(process.env['BENCH_H2_BYTES'] ?? (quick ? 64 * 1024 * 1024 : 1024 * 1024 * 1024));
const FRAME = 64 * 1024;
const WINDOW = 16;

/** MiB/s of echo through wsSend/wsRecv. */
async function wsEasy(port: number, bytes: number): Promise<number> {
  const easy = new Easy();
  easy.setopt('URL', `ws://127.0.0.1:${port}/`);
  easy.setopt('CONNECT_ONLY', 2);
  const rc = await easy.perform();
  if (rc !== CURLE.OK) throw new Error(`bench: ws perform returned ${rc}`);
  const frame = Buffer.alloc(FRAME, 0x5a);
  const buf = new Uint8Array(FRAME * 4);
  const frames = Math.ceil(bytes / FRAME);
  let sentFrames = 0;
  let partial = 0; // payload bytes of the current frame already taken
  let received = 0;
  const t0 = performance.now();
  while (received < frames * FRAME) {
    let progressed = false;
    while (sentFrames < frames && sentFrames - Math.floor(received / FRAME) < WINDOW) {
      const r = partial === 0 ? easy.wsSend(frame, CURLWS_BINARY) : easy.wsSend(frame.subarray(partial), 0);
      if (r.code === CURLE.AGAIN) break;
      if (r.code !== CURLE.OK) throw new Error(`bench: wsSend returned ${r.code}`);
      progressed = true;
      partial += r.sent;
      if (partial === FRAME) {
        partial = 0;
        sentFrames++;
      }
    }
    for (;;) {
      const r = easy.wsRecv(buf);
      if (r.code === CURLE.AGAIN) break;
      if (r.code !== CURLE.OK) throw new Error(`bench: wsRecv returned ${r.code}`);
      received += r.n;
      progressed = true;
    }
    if (!progressed) await easy.wait('recv');
  }
  const secs = (performance.now() - t0) / 1000;
  easy.cleanup();
  return bytes / secs / (1024 * 1024);
}

/** MiB/s of echo through the ws package's client. */
async function wsPackage(port: number, bytes: number): Promise<number> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/`, { perMessageDeflate: false });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const frame = Buffer.alloc(FRAME, 0x5a);
  const frames = Math.ceil(bytes / FRAME);
  let sent = 0;
  let got = 0;
  const t0 = performance.now();
  await new Promise<void>((resolve) => {
    const pump = (): void => {
      while (sent < frames && sent - got < WINDOW) {
        ws.send(frame, { binary: true });
        sent++;
      }
    };
    ws.on('message', () => {
      got++;
      if (got === frames) resolve();
      else pump();
    });
    pump();
  });
  const secs = (performance.now() - t0) / 1000;
  ws.terminate();
  return bytes / secs / (1024 * 1024);
}

/** Requests per second on one handle (keep-alive through the cache). */
async function httpEasy(port: number, n: number): Promise<number> {
  const easy = new Easy();
  easy.setopt('URL', `http://127.0.0.1:${port}/`);
  let bytes = 0;
  easy.setopt('WRITEFUNCTION', (b: Uint8Array) => {
    bytes += b.length;
    return b.length;
  });
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const rc = await easy.perform();
    if (rc !== CURLE.OK) throw new Error(`bench: perform returned ${rc}`);
  }
  const secs = (performance.now() - t0) / 1000;
  if ((easy.getinfo('NUM_CONNECTS').value as number) !== 0 && n > 1) throw new Error('bench: connection not reused');
  easy.cleanup();
  if (bytes === 0) throw new Error('bench: no body');
  return n / secs;
}

async function httpUndici(port: number, n: number): Promise<number> {
  const client = new Client(`http://127.0.0.1:${port}`, { pipelining: 1 });
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const res = await client.request({ path: '/', method: 'GET' });
    await res.body.arrayBuffer();
  }
  const secs = (performance.now() - t0) / 1000;
  await client.close();
  return n / secs;
}

/** Requests per second: `n` GETs of `url`, `inflight` at a time, as streams of one HTTP/2
 * connection of a Multi (PIPEWAIT, so the first transfers wait for the connection and share it);
 * `setup` sets what makes each handle speak HTTP/2 to the peer (prior knowledge, a CA). */
export async function h2Multi(url: string, n: number, inflight: number, setup: (easy: Easy) => void): Promise<number> {
  const multi = new Multi();
  let bytes = 0;
  const easies = Array.from({ length: Math.min(inflight, n) }, () => {
    const easy = new Easy();
    easy.setopt('URL', url);
    setup(easy);
    easy.setopt('PIPEWAIT', 1);
    easy.setopt('WRITEFUNCTION', (b: Uint8Array) => {
      bytes += b.length;
      return b.length;
    });
    return easy;
  });
  let started = 0;
  let done = 0;
  const t0 = performance.now();
  for (const e of easies) {
    multi.addHandle(e);
    started++;
  }
  let connects = 0;
  while (done < n) {
    multi.perform();
    for (let m = multi.infoRead(); m !== undefined; m = multi.infoRead()) {
      if (m.result !== CURLE.OK) throw new Error(`bench: h2 transfer returned ${m.result}`);
      done++;
      connects += m.easy.getinfo('NUM_CONNECTS').value as number;
      multi.removeHandle(m.easy);
      if (started < n) {
        multi.addHandle(m.easy);
        started++;
      }
    }
    if (done < n) await multi.poll(1000);
  }
  const secs = (performance.now() - t0) / 1000;
  multi.cleanup();
  for (const e of easies) e.cleanup();
  if (connects !== 1) throw new Error(`bench: ${connects} connections for the h2 GETs`);
  if (bytes === 0) throw new Error('bench: no body');
  return n / secs;
}

/** HTTP/2 without TLS from the first byte (CURL_HTTP_VERSION_2_PRIOR_KNOWLEDGE). */
const priorKnowledge = (easy: Easy): void => void easy.setopt('HTTP_VERSION', 5);

/** The same GETs through node:http2's own client (`options`: its TLS settings, for https). */
export async function h2Node(origin: string, n: number, inflight: number, options: http2.SecureClientSessionOptions = {}): Promise<number> {
  const session = http2.connect(origin, options);
  const rate = await perSecondInFlight(n, inflight, (done, fail) => {
    // the request the Multi's transfers send (libcurl's Accept; no User-Agent unless USERAGENT)
    const req = session.request({ ':path': '/', accept: '*/*' });
    req.on('error', fail);
    req.on('data', () => {});
    req.on('end', done);
  });
  session.close();
  return rate;
}

/** MiB/s of one HTTP/2 download of `bytes`. */
export async function h2DownloadEasy(port: number, bytes: number): Promise<number> {
  const easy = new Easy();
  easy.setopt('URL', `http://127.0.0.1:${port}/big/${bytes}`);
  easy.setopt('HTTP_VERSION', 5);
  let got = 0;
  easy.setopt('WRITEFUNCTION', (b: Uint8Array) => {
    got += b.length;
    return b.length;
  });
  const t0 = performance.now();
  const rc = await easy.perform();
  const secs = (performance.now() - t0) / 1000;
  easy.cleanup();
  if (rc !== CURLE.OK || got !== bytes) throw new Error(`bench: h2 download returned ${rc} with ${got} bytes`);
  return bytes / secs / (1024 * 1024);
}

export async function h2DownloadNode(port: number, bytes: number): Promise<number> {
  const session = http2.connect(`http://127.0.0.1:${port}`, { settings: { initialWindowSize: 10 * 1024 * 1024 } });
  session.on('connect', () => session.setLocalWindowSize(100 * 10 * 1024 * 1024));
  let got = 0;
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const req = session.request({ ':path': `/big/${bytes}` });
    req.on('error', reject);
    req.on('data', (c: Buffer) => (got += c.length));
    req.on('end', resolve);
  });
  const secs = (performance.now() - t0) / 1000;
  session.close();
  if (got !== bytes) throw new Error('bench: short node:http2 download');
  return bytes / secs / (1024 * 1024);
}

/** The median of the per-round ratios: each round's pair ran under the same machine load. */
function pairedRatio(ours: number[], theirs: number[]): number {
  return median(ours.map((x, i) => x / theirs[i]!));
}

export async function benchHttpWs(): Promise<void> {
  // BENCH_ONLY=text runs only the rows whose name contains it (BENCH_ONLY=h2: the two h2 rows)
  const only = (process.env['BENCH_ONLY'] ?? '').toLowerCase();
  const wanted = (name: string): boolean => only === '' || name.includes(only);
  const worker = new Worker(new URL('./http-ws-peer.js', import.meta.url));
  const ports = await new Promise<{ ws: number; http: number; h2: number }>((resolve) => worker.once('message', resolve));
  try {
    if (wanted('ws echo')) {
      const { ours, theirs } = await alternate(RUNS, () => wsEasy(ports.ws, WS_BYTES), () => wsPackage(ports.ws, WS_BYTES));
      const a = median(ours);
      const b = median(theirs);
      console.log(
        `ws echo ${WS_BYTES / 1048576} MiB in 64 KiB frames: wsSend/wsRecv ${a.toFixed(1)} MiB/s, ws client ${b.toFixed(1)} MiB/s, ratio ${(a / b).toFixed(2)} (median of ${RUNS})`,
      );
    }
    if (wanted('keep-alive get')) {
      const { ours: h1, theirs: h2 } = await alternate(RUNS, () => httpEasy(ports.http, HTTP_REQUESTS), () => httpUndici(ports.http, HTTP_REQUESTS));
      const c = median(h1);
      const d = median(h2);
      console.log(
        `keep-alive GET x${HTTP_REQUESTS}: easy.perform ${c.toFixed(0)} req/s, undici Client ${d.toFixed(0)} req/s, ratio ${(c / d).toFixed(2)} (median of ${RUNS})`,
      );
    }
    if (wanted('h2 get')) {
      // one untimed round each first: both sides' code is compiled before the timed rounds
      const origin = `http://127.0.0.1:${ports.h2}`;
      const ours = (n: number): Promise<number> => h2Multi(`${origin}/`, n, H2_INFLIGHT, priorKnowledge);
      await ours(H2_INFLIGHT * 10);
      await h2Node(origin, H2_INFLIGHT * 10, H2_INFLIGHT);
      const g = await alternate(RUNS, () => ours(H2_REQUESTS), () => h2Node(origin, H2_REQUESTS, H2_INFLIGHT));
      const [e, f] = [median(g.ours), median(g.theirs)];
      console.log(
        `h2 GET x${H2_REQUESTS}, ${H2_INFLIGHT} in flight on one connection: Multi ${e.toFixed(0)} req/s, node:http2 client ${f.toFixed(0)} req/s, ratio ${(e / f).toFixed(2)}, paired ${pairedRatio(g.ours, g.theirs).toFixed(2)} (median of ${RUNS})`,
      );
    }
    if (wanted('h2 download')) {
      await h2DownloadEasy(ports.h2, 16 * 1024 * 1024);
      await h2DownloadNode(ports.h2, 16 * 1024 * 1024);
      const dl = await alternate(RUNS, () => h2DownloadEasy(ports.h2, H2_BYTES), () => h2DownloadNode(ports.h2, H2_BYTES));
      const [p, q] = [median(dl.ours), median(dl.theirs)];
      console.log(
        `h2 download ${H2_BYTES / 1048576} MiB: easy.perform ${p.toFixed(1)} MiB/s, node:http2 client ${q.toFixed(1)} MiB/s, ratio ${(p / q).toFixed(2)}, paired ${pairedRatio(dl.ours, dl.theirs).toFixed(2)} (median of ${RUNS})`,
      );
    }
  } finally {
    await worker.terminate();
  }
}
