// Emitter tests: a hand-made model in, exact lines out (after protobuf-es's generator tests).
import { describe, expect, it } from 'vitest';
import { emit } from '../../codegen/emit/index.js';
import type { Model } from '../../codegen/model.js';
import { fixtureModel } from './model-fixture.js';
import { runtimeStub, typecheck, writeTree } from './typecheck.js';

const options = { specsDir: 'specs', runtimeImport: '../runtime/types.js', cwd: '/work/main' };

function files(model: Model = fixtureModel()): Map<string, string> {
  return emit(model, options).files;
}

/** The lines of `text` from the one equal to `first`, `count` lines long. */
function linesFrom(text: string, first: string, count: number): string[] {
  const lines = text.split('\n');
  const at = lines.indexOf(first);
  expect(at, `a line ${JSON.stringify(first)}`).toBeGreaterThanOrEqual(0);
  return lines.slice(at, at + count);
}

describe('every generated file', () => {
  it('starts with the header and ends with one LF', () => {
    for (const [name, text] of files()) {
      if (name.endsWith('.json')) {
        expect(text.split('\n')[1]).toBe('"$comment": "generated from specs by manbind; do not edit",');
      } else {
        expect(text.split('\n')[0], name).toBe('// generated from specs by manbind; do not edit');
      }
      expect(text.endsWith('\n') && !text.endsWith('\n\n'), name).toBe(true);
      expect(text.includes('\r'), name).toBe(false);
    }
  });

  it('is the same bytes for the same model, whatever the order of docs', () => {
    const shuffled = fixtureModel();
    shuffled.docs.reverse();
    expect([...files(shuffled)]).toEqual([...files()]);
  });
});

describe('options.ts', () => {
  const text = files().get('options.ts')!;

  it('imports what the overloads use', () => {
    expect(text.split('\n').slice(1, 4)).toEqual([
      "import type { ErrorBuffer } from '../runtime/types.js';",
      "import type { Unsupported, curl_opensocket_callback } from './types.js';",
      '',
    ]);
  });

  it('declares the option-name object keyed and valued by base name', () => {
    expect(text).toContain('export const CURLOPT = {\n');
    expect(text).toContain("   * @see CURLOPT_CONNECT_ONLY from specs/CURLOPT_CONNECT_ONLY.md (generated; do not edit)\n   */\n  CONNECT_ONLY: 'CONNECT_ONLY',\n");
    expect(text).toContain("  WEIRD: 'WEIRD',\n} as const;\n");
  });

  it('declares value constants with the doc they come from', () => {
    expect(text).toContain(
      ['/**', ' * HTTP Basic', ' *', ' * @see CURLOPT_PROXYAUTH from specs/CURLOPT_PROXYAUTH.md (generated; do not edit)', ' */', 'export const CURLAUTH_BASIC = 1;'].join('\n'),
    );
    expect(text).toContain('export const CURLPROXY_HTTP_1_0 = 1;');
    // a #define of the option's synopsis
    expect(text).toContain(
      ['/**', ' * A value of CURLOPT_OPENSOCKETFUNCTION.', ' *', ' * @see CURLOPT_OPENSOCKETFUNCTION from specs/CURLOPT_OPENSOCKETFUNCTION.md (generated; do not edit)', ' */', 'export const CURL_SOCKET_BAD = -1;'].join('\n'),
    );
  });

  it('writes one map member per option with the whole doc comment in order', () => {
    // The last of the three copies (name object, map, id's comment has none): the map member.
    const at = text.lastIndexOf('   * stop when connected to target server\n   *\n   * Choose');
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at - '  /**\n'.length).split('\n').slice(0, 22)).toEqual([
      '  /**',
      '   * stop when connected to target server',
      '   *',
      '   * Choose how far a perform goes.',
      '   *',
      '   * 0',
      '   *',
      '   * 1',
      '   *',
      '   * 2',
      '   *',
      '   * Default: 0',
      '   *',
      '   * Protocols: All',
      '   *',
      '   * @since 7.15.2',
      '   * @see {@link CURLOPT.VERBOSE | CURLOPT_VERBOSE}',
      '   * @see CURLINFO_ACTIVESOCKET',
      '   * @see curl_easy_send',
      '   * @see CURLOPT_CONNECT_ONLY from specs/CURLOPT_CONNECT_ONLY.md (generated; do not edit)',
      '   */',
      '  CONNECT_ONLY: 0 | 1 | 2;',
    ]);
    expect(text.match(/^ {2}setopt/gm)).toHaveLength(1);
  });

  it.each([
    ['CONNECT_ONLY', '0 | 1 | 2'],
    ['ERRORBUFFER', 'ErrorBuffer | null'],
    ['INFILESIZE_LARGE', 'number | bigint'],
    ['OPENSOCKETDATA', 'unknown'],
    ['OPENSOCKETFUNCTION', 'curl_opensocket_callback | null'],
    ['PROXYAUTH', 'number'],
    ['PROXYHEADER', 'readonly string[] | null'],
    ['PROXYTYPE', 'typeof CURLPROXY_HTTP | typeof CURLPROXY_HTTP_1_0'],
    ['SHARE', "Unsupported<'CURLSH *'> | null"],
    ['SSLVERSION', 'number'],
    ['SSL_VERIFYHOST', '0 | 1 | 2'],
    ['TIMEOUT', 'number'],
    ['URL', 'string | null'],
    ['VERBOSE', 'boolean | number'],
    ['WEIRD', 'unknown'],
  ])('types %s as %s', (name, type) => {
    expect(text).toContain(`\n  ${name}: ${type};\n`);
  });

  it('marks an option the runtime does not serve (runtime/api/served.ts), saying what setopt returns', () => {
    const share = text.slice(text.indexOf('summary of CURLOPT_SHARE\n   *\n   * Protocols'));
    expect(share.split('\n').slice(0, 7)).toEqual([
      'summary of CURLOPT_SHARE',
      '   *',
      '   * Protocols: All',
      '   *',
      '   * @remarks Not supported by the manbind runtime: setopt returns CURLE_UNKNOWN_OPTION (48) for it.',
      '   * @see CURLOPT_SHARE from specs/CURLOPT_SHARE.md (generated; do not edit)',
      '   */',
    ]);
  });

  it('says deprecated before the see-also lines', () => {
    expect(text).toContain('   * @deprecated not really\n   * @see CURLOPT_PROXYTYPE from specs/CURLOPT_PROXYTYPE.md (generated; do not edit)\n');
  });
});

describe('info.ts', () => {
  const text = files().get('info.ts')!;
  it.each([
    ['ACTIVESOCKET', 'CurlSocket'],
    ['EFFECTIVE_URL', 'string | null'],
    ['SIZE_DELIVERED', 'number'],
  ])('types %s as %s', (name, type) => {
    expect(text).toContain(`\n  ${name}: ${type};\n`);
  });
  it('declares the info-name object and imports the socket type', () => {
    expect(text).toContain("export const CURLINFO = {\n");
    expect(text).toContain("  ACTIVESOCKET: 'ACTIVESOCKET',\n");
    expect(text.split('\n')[1]).toBe("import type { CurlSocket } from '../runtime/types.js';");
  });
});

describe('multi-options.ts', () => {
  const text = files().get('multi-options.ts')!;
  it('declares the multi option-name object keyed and valued by base name', () => {
    expect(linesFrom(text, 'export const CURLMOPT = {', 22)).toEqual([
      'export const CURLMOPT = {',
      '  /**',
      '   * size of the connection cache',
      '   *',
      '   * Protocols: All',
      '   *',
      '   * @since 7.16.3',
      '   * @see {@link CURLMOPT.MAX_HOST_CONNECTIONS | CURLMOPT_MAX_HOST_CONNECTIONS}',
      '   * @see CURLOPT_VERBOSE',
      '   * @see CURLMOPT_MAXCONNECTS from specs/CURLMOPT_MAXCONNECTS.md (generated; do not edit)',
      '   */',
      "  MAXCONNECTS: 'MAXCONNECTS',",
      '  /**',
      '   * summary of CURLMOPT_MAX_HOST_CONNECTIONS',
      '   *',
      '   * Protocols: All',
      '   *',
      '   * @see {@link CURLMOPT.MAXCONNECTS | CURLMOPT_MAXCONNECTS}',
      '   * @see CURLMOPT_MAX_HOST_CONNECTIONS from specs/CURLMOPT_MAX_HOST_CONNECTIONS.md (generated; do not edit)',
      '   */',
      "  MAX_HOST_CONNECTIONS: 'MAX_HOST_CONNECTIONS',",
      '} as const;',
    ]);
  });
  it('writes one MultiSetoptMap member per multi option with the shared doc comment', () => {
    expect(linesFrom(text, 'export interface MultiSetoptMap {', 12)).toEqual([
      'export interface MultiSetoptMap {',
      '  /**',
      '   * size of the connection cache',
      '   *',
      '   * Protocols: All',
      '   *',
      '   * @since 7.16.3',
      '   * @see {@link CURLMOPT.MAX_HOST_CONNECTIONS | CURLMOPT_MAX_HOST_CONNECTIONS}',
      '   * @see CURLOPT_VERBOSE',
      '   * @see CURLMOPT_MAXCONNECTS from specs/CURLMOPT_MAXCONNECTS.md (generated; do not edit)',
      '   */',
      '  MAXCONNECTS: number;',
    ]);
    expect(text).toContain('   */\n  MAX_HOST_CONNECTIONS: 0 | 1 | 2;\n}\n');
  });
  it('leaves multi options out of options.ts and the multi object name follows the flavour', () => {
    expect(files().get('options.ts')).not.toContain('MAXCONNECTS');
    const fetch = fixtureModel();
    fetch.prefixes = { ...fetch.prefixes, multiOption: 'FETCHMOPT_' };
    const fetchText = files(fetch).get('multi-options.ts')!;
    expect(fetchText).toContain('export const FETCHMOPT = {\n');
    expect(fetchText).toContain("   */\n  MAXCONNECTS: 'MAXCONNECTS',\n");
  });
});

describe('types.ts', () => {
  const text = files().get('types.ts')!;
  it('declares enums as constants and a union, in C order with C values', () => {
    expect(text).toContain('export const CURLSOCKTYPE_IPCXN = 0;');
    expect(text).toContain('export const CURLSOCKTYPE_ACCEPT = 1;');
    expect(text).toContain('export type curlsocktype = typeof CURLSOCKTYPE_IPCXN | typeof CURLSOCKTYPE_ACCEPT;');
  });
  it('declares #define constants of function pages', () => {
    expect(text).toContain(' * A value of curl_easy_send.\n *\n * @see curl_easy_send from specs/curl_easy_send.md (generated; do not edit)\n */\nexport const CURLWS_TEXT = 1;\n');
  });
  it('declares structs as interfaces, struct sockaddr as address and port', () => {
    expect(linesFrom(text, 'export interface curl_sockaddr {', 7)).toEqual([
      'export interface curl_sockaddr {',
      '  family: number;',
      '  socktype: number;',
      '  protocol: number;',
      '  addrlen: number;',
      '  addr: { address: string; port: number };',
      '}',
    ]);
  });
  it('declares callbacks with the prototype parameter names', () => {
    expect(text).toContain(
      'export type curl_opensocket_callback = (clientp: unknown, purpose: curlsocktype, address: curl_sockaddr) => CurlSocket;',
    );
    expect(text).toContain(' * C: `curl_socket_t curl_opensocket_callback(void *clientp, curlsocktype purpose, struct curl_sockaddr *address)`');
  });
  it('declares the Unsupported brand and imports runtime types', () => {
    expect(text).toContain('export type Unsupported<CType extends string> = { readonly [unsupported]: CType };');
    expect(text.split('\n')[1]).toBe("import type { CurlSocket } from '../runtime/types.js';");
  });
});

describe('validators.ts', () => {
  const text = files().get('validators.ts')!;
  it.each([
    ['CONNECT_ONLY', 'oneOf(0, 1, 2)'],
    ['ERRORBUFFER', 'object'],
    ['INFILESIZE_LARGE', 'offT'],
    ['OPENSOCKETDATA', 'anyValue'],
    ['OPENSOCKETFUNCTION', 'func'],
    ['PROXYAUTH', 'long'],
    ['PROXYHEADER', 'stringList'],
    ['PROXYTYPE', 'oneOf(0, 1)'],
    ['SHARE', 'onlyNull'],
    ['SSL_VERIFYHOST', 'oneOf(0, 1, 2)'],
    ['TIMEOUT', 'inRange(0, Infinity)'],
    ['URL', 'string'],
    ['VERBOSE', 'boolean'],
  ])('checks %s with %s', (name, check) => {
    expect(text).toContain(`  ${name}: ${check},\n`);
  });
  it('declares each shared checker once, and only the ones used', () => {
    expect(text.match(/^const long = /gm)).toHaveLength(1);
    expect(text).not.toContain('const blob =');
    expect(text).not.toContain('const double =');
  });
  it('checks multi options with the shared checks, answering with CURLMcode', () => {
    expect(text).toContain('const MULTI_BAD = 10;\nconst MULTI_UNKNOWN = 6;\n');
    expect(linesFrom(text, 'export const multiValidators: Readonly<Record<string, (value: unknown) => number>> = Object.freeze({', 4)).toEqual([
      'export const multiValidators: Readonly<Record<string, (value: unknown) => number>> = Object.freeze({',
      '  MAXCONNECTS: multi(long),',
      '  MAX_HOST_CONNECTIONS: multi(oneOf(0, 1, 2)),',
      '});',
    ]);
    expect(text).toContain(
      [
        'export function validateMultiOption(name: string, value: unknown): number {',
        '  return Object.hasOwn(multiValidators, name) ? multiValidators[name]!(value) : MULTI_UNKNOWN;',
        '}',
        '',
      ].join('\n'),
    );
  });
  it('ends with validateOption', () => {
    expect(text).toContain(
      [
        'export function validateOption(name: string, value: unknown): number {',
        '  return Object.hasOwn(validators, name) ? validators[name]!(value) : UNKNOWN;',
        '}',
        '',
      ].join('\n'),
    );
  });
});

describe('index.ts and docs-model.json', () => {
  it('re-exports every binding module', () => {
    expect(files().get('index.ts')).toBe(
      [
        '// generated from specs by manbind; do not edit',
        '',
        "export * from './easy-options.js';",
        "export * from './info.js';",
        "export * from './multi-options.js';",
        "export * from './options.js';",
        "export * from './types.js';",
        "export * from './validators.js';",
        '',
      ].join('\n'),
    );
  });

  it('holds the model with signatures and sources, without mdast positions', () => {
    const model = fixtureModel();
    model.docs[0]!.description = {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'x', position: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } }] }],
      position: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
    };
    const json = JSON.parse(files(model).get('docs-model.json')!) as {
      flavour: string;
      docs: { name: string; signature: string | null; source: string; description: unknown }[];
      structs: Record<string, unknown>;
    };
    expect(json.flavour).toBe('libcurl');
    const byName = new Map(json.docs.map((d) => [d.name, d]));
    expect(byName.get('CURLOPT_CONNECT_ONLY')!.signature).toBe('setopt(option: typeof CURLOPT.CONNECT_ONLY, value: 0 | 1 | 2): number');
    expect(byName.get('CURLINFO_ACTIVESOCKET')!.signature).toBe('getinfo(info: typeof CURLINFO.ACTIVESOCKET): { code: number; value: CurlSocket }');
    expect(byName.get('curl_easy_send')!.signature).toBe(
      "function curl_easy_send(curl: unknown, buffer: Uint8Array, buflen: number, n: Unsupported<'size_t *'>): number",
    );
    expect(byName.get('CURLMOPT_MAXCONNECTS')!.signature).toBe('setopt(option: typeof CURLMOPT.MAXCONNECTS, value: number): number');
    expect(byName.get('CURLOPT_URL')!.source).toBe('specs/CURLOPT_URL.md');
    expect(byName.get('CURLINFO_ACTIVESOCKET')!.description).toEqual({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'x' }] }] });
    expect(Object.keys(json.structs)).toEqual(['curl_sockaddr']);
  });
});

describe('emitter diagnostics', () => {
  it('reports a second doc for one base name and a constant with two values', () => {
    const model = fixtureModel();
    const url = model.docs.find((d) => d.name === 'CURLOPT_URL')!;
    model.docs.push({ ...url, file: 'specs/other/CURLOPT_URL.md' });
    const auth = model.docs.find((d) => d.name === 'CURLOPT_PROXYAUTH')!;
    model.docs.push({
      ...auth,
      name: 'CURLOPT_HTTPAUTH',
      baseName: 'HTTPAUTH',
      file: 'specs/CURLOPT_HTTPAUTH.md',
      type: { kind: 'long', bitmask: true, enumValues: [{ name: 'CURLAUTH_BASIC', value: 4 }] },
    });
    expect(emit(model, options).diagnostics).toEqual([
      {
        file: 'specs/other/CURLOPT_URL.md',
        line: 1,
        column: 1,
        message: 'Expected one doc for URL, not a second one (first: specs/CURLOPT_URL.md)',
        rule: 'emit:duplicate',
        severity: 'warning',
      },
      {
        file: 'specs/CURLOPT_PROXYAUTH.md',
        line: 1,
        column: 1,
        message: 'Expected CURLAUTH_BASIC to be 4 as in specs/CURLOPT_HTTPAUTH.md, not 1',
        rule: 'emit:constant',
        severity: 'warning',
      },
    ]);
  });
});

describe('the output compiles', () => {
  it('with tsc --strict, and exports exactly the bindings', () => {
    const out = new Map([...files()].map(([name, text]) => [`generated/${name}`, text]));
    out.set('runtime/types.ts', runtimeStub);
    const dir = writeTree(out);
    const checked = typecheck(dir, ['generated/index.ts']);
    expect(checked.errors).toEqual([]);
    expect(checked.exportsOf('generated/index.ts')).toEqual([
      'CURLAUTH_BASIC',
      'CURLAUTH_DIGEST',
      'CURLINFO',
      'CURLMOPT',
      'CURLOPT',
      'CURLOT_BLOB',
      'CURLOT_CBPTR',
      'CURLOT_FLAG_ALIAS',
      'CURLOT_FUNCTION',
      'CURLOT_LONG',
      'CURLOT_OBJECT',
      'CURLOT_OFF_T',
      'CURLOT_SLIST',
      'CURLOT_STRING',
      'CURLOT_VALUES',
      'CURLPROXY_HTTP',
      'CURLPROXY_HTTP_1_0',
      'CURLSOCKTYPE_ACCEPT',
      'CURLSOCKTYPE_IPCXN',
      'CURLWS_TEXT',
      'CURL_SOCKET_BAD',
      'EasyOption',
      'EasyOptionType',
      'Getinfo',
      'GetinfoMap',
      'MultiSetopt',
      'MultiSetoptMap',
      'Setopt',
      'SetoptMap',
      'Unsupported',
      'curl_opensocket_callback',
      'curl_sockaddr',
      'curlsocktype',
      'easyOptions',
      'multiValidators',
      'nextOption',
      'optionById',
      'optionByName',
      'optionIds',
      'validateMultiOption',
      'validateOption',
      'validators',
    ]);
  });
});
