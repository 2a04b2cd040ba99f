// Pages already in memory to a Model, synchronously (tests, --check, watch mode).
import type { Model } from '../model.js';
import { cacheKeyPrefix, type ParseCache } from './cache.js';
import { parseDoc } from './doc.js';
import { buildModel } from './model-build.js';
import { defaultOverrides, type Overrides } from './overrides.js';

export interface TextsOptions {
  /** Hand corrections; codegen/overrides.json when absent. */
  overrides?: Overrides;
  /** Reuse parses of unchanged pages. */
  cache?: ParseCache;
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
  return buildModel(parsed, overrides);
}
