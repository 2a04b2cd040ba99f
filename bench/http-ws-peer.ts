// The loopback peers for bench/http-ws.ts, in a worker thread so their work does not share the
// measured event loop: the `ws` package's WebSocketServer echoing every message (permessage-
// deflate off), and a node:http server answering every GET with a small keep-alive body. Posts
// { ws, http } ports to the parent.
import http from 'node:http';
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

parentPort!.postMessage({ ws, http: httpPort });
