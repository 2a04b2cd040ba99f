// Basic authentication with USERPWD, USERNAME/PASSWORD and URL credentials (lib/http.c
// output_auth_headers with the default HTTPAUTH, CURLAUTH_BASIC): the header goes to the host of
// the URL and, after a redirect, only while the host, port and scheme stay the same
// (Curl_auth_allowed_to_host; UNRESTRICTED_AUTH is tested in test/runtime/http-auth.test.ts). Against
// a Node http server.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CURLE, Easy } from '../../runtime/index.js';
import { capture, set } from '../runtime/helpers.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

interface Seen {
  url: string;
  authorization: string | undefined;
}

/** A server that records each request's Authorization and answers with `reply`. */
async function server(reply: (req: http.IncomingMessage, res: http.ServerResponse) => void, host = '127.0.0.1'): Promise<{ port: number; seen: Seen[] }> {
  const seen: Seen[] = [];
  const srv = http.createServer((req, res) => {
    seen.push({ url: req.url ?? '', authorization: req.headers.authorization });
    reply(req, res);
  });
  await new Promise<void>((resolve) => srv.listen(0, host, resolve));
  closers.push(() => new Promise((resolve) => srv.close(() => resolve())));
  return { port: (srv.address() as AddressInfo).port, seen };
}

async function get(url: string, opts: Record<string, unknown>): Promise<number> {
  const easy = new Easy();
  set(easy, 'URL', url);
  set(easy, 'WRITEFUNCTION', (d: Uint8Array) => d.length);
  for (const [k, v] of Object.entries(opts)) set(easy, k, v);
  const code = await easy.perform();
  easy.cleanup();
  return code;
}

const basic = (s: string): string => `Basic ${Buffer.from(s).toString('base64')}`;

describe('HTTP Basic authentication', () => {
  it('USERPWD, USERNAME/PASSWORD and URL credentials send Authorization: Basic', async () => {
    const peer = await server((_req, res) => res.end('ok'));
    expect(await get(`http://127.0.0.1:${peer.port}/a`, { USERPWD: 'alice:pa:ss' })).toBe(CURLE.OK);
    expect(await get(`http://127.0.0.1:${peer.port}/b`, { USERNAME: 'bob', PASSWORD: 'x' })).toBe(CURLE.OK);
    expect(await get(`http://carol:se%20cret@127.0.0.1:${peer.port}/c`, {})).toBe(CURLE.OK);
    expect(await get(`http://127.0.0.1:${peer.port}/d`, { USERNAME: 'dave', HTTPHEADER: ['Authorization: Bearer mine'] })).toBe(CURLE.OK);
    expect(await get(`http://127.0.0.1:${peer.port}/e`, {})).toBe(CURLE.OK);
    expect(peer.seen.map((s) => s.authorization)).toEqual([basic('alice:pa:ss'), basic('bob:x'), basic('carol:se cret'), 'Bearer mine', undefined]);
  });

  it('the verbose line names the user', async () => {
    const peer = await server((_req, res) => res.end('ok'));
    const easy = new Easy();
    set(easy, 'URL', `http://127.0.0.1:${peer.port}/`);
    set(easy, 'USERPWD', 'alice:secret');
    set(easy, 'WRITEFUNCTION', (d: Uint8Array) => d.length);
    const cap = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    easy.cleanup();
    expect(cap.lines()).toContain("Server auth using Basic with user 'alice'");
  });

  it('a redirect keeps it on the same host and port, and drops it for another one', async () => {
    const other = await server((_req, res) => res.end('elsewhere'));
    const peer = await server((req, res) => {
      if (req.url === '/start') res.writeHead(302, { Location: '/same' }).end();
      else if (req.url === '/same') res.writeHead(302, { Location: `http://127.0.0.1:${other.port}/other` }).end();
      else res.end();
    });
    expect(await get(`http://127.0.0.1:${peer.port}/start`, { USERPWD: 'alice:secret', FOLLOWLOCATION: 1 })).toBe(CURLE.OK);
    expect(peer.seen.map((s) => s.authorization)).toEqual([basic('alice:secret'), basic('alice:secret')]);
    expect(other.seen).toEqual([{ url: '/other', authorization: undefined }]);
  });
});
