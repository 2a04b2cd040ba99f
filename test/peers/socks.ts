// SOCKS peers on loopback for the SOCKS tests and the benchmark: a recording SOCKS4/4a/5 server of
// our own (exact request bytes, scripted replies, a relay to the asked destination), and the two
// Debian servers, dante-server (danted: SOCKS4 and SOCKS5) and microsocks (SOCKS5, optionally
// with a username and password), started on a free loopback port and stopped by the test.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DANTED = '/usr/sbin/danted';
export const MICROSOCKS = '/usr/bin/microsocks';
export const haveDante = existsSync(DANTED);
export const haveMicrosocks = existsSync(MICROSOCKS);
if (!haveDante || !haveMicrosocks) {
  const missing = [!haveDante ? 'dante-server' : '', !haveMicrosocks ? 'microsocks' : ''].filter((x) => x !== '').join(' ');
  console.warn(`SOCKS tests: the real-server cases are skipped; install them with apt-get install -y ${missing}`);
}

/** One handshake as the recording server saw it. */
export interface SocksExchange {
  /** Every byte the client sent before the relay started (greeting, auth, request). */
  request: Buffer;
  version: 4 | 5;
  /** The destination asked for: an address or a name, and the port. */
  host: string;
  port: number;
  /** SOCKS5: the methods offered; SOCKS4: the user id. */
  methods: number[];
  userId: string;
  /** RFC 1929 credentials, when sent. */
  user: string | null;
  password: string | null;
}

/** What the recording server answers; every field is optional (default: grant and relay). */
export interface SocksScript {
  /** SOCKS5: the method to pick (default: 2 when offered and `users` is set, else 0). */
  method?: number;
  /** SOCKS5 greeting reply version (default 5). */
  greetingVersion?: number;
  /** RFC 1929: accepted credentials; any other pair gets status 1. */
  users?: Record<string, string>;
  /** The RFC 1929 status byte to answer instead (e.g. 1). */
  authStatus?: number;
  /** SOCKS5 REP (default 0) or SOCKS4 CD (default 90). */
  reply?: number;
  /** The reply's version byte (default 5, or 0 for SOCKS4). */
  replyVersion?: number;
  /** SOCKS5 reply ATYP (default 1 with 127.0.0.1). */
  replyAtyp?: number;
  /** Close the connection after reading this step instead of answering. */
  closeAfter?: 'greeting' | 'auth' | 'request';
  /** Bytes the relay's destination never sees but the client gets right after the reply. */
  extra?: Buffer;
  /** Do not connect anywhere: answer success and keep the socket (for exact-byte cases). */
  noRelay?: boolean;
}

export interface RecordingSocks {
  port: number;
  exchanges: SocksExchange[];
  /** Accepted connections. */
  connections: number;
  close(): Promise<void>;
}

/** A SOCKS4/4a/5 server that records each handshake, answers as `script` says and relays. A
 * `host` starting with "/" is a Unix socket path to listen on (port 0 then). */
export async function startRecordingSocks(script: SocksScript = {}, host = '127.0.0.1'): Promise<RecordingSocks> {
  const sockets = new Set<net.Socket>();
  const peer: RecordingSocks = { port: 0, exchanges: [], connections: 0, close: async () => {} };
  const server = net.createServer((s) => {
    peer.connections++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => {});
    void handshake(s, script, peer, sockets);
  });
  const onPath = host.startsWith('/');
  await new Promise<void>((resolve) => (onPath ? server.listen(host, resolve) : server.listen(0, host, resolve)));
  peer.port = onPath ? 0 : (server.address() as net.AddressInfo).port;
  peer.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return peer;
}

/** Reads exactly n bytes from a paused socket (null at EOF). */
function reader(s: net.Socket): { take(n: number): Promise<Buffer | null>; rest(): Buffer; all: Buffer[] } {
  let buf = Buffer.alloc(0);
  const all: Buffer[] = [];
  let wake: (() => void) | null = null;
  let ended = false;
  s.on('data', (d: Buffer) => {
    buf = Buffer.concat([buf, d]);
    wake?.();
  });
  s.on('end', () => {
    ended = true;
    wake?.();
  });
  s.on('close', () => {
    ended = true;
    wake?.();
  });
  return {
    all,
    async take(n: number): Promise<Buffer | null> {
      while (buf.length < n) {
        if (ended) return null;
        await new Promise<void>((r) => (wake = r));
        wake = null;
      }
      const out = buf.subarray(0, n);
      buf = buf.subarray(n);
      all.push(out);
      return out;
    },
    rest: () => buf,
  };
}

async function handshake(s: net.Socket, script: SocksScript, peer: RecordingSocks, sockets: Set<net.Socket>): Promise<void> {
  const r = reader(s);
  const ex: SocksExchange = { request: Buffer.alloc(0), version: 5, host: '', port: 0, methods: [], userId: '', user: null, password: null };
  const record = (): void => {
    ex.request = Buffer.concat(r.all);
  };
  const first = await r.take(1);
  if (first === null) return;
  if (first[0] === 4) {
    ex.version = 4;
    const head = await r.take(7);
    if (head === null) return;
    ex.port = head.readUInt16BE(1);
    const ip = [...head.subarray(3, 7)];
    ex.userId = await cstring(r);
    ex.host = ip[0] === 0 && ip[1] === 0 && ip[2] === 0 && ip[3] !== 0 ? await cstring(r) : ip.join('.');
    record();
    peer.exchanges.push(ex);
    if (script.closeAfter === 'request') return void s.destroy();
    const cd = script.reply ?? 90;
    const reply = Buffer.from([script.replyVersion ?? 0, cd, head[1]!, head[2]!, 127, 0, 0, 1]);
    return relay(s, r.rest(), reply, cd === 90, ex, script, sockets);
  }
  // SOCKS5
  const n = await r.take(1);
  if (n === null) return;
  const methods = await r.take(n[0]!);
  if (methods === null) return;
  ex.methods = [...methods];
  if (script.closeAfter === 'greeting') {
    record();
    peer.exchanges.push(ex);
    return void s.destroy();
  }
  const method = script.method ?? (script.users !== undefined && ex.methods.includes(2) ? 2 : ex.methods.includes(0) ? 0 : 255);
  s.write(Buffer.from([script.greetingVersion ?? 5, method]));
  if (method === 2) {
    const v = await r.take(2);
    if (v === null) return;
    const user = await r.take(v[1]!);
    const plen = await r.take(1);
    const password = plen === null ? null : await r.take(plen[0]!);
    if (user === null || password === null) return;
    ex.user = user.toString('utf8');
    ex.password = password.toString('utf8');
    if (script.closeAfter === 'auth') {
      record();
      peer.exchanges.push(ex);
      return void s.destroy();
    }
    const ok = script.users !== undefined && script.users[ex.user] === ex.password;
    const status = script.authStatus ?? (ok ? 0 : 1);
    s.write(Buffer.from([1, status]));
    if (status !== 0) {
      record();
      peer.exchanges.push(ex);
      return;
    }
  } else if (method !== 0) {
    record();
    peer.exchanges.push(ex);
    return;
  }
  const req = await r.take(4);
  if (req === null) return;
  const atyp = req[3]!;
  if (atyp === 1) ex.host = [...(await r.take(4))!].join('.');
  else if (atyp === 4) ex.host = ipv6Text((await r.take(16))!);
  else if (atyp === 3) ex.host = (await r.take((await r.take(1))![0]!))!.toString('utf8');
  ex.port = (await r.take(2))!.readUInt16BE(0);
  record();
  peer.exchanges.push(ex);
  if (script.closeAfter === 'request') return void s.destroy();
  const rep = script.reply ?? 0;
  const replyAtyp = script.replyAtyp ?? 1;
  const bound = replyAtyp === 4 ? Buffer.alloc(16) : replyAtyp === 3 ? Buffer.from([9, ...Buffer.from('bound.test')].slice(0, 10)) : Buffer.from([127, 0, 0, 1]);
  const reply = Buffer.concat([Buffer.from([script.replyVersion ?? 5, rep, 0, replyAtyp]), bound, Buffer.from([0x04, 0x38])]);
  return relay(s, r.rest(), reply, rep === 0, ex, script, sockets);
}

async function cstring(r: ReturnType<typeof reader>): Promise<string> {
  const bytes: number[] = [];
  for (;;) {
    const b = await r.take(1);
    if (b === null || b[0] === 0) return Buffer.from(bytes).toString('utf8');
    bytes.push(b[0]!);
  }
}

function ipv6Text(b: Buffer): string {
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(b.readUInt16BE(i).toString(16));
  const text = groups.join(':');
  // the usual short form for the loopback and zero addresses the tests use
  return text === '0:0:0:0:0:0:0:1' ? '::1' : text;
}

function relay(
  s: net.Socket,
  rest: Buffer,
  reply: Buffer,
  granted: boolean,
  ex: SocksExchange,
  script: SocksScript,
  sockets: Set<net.Socket>,
): void {
  s.removeAllListeners('data');
  s.removeAllListeners('end');
  if (!granted || script.noRelay) {
    s.write(script.extra !== undefined && granted ? Buffer.concat([reply, script.extra]) : reply);
    if (!granted) s.end();
    return;
  }
  const up = net.connect(ex.port, ex.host.replace(/^\[|\]$/g, ''), () => {
    s.write(script.extra !== undefined ? Buffer.concat([reply, script.extra]) : reply);
    if (rest.length > 0) up.write(rest);
    s.pipe(up);
    up.pipe(s);
  });
  sockets.add(up);
  up.on('close', () => sockets.delete(up));
  up.on('error', () => s.destroy());
  s.on('close', () => up.destroy());
}

// --- real servers -------------------------------------------------------------------------

export interface ServerProcess {
  port: number;
  close(): Promise<void>;
}

/** A loopback port free right now (the server started next binds it). */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, host, resolve));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

/** Resolves once host:port accepts a connection (the server is up); rejects after `ms`. */
export async function waitListening(port: number, child: ChildProcess, ms = 5000, host = '127.0.0.1'): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await new Promise<boolean>((resolve) => {
      const c = net.connect(port, host, () => {
        c.destroy();
        resolve(true);
      });
      c.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`server did not listen on ${host}:${port}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Starts `command` in its own process group and waits until it listens on `port` (10 s at the
 * most); `log()` is what it printed. The returned close stops it and removes `dir`. Throws with
 * its output when it does not come up. */
export async function spawnListening(
  command: string,
  args: string[],
  port: number,
  dir: string,
): Promise<{ log: () => string; close: () => Promise<void> }> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString('latin1')));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString('latin1')));
  const close = stopper(child, dir);
  try {
    await waitListening(port, child, 10_000);
  } catch (err) {
    await close();
    throw new Error(`${(err as Error).message}\n${out}`);
  }
  return { log: () => out, close };
}

/** Stops a server we spawned (its own process group: dante forks children). */
export function stopper(child: ChildProcess, dir: string | null): () => Promise<void> {
  return async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      await exited;
    }
    if (dir !== null) rmSync(dir, { recursive: true, force: true });
  };
}

/** danted on 127.0.0.1, no authentication, SOCKS4 and SOCKS5 CONNECT to loopback (IPv4 and
 * IPv6) only. */
export async function startDante(): Promise<ServerProcess> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'manbind-dante-'));
  const conf = join(dir, 'danted.conf');
  writeFileSync(
    conf,
    [
      'logoutput: stderr',
      `internal: 127.0.0.1 port = ${port}`,
      'external: lo',
      'clientmethod: none',
      'socksmethod: none',
      'user.privileged: root',
      'user.unprivileged: nobody',
      'client pass { from: 127.0.0.0/8 to: 0.0.0.0/0 }',
      'socks pass { from: 127.0.0.0/8 to: 127.0.0.0/8 command: connect }',
      'socks pass { from: 127.0.0.0/8 to: ::1/128 command: connect }',
      'socks block { from: 0.0.0.0/0 to: 0.0.0.0/0 }',
      '',
    ].join('\n'),
  );
  const child = spawn(DANTED, ['-f', conf, '-N', '1', '-p', join(dir, 'danted.pid')], { stdio: 'ignore', detached: true });
  const close = stopper(child, dir);
  try {
    await waitListening(port, child);
  } catch (err) {
    await close();
    throw err;
  }
  return { port, close };
}

/** microsocks on 127.0.0.1 (SOCKS5 only), with username/password authentication when given. */
export async function startMicrosocks(user?: string, password?: string): Promise<ServerProcess> {
  const port = await freePort();
  const args = ['-i', '127.0.0.1', '-p', String(port)];
  if (user !== undefined) args.push('-u', user, '-P', password ?? '');
  const child = spawn(MICROSOCKS, args, { stdio: 'ignore', detached: true });
  const close = stopper(child, null);
  try {
    await waitListening(port, child);
  } catch (err) {
    await close();
    throw err;
  }
  return { port, close };
}

/** Sends `request` (a recorded handshake) to a SOCKS server and returns its answer bytes once
 * `want` of them arrived: checks a recorder's bytes against the real server. */
export async function replay(port: number, parts: Buffer[], want: number[]): Promise<Buffer[]> {
  const s = net.connect(port, '127.0.0.1');
  s.on('error', () => {});
  const r = reader(s);
  await new Promise<void>((resolve, reject) => {
    s.once('connect', resolve);
    s.once('error', reject);
  });
  const answers: Buffer[] = [];
  for (let i = 0; i < parts.length; i++) {
    s.write(parts[i]!);
    const a = await r.take(want[i]!);
    answers.push(a ?? Buffer.alloc(0));
    if (a === null) break;
  }
  s.destroy();
  return answers;
}
