// Type tests: the usage files in test/types/ compiled with tsc --strict against the repo's
// generated/ (`// @ts-expect-error` marks each call that must not compile).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');

describe('test/types against generated/', () => {
  it('compiles, and every @ts-expect-error line is an error', { timeout: 120_000 }, () => {
    expect(existsSync(join(repo, 'generated', 'options.ts')), 'generated/ is empty: run npm run generate').toBe(true);
    const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', join(repo, 'test', 'types', 'tsconfig.json'), '--pretty', 'false'], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
