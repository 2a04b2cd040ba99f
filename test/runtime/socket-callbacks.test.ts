// Sections D to G: ACTIVESOCKET/LASTSOCKET, the open-socket, sockopt and close-socket callbacks,
// and happy eyeballs over localhost's two addresses.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CURL_SOCKET_BAD,
  CURL_SOCKOPT_ALREADY_CONNECTED,
  CURL_SOCKOPT_ERROR,
  CURL_SOCKOPT_OK,
  CURLE,
  CURLSOCKTYPE_IPCXN,
  Easy,
  type SockAddr,
} from '../../runtime/index.js';
import { capture, closeAll, connectOnly, deadPort, echo, info, listen, NeverConnects, recvAll, set } from './helpers.js';

afterEach(closeAll);

/** Records close-callback calls and destroys what it is handed (like close() in C). */
function closer(easy: Easy): unknown[] {
  const closed: unknown[] = [];
  set(easy, 'CLOSESOCKETFUNCTION', (_clientp: unknown, item: unknown) => {
    closed.push(item);
    if (item instanceof net.Socket) item.destroy();
    return 0;
  });
  return closed;
}

describe('ACTIVESOCKET and LASTSOCKET (D)', () => {
  it('ACTIVESOCKET is the live socket; LASTSOCKET its descriptor', async () => {
    const peer = await listen(echo);
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    expect(info(easy, 'ACTIVESOCKET')).toEqual({ code: 0, value: CURL_SOCKET_BAD });
    expect(info(easy, 'LASTSOCKET')).toEqual({ code: 0, value: -1 });
    expect(await easy.perform()).toBe(CURLE.OK);
    const sock = info(easy, 'ACTIVESOCKET').value as net.Socket;
    expect(sock).toBeInstanceOf(net.Socket);
    expect(sock.remotePort).toBe(peer.port);
    const fd = info(easy, 'LASTSOCKET').value as number;
    expect(Number.isInteger(fd) && fd > 2).toBe(true);
    easy.cleanup();
  });

  it('is CURL_SOCKET_BAD while the transfer connects (D4)', async () => {
    const easy = connectOnly('http://127.0.0.1:9/');
    let during: unknown = null;
    set(easy, 'OPENSOCKETFUNCTION', () => {
      during = info(easy, 'ACTIVESOCKET').value;
      return new NeverConnects();
    });
    set(easy, 'CONNECTTIMEOUT_MS', 20);
    expect(await easy.perform()).toBe(CURLE.OPERATION_TIMEDOUT);
    expect(during).toBe(CURL_SOCKET_BAD);
    expect(info(easy, 'CONN_ID').value).toBe(0);
  });

  it('unknown infos give 48 (D3)', () => {
    const easy = new Easy();
    expect(info(easy, 'NO_SUCH_INFO')).toEqual({ code: CURLE.UNKNOWN_OPTION, value: undefined });
    expect(info(easy, 42 as unknown as string).code).toBe(CURLE.UNKNOWN_OPTION);
  });

  it('PRIVATE hands back what was set', () => {
    const easy = new Easy();
    const mine = { tag: 1 };
    expect(info(easy, 'PRIVATE').value).toBe(null);
    set(easy, 'PRIVATE', mine);
    expect(info(easy, 'PRIVATE').value).toBe(mine);
  });
});

describe('OPENSOCKETFUNCTION (E)', () => {
  it('gets OPENSOCKETDATA, purpose IPCXN and the address struct (E1, E2; decision 5)', async () => {
    const peer = await listen(() => {}, '::1');
    const easy = connectOnly(`http://[::1]:${peer.port}/`);
    const calls: { clientp: unknown; purpose: number; addr: SockAddr }[] = [];
    const mine = { me: true };
    set(easy, 'OPENSOCKETDATA', mine);
    set(easy, 'OPENSOCKETFUNCTION', (clientp: unknown, purpose: number, addr: SockAddr) => {
      calls.push({ clientp, purpose, addr: structuredClone(addr) });
      return new net.Socket();
    });
    const closed = closer(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(calls).toEqual([
      {
        clientp: mine,
        purpose: CURLSOCKTYPE_IPCXN,
        addr: { family: 10, socktype: 1, protocol: 6, addrlen: 28, addr: { address: '::1', port: peer.port } },
      },
    ]);
    easy.cleanup();
    // G2: the application-supplied socket goes to the close callback too
    expect(closed.length).toBe(1);
  });

  it('reports IPv4 as family 2 with addrlen 16', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    let seen: SockAddr | null = null;
    set(easy, 'OPENSOCKETFUNCTION', (_c: unknown, _p: number, addr: SockAddr) => {
      seen = structuredClone(addr);
      return new net.Socket();
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(seen).toEqual({ family: 2, socktype: 1, protocol: 6, addrlen: 16, addr: { address: '127.0.0.1', port: peer.port } });
    easy.cleanup();
  });

  it('connects where the callback rewrote the address (E4)', async () => {
    const real = await listen();
    const url = `http://127.0.0.1:${await deadPort()}/`;
    const easy = connectOnly(url);
    set(easy, 'OPENSOCKETFUNCTION', (_c: unknown, _p: number, addr: SockAddr) => {
      addr.addr.port = real.port;
      return new net.Socket();
    });
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    await real.accepted();
    expect(info(easy, 'PRIMARY_PORT').value).toBe(real.port);
    const lines = log.lines();
    expect(lines[0]).toBe(`  Trying 127.0.0.1:${real.port}...`);
    const urlPort = new URL(url).port;
    expect(lines.at(-1)).toBe(`Connection #0 to host 127.0.0.1:${urlPort} left intact`);
    easy.cleanup();
  });

  it('BAD fails only that attempt: no Trying line, no close callback, next address (E5, E7)', async () => {
    const peer = await listen(() => {}, '127.0.0.1');
    const easy = connectOnly(`http://localhost:${peer.port}/`);
    const families: number[] = [];
    set(easy, 'OPENSOCKETFUNCTION', (_c: unknown, _p: number, addr: SockAddr) => {
      families.push(addr.family);
      return addr.family === 10 ? CURL_SOCKET_BAD : new net.Socket();
    });
    const closed = closer(easy);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(families).toEqual([10, 2]);
    expect(closed).toEqual([]);
    const lines = log.lines();
    expect(lines.filter((l) => l.startsWith('  Trying'))).toEqual([`  Trying 127.0.0.1:${peer.port}...`]);
    expect(lines).toContain('connect to  port 0 from  port 0 failed: the open-socket callback returned CURL_SOCKET_BAD');
    expect(info(easy, 'PRIMARY_IP').value).toBe('127.0.0.1');
    easy.cleanup();
    expect(closed.length).toBe(1);
  });

  it('BAD for every address gives 7 with the failure text (E6; test 1530)', async () => {
    const easy = connectOnly('http://127.0.0.1:9999/');
    set(easy, 'OPENSOCKETFUNCTION', () => CURL_SOCKET_BAD);
    const closed = closer(easy);
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    expect(closed).toEqual([]);
    expect(errors.text).toMatch(/^Failed to connect to 127\.0\.0\.1:9999 after \d+ ms: Could not connect to server$/);
    expect(log.lines().slice(-2)).toEqual([errors.text, 'closing connection #0']);
  });

  it('a callback that throws counts as BAD (decision 9)', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://localhost:${peer.port}/`);
    set(easy, 'OPENSOCKETFUNCTION', (_c: unknown, _p: number, addr: SockAddr) => {
      if (addr.family === 10) throw new Error('no IPv6 today');
      return new net.Socket();
    });
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(log.lines()).toContain('failed to open socket: no IPv6 today');
    easy.cleanup();
  });

  it('may return a Duplex that is not a socket: the engine talks through it', async () => {
    const { PassThrough, Duplex } = await import('node:stream');
    const toApp = new PassThrough();
    const fromApp = new PassThrough();
    const duplex = Duplex.from({ readable: toApp, writable: fromApp });
    const easy = connectOnly('telnet://192.0.2.1:23');
    set(easy, 'OPENSOCKETFUNCTION', () => duplex);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'ACTIVESOCKET').value).toBe(duplex);
    expect(info(easy, 'PRIMARY_IP').value).toBe('192.0.2.1');
    toApp.write('from the other side');
    expect((await recvAll(easy, 19)).toString()).toBe('from the other side');
    expect(easy.send(Buffer.from('hi')).code).toBe(CURLE.OK);
    expect(fromApp.read()?.toString()).toBe('hi');
    easy.cleanup();
  });

  it('may return a file descriptor', async () => {
    // A descriptor no Node handle owns yet: a FIFO opened for reading and writing, so what the
    // engine sends comes back to it.
    const dir = mkdtempSync(join(tmpdir(), 'manbind-'));
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const fd = openSync(fifo, 'r+');
    try {
      const easy = connectOnly('telnet://127.0.0.1:23');
      set(easy, 'OPENSOCKETFUNCTION', () => fd);
      const closed: unknown[] = [];
      set(easy, 'CLOSESOCKETFUNCTION', (_c: unknown, item: unknown) => {
        closed.push(item);
        return 0;
      });
      expect(await easy.perform()).toBe(CURLE.OK);
      expect(info(easy, 'LASTSOCKET').value).toBe(fd);
      expect(easy.send(Buffer.from('via fd')).code).toBe(CURLE.OK);
      expect((await recvAll(easy, 6)).toString()).toBe('via fd');
      easy.cleanup();
      // the close callback is told the number; the engine's wrapper closed the descriptor
      expect(closed).toEqual([fd]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('happy eyeballs (E7)', () => {
  it('tries ::1 first for localhost, then 127.0.0.1 when ::1 is refused', async () => {
    const peer = await listen(() => {}, '127.0.0.1');
    const easy = connectOnly(`http://localhost:${peer.port}/`);
    const closed = closer(easy);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    const lines = log.lines();
    const i6 = lines.indexOf(`  Trying [::1]:${peer.port}...`);
    const i4 = lines.indexOf(`  Trying 127.0.0.1:${peer.port}...`);
    expect(i6).toBeGreaterThanOrEqual(0);
    expect(i4).toBeGreaterThan(i6);
    expect(lines[i6 + 1]).toMatch(new RegExp(`^connect to ::1 port ${peer.port} from ::1 port \\d+ failed: Connection refused$`));
    // the refused socket went to the close callback (G2)
    expect(closed.length).toBe(1);
    easy.cleanup();
  });

  it('starts the other family after HAPPY_EYEBALLS_TIMEOUT_MS while the first hangs', async () => {
    const peer = await listen(() => {}, '127.0.0.1');
    const easy = connectOnly(`http://localhost:${peer.port}/`);
    const hanging = new NeverConnects();
    set(easy, 'HAPPY_EYEBALLS_TIMEOUT_MS', 20);
    set(easy, 'OPENSOCKETFUNCTION', (_c: unknown, _p: number, addr: SockAddr) =>
      addr.family === 10 ? hanging : new net.Socket(),
    );
    const closed = closer(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(info(easy, 'PRIMARY_IP').value).toBe('127.0.0.1');
    // the loser is closed through the callback
    expect(closed).toEqual([hanging]);
    easy.cleanup();
  });

  it('all addresses refused: 7, OS_ERRNO 111, the failure text (E6)', async () => {
    const port = await deadPort();
    const easy = connectOnly(`http://localhost:${port}/`);
    const closed = closer(easy);
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    expect(await easy.perform()).toBe(CURLE.COULDNT_CONNECT);
    expect(info(easy, 'OS_ERRNO').value).toBe(111);
    expect(closed.length).toBe(2);
    expect(errors.text).toMatch(new RegExp(`^Failed to connect to localhost:${port} after \\d+ ms: Could not connect to server$`));
  });
});

describe('SOCKOPTFUNCTION (F)', () => {
  it('runs after Trying, with SOCKOPTDATA, the socket and IPCXN (F1, F2)', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    const order: string[] = [];
    const mine = { sockopt: 1 };
    let got: unknown[] = [];
    set(easy, 'VERBOSE', 1);
    set(easy, 'DEBUGFUNCTION', (_h: unknown, _t: number, data: Uint8Array) => {
      order.push(Buffer.from(data).toString().trim());
      return 0;
    });
    set(easy, 'OPENSOCKETFUNCTION', () => {
      order.push('open');
      return new net.Socket();
    });
    set(easy, 'SOCKOPTDATA', mine);
    set(easy, 'SOCKOPTFUNCTION', (clientp: unknown, sock: unknown, purpose: number) => {
      order.push('sockopt');
      got = [clientp, sock, purpose];
      return CURL_SOCKOPT_OK;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(order.slice(0, 3)).toEqual(['open', `Trying 127.0.0.1:${peer.port}...`, 'sockopt']);
    expect(got[0]).toBe(mine);
    expect(got[1]).toBe(info(easy, 'ACTIVESOCKET').value);
    expect(got[2]).toBe(CURLSOCKTYPE_IPCXN);
    easy.cleanup();
  });

  it('ALREADY_CONNECTED uses an application-connected socket as it is (F3; test 1960)', async () => {
    const peer = await listen(echo);
    const own = net.connect(peer.port, '127.0.0.1');
    await new Promise((r) => own.once('connect', r));
    // the URL names a port nobody listens on: no connect may happen
    const url = `http://127.0.0.1:${await deadPort()}/`;
    const easy = connectOnly(url);
    set(easy, 'OPENSOCKETFUNCTION', () => own);
    set(easy, 'SOCKOPTFUNCTION', () => CURL_SOCKOPT_ALREADY_CONNECTED);
    let closes = 0;
    set(easy, 'CLOSESOCKETFUNCTION', () => {
      closes++;
      return 0; // keep our socket
    });
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    const urlPort = Number(new URL(url).port);
    expect(log.lines()).toContain(
      `Established connection to 127.0.0.1 (127.0.0.1 port ${urlPort}) from 127.0.0.1 port ${own.localPort} `,
    );
    expect(info(easy, 'PRIMARY_PORT').value).toBe(urlPort);
    expect(easy.send(Buffer.from('raw')).code).toBe(CURLE.OK);
    expect((await recvAll(easy, 3)).toString()).toBe('raw');
    easy.cleanup();
    expect(closes).toBe(1);
    // the no-op close callback kept it open
    expect(own.destroyed).toBe(false);
    own.destroy();
  });

  it('any other value fails the attempt with 42, closes it, tries the next address (F4)', async () => {
    const peer = await listen(() => {}, '127.0.0.1');
    const easy = connectOnly(`http://localhost:${peer.port}/`);
    const seen: number[] = [];
    const order: string[] = [];
    set(easy, 'OPENSOCKETFUNCTION', (_c: unknown, _p: number, addr: SockAddr) => {
      seen.push(addr.family);
      return new net.Socket();
    });
    let calls = 0;
    set(easy, 'SOCKOPTFUNCTION', () => (calls++ === 0 ? CURL_SOCKOPT_ERROR : CURL_SOCKOPT_OK));
    set(easy, 'CLOSESOCKETFUNCTION', (_c: unknown, item: net.Socket) => {
      order.push('close');
      item.destroy();
      return 0;
    });
    set(easy, 'VERBOSE', 1);
    set(easy, 'DEBUGFUNCTION', (_h: unknown, _t: number, d: Uint8Array) => {
      const line = Buffer.from(d).toString().trim();
      if (line.startsWith('connect to')) order.push(line);
      return 0;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(seen).toEqual([10, 2]);
    expect(calls).toBe(2);
    expect(order).toEqual([
      'close',
      `connect to ::1 port ${peer.port} from  port 0 failed: Operation was aborted by an application callback`,
    ]);
    easy.cleanup();
  });

  it('when it fails every attempt the transfer returns 42 (F4, decision 7)', async () => {
    const easy = connectOnly('http://localhost:9/');
    set(easy, 'SOCKOPTFUNCTION', () => 7);
    const closed = closer(easy);
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    expect(await easy.perform()).toBe(CURLE.ABORTED_BY_CALLBACK);
    expect(closed.length).toBe(2);
    expect(errors.text).toMatch(/^Failed to connect to localhost:9 after \d+ ms: Operation was aborted by an application callback$/);
  });

  it('a sockopt callback that throws is an error (decision 9)', async () => {
    const easy = connectOnly('http://127.0.0.1:9/');
    set(easy, 'SOCKOPTFUNCTION', () => {
      throw new Error('nope');
    });
    closer(easy);
    expect(await easy.perform()).toBe(CURLE.ABORTED_BY_CALLBACK);
  });
});

describe('CLOSESOCKETFUNCTION (G)', () => {
  it('fires once on cleanup with CLOSESOCKETDATA and the socket (G2, G3; test 585)', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    const mine = { close: 1 };
    const calls: unknown[][] = [];
    set(easy, 'CLOSESOCKETDATA', mine);
    set(easy, 'CLOSESOCKETFUNCTION', (clientp: unknown, item: net.Socket) => {
      calls.push([clientp, item]);
      item.destroy();
      return 0;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    const sock = info(easy, 'ACTIVESOCKET').value;
    expect(calls).toEqual([]);
    const log = capture(easy);
    easy.cleanup();
    expect(calls).toEqual([[mine, sock]]);
    // lib/url.c Curl_close: the debug callback is detached before the connection goes
    expect(log.lines()).toEqual([]);
  });

  it('uses the callback the connection was made with (G1)', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    const first: unknown[] = [];
    set(easy, 'CLOSESOCKETFUNCTION', (_c: unknown, s: net.Socket) => {
      first.push(s);
      s.destroy();
      return 0;
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    set(easy, 'CLOSESOCKETFUNCTION', null);
    easy.cleanup();
    expect(first.length).toBe(1);
  });

  it('without a callback the engine closes the socket itself', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    expect(await easy.perform()).toBe(CURLE.OK);
    const sock = info(easy, 'ACTIVESOCKET').value as net.Socket;
    easy.cleanup();
    expect(sock.destroyed).toBe(true);
  });

  it('a close callback that throws is ignored (decision 9)', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    set(easy, 'CLOSESOCKETFUNCTION', (_c: unknown, s: net.Socket) => {
      s.destroy();
      throw new Error('close went wrong');
    });
    expect(await easy.perform()).toBe(CURLE.OK);
    easy.cleanup();
    expect(errors.text).toBe('close went wrong');
  });
});

describe('socket options', () => {
  it('TCP_NODELAY is on by default and can be turned off', async () => {
    const peer = await listen();
    const on = connectOnly(`http://127.0.0.1:${peer.port}/`);
    const calls: boolean[] = [];
    const spy = (): net.Socket => {
      const s = new net.Socket();
      const orig = s.setNoDelay.bind(s);
      s.setNoDelay = (v?: boolean) => {
        calls.push(v !== false);
        return orig(v);
      };
      return s;
    };
    set(on, 'OPENSOCKETFUNCTION', spy);
    expect(await on.perform()).toBe(CURLE.OK);
    expect(calls).toEqual([true]);
    on.cleanup();
    calls.length = 0;
    const off = connectOnly(`http://127.0.0.1:${peer.port}/`);
    set(off, 'OPENSOCKETFUNCTION', spy);
    set(off, 'TCP_NODELAY', 0);
    expect(await off.perform()).toBe(CURLE.OK);
    expect(calls).toEqual([]);
    off.cleanup();
  });

  it('TCP_KEEPALIVE turns keep-alive on with KEEPIDLE', async () => {
    const peer = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    const calls: unknown[][] = [];
    set(easy, 'OPENSOCKETFUNCTION', () => {
      const s = new net.Socket();
      const orig = s.setKeepAlive.bind(s);
      s.setKeepAlive = (enable?: boolean, delay?: number) => {
        calls.push([enable, delay]);
        return orig(enable, delay);
      };
      return s;
    });
    set(easy, 'TCP_KEEPALIVE', 1);
    set(easy, 'TCP_KEEPIDLE', 30);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(calls).toEqual([[true, 30_000]]);
    easy.cleanup();
  });

  it('LOCALPORT binds the local end; LOCALPORTRANGE moves past a taken port', async () => {
    const peer = await listen();
    const taken = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    set(easy, 'LOCALPORT', taken.port);
    set(easy, 'LOCALPORTRANGE', 20);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.OK);
    const local = info(easy, 'LOCAL_PORT').value as number;
    expect(local).toBeGreaterThan(taken.port);
    expect(local).toBeLessThan(taken.port + 20);
    expect(log.lines()).toContain(`Local port: ${local}`);
    easy.cleanup();
  });

  it('LOCALPORT that cannot be bound gives 45', async () => {
    const peer = await listen();
    const taken = await listen();
    const easy = connectOnly(`http://127.0.0.1:${peer.port}/`);
    set(easy, 'LOCALPORT', taken.port);
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    const log = capture(easy);
    expect(await easy.perform()).toBe(CURLE.INTERFACE_FAILED);
    expect(log.lines()).toContain('bind failed with errno 98: Address already in use');
    expect(errors.text).toMatch(
      new RegExp(`^Failed to connect to 127\\.0\\.0\\.1:${peer.port} after \\d+ ms: Failed binding local connection end$`),
    );
  });
});
