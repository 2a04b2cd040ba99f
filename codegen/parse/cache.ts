// The parse cache: parsed pages by file and content, so that regenerating after one page changed
// re-parses only that page (in one process, or across processes through a cache file).
import type { Hash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { ParsedDoc } from './doc.js';
import type { Overrides } from './overrides.js';

/** Bump when ParsedDoc changes shape or meaning, so old cache files are ignored. */
const CACHE_VERSION = 'manbind-parse-2';

export interface ParseCache {
  /** `key` is the page text together with whatever else the parse depends on (see cacheKey). */
  get(file: string, key: string): ParsedDoc | undefined;
  set(file: string, key: string, parsed: ParsedDoc): void;
  /** Entries as JSON-serialisable data (for a cache file). */
  toJSON(): unknown;
}

// node:crypto is loaded when a cache first hashes: loading it (with the streams it brings) is some
// 10 ms of a cold run, and a run without a cache never hashes.
const require = createRequire(import.meta.url);
/** A new SHA-1 hash (the parse cache's digests and codegen/cache.ts's parser key). */
export const sha1 = (): Hash => (require('node:crypto') as typeof import('node:crypto')).createHash('sha1');

const digest = (text: string): string => sha1().update(text).digest('base64');

/** An empty cache, or one restored from `toJSON()` output (anything else is ignored). */
export function createParseCache(data?: unknown): ParseCache {
  const entries = new Map<string, { hash: string; parsed: ParsedDoc }>();
  if (isCacheData(data)) for (const e of data.entries) entries.set(e.file, { hash: e.hash, parsed: e.parsed });
  return {
    get(file, key) {
      const e = entries.get(file);
      return e && e.hash === digest(key) ? e.parsed : undefined;
    },
    set(file, key, parsed) {
      entries.set(file, { hash: digest(key), parsed });
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

/** A parse depends on the page and the overrides: the cache key covers both. */
export function cacheKeyPrefix(overrides: Overrides): string {
  return JSON.stringify(overrides.entries) + '\0';
}
