// Two doc sets in, what changed between them out: symbols added, removed or deprecated, and for
// symbols both sets document, changes of type, values, default or protocols. Symbols are matched
// by name in libcurl's spelling, so curl's docs compare with a fork's (CURLOPT_X is FETCHOPT_X).
// A set's symbols-in-versions, when it has one, adds the symbols no page documents and says
// which are deprecated or gone (docs before curl 8.8 have no DEPRECATED section).
import type { Doc, Model } from '../model.js';
import { canonical, facetsOf, type Facets } from './facets.js';
import type { SymbolStatus } from './symbols.js';
import { changeKinds, type ChangeKind, type DiffEntry, type DiffKind, type DocSetDiff, type FieldChange } from './types.js';

/** One side of a diff: a folder's model and its symbols-in-versions. */
export interface DocSet {
  specs: string;
  model: Model;
  symbols?: ReadonlyMap<string, SymbolStatus>;
}

/** A symbol of one side. */
interface Item {
  name: string;
  kind: DiffKind;
  doc?: Doc;
  /** A constant's number, when the docs give it. */
  value?: number;
  introduced?: string;
  /** Deprecated, and since which version when known. */
  deprecated?: { version?: string };
}

const kindOrder: readonly DiffKind[] = ['option', 'multi-option', 'info', 'function', 'constant', 'other'];

function itemsOf(set: DocSet): Map<string, Item> {
  const { model } = set;
  const key = (name: string): string => canonical(name, model.flavour);
  const items = new Map<string, Item>();
  for (const doc of model.docs) {
    const item: Item = { name: doc.name, kind: doc.kind, doc };
    if (doc.addedIn !== undefined) item.introduced = doc.addedIn;
    if (doc.deprecated !== undefined) {
      const version = /\b([0-9]+\.[0-9]+(?:\.[0-9]+)?)\b/.exec(doc.deprecated)?.[1]; // "Deprecated since 7.55.0."
      item.deprecated = version === undefined ? {} : { version };
    }
    items.set(key(doc.name), item);
  }
  // Values the docs define: enum members, #defines of synopses, numbered value headings.
  const constant = (name: string, value: number | undefined): void => {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || items.has(key(name))) return;
    items.set(key(name), value === undefined ? { name, kind: 'constant' } : { name, kind: 'constant', value });
  };
  for (const def of Object.values(model.enums)) for (const v of def.values) constant(v.name, v.value);
  for (const doc of model.docs) {
    for (const v of doc.constants ?? []) constant(v.name, v.value);
    if (doc.type?.kind === 'long') for (const v of doc.type.enumValues ?? []) constant(v.name, v.value);
  }
  for (const [name, status] of set.symbols ?? []) {
    const k = key(name);
    const item = items.get(k);
    if (status.last !== undefined) {
      // Gone from the library: a value a page still mentions is not a symbol of this set.
      if (item !== undefined && item.doc === undefined) items.delete(k);
      continue;
    }
    const it = item ?? { name, kind: 'constant' };
    it.introduced ??= status.introduced;
    if (status.deprecated !== undefined) it.deprecated = { version: status.deprecated };
    items.set(k, it);
  }
  return items;
}

function fieldChanges(oldF: Facets, newF: Facets): FieldChange[] {
  const changes: FieldChange[] = [];
  if (oldF.type !== newF.type) changes.push({ field: 'type', old: oldF.type, new: newF.type });
  const oldValues = new Set(oldF.values);
  const newValues = new Set(newF.values);
  const added = newF.values.filter((v) => !oldValues.has(v));
  const removed = oldF.values.filter((v) => !newValues.has(v));
  if (added.length > 0 || removed.length > 0) {
    changes.push({ field: 'values', old: oldF.values.join(', '), new: newF.values.join(', '), added, removed });
  }
  if (oldF.defaultKey !== newF.defaultKey) changes.push({ field: 'default', old: oldF.default, new: newF.default });
  if (oldF.protocols !== newF.protocols) changes.push({ field: 'protocols', old: oldF.protocols, new: newF.protocols });
  return changes;
}

/** What changed from `oldSet` to `newSet`. */
export function diffDocSets(oldSet: DocSet, newSet: DocSet): DocSetDiff {
  const before = itemsOf(oldSet);
  const after = itemsOf(newSet);
  const gone = lastVersions(newSet);
  const oldRelease = releaseOf(oldSet);
  const entries: DiffEntry[] = [];
  const entry = (item: Item, change: ChangeKind, other?: Item): DiffEntry => {
    const e: DiffEntry = { kind: item.kind, change, name: item.name };
    if (other !== undefined && other.name !== item.name) e.oldName = other.name;
    return e;
  };
  for (const [k, n] of after) {
    const o = before.get(k);
    if (o === undefined) {
      entries.push({ ...entry(n, 'added'), ...(n.introduced === undefined ? {} : { version: n.introduced }) });
      continue;
    }
    // A page on either side decides the kind (a symbol a page documents is not a constant).
    const item = n.doc === undefined && o.doc !== undefined ? { ...n, kind: o.kind } : n;
    if (n.deprecated !== undefined && o.deprecated === undefined && !saysDeprecated(o.doc) && !deprecatedBefore(n.deprecated.version, oldRelease)) {
      entries.push({ ...entry(item, 'deprecated', o), ...(n.deprecated.version === undefined ? {} : { version: n.deprecated.version }) });
    }
    let changes: FieldChange[] = [];
    if (n.doc !== undefined && o.doc !== undefined) changes = fieldChanges(facetsOf(o.doc, oldSet.model), facetsOf(n.doc, newSet.model));
    else if (n.value !== undefined && o.value !== undefined && n.value !== o.value) {
      changes = [{ field: 'value', old: String(o.value), new: String(n.value) }];
    }
    if (changes.length > 0) entries.push({ ...entry(item, 'changed', o), changes });
  }
  for (const [k, o] of before) {
    if (after.has(k)) continue;
    const last = gone.get(k);
    entries.push({ ...entry(o, 'removed'), ...(last === undefined ? {} : { version: last }) });
  }
  entries.sort(
    (a, b) =>
      kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      changeKinds.indexOf(a.change) - changeKinds.indexOf(b.change),
  );
  const counts = { added: 0, removed: 0, deprecated: 0, changed: 0 };
  for (const e of entries) counts[e.change]++;
  const info = (set: DocSet): DocSetDiff['old'] => ({ specs: set.specs, flavour: set.model.flavour, docs: set.model.docs.length, symbols: set.symbols !== undefined });
  const renamed = oldSet.model.flavour === newSet.model.flavour ? {} : { renamed: { from: oldSet.model.flavour, to: newSet.model.flavour } };
  return { old: info(oldSet), new: info(newSet), ...renamed, counts, entries };
}

/** The last version that had each symbol the set's symbols-in-versions says is gone, by libcurl spelling. */
function lastVersions(set: DocSet): Map<string, string> {
  const gone = new Map<string, string>();
  for (const [name, status] of set.symbols ?? []) if (status.last !== undefined) gone.set(canonical(name, set.model.flavour), status.last);
  return gone;
}

/** Compare dotted versions numerically: 8.9.0 < 8.13.0. */
function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The newest version a set mentions (its symbols-in-versions, else its Added-in lines): about the
 * release it documents. A symbol the new set says was deprecated in that version or before was
 * deprecated in the old set's library too, whatever its older docs said (curl's docs had no
 * DEPRECATED section before 8.8).
 */
function releaseOf(set: DocSet): string | undefined {
  const versions: string[] = [];
  for (const s of set.symbols?.values() ?? []) versions.push(s.introduced, ...(s.deprecated === undefined ? [] : [s.deprecated]), ...(s.last === undefined ? [] : [s.last]));
  if (versions.length === 0) for (const d of set.model.docs) if (d.addedIn !== undefined) versions.push(d.addedIn);
  const valid = versions.filter((v) => /^[0-9]+(\.[0-9]+)*$/.test(v));
  return valid.length === 0 ? undefined : valid.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b));
}

function deprecatedBefore(version: string | undefined, release: string | undefined): boolean {
  return version !== undefined && release !== undefined && compareVersions(version, release) <= 0;
}

/** Docs older than the DEPRECATED section said so in the description: "These functions are deprecated." */
function saysDeprecated(doc: Doc | undefined): boolean {
  if (doc === undefined) return false;
  const self = doc.name.replace(/[^A-Za-z0-9_]/g, '');
  return new RegExp(String.raw`\b(?:this|these) (?:functions?|options?|callbacks?) (?:is|are) deprecated\b|^deprecated\b|\b${self}(?:\(3\))? is deprecated\b`, 'im').test(doc.descriptionText);
}
