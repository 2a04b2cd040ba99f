// A TransferContext for filter-level tests, over real loopback sockets: what the chain gives a
// filter (options, target, info, verbose and header sinks, a below() that opens a TCP connection
// to the first hop and, when called again, closes the old one first, as the chain does).
import * as net from 'node:net';
import type { Duplex } from 'node:stream';
import { CallbackGuard } from '../../runtime/base/callback.js';
import { freshInfo, type Phase, type Target, type TransferContext, type TransferInfo } from '../../runtime/base/context.js';
import { CurlError } from '../../runtime/base/error.js';
import { defaultOptions, type EasyOptions } from '../../runtime/base/options.js';
import type { ConnectBelow, ConnFilter } from '../../runtime/filters/filter.js';

export interface Event {
  type: 'text' | 'in' | 'out';
  text: string;
}

export interface TestContext {
  ctx: TransferContext;
  events: Event[];
  /** Lines handed to the header callback (writeHeader), as text. */
  headers: string[];
  /** The first failf text (ERRORBUFFER). */
  errorText: () => string | null;
  /** Every TCP socket below() opened, in order. */
  sockets: net.Socket[];
  /** below() for the first hop. */
  below: ConnectBelow;
  /** Everything verbose printed, as STDERR would show it. */
  verbose: () => string;
  abort: (reason?: unknown) => void;
  close: () => void;
}

export function target(url: string, scheme: string, host: string, port: number, tls = false): Target {
  return { scheme, host, port, path: '/', url, tls };
}

export function makeContext(opts: Partial<EasyOptions>, tgt: Target, hop: { host: string; port: number }): TestContext {
  const events: Event[] = [];
  const headers: string[] = [];
  const sockets: net.Socket[] = [];
  let errorText: string | null = null;
  let abortReason: CurlError | null = null;
  let abortHooks: (() => void)[] = [];
  const start = Date.now();
  const options: EasyOptions = { ...defaultOptions(), ...opts };
  const info: TransferInfo = freshInfo(0);
  const ctx: TransferContext = {
    opts: options,
    current: () => options,
    target: tgt,
    info,
    guard: new CallbackGuard(),
    phase: 'resolving' as Phase,
    get abortReason() {
      return abortReason;
    },
    onAbort: (fn) => {
      if (abortReason !== null) {
        fn();
        return () => {};
      }
      abortHooks.push(fn);
      return () => {
        abortHooks = abortHooks.filter((h) => h !== fn);
      };
    },
    elapsed: () => Date.now() - start,
    // every event is recorded, as verbose output would show it
    verbose: true,
    resetFail: () => {
      errorText = null;
    },
    keepThrown: () => {},
    trace: () => {},
    infof: (text) => events.push({ type: 'text', text: `${text}\n` }),
    failf: (code, text) => {
      if (errorText === null) errorText = text;
      events.push({ type: 'text', text: `${text}\n` });
      return new CurlError(code, text);
    },
    headerOut: (text) => events.push({ type: 'out', text }),
    headerIn: (line) => events.push({ type: 'in', text: line }),
    writeHeader: (line, connect) => {
      if (connect && options.suppressConnectHeaders) return;
      headers.push(Buffer.from(line).toString('latin1'));
    },
  };
  const below: ConnectBelow = () => {
    const old = sockets[sockets.length - 1];
    if (old && !old.destroyed) old.destroy();
    return new Promise<Duplex>((resolve, reject) => {
      const s = net.connect({ host: hop.host, port: hop.port });
      sockets.push(s);
      info.numConnects++;
      s.once('connect', () => {
        s.off('error', reject);
        resolve(s);
      });
      s.once('error', reject);
    });
  };
  return {
    ctx,
    events,
    headers,
    errorText: () => errorText,
    sockets,
    below,
    verbose: () => events.map((e) => (e.type === 'text' ? '* ' : e.type === 'in' ? '< ' : '> ') + e.text).join(''),
    abort: (reason) => {
      if (abortReason !== null) return;
      abortReason = reason instanceof CurlError ? reason : new CurlError(28, String(reason ?? 'aborted'));
      const hooks = abortHooks;
      abortHooks = [];
      for (const h of hooks) h();
    },
    close: () => {
      for (const s of sockets) s.destroy();
    },
  };
}

/** Connects a stack of filters bottom to top over `below`, as the chain does. */
export function connectChain(ctx: TransferContext, below: ConnectBelow, filters: ConnFilter[]): Promise<Duplex> {
  let next = below;
  for (const f of filters) {
    const lower = next;
    next = () => f.connect(ctx, lower);
  }
  return next();
}

/** Runs a connect and returns its CURLcode (0 or the CurlError's code). */
export async function codeOf(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 0;
  } catch (err) {
    if (err instanceof CurlError) return err.code;
    throw err;
  }
}

/** Reads from a stream until `n` bytes or EOF. */
export function readBytes(stream: Duplex, n: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let have = 0;
    const finish = (): void => {
      stream.off('data', onData);
      stream.off('end', finish);
      stream.off('error', reject);
      stream.pause();
      resolve(Buffer.concat(parts));
    };
    const onData = (d: Buffer): void => {
      parts.push(d);
      have += d.length;
      if (have >= n) finish();
    };
    stream.on('data', onData);
    stream.once('end', finish);
    stream.once('error', reject);
    // An explicitly paused stream does not flow again just because a 'data' listener came.
    stream.resume();
  });
}
