// The run count of every property: a few hundred in `npm test`, FUZZ_RUNS in `npm run fuzz`.
import { vi } from 'vitest';

export const RUNS = Number(process.env.FUZZ_RUNS) || 300;

/** Long runs get a long per-test timeout; short runs keep the suite's default. */
export function longTimeouts(): void {
  if (RUNS > 300) vi.setConfig({ testTimeout: 3_600_000 });
}
