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
