// The on-disk parse cache of the CLI: parses of unchanged docs are reused by the next process
// (a new process reads curl's 422 option pages in a few hundred milliseconds, most of it before
// the JIT has warmed up; reading the cache takes tens of milliseconds). Keyed by the parser's own code, so a changed parser never reads
// an old cache, and by each doc's text (codegen/parse's ParseCache). A broken or missing file is
// an empty cache; failing to save is ignored.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createParseCache, sha1, type ParseCache } from './parse/cache.js';

const parserDir = join(dirname(fileURLToPath(import.meta.url)), 'parse');

/** A digest of the parser modules this process runs (their code decides what a parse means). */
function parserKey(): string {
  const hash = sha1();
  for (const name of readdirSync(parserDir).sort()) {
    if (!/\.(js|ts)$/.test(name) || name.endsWith('.d.ts')) continue;
    hash.update(name).update('\0').update(readFileSync(join(parserDir, name))).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

/** `node_modules/.cache/manbind/parse-<key>.json` under `cwd`, when `cwd` has node_modules/. */
export function defaultCacheFile(cwd: string): string | undefined {
  const modules = join(cwd, 'node_modules');
  if (!existsSync(modules)) return undefined;
  return join(modules, '.cache', 'manbind', `parse-${parserKey()}.json`);
}

export interface DiskCache {
  cache: ParseCache;
  /** Write the cache back if a doc was parsed (atomically; old parser caches are removed). */
  save(): Promise<void>;
}

export async function openCache(file: string): Promise<DiskCache> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    data = undefined;
  }
  const inner = createParseCache(data);
  // What this run used: the file written back holds exactly these, so docs that moved or went
  // away (and temp folders of tests) do not pile up.
  const used = new Map<string, { text: string; parsed: Parameters<ParseCache['set']>[2] }>();
  let parsedAny = false;
  const cache: ParseCache = {
    get: (f, text) => {
      const hit = inner.get(f, text);
      if (hit !== undefined) used.set(f, { text, parsed: hit });
      return hit;
    },
    set: (f, text, parsed) => {
      parsedAny = true;
      used.set(f, { text, parsed });
      inner.set(f, text, parsed);
    },
    toJSON: () => inner.toJSON(),
  };
  const loaded = (data as { entries?: unknown } | undefined)?.entries;
  const loadedCount = Array.isArray(loaded) ? loaded.length : 0;
  return {
    cache,
    async save() {
      if (!parsedAny && used.size === loadedCount) return;
      try {
        const kept = createParseCache();
        for (const [f, { text, parsed }] of used) kept.set(f, text, parsed);
        const dir = dirname(file);
        await mkdir(dir, { recursive: true });
        const temp = `${file}.${process.pid}.tmp`;
        await writeFile(temp, JSON.stringify(kept.toJSON()));
        await rename(temp, file);
        for (const name of readdirSync(dir)) {
          if (/^parse-[0-9a-f]+\.json$/.test(name) && name !== basename(file)) await rm(join(dir, name), { force: true });
        }
        parsedAny = false;
      } catch {
        // A cache is an optimisation: a read-only or full disk must not fail the run.
      }
    },
  };
}
