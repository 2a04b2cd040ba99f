// The out dir on disk: compare it with a run's files (--check) or bring it up to date. Only files
// stamped "by manbind; do not edit" count as ours: a stale one is reported (and removed on
// write); anything else in the out dir is left alone.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ManbindError } from './errors.js';
import { fsReason, isFsError, makeDirs } from './make-dirs.js';

const stamp = /by manbind; do not edit/;

/** Where output paths are relative to (the cwd generate() ran with). */
export interface OutputOptions {
  cwd?: string;
}

function readIfFile(path: string): string | undefined {
  try {
    return statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** Generated files in `dirs` that this run does not produce: stale output of an earlier run. */
function staleFiles(files: Map<string, string>, cwd: string): string[] {
  const dirs = new Set([...files.keys()].map((p) => dirname(p)));
  const stale: string[] = [];
  for (const dir of [...dirs].sort()) {
    if (!existsSync(resolve(cwd, dir))) continue;
    for (const name of readdirSync(resolve(cwd, dir)).sort()) {
      const path = join(dir, name).split('\\').join('/');
      if (name.startsWith('.') || files.has(path)) continue;
      const text = readIfFile(resolve(cwd, path));
      if (text !== undefined && stamp.test(text.slice(0, 300))) stale.push(path);
    }
  }
  return stale;
}

export interface CheckResult {
  /** Paths that differ: changed, missing on disk, or stale on disk. */
  differences: string[];
  /** A unified diff from the disk to the fresh output (empty when equal). */
  diff: string;
}

// docs-model.json keeps one doc per line; a changed doc must not flood the terminal.
function clip(patch: string): string {
  return patch
    .split('\n')
    .map((line) => (line.length > 400 ? `${line.slice(0, 400)} ... (${line.length - 400} more characters)` : line))
    .join('\n');
}

export async function checkOutput(files: Map<string, string>, options: OutputOptions = {}): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd();
  const changed: { path: string; before: string; after: string }[] = [];
  for (const [path, after] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const before = readIfFile(resolve(cwd, path));
    if (before !== after) changed.push({ path, before: before ?? '', after });
  }
  for (const path of staleFiles(files, cwd)) changed.push({ path, before: readIfFile(resolve(cwd, path)) ?? '', after: '' });
  if (changed.length === 0) return { differences: [], diff: '' };
  const { createTwoFilesPatch } = await import('diff');
  const diff = changed
    .map((c) => clip(createTwoFilesPatch(`a/${c.path}`, `b/${c.path}`, c.before, c.after, undefined, undefined, { context: 3 })))
    .join('');
  return { differences: changed.map((c) => c.path), diff };
}

/**
 * Write what changed (unchanged files keep their mtime), remove stale generated files. A path
 * that cannot be written is a ManbindError naming it.
 */
export function writeOutput(files: Map<string, string>, options: OutputOptions = {}): { written: string[]; removed: string[] } {
  const cwd = options.cwd ?? process.cwd();
  const written: string[] = [];
  for (const [path, text] of files) {
    const abs = resolve(cwd, path);
    if (readIfFile(abs) === text) continue;
    makeDirs(dirname(abs), dirname(path));
    attempt(`write ${path}`, () => writeFileSync(abs, text));
    written.push(path);
  }
  const removed = staleFiles(files, cwd);
  for (const path of removed) attempt(`remove the stale ${path}`, () => rmSync(resolve(cwd, path)));
  return { written, removed };
}

function attempt(what: string, action: () => void): void {
  try {
    action();
  } catch (error) {
    throw isFsError(error) ? new ManbindError(`cannot ${what}: ${fsReason(error)}`) : error;
  }
}
