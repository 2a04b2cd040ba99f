// NAMELOOKUP_TIME, CONNECT_TIME and APPCONNECT_TIME over a redirect chain (issue 12), as
// lib/progress.c Curl_pgrsTimeWas keeps them: each new connection adds its own time since its
// request started (TIMER_STARTSINGLE) to the sum, a reused connection adds nothing, and the TLS
// to the target adds APPCONNECT. An absolute time of the last connection would be later than the
// redirect (REDIRECT_TIME), the sum is not: the first server holds its redirect (500 ms) while the second
// hop's name comes from the DNS cache and its connection is made on loopback.
import * as http from 'node:http';
import * as https from 'node:https';
import { describe, expect, it } from 'vitest';
import { CURLE, Easy } from '../../runtime/index.js';
import { filePki, listenLoopback } from '../peers/tls-fixtures.js';
import { cleanupAfterEach, info, set } from './helpers.js';

const { haveOpenssl, pki } = filePki('the https redirect timing test');
const { handles, closers } = cleanupAfterEach();

/** A server whose first answer is a redirect to `to`, sent after `holdMs`; then 200 "done". */
async function redirector(server: http.Server, to: () => string, holdMs: number): Promise<number> {
  let n = 0;
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    req.resume();
    if (n++ === 0) setTimeout(() => res.writeHead(302, { Location: to() }).end(), holdMs);
    else res.end('done');
  });
  const { port, close } = await listenLoopback(server);
  closers.push(close);
  return port;
}

function transfer(url: string, opts: Record<string, unknown> = {}): Easy {
  const easy = new Easy();
  handles.push(easy);
  for (const [k, v] of Object.entries({ URL: url, FOLLOWLOCATION: 1, WRITEFUNCTION: (d: Uint8Array) => d.length, ...opts })) {
    expect(set(easy, k, v), k).toBe(CURLE.OK);
  }
  return easy;
}

const us = (easy: Easy, name: string): number => info(easy, name).value as number;

describe('time infos over a redirect chain (lib/progress.c sums each request\'s share)', () => {
  it('NAMELOOKUP and CONNECT add the second connection\'s time since its own request started', async () => {
    const second = http.createServer((req, res) => (req.resume(), res.end('done')));
    const s2 = await listenLoopback(second);
    closers.push(s2.close);
    // a name to resolve, then the same name on another port: a new connection, the name cached
    const first = await redirector(http.createServer(), () => `http://localhost:${s2.port}/`, 500);
    const easy = transfer(`http://localhost:${first}/`);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(us(easy, 'NUM_CONNECTS')).toBe(2);
    const lookup = us(easy, 'NAMELOOKUP_TIME_T');
    const connect = us(easy, 'CONNECT_TIME_T');
    const redirect = us(easy, 'REDIRECT_TIME_T');
    // both connections counted (each at least 1 us), and less than the time of the redirect,
    // which the second connection's absolute times come after
    expect(lookup).toBeGreaterThanOrEqual(2);
    expect(lookup).toBeLessThan(redirect);
    expect(connect).toBeGreaterThan(lookup);
    expect(connect).toBeLessThan(redirect);
    expect(us(easy, 'TOTAL_TIME_T')).toBeGreaterThan(redirect);
    // the double forms carry the same sums
    expect(Math.round((info(easy, 'NAMELOOKUP_TIME').value as number) * 1e6)).toBe(lookup);
  });

  it('a redirect over the same connection adds no lookup or connect time', async () => {
    const server = http.createServer();
    let port = 0;
    port = await redirector(server, () => `http://localhost:${port}/next`, 200);
    const easy = transfer(`http://localhost:${port}/`);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(us(easy, 'NUM_CONNECTS')).toBe(1);
    const connect = us(easy, 'CONNECT_TIME_T');
    // the only connection was made before the redirect was even answered
    expect(connect).toBeLessThan(us(easy, 'REDIRECT_TIME_T'));
    expect(us(easy, 'NAMELOOKUP_TIME_T')).toBeLessThan(connect);
  });

  it.skipIf(!haveOpenssl)('APPCONNECT adds the second connection\'s TLS handshake to the first one\'s', async () => {
    const second = https.createServer({ key: pki.localhost.key, cert: pki.localhost.cert }, (req, res) => (req.resume(), res.end('done')));
    const s2 = await listenLoopback(second);
    closers.push(s2.close);
    const first = await redirector(
      https.createServer({ key: pki.localhost.key, cert: pki.localhost.cert }) as unknown as http.Server,
      () => `https://localhost:${s2.port}/`,
      500,
    );
    const easy = transfer(`https://localhost:${first}/`, { CAINFO: pki.ca.certFile });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(us(easy, 'NUM_CONNECTS')).toBe(2);
    const app = us(easy, 'APPCONNECT_TIME_T');
    expect(app).toBeGreaterThan(us(easy, 'CONNECT_TIME_T'));
    expect(app).toBeLessThan(us(easy, 'REDIRECT_TIME_T'));
  });
});
