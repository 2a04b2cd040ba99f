// Soak (issue 6): many connect-only sessions, each echoing a random payload through
// easy.send/easy.recv against a node:net echo server on loopback, checked byte for byte.
//   sequential: SOAK_SEQUENTIAL (default 10 000) new Easy + CONNECT_ONLY perform + echo + cleanup
//   concurrent: SOAK_CONCURRENT (default 500) handles connected at once through one Multi, then
//               all echoing at once
// Figures: lost/altered bytes (must be 0), open sockets at start and end (process
// getActiveResourcesInfo), RSS and heapUsed after the first and after the last window of
// SOAK_WINDOW (default 1000) sequential sessions (after global.gc when node runs with
// --expose-gc). Exits 1 on any mismatch, leaked socket, or heap growth over SOAK_HEAP_GROWTH_MB
// (default 16) / RSS growth over SOAK_RSS_GROWTH_MB (default 64).
// SOAK_MAX_PAYLOAD (bytes, default 65536; payloads are 1..max) shrinks a run.
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { pathToFileURL } from 'node:url';
import { CURLE, Easy, Multi } from '../runtime/index.js';

export interface SoakOptions {
  sequential: number;
  concurrent: number;
  maxPayload: number;
  window: number;
  /** Progress lines go here (the CLI prints them; the test stays quiet). */
  log?: (line: string) => void;
}

export interface MemorySample {
  rss: number;
  heapUsed: number;
}

export interface SoakResult {
  sequential: number;
  concurrent: number;
  sessionsOk: number;
  bytesSent: number;
  bytesEchoed: number;
  /** Sessions whose echo differed from what was sent, or failed with a CURLcode. */
  mismatches: string[];
  socketsStart: number;
  socketsEnd: number;
  resourcesStart: Record<string, number>;
  resourcesEnd: Record<string, number>;
  first: MemorySample | null;
  last: MemorySample | null;
  gc: boolean;
}

function resources(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of process.getActiveResourcesInfo()) out[r] = (out[r] ?? 0) + 1;
  return out;
}

/** Open TCP handles (sockets and servers) of this process. Pipes are left out: stdout and stderr
 * become PipeWrap handles when first written under `npm run`, which is no leak. */
function sockets(r: Record<string, number>): number {
  return (r.TCPSocketWrap ?? 0) + (r.TCPServerWrap ?? 0);
}

function sample(): MemorySample {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed };
}

interface EchoServer {
  port: number;
  /** Resolves when every accepted connection has closed. */
  drained(): Promise<void>;
  close(): Promise<void>;
}

async function echoServer(): Promise<EchoServer> {
  const open = new Set<net.Socket>();
  let waiters: (() => void)[] = [];
  const server = net.createServer((s) => {
    open.add(s);
    s.on('error', () => {});
    s.on('close', () => {
      open.delete(s);
      if (open.size === 0) {
        const w = waiters;
        waiters = [];
        for (const f of w) f();
      }
    });
    s.pipe(s);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    drained: () => (open.size === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
    close: async () => {
      for (const s of open) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function sendAll(easy: Easy, data: Uint8Array): Promise<number> {
  let off = 0;
  while (off < data.length) {
    const r = easy.send(data.subarray(off));
    if (r.code === CURLE.AGAIN) {
      await easy.wait('send');
      continue;
    }
    if (r.code !== CURLE.OK) return r.code;
    off += r.n;
  }
  return CURLE.OK;
}

/** Reads until `want` bytes came or the peer closed; the code of a failure, else OK. */
async function recvAll(easy: Easy, want: number, into: Uint8Array): Promise<{ code: number; got: number }> {
  let got = 0;
  while (got < want) {
    const r = easy.recv(into.subarray(got));
    if (r.code === CURLE.AGAIN) {
      await easy.wait('recv');
      continue;
    }
    if (r.code !== CURLE.OK) return { code: r.code, got };
    if (r.n === 0) break;
    got += r.n;
  }
  return { code: CURLE.OK, got };
}

interface Tally {
  ok: number;
  sent: number;
  echoed: number;
  mismatches: string[];
}

/** Echoes one random payload on a connected handle and checks it. */
async function echoOnce(easy: Easy, label: string, maxPayload: number, t: Tally): Promise<void> {
  const size = 1 + Math.floor(Math.random() * maxPayload);
  const payload = randomBytes(size);
  const code = await sendAll(easy, payload);
  if (code !== CURLE.OK) {
    t.mismatches.push(`${label}: send returned ${code}`);
    return;
  }
  t.sent += size;
  const back = new Uint8Array(size);
  const r = await recvAll(easy, size, back);
  t.echoed += r.got;
  if (r.code !== CURLE.OK) t.mismatches.push(`${label}: recv returned ${r.code} after ${r.got} of ${size} bytes`);
  else if (r.got !== size) t.mismatches.push(`${label}: ${size - r.got} of ${size} bytes lost`);
  else if (!payload.equals(back)) t.mismatches.push(`${label}: ${size} bytes came back altered`);
  else t.ok++;
}

function connectOnly(port: number): Easy {
  const easy = new Easy();
  easy.setopt('URL', `http://127.0.0.1:${port}/`);
  easy.setopt('CONNECT_ONLY', 1);
  return easy;
}

export async function runSoak(o: SoakOptions): Promise<SoakResult> {
  const log = o.log ?? (() => {});
  const resourcesStart = resources();
  const server = await echoServer();
  const t: Tally = { ok: 0, sent: 0, echoed: 0, mismatches: [] };
  let first: MemorySample | null = null;
  let last: MemorySample | null = null;
  const window = Math.max(1, Math.min(o.window, Math.floor(o.sequential / 2)));

  try {
    for (let i = 0; i < o.sequential; i++) {
      const easy = connectOnly(server.port);
      const code = await easy.perform();
      if (code !== CURLE.OK) t.mismatches.push(`sequential ${i}: perform returned ${code}`);
      else await echoOnce(easy, `sequential ${i}`, o.maxPayload, t);
      easy.cleanup();
      if (i + 1 === window) {
        await server.drained();
        first = sample();
        log(`after the first ${window}: rss ${mb(first.rss)} heapUsed ${mb(first.heapUsed)}`);
      }
      if ((i + 1) % 1000 === 0) log(`sequential ${i + 1}/${o.sequential}`);
    }
    await server.drained();
    if (o.sequential >= 2) {
      last = sample();
      log(`after the last ${window}: rss ${mb(last.rss)} heapUsed ${mb(last.heapUsed)}`);
    }

    if (o.concurrent > 0) {
      const multi = new Multi();
      const easies: Easy[] = [];
      for (let i = 0; i < o.concurrent; i++) {
        const easy = connectOnly(server.port);
        easies.push(easy);
        multi.addHandle(easy);
      }
      const done = new Map<Easy, number>();
      for (let running = multi.perform(); ; running = multi.perform()) {
        for (let m = multi.infoRead(); m !== undefined; m = multi.infoRead()) done.set(m.easy, m.result);
        if (running === 0) break;
        await multi.poll(1000);
      }
      await Promise.all(
        easies.map(async (easy, i) => {
          const code = done.get(easy);
          if (code !== CURLE.OK) t.mismatches.push(`concurrent ${i}: transfer ended with ${code}`);
          else await echoOnce(easy, `concurrent ${i}`, o.maxPayload, t);
        }),
      );
      for (const easy of easies) {
        multi.removeHandle(easy);
        easy.cleanup();
      }
      multi.cleanup();
      log(`concurrent ${o.concurrent} done`);
    }
    await server.drained();
  } finally {
    await server.close();
  }
  // A closed handle leaves the active list once libuv has run its close callback, a few turns of
  // the loop later: let it settle (bounded), then count.
  const socketsStart = sockets(resourcesStart);
  for (let turn = 0; turn < 100 && sockets(resources()) > socketsStart; turn++) {
    await new Promise((resolve) => (turn < 10 ? setImmediate(resolve) : setTimeout(resolve, 10)));
  }
  const resourcesEnd = resources();
  return {
    sequential: o.sequential,
    concurrent: o.concurrent,
    sessionsOk: t.ok,
    bytesSent: t.sent,
    bytesEchoed: t.echoed,
    mismatches: t.mismatches,
    socketsStart,
    socketsEnd: sockets(resourcesEnd),
    resourcesStart,
    resourcesEnd,
    first,
    last,
    gc: typeof (globalThis as { gc?: unknown }).gc === 'function',
  };
}

function mb(n: number): string {
  return `${(n / 1048576).toFixed(1)} MiB`;
}

function envInt(name: string, fallback: number): number {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name}: expected a non-negative integer, found ${JSON.stringify(v)}`);
  return n;
}

/** The reasons a run failed: empty when it passed. */
export function verdict(r: SoakResult, heapGrowthMb: number, rssGrowthMb: number): string[] {
  const fails: string[] = [];
  const sessions = r.sequential + r.concurrent;
  if (r.mismatches.length > 0) fails.push(`${r.mismatches.length} sessions failed: ${r.mismatches.slice(0, 5).join('; ')}`);
  if (r.sessionsOk !== sessions) fails.push(`${r.sessionsOk} of ${sessions} sessions echoed correctly`);
  if (r.bytesEchoed !== r.bytesSent) fails.push(`${r.bytesSent - r.bytesEchoed} bytes lost`);
  if (r.socketsEnd > r.socketsStart) fails.push(`open sockets: ${r.socketsStart} at start, ${r.socketsEnd} at the end`);
  if (r.first && r.last) {
    const heap = (r.last.heapUsed - r.first.heapUsed) / 1048576;
    const rss = (r.last.rss - r.first.rss) / 1048576;
    if (heap > heapGrowthMb) fails.push(`heapUsed grew ${heap.toFixed(1)} MiB (limit ${heapGrowthMb})`);
    if (rss > rssGrowthMb) fails.push(`rss grew ${rss.toFixed(1)} MiB (limit ${rssGrowthMb})`);
  }
  return fails;
}

async function main(): Promise<void> {
  const opts: SoakOptions = {
    sequential: envInt('SOAK_SEQUENTIAL', 10_000),
    concurrent: envInt('SOAK_CONCURRENT', 500),
    maxPayload: Math.max(1, envInt('SOAK_MAX_PAYLOAD', 65_536)),
    window: Math.max(1, envInt('SOAK_WINDOW', 1000)),
    log: (line) => console.log(`soak: ${line}`),
  };
  const t0 = performance.now();
  const r = await runSoak(opts);
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`soak: ${r.sequential} sequential + ${r.concurrent} concurrent sessions in ${secs} s, ${r.sessionsOk} echoed correctly`);
  console.log(`soak: bytes sent ${r.bytesSent}, echoed ${r.bytesEchoed}, lost or altered sessions ${r.mismatches.length}`);
  console.log(`soak: open sockets at start ${r.socketsStart}, at end ${r.socketsEnd}`);
  console.log(`soak: resources at start ${JSON.stringify(r.resourcesStart)}, at end ${JSON.stringify(r.resourcesEnd)}`);
  if (r.first && r.last) {
    console.log(`soak: memory (gc ${r.gc ? 'on' : 'not exposed'}) first window rss ${mb(r.first.rss)} heapUsed ${mb(r.first.heapUsed)}; last window rss ${mb(r.last.rss)} heapUsed ${mb(r.last.heapUsed)}`);
  }
  const fails = verdict(r, envInt('SOAK_HEAP_GROWTH_MB', 16), envInt('SOAK_RSS_GROWTH_MB', 64));
  for (const f of fails) console.error(`soak: FAIL ${f}`);
  if (fails.length === 0) console.log('soak: PASS');
  process.exitCode = fails.length === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
