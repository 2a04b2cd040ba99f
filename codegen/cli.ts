#!/usr/bin/env node
// The `manbind` command: `generate` (curldown docs to typed bindings), `docs` (the same docs as a
// static site), and the command table at the end that `main` dispatches through. Exit codes are
// in `help` below. Never a stack trace for bad input: everything is caught here, and only a bug
// is called an internal error. Only node: modules load before the flags are read; the generator
// (and with it remark, yaml, diff) is imported once they are known to be good.

import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const generateUsage =
  'usage: manbind generate [--specs DIR] [--out DIR] [--check] [--strict] [--json] [--verbose] [--runtime-import SPEC] [--docs-url URL] [--no-cache]';
const docsUsage = 'usage: manbind docs [--specs DIR] [--out DIR] [--title TEXT] [--verbose] [--no-cache]';
const mainUsage = 'usage: manbind <generate|docs|diff> [flags]; `manbind --help` lists them';

/** Everything a user can pass, with defaults and exit codes (`manbind --help`). */
export const help = `usage: manbind <command> [flags]
       manbind --help | --version

Typed TypeScript bindings and a docs site from curldown docs (libcurl's, a fork's, your own).

commands:
  generate                                 write typed setopt/getinfo bindings, validators and docs-model.json
  docs                                     write the docs as a static site (search, one page per doc)
  diff OLD NEW [--json] [--fail-on removed,changed]
                                           compare the options of two docs sets (folders, as --specs takes)

generate [--specs DIR] [--out DIR] [--check] [--strict] [--json] [--verbose]
         [--runtime-import SPEC] [--docs-url URL] [--no-cache]
  --specs DIR            curldown docs: a folder of .md pages, or one with opts/ as curl's
                         docs/libcurl (default: specs)
  --out DIR              folder for the bindings (default: generated)
  --check                write nothing; exit 1 with a unified diff when --out differs from
                         what --specs generates
  --strict               exit 1 when there is any diagnostic
  --json                 print the summary and every diagnostic as JSON
  --verbose              print every diagnostic (default: one line per rule, with its count)
  --runtime-import SPEC  module the bindings import runtime types from (default: manbind.runtimeImport
                         in the package.json of --out's package, else manbind/types)
  --docs-url URL         base URL of the pages doc comments link to, NAME.html under it, or none
                         (default: manbind.docsUrl in that package.json, else https://curl.se/libcurl/c/
                         for libcurl docs, else none)
  --no-cache             parse every doc (default: reuse parses in node_modules/.cache/manbind)

docs [--specs DIR] [--out DIR] [--title TEXT] [--verbose] [--no-cache]
  --specs DIR            as for generate (default: specs)
  --out DIR              folder for the site, emptied first if manbind docs made it (default: site)
  --title TEXT           heading of every page (default: the docs' own name: libcurl, libfetch, ...)
  --verbose              print every diagnostic (default: one line per rule, with its count)
  --no-cache             parse every doc (default: reuse parses)

diff OLD NEW [--json] [--fail-on removed,changed]
  --json                 print the differences as JSON
  --fail-on KINDS        exit 1 when a difference of these kinds is found (default: exit 0)

  -h, --help             this text          --version   the version

exit codes:
  0  done (generate --check: --out is up to date)
  1  generate --check found differences, --strict found diagnostics, diff --fail-on found
     differences, or a folder could not be read or written (one line says which); also an
     internal error (a bug: MANBIND_DEBUG=1 prints its stack)
  2  usage error: unknown command or flag, a flag without its value
`;

class UsageError extends Error {}

/** A problem with the user's input (mirrors codegen/errors.ts, which is not loaded yet). */
const isUserError = (error: unknown): boolean => (error as Error | undefined)?.name === 'ManbindError';

/** How each flag of a command is given: `--name VALUE` / `--name=VALUE`, or a bare switch. */
type FlagSpec = Readonly<Record<string, 'value' | 'switch'>>;

/**
 * Reads `manbind <command> [flags]` (argv includes the command) into flag name -> value (true for
 * switches), or 'help' / 'version'. Throws a UsageError saying what was expected.
 */
function readFlags(argv: string[], command: string, spec: FlagSpec): Map<string, string | true> | 'help' | 'version' {
  const flags = new Map<string, string | true>();
  let seen: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--version') return 'version';
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const kind = spec[name];
    if (kind === 'value') {
      const v = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${name} needs a value`);
      flags.set(name, v);
    } else if (kind === 'switch') {
      if (eq > 0) throw new UsageError(`${name} takes no value`);
      flags.set(name, true);
    } else if (arg.startsWith('-')) throw new UsageError(`unknown flag ${arg}`);
    else if (seen !== undefined) throw new UsageError(`unexpected argument ${arg}`);
    else if (arg !== command) throw new UsageError(`unknown command ${arg}`);
    else seen = arg;
  }
  if (seen === undefined) throw new UsageError('missing command');
  return flags;
}

const valueOf = (read: Map<string, string | true>, flag: string): string | undefined => {
  const v = read.get(flag);
  return typeof v === 'string' ? v : undefined;
};

// --- generate ---------------------------------------------------------------------------------

interface Flags {
  specs: string;
  out: string;
  check: boolean;
  strict: boolean;
  json: boolean;
  /** Every diagnostic, instead of one line per rule. */
  verbose: boolean;
  /** Keep parses in node_modules/.cache/manbind (default) or parse every doc. */
  cache: boolean;
  runtimeImport?: string;
  docsUrl?: string;
}

const generateFlags: FlagSpec = {
  '--specs': 'value',
  '--out': 'value',
  '--runtime-import': 'value',
  '--docs-url': 'value',
  '--check': 'switch',
  '--strict': 'switch',
  '--json': 'switch',
  '--verbose': 'switch',
  '--no-cache': 'switch',
};

export function parseArgs(argv: string[]): Flags | 'help' | 'version' {
  const read = readFlags(argv, 'generate', generateFlags);
  if (read === 'help' || read === 'version') return read;
  const runtimeImport = valueOf(read, '--runtime-import');
  const docsUrl = valueOf(read, '--docs-url');
  return {
    specs: valueOf(read, '--specs') ?? 'specs',
    out: valueOf(read, '--out') ?? 'generated',
    check: read.has('--check'),
    strict: read.has('--strict'),
    json: read.has('--json'),
    verbose: read.has('--verbose'),
    cache: !read.has('--no-cache'),
    ...(runtimeImport === undefined ? {} : { runtimeImport }),
    ...(docsUrl === undefined ? {} : { docsUrl }),
  };
}

async function generateMain(argv: string[]): Promise<number> {
  const flags = flagsOr(() => parseArgs(argv), generateUsage);
  if (typeof flags === 'number') return flags;
  return guarded(async () => {
    const { generate, checkOutput, writeOutput, formatDiagnostic, formatReport, defaultCacheFile } = await import('./index.js');
    const { formatDiagnosticSummary } = await import('./report.js');
    const { expectFolder, makeDirs } = await import('./make-dirs.js');
    expectFolder(flags.out, '--out');
    // Make the out folder before the work, so an unwritable one fails at once.
    if (!flags.check) makeDirs(flags.out);
    const cacheFile = flags.cache ? defaultCacheFile(process.cwd()) : undefined;
    const result = await generate({
      specs: flags.specs,
      out: flags.out,
      ...(cacheFile === undefined ? {} : { cacheFile }),
      ...(flags.runtimeImport === undefined ? {} : { runtimeImport: flags.runtimeImport }),
      ...(flags.docsUrl === undefined ? {} : { docsUrl: flags.docsUrl }),
    });
    const check = flags.check ? await checkOutput(result.files) : undefined;
    if (!flags.check) writeOutput(result.files);
    // Writing (or checking) is part of the run's time.
    // Since the process started (process.uptime: `performance` would load node:perf_hooks).
    result.summary.ms = Math.round(process.uptime() * 1000);
    const failed = (flags.strict && result.diagnostics.length > 0) || (check !== undefined && check.differences.length > 0);

    if (flags.json) {
      const json = { ok: !failed, summary: result.summary, diagnostics: result.diagnostics, ...(check === undefined ? {} : { check }) };
      write(process.stdout, [JSON.stringify(json, null, 2)]);
      return failed ? 1 : 0;
    }
    write(process.stderr, flags.verbose ? result.diagnostics.map(formatDiagnostic) : formatDiagnosticSummary(result.diagnostics));
    if (check !== undefined && check.differences.length > 0) {
      process.stdout.write(check.diff);
      write(process.stderr, [
        `manbind: ${check.differences.length} file(s) in ${result.summary.out} differ from what ${result.summary.specs} generates: ` +
          `${check.differences.join(', ')}; run \`manbind generate\``,
      ]);
    }
    if (flags.strict && result.diagnostics.length > 0) {
      write(process.stderr, [`manbind: --strict: ${result.diagnostics.length} diagnostic(s)`]);
    }
    write(process.stdout, formatReport(result.summary));
    return failed ? 1 : 0;
  });
}

// --- docs -------------------------------------------------------------------------------------

interface DocsFlags {
  specs: string;
  out: string;
  title?: string;
  verbose: boolean;
  cache: boolean;
}

const docsFlags: FlagSpec = { '--specs': 'value', '--out': 'value', '--title': 'value', '--verbose': 'switch', '--no-cache': 'switch' };

/** `manbind docs` flags (argv includes the command). */
export function parseDocsArgs(argv: string[]): DocsFlags | 'help' | 'version' {
  const read = readFlags(argv, 'docs', docsFlags);
  if (read === 'help' || read === 'version') return read;
  const title = valueOf(read, '--title');
  return {
    specs: valueOf(read, '--specs') ?? 'specs',
    out: valueOf(read, '--out') ?? 'site',
    ...(title === undefined ? {} : { title }),
    verbose: read.has('--verbose'),
    cache: !read.has('--no-cache'),
  };
}

async function docsMain(argv: string[]): Promise<number> {
  const flags = flagsOr(() => parseDocsArgs(argv), docsUsage);
  if (typeof flags === 'number') return flags;
  return guarded(async () => {
    const { formatDiagnostic, defaultCacheFile } = await import('./index.js');
    const { formatDiagnosticSummary } = await import('./report.js');
    const { buildSite, prepareSiteFolder, writeSite } = await import('./docs/site.js');
    const { expectFolder } = await import('./make-dirs.js');
    expectFolder(flags.out, '--out');
    // Refuse a folder we did not make, or one we cannot write, before the work.
    prepareSiteFolder(flags.out);
    const cacheFile = flags.cache ? defaultCacheFile(process.cwd()) : undefined;
    const result = await buildSite({
      specs: flags.specs,
      out: flags.out,
      ...(cacheFile === undefined ? {} : { cacheFile }),
      ...(flags.title === undefined ? {} : { title: flags.title }),
    });
    writeSite(flags.out, result.files);
    write(process.stderr, flags.verbose ? result.diagnostics.map(formatDiagnostic) : formatDiagnosticSummary(result.diagnostics));
    write(process.stdout, [
      `manbind: ${result.pages} pages from ${result.specs} written to ${flags.out}, ${result.diagnostics.length} diagnostics, ${Math.round(process.uptime() * 1000)} ms`,
    ]);
    return 0;
  });
}

// --- shared -----------------------------------------------------------------------------------

function write(stream: NodeJS.WriteStream, lines: string[]): void {
  if (lines.length > 0) stream.write(lines.join('\n') + '\n');
}

/** The command's flags, or the exit code after --help, --version or a usage error. */
function flagsOr<T>(parse: () => T | 'help' | 'version', usage: string): T | number {
  let flags: T | 'help' | 'version';
  try {
    flags = parse();
  } catch (error) {
    write(process.stderr, [`manbind: ${(error as Error).message}`, usage]);
    return 2;
  }
  if (flags === 'help') return showHelp();
  if (flags === 'version') return showVersion();
  return flags;
}

/**
 * Run a command's work: its exit code, or 1 with one line for an error. A user error
 * (ManbindError, a file system error such as EACCES) is its message; anything else is a bug.
 */
async function guarded(work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    const message = describe(error);
    if (process.env['MANBIND_DEBUG'] === '1' && error instanceof Error) write(process.stderr, [error.stack ?? message]);
    write(process.stderr, [`manbind: ${message}`]);
    return 1;
  }
}

function describe(error: unknown): string {
  if (isUserError(error)) return (error as Error).message;
  const e = error as NodeJS.ErrnoException | undefined;
  if (e instanceof Error && typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) {
    // The file system said no (a folder that cannot be read, a full disk): the user's to fix.
    // Node's message names the code, the call and the path: `EACCES: permission denied, open '/x'`.
    return e.message.split('\n')[0]!;
  }
  return `internal error: ${(error as Error)?.message ?? String(error)}`;
}

function showHelp(): number {
  process.stdout.write(help);
  return 0;
}

/** The version of the manbind package this file belongs to (from source or from dist/). */
export function version(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    let pkg: { name?: string; version?: string } | undefined;
    try {
      pkg = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as typeof pkg) : undefined;
    } catch {
      pkg = undefined; // someone else's broken package.json above us: keep looking
    }
    // manbind-codegen when installed; the repository (manbind) from source or its dist/
    if ((pkg?.name === 'manbind-codegen' || pkg?.name === 'manbind') && typeof pkg.version === 'string') return pkg.version;
    if (dirname(dir) === dir) return 'unknown';
  }
}

function showVersion(): number {
  write(process.stdout, [`manbind ${version()}`]);
  return 0;
}

/** The first argument that is not a flag: the command. */
function commandOf(argv: string[]): string | undefined {
  return argv.find((a) => !a.startsWith('-'));
}

// --- the commands -------------------------------------------------------------------------------

/** Each command's entry point; argv includes the command's own name. */
const commands: Record<string, (argv: string[]) => Promise<number>> = {
  generate: generateMain,
  docs: docsMain,
  diff: async (argv) => (await import('./diff/cli.js')).diffMain(argv),
};

export async function main(argv: string[]): Promise<number> {
  const command = commandOf(argv);
  const run = command === undefined ? undefined : commands[command];
  if (run !== undefined) return run(argv);
  // No known command: --help and --version still answer; anything else is a usage error.
  if (argv.includes('-h') || argv.includes('--help')) return showHelp();
  if (argv.includes('--version')) return showVersion();
  write(process.stderr, [`manbind: ${command === undefined ? 'missing command' : `unknown command ${command}`}`, mainUsage]);
  return 2;
}

// Run when executed (the bin, maybe through node_modules/.bin's symlink), not when imported by tests.
function invokedDirectly(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

/**
 * V8 flags for a run of the command, a short batch over hundreds of pages of different shapes
 * (issue 11: a cold `generate` of curl's 422 option pages within a few times curl's cd2nroff):
 * - With V8's default tiering TurboFan optimizes the parser's functions on the second core while
 *   the run is young and deoptimizes them as the next pages differ: in a cold `generate` that was
 *   as much CPU as all the rest of the run. With 64 times the default interrupt budget (66 KB of
 *   bytecode) only code that stays hot is optimized: `generate` takes a third less time, `docs`
 *   about a fifth.
 * - The young generation grows eightfold, not twofold, when it fills: a run keeps most of what it
 *   allocates (the model, the output text), which small semi-spaces copy again at every scavenge
 *   (a quarter of the emitters' time).
 * - No incremental marking: it keeps pauses short for programs that answer while they work, at the
 *   cost of marking on other threads; a run that keeps everything it builds gains nothing from it
 *   (a cold `generate` then needs no mark-compact at all, some 20 ms of CPU less).
 * Set for the command's own process only, before the generator loads (tests import main()). A
 * Node whose V8 lacks one says `unrecognized flag` on stderr, which the bin test in
 * test/codegen/cli.test.ts would see.
 */
const commandV8Flags = ['--interrupt-budget=4325376', '--semi-space-growth-factor=8', '--no-incremental-marking'];

if (invokedDirectly()) {
  for (const flag of commandV8Flags) setFlagsFromString(flag);
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`manbind: internal error: ${(error as Error)?.message ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
