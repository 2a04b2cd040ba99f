// What the diff compares of a doc, as text in libcurl's spelling: its C type, the values it
// takes, its default and its protocols. Prose is not compared; docs reword it every release.
import type { Doc, Flavour, Model, TypeRef } from '../model.js';

export interface Facets {
  type: string;
  /** `NAME` or `NAME=value` for each documented value, sorted. */
  values: string[];
  /** The DEFAULT section: its literal, or its prose with the spacing settled. */
  default: string;
  /** The value the DEFAULT section states, compared instead of its words (see defaultKey). */
  defaultKey: string;
  protocols: string;
}

/**
 * A name or text in libcurl's spelling: a fork that renamed curl to fetch (FETCHOPT_URL,
 * fetch_easy_init, libfetch, fetch_off_t) compares equal to curl's own docs.
 */
export function canonical(text: string, flavour: Flavour): string {
  if (flavour === 'libcurl') return text;
  // The fork renamed every spelling, inside names too (FETCHOPT_FETCHU, LIBFETCH_VERSION).
  return text.replace(/FETCH/g, 'CURL').replace(/Fetch/g, 'Curl').replace(/fetch/g, 'curl');
}

/** A C type with its spacing settled: `char*` and `char  *` are `char *`. */
function cType(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s*\*/g, ' *').replace(/\* \*/g, '**').trim();
}

function typeText(doc: Doc, model: Model): string {
  if (doc.kind === 'function') {
    const params = (doc.params ?? []).map((p) => cType(p.cType)).join(', ');
    return doc.returns === undefined ? '' : `${cType(doc.returns.cType)} (${params})`;
  }
  const type: TypeRef | undefined = doc.type;
  // A callback is its prototype: sample typedef names (write_callback) are the page's own.
  if (type?.kind === 'callback') {
    const def = model.callbacks[type.name];
    if (def !== undefined) return `${cType(def.returnCType)} (*)(${def.params.map((p) => cType(p.cType)).join(', ')})`;
  }
  return doc.cType === undefined ? '' : cType(doc.cType);
}

function valuesOf(doc: Doc, model: Model): string[] {
  const type = doc.type;
  const values = type?.kind === 'long' ? (type.enumValues ?? []) : type?.kind === 'enum' ? (model.enums[type.name]?.values ?? []) : [];
  return values.map((v) => (v.value === undefined ? v.name : `${v.name}=${v.value}`));
}

function literalText(literal: NonNullable<NonNullable<Doc['default']>['literal']>): string {
  switch (literal.kind) {
    case 'number':
      return String(literal.value);
    case 'null':
      return 'NULL';
    case 'string':
      return JSON.stringify(literal.value);
    case 'constant':
      return literal.name;
  }
}

function defaultText(doc: Doc): string {
  const d = doc.default;
  if (d === undefined) return '';
  return d.literal === undefined ? d.text.replace(/\s+/g, ' ').trim() : literalText(d.literal);
}

// A value in DEFAULT prose: a quoted string, NULL, a number that is not part of a version
// (7.66.0, HTTP/0.9), a word or a man page section (fread(3)), or a constant that is not a page reference (CURLOPT_ALTSVC(3)).
const valueInProse = /"[^"\n]*"|\bNULL\b|(?<![\w./(-])(-?(?:0[xX][0-9a-fA-F]+|[0-9]+))[uUlL]*(?!\w|\.\d)|\b[A-Z][A-Z0-9]*_[A-Za-z0-9_]*\b(?!\s*\()/;

/**
 * What a DEFAULT section states, for comparing: its literal, else the first value its prose
 * names ("Default is NULL." and "NULL" agree; "0 seconds" and "24 hours" do not), else nothing.
 * Docs reword DEFAULT sections from release to release; only a different value is a change.
 */
function defaultKey(doc: Doc): string {
  const d = doc.default;
  if (d === undefined) return '';
  if (d.literal !== undefined) return literalText(d.literal);
  const m = valueInProse.exec(d.text);
  if (m === null) return '';
  return m[1] === undefined ? m[0] : String(Number(m[1]));
}

function protocolsText(doc: Doc): string {
  const protocols = [...doc.protocols].sort().join(', ');
  return doc.tlsBackends.length === 0 ? protocols : `${protocols} (TLS backends: ${[...doc.tlsBackends].sort().join(', ')})`;
}

export function facetsOf(doc: Doc, model: Model): Facets {
  const c = (text: string): string => canonical(text, model.flavour);
  return {
    type: c(typeText(doc, model)),
    values: valuesOf(doc, model).map(c).sort(),
    default: c(defaultText(doc)),
    defaultKey: c(defaultKey(doc)),
    protocols: protocolsText(doc),
  };
}
