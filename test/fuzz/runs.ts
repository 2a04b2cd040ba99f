// The run count of every property: a few hundred in `npm test`, FUZZ_RUNS in `npm run fuzz`.
import fc from 'fast-check';
import { vi } from 'vitest';

export const RUNS = Number(process.env.FUZZ_RUNS) || 300;

/** Long runs get a long per-test timeout; short runs keep the suite's default. */
export function longTimeouts(): void {
  if (RUNS > 300) vi.setConfig({ testTimeout: 3_600_000 });
}

/** Cuts `data` at the given fractions (0..1) into consecutive pieces: any split of a stream. */
export function split(data: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => Math.floor(c * data.length)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const p of points) {
    out.push(data.subarray(prev, p));
    prev = p;
  }
  out.push(data.subarray(prev));
  return out;
}

/** Up to 8 cut points for split(). */
export const cutsArb = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 });
