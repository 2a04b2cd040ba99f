// What the generator says about the runtime comes from the runtime's own list
// (runtime/api/served.ts): the hover remark, docs-model.json's `served`, and the summary counts.
// Docs from a fork match by base name and by libcurl's spelling of a function.
import { describe, expect, it } from 'vitest';
import { emit } from '../../codegen/emit/index.js';
import { generate } from '../../codegen/index.js';
import type { Doc, Prefixes } from '../../codegen/model.js';
import { isServed, notServedText, runtimeServed } from '../../codegen/served.js';
import { served } from '../../runtime/api/served.js';
import { fixtureModel } from './model-fixture.js';

const curl: Prefixes = { option: 'CURLOPT_', info: 'CURLINFO_', error: 'CURLE_', multiOption: 'CURLMOPT_', func: 'curl_' };
const fetch: Prefixes = { option: 'FETCHOPT_', info: 'FETCHINFO_', error: 'FETCHE_', multiOption: 'FETCHMOPT_', func: 'fetch_' };

function doc(kind: Doc['kind'], name: string, baseName: string): Doc {
  return { kind, name, baseName } as Doc;
}

describe('isServed and notServedText', () => {
  it('read the runtime list itself, not a copy', () => {
    expect(runtimeServed).toBe(served);
  });

  it.each([
    ['option', 'CURLOPT_URL', 'URL', curl, true],
    ['option', 'CURLOPT_HSTS', 'HSTS', curl, false],
    ['option', 'FETCHOPT_URL', 'URL', fetch, true],
    ['option', 'FETCHOPT_HTTPPOST', 'HTTPPOST', fetch, false],
    ['info', 'CURLINFO_RESPONSE_CODE', 'RESPONSE_CODE', curl, true],
    ['info', 'CURLINFO_SSL_ENGINES', 'SSL_ENGINES', curl, false],
    ['multi-option', 'CURLMOPT_MAXCONNECTS', 'MAXCONNECTS', curl, true],
    ['multi-option', 'CURLMOPT_SOCKETFUNCTION', 'SOCKETFUNCTION', curl, false],
    ['function', 'curl_easy_perform', 'easy_perform', curl, true],
    ['function', 'fetch_easy_perform', 'easy_perform', fetch, true],
    ['function', 'fetch_ws_send', 'ws_send', fetch, true],
    ['function', 'curl_easy_escape', 'easy_escape', curl, false],
    ['other', 'libcurl-errors', 'libcurl-errors', curl, undefined],
    // a page the generator does not bind, named as a symbol: the runtime has none either
    ['other', 'CURLSHOPT_SHARE', 'CURLSHOPT_SHARE', curl, false],
    ['other', 'FETCHMINFO_XFERS_RUNNING', 'FETCHMINFO_XFERS_RUNNING', fetch, false],
  ] as const)('%s %s: %s', (kind, name, baseName, prefixes, want) => {
    expect(isServed(doc(kind, name, baseName), prefixes)).toBe(want);
  });

  it.each([
    ['option', 'CURLOPT_HSTS', 'HSTS', curl, 'Not supported by the manbind runtime: setopt returns CURLE_UNKNOWN_OPTION (48) for it.'],
    ['option', 'FETCHOPT_HSTS', 'HSTS', fetch, 'Not supported by the manbind runtime: setopt returns FETCHE_UNKNOWN_OPTION (48) for it.'],
    ['info', 'CURLINFO_SSL_ENGINES', 'SSL_ENGINES', curl, 'Not supported by the manbind runtime: getinfo returns CURLE_UNKNOWN_OPTION (48) for it.'],
    ['multi-option', 'CURLMOPT_SOCKETFUNCTION', 'SOCKETFUNCTION', curl, 'Not supported by the manbind runtime: multi setopt returns CURLM_UNKNOWN_OPTION (6) for it.'],
    ['function', 'curl_easy_escape', 'easy_escape', curl, 'Not supported by the manbind runtime: it has no counterpart there.'],
    ['other', 'CURLSHOPT_SHARE', 'CURLSHOPT_SHARE', curl, 'Not supported by the manbind runtime: it has no counterpart there.'],
    ['option', 'CURLOPT_URL', 'URL', curl, undefined],
    ['other', 'libcurl-errors', 'libcurl-errors', curl, undefined],
  ] as const)('%s %s says: %s', (kind, name, baseName, prefixes, want) => {
    expect(notServedText(doc(kind, name, baseName), prefixes)).toBe(want);
  });
});

describe('the emitted files', () => {
  const files = emit(fixtureModel(), { specsDir: 'specs', runtimeImport: '../runtime/types.js', cwd: '/work/main' }).files;

  it('remark in the hover exactly the options and infos the runtime does not serve', () => {
    // the comment on the key of the name object (CURLOPT.URL), which is what a hover shows
    const remark = (file: string, d: Doc): boolean => {
      const text = files.get(file)!;
      const at = text.indexOf(`\n  ${d.baseName}: '${d.baseName}',\n`);
      expect(at, d.name).toBeGreaterThan(0);
      const comment = text.slice(text.lastIndexOf('/**', at), at);
      expect(comment, d.name).toContain(`@see ${d.name} from`);
      return comment.includes('@remarks Not supported by the manbind runtime');
    };
    let checked = 0;
    for (const d of fixtureModel().docs) {
      const file = d.kind === 'option' ? 'options.ts' : d.kind === 'info' ? 'info.ts' : d.kind === 'multi-option' ? 'multi-options.ts' : undefined;
      if (file === undefined) continue;
      expect(remark(file, d), d.name).toBe(!isServed(d, curl));
      checked++;
    }
    expect(checked).toBe(20);
    const share = fixtureModel().docs.find((d) => d.name === 'CURLOPT_SHARE')!;
    expect(remark('options.ts', share)).toBe(true);
  });

  it('give each doc of docs-model.json `served` from the list (null for a page that binds nothing)', () => {
    const model = JSON.parse(files.get('docs-model.json')!) as { docs: { name: string; served: boolean | null }[] };
    const byName = new Map(model.docs.map((d) => [d.name, d.served]));
    expect(byName.get('CURLOPT_URL')).toBe(true);
    expect(byName.get('CURLOPT_SHARE')).toBe(false);
    expect(byName.get('CURLINFO_SIZE_DELIVERED')).toBe(false);
    // its `size_t *` parameter has no TypeScript counterpart, yet the runtime serves it as easy.send
    expect(byName.get('curl_easy_send')).toBe(true);
    for (const d of fixtureModel().docs) expect(byName.get(d.name), d.name).toBe(isServed(d, curl) ?? null);
  });

  it('count in the summary line what the runtime serves', async () => {
    const result = await generate({ model: fixtureModel(), out: 'gen', runtimeImport: 'manbind/types' });
    const { served: counts, notServed } = result.summary;
    const docs = fixtureModel().docs;
    const want = (kind: Doc['kind']): number => docs.filter((d) => d.kind === kind && isServed(d, curl)).length;
    expect(counts).toEqual({ options: want('option'), multiOptions: want('multi-option'), infos: want('info'), functions: want('function') });
    expect(notServed.sort()).toEqual(docs.filter((d) => isServed(d, curl) === false).map((d) => d.name).sort());
  });
});
