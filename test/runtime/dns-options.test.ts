// CURLOPT_DNS_CACHE_TIMEOUT, CURLOPT_DNS_SHUFFLE_ADDRESSES and CURLINFO_NAMELOOKUP_TIME(_T).
// No name here reaches a DNS server: localhost names are resolved internally, other names come
// from CURLOPT_RESOLVE. lib/vdns/dnscache.c fetch_addr, Curl_dnscache_prune, dns_shuffle_addr.
import { afterEach, describe, expect, it } from 'vitest';
import { CURLE, Easy } from '../../runtime/index.js';
import { capture, closeAll, connectOnly, deadPort, info, listen, set } from './helpers.js';

afterEach(closeAll);

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('CURLOPT_DNS_CACHE_TIMEOUT', () => {
  it('keeps an answer for the next perform by default', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://localhost:${peer.port}/`);
    expect(await easy.perform()).toBe(CURLE.OK);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines()).toContain('Hostname localhost was found in DNS cache');
    easy.cleanup();
  });

  it('0 keeps nothing past the transfer', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://localhost:${peer.port}/`);
    expect(set(easy, 'DNS_CACHE_TIMEOUT', 0)).toBe(CURLE.OK);
    expect(await easy.perform()).toBe(CURLE.OK);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines()).not.toContain('Hostname localhost was found in DNS cache');
    expect(log.lines()).not.toContain('Hostname in DNS cache was stale, zapped');
    expect(log.lines()).toContain(`Host localhost:${peer.port} was resolved.`);
    easy.cleanup();
  });

  it('zaps an answer that aged past the timeout when it is looked up; -1 keeps it', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://localhost:${peer.port}/`);
    set(easy, 'DNS_CACHE_TIMEOUT', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    await sleep(1100);
    // forever: the old answer is still good
    set(easy, 'DNS_CACHE_TIMEOUT', -1);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines()).toContain('Hostname localhost was found in DNS cache');
    // the age is held against the value set now
    set(easy, 'DNS_CACHE_TIMEOUT', 1);
    log.events.length = 0;
    expect(await easy.perform()).toBe(CURLE.OK);
    const lines = log.lines();
    expect(lines).toContain('Hostname in DNS cache was stale, zapped');
    expect(lines).not.toContain('Hostname localhost was found in DNS cache');
    expect(lines.indexOf('Hostname in DNS cache was stale, zapped')).toBeLessThan(lines.indexOf(`Host localhost:${peer.port} was resolved.`));
    easy.cleanup();
  });

  it('never ages permanent CURLOPT_RESOLVE entries', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://pinned.test:${peer.port}/`);
    set(easy, 'RESOLVE', [`pinned.test:${peer.port}:127.0.0.1`]);
    set(easy, 'DNS_CACHE_TIMEOUT', 0);
    expect(await easy.perform()).toBe(CURLE.OK);
    set(easy, 'RESOLVE', null);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines()).toContain('Hostname pinned.test was found in DNS cache');
    easy.cleanup();
  });

  it('refuses values below -1 with 43 and keeps the old one', async () => {
    const easy = connectOnly('http://localhost:1/');
    expect(set(easy, 'DNS_CACHE_TIMEOUT', -2)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    expect(set(easy, 'DNS_CACHE_TIMEOUT', 2 ** 40)).toBe(CURLE.OK);
    easy.cleanup();
  });
});

describe('CURLOPT_DNS_SHUFFLE_ADDRESSES', () => {
  const addresses = Array.from({ length: 20 }, (_, i) => `127.0.0.${i + 1}`);
  const ipv4Line = (lines: string[]): string[] => lines.find((l) => l.startsWith('IPv4: '))!.slice(6).split(', ');

  it('keeps the given order when off', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://many.test:${peer.port}/`);
    set(easy, 'RESOLVE', [`many.test:${peer.port}:${addresses.join(',')}`]);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(ipv4Line(log.lines())).toEqual(addresses);
    expect(log.lines()).toContain(`  Trying 127.0.0.1:${peer.port}...`);
    easy.cleanup();
  });

  it('shuffles the addresses once, and the cache keeps that order', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://many.test:${peer.port}/`);
    set(easy, 'RESOLVE', [`+many.test:${peer.port}:${addresses.join(',')}`]);
    set(easy, 'DNS_SHUFFLE_ADDRESSES', 1);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    const order = ipv4Line(log.lines());
    // 20! orders: the chance of the given one coming back is nil
    expect(order).not.toEqual(addresses);
    expect([...order].sort()).toEqual([...addresses].sort());
    // the first address tried is the first of the shuffled answer; only 127.0.0.1 listens
    expect(log.lines().find((l) => l.startsWith('  Trying '))).toBe(`  Trying ${order[0]}:${peer.port}...`);
    expect(info(easy, 'PRIMARY_IP').value).toBe('127.0.0.1');
    set(easy, 'RESOLVE', null);
    log.events.length = 0;
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines()).toContain('Hostname many.test was found in DNS cache');
    expect(ipv4Line(log.lines())).toEqual(order);
    easy.cleanup();
  });
});

describe('CURLINFO_NAMELOOKUP_TIME', () => {
  it('is set for an IP address, before CONNECT_TIME, and 0 before any perform', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    expect(info(easy, 'NAMELOOKUP_TIME').value).toBe(0);
    expect(info(easy, 'NAMELOOKUP_TIME_T').value).toBe(0);
    expect(await easy.perform()).toBe(CURLE.OK);
    const t = info(easy, 'NAMELOOKUP_TIME_T').value as number;
    expect(t).toBeGreaterThan(0);
    expect(t).toBeLessThanOrEqual(info(easy, 'CONNECT_TIME_T').value as number);
    expect(info(easy, 'NAMELOOKUP_TIME').value).toBeCloseTo(t / 1e6, 5);
    easy.cleanup();
  });

  it('stays 0, and SCHEME null, when the URL is refused', async () => {
    const easy = connectOnly('http://[::1/');
    expect(await easy.perform()).toBe(CURLE.URL_MALFORMAT);
    expect(info(easy, 'NAMELOOKUP_TIME_T').value).toBe(0);
    expect(info(easy, 'SCHEME').value).toBe(null);
    easy.cleanup();
  });
});

describe('CURLINFO_USED_PROXY and CURLINFO_SCHEME', () => {
  it('1 through a proxy, also when the proxy cannot be reached; 0 when NOPROXY excludes the host', async () => {
    const proxy = await listen((s) => {
      let seen = '';
      s.on('data', (d) => {
        seen += d.toString('latin1');
        if (seen.includes('\r\n\r\n')) s.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
      });
    });
    const easy = new Easy();
    set(easy, 'URL', 'http://example.test/');
    set(easy, 'PROXY', `http://127.0.0.1:${proxy.port}`);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(proxy.received[0]!.toString('latin1').split('\r\n')[0]).toBe('GET http://example.test/ HTTP/1.1');
    expect(info(easy, 'USED_PROXY').value).toBe(1);
    expect(info(easy, 'SCHEME').value).toBe('http');
    // set before connecting (lib/url.c): a proxy that refuses still counts
    set(easy, 'PROXY', `http://127.0.0.1:${await deadPort()}`);
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    expect(info(easy, 'USED_PROXY').value).toBe(1);
    const target = await listen();
    set(easy, 'URL', `http://127.0.0.1:${target.port}/`);
    set(easy, 'NOPROXY', '127.0.0.1');
    set(easy, 'CONNECT_ONLY', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'USED_PROXY').value).toBe(0);
    easy.cleanup();
  });
});
