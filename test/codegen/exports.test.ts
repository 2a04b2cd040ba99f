// The public API of manbind/codegen is exactly this (after remark's export tests): adding or
// removing an export is a decision, so it fails here first.
import { describe, expect, it } from 'vitest';
import * as codegen from '../../codegen/index.js';
import { fixtureModel } from './model-fixture.js';

describe('manbind/codegen', () => {
  it('exports exactly the documented values', () => {
    expect(Object.keys(codegen).sort()).toEqual([
      'ManbindError',
      'checkOutput',
      'createParseCache',
      'defaultCacheFile',
      'defaultRuntimeImport',
      'diffDocSets',
      'diffDocs',
      'emit',
      'formatDiagnostic',
      'formatDiff',
      'formatReport',
      'generate',
      'readDocSet',
      'resolveRuntimeImport',
      'writeOutput',
    ]);
  });

  it('generate() returns files, the model and a summary', async () => {
    const model = fixtureModel();
    const result = await codegen.generate({ model, out: 'gen', runtimeImport: 'manbind/types' });
    expect(result.model).toBe(model);
    expect([...result.files.keys()]).toEqual(['gen/docs-model.json', 'gen/easy-options.ts', 'gen/index.ts', 'gen/info.ts', 'gen/multi-options.ts', 'gen/options.ts', 'gen/types.ts', 'gen/validators.ts']);
    expect(result.summary).toMatchObject({
      specs: 'specs',
      out: 'gen',
      docs: model.docs.length,
      options: 15,
      multiOptions: 2,
      infos: 3,
      functions: 1,
      diagnostics: 0,
      precise: { options: 13, infos: 3 },
      imprecise: [
        { name: 'CURLOPT_SSLVERSION', reason: 'values without a number in the docs: CURL_SSLVERSION_DEFAULT, CURL_SSLVERSION_TLSv1' },
        { name: 'CURLOPT_WEIRD', reason: 'the SYNOPSIS has no call with this option that could be parsed' },
      ],
      unsupported: [{ name: 'CURLOPT_SHARE', cType: 'CURLSH *' }],
    });
    // What the runtime serves, by its own list: the share handle and the made-up option are not.
    expect(result.summary.served).toMatchObject({ multiOptions: 2, infos: 2, functions: 1 });
    expect(result.summary.notServed).toEqual(expect.arrayContaining(['CURLOPT_SHARE', 'CURLOPT_WEIRD', 'CURLINFO_SIZE_DELIVERED']));
    expect(result.summary.notServed).not.toContain('CURLOPT_URL');
    expect(result.summary.served.options).toBe(15 - result.summary.notServed.filter((n) => n.startsWith('CURLOPT_')).length);
  });

  it('reads the runtime import from package.json, else the package export', () => {
    expect(codegen.resolveRuntimeImport(process.cwd())).toBe('../runtime/types.js');
    expect(codegen.resolveRuntimeImport('/')).toBe('manbind/types');
    expect(codegen.defaultRuntimeImport).toBe('manbind/types');
  });

  it('formats a diagnostic and the report lines', () => {
    expect(codegen.formatDiagnostic({ file: 'specs/X.md', line: 3, column: 7, message: 'Expected a, not b', rule: 'r:x', severity: 'error' })).toBe(
      'specs/X.md:3:7: Expected a, not b [r:x]',
    );
    expect(
      codegen.formatReport({
        specs: 'specs',
        out: 'generated',
        docs: 5,
        options: 3,
        multiOptions: 2,
        infos: 1,
        functions: 1,
        diagnostics: 2,
        ms: 42,
        precise: { options: 2, infos: 1 },
        imprecise: [{ name: 'CURLOPT_LONGER_NAME', reason: 'why' }],
        unsupported: [{ name: 'CURLOPT_SHARE', cType: 'CURLSH *' }],
        plainNumbers: [],
        served: { options: 2, multiOptions: 1, infos: 1, functions: 0 },
        notServed: ['CURLOPT_SHARE', 'curl_easy_send'],
      }),
    ).toEqual([
      'manbind: 2 of 3 options and 1 of 1 infos typed precisely; 1 typed Unsupported<...>, which the runtime cannot take',
      'manbind: not precisely typed (1):',
      '  CURLOPT_LONGER_NAME  why',
      'manbind: 5 docs read, 3 options, 1 infos, 1 functions emitted (2, 1 and 0 served by the manbind runtime), 2 diagnostics, 42 ms',
    ]);
  });
});
