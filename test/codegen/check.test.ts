// The out dir against a run: --check's comparison and diff, and writing only what changed.
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkOutput, generate, writeOutput } from '../../codegen/index.js';
import { fixtureModel } from './model-fixture.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'manbind-check-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(): Promise<Map<string, string>> {
  return (await generate({ model: fixtureModel(), out: 'out', cwd: dir, runtimeImport: 'manbind/types' })).files;
}

describe('checkOutput', () => {
  it('finds no difference right after writing, and the files are keyed by out path', async () => {
    const files = await run();
    expect([...files.keys()]).toEqual(['out/docs-model.json', 'out/easy-options.ts', 'out/index.ts', 'out/info.ts', 'out/multi-options.ts', 'out/options.ts', 'out/types.ts', 'out/validators.ts']);
    writeOutput(files, { cwd: dir });
    expect(await checkOutput(await run(), { cwd: dir })).toEqual({ differences: [], diff: '' });
  });

  it('reports an edited file with a unified diff', async () => {
    writeOutput(await run(), { cwd: dir });
    const path = join(dir, 'out/options.ts');
    writeFileSync(path, readFileSync(path, 'utf8').replace("  URL: 'URL',\n", "  URL: 'URL',\n  HAND_EDIT: 'HAND_EDIT',\n"));
    const result = await checkOutput(await run(), { cwd: dir });
    expect(result.differences).toEqual(['out/options.ts']);
    expect(result.diff).toContain('--- a/out/options.ts\n+++ b/out/options.ts\n');
    expect(result.diff).toContain("\n-  HAND_EDIT: 'HAND_EDIT',\n");
  });

  it('reports a missing file and a stale generated file, but not a hand-written one', async () => {
    writeOutput(await run(), { cwd: dir });
    rmSync(join(dir, 'out/info.ts'));
    writeFileSync(join(dir, 'out/old.ts'), '// generated from specs by manbind; do not edit\nexport const OLD = 1;\n');
    writeFileSync(join(dir, 'out/README.md'), 'hand-written notes\n');
    const result = await checkOutput(await run(), { cwd: dir });
    expect(result.differences).toEqual(['out/info.ts', 'out/old.ts']);
    expect(result.diff).toContain('+++ b/out/info.ts');
    expect(result.diff).toContain('-export const OLD = 1;');
  });
});

describe('writeOutput', () => {
  it('writes only changed files and removes stale generated ones', async () => {
    const files = await run();
    expect(writeOutput(files, { cwd: dir }).written).toHaveLength(8);
    const old = new Date(2000, 0, 1);
    utimesSync(join(dir, 'out/types.ts'), old, old);
    writeFileSync(join(dir, 'out/stale.ts'), '// generated from x by manbind; do not edit\n');
    writeFileSync(join(dir, 'out/options.ts'), 'changed by hand\n');
    expect(writeOutput(files, { cwd: dir })).toEqual({ written: ['out/options.ts'], removed: ['out/stale.ts'] });
    expect(statSync(join(dir, 'out/types.ts')).mtime.getTime()).toBe(old.getTime());
  });
});
