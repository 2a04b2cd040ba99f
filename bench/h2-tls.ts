// HTTP/2 GETs over TLS (issue 16's Speed, beside "undici with allowH2"): BENCH_H2_REQUESTS
// (default 20000) GETs with 100 in flight on one connection, each a transfer of a Multi (PIPEWAIT,
// ALPN h2), beside undici's Client with allowH2 and beside node:http2's own client, all against
// the same node:http2 server in a worker thread (bench/h2-tls-peer.ts). The three run in turn,
// BENCH_RUNS (default 5) times; medians and both ratios are printed. Every run checks that the
// server saw the requests as HTTP/2. BENCH_ONLY=text runs it when "h2 get over tls" contains the
// text.
import { rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { Client } from 'undici';
import { h2Multi, h2Node } from './http-ws.js';
import { benchCert } from './runtime.js';
import { median, perSecondInFlight } from './stats.js';

const QUICK = process.env['BENCH_QUICK'] === '1';
const REQUESTS = Number(process.env['BENCH_H2_REQUESTS'] ?? (QUICK ? 2000 : 20000));
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const INFLIGHT = 100;

async function viaUndici(port: number, ca: string, n: number): Promise<number> {
  const client = new Client(`https://127.0.0.1:${port}`, { allowH2: true, maxConcurrentStreams: INFLIGHT, connect: { ca } });
  const rate = await perSecondInFlight(n, INFLIGHT, (done, fail) => {
    client.request({ path: '/', method: 'GET' }).then(async (res) => {
      for await (const _ of res.body) void _;
      done();
    }, fail);
  });
  await client.close();
  return rate;
}

export async function benchH2Tls(): Promise<{ multi: number; undici: number; node: number } | null> {
  // BENCH_ONLY=text runs this row only when its name contains the text, as the other benches do
  const only = (process.env['BENCH_ONLY'] ?? '').toLowerCase();
  if (only !== '' && !'h2 get over tls'.includes(only)) return null;
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
      const origin = `https://127.0.0.1:${port}`;
      runs.multi.push(await checked('Multi', () => h2Multi(`${origin}/`, REQUESTS, INFLIGHT, (e) => void e.setopt('CAINFO', pem.certFile))));
      runs.undici.push(await checked('undici', () => viaUndici(port, pem.cert, REQUESTS)));
      runs.node.push(await checked('node:http2', () => h2Node(origin, REQUESTS, INFLIGHT, { ca: pem.cert })));
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
