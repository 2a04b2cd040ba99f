// The docs site and the hover say "supported by the manbind runtime" exactly for what the
// runtime's own list serves (runtime/api/served.ts), and say what a call gets for the rest: on a
// small docs folder always, and on every page of curl's docs when the corpus is there.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../codegen/docs/site.js';
import { generate } from '../../codegen/index.js';
import type { Doc } from '../../codegen/model.js';
import { isServed } from '../../codegen/served.js';
import { served as runtimeServed } from '../../runtime/api/served.js';
import { sectionOf, textOf } from './link-check.js';

const repo = join(import.meta.dirname, '..', '..');
const corpus = join(repo, '..', 'shared', 'corpus', 'curl-8.22');
const haveCorpus = existsSync(join(corpus, 'opts'));
if (!haveCorpus) console.warn(`no curl corpus at ${corpus}: skipping the support marks of curl's own docs`);

const temps: string[] = [];
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'manbind-served-'));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

const badge = (html: string): string | undefined => /<span class="badge (?:un)?supported" id="support">([^<]*)<\/span>/.exec(html)?.[1];

/** The doc comment on a key of a generated name object (`CURLOPT.URL`): what an editor's hover shows. */
function hover(text: string, baseName: string): string {
  const at = text.indexOf(`\n  ${baseName}: '${baseName}',\n`);
  expect(at, baseName).toBeGreaterThan(0);
  return text.slice(text.lastIndexOf('/**', at), at);
}

describe('support marks', () => {
  it('on a page the runtime serves and on one it does not', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'docs'));
    cpSync(join(repo, 'specs', 'CURLOPT_PORT.md'), join(dir, 'docs', 'CURLOPT_PORT.md'));
    // The same page under a name the runtime has no handler for.
    const page = readFileSync(join(repo, 'specs', 'CURLOPT_PORT.md'), 'utf8').replaceAll('CURLOPT_PORT', 'CURLOPT_MANBIND_NEVER');
    writeFileSync(join(dir, 'docs', 'CURLOPT_MANBIND_NEVER.md'), page);
    const site = await buildSite({ specs: 'docs', cwd: dir });
    const served = site.files.get('CURLOPT_PORT.html')!;
    expect(badge(served)).toBe('supported by the manbind runtime');
    expect(sectionOf(served, 'runtime')).toBeUndefined();
    const never = site.files.get('CURLOPT_MANBIND_NEVER.html')!;
    expect(badge(never)).toBe('not supported by the manbind runtime');
    expect(textOf(sectionOf(never, 'runtime')!)).toContain('Not supported by the manbind runtime: setopt returns CURLE_UNKNOWN_OPTION (48) for it.');

    const gen = await generate({ specs: 'docs', out: 'gen', cwd: dir, runtimeImport: 'manbind/types' });
    const options = gen.files.get('gen/options.ts')!;
    expect(hover(options, 'PORT')).not.toContain('@remarks');
    expect(hover(options, 'MANBIND_NEVER')).toContain('@remarks Not supported by the manbind runtime: setopt returns CURLE_UNKNOWN_OPTION (48) for it.');
    expect(gen.summary.served).toEqual({ options: 1, multiOptions: 0, infos: 0, functions: 0 });
    expect(gen.summary.notServed).toEqual(['CURLOPT_MANBIND_NEVER']);
  }, 60_000);

  it.skipIf(!haveCorpus)("on every page and hover of curl's docs, by the runtime's list", async () => {
    const cacheFile = join(temp(), 'cache.json');
    const site = await buildSite({ specs: corpus, cwd: repo, cacheFile });
    const gen = await generate({ specs: corpus, out: join(temp(), 'gen'), cwd: repo, cacheFile, runtimeImport: 'manbind/types' });
    const fileOf: Partial<Record<Doc['kind'], string>> = { option: 'options.ts', info: 'info.ts', 'multi-option': 'multi-options.ts' };
    const texts = new Map([...gen.files].map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]));
    const marked = { served: 0, notServed: 0 };
    for (const doc of gen.model.docs) {
      const html = site.files.get(site.hrefs.get(doc.name)!)!;
      const served = isServed(doc, gen.model.prefixes);
      if (served === undefined) {
        expect(badge(html), doc.name).toBeUndefined();
        continue;
      }
      expect(badge(html), doc.name).toBe(served ? 'supported by the manbind runtime' : 'not supported by the manbind runtime');
      expect(sectionOf(html, 'runtime') === undefined, doc.name).toBe(served);
      marked[served ? 'served' : 'notServed']++;
      const file = fileOf[doc.kind];
      if (file !== undefined) expect(hover(texts.get(file)!, doc.baseName).includes('@remarks Not supported by the manbind runtime'), doc.name).toBe(!served);
    }
    // The figures: COOKIEFILE and READFUNCTION were marked supported, and 429 pages in all
    // (both are served since issue 13; HSTS and HTTPPOST stand in for them).
    for (const name of ['CURLOPT_HSTS', 'CURLOPT_HTTPPOST']) {
      expect(badge(site.files.get(`${name}.html`)!), name).toBe('not supported by the manbind runtime');
    }
    expect(badge(site.files.get('CURLOPT_CONNECT_ONLY.html')!)).toBe('supported by the manbind runtime');
    expect(badge(site.files.get('curl_multi_perform.html')!)).toBe('supported by the manbind runtime');
    // a share option has a page without a signature, and the runtime has no share interface
    expect(badge(site.files.get('CURLSHOPT_SHARE.html')!)).toBe('not supported by the manbind runtime');
    expect(badge(site.files.get('libcurl-errors.html')!)).toBeUndefined();
    // never more pages marked than the runtime's list has names (the issue: 429 marked, 66 served)
    const listed = runtimeServed.options.length + runtimeServed.infos.length + runtimeServed.multiOptions.length + runtimeServed.functions.length;
    expect(marked.served).toBeGreaterThan(0);
    expect(marked.served).toBeLessThanOrEqual(listed);
    expect(marked.notServed).toBeGreaterThan(150);
    const s = gen.summary;
    expect(s.served.options + s.served.infos + s.served.multiOptions + s.served.functions).toBe(marked.served);
  }, 240_000);
});
