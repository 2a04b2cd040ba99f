// One TCP connect attempt to one address (lib/cf-socket.c cf_socket_open, cf_tcp_connect), as a
// small state machine: OPEN (the open-socket callback or a new net.Socket) -> SOCKOPT (the
// engine's options, then the sockopt callback) -> CONNECTING -> CONNECTED, or FAILED at any step,
// or DISCARDED when happy eyeballs picked another attempt. Every socket the attempt gives up is
// closed through the close-socket callback (G2, G3), never one the open-socket callback refused.
import { isIP, Socket } from 'node:net';
import { Duplex } from 'node:stream';
import { CURLE, strerror } from '../base/codes.js';
import { CURL_SOCKOPT_ALREADY_CONNECTED, CURL_SOCKOPT_OK, CURLSOCKTYPE_IPCXN } from '../base/constants.js';
import { ByteQueue } from '../io/byte-queue.js';
import { engineSocket, socketKind } from './engine-socket.js';
import { bindsLocal, localAddress, type LocalAddress } from './bind-local.js';
import type { Address } from './dns-cache.js';
import { errnoOf, strerrorOf } from '../base/errno.js';
import type { TransferContext } from '../base/context.js';
import type { SockAddr } from '../base/options.js';
import { closeSocket, type SocketCloser } from './socket-close.js';
import { Connected, type ConnectedSocket } from './connected-socket.js';

export type { ConnectedSocket } from './connected-socket.js';
import { tracing } from '../base/trace.js';
import { CURL_SOCKET_BAD, type CurlSocket } from '../types.js';
import { unixAddressText, unixSockAddr, type UnixTarget } from './unix-socket.js';

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

export type AttemptOutcome =
  | { ok: true; socket: ConnectedSocket }
  | { ok: false; code: number; errno: number };

export type AttemptState = 'init' | 'open' | 'sockopt' | 'connecting' | 'connected' | 'failed' | 'discarded';

/** Errors a stream reports after the engine stopped listening must not crash the process (also
 * the shared no-op: a closure per attempt costs the garbage collector in a connect loop). */
function swallow(): void {}

function isDuplex(v: unknown): v is Duplex {
  return v instanceof Duplex || v instanceof Socket;
}

export class SocketAttempt {
  state: AttemptState = 'init';
  /** How the attempt ended, as soon as it has (before `done` resolves). */
  outcome: AttemptOutcome | null = null;
  readonly family: 4 | 6;
  #done: Promise<AttemptOutcome> | null = null;
  #resolveDone: ((o: AttemptOutcome) => void) | null = null;
  /** whenDone's listener (happy eyeballs), told once. */
  #listener: ((attempt: SocketAttempt, o: AttemptOutcome) => void) | null = null;
  /** In start(): an outcome reached there is told a microtask later (no re-entry). */
  #starting = false;
  readonly #ctx: TransferContext;
  readonly #setup: SocketSetup;
  /** The address struct the open-socket callback sees (and may rewrite), made for it. */
  #addr: SockAddr | null = null;
  #item: CurlSocket | null = null;
  #stream: Duplex | null = null;
  #ip = '';
  #port = 0;
  #localIp = '';
  #localPort = 0;
  #inbox: ByteQueue | undefined;
  /** The address before the open-socket callback could change it. */
  readonly #askedIp: string;
  readonly #askedPort: number;
  /** A Unix domain socket attempt (no TCP options, no local binding). */
  readonly #unix: boolean;
  #unlisten: () => void = swallow;

  constructor(ctx: TransferContext, setup: SocketSetup, address: Address, port: number, unix: UnixTarget | null = null) {
    this.#ctx = ctx;
    this.#setup = setup;
    this.family = address.family;
    this.#unix = unix !== null;
    if (unix !== null) this.#addr = unixSockAddr(unix, SOCK_STREAM);
    this.#askedIp = this.#addr !== null ? this.#addr.addr.address : address.address;
    this.#askedPort = this.#addr !== null ? this.#addr.addr.port : port;
  }

  /** struct curl_sockaddr for the open-socket callback (lib/cf-socket.c), made when one is set. */
  #sockAddr(): SockAddr {
    this.#addr ??= {
      family: this.family === 6 ? AF_INET6 : AF_INET,
      socktype: SOCK_STREAM,
      protocol: IPPROTO_TCP,
      addrlen: this.family === 6 ? 28 : 16,
      addr: { address: this.#askedIp, port: this.#askedPort },
    };
    return this.#addr;
  }

  /** Resolves with the outcome (made when asked: happy eyeballs uses whenDone, no promise). */
  get done(): Promise<AttemptOutcome> {
    const o = this.outcome;
    this.#done ??= o !== null ? Promise.resolve(o) : new Promise((resolve) => (this.#resolveDone = resolve));
    return this.#done;
  }

  /** Calls `fn` once with the outcome: at once from a socket event, a microtask later when the
   * attempt ends inside start() or discard() (happy eyeballs is the caller then) or had ended. */
  whenDone(fn: (attempt: SocketAttempt, o: AttemptOutcome) => void): void {
    const o = this.outcome;
    if (o !== null) queueMicrotask(() => fn(this, o));
    else this.#listener = fn;
  }

  #settle(o: AttemptOutcome, later = this.#starting): void {
    if (this.outcome !== null) return;
    this.outcome = o;
    this.#resolveDone?.(o);
    this.#resolveDone = null;
    const fn = this.#listener;
    if (fn === null) return;
    this.#listener = null;
    if (later) queueMicrotask(() => fn(this, o));
    else fn(this, o);
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
    this.#starting = true;
    try {
      this.#start();
    } finally {
      this.#starting = false;
    }
  }

  #start(): void {
    const { opts, guard } = this.#ctx;
    this.#to('open');
    const open = opts.openSocketFunction;
    if (open !== null) {
      const addr = this.#sockAddr();
      const r = guard.call(() => open(opts.openSocketData, CURLSOCKTYPE_IPCXN, addr));
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
    const addr = this.#addr;
    const ip = addr !== null ? addr.addr?.address : this.#askedIp;
    const port = addr !== null ? addr.addr?.port : this.#askedPort;
    const unchanged = ip === this.#askedIp && port === this.#askedPort;
    if (!unchanged && (!this.#usable(ip) || !Number.isInteger(port) || port < 0 || port > 65535)) {
      this.#close();
      this.#ctx.infof(`connect to ${String(ip)} port ${String(port)} from  port 0 failed: Invalid argument`);
      this.#fail(CURLE.COULDNT_CONNECT, 22);
      return;
    }
    this.#ip = ip;
    this.#port = port;
    // a Unix socket shows as its sun_path text, port 0 (sockaddr2string)
    const shown = this.#unix ? unixAddressText(ip) : ip;
    if (opts.verbose) this.#ctx.infof(`  Trying ${!this.#unix && ip.includes(':') ? `[${ip}]` : shown}:${port}...`);

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
          if (bindsLocal(opts)) this.#bindThenConnect(stream);
          else this.#connect(stream, 0, 0, null);
      }
    } else if ((stream as { connecting?: unknown }).connecting === true) {
      this.#waitConnect(stream);
    } else {
      this.#connected(ip, port);
    }
  }

  /** Whether an address the open-socket callback wrote can be connected to. */
  #usable(ip: unknown): ip is string {
    if (typeof ip !== 'string') return false;
    return this.#unix ? ip !== '' : isIP(ip.replace(/%.*$/, '')) !== 0;
  }

  /** The attempt was discarded while an application callback ran (the transfer was aborted
   * from inside it): whatever socket it has now is closed, and the attempt goes no further. */
  #abandoned(): boolean {
    if (this.state !== 'discarded') return false;
    this.#close();
    return true;
  }

  #applyOptions(stream: Duplex): void {
    // lib/cf-socket.c cf_socket_open: TCP options for TCP sockets only
    if (!(stream instanceof Socket) || this.#unix) return;
    const { opts } = this.#ctx;
    if (opts.tcpNodelay) stream.setNoDelay(true);
    // Node sets SO_KEEPALIVE and TCP_KEEPIDLE; it has no call for TCP_KEEPINTVL.
    if (opts.tcpKeepalive) stream.setKeepAlive(true, opts.tcpKeepidle * 1000);
  }

  /** lib/cf-socket.c bindlocal: the address CURLOPT_INTERFACE names (perhaps after a name
   * lookup), then a connect bound there and to LOCALPORT. */
  #bindThenConnect(socket: Socket): void {
    if (this.#unix) {
      this.#connectUnix(socket);
      return;
    }
    const bound = (r: LocalAddress): void => {
      if (r.ok) {
        this.#connect(socket, this.#ctx.opts.localPort, 0, r.address);
        return;
      }
      // cf_tcp_connect's out: the socket is gone, so no local end, and no socket error
      this.#close();
      this.#ctx.infof(`connect to ${this.#ip} port ${this.#port} from  port 0 failed: Success`);
      this.#fail(r.code, r.errno);
    };
    const r = localAddress(this.#ctx, this.family, this.#ip);
    if (!(r instanceof Promise)) bound(r);
    else void r.then((x) => socket === this.#stream && this.state === 'connecting' && bound(x));
  }

  /** Connects an engine-owned (or application-made but unconnected) net.Socket. With LOCALPORT
   * it binds there, moving on through LOCALPORTRANGE when a port is taken; `localAddr` is the
   * address CURLOPT_INTERFACE named. */
  #connect(socket: Socket, localPort: number, tries: number, localAddr: string | null): void {
    if (this.#unix) {
      this.#connectUnix(socket);
      return;
    }
    const options: { host: string; port: number; localPort?: number; localAddress?: string } = { host: this.#ip, port: this.#port };
    if (localPort > 0) options.localPort = localPort + tries;
    if (localAddr !== null) options.localAddress = localAddr;
    const bound = localPort > 0 || localAddr !== null;
    // only verbose lines use the local address of a failed attempt (and LOCALPORT's line)
    const wantLocal = this.#ctx.opts.verbose;
    const onAttempt = !wantLocal ? swallow : (): void => {
      // The kernel picked the local address in connect(); keep it for a failure line.
      queueMicrotask(() => {
        const h = (socket as unknown as { _handle?: { getsockname?: (o: object) => number } })._handle;
        const out: { address?: string; port?: number } = {};
        if (h?.getsockname && h.getsockname(out) === 0) {
          this.#localIp = out.address ?? '';
          this.#localPort = out.port ?? 0;
          // bindlocal's line names the port it asked for
          if (bound) this.#ctx.infof(`Local port: ${localPort > 0 ? this.#localPort : 0}`);
        }
      });
    };
    if (wantLocal) socket.once('connectionAttempt', onAttempt);
    const onError = (err: NodeJS.ErrnoException): void => {
      cleanup();
      const range = Math.max(1, this.#ctx.opts.localPortRange);
      if (err.syscall === 'bind' && bound) {
        if (localPort > 0 && tries + 1 < range && localPort + tries < 65535 && socket === this.#item) {
          this.#ctx.infof(`Bind to local port ${localPort + tries} failed, trying next`);
          if (this.#inbox !== undefined) this.#inbox = new ByteQueue();
          const next = engineSocket(this.#inbox);
          next.on('error', swallow);
          this.#item = next;
          this.#stream = next;
          this.#applyOptions(next);
          this.#connect(next, localPort, tries + 1, localAddr);
          return;
        }
        // bindlocal's failf, then cf_tcp_connect closes the socket and says so
        this.#ctx.failf(CURLE.INTERFACE_FAILED, `bind failed with errno ${errnoOf(err)}: ${strerrorOf(err)}`);
        this.#close();
        this.#ctx.infof(`connect to ${this.#ip} port ${this.#port} from  port 0 failed: Success`);
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

  /** A Unix socket: connect() answers at once, so a failure is an "Immediate connect fail"
   * (lib/cf-socket.c socket_connect_result); nothing is bound (bindlocal is for IP sockets). */
  #connectUnix(socket: Socket): void {
    const shown = unixAddressText(this.#ip);
    const onError = (err: NodeJS.ErrnoException): void => {
      cleanup();
      this.#ctx.infof(`Immediate connect fail for ${shown}: ${strerrorOf(err)}`);
      this.#onError(err, shown);
    };
    const onConnect = (): void => {
      cleanup();
      this.#connected(this.#ip, 0);
    };
    const cleanup = (): void => {
      socket.off('error', onError);
      socket.off('connect', onConnect);
    };
    socket.on('error', onError);
    socket.on('connect', onConnect);
    this.#unlisten = cleanup;
    socket.connect({ path: this.#ip });
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

  #onError(err: unknown, shown = this.#ip): void {
    if (this.state !== 'connecting') return;
    const errno = errnoOf(err);
    // G3: the close callback runs before the "connect to ... failed" line
    this.#close();
    this.#ctx.infof(
      `connect to ${shown} port ${this.#port} from ${this.#localIp} port ${this.#localPort} failed: ${strerrorOf(err)}`,
    );
    this.#fail(CURLE.COULDNT_CONNECT, errno);
  }

  #connected(remoteIp: string, remotePort: number, unbound: { ip: string; port: number } | null = null): void {
    if (this.state !== 'connecting') return;
    const stream = this.#stream!;
    this.#unlisten = swallow;
    this.#to('connected');
    const ip = this.#unix ? unixAddressText(remoteIp) : remoteIp;
    const port = this.#unix ? -1 : remotePort;
    this.#settle({ ok: true, socket: new Connected(this.#item!, stream, ip, port, this.#inbox, unbound) });
  }

  /** Gives up an attempt that lost the race or was aborted, also one that connected too late;
   * its socket goes to the close callback (G2). The winner is never discarded. */
  discard(): void {
    if (this.state === 'failed' || this.state === 'discarded') return;
    this.#close();
    this.#to('discarded');
    this.#settle({ ok: false, code: CURLE.COULDNT_CONNECT, errno: 0 }, true);
  }
}
