// The plain data `manbind diff` computes and prints: what changed between two doc sets.
// Interfaces only; JSON-serialisable (the --json output is this object).
import type { Flavour } from '../model.js';

/** What an entry is: a doc kind, or a symbol without a page of its own (enum values, #defines, aliases). */
export type DiffKind = 'option' | 'multi-option' | 'info' | 'function' | 'constant' | 'other';

export type ChangeKind = 'added' | 'removed' | 'deprecated' | 'changed';
export const changeKinds: readonly ChangeKind[] = ['added', 'removed', 'deprecated', 'changed'];

/** One aspect that differs between the old and the new doc of a symbol. */
export interface FieldChange {
  field: 'type' | 'values' | 'default' | 'protocols' | 'value';
  /** The old and new value as text (`long`, `CURLPROXY_HTTP`, `HTTP, HTTPS`); empty when not stated. */
  old: string;
  new: string;
  /** For `values`: the value names only one side has. */
  added?: string[];
  removed?: string[];
}

export interface DiffEntry {
  kind: DiffKind;
  change: ChangeKind;
  /** The name in the new set (in the old set when removed). */
  name: string;
  /** The old set's name when the sets name symbols differently (libcurl and libfetch). */
  oldName?: string;
  /** added: the version that introduced it; deprecated: the version that deprecated it (when known). */
  version?: string;
  /** changed: what differs. */
  changes?: FieldChange[];
}

export interface DocSetInfo {
  /** The folder as given. */
  specs: string;
  flavour: Flavour;
  /** Pages read. */
  docs: number;
  /** Whether the folder had a symbols-in-versions file (constants and deprecations come from it too). */
  symbols: boolean;
}

export interface DocSetDiff {
  old: DocSetInfo;
  new: DocSetInfo;
  /** Set when the two sets come from different trees (CURLOPT_X and FETCHOPT_X are the same option). */
  renamed?: { from: Flavour; to: Flavour };
  counts: Record<ChangeKind, number>;
  /** Sorted by kind, then name, then change. */
  entries: DiffEntry[];
}
