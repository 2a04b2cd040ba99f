// What every emitter shares for one run: the model, where things came from, the value constants
// and the diagnostics emitting adds (constant clashes, names that cannot be identifiers).
import { relative, resolve, sep } from 'node:path';
import { pageName, pageUrl } from '../docs-link.js';
import { optionRows, type OptionRow } from '../ids/option-ids.js';
import type { Diagnostic, Doc, Model } from '../model.js';
import { docComment, type CommentInput } from './comment.js';
import { byName, isIdentifier } from './literal.js';
import { enumValues } from './ts-type.js';

export interface EmitOptions {
  /** The specs folder as the header names it, e.g. `specs`. */
  specsDir: string;
  /** Module specifier generated files import runtime types from. */
  runtimeImport: string;
  /** Model paths are relative to this folder (default: process.cwd()); generate() passes the specs folder. */
  cwd?: string;
  /**
   * Base URL of the docs pages (NAME.html under it) that the last `@see` of each doc comment
   * links to; empty: the comment names the page without a link. Never a path to the specs,
   * which the package does not ship.
   */
  docsUrl?: string;
}

/** The generated file a value constant is declared in. */
export type ConstantHome = 'options' | 'info' | 'types';

export interface Constant {
  name: string;
  value: number;
  summary?: string;
  /** The doc that names it (CURLOPT_PROXYTYPE) or the enum that declares it. */
  owner: string;
  /** Source doc (or synopsis) path as given to the generator. */
  file: string;
  home: ConstantHome;
}

export interface EmitContext {
  model: Model;
  options: Required<EmitOptions>;
  /** CURLOPT / FETCHOPT */
  optionObject: string;
  /** CURLINFO / FETCHINFO */
  infoObject: string;
  /** CURLMOPT / FETCHMOPT */
  multiOptionObject: string;
  /** Option docs sorted by base name, one per base name. */
  optionDocs: Doc[];
  /** Info docs sorted by base name, one per base name. */
  infoDocs: Doc[];
  /** Multi option docs (curl_multi_setopt) sorted by base name, one per base name. */
  multiOptionDocs: Doc[];
  /** Option ids and the option table (curl_easy_option_by_name), from curl.h's numbers. */
  optionRows: OptionRow[];
  constants: Map<string, Constant>;
  diagnostics: Diagnostic[];
  /**
   * Where a symbol came from, as the last `@see` of its comment shows it:
   * `{@link https://curl.se/libcurl/c/CURLOPT_URL.html | CURLOPT_URL} from opts/CURLOPT_URL.md`.
   */
  source(file: string): string;
  /** `opts/CURLOPT_URL.md`: a model path relative to the specs folder, `/`-separated. */
  path(file: string): string;
}

/** A relative path of plain names: no `.` or `..` segment, no empty one, no leading `/`. */
const plainRelative = /^(?!\.\.?(?:\/|$))[^/\\]+(?:\/(?!\.\.?(?:\/|$))[^/\\]+)*$/;

function objectName(prefix: string): string {
  return prefix.endsWith('_') ? prefix.slice(0, -1) : prefix;
}

function byBaseName(a: Doc, b: Doc): number {
  return byName(a.baseName, b.baseName) || byName(a.name, b.name);
}

export function createContext(model: Model, options: EmitOptions): EmitContext {
  const cwd = options.cwd ?? process.cwd();
  const diagnostics: Diagnostic[] = [];
  const pick = (kind: Doc['kind']): Doc[] => {
    const seen = new Map<string, Doc>();
    for (const doc of model.docs.filter((d) => d.kind === kind).sort(byBaseName)) {
      const earlier = seen.get(doc.baseName);
      if (earlier !== undefined) {
        diagnostics.push(at(doc.file, `Expected one doc for ${doc.baseName}, not a second one (first: ${earlier.file})`, 'emit:duplicate'));
        continue;
      }
      seen.set(doc.baseName, doc);
    }
    return [...seen.values()];
  };
  // Each file's shown path and source line, worked out once (path.relative resolves both sides).
  const sources = new Map<string, string>();
  const paths = new Map<string, string>();
  const optionDocs = pick('option');
  const ctx: EmitContext = {
    model,
    options: { specsDir: options.specsDir, runtimeImport: options.runtimeImport, cwd, docsUrl: options.docsUrl ?? '' },
    optionObject: objectName(model.prefixes.option),
    infoObject: objectName(model.prefixes.info),
    multiOptionObject: objectName(model.prefixes.multiOption),
    optionDocs,
    infoDocs: pick('info'),
    multiOptionDocs: pick('multi-option'),
    optionRows: optionRows(optionDocs),
    constants: new Map(),
    diagnostics,
    source(file: string): string {
      let shown = sources.get(file);
      if (shown === undefined) {
        const name = pageName(file);
        const page = ctx.options.docsUrl === '' ? name : `{@link ${pageUrl(ctx.options.docsUrl, file)} | ${name}}`;
        shown = `${page} from ${ctx.path(file)}`;
        sources.set(file, shown);
      }
      return shown;
    },
    path(file: string): string {
      let shown = paths.get(file);
      // A model path inside the specs folder (`opts/CURLOPT_URL.md`) is already the answer.
      if (shown === undefined && sep === '/' && plainRelative.test(file)) shown = file;
      if (shown === undefined) {
        const rel = relative(cwd, resolve(cwd, file));
        shown = (rel === '' ? file : rel).split(sep).join('/');
        paths.set(file, shown);
      }
      return shown;
    },
  };
  collectConstants(ctx);
  return ctx;
}

function at(file: string, message: string, rule: string): Diagnostic {
  return { file, line: 1, column: 1, message, rule, severity: 'warning' };
}

// Value constants come from synopsis enums (types.ts) and from the values an option or info doc
// names with a number (options.ts, info.ts). A name is declared once, where it is first seen.
function collectConstants(ctx: EmitContext): void {
  const add = (name: string, value: number, owner: string, file: string, home: ConstantHome, summary?: string): void => {
    if (!isIdentifier(name)) return;
    const earlier = ctx.constants.get(name);
    if (earlier === undefined) {
      ctx.constants.set(name, { name, value, owner, file, home, ...(summary === undefined ? {} : { summary }) });
    } else if (earlier.value !== value) {
      ctx.diagnostics.push(at(file, `Expected ${name} to be ${earlier.value} as in ${earlier.file}, not ${value}`, 'emit:constant'));
    }
  };
  for (const name of Object.keys(ctx.model.enums).sort(byName)) {
    const def = ctx.model.enums[name]!;
    for (const v of enumValues(def.values)) add(v.name, v.value, `enum ${name}`, def.from.file, 'types', v.summary);
  }
  // Then the values an option or info names (headings with numbers, `#define`s of its synopsis),
  // declared beside it; `#define`s of function pages go with the other synopsis declarations.
  const fromDocs = (docs: Doc[], home: ConstantHome): void => {
    for (const doc of docs) {
      const values = [...(doc.type?.kind === 'long' ? (doc.type.enumValues ?? []) : []), ...(doc.constants ?? [])];
      for (const v of values) if (v.value !== undefined) add(v.name, v.value, doc.name, doc.file, home, v.summary);
    }
  };
  fromDocs(ctx.optionDocs, 'options');
  fromDocs(ctx.infoDocs, 'info');
  fromDocs(
    [...ctx.model.docs].filter((d) => d.kind !== 'option' && d.kind !== 'info').sort((a, b) => byName(a.name, b.name)),
    'types',
  );
}

/** `// generated from specs by manbind; do not edit`: the first line of every generated file. */
export function fileHeader(ctx: EmitContext): string {
  const dir = ctx.options.specsDir.replace(/[\r\n\u2028\u2029]/g, ' ');
  return `// generated from ${dir} by manbind; do not edit`;
}

/** See-also names as comment entries: a `{@link}` when the name is declared in `file`. */
export function seeAlso(doc: Doc, ctx: EmitContext, file: 'options' | 'info' | 'multi-options'): string[] {
  const [local, object] =
    file === 'options'
      ? [ctx.optionDocs, ctx.optionObject]
      : file === 'info'
        ? [ctx.infoDocs, ctx.infoObject]
        : [ctx.multiOptionDocs, ctx.multiOptionObject];
  const named = byDocName(local);
  return doc.seeAlso.map((name) => {
    const target = named.get(name);
    return target === undefined || !isIdentifier(target.baseName) ? name : `{@link ${object}.${target.baseName} | ${name}}`;
  });
}

// Each docs list by name, made once: see-also names are looked up for every doc of a file.
const docsByName = new WeakMap<readonly Doc[], Map<string, Doc>>();
function byDocName(docs: readonly Doc[]): Map<string, Doc> {
  let map = docsByName.get(docs);
  if (map === undefined) {
    map = new Map();
    // the first of a name, as a search from the start finds it
    for (const d of docs) if (!map.has(d.name)) map.set(d.name, d);
    docsByName.set(docs, map);
  }
  return map;
}

/** The full doc comment of an option, info or function doc. */
export function docCommentFor(doc: Doc, ctx: EmitContext, extra: { remarks?: string[]; seeAlso?: string[] } = {}): string {
  const input: CommentInput = {
    summary: doc.summary,
    description: doc.descriptionText,
    source: ctx.source(doc.file),
  };
  if (doc.default !== undefined) input.default = doc.default.text;
  const protocols = [...doc.protocols];
  if (protocols.length > 0) input.protocols = protocols.join(', ');
  if (doc.tlsBackends.length > 0) input.protocols = `${input.protocols ?? 'TLS'} (TLS backends: ${doc.tlsBackends.join(', ')})`;
  if (extra.remarks !== undefined) input.remarks = extra.remarks;
  if (doc.addedIn !== undefined) input.since = doc.addedIn;
  if (doc.deprecated !== undefined) input.deprecated = doc.deprecated;
  input.seeAlso = extra.seeAlso ?? doc.seeAlso;
  return docComment(input);
}
