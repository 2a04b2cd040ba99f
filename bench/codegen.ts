// Generator speed on curl's real docs (../shared/corpus/curl-8.22: 422 option and info pages plus
// the function pages). Cold: the CLI in a new process, as a user runs it, without and with its
// on-disk parse cache. Warm: in-process, after a first run, with one doc changed on disk before
// each regenerate (the in-memory parse cache keeps the rest).
// With a curl checkout (CURL_SRC=/path/to/curl, or --curl /path/to/curl), also curl's own
// scripts/cd2nroff over the same 422 option pages (opts/), each run a new process, alternating
// with a cold `generate --no-cache` of that folder, and the ratio of the two medians (issue 11
// asks for at most 3.5). Both write into os.tmpdir(): cd2nroff writes 422 files, so on a busy
// disk its time swings; TMPDIR=/dev/shm (a tmpfs) gives steadier figures.
// Prints medians of wall milliseconds and docs per second. Run from dist/ (npm run bench:codegen).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './stats.js';

const here = dirname(fileURLToPath(import.meta.url));
// dist/bench/codegen.js -> the project root two levels up; the CLI of the same build beside it.
const root = resolve(here, '..', '..');
const cli = join(here, '..', 'codegen', 'cli.js');

export interface CodegenBench {
  docs: number;
  uncached: { wallMs: number; docsPerSecond: number; runs: number[] };
  cold: { wallMs: number; docsPerSecond: number; runs: number[] };
  warm: { wallMs: number; docsPerSecond: number; runs: number[] };
  /** Against curl's cd2nroff over the option pages, when a curl checkout was named. */
  cd2nroff?: CompareBench;
}

export interface CompareBench {
  files: number;
  /** Cold `generate --no-cache` over the option pages, new process each run. */
  generate: { wallMs: number; runs: number[] };
  /** `perl scripts/cd2nroff -d OUT` over the same files, new process each run. */
  cd2nroff: { wallMs: number; runs: number[] };
  /** generate's median over cd2nroff's. */
  ratio: number;
  /** The 1-minute load average before the first run and after the last: the machine is shared. */
  load: [number, number];
}

/** The curl checkout named by --curl PATH or CURL_SRC, if any. */
function curlCheckout(argv: string[] = process.argv.slice(2)): string | undefined {
  const i = argv.indexOf('--curl');
  const given = i >= 0 ? argv[i + 1] : process.env['CURL_SRC'];
  return given === undefined || given === '' ? undefined : resolve(given);
}

/**
 * Cold `generate --no-cache` of the option pages against curl's cd2nroff over the same files:
 * `runs` of each, alternating, every one a new process, so both see the same machine load.
 */
export function benchAgainstCd2nroff(curl: string, opts: string, work: string, runs: number): CompareBench {
  const script = join(curl, 'scripts', 'cd2nroff');
  if (!existsSync(script)) throw new Error(`bench:codegen: expected curl's scripts/cd2nroff in ${curl}`);
  const files = readdirSync(opts).filter((f) => f.endsWith('.md')).sort().map((f) => join(opts, f));
  const timed = (command: string, args: string[]): number => {
    const started = performance.now();
    const run = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
    const ms = performance.now() - started;
    if (run.status !== 0) throw new Error(`bench:codegen: ${basename(command)} failed (${run.status}): ${run.stderr}`);
    return ms;
  };
  const generate: number[] = [];
  const nroff: number[] = [];
  const loadBefore = loadavg()[0]!;
  for (let i = 0; i < runs; i++) {
    const out = join(work, `opts-${i}`);
    generate.push(timed(process.execPath, [cli, 'generate', '--specs', opts, '--out', out, '--no-cache', '--runtime-import', 'manbind/types']));
    rmSync(out, { recursive: true, force: true });
    const man = join(work, `man-${i}`);
    mkdirSync(man);
    nroff.push(timed('perl', [script, '-d', man, ...files]));
    rmSync(man, { recursive: true, force: true });
  }
  const g = median(generate);
  const n = median(nroff);
  return { files: files.length, generate: { wallMs: g, runs: generate }, cd2nroff: { wallMs: n, runs: nroff }, ratio: g / n, load: [loadBefore, loadavg()[0]!] };
}

export async function benchCodegen(runs = Number(process.env['BENCH_RUNS'] ?? 5)): Promise<CodegenBench | undefined> {
  const corpus = resolve(root, '..', 'shared', 'corpus', 'curl-8.22');
  const curl = curlCheckout();
  if (!existsSync(cli)) throw new Error(`bench:codegen: expected the built CLI at ${cli}; run npm run build`);
  if (!existsSync(corpus)) {
    if (curl === undefined) {
      console.log(`bench:codegen: skipped, no corpus at ${corpus}`);
      return undefined;
    }
    // No corpus: the comparison alone, over the checkout's own option pages.
    const work = mkdtempSync(join(tmpdir(), 'manbind-bench-'));
    try {
      printComparison(benchAgainstCd2nroff(curl, join(curl, 'docs', 'libcurl', 'opts'), work, Number(process.env['BENCH_RATIO_RUNS'] ?? 9)));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    return undefined;
  }
  const work = mkdtempSync(join(tmpdir(), 'manbind-bench-'));
  try {
    // Cold: a new node process each time, the whole corpus, output written to a fresh folder;
    // first with no parse cache at all (every doc read again), then with the CLI's on-disk
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
    if (curl !== undefined) result.cd2nroff = benchAgainstCd2nroff(curl, join(corpus, 'opts'), work, Number(process.env['BENCH_RATIO_RUNS'] ?? 9));
    const ms = (n: number): string => n.toFixed(0);
    console.log(`bench:codegen: curl-8.22, ${docs} docs, median of ${runs} runs`);
    console.log(
      `  cold, new process, no parse cache: ${ms(result.uncached.wallMs)} ms wall, ${ms(result.uncached.docsPerSecond)} docs/s  [${uncached.map(ms).join(', ')}]`,
    );
    console.log(`  cold, new process, parse cache: ${ms(result.cold.wallMs)} ms wall, ${ms(result.cold.docsPerSecond)} docs/s  [${cold.map(ms).join(', ')}]`);
    console.log(`  warm, in-process, one doc changed: ${ms(result.warm.wallMs)} ms wall, ${ms(result.warm.docsPerSecond)} docs/s  [${warm.map(ms).join(', ')}]`);
    if (result.cd2nroff === undefined) console.log("  (CURL_SRC=/path/to/curl or --curl /path/to/curl adds curl's cd2nroff over opts/ and the ratio)");
    else printComparison(result.cd2nroff);
    return result;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function printComparison(c: CompareBench): void {
  const ms = (n: number): string => n.toFixed(0);
  console.log(`  against curl's cd2nroff, ${c.files} option pages, median of ${c.generate.runs.length} alternating runs, new process each:`);
  console.log(`    generate --no-cache: ${ms(c.generate.wallMs)} ms wall  [${c.generate.runs.map(ms).join(', ')}]`);
  console.log(`    cd2nroff:            ${ms(c.cd2nroff.wallMs)} ms wall  [${c.cd2nroff.runs.map(ms).join(', ')}]`);
  console.log(`    ratio: ${c.ratio.toFixed(2)} (issue 11 asks for at most 3.5); load average ${c.load[0].toFixed(2)} before, ${c.load[1].toFixed(2)} after`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await benchCodegen();
}
