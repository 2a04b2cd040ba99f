// Parsed pages to one Model: merge what the synopses define (callbacks, structs, enums), resolve
// names across pages (types a page uses but another defines, enum values another page gives,
// See-also links), sort, and collect diagnostics.
import { basename } from 'node:path';
import type { CallbackDef, Diagnostic, Doc, EnumDef, Flavour, Model, Param, StructDef, TypeRef } from '../model.js';
import { compareDiagnostics, diagnostic, quote } from './diagnostics.js';
import type { ParsedDoc } from './doc.js';
import { canonicalName, PREFIXES } from './flavour.js';
import { docsSetName } from './docs-name.js';
import { predatedFilter } from './newer-headers.js';
import { overrideFor, type Overrides } from './overrides.js';
import type { SymbolVersions } from './symbols-in-versions.js';
import { decorateLong, type ConstantInfo } from './values.js';

// Structural identity of a definition, ignoring where it was written.
const shape = (d: { params?: Param[]; returns?: TypeRef; fields?: Param[]; values?: unknown }): string =>
  JSON.stringify([d.params, d.returns, d.fields, d.values]);

const where = (from: { file: string; line: number }): string => `${from.file}:${from.line}`;

export interface BuildOptions {
  /** The docs set's symbols-in-versions: Added-in for pages that predate that header line. */
  symbols?: ReadonlyMap<string, SymbolVersions>;
}

/** Build the model from parsed pages (in any order; output is sorted). */
export function buildModel(parsed: readonly ParsedDoc[], overrides: Overrides, options: BuildOptions = {}): Model {
  const diagnostics: Diagnostic[] = [...overrides.diagnostics];
  const current = predatedFilter(parsed);
  for (const p of parsed) diagnostics.push(...p.diagnostics.filter((d) => current(d, p)));

  // Pages in file order, so that "first definition wins" is deterministic.
  const pages = parsed.filter((p) => p.doc).sort((a, b) => ((a.doc as Doc).file < (b.doc as Doc).file ? -1 : 1));

  // One page per name; the one whose file is named after it wins (a copied page whose Title was
  // not updated is the duplicate), otherwise the first by file.
  const byName = new Map<string, ParsedDoc>();
  const namedAfter = (d: Doc): boolean => basename(d.file) === `${d.name}.md`;
  for (const p of pages) {
    const doc = p.doc as Doc;
    const earlier = byName.get(doc.name);
    if (!earlier) {
      byName.set(doc.name, p);
      continue;
    }
    const earlierDoc = earlier.doc as Doc;
    const [keep, drop] = namedAfter(doc) && !namedAfter(earlierDoc) ? [doc, earlierDoc] : [earlierDoc, doc];
    if (keep === doc) byName.set(doc.name, p);
    diagnostics.push(diagnostic(drop.file, 1, 1, `Expected one page named \`${doc.name}\`, found another in ${keep.file}`, 'model:duplicate'));
  }
  const kept = [...byName.values()];

  const callbacks: Record<string, CallbackDef> = Object.create(null) as Record<string, CallbackDef>;
  const structs: Record<string, StructDef> = Object.create(null) as Record<string, StructDef>;
  const enums: Record<string, EnumDef> = Object.create(null) as Record<string, EnumDef>;
  // Per page: callback names renamed because another page uses the same name for another shape.
  const renames = new Map<ParsedDoc, Map<string, string>>();

  for (const p of kept) {
    const doc = p.doc as Doc;
    const rename = new Map<string, string>();
    for (const cb of p.callbacks) {
      const existing = callbacks[cb.name];
      if (!existing) {
        callbacks[cb.name] = cb;
      } else if (shape(existing) !== shape(cb)) {
        // Sample prototype names (progress_callback) are the page's own; qualify the later one.
        const renamed = `${cb.name}_${doc.baseName}`;
        rename.set(cb.name, renamed);
        callbacks[renamed] = { ...cb, name: renamed };
      }
    }
    for (const s of p.structs) {
      const existing = structs[s.name];
      if (!existing) structs[s.name] = s;
      else if (shape(existing) !== shape(s)) {
        diagnostics.push(diagnostic(s.from.file, s.from.line, s.from.column, `Expected \`struct ${s.name}\` to have the fields it has at ${where(existing.from)}, found different ones`, 'synopsis:conflict', 'warning'));
      }
    }
    for (const e of p.enums) {
      const existing = enums[e.name];
      if (!existing) {
        enums[e.name] = { ...e, values: e.values.map((v) => ({ ...v })) };
        continue;
      }
      // Pages show parts of an enum (curlsocktype): the model's enum is the union.
      for (const v of e.values) {
        const same = existing.values.find((x) => x.name === v.name);
        if (!same) existing.values.push({ ...v });
        else if (same.value === undefined) same.value = v.value;
        else if (v.value !== undefined && v.value !== same.value) {
          diagnostics.push(diagnostic(e.from.file, e.from.line, e.from.column, `Expected \`${v.name}\` to be ${same.value} as at ${where(existing.from)}, found ${v.value}`, 'synopsis:conflict', 'warning'));
        }
      }
    }
    if (rename.size > 0) renames.set(p, rename);
  }

  const flavour = majorityFlavour(kept.map((p) => (p.doc as Doc).flavour));

  // Constants every page can use: enum members and #defines, by libcurl spelling.
  const constants = new Map<string, ConstantInfo>();
  for (const e of Object.values(enums)) {
    for (const v of e.values) {
      const key = canonicalName(v.name, flavour);
      if (v.value !== undefined && !constants.has(key)) constants.set(key, { value: v.value, fromDefine: false });
    }
  }
  for (const p of kept) {
    const doc = p.doc as Doc;
    for (const c of doc.constants ?? []) {
      const key = canonicalName(c.name, doc.flavour);
      if (c.value !== undefined && !constants.has(key)) constants.set(key, { value: c.value, fromDefine: true });
    }
  }

  const resolveRef = (t: TypeRef, rename?: Map<string, string>): TypeRef => {
    if (t.kind === 'callback' && rename?.has(t.name)) return { kind: 'callback', name: rename.get(t.name) as string };
    if (t.kind !== 'named' || t.supported || t.reason === 'override') return t;
    if (t.name in structs) return { kind: 'struct', name: t.name };
    if (t.name in enums) return { kind: 'enum', name: t.name };
    if (t.name in callbacks) return { kind: 'callback', name: t.name };
    return t;
  };
  const resolveParams = (params: Param[], rename?: Map<string, string>): Param[] =>
    params.map((x) => {
      const type = resolveRef(x.type, rename);
      return type === x.type ? x : { ...x, type };
    });

  for (const [name, cb] of Object.entries(callbacks)) {
    callbacks[name] = { ...cb, params: resolveParams(cb.params), returns: resolveRef(cb.returns) };
  }
  for (const [name, s] of Object.entries(structs)) {
    structs[name] = { ...s, fields: resolveParams(s.fields) };
  }

  const docNames = new Set(kept.map((p) => (p.doc as Doc).name));
  const docs: Doc[] = [];
  for (const p of kept) {
    const original = p.doc as Doc;
    const rename = renames.get(p);
    const doc: Doc = { ...original };
    const introduced = doc.addedIn === undefined ? options.symbols?.get(doc.name)?.introduced : undefined;
    if (introduced !== undefined) doc.addedIn = introduced;
    if (rename) doc.defines = original.defines.map((n) => rename.get(n) ?? n).sort();
    if (doc.type) {
      let type = resolveRef(doc.type, rename);
      if (type.kind === 'long' && type.enumValues?.some((v) => v.value === undefined)) {
        const lookup = (n: string): ConstantInfo | undefined => constants.get(canonicalName(n, doc.flavour));
        const again = decorateLong(type.enumValues, {
          argName: doc.argName,
          lookup,
          override: overrideFor(overrides, doc.kind, doc.baseName),
          canonical: (n) => canonicalName(n, doc.flavour),
        });
        if (type.bitmask) again.bitmask = true;
        if (type.boolean) again.boolean = true;
        type = again;
      }
      if (type.kind === 'long') type = withDefault(type, doc, (n) => constants.get(canonicalName(n, doc.flavour))?.value);
      doc.type = type;
    }
    if (doc.params) doc.params = resolveParams(doc.params, rename);
    if (doc.returns) doc.returns = { ...doc.returns, type: resolveRef(doc.returns.type, rename) };
    docs.push(doc);

    for (const ref of p.seeAlso ?? []) {
      if (docNames.has(ref.name) || isExternal(ref.name, ref.section)) continue;
      diagnostics.push(diagnostic(original.file, ref.line, ref.column, `Expected See-also ${quote(ref.name)} to name a page, found no page of that name`, 'see-also:unknown', 'warning'));
    }
  }

  docs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  diagnostics.sort(compareDiagnostics);
  const copyrights = parsed.map((p) => p.curldown?.copyright).filter((c): c is string => c !== undefined);
  return {
    flavour,
    name: docsSetName(docNames, copyrights, flavour),
    prefixes: PREFIXES[flavour],
    docs,
    callbacks: sortRecord(callbacks),
    structs: sortRecord(structs),
    enums: sortRecord(enums),
    diagnostics,
  };
}

type Long = Extract<TypeRef, { kind: 'long' }>;

/**
 * A long with the number its DEFAULT states, when no value heading already gives that number
 * (curl 8.15's FOLLOWLOCATION names 1, 2 and 3; its default 0 is a value too).
 */
function withDefault(type: Long, doc: Doc, constant: (name: string) => number | undefined): Long {
  const literal = doc.default?.literal;
  const named = (name: string): number | undefined => type.enumValues?.find((v) => v.name === name)?.value ?? constant(name);
  const value = literal?.kind === 'number' ? literal.value : literal?.kind === 'constant' ? named(literal.name) : undefined;
  if (value === undefined || type.enumValues?.some((v) => v.value === value)) return type;
  return { ...type, defaultValue: value };
}

/** A See-also target outside the library's pages: another man section, or not a library symbol. */
function isExternal(name: string, section: string | undefined): boolean {
  if (section !== undefined && section !== '3') return true;
  return !/^(CURL|curl|libcurl|FETCH|fetch|libfetch)/.test(name);
}

function majorityFlavour(flavours: Flavour[]): Flavour {
  const fetch = flavours.filter((f) => f === 'libfetch').length;
  return fetch * 2 > flavours.length ? 'libfetch' : 'libcurl';
}

function sortRecord<T>(r: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(r).sort()) out[k] = r[k];
  return out;
}
