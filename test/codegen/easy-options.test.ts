// Option introspection as libcurl has it (lib/easyoptions.c, lib/easygetopt.c): ids from curl.h,
// the table of struct curl_easyoption rows, and curl_easy_option_by_name / _by_id / _next.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emit } from '../../codegen/emit/index.js';
import { optionRows } from '../../codegen/ids/option-ids.js';
import { loadModel } from '../../codegen/parse/load.js';
import {
  CURLOT_CBPTR,
  CURLOT_FLAG_ALIAS,
  CURLOT_FUNCTION,
  CURLOT_LONG,
  CURLOT_SLIST,
  CURLOT_STRING,
  CURLOT_VALUES,
  easyOptions,
  nextOption,
  optionById,
  optionByName,
  optionIds,
} from '../../generated/easy-options.js';
import { fixtureModel } from './model-fixture.js';

const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
if (!existsSync(corpus)) console.log(`easy-options: corpus checks skipped, no corpus at ${corpus}`);

describe('easy-options.ts', () => {
  const text = emit(fixtureModel(), { specsDir: 'specs', runtimeImport: '../runtime/types.js', cwd: '/work/main' }).files.get('easy-options.ts')!;

  it('lists documented options and their aliases by name, with id and type', () => {
    const table = text.slice(text.indexOf('const table = `\n') + 'const table = `\n'.length, text.indexOf('`;'));
    expect(table.split('\n')).toEqual([
      'CONNECT_ONLY 141 LONG',
      'ERRORBUFFER 10010 OBJECT',
      'INFILESIZE_LARGE 30115 OFF_T',
      'OPENSOCKETDATA 10164 CBPTR',
      'OPENSOCKETFUNCTION 20163 FUNCTION',
      'PROXYAUTH 111 VALUES',
      'PROXYHEADER 10228 SLIST',
      'PROXYTYPE 101 VALUES',
      'SHARE 10100 OBJECT',
      'SSLVERSION 32 VALUES',
      'SSL_VERIFYHOST 81 LONG',
      'TIMEOUT 13 LONG',
      'URL 10002 STRING',
      'VERBOSE 41 LONG',
      '',
    ]);
    expect(text).toContain("import { CURLOPT } from './options.js';\n");
    expect(text).toContain('export const CURLOT_LONG = 0;\n');
    expect(text).toContain('export const CURLOT_FUNCTION = 8;\n');
    expect(text).toContain('export const CURLOT_FLAG_ALIAS = 1;\n');
  });

  it('names the constants after the flavour', () => {
    const fetch = fixtureModel();
    fetch.prefixes = { option: 'FETCHOPT_', info: 'FETCHINFO_', error: 'FETCHE_', multiOption: 'FETCHMOPT_', func: 'fetch_' };
    const fetchText = emit(fetch, { specsDir: 'specs', runtimeImport: 'manbind/types' }).files.get('easy-options.ts')!;
    expect(fetchText).toContain('export const FETCHOT_LONG = 0;\n');
    expect(fetchText).toContain('  STRING: FETCHOT_STRING,\n');
    expect(fetchText).toContain(' * fetch_easy_option_by_name: the option with this name in any case (an alias too), or null.\n');
  });
});

describe('the lookups, over generated/ (manbind specs/)', () => {
  it('optionByName: any case, aliases included, null for no option', () => {
    expect(optionByName('CONNECT_ONLY')).toEqual({ name: 'CONNECT_ONLY', id: 141, type: CURLOT_LONG, flags: 0 });
    expect(optionByName('connect_only')).toBe(optionByName('CONNECT_ONLY'));
    // curl.h: #define CURLOPT_SSLKEYPASSWD CURLOPT_KEYPASSWD, #define CURLOPT_RTSPHEADER CURLOPT_HTTPHEADER
    expect(optionByName('SslKeyPasswd')).toEqual({ name: 'SSLKEYPASSWD', id: 10026, type: CURLOT_STRING, flags: CURLOT_FLAG_ALIAS });
    expect(optionByName('RTSPHEADER')).toEqual({ name: 'RTSPHEADER', id: 10023, type: CURLOT_SLIST, flags: CURLOT_FLAG_ALIAS });
    expect(optionByName('NO_SUCH_OPTION')).toBeNull();
    // curl_strequal folds ASCII only: U+017F (long s) is not S.
    expect(optionByName('\u017fSLKEYPASSWD')).toBeNull();
  });

  it('optionById: never an alias', () => {
    expect(optionById(10026)).toEqual({ name: 'KEYPASSWD', id: 10026, type: CURLOT_STRING, flags: 0 });
    expect(optionById(20011)).toEqual({ name: 'WRITEFUNCTION', id: 20011, type: CURLOT_FUNCTION, flags: 0 });
    expect(optionById(10001)).toEqual({ name: 'WRITEDATA', id: 10001, type: CURLOT_CBPTR, flags: 0 });
    expect(optionById(101)?.type).toBe(CURLOT_VALUES);
    expect(optionById(0)).toBeNull();
  });

  it('nextOption walks the whole table in order and ends with null', () => {
    const seen = [];
    for (let o = nextOption(); o !== null; o = nextOption(o)) seen.push(o);
    expect(seen).toEqual(easyOptions);
    expect(seen.map((o) => o.name)).toEqual([...seen.map((o) => o.name)].sort());
    expect(nextOption(null)).toBe(easyOptions[0]);
    expect(nextOption({ name: 'NOPE', id: 1, type: CURLOT_LONG, flags: 0 })).toBeNull();
  });

  it('optionIds holds every documented option, and the rows cannot be changed', () => {
    expect(optionIds['CONNECT_ONLY']).toBe(141);
    expect(optionIds['ENCODING']).toBeUndefined();
    expect(Object.keys(optionIds)).toEqual(easyOptions.filter((o) => o.flags === 0).map((o) => o.name));
    expect(Object.isFrozen(easyOptions) && Object.isFrozen(easyOptions[0]) && Object.isFrozen(optionIds)).toBe(true);
  });
});

describe.skipIf(!existsSync(corpus))("curl-8.22's options", () => {
  it('give the rows of lib/easyoptions.c: 312 options and 15 aliases', { timeout: 120_000 }, async () => {
    const model = await loadModel(join(corpus, 'curl-8.22'));
    const rows = optionRows(model.docs.filter((d) => d.kind === 'option'));
    expect(rows).toHaveLength(327);
    expect(rows.filter((r) => r.alias).map((r) => r.name)).toEqual([
      'ENCODING',
      'FILE',
      'FTPAPPEND',
      'FTPLISTONLY',
      'FTP_RESPONSE_TIMEOUT',
      'FTP_SSL',
      'INFILE',
      'KRB4LEVEL',
      'MAIL_RCPT_ALLLOWFAILS',
      'POST301',
      'PROGRESSDATA',
      'RTSPHEADER',
      'SSLCERTPASSWD',
      'SSLKEYPASSWD',
      'WRITEHEADER',
    ]);
    const at = (name: string) => rows.find((r) => r.name === name)!;
    // curl.h: CURLOPT(CURLOPT_XOAUTH2_BEARER, CURLOPTTYPE_STRINGPOINT, 220), ...
    expect([at('XOAUTH2_BEARER').id, at('XOAUTH2_BEARER').type]).toEqual([10220, 'STRING']);
    expect([at('POSTFIELDSIZE_LARGE').id, at('POSTFIELDSIZE_LARGE').type]).toEqual([30120, 'OFF_T']);
    expect([at('SSLCERT_BLOB').id, at('SSLCERT_BLOB').type]).toEqual([40291, 'BLOB']);
    expect([at('PROGRESSDATA').id, at('PROGRESSDATA').alias]).toEqual([10057, true]);
    // The highest number: lib/easyoptions.c checks CURLOPT_LASTENTRY % 10000 == 332 + 1.
    expect(Math.max(...rows.map((r) => r.id % 10000))).toBe(332);
  });
});
