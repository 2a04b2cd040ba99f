// Happy eyeballs with injected attempts, as curl's tests/unit/unit2600.c races fake connection
// filters: no sockets, only the order in which attempts start, which one wins, what happens to
// the others, and the code when all fail. The real TCP attempt is covered by chain.test.ts and
// socket-callbacks.test.ts.
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { CURLE } from '../../runtime/base/codes.js';
import { CurlError } from '../../runtime/base/error.js';
import { DnsCache, type Address } from '../../runtime/filters/dns-cache.js';
import { HappyEyeballsFilter, type Attempt } from '../../runtime/filters/happy-eyeballs.js';
import type { AttemptOutcome, AttemptState, ConnectedSocket } from '../../runtime/filters/socket.js';
import { makeContext, target } from '../peers/transfer-context.js';

/** How a fake attempt ends: connected or failed after `ms`, or never. */
type Script = { ms: number; ok: true } | { ms: number; ok: false; code: number; errno: number } | { never: true };

interface Started {
  address: string;
  at: number;
  attempt: FakeAttempt;
}

class FakeAttempt implements Attempt {
  readonly family: 4 | 6;
  state: AttemptState = 'init';
  outcome: AttemptOutcome | null = null;
  readonly done: Promise<AttemptOutcome>;
  discarded = false;
  #settle!: (o: AttemptOutcome) => void;
  #timer: NodeJS.Timeout | null = null;

  constructor(
    readonly address: Address,
    readonly script: Script,
    readonly log: Started[],
    readonly t0: number,
  ) {
    this.family = address.family;
    this.done = new Promise((resolve) => {
      this.#settle = (o) => {
        this.outcome ??= o;
        resolve(o);
      };
    });
  }

  start(): void {
    this.state = 'connecting';
    this.log.push({ address: this.address.address, at: Date.now() - this.t0, attempt: this });
    if ('never' in this.script) return;
    const s = this.script;
    this.#timer = setTimeout(() => {
      if (this.state !== 'connecting') return;
      if (s.ok) {
        this.state = 'connected';
        const stream = new PassThrough();
        const socket: ConnectedSocket = {
          item: stream,
          stream,
          remoteIp: this.address.address,
          remotePort: 80,
          local: () => ({ ip: '192.0.2.1', port: 4242 }),
          notConnected: false,
        };
        this.#settle({ ok: true, socket });
      } else {
        this.state = 'failed';
        this.#settle({ ok: false, code: s.code, errno: s.errno });
      }
    }, s.ms);
  }

  discard(): void {
    if (this.state === 'failed' || this.state === 'discarded') return;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.discarded = true;
    this.state = 'discarded';
    this.#settle({ ok: false, code: CURLE.COULDNT_CONNECT, errno: 0 });
  }
}

const contexts: { close(): void }[] = [];
afterEach(() => {
  while (contexts.length) contexts.pop()!.close();
});

/** Races fake attempts to `addresses` for host "he.test"; `scripts` by address. */
async function race(addresses: Address[], scripts: Record<string, Script>, delayMs = 50) {
  const dns = new DnsCache();
  dns.add('he.test', 80, addresses, true);
  const t = makeContext({ happyEyeballsTimeoutMs: delayMs }, target('http://he.test/', 'http', 'he.test', 80), { host: 'he.test', port: 80 });
  contexts.push(t);
  const log: Started[] = [];
  const t0 = Date.now();
  const filter = new HappyEyeballsFilter(
    { host: 'he.test', port: 80, forProxy: false, failName: 'he.test:80' },
    {
      dns,
      closer: { closeFunction: null, closeData: null, guard: t.ctx.guard, keepThrown: () => {} },
      directRead: false,
      attempt: (_ctx, address) => new FakeAttempt(address, scripts[address.address] ?? { never: true }, log, t0),
    },
  );
  let error: CurlError | null = null;
  try {
    await filter.connect(t.ctx);
  } catch (err) {
    if (!(err instanceof CurlError)) throw err;
    error = err;
  }
  return { filter, log, error, t };
}

const v6 = (a: string): Address => ({ address: a, family: 6 });
const v4 = (a: string): Address => ({ address: a, family: 4 });

describe('happy eyeballs over injected attempts', () => {
  it('starts IPv6 first, then alternates families, each after the delay while the last one hangs', async () => {
    const { log, filter } = await race([v4('10.0.0.1'), v4('10.0.0.2'), v6('fd00::1'), v6('fd00::2')], {
      '10.0.0.2': { ms: 10, ok: true },
    }, 40);
    expect(log.map((s) => s.address)).toEqual(['fd00::1', '10.0.0.1', 'fd00::2', '10.0.0.2']);
    // each start waits for the happy eyeballs delay of the one before
    for (let i = 1; i < log.length; i++) expect(log[i]!.at - log[i - 1]!.at).toBeGreaterThanOrEqual(35);
    expect(filter.query('primary')).toEqual({ ip: '10.0.0.2', port: 80 });
    expect(filter.query('local')).toEqual({ ip: '192.0.2.1', port: 4242 });
  });

  it('the first to connect wins; every other attempt is discarded', async () => {
    const { log, t } = await race([v6('fd00::1'), v4('10.0.0.1')], {
      'fd00::1': { ms: 200, ok: true },
      '10.0.0.1': { ms: 5, ok: true },
    }, 20);
    expect(log.map((s) => [s.address, s.attempt.discarded])).toEqual([
      ['fd00::1', true],
      ['10.0.0.1', false],
    ]);
    expect(t.ctx.info.numConnects).toBe(1);
  });

  it('a failed attempt starts the next address at once, without waiting for the delay', async () => {
    const { log } = await race([v6('fd00::1'), v4('10.0.0.1')], {
      'fd00::1': { ms: 1, ok: false, code: CURLE.COULDNT_CONNECT, errno: 111 },
      '10.0.0.1': { ms: 1, ok: true },
    }, 5000);
    expect(log.map((s) => s.address)).toEqual(['fd00::1', '10.0.0.1']);
    expect(log[1]!.at).toBeLessThan(1000);
  });

  it('when all fail: the last failure decides the code, OS_ERRNO and the text', async () => {
    const { error, t } = await race([v6('fd00::1'), v4('10.0.0.1')], {
      'fd00::1': { ms: 1, ok: false, code: CURLE.COULDNT_CONNECT, errno: 101 },
      '10.0.0.1': { ms: 5, ok: false, code: CURLE.COULDNT_CONNECT, errno: 111 },
    });
    expect(error?.code).toBe(CURLE.COULDNT_CONNECT);
    expect(t.ctx.info.osErrno).toBe(111);
    expect(t.errorText()).toMatch(/^Failed to connect to he\.test:80 after \d+ ms: Could not connect to server$/);
  });

  it('a kernel connect timeout (ETIMEDOUT) is reported as 28', async () => {
    const { error } = await race([v4('10.0.0.1')], { '10.0.0.1': { ms: 1, ok: false, code: CURLE.COULDNT_CONNECT, errno: 110 } });
    expect(error?.code).toBe(CURLE.OPERATION_TIMEDOUT);
  });

  it('runs at most 6 attempts at once: the oldest still connecting is dropped for a seventh', async () => {
    const addrs = Array.from({ length: 7 }, (_, i) => v4(`10.0.0.${i + 1}`));
    const { log } = await race(addrs, { '10.0.0.7': { ms: 1, ok: true } }, 5);
    expect(log.map((s) => s.address)).toEqual(addrs.map((a) => a.address));
    expect(log[0]!.attempt.discarded).toBe(true);
  });

  it('an abort (timeout, cleanup) discards every running attempt and rejects with its reason', async () => {
    const dns = new DnsCache();
    dns.add('he.test', 80, [v4('10.0.0.1')], true);
    const t = makeContext({}, target('http://he.test/', 'http', 'he.test', 80), { host: 'he.test', port: 80 });
    contexts.push(t);
    const log: Started[] = [];
    const filter = new HappyEyeballsFilter(
      { host: 'he.test', port: 80, forProxy: false, failName: 'he.test:80' },
      {
        dns,
        closer: { closeFunction: null, closeData: null, guard: t.ctx.guard, keepThrown: () => {} },
        directRead: false,
        attempt: (_ctx, address) => new FakeAttempt(address, { never: true }, log, Date.now()),
      },
    );
    const p = filter.connect(t.ctx);
    await new Promise((r) => setTimeout(r, 10));
    t.abort(new CurlError(CURLE.OPERATION_TIMEDOUT, 'Connection timed out after 10 milliseconds'));
    await expect(p).rejects.toMatchObject({ code: CURLE.OPERATION_TIMEDOUT });
    expect(log[0]!.attempt.discarded).toBe(true);
  });
});
