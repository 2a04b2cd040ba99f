// The short form of `npm run soak` (bench/soak.ts): 300 sequential and 50 concurrent connect-only
// sessions, each echoing a random payload through send/recv and checking it byte for byte, with
// the open sockets back where they started. Memory is left to the long run (too noisy here).
import { describe, expect, it } from 'vitest';
import { runSoak, verdict } from '../../bench/soak.js';

describe('soak (short)', () => {
  it('300 sequential + 50 concurrent echo sessions: no byte lost or altered, no socket left open', async () => {
    const r = await runSoak({ sequential: 300, concurrent: 50, maxPayload: 65_536, window: 100 });
    expect(r.mismatches).toEqual([]);
    expect(r.sessionsOk).toBe(350);
    expect(r.bytesEchoed).toBe(r.bytesSent);
    expect(r.bytesSent).toBeGreaterThanOrEqual(350);
    // At most the sockets of the start (one left over by an earlier file of this worker may close meanwhile).
    expect(r.socketsEnd).toBeLessThanOrEqual(r.socketsStart);
    // Memory limits off (Infinity): only the byte and socket checks decide here.
    expect(verdict(r, Infinity, Infinity)).toEqual([]);
  }, 120_000);
});
