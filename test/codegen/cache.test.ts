// The on-disk parse cache (codegen/cache.ts, the CLI's default): a second run reuses parses, an
// edited doc is parsed again, and a broken cache file is an empty cache, never a failure.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultCacheFile, generate } from '../../codegen/index.js';

const repo = join(import.meta.dirname, '..', '..');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'manbind-cache-'));
  mkdirSync(join(dir, 'specs'));
  for (const name of ['CURLOPT_CONNECT_ONLY.md', 'CURLOPT_URL.md']) cpSync(join(repo, 'specs', name), join(dir, 'specs', name));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const options = (cacheFile: string) => ({ specs: 'specs', out: 'out', cwd: dir, runtimeImport: 'manbind/types', cacheFile });

describe('the parse cache file', () => {
  it('is written by the first run and gives the same output to the next', async () => {
    const cacheFile = join(dir, 'cache', 'parse-test.json');
    const first = await generate(options(cacheFile));
    expect(existsSync(cacheFile)).toBe(true);
    const second = await generate(options(cacheFile));
    expect([...second.files]).toEqual([...first.files]);
  });

  it('parses an edited doc again', async () => {
    const cacheFile = join(dir, 'cache', 'parse-test.json');
    await generate(options(cacheFile));
    const path = join(dir, 'specs', 'CURLOPT_URL.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^CURLOPT_URL - .*$/m, 'CURLOPT_URL - an edited summary'));
    const after = await generate(options(cacheFile));
    expect(after.files.get('out/options.ts')).toContain('   * an edited summary\n');
  });

  it('treats a broken file as empty', async () => {
    const cacheFile = join(dir, 'cache', 'parse-test.json');
    mkdirSync(join(dir, 'cache'));
    writeFileSync(cacheFile, '{"version": "manbind-parse-1", "entries": [');
    const result = await generate(options(cacheFile));
    expect(result.summary.options).toBe(2);
    expect(JSON.parse(readFileSync(cacheFile, 'utf8'))).toBeTypeOf('object');
  });

  it('lives in node_modules/.cache/manbind, named after the parser code', () => {
    expect(defaultCacheFile(dir)).toBeUndefined(); // no node_modules: no cache
    expect(defaultCacheFile(repo)).toMatch(/node_modules\/\.cache\/manbind\/parse-[0-9a-f]{12}\.json$/);
    expect(readdirSync(dir)).not.toContain('node_modules');
  });
});
