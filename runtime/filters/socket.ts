// One TCP connect attempt to one address (lib/cf-socket.c cf_socket_open, cf_tcp_connect), as a
// small state machine: OPEN (the open-socket callback or a new net.Socket) -> SOCKOPT (the
// engine's options, then the sockopt callback) -> CONNECTING -> CONNECTED, or FAILED at any step,
// or DISCARDED when happy eyeballs picked another attempt. Every socket the attempt gives up is
// closed through the close-socket callback (G2, G3), never one the open-socket callback refused.
import { isIP, Socket, type SocketConstructorOpts } from 'node:net';
import { Duplex } from 'node:stream';
import type { CallbackGuard } from '../base/callback.js';
import { CURLE, strerror } from '../base/codes.js';
import { CURL_SOCKOPT_ALREADY_CONNECTED, CURL_SOCKOPT_OK, CURLSOCKTYPE_IPCXN } from '../base/constants.js';
import { BLOCK, ByteQueue, HIGH_WATER } from '../io/byte-queue.js';
import type { Address } from './dns-cache.js';
import { errnoOf, strerrorOf } from '../base/errno.js';
import type { TransferContext } from '../base/context.js';
import type { SockAddr } from '../base/options.js';
import type { BottomSocket } from './filter.js';
import { closeSocket, type SocketCloser } from './socket-close.js';
import { tracing } from '../base/trace.js';
import { CURL_SOCKET_BAD, type CurlSocket } from '../types.js';

/** Linux AF_INET / AF_INET6, as struct curl_sockaddr reports them (E2). */
const AF_INET = 2;
const AF_INET6 = 10;
/** SOCK_STREAM (decision 5: without SOCK_CLOEXEC) and IPPROTO_TCP. */
const SOCK_STREAM = 1;
const IPPROTO_TCP = 6;

/** How a connection makes its sockets (decided once, when the chain is planned). */
export interface SocketSetup {
  /** Closes the sockets an attempt gives up, through the close-socket callback copied when the
   * connection was made (G1). */
  readonly closer: SocketCloser;
  /** Nothing reads the socket between the engine and the application (no tunnel, no TLS, no
   * protocol): the engine's own sockets then read straight into the connection's inbox. */
  readonly directRead: boolean;
}

/** The connected bottom of a connection. */
export interface ConnectedSocket extends BottomSocket {
  remoteIp: string;
  remotePort: number;
  /** The local end, read when first asked (getsockname() is a system call a loopback connect
   * loop notices); reading it once the application uses the connection keeps it for later. */
  local(): { ip: string; port: number };
  /** What the socket's read callback fills (sockets read with `onread`), for StreamIO. */
  inbox?: ByteQueue;
  /** The application handed the socket in as connected (ALREADY_CONNECTED) and it is not. */
  readonly notConnected: boolean;
}

class Connected implements ConnectedSocket {
  #local: { ip: string; port: number } | null = null;
  constructor(
    readonly item: CurlSocket,
    readonly stream: Duplex,
    readonly remoteIp: string,
    readonly remotePort: number,
    readonly inbox: ByteQueue | undefined,
    /** The local end of a socket that is not connected (getsockname() of an unbound socket),
     * when Node has no handle to ask. */
    readonly unbound: { ip: string; port: number } | null,
  ) {}

  get notConnected(): boolean {
    return this.unbound !== null;
  }

  local(): { ip: string; port: number } {
    if (this.#local === null) {
      const s = this.stream as Partial<Socket>;
      const ip = s.localAddress;
      this.#local = ip === undefined && this.unbound !== null ? this.unbound : { ip: ip ?? '', port: s.localPort ?? 0 };
    }
    return this.#local;
  }
}

/** What connect() would find a net.Socket the application handed in to be. Node makes a
 * socket's handle only when it connects, so one without a handle was never connected; a
 * descriptor that is no TCP socket (a FIFO, a pipe) cannot connect and is used as it is. */
type SocketKind = 'closed' | 'connecting' | 'connected' | 'unconnected' | 'not-tcp';

function socketKind(s: Socket): SocketKind {
  if (s.destroyed) return 'closed';
  if (s.connecting) return 'connecting';
  const h = (s as unknown as { _handle?: { getpeername?: (out: object) => number } | null })._handle;
  if (h === null || h === undefined) return 'unconnected';
  if (typeof h.getpeername !== 'function') return 'not-tcp';
  return h.getpeername({}) === 0 ? 'connected' : 'unconnected';
}

/** One read buffer for every socket read with `onread`: the callback copies out of it at once,
 * before any other read can happen. */
let sharedReadBuffer: Buffer | null = null;

/** A new engine socket; with `inbox`, read into it through the shared buffer (no 'data'). It is
 * half-open like a kernel socket: a FIN from the peer does not end the engine's writing side (C8,
 * C11). (allowHalfOpen is set as a property: as a constructor option it makes every connect
 * measurably slower in Node 20.) */
function engineSocket(inbox: ByteQueue | undefined): Socket {
  let s: Socket;
  if (inbox === undefined) {
    s = new Socket();
  } else {
    sharedReadBuffer ??= Buffer.allocUnsafeSlow(BLOCK);
    // `onread` is a socket constructor option (net.connect passes it through); @types/node lists
    // it for connect options only
    s = new Socket({
      onread: {
        buffer: sharedReadBuffer,
        callback: (n: number, buf: Uint8Array): boolean => {
          inbox.copyIn(buf as Buffer, n);
          if (inbox.length < HIGH_WATER) return true;
          inbox.paused = true;
          return false;
        },
      },
    } as SocketConstructorOpts);
  }
  s.allowHalfOpen = true;
  return s;
}

export type AttemptOutcome =
  | { ok: true; socket: ConnectedSocket }
  | { ok: false; code: number; errno: number };

export type AttemptState = 'init' | 'open' | 'sockopt' | 'connecting' | 'connected' | 'failed' | 'discarded';

/** Errors a stream reports after the engine stopped listening must not crash the process. */
function swallow(): void {}

function isDuplex(v: unknown): v is Duplex {
  return v instanceof Duplex || v instanceof Socket;
}

export class SocketAttempt {
  state: AttemptState = 'init';
  /** How the attempt ended, as soon as it has (before `done` resolves). */
  outcome: AttemptOutcome | null = null;
  readonly done: Promise<AttemptOutcome>;
  readonly family: 4 | 6;
  #settle!: (o: AttemptOutcome) => void;
  readonly #ctx: TransferContext;
  readonly #setup: SocketSetup;
  readonly #addr: SockAddr;
  #item: CurlSocket | null = null;
  #stream: Duplex | null = null;
  #ip = '';
  #port = 0;
  #localIp = '';
  #localPort = 0;
  #inbox: ByteQueue | undefined;
  /** The address before the open-socket callback could change it. */
  readonly #asked: { address: string; port: number };
  #unlisten: () => void = () => {};

  constructor(ctx: TransferContext, setup: SocketSetup, address: Address, port: number) {
    this.#ctx = ctx;
    this.#setup = setup;
    this.family = address.family;
    this.#addr = {
      family: address.family === 6 ? AF_INET6 : AF_INET,
      socktype: SOCK_STREAM,
      protocol: IPPROTO_TCP,
      addrlen: address.family === 6 ? 28 : 16,
      addr: { address: address.address, port },
    };
    this.#asked = { address: address.address, port };
    this.done = new Promise((resolve) => {
      this.#settle = (o) => {
        this.outcome ??= o;
        resolve(o);
      };
    });
  }

  #to(state: AttemptState): void {
    if (tracing) this.#ctx.trace('SOCKET', `${this.state} -> ${state}`);
    this.state = state;
  }

  #fail(code: number, errno: number): void {
    this.#to('failed');
    this.#settle({ ok: false, code, errno });
  }

  /** Closes the socket through the close-socket callback (or destroys it) and forgets it. */
  #close(): void {
    this.#unlisten();
    const item = this.#item;
    const stream = this.#stream;
    this.#item = null;
    this.#stream = null;
    if (item !== null && stream !== null) closeSocket(this.#setup.closer, item, stream);
  }

  /** Runs the synchronous part (callbacks, options) and starts the connect. */
  start(): void {
    const { opts, guard } = this.#ctx;
    this.#to('open');
    const open = opts.openSocketFunction;
    if (open !== null) {
      const r = guard.call(() => open(opts.openSocketData, CURLSOCKTYPE_IPCXN, this.#addr));
      let why: string | null = null;
      if (!r.ok) {
        // decision 9: a throwing open-socket callback counts as CURL_SOCKET_BAD
        this.#ctx.keepThrown(r.text);
        why = r.text;
      } else if (r.value === CURL_SOCKET_BAD) {
        why = 'the open-socket callback returned CURL_SOCKET_BAD';
      } else if (!isDuplex(r.value) && !(typeof r.value === 'number' && Number.isInteger(r.value) && r.value >= 0)) {
        why = 'the open-socket callback returned neither a stream nor a file descriptor';
      }
      if (why !== null) {
        // E5: no "Trying" line, no close callback, the next address is tried
        this.#ctx.failf(CURLE.COULDNT_CONNECT, `failed to open socket: ${why}`);
        this.#ctx.infof(`connect to  port 0 from  port 0 failed: ${why}`);
        this.#fail(CURLE.COULDNT_CONNECT, 0);
        return;
      }
      const value = (r as { value: CurlSocket }).value;
      this.#item = value;
      if (typeof value === 'number') {
        try {
          this.#stream = new Socket({ fd: value, readable: true, writable: true, allowHalfOpen: true });
        } catch (err) {
          const fn = this.#setup.closer.closeFunction;
          if (fn !== null) guard.call(() => fn(this.#setup.closer.closeData, value as number));
          this.#item = null;
          this.#ctx.failf(CURLE.COULDNT_CONNECT, `failed to open socket: ${strerrorOf(err)}`);
          this.#fail(CURLE.COULDNT_CONNECT, errnoOf(err));
          return;
        }
      } else {
        this.#stream = value as Duplex;
      }
    } else {
      if (this.#setup.directRead) this.#inbox = new ByteQueue();
      const s = engineSocket(this.#inbox);
      this.#item = s;
      this.#stream = s;
    }
    this.#stream.on('error', swallow);
    if (this.#abandoned()) return;

    // E4: the callback may have rewritten the address; that is where the engine connects
    const ip = this.#addr.addr?.address;
    const port = this.#addr.addr?.port;
    const unchanged = ip === this.#asked.address && port === this.#asked.port;
    if (!unchanged && (typeof ip !== 'string' || isIP(ip.replace(/%.*$/, '')) === 0 || !Number.isInteger(port) || port < 0 || port > 65535)) {
      this.#close();
      this.#ctx.infof(`connect to ${String(ip)} port ${String(port)} from  port 0 failed: Invalid argument`);
      this.#fail(CURLE.COULDNT_CONNECT, 22);
      return;
    }
    this.#ip = ip;
    this.#port = port;
    if (opts.verbose) this.#ctx.infof(`  Trying ${ip.includes(':') ? `[${ip}]` : ip}:${port}...`);

    // F1: the engine's own options first, then the sockopt callback
    this.#to('sockopt');
    this.#applyOptions(this.#stream);
    let alreadyConnected = false;
    const sockopt = opts.sockoptFunction;
    if (sockopt !== null) {
      const item = this.#item;
      const r = guard.call(() => sockopt(opts.sockoptData, item, CURLSOCKTYPE_IPCXN));
      let rc: unknown = CURL_SOCKOPT_OK;
      if (!r.ok) {
        this.#ctx.keepThrown(r.text);
        rc = -1;
      } else {
        rc = r.value;
      }
      if (this.#abandoned()) return;
      if (rc === CURL_SOCKOPT_ALREADY_CONNECTED) {
        alreadyConnected = true;
      } else if (rc !== CURL_SOCKOPT_OK) {
        // F4 / decision 7: 42 for this attempt, socket closed at once, next address tried
        this.#close();
        this.#ctx.infof(`connect to ${ip} port ${port} from  port 0 failed: ${strerror(CURLE.ABORTED_BY_CALLBACK)}`);
        this.#fail(CURLE.ABORTED_BY_CALLBACK, 0);
        return;
      }
    }

    this.#to('connecting');
    const stream = this.#stream;
    if (alreadyConnected) {
      // F3: no connect; the remote end is whatever the address struct says. A socket that is
      // not connected stays so: its sends and recvs fail as the kernel's do (io/stream-io.ts).
      let unbound = null;
      if (stream instanceof Socket && socketKind(stream) === 'unconnected') {
        // getsockname() of an unbound socket: the any-address of its family, port 0
        unbound = { ip: this.family === 6 ? '::' : '0.0.0.0', port: 0 };
      }
      this.#connected(ip, port, unbound);
    } else if (stream instanceof Socket) {
      switch (socketKind(stream)) {
        case 'closed':
          this.#onError(Object.assign(new Error('socket already closed'), { code: 'EBADF' }));
          break;
        case 'connected':
          // lib/cf-socket.c cf_tcp_connect: connect() on a connected socket fails with EISCONN;
          // ALREADY_CONNECTED is the answer for such a socket
          this.#immediateFail(stream, { code: 'EISCONN' });
          break;
        case 'not-tcp':
          this.#connected(stream.remoteAddress ?? ip, stream.remotePort ?? port);
          break;
        case 'connecting':
          this.#waitConnect(stream);
          break;
        default:
          this.#connect(stream, opts.localPort, 0);
      }
    } else if ((stream as { connecting?: unknown }).connecting === true) {
      this.#waitConnect(stream);
    } else {
      this.#connected(ip, port);
    }
  }

  /** The attempt was discarded while an application callback ran (the transfer was aborted
   * from inside it): whatever socket it has now is closed, and the attempt goes no further. */
  #abandoned(): boolean {
    if (this.state !== 'discarded') return false;
    this.#close();
    return true;
  }

  #applyOptions(stream: Duplex): void {
    if (!(stream instanceof Socket)) return;
    const { opts } = this.#ctx;
    if (opts.tcpNodelay) stream.setNoDelay(true);
    // Node sets SO_KEEPALIVE and TCP_KEEPIDLE; it has no call for TCP_KEEPINTVL.
    if (opts.tcpKeepalive) stream.setKeepAlive(true, opts.tcpKeepidle * 1000);
  }

  /** Connects an engine-owned (or application-made but unconnected) net.Socket. With LOCALPORT
   * it binds there, moving on through LOCALPORTRANGE when a port is taken. */
  #connect(socket: Socket, localPort: number, tries: number): void {
    const options: { host: string; port: number; localPort?: number } = { host: this.#ip, port: this.#port };
    if (localPort > 0) options.localPort = localPort + tries;
    const onAttempt = (): void => {
      // The kernel picked the local address in connect(); keep it for a failure line.
      queueMicrotask(() => {
        const h = (socket as unknown as { _handle?: { getsockname?: (o: object) => number } })._handle;
        const out: { address?: string; port?: number } = {};
        if (h?.getsockname && h.getsockname(out) === 0) {
          this.#localIp = out.address ?? '';
          this.#localPort = out.port ?? 0;
          if (localPort > 0) this.#ctx.infof(`Local port: ${this.#localPort}`);
        }
      });
    };
    // only verbose lines use the local address of a failed attempt (and LOCALPORT's line)
    const wantLocal = this.#ctx.opts.verbose;
    if (wantLocal) socket.once('connectionAttempt', onAttempt);
    const onError = (err: NodeJS.ErrnoException): void => {
      cleanup();
      const range = Math.max(1, this.#ctx.opts.localPortRange);
      if (err.syscall === 'bind' && localPort > 0) {
        if (tries + 1 < range && socket === this.#item) {
          if (this.#inbox !== undefined) this.#inbox = new ByteQueue();
          const next = engineSocket(this.#inbox);
          next.on('error', swallow);
          this.#item = next;
          this.#stream = next;
          this.#applyOptions(next);
          this.#connect(next, localPort, tries + 1);
          return;
        }
        this.#close();
        this.#ctx.failf(CURLE.INTERFACE_FAILED, `bind failed with errno ${errnoOf(err)}: ${strerrorOf(err)}`);
        this.#fail(CURLE.INTERFACE_FAILED, errnoOf(err));
        return;
      }
      this.#onError(err);
    };
    const onConnect = (): void => {
      cleanup();
      // connected where it was asked to: the peer is the address it connected to
      this.#connected(this.#ip, this.#port);
    };
    const cleanup = (): void => {
      socket.off('error', onError);
      socket.off('connect', onConnect);
      if (wantLocal) socket.off('connectionAttempt', onAttempt);
    };
    socket.on('error', onError);
    // `on`, not `once`: onConnect's cleanup removes it (once() wraps it in a bound function)
    socket.on('connect', onConnect);
    this.#unlisten = cleanup;
    socket.connect(options);
  }

  /** Waits for a stream that is already connecting ('connect' event, or failure). */
  #waitConnect(stream: Duplex): void {
    const onConnect = (): void => {
      cleanup();
      const s = stream as Partial<Socket>;
      this.#connected(s.remoteAddress ?? this.#ip, s.remotePort ?? this.#port);
    };
    const onError = (err: Error): void => {
      cleanup();
      this.#onError(err);
    };
    const onClose = (): void => {
      cleanup();
      this.#onError(Object.assign(new Error('connection closed'), { code: 'ECONNRESET' }));
    };
    const cleanup = (): void => {
      stream.off('connect', onConnect);
      stream.off('error', onError);
      stream.off('close', onClose);
    };
    stream.once('connect', onConnect);
    stream.on('error', onError);
    stream.once('close', onClose);
    this.#unlisten = cleanup;
  }

  /** connect() failed at once (lib/cf-socket.c socket_connect_result), then the failure of any
   * connect (cf_tcp_connect's out: the local end as getsockname() has it, the socket closed). */
  #immediateFail(socket: Socket, err: { code: string }): void {
    this.#ctx.infof(`Immediate connect fail for ${this.#ip}: ${strerrorOf(err)}`);
    this.#localIp = socket.localAddress ?? '';
    this.#localPort = socket.localPort ?? 0;
    this.#onError(err);
  }

  #onError(err: unknown): void {
    if (this.state !== 'connecting') return;
    const errno = errnoOf(err);
    // G3: the close callback runs before the "connect to ... failed" line
    this.#close();
    this.#ctx.infof(
      `connect to ${this.#ip} port ${this.#port} from ${this.#localIp} port ${this.#localPort} failed: ${strerrorOf(err)}`,
    );
    this.#fail(CURLE.COULDNT_CONNECT, errno);
  }

  #connected(remoteIp: string, remotePort: number, unbound: { ip: string; port: number } | null = null): void {
    if (this.state !== 'connecting') return;
    const stream = this.#stream!;
    this.#unlisten = () => {};
    this.#to('connected');
    this.#settle({ ok: true, socket: new Connected(this.#item!, stream, remoteIp, remotePort, this.#inbox, unbound) });
  }

  /** Gives up an attempt that lost the race or was aborted, also one that connected too late;
   * its socket goes to the close callback (G2). The winner is never discarded. */
  discard(): void {
    if (this.state === 'failed' || this.state === 'discarded') return;
    this.#close();
    this.#to('discarded');
    this.#settle({ ok: false, code: CURLE.COULDNT_CONNECT, errno: 0 });
  }
}
