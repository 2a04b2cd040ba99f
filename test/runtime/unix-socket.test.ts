// CURLOPT_UNIX_SOCKET_PATH and CURLOPT_ABSTRACT_UNIX_SOCKET under every mode: an ordinary GET,
// CONNECT_ONLY 1 with send/recv, CONNECT_ONLY 2 for http and ws; the open-socket callback; the
// facts getinfo reports (lib/cf-socket.c sockaddr2string, lib/getinfo.c CUR_IP_QUAD_HAS_PORTS);
// failures. Servers are Node servers on a path under the OS temp folder or an abstract name.
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocketServer } from 'ws';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CURLE, CURLWS_TEXT, Easy } from '../../runtime/index.js';
import { wsRecvFrame } from '../multi/peers.js';
import { capture, connectOnly, info, recvAll, sendAll, set } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'manbind-uds-'));
const servers: net.Server[] = [];
const accepted: net.Socket[] = [];
let n = 0;

afterEach(async () => {
  for (const s of accepted.splice(0)) s.destroy();
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh socket path (or abstract name) for one test. */
function freshPath(): string {
  return join(dir, `s${n++}.sock`);
}
function freshName(): string {
  return `manbind-test-${process.pid}-${n++}`;
}

/** Starts `server` on a path or abstract name; it and its connections close after the test. */
async function serve<T extends net.Server>(server: T, where: string): Promise<T> {
  servers.push(server);
  server.on('connection', (s: net.Socket) => {
    accepted.push(s);
    s.on('error', () => {});
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(where, () => resolve());
  });
  return server;
}

/** An HTTP server answering "hello" with the request line and Host header it saw. */
function httpServer(): http.Server {
  return http.createServer((req, res) => {
    res.setHeader('Content-Type', 'text/plain');
    res.end(`${req.method} ${req.url} host=${req.headers.host}`);
  });
}

function body(easy: Easy): string[] {
  const parts: string[] = [];
  set(easy, 'WRITEFUNCTION', (d: Uint8Array) => {
    parts.push(Buffer.from(d).toString());
    return d.length;
  });
  return parts;
}

describe('CURLOPT_UNIX_SOCKET_PATH', () => {
  it('runs an ordinary GET over the path; the URL names the Host', async () => {
    const path = freshPath();
    await serve(httpServer(), path);
    const easy = new Easy();
    set(easy, 'URL', 'http://localhost/status?x=1');
    set(easy, 'UNIX_SOCKET_PATH', path);
    const got = body(easy);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(got.join('')).toBe('GET /status?x=1 host=localhost');
    // sockaddr2string: the path, port 0; getsockname() of the client end: nothing
    expect(log.lines().slice(0, 2)).toEqual([
      `  Trying ${path}:0...`,
      `Established connection to ${path} (${path} port 0) from  port 0 `,
    ]);
    expect(log.lines()).toContain('Connection #0 to host localhost:80 left intact');
    expect(info(easy, 'RESPONSE_CODE').value).toBe(200);
    // lib/getinfo.c: a Unix socket has no ports (-1); LOCAL_IP is the unnamed client end
    expect(info(easy, 'PRIMARY_IP').value).toBe(path);
    expect(info(easy, 'PRIMARY_PORT').value).toBe(-1);
    expect(info(easy, 'LOCAL_IP').value).toBe('');
    expect(info(easy, 'LOCAL_PORT').value).toBe(-1);
    expect(info(easy, 'SCHEME').value).toBe('http');
    expect(info(easy, 'USED_PROXY').value).toBe(0);
    expect(info(easy, 'NAMELOOKUP_TIME_T').value as number).toBeGreaterThan(0);
    easy.cleanup();
  });

  it('reuses the connection for the same path, not for TCP or another path', async () => {
    const a = freshPath();
    const b = freshPath();
    await serve(httpServer(), a);
    await serve(httpServer(), b);
    const easy = new Easy();
    set(easy, 'URL', 'http://localhost/');
    set(easy, 'UNIX_SOCKET_PATH', a);
    body(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines()).toContain('Reusing existing http: connection with host localhost');
    set(easy, 'UNIX_SOCKET_PATH', b);
    log.events.length = 0;
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines()[0]).toBe(`  Trying ${b}:0...`);
    expect(info(easy, 'CONN_ID').value).toBe(1);
    easy.cleanup();
  });

  it('ignores every proxy setting (USED_PROXY 0)', async () => {
    const path = freshPath();
    await serve(httpServer(), path);
    const easy = new Easy();
    set(easy, 'URL', 'http://localhost/p');
    set(easy, 'PROXY', 'http://127.0.0.1:1');
    set(easy, 'UNIX_SOCKET_PATH', path);
    const got = body(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(got.join('')).toBe('GET /p host=localhost');
    expect(info(easy, 'USED_PROXY').value).toBe(0);
    easy.cleanup();
  });

  it('CONNECT_ONLY 1: send and recv go over the socket', async () => {
    const path = freshPath();
    await serve(net.createServer((s) => s.on('data', (d) => s.write(Buffer.concat([Buffer.from('echo:'), d])))), path);
    const easy = connectOnly('http://localhost/');
    set(easy, 'UNIX_SOCKET_PATH', path);
    expect(await easy.perform()).toBe(CURLE.OK);
    await sendAll(easy, Buffer.from('ping'));
    expect((await recvAll(easy, 9)).toString()).toBe('echo:ping');
    expect(info(easy, 'PRIMARY_IP').value).toBe(path);
    expect(info(easy, 'LOCAL_PORT').value).toBe(-1);
    const active = info(easy, 'ACTIVESOCKET').value;
    expect(active).toBeInstanceOf(net.Socket);
    easy.cleanup();
  });

  it('CONNECT_ONLY 2 for http: the request, the headers, then the body by recv', async () => {
    const path = freshPath();
    await serve(httpServer(), path);
    const easy = connectOnly('http://localhost/two');
    set(easy, 'CONNECT_ONLY', 2);
    set(easy, 'UNIX_SOCKET_PATH', path);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'RESPONSE_CODE').value).toBe(200);
    const rest = await recvAll(easy, 'GET /two host=localhost'.length);
    expect(rest.toString()).toBe('GET /two host=localhost');
    easy.cleanup();
  });

  it('CONNECT_ONLY 2 for ws: the upgrade, then frames', async () => {
    const path = freshPath();
    const server = http.createServer();
    const wss = new WebSocketServer({ server, perMessageDeflate: false });
    wss.on('connection', (ws) => ws.on('message', (d, bin) => ws.send(d as Buffer, { binary: bin })));
    await serve(server, path);
    const easy = connectOnly('ws://localhost/chat');
    set(easy, 'CONNECT_ONLY', 2);
    set(easy, 'UNIX_SOCKET_PATH', path);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'RESPONSE_CODE').value).toBe(101);
    expect(info(easy, 'SCHEME').value).toBe('ws');
    expect(easy.wsSend(Buffer.from('over uds'), CURLWS_TEXT).code).toBe(CURLE.OK);
    const frame = await wsRecvFrame(easy);
    expect(frame.code).toBe(CURLE.OK);
    expect(frame.data.toString()).toBe('over uds');
    easy.cleanup();
    for (const c of wss.clients) c.terminate();
    wss.close();
  });

  it('shows family 1 (AF_UNIX) and the path to the open-socket callback', async () => {
    const path = freshPath();
    await serve(httpServer(), path);
    const easy = new Easy();
    set(easy, 'URL', 'http://localhost/');
    set(easy, 'UNIX_SOCKET_PATH', path);
    body(easy);
    const seen: unknown[] = [];
    set(easy, 'OPENSOCKETFUNCTION', (_c: unknown, purpose: number, a: { family: number; socktype: number; protocol: number; addrlen: number; addr: { address: string; port: number } }) => {
      seen.push({ purpose, family: a.family, socktype: a.socktype, protocol: a.protocol, addrlen: a.addrlen, addr: { ...a.addr } });
      return new net.Socket();
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    // lib/curl_addrinfo.c Curl_unix2addr: addrlen = offsetof(sun_path) + strlen(path) + 1
    expect(seen).toEqual([
      { purpose: 0, family: 1, socktype: 1, protocol: 0, addrlen: 2 + Buffer.byteLength(path) + 1, addr: { address: path, port: 0 } },
    ]);
    easy.cleanup();
  });

  it('connects where the open-socket callback moved the path', async () => {
    const real = freshPath();
    await serve(httpServer(), real);
    const easy = new Easy();
    set(easy, 'URL', 'http://localhost/moved');
    set(easy, 'UNIX_SOCKET_PATH', join(dir, 'nothing-here.sock'));
    const got = body(easy);
    set(easy, 'OPENSOCKETFUNCTION', (_c: unknown, _p: number, a: { addr: { address: string } }) => {
      a.addr.address = real;
      return new net.Socket();
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(got.join('')).toBe('GET /moved host=localhost');
    expect(info(easy, 'PRIMARY_IP').value).toBe(real);
    easy.cleanup();
  });

  it('fails with 7 when nothing listens there, with libcurl 8.22 texts', async () => {
    const path = join(dir, 'absent.sock');
    const easy = connectOnly('http://localhost:8080/');
    set(easy, 'UNIX_SOCKET_PATH', path);
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    // lib/cf-socket.c socket_connect_result and cf_tcp_connect; lib/cf-ip-happy.c is_connected
    const fail = /^Failed to connect to localhost:8080 over unix:\/\/(.*) after \d+ ms: Could not connect to server$/;
    expect(log.lines().slice(0, 4)).toEqual([
      `  Trying ${path}:0...`,
      `Immediate connect fail for ${path}: No such file or directory`,
      `connect to ${path} port 0 from  port 0 failed: No such file or directory`,
      expect.stringMatching(fail),
    ]);
    expect(errors.text.match(fail)?.[1]).toBe(path);
    expect(info(easy, 'OS_ERRNO').value).toBe(2);
    expect(info(easy, 'PRIMARY_IP').value).toBe('');
    expect(info(easy, 'SCHEME').value).toBe('http');
    easy.cleanup();
  });

  it('refuses a path longer than sun_path holds with 6', async () => {
    const long = `/tmp/${'x'.repeat(103)}`; // 108 bytes: no room for the NUL
    const easy = connectOnly('http://localhost/');
    set(easy, 'UNIX_SOCKET_PATH', long);
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    expect(await easy.perform()).toBe(CURLE.COULDNT_RESOLVE_HOST);
    expect(errors.text).toBe(`Unix socket path too long: '${long}'`);
    easy.cleanup();
  });

  it('shows only the first 45 bytes of a long path as PRIMARY_IP (MAX_IPADR_LEN)', async () => {
    const path = join(dir, `${'p'.repeat(60)}.sock`);
    await serve(httpServer(), path);
    const easy = connectOnly('http://localhost/');
    set(easy, 'UNIX_SOCKET_PATH', path);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'PRIMARY_IP').value).toBe(path.slice(0, 45));
    expect(log.lines()[0]).toBe(`  Trying ${path.slice(0, 45)}:0...`);
    expect(log.lines()[1]).toBe(`Established connection to ${path} (${path.slice(0, 45)} port 0) from  port 0 `);
    easy.cleanup();
  });

  it('NULL goes back to TCP', async () => {
    const peer = net.createServer();
    servers.push(peer);
    await new Promise<void>((r) => peer.listen(0, '127.0.0.1', r));
    const port = (peer.address() as net.AddressInfo).port;
    const easy = connectOnly(`http://127.0.0.1:${port}/`);
    set(easy, 'UNIX_SOCKET_PATH', join(dir, 'gone.sock'));
    set(easy, 'UNIX_SOCKET_PATH', null);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'PRIMARY_PORT').value).toBe(port);
    easy.cleanup();
  });
});

describe('CURLOPT_ABSTRACT_UNIX_SOCKET', () => {
  it('runs a GET over an abstract name; PRIMARY_IP is empty', async () => {
    const name = freshName();
    await serve(httpServer(), `\0${name}`);
    const easy = new Easy();
    set(easy, 'URL', 'http://localhost/abs');
    set(easy, 'ABSTRACT_UNIX_SOCKET', name);
    const got = body(easy);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(got.join('')).toBe('GET /abs host=localhost');
    // sun_path starts with NUL: the address text is empty
    expect(log.lines().slice(0, 2)).toEqual(['  Trying :0...', `Established connection to ${name} ( port 0) from  port 0 `]);
    expect(info(easy, 'PRIMARY_IP').value).toBe('');
    expect(info(easy, 'PRIMARY_PORT').value).toBe(-1);
    easy.cleanup();
  });

  it('CONNECT_ONLY 1 over an abstract name, with the callback seeing "\\0name"', async () => {
    const name = freshName();
    await serve(net.createServer((s) => s.on('data', (d) => s.write(d))), `\0${name}`);
    const easy = connectOnly('http://localhost/');
    set(easy, 'ABSTRACT_UNIX_SOCKET', name);
    const seen: { family: number; addrlen: number; address: string }[] = [];
    set(easy, 'OPENSOCKETFUNCTION', (_c: unknown, _p: number, a: { family: number; addrlen: number; addr: { address: string } }) => {
      seen.push({ family: a.family, addrlen: a.addrlen, address: a.addr.address });
      return new net.Socket();
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(seen).toEqual([{ family: 1, addrlen: 2 + name.length + 1, address: `\0${name}` }]);
    await sendAll(easy, Buffer.from('abstract'));
    expect((await recvAll(easy, 8)).toString()).toBe('abstract');
    easy.cleanup();
  });

  it('the option set last decides: a path after an abstract name is a path', async () => {
    const path = freshPath();
    await serve(httpServer(), path);
    const easy = connectOnly('http://localhost/');
    set(easy, 'ABSTRACT_UNIX_SOCKET', 'not-listening');
    set(easy, 'UNIX_SOCKET_PATH', path);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'PRIMARY_IP').value).toBe(path);
    set(easy, 'ABSTRACT_UNIX_SOCKET', path);
    // the same string, now an abstract name nobody listens on
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    easy.cleanup();
  });
});
