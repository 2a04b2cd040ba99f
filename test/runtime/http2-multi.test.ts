// HTTP/2 multiplexing in a Multi (issue 16): transfers to one origin share a connection
// (CURLMOPT_PIPELINING), PIPEWAIT waits for the connection being made, the server's
// SETTINGS_MAX_CONCURRENT_STREAMS and CURLMOPT_MAX_CONCURRENT_STREAMS cap the streams on one
// connection, NUM_CONNECTS shows the sharing, and a reset stream fails its transfer alone. The
// servers count the connections they accepted.
import { once } from 'node:events';
import * as http2 from 'node:http2';
import * as https from 'node:https';
import type * as net from 'node:net';
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CURL_WRITEFUNC_PAUSE, CURLE, CURLMOPT, CURLPAUSE_CONT, Easy, Multi, type MultiMessage } from '../../runtime/index.js';
import { haveNghttpd, startNghttpd } from '../peers/nghttpd.js';
import { filePki, listenLoopback } from '../peers/tls-fixtures.js';
import { capture, cleanupAfterEach, info, set } from './helpers.js';

const { haveOpenssl, pki } = filePki('the HTTP/2 multiplexing tests');
const { handles, closers } = cleanupAfterEach();

async function drive(multi: Multi): Promise<MultiMessage[]> {
  const out: MultiMessage[] = [];
  for (let running = multi.perform(); ; running = multi.perform()) {
    for (let m = multi.infoRead(); m !== undefined; m = multi.infoRead()) out.push(m);
    if (running === 0) break;
    await multi.poll(1000);
  }
  return out;
}

/** A Node http2 server (TLS) that answers each path with its name after `delayMs`, resets
 * /bad with INTERNAL_ERROR, and records the connections and the most streams open at once on one. */
async function h2server(o: { maxStreams?: number; delayMs?: number } = {}) {
  const server = http2.createSecureServer({
    key: pki.localhost.key,
    cert: pki.localhost.cert,
    settings: o.maxStreams !== undefined ? { maxConcurrentStreams: o.maxStreams } : undefined,
  });
  const sockets = new Set<net.Socket>();
  const sessions: http2.ServerHttp2Session[] = [];
  let connections = 0;
  let peak = 0;
  let streams = 0;
  server.on('secureConnection', (s: net.Socket) => {
    connections++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('session', (session: http2.ServerHttp2Session) => {
    sessions.push(session);
    let open = 0;
    session.on('stream', (stream, headers) => {
      stream.on('error', () => {});
      peak = Math.max(peak, ++open);
      streams++;
      stream.on('close', () => {
        open--;
        streams--;
      });
      setTimeout(() => {
        if (headers[':path'] === '/bad') {
          stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
          return;
        }
        stream.respond({ ':status': 200 });
        stream.end(`body of ${headers[':path']}`);
      }, o.delayMs ?? 30);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  closers.push(
    () =>
      new Promise<void>((r) => {
        for (const s of sessions) s.destroy();
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  );
  return {
    port: (server.address() as net.AddressInfo).port,
    connections: () => connections,
    peak: () => peak,
    /** Streams open now, and connections open now. */
    open: () => streams,
    sockets: () => sockets.size,
  };
}

function transfer(url: string, sink: Map<Easy, string>, opts: Record<string, unknown> = {}): Easy {
  const easy = new Easy();
  handles.push(easy);
  set(easy, 'URL', url);
  set(easy, 'CAINFO', pki.ca.certFile);
  for (const [k, v] of Object.entries(opts)) set(easy, k, v);
  sink.set(easy, '');
  set(easy, 'WRITEFUNCTION', (b: Uint8Array) => {
    sink.set(easy, sink.get(easy)! + Buffer.from(b).toString());
    return b.length;
  });
  return easy;
}

describe.runIf(haveOpenssl && haveNghttpd)('multiplexing against nghttpd', () => {
  it('ten transfers with PIPEWAIT share one connection; NUM_CONNECTS shows it', async () => {
    const srv = await startNghttpd(pki);
    closers.push(() => srv.close());
    const multi = new Multi();
    const bodies = new Map<Easy, string>();
    const easies = Array.from({ length: 10 }, () => transfer(`https://localhost:${srv.port}/index.html`, bodies, { PIPEWAIT: 1 }));
    const log = capture(easies[3]!);
    for (const e of easies) multi.addHandle(e);
    const msgs = await drive(multi);
    expect(msgs.map((m) => m.result)).toEqual(Array(10).fill(CURLE.OK));
    expect([...bodies.values()]).toEqual(Array(10).fill('hello over h2\n'));
    expect(srv.connections()).toBe(1);
    expect(easies.map((e) => info(e, 'NUM_CONNECTS').value).sort()).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(log.lines()).toContain('Multiplexed connection found');
    multi.cleanup();
  });
});

describe.runIf(haveOpenssl && haveNghttpd)('pause on a shared connection', () => {
  it('a paused transfer holds only its own stream: the others on the connection finish meanwhile', async () => {
    const srv = await startNghttpd(pki);
    closers.push(() => srv.close());
    const big = Buffer.alloc(2 * 1024 * 1024, 0x62);
    writeFileSync(join(srv.root, 'big.bin'), big);
    const multi = new Multi();
    const bodies = new Map<Easy, string>();
    const small = [0, 1].map(() => transfer(`https://localhost:${srv.port}/index.html`, bodies, { PIPEWAIT: 1 }));
    const paused = new Easy();
    handles.push(paused);
    set(paused, 'URL', `https://localhost:${srv.port}/big.bin`);
    set(paused, 'CAINFO', pki.ca.certFile);
    set(paused, 'PIPEWAIT', 1);
    const got: Buffer[] = [];
    let held = false;
    set(paused, 'WRITEFUNCTION', (b: Uint8Array) => {
      if (!held) {
        held = true;
        return CURL_WRITEFUNC_PAUSE;
      }
      got.push(Buffer.from(b));
      return b.length;
    });
    multi.addHandle(paused);
    for (const e of small) multi.addHandle(e);
    const done: Easy[] = [];
    for (let running = multi.perform(); running > 0; running = multi.perform()) {
      for (let m = multi.infoRead(); m !== undefined; m = multi.infoRead()) {
        expect(m.result).toBe(CURLE.OK);
        done.push(m.easy);
      }
      // both small transfers finish while the big one is paused; then it goes on
      if (held && done.length === 2 && got.length === 0) paused.pause(CURLPAUSE_CONT);
      await multi.poll(200);
    }
    for (let m = multi.infoRead(); m !== undefined; m = multi.infoRead()) done.push(m.easy);
    expect(small.map((e) => done.indexOf(e)).sort()).toEqual([0, 1]);
    expect(done.indexOf(paused)).toBe(2);
    expect(Buffer.concat(got).equals(big)).toBe(true);
    expect(srv.connections()).toBe(1);
    multi.cleanup();
  });
});

describe.runIf(haveOpenssl)('multiplexing against Node http2', () => {
  it('without PIPEWAIT transfers started together each connect; later ones share', async () => {
    const srv = await h2server();
    const multi = new Multi();
    const bodies = new Map<Easy, string>();
    for (let i = 0; i < 3; i++) multi.addHandle(transfer(`https://localhost:${srv.port}/${i}`, bodies));
    await drive(multi);
    expect(srv.connections()).toBe(3);
    for (let i = 0; i < 4; i++) multi.addHandle(transfer(`https://localhost:${srv.port}/later${i}`, bodies));
    const msgs = await drive(multi);
    expect(msgs.every((m) => m.result === CURLE.OK)).toBe(true);
    // the four later ones found the cached connections and shared them
    expect(srv.connections()).toBe(3);
    multi.cleanup();
  });

  it("keeps to the server's SETTINGS_MAX_CONCURRENT_STREAMS per connection", async () => {
    const srv = await h2server({ maxStreams: 2, delayMs: 50 });
    const multi = new Multi();
    const bodies = new Map<Easy, string>();
    // a first transfer learns the server's settings
    multi.addHandle(transfer(`https://localhost:${srv.port}/first`, bodies));
    await drive(multi);
    for (let i = 0; i < 6; i++) multi.addHandle(transfer(`https://localhost:${srv.port}/${i}`, bodies, { PIPEWAIT: 1 }));
    const msgs = await drive(multi);
    expect(msgs.every((m) => m.result === CURLE.OK)).toBe(true);
    expect(srv.peak()).toBeLessThanOrEqual(2);
    expect(srv.connections()).toBeGreaterThan(1);
    multi.cleanup();
  });

  it('CURLMOPT_MAX_CONCURRENT_STREAMS 1 and CURLMOPT_PIPELINING 0 keep transfers apart', async () => {
    for (const [option, value] of [
      [CURLMOPT.MAX_CONCURRENT_STREAMS, 1],
      [CURLMOPT.PIPELINING, 0],
    ] as const) {
      const srv = await h2server();
      const multi = new Multi();
      expect(multi.setopt(option, value)).toBe(0);
      const bodies = new Map<Easy, string>();
      for (let i = 0; i < 4; i++) multi.addHandle(transfer(`https://localhost:${srv.port}/${i}`, bodies, { PIPEWAIT: 1 }));
      const msgs = await drive(multi);
      expect(msgs.every((m) => m.result === CURLE.OK)).toBe(true);
      expect(srv.connections()).toBe(4);
      expect(srv.peak()).toBe(1);
      multi.cleanup();
    }
  });

  it('CURLMOPT_MAX_HOST_CONNECTIONS counts connections: streams of one connection go at once', async () => {
    const srv = await h2server({ delayMs: 80 });
    const multi = new Multi();
    expect(multi.setopt(CURLMOPT.MAX_HOST_CONNECTIONS, 1)).toBe(0);
    const bodies = new Map<Easy, string>();
    for (let i = 0; i < 5; i++) multi.addHandle(transfer(`https://localhost:${srv.port}/${i}`, bodies));
    const msgs = await drive(multi);
    expect(msgs.every((m) => m.result === CURLE.OK)).toBe(true);
    expect(srv.connections()).toBe(1);
    // the four held back joined the connection once it spoke HTTP/2, not one after another
    expect(srv.peak()).toBeGreaterThanOrEqual(4);
    multi.cleanup();
  });

  it('PIPEWAIT transfers to an HTTP/1.1 server wait for the first connection, then open their own', async () => {
    const server = https.createServer({ key: pki.localhost.key, cert: pki.localhost.cert }, (q, r) => setTimeout(() => r.end(`h1 ${q.url}`), 30));
    const { port, close } = await listenLoopback(server);
    closers.push(close);
    let connections = 0;
    server.on('secureConnection', () => connections++);
    const multi = new Multi();
    const bodies = new Map<Easy, string>();
    const easies = [0, 1, 2].map((i) => transfer(`https://localhost:${port}/${i}`, bodies, { PIPEWAIT: 1 }));
    for (const e of easies) multi.addHandle(e);
    const msgs = await drive(multi);
    expect(msgs.map((m) => m.result)).toEqual([CURLE.OK, CURLE.OK, CURLE.OK]);
    expect(easies.map((e) => bodies.get(e))).toEqual(['h1 /0', 'h1 /1', 'h1 /2']);
    expect(connections).toBe(3);
    expect(easies.map((e) => info(e, 'HTTP_VERSION').value)).toEqual([2, 2, 2]);
    multi.cleanup();
  });

  it('a stream reset fails that transfer alone; the others on the connection finish', async () => {
    const srv = await h2server();
    const multi = new Multi();
    const bodies = new Map<Easy, string>();
    const good = [0, 1].map((i) => transfer(`https://localhost:${srv.port}/ok${i}`, bodies, { PIPEWAIT: 1 }));
    const bad = transfer(`https://localhost:${srv.port}/bad`, bodies, { PIPEWAIT: 1 });
    for (const e of [good[0]!, bad, good[1]!]) multi.addHandle(e);
    const msgs = await drive(multi);
    const result = (e: Easy): number | undefined => msgs.find((m) => m.easy === e)?.result;
    expect(result(bad)).toBe(CURLE.HTTP2_STREAM);
    expect(good.map(result)).toEqual([CURLE.OK, CURLE.OK]);
    expect(good.map((e) => bodies.get(e))).toEqual(['body of /ok0', 'body of /ok1']);
    expect(srv.connections()).toBe(1);
    multi.cleanup();
  });

  it('removing the transfers of a shared connection mid-response and cleaning up leaves nothing open', async () => {
    const srv = await h2server({ delayMs: 60_000 });
    const multi = new Multi();
    const bodies = new Map<Easy, string>();
    const easies = [0, 1, 2].map((i) => transfer(`https://localhost:${srv.port}/${i}`, bodies, { PIPEWAIT: 1 }));
    for (const e of easies) multi.addHandle(e);
    multi.perform();
    for (let i = 0; i < 200 && srv.open() < 3; i++) await new Promise((r) => setTimeout(r, 10));
    expect(srv.open()).toBe(3);
    for (const e of easies) expect(multi.removeHandle(e)).toBe(0);
    multi.cleanup();
    for (let i = 0; i < 200 && srv.sockets() > 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(srv.sockets()).toBe(0);
    expect(srv.connections()).toBe(1);
  });
});
