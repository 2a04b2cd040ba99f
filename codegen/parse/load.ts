// Reading a folder of curldown pages into a Model, with a parse cache so that regenerating after
// one page changed re-parses only that page (in-process, or across processes via a cache file).
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';
import type { Model } from '../model.js';
import { compareDiagnostics, diagnostic } from './diagnostics.js';
import { parseDoc, type ParsedDoc } from './doc.js';
import { buildModel } from './model-build.js';
import { defaultOverrides, type Overrides } from './overrides.js';

/** Bump when ParsedDoc changes shape or meaning, so old cache files are ignored. */
const CACHE_VERSION = 'manbind-parse-1';

/** Parsed pages by file and content, reused while neither changes. */
export interface ParseCache {
  get(file: string, text: string): ParsedDoc | undefined;
  set(file: string, text: string, parsed: ParsedDoc): void;
  /** Entries as JSON-serialisable data (for a cache file). */
  toJSON(): unknown;
}

const digest = (text: string): string => createHash('sha1').update(text).digest('base64');

/** An empty cache, or one restored from `toJSON()` output (anything else is ignored). */
export function createParseCache(data?: unknown): ParseCache {
  const entries = new Map<string, { hash: string; parsed: ParsedDoc }>();
  if (isCacheData(data)) for (const e of data.entries) entries.set(e.file, { hash: e.hash, parsed: e.parsed });
  return {
    get(file, text) {
      const e = entries.get(file);
      return e && e.hash === digest(text) ? e.parsed : undefined;
    },
    set(file, text, parsed) {
      entries.set(file, { hash: digest(text), parsed });
    },
    toJSON() {
      return { version: CACHE_VERSION, entries: [...entries].map(([file, e]) => ({ file, hash: e.hash, parsed: e.parsed })) };
    },
  };
}

function isCacheData(data: unknown): data is { entries: { file: string; hash: string; parsed: ParsedDoc }[] } {
  return (
    typeof data === 'object' && data !== null && (data as { version?: unknown }).version === CACHE_VERSION &&
    Array.isArray((data as { entries?: unknown }).entries)
  );
}

export interface LoadOptions {
  /** Read exactly these files (paths relative to the cwd or absolute) instead of listing `dir`. */
  files?: string[];
  /** Hand corrections; codegen/overrides.json when absent. */
  overrides?: Overrides;
  /** Reuse parses across calls in one process. */
  cache?: ParseCache;
  /** Reuse parses across processes: read this JSON file first, write it back after. */
  cacheFile?: string;
}

/** Parse texts already in memory into a Model (no I/O). */
export function loadModelFromTexts(files: readonly { file: string; text: string }[], options: Omit<LoadOptions, 'files' | 'cacheFile'> = {}): Model {
  const overrides = options.overrides ?? defaultOverrides();
  const cache = options.cache;
  // A parse depends on the overrides too: key cache entries on both.
  const salt = cache ? JSON.stringify(overrides.entries) + '\0' : '';
  const parsed = files.map(({ file, text }) => {
    const hit = cache?.get(file, salt + text);
    if (hit) return hit;
    const p = parseDoc(text, file, { overrides });
    cache?.set(file, salt + text, p);
    return p;
  });
  return buildModel(parsed, overrides);
}

/** Path as shown in diagnostics: relative to the cwd when that is shorter. */
function displayPath(path: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(process.cwd(), path);
  return rel !== '' && rel.length < path.length ? rel : path;
}

async function listDocs(dir: string): Promise<string[]> {
  const mdIn = async (d: string): Promise<string[]> =>
    (await readdir(d, { withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => join(d, e.name));
  const files = await mdIn(dir);
  // curl's docs/libcurl layout: function pages at the top, option and info pages in opts/.
  const opts = join(dir, 'opts');
  const hasOpts = await stat(opts).then((s) => s.isDirectory(), () => false);
  if (hasOpts) files.push(...(await mdIn(opts)));
  return files.sort();
}

/**
 * Read a folder of curldown pages (a flat folder, or curl's layout with opts/ beside the
 * function pages) and build the Model. Unreadable input becomes a diagnostic, not an exception.
 */
export async function loadModel(dir: string, options: LoadOptions = {}): Promise<Model> {
  let paths: string[];
  try {
    paths = options.files ? [...options.files].sort() : await listDocs(dir);
  } catch (e) {
    const model = loadModelFromTexts([], options);
    model.diagnostics.push(diagnostic(displayPath(dir), 1, 1, `Expected a folder of .md pages, found an error: ${(e as Error).message}`, 'io'));
    return model;
  }
  let cache = options.cache;
  if (!cache && options.cacheFile) {
    const data = await readFile(options.cacheFile, 'utf8').then((t) => JSON.parse(t) as unknown, () => undefined);
    cache = createParseCache(data);
  }
  const ioErrors: { file: string; message: string }[] = [];
  const texts = (
    await Promise.all(
      paths.map(async (p) => {
        const file = displayPath(p);
        try {
          return { file, text: await readFile(p, 'utf8') };
        } catch (e) {
          ioErrors.push({ file, message: (e as Error).message });
          return undefined;
        }
      }),
    )
  ).filter((t): t is { file: string; text: string } => t !== undefined);
  const model = loadModelFromTexts(texts, { overrides: options.overrides, cache });
  for (const e of ioErrors) model.diagnostics.push(diagnostic(e.file, 1, 1, `Expected a readable file, found an error: ${e.message}`, 'io'));
  model.diagnostics.sort(compareDiagnostics);
  if (options.cacheFile && cache) {
    await mkdir(dirname(options.cacheFile), { recursive: true }).catch(() => undefined);
    await writeFile(options.cacheFile, JSON.stringify(cache.toJSON())).catch(() => undefined);
  }
  return model;
}
