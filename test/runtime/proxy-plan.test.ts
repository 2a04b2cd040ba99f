// planProxy and checkNoProxy: which proxy a transfer uses (CURLOPT_PROXY, PROXYPORT, PROXYTYPE,
// NOPROXY, the proxy environment variables) and whether it tunnels (B3). Pure functions: no
// sockets here; the tunnel itself is tested against real proxies in proxy-tunnel.test.ts.
import { describe, expect, it } from 'vitest';
import { CURLE } from '../../runtime/base/codes.js';
import { CurlError } from '../../runtime/base/error.js';
import type { Target } from '../../runtime/base/context.js';
import { defaultOptions, type EasyOptions } from '../../runtime/base/options.js';
import { checkNoProxy, planProxy, redactProxy, type ProxyEnv } from '../../runtime/core/proxy-plan.js';

const tgt = (scheme: string, host = 'example.com', port = 80): Target => ({
  scheme,
  host,
  port,
  path: '/',
  url: `${scheme}://${host}:${port}/`,
  tls: scheme === 'https' || scheme === 'wss',
});
const opts = (o: Partial<EasyOptions>): EasyOptions => ({ ...defaultOptions(), ...o });

function plan(o: Partial<EasyOptions>, t: Target = tgt('http'), env: ProxyEnv = {}, lines: string[] = []) {
  return planProxy(opts(o), t, (s) => lines.push(s), env);
}

function failure(o: Partial<EasyOptions>, t: Target = tgt('http'), env: ProxyEnv = {}): CurlError {
  try {
    plan(o, t, env);
  } catch (err) {
    if (err instanceof CurlError) return err;
    throw err;
  }
  throw new Error('expected planProxy to throw');
}

describe('planProxy: the proxy string', () => {
  it('gives no plan without a proxy and none from the environment', () => {
    expect(plan({})).toBeNull();
  });

  it('takes host and port from "host:port" and defaults to an HTTP proxy', () => {
    expect(plan({ proxy: '127.0.0.1:3128' })).toEqual({
      host: '127.0.0.1',
      port: 3128,
      type: 0,
      tunnel: false,
      user: null,
      password: null,
    });
  });

  it('uses CURLOPT_PROXYPORT when the string has no port, else 1080 (decision 6)', () => {
    expect(plan({ proxy: 'http://proxy.test' })!.port).toBe(1080);
    expect(plan({ proxy: 'proxy.test' })!.port).toBe(1080);
    expect(plan({ proxy: 'proxy.test', proxyPort: 8081 })!.port).toBe(8081);
    // A port in the string wins over PROXYPORT.
    expect(plan({ proxy: 'proxy.test:9000', proxyPort: 8081 })!.port).toBe(9000);
  });

  it('strips the brackets of an IPv6 proxy address', () => {
    const p = plan({ proxy: 'http://[::1]:8080' })!;
    expect(p.host).toBe('::1');
    expect(p.port).toBe(8080);
  });

  it('keeps CURLPROXY_HTTP_1_0 for scheme-less and http:// strings', () => {
    expect(plan({ proxy: 'proxy.test:1', proxyType: 1 })!.type).toBe(1);
    expect(plan({ proxy: 'http://proxy.test:1', proxyType: 1 })!.type).toBe(1);
    expect(plan({ proxy: 'http://proxy.test:1', proxyType: 0 })!.type).toBe(0);
  });

  it('takes an https:// proxy as CURLPROXY_HTTPS, and keeps CURLPROXY_HTTPS2 (lib/peer.c)', () => {
    expect(plan({ proxy: 'https://proxy.test:443' })!.type).toBe(2);
    expect(plan({ proxy: 'https://proxy.test:443', proxyType: 3 })!.type).toBe(3);
    expect(plan({ proxy: 'https://proxy.test:443', proxyType: 1 })!.type).toBe(2);
    expect(plan({ proxy: 'proxy.test:443', proxyType: 2 })!.type).toBe(2);
    expect(plan({ proxy: 'http://proxy.test:80', proxyType: 2 })!.type).toBe(0);
  });

  it('takes the SOCKS kind from the scheme, or from PROXYTYPE without one; never tunnels (J9)', () => {
    const kinds: [string, number][] = [['socks5://h:1', 5], ['socks5h://h:1', 7], ['socks4://h:1', 4], ['socks4a://h:1', 6], ['socks://h:1', 4]];
    for (const [p, type] of kinds) {
      expect(plan({ proxy: p, httpProxyTunnel: true }, tgt('https')), p).toEqual({ host: 'h', port: 1, type, tunnel: false, user: null, password: null });
    }
    expect(plan({ proxy: 'h', proxyType: 5 })).toMatchObject({ host: 'h', port: 1080, type: 5 });
    // the scheme wins over PROXYTYPE
    expect(plan({ proxy: 'socks4://h:1', proxyType: 7 })!.type).toBe(4);
  });

  it('gives a SOCKS proxy credentials from the options when either part is set', () => {
    expect(plan({ proxy: 'socks5://h:1', proxyPassword: 'pw' })).toMatchObject({ user: null, password: 'pw' });
    expect(plan({ proxy: 'socks5://u:p@h:1', proxyUsername: 'x' })).toMatchObject({ user: 'u', password: 'p' });
  });

  it('puts PRE_PROXY in front of an HTTP proxy: SOCKS4 without a scheme, its own credentials only', () => {
    const p = plan({ proxy: 'http://hp:3128', preProxy: 'sp:1081', proxyUsername: 'hu', proxyPassword: 'hp' })!;
    expect(p).toEqual({
      host: 'hp',
      port: 3128,
      type: 0,
      tunnel: false,
      user: 'hu',
      password: 'hp',
      preProxy: { host: 'sp', port: 1081, type: 4, user: null, password: null },
    });
    expect(plan({ proxy: 'hp:1', preProxy: 'socks5h://a:b@sp:2' })!.preProxy).toEqual({ host: 'sp', port: 2, type: 7, user: 'a', password: 'b' });
    // PRE_PROXY alone is the SOCKS proxy to the target
    expect(plan({ preProxy: 'socks5://sp:2' })).toEqual({ host: 'sp', port: 2, type: 5, tunnel: false, user: null, password: null });
  });

  it('refuses an HTTP pre-proxy, and a SOCKS proxy with a pre-proxy, with 5', () => {
    let err = failure({ preProxy: 'http://sp:1' });
    expect([err.code, err.message]).toEqual([CURLE.COULDNT_RESOLVE_PROXY, "Unsupported pre-proxy type for 'http://sp:1'"]);
    err = failure({ preProxy: 'sp:1', proxy: 'socks5h://u:pw@h:2' });
    expect([err.code, err.message]).toEqual([
      CURLE.COULDNT_RESOLVE_PROXY,
      "Having a SOCKS pre-proxy and proxy is not supported with 'socks5h://u:***@h:2'",
    ]);
  });

  it('an empty PRE_PROXY, like an empty PROXY, keeps the environment out', () => {
    expect(plan({ preProxy: '' }, tgt('http'), { http_proxy: 'socks5://127.0.0.1:1' })).toBeNull();
    expect(plan({}, tgt('http'), { http_proxy: 'socks5://127.0.0.1:1' })!.type).toBe(5);
    // a PRE_PROXY set: no environment lookup either
    expect(plan({ preProxy: 'socks4://sp:1' }, tgt('http'), { http_proxy: 'http://127.0.0.1:2' })!.port).toBe(1);
  });

  it('refuses other schemes with 7 "Unsupported proxy scheme"', () => {
    const err = failure({ proxy: 'ftp://proxy.test:21' });
    expect(err.code).toBe(CURLE.COULDNT_CONNECT);
    expect(err.message).toBe("Unsupported proxy scheme for 'ftp://proxy.test:21'");
  });

  it('refuses bad syntax with 5 and the URL parser\'s reason', () => {
    const err = failure({ proxy: 'http://proxy.test:99999' });
    expect(err.code).toBe(CURLE.COULDNT_RESOLVE_PROXY);
    expect(err.message).toBe(
      "Unsupported proxy syntax in 'http://proxy.test:99999': Port number was not a decimal number between 0 and 65535",
    );
    expect(failure({ proxy: 'http://[::1:8080' }).message).toContain('Bad IPv6 address');
  });

  it('never shows a password in a failure text', () => {
    const err = failure({ proxy: 'ftp://alice:s3cret@proxy.test:21' });
    expect(err.message).not.toContain('s3cret');
    expect(err.message).toContain('alice:***@proxy.test');
    expect(redactProxy('http://u:p@h:1')).toBe('http://u:***@h:1');
    expect(redactProxy('u@h:1')).toBe('u@h:1');
  });

  it('treats an empty proxy string as "no proxy", environment or not (A8)', () => {
    expect(plan({ proxy: '' }, tgt('http'), { http_proxy: 'http://127.0.0.1:3128' })).toBeNull();
  });
});

describe('planProxy: credentials', () => {
  it('uses PROXYUSERNAME/PROXYPASSWORD (setopt already split and decoded PROXYUSERPWD)', () => {
    const p = plan({ proxy: 'h:1', proxyUsername: 'test%20', proxyPassword: 'ing%41' })!;
    expect(p.user).toBe('test%20');
    expect(p.password).toBe('ing%41');
  });

  it('URL-decodes credentials in the proxy string', () => {
    const p = plan({ proxy: 'http://us%3Aer:pa%40ss:x@h:1' })!;
    expect(p.user).toBe('us:er');
    expect(p.password).toBe('pa@ss:x');
  });

  it('lets credentials in the proxy string replace the options, as libcurl does', () => {
    const p = plan({ proxy: 'http://url:pw@h:1', proxyUsername: 'opt', proxyPassword: 'optpw' })!;
    expect([p.user, p.password]).toEqual(['url', 'pw']);
  });

  it('gives an empty password to a user without one', () => {
    const p = plan({ proxy: 'http://solo@h:1' })!;
    expect([p.user, p.password]).toEqual(['solo', '']);
  });

  it('has no credentials without a user', () => {
    expect(plan({ proxy: 'h:1', proxyPassword: 'x' })!.user).toBeNull();
  });
});

describe('planProxy: tunnel decision (B3)', () => {
  it('talks to the proxy for http:// without HTTPPROXYTUNNEL', () => {
    expect(plan({ proxy: 'h:1' }, tgt('http'))!.tunnel).toBe(false);
  });
  it('tunnels http:// with HTTPPROXYTUNNEL', () => {
    expect(plan({ proxy: 'h:1', httpProxyTunnel: true }, tgt('http'))!.tunnel).toBe(true);
  });
  it('tunnels https, ws, wss and non-HTTP schemes without being asked', () => {
    for (const s of ['https', 'ws', 'wss', 'telnet', 'dict']) {
      expect(plan({ proxy: 'h:1' }, tgt(s))!.tunnel, s).toBe(true);
    }
  });
});

describe('planProxy: environment variables', () => {
  it('reads http_proxy for http, but never HTTP_PROXY', () => {
    const lines: string[] = [];
    expect(plan({}, tgt('http'), { http_proxy: 'http://127.0.0.1:3128' }, lines)!.port).toBe(3128);
    expect(lines).toEqual(["Uses proxy env variable http_proxy == 'http://127.0.0.1:3128'"]);
    expect(plan({}, tgt('http'), { HTTP_PROXY: 'http://127.0.0.1:3128' })).toBeNull();
  });

  it('reads https_proxy, then HTTPS_PROXY, for https', () => {
    expect(plan({}, tgt('https'), { HTTPS_PROXY: '127.0.0.1:1' })!.port).toBe(1);
    expect(plan({}, tgt('https'), { HTTPS_PROXY: '127.0.0.1:1', https_proxy: '127.0.0.1:2' })!.port).toBe(2);
  });

  it('falls back from ws_proxy to http_proxy and from wss_proxy to https_proxy', () => {
    const lines: string[] = [];
    expect(plan({}, tgt('ws'), { http_proxy: '127.0.0.1:5' }, lines)!.port).toBe(5);
    expect(lines).toEqual(["Uses proxy env variable WS_PROXY == '127.0.0.1:5'"]);
    expect(plan({}, tgt('wss'), { https_proxy: '127.0.0.1:6' })!.port).toBe(6);
    expect(plan({}, tgt('ws'), { ws_proxy: '127.0.0.1:7', http_proxy: '127.0.0.1:5' })!.port).toBe(7);
  });

  it('uses all_proxy, then ALL_PROXY, when no scheme variable is set', () => {
    const lines: string[] = [];
    expect(plan({}, tgt('telnet'), { ALL_PROXY: '127.0.0.1:9' }, lines)!.port).toBe(9);
    expect(lines).toEqual(["Uses proxy env variable ALL_PROXY == '127.0.0.1:9'"]);
    expect(plan({}, tgt('http'), { all_proxy: '127.0.0.1:8', ALL_PROXY: '127.0.0.1:9' })!.port).toBe(8);
  });

  it('prefers CURLOPT_PROXY to the environment', () => {
    expect(plan({ proxy: '127.0.0.1:1' }, tgt('http'), { http_proxy: '127.0.0.1:2' })!.port).toBe(1);
  });

  it('hides the password of a proxy from the environment in the info line', () => {
    const lines: string[] = [];
    const p = plan({}, tgt('http'), { http_proxy: 'http://bob:hunter2@127.0.0.1:3' }, lines)!;
    expect(p.password).toBe('hunter2');
    expect(lines.join('\n')).not.toContain('hunter2');
  });

  it('honours no_proxy/NO_PROXY, unless CURLOPT_NOPROXY is set', () => {
    const lines: string[] = [];
    const env = { http_proxy: '127.0.0.1:3', no_proxy: 'example.com' };
    expect(plan({}, tgt('http'), env, lines)).toBeNull();
    expect(lines).toEqual(["Uses proxy env variable no_proxy == 'example.com'"]);
    expect(plan({}, tgt('http'), { http_proxy: '127.0.0.1:3', NO_PROXY: '*' })).toBeNull();
    // An explicit NOPROXY, even "", replaces the environment's list.
    expect(plan({ noProxy: '' }, tgt('http'), env)!.port).toBe(3);
    expect(plan({ noProxy: 'other.test' }, tgt('http'), env)!.port).toBe(3);
  });

  it('lets NOPROXY exclude a host even when CURLOPT_PROXY is set', () => {
    expect(plan({ proxy: '127.0.0.1:1', noProxy: 'example.com' })).toBeNull();
    expect(plan({ proxy: '127.0.0.1:1', noProxy: 'ample.com' })!.port).toBe(1);
  });
});

describe('checkNoProxy (lib/noproxy.c)', () => {
  const cases: [host: string, list: string, match: boolean][] = [
    ['example.com', '*', true],
    ['example.com', 'example.com', true],
    ['EXAMPLE.com', 'example.COM', true],
    ['www.example.com', 'example.com', true],
    ['www.example.com', '.example.com', true],
    ['example.com.', 'example.com', true],
    ['example.com', 'example.com.', true],
    ['nonexample.com', 'example.com', false],
    ['example.com', 'www.example.com', false],
    ['ample.com', 'example.com', false],
    ['b.test', 'a.test, b.test', true],
    ['b.test', ' a.test ,, b.test ', true],
    ['b.test', 'a.test b.test', false],
    ['b.test', '', false],
    ['b.test', '*,other', false],
    ['localhost', 'localhost', true],
    ['192.168.1.5', '192.168.0.0/16', true],
    ['192.169.1.5', '192.168.0.0/16', false],
    ['10.0.0.1', '10.0.0.1', true],
    ['10.0.0.2', '10.0.0.1', false],
    ['10.0.0.2', '10.0.0.1/32', false],
    ['10.0.0.2', '10.0.0.0/24', true],
    ['10.0.0.2', '10.0.0.0/33', false],
    ['::1', '::1', true],
    ['[::1]', '::1', true],
    ['fe80::1', 'fe80::/10', true],
    ['fec0::1', 'fe80::/10', false],
    ['2001:db8::5', '2001:db8::/32', true],
    ['2001:db9::5', '2001:db8::/32', false],
    ['::ffff:1.2.3.4', '::ffff:1.2.3.4', true],
    ['10.0.0.1', 'example.com', false],
    ['example.com', '10.0.0.0/8', false],
  ];
  it.each(cases)('%s against %j -> %s', (host, list, match) => {
    expect(checkNoProxy(host, list)).toBe(match);
  });
});
