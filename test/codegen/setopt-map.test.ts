// One generic setopt/getinfo over a name-to-type map (as the DOM library's addEventListener<K
// extends keyof WindowEventMap>): a wrong value is reported against that option's own type, not
// against the last of 300 overloads, and options are also taken by their curl.h number.
import { describe, expect, it } from 'vitest';
import { emit } from '../../codegen/emit/index.js';
import { fixtureModel } from './model-fixture.js';
import { runtimeStub, typecheck, writeTree } from './typecheck.js';

const files = emit(fixtureModel(), { specsDir: 'specs', runtimeImport: '../runtime/types.js', cwd: '/work/main' }).files;
const options = files.get('options.ts')!;

/** The lines of `text` from the one equal to `first`, `count` lines long. */
function linesFrom(text: string, first: string, count: number): string[] {
  const lines = text.split('\n');
  const at = lines.indexOf(first);
  expect(at, `a line ${JSON.stringify(first)}`).toBeGreaterThanOrEqual(0);
  return lines.slice(at, at + count);
}

/** The doc comment right above the line `member` (both indented by two). */
function commentAbove(text: string, member: string): string {
  const end = text.indexOf(`\n${member}\n`);
  expect(end, member).toBeGreaterThan(0);
  return text.slice(text.lastIndexOf('  /**\n', end), end);
}

describe('the generated setopt and getinfo', () => {
  it('is one generic method over the map', () => {
    expect(linesFrom(options, 'export interface Setopt {', 9)).toEqual([
      'export interface Setopt {',
      '  /**',
      "   * Set one option of the handle, as curl_easy_setopt does: `option` is a CURLOPT name (`CURLOPT.URL` or `'URL'`) or its number,",
      "   * and `value` must have that option's type in {@link SetoptMap}. Returns a CURLcode (0 when the option was set).",
      '   *',
      '   * @see specs (generated; do not edit)',
      '   */',
      '  setopt<K extends keyof SetoptMap>(option: K, value: SetoptMap[K]): number;',
      '}',
    ]);
    expect(files.get('info.ts')).toContain('  getinfo<K extends keyof GetinfoMap>(info: K): { code: number; value: GetinfoMap[K] };\n}\n');
    expect(files.get('multi-options.ts')).toContain('  setopt<K extends keyof MultiSetoptMap>(option: K, value: MultiSetoptMap[K]): number;\n}\n');
    expect(options.match(/^ {2}setopt/gm)).toHaveLength(1);
  });

  it.each([
    ['options.ts', '  CONNECT_ONLY: 0 | 1 | 2;'],
    ['options.ts', '  OPENSOCKETFUNCTION: curl_opensocket_callback | null;'],
    ['options.ts', "  SHARE: Unsupported<'CURLSH *'> | null;"],
    ['info.ts', '  ACTIVESOCKET: CurlSocket;'],
    ['multi-options.ts', '  MAX_HOST_CONNECTIONS: 0 | 1 | 2;'],
  ])('%s maps %s', (file, member) => {
    expect(files.get(file)!.split('\n')).toContain(member);
  });

  it('puts the full doc comment on the map member and on the name-object member', () => {
    const onMap = commentAbove(options, '  CONNECT_ONLY: 0 | 1 | 2;');
    expect(onMap).toContain('   * stop when connected to target server\n   *\n   * Choose how far a perform goes.\n');
    expect(onMap).toContain('   * Default: 0\n');
    expect(onMap).toContain('   * @since 7.15.2\n');
    expect(onMap).toContain('   * @see {@link CURLOPT.VERBOSE | CURLOPT_VERBOSE}\n');
    expect(commentAbove(options, "  CONNECT_ONLY: 'CONNECT_ONLY',")).toBe(onMap);
    const info = files.get('info.ts')!;
    expect(commentAbove(info, "  ACTIVESOCKET: 'ACTIVESOCKET',")).toBe(commentAbove(info, '  ACTIVESOCKET: CurlSocket;'));
  });

  it("maps each option's curl.h number to its name's entry", () => {
    expect(options).toContain("  141: SetoptMap['CONNECT_ONLY'];\n");
    expect(options).toContain("  10002: SetoptMap['URL'];\n");
    expect(options).toContain("  20163: SetoptMap['OPENSOCKETFUNCTION'];\n");
    expect(options).toContain("  30115: SetoptMap['INFILESIZE_LARGE'];\n");
    // The numbers follow the names, in order, without comments of their own.
    expect(options).toContain("  WEIRD: unknown;\n  13: SetoptMap['TIMEOUT'];\n  32: SetoptMap['SSLVERSION'];\n");
    // WEIRD is no libcurl option: no number. Multi options have none either.
    expect(options).not.toMatch(/^ {2}\d+: SetoptMap\['WEIRD'\];$/m);
    expect(files.get('multi-options.ts')).not.toMatch(/^ {2}\d+: /m);
  });
});

describe('tsc over usage of the map', () => {
  const usage = [
    "import { CURLINFO, CURLMOPT, CURLOPT, type Getinfo, type MultiSetopt, type Setopt } from './generated/index.js';",
    'declare const easy: Setopt & Getinfo;',
    'declare const multi: MultiSetopt;',
    'easy.setopt(CURLOPT.CONNECT_ONLY, 3);', // 4
    'easy.setopt(141, 1);',
    'easy.setopt(141, 3);', // 6
    "easy.setopt(10002, 'https://example.com/');",
    'easy.setopt(99999, 1);', // 8
    "easy.setopt('CONNECT_ONLY', 2);",
    'multi.setopt(CURLMOPT.MAX_HOST_CONNECTIONS, 7);', // 10
    'const url: string = easy.getinfo(CURLINFO.EFFECTIVE_URL).value;', // 11
    'void url;',
    '',
  ].join('\n');
  const out = new Map([...files].map(([name, text]) => [`generated/${name}`, text]));
  out.set('runtime/types.ts', runtimeStub);
  out.set('usage.ts', usage);

  // The order tsc prints a union of numbers in is the order it first met them: checking lib files
  // (skipLibCheck: false) meets 2 before 1 and prints '0 | 2 | 1'. Projects skip lib checks, as this one does.
  it('names the option\'s own type: "is not assignable to parameter of type \'0 | 1 | 2\'"', () => {
    const { errors } = typecheck(writeTree(out), ['usage.ts'], { skipLibCheck: true });
    expect(errors).toEqual([
      "usage.ts(4,35): TS2345: Argument of type '3' is not assignable to parameter of type '0 | 1 | 2'.",
      "usage.ts(6,18): TS2345: Argument of type '3' is not assignable to parameter of type '0 | 1 | 2'.",
      "usage.ts(8,13): TS2345: Argument of type '99999' is not assignable to parameter of type 'keyof SetoptMap'.",
      "usage.ts(10,45): TS2345: Argument of type '7' is not assignable to parameter of type '0 | 1 | 2'.",
      "usage.ts(11,7): TS2322: Type 'string | null' is not assignable to type 'string'.\n  Type 'null' is not assignable to type 'string'.",
    ]);
  });
});
