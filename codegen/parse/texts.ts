// Pages already in memory to a Model, synchronously (tests, --check, watch mode).
import type { Model } from '../model.js';
import { cacheKeyPrefix, type ParseCache } from './cache.js';
import { parseDoc } from './parse-doc.js';
import { buildModel } from './model-build.js';
import { defaultOverrides, type Overrides } from './overrides.js';
import type { SymbolVersions } from './symbols-in-versions.js';

export interface TextsOptions {
  /** Hand corrections; codegen/overrides.json when absent. */
  overrides?: Overrides;
  /** Reuse parses of unchanged pages. */
  cache?: ParseCache;
  /** The docs set's symbols-in-versions (readSymbolsInVersions), for pages without Added-in. */
  symbols?: ReadonlyMap<string, SymbolVersions>;
}

/** Parse texts already in memory into a Model (no I/O). */
export function loadModelFromTexts(files: readonly { file: string; text: string }[], options: TextsOptions = {}): Model {
  const overrides = options.overrides ?? defaultOverrides();
  const cache = options.cache;
  const prefix = cache ? cacheKeyPrefix(overrides) : '';
  const parsed = files.map(({ file, text }) => {
    const hit = cache?.get(file, prefix + text);
    if (hit) return hit;
    const p = parseDoc(text, file, { overrides });
    cache?.set(file, prefix + text, p);
    return p;
  });
  return buildModel(parsed, overrides, options.symbols === undefined ? {} : { symbols: options.symbols });
}
