// Generator speed on curl's real docs (../shared/corpus/curl-8.22: 422 option and info pages plus
// the function pages). Cold: the CLI in a new process, as a user runs it, without and with its
// on-disk parse cache. Warm: in-process, after a first run, with one doc changed on disk before
// each regenerate (the in-memory parse cache keeps the rest).
// Prints medians of wall milliseconds and docs per second. Run from dist/ (npm run bench:codegen).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// dist/bench/codegen.js -> the project root two levels up.
const root = resolve(here, '..', '..');
const cli = join(root, 'dist', 'codegen', 'cli.js');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface CodegenBench {
  docs: number;
  uncached: { wallMs: number; docsPerSecond: number; runs: number[] };
  cold: { wallMs: number; docsPerSecond: number; runs: number[] };
  warm: { wallMs: number; docsPerSecond: number; runs: number[] };
}

export async function benchCodegen(runs = Number(process.env['BENCH_RUNS'] ?? 5)): Promise<CodegenBench | undefined> {
  const corpus = resolve(root, '..', 'shared', 'corpus', 'curl-8.22');
  if (!existsSync(corpus)) {
    console.log(`bench:codegen: skipped, no corpus at ${corpus}`);
    return undefined;
  }
  if (!existsSync(cli)) throw new Error(`bench:codegen: expected the built CLI at ${cli}; run npm run build`);
  const work = mkdtempSync(join(tmpdir(), 'manbind-bench-'));
  try {
    // Cold: a new node process each time, the whole corpus, output written to a fresh folder;
    // first with no parse cache at all (every doc through remark), then with the CLI's on-disk
    // parse cache filled by an earlier run (what a user sees from the second run on).
    let docs = 0;
    const coldRun = (i: number, extra: string[]): number => {
      const out = join(work, `cold-${i}`);
      const started = performance.now();
      const run = spawnSync(
        process.execPath,
        [cli, 'generate', '--specs', corpus, '--out', out, '--json', '--runtime-import', 'manbind/types', ...extra],
        { cwd: root, encoding: 'utf8' },
      );
      const ms = performance.now() - started;
      if (run.status !== 0 || run.stdout === '') throw new Error(`bench:codegen: the CLI failed (${run.status}): ${run.stderr}`);
      docs = (JSON.parse(run.stdout) as { summary: { docs: number } }).summary.docs;
      rmSync(out, { recursive: true, force: true });
      return ms;
    };
    const uncached: number[] = [];
    for (let i = 0; i < Math.min(runs, 3); i++) uncached.push(coldRun(i, ['--no-cache']));
    coldRun(0, []); // fills node_modules/.cache/manbind
    const cold: number[] = [];
    for (let i = 0; i < runs; i++) cold.push(coldRun(i, []));

    // Warm: one process; a first full run fills the parse cache, then each run edits one doc.
    const { generate, writeOutput, createParseCache } = await import('../codegen/index.js');
    const specs = join(work, 'specs');
    cpSync(corpus, specs, { recursive: true });
    const changed = join(specs, 'opts', 'CURLOPT_CONNECT_ONLY.md');
    const original = readFileSync(changed, 'utf8');
    const cache = createParseCache();
    const out = join(work, 'warm');
    writeOutput((await generate({ specs, out, cache, runtimeImport: 'manbind/types' })).files);
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) {
      writeFileSync(changed, original.replace('# NAME\n\nCURLOPT_CONNECT_ONLY - ', `# NAME\n\nCURLOPT_CONNECT_ONLY - (edit ${i}) `));
      const started = performance.now();
      writeOutput((await generate({ specs, out, cache, runtimeImport: 'manbind/types' })).files);
      warm.push(performance.now() - started);
    }

    const result: CodegenBench = {
      docs,
      uncached: { wallMs: median(uncached), docsPerSecond: docs / (median(uncached) / 1000), runs: uncached },
      cold: { wallMs: median(cold), docsPerSecond: docs / (median(cold) / 1000), runs: cold },
      warm: { wallMs: median(warm), docsPerSecond: docs / (median(warm) / 1000), runs: warm },
    };
    const ms = (n: number): string => n.toFixed(0);
    console.log(`bench:codegen: curl-8.22, ${docs} docs, median of ${runs} runs`);
    console.log(
      `  cold, new process, no parse cache: ${ms(result.uncached.wallMs)} ms wall, ${ms(result.uncached.docsPerSecond)} docs/s  [${uncached.map(ms).join(', ')}]`,
    );
    console.log(`  cold, new process, parse cache: ${ms(result.cold.wallMs)} ms wall, ${ms(result.cold.docsPerSecond)} docs/s  [${cold.map(ms).join(', ')}]`);
    console.log(`  warm, in-process, one doc changed: ${ms(result.warm.wallMs)} ms wall, ${ms(result.warm.docsPerSecond)} docs/s  [${warm.map(ms).join(', ')}]`);
    return result;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await benchCodegen();
}
