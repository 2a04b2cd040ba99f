// Hand corrections to what the docs say, as data (codegen/overrides.json, described in
// codegen/overrides.md): value ranges libcurl enforces in lib/setopt.c but the docs state only in
// prose, TypeScript types for C types the runtime maps by hand (FILE * -> TextSink), C types a
// synopsis leaves out. Keyed by base name (`PORT`), optionally limited to one kind (`info:PRIVATE`).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, DocKind, Model } from '../model.js';
import { diagnostic, quote } from './diagnostics.js';

export interface Override {
  /** Replace the argument's C type before mapping (a synopsis that omits it). */
  cType?: string;
  /** Render the argument as this type from the runtime's types module (ErrorBuffer, TextSink, ...). */
  tsType?: string;
  /** With tsType: whether the runtime supports it (default true). */
  supported?: boolean;
  /** long: any value is accepted and read as on/off. */
  boolean?: boolean;
  /** long: a set of flag bits. */
  bitmask?: boolean;
  /** long: smallest and largest value libcurl accepts (others give CURLE_BAD_FUNCTION_ARGUMENT). */
  min?: number;
  max?: number;
  /** Values of constants the docs name without defining (CURL_IPRESOLVE_V4: 1). */
  values?: Record<string, number>;
  /** Why the override exists: the source it was checked against. */
  note?: string;
}

export interface Overrides {
  entries: Record<string, Override>;
  /** Path and text of the file, for diagnostics; absent for overrides built in code. */
  file?: string;
  text?: string;
  diagnostics: Diagnostic[];
}

const KINDS: readonly DocKind[] = ['option', 'info', 'multi-option', 'function', 'other'];
const FIELDS: Record<keyof Override, 'string' | 'boolean' | 'number' | 'values'> = {
  cType: 'string',
  tsType: 'string',
  supported: 'boolean',
  boolean: 'boolean',
  bitmask: 'boolean',
  min: 'number',
  max: 'number',
  values: 'values',
  note: 'string',
};

function lineColumnOf(text: string | undefined, needle: string): { line: number; column: number } {
  if (!text) return { line: 1, column: 1 };
  const i = text.indexOf(needle);
  if (i < 0) return { line: 1, column: 1 };
  const before = text.slice(0, i).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Check and normalise parsed overrides JSON; entries with errors are dropped, with a diagnostic. */
export function overridesFromJSON(json: unknown, file = 'codegen/overrides.json', text?: string): Overrides {
  const result: Overrides = { entries: Object.create(null) as Record<string, Override>, file, text, diagnostics: [] };
  const report = (key: string, message: string): void => {
    const p = lineColumnOf(text, JSON.stringify(key));
    result.diagnostics.push(diagnostic(file, p.line, p.column, message, 'overrides:invalid'));
  };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    result.diagnostics.push(diagnostic(file, 1, 1, 'Expected an object of overrides keyed by base name, found ' + (Array.isArray(json) ? 'a list' : typeof json), 'overrides:invalid'));
    return result;
  }
  for (const [key, value] of Object.entries(json as Record<string, unknown>)) {
    if (key.startsWith('$')) continue; // $comment and the like
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      report(key, `Expected a base name as override key, found ${quote(key)}`);
      continue;
    }
    const m = /^(?:([a-z-]+):)?([A-Za-z0-9_]+)$/.exec(key);
    if (!m || (m[1] !== undefined && !KINDS.includes(m[1] as DocKind))) {
      report(key, `Expected an override key such as \`PORT\` or \`info:PRIVATE\`, found ${quote(key)}`);
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      report(key, `Expected the override ${quote(key)} to be an object, found ${Array.isArray(value) ? 'a list' : typeof value}`);
      continue;
    }
    const entry: Override = {};
    let ok = true;
    for (const [field, v] of Object.entries(value as Record<string, unknown>)) {
      const want = (FIELDS as Record<string, string>)[field];
      if (!want) {
        report(key, `Expected override fields (${Object.keys(FIELDS).join(', ')}), found ${quote(field)} in ${quote(key)}`);
        ok = false;
        continue;
      }
      const good =
        want === 'values'
          ? typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((n) => Number.isInteger(n))
          : want === 'number'
            ? Number.isInteger(v)
            : typeof v === want;
      if (!good) {
        report(key, `Expected \`${field}\` of ${quote(key)} to be ${want === 'values' ? 'an object of integers' : want === 'number' ? 'an integer' : 'a ' + want}, found ${quote(JSON.stringify(v))}`);
        ok = false;
        continue;
      }
      (entry as Record<string, unknown>)[field] = want === 'values' ? { ...(v as Record<string, number>) } : v;
    }
    if (entry.min !== undefined && entry.max !== undefined && entry.min > entry.max) {
      report(key, `Expected \`min\` <= \`max\` in ${quote(key)}, found ${entry.min} > ${entry.max}`);
      ok = false;
    }
    if (ok) result.entries[key] = entry;
  }
  return result;
}

/** Read an overrides file; a missing file is no overrides, a broken one a diagnostic. */
export function readOverrides(path: string, displayPath = path): Overrides {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { entries: Object.create(null) as Record<string, Override>, diagnostics: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return {
      entries: Object.create(null) as Record<string, Override>,
      file: displayPath,
      text,
      diagnostics: [diagnostic(displayPath, 1, 1, `Expected JSON, found an error: ${(e as Error).message}`, 'overrides:invalid')],
    };
  }
  return overridesFromJSON(json, displayPath, text);
}

let bundled: Overrides | undefined;

/**
 * The project's codegen/overrides.json, read once per process. Found beside codegen/parse when
 * running from source, and at the package root's codegen/ when running from dist/.
 */
export function defaultOverrides(): Overrides {
  if (bundled) return bundled;
  for (const rel of ['../overrides.json', '../../../codegen/overrides.json']) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    const o = readOverrides(path, 'codegen/overrides.json');
    if (o.file) return (bundled = o);
  }
  return (bundled = { entries: Object.create(null) as Record<string, Override>, diagnostics: [] });
}

/** The override for a doc: the plain key, then the kind-qualified one on top. */
export function overrideFor(overrides: Overrides, kind: DocKind, baseName: string): Override | undefined {
  const plain = overrides.entries[baseName];
  const qualified = overrides.entries[`${kind}:${baseName}`];
  if (!plain && !qualified) return undefined;
  return { ...plain, ...qualified, values: { ...plain?.values, ...qualified?.values } };
}

/**
 * Overrides whose key names no doc of the model (rule overrides:unused, a warning). Not part of
 * the model's diagnostics: generating a subset of docs would make them noise; the CLI asks.
 */
export function unusedOverrides(model: Model, overrides: Overrides = defaultOverrides()): Diagnostic[] {
  const used = new Set<string>();
  for (const doc of model.docs) {
    used.add(doc.baseName);
    used.add(`${doc.kind}:${doc.baseName}`);
  }
  const out: Diagnostic[] = [];
  for (const key of Object.keys(overrides.entries).sort()) {
    if (used.has(key)) continue;
    const p = lineColumnOf(overrides.text, JSON.stringify(key));
    out.push(diagnostic(overrides.file ?? 'codegen/overrides.json', p.line, p.column, `Expected the override ${quote(key)} to match a doc's base name, found no doc named so`, 'overrides:unused', 'warning'));
  }
  return out;
}
