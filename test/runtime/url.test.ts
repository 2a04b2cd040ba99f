// URLs as perform sees them: syntax errors give 3 with libcurl's "URL rejected: ..." texts,
// schemes the runtime does not serve give 1, scheme-less URLs are guessed, EFFECTIVE_URL.
import { afterEach, describe, expect, it } from 'vitest';
import { CURLE, Easy } from '../../runtime/index.js';
import { parseUrl, targetFromUrl } from '../../runtime/core/url.js';
import { closeAll, connectOnly, info, listen, set } from './helpers.js';

afterEach(closeAll);

async function performText(url: string | null): Promise<{ code: number; text: string }> {
  const easy = new Easy();
  if (url !== null) set(easy, 'URL', url);
  set(easy, 'CONNECT_ONLY', 1);
  const errors = { text: '' };
  set(easy, 'ERRORBUFFER', errors);
  const code = await easy.perform();
  easy.cleanup();
  return { code, text: errors.text };
}

describe('bad URLs give 3', () => {
  const cases: [string, string][] = [
    ['http://exa mple.com/', 'URL rejected: Malformed input to a URL function'],
    ['http://example.com/a b', 'URL rejected: Malformed input to a URL function'],
    ['http://example.com/\r\nX: y', 'URL rejected: Malformed input to a URL function'],
    ['', 'URL rejected: Malformed input to a URL function'],
    ['http://', 'URL rejected: No host part in the URL'],
    ['http://:80/', 'URL rejected: No host part in the URL'],
    ['http://example.com:99999/', 'URL rejected: Port number was not a decimal number between 0 and 65535'],
    ['http://example.com:8x/', 'URL rejected: Port number was not a decimal number between 0 and 65535'],
    ['http://[::1/', 'URL rejected: Bad IPv6 address'],
    ['http://[fe80::zz]/', 'URL rejected: Bad IPv6 address'],
    ['http://exa<mple.com/', 'URL rejected: Bad hostname'],
    ['http://exa%25mple.com/', 'URL rejected: Bad hostname'],
    ['http:////example.com/', 'URL rejected: Unsupported number of slashes following scheme'],
  ];
  for (const [url, text] of cases) {
    it(JSON.stringify(url), async () => {
      expect(await performText(url)).toEqual({ code: CURLE.URL_MALFORMAT, text });
    });
  }

  it('no URL at all: "No URL set"', async () => {
    expect(await performText(null)).toEqual({ code: CURLE.URL_MALFORMAT, text: 'No URL set' });
  });
});

describe('schemes', () => {
  it('an unknown scheme gives 1', async () => {
    expect(await performText('xyz://example.com/')).toEqual({
      code: CURLE.UNSUPPORTED_PROTOCOL,
      text: 'Protocol "xyz" not supported',
    });
  });

  it('schemes whose connect phase is not built give 1 (decision 10)', async () => {
    for (const s of ['ldap', 'smb', 'mqtt', 'scp', 'sftp', 'tftp']) {
      expect((await performText(`${s}://127.0.0.1/`)).code, s).toBe(CURLE.UNSUPPORTED_PROTOCOL);
    }
  });

  it('plain TCP schemes connect: telnet, dict, gopher with their URL ports', async () => {
    const peer = await listen();
    for (const s of ['telnet', 'dict', 'gopher', 'ws', 'http']) {
      const easy = connectOnly(`${s}://127.0.0.1:${peer.port}/`);
      expect(await easy.perform(), s).toBe(CURLE.OK);
      easy.cleanup();
    }
  });

  it('default ports per scheme', () => {
    expect(targetFromUrl('http://h/', 0).port).toBe(80);
    expect(targetFromUrl('https://h/', 0)).toMatchObject({ port: 443, tls: true });
    expect(targetFromUrl('ws://h/', 0).port).toBe(80);
    expect(targetFromUrl('wss://h/', 0)).toMatchObject({ port: 443, tls: true });
    expect(targetFromUrl('telnet://h', 0).port).toBe(23);
    expect(targetFromUrl('dict://h', 0).port).toBe(2628);
    expect(targetFromUrl('gopher://h', 0).port).toBe(70);
    expect(targetFromUrl('HTTP://h/', 0).scheme).toBe('http');
  });
});

describe('parsing', () => {
  it('guesses http for a URL without a scheme', async () => {
    const peer = await listen();
    const easy = connectOnly(`127.0.0.1:${peer.port}`);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'EFFECTIVE_URL').value).toBe(`http://127.0.0.1:${peer.port}/`);
    easy.cleanup();
    expect(parseUrl('ftp.example.com/x').scheme).toBe('ftp');
    expect(parseUrl('localhost:8080').scheme).toBe('http');
  });

  it('IPv6 literals lose their brackets as hosts and keep them in the URL', () => {
    const t = targetFromUrl('http://[::1]:8080/a?b#c', 0);
    expect(t).toMatchObject({ host: '::1', port: 8080, path: '/a?b', url: 'http://[::1]:8080/a?b#c' });
  });

  it('normalises IPv4 forms and dot segments as curl does', () => {
    expect(parseUrl('http://127.1/').host).toBe('127.0.0.1');
    expect(parseUrl('http://0x7f000001/').host).toBe('127.0.0.1');
    expect(parseUrl('http://h/a/b/../c/./d').path).toBe('/a/c/d');
    expect(parseUrl('http://h').path).toBe('/');
  });

  it('CURLOPT_PORT replaces the port, also in EFFECTIVE_URL', async () => {
    const peer = await listen();
    const easy = connectOnly('http://127.0.0.1:1/x');
    set(easy, 'PORT', peer.port);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'EFFECTIVE_URL').value).toBe(`http://127.0.0.1:${peer.port}/x`);
    expect(info(easy, 'PRIMARY_PORT').value).toBe(peer.port);
    easy.cleanup();
  });
});
