// Counts the process's open handles by kind, from process.getActiveResourcesInfo() (TCP sockets
// and servers, TLS wraps, timers, ...), so a fault test can check that a broken transfer left
// nothing open behind it. Counts can lag a turn or two behind a destroy (close callbacks run on
// a later loop turn), so `settled` polls for up to about a second before reporting a difference.
import { beforeEach } from 'vitest';

/** Resource kinds a transfer can leave behind; others (files, the worker's own pipes) are noise. */
const TRACKED = ['TCPSocketWrap', 'TCPServerWrap', 'TLSWrap', 'PipeWrap', 'Timeout', 'Immediate', 'GetAddrInfoReqWrap'];

export type HandleCounts = Record<string, number>;

/** The current count of each tracked resource kind (kinds with 0 are included). */
export function countHandles(): HandleCounts {
  const counts: HandleCounts = Object.fromEntries(TRACKED.map((k) => [k, 0]));
  for (const kind of process.getActiveResourcesInfo()) {
    if (kind in counts) counts[kind]!++;
  }
  return counts;
}

/** Kinds whose count is above the baseline (a kind that dropped below is not a leak). */
function leaks(baseline: HandleCounts, now: HandleCounts): HandleCounts {
  const out: HandleCounts = {};
  for (const k of TRACKED) if (now[k]! > baseline[k]!) out[k] = now[k]! - baseline[k]!;
  return out;
}

/**
 * Waits (polling on timers, up to `limitMs`) until no tracked kind is above `baseline`; returns
 * what is still above it then ({} when everything is back).
 */
export async function settled(baseline: HandleCounts, limitMs = 1000): Promise<HandleCounts> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    // let close callbacks run before counting
    await new Promise((r) => setImmediate(r));
    const extra = leaks(baseline, countHandles());
    if (Object.keys(extra).length === 0 || Date.now() >= deadline) return extra;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Counts the handles before each test; the function returned is `settled` against those counts. */
export function leftOpenEachTest(): () => Promise<HandleCounts> {
  let baseline: HandleCounts;
  beforeEach(() => {
    baseline = countHandles();
  });
  return () => settled(baseline);
}
