// `manbind diff` output as text: one line per symbol under its kind, `+` added, `-` removed,
// `!` deprecated, `~` changed with one indented line per field, then the counts.
import { PREFIXES } from '../parse/flavour.js';
import type { DiffEntry, DiffKind, DocSetDiff, FieldChange } from './types.js';

const headings: Record<DiffKind, string> = {
  option: 'options',
  'multi-option': 'multi options',
  info: 'infos',
  function: 'functions',
  constant: 'constants',
  other: 'other pages',
};

const marks = { added: '+', removed: '-', deprecated: '!', changed: '~' } as const;

function shown(text: string): string {
  return text === '' ? '(none)' : `\`${text}\``;
}

function fieldLine(c: FieldChange): string {
  if (c.field === 'values') {
    const parts = [...(c.added ?? []).map((v) => `+${v}`), ...(c.removed ?? []).map((v) => `-${v}`)];
    return `values: ${parts.join(' ')}`;
  }
  return `${c.field}: ${shown(c.old)} -> ${shown(c.new)}`;
}

function entryLines(e: DiffEntry): string[] {
  const name = e.oldName === undefined ? e.name : `${e.name} (${e.oldName})`;
  const version = e.version === undefined ? '' : e.change === 'removed' ? ` (last in ${e.version})` : ` (since ${e.version})`;
  const word = e.change === 'changed' ? '' : ` ${e.change}`;
  return [`  ${marks[e.change]} ${name}${word}${version}`, ...(e.changes ?? []).map((c) => `      ${fieldLine(c)}`)];
}

export function formatDiff(diff: DocSetDiff): string[] {
  const lines = [`manbind diff: ${diff.old.specs} (${diff.old.flavour}, ${diff.old.docs} pages) -> ${diff.new.specs} (${diff.new.flavour}, ${diff.new.docs} pages)`];
  if (diff.renamed !== undefined) {
    const [from, to] = [PREFIXES[diff.renamed.from].option, PREFIXES[diff.renamed.to].option];
    lines.push(`names map ${diff.renamed.from} to ${diff.renamed.to} (${from}X is ${to}X); only other differences are listed`);
  }
  let kind: DiffKind | undefined;
  for (const e of diff.entries) {
    if (e.kind !== kind) {
      kind = e.kind;
      lines.push('', `${headings[kind]}:`);
    }
    lines.push(...entryLines(e));
  }
  const { added, removed, deprecated, changed } = diff.counts;
  lines.push('', `${added} added, ${removed} removed, ${deprecated} deprecated, ${changed} changed`);
  return lines;
}
