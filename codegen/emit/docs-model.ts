// generated/docs-model.json: the model for the docs site, without mdast `position` noise, each
// doc with the TypeScript signature emitted for it, its source path and whether the manbind
// runtime serves it.
import type { Doc } from '../model.js';
import { isServed } from '../served.js';
import { fileHeader, type EmitContext } from './context.js';
import { byName } from './literal.js';

function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>; // a `__proto__` key stays a key
  for (const key of Object.keys(record).sort(byName)) out[key] = record[key]!;
  return out;
}

export function emitDocsModel(ctx: EmitContext, signatures: Map<Doc, string>): string {
  const { model } = ctx;
  // Each doc as its JSON plus `source` and `signature`, without copying the doc (this file is
  // megabytes for curl's docs).
  const docs = [...model.docs]
    .sort((a, b) => byName(a.name, b.name) || byName(a.file, b.file))
    .map((doc) => {
      const description = withoutPositions(doc.description);
      const text = json(description === doc.description ? doc : { ...doc, description });
      // served: whether the manbind runtime serves it, from the runtime's own list; null for a page that names no symbol
      const served = isServed(doc, model.prefixes) ?? null;
      const extra = json({ source: ctx.path(doc.file), signature: signatures.get(doc) ?? null, served });
      return new RawJson(`${text.slice(0, -1)},${extra.slice(1)}`);
    });
  const top: [string, unknown][] = [
    ['$comment', fileHeader(ctx).replace(/^\/\/ /, '')],
    ['flavour', model.flavour],
    ['prefixes', model.prefixes],
    ['docs', docs],
    ['callbacks', sortedRecord(model.callbacks)],
    ['structs', sortedRecord(model.structs)],
    ['enums', sortedRecord(model.enums)],
    ['diagnostics', [...model.diagnostics, ...ctx.diagnostics]],
  ];
  // One array element or record entry a line: a changed doc is a one-line diff under --check.
  const members = top.map(([key, value]) => {
    let text: string;
    if (Array.isArray(value)) text = value.length === 0 ? '[]' : `[\n${value.map((v) => (v instanceof RawJson ? v.text : json(v))).join(',\n')}\n]`;
    else if (key !== 'prefixes' && typeof value === 'object' && value !== null) {
      const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${json(v)}`);
      text = entries.length === 0 ? '{}' : `{\n${entries.join(',\n')}\n}`;
    } else text = json(value);
    return `${JSON.stringify(key)}: ${text}`;
  });
  return `{\n${members.join(',\n')}\n}\n`;
}

/** Text that is already JSON. */
class RawJson {
  constructor(readonly text: string) {}
}

function json(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * An mdast tree without `position` (the docs site needs the tree, not offsets into our specs).
 * Nodes without positions below them are shared, not copied.
 */
export function withoutPositions<T>(node: T): T {
  if (Array.isArray(node)) {
    let changed = false;
    const out = node.map((child: unknown) => {
      const stripped = withoutPositions(child);
      changed ||= stripped !== child;
      return stripped;
    });
    return (changed ? out : node) as T;
  }
  if (typeof node !== 'object' || node === null) return node;
  const record = node as Record<string, unknown>;
  const children = record['children'];
  const stripped = children === undefined ? undefined : withoutPositions(children);
  if (!('position' in record) && stripped === children) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key !== 'position') copy[key] = key === 'children' ? stripped : value;
  }
  return copy as T;
}
