// Issue 13, "Forms" and "Uploads": the requests that go again with a mime body (a 307, a 401
// Basic or Digest round: the body rewound, lib/mime.c mime_part_rewind), the 417 retry without
// Expect and KEEP_SENDING_ON_ERROR (lib/http.c http_handle_send_error), against loopback peers.
import net from 'node:net';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURLE, Mime } from '../../runtime/index.js';
import { DigestServer } from './digest-server.js';
import { formData, formKit, pattern } from './form-kit.js';
import { capture, serve, set } from './helpers.js';

const { closers, recorder, easyFor, tmp, rawServer } = formKit();

describe('the rewind a second request needs', () => {
  it('307 sends the same form again, the file read from its start', async () => {
    const dir = tmp();
    const file = join(dir, 'r.txt');
    writeFileSync(file, pattern(100_000));
    const peer = await recorder((req, res) => {
      if (req.url === '/first') res.writeHead(307, { Location: '/second' }).end();
      else res.end('done');
    });
    const { easy } = easyFor(peer.url('/first'));
    set(easy, 'FOLLOWLOCATION', 1);
    const mime = new Mime(easy);
    const p = mime.addPart()!;
    p.name('f');
    p.filedata(file);
    const d = mime.addPart()!;
    d.name('d');
    d.data('again');
    // a data_cb part goes back to its start through its seek callback
    const cbData = Buffer.from('from the callback');
    let off = 0;
    const seeks: [unknown, number, number][] = [];
    const cb = mime.addPart()!;
    cb.name('cb');
    cb.dataCb(
      cbData.length,
      (buf, size, nitems) => {
        const n = Math.min(size * nitems, cbData.length - off);
        buf.set(cbData.subarray(off, off + n));
        off += n;
        return n;
      },
      (arg, offset, origin) => {
        seeks.push([arg, offset, origin]);
        off = offset;
        return 0;
      },
      null,
      'cb-arg',
    );
    set(easy, 'MIMEPOST', mime);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(seeks).toEqual([['cb-arg', 0, 0]]);
    expect((await formData(peer.got[1]!)).get('cb')).toBe('from the callback');
    expect(peer.got.map((g) => g.method)).toEqual(['POST', 'POST']);
    expect(peer.got[1]!.body.equals(peer.got[0]!.body)).toBe(true);
    expect(peer.got[0]!.body.length).toBeGreaterThan(100_000);
    // the same mime sent again by a second perform starts over too
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(peer.got[3]!.body.equals(peer.got[0]!.body)).toBe(true);
  });

  it('a data_cb part without a seek callback cannot go again: 65', async () => {
    const peer = await recorder((req, res) => {
      if (req.url === '/first') res.writeHead(307, { Location: '/second' }).end();
      else res.end('done');
    });
    const { easy, err } = easyFor(peer.url('/first'));
    set(easy, 'FOLLOWLOCATION', 1);
    const mime = new Mime(easy);
    const p = mime.addPart()!;
    p.name('x');
    let sent = false;
    p.dataCb(3, (buf) => {
      if (sent) return 0;
      sent = true;
      buf.set([1, 2, 3]);
      return 3;
    });
    set(easy, 'MIMEPOST', mime);
    expect(await easy.perform()).toBe(CURLE.SEND_FAIL_REWIND);
    expect(err.text).toBe('Cannot rewind mime/post data');
  });

  it('401 Basic (CURLAUTH_ANY) sends the form again with the credentials', async () => {
    const peer = await recorder((req, res) => {
      if (req.headers.authorization === undefined) res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="r"' }).end('no');
      else res.end('ok');
    });
    const { easy } = easyFor(peer.url());
    set(easy, 'USERPWD', 'alice:pw');
    set(easy, 'HTTPAUTH', -17); // CURLAUTH_ANY
    const mime = new Mime(easy);
    const p = mime.addPart()!;
    p.name('x');
    p.data('payload');
    set(easy, 'MIMEPOST', mime);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(peer.got).toHaveLength(2);
    expect(peer.got[1]!.headers.authorization).toBe(`Basic ${Buffer.from('alice:pw').toString('base64')}`);
    expect(peer.got[1]!.body.equals(peer.got[0]!.body)).toBe(true);
    expect((await formData(peer.got[1]!)).get('x')).toBe('payload');
  });

  it('Digest probes with an empty POST and no Content-Type, then sends the form', async () => {
    const d = new DigestServer({ realm: 'r', user: 'alice', password: 'pw', algorithm: 'MD5', qop: true, userhash: false });
    const peer = await recorder((req, res) => {
      if (!d.check(req.headers.authorization, req.method!, req.url!)) res.writeHead(401, { 'WWW-Authenticate': d.challenge() }).end('no');
      else res.end('ok');
    });
    const { easy } = easyFor(peer.url('/d'));
    set(easy, 'USERPWD', 'alice:pw');
    set(easy, 'HTTPAUTH', 2); // CURLAUTH_DIGEST
    const mime = new Mime(easy);
    const p = mime.addPart()!;
    p.name('x');
    p.data('payload');
    set(easy, 'MIMEPOST', mime);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(peer.got).toHaveLength(2);
    expect(peer.got[0]!.headers['content-length']).toBe('0');
    expect(peer.got[0]!.headers['content-type']).toBeUndefined();
    expect(peer.got[1]!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect((await formData(peer.got[1]!)).get('x')).toBe('payload');
  });
});

describe('417 Expectation Failed', () => {
  it('sends the request again without Expect, on the same connection, and the body once', async () => {
    const body = pattern(2 * 1024 * 1024);
    const heads: string[] = [];
    let answered = 0;
    const peer = await rawServer((s, all) => {
      const text = all.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return;
      // one request per connection chunk: the head, then maybe a body of Content-Length
      const requests = text.split(/(?=POST \/ HTTP\/1\.1\r\n)/);
      const last = requests[requests.length - 1]!;
      const headEnd = last.indexOf('\r\n\r\n');
      if (headEnd < 0) return;
      const head = last.slice(0, headEnd);
      if (answered === 0 && /\r\nExpect: 100-continue/i.test(head)) {
        heads.push(head);
        answered++;
        s.write('HTTP/1.1 417 Expectation Failed\r\nContent-Length: 4\r\n\r\nnope');
        return;
      }
      const len = Number(/\r\nContent-Length: (\d+)/i.exec(head)?.[1] ?? 0);
      if (Buffer.byteLength(last, 'latin1') - headEnd - 4 >= len && answered === 1) {
        heads.push(head);
        answered++;
        s.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
      }
    });
    const { easy } = easyFor(peer.url);
    const mime = new Mime(easy);
    const p = mime.addPart()!;
    p.name('big');
    p.data(body);
    set(easy, 'MIMEPOST', mime);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(heads).toHaveLength(2);
    expect(heads[0]).toMatch(/\r\nExpect: 100-continue/);
    expect(heads[1]).not.toMatch(/Expect:/i);
    expect(log.lines()).toContain('Got HTTP failure 417 while waiting for a 100');
    expect(log.lines().some((l) => l.startsWith('Issue another request to this URL'))).toBe(true);
    // the 417's body was read and the connection kept
    expect(peer.received).toHaveLength(1);
  });
});

describe('417 Expectation Failed while the body goes', () => {
  it('closes, rewinds and sends the form again without Expect on a new connection', async () => {
    const size = 32 * 1024 * 1024;
    // per connection: its head, and how many body bytes came
    const conns: { head: string; body: number }[] = [];
    const server = net.createServer((s) => {
      const c = { head: '', body: 0 };
      conns.push(c);
      s.on('error', () => {});
      let pending = Buffer.alloc(0);
      s.on('data', (d: Buffer) => {
        if (c.head === '') {
          pending = Buffer.concat([pending, d]);
          const end = pending.indexOf('\r\n\r\n');
          if (end < 0) return;
          c.head = pending.subarray(0, end).toString('latin1');
          d = pending.subarray(end + 4);
        }
        const before = c.body;
        c.body += d.length;
        const len = Number(/\r\nContent-Length: (\d+)/i.exec(c.head)?.[1] ?? 0);
        // the first request: 417 once some of the body came (the 100 never does); the rest of
        // it is read and dropped. The second: 200 once all of it came.
        if (conns.length === 1 && before <= 100_000 && c.body > 100_000) s.write('HTTP/1.1 417 Expectation Failed\r\nContent-Length: 0\r\n\r\n');
        else if (conns.length === 2 && c === conns[1] && c.body >= len && before < len) s.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
      });
    });
    const { easy } = easyFor(`http://127.0.0.1:${await serve(server, closers)}/`);
    set(easy, 'EXPECT_100_TIMEOUT_MS', 1);
    const mime = new Mime(easy);
    const p = mime.addPart()!;
    p.name('big');
    p.data(pattern(size));
    set(easy, 'MIMEPOST', mime);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines()).toContain('Got HTTP failure 417 while sending data');
    expect(conns).toHaveLength(2);
    expect(conns[0]!.head).toMatch(/\r\nExpect: 100-continue/);
    expect(conns[1]!.head).not.toMatch(/\r\nExpect:/i);
    expect(conns[1]!.body).toBe(Number(/\r\nContent-Length: (\d+)/i.exec(conns[1]!.head)![1]));
    expect(conns[1]!.body).toBeGreaterThan(size);
  });
});

describe('KEEP_SENDING_ON_ERROR', () => {
  /** A server that answers 403 as soon as it has the head, then counts the body bytes it gets. */
  async function early403(): Promise<{ url: string; bodyBytes: () => number }> {
    let headLen = -1;
    let total = 0;
    const peer = await rawServer((s, all, index) => {
      if (index > 0) return;
      total = all.length;
      if (headLen < 0) {
        const end = all.indexOf('\r\n\r\n');
        if (end < 0) return;
        headLen = end + 4;
        s.write('HTTP/1.1 403 Forbidden\r\nContent-Length: 2\r\n\r\nno');
      }
    });
    return { url: peer.url, bodyBytes: () => total - headLen };
  }

  it('off: a 403 before 100 Continue stops the body ("HTTP error before end of send, stop sending")', async () => {
    const peer = await early403();
    const { easy } = easyFor(peer.url);
    set(easy, 'POSTFIELDS', 'x'.repeat(2 * 1024 * 1024));
    set(easy, 'EXPECT_100_TIMEOUT_MS', 10_000);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines()).toContain('HTTP error before end of send, stop sending');
    expect(peer.bodyBytes()).toBe(0);
  });

  it('on: the whole body goes after the 403 ("HTTP error before end of send, keep sending")', async () => {
    const peer = await early403();
    const { easy } = easyFor(peer.url);
    const size = 2 * 1024 * 1024;
    set(easy, 'POSTFIELDS', 'x'.repeat(size));
    set(easy, 'EXPECT_100_TIMEOUT_MS', 10_000);
    expect(set(easy, 'KEEP_SENDING_ON_ERROR', 1)).toBe(CURLE.OK);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines()).toContain('HTTP error before end of send, keep sending');
    expect(log.lines()).not.toContain('HTTP error before end of send, stop sending');
    await new Promise((r) => setTimeout(r, 50));
    expect(peer.bodyBytes()).toBe(size);
  });
});
