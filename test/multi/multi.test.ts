// Issue 4: the multi interface (section I, H1) through the public API against loopback peers.
import type net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CURL_SOCKET_BAD, CURLE, CURLM, CURLMOPT, CURLMSG_DONE, Easy, Multi, type MultiMessage } from '../../runtime/index.js';
import { startFakeProxy, type FakeProxy } from '../peers/fake-proxy.js';
import { capture, closeAll, echo, info, listen, recvAll, sendAll, set } from '../runtime/helpers.js';
import { closePeers, startHttp } from './peers.js';

const proxies: FakeProxy[] = [];
afterEach(async () => {
  await closePeers();
  await closeAll();
  while (proxies.length) await proxies.pop()!.close();
});

/** Runs the multi until nothing is running; returns the messages in the order they came. */
async function drive(multi: Multi): Promise<MultiMessage[]> {
  const out: MultiMessage[] = [];
  for (let running = multi.perform(); ; running = multi.perform()) {
    for (let m = multi.infoRead(); m !== undefined; m = multi.infoRead()) out.push(m);
    if (running === 0) break;
    await multi.poll(1000);
  }
  return out;
}

function counting(url: string, sink: Buffer[] = []): Easy {
  const easy = new Easy();
  set(easy, 'URL', url);
  set(easy, 'WRITEFUNCTION', (b: Uint8Array) => {
    sink.push(Buffer.from(b));
    return b.length;
  });
  return easy;
}

describe('Multi', () => {
  it('two hundred transfers at once finish correctly, each with its own body', async () => {
    const peer = await startHttp((req, res) => res.end(`body of ${req.url}`));
    const multi = new Multi();
    const sinks = new Map<Easy, Buffer[]>();
    for (let i = 0; i < 200; i++) {
      const sink: Buffer[] = [];
      const easy = counting(peer.url(`/${i}`), sink);
      sinks.set(easy, sink);
      expect(multi.addHandle(easy)).toBe(CURLM.OK);
    }
    const msgs = await drive(multi);
    expect(msgs.length).toBe(200);
    expect(multi.infoRead()).toBeUndefined();
    for (const m of msgs) {
      expect(m.msg).toBe(CURLMSG_DONE);
      expect(m.msg).toBe(1);
      expect(m.result).toBe(CURLE.OK);
      const url = info(m.easy, 'EFFECTIVE_URL').value as string;
      expect(Buffer.concat(sinks.get(m.easy)!).toString()).toBe(`body of ${new URL(url).pathname}`);
    }
    expect(multi.cleanup()).toBe(CURLM.OK);
  });

  it('shares its cache: a later handle reuses an earlier one\'s connection; ids count per multi', async () => {
    const peer = await startHttp((_q, res) => res.end('x'));
    const multi = new Multi();
    const a = counting(peer.url());
    const b = counting(peer.url());
    multi.addHandle(a);
    await drive(multi);
    multi.addHandle(b);
    await drive(multi);
    expect(info(a, 'NUM_CONNECTS').value).toBe(1);
    expect(info(b, 'NUM_CONNECTS').value).toBe(0);
    expect(info(b, 'CONN_ID').value).toBe(0);
    expect(peer.connections.length).toBe(1);
    multi.cleanup();
  });

  it('H1: connect-only A takes #0, GET B a new #1, connect-only C a new #2', async () => {
    const peer = await startHttp((_q, res) => res.end('x'));
    const multi = new Multi();
    const a = new Easy();
    set(a, 'URL', peer.url());
    set(a, 'CONNECT_ONLY', 1);
    const b = counting(peer.url());
    const c = new Easy();
    set(c, 'URL', peer.url());
    set(c, 'CONNECT_ONLY', 1);
    for (const e of [a, b, c]) {
      multi.addHandle(e);
      const [m] = await drive(multi);
      expect(m!.result).toBe(CURLE.OK);
    }
    expect([a, b, c].map((e) => info(e, 'CONN_ID').value)).toEqual([0, 1, 2]);
    expect(info(b, 'NUM_CONNECTS').value).toBe(1);
    expect(info(c, 'NUM_CONNECTS').value).toBe(1);
    expect(peer.connections.length).toBe(3);
    multi.cleanup();
  });

  it('a finished connect-only handle works while added; removeHandle closes it at once (I1, I2, D4)', async () => {
    const peer = await listen(echo);
    const multi = new Multi();
    const easy = new Easy();
    set(easy, 'URL', `http://127.0.0.1:${peer.port}/`);
    set(easy, 'CONNECT_ONLY', 1);
    const closed: unknown[] = [];
    set(easy, 'CLOSESOCKETFUNCTION', (_c: unknown, s: net.Socket) => {
      closed.push(s);
      s.destroy();
      return 0;
    });
    const log = capture(easy);
    multi.addHandle(easy);
    const [m] = await drive(multi);
    expect(m!.result).toBe(CURLE.OK);
    await sendAll(easy, Buffer.from('ping'));
    expect((await recvAll(easy, 4)).toString()).toBe('ping');
    expect(closed.length).toBe(0);
    expect(multi.removeHandle(easy)).toBe(CURLM.OK);
    expect(closed.length).toBe(1);
    expect(log.lines()).toContain('closing connection #0');
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    expect(easy.send(Buffer.from('x')).code).toBe(CURLE.UNSUPPORTED_PROTOCOL);
    expect(errors.text).toBe('Failed to get last socket used for connection #-1');
    expect(easy.recv(new Uint8Array(4)).code).toBe(CURLE.UNSUPPORTED_PROTOCOL);
    expect(info(easy, 'ACTIVESOCKET').value).toBe(CURL_SOCKET_BAD);
    expect(info(easy, 'CONN_ID').value).toBe(-1);
    multi.cleanup();
  });

  it('easy.perform keeps the connect-only connection until the next perform (H4)', async () => {
    const peer = await listen(echo);
    const easy = new Easy();
    set(easy, 'URL', `http://127.0.0.1:${peer.port}/`);
    set(easy, 'CONNECT_ONLY', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    await sendAll(easy, Buffer.from('abc'));
    expect((await recvAll(easy, 3)).toString()).toBe('abc');
    easy.cleanup();
  });

  it('codes: adding twice is 7, a handle in a multi cannot perform, unknown options are 6, after cleanup 1', async () => {
    const multi = new Multi();
    const easy = new Easy();
    expect(multi.addHandle(easy)).toBe(CURLM.OK);
    expect(multi.addHandle(easy)).toBe(CURLM.ADDED_ALREADY);
    expect(new Multi().addHandle(easy)).toBe(CURLM.ADDED_ALREADY);
    expect(await easy.perform()).toBe(CURLE.FAILED_INIT);
    expect(multi.setopt('NOPE' as never, 1 as never)).toBe(CURLM.UNKNOWN_OPTION);
    expect(multi.setopt(CURLMOPT.MAXCONNECTS, 3)).toBe(CURLM.OK);
    expect(multi.setopt(CURLMOPT.MAX_HOST_CONNECTIONS, -1)).toBe(CURLM.BAD_FUNCTION_ARGUMENT);
    expect(multi.removeHandle(easy)).toBe(CURLM.OK);
    expect(multi.removeHandle(easy)).toBe(CURLM.OK);
    easy.cleanup();
    expect(multi.addHandle(easy)).toBe(CURLM.BAD_EASY_HANDLE);
    expect(multi.cleanup()).toBe(CURLM.OK);
    expect(multi.addHandle(new Easy())).toBe(CURLM.BAD_HANDLE);
  });

  it('MAX_HOST_CONNECTIONS 1 queues the transfers to one host: one connection carries all', async () => {
    let open = 0;
    let most = 0;
    const peer = await startHttp((_q, res) => res.end('x'));
    peer.server.on('connection', (s: net.Socket) => {
      open++;
      most = Math.max(most, open);
      s.on('close', () => open--);
    });
    const multi = new Multi();
    expect(multi.setopt(CURLMOPT.MAX_HOST_CONNECTIONS, 1)).toBe(CURLM.OK);
    const handles = Array.from({ length: 5 }, () => counting(peer.url()));
    for (const h of handles) multi.addHandle(h);
    const msgs = await drive(multi);
    expect(msgs.map((m) => m.result)).toEqual([0, 0, 0, 0, 0]);
    expect(most).toBe(1);
    expect(handles.reduce((n, h) => n + (info(h, 'NUM_CONNECTS').value as number), 0)).toBe(1);
    multi.cleanup();
  });

  it('through a forward proxy the request line carries the absolute URL', async () => {
    const proxy = await startFakeProxy((_req, socket) => socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'));
    proxies.push(proxy);
    const sink: Buffer[] = [];
    const easy = counting('http://example.invalid:8080/path?q', sink);
    set(easy, 'PROXY', `http://127.0.0.1:${proxy.port}`);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(Buffer.concat(sink).toString()).toBe('ok');
    const head = proxy.requests[0]!.head;
    expect(head.startsWith('GET http://example.invalid:8080/path?q HTTP/1.1\r\n')).toBe(true);
    expect(head).toContain('Host: example.invalid:8080\r\n');
    expect(head).toContain('Proxy-Connection: Keep-Alive\r\n');
    easy.cleanup();
  });
});
