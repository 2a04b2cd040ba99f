// HTTP/2 GETs over TLS (issue 16's Speed, beside "undici with allowH2"): BENCH_H2_REQUESTS
// (default 20000) GETs with 100 in flight on one connection, each a transfer of a Multi (PIPEWAIT,
// ALPN h2), beside undici's Client with allowH2 and beside node:http2's own client, all against
// the same node:http2 server in a worker thread (bench/h2-tls-peer.ts). The three run in turn,
// BENCH_RUNS (default 5) times; medians and both ratios are printed. Every run checks that the
// server saw the requests as HTTP/2.
import http2 from 'node:http2';
import { rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { Client } from 'undici';
import { CURLE, Easy, Multi } from '../runtime/index.js';
import { benchCert } from './runtime.js';
import { median } from './stats.js';

const QUICK = process.env['BENCH_QUICK'] === '1';
const REQUESTS = Number(process.env['BENCH_H2_REQUESTS'] ?? (QUICK ? 2000 : 20000));
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const INFLIGHT = 100;

async function viaMulti(port: number, caFile: string, n: number): Promise<number> {
  const multi = new Multi();
  const easies = Array.from({ length: Math.min(INFLIGHT, n) }, () => {
    const easy = new Easy();
    easy.setopt('URL', `https://127.0.0.1:${port}/`);
    easy.setopt('CAINFO', caFile);
    easy.setopt('PIPEWAIT', 1);
    easy.setopt('WRITEFUNCTION', (b: Uint8Array) => b.length);
    return easy;
  });
  let started = 0;
  let done = 0;
  let connects = 0;
  const t0 = performance.now();
  for (const e of easies) {
    multi.addHandle(e);
    started++;
  }
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
  return n / secs;
}

async function viaUndici(port: number, ca: string, n: number): Promise<number> {
  const client = new Client(`https://127.0.0.1:${port}`, { allowH2: true, maxConcurrentStreams: INFLIGHT, connect: { ca } });
  let started = 0;
  let done = 0;
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const one = (): void => {
      started++;
      client.request({ path: '/', method: 'GET' }).then(async (res) => {
        for await (const _ of res.body) void _;
        done++;
        if (done === n) resolve();
        else if (started < n) one();
      }, reject);
    };
    for (let i = 0; i < Math.min(INFLIGHT, n); i++) one();
  });
  const secs = (performance.now() - t0) / 1000;
  await client.close();
  return n / secs;
}

async function viaNodeHttp2(port: number, ca: string, n: number): Promise<number> {
  const session = http2.connect(`https://127.0.0.1:${port}`, { ca });
  let started = 0;
  let done = 0;
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const one = (): void => {
      started++;
      const req = session.request({ ':path': '/' });
      req.on('error', reject);
      req.on('data', () => {});
      req.on('end', () => {
        done++;
        if (done === n) resolve();
        else if (started < n) one();
      });
    };
    for (let i = 0; i < Math.min(INFLIGHT, n); i++) one();
  });
  const secs = (performance.now() - t0) / 1000;
  session.close();
  return n / secs;
}

export async function benchH2Tls(): Promise<{ multi: number; undici: number; node: number }> {
  const pem = benchCert();
  const worker = new Worker(new URL('./h2-tls-peer.js', import.meta.url), { workerData: { key: pem.key, cert: pem.cert } });
  const port = await new Promise<number>((resolve) => worker.once('message', resolve));
  /** Runs `f` and checks that the server saw `n` HTTP/2 requests and no HTTP/1.1 one. */
  const checked = async (what: string, f: () => Promise<number>): Promise<number> => {
    const rate = await f();
    worker.postMessage('counts');
    const counts = await new Promise<{ h2: number; h1: number }>((resolve) => worker.once('message', resolve));
    if (counts.h2 !== REQUESTS || counts.h1 !== 0) throw new Error(`bench: ${what} made ${counts.h2} HTTP/2 and ${counts.h1} HTTP/1.1 requests`);
    return rate;
  };
  try {
    const runs = { multi: [] as number[], undici: [] as number[], node: [] as number[] };
    const once = async (): Promise<void> => {
      runs.multi.push(await checked('Multi', () => viaMulti(port, pem.certFile, REQUESTS)));
      runs.undici.push(await checked('undici', () => viaUndici(port, pem.cert, REQUESTS)));
      runs.node.push(await checked('node:http2', () => viaNodeHttp2(port, pem.cert, REQUESTS)));
    };
    // one warm-up round of each, then the runs in turn
    await once();
    runs.multi.length = runs.undici.length = runs.node.length = 0;
    for (let i = 0; i < RUNS; i++) await once();
    const r = { multi: median(runs.multi), undici: median(runs.undici), node: median(runs.node) };
    console.log(
      `h2 GET over TLS x${REQUESTS}, ${INFLIGHT} in flight on one connection: Multi ${r.multi.toFixed(0)} req/s, undici Client (allowH2) ${r.undici.toFixed(0)} req/s, ratio ${(r.multi / r.undici).toFixed(2)}; node:http2 client ${r.node.toFixed(0)} req/s, ratio ${(r.multi / r.node).toFixed(2)} (median of ${RUNS})`,
    );
    return r;
  } finally {
    await worker.terminate();
    rmSync(pem.dir, { recursive: true, force: true });
  }
}
