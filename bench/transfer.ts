// Issue 14 speed, each beside its baseline in one run:
//   download:  BENCH_BYTES (default 1 GiB) as one HTTP response body through easy.perform with a
//              counting WRITEFUNCTION, plain and with NOPROGRESS=0 and an XFERINFOFUNCTION (the
//              callback's cost, target under 5%: ratio >= 0.95)
//   ws echo:   BENCH_WS_BYTES (default 1 GiB) in 64 KiB binary frames through a WebSocket
//              transfer in callback mode (no CONNECT_ONLY: frames arrive in the write callback,
//              which sends the next ones with easy.wsSend) against the `ws` package's client, both
//              talking to the same `ws` echo server, at most WINDOW frames in flight
//   upload:    BENCH_UP_BYTES (default 1 GiB) as a PUT body produced by READFUNCTION (Content-Length
//              from INFILESIZE_LARGE) against undici's request with a Readable stream body of
//              64 KiB chunks, both to the same node:http server that counts what it gets
// BENCH_RUNS (default 5) runs each after one warm-up, alternating; medians and ratios are printed.
// BENCH_ONLY=text runs only the cases whose name contains the text.
import { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { request } from 'undici';
import WebSocket from 'ws';
import { CURLE, CURLWS_BINARY, CURLWS_CLOSE, Easy } from '../runtime/index.js';
import { alternate, median } from './stats.js';

const FRAME = 64 * 1024;
const WINDOW = 16;

/** MB/s of one download of `bytes`, with or without a progress callback. */
async function download(port: number, bytes: number, progress: boolean): Promise<number> {
  const easy = new Easy();
  easy.setopt('URL', `http://127.0.0.1:${port}/${bytes}`);
  let got = 0;
  easy.setopt('WRITEFUNCTION', (b: Uint8Array) => {
    got += b.length;
    return b.length;
  });
  let calls = 0;
  if (progress) {
    easy.setopt('NOPROGRESS', 0);
    easy.setopt('XFERINFOFUNCTION', (_p: unknown, _dt: number | bigint, dlnow: number | bigint) => {
      calls++;
      return dlnow > bytes ? 1 : 0;
    });
  }
  const t0 = performance.now();
  const rc = await easy.perform();
  const ms = performance.now() - t0;
  easy.cleanup();
  if (rc !== CURLE.OK || got !== bytes) throw new Error(`bench:transfer: download returned ${rc} with ${got} bytes`);
  if (progress && calls === 0) throw new Error('bench:transfer: the progress callback was not called');
  return bytes / 1e6 / (ms / 1000);
}

const UP_CHUNK = Buffer.alloc(64 * 1024, 0x5a);

/** MB/s of one PUT of `bytes` produced by a read callback. */
async function upload(port: number, bytes: number): Promise<number> {
  const easy = new Easy();
  easy.setopt('URL', `http://127.0.0.1:${port}/up`);
  easy.setopt('UPLOAD', 1);
  easy.setopt('INFILESIZE_LARGE', bytes);
  let left = bytes;
  easy.setopt('READFUNCTION', (buffer: Uint8Array, size: number, nitems: number) => {
    const n = Math.min(size * nitems, left);
    for (let o = 0; o < n; o += UP_CHUNK.length) buffer.set(UP_CHUNK.subarray(0, Math.min(UP_CHUNK.length, n - o)), o);
    left -= n;
    return n;
  });
  let answer = '';
  easy.setopt('WRITEFUNCTION', (b: Uint8Array) => {
    answer += Buffer.from(b).toString();
    return b.length;
  });
  const t0 = performance.now();
  const rc = await easy.perform();
  const ms = performance.now() - t0;
  easy.cleanup();
  if (rc !== CURLE.OK || answer !== String(bytes)) throw new Error(`bench:transfer: upload returned ${rc}, peer got ${answer}`);
  return bytes / 1e6 / (ms / 1000);
}

/** MB/s of the same PUT through undici's request with a stream body. */
async function undiciUpload(port: number, bytes: number): Promise<number> {
  let left = bytes;
  const body = new Readable({
    read() {
      const n = Math.min(UP_CHUNK.length, left);
      left -= n;
      this.push(n === 0 ? null : n === UP_CHUNK.length ? UP_CHUNK : UP_CHUNK.subarray(0, n));
    },
  });
  const t0 = performance.now();
  const res = await request(`http://127.0.0.1:${port}/up`, {
    method: 'PUT',
    body,
    headers: { 'content-length': String(bytes) },
  });
  const answer = await res.body.text();
  const ms = performance.now() - t0;
  if (answer !== String(bytes)) throw new Error(`bench:transfer: undici upload, peer got ${answer}`);
  return bytes / 1e6 / (ms / 1000);
}

/** MiB/s of echo through a callback-mode WebSocket transfer. */
async function wsCallback(port: number, bytes: number): Promise<number> {
  const easy = new Easy();
  const frame = Buffer.alloc(FRAME, 0x5a);
  const frames = Math.ceil(bytes / FRAME);
  let sent = 0;
  let partial = 0;
  let received = 0;
  let started = false;
  let closing = false;
  let t0 = 0;
  const pump = (): void => {
    while (sent < frames && sent - Math.floor(received / FRAME) < WINDOW) {
      const r = partial === 0 ? easy.wsSend(frame, CURLWS_BINARY) : easy.wsSend(frame.subarray(partial), 0);
      if (r.code === CURLE.AGAIN) {
        // the next frame piece that arrives retries; with nothing in flight, a timer does
        if (sent === Math.floor(received / FRAME)) setTimeout(pump, 1);
        return;
      }
      if (r.code !== CURLE.OK) throw new Error(`bench:transfer: wsSend returned ${r.code}`);
      partial += r.sent;
      if (partial === FRAME) {
        partial = 0;
        sent++;
      }
    }
  };
  easy.setopt('URL', `ws://127.0.0.1:${port}/`);
  easy.setopt('WRITEFUNCTION', (b: Uint8Array) => {
    if (!started) {
      // the server's greeting: the upgrade is done, the echo starts
      started = true;
      t0 = performance.now();
    } else {
      received += b.length;
    }
    if (received >= frames * FRAME) {
      if (!closing) {
        closing = true;
        easy.wsSend(new Uint8Array(0), CURLWS_CLOSE);
      }
    } else pump();
    return b.length;
  });
  const rc = await easy.perform();
  const secs = (performance.now() - t0) / 1000;
  easy.cleanup();
  if (rc !== CURLE.OK || received !== frames * FRAME) throw new Error(`bench:transfer: ws perform returned ${rc} with ${received} bytes`);
  return bytes / secs / (1024 * 1024);
}

/** MiB/s of echo through the ws package's client. */
async function wsPackage(port: number, bytes: number): Promise<number> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/`, { perMessageDeflate: false });
  const frame = Buffer.alloc(FRAME, 0x5a);
  const frames = Math.ceil(bytes / FRAME);
  let sent = 0;
  let got = -1; // the greeting comes first
  let t0 = 0;
  await new Promise<void>((resolve, reject) => {
    ws.once('error', reject);
    const pump = (): void => {
      while (sent < frames && sent - got < WINDOW) {
        ws.send(frame, { binary: true });
        sent++;
      }
    };
    ws.on('message', () => {
      if (got === -1) t0 = performance.now();
      got++;
      if (got === frames) resolve();
      else pump();
    });
  });
  const secs = (performance.now() - t0) / 1000;
  ws.terminate();
  return bytes / secs / (1024 * 1024);
}

export async function benchTransfer(): Promise<void> {
  const bytes = Number(process.env['BENCH_BYTES'] ?? 1024 * 1024 * 1024);
  const wsBytes = Number(process.env['BENCH_WS_BYTES'] ?? 1024 * 1024 * 1024);
  const upBytes = Number(process.env['BENCH_UP_BYTES'] ?? 1024 * 1024 * 1024);
  const runs = Number(process.env['BENCH_RUNS'] ?? 5);
  const only = (process.env['BENCH_ONLY'] ?? '').toLowerCase();
  const worker = new Worker(new URL('./transfer-peer.js', import.meta.url));
  const ports = await new Promise<{ http: number; ws: number }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  try {
    const cases = [
      {
        name: `download ${bytes / 1048576} MiB with XFERINFOFUNCTION`,
        unit: 'MB/s',
        ours: () => download(ports.http, bytes, true),
        theirs: () => download(ports.http, bytes, false),
        baseline: 'the same without a callback',
      },
      {
        name: `ws callback-mode echo ${wsBytes / 1048576} MiB in 64 KiB frames`,
        unit: 'MiB/s',
        ours: () => wsCallback(ports.ws, wsBytes),
        theirs: () => wsPackage(ports.ws, wsBytes),
        baseline: 'ws client',
      },
      {
        name: `PUT ${upBytes / 1048576} MiB through READFUNCTION`,
        unit: 'MB/s',
        ours: () => upload(ports.http, upBytes),
        theirs: () => undiciUpload(ports.http, upBytes),
        baseline: 'undici request with a stream body',
      },
    ].filter((c) => only === '' || c.name.toLowerCase().includes(only));
    for (const c of cases) {
      await c.ours();
      await c.theirs();
      const { ours, theirs } = await alternate(runs, c.ours, c.theirs);
      const a = median(ours);
      const b = median(theirs);
      console.log(
        `${c.name}: manbind ${a.toFixed(1)} ${c.unit}, ${c.baseline} ${b.toFixed(1)} ${c.unit}, ratio ${(a / b).toFixed(2)} (median of ${runs})`,
      );
    }
  } finally {
    await worker.terminate();
  }
}
