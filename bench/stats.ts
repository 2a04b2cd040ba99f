// The figures every bench reports: medians of runs taken in turn with their baseline.

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** `runs` results of each, taken alternately so both see the same machine load. */
export async function alternate(
  runs: number,
  ours: () => Promise<number>,
  theirs: () => Promise<number>,
): Promise<{ ours: number[]; theirs: number[] }> {
  const out = { ours: [] as number[], theirs: [] as number[] };
  for (let i = 0; i < runs; i++) {
    out.ours.push(await ours());
    out.theirs.push(await theirs());
  }
  return out;
}

/** Requests per second of `n` requests kept `inflight` at a time: `one(done, fail)` starts one
 * and calls `done` when it has ended. */
export async function perSecondInFlight(
  n: number,
  inflight: number,
  one: (done: () => void, fail: (err: unknown) => void) => void,
): Promise<number> {
  let started = 0;
  let ended = 0;
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const next = (): void => {
      started++;
      one(() => {
        ended++;
        if (ended === n) resolve();
        else if (started < n) next();
      }, reject);
    };
    for (let i = 0; i < Math.min(inflight, n); i++) next();
  });
  return n / ((performance.now() - t0) / 1000);
}
