// `manbind diff`: what changed between two doc sets. Hand-made models for each kind of change,
// then curl's real docs (../shared/corpus, skipped when absent): 8.7.1 to 8.22 against facts of
// the corpus, curl-8.22 against its libfetch rename, and the CLI's output and exit codes.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffMain } from '../../codegen/diff/cli.js';
import { diffDocSets, formatDiff, readDocSet, readSymbolsInVersions, type DocSet, type DocSetDiff } from '../../codegen/diff/index.js';
import type { Doc, Model } from '../../codegen/model.js';
import { fixtureModel } from './model-fixture.js';
import { captured, type Captured } from './captured.js';

const repo = join(import.meta.dirname, '..', '..');
const corpus = join(repo, '..', 'shared', 'corpus');
const present = existsSync(corpus);
if (!present) console.log(`diff: corpus tests skipped, no corpus at ${corpus}`);

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** diffMain() with stdout/stderr captured. */
function run(...argv: string[]): Promise<Captured> {
  return captured(() => diffMain(['diff', ...argv]));
}

describe('readSymbolsInVersions', () => {
  const header = ' Name                           Introduced  Deprecated  Last';
  it.each([
    ['introduced only', 'CURLOPT_URL                     7.1', { introduced: '7.1' }],
    ['deprecated', 'CURLINFO_LASTSOCKET             7.15.2        7.45.0', { introduced: '7.15.2', deprecated: '7.45.0' }],
    ['gone, not deprecated', 'CURLAUTH_NTLM_WB                7.22.0                    8.8.0', { introduced: '7.22.0', last: '8.8.0' }],
    ['gone, a dash for deprecated', 'CURL_EASY_NONE                  7.14.0        -           7.15.4', { introduced: '7.14.0', last: '7.15.4' }],
    // a renamed tree (CURL to FETCH) shifts the values one column right
    ['shifted, gone', 'FETCHAUTH_NTLM_WB                7.22.0                    8.8.0', { introduced: '7.22.0', last: '8.8.0' }],
    ['shifted, deprecated', 'FETCHINFO_LASTSOCKET             7.15.2        7.45.0', { introduced: '7.15.2', deprecated: '7.45.0' }],
  ])('%s', (_name, line, want) => {
    const symbols = readSymbolsInVersions(['prose line', '', header, '', line, ''].join('\n'));
    expect([...symbols.values()]).toEqual([want]);
  });
});

/** A fixture doc set whose docs are changed by `change`. */
function set(change: (docs: Map<string, Doc>, model: Model) => void = () => {}): DocSet {
  const model = fixtureModel();
  const docs = new Map(model.docs.map((d) => [d.name, d]));
  change(docs, model);
  model.docs = [...docs.values()];
  return { specs: 'specs', model };
}

describe('diffDocSets over hand-made models', () => {
  it('finds nothing between equal sets', () => {
    expect(diffDocSets(set(), set())).toEqual({
      old: { specs: 'specs', flavour: 'libcurl', docs: 21, symbols: false },
      new: { specs: 'specs', flavour: 'libcurl', docs: 21, symbols: false },
      counts: { added: 0, removed: 0, deprecated: 0, changed: 0 },
      entries: [],
    });
  });

  it('reports added, removed, deprecated and changed symbols, by kind then name', () => {
    const after = set((docs) => {
      docs.delete('CURLOPT_SHARE');
      const url = docs.get('CURLOPT_URL')!;
      docs.set('CURLOPT_NEWTHING', { ...url, name: 'CURLOPT_NEWTHING', baseName: 'NEWTHING', addedIn: '8.99.0' });
      docs.get('CURLOPT_TIMEOUT')!.deprecated = 'Deprecated since 8.20.0.';
      docs.get('CURLOPT_URL')!.cType = 'const char *';
      docs.get('CURLOPT_URL')!.protocols = ['HTTP', 'FTP'];
      const proxytype = docs.get('CURLOPT_PROXYTYPE')!;
      proxytype.type = { kind: 'long', enumValues: [{ name: 'CURLPROXY_HTTP', value: 0 }, { name: 'CURLPROXY_SOCKS4', value: 4 }] };
      proxytype.default = { text: 'CURLPROXY_SOCKS4', literal: { kind: 'constant', name: 'CURLPROXY_SOCKS4' } };
    });
    const diff = diffDocSets(set(), after);
    expect(diff.entries).toEqual([
      { kind: 'option', change: 'added', name: 'CURLOPT_NEWTHING', version: '8.99.0' },
      {
        kind: 'option',
        change: 'changed',
        name: 'CURLOPT_PROXYTYPE',
        changes: [
          {
            field: 'values',
            old: 'CURLPROXY_HTTP=0, CURLPROXY_HTTP_1_0=1',
            new: 'CURLPROXY_HTTP=0, CURLPROXY_SOCKS4=4',
            added: ['CURLPROXY_SOCKS4=4'],
            removed: ['CURLPROXY_HTTP_1_0=1'],
          },
          { field: 'default', old: '', new: 'CURLPROXY_SOCKS4' },
        ],
      },
      { kind: 'option', change: 'removed', name: 'CURLOPT_SHARE' },
      { kind: 'option', change: 'deprecated', name: 'CURLOPT_TIMEOUT', version: '8.20.0' },
      {
        kind: 'option',
        change: 'changed',
        name: 'CURLOPT_URL',
        changes: [
          { field: 'type', old: 'char *', new: 'const char *' },
          { field: 'protocols', old: 'All', new: 'FTP, HTTP' },
        ],
      },
      { kind: 'constant', change: 'removed', name: 'CURLPROXY_HTTP_1_0' },
      { kind: 'constant', change: 'added', name: 'CURLPROXY_SOCKS4' },
    ]);
    expect(diff.counts).toEqual({ added: 2, removed: 2, deprecated: 1, changed: 2 });
    expect(formatDiff(diff)).toEqual([
      'manbind diff: specs (libcurl, 21 pages) -> specs (libcurl, 21 pages)',
      '',
      'options:',
      '  + CURLOPT_NEWTHING added (since 8.99.0)',
      '  ~ CURLOPT_PROXYTYPE',
      '      values: +CURLPROXY_SOCKS4=4 -CURLPROXY_HTTP_1_0=1',
      '      default: (none) -> `CURLPROXY_SOCKS4`',
      '  - CURLOPT_SHARE removed',
      '  ! CURLOPT_TIMEOUT deprecated (since 8.20.0)',
      '  ~ CURLOPT_URL',
      '      type: `char *` -> `const char *`',
      '      protocols: `All` -> `FTP, HTTP`',
      '',
      'constants:',
      '  - CURLPROXY_HTTP_1_0 removed',
      '  + CURLPROXY_SOCKS4 added',
      '',
      '2 added, 2 removed, 1 deprecated, 2 changed',
    ]);
  });

  it('compares the value a DEFAULT states, not its words', () => {
    const say = (text: string) =>
      set((docs) => {
        docs.get('CURLOPT_TIMEOUT')!.default = { text };
      });
    expect(diffDocSets(say('Default is 0 seconds (no timeout).'), say('0')).entries).toEqual([]);
    expect(diffDocSets(say('The default value of this parameter is NULL.'), say('NULL')).entries).toEqual([]);
    expect(diffDocSets(say('1 since 7.74.0, was 0 before then.'), say('1')).entries).toEqual([]);
    expect(diffDocSets(say('0 seconds'), say('24 hours (since 8.17.0)')).entries.map((e) => e.changes)).toEqual([
      [{ field: 'default', old: '0 seconds', new: '24 hours (since 8.17.0)' }],
    ]);
  });

  it('matches a libfetch set to a libcurl one by name: FETCHOPT_URL is CURLOPT_URL', () => {
    const fetch = set((docs, model) => {
      model.flavour = 'libfetch';
      model.prefixes = { option: 'FETCHOPT_', info: 'FETCHINFO_', error: 'FETCHE_', multiOption: 'FETCHMOPT_', func: 'fetch_' };
      for (const [name, doc] of [...docs]) {
        docs.delete(name);
        const renamed = name.replace(/^CURL/, 'FETCH').replace(/^curl_/, 'fetch_');
        docs.set(renamed, { ...doc, name: renamed, flavour: 'libfetch', cType: doc.cType?.replace('curl_', 'fetch_') });
      }
    });
    const diff = diffDocSets(set(), fetch);
    expect(diff.renamed).toEqual({ from: 'libcurl', to: 'libfetch' });
    expect(diff.entries).toEqual([]);
    expect(formatDiff(diff)[1]).toBe('names map libcurl to libfetch (CURLOPT_X is FETCHOPT_X); only other differences are listed');
  });
});

describe.skipIf(!present)("curl's docs", () => {
  let v871: DocSet;
  let v822: DocSet;
  let fetch822: DocSet;
  let diff: DocSetDiff;
  beforeAll(async () => {
    [v871, v822, fetch822] = await Promise.all(['curl-8.7.1', 'curl-8.22', 'fetch-8.22'].map((d) => readDocSet(join(corpus, d))));
    diff = diffDocSets(v871, v822);
  }, 180_000);

  const names = (kind: string, change: string): string[] => diff.entries.filter((e) => e.kind === kind && e.change === change).map((e) => e.name);
  const entry = (name: string, change: string) => diff.entries.find((e) => e.name === name && e.change === change);

  /** Symbols of a kind curl 8.22's symbols-in-versions says came after 8.7.1 (8.8.0 or later). */
  function introducedAfter871(prefix: RegExp): string[] {
    const symbols = readSymbolsInVersions(readFileSync(join(corpus, 'curl-8.22', 'symbols-in-versions'), 'utf8'));
    const later = (v: string): boolean => Number(v.split('.')[0]) > 8 || (v.startsWith('8.') && Number(v.split('.')[1]) >= 8);
    return [...symbols].filter(([name, s]) => prefix.test(name) && later(s.introduced) && s.last === undefined).map(([name]) => name).sort();
  }

  it('8.7.1 to 8.22: the options, infos and multi options added are those symbols-in-versions dates after 8.7.1', () => {
    expect(names('option', 'added')).toEqual(introducedAfter871(/^CURLOPT_/));
    expect(names('option', 'added')).toEqual([
      'CURLOPT_ECH',
      'CURLOPT_HTTPSIG_ALGORITHM',
      'CURLOPT_HTTPSIG_HEADERS',
      'CURLOPT_HTTPSIG_KEY',
      'CURLOPT_HTTPSIG_KEYID',
      'CURLOPT_SSL_SIGNATURE_ALGORITHMS',
      'CURLOPT_TCP_KEEPCNT',
      'CURLOPT_UPLOAD_FLAGS',
    ]);
    expect(names('info', 'added')).toEqual(introducedAfter871(/^CURLINFO_/));
    expect(names('multi-option', 'added')).toEqual(introducedAfter871(/^CURLMOPT_/));
    expect(entry('CURLOPT_ECH', 'added')).toEqual({ kind: 'option', change: 'added', name: 'CURLOPT_ECH', version: '8.8.0' });
    expect(names('option', 'removed')).toEqual([]);
  });

  it('8.7.1 to 8.22: functions added, symbols removed and deprecated', () => {
    expect(names('function', 'added')).toEqual(expect.arrayContaining(['curl_easy_ssls_export', 'curl_easy_ssls_import', 'curl_multi_get_offt', 'curl_multi_waitfds', 'curl_ws_start_frame']));
    // symbols-in-versions: `CURLAUTH_NTLM_WB  7.22.0  <blank>  8.8.0`
    expect(entry('CURLAUTH_NTLM_WB', 'removed')).toEqual({ kind: 'constant', change: 'removed', name: 'CURLAUTH_NTLM_WB', version: '8.8.0' });
    expect(entry('CURLOPT_SSL_FALSESTART', 'deprecated')).toEqual({ kind: 'option', change: 'deprecated', name: 'CURLOPT_SSL_FALSESTART', version: '8.15.0' });
    expect(entry('CURLOPT_TLSAUTH_TYPE', 'deprecated')?.version).toBe('8.22.0');
    // Deprecated long before 8.7.1, though only 8.22's page has a DEPRECATED section.
    expect(entry('CURLINFO_LASTSOCKET', 'deprecated')).toBeUndefined();
    expect(entry('curl_formadd', 'deprecated')).toBeUndefined();
  });

  it('8.7.1 to 8.22: changes of values, type and default', () => {
    // opts/CURLOPT_PROXYTYPE.md gained `## CURLPROXY_HTTPS3`; CURLOPT_WS_OPTIONS `## CURLWS_NOAUTOPONG (2)`.
    expect(entry('CURLOPT_PROXYTYPE', 'changed')?.changes).toEqual([expect.objectContaining({ field: 'values', added: ['CURLPROXY_HTTPS3'], removed: [] })]);
    expect(entry('CURLOPT_WS_OPTIONS', 'changed')?.changes).toEqual([expect.objectContaining({ field: 'values', added: ['CURLWS_NOAUTOPONG=2'], removed: [] })]);
    // opts/CURLSHOPT_SHARE.md: `long type` became `int type` in the synopsis.
    expect(entry('CURLSHOPT_SHARE', 'changed')?.changes).toEqual([{ field: 'type', old: 'long', new: 'int' }]);
    // DEFAULT: "Default *maxlifetime* is 0 seconds" became "24 hours (since 8.17.0). ..."
    expect(entry('CURLOPT_MAXLIFETIME_CONN', 'changed')?.changes?.map((c) => [c.field, c.old])).toEqual([['default', 'Default maxlifetime is 0 seconds (i.e., disabled).']]);
    // Reworded, same value: "The default value of this parameter is NULL." and "NULL".
    expect(entry('CURLOPT_CLOSESOCKETDATA', 'changed')).toBeUndefined();
  });

  it('8.22 to its libfetch rename: the same options, nothing else', () => {
    const renamed = diffDocSets(v822, fetch822);
    expect(renamed.renamed).toEqual({ from: 'libcurl', to: 'libfetch' });
    expect(renamed.entries).toEqual([]);
    expect(renamed.counts).toEqual({ added: 0, removed: 0, deprecated: 0, changed: 0 });
  });

  it('--json prints the diff with ok and failOn; --fail-on exits 1 only when such an entry exists', { timeout: 180_000 }, async () => {
    const json = await run(join(corpus, 'curl-8.7.1'), join(corpus, 'curl-8.22'), '--json', '--fail-on', 'removed,changed');
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout) as Record<string, unknown> & DocSetDiff;
    expect(Object.keys(parsed)).toEqual(['ok', 'failOn', 'old', 'new', 'counts', 'entries']);
    expect(parsed.ok).toBe(false);
    expect(parsed.failOn).toEqual(['removed', 'changed']);
    expect(parsed.new).toEqual({ specs: join(corpus, 'curl-8.22'), flavour: 'libcurl', docs: v822.model.docs.length, symbols: true });
    expect(parsed.entries).toEqual(diff.entries);
    expect(json.stderr).toBe(`manbind: --fail-on removed,changed: ${diff.counts.removed + diff.counts.changed} entries\n`);

    const fork = await run(join(corpus, 'curl-8.22'), join(corpus, 'fetch-8.22'), '--fail-on=removed,changed');
    expect(fork).toEqual({
      code: 0,
      stdout: [
        `manbind diff: ${join(corpus, 'curl-8.22')} (libcurl, ${v822.model.docs.length} pages) -> ${join(corpus, 'fetch-8.22')} (libfetch, ${fetch822.model.docs.length} pages)`,
        'names map libcurl to libfetch (CURLOPT_X is FETCHOPT_X); only other differences are listed',
        '',
        '0 added, 0 removed, 0 deprecated, 0 changed',
        '',
      ].join('\n'),
      stderr: '',
    });
  });
});

describe('manbind diff arguments and exit codes', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'manbind-diff-'));
    temps.push(dir);
    for (const side of ['old', 'new']) mkdirSync(join(dir, side));
    for (const name of ['CURLOPT_CONNECT_ONLY.md', 'CURLOPT_VERBOSE.md', 'CURLOPT_URL.md']) cpSync(join(repo, 'specs', name), join(dir, 'old', name));
    for (const name of ['CURLOPT_CONNECT_ONLY.md', 'CURLOPT_URL.md', 'CURLOPT_PORT.md']) cpSync(join(repo, 'specs', name), join(dir, 'new', name));
  });

  it('exits 0 without --fail-on, 1 when an entry of a --fail-on kind exists, 0 when none does', async () => {
    const plain = await run(join(dir, 'old'), join(dir, 'new'));
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('\n  + CURLOPT_PORT added (since 7.1)\n  - CURLOPT_VERBOSE removed\n');
    expect((await run(join(dir, 'old'), join(dir, 'new'), '--fail-on', 'removed')).code).toBe(1);
    expect((await run(join(dir, 'old'), join(dir, 'new'), '--fail-on', 'deprecated,changed')).code).toBe(0);
  });

  it.each([
    [['only-one'], 'manbind: expected two folders of docs, OLD and NEW, not 1'],
    [['a', 'b', '--fail-on', 'renamed'], 'manbind: --fail-on takes added, removed, deprecated, changed, not `renamed`'],
    [['a', 'b', '--fail-on'], 'manbind: --fail-on needs a value'],
    [['a', 'b', '--nope'], 'manbind: unknown flag --nope'],
  ])('exits 2 for %j', async (argv, message) => {
    expect(await run(...argv)).toEqual({
      code: 2,
      stdout: '',
      stderr: `${message}\nusage: manbind diff OLD NEW [--json] [--fail-on added,removed,deprecated,changed]\n`,
    });
  });

  it('exits 1 for a folder that is not there, or holds no docs', async () => {
    expect(await run(join(dir, 'nope'), join(dir, 'new'))).toEqual({ code: 1, stdout: '', stderr: `manbind: no such folder of docs: ${join(dir, 'nope')}\n` });
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'empty', 'README.txt'), 'no docs\n');
    expect(await run(join(dir, 'empty'), join(dir, 'new'))).toEqual({ code: 1, stdout: '', stderr: `manbind: no docs found in ${join(dir, 'empty')}\n` });
  });
});

describe('manbind diff through the CLI', () => {
  it('is dispatched by main() and answers --help', async () => {
    const { main } = await import('../../codegen/cli.js');
    const { code, stdout } = await captured(() => main(['diff', 'a', 'b', '--help']));
    expect(code).toBe(0);
    expect(stdout).toBe('usage: manbind diff OLD NEW [--json] [--fail-on added,removed,deprecated,changed]\n');
  });
});
