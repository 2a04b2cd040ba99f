// Building the Model from several pages: merging definitions, resolving across pages, sorting,
// overrides, the folder layouts, and the parse cache.
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ParsedDoc } from '../../codegen/parse/index.js';
import {
  createParseCache,
  loadModel,
  loadModelFromTexts,
  overridesFromJSON,
  precisionReport,
  unusedOverrides,
  type ParseCache,
} from '../../codegen/parse/index.js';

const none = overridesFromJSON({});

/** A small valid option page; `synopsis` and `description` replace those sections. */
function option(name: string, opts: { synopsis?: string; description?: string; seeAlso?: string[]; source?: string } = {}): string {
  const source = opts.source ?? 'libcurl';
  const func = source === 'libfetch' ? 'fetch' : 'curl';
  const handle = source === 'libfetch' ? 'FETCH' : 'CURL';
  return [
    '---',
    `Title: ${name}`,
    'Section: 3',
    `Source: ${source}`,
    'See-also:',
    ...(opts.seeAlso ?? [`${name} (3)`]).map((s) => `  - ${s}`),
    'Protocol:',
    '  - All',
    'Added-in: 8.0.0',
    '---',
    '',
    '# NAME',
    '',
    `${name} - a test option`,
    '',
    '# SYNOPSIS',
    '',
    '~~~c',
    opts.synopsis ?? `${handle}code ${func}_easy_setopt(${handle} *handle, ${name}, long value);`,
    '~~~',
    '',
    '# DESCRIPTION',
    '',
    opts.description ?? 'Set a number.',
    '',
    '# DEFAULT',
    '',
    '0',
    '',
    '# EXAMPLE',
    '',
    '~~~c',
    'example();',
    '~~~',
    '',
    '# RETURN VALUE',
    '',
    'CURLE_OK.',
    '',
  ].join('\n');
}

describe('buildModel', () => {
  it('sorts docs by name and diagnostics by file and line', () => {
    const model = loadModelFromTexts(
      [
        { file: 'b/CURLOPT_B.md', text: option('CURLOPT_B', { seeAlso: ['CURLOPT_NOPE (3)'] }) },
        { file: 'a/CURLOPT_Z.md', text: option('CURLOPT_Z', { seeAlso: ['CURLOPT_NADA (3)', 'CURLOPT_B (3)'] }) },
      ],
      { overrides: none },
    );
    expect(model.docs.map((d) => d.name)).toEqual(['CURLOPT_B', 'CURLOPT_Z']);
    expect(model.diagnostics.map((d) => `${d.file}:${d.line}`)).toEqual(['a/CURLOPT_Z.md:6', 'b/CURLOPT_B.md:6']);
    expect(model.flavour).toBe('libcurl');
    expect(model.prefixes.option).toBe('CURLOPT_');
  });

  it('qualifies a callback name two pages use for different prototypes', () => {
    const a = option('CURLOPT_PROGRESSFUNCTION', {
      synopsis: 'int progress_callback(void *clientp, double dltotal);\nCURLcode curl_easy_setopt(CURL *handle, CURLOPT_PROGRESSFUNCTION, progress_callback);',
    });
    const b = option('CURLOPT_XFERINFOFUNCTION', {
      synopsis: 'int progress_callback(void *clientp, curl_off_t dltotal);\nCURLcode curl_easy_setopt(CURL *handle, CURLOPT_XFERINFOFUNCTION, progress_callback);',
    });
    const model = loadModelFromTexts(
      [
        { file: 'CURLOPT_XFERINFOFUNCTION.md', text: b },
        { file: 'CURLOPT_PROGRESSFUNCTION.md', text: a },
      ],
      { overrides: none },
    );
    expect(Object.keys(model.callbacks)).toEqual(['progress_callback', 'progress_callback_XFERINFOFUNCTION']);
    expect(model.callbacks.progress_callback.params[1].type).toEqual({ kind: 'double' });
    expect(model.callbacks.progress_callback_XFERINFOFUNCTION.params[1].type).toEqual({ kind: 'off_t' });
    const xfer = model.docs.find((d) => d.baseName === 'XFERINFOFUNCTION');
    expect(xfer?.type).toEqual({ kind: 'callback', name: 'progress_callback_XFERINFOFUNCTION' });
    expect(xfer?.defines).toEqual(['progress_callback_XFERINFOFUNCTION']);
  });

  it('shares identical callbacks and merges partial enums', () => {
    const open = option('CURLOPT_OPENSOCKETFUNCTION', {
      synopsis: 'typedef enum { CURLSOCKTYPE_IPCXN } curlsocktype;\nint cb(curlsocktype purpose);\nCURLcode curl_easy_setopt(CURL *handle, CURLOPT_OPENSOCKETFUNCTION, cb);',
    });
    const sockopt = option('CURLOPT_SOCKOPTFUNCTION', {
      synopsis:
        'typedef enum { CURLSOCKTYPE_IPCXN, CURLSOCKTYPE_ACCEPT } curlsocktype;\nint cb(curlsocktype purpose);\nCURLcode curl_easy_setopt(CURL *handle, CURLOPT_SOCKOPTFUNCTION, cb);',
    });
    const model = loadModelFromTexts(
      [
        { file: 'o.md', text: open },
        { file: 's.md', text: sockopt },
      ],
      { overrides: none },
    );
    expect(Object.keys(model.callbacks)).toEqual(['cb']);
    expect(model.enums.curlsocktype.values).toEqual([
      { name: 'CURLSOCKTYPE_IPCXN', value: 0 },
      { name: 'CURLSOCKTYPE_ACCEPT', value: 1 },
    ]);
  });

  it('warns when pages give one enum member different values', () => {
    const model = loadModelFromTexts(
      [
        { file: 'a.md', text: option('CURLOPT_A', { synopsis: 'enum e { X = 1 };\nCURLcode curl_easy_setopt(CURL *h, CURLOPT_A, long v);', seeAlso: ['curl (1)'] }) },
        { file: 'b.md', text: option('CURLOPT_B', { synopsis: 'enum e { X = 2 };\nCURLcode curl_easy_setopt(CURL *h, CURLOPT_B, long v);', seeAlso: ['curl (1)'] }) },
      ],
      { overrides: none },
    );
    expect(model.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message} [${d.rule}]`)).toEqual([
      'b.md:19:1: Expected `X` to be 1 as at a.md:19, found 2 [synopsis:conflict]',
    ]);
  });

  it('resolves value headings and struct types from other pages', () => {
    const defs = option('CURLOPT_DEFS', {
      synopsis:
        '#define CURLDEMO_ONE (1 << 0)\n#define CURLDEMO_TWO (1 << 1)\nstruct curl_thing { int a; };\nCURLcode curl_easy_setopt(CURL *h, CURLOPT_DEFS, long v);',
      seeAlso: ['curl (1)'],
    });
    const user = option('CURLOPT_USER', {
      synopsis: 'CURLcode curl_easy_setopt(CURL *h, CURLOPT_USER, long flags);',
      description: 'Flags:\n\n## CURLDEMO_ONE\n\nFirst.\n\n## CURLDEMO_TWO\n\nSecond.',
      seeAlso: ['curl (1)'],
    });
    const info = option('CURLINFO_THING', {
      synopsis: 'CURLcode curl_easy_getinfo(CURL *h, CURLINFO_THING, struct curl_thing **t);',
      seeAlso: ['curl (1)'],
    });
    const alone = loadModelFromTexts([{ file: 'u.md', text: user }], { overrides: none });
    expect(alone.docs[0].type).toEqual({
      kind: 'long',
      enumValues: [
        { name: 'CURLDEMO_ONE', summary: 'First.' },
        { name: 'CURLDEMO_TWO', summary: 'Second.' },
      ],
      defaultValue: 0, // DEFAULT says 0, which no heading names
    });
    const model = loadModelFromTexts(
      [
        { file: 'd.md', text: defs },
        { file: 'u.md', text: user },
        { file: 'i.md', text: info },
      ],
      { overrides: none },
    );
    expect(model.docs.find((d) => d.name === 'CURLOPT_USER')?.type).toEqual({
      kind: 'long',
      enumValues: [
        { name: 'CURLDEMO_ONE', summary: 'First.', value: 1 },
        { name: 'CURLDEMO_TWO', summary: 'Second.', value: 2 },
      ],
      bitmask: true,
      defaultValue: 0,
    });
    expect(model.docs.find((d) => d.name === 'CURLINFO_THING')?.type).toEqual({ kind: 'struct', name: 'curl_thing' });
  });

  it('keeps the first of two pages with one name', () => {
    const model = loadModelFromTexts(
      [
        { file: 'x/2.md', text: option('CURLOPT_A', { seeAlso: ['curl (1)'] }) },
        { file: 'x/1.md', text: option('CURLOPT_A', { seeAlso: ['curl (1)'] }) },
      ],
      { overrides: none },
    );
    expect(model.docs.map((d) => d.file)).toEqual(['x/1.md']);
    expect(model.diagnostics.map((d) => `${d.file}: ${d.message} [${d.rule}]`)).toEqual([
      'x/2.md: Expected one page named `CURLOPT_A`, found another in x/1.md [model:duplicate]',
    ]);
  });

  it('prefers, of two pages with one name, the one whose file is named so', () => {
    const model = loadModelFromTexts(
      [
        { file: 'x/CURLOPT_A.md', text: option('CURLOPT_A', { seeAlso: ['curl (1)'] }) },
        { file: 'x/0_copy.md', text: option('CURLOPT_A', { seeAlso: ['curl (1)'] }) },
      ],
      { overrides: none },
    );
    expect(model.docs.map((d) => d.file)).toEqual(['x/CURLOPT_A.md']);
    expect(model.diagnostics.map((d) => `${d.file}: ${d.message}`)).toEqual(['x/0_copy.md: Expected one page named `CURLOPT_A`, found another in x/CURLOPT_A.md']);
  });

  it('reads the libfetch flavour and its prefixes', () => {
    const model = loadModelFromTexts([{ file: 'f.md', text: option('FETCHOPT_PORT', { source: 'libfetch' }) }], { overrides: none });
    expect(model.flavour).toBe('libfetch');
    expect(model.prefixes).toEqual({ option: 'FETCHOPT_', info: 'FETCHINFO_', error: 'FETCHE_', multiOption: 'FETCHMOPT_', func: 'fetch_' });
    expect(model.docs[0]).toMatchObject({ kind: 'option', baseName: 'PORT', type: { kind: 'long' } });
  });

  it('reports precision over options and infos', () => {
    const model = loadModelFromTexts(
      [
        { file: 'a.md', text: option('CURLOPT_A', { seeAlso: ['curl (1)'] }) },
        { file: 'b.md', text: option('CURLOPT_B', { synopsis: 'CURLcode curl_easy_setopt(CURL *h, CURLOPT_B, string);', seeAlso: ['curl (1)'] }) },
        { file: 'c.md', text: option('CURLOPT_C', { synopsis: 'CURLcode curl_easy_setopt(CURL *h, CURLOPT_C, CURLSH *s);', seeAlso: ['curl (1)'] }) },
      ],
      { overrides: none },
    );
    expect(precisionReport(model)).toEqual({
      total: 3,
      precise: 2,
      imprecise: [{ name: 'CURLOPT_B', reason: '`string` is not defined in any SYNOPSIS' }],
      unsupported: [{ name: 'CURLOPT_C', reason: 'a share handle: the runtime has no share interface' }],
    });
  });
});

describe('overrides', () => {
  const text = '{\n  "A": { "min": 0, "max": 9 },\n  "info:A": { "tsType": "CurlData" },\n  "GONE": { "boolean": true }\n}\n';
  const overrides = overridesFromJSON(JSON.parse(text), 'codegen/overrides.json', text);

  it('applies ranges, tsTypes and cTypes by base name and kind', () => {
    const model = loadModelFromTexts(
      [
        { file: 'a.md', text: option('CURLOPT_A', { seeAlso: ['curl (1)'] }) },
        { file: 'i.md', text: option('CURLINFO_A', { synopsis: 'CURLcode curl_easy_getinfo(CURL *h, CURLINFO_A, char **p);', seeAlso: ['curl (1)'] }) },
      ],
      { overrides },
    );
    expect(model.docs.map((d) => d.type)).toEqual([
      { kind: 'named', name: 'CurlData', cType: 'char **', supported: true, reason: 'override' },
      { kind: 'long', min: 0, max: 9, defaultValue: 0 },
    ]);
  });

  it('reports overrides that name no doc, with their line', () => {
    const model = loadModelFromTexts([{ file: 'a.md', text: option('CURLOPT_A', { seeAlso: ['curl (1)'] }) }], { overrides });
    expect(unusedOverrides(model, overrides).map((d) => `${d.file}:${d.line}:${d.column}: ${d.message} [${d.rule}]`)).toEqual([
      'codegen/overrides.json:4:3: Expected the override `GONE` to match a doc\'s base name, found no doc named so [overrides:unused]',
      'codegen/overrides.json:3:3: Expected the override `info:A` to match a doc\'s base name, found no doc named so [overrides:unused]',
    ]);
  });

  it('rejects malformed entries', () => {
    const bad = '{\n  "A": { "min": "zero" },\n  "B": { "colour": 1 },\n  "C": { "min": 5, "max": 1 }\n}';
    expect(overridesFromJSON(JSON.parse(bad), 'o.json', bad).diagnostics.map((d) => `${d.line}: ${d.message}`)).toEqual([
      '2: Expected `min` of `A` to be an integer, found `"zero"`',
      '3: Expected override fields (cType, tsType, supported, boolean, bitmask, min, max, values, note), found `colour` in `B`',
      '4: Expected `min` <= `max` in `C`, found 5 > 1',
    ]);
  });

  it('the project overrides file is valid and matches curl 8.22 base names', async () => {
    const { defaultOverrides } = await import('../../codegen/parse/index.js');
    const o = defaultOverrides();
    expect(o.diagnostics).toEqual([]);
    expect(Object.keys(o.entries)).toContain('CONNECT_ONLY');
  });
});

describe('loadModel', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('reads curl\'s layout: function pages at the top, opts/ beside them', async () => {
    dir = await mkdtemp(join(tmpdir(), 'manbind-parse-'));
    await mkdir(join(dir, 'opts'));
    await writeFile(join(dir, 'opts', 'CURLOPT_A.md'), option('CURLOPT_A', { seeAlso: ['curl_f (3)'] }));
    await writeFile(
      join(dir, 'curl_f.md'),
      option('curl_f', { synopsis: 'CURLcode curl_f(CURL *c, long n);', seeAlso: ['CURLOPT_A (3)'] }).replace('# DEFAULT\n\n0\n\n', ''),
    );
    await writeFile(join(dir, 'notes.txt'), 'not a page');
    const model = await loadModel(dir, { overrides: none });
    expect(model.docs.map((d) => [d.name, d.kind])).toEqual([
      ['CURLOPT_A', 'option'],
      ['curl_f', 'function'],
    ]);
    expect(model.diagnostics).toEqual([]);
    const only = await loadModel(dir, { overrides: none, files: [join(dir, 'curl_f.md')] });
    expect(only.docs.map((d) => d.name)).toEqual(['curl_f']);
  });

  it('reports a missing folder as a diagnostic', async () => {
    const model = await loadModel('/nonexistent/manbind/specs', { overrides: none });
    expect(model.docs).toEqual([]);
    expect(model.diagnostics.map((d) => d.rule)).toEqual(['io']);
  });

  it('re-parses only pages whose text changed (in-process cache)', () => {
    const inner = createParseCache();
    let hits = 0;
    const cache: ParseCache = {
      get(file, text) {
        const p = inner.get(file, text);
        if (p) hits++;
        return p;
      },
      set: (file, text, parsed: ParsedDoc) => inner.set(file, text, parsed),
      toJSON: () => inner.toJSON(),
    };
    const files = [
      { file: 'a.md', text: option('CURLOPT_A', { seeAlso: ['curl (1)'] }) },
      { file: 'b.md', text: option('CURLOPT_B', { seeAlso: ['curl (1)'] }) },
    ];
    const first = loadModelFromTexts(files, { overrides: none, cache });
    expect(hits).toBe(0);
    const changed = [files[0], { file: 'b.md', text: files[1].text.replace('Set a number.', 'Set another number.') }];
    const second = loadModelFromTexts(changed, { overrides: none, cache });
    expect(hits).toBe(1);
    expect(second.docs[0]).toEqual(first.docs[0]);
    expect(second.docs[1].descriptionText).toBe('Set another number.');
  });

  it('keeps the cache in a file across runs', async () => {
    dir = await mkdtemp(join(tmpdir(), 'manbind-parse-'));
    await writeFile(join(dir, 'CURLOPT_A.md'), option('CURLOPT_A', { seeAlso: ['curl (1)'] }));
    const cacheFile = join(dir, 'cache', 'parse.json');
    const first = await loadModel(dir, { overrides: none, cacheFile });
    const saved = JSON.parse(await readFile(cacheFile, 'utf8')) as { entries: unknown[] };
    expect(saved.entries).toHaveLength(1);
    const restored = createParseCache(saved);
    const second = await loadModel(dir, { overrides: none, cache: restored });
    expect(second).toEqual(first);
  });
});
