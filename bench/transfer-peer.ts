// The loopback peers for bench/transfer.ts, in a worker thread so their work does not share the
// measured event loop: a node:http server answering GET /N with N bytes of body (Content-Length,
// 64 KiB writes with backpressure), and the `ws` package's WebSocketServer (permessage-deflate
// off) that greets each client with a one-byte text frame and then echoes every message. Posts
// { http, ws } ports to the parent.
import http from 'node:http';
import type net from 'node:net';
import { parentPort } from 'node:worker_threads';
import { WebSocketServer } from 'ws';

const CHUNK = Buffer.alloc(64 * 1024, 0x5a);

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)));
}

const download = http.createServer((req, res) => {
  if (req.method === 'PUT') {
    // the upload case: count the body, answer with the count
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
