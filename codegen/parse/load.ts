// Reading a folder of curldown pages into a Model. The page readers are loaded only when a page is
// not in the cache, and the markdown and YAML libraries only when a page leaves the curldown
// subset (syntax.ts), so a cold run over curldown pages never loads them.
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Model } from '../model.js';
import { cacheKeyPrefix, createParseCache, type ParseCache } from './cache.js';
import { compareDiagnostics, diagnostic } from './diagnostics.js';
import type { ParsedDoc } from './doc.js';
import { buildModel } from './model-build.js';
import { defaultOverrides, type Overrides } from './overrides.js';
import { readSymbolsInVersions, symbolsFileCandidates, type SymbolVersions } from './symbols-in-versions.js';

export interface LoadOptions {
  /** Read exactly these files (paths relative to the cwd or absolute) instead of listing `dir`; still named relative to `dir`. */
  files?: string[];
  /** Hand corrections; codegen/overrides.json when absent. */
  overrides?: Overrides;
  /** Reuse parses across calls in one process. */
  cache?: ParseCache;
  /** Reuse parses across processes: read this JSON file first, write it back when it changed. */
  cacheFile?: string;
}

/**
 * A page's path in the model: relative to the specs folder with `/` separators, so the model (and
 * everything generated from it) is the same wherever the generator runs. A file outside the
 * folder (LoadOptions.files) keeps its path as given.
 */
function modelPath(dir: string, path: string): string {
  const rel = relative(resolve(dir), resolve(path));
  if (rel === '') return '.';
  return (rel.startsWith('..') || isAbsolute(rel) ? path : rel).split(sep).join('/');
}

/** The docs set's symbols-in-versions (in the specs folder, or above it as in docs/libcurl/opts), if any. */
async function readSymbols(dir: string): Promise<Map<string, SymbolVersions> | undefined> {
  for (const candidate of symbolsFileCandidates) {
    const text = await readFile(join(dir, candidate), 'utf8').catch(() => undefined);
    if (text !== undefined) return readSymbolsInVersions(text);
  }
  return undefined;
}

/** A page to read: where it is, and its path in the model (modelPath). */
interface Listed {
  path: string;
  file: string;
}

async function listDocs(dir: string): Promise<Listed[]> {
  // The model path of a listed page is its name, under opts/ or not: no path resolving per page.
  const mdIn = async (d: string, under: string): Promise<Listed[]> =>
    (await readdir(d, { withFileTypes: true }))
      .filter((e) => e.isFile() && e.name.endsWith('.md'))
      .map((e) => ({ path: join(d, e.name), file: under + e.name }));
  const files = await mdIn(dir, '');
  // curl's docs/libcurl layout: function pages at the top, option and info pages in opts/.
  const opts = join(dir, 'opts');
  const hasOpts = await stat(opts).then((s) => s.isDirectory(), () => false);
  if (hasOpts) files.push(...(await mdIn(opts, 'opts/')));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Read a folder of curldown pages (a flat folder, or curl's layout with opts/ beside the
 * function pages) and build the Model. Unreadable input becomes a diagnostic, not an exception.
 */
export async function loadModel(dir: string, options: LoadOptions = {}): Promise<Model> {
  const overrides = options.overrides ?? defaultOverrides();
  let paths: Listed[];
  try {
    paths = options.files ? [...options.files].sort().map((path) => ({ path, file: modelPath(dir, path) })) : await listDocs(dir);
  } catch (e) {
    const model = buildModel([], overrides);
    model.diagnostics.push(diagnostic('.', 1, 1, `Expected a folder of .md pages, found an error: ${(e as Error).message}`, 'io'));
    model.diagnostics.sort(compareDiagnostics);
    return model;
  }
  let cache = options.cache;
  if (!cache && options.cacheFile) {
    const data = await readFile(options.cacheFile, 'utf8').then((t) => JSON.parse(t) as unknown, () => undefined);
    cache = createParseCache(data);
  }
  const io: { file: string; message: string }[] = [];
  // Read one after another, synchronously: for hundreds of small pages that takes a fifth of
  // what as many promise reads do (each opens a handle, stats, reads and closes in turns).
  const texts = paths.map(({ path, file }) => {
    try {
      return { file, text: readFileSync(path, 'utf8') };
    } catch (e) {
      io.push({ file, message: (e as Error).message });
      return undefined;
    }
  });

  const prefix = cacheKeyPrefix(overrides);
  const parsed: (ParsedDoc | undefined)[] = texts.map((t) => (t && cache ? cache.get(t.file, prefix + t.text) : undefined));
  const misses = texts.filter((t, i): t is { file: string; text: string } => t !== undefined && parsed[i] === undefined);
  if (misses.length > 0) {
    // The subset readers first; remark and the `yaml` package are loaded only for pages they leave.
    const [{ readDoc }, { subsetSyntax }] = await Promise.all([import('./doc.js'), import('./syntax.js')]);
    const left: number[] = [];
    texts.forEach((t, i) => {
      if (!t || parsed[i]) return;
      parsed[i] = readDoc(t.text, t.file, { overrides }, subsetSyntax);
      if (parsed[i] === undefined) left.push(i);
      else cache?.set(t.file, prefix + t.text, parsed[i] as ParsedDoc);
    });
    if (left.length > 0) {
      const { parseDoc } = await import('./parse-doc.js');
      for (const i of left) {
        const t = texts[i] as { file: string; text: string };
        parsed[i] = parseDoc(t.text, t.file, { overrides });
        cache?.set(t.file, prefix + t.text, parsed[i] as ParsedDoc);
      }
    }
  }
  const symbols = await readSymbols(dir);
  const model = buildModel(parsed.filter((p): p is ParsedDoc => p !== undefined), overrides, symbols === undefined ? {} : { symbols });
  for (const e of io) model.diagnostics.push(diagnostic(e.file, 1, 1, `Expected a readable file, found an error: ${e.message}`, 'io'));
  model.diagnostics.sort(compareDiagnostics);
  if (options.cacheFile && cache && misses.length > 0) {
    await mkdir(dirname(options.cacheFile), { recursive: true }).catch(() => undefined);
    await writeFile(options.cacheFile, JSON.stringify(cache.toJSON())).catch(() => undefined);
  }
  return model;
}
