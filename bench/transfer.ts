// Issue 14 speed, each beside its baseline in one run:
//   download:  BENCH_BYTES (default 1 GiB) as one HTTP response body through easy.perform with a
//              counting WRITEFUNCTION, plain and with NOPROGRESS=0 and an XFERINFOFUNCTION (the
//              callback's cost, target under 5%: ratio >= 0.95); its own BENCH_PROGRESS_RUNS
//              (default 11) pairs, the order swapped each round, a collection before each run
//              (`npm run bench` gives node --expose-gc), the median of the pairs' ratios
//   ws echo:   BENCH_WS_BYTES (default 1 GiB) in 64 KiB binary frames through a WebSocket
//              transfer in callback mode (no CONNECT_ONLY: frames arrive in the write callback,
//              which sends the next ones with easy.wsSend) against the `ws` package's client, both
//              talking to the same `ws` echo server, at most WINDOW frames in flight
//   upload:    BENCH_UP_BYTES (default 1 GiB) as a PUT body produced by READFUNCTION (Content-Length
//              from INFILESIZE_LARGE) against undici's request with a Readable stream body of
//              fresh 64 KiB chunks (each side copies every byte once), both to the same node:http
//              server that counts what it gets
//   gzip:      BENCH_GZIP_BYTES (default 256 MiB) of text lines served gzip-coded, decoded through
//              ACCEPT_ENCODING into a counting WRITEFUNCTION, against undici's request with its body
//              piped through node:zlib's createGunzip (the faster of undici's two ways to decode;
//              its fetch decodes through the same zlib behind web streams)
//   form:      a BENCH_FORM_BYTES (default 256 MiB) file as the one file part of a MIMEPOST against
//              undici's request with a FormData body holding the file as a Blob (fs.openAsBlob),
//              both to the same server, which counts the multipart body it gets
// BENCH_RUNS (default 5) runs each after one warm-up, alternating; medians and ratios are printed.
// BENCH_ONLY=text runs only the cases whose name contains the text.
import { openAsBlob, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Worker } from 'node:worker_threads';
import { createGunzip } from 'node:zlib';
import { FormData, request } from 'undici';
import WebSocket from 'ws';
import { CURLE, CURLWS_BINARY, CURLWS_CLOSE, Easy, Mime } from '../runtime/index.js';
import { alternate, median } from './stats.js';

const FRAME = 64 * 1024;
const WINDOW = 16;

/** The progress callback's calls in the last download that had one. */
let progressCalls = 0;
/** CPU milliseconds of the process (the peer's thread included) in the last download. */
let downloadCpuMs = 0;

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
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const rc = await easy.perform();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  downloadCpuMs = (cpu.user + cpu.system) / 1000;
  easy.cleanup();
  if (rc !== CURLE.OK || got !== bytes) throw new Error(`bench:transfer: download returned ${rc} with ${got} bytes`);
  if (progress && calls === 0) throw new Error('bench:transfer: the progress callback was not called');
  if (progress) progressCalls = calls;
  return bytes / 1e6 / (ms / 1000);
}

/**
 * The progress row (issue 14: the callback must cost under 5% of the plain figure): `rounds`
 * pairs of the same download with and without XFERINFOFUNCTION in this process, the order
 * swapped every round so that drift and the neighbours' load fall on both alike, a garbage
 * collection before each run when --expose-gc allows (which run pays for a major collection
 * otherwise decides a pair). The ratio is the median of the pairs' ratios.
 */
async function progressRow(port: number, bytes: number, rounds: number): Promise<string> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const run = (progress: boolean): Promise<number> => {
    gc?.();
    return download(port, bytes, progress);
  };
  await run(true);
  await run(false);
  const withCb: number[] = [];
  const plain: number[] = [];
  const ratios: number[] = [];
  // CPU time is less at the mercy of the neighbours than wall time: plain CPU over callback CPU
  const cpuRatios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // with, then without; the next round without, then with
    const got = { with: { mbs: 0, cpu: 0 }, plain: { mbs: 0, cpu: 0 } };
    for (const progress of i % 2 === 0 ? [true, false] : [false, true]) {
      const mbs = await run(progress);
      got[progress ? 'with' : 'plain'] = { mbs, cpu: downloadCpuMs };
    }
    withCb.push(got.with.mbs);
    plain.push(got.plain.mbs);
    ratios.push(got.with.mbs / got.plain.mbs);
    cpuRatios.push(got.plain.cpu / got.with.cpu);
  }
  const sorted = [...ratios].sort((x, y) => x - y);
  const perGiB = Math.round(progressCalls / (bytes / 2 ** 30));
  return (
    `download ${bytes / 1048576} MiB with XFERINFOFUNCTION: manbind ${median(withCb).toFixed(1)} MB/s, ` +
    `the same without a callback ${median(plain).toFixed(1)} MB/s, ratio ${median(ratios).toFixed(3)} ` +
    `(median of ${rounds} paired rounds, order swapped each round, pair ratios ${sorted[0]!.toFixed(2)} to ` +
    `${sorted[sorted.length - 1]!.toFixed(2)}; by process CPU time, peer thread included, ${median(cpuRatios).toFixed(3)}; ` +
    `${perGiB} callback calls per GiB${gc === undefined ? '; no --expose-gc' : ''})`
  );
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

/** MB/s of the same PUT through undici's request with a stream body. Each side writes every
 * body byte once, as a producer of fresh data does: the read callback into the buffer it is
 * given, the stream into a new chunk (pushing one buffer again and again would measure a
 * producer that produces nothing). */
async function undiciUpload(port: number, bytes: number): Promise<number> {
  let left = bytes;
  const body = new Readable({
    read() {
      const n = Math.min(UP_CHUNK.length, left);
      left -= n;
      if (n === 0) this.push(null);
      else {
        const chunk = Buffer.allocUnsafe(n);
        chunk.set(UP_CHUNK.subarray(0, n));
        this.push(chunk);
      }
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

/** MB/s (file bytes) of one form POST of the file at `path` as a MIMEPOST file part. */
async function formUpload(port: number, path: string, bytes: number): Promise<number> {
  const easy = new Easy();
  easy.setopt('URL', `http://127.0.0.1:${port}/form`);
  const mime = new Mime(easy);
  const part = mime.addPart()!;
  part.name('file');
  part.filedata(path);
  easy.setopt('MIMEPOST', mime);
  let answer = '';
  easy.setopt('WRITEFUNCTION', (b: Uint8Array) => {
    answer += Buffer.from(b).toString();
    return b.length;
  });
  const t0 = performance.now();
  const rc = await easy.perform();
  const ms = performance.now() - t0;
  easy.cleanup();
  mime.free();
  if (rc !== CURLE.OK || !(Number(answer) > bytes)) throw new Error(`bench:transfer: form upload returned ${rc}, peer got ${answer}`);
  return bytes / 1e6 / (ms / 1000);
}

/** MB/s (file bytes) of the same form through undici's request with a FormData body. */
async function undiciForm(port: number, path: string, bytes: number): Promise<number> {
  const t0 = performance.now();
  const form = new FormData();
  form.append('file', await openAsBlob(path), 'form.bin');
  const res = await request(`http://127.0.0.1:${port}/form`, { method: 'POST', body: form });
  const answer = await res.body.text();
  const ms = performance.now() - t0;
  if (!(Number(answer) > bytes)) throw new Error(`bench:transfer: undici form upload, peer got ${answer}`);
  return bytes / 1e6 / (ms / 1000);
}

/** MB/s (decoded bytes) of one gzip-coded download decoded by the runtime. */
async function gzipDownload(port: number, bytes: number): Promise<number> {
  const easy = new Easy();
  easy.setopt('URL', `http://127.0.0.1:${port}/gz/${bytes}`);
  easy.setopt('ACCEPT_ENCODING', 'gzip');
  let got = 0;
  easy.setopt('WRITEFUNCTION', (b: Uint8Array) => {
    got += b.length;
    return b.length;
  });
  const t0 = performance.now();
  const rc = await easy.perform();
  const ms = performance.now() - t0;
  easy.cleanup();
  if (rc !== CURLE.OK || got !== bytes) throw new Error(`bench:transfer: gzip download returned ${rc} with ${got} bytes`);
  return bytes / 1e6 / (ms / 1000);
}

/** MB/s of the same download through undici's request, its body piped through createGunzip. */
async function undiciGunzip(port: number, bytes: number): Promise<number> {
  let got = 0;
  const t0 = performance.now();
  const res = await request(`http://127.0.0.1:${port}/gz/${bytes}`);
  await pipeline(
    res.body,
    createGunzip(),
    new Writable({
      write(c: Buffer, _enc, done) {
        got += c.length;
        done();
      },
    }),
  );
  const ms = performance.now() - t0;
  if (got !== bytes) throw new Error(`bench:transfer: undici gunzip got ${got} bytes`);
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
  const gzipBytes = Number(process.env['BENCH_GZIP_BYTES'] ?? 256 * 1024 * 1024);
  const formBytes = Number(process.env['BENCH_FORM_BYTES'] ?? 256 * 1024 * 1024);
  const runs = Number(process.env['BENCH_RUNS'] ?? 5);
  const progressRuns = Number(process.env['BENCH_PROGRESS_RUNS'] ?? 11);
  const only = (process.env['BENCH_ONLY'] ?? '').toLowerCase();
  // the form case's file, written once when the case runs, removed at the end
  let formPath: string | null = null;
  const formFile = (): string => {
    if (formPath === null) {
      formPath = join(tmpdir(), `manbind-bench-form-${process.pid}.bin`);
      writeFileSync(formPath, Buffer.alloc(formBytes, 0x5a));
    }
    return formPath;
  };
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
        row: () => progressRow(ports.http, bytes, progressRuns),
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
      {
        name: `gzip download ${gzipBytes / 1048576} MiB decoded`,
        unit: 'MB/s',
        ours: () => gzipDownload(ports.http, gzipBytes),
        theirs: () => undiciGunzip(ports.http, gzipBytes),
        baseline: 'undici request piped through createGunzip',
      },
      {
        name: `form upload of a ${formBytes / 1048576} MiB file`,
        unit: 'MB/s',
        ours: () => formUpload(ports.http, formFile(), formBytes),
        theirs: () => undiciForm(ports.http, formFile(), formBytes),
        baseline: 'undici request with a FormData body (fs.openAsBlob)',
      },
    ].filter((c) => only === '' || c.name.toLowerCase().includes(only));
    for (const c of cases) {
      // a case with its own way of measuring
      const row = 'row' in c ? c.row : undefined;
      if (row !== undefined) {
        console.log(await row());
        continue;
      }
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
    if (formPath !== null) rmSync(formPath, { force: true });
  }
}
