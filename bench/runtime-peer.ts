// The loopback peers for bench/runtime.ts, in a worker thread so that their work does not share
// the measured event loop: an accepting server (connect loop), a sink that answers one byte once
// it has read `bytes` on a connection (send throughput), and a source that writes `bytes` to each
// connection (recv throughput). Posts { accept, sink, source } ports to the parent.
import net from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';

const bytes: number = (workerData as { bytes: number }).bytes;
const CHUNK = Buffer.alloc(64 * 1024, 0x5a);

function listen(onConnection: (s: net.Socket) => void): Promise<number> {
  const server = net.createServer((s) => {
    s.on('error', () => {});
    onConnection(s);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)));
}

const accept = await listen((s) => {
  s.resume();
});

const sink = await listen((s) => {
  s.setNoDelay(true);
  let got = 0;
  s.on('data', (d: Buffer) => {
    got += d.length;
    if (got >= bytes) s.write('k');
  });
});

const source = await listen((s) => {
  s.resume();
  let left = bytes;
  const pump = (): void => {
    while (left > 0) {
      const n = Math.min(left, CHUNK.length);
      left -= n;
      if (!s.write(n === CHUNK.length ? CHUNK : CHUNK.subarray(0, n))) {
        s.once('drain', pump);
        return;
      }
    }
  };
  pump();
});

parentPort!.postMessage({ accept, sink, source });
