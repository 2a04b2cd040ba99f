// CURLOPT_DNS_SERVERS, DNS_LOCAL_IP4, DNS_LOCAL_IP6 (a c-ares build's options, lib/vdns/asyn-ares.c)
// against a small recording DNS server on loopback, and the lines libcurl 8.22 prints after a
// failed lookup (lib/vdns/hostip.c).
import dgram from 'node:dgram';
import { Resolver } from 'node:dns/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { CURLE } from '../../runtime/index.js';
import { capture, closeAll, connectOnly, info, listen, set } from './helpers.js';

interface Query {
  name: string;
  type: number;
  from: string;
}

interface DnsPeer {
  port: number;
  queries: Query[];
  close(): Promise<void>;
}

const A = 1;
const AAAA = 28;
/** What only this server knows. */
const ZONE: Record<string, { [A]?: string; [AAAA]?: string }> = {
  'svc.manbind.test': { [A]: '127.0.0.2' },
  'six.manbind.test': { [AAAA]: '::1' },
};

function rdata(type: number, address: string): Buffer {
  if (type === A) return Buffer.from(address.split('.').map(Number));
  const out = Buffer.alloc(16); // only '::1' is served
  out[15] = 1;
  return out;
}

/** A DNS server over UDP: answers A/AAAA from ZONE, NXDOMAIN for other names, NOERROR with no
 * answer for a known name without that record; records every question and who asked. */
async function dnsPeer(host = '127.0.0.1'): Promise<DnsPeer> {
  const socket = dgram.createSocket(host.includes(':') ? 'udp6' : 'udp4');
  const queries: Query[] = [];
  socket.on('message', (msg, rinfo) => {
    const labels: string[] = [];
    let i = 12;
    while (msg[i]! !== 0) {
      labels.push(msg.subarray(i + 1, i + 1 + msg[i]!).toString('latin1'));
      i += msg[i]! + 1;
    }
    const question = msg.subarray(12, i + 5);
    const type = msg.readUInt16BE(i + 1);
    const name = labels.join('.').toLowerCase();
    queries.push({ name, type, from: rinfo.address });
    const known = ZONE[name];
    const address = known?.[type as 1 | 28];
    const head = Buffer.alloc(12);
    head.writeUInt16BE(msg.readUInt16BE(0), 0);
    head.writeUInt16BE(0x8180 | (known === undefined ? 3 : 0), 2);
    head.writeUInt16BE(1, 4);
    head.writeUInt16BE(address === undefined ? 0 : 1, 6);
    const parts: Buffer[] = [head, question];
    if (address !== undefined) {
      const data = rdata(type, address);
      const rr = Buffer.alloc(12);
      rr.writeUInt16BE(0xc00c, 0);
      rr.writeUInt16BE(type, 2);
      rr.writeUInt16BE(1, 4);
      rr.writeUInt32BE(60, 6);
      rr.writeUInt16BE(data.length, 10);
      parts.push(rr, data);
    }
    socket.send(Buffer.concat(parts), rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, host, () => resolve()));
  const peer: DnsPeer = {
    port: socket.address().port,
    queries,
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
  peers.push(peer);
  return peer;
}

const peers: DnsPeer[] = [];
afterEach(async () => {
  await Promise.all(peers.splice(0).map((p) => p.close()));
  await closeAll();
});

describe('the recording DNS server', () => {
  it("answers Node's own resolver as a DNS server does", async () => {
    const dns = await dnsPeer();
    const r = new Resolver();
    r.setServers([`127.0.0.1:${dns.port}`]);
    r.setLocalAddress('127.0.0.3');
    await expect(r.resolve4('svc.manbind.test')).resolves.toEqual(['127.0.0.2']);
    await expect(r.resolve6('six.manbind.test')).resolves.toEqual(['::1']);
    await expect(r.resolve4('nope.manbind.test')).rejects.toMatchObject({ code: 'ENOTFOUND' });
    await expect(r.resolve6('svc.manbind.test')).rejects.toMatchObject({ code: 'ENODATA' });
    expect(dns.queries[0]).toEqual({ name: 'svc.manbind.test', type: A, from: '127.0.0.3' });
  });
});

describe('CURLOPT_DNS_SERVERS', () => {
  it('connects to the address only that server knows', async () => {
    const dns = await dnsPeer();
    const peer = await listen(() => {}, '127.0.0.2');
    const easy = connectOnly(`http://svc.manbind.test:${peer.port}/`);
    set(easy, 'DNS_SERVERS', `127.0.0.1:${dns.port}`);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'PRIMARY_IP').value).toBe('127.0.0.2');
    expect(dns.queries.map((q) => [q.name, q.type]).sort()).toEqual([
      ['svc.manbind.test', A],
      ['svc.manbind.test', AAAA],
    ]);
    expect(log.lines()).toEqual(
      expect.arrayContaining([`Host svc.manbind.test:${peer.port} was resolved.`, 'IPv6: (none)', 'IPv4: 127.0.0.2']),
    );
    easy.cleanup();
  });

  it('asks only A with IPRESOLVE_V4 and connects over IPv6 with an AAAA answer', async () => {
    const dns = await dnsPeer();
    const peer4 = await listen(() => {}, '127.0.0.2');
    const easy = connectOnly(`http://svc.manbind.test:${peer4.port}/`);
    set(easy, 'DNS_SERVERS', `127.0.0.1:${dns.port}`);
    set(easy, 'IPRESOLVE', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(dns.queries.map((q) => q.type)).toEqual([A]);
    easy.cleanup();
    const peer6 = await listen(() => {}, '::1');
    const six = connectOnly(`http://six.manbind.test:${peer6.port}/`);
    set(six, 'DNS_SERVERS', `127.0.0.1:${dns.port}`);
    expect(await six.perform()).toBe(CURLE.OK);
    expect(info(six, 'PRIMARY_IP').value).toBe('::1');
    six.cleanup();
  });

  it('a name that server does not know: 6 with the c-ares reason, then "Could not resolve: NAME:PORT"', async () => {
    const dns = await dnsPeer();
    const easy = connectOnly('http://nope.manbind.test:8080/');
    set(easy, 'DNS_SERVERS', `127.0.0.1:${dns.port}`);
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.COULDNT_RESOLVE_HOST);
    expect(log.lines().slice(0, 2)).toEqual([
      'Could not resolve host: nope.manbind.test (Domain name not found)',
      'Could not resolve: nope.manbind.test:8080',
    ]);
    expect(errors.text).toBe('Could not resolve host: nope.manbind.test (Domain name not found)');
    easy.cleanup();
  });

  it('a list that does not parse is stored, then fails the lookup with 43', async () => {
    for (const bad of ['not-an-ip', '127.0.0.1:99999', '127.0.0.1:x', '[127.0.0.1]:53', '127.0.0.1,,']) {
      const easy = connectOnly('http://svc.manbind.test:8080/');
      expect(set(easy, 'DNS_SERVERS', bad)).toBe(CURLE.OK);
      const errors = { text: '' };
      set(easy, 'ERRORBUFFER', errors);
      const log = capture(easy);
      expect(await easy.perform(), bad).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
      expect(log.lines().slice(0, 2)).toEqual(['Error 43 resolving svc.manbind.test:8080', 'Could not resolve: svc.manbind.test']);
      expect(errors.text).toBe('Error 43 resolving svc.manbind.test:8080');
      easy.cleanup();
    }
  });

  it('an IP address in the URL is not looked up, so a bad list does not matter', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    set(easy, 'DNS_SERVERS', 'not-an-ip');
    expect(await easy.perform()).toBe(CURLE.OK);
    easy.cleanup();
  });
});

describe('CURLOPT_DNS_LOCAL_IP4 and DNS_LOCAL_IP6', () => {
  it('DNS_LOCAL_IP4 is the source address the DNS server sees', async () => {
    const dns = await dnsPeer();
    const peer = await listen(() => {}, '127.0.0.2');
    const easy = connectOnly(`http://svc.manbind.test:${peer.port}/`);
    set(easy, 'DNS_SERVERS', `127.0.0.1:${dns.port}`);
    set(easy, 'DNS_LOCAL_IP4', '127.0.0.3');
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(dns.queries.length).toBeGreaterThan(0);
    expect(dns.queries.every((q) => q.from === '127.0.0.3')).toBe(true);
    easy.cleanup();
  });

  it('DNS_LOCAL_IP6 is the source address of queries to an IPv6 server', async () => {
    const dns = await dnsPeer('::1');
    const peer = await listen(() => {}, '::1');
    const easy = connectOnly(`http://six.manbind.test:${peer.port}/`);
    set(easy, 'DNS_SERVERS', `[::1]:${dns.port}`);
    set(easy, 'DNS_LOCAL_IP6', '::1');
    set(easy, 'DNS_LOCAL_IP4', '127.0.0.3');
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(dns.queries.every((q) => q.from === '::1')).toBe(true);
    easy.cleanup();
  });

  for (const [option, bad] of [
    ['DNS_LOCAL_IP4', '127.0.0'],
    ['DNS_LOCAL_IP4', '::1'],
    ['DNS_LOCAL_IP6', '127.0.0.1'],
    ['DNS_LOCAL_IP6', 'fe80::1%lo'],
  ] as const) {
    it(`${option} ${bad} fails the lookup with 43`, async () => {
      const easy = connectOnly('http://svc.manbind.test:8080/');
      expect(set(easy, option, bad)).toBe(CURLE.OK);
      const log = capture(easy);
      expect(await easy.perform()).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
      expect(log.lines()[0]).toBe('Error 43 resolving svc.manbind.test:8080');
      easy.cleanup();
    });
  }
});

describe('a failed lookup without these options', () => {
  it('says "Could not resolve host: NAME", then "Could not resolve: NAME:PORT"', async () => {
    const easy = connectOnly('http://nonexistent.invalid:8080/');
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.COULDNT_RESOLVE_HOST);
    expect(log.lines().slice(0, 2)).toEqual(['Could not resolve host: nonexistent.invalid', 'Could not resolve: nonexistent.invalid:8080']);
    expect(errors.text).toBe('Could not resolve host: nonexistent.invalid');
    easy.cleanup();
  });
});
