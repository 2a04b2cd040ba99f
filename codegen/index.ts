// manbind's programmatic API: specs folder in, generated files out (in memory), plus the run's
// summary. The CLI (codegen/cli.ts) is a thin shell over generate(), checkOutput() and
// writeOutput().
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Diagnostic, Model } from './model.js';
import { emit, type TypingEntry } from './emit/index.js';
import { loadModel } from './parse/load.js';
import { typePrecision } from './parse/precision.js';
import type { ParseCache } from './parse/cache.js';
import { openCache } from './cache.js';
import { formatDiagnostic } from './report.js';

export { emit } from './emit/index.js';
export type { EmitOptions, EmitResult, TypingEntry } from './emit/index.js';
export { checkOutput, writeOutput, type CheckResult, type OutputOptions } from './output.js';
export { formatDiagnostic, formatReport } from './report.js';
export { createParseCache, type ParseCache } from './parse/cache.js';
export { defaultCacheFile } from './cache.js';
export type * from './model.js';

/** The default runtime import: the types module of the manbind package. */
export const defaultRuntimeImport = 'manbind/types';

export interface GenerateOptions {
  /** Folder of docs, or a folder with opts/ beside function pages. Default `specs`. */
  specs?: string;
  /** Output folder. Default `generated`. */
  out?: string;
  /** Module generated files import runtime types from; default: package.json `manbind.runtimeImport`, else `manbind/types`. */
  runtimeImport?: string;
  /** Folder that relative paths (and package.json) are read from. Default process.cwd(). */
  cwd?: string;
  /** Emit from this model instead of reading `specs` (the docs model of an earlier run, a test's model). */
  model?: Model;
  /** Reuse parses of unchanged docs across calls in one process (createParseCache()). */
  cache?: ParseCache;
  /** Reuse parses across processes through this JSON file (the CLI's default cache); read, then saved if a doc was parsed. */
  cacheFile?: string;
}

export interface Summary {
  specs: string;
  out: string;
  /** Doc files read (parsed, or reported by a diagnostic). */
  docs: number;
  options: number;
  /** curl_multi_setopt options (CURLMOPT_*); not part of the summary line. */
  multiOptions: number;
  infos: number;
  functions: number;
  diagnostics: number;
  /** Wall time since the process started, or since generate() began when called in-process. */
  ms: number;
  precise: { options: number; infos: number };
  /** Options and infos whose type is less precise than their docs, with the reason. */
  imprecise: { name: string; reason: string }[];
  /** Options and infos typed Unsupported<C type>: the runtime cannot take them. */
  unsupported: { name: string; cType: string }[];
}

export interface GenerateResult {
  /** Output path (out dir joined with the file name) to file text. */
  files: Map<string, string>;
  model: Model;
  /** Parser diagnostics, then emitter diagnostics. */
  diagnostics: Diagnostic[];
  summary: Summary;
}

/** A problem with the user's input or flags: the CLI prints the message alone, no stack. */
export class ManbindError extends Error {
  override name = 'ManbindError';
}

/** `manbind.runtimeImport` of the package.json in `cwd`, else `manbind/types`. */
export function resolveRuntimeImport(cwd: string = process.cwd()): string {
  try {
    const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as { manbind?: { runtimeImport?: unknown } };
    const value = pkg.manbind?.runtimeImport;
    if (typeof value === 'string' && value !== '') return value;
  } catch {
    // No package.json (or not JSON): the package export is the right import for users.
  }
  return defaultRuntimeImport;
}

function shown(path: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, path));
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

async function readModel(dir: string, cwd: string, cache: ParseCache | undefined): Promise<Model> {
  const abs = resolve(cwd, dir);
  if (!existsSync(abs)) throw new ManbindError(`no such folder: ${dir}`);
  if (!statSync(abs).isDirectory()) throw new ManbindError(`expected a folder of docs, not a file: ${dir}`);
  // Paths in the model are as given (relative to cwd) so diagnostics and @see lines stay short.
  return loadModel(cwd === process.cwd() ? dir : abs, cache === undefined ? {} : { cache });
}

export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const started = performance.now();
  const cwd = resolve(options.cwd ?? process.cwd());
  const specs = shown(options.specs ?? 'specs', cwd);
  const out = shown(options.out ?? 'generated', cwd);
  const disk = options.model === undefined && options.cache === undefined && options.cacheFile !== undefined ? await openCache(options.cacheFile) : undefined;
  const model = options.model ?? (await readModel(specs, cwd, options.cache ?? disk?.cache));
  await disk?.save();
  if (model.docs.length === 0) throw new ManbindError(`no docs found in ${specs}${formatFirstProblem(model)}`);

  const result = emit(model, { specsDir: specs, runtimeImport: options.runtimeImport ?? resolveRuntimeImport(cwd), cwd });
  const files = new Map<string, string>();
  for (const [name, text] of result.files) files.set(`${out}/${name}`, text);
  const diagnostics = [...model.diagnostics, ...result.diagnostics];
  return { files, model, diagnostics, summary: summarise(model, specs, out, result.typing, result.functions, diagnostics, started) };
}

function formatFirstProblem(model: Model): string {
  const first = model.diagnostics[0];
  return first === undefined ? '' : ` (${model.diagnostics.length} diagnostics; first: ${formatDiagnostic(first)})`;
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
  for (const d of model.diagnostics) files.add(d.file);
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
    ms: Math.round(performance.now() - started),
    precise: { options: count('option', true), infos: count('info', true) },
    imprecise: typing.filter((t) => !t.precise).map((t) => ({ name: t.name, reason: t.reason ?? 'unknown' })),
    unsupported: typing.filter((t) => t.unsupported !== undefined).map((t) => ({ name: t.name, cType: t.unsupported! })),
  };
}
