// The worker-thread peer of bench/h2-tls.ts: an HTTP/2 server over TLS (ALPN h2, http/1.1
// allowed) answering every GET with the small body of http-ws-peer.ts, counting the requests that
// came by HTTP/2 and by HTTP/1.1, so the bench can check that every client spoke HTTP/2.
import http2 from 'node:http2';
import type * as net from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';

const { key, cert } = workerData as { key: string; cert: string };
const body = Buffer.from('hello world\n');
const counts = { h2: 0, h1: 0 };
const server = http2.createSecureServer({ key, cert, allowHTTP1: true, settings: { maxConcurrentStreams: 1000 } });
server.on('request', (req: http2.Http2ServerRequest, res: http2.Http2ServerResponse) => {
  if (req.httpVersion === '2.0') counts.h2++;
  else counts.h1++;
  res.writeHead(200, { 'content-type': 'text/plain', 'content-length': body.length });
  res.end(body);
});
parentPort!.on('message', (m: string) => {
  if (m === 'counts') {
    parentPort!.postMessage({ ...counts });
    counts.h2 = 0;
    counts.h1 = 0;
  }
});
server.listen(0, '127.0.0.1', () => parentPort!.postMessage((server.address() as net.AddressInfo).port));
