// CURLOPT_HAPROXYPROTOCOL and CURLOPT_HAPROXY_CLIENT_IP (lib/cf-haproxy.c): the PROXY v1 line is
// the first thing on the connection. A recording peer checks the exact bytes; the real HAProxy
// (Debian package `haproxy`, started here with `accept-proxy`) checks that the recorder's idea of
// the line is one a real server parses, and what it makes of it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CURLE, Easy } from '../../runtime/index.js';
import { closeAll, connectOnly, deadPort, info, listen, sendAll, set, until } from './helpers.js';

afterEach(closeAll);

const RESPONSE = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok';

/** Answers one HTTP request once its head arrived (the recorder keeps every byte). */
function answerHttp(s: net.Socket): void {
  let seen = '';
  s.on('data', (d) => {
    seen += d.toString('latin1');
    if (seen.includes('\r\n\r\n')) s.write(RESPONSE);
  });
}

function get(url: string): Easy {
  const easy = new Easy();
  set(easy, 'URL', url);
  set(easy, 'WRITEFUNCTION', (d: Uint8Array) => d.length);
  return easy;
}

describe('the PROXY line on a recording peer', () => {
  it('comes first, with the socket addresses and ports (TCP4)', async () => {
    const peer = await listen(answerHttp);
    const easy = get(`http://127.0.0.1:${peer.port}/x`);
    set(easy, 'HAPROXYPROTOCOL', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    const local = info(easy, 'LOCAL_PORT').value as number;
    expect(peer.received[0]!.toString('latin1')).toBe(
      `PROXY TCP4 127.0.0.1 127.0.0.1 ${local} ${peer.port}\r\n` +
        `GET /x HTTP/1.1\r\nHost: 127.0.0.1:${peer.port}\r\nAccept: */*\r\n\r\n`,
    );
    easy.cleanup();
  });

  it('says TCP6 over IPv6', async () => {
    const peer = await listen(answerHttp, '::1');
    const easy = get(`http://[::1]:${peer.port}/`);
    set(easy, 'HAPROXYPROTOCOL', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    const local = info(easy, 'LOCAL_PORT').value as number;
    expect(peer.received[0]!.toString('latin1').split('\r\n')[0]).toBe(`PROXY TCP6 ::1 ::1 ${local} ${peer.port}`);
    easy.cleanup();
  });

  it('HAPROXY_CLIENT_IP stands for both addresses and turns the line on; NULL turns it off', async () => {
    const peer = await listen(answerHttp);
    const easy = get(`http://127.0.0.1:${peer.port}/`);
    set(easy, 'HAPROXY_CLIENT_IP', '192.0.2.7');
    expect(await easy.perform()).toBe(CURLE.OK);
    let local = info(easy, 'LOCAL_PORT').value as number;
    expect(peer.received[0]!.toString('latin1').split('\r\n')[0]).toBe(`PROXY TCP4 192.0.2.7 192.0.2.7 ${local} ${peer.port}`);
    // anything that is not IPv4 is announced as TCP6, unchecked
    set(easy, 'HAPROXY_CLIENT_IP', '2001:db8::7');
    set(easy, 'FRESH_CONNECT', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    local = info(easy, 'LOCAL_PORT').value as number;
    expect(peer.received[1]!.toString('latin1').split('\r\n')[0]).toBe(`PROXY TCP6 2001:db8::7 2001:db8::7 ${local} ${peer.port}`);
    set(easy, 'HAPROXY_CLIENT_IP', null);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(peer.received[2]!.toString('latin1').startsWith('GET / HTTP/1.1\r\n')).toBe(true);
    easy.cleanup();
  });

  it('is sent once per connection, not again on a reused one', async () => {
    const peer = await listen((s) => {
      let seen = '';
      s.on('data', (d) => {
        seen += d.toString('latin1');
        while (seen.includes('\r\n\r\n')) {
          seen = seen.slice(seen.indexOf('\r\n\r\n') + 4);
          s.write(RESPONSE);
        }
      });
    });
    const easy = get(`http://127.0.0.1:${peer.port}/`);
    set(easy, 'HAPROXYPROTOCOL', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(await easy.perform()).toBe(CURLE.OK);
    const text = peer.received[0]!.toString('latin1');
    expect(text.match(/PROXY TCP4/g)).toHaveLength(1);
    expect(text.match(/GET \/ HTTP\/1.1/g)).toHaveLength(2);
    expect(peer.sockets).toHaveLength(1);
    easy.cleanup();
  });

  it('goes out at once in CONNECT_ONLY mode, before the application sends', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    set(easy, 'HAPROXYPROTOCOL', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    const local = info(easy, 'LOCAL_PORT').value as number;
    const line = `PROXY TCP4 127.0.0.1 127.0.0.1 ${local} ${peer.port}\r\n`;
    await until(() => (peer.received[0]?.length ?? 0) >= line.length);
    await sendAll(easy, Buffer.from('app'));
    await until(() => peer.received[0]!.length >= line.length + 3);
    expect(peer.received[0]!.toString('latin1')).toBe(`${line}app`);
    easy.cleanup();
  });

  it('is "PROXY UNKNOWN" over a Unix socket', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'manbind-haproxy-'));
    const path = join(dir, 'h.sock');
    const got: Buffer[] = [];
    const server = net.createServer((s) => {
      s.on('data', (d) => {
        got.push(d);
        if (Buffer.concat(got).includes('\r\n\r\n')) s.end(RESPONSE);
      });
    });
    await new Promise<void>((r) => server.listen(path, r));
    try {
      const easy = get('http://localhost/u');
      set(easy, 'UNIX_SOCKET_PATH', path);
      set(easy, 'HAPROXYPROTOCOL', 1);
      expect(await easy.perform()).toBe(CURLE.OK);
      expect(Buffer.concat(got).toString('latin1')).toBe('PROXY UNKNOWN\r\nGET /u HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n\r\n');
      easy.cleanup();
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The real server: HAProxy 2.x with `accept-proxy` answers with what it parsed from the line.
const haproxyBin = ['/usr/sbin/haproxy', '/usr/bin/haproxy'].find((p) => existsSync(p));
describe.skipIf(haproxyBin === undefined)('the PROXY line against HAProxy (apt package haproxy)', () => {
  let child: ChildProcess | null = null;
  let port = 0;
  let dir = '';

  beforeAll(async () => {
    port = await deadPort();
    dir = mkdtempSync(join(tmpdir(), 'manbind-haproxy-'));
    const cfg = join(dir, 'haproxy.cfg');
    writeFileSync(
      cfg,
      [
        'defaults',
        '  mode http',
        '  timeout connect 2s',
        '  timeout client 5s',
        '  timeout server 5s',
        'frontend fe',
        `  bind 127.0.0.1:${port} accept-proxy`,
        '  http-request return status 200 content-type text/plain lf-string "src=%[src] sport=%[src_port] dst=%[dst] dport=%[dst_port]"',
        '',
      ].join('\n'),
    );
    child = spawn(haproxyBin!, ['-f', cfg, '-db'], { stdio: 'ignore' });
    // up once it accepts connections
    for (let i = 0; i < 200; i++) {
      const up = await new Promise<boolean>((resolve) => {
        const s = net.connect(port, '127.0.0.1', () => {
          s.destroy();
          resolve(true);
        });
        s.on('error', () => resolve(false));
      });
      if (up) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('haproxy did not start');
  });

  afterAll(() => {
    child?.kill('SIGKILL');
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  function fetchBody(easy: Easy): string[] {
    const parts: string[] = [];
    set(easy, 'WRITEFUNCTION', (d: Uint8Array) => {
      parts.push(Buffer.from(d).toString());
      return d.length;
    });
    return parts;
  }

  it('takes the socket addresses and ports from the line', async () => {
    const easy = new Easy();
    set(easy, 'URL', `http://127.0.0.1:${port}/`);
    set(easy, 'HAPROXYPROTOCOL', 1);
    const body = fetchBody(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    const local = info(easy, 'LOCAL_PORT').value as number;
    expect(body.join('')).toBe(`src=127.0.0.1 sport=${local} dst=127.0.0.1 dport=${port}`);
    easy.cleanup();
  });

  it('takes HAPROXY_CLIENT_IP as source and destination', async () => {
    const easy = new Easy();
    set(easy, 'URL', `http://127.0.0.1:${port}/`);
    set(easy, 'HAPROXY_CLIENT_IP', '192.0.2.7');
    const body = fetchBody(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    const local = info(easy, 'LOCAL_PORT').value as number;
    expect(body.join('')).toBe(`src=192.0.2.7 sport=${local} dst=192.0.2.7 dport=${port}`);
    easy.cleanup();
  });

  it('without the line, HAProxy refuses the connection (the line is what it parsed)', async () => {
    const easy = new Easy();
    set(easy, 'URL', `http://127.0.0.1:${port}/`);
    fetchBody(easy);
    // accept-proxy resets a connection that does not start with a PROXY line
    expect(await easy.perform()).toBe(CURLE.RECV_ERROR);
    easy.cleanup();
  });
});
