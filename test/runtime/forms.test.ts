// Issue 13, "Forms": the mime API (curl_mime_*), MIMEPOST and MIME_OPTIONS, and
// multipart/form-data bodies as libcurl 8.22 writes them (lib/mime.c), against Node http servers
// on loopback that record every byte. The bodies are checked against real parsers (undici's
// Response.formData() in Node, and Python's email package through test/peers/mime-parse.py) and
// against the bytes Debian's curl sends for the same -F parts, boundaries set aside.
// form-rounds.test.ts has the second requests: rewinds, 417 and KEEP_SENDING_ON_ERROR.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CURL_READFUNC_ABORT,
  CURL_READFUNC_PAUSE,
  CURLE,
  CURLPAUSE_CONT,
  CURLMIMEOPT_FORMESCAPE,
  curl_mime_addpart,
  curl_mime_data,
  curl_mime_encoder,
  curl_mime_init,
  curl_mime_name,
  curl_mime_subparts,
  Easy,
  Mime,
} from '../../runtime/index.js';
import { boundaryOf, CURL, formData, formKit, haveEmail, pattern, pyParse, runCurl, sha, type Got } from './form-kit.js';
import { capture, set } from './helpers.js';

const { handles, recorder, easyFor, tmp } = formKit();

describe('multipart/form-data bodies', () => {
  it.skipIf(!existsSync(CURL))('are the bytes curl -F sends for text, file and escaped-filename parts, boundary set aside', async () => {
    const dir = tmp();
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'hello file\n');
    const peer = await recorder();
    await runCurl(['-F', 'field=value', '-F', `file=@${file}`, '-F', 'q=x;filename="we\\"ird.bin"', '-F', 'doc=hi;type=text/html'], peer.url('/curl'));
    const { easy } = easyFor(peer.url('/manbind'));
    const mime = new Mime(easy);
    let p = mime.addPart()!;
    expect(p.name('field')).toBe(CURLE.OK);
    expect(p.data('value')).toBe(CURLE.OK);
    p = mime.addPart()!;
    p.name('file');
    expect(p.filedata(file)).toBe(CURLE.OK);
    p = mime.addPart()!;
    p.name('q');
    p.data('x');
    p.filename('we"ird.bin');
    p = mime.addPart()!;
    p.name('doc');
    p.data('hi');
    p.type('text/html');
    expect(set(easy, 'MIMEPOST', mime)).toBe(CURLE.OK);
    expect(await easy.perform()).toBe(CURLE.OK);
    mime.free();
    const [theirs, ours] = peer.got;
    const b = boundaryOf(ours!.headers['content-type']);
    // libcurl 8.22: 24 dashes and 22 random alphanumerics (curl 7.88 has 16 hex digits)
    expect(b).toMatch(/^-{24}[A-Za-z0-9]{22}$/);
    const norm = (g: Got): string => g.body.toString('latin1').split(boundaryOf(g.headers['content-type'])).join('BOUNDARY');
    expect(norm(ours!)).toBe(norm(theirs!));
    expect(ours!.headers['content-type']).toBe(`multipart/form-data; boundary=${b}`);
    expect(Number(ours!.headers['content-length'])).toBe(ours!.body.length);
    expect(ours!.body.toString('latin1')).toContain('filename="we%22ird.bin"');
    // header order: Content-Length, then the mime Content-Type (lib/http.c http_add_content_hds)
    const names = ours!.rawHeaders.filter((_v, i) => i % 2 === 0);
    expect(names.indexOf('Content-Type')).toBe(names.indexOf('Content-Length') + 1);
  });

  it.skipIf(!existsSync(CURL))('are the bytes curl -F sends for encoders, part headers and nested multipart/alternative', async () => {
    const dir = tmp();
    const text = 'line one\r\nwith = sign and trailing space \r\n' + 'x'.repeat(100) + '\r\nend\ttab';
    writeFileSync(join(dir, 'qp.txt'), text);
    const bin = pattern(1000);
    writeFileSync(join(dir, 'bin.dat'), bin);
    const peer = await recorder();
    await runCurl(
      [
        '-H', 'Expect:',
        '-F', `q=<${join(dir, 'qp.txt')};encoder=quoted-printable`,
        '-F', `b=@${join(dir, 'bin.dat')};encoder=base64`,
        '-F', 'h=v;headers="X-Part: yes"',
        '-F', 'alt=(;type=multipart/alternative',
        '-F', '=plain',
        '-F', '=html;type=text/html',
        '-F', '=)',
      ],
      peer.url('/curl'),
    );
    const { easy } = easyFor(peer.url('/manbind'));
    const mime = new Mime(easy);
    const q = mime.addPart()!;
    q.name('q');
    q.data(text);
    q.encoder('quoted-printable');
    const b = mime.addPart()!;
    b.name('b');
    b.filedata(join(dir, 'bin.dat'));
    b.encoder('base64');
    const h = mime.addPart()!;
    h.name('h');
    h.data('v');
    h.headers(['X-Part: yes']);
    const alt = new Mime(easy);
    alt.addPart()!.data('plain');
    const html = alt.addPart()!;
    html.data('html');
    html.type('text/html');
    const a = mime.addPart()!;
    a.name('alt');
    a.type('multipart/alternative');
    a.subparts(alt);
    set(easy, 'MIMEPOST', mime);
    set(easy, 'HTTPHEADER', ['Expect:']);
    expect(await easy.perform()).toBe(CURLE.OK);
    mime.free();
    const [theirs, ours] = peer.got;
    expect(ours!.headers['transfer-encoding']).toBe('chunked');
    /** Each boundary, in the order it first appears, as B0, B1, ... */
    const norm = (g: Got): string => {
      const seen: string[] = [];
      return g.body.toString('latin1').replace(/-{24}[A-Za-z0-9]{16,22}/g, (m) => {
        if (!seen.includes(m)) seen.push(m);
        return `B${seen.indexOf(m)}`;
      });
    };
    expect(norm(ours!)).toBe(norm(theirs!));
  });

  it('are read by real parsers: undici formData() and Python email', async () => {
    const dir = tmp();
    const file = join(dir, 'pic.png');
    const png = pattern(3000);
    writeFileSync(file, png);
    const peer = await recorder();
    const { easy } = easyFor(peer.url());
    const mime = new Mime(easy);
    const a = mime.addPart()!;
    a.name('greeting');
    a.data('héllo wörld');
    const f = mime.addPart()!;
    f.name('picture');
    f.filedata(file);
    set(easy, 'MIMEPOST', mime);
    expect(await easy.perform()).toBe(CURLE.OK);
    const g = peer.got[0]!;
    expect(g.method).toBe('POST');
    const fd = await formData(g);
    expect(fd.get('greeting')).toBe('héllo wörld');
    const pic = fd.get('picture') as File;
    expect(pic.name).toBe('pic.png');
    expect(pic.type).toBe('image/png');
    expect(sha(new Uint8Array(await pic.arrayBuffer()))).toBe(sha(png));
    if (haveEmail) {
      const tree = pyParse(g.headers['content-type']!, g.body);
      expect(tree.defects).toEqual([]);
      expect(tree.parts!.map((p) => [p.name, p.filename, p.type])).toEqual([
        ['greeting', null, 'text/plain'],
        ['picture', 'pic.png', 'image/png'],
      ]);
      expect(tree.parts![1]!.content).toBe(png.toString('hex'));
    }
  });

  it('streams a 24 MiB file part: Content-Length known up front, Expect: 100-continue, the bytes intact', async () => {
    const dir = tmp();
    const file = join(dir, 'big.bin');
    const data = pattern(24 * 1024 * 1024 + 7);
    writeFileSync(file, data);
    const peer = await recorder();
    const { easy } = easyFor(peer.url());
    const mime = new Mime(easy);
    const p = mime.addPart()!;
    p.name('big');
    p.filedata(file);
    set(easy, 'MIMEPOST', mime);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    const g = peer.got[0]!;
    expect(g.headers.expect).toBe('100-continue');
    expect(g.headers['transfer-encoding']).toBeUndefined();
    expect(Number(g.headers['content-length'])).toBe(g.body.length);
    const pic = (await formData(g)).get('big') as File;
    expect(pic.type).toBe('application/octet-stream');
    expect(pic.size).toBe(data.length);
    expect(sha(new Uint8Array(await pic.arrayBuffer()))).toBe(sha(data));
    expect(log.lines()).toContain(`upload completely sent off: ${g.body.length} bytes`);
  }, 30_000);
});

describe('data_cb parts', () => {
  it('of known size are read through the callback in pieces; the free callback runs at curl_mime_free', async () => {
    const peer = await recorder();
    const { easy } = easyFor(peer.url());
    const data = pattern(200_000);
    let off = 0;
    const asks: number[] = [];
    const freed: unknown[] = [];
    const mime = new Mime(easy);
    const p = mime.addPart()!;
    p.name('cb');
    const read = (buf: Uint8Array, size: number, nitems: number, arg: unknown): number => {
      expect(arg).toBe('token');
      asks.push(size * nitems);
      const n = Math.min(size * nitems, data.length - off, 10_000);
      buf.set(data.subarray(off, off + n));
      off += n;
      return n;
    };
    expect(p.dataCb(data.length, read, null, (arg) => freed.push(arg), 'token')).toBe(CURLE.OK);
    set(easy, 'MIMEPOST', mime);
    expect(await easy.perform()).toBe(CURLE.OK);
    const g = peer.got[0]!;
    expect(Number(g.headers['content-length'])).toBe(g.body.length);
    const f = (await formData(g)).get('cb') as string;
    expect(Buffer.from(f, 'latin1').length).toBeGreaterThan(0);
    expect(asks.length).toBeGreaterThan(1);
    expect(freed).toEqual([]);
    mime.free();
    expect(freed).toEqual(['token']);
  });

  it('of unknown size (-1) make a chunked body', async () => {
    const peer = await recorder();
    const { easy } = easyFor(peer.url());
    const chunks = ['one,', 'two,', 'three'];
    const mime = new Mime(easy);
    const p = mime.addPart()!;
    p.name('stream');
    p.dataCb(-1, (buf) => {
      const c = chunks.shift();
      if (c === undefined) return 0;
      buf.set(Buffer.from(c));
      return c.length;
    });
    set(easy, 'MIMEPOST', mime);
    expect(await easy.perform()).toBe(CURLE.OK);
    const g = peer.got[0]!;
    expect(g.headers['transfer-encoding']).toBe('chunked');
    expect(g.headers['content-length']).toBeUndefined();
    expect((await formData(g)).get('stream')).toBe('one,two,three');
  });

  it('pause with CURL_READFUNC_PAUSE until curl_easy_pause resumes sending; nothing lost or doubled', async () => {
    const peer = await recorder();
    const { easy } = easyFor(peer.url());
    let paused = 0;
    let done = false;
    const mime = new Mime(easy);
    const p = mime.addPart()!;
    p.name('p');
    p.dataCb(5, (buf) => {
      if (paused === 0) {
        paused++;
        setTimeout(() => easy.pause(CURLPAUSE_CONT), 30);
        return CURL_READFUNC_PAUSE;
      }
      if (done) return 0;
      done = true;
      buf.set(Buffer.from('later'));
      return 5;
    });
    set(easy, 'MIMEPOST', mime);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(paused).toBe(1);
    expect((await formData(peer.got[0]!)).get('p')).toBe('later');
  });

  it('abort with 42 (a throw too, its message kept), and a count larger than asked is 26 "read function returned funny value"', async () => {
    const peer = await recorder();
    for (const [ret, code, text] of [
      [CURL_READFUNC_ABORT, CURLE.ABORTED_BY_CALLBACK, 'operation aborted by callback'],
      [1 << 22, CURLE.READ_ERROR, 'read function returned funny value'],
      ['throw', CURLE.ABORTED_BY_CALLBACK, 'boom'],
    ] as const) {
      const { easy, err } = easyFor(peer.url());
      const mime = new Mime(easy);
      const p = mime.addPart()!;
      p.name('x');
      p.dataCb(10, () => {
        if (ret === 'throw') throw new Error('boom');
        return ret;
      });
      set(easy, 'MIMEPOST', mime);
      expect(await easy.perform()).toBe(code);
      expect(err.text).toBe(text);
    }
  });
});

describe('subparts, encoders and headers', () => {
  it.skipIf(!haveEmail)('nest a multipart/mixed with its own boundary; base64 and quoted-printable decode to the data', async () => {
    const peer = await recorder();
    const { easy } = easyFor(peer.url());
    const text = 'line one\r\nwith = sign and trailing space \r\n' + 'x'.repeat(100) + '\r\nünï\tcode';
    const bin = pattern(1000);
    const mime = curl_mime_init(easy);
    const alt = curl_mime_init(easy);
    const a1 = curl_mime_addpart(alt)!;
    curl_mime_data(a1, text);
    expect(curl_mime_encoder(a1, 'Quoted-Printable')).toBe(CURLE.OK);
    const a2 = curl_mime_addpart(alt)!;
    curl_mime_data(a2, bin);
    curl_mime_encoder(a2, 'base64');
    a2.filename('blob.bin');
    const top = curl_mime_addpart(mime)!;
    curl_mime_name(top, 'texts');
    expect(curl_mime_subparts(top, alt)).toBe(CURLE.OK);
    const h = mime.addPart()!;
    h.name('custom');
    h.data('{}');
    h.headers(['X-Part: yes', 'Content-Type: application/json']);
    const bits = mime.addPart()!;
    bits.name('seven');
    bits.data('plain ascii');
    bits.encoder('7bit');
    set(easy, 'MIMEPOST', mime);
    expect(await easy.perform()).toBe(CURLE.OK);
    const g = peer.got[0]!;
    // quoted-printable's size is only known by encoding: chunked
    expect(g.headers['transfer-encoding']).toBe('chunked');
    const tree = pyParse(g.headers['content-type']!, g.body);
    expect(tree.defects).toEqual([]);
    const [texts, custom, seven] = tree.parts!;
    expect(texts!.type).toBe('multipart/mixed');
    expect(texts!.name).toBe('texts');
    expect(texts!.boundary).toMatch(/^-{24}[A-Za-z0-9]{22}$/);
    expect(texts!.boundary).not.toBe(boundaryOf(g.headers['content-type']));
    const [qp, b64] = texts!.parts!;
    expect(qp!.cte).toBe('quoted-printable');
    expect(Buffer.from(qp!.content!, 'hex').toString('utf8')).toBe(text);
    // inside multipart/mixed there is no form-data disposition; a filename makes it attachment
    expect(qp!.disposition).toBe(null);
    expect(b64!.cte).toBe('base64');
    expect(b64!.disposition).toBe('attachment');
    expect(b64!.filename).toBe('blob.bin');
    expect(b64!.content).toBe(bin.toString('hex'));
    // every base64 line is 76 characters at most (RFC 2045 section 6.8)
    const raw = g.body.toString('latin1');
    const b64Lines = raw.slice(raw.indexOf('Content-Transfer-Encoding: base64')).split('\r\n').slice(2, 5);
    expect(b64Lines[0]!.length).toBe(76);
    // the user's Content-Type is the part's type, sent once, after libcurl's Content-Disposition
    expect(custom!.headers).toEqual([
      ['Content-Disposition', 'form-data; name="custom"'],
      ['Content-Type', 'application/json'],
      ['X-Part', 'yes'],
    ]);
    expect(seven!.cte).toBe('7bit');
  });

  it('7bit refuses a byte above 127 at perform with 26', async () => {
    const peer = await recorder();
    const { easy, err } = easyFor(peer.url());
    const mime = new Mime(easy);
    const p = mime.addPart()!;
    p.name('seven');
    p.data('naïve');
    p.encoder('7bit');
    set(easy, 'MIMEPOST', mime);
    expect(await easy.perform()).toBe(CURLE.READ_ERROR);
    expect(err.text).toBe('read error getting mime data');
  });

  it("HTTPHEADER's Content-Type replaces multipart/form-data and keeps the boundary; CUSTOMREQUEST changes the method only", async () => {
    const peer = await recorder();
    const { easy } = easyFor(peer.url());
    const mime = new Mime(easy);
    const p = mime.addPart()!;
    p.name('n');
    p.data('v');
    set(easy, 'MIMEPOST', mime);
    set(easy, 'HTTPHEADER', ['Content-Type: multipart/related']);
    set(easy, 'CUSTOMREQUEST', 'PUT');
    expect(await easy.perform()).toBe(CURLE.OK);
    const g = peer.got[0]!;
    expect(g.method).toBe('PUT');
    expect(g.headers['content-type']).toMatch(/^multipart\/related; boundary=-{24}[A-Za-z0-9]{22}$/);
    // not form-data: a named part is an attachment (lib/mime.c add_content_disposition)
    expect(g.body.toString('latin1')).toContain('Content-Disposition: attachment; name="n"\r\n');
    expect(g.rawHeaders.filter((h) => h.toLowerCase() === 'content-type')).toHaveLength(1);
  });
});

describe('MIME_OPTIONS and name escaping', () => {
  it('percent-encodes ", CR and LF by default; CURLMIMEOPT_FORMESCAPE uses backslashes and refuses CR/LF with 43', async () => {
    const peer = await recorder();
    const run = async (name: string, escape: boolean): Promise<{ rc: number; body: string }> => {
      const { easy } = easyFor(peer.url());
      const mime = new Mime(easy);
      const p = mime.addPart()!;
      p.name(name);
      p.data('v');
      p.filename('a\\b"c.txt');
      set(easy, 'MIMEPOST', mime);
      if (escape) expect(set(easy, 'MIME_OPTIONS', CURLMIMEOPT_FORMESCAPE)).toBe(CURLE.OK);
      const n = peer.got.length;
      const rc = await easy.perform();
      return { rc, body: peer.got.length > n ? peer.got[n]!.body.toString('latin1') : '' };
    };
    const plain = await run('x"y\r\nz', false);
    expect(plain.rc).toBe(CURLE.OK);
    expect(plain.body).toContain('Content-Disposition: form-data; name="x%22y%0D%0Az"; filename="a\\b%22c.txt"\r\n');
    const escaped = await run('x"y', true);
    expect(escaped.body).toContain('Content-Disposition: form-data; name="x\\"y"; filename="a\\\\b\\"c.txt"\r\n');
    const refused = await run('x\ny', true);
    expect(refused.rc).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(refused.body).toBe('');
  });
});

describe('files that are not there', () => {
  it('curl_mime_filedata on a missing file is 26 at once; a file removed before perform is 26 at perform', async () => {
    const dir = tmp();
    const peer = await recorder();
    const { easy, err } = easyFor(peer.url());
    const mime = new Mime(easy);
    const p = mime.addPart()!;
    p.name('f');
    p.data('data first');
    expect(p.filedata(join(dir, 'missing.txt'))).toBe(CURLE.READ_ERROR);
    const file = join(dir, 'gone.txt');
    writeFileSync(file, 'soon gone');
    const q = mime.addPart()!;
    q.name('g');
    expect(q.filedata(file)).toBe(CURLE.OK);
    rmSync(file);
    set(easy, 'MIMEPOST', mime);
    expect(await easy.perform()).toBe(CURLE.READ_ERROR);
    expect(err.text).toBe('read error getting mime data');
  });
});

describe('the mime API calls', () => {
  it("return libcurl's codes: null part 43, unknown encoder 43, subparts of itself 43, one mime on two handles 43", () => {
    const easy = new Easy();
    handles.push(easy);
    expect(curl_mime_name(null, 'x')).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(curl_mime_addpart(null)).toBe(null);
    const mime = new Mime(easy);
    const p = mime.addPart()!;
    expect(p.encoder('gzip')).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(p.encoder('BASE64')).toBe(CURLE.OK);
    expect(p.encoder(null)).toBe(CURLE.OK);
    expect(p.subparts(mime)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(p.data('abc', 5)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(set(easy, 'MIMEPOST', mime)).toBe(CURLE.OK);
    const other = new Easy();
    handles.push(other);
    expect(set(other, 'MIMEPOST', mime)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(set(other, 'MIMEPOST', 'not a mime')).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    // once the first handle lets go of it (reset), another may take it
    easy.reset();
    expect(set(other, 'MIMEPOST', mime)).toBe(CURLE.OK);
    // a subpart mime belongs to its part
    const sub = new Mime(easy);
    const q = mime.addPart()!;
    expect(q.subparts(sub)).toBe(CURLE.OK);
    expect(mime.addPart()!.subparts(sub)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
  });

  it('after curl_mime_free every call is 43, addpart is null, and the handle posts an empty body', async () => {
    const peer = await recorder();
    const { easy } = easyFor(peer.url());
    const mime = new Mime(easy);
    const p = mime.addPart()!;
    p.name('x');
    p.data('y');
    set(easy, 'MIMEPOST', mime);
    mime.free();
    expect(mime.addPart()).toBe(null);
    expect(p.name('z')).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(p.data('z')).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(set(easy, 'MIMEPOST', mime)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(await easy.perform()).toBe(CURLE.OK);
    const g = peer.got[0]!;
    expect(g.method).toBe('POST');
    expect(g.headers['content-length']).toBe('0');
    expect(g.headers['content-type']).toBeUndefined();
  });

  it('Mime.from builds the parts of a list, subparts included; a failing field throws', async () => {
    const dir = tmp();
    const file = join(dir, 'f.txt');
    writeFileSync(file, 'file text');
    const peer = await recorder();
    const { easy } = easyFor(peer.url());
    const mime = Mime.from([
      { name: 'a', data: '1' },
      { name: 'f', file, type: 'text/csv' },
      { name: 'nested', subparts: [{ data: 'inner' }] },
    ]);
    set(easy, 'MIMEPOST', mime);
    expect(await easy.perform()).toBe(CURLE.OK);
    const fd = await formData(peer.got[0]!);
    expect(fd.get('a')).toBe('1');
    const f = fd.get('f') as File;
    expect([f.name, f.type, await f.text()]).toEqual(['f.txt', 'text/csv', 'file text']);
    expect(peer.got[0]!.body.toString('latin1')).toMatch(/name="nested"\r\nContent-Type: multipart\/mixed; boundary=-{24}[A-Za-z0-9]{22}\r\n/);
    expect(() => Mime.from([{ name: 'x', encoder: 'zip' }])).toThrow('Mime.from: part 0 (x): encoder returned 43');
    expect(() => Mime.from([{ name: 'y', file: join(dir, 'none') }])).toThrow('file returned 26');
    mime.free();
  });

  it('duphandle copies the form with a boundary of its own', async () => {
    const peer = await recorder();
    const { easy } = easyFor(peer.url());
    const mime = new Mime(easy);
    const p = mime.addPart()!;
    p.name('x');
    p.data('y');
    set(easy, 'MIMEPOST', mime);
    const copy = easy.duphandle()!;
    handles.push(copy);
    mime.free();
    expect(await copy.perform()).toBe(CURLE.OK);
    expect((await formData(peer.got[0]!)).get('x')).toBe('y');
  });
});
