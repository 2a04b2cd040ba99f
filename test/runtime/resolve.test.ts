// Name resolution: RESOLVE, CONNECT_TO, IPRESOLVE, localhost names, the DNS cache, failures.
// No name here reaches a DNS server: localhost names and IP literals are resolved internally.
import { afterEach, describe, expect, it } from 'vitest';
import { CURL_IPRESOLVE_V4, CURL_IPRESOLVE_V6, CURLE } from '../../runtime/index.js';
import { capture, closeAll, connectOnly, deadPort, info, listen, set } from './helpers.js';

afterEach(closeAll);

describe('CURLOPT_RESOLVE', () => {
  it('sends a name to the given address, announced as added to the DNS cache', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://example.test:${peer.port}/`);
    set(easy, 'RESOLVE', [`example.test:${peer.port}:127.0.0.1`]);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    // lib/vdns/dnscache.c Curl_loadhostpairs, lib/vdns/hostip.c, lib/vdns/cf-dns.c cf_dns_report
    expect(log.lines().slice(0, 6)).toEqual([
      `[DNS] added example.test:${peer.port}:127.0.0.1 to cache`,
      'Hostname example.test was found in DNS cache',
      `Host example.test:${peer.port} was resolved.`,
      'IPv6: (none)',
      'IPv4: 127.0.0.1',
      `  Trying 127.0.0.1:${peer.port}...`,
    ]);
    expect(log.lines()).toContain(
      `Connection #0 to host example.test:${peer.port} left intact`,
    );
    easy.cleanup();
  });

  it('takes several addresses and bracketed IPv6, tries them in order', async () => {
    const peer = await listen(() => {}, '::1');
    const dead = await deadPort();
    const easy = connectOnly(`http://multi.test:${peer.port}/`);
    set(easy, 'RESOLVE', [`+multi.test:${peer.port}:127.0.0.1,[::1]`]);
    const log = capture(easy);
    expect(dead).toBeGreaterThan(0);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines().slice(0, 5)).toEqual([
      `[DNS] added multi.test:${peer.port}:127.0.0.1,[::1] to cache (non-permanent)`,
      'Hostname multi.test was found in DNS cache',
      `Host multi.test:${peer.port} was resolved.`,
      'IPv6: ::1',
      'IPv4: 127.0.0.1',
    ]);
    // IPv6 first
    expect(log.lines()[5]).toBe(`  Trying [::1]:${peer.port}...`);
    easy.cleanup();
  });

  it('a second perform discards the old entry and adds it again', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://again.test:${peer.port}/`);
    set(easy, 'RESOLVE', [`again.test:${peer.port}:127.0.0.1`]);
    expect(await easy.perform()).toBe(CURLE.OK);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines().slice(0, 3)).toEqual([
      'closing connection #0',
      `RESOLVE again.test:${peer.port} - old addresses discarded`,
      `[DNS] added again.test:${peer.port}:127.0.0.1 to cache`,
    ]);
    easy.cleanup();
  });

  it('"-host:port" removes an entry', async () => {
    const peer = await listen();
    // a *.localhost name: once its entry is gone it resolves internally, never through DNS
    const easy = connectOnly(`http://gone.localhost:${peer.port}/`);
    set(easy, 'RESOLVE', [`gone.localhost:${peer.port}:127.0.0.1`]);
    expect(await easy.perform()).toBe(CURLE.OK);
    set(easy, 'RESOLVE', [`-gone.localhost:${peer.port}`]);
    set(easy, 'IPRESOLVE', CURL_IPRESOLVE_V4);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines().slice(0, 4)).toEqual([
      'closing connection #0',
      `Host gone.localhost:${peer.port} was resolved.`,
      'IPv6: (none)',
      'IPv4: 127.0.0.1',
    ]);
    easy.cleanup();
  });

  it('an entry that does not parse fails the perform with 49', async () => {
    const easy = connectOnly('http://x.test/');
    set(easy, 'RESOLVE', ['x.test:80:not-an-address']);
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.SETOPT_OPTION_SYNTAX);
    expect(errors.text).toBe("Could not parse CURLOPT_RESOLVE entry 'x.test:80:not-an-address'");
    expect(log.lines()[0]).toBe("Resolve IP address 'not-an-address' found is illegal");
  });
});

describe('CURLOPT_CONNECT_TO', () => {
  it('connects elsewhere; the connection keeps the URL host name', async () => {
    const peer = await listen();
    const easy = connectOnly('http://app.test:80/');
    set(easy, 'CONNECT_TO', ['other.test:80:x:1', `app.test:80:127.0.0.1:${peer.port}`]);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    // 8.22 logs nothing for the switch (lib/peer.c Curl_peer_from_connect_to)
    expect(log.lines()[0]).toBe(`  Trying 127.0.0.1:${peer.port}...`);
    expect(log.lines().at(-1)).toBe('Connection #0 to host app.test:80 left intact');
    expect(info(easy, 'PRIMARY_PORT').value).toBe(peer.port);
    easy.cleanup();
  });

  it('empty parts match any host and keep the host', async () => {
    const peer = await listen();
    const easy = connectOnly('http://127.0.0.1:1/');
    set(easy, 'CONNECT_TO', [`::127.0.0.1:${peer.port}`]);
    expect(await easy.perform()).toBe(CURLE.OK);
    easy.cleanup();
    const e2 = connectOnly('http://127.0.0.1:1/');
    set(e2, 'CONNECT_TO', [`127.0.0.1::[::1]:`]);
    const log = capture(e2);
    expect(await e2.perform()).toBe(CURLE.COULDNT_CONNECT);
    // the failure names the origin and where it went instead
    expect(log.lines()).toContainEqual(expect.stringMatching(/^Failed to connect to 127\.0\.0\.1:1 via ::1:1 after \d+ ms: Could not connect to server$/));
    e2.cleanup();
  });

  it('a CONNECT-TO-PORT that is not a number gives 49 "No valid port number in \'...\'"', async () => {
    const easy = connectOnly('http://127.0.0.1:1/');
    set(easy, 'CONNECT_TO', ['127.0.0.1:1:h:xx']);
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    expect(await easy.perform()).toBe(CURLE.SETOPT_OPTION_SYNTAX);
    expect(errors.text).toBe("No valid port number in 'h:xx'");
    easy.cleanup();
  });

  it('entries 8.22 cannot match are skipped, not errors; the first usable one wins', async () => {
    const peer = await listen();
    const easy = connectOnly('http://App.Test:80/');
    set(easy, 'CONNECT_TO', [
      'garbage',
      'app.test:xx:127.0.0.1:1',
      'app.test:80',
      'app.test:80:',
      'app.testing:80:127.0.0.1:1',
      `APP.TEST:80:127.0.0.1:${peer.port}`,
    ]);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'PRIMARY_PORT').value).toBe(peer.port);
    easy.cleanup();
  });

  it('a bracketed CONNECT-TO-HOST must be an IPv6 address: 3 when it is not, 49 when it does not close', async () => {
    for (const [entry, code, text] of [
      ['127.0.0.1:1:[nope]:80', CURLE.URL_MALFORMAT, "Invalid IPv6 address format in '[nope]'"],
      ['127.0.0.1:1:[::1', CURLE.SETOPT_OPTION_SYNTAX, "Invalid IPv6 address format in '[::1'"],
    ] as const) {
      const easy = connectOnly('http://127.0.0.1:1/');
      set(easy, 'CONNECT_TO', [entry]);
      const errors = { text: '' };
      set(easy, 'ERRORBUFFER', errors);
      expect(await easy.perform()).toBe(code);
      expect(errors.text).toBe(text);
      easy.cleanup();
    }
  });
});

describe('localhost and IPRESOLVE', () => {
  it('*.localhost is ::1 and 127.0.0.1 without DNS', async () => {
    const peer = await listen(() => {}, '::1');
    const easy = connectOnly(`http://app.localhost:${peer.port}/`);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines().slice(0, 3)).toEqual([`Host app.localhost:${peer.port} was resolved.`, 'IPv6: ::1', 'IPv4: 127.0.0.1']);
    easy.cleanup();
  });

  it('IPRESOLVE V4 keeps only IPv4 addresses', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://localhost:${peer.port}/`);
    set(easy, 'IPRESOLVE', CURL_IPRESOLVE_V4);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines().slice(0, 4)).toEqual([
      `Host localhost:${peer.port} was resolved.`,
      'IPv6: (none)',
      'IPv4: 127.0.0.1',
      `  Trying 127.0.0.1:${peer.port}...`,
    ]);
    easy.cleanup();
  });

  it('IPRESOLVE V6 keeps only IPv6 addresses', async () => {
    const peer = await listen(() => {}, '::1');
    const easy = connectOnly(`http://localhost:${peer.port}/`);
    set(easy, 'IPRESOLVE', CURL_IPRESOLVE_V6);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'PRIMARY_IP').value).toBe('::1');
    easy.cleanup();
  });

  it('no usable address gives 6 "Could not resolve host: NAME"', async () => {
    const easy = connectOnly('http://127.0.0.1:9/');
    set(easy, 'IPRESOLVE', CURL_IPRESOLVE_V6);
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.COULDNT_RESOLVE_HOST);
    expect(errors.text).toBe('Could not resolve host: 127.0.0.1');
    expect(log.lines()).toEqual(['Could not resolve host: 127.0.0.1', 'closing connection #0']);
  });

  it('a proxy that cannot be resolved gives 5', async () => {
    const easy = connectOnly('http://example.test/');
    set(easy, 'PROXY', 'http://127.0.0.1:3128');
    set(easy, 'IPRESOLVE', CURL_IPRESOLVE_V6);
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    expect(await easy.perform()).toBe(CURLE.COULDNT_RESOLVE_PROXY);
    expect(errors.text).toBe('Could not resolve proxy: 127.0.0.1');
  });
});
