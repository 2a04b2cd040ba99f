// CURLOPT_INTERFACE in its forms, with LOCALPORT/LOCALPORTRANGE (lib/cf-socket.c bindlocal):
// the server checks the address and port the connection comes from.
import { afterEach, describe, expect, it } from 'vitest';
import { CURLE } from '../../runtime/index.js';
import { capture, closeAll, connectOnly, info, listen, set } from './helpers.js';

afterEach(closeAll);

/** A free local port: one a listener had, now closed. */
async function freePort(host = '127.0.0.1'): Promise<number> {
  const p = await listen(() => {}, host);
  await p.close();
  return p.port;
}

describe('CURLOPT_INTERFACE', () => {
  it('refuses the forms without a name with 43 and keeps the previous value', () => {
    const easy = connectOnly('http://127.0.0.1:1/');
    for (const bad of ['', 'if!', 'host!', 'ifhost!', 'ifhost!lo', 'ifhost!lo!', 'x'.repeat(513), 7]) {
      expect(set(easy, 'INTERFACE', bad), String(bad)).toBe(CURLE.BAD_FUNCTION_ARGUMENT);
    }
    for (const good of ['lo', 'if!lo', 'host!127.0.0.1', 'ifhost!lo!127.0.0.1', 'x'.repeat(512), null]) {
      expect(set(easy, 'INTERFACE', good), String(good)).toBe(CURLE.OK);
    }
    easy.cleanup();
  });

  const forms: [string, string[]][] = [
    ['if!lo', ['Local Interface lo is ip 127.0.0.1 using address family 2', 'Local port: 0']],
    [
      'lo',
      [
        'Local Interface lo is ip 127.0.0.1 using address family 2',
        "Name '127.0.0.1' family 2 resolved to '127.0.0.1' family 2",
        'Local port: 0',
      ],
    ],
    ['host!127.0.0.1', ["Name '127.0.0.1' family 2 resolved to '127.0.0.1' family 2", 'Local port: 0']],
    ['127.0.0.1', ["Name '127.0.0.1' family 2 resolved to '127.0.0.1' family 2", 'Local port: 0']],
    ['host!localhost', ["Name 'localhost' family 2 resolved to '127.0.0.1' family 2", 'Local port: 0']],
  ];
  for (const [form, lines] of forms) {
    it(`${form} binds to 127.0.0.1 with libcurl's lines`, async () => {
      const peer = await listen(() => {}, '0.0.0.0');
      const easy = connectOnly(`http://127.0.0.2:${peer.port}/`);
      set(easy, 'INTERFACE', form);
      const log = capture(easy);
      expect(await easy.perform()).toBe(CURLE.OK);
      const s = await peer.accepted();
      // lo's 127.0.0.1 is also the source the kernel would pick: the lines show the binding
      expect(s.remoteAddress).toBe('127.0.0.1');
      const trying = log.lines().indexOf(`  Trying 127.0.0.2:${peer.port}...`);
      expect(log.lines().slice(trying + 1, trying + 1 + lines.length)).toEqual(lines);
      expect(info(easy, 'LOCAL_IP').value).toBe('127.0.0.1');
      easy.cleanup();
    });
  }

  it('host!127.0.0.3 is the source address the server sees', async () => {
    const peer = await listen(() => {}, '0.0.0.0');
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    set(easy, 'INTERFACE', 'host!127.0.0.3');
    expect(await easy.perform()).toBe(CURLE.OK);
    expect((await peer.accepted()).remoteAddress).toBe('127.0.0.3');
    easy.cleanup();
  });

  it('if!lo with LOCALPORT: the server sees that port', async () => {
    const peer = await listen();
    const port = await freePort();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    set(easy, 'INTERFACE', 'if!lo');
    set(easy, 'LOCALPORT', port);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    const s = await peer.accepted();
    expect([s.remoteAddress, s.remotePort]).toEqual(['127.0.0.1', port]);
    expect(log.lines()).toContain(`Local port: ${port}`);
    easy.cleanup();
  });

  it('host!127.0.0.1 with LOCALPORTRANGE moves past a taken port, saying so', async () => {
    const peer = await listen();
    const taken = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    set(easy, 'INTERFACE', 'host!127.0.0.1');
    set(easy, 'LOCALPORT', taken.port);
    set(easy, 'LOCALPORTRANGE', 20);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    const s = await peer.accepted();
    expect(s.remotePort).toBeGreaterThan(taken.port);
    expect(log.lines()).toContain(`Bind to local port ${taken.port} failed, trying next`);
    expect(log.lines()).toContain(`Local port: ${s.remotePort}`);
    expect(info(easy, 'LOCAL_PORT').value).toBe(s.remotePort);
    easy.cleanup();
  });

  for (const form of ['if!lo', 'host!::1', '::1']) {
    it(`${form} binds an IPv6 connection to ::1`, async () => {
      const peer = await listen(() => {}, '::1');
      const port = await freePort('::1');
      const easy = connectOnly(`http://[::1]:${peer.port}/`);
      set(easy, 'INTERFACE', form);
      set(easy, 'LOCALPORT', port);
      const log = capture(easy);
      expect(await easy.perform()).toBe(CURLE.OK);
      const s = await peer.accepted();
      expect([s.remoteAddress, s.remotePort]).toEqual(['::1', port]);
      if (form === 'if!lo') expect(log.lines()).toContain('Local Interface lo is ip ::1 using address family 10');
      else expect(log.lines()).toContain(`Name '${form.replace('host!', '')}' family 10 resolved to '::1' family 10`);
      easy.cleanup();
    });
  }

  it('an IPv4 address for an IPv6 connection fails that attempt with 7', async () => {
    const peer = await listen(() => {}, '::1');
    const easy = connectOnly(`http://[::1]:${peer.port}/`);
    set(easy, 'INTERFACE', 'host!127.0.0.1');
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    expect(log.lines()).toContain("Name '127.0.0.1' family 10 resolved to '127.0.0.1' family 2");
    expect(log.lines()).toContain(`connect to ::1 port ${peer.port} from  port 0 failed: Success`);
    expect(peer.sockets).toHaveLength(0);
  });

  it('if!nosuchif fails with 45 and never tries it as a host', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    set(easy, 'INTERFACE', 'if!nosuchif');
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.INTERFACE_FAILED);
    const at = log.lines().indexOf("Could not bind to interface 'nosuchif' with errno 19: No such device");
    expect(at).toBeGreaterThan(0);
    expect(log.lines()[at + 1]).toBe(`connect to 127.0.0.1 port ${peer.port} from  port 0 failed: Success`);
    expect(log.lines().some((l) => l.startsWith('Could not resolve'))).toBe(false);
    expect(info(easy, 'OS_ERRNO').value).toBe(19);
    expect(peer.sockets).toHaveLength(0);
  });

  it('nosuchif (no interface, no host) fails with 45 after the lookup', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    set(easy, 'INTERFACE', 'nosuchif.invalid');
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.INTERFACE_FAILED);
    const at = log.lines().indexOf('Could not resolve host: nosuchif.invalid');
    expect(at).toBeGreaterThan(0);
    expect(log.lines().slice(at + 1, at + 3)).toEqual([
      "Could not bind to 'nosuchif.invalid' with errno 19: No such device",
      `connect to 127.0.0.1 port ${peer.port} from  port 0 failed: Success`,
    ]);
    expect(peer.sockets).toHaveLength(0);
  });

  it('adds no line and no binding when unset', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    set(easy, 'INTERFACE', 'if!lo');
    set(easy, 'INTERFACE', null);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines().some((l) => l.startsWith('Local '))).toBe(false);
    easy.cleanup();
  });
});
