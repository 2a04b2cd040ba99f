// The loopback peers for bench/runtime.ts, in a worker thread so that their work does not share
// the measured event loop: an accepting server (connect loop), a sink that answers one byte once
// it has read `bytes` on a connection (send throughput), and a source that writes `bytes` to each
// connection (recv throughput), a SOCKS5 proxy (the SOCKS connect loop), and an HTTPS proxy with
// a TLS server behind it (the HTTPS-proxy TLS connect loop). Posts { accept, sink, source, socks5,
// tlsAccept, httpsProxy } ports to the parent.
import net from 'node:net';
import * as tls from 'node:tls';
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

// A SOCKS5 proxy without authentication (RFC 1928): the greeting, then CONNECT to an IPv4
// address, answered once the proxy reached the destination; then it relays.
const socks5 = await listen((s) => {
  s.setNoDelay(true);
  let buf: Buffer = Buffer.alloc(0);
  let stage: 'greeting' | 'request' | 'relay' = 'greeting';
  const onData = (d: Buffer): void => {
    buf = buf.length === 0 ? d : Buffer.concat([buf, d]);
    if (stage === 'greeting') {
      if (buf.length < 2 || buf.length < 2 + buf[1]!) return;
      buf = buf.subarray(2 + buf[1]!);
      stage = 'request';
      s.write(Buffer.from([5, 0]));
    }
    if (stage === 'request') {
      if (buf.length < 10) return;
      if (buf[3] !== 1) {
        s.destroy();
        return;
      }
      const host = `${buf[4]}.${buf[5]}.${buf[6]}.${buf[7]}`;
      const port = buf.readUInt16BE(8);
      const rest = buf.subarray(10);
      stage = 'relay';
      s.off('data', onData);
      s.pause();
      const up = net.connect({ port, host, noDelay: true }, () => {
        s.write(Buffer.from([5, 0, 0, 1, 127, 0, 0, 1, 0, 0]));
        if (rest.length > 0) up.write(rest);
        s.pipe(up);
        up.pipe(s);
      });
      up.on('error', () => s.destroy());
      s.on('close', () => up.destroy());
    }
  };
  s.on('data', onData);
});

// An HTTPS proxy (TLS, then CONNECT, answered once the proxy reached the destination; then it
// relays) and a TLS server that only completes handshakes, for the HTTPS-proxy connect loop.
const { key, cert } = workerData as { key: string; cert: string };
function listenTls(onSecure: (s: tls.TLSSocket) => void): Promise<number> {
  const server = tls.createServer({ key, cert, noDelay: true }, (s) => {
    s.on('error', () => {});
    onSecure(s);
  });
  server.on('tlsClientError', () => {});
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)));
}

const tlsAccept = await listenTls((s) => s.resume());

const httpsProxy = await listenTls((s) => {
  let head = '';
  const onData = (d: Buffer): void => {
    head += d.toString('latin1');
    const end = head.indexOf('\r\n\r\n');
    if (end < 0) return;
    s.off('data', onData);
    s.pause();
    const m = /^CONNECT [^ ]*:(\d+) HTTP/.exec(head);
    if (m === null) {
      s.destroy();
      return;
    }
    const up = net.connect({ port: Number(m[1]), host: '127.0.0.1', noDelay: true }, () => {
      s.write('HTTP/1.1 200 Connection established\r\n\r\n');
      s.pipe(up);
      up.pipe(s);
    });
    up.on('error', () => s.destroy());
    s.on('close', () => up.destroy());
  };
  s.on('data', onData);
});

parentPort!.postMessage({ accept, sink, source, socks5, tlsAccept, httpsProxy });
