// A CONNECT proxy with HTTP Digest authentication (RFC 7616), written with node:net. It checks
// the client's Digest answer fully (nonce it issued, realm, uri = the CONNECT target, nc, cnonce,
// qop, opaque, algorithm, the response hash from the password), then tunnels to the target.
// Variants: 407 keep-alive with a Content-Length or chunked body, or 407 with Connection: close.
// As a forward proxy (a request line with an absolute URL) it checks the Digest answer with that
// method and uri = path and query (what libcurl hashes, lib/http.c Curl_http), then answers a
// keep-alive 200 itself with the body "forwarded <METHOD> <absolute URL>".
import { createHash, randomBytes } from 'node:crypto';
import * as net from 'node:net';

export interface DigestProxyOptions {
  user: string;
  password: string;
  realm?: string;
  /** RFC 7616 algorithm token: MD5, MD5-sess, SHA-256, SHA-256-sess, SHA-512-256. */
  algorithm?: string;
  /** Send qop="auth" (default) or no qop (RFC 2069 style). */
  qop?: boolean;
  /** Answer the 407 with Connection: close and close the connection. */
  closeAfter407?: boolean;
  /** How the 407 body is framed. */
  body?: 'length' | 'chunked' | 'none';
  /** Also offer Basic in a second Proxy-Authenticate header. */
  alsoBasic?: boolean;
  /** Answer the first authenticated request with stale=true and a new nonce. */
  staleOnce?: boolean;
}

export interface DigestCheck {
  ok: boolean;
  why: string;
  params: Record<string, string>;
}

export interface DigestProxy {
  port: number;
  /** Every request head received, with its connection index. */
  requests: { head: string; conn: number }[];
  /** Verdicts on each Proxy-Authorization: Digest header received. */
  checks: DigestCheck[];
  connections: number;
  close(): Promise<void>;
}

const HASH: Record<string, string> = { MD5: 'md5', 'SHA-256': 'sha256', 'SHA-512-256': 'sha512-256' };

/** Parses the comma-separated auth-params of a Digest header (quoted strings unescaped). */
export function parseDigestParams(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /\s*([A-Za-z0-9_-]+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null && m[0] !== '') {
    out[m[1]!.toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]!;
  }
  return out;
}

export async function startDigestProxy(o: DigestProxyOptions): Promise<DigestProxy> {
  const realm = o.realm ?? 'manbind proxy';
  const algorithm = o.algorithm ?? 'MD5';
  const qop = o.qop ?? true;
  const opaque = randomBytes(8).toString('hex');
  const nonces = new Set<string>();
  const base = algorithm.replace(/-sess$/i, '').toUpperCase();
  const hashName = HASH[base]!;
  const H = (s: string): string => createHash(hashName).update(s).digest('hex');
  let staleSent = false;
  const sockets = new Set<net.Socket>();
  const proxy: DigestProxy = { port: 0, requests: [], checks: [], connections: 0, close: async () => {} };

  const verify = (params: Record<string, string>, method: string, target: string): DigestCheck => {
    const fail = (why: string): DigestCheck => ({ ok: false, why, params });
    if (params['username'] !== o.user) return fail(`username ${params['username']}`);
    if (params['realm'] !== realm) return fail(`realm ${params['realm']}`);
    if (!params['nonce'] || !nonces.has(params['nonce'])) return fail('unknown nonce');
    if (params['uri'] !== target) return fail(`uri ${params['uri']} for ${target}`);
    if (params['opaque'] !== opaque) return fail('opaque');
    if ((params['algorithm'] ?? 'MD5').toUpperCase() !== algorithm.toUpperCase()) return fail('algorithm');
    let ha1 = H(`${o.user}:${realm}:${o.password}`);
    if (/-sess$/i.test(algorithm)) ha1 = H(`${ha1}:${params['nonce']}:${params['cnonce']}`);
    const ha2 = H(`${method}:${target}`);
    let expected: string;
    if (qop) {
      if (params['qop'] !== 'auth') return fail('qop');
      if (!/^[0-9a-f]{8}$/.test(params['nc'] ?? '')) return fail('nc');
      if (!params['cnonce']) return fail('cnonce');
      expected = H(`${ha1}:${params['nonce']}:${params['nc']}:${params['cnonce']}:auth:${ha2}`);
    } else {
      if (params['qop'] !== undefined) return fail('qop sent without being offered');
      expected = H(`${ha1}:${params['nonce']}:${ha2}`);
    }
    if (params['response'] !== expected) return fail('response hash');
    return { ok: true, why: 'ok', params };
  };

  const challenge = (stale: boolean): string => {
    const nonce = randomBytes(12).toString('hex');
    nonces.add(nonce);
    let c = `Digest realm="${realm}", nonce="${nonce}", opaque="${opaque}", algorithm=${algorithm}`;
    if (qop) c += ', qop="auth"';
    if (stale) c += ', stale=true';
    return c;
  };

  const send407 = (socket: net.Socket, stale: boolean): void => {
    const body = 'proxy says no';
    let head = 'HTTP/1.1 407 Proxy Authentication Required\r\n';
    head += `Proxy-Authenticate: ${challenge(stale)}\r\n`;
    if (o.alsoBasic) head += `Proxy-Authenticate: Basic realm="${realm}"\r\n`;
    if (o.closeAfter407) head += 'Connection: close\r\n';
    const style = o.body ?? 'length';
    if (style === 'length') socket.write(`${head}Content-Length: ${body.length}\r\n\r\n${body}`);
    else if (style === 'chunked') {
      socket.write(`${head}Transfer-Encoding: chunked\r\n\r\n${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`);
    } else socket.write(`${head}Content-Length: 0\r\n\r\n`);
    if (o.closeAfter407) socket.end();
  };

  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    const conn = proxy.connections++;
    let buf = Buffer.alloc(0);
    const onData = (d: Buffer): void => {
      buf = Buffer.concat([buf, d]);
      for (;;) {
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = buf.subarray(0, end + 4).toString('latin1');
        const bodyLength = Number(/\r\nContent-Length: *(\d+)/i.exec(head)?.[1] ?? 0);
        if (buf.length < end + 4 + bodyLength) return;
        buf = buf.subarray(end + 4 + bodyLength);
        proxy.requests.push({ head, conn });
        const line = /^(\S+) (\S+) HTTP\/1\.[01]\r\n/.exec(head);
        const method = line?.[1] ?? '';
        const requestTarget = line?.[2] ?? '';
        const connect = method === 'CONNECT';
        // A forward proxy request: the Digest uri is the path and query of the absolute URL.
        let target = requestTarget;
        if (!connect) {
          try {
            const u = new URL(requestTarget);
            target = u.pathname + u.search;
          } catch {
            // not an absolute URL: checked as it came
          }
        }
        const authLine = /\r\nProxy-Authorization: (.*)\r\n/i.exec(head)?.[1];
        if (!authLine || !/^Digest /i.test(authLine)) {
          send407(socket, false);
          if (o.closeAfter407) return;
          continue;
        }
        const check = verify(parseDigestParams(authLine.slice(7)), method, target);
        proxy.checks.push(check);
        if (!check.ok || (o.staleOnce && !staleSent)) {
          if (check.ok) staleSent = true;
          send407(socket, check.ok);
          if (o.closeAfter407) return;
          continue;
        }
        if (!connect) {
          const body = `forwarded ${method} ${requestTarget}`;
          socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
          continue;
        }
        socket.off('data', onData);
        const colon = target.lastIndexOf(':');
        const up = net.connect({ host: target.slice(0, colon).replace(/^\[|\]$/g, ''), port: Number(target.slice(colon + 1)) });
        up.on('error', () => socket.destroy());
        const rest = buf;
        up.once('connect', () => {
          socket.write('HTTP/1.1 200 Connection established\r\n\r\n');
          if (rest.length) up.write(rest);
          socket.pipe(up);
          up.pipe(socket);
        });
        socket.on('close', () => up.destroy());
        up.on('close', () => socket.destroy());
        return;
      }
    };
    socket.on('data', onData);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.port = (server.address() as net.AddressInfo).port;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return proxy;
}
