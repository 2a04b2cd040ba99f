// The loopback peers for bench/transfer.ts, in a worker thread so their work does not share the
// measured event loop: a node:http server answering GET /N with N bytes of body (Content-Length,
// 64 KiB writes with backpressure), GET /gz/N with N bytes of text lines gzip-coded
// (Content-Encoding: gzip, coded once per N at zlib's default level and kept), and the `ws`
// package's WebSocketServer (permessage-deflate off) that greets each client with a one-byte text
// frame and then echoes every message. Posts { http, ws } ports to the parent.
import http from 'node:http';
import type net from 'node:net';
import { parentPort } from 'node:worker_threads';
import zlib from 'node:zlib';
import { WebSocketServer } from 'ws';

const CHUNK = Buffer.alloc(64 * 1024, 0x5a);

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)));
}

/** 1 MiB of log-like text lines (deterministic), which gzip codes to about 22%. */
function textBlock(): Buffer {
  let x = 12345;
  const rnd = (): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % 100000;
  let s = '';
  while (s.length < 1 << 20) s += `id=${rnd()} user=u${rnd() % 500} path=/items/${rnd()} status=${200 + (rnd() % 3) * 100} ms=${rnd() % 900}\n`;
  return Buffer.from(s.slice(0, 1 << 20), 'latin1');
}

const gzipped = new Map<number, Promise<Buffer>>();

/** N bytes of textBlock() copies as one gzip member, made once. */
function gzipBody(n: number): Promise<Buffer> {
  let body = gzipped.get(n);
  if (body === undefined) {
    body = new Promise<Buffer>((resolve, reject) => {
      const z = zlib.createGzip();
      const parts: Buffer[] = [];
      z.on('data', (c: Buffer) => parts.push(c));
      z.on('end', () => resolve(Buffer.concat(parts)));
      z.on('error', reject);
      const block = textBlock();
      let left = n;
      const pump = (): void => {
        while (left > 0) {
          const k = Math.min(left, block.length);
          left -= k;
          if (!z.write(block.subarray(0, k)) && left > 0) {
            z.once('drain', pump);
            return;
          }
        }
        z.end();
      };
      pump();
    });
    gzipped.set(n, body);
  }
  return body;
}

/** Writes `body` in 64 KiB pieces with backpressure, then ends. */
function send(res: http.ServerResponse, body: Buffer): void {
  let off = 0;
  const pump = (): void => {
    while (off < body.length) {
      const piece = body.subarray(off, off + CHUNK.length);
      off += piece.length;
      if (!res.write(piece) && off < body.length) {
        res.once('drain', pump);
        return;
      }
    }
    res.end();
  };
  pump();
}

const download = http.createServer((req, res) => {
  if (req.url!.startsWith('/gz/')) {
    void gzipBody(Number(req.url!.slice(4))).then((body) => {
      res.writeHead(200, { 'Content-Length': String(body.length), 'Content-Encoding': 'gzip' });
      send(res, body);
    });
    return;
  }
  if (req.method === 'PUT' || req.method === 'POST') {
    // the upload and form cases: count the body, answer with the count
    let got = 0;
    req.on('data', (c: Buffer) => (got += c.length));
    req.on('end', () => res.end(String(got)));
    return;
  }
  let left = Number(req.url!.slice(1));
  res.writeHead(200, { 'Content-Length': String(left) });
  const pump = (): void => {
    while (left > 0) {
      const n = Math.min(left, CHUNK.length);
      left -= n;
      const more = res.write(n === CHUNK.length ? CHUNK : CHUNK.subarray(0, n));
      if (left === 0) res.end();
      else if (!more) {
        res.once('drain', pump);
        return;
      }
    }
  };
  pump();
});
download.keepAliveTimeout = 60_000;

const wsHttp = http.createServer();
const wss = new WebSocketServer({ server: wsHttp, perMessageDeflate: false, maxPayload: 1 << 30 });
wss.on('connection', (ws) => {
  ws.on('error', () => {});
  ws.on('message', (data, isBinary) => ws.send(data as Buffer, { binary: isBinary }));
  ws.send('g');
});

parentPort!.postMessage({ http: await listen(download), ws: await listen(wsHttp) });
