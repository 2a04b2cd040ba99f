// SOCKS under every mode (issue 12): ordinary HTTP transfers with connection reuse, CONNECT_ONLY
// 1 and 2, ws and wss, https with TLS end to end through the proxy; PRE_PROXY in front of an HTTP
// proxy (tunnel and forward), the proxy environment variables with socks:// URLs, and a Multi
// running several SOCKS transfers at once. Peers: the recording SOCKS server of test/peers, and
// microsocks (apt-get install -y microsocks) with the `proxy` npm package as the HTTP proxy for
// the real-server check; skipped, saying so, without microsocks.
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import { createProxy } from 'proxy';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CURLE, CURLM, CURLWS_TEXT, Easy, Multi, type MultiMessage } from '../../runtime/index.js';
import { detach, startFakeProxy, type FakeProxy } from '../peers/fake-proxy.js';
import { haveMicrosocks, startMicrosocks, startRecordingSocks, type RecordingSocks, type SocksScript } from '../peers/socks.js';
import { hasOpenssl, listenLoopback, makePki, type Pki } from '../peers/tls-fixtures.js';
import { capture, closeAll, echo, info, listen, recvAll, sendAll, set } from '../runtime/helpers.js';
import { closePeers, startHttp, startWs, wsRecvFrame, wsSendAll } from './peers.js';

const cleanups: (() => unknown)[] = [];
const handles: Easy[] = [];
afterEach(async () => {
  for (const e of handles.splice(0)) e.cleanup();
  while (cleanups.length) await cleanups.pop()!();
  await closePeers();
  await closeAll();
});

async function socks(script: SocksScript = {}): Promise<RecordingSocks> {
  const p = await startRecordingSocks(script);
  cleanups.push(() => p.close());
  return p;
}

function easyWith(opts: Record<string, unknown>): Easy {
  const easy = new Easy();
  handles.push(easy);
  for (const [k, v] of Object.entries(opts)) expect(set(easy, k, v), k).toBe(CURLE.OK);
  return easy;
}

function bodyOf(easy: Easy): Buffer[] {
  const chunks: Buffer[] = [];
  set(easy, 'WRITEFUNCTION', (d: Uint8Array) => (chunks.push(Buffer.from(d)), d.length));
  return chunks;
}

/** A scripted HTTP proxy that answers CONNECT with 200 and then pipes to the target. */
async function tunnelProxy(): Promise<FakeProxy> {
  const p = await startFakeProxy((req, s) => {
    detach(s);
    const m = /^CONNECT (\S+):(\d+) /.exec(req.head);
    if (m === null) return void s.end('HTTP/1.1 400 Bad\r\n\r\n');
    const up = net.connect(Number(m[2]), m[1]!.replace(/^\[|\]$/g, ''), () => {
      s.write('HTTP/1.1 200 Connection established\r\n\r\n');
      s.pipe(up);
      up.pipe(s);
    });
    up.on('error', () => s.destroy());
    s.on('close', () => up.destroy());
  });
  cleanups.push(() => p.close());
  return p;
}

let pki: Pki | null = null;
beforeAll(() => {
  if (hasOpenssl()) pki = makePki();
});
afterAll(() => pki?.cleanup());

describe('SOCKS under every mode', () => {
  it('ordinary HTTP: plain requests (no absolute URL), the connection reused through the same proxy only', async () => {
    const server = await startHttp((req, res) => res.end(`got ${req.url}`));
    const px = await socks();
    const other = await socks();
    const easy = easyWith({ URL: server.url('/a'), PROXY: `socks5h://127.0.0.1:${px.port}` });
    const body = bodyOf(easy);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    set(easy, 'URL', server.url('/b'));
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(Buffer.concat(body).toString()).toBe('got /agot /b');
    expect(server.requests.map((r) => [r.url, r.conn])).toEqual([['/a', 0], ['/b', 0]]);
    expect(px.connections).toBe(1);
    expect(log.lines()).toContain('Reusing existing http: connection with proxy 127.0.0.1');
    expect(log.lines()).toContain(`Connection #0 to host 127.0.0.1:${server.port} left intact`);
    // another SOCKS proxy: a new connection
    set(easy, 'PROXY', `socks5h://127.0.0.1:${other.port}`);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(other.connections).toBe(1);
    expect(info(easy, 'CONN_ID').value).toBe(1);
  });

  it('CONNECT_ONLY 2 on http://: the request and the answer\'s headers through the proxy', async () => {
    const server = await startHttp((_req, res) => res.end('body'));
    const px = await socks();
    const easy = easyWith({ URL: server.url('/two'), PROXY: `socks4://127.0.0.1:${px.port}`, CONNECT_ONLY: 2 });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'RESPONSE_CODE').value).toBe(200);
    expect(server.requests[0]!.url).toBe('/two');
    expect((await recvAll(easy, 4)).toString()).toBe('body');
  });

  it('ws:// with CONNECT_ONLY 2: the upgrade and frames through the proxy', async () => {
    const ws = await startWs();
    const px = await socks();
    const easy = easyWith({ URL: ws.url('/chat'), PROXY: `socks5://127.0.0.1:${px.port}`, CONNECT_ONLY: 2 });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'RESPONSE_CODE').value).toBe(101);
    expect(await wsSendAll(easy, Buffer.from('hello'), CURLWS_TEXT)).toBe(CURLE.OK);
    const frame = await wsRecvFrame(easy);
    expect([frame.code, frame.flags, frame.data.toString()]).toEqual([CURLE.OK, CURLWS_TEXT, 'hello']);
    expect(px.exchanges[0]!.port).toBe(ws.port);
  });

  it.skipIf(!hasOpenssl())('https:// and wss://: TLS end to end with the server, its name checked through socks5h', async () => {
    const p = pki!;
    const server = https.createServer({ cert: p.localhost.cert, key: p.localhost.key }, (_req, res) => res.end('secret'));
    const l = await listenLoopback(server);
    cleanups.push(l.close);
    const px = await socks();
    const easy = easyWith({ URL: `https://localhost:${l.port}/`, PROXY: `socks5h://127.0.0.1:${px.port}`, CAINFO: p.ca.certFile });
    const body = bodyOf(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(Buffer.concat(body).toString()).toBe('secret');
    expect(px.exchanges[0]!.host).toBe('localhost');

    // wss: a TLS WebSocket server on the same certificate, connect-only 2
    const { WebSocketServer } = await import('ws');
    const tlsServer = https.createServer({ cert: p.localhost.cert, key: p.localhost.key });
    const wss = new WebSocketServer({ server: tlsServer, perMessageDeflate: false });
    wss.on('connection', (c) => c.on('message', (d, bin) => c.send(d as Buffer, { binary: bin })));
    const tl = await listenLoopback(tlsServer);
    cleanups.push(async () => {
      wss.close();
      await tl.close();
    });
    const w = easyWith({ URL: `wss://localhost:${tl.port}/`, PROXY: `socks5h://127.0.0.1:${px.port}`, CAINFO: p.ca.certFile, CONNECT_ONLY: 2 });
    expect(await w.perform()).toBe(CURLE.OK);
    expect(await wsSendAll(w, Buffer.from('over tls'), CURLWS_TEXT)).toBe(CURLE.OK);
    expect((await wsRecvFrame(w)).data.toString()).toBe('over tls');
    // a certificate for another name still fails verification through the proxy
    const other = https.createServer({ cert: p.otherName.cert, key: p.otherName.key });
    const ol = await listenLoopback(other);
    cleanups.push(ol.close);
    const bad = easyWith({ URL: `https://localhost:${ol.port}/`, PROXY: `socks5h://127.0.0.1:${px.port}`, CAINFO: p.ca.certFile, CONNECT_ONLY: 1 });
    expect(await bad.perform()).toBe(CURLE.PEER_FAILED_VERIFICATION);
  });

  it('CONNECT_ONLY 1 on https:// connects TLS through the proxy and stops', async () => {
    if (pki === null) return;
    const tlsPeer = https.createServer({ cert: pki.localhost.cert, key: pki.localhost.key });
    const l = await listenLoopback(tlsPeer);
    cleanups.push(l.close);
    const px = await socks();
    const easy = easyWith({ URL: `https://127.0.0.1:${l.port}/`, PROXY: `socks4a://127.0.0.1:${px.port}`, CAINFO: pki.ca.certFile, CONNECT_ONLY: 1 });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'PRIMARY_PORT').value).toBe(px.port);
    expect(px.exchanges[0]!.version).toBe(4);
  });
});

describe('PRE_PROXY: a SOCKS proxy in front of an HTTP proxy', () => {
  it('tunnels: SOCKS to the HTTP proxy, then CONNECT to the target', async () => {
    const target = await listen(echo);
    const httpProxy = await tunnelProxy();
    const px = await socks();
    const easy = easyWith({
      URL: `ws://127.0.0.1:${target.port}/`,
      PROXY: `http://127.0.0.1:${httpProxy.port}`,
      PRE_PROXY: `socks5://127.0.0.1:${px.port}`,
      CONNECT_ONLY: 1,
    });
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect([px.exchanges[0]!.host, px.exchanges[0]!.port]).toEqual(['127.0.0.1', httpProxy.port]);
    expect(httpProxy.requests[0]!.head).toBe(
      `CONNECT 127.0.0.1:${target.port} HTTP/1.1\r\nHost: 127.0.0.1:${target.port}\r\nProxy-Connection: Keep-Alive\r\n\r\n`,
    );
    await sendAll(easy, Buffer.from('via two'));
    expect((await recvAll(easy, 7)).toString()).toBe('via two');
    expect(info(easy, 'PRIMARY_PORT').value).toBe(px.port);
    const lines = log.lines();
    expect(lines[0]).toBe(`  Trying 127.0.0.1:${px.port}...`);
    expect(lines).toContain(`Establishing HTTP proxy tunnel to 127.0.0.1:${target.port}`);
    expect(lines.find((l) => l.startsWith('Opened SOCKS'))).toMatch(
      new RegExp(`^Opened SOCKS connection from 127\\.0\\.0\\.1 port \\d+ to 127\\.0\\.0\\.1 port ${httpProxy.port} \\(via 127\\.0\\.0\\.1 port ${px.port}\\)$`),
    );
    expect(lines.find((l) => l.startsWith('Established'))).toMatch(/^Established connection to 127\.0\.0\.1 \(127\.0\.0\.1 port \d+\)/);
  });

  it('forwards http:// to the HTTP proxy (absolute URL) through the SOCKS proxy', async () => {
    const forward = await startHttp((req, res) => res.end(`proxied ${req.url}`));
    const px = await socks();
    const easy = easyWith({ URL: 'http://target.test/x', PROXY: `127.0.0.1:${forward.port}`, PRE_PROXY: `socks4a://127.0.0.1:${px.port}` });
    const body = bodyOf(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(Buffer.concat(body).toString()).toBe('proxied http://target.test/x');
    expect(px.exchanges[0]!.host).toBe('127.0.0.1');
  });

  it('socks5h:// in front of an HTTP proxy named by host name: the SOCKS proxy resolves the HTTP proxy\'s name', async () => {
    const target = await listen(echo);
    const httpProxy = await tunnelProxy();
    const px = await socks();
    const easy = easyWith({
      URL: `https://127.0.0.1:${target.port}/`,
      PROXY: `http://localhost:${httpProxy.port}`,
      PRE_PROXY: `socks5h://127.0.0.1:${px.port}`,
      CONNECT_ONLY: 1,
      SSL_VERIFYPEER: 0,
    });
    // no TLS server behind the tunnel: the handshake fails after the SOCKS and CONNECT steps
    expect(await easy.perform()).not.toBe(CURLE.OK);
    expect(px.exchanges[0]!.request.subarray(3)).toEqual(
      Buffer.concat([Buffer.from([5, 1, 0, 3, 9]), Buffer.from('localhost'), Buffer.from([httpProxy.port >> 8, httpProxy.port & 0xff])]),
    );
    expect(httpProxy.requests[0]!.head).toMatch(new RegExp(`^CONNECT 127\\.0\\.0\\.1:${target.port} HTTP/1\\.1\r\n`));
  });

  it('a pre-proxy without a scheme is SOCKS4; its credentials come from its own string only', async () => {
    const forward = await startHttp((_req, res) => res.end('ok'));
    const px = await socks();
    const easy = easyWith({
      URL: 'http://target.test/',
      PROXY: `127.0.0.1:${forward.port}`,
      PRE_PROXY: `127.0.0.1:${px.port}`,
      PROXYUSERNAME: 'forthehttpproxy',
    });
    bodyOf(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(px.exchanges[0]!.version).toBe(4);
    expect(px.exchanges[0]!.userId).toBe('');
  });

  it('PRE_PROXY alone carries the connection to the target', async () => {
    const target = await listen(echo);
    const px = await socks();
    const easy = easyWith({ URL: `http://127.0.0.1:${target.port}/`, PRE_PROXY: `socks5h://127.0.0.1:${px.port}`, CONNECT_ONLY: 1 });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(px.exchanges[0]!.port).toBe(target.port);
  });

  it('refuses an HTTP pre-proxy and a SOCKS proxy behind a pre-proxy with 5', async () => {
    const eb = { text: '' };
    let easy = easyWith({ URL: 'http://t.test/', PRE_PROXY: 'http://127.0.0.1:3128', ERRORBUFFER: eb, CONNECT_ONLY: 1 });
    expect(await easy.perform()).toBe(CURLE.COULDNT_RESOLVE_PROXY);
    expect(eb.text).toBe("Unsupported pre-proxy type for 'http://127.0.0.1:3128'");
    easy = easyWith({ URL: 'http://t.test/', PRE_PROXY: 'socks5://127.0.0.1:1', PROXY: 'socks4://127.0.0.1:2', ERRORBUFFER: eb, CONNECT_ONLY: 1 });
    expect(await easy.perform()).toBe(CURLE.COULDNT_RESOLVE_PROXY);
    expect(eb.text).toBe("Having a SOCKS pre-proxy and proxy is not supported with 'socks4://127.0.0.1:2'");
  });

  it.skipIf(!haveMicrosocks)(`real peers: microsocks with a password in front of the \`proxy\` package${haveMicrosocks ? '' : ': skipped, /usr/bin/microsocks is missing (apt-get install -y microsocks)'}`, async () => {
    const micro = await startMicrosocks('alice', 's3cret');
    cleanups.push(micro.close);
    const httpProxy = createProxy(http.createServer());
    await new Promise<void>((r) => httpProxy.listen(0, '127.0.0.1', r));
    const sockets = new Set<net.Socket>();
    httpProxy.on('connection', (s: net.Socket) => sockets.add(s));
    cleanups.push(() => new Promise<void>((r) => (sockets.forEach((s) => s.destroy()), httpProxy.close(() => r()))));
    const proxyPort = (httpProxy.address() as net.AddressInfo).port;
    const server = await startHttp((req, res) => res.end(`hi ${req.url}`));
    const easy = easyWith({
      URL: server.url('/through'),
      PROXY: `http://127.0.0.1:${proxyPort}`,
      HTTPPROXYTUNNEL: 1,
      PRE_PROXY: `socks5://alice:s3cret@127.0.0.1:${micro.port}`,
    });
    const body = bodyOf(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(Buffer.concat(body).toString()).toBe('hi /through');
    expect(info(easy, 'HTTP_CONNECTCODE').value).toBe(200);
  });
});

describe('proxy environment variables with socks:// URLs', () => {
  const saved: Record<string, string | undefined> = {};
  const setEnv = (name: string, value: string): void => {
    if (!(name in saved)) saved[name] = process.env[name];
    process.env[name] = value;
  };
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
      delete saved[k];
    }
  });

  it('ALL_PROXY, <scheme>_proxy and NO_PROXY', async () => {
    const target = await listen(echo);
    const px = await socks();
    setEnv('ALL_PROXY', `socks5h://127.0.0.1:${px.port}`);
    let easy = easyWith({ URL: `telnet://127.0.0.1:${target.port}`, CONNECT_ONLY: 1 });
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines()).toContain(`Uses proxy env variable ALL_PROXY == 'socks5h://127.0.0.1:${px.port}'`);
    expect(px.exchanges.length).toBe(1);

    const px4 = await socks();
    setEnv('http_proxy', `socks4://127.0.0.1:${px4.port}`);
    easy = easyWith({ URL: `http://127.0.0.1:${target.port}/`, CONNECT_ONLY: 1 });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(px4.exchanges[0]!.version).toBe(4);

    setEnv('NO_PROXY', '127.0.0.1');
    easy = easyWith({ URL: `http://127.0.0.1:${target.port}/`, CONNECT_ONLY: 1 });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(px4.exchanges.length).toBe(1);
    // NOPROXY skips a PRE_PROXY too
    easy = easyWith({ URL: `http://127.0.0.1:${target.port}/`, CONNECT_ONLY: 1, PRE_PROXY: `socks5://127.0.0.1:${px.port}` });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(px.exchanges.length).toBe(1);
  });

  it('an empty PRE_PROXY stops the environment from naming a proxy', async () => {
    const target = await listen(echo);
    const px = await socks();
    setEnv('http_proxy', `socks5://127.0.0.1:${px.port}`);
    const easy = easyWith({ URL: `http://127.0.0.1:${target.port}/`, CONNECT_ONLY: 1, PRE_PROXY: '' });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(px.connections).toBe(0);
    await target.accepted();
  });
});

describe('Multi through SOCKS', () => {
  it('runs several connect-only transfers through one SOCKS proxy at once', async () => {
    const target = await listen(echo);
    const px = await socks();
    const multi = new Multi();
    const easies: Easy[] = [];
    for (let i = 0; i < 8; i++) {
      const e = easyWith({ URL: `http://127.0.0.1:${target.port}/${i}`, PROXY: `socks5h://127.0.0.1:${px.port}`, CONNECT_ONLY: 1 });
      easies.push(e);
      expect(multi.addHandle(e)).toBe(CURLM.OK);
    }
    const done: MultiMessage[] = [];
    for (let running = multi.perform(); ; running = multi.perform()) {
      for (let m = multi.infoRead(); m !== undefined; m = multi.infoRead()) done.push(m);
      if (running === 0) break;
      await multi.poll(1000);
    }
    expect(done.map((m) => m.result)).toEqual(new Array(8).fill(CURLE.OK));
    expect(px.exchanges.length).toBe(8);
    for (const [i, e] of easies.entries()) {
      await sendAll(e, Buffer.from(`n${i}`));
      expect((await recvAll(e, 2)).toString()).toBe(`n${i}`);
    }
    for (const e of easies) multi.removeHandle(e);
    multi.cleanup();
  });
});
