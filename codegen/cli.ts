#!/usr/bin/env node
// `manbind generate`: specs/ to generated/; `manbind docs`: specs/ to a static docs site (site/). Exit 0, or 1 for --strict with diagnostics, --check
// differences, or nothing to generate; 2 for a usage error. Never a stack trace for bad input:
// everything is caught here. Only node: modules load before the flags are read; the generator
// (and with it remark, yaml, diff) is imported once they are known to be good.

import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const usage =
  'usage: manbind generate [--specs DIR] [--out DIR] [--check] [--strict] [--json] [--runtime-import SPEC] [--no-cache]';

interface Flags {
  specs: string;
  out: string;
  check: boolean;
  strict: boolean;
  json: boolean;
  /** Keep parses in node_modules/.cache/manbind (default) or parse every doc. */
  cache: boolean;
  runtimeImport?: string;
}

const docsUsage = 'usage: manbind docs [--specs DIR] [--out DIR] [--title TEXT] [--no-cache]';

class UsageError extends Error {}

interface DocsFlags {
  specs: string;
  out: string;
  title?: string;
  cache: boolean;
}

/** How each flag of a command is given: `--name VALUE` / `--name=VALUE`, or a bare switch. */
type FlagSpec = Readonly<Record<string, 'value' | 'switch'>>;

/**
 * Reads `manbind <command> [flags]` (argv includes the command) into flag name -> value (true for
 * switches), or 'help'. Throws a UsageError saying what was expected.
 */
function readFlags(argv: string[], command: string, spec: FlagSpec): Map<string, string | true> | 'help' {
  const flags = new Map<string, string | true>();
  let seen: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return 'help';
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

/** `manbind docs` flags (argv includes the command). */
export function parseDocsArgs(argv: string[]): DocsFlags | 'help' {
  const read = readFlags(argv, 'docs', { '--specs': 'value', '--out': 'value', '--title': 'value', '--no-cache': 'switch' });
  if (read === 'help') return read;
  const title = read.get('--title');
  return {
    specs: (read.get('--specs') as string | undefined) ?? 'specs',
    out: (read.get('--out') as string | undefined) ?? 'site',
    ...(typeof title === 'string' ? { title } : {}),
    cache: !read.has('--no-cache'),
  };
}

/** The first argument that is not a flag: the command. */
function commandOf(argv: string[]): string | undefined {
  return argv.find((a) => !a.startsWith('-'));
}

async function docsMain(argv: string[]): Promise<number> {
  let flags: DocsFlags | 'help';
  try {
    flags = parseDocsArgs(argv);
  } catch (error) {
    write(process.stderr, [`manbind: ${(error as Error).message}`, docsUsage]);
    return 2;
  }
  if (flags === 'help') {
    write(process.stdout, [docsUsage]);
    return 0;
  }
  const { formatDiagnostic, defaultCacheFile, ManbindError } = await import('./index.js');
  const { buildSite, writeSite } = await import('./docs/site.js');
  try {
    const cacheFile = flags.cache ? defaultCacheFile(process.cwd()) : undefined;
    const result = await buildSite({
      specs: flags.specs,
      out: flags.out,
      ...(cacheFile === undefined ? {} : { cacheFile }),
      ...(flags.title === undefined ? {} : { title: flags.title }),
    });
    writeSite(flags.out, result.files);
    write(process.stderr, result.diagnostics.map(formatDiagnostic));
    write(process.stdout, [
      `manbind: ${result.pages} pages from ${result.specs} written to ${flags.out}, ${result.diagnostics.length} diagnostics, ${Math.round(performance.now())} ms`,
    ]);
    return 0;
  } catch (error) {
    const message = error instanceof ManbindError ? error.message : `internal error: ${(error as Error)?.message ?? String(error)}`;
    if (process.env['MANBIND_DEBUG'] === '1' && error instanceof Error) write(process.stderr, [error.stack ?? message]);
    write(process.stderr, [`manbind: ${message}`]);
    return 1;
  }
}

export function parseArgs(argv: string[]): Flags | 'help' {
  const read = readFlags(argv, 'generate', {
    '--specs': 'value',
    '--out': 'value',
    '--runtime-import': 'value',
    '--check': 'switch',
    '--strict': 'switch',
    '--json': 'switch',
    '--no-cache': 'switch',
  });
  if (read === 'help') return read;
  const runtimeImport = read.get('--runtime-import');
  return {
    specs: (read.get('--specs') as string | undefined) ?? 'specs',
    out: (read.get('--out') as string | undefined) ?? 'generated',
    check: read.has('--check'),
    strict: read.has('--strict'),
    json: read.has('--json'),
    cache: !read.has('--no-cache'),
    ...(typeof runtimeImport === 'string' ? { runtimeImport } : {}),
  };
}

function write(stream: NodeJS.WriteStream, lines: string[]): void {
  if (lines.length > 0) stream.write(lines.join('\n') + '\n');
}

export async function main(argv: string[]): Promise<number> {
  if (commandOf(argv) === 'docs') return docsMain(argv);
  let flags: Flags | 'help';
  try {
    flags = parseArgs(argv);
  } catch (error) {
    write(process.stderr, [`manbind: ${(error as Error).message}`, usage]);
    return 2;
  }
  if (flags === 'help') {
    write(process.stdout, [usage, docsUsage]);
    return 0;
  }
  const { generate, checkOutput, writeOutput, formatDiagnostic, formatReport, defaultCacheFile, ManbindError } = await import('./index.js');
  try {
    const cacheFile = flags.cache ? defaultCacheFile(process.cwd()) : undefined;
    const result = await generate({
      specs: flags.specs,
      out: flags.out,
      ...(cacheFile === undefined ? {} : { cacheFile }),
      ...(flags.runtimeImport === undefined ? {} : { runtimeImport: flags.runtimeImport }),
    });
    const check = flags.check ? await checkOutput(result.files) : undefined;
    if (!flags.check) writeOutput(result.files);
    // Writing (or checking) is part of the run's time.
    result.summary.ms = Math.round(performance.now());
    const failed = (flags.strict && result.diagnostics.length > 0) || (check !== undefined && check.differences.length > 0);

    if (flags.json) {
      const json = { ok: !failed, summary: result.summary, diagnostics: result.diagnostics, ...(check === undefined ? {} : { check }) };
      write(process.stdout, [JSON.stringify(json, null, 2)]);
      return failed ? 1 : 0;
    }
    write(process.stderr, result.diagnostics.map(formatDiagnostic));
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
  } catch (error) {
    // A user error is its message; anything else is a bug, but still one line (MANBIND_DEBUG=1 for the stack).
    const message = error instanceof ManbindError ? error.message : `internal error: ${(error as Error)?.message ?? String(error)}`;
    if (process.env['MANBIND_DEBUG'] === '1' && error instanceof Error) write(process.stderr, [error.stack ?? message]);
    write(process.stderr, [`manbind: ${message}`]);
    return 1;
  }
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

if (invokedDirectly()) {
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
