// The HTTP/1.x request block as libcurl 8.22 writes it (lib/http.c H1_HD_* order, custom header
// rules, content headers, forward proxy, WebSocket upgrade M1), byte for byte.
import { describe, expect, it } from 'vitest';
import { CURLE } from '../../runtime/base/codes.js';
import { CurlError } from '../../runtime/base/error.js';
import { buildRequest, initialRequestState, type RequestInput } from '../../runtime/http/request.js';
import { defaultOptions, type EasyOptions } from '../../runtime/base/options.js';
import { targetFromUrl } from '../../runtime/core/url.js';

function build(url: string, o: Partial<EasyOptions> = {}, extra: Partial<RequestInput> = {}) {
  const opts = { ...defaultOptions(), url, ...o };
  const target = targetFromUrl(url, opts.port);
  return buildRequest({ opts, target, state: initialRequestState(opts, target), ...extra });
}

function codeOf(fn: () => unknown): number {
  try {
    fn();
    return 0;
  } catch (err) {
    if (err instanceof CurlError) return err.code;
    throw err;
  }
}

describe('request line and default headers', () => {
  it('GET with Host (port kept when not the default) and Accept', () => {
    const r = build('http://127.0.0.1:8080/path?q=1#frag');
    expect(r.head).toBe('GET /path?q=1 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nAccept: */*\r\n\r\n');
    expect(r.method).toBe('GET');
    expect(r.body).toBeNull();
    expect(r.headBytes.toString('latin1')).toBe(r.head);
  });

  it('leaves the default port out of Host, per scheme', () => {
    expect(build('http://example.com/').head).toContain('\r\nHost: example.com\r\n');
    expect(build('https://example.com:443/').head).toContain('\r\nHost: example.com\r\n');
    expect(build('https://example.com:80/').head).toContain('\r\nHost: example.com:80\r\n');
    expect(build('ws://example.com/', {}, { wsKey: 'k' }).head).toContain('\r\nHost: example.com\r\n');
  });

  it('brackets an IPv6 literal in Host', () => {
    expect(build('http://[::1]:9000/').head).toContain('\r\nHost: [::1]:9000\r\n');
  });

  it('sends User-Agent between Host and Accept when set and not empty', () => {
    expect(build('http://h/', { userAgent: 'agent/1' }).head).toBe(
      'GET / HTTP/1.1\r\nHost: h\r\nUser-Agent: agent/1\r\nAccept: */*\r\n\r\n',
    );
    expect(build('http://h/', { userAgent: '' }).head).not.toContain('User-Agent');
  });

  it('says HEAD for NOBODY and HTTP/1.0 for CURL_HTTP_VERSION_1_0', () => {
    const r = build('http://h/', { nobody: true, httpVersion: 1 });
    expect(r.head.split('\r\n')[0]).toBe('HEAD / HTTP/1.0');
    expect(r.noBody).toBe(true);
    expect(r.http10).toBe(true);
  });
});

describe('POST', () => {
  it('sends Content-Length and the form Content-Type after the custom headers', () => {
    const r = build('http://h/f', { postFields: 'a=1&b=2', httpHeaders: ['X-One: 1'] });
    expect(r.head).toBe(
      'POST /f HTTP/1.1\r\nHost: h\r\nAccept: */*\r\nX-One: 1\r\nContent-Length: 7\r\n' +
        'Content-Type: application/x-www-form-urlencoded\r\n\r\n',
    );
    expect(Buffer.from(r.body!).toString()).toBe('a=1&b=2');
    expect(r.expect100).toBe(false);
  });

  it('takes POSTFIELDSIZE bytes of POSTFIELDS and refuses a size beyond them', () => {
    const r = build('http://h/', { postFields: Buffer.from('abcdef'), postFieldSize: 3 });
    expect(Buffer.from(r.body!).toString()).toBe('abc');
    expect(r.head).toContain('Content-Length: 3\r\n');
    expect(codeOf(() => build('http://h/', { postFields: 'ab', postFieldSize: 5 }))).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
  });

  it('POST=1 without POSTFIELDS sends an empty body', () => {
    const r = build('http://h/', { post: true });
    expect(r.head).toContain('POST / HTTP/1.1\r\n');
    expect(r.head).toContain('Content-Length: 0\r\n');
    expect(r.body).toBeNull();
  });

  it('CUSTOMREQUEST replaces only the method word', () => {
    const r = build('http://h/', { postFields: 'x', customRequest: 'PATCH' });
    expect(r.head.startsWith('PATCH / HTTP/1.1\r\n')).toBe(true);
    expect(r.head).toContain('Content-Length: 1\r\n');
    expect(Buffer.from(r.body!).toString()).toBe('x');
  });

  it('custom Content-Type and Content-Length replace the defaults', () => {
    const r = build('http://h/', { postFields: 'xy', httpHeaders: ['Content-Type: text/plain', 'Content-Length: 2'] });
    expect(r.head).toBe('POST / HTTP/1.1\r\nHost: h\r\nAccept: */*\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\n');
  });

  it('announces Expect: 100-continue for bodies over 1 MiB on HTTP/1.1 only', () => {
    const big = Buffer.alloc(1024 * 1024 + 1, 0x61);
    const r = build('http://h/', { postFields: big });
    expect(r.head.endsWith('Content-Type: application/x-www-form-urlencoded\r\nExpect: 100-continue\r\n\r\n')).toBe(true);
    expect(r.expect100).toBe(true);
    expect(build('http://h/', { postFields: big, httpVersion: 1 }).expect100).toBe(false);
    const off = build('http://h/', { postFields: big, httpHeaders: ['Expect:'] });
    expect(off.expect100).toBe(false);
    expect(off.head).not.toContain('Expect');
    expect(build('http://h/', { postFields: Buffer.alloc(1024 * 1024, 0x61) }).expect100).toBe(false);
  });

  it('a custom Transfer-Encoding: chunked sends the body chunked without Content-Length', () => {
    const r = build('http://h/', { postFields: 'hello', httpHeaders: ['Transfer-Encoding: chunked'] });
    expect(r.head).not.toContain('Content-Length');
    expect(r.head).toContain('Transfer-Encoding: chunked\r\n');
    expect(Buffer.from(r.body!).toString()).toBe('5\r\nhello\r\n0\r\n\r\n');
  });
});

describe('custom headers (CURLOPT_HTTPHEADER)', () => {
  it('replaces a default header in the custom position', () => {
    const r = build('http://h/', { httpHeaders: ['Accept: text/html'] });
    expect(r.head).toBe('GET / HTTP/1.1\r\nHost: h\r\nAccept: text/html\r\n\r\n');
  });

  it('"Name:" removes the default, "Name;" sends it empty, an entry without colon is ignored', () => {
    const r = build('http://h/', { userAgent: 'ua', httpHeaders: ['Accept:', 'User-Agent:', 'X-Empty;', 'NoColon', 'X-Blank:   '] });
    expect(r.head).toBe('GET / HTTP/1.1\r\nHost: h\r\nX-Empty:\r\n\r\n');
  });

  it('sends a header as written, spacing included', () => {
    expect(build('http://h/', { httpHeaders: ['X-Tight:v', 'X-Wide:   w  '] }).head).toContain('\r\nX-Tight:v\r\nX-Wide:   w  \r\n');
  });

  it('puts a custom Host where Host goes; "Host:" sends none', () => {
    expect(build('http://h:81/', { httpHeaders: ['X-A: 1', 'Host: other.test'] }).head).toBe(
      'GET / HTTP/1.1\r\nHost: other.test\r\nAccept: */*\r\nX-A: 1\r\n\r\n',
    );
    expect(build('http://h/', { httpHeaders: ['Host:'] }).head).toBe('GET / HTTP/1.1\r\nAccept: */*\r\n\r\n');
  });

  it('a custom User-Agent replaces USERAGENT, in the custom position', () => {
    expect(build('http://h/', { userAgent: 'opt', httpHeaders: ['User-Agent: mine'] }).head).toBe(
      'GET / HTTP/1.1\r\nHost: h\r\nAccept: */*\r\nUser-Agent: mine\r\n\r\n',
    );
  });

  it('moves a custom Connection to the end, after the content headers', () => {
    expect(build('http://h/', { postFields: 'x', httpHeaders: ['Connection: close', 'X-B: 2'] }).head).toBe(
      'POST / HTTP/1.1\r\nHost: h\r\nAccept: */*\r\nX-B: 2\r\nContent-Length: 1\r\n' +
        'Content-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n\r\n',
    );
  });

  it('refuses CR or LF in a header, CUSTOMREQUEST or USERAGENT with 43', () => {
    expect(codeOf(() => build('http://h/', { httpHeaders: ['X-A: 1\r\nX-B: 2'] }))).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(codeOf(() => build('http://h/', { customRequest: 'GET\n' }))).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(codeOf(() => build('http://h/', { userAgent: 'a\rb' }))).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
  });

  it('after a redirect to another host: default Host, no custom Authorization or Cookie', () => {
    const opts = { ...defaultOptions(), httpHeaders: ['Host: first.test', 'Authorization: Bearer t', 'Cookie: c=1', 'X-K: v'] };
    const first = targetFromUrl('http://first.test/', 0);
    const state = { ...initialRequestState(opts, first), isFollow: true };
    const other = targetFromUrl('http://second.test/', 0);
    expect(buildRequest({ opts, target: other, state }).head).toBe(
      'GET / HTTP/1.1\r\nHost: second.test\r\nAccept: */*\r\nX-K: v\r\n\r\n',
    );
    const same = targetFromUrl('http://first.test/next', 0);
    expect(buildRequest({ opts, target: same, state }).head).toBe(
      'GET /next HTTP/1.1\r\nHost: first.test\r\nAccept: */*\r\nAuthorization: Bearer t\r\nCookie: c=1\r\nX-K: v\r\n\r\n',
    );
  });
});

describe('towards a forward proxy', () => {
  it('sends the absolute URL, Proxy-Authorization and Proxy-Connection, and PROXYHEADER entries', () => {
    const r = build(
      'http://user:pw@target.test:8080/p?q#f',
      { userAgent: 'ua', httpHeaders: ['X-H: 1'], proxyHeaders: ['X-P: 2'] },
      { forwardProxy: true, proxyAuthorization: 'Basic dTpw' },
    );
    expect(r.head).toBe(
      'GET http://target.test:8080/p?q HTTP/1.1\r\nHost: target.test:8080\r\nProxy-Authorization: Basic dTpw\r\n' +
        'User-Agent: ua\r\nAccept: */*\r\nProxy-Connection: Keep-Alive\r\nX-H: 1\r\nX-P: 2\r\n\r\n',
    );
  });

  it('leaves the default port out of the absolute URL; a custom Proxy-Connection replaces it', () => {
    const r = build('http://target.test:80/', { proxyHeaders: ['Proxy-Connection: close'] }, { forwardProxy: true });
    expect(r.head).toBe('GET http://target.test/ HTTP/1.1\r\nHost: target.test\r\nAccept: */*\r\nProxy-Connection: close\r\n\r\n');
  });
});

describe('WebSocket upgrade request (M1)', () => {
  it('has libcurl order: Upgrade, Version, Key, custom headers, Connection: Upgrade', () => {
    const r = build('ws://h:9/chat', { userAgent: 'ua', httpHeaders: ['X-A: 1'] }, { wsKey: 'dGhlIHNhbXBsZSBub25jZQ==' });
    expect(r.head).toBe(
      'GET /chat HTTP/1.1\r\nHost: h:9\r\nUser-Agent: ua\r\nAccept: */*\r\nUpgrade: websocket\r\n' +
        'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nX-A: 1\r\nConnection: Upgrade\r\n\r\n',
    );
    expect(r.wsKey).toBe('dGhlIHNhbXBsZSBub25jZQ==');
  });

  it('a custom key replaces ours (and is the one verified); a custom Connection is merged', () => {
    const r = build(
      'ws://h/',
      { httpHeaders: ['Sec-WebSocket-Key: bXkga2V5', 'Connection: keep-alive'], postFields: 'ignored' },
      { wsKey: 'ours' },
    );
    expect(r.head).toBe(
      'GET / HTTP/1.1\r\nHost: h\r\nAccept: */*\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n' +
        'Sec-WebSocket-Key: bXkga2V5\r\nConnection: keep-alive, Upgrade\r\n\r\n',
    );
    expect(r.wsKey).toBe('bXkga2V5');
    expect(r.body).toBeNull();
  });
});
