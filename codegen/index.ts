// manbind's programmatic API: specs folder in, generated files out (in memory), plus the run's
// summary. The CLI (codegen/cli.ts) is a thin shell over generate(), checkOutput() and
// writeOutput().
import { existsSync, statSync } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import type { Diagnostic, Doc, Model } from './model.js';
import { emit, type TypingEntry } from './emit/index.js';
import { loadModel } from './parse/load.js';
import { typePrecision } from './parse/precision.js';
import type { ParseCache } from './parse/cache.js';
import { openCache } from './cache.js';
import { docsBaseUrl, upstreamDocsUrl } from './docs-link.js';
import { plainNumberReason } from './emit/long-values.js';
import { ManbindError } from './errors.js';
import { packageSettings } from './package-settings.js';
import { formatDiagnostic, type Summary } from './report.js';
import { isServed } from './served.js';

export { emit } from './emit/index.js';
export type { EmitOptions, EmitResult, TypingEntry } from './emit/index.js';
export { checkOutput, writeOutput, type CheckResult, type OutputOptions } from './output.js';
export { formatDiagnostic, formatReport, type Summary } from './report.js';
export { createParseCache, type ParseCache } from './parse/cache.js';
export { defaultCacheFile } from './cache.js';
export type * from './model.js';
export { ManbindError } from './errors.js';
export { diffDocs, diffDocSets, formatDiff, readDocSet, type DocSet, type DocSetDiff, type DiffEntry, type FieldChange } from './diff/index.js';

/** The default runtime import: the types module of the manbind package. */
export const defaultRuntimeImport = 'manbind/types';

export interface GenerateOptions {
  /** Folder of docs, or a folder with opts/ beside function pages. Default `specs`. */
  specs?: string;
  /** Output folder. Default `generated`. */
  out?: string;
  /**
   * Module generated files import runtime types from; default: `manbind.runtimeImport` of the
   * package.json of the package the out folder is in, else `manbind/types`.
   */
  runtimeImport?: string;
  /**
   * Base URL of the docs pages the doc comments link to (a page per name, NAME.html under it),
   * or `none` for no links; default: `manbind.docsUrl` of that package.json, else curl's pages
   * (https://curl.se/libcurl/c/) for libcurl docs, else none.
   */
  docsUrl?: string;
  /** Folder that relative `specs` and `out` are read from. Default process.cwd(). */
  cwd?: string;
  /** Emit from this model instead of reading `specs` (the docs model of an earlier run, a test's model). */
  model?: Model;
  /** Reuse parses of unchanged docs across calls in one process (createParseCache()). */
  cache?: ParseCache;
  /** Reuse parses across processes through this JSON file (the CLI's default cache); read, then saved if a doc was parsed. */
  cacheFile?: string;
}

export interface GenerateResult {
  /** Output path (out dir joined with the file name) to file text. */
  files: Map<string, string>;
  model: Model;
  /**
   * Parser diagnostics, then emitter diagnostics, with paths as the user named the specs folder
   * (`specs/opts/CURLOPT_URL.md`) for printing; the model's own are relative to that folder.
   */
  diagnostics: Diagnostic[];
  summary: Summary;
}

/** `manbind.runtimeImport` of the nearest package.json at or above `dir`, else `manbind/types`. */
export function resolveRuntimeImport(dir: string = process.cwd()): string {
  // No package.json (or no setting): the package export is the right import for users.
  return packageSettings(dir).runtimeImport ?? defaultRuntimeImport;
}

/** The docs base URL: the option, else the package's setting, else the docs' upstream site, else none (''). */
function resolveDocsUrl(given: string | undefined, outDir: string, model: Model): string {
  const text = given ?? packageSettings(outDir).docsUrl;
  if (text === 'none' || text === '') return '';
  if (text === undefined) return upstreamDocsUrl[model.flavour] ?? '';
  try {
    return docsBaseUrl(text);
  } catch (error) {
    throw new ManbindError((error as Error).message);
  }
}

function shown(path: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, path));
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

async function readModel(dir: string, cwd: string, cache: ParseCache | undefined): Promise<Model> {
  const abs = resolve(cwd, dir);
  if (!existsSync(abs)) throw new ManbindError(`no such folder: ${dir}`);
  if (!statSync(abs).isDirectory()) throw new ManbindError(`expected a folder of docs, not a file: ${dir}`);
  // Paths in the model are relative to the specs folder: nothing generated depends on the cwd.
  return loadModel(abs, cache === undefined ? {} : { cache });
}

/** A model diagnostic with its page's path as the user named the specs folder, for printing. */
function shownDiagnostic(d: Diagnostic, specs: string): Diagnostic {
  // Overrides diagnostics name codegen/overrides.json, not a page.
  if (d.rule.startsWith('overrides:')) return d;
  const file = d.file === '.' ? specs : specs === '.' ? d.file : `${specs}/${d.file}`;
  return { ...d, file };
}

export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  // Date.now, not performance.now: the first use of `performance` loads node:perf_hooks.
  const started = Date.now();
  const cwd = resolve(options.cwd ?? process.cwd());
  const specs = shown(options.specs ?? 'specs', cwd);
  const out = shown(options.out ?? 'generated', cwd);
  const disk = options.model === undefined && options.cache === undefined && options.cacheFile !== undefined ? await openCache(options.cacheFile) : undefined;
  const model = options.model ?? (await readModel(specs, cwd, options.cache ?? disk?.cache));
  await disk?.save();
  const display = (d: Diagnostic): Diagnostic => (options.model === undefined ? shownDiagnostic(d, specs) : d);
  if (model.docs.length === 0) throw new ManbindError(`no docs found in ${specs}${formatFirstProblem(model.diagnostics.map(display))}`);

  // What the output depends on is named from the specs folder and the out folder's package, never
  // the cwd: the stamps name the specs folder by its own name, pages by their path inside it.
  const specsAbs = resolve(cwd, options.specs ?? 'specs');
  const outAbs = resolve(cwd, options.out ?? 'generated');
  const result = emit(model, {
    specsDir: basename(specsAbs),
    runtimeImport: options.runtimeImport ?? resolveRuntimeImport(outAbs),
    cwd: specsAbs,
    docsUrl: resolveDocsUrl(options.docsUrl, outAbs, model),
  });
  const files = new Map<string, string>();
  for (const [name, text] of result.files) files.set(`${out}/${name}`, text);
  const diagnostics = [...model.diagnostics, ...result.diagnostics].map(display);
  return { files, model, diagnostics, summary: summarise(model, specs, out, result.typing, result.functions, diagnostics, started) };
}

function formatFirstProblem(diagnostics: Diagnostic[]): string {
  const first = diagnostics[0];
  return first === undefined ? '' : ` (${diagnostics.length} diagnostics; first: ${formatDiagnostic(first)})`;
}

function summarise(
  model: Model,
  specs: string,
  out: string,
  typing: TypingEntry[],
  functions: number,
  diagnostics: Diagnostic[],
  started: number,
): Summary {
  const files = new Set<string>();
  for (const d of model.docs) files.add(d.file);
  for (const d of model.diagnostics) if (!d.rule.startsWith('overrides:')) files.add(d.file);
  // Precise needs both halves: the parser understood the C type (a known libcurl type, even one the
  // runtime does not take), and the emitter could render it exactly.
  const docs = new Map(model.docs.map((d) => [d.name, d]));
  typing = typing.map((t) => {
    const doc = docs.get(t.name);
    const parsed = doc === undefined ? undefined : typePrecision(doc);
    // The parser's reason names the C problem; the emitter's (a value without a number) comes after.
    if (parsed === undefined || parsed.precise) return t;
    return { name: t.name, kind: t.kind, precise: false, reason: parsed.reason };
  });
  const count = (kind: TypingEntry['kind'], precise?: boolean): number =>
    typing.filter((t) => t.kind === kind && (precise === undefined || t.precise === precise)).length;
  return {
    specs,
    out,
    docs: files.size,
    options: count('option'),
    multiOptions: count('multi-option'),
    infos: count('info'),
    functions,
    diagnostics: diagnostics.length,
    ms: Date.now() - started,
    precise: { options: count('option', true), infos: count('info', true) },
    imprecise: typing.filter((t) => !t.precise).map((t) => ({ name: t.name, reason: t.reason ?? 'unknown' })),
    unsupported: typing.filter((t) => t.unsupported !== undefined).map((t) => ({ name: t.name, cType: t.unsupported! })),
    plainNumbers: plainNumbers(typing, docs),
    ...servedCounts(model, typing, docs),
  };
}

/** How many of the options, infos and functions emitted the manbind runtime serves, by its own list. */
function servedCounts(model: Model, typing: TypingEntry[], docs: Map<string, Doc>): Pick<Summary, 'served' | 'notServed'> {
  const served = { options: 0, multiOptions: 0, infos: 0, functions: 0 };
  const notServed: string[] = [];
  const key = { option: 'options', 'multi-option': 'multiOptions', info: 'infos', function: 'functions' } as const;
  // the functions emit() gives a signature
  const emitted = [...typing.map((t) => docs.get(t.name)), ...model.docs.filter((d) => d.kind === 'function' && d.params !== undefined)];
  for (const doc of emitted) {
    if (doc === undefined || doc.kind === 'other') continue;
    if (isServed(doc, model.prefixes) === true) served[key[doc.kind]]++;
    else notServed.push(doc.name);
  }
  return { served, notServed };
}

/**
 * Options typed `number` although their docs name values or a range (a bitmask, a range too wide
 * to list), with why; those already listed as imprecise are left out.
 */
function plainNumbers(typing: TypingEntry[], docs: Map<string, Doc>): { name: string; reason: string }[] {
  const out: { name: string; reason: string }[] = [];
  for (const t of typing) {
    if (t.kind === 'info' || !t.precise) continue;
    const reason = plainNumberReason(docs.get(t.name)?.type);
    if (reason !== undefined) out.push({ name: t.name, reason });
  }
  return out;
}
