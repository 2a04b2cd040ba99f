// Issue 13, server auth: CURLOPT_HTTPAUTH with Basic, Digest (RFC 7616: MD5, SHA-256,
// SHA-512-256, userhash, qop auth) and Bearer (XOAUTH2_BEARER), ANY and ANYSAFE picking from
// WWW-Authenticate with the 401 round trip (lib/http.c Curl_http_input_auth, Curl_http_auth_act,
// pickoneauth), the POST probe and rewind, UNRESTRICTED_AUTH across a redirect to another host,
// CURLINFO_HTTPAUTH_AVAIL/USED, and libcurl's stops (refused credentials, an unusable Digest
// challenge). Real Node http servers on loopback; the Digest server is checked against Debian's
// curl and Python's urllib first.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type http from 'node:http';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CURLAUTH_ANY,
  CURLAUTH_ANYSAFE,
  CURLAUTH_BASIC,
  CURLAUTH_BEARER,
  CURLAUTH_DIGEST,
  CURLAUTH_NTLM,
  CURL_NETRC_OPTIONAL,
  CURL_NETRC_REQUIRED,
  CURLE,
  CURLINFO,
  CURLOPT,
  Easy,
} from '../../runtime/index.js';
import { startHttp, type HttpPeer } from '../multi/peers.js';
import { DigestServer, type DigestAlgorithm, type DigestConfig } from './digest-server.js';
import { capture, cleanupAfterEach } from './helpers.js';

const run = promisify(execFile);
cleanupAfterEach();

const basic = (user: string, password: string): string => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** A server asking for the challenges in `offer` (one WWW-Authenticate line each) until
 * `accept` says the Authorization header is right. */
async function authServer(offer: () => string[], accept: (req: http.IncomingMessage) => boolean): Promise<HttpPeer> {
  return startHttp((req, res) => {
    if (accept(req)) {
      res.end('welcome');
      return;
    }
    res.statusCode = 401;
    res.setHeader('WWW-Authenticate', offer());
    res.end('denied');
  });
}

function digestConfig(algorithm: DigestAlgorithm, extra: Partial<DigestConfig> = {}): DigestConfig {
  return { realm: 'manbind@test', user: 'alice', password: 'pa ss:w"rd', algorithm, qop: true, userhash: false, ...extra };
}

async function digestPeer(d: DigestServer, others: string[] = []): Promise<HttpPeer> {
  return authServer(
    () => [...others, d.challenge()],
    (req) => d.check(req.headers.authorization, req.method!, req.url!),
  );
}

function handle(url: string, body: Buffer[] = []): Easy {
  const easy = new Easy();
  easy.setopt(CURLOPT.URL, url);
  easy.setopt(CURLOPT.WRITEFUNCTION, (b: Uint8Array) => {
    body.push(Buffer.from(b));
    return b.length;
  });
  return easy;
}

const avail = (e: Easy): number => e.getinfo(CURLINFO.HTTPAUTH_AVAIL).value as number;
const used = (e: Easy): number => e.getinfo(CURLINFO.HTTPAUTH_USED).value as number;
const code = (e: Easy): number => e.getinfo(CURLINFO.RESPONSE_CODE).value as number;

describe('the recording Digest server, checked against real clients', () => {
  // Debian's curl 7.88 computes SHA-512-256 with SHA-256 (fixed in curl 8.8), so SHA-512-256 is
  // checked through the hash itself (FIPS 180-4's "abc" vector) and shares the rest with SHA-256.
  for (const [algorithm, userhash] of [
    ['MD5', false],
    ['SHA-256', false],
    ['SHA-256', true],
    ['MD5-sess', false],
  ] as const) {
    it.skipIf(!existsSync('/usr/bin/curl'))(`accepts Debian curl's ${algorithm}${userhash ? ' userhash' : ''} answer and refuses a wrong password${existsSync('/usr/bin/curl') ? '' : ': skipped, needs apt-get install -y curl'}`, async () => {
      const config = digestConfig(algorithm, { userhash, password: 's3cret' });
      const peer = await digestPeer(new DigestServer(config));
      const ok = await run('/usr/bin/curl', ['-s', '--digest', '-u', 'alice:s3cret', '-o', '/dev/null', '-w', '%{http_code}', peer.url('/p?q=1')]);
      expect(ok.stdout).toBe('200');
      const bad = await run('/usr/bin/curl', ['-s', '--digest', '-u', 'alice:wrong', '-o', '/dev/null', '-w', '%{http_code}', peer.url('/p')]);
      expect(bad.stdout).toBe('401');
    });
  }

  it("hashes SHA-512-256 as FIPS 180-4 defines it (the server's and the client's node:crypto)", () => {
    expect(createHash('sha512-256').update('abc').digest('hex')).toBe('53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23');
  });

  it.skipIf(!existsSync('/usr/bin/python3'))("accepts Python urllib's HTTPDigestAuthHandler (MD5, qop auth)", async () => {
    const peer = await digestPeer(new DigestServer(digestConfig('MD5', { password: 's3cret' })));
    const script = [
      'import sys, urllib.request',
      'm = urllib.request.HTTPPasswordMgrWithDefaultRealm()',
      "m.add_password(None, sys.argv[1], 'alice', sys.argv[2])",
      'o = urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(m))',
      'try:',
      '    print(o.open(sys.argv[1]).status)',
      'except urllib.error.HTTPError as e:',
      '    print(e.code)',
    ].join('\n');
    const ok = await run('/usr/bin/python3', ['-c', script, peer.url('/py'), 's3cret']);
    expect(ok.stdout.trim()).toBe('200');
    const bad = await run('/usr/bin/python3', ['-c', script, peer.url('/py'), 'nope']);
    expect(bad.stdout.trim()).toBe('401');
  });
});

describe('Basic (the default HTTPAUTH)', () => {
  it('sends USERPWD from the first request, names the user but never the password in TEXT lines', async () => {
    const peer = await authServer(
      () => ['Basic realm="x"'],
      (req) => req.headers.authorization === basic('alice', 'S3cr3t!'),
    );
    const easy = handle(peer.url('/'));
    easy.setopt(CURLOPT.USERPWD, 'alice:S3cr3t!');
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(code(easy)).toBe(200);
    expect(peer.requests).toHaveLength(1);
    expect(used(easy)).toBe(CURLAUTH_BASIC);
    expect(avail(easy)).toBe(0);
    expect(log.lines()).toContain("Server auth using Basic with user 'alice'");
    expect(log.lines().some((l) => l.includes('S3cr3t!') || l.includes(basic('alice', 'S3cr3t!')))).toBe(false);
    // HEADER_OUT (2) carries the request head exactly as sent
    const out = log.events.filter((e) => e.type === 2).map((e) => e.text);
    expect(out[0]).toContain(`\r\nAuthorization: ${basic('alice', 'S3cr3t!')}\r\n`);
    easy.cleanup();
  });

  it('stops after one refused Basic answer (the 401 loop ends as in libcurl)', async () => {
    const peer = await authServer(() => ['Basic realm="x"'], () => false);
    const easy = handle(peer.url('/'));
    easy.setopt(CURLOPT.USERPWD, 'alice:wrong');
    easy.setopt(CURLOPT.HTTPAUTH, CURLAUTH_ANY);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(code(easy)).toBe(401);
    // ANY: the first request goes without, the 401 picks Basic, the second 401 ends it
    expect(peer.requests.map((r) => r.headers.authorization)).toEqual([undefined, basic('alice', 'wrong')]);
    expect(log.lines()).toContain('Basic authentication problem, ignoring.');
    easy.cleanup();
  });

  it('refuses schemes not built in with CURLE_NOT_BUILT_IN and keeps the old mask', async () => {
    const peer = await authServer(() => ['Bearer'], (req) => req.headers.authorization === 'Bearer t');
    const easy = handle(peer.url('/'));
    expect(easy.setopt(CURLOPT.HTTPAUTH, CURLAUTH_BEARER)).toBe(CURLE.OK);
    expect(easy.setopt(CURLOPT.HTTPAUTH, CURLAUTH_NTLM)).toBe(CURLE.NOT_BUILT_IN);
    easy.setopt(CURLOPT.XOAUTH2_BEARER, 't');
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(peer.requests.map((r) => r.headers.authorization)).toEqual(['Bearer t']);
    easy.cleanup();
  });
});

describe('Digest', () => {
  for (const algorithm of ['MD5', 'SHA-256', 'SHA-512-256', 'SHA-256-sess'] as const) {
    it(`answers a ${algorithm} challenge with qop auth after the 401 round trip`, async () => {
      const d = new DigestServer(digestConfig(algorithm));
      const peer = await digestPeer(d);
      const body: Buffer[] = [];
      const easy = handle(peer.url('/dir/index.html?a=b'), body);
      easy.setopt(CURLOPT.USERNAME, 'alice');
      easy.setopt(CURLOPT.PASSWORD, 'pa ss:w"rd');
      easy.setopt(CURLOPT.HTTPAUTH, CURLAUTH_DIGEST);
      const log = capture(easy);
      expect(await easy.perform()).toBe(CURLE.OK);
      expect({ status: code(easy), problem: d.lastProblem }).toMatchObject({ status: 200 });
      expect(Buffer.concat(body).toString()).toBe('welcome');
      expect(peer.requests).toHaveLength(2);
      expect(peer.requests[0]!.headers.authorization).toBeUndefined();
      expect(avail(easy)).toBe(CURLAUTH_DIGEST);
      expect(used(easy)).toBe(CURLAUTH_DIGEST);
      expect(log.lines()).toContain(`Issue another request to this URL: '${peer.url('/dir/index.html?a=b')}'`);
      expect(log.lines().some((l) => l.includes('pa ss'))).toBe(false);
      easy.cleanup();
    });
  }

  it('sends the user name hashed when the challenge says userhash=true', async () => {
    const d = new DigestServer(digestConfig('SHA-256', { userhash: true }));
    const peer = await digestPeer(d);
    const easy = handle(peer.url('/u'));
    easy.setopt(CURLOPT.USERPWD, 'alice:pa ss:w"rd');
    easy.setopt(CURLOPT.HTTPAUTH, CURLAUTH_DIGEST);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(code(easy)).toBe(200);
    expect(peer.requests[1]!.headers.authorization).toMatch(/userhash=true/);
    expect(peer.requests[1]!.headers.authorization).not.toMatch(/username="alice"/);
    easy.cleanup();
  });

  it('stops after a second challenge without stale=true (wrong password)', async () => {
    const d = new DigestServer(digestConfig('MD5'));
    const peer = await digestPeer(d);
    const easy = handle(peer.url('/'));
    easy.setopt(CURLOPT.USERPWD, 'alice:wrong');
    easy.setopt(CURLOPT.HTTPAUTH, CURLAUTH_DIGEST);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(code(easy)).toBe(401);
    expect(peer.requests).toHaveLength(2);
    expect(log.lines()).toContain('Digest authentication problem, ignoring.');
    easy.cleanup();
  });

  it('skips a challenge with an unknown algorithm: no second request, the 401 is the answer', async () => {
    const peer = await authServer(() => ['Digest realm="r", nonce="abc", algorithm=SHA-1024'], () => false);
    const easy = handle(peer.url('/'));
    easy.setopt(CURLOPT.USERPWD, 'alice:pw');
    easy.setopt(CURLOPT.HTTPAUTH, CURLAUTH_DIGEST);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(code(easy)).toBe(401);
    expect(peer.requests).toHaveLength(1);
    expect(avail(easy)).toBe(CURLAUTH_DIGEST);
    expect(log.lines()).toContain('Digest authentication problem, ignoring.');
    easy.cleanup();
  });

  it('probes a POST with Content-Length: 0, then sends the body with the answer', async () => {
    const d = new DigestServer(digestConfig('MD5'));
    const peer = await digestPeer(d);
    const easy = handle(peer.url('/post'));
    easy.setopt(CURLOPT.USERPWD, 'alice:pa ss:w"rd');
    easy.setopt(CURLOPT.HTTPAUTH, CURLAUTH_DIGEST);
    easy.setopt(CURLOPT.POSTFIELDS, 'name=value&x=1');
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(code(easy)).toBe(200);
    expect(peer.requests.map((r) => [r.method, r.headers['content-length'], r.body])).toEqual([
      ['POST', '0', ''],
      ['POST', '14', 'name=value&x=1'],
    ]);
    easy.cleanup();
  });
});

describe('ANY and ANYSAFE pick from WWW-Authenticate', () => {
  it('ANY picks Digest over Basic; AVAIL has both, USED says Digest', async () => {
    const d = new DigestServer(digestConfig('SHA-256'));
    const peer = await digestPeer(d, ['Basic realm="x"']);
    const easy = handle(peer.url('/any'));
    easy.setopt(CURLOPT.USERPWD, 'alice:pa ss:w"rd');
    easy.setopt(CURLOPT.HTTPAUTH, CURLAUTH_ANY);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(code(easy)).toBe(200);
    expect(avail(easy)).toBe(CURLAUTH_BASIC | CURLAUTH_DIGEST);
    expect(used(easy)).toBe(CURLAUTH_DIGEST);
    expect(peer.requests[1]!.headers.authorization).toMatch(/^Digest /);
    easy.cleanup();
  });

  it('ANY picks Basic when only Basic is offered, and sends the POST body again (rewind)', async () => {
    const peer = await authServer(() => ['Basic realm="x"'], (req) => req.headers.authorization === basic('alice', 'pw'));
    const easy = handle(peer.url('/b'));
    easy.setopt(CURLOPT.USERPWD, 'alice:pw');
    easy.setopt(CURLOPT.HTTPAUTH, CURLAUTH_ANY);
    easy.setopt(CURLOPT.POSTFIELDS, 'abc=1');
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(code(easy)).toBe(200);
    expect(used(easy)).toBe(CURLAUTH_BASIC);
    expect(peer.requests.map((r) => r.body)).toEqual(['abc=1', 'abc=1']);
    expect(log.lines()).toContain('Need to rewind upload for next request');
    easy.cleanup();
  });

  it('ANYSAFE does not fall back to Basic: one request, the 401 stands', async () => {
    const peer = await authServer(() => ['Basic realm="x"'], () => false);
    const easy = handle(peer.url('/safe'));
    easy.setopt(CURLOPT.USERPWD, 'alice:pw');
    easy.setopt(CURLOPT.HTTPAUTH, CURLAUTH_ANYSAFE);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(code(easy)).toBe(401);
    expect(peer.requests).toHaveLength(1);
    expect(avail(easy)).toBe(CURLAUTH_BASIC);
    expect(used(easy)).toBe(0);
    easy.cleanup();
  });

  it('ANYSAFE picks Digest when offered next to Basic', async () => {
    const d = new DigestServer(digestConfig('MD5'));
    const peer = await digestPeer(d, ['Basic realm="x"']);
    const easy = handle(peer.url('/safe'));
    easy.setopt(CURLOPT.USERPWD, 'alice:pa ss:w"rd');
    easy.setopt(CURLOPT.HTTPAUTH, CURLAUTH_ANYSAFE);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(code(easy)).toBe(200);
    expect(used(easy)).toBe(CURLAUTH_DIGEST);
    easy.cleanup();
  });
});

describe('Bearer (XOAUTH2_BEARER)', () => {
  it('HTTPAUTH=BEARER sends the token from the first request', async () => {
    const peer = await authServer(() => ['Bearer realm="api"'], (req) => req.headers.authorization === 'Bearer tok-123');
    const easy = handle(peer.url('/api'));
    easy.setopt(CURLOPT.XOAUTH2_BEARER, 'tok-123');
    easy.setopt(CURLOPT.HTTPAUTH, CURLAUTH_BEARER);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(code(easy)).toBe(200);
    expect(peer.requests).toHaveLength(1);
    expect(used(easy)).toBe(CURLAUTH_BEARER);
    expect(log.lines()).toContain("Server auth using Bearer with user ''");
    expect(log.lines().some((l) => l.includes('tok-123'))).toBe(false);
    easy.cleanup();
  });

  it('ANY picks Bearer first when a token is set and the server offers it', async () => {
    const peer = await authServer(
      () => ['Basic realm="x"', 'Bearer realm="api"'],
      (req) => req.headers.authorization === 'Bearer tok-9',
    );
    const easy = handle(peer.url('/api'));
    easy.setopt(CURLOPT.USERPWD, 'alice:pw');
    easy.setopt(CURLOPT.XOAUTH2_BEARER, 'tok-9');
    easy.setopt(CURLOPT.HTTPAUTH, CURLAUTH_ANY);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(code(easy)).toBe(200);
    expect(avail(easy)).toBe(CURLAUTH_BASIC | CURLAUTH_BEARER);
    expect(used(easy)).toBe(CURLAUTH_BEARER);
    easy.cleanup();
  });

  it('the default (Basic) does not send a token', async () => {
    const peer = await authServer(() => ['Bearer'], () => false);
    const easy = handle(peer.url('/api'));
    easy.setopt(CURLOPT.XOAUTH2_BEARER, 'tok-9');
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(peer.requests[0]!.headers.authorization).toBeUndefined();
    easy.cleanup();
  });
});

describe('UNRESTRICTED_AUTH', () => {
  /** 127.0.0.1 redirects to localhost on the same port: another host to libcurl. */
  async function hop(): Promise<HttpPeer> {
    const peer: HttpPeer = await startHttp((req, res) => {
      if (req.headers.host?.startsWith('127.0.0.1')) {
        res.statusCode = 302;
        res.setHeader('Location', `http://localhost:${peer.port}/landed`);
      }
      res.end('x');
    });
    return peer;
  }

  for (const unrestricted of [0, 1]) {
    it(`${unrestricted ? 'sends' : 'keeps'} the credentials ${unrestricted ? 'to' : 'from'} the other host of a redirect`, async () => {
      const peer = await hop();
      const easy = handle(peer.url('/start'));
      easy.setopt(CURLOPT.USERPWD, 'alice:pw');
      easy.setopt(CURLOPT.FOLLOWLOCATION, 1);
      easy.setopt(CURLOPT.UNRESTRICTED_AUTH, unrestricted);
      easy.setopt(CURLOPT.HTTPHEADER, ['Cookie: c=1']);
      expect(await easy.perform()).toBe(CURLE.OK);
      expect(peer.requests).toHaveLength(2);
      expect(peer.requests[0]!.headers.authorization).toBe(basic('alice', 'pw'));
      expect(peer.requests[1]!.url).toBe('/landed');
      expect(peer.requests[1]!.headers.authorization).toBe(unrestricted ? basic('alice', 'pw') : undefined);
      expect(peer.requests[1]!.headers.cookie).toBe(unrestricted ? 'c=1' : undefined);
      easy.cleanup();
    });
  }
});

describe('NETRC and NETRC_FILE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'manbind-netrc-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  function netrc(text: string): string {
    const file = join(dir, `netrc-${n++}`);
    writeFileSync(file, text);
    return file;
  }
  const FILE = [
    '# a comment line, skipped',
    'macdef init',
    'machine 127.0.0.1 login mallory password fromthemacro',
    '',
    'machine example.org login nobody password never',
    'MACHINE 127.0.0.1',
    '  login alice password "pa ss\\"wd\\t"',
    'machine 127.0.0.1 login bob password bobpw account ignored',
    'machine localhost login lhuser password lhpw',
    'default login anon password anonpw',
    '',
  ].join('\n');
  const alicePw = 'pa ss"wd\t';

  async function sent(url: (p: HttpPeer) => string, setup: (e: Easy) => void): Promise<{ rc: number; auth: (string | undefined)[]; lines: string[]; conns: number }> {
    const peer = await startHttp((_req, res) => res.end('ok'));
    const easy = handle(url(peer));
    const log = capture(easy);
    setup(easy);
    const rc = await easy.perform();
    easy.cleanup();
    return { rc, auth: peer.requests.map((r) => r.headers.authorization), lines: log.lines(), conns: peer.connections.length };
  }

  it('OPTIONAL: the first entry for the host (quotes, escapes, any case keyword), comments and macdef skipped', async () => {
    const file = netrc(FILE);
    const r = await sent((p) => p.url('/'), (e) => {
      e.setopt(CURLOPT.NETRC, CURL_NETRC_OPTIONAL);
      e.setopt(CURLOPT.NETRC_FILE, file);
    });
    expect(r.rc).toBe(CURLE.OK);
    expect(r.auth).toEqual([basic('alice', alicePw)]);
    expect(r.lines.some((l) => l.includes('pa ss'))).toBe(false);
  });

  it("OPTIONAL with a user in the URL: that login's entry gives the password", async () => {
    const file = netrc(FILE);
    const r = await sent((p) => `http://bob@127.0.0.1:${p.port}/`, (e) => {
      e.setopt(CURLOPT.NETRC, CURL_NETRC_OPTIONAL);
      e.setopt(CURLOPT.NETRC_FILE, file);
    });
    expect(r.auth).toEqual([basic('bob', 'bobpw')]);
  });

  it('OPTIONAL leaves a full user:password in the URL alone; REQUIRED replaces its password', async () => {
    const file = netrc(FILE);
    const opt = await sent((p) => `http://bob:urlpw@127.0.0.1:${p.port}/`, (e) => {
      e.setopt(CURLOPT.NETRC, CURL_NETRC_OPTIONAL);
      e.setopt(CURLOPT.NETRC_FILE, file);
    });
    expect(opt.auth).toEqual([basic('bob', 'urlpw')]);
    const req = await sent((p) => `http://bob:urlpw@127.0.0.1:${p.port}/`, (e) => {
      e.setopt(CURLOPT.NETRC, CURL_NETRC_REQUIRED);
      e.setopt(CURLOPT.NETRC_FILE, file);
    });
    expect(req.auth).toEqual([basic('bob', 'bobpw')]);
  });

  it('never overrides USERPWD, and IGNORED (the default) does not read the file', async () => {
    const file = netrc(FILE);
    const opt = await sent((p) => p.url('/'), (e) => {
      e.setopt(CURLOPT.NETRC, CURL_NETRC_REQUIRED);
      e.setopt(CURLOPT.NETRC_FILE, file);
      e.setopt(CURLOPT.USERPWD, 'me:mine');
    });
    expect(opt.auth).toEqual([basic('me', 'mine')]);
    const ignored = await sent((p) => p.url('/'), (e) => e.setopt(CURLOPT.NETRC_FILE, file));
    expect(ignored.auth).toEqual([undefined]);
  });

  it('the default entry serves a host without its own, and a redirect looks up the new host', async () => {
    const file = netrc(FILE);
    const peer: HttpPeer = await startHttp((req, res) => {
      if (req.headers.host?.startsWith('127.0.0.1')) {
        res.statusCode = 302;
        res.setHeader('Location', `http://localhost:${peer.port}/there`);
      }
      res.end('x');
    });
    const easy = handle(peer.url('/here'));
    easy.setopt(CURLOPT.FOLLOWLOCATION, 1);
    easy.setopt(CURLOPT.NETRC, CURL_NETRC_OPTIONAL);
    easy.setopt(CURLOPT.NETRC_FILE, file);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(peer.requests.map((r) => r.headers.authorization)).toEqual([basic('alice', alicePw), basic('lhuser', 'lhpw')]);
    easy.cleanup();
    const other = netrc('default login anon password anonpw\n');
    const r = await sent((p) => p.url('/'), (e) => {
      e.setopt(CURLOPT.NETRC, CURL_NETRC_OPTIONAL);
      e.setopt(CURLOPT.NETRC_FILE, other);
    });
    expect(r.auth).toEqual([basic('anon', 'anonpw')]);
  });

  it('a missing file: OPTIONAL says so and goes on; REQUIRED fails with 26 before connecting', async () => {
    const missing = join(dir, 'no-such-netrc');
    const opt = await sent((p) => p.url('/'), (e) => {
      e.setopt(CURLOPT.NETRC, CURL_NETRC_OPTIONAL);
      e.setopt(CURLOPT.NETRC_FILE, missing);
    });
    expect(opt.rc).toBe(CURLE.OK);
    expect(opt.auth).toEqual([undefined]);
    expect(opt.lines).toContain(`Could not find host 127.0.0.1 in the ${missing} file; using defaults`);
    const req = await sent((p) => p.url('/'), (e) => {
      e.setopt(CURLOPT.NETRC, CURL_NETRC_REQUIRED);
      e.setopt(CURLOPT.NETRC_FILE, missing);
    });
    expect(req.rc).toBe(CURLE.READ_ERROR);
    expect(req.lines).toContain('.netrc error: no such file');
    expect(req.conns).toBe(0);
  });

  it('REQUIRED: a quote that never closes is a syntax error (26); no entry for the host is not an error', async () => {
    const broken = netrc('machine 127.0.0.1 login a password "open\n');
    const bad = await sent((p) => p.url('/'), (e) => {
      e.setopt(CURLOPT.NETRC, CURL_NETRC_REQUIRED);
      e.setopt(CURLOPT.NETRC_FILE, broken);
    });
    expect(bad.rc).toBe(CURLE.READ_ERROR);
    expect(bad.lines).toContain('.netrc error: syntax error');
    const elsewhere = netrc('machine example.org login a password b\n');
    const none = await sent((p) => p.url('/'), (e) => {
      e.setopt(CURLOPT.NETRC, CURL_NETRC_REQUIRED);
      e.setopt(CURLOPT.NETRC_FILE, elsewhere);
    });
    expect(none.rc).toBe(CURLE.OK);
    expect(none.auth).toEqual([undefined]);
    expect(none.lines).toContain(`Could not find host 127.0.0.1 in the ${elsewhere} file; using defaults`);
  });

  it('refuses a NETRC level outside 0..2', () => {
    const easy = new Easy();
    expect((easy.setopt as (o: unknown, v: unknown) => number)(CURLOPT.NETRC, 3)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    easy.cleanup();
  });
});
