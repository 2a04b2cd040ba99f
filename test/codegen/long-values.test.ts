// The values a long option takes (codegen/emit/long-values.ts), as its setopt type and its run-time
// check: named values, the DEFAULT's number and an overrides.json range together. Regression:
// curl 8.15's FOLLOWLOCATION (values 1, 2, 3, default 0) was typed and checked without its 0.
import { describe, expect, it } from 'vitest';
import { loadModelFromTexts, overridesFromJSON } from '../../codegen/parse/index.js';
import type { TypeRef } from '../../codegen/model.js';
import { plainNumberReason } from '../../codegen/emit/long-values.js';
import { newRefs, tsType } from '../../codegen/emit/ts-type.js';
import { validatorFor } from '../../codegen/emit/validators.js';
import { createContext } from '../../codegen/emit/context.js';
import { generate } from '../../codegen/index.js';
import { fixtureModel } from './model-fixture.js';

type Long = Extract<TypeRef, { kind: 'long' }>;
const named = (...pairs: [string, number | undefined][]): Long['enumValues'] => pairs.map(([name, value]) => (value === undefined ? { name } : { name, value }));
const model = fixtureModel();
const ctx = createContext(model, { specsDir: 'specs', runtimeImport: 'manbind/types' });

const cases: [string, { given: Long; type: string; check: string; plain?: string }][] = [
  [
    'named values and a default no heading names (FOLLOWLOCATION)',
    {
      given: { kind: 'long', enumValues: named(['CURLFOLLOW_ALL', 1], ['CURLFOLLOW_OBEYCODE', 2], ['CURLFOLLOW_FIRSTONLY', 3]), defaultValue: 0 },
      type: '0 | typeof CURLFOLLOW_ALL | typeof CURLFOLLOW_OBEYCODE | typeof CURLFOLLOW_FIRSTONLY',
      check: 'oneOf(0, 1, 2, 3)',
    },
  ],
  [
    'named values and a range that adds to them',
    {
      given: { kind: 'long', enumValues: named(['CURLFOLLOW_ALL', 1], ['CURLFOLLOW_OBEYCODE', 2]), min: 0, max: 3 },
      type: '0 | typeof CURLFOLLOW_ALL | typeof CURLFOLLOW_OBEYCODE | 3',
      check: 'oneOf(0, 1, 2, 3)',
    },
  ],
  [
    'a default a heading already names',
    { given: { kind: 'long', enumValues: named(['A_OFF', 0], ['A_ON', 1]) }, type: 'typeof A_OFF | typeof A_ON', check: 'oneOf(0, 1)' },
  ],
  [
    'a small range with its default inside',
    { given: { kind: 'long', min: 0, max: 2, defaultValue: 0 }, type: '0 | 1 | 2', check: 'oneOf(0, 1, 2)' },
  ],
  [
    'a default outside the range libcurl checks stays out',
    { given: { kind: 'long', enumValues: named(['B_ONE', 1]), min: 1, max: 2, defaultValue: 0 }, type: 'typeof B_ONE | 2', check: 'oneOf(1, 2)' },
  ],
  [
    'a range too wide to list, with a named value outside it',
    {
      given: { kind: 'long', enumValues: named(['C_OFF', -1]), min: 0, max: 511 },
      type: 'number',
      check: 'inRangeOr(0, 511, -1)',
      plain: 'the range 0..511 has more than 16 values (checked at run time)',
    },
  ],
  ['a range open at one end', { given: { kind: 'long', min: 0, defaultValue: 300 }, type: 'number', check: 'inRange(0, Infinity)' }],
  ['a default alone', { given: { kind: 'long', defaultValue: 5 }, type: 'number', check: 'long' }],
  [
    'a bitmask',
    {
      given: { kind: 'long', bitmask: true, enumValues: named(['D_A', 1], ['D_B', 2]), defaultValue: 0 },
      type: 'number',
      check: 'long',
      plain: 'a bitmask: any combination of D_A, D_B',
    },
  ],
  [
    'named values without numbers keep the range check',
    {
      given: { kind: 'long', enumValues: named(['E_X', undefined]), min: 0, max: 3 },
      type: 'number',
      check: 'oneOf(0, 1, 2, 3)',
      plain: 'values without a number in the docs: E_X',
    },
  ],
];

describe('long values', () => {
  for (const [name, { given, type, check, plain }] of cases) {
    it(name, () => {
      expect(tsType(given, 'option', model, newRefs()).text).toBe(type);
      expect(validatorFor(given, ctx)).toBe(check);
      expect(plainNumberReason(given)).toBe(plain);
    });
  }
});

const page = (defaultText: string): string =>
  [
    '---',
    'Title: CURLOPT_FOLLOWLOCATION',
    'Section: 3',
    'Source: libcurl',
    'See-also:',
    '  - CURLOPT_MAXREDIRS (3)',
    'Protocol:',
    '  - HTTP',
    'Added-in: 7.1',
    '---',
    '',
    '# NAME',
    '',
    'CURLOPT_FOLLOWLOCATION - follow HTTP 3xx redirects',
    '',
    '# SYNOPSIS',
    '',
    '~~~c',
    '#include <curl/curl.h>',
    '',
    'CURLcode curl_easy_setopt(CURL *handle, CURLOPT_FOLLOWLOCATION, long mode);',
    '~~~',
    '',
    '# DESCRIPTION',
    '',
    'Pick one of the following modes:',
    '',
    '## CURLFOLLOW_ALL (1)',
    '',
    'Follow.',
    '',
    '## CURLFOLLOW_OBEYCODE (2)',
    '',
    'Follow, obeying the code.',
    '',
    '## CURLFOLLOW_FIRSTONLY (3)',
    '',
    'Follow, custom method first only.',
    '',
    '# DEFAULT',
    '',
    defaultText,
    '',
    '# EXAMPLE',
    '',
    '~~~c',
    'curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);',
    '~~~',
    '',
    '# RETURN VALUE',
    '',
    'CURLE_OK.',
    '',
  ].join('\n');

describe("a documented default joins the named values (curl 8.15's FOLLOWLOCATION)", () => {
  it('types and checks 0 with CURLFOLLOW_*, with no overrides at all', async () => {
    const docs = loadModelFromTexts([{ file: 'CURLOPT_FOLLOWLOCATION.md', text: page('0, disabled') }], { overrides: overridesFromJSON({}) });
    expect(docs.docs[0]!.type).toMatchObject({ kind: 'long', defaultValue: 0 });
    const result = await generate({ model: docs, out: 'gen', runtimeImport: 'manbind/types' });
    expect(tsType(docs.docs[0]!.type, 'option', docs, newRefs()).text).toBe(
      '0 | typeof CURLFOLLOW_ALL | typeof CURLFOLLOW_OBEYCODE | typeof CURLFOLLOW_FIRSTONLY',
    );
    expect(result.files.get('gen/validators.ts')).toContain('  FOLLOWLOCATION: oneOf(0, 1, 2, 3),\n');
    expect(result.summary.plainNumbers).toEqual([]);
  });

  it('a default that is a named constant adds nothing', () => {
    const docs = loadModelFromTexts([{ file: 'CURLOPT_FOLLOWLOCATION.md', text: page('CURLFOLLOW_ALL') }], { overrides: overridesFromJSON({}) });
    expect(docs.docs[0]!.type).not.toHaveProperty('defaultValue');
    expect(tsType(docs.docs[0]!.type, 'option', docs, newRefs()).text).toBe('typeof CURLFOLLOW_ALL | typeof CURLFOLLOW_OBEYCODE | typeof CURLFOLLOW_FIRSTONLY');
  });
});

describe('the summary lists options typed a plain number although their docs name values or a range', () => {
  it('names each with why, after the imprecise ones', async () => {
    const docs = fixtureModel();
    const result = await generate({ model: docs, out: 'gen', runtimeImport: 'manbind/types' });
    // The fixture's PROXYAUTH is a bitmask of CURLAUTH_* flags.
    expect(result.summary.plainNumbers).toEqual([{ name: 'CURLOPT_PROXYAUTH', reason: 'a bitmask: any combination of CURLAUTH_BASIC, CURLAUTH_DIGEST' }]);
    const { formatReport } = await import('../../codegen/index.js');
    const lines = formatReport(result.summary);
    const at = lines.indexOf('manbind: typed as a plain number although the docs name values or a range (1):');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('  CURLOPT_PROXYAUTH  a bitmask: any combination of CURLAUTH_BASIC, CURLAUTH_DIGEST');
  });
});
