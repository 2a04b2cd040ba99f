// Security defaults: CR or LF in a URL, a custom header, USERAGENT, or a proxy user name or
// password never reaches the peer as an extra line. The raw peer records every request head.
import { Buffer } from 'node:buffer';
import { afterEach, describe, expect, it } from 'vitest';
import { CURLE, Easy } from '../../runtime/index.js';
import { startFakeProxy, type FakeProxy } from '../peers/fake-proxy.js';
import { closeAll, echo, listen, set } from '../runtime/helpers.js';

const proxies: FakeProxy[] = [];
const easies: Easy[] = [];
afterEach(async () => {
  while (easies.length) easies.pop()!.cleanup();
  while (proxies.length) await proxies.pop()!.close();
  await closeAll();
});

const INJECTED = 'X-Injected: 1';

/** A proxy that records CONNECT heads and answers 200 (then echoes nothing more). */
async function recordingProxy(): Promise<FakeProxy> {
  const p = await startFakeProxy((_req, socket) => socket.write('HTTP/1.1 200 Connection established\r\n\r\n'));
  proxies.push(p);
  return p;
}

function handle(url: string, opts: Record<string, unknown>): { easy: Easy; errors: { text: string } } {
  const easy = new Easy();
  easies.push(easy);
  const errors = { text: '' };
  set(easy, 'ERRORBUFFER', errors);
  set(easy, 'URL', url);
  set(easy, 'CONNECT_ONLY', 1);
  for (const [k, v] of Object.entries(opts)) set(easy, k, v);
  return { easy, errors };
}

/** The request heads the proxy saw never hold the injected line as a line of its own. */
function noInjectedLine(proxy: FakeProxy): void {
  for (const r of proxy.requests) {
    for (const line of r.head.split(/\r\n|\n|\r/)) expect(line).not.toBe(INJECTED);
  }
}

describe('CR or LF is refused, never sent', () => {
  it('in the URL: 3 before any connection', async () => {
    const peer = await listen(echo);
    for (const bad of ['\r\n' + INJECTED, '\n' + INJECTED, '\r' + INJECTED]) {
      const { easy, errors } = handle(`http://127.0.0.1:${peer.port}/a${bad}`, {});
      expect(await easy.perform()).toBe(CURLE.URL_MALFORMAT);
      expect(errors.text).toMatch(/^URL rejected: /);
    }
    expect(peer.sockets.length).toBe(0);
  });

  it('in the URL through a proxy: 3 and the proxy sees nothing', async () => {
    const proxy = await recordingProxy();
    const { easy } = handle(`http://127.0.0.1:9/\r\n${INJECTED}`, { PROXY: `http://127.0.0.1:${proxy.port}`, HTTPPROXYTUNNEL: 1 });
    expect(await easy.perform()).toBe(CURLE.URL_MALFORMAT);
    expect(proxy.requests).toEqual([]);
  });

  // CR/LF in PROXYHEADER or USERAGENT: refused with 43 before any CONNECT is sent.
  const refusedCases: [string, Record<string, unknown>][] = [
    ['PROXYHEADER', { PROXYHEADER: [`X-A: 1\r\n${INJECTED}`] }],
    ['PROXYHEADER (LF only)', { PROXYHEADER: [`X-A: 1\n${INJECTED}`] }],
    ['USERAGENT', { USERAGENT: `ua\r\n${INJECTED}` }],
  ];
  const cases: [string, Record<string, unknown>][] = [
    ['PROXYUSERNAME', { PROXYUSERNAME: `u\r\n${INJECTED}`, PROXYPASSWORD: 'p' }],
    ['PROXYPASSWORD', { PROXYUSERNAME: 'u', PROXYPASSWORD: `p\r\n${INJECTED}` }],
    ['PROXYUSERPWD', { PROXYUSERPWD: `u\r\n${INJECTED}:p` }],
  ];
  const connectCase = async (_name: string, opts: Record<string, unknown>): Promise<void> => {
    const proxy = await recordingProxy();
    const target = await listen(echo);
    const { easy } = handle(`http://127.0.0.1:${target.port}/`, { PROXY: `http://127.0.0.1:${proxy.port}`, HTTPPROXYTUNNEL: 1, ...opts });
    const code = await easy.perform();
    noInjectedLine(proxy);
    // Either refused before sending (a libcurl code, no CONNECT at all), or sent without the line.
    if (code !== CURLE.OK) expect(proxy.requests).toEqual([]);
  };
  it.each(cases)('in %s of a CONNECT: the proxy sees no injected line', connectCase);
  it.each(refusedCases)('in %s of a CONNECT: refused with 43, nothing sent to the proxy', async (_name, opts) => {
    const proxy = await recordingProxy();
    const target = await listen(echo);
    const { easy } = handle(`http://127.0.0.1:${target.port}/`, { PROXY: `http://127.0.0.1:${proxy.port}`, HTTPPROXYTUNNEL: 1, ...opts });
    expect(await easy.perform()).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    noInjectedLine(proxy);
    expect(proxy.requests).toEqual([]);
  });

  it('in HTTPHEADER of an HTTP request: refused with 43, the server sees no request', async () => {
    const heads: string[] = [];
    const peer = await listen((s) => s.on('data', (d: Buffer) => heads.push(d.toString('latin1'))));
    const easy = new Easy();
    easies.push(easy);
    set(easy, 'URL', `http://127.0.0.1:${peer.port}/`);
    set(easy, 'HTTPHEADER', [`X-A: 1\r\n${INJECTED}`]);
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => b.length);
    expect(await easy.perform()).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    for (const h of heads) expect(h.split(/\r\n|\n/)).not.toContain(INJECTED);
  });

  it('in USERAGENT of an HTTP request: refused with 43', async () => {
    const heads: string[] = [];
    const peer = await listen((s) => s.on('data', (d: Buffer) => heads.push(d.toString('latin1'))));
    const easy = new Easy();
    easies.push(easy);
    set(easy, 'URL', `http://127.0.0.1:${peer.port}/`);
    set(easy, 'USERAGENT', `ua\r\n${INJECTED}`);
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => b.length);
    expect(await easy.perform()).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    for (const h of heads) expect(h.split(/\r\n|\n/)).not.toContain(INJECTED);
  });
});
