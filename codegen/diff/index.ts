// `manbind diff OLD NEW`: what changed between two doc sets (two curl releases, or curl and a
// fork), for release notes and for CI that must notice a removed option or a changed type.
import { resolve } from 'node:path';
import { loadModel } from '../parse/load.js';
import { diffDocSets, type DocSet } from './compute.js';
import { readSymbolsOf } from './symbols.js';
import type { ChangeKind, DocSetDiff } from './types.js';

export { diffDocSets, type DocSet } from './compute.js';
export { formatDiff } from './format.js';
export { type SymbolStatus } from './symbols.js';
export { readSymbolsInVersions } from '../parse/symbols-in-versions.js';
export { changeKinds, type ChangeKind, type DiffEntry, type DiffKind, type DocSetDiff, type DocSetInfo, type FieldChange } from './types.js';

/** Read a folder of docs (and its symbols-in-versions) as one side of a diff. */
export async function readDocSet(specs: string, cwd: string = process.cwd()): Promise<DocSet> {
  const dir = resolve(cwd, specs);
  const [model, symbols] = await Promise.all([loadModel(dir), readSymbolsOf(dir)]);
  return symbols === undefined ? { specs, model } : { specs, model, symbols };
}

/** What changed from the docs in `oldSpecs` to those in `newSpecs` (folders, relative to `cwd`). */
export async function diffDocs(oldSpecs: string, newSpecs: string, options: { cwd?: string } = {}): Promise<DocSetDiff> {
  const [before, after] = await Promise.all([readDocSet(oldSpecs, options.cwd), readDocSet(newSpecs, options.cwd)]);
  return diffDocSets(before, after);
}

/** The entries `--fail-on` objects to: those whose change is one of `failOn`. */
export function failures(diff: DocSetDiff, failOn: readonly ChangeKind[]): number {
  return diff.entries.filter((e) => failOn.includes(e.change)).length;
}
