// `manbind diff OLD NEW [--json] [--fail-on removed,changed]`: exit 0; 1 when an entry of a
// --fail-on kind is found (for CI) or a folder cannot be compared; 2 for a usage error (the exit
// codes of `manbind --help`). Only node: modules and the small types.ts load before the arguments
// are read, as in codegen/cli.ts.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { changeKinds, type ChangeKind } from './types.js';

export const diffUsage = 'usage: manbind diff OLD NEW [--json] [--fail-on added,removed,deprecated,changed]';

export interface DiffFlags {
  old: string;
  new: string;
  json: boolean;
  failOn: ChangeKind[];
}

/** `manbind diff` arguments (argv includes the command); throws an Error saying what was expected. */
export function parseDiffArgs(argv: string[]): DiffFlags | 'help' {
  const folders: string[] = [];
  let json = false;
  let failOn: ChangeKind[] = [];
  let command = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--json') json = true;
    else if (arg === '--fail-on' || arg.startsWith('--fail-on=')) {
      const value = arg === '--fail-on' ? argv[++i] : arg.slice('--fail-on='.length);
      if (value === undefined || value === '') throw new Error('--fail-on needs a value');
      failOn = value.split(',').map((k) => k.trim()) as ChangeKind[];
      const wrong = failOn.find((k) => !changeKinds.includes(k));
      if (wrong !== undefined) throw new Error(`--fail-on takes ${changeKinds.join(', ')}, not \`${wrong}\``);
    } else if (arg.startsWith('-')) throw new Error(`unknown flag ${arg}`);
    else if (!command && arg === 'diff') command = true;
    else folders.push(arg);
  }
  if (folders.length !== 2) throw new Error(`expected two folders of docs, OLD and NEW, not ${folders.length}`);
  return { old: folders[0]!, new: folders[1]!, json, failOn };
}

function write(stream: NodeJS.WriteStream, lines: string[]): void {
  if (lines.length > 0) stream.write(lines.join('\n') + '\n');
}

export async function diffMain(argv: string[]): Promise<number> {
  let flags: DiffFlags | 'help';
  try {
    flags = parseDiffArgs(argv);
  } catch (error) {
    write(process.stderr, [`manbind: ${(error as Error).message}`, diffUsage]);
    return 2;
  }
  if (flags === 'help') {
    write(process.stdout, [diffUsage]);
    return 0;
  }
  for (const dir of [flags.old, flags.new]) {
    if (!existsSync(resolve(dir)) || !statSync(resolve(dir)).isDirectory()) {
      write(process.stderr, [`manbind: no such folder of docs: ${dir}`]);
      return 1;
    }
  }
  const { diffDocs, failures, formatDiff } = await import('./index.js');
  try {
    const diff = await diffDocs(flags.old, flags.new);
    for (const side of [diff.old, diff.new]) {
      if (side.docs === 0) {
        write(process.stderr, [`manbind: no docs found in ${side.specs}`]);
        return 1;
      }
    }
    const failed = failures(diff, flags.failOn);
    if (flags.json) write(process.stdout, [JSON.stringify({ ok: failed === 0, failOn: flags.failOn, ...diff }, null, 2)]);
    else write(process.stdout, formatDiff(diff));
    if (failed > 0) write(process.stderr, [`manbind: --fail-on ${flags.failOn.join(',')}: ${failed} entr${failed === 1 ? 'y' : 'ies'}`]);
    return failed > 0 ? 1 : 0;
  } catch (error) {
    if (process.env['MANBIND_DEBUG'] === '1' && error instanceof Error) write(process.stderr, [error.stack ?? error.message]);
    write(process.stderr, [`manbind: internal error: ${(error as Error)?.message ?? String(error)}`]);
    return 1;
  }
}
