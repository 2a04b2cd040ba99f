// Conformance over curl's real docs (../shared/corpus, skipped when absent): the whole curl-8.22
// output compiles with tsc --strict, fetch-8.22 gives FETCHOPT/FETCHINFO bindings, and the libfetch
// seed alone yields its FETCHOPT_CONNECT_ONLY binding.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { newRefs, tsType } from '../../codegen/emit/ts-type.js';
import { generate, writeOutput } from '../../codegen/index.js';
import { runtimeStub, typecheck } from './typecheck.js';

const shared = join(import.meta.dirname, '..', '..', '..', 'shared');
const corpus = join(shared, 'corpus');
const seed = join(shared, 'seeds', 'FETCHOPT_CONNECT_ONLY.md');
const present = existsSync(corpus);
if (!present) console.log(`conformance: skipped, no corpus at ${corpus}`);

const temps: string[] = [];
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'manbind-conf-'));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!present)('curl-8.22', () => {
  it('generates output that compiles with tsc --strict', { timeout: 180_000 }, async () => {
    const dir = temp();
    const result = await generate({ specs: join(corpus, 'curl-8.22'), out: 'generated', cwd: dir, runtimeImport: '../runtime/types.js' });
    expect(result.summary.options).toBe(313);
    expect(result.summary.infos).toBe(78);
    writeOutput(result.files, { cwd: dir });
    mkdirSync(join(dir, 'runtime'));
    writeFileSync(join(dir, 'runtime', 'types.ts'), runtimeStub);
    // curl 8.15's FOLLOWLOCATION names 1, 2 and 3 and defaults to 0: 0 compiles, 4 does not.
    writeFileSync(
      join(dir, 'usage.ts'),
      [
        "import { CURLOPT, CURLFOLLOW_OBEYCODE, type Setopt } from './generated/options.js';",
        'declare const easy: Setopt;',
        'easy.setopt(CURLOPT.FOLLOWLOCATION, 0);',
        'easy.setopt(CURLOPT.FOLLOWLOCATION, CURLFOLLOW_OBEYCODE);',
        '// @ts-expect-error 4 is not a FOLLOWLOCATION mode',
        'easy.setopt(CURLOPT.FOLLOWLOCATION, 4);',
        '',
      ].join('\n'),
    );
    const checked = typecheck(dir, ['generated/index.ts', 'usage.ts']);
    expect(checked.errors).toEqual([]);
    const follow = result.model.docs.find((d) => d.name === 'CURLOPT_FOLLOWLOCATION')!;
    expect(tsType(follow.type, 'option', result.model, newRefs()).text).toBe(
      '0 | typeof CURLFOLLOW_ALL | typeof CURLFOLLOW_OBEYCODE | typeof CURLFOLLOW_FIRSTONLY',
    );
    expect(result.files.get('generated/validators.ts')).toContain('\n  FOLLOWLOCATION: oneOf(0, 1, 2, 3),\n');
    const { validateOption } = (await import(pathToFileURL(join(dir, 'generated', 'validators.ts')).href)) as {
      validateOption: (name: string, value: unknown) => number;
    };
    expect([0, 1, 2, 3, 4, -1].map((v) => validateOption('FOLLOWLOCATION', v))).toEqual([0, 0, 0, 0, 43, 43]);
    const options = result.files.get('generated/options.ts')!;
    expect(options).toMatch(/\n {2}CONNECT_ONLY: (number|0 \| 1 \| 2);\n/);
    // Every option curl.h numbers has its number in the map; PROGRESSDATA shares XFERINFODATA's.
    expect(options.match(/^ {2}\d+: SetoptMap\['/gm)).toHaveLength(312);
    expect(checked.exportsOf('generated/options.ts')).toContain('CURLOPT');
  });
});

describe.skipIf(!present)('fetch-8.22', () => {
  it('names the objects after the flavour: FETCHOPT and FETCHINFO', { timeout: 180_000 }, async () => {
    const result = await generate({ specs: join(corpus, 'fetch-8.22'), out: join(temp(), 'generated'), runtimeImport: 'manbind/types' });
    const file = (name: string): string => result.files.get([...result.files.keys()].find((p) => p.endsWith(`/${name}`))!)!;
    expect(file('options.ts')).toContain("export const FETCHOPT = {\n");
    expect(file('options.ts')).toContain("  CONNECT_ONLY: 'CONNECT_ONLY',\n");
    expect(file('options.ts')).toMatch(/\n {2}CONNECT_ONLY: (number|0 \| 1 \| 2);\n/);
    expect(file('info.ts')).toContain("export const FETCHINFO = {\n");
    expect(file('info.ts')).toContain('\n  ACTIVESOCKET: CurlSocket;\n');
    expect(result.summary.options).toBe(313);
  });
});

describe.skipIf(!existsSync(seed))('the libfetch seed alone', () => {
  it('yields FETCHOPT.CONNECT_ONLY: a number, default 0, protocols All, since 7.15.2', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'specs'));
    copyFileSync(seed, join(dir, 'specs', 'FETCHOPT_CONNECT_ONLY.md'));
    const result = await generate({ specs: join(dir, 'specs'), out: join(dir, 'generated'), runtimeImport: 'manbind/types' });
    const options = result.files.get([...result.files.keys()].find((p) => p.endsWith('/options.ts'))!)!;
    expect(options).toContain("export const FETCHOPT = {\n");
    expect(options).toContain("  CONNECT_ONLY: 'CONNECT_ONLY',\n} as const;\n");
    const overload = options.slice(options.indexOf('export interface SetoptMap {'));
    expect(overload).toContain('   * stop when connected to target server\n');
    expect(overload).toContain('   * Default: 0\n');
    expect(overload).toContain('   * Protocols: All\n');
    expect(overload).toContain('   * @since 7.15.2\n');
    // libfetch has no site of its own to link to: the comment names the page and its file.
    expect(overload).toContain('   * @see FETCHOPT_CONNECT_ONLY from FETCHOPT_CONNECT_ONLY.md (generated; do not edit)\n');
    // A number: the seed has no value headings, so the type is `number`, or `0 | 1 | 2` when
    // codegen/overrides.json gives CONNECT_ONLY's range (keyed by base name, so it applies to libfetch).
    expect(overload).toMatch(/\n {2}CONNECT_ONLY: (number|0 \| 1 \| 2);\n/);
    expect(result.files.get([...result.files.keys()].find((p) => p.endsWith('/validators.ts'))!)).toMatch(/\n {2}CONNECT_ONLY: (long|oneOf\(0, 1, 2\)),\n/);
  });
});
