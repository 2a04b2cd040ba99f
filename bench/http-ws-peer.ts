// The loopback peers for bench/http-ws.ts, in a worker thread so their work does not share the
// measured event loop: the `ws` package's WebSocketServer echoing every message (permessage-
// deflate off), a node:http server answering every GET with a small keep-alive body, and a
// node:http2 h2c server with the same body (and /big/N, N bytes). Posts { ws, http, h2 } ports.
import http from 'node:http';
import http2 from 'node:http2';
import type net from 'node:net';
import { parentPort } from 'node:worker_threads';
import { WebSocketServer } from 'ws';

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)));
}

const wsHttp = http.createServer();
const wss = new WebSocketServer({ server: wsHttp, perMessageDeflate: false, maxPayload: 1 << 30 });
wss.on('connection', (ws) => {
  ws.on('error', () => {});
  ws.on('message', (data, isBinary) => ws.send(data as Buffer, { binary: isBinary }));
});
const ws = await listen(wsHttp);

const body = Buffer.from('hello world\n');
const httpServer = http.createServer((_req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.setHeader('Content-Length', body.length);
  res.end(body);
});
httpServer.keepAliveTimeout = 60_000;
const httpPort = await listen(httpServer);

// HTTP/2 without TLS (prior knowledge): the same small body per GET; /big streams BENCH_H2_BYTES
const h2Server = http2.createServer({ settings: { maxConcurrentStreams: 1000, initialWindowSize: 10 * 1024 * 1024 } });
const chunk = Buffer.alloc(1024 * 1024, 0x61);
h2Server.on('session', (s) => s.setLocalWindowSize(100 * 1024 * 1024));
h2Server.on('stream', (stream, headers) => {
  stream.on('error', () => {});
  const big = /^\/big\/(\d+)$/.exec(String(headers[':path']));
  if (big === null) {
    stream.respond({ ':status': 200, 'content-type': 'text/plain', 'content-length': body.length });
    stream.end(body);
    return;
  }
  let left = Number(big[1]);
  stream.respond({ ':status': 200, 'content-length': left });
  const pump = (): void => {
    while (left > 0) {
      const n = Math.min(left, chunk.length);
      left -= n;
      const more = stream.write(n === chunk.length ? chunk : chunk.subarray(0, n));
      if (left === 0) stream.end();
      else if (!more) {
        stream.once('drain', pump);
        return;
      }
    }
  };
  pump();
});
const h2Port = await new Promise<number>((resolve) => h2Server.listen(0, '127.0.0.1', () => resolve((h2Server.address() as net.AddressInfo).port)));

parentPort!.postMessage({ ws, http: httpPort, h2: h2Port });
