// The bottom filter: resolve the first hop, then race socket attempts (lib/cf-ip-happy.c).
// IPv6 first, then alternating families; an attempt that fails starts the next address at once; a
// slow one lets the next start after HAPPY_EYEBALLS_TIMEOUT_MS; at most 6 run together (the
// oldest is dropped); the first to connect wins and the others are closed. When every address
// failed: "Failed to connect to HOST:PORT after N ms: <strerror>" with the last attempt's code.
//
// The attempts come from a factory (by default socket.ts's TCP attempt), so a test can race fakes
// as curl's unit2600 does.
import type { Duplex } from 'node:stream';
import { CURLE, strerror } from '../base/codes.js';
import type { TransferContext } from '../base/context.js';
import { tracing } from '../base/trace.js';
import type { Address, DnsCache } from './dns-cache.js';
import { ConnFilter, type FilterFacts, type FilterQuery } from './filter.js';
import { resolveHost } from './resolve.js';
import { SocketAttempt, type AttemptOutcome, type AttemptState, type ConnectedSocket, type SocketSetup } from './socket.js';
import { closeSocket } from './socket-close.js';
import { fitsSunPath, type UnixTarget } from './unix-socket.js';

/** lib/cf-ip-happy.c IP_HE_MAX_CONCURRENT_ATTEMPTS */
const MAX_CONCURRENT = 6;
/** ETIMEDOUT: a connect that timed out in the kernel is reported as 28 (SOCKETIMEDOUT). */
const ETIMEDOUT = 110;

/** Where the first hop goes and how failures name it. */
export interface Hop {
  /** The name to resolve and connect to (the proxy, the CONNECT_TO host, or the URL host). */
  host: string;
  port: number;
  /** Resolving a proxy name fails with 5 instead of 6. */
  forProxy: boolean;
  /** The part of the failure text after "Failed to connect to ": the origin, and " via h:p",
   * " over unix://PATH" or " over proxy NAME" (lib/cf-ip-happy.c is_connected). */
  failName: string;
  /** A Unix domain socket instead of host and port (nothing to resolve). */
  unix?: UnixTarget;
}

/** One connect attempt to one address, as happy eyeballs races it (socket.ts makes the real
 * ones). `outcome` is set as soon as the attempt ended, before `done` resolves. */
export interface Attempt {
  readonly family: 4 | 6;
  readonly state: AttemptState;
  readonly outcome: AttemptOutcome | null;
  readonly done: Promise<AttemptOutcome>;
  /** Optional, instead of `done`: calls `fn` once with the outcome, never from inside start() or
   * discard() (socket.ts's attempts have it: no promise per attempt). */
  whenDone?(fn: (attempt: Attempt, o: AttemptOutcome) => void): void;
  /** Runs the synchronous part (callbacks, options) and starts the connect. */
  start(): void;
  /** Gives up the attempt; its socket, if any, is closed. The winner is never discarded. */
  discard(): void;
}

export type AttemptFactory = (ctx: TransferContext, address: Address, port: number) => Attempt;

type BallerState = 'resolving' | 'connecting' | 'connected' | 'failed';

function noop(): void {}

const NONE: readonly Address[] = [];
/** The running list before the first attempt (shared: #startNext replaces it, never grows it). */
const NO_ATTEMPTS: Attempt[] = Object.freeze([]) as unknown as Attempt[];

class Baller {
  state: BallerState = 'resolving';
  readonly #ctx: TransferContext;
  readonly #hop: Hop;
  readonly #setup: HappyEyeballsSetup;
  /** The addresses in DNS order, and where the next IPv6 and IPv4 one is looked for (two
   * cursors over one array: no queue arrays per connect). */
  #addresses: readonly Address[] = NONE;
  #at6 = 0;
  #at4 = 0;
  #lastFamily: 4 | 6 = 4; // so that IPv6 goes first
  #running: Attempt[] = NO_ATTEMPTS;
  #lastStarted = 0;
  #timer: NodeJS.Timeout | null = null;
  #winner: Attempt | null = null;
  #unhook: () => void = noop;
  #resolve!: (s: Duplex) => void;
  #reject!: (e: unknown) => void;
  /** Takes the winner before the race's promise resolves (the filter keeps it). */
  readonly #won: (s: ConnectedSocket) => void;

  constructor(ctx: TransferContext, hop: Hop, setup: HappyEyeballsSetup, won: (s: ConnectedSocket) => void) {
    this.#ctx = ctx;
    this.#hop = hop;
    this.#setup = setup;
    this.#won = won;
  }

  #to(state: BallerState): void {
    if (tracing) this.#ctx.trace('HAPPY-EYEBALLS', `${this.state} -> ${state}`);
    this.state = state;
  }

  /** Resolves with the winner's stream. */
  run(): Promise<Duplex> {
    let found;
    try {
      found = this.#hop.unix !== undefined ? this.#unixAddress(this.#hop.unix) : resolveHost(this.#ctx, this.#setup.dns, this.#hop.host, this.#hop.port, this.#hop.forProxy);
    } catch (err) {
      return Promise.reject(err);
    }
    if (Array.isArray(found)) return this.#race(found);
    // a DNS lookup cannot be cancelled: an abort (timeout, cleanup) ends the wait for it
    const lookup = found;
    return new Promise<Duplex>((resolve, reject) => {
      const unhook = this.#ctx.onAbort(() => reject(this.#ctx.abortReason));
      lookup.then(
        (a) => {
          unhook();
          if (this.#ctx.abortReason === null) this.#race(a).then(resolve, reject);
        },
        (err: unknown) => {
          unhook();
          reject(err);
        },
      );
    });
  }

  /** lib/vdns/hostip.c resolv_unix: the path is the one address; too long for sun_path is a
   * resolve failure. */
  #unixAddress(unix: UnixTarget): Address[] {
    if (!fitsSunPath(unix)) {
      throw this.#ctx.failf(CURLE.COULDNT_RESOLVE_HOST, `Unix socket path too long: '${unix.path}'`);
    }
    return [{ address: unix.path, family: 4 }];
  }

  #race(addresses: Address[]): Promise<Duplex> {
    // lib/vdns/cf-dns.c: TIMER_NAMELOOKUP once the addresses are known (at least 1 us); a
    // transfer's meter adds the time since its request started (redirects sum: lib/progress.c)
    const meter = this.#ctx.meter;
    // the first attempt starts now: its start time is this reading (one clock call less)
    const now = this.#ctx.elapsed();
    if (meter) meter.time('namelookup');
    else this.#ctx.info.namelookupTime = Math.max(now, 0.001) / 1000;
    this.#addresses = addresses;
    this.#ctx.phase = 'connecting';
    this.#to('connecting');
    return new Promise<Duplex>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
      this.#unhook = this.#ctx.onAbort(this.#abort);
      if (this.state === 'connecting') this.#evaluate(now);
    });
  }

  readonly #abort = (): void => {
    if (this.state !== 'connecting') return;
    this.#finish();
    this.#to('failed');
    this.#reject(this.#ctx.abortReason);
  };

  #finish(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#unhook();
    // every attempt but the winner goes
    for (const a of this.#running) if (a !== this.#winner) a.discard();
  }

  /** The next address of `family` not tried yet (the cursor moves past others). */
  #peek(family: 4 | 6): Address | undefined {
    const list = this.#addresses;
    let i = family === 6 ? this.#at6 : this.#at4;
    while (i < list.length && list[i]!.family !== family) i++;
    if (family === 6) this.#at6 = i;
    else this.#at4 = i;
    return list[i];
  }

  #take(family: 4 | 6): Address | undefined {
    const a = this.#peek(family);
    if (a !== undefined) {
      if (family === 6) this.#at6++;
      else this.#at4++;
    }
    return a;
  }

  #moreAddresses(): boolean {
    return this.#peek(6) !== undefined || this.#peek(4) !== undefined;
  }

  /** Starts the next attempt; `now` is the transfer's elapsed time when the caller has it. */
  #startNext(now = -1): void {
    // alternate families: IPv6 after IPv4 (or when IPv4 ran out), else IPv4
    let addr: Address | undefined;
    if (this.#lastFamily === 4 || this.#peek(4) === undefined) addr = this.#take(6);
    if (addr === undefined) addr = this.#take(4);
    if (addr === undefined) return;
    // a new attempt starts with a clean error buffer (Curl_reset_fail)
    this.#ctx.resetFail();
    if (this.#running.length >= MAX_CONCURRENT) {
      const ongoing = this.#running.filter((a) => a.state === 'connecting');
      if (ongoing.length >= MAX_CONCURRENT) ongoing[0]!.discard();
    }
    // setup.attempt, else a TCP (or Unix) socket attempt
    const make = this.#setup.attempt;
    const port = this.#hop.port;
    const attempt =
      make !== undefined ? make(this.#ctx, addr, port) : new SocketAttempt(this.#ctx, this.#setup, addr, port, this.#hop.unix ?? null);
    // (a list of one for the common single attempt, not an empty one grown)
    if (this.#running.length === 0) this.#running = [attempt];
    else this.#running.push(attempt);
    this.#lastStarted = now >= 0 ? now : this.#ctx.elapsed();
    this.#lastFamily = addr.family;
    if (attempt.whenDone !== undefined) attempt.whenDone(this.#onDone);
    else attempt.done.then((o) => this.#onDone(attempt, o));
    attempt.start();
  }

  readonly #onDone = (attempt: Attempt, outcome: AttemptOutcome): void => {
    // OS_ERRNO: a failed attempt leaves its errno at once (lib/cf-socket.c cf_tcp_connect sets
    // data->state.os_errno), so a refused address is still seen after a later one connected
    if (!outcome.ok && outcome.errno !== 0) this.#ctx.info.osErrno = outcome.errno;
    if (this.state !== 'connecting') {
      // the race is over: a late winner is closed like any other loser
      if (outcome.ok && this.#winner !== attempt) attempt.discard();
      return;
    }
    this.#evaluate();
  };

  /** `now`: the transfer's elapsed time, when the caller just read it (the race's start). */
  #evaluate(now = -1): void {
    if (this.state !== 'connecting') return;
    // loops rather than find/filter/some: no closures or arrays in the common one-address race
    const running = this.#running;
    let ongoing = false;
    for (let i = 0; i < running.length; i++) {
      const a = running[i]!;
      const o = a.outcome;
      if (o === null) {
        ongoing = true;
      } else if (o.ok) {
        this.#winner = a;
        this.#finish();
        this.#win(o.socket);
        return;
      }
    }
    if (!ongoing) {
      if (this.#moreAddresses()) {
        // a failed attempt moves on at once (the first one starts here too)
        this.#startNext(now);
        this.#evaluate();
        return;
      }
      // every attempt has ended, none connected
      this.#fail();
      return;
    }
    if (!this.#moreAddresses()) return;
    const since = this.#ctx.elapsed() - this.#lastStarted;
    const delay = this.#ctx.opts.happyEyeballsTimeoutMs;
    if (since >= delay) {
      if (tracing) this.#ctx.trace('HAPPY-EYEBALLS', 'happy eyeballs timeout expired, start next attempt');
      this.#startNext();
      this.#evaluate();
      return;
    }
    if (this.#timer === null) {
      this.#timer = setTimeout(() => {
        this.#timer = null;
        this.#evaluate();
      }, Math.max(1, Math.ceil(delay - since)));
    }
  }

  #win(socket: ConnectedSocket): void {
    const ctx = this.#ctx;
    this.#to('connected');
    ctx.resetFail();
    ctx.info.numConnects++;
    if (ctx.meter) ctx.meter.time('connect');
    else ctx.info.connectTime = ctx.elapsed() / 1000;
    this.#won(socket);
    this.#resolve(socket.stream);
  }

  #fail(): void {
    this.#finish();
    this.#to('failed');
    const ctx = this.#ctx;
    // lib/cf-ip-happy.c: the result of the last attempt that failed (pruned ones do not count)
    let code: number = CURLE.COULDNT_CONNECT;
    let errno = 0;
    for (const a of this.#running) {
      const o = a.outcome;
      if (o === null || o.ok || a.state === 'discarded') continue;
      code = o.code;
      if (o.errno !== 0) errno = o.errno;
    }
    ctx.info.osErrno = errno;
    // the failure text is the only one left in the error buffer
    ctx.resetFail();
    const text = `Failed to connect to ${this.#hop.failName} after ${Math.floor(ctx.elapsed())} ms: ${strerror(code)}`;
    this.#reject(ctx.failf(errno === ETIMEDOUT ? CURLE.OPERATION_TIMEDOUT : code, text));
  }
}

/** How the bottom filter makes its sockets. */
export interface HappyEyeballsSetup extends SocketSetup {
  /** The handle's DNS cache. */
  dns: DnsCache;
  /** Makes one attempt; default: a TCP socket attempt (socket.ts). */
  attempt?: AttemptFactory;
}

/** The bottom filter of a connection: resolve, then happy eyeballs over socket attempts. */
export class HappyEyeballsFilter extends ConnFilter {
  readonly name = 'happy-eyeballs';
  readonly #hop: Hop;
  readonly #setup: HappyEyeballsSetup;
  /** The winner while the connection lives. */
  #socket: ConnectedSocket | null = null;

  constructor(hop: Hop, setup: HappyEyeballsSetup) {
    super();
    this.#hop = hop;
    this.#setup = setup;
  }

  connect(ctx: TransferContext): Promise<Duplex> {
    // the winner is kept as the race ends, not a turn later (no async wrapper)
    return new Baller(ctx, this.#hop, this.#setup, this.#keep).run();
  }

  readonly #keep = (socket: ConnectedSocket): void => {
    this.#socket = socket;
    this.stream = socket.stream;
  };

  override query<K extends FilterQuery>(what: K): FilterFacts[K] | undefined {
    const s = this.#socket;
    if (s === null) return undefined;
    switch (what) {
      case 'socket':
        return s as unknown as FilterFacts[K];
      case 'primary':
        return { ip: s.remoteIp, port: s.remotePort } as FilterFacts[K];
      case 'local':
        return s.local() as FilterFacts[K];
      default:
        return undefined;
    }
  }

  /** The socket goes through the close-socket callback (G1: the one copied at creation). */
  override close(): void {
    const s = this.#socket;
    this.#socket = null;
    this.stream = null;
    if (s !== null) closeSocket(this.#setup.closer, s.item, s.stream);
  }
}
