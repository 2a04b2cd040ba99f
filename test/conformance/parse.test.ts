// Conformance over curl's real docs (../shared/corpus, present in the workplace only): every page
// parses without an exception, >= 99% of option and info pages get a precise type, and names and
// Added-in versions agree with the folder's symbols-in-versions (which older docs take them from).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Model } from '../../codegen/model.js';
import { loadModel, precisionReport } from '../../codegen/parse/index.js';

const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const present = existsSync(corpus);
if (!present) console.warn(`skipping parser conformance: ${corpus} is absent (it lives beside the project in the workplace only)`);

/** symbols-in-versions: `NAME  introduced [deprecated [last]]` lines after a prose header. */
function symbols(folder: string): Map<string, { introduced: string; deprecated?: string; last?: string }> {
  const map = new Map<string, { introduced: string; deprecated?: string; last?: string }>();
  for (const line of readFileSync(join(corpus, folder, 'symbols-in-versions'), 'utf8').split('\n')) {
    const f = line.trim().split(/\s+/);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(f[0] ?? '') || !/^[0-9][0-9.]*$/.test(f[1] ?? '')) continue;
    map.set(f[0], { introduced: f[1], deprecated: f[2] === '-' ? undefined : f[2], last: f[3] });
  }
  return map;
}

// curl 8.7.1's pages have no Added-in line: their versions come from symbols-in-versions.
const folders = [
  { folder: 'curl-8.22', prefixes: ['CURLOPT_', 'CURLINFO_'] },
  { folder: 'fetch-8.22', prefixes: ['FETCHOPT_', 'FETCHINFO_'] },
  { folder: 'curl-8.7.1', prefixes: ['CURLOPT_', 'CURLINFO_'] },
];

describe.skipIf(!present)('parser conformance over ../shared/corpus', () => {
  for (const { folder, prefixes } of folders) {
    describe(folder, () => {
      let model: Model;
      beforeAll(async () => {
        model = await loadModel(join(corpus, folder));
      }, 120_000);

      it('parses every page without an internal error', () => {
        expect(model.diagnostics.filter((d) => d.rule === 'internal')).toEqual([]);
        // Every .md is a doc, or it says why not (no frontmatter: ABI.md; a Title used twice).
        const files = [...readdirSync(join(corpus, folder)), ...readdirSync(join(corpus, folder, 'opts')).map((f) => `opts/${f}`)].filter((f) => f.endsWith('.md'));
        // Model paths are relative to the docs folder, as curl's layout names them.
        const docFiles = new Set(model.docs.map((d) => d.file));
        const explained = new Set(model.diagnostics.filter((d) => d.rule === 'curldown:frontmatter' || d.rule === 'model:duplicate').map((d) => d.file));
        const unaccounted = files.filter((f) => !docFiles.has(f) && !explained.has(f));
        expect(unaccounted).toEqual([]);
        expect(model.docs.length).toBeGreaterThan(480);
      });

      it('gives >= 99% of option and info pages a precise type', () => {
        const report = precisionReport(model);
        const share = report.precise / report.total;
        if (report.imprecise.length > 0) console.info(`${folder}: imprecise types`, report.imprecise);
        expect(report.total).toBeGreaterThan(370);
        expect(share).toBeGreaterThanOrEqual(0.99);
        for (const doc of model.docs) {
          if (prefixes.some((p) => doc.name.startsWith(p))) expect(doc.kind === 'option' || doc.kind === 'info').toBe(true);
        }
      });

      it('agrees with symbols-in-versions on names and Added-in', () => {
        const known = symbols(folder);
        const mismatches: string[] = [];
        for (const doc of model.docs) {
          if (doc.kind !== 'option' && doc.kind !== 'info' && doc.kind !== 'multi-option') continue;
          const s = known.get(doc.name);
          if (!s) mismatches.push(`${doc.name}: not in symbols-in-versions`);
          else if (doc.addedIn !== s.introduced) mismatches.push(`${doc.name}: Added-in ${doc.addedIn}, introduced ${s.introduced}`);
        }
        expect(mismatches).toEqual([]);
        expect(model.docs.filter((d) => d.kind === 'option' && d.addedIn === undefined)).toEqual([]);
      });
    });
  }

  it('reads the connect-only pages the runtime needs', async () => {
    const model = await loadModel(join(corpus, 'curl-8.22'), {
      files: ['CURLOPT_CONNECT_ONLY', 'CURLOPT_OPENSOCKETFUNCTION', 'CURLOPT_SOCKOPTFUNCTION', 'CURLINFO_ACTIVESOCKET', 'CURLOPT_STDERR'].map((n) =>
        join(corpus, 'curl-8.22', 'opts', `${n}.md`),
      ),
    });
    const type = (n: string): unknown => model.docs.find((d) => d.name === n)?.type;
    expect(type('CURLOPT_CONNECT_ONLY')).toEqual({ kind: 'long', min: 0, max: 2, defaultValue: 0 });
    expect(type('CURLOPT_OPENSOCKETFUNCTION')).toEqual({ kind: 'callback', name: 'opensocket_callback' });
    expect(type('CURLINFO_ACTIVESOCKET')).toEqual({ kind: 'socket' });
    expect(type('CURLOPT_STDERR')).toMatchObject({ kind: 'named', name: 'TextSink', supported: true });
    expect(model.callbacks.opensocket_callback.params.map((p) => [p.name, p.type])).toEqual([
      ['clientp', { kind: 'data' }],
      ['purpose', { kind: 'enum', name: 'curlsocktype' }],
      ['address', { kind: 'struct', name: 'curl_sockaddr' }],
    ]);
    expect(model.callbacks.sockopt_callback.params.map((p) => p.type.kind)).toEqual(['data', 'socket', 'enum']);
    expect(model.enums.curlsocktype.values.map((v) => [v.name, v.value])).toEqual([
      ['CURLSOCKTYPE_IPCXN', 0],
      ['CURLSOCKTYPE_ACCEPT', 1],
      ['CURLSOCKTYPE_LAST', 2],
    ]);
    expect(model.docs.find((d) => d.name === 'CURLOPT_SOCKOPTFUNCTION')?.constants).toEqual([
      { name: 'CURL_SOCKOPT_OK', value: 0 },
      { name: 'CURL_SOCKOPT_ERROR', value: 1 },
      { name: 'CURL_SOCKOPT_ALREADY_CONNECTED', value: 2 },
    ]);
  });
});
