// HTTP/2 by `Upgrade: h2c` (issue 16): HTTP_VERSION 2_0 on http:// offers the upgrade in an
// HTTP/1.1 request as lib/http2.c Curl_http2_request_upgrade writes it, and a 101 switches the
// connection to HTTP/2, the response coming on stream 1 (lib/http.c http_on_101_upgrade). Against
// Debian's apache2 (mod_http2, `Protocols h2c http/1.1`), and a scripted peer that hands the
// upgraded socket to Node's http2 server so that further requests can go on the connection.
import * as http from 'node:http';
import * as http2 from 'node:http2';
import type * as net from 'node:net';
import { Duplex } from 'node:stream';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURLE, Easy, Multi } from '../../runtime/index.js';
import { haveApacheH2, startApache, type Apache } from '../peers/apache.js';
import { capture, cleanupAfterEach, collect, easyWith, info, listen, set } from './helpers.js';

const { handles, closers } = cleanupAfterEach();
if (!haveApacheH2) console.warn('apache2 with mod_http2 is not installed: skipping the h2c upgrade tests against it');

/** CURL_HTTP_VERSION_* (include/curl/curl.h) */
const V1_1 = 2;
const V2_0 = 3;
const V2TLS = 4;
/** populate_binsettings: MAX_CONCURRENT_STREAMS 100, INITIAL_WINDOW_SIZE 10 MiB, ENABLE_PUSH 0. */
const SETTINGS_100 = 'AAMAAABkAAQAoAAAAAIAAAAA';

function easyFor(url: string, opts: Record<string, unknown> = {}): Easy {
  return easyWith(handles, { URL: url, ...opts });
}

/** The request heads the handle sent (HEADER_OUT). */
function sentHeads(log: ReturnType<typeof capture>): string[] {
  return log.events.filter((e) => e.type === 2).map((e) => e.text);
}

async function apache(): Promise<Apache> {
  const a = await startApache();
  closers.push(() => a.close());
  writeFileSync(join(a.root, 'index.html'), 'hello over h2c\n');
  return a;
}

describe.runIf(haveApacheH2)('Upgrade: h2c against apache2', () => {
  it('2_0 offers the upgrade in the HTTP/1.1 request; the 101 switches to HTTP/2 and the response comes on stream 1', async () => {
    const a = await apache();
    const easy = easyFor(`http://127.0.0.1:${a.port}/index.html`, { HTTP_VERSION: V2_0 });
    const log = capture(easy);
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    const head = sentHeads(log)[0]!;
    expect(head.startsWith('GET /index.html HTTP/1.1\r\n')).toBe(true);
    // H1_HD_UPGRADE before the custom headers, H1_HD_CONNECTION last
    expect(head).toContain(`\r\nUpgrade: h2c\r\nHTTP2-Settings: ${SETTINGS_100}\r\nConnection: Upgrade, HTTP2-Settings\r\n\r\n`);
    expect(log.lines()).toContain('using HTTP/1.x');
    expect(log.lines()).toContain('Received 101, Switching to HTTP/2');
    // the 101 head is delivered as a 1xx head is, then the HTTP/2 one
    expect(got.headers[0]).toBe('HTTP/1.1 101 Switching Protocols\r\n');
    expect(got.headers).toContain('HTTP/2 200 \r\n');
    expect(got.headers.indexOf('HTTP/2 200 \r\n')).toBeGreaterThan(got.headers.indexOf('\r\n'));
    expect(got.body().toString()).toBe('hello over h2c\n');
    expect(info(easy, 'HTTP_VERSION').value).toBe(V2_0);
    expect(info(easy, 'RESPONSE_CODE').value).toBe(200);
  });

  it('a HEAD (NOBODY) is upgraded too: the HTTP/2 answer has no body', async () => {
    const a = await apache();
    const easy = easyFor(`http://127.0.0.1:${a.port}/index.html`, { HTTP_VERSION: V2_0, NOBODY: 1 });
    const log = capture(easy);
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(sentHeads(log)[0]!.startsWith('HEAD /index.html HTTP/1.1\r\n')).toBe(true);
    expect(log.lines()).toContain('Received 101, Switching to HTTP/2');
    expect(got.headers).toContain('HTTP/2 200 \r\n');
    expect(got.headers).toContain('content-length: 15\r\n');
    expect(got.body().length).toBe(0);
  });

  it('a POST offers the upgrade without Expect; Apache answers it on HTTP/1.1, which goes on as usual', async () => {
    const a = await apache();
    const body = 'x'.repeat(2 * 1024 * 1024);
    const easy = easyFor(`http://127.0.0.1:${a.port}/index.html`, { HTTP_VERSION: V2_0, POSTFIELDS: body });
    const log = capture(easy);
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    const head = sentHeads(log)[0]!;
    expect(head).toContain('Upgrade: h2c\r\n');
    // lib/http.c addexpect: no Expect: 100-continue while an upgrade is offered, whatever the size
    expect(head).not.toContain('Expect:');
    expect(log.lines()).not.toContain('Received 101, Switching to HTTP/2');
    expect(got.headers[0]).toBe('HTTP/1.1 200 OK\r\n');
    expect(info(easy, 'HTTP_VERSION').value).toBe(V1_1);
  });

  it('a handle set to 1_1 after a prior-knowledge transfer takes no HTTP/2 connection from the cache (url_match_http_version)', async () => {
    const a = await apache();
    const easy = easyFor(`http://127.0.0.1:${a.port}/index.html`, { HTTP_VERSION: 5 });
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'HTTP_VERSION').value).toBe(V2_0);
    set(easy, 'HTTP_VERSION', V1_1);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'NUM_CONNECTS').value).toBe(1);
    expect(info(easy, 'HTTP_VERSION').value).toBe(V1_1);
    expect(got.headers.filter((l) => l.startsWith('HTTP/'))).toEqual(['HTTP/2 200 \r\n', 'HTTP/1.1 200 OK\r\n']);
  });

  it('2TLS (the default) and 1_1 never offer the upgrade', async () => {
    const a = await apache();
    for (const v of [V2TLS, V1_1]) {
      const easy = easyFor(`http://127.0.0.1:${a.port}/index.html`, { HTTP_VERSION: v });
      const log = capture(easy);
      const got = collect(easy);
      expect(await easy.perform()).toBe(CURLE.OK);
      expect(sentHeads(log)[0]).not.toContain('Upgrade');
      expect(sentHeads(log)[0]).not.toContain('HTTP2-Settings');
      expect(got.headers[0]).toBe('HTTP/1.1 200 OK\r\n');
    }
  });
});

/** The never-indexed literal (RFC 7541 section 6.2.3) of static-table name `index`. */
function neverIndexed(index: number, value: string): Buffer {
  return Buffer.concat([Buffer.from([0x10 | index, value.length]), Buffer.from(value, 'latin1')]);
}

/**
 * The server's end of an upgraded connection for Node's http2 server, which has no upgrade of its
 * own: the client's preface and first frame (its SETTINGS) pass, then the HEADERS frame the
 * upgraded request stands for on stream 1 (static-table and never-indexed fields only, so the
 * server's HPACK table stays as the client's is), then the rest.
 */
class UpgradedServerEnd extends Duplex {
  #in = Buffer.alloc(0);
  #injected = false;
  constructor(
    readonly socket: net.Socket,
    path: string,
    authority: string,
  ) {
    super();
    const block = Buffer.concat([Buffer.from([0x82, 0x86]), neverIndexed(4, path), neverIndexed(1, authority)]);
    const frame = Buffer.alloc(9);
    frame.writeUIntBE(block.length, 0, 3);
    frame[3] = 0x1; // HEADERS
    frame[4] = 0x1 | 0x4; // END_STREAM | END_HEADERS
    frame.writeUInt32BE(1, 5);
    const headers = Buffer.concat([frame, block]);
    socket.on('data', (d: Buffer) => {
      if (this.#injected) {
        this.push(d);
        return;
      }
      this.#in = Buffer.concat([this.#in, d]);
      if (this.#in.length < 24 + 9) return;
      const first = 24 + 9 + this.#in.readUIntBE(24, 3);
      if (this.#in.length < first) return;
      this.#injected = true;
      this.push(Buffer.concat([this.#in.subarray(0, first), headers, this.#in.subarray(first)]));
    });
    socket.on('end', () => this.push(null));
    socket.on('close', () => this.destroy());
  }
  override _read(): void {}
  override _write(chunk: Buffer, _e: BufferEncoding, done: (err?: Error | null) => void): void {
    this.socket.write(chunk, done);
  }
  override _destroy(err: Error | null, done: (err?: Error | null) => void): void {
    this.socket.destroy();
    done(err);
  }
}

/** A peer that takes the upgrade (101, then Node's http2 server on the socket) when `upgrade`
 * says so, else answers on HTTP/1.1 with keep-alive. Records each request's headers. */
async function upgradePeer(
  upgrade = true,
): Promise<{ port: number; requests: { version: string; headers: Record<string, unknown> }[]; connections: () => number }> {
  const requests: { version: string; headers: Record<string, unknown> }[] = [];
  const h2 = http2.createServer();
  h2.on('stream', (stream, headers) => {
    requests.push({ version: '2', headers });
    stream.respond({ ':status': 200, 'content-type': 'text/plain' });
    stream.end(`h2 ${headers[':path']} ${headers['x-round'] ?? ''}`);
  });
  const h1 = http.createServer((req, res) => {
    requests.push({ version: req.httpVersion, headers: req.headers });
    if (req.url !== '/slow') return void res.end(`h1 ${req.url}`);
    // the head at once, the body later
    res.writeHead(200, { 'content-length': 4 });
    res.write('sl');
    setTimeout(() => res.end('ow'), 300);
  });
  const peer = await listen((s) => {
    let head = Buffer.alloc(0);
    const onData = (d: Buffer): void => {
      head = Buffer.concat([head, d]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      s.off('data', onData);
      const text = head.subarray(0, end).toString('latin1');
      if (upgrade && /\r\nUpgrade: h2c\r\n/i.test(text)) {
        const [, path] = /^\S+ (\S+)/.exec(text)!;
        const [, authority] = /\r\nHost: ([^\r]+)/i.exec(text)!;
        s.write('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\n');
        h2.emit('connection', new UpgradedServerEnd(s, path!, authority!));
        return;
      }
      s.pause();
      s.unshift(head);
      h1.emit('connection', s);
      s.resume();
    };
    s.on('data', onData);
  });
  closers.push(async () => {
    h2.close();
    h1.close();
  });
  return { port: peer.port, requests, connections: () => peer.sockets.length };
}

describe('Upgrade: h2c against a scripted peer', () => {
  it('the upgraded connection carries the next requests as HTTP/2 streams, with HPACK in step', async () => {
    const p = await upgradePeer();
    const easy = easyFor(`http://127.0.0.1:${p.port}/first`, { HTTP_VERSION: V2_0 });
    const got = collect(easy);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(got.body().toString()).toBe('h2 /first ');
    expect(info(easy, 'HTTP_VERSION').value).toBe(V2_0);
    // the same handle goes on on the same connection: streams 3 and 5, their header blocks
    // compressed against what the server's decoder holds (a dropped HEADERS frame that had
    // indexed a field would make the server fail these with COMPRESSION_ERROR)
    for (const round of ['a', 'b']) {
      set(easy, 'URL', `http://127.0.0.1:${p.port}/next`);
      set(easy, 'HTTPHEADER', [`X-Round: ${round}`]);
      const before = got.body().length;
      expect(await easy.perform()).toBe(CURLE.OK);
      expect(info(easy, 'NUM_CONNECTS').value).toBe(0);
      expect(got.body().subarray(before).toString()).toBe(`h2 /next ${round}`);
    }
    expect(p.requests.map((r) => [r.version, r.headers[':path']])).toEqual([
      ['2', '/first'],
      ['2', '/next'],
      ['2', '/next'],
    ]);
    expect(p.requests[2]!.headers['x-round']).toBe('b');
    // no upgrade offer on a connection that speaks HTTP/2 already
    expect(sentHeads(log).slice(1).every((h) => h.startsWith('GET /next HTTP/2\r\n'))).toBe(true);
  });

  it('PIPEWAIT transfers of a Multi wait for the answer to the offer, then share the upgraded connection', async () => {
    const p = await upgradePeer();
    const multi = new Multi();
    const easies = ['/a', '/b', '/c'].map((path) => {
      const e = easyFor(`http://127.0.0.1:${p.port}${path}`, { HTTP_VERSION: V2_0, PIPEWAIT: 1 });
      collect(e);
      multi.addHandle(e);
      return e;
    });
    const results: number[] = [];
    while (results.length < easies.length) {
      multi.perform();
      for (let m = multi.infoRead(); m !== undefined; m = multi.infoRead()) results.push(m.result);
      if (results.length < easies.length) await multi.poll(1000);
    }
    expect(results).toEqual([CURLE.OK, CURLE.OK, CURLE.OK]);
    for (const e of easies) multi.removeHandle(e);
    multi.cleanup();
    expect(p.connections()).toBe(1);
    expect(p.requests.map((r) => r.version)).toEqual(['2', '2', '2']);
    expect(easies.map((e) => info(e, 'HTTP_VERSION').value)).toEqual([V2_0, V2_0, V2_0]);
  });

  it('a PIPEWAIT transfer waits only for the head that declines the offer, then connects on its own', async () => {
    const p = await upgradePeer(false);
    const multi = new Multi();
    const easies = ['/slow', '/fast'].map((path) => {
      const e = easyFor(`http://127.0.0.1:${p.port}${path}`, { HTTP_VERSION: V2_0, PIPEWAIT: 1 });
      collect(e);
      multi.addHandle(e);
      return e;
    });
    const order: string[] = [];
    while (order.length < 2) {
      multi.perform();
      for (let m = multi.infoRead(); m !== undefined; m = multi.infoRead()) {
        expect(m.result).toBe(CURLE.OK);
        order.push(info(m.easy, 'EFFECTIVE_URL').value as string);
      }
      if (order.length < 2) await multi.poll(1000);
    }
    for (const e of easies) multi.removeHandle(e);
    multi.cleanup();
    // the second went while the first's body was still coming (lib/http.c clears
    // upgrade_in_progress at the final head)
    expect(order.map((u) => new URL(u).pathname)).toEqual(['/fast', '/slow']);
    expect(p.connections()).toBe(2);
  });

  it('a server that ignores the offer answers on HTTP/1.1; the next request offers it again', async () => {
    const p = await upgradePeer(false);
    const easy = easyFor(`http://127.0.0.1:${p.port}/one`, { HTTP_VERSION: V2_0 });
    const got = collect(easy);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    set(easy, 'URL', `http://127.0.0.1:${p.port}/two`);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'NUM_CONNECTS').value).toBe(0);
    expect(got.body().toString()).toBe('h1 /oneh1 /two');
    expect(info(easy, 'HTTP_VERSION').value).toBe(V1_1);
    expect(p.requests.map((r) => r.headers['upgrade'])).toEqual(['h2c', 'h2c']);
    expect(p.requests.map((r) => r.headers['http2-settings'])).toEqual([SETTINGS_100, SETTINGS_100]);
    expect(sentHeads(log).length).toBe(2);
  });

  it('CONNECT_ONLY 2 offers no upgrade: the stream handed over speaks HTTP/1.1 (README departure 25)', async () => {
    const p = await upgradePeer();
    const easy = easyFor(`http://127.0.0.1:${p.port}/co`, { HTTP_VERSION: V2_0, CONNECT_ONLY: 2 });
    const got = collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(p.requests.map((r) => [r.version, r.headers['upgrade']])).toEqual([['1.1', undefined]]);
    expect(got.headers[0]).toBe('HTTP/1.1 200 OK\r\n');
  });

  it('HTTP2-Settings carries the stream window MAX_RECV_SPEED_LARGE makes smaller', async () => {
    const p = await upgradePeer(false);
    const easy = easyFor(`http://127.0.0.1:${p.port}/slow`, { HTTP_VERSION: V2_0, MAX_RECV_SPEED_LARGE: 65536 });
    collect(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    const settings = Buffer.from(p.requests[0]!.headers['http2-settings'] as string, 'base64url');
    // SETTINGS_INITIAL_WINDOW_SIZE (id 4) is the cap (lib/http2.c cf_h2_initial_win_size)
    expect(settings.readUInt16BE(6)).toBe(4);
    expect(settings.readUInt32BE(8)).toBe(65536);
  });
});


