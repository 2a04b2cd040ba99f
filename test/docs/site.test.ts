// `manbind docs` without a browser: the site built from the repo's specs (and from curl's real docs
// when the corpus is present) has a page per doc, no broken local links, no asset from the network,
// and each page shows its signature and sections. See-also names without a page are diagnostics.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, pageFile, writeSite, type DocsResult } from '../../codegen/docs/site.js';
import { formatDiagnostic } from '../../codegen/index.js';
import { main } from '../../codegen/cli.js';
import { checkLinks, htmlFiles, sectionOf, textOf } from './link-check.js';
import { captured, type Captured } from '../codegen/captured.js';

const repo = join(import.meta.dirname, '..', '..');
const corpus = join(repo, '..', 'shared', 'corpus', 'curl-8.22');
const temps: string[] = [];
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'manbind-docs-'));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('the site of the repo specs', () => {
  let out: string;
  let result: DocsResult;
  let model: { docs: { name: string; kind: string; seeAlso: string[] }[] };
  beforeAll(async () => {
    out = temp();
    result = await buildSite({ specs: 'specs', cwd: repo });
    writeSite(out, result.files);
    model = JSON.parse(readFileSync(join(repo, 'generated', 'docs-model.json'), 'utf8'));
  }, 120_000);

  it('has an index and one page per option, info and function, and every link resolves', () => {
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    for (const doc of model.docs) expect(existsSync(join(out, pageFile(doc.name))), doc.name).toBe(true);
    expect(result.pages).toBe(model.docs.length);
    const check = checkLinks(out);
    expect(check.problems).toEqual([]);
    expect(check.files).toBe(model.docs.length + 1);
    expect(check.links).toBeGreaterThan(model.docs.length * 3);
    // Every see-also of the project's specs has a page.
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('shows the signature, sections in order, TypeScript example before C, and see-also links', () => {
    const html = readFileSync(join(out, 'CURLOPT_CONNECT_ONLY.html'), 'utf8');
    expect(textOf(sectionOf(html, 'signature')!)).toContain('setopt(option: typeof CURLOPT.CONNECT_ONLY, value: 0 | 1 | 2)');
    expect(html).toContain('<p class="summary">set up the connection, then hand it to the application</p>');
    const order = ['signature', 'description', 'default', 'protocols', 'examples', 'availability', 'see-also'].map((id) =>
      html.indexOf(`<section id="${id}">`),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const examples = sectionOf(html, 'examples')!;
    expect(examples.indexOf('>TypeScript</h3>')).toBeGreaterThan(0);
    expect(examples.indexOf('>TypeScript</h3>')).toBeLessThan(examples.indexOf('>C</h3>'));
    expect(examples).toContain('class="shiki'); // highlighted at build time
    expect(textOf(examples)).toContain("easy.setopt(CURLOPT.CONNECT_ONLY, 1);");
    expect(textOf(sectionOf(html, 'availability')!)).toContain('Added in curl 7.15.2.');
    expect(textOf(sectionOf(html, 'protocols')!)).toContain('All');
    expect(sectionOf(html, 'see-also')).toContain('<a href="CURLINFO_ACTIVESOCKET.html">CURLINFO_ACTIVESOCKET</a>');
    expect(html).toContain('supported by the manbind runtime');
    expect(html).not.toContain('not supported by the manbind runtime');
    // References in the description link to their pages.
    expect(sectionOf(html, 'description')).toContain('<a href="curl_easy_send.html">curl_easy_send(3)</a>');
  });

  it("is titled with the docs' own name, and names each page's source inside the specs with its upstream page", () => {
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    // manbind's specs say `Copyright (C) manbind contributors` and have no libcurl overview page.
    expect(index).toContain('<title>manbind</title>');
    expect(index).toContain('<h1 class="index">manbind</h1>');
    const html = readFileSync(join(out, 'CURLOPT_CONNECT_ONLY.html'), 'utf8');
    expect(html).toContain('<title>CURLOPT_CONNECT_ONLY - manbind</title>');
    expect(html).toContain('<header class="site"><a href="index.html">manbind</a></header>');
    expect(html).toContain(
      '<p class="source">Source: <code>CURLOPT_CONNECT_ONLY.md</code> · <a class="upstream" href="https://curl.se/libcurl/c/CURLOPT_CONNECT_ONLY.html">CURLOPT_CONNECT_ONLY on curl.se</a></p>',
    );
  });

  it('is the same site built from another folder', async () => {
    const again = await buildSite({ specs: join(repo, 'specs'), cwd: tmpdir() });
    expect([...again.files.keys()]).toEqual([...result.files.keys()]);
    for (const [path, text] of result.files) expect(again.files.get(path), path).toBe(text);
  });

  it('shows a function page with its return value', () => {
    const html = readFileSync(join(out, 'curl_easy_cleanup.html'), 'utf8');
    expect(textOf(sectionOf(html, 'signature')!)).toContain('function curl_easy_cleanup(handle: unknown): void');
    expect(textOf(sectionOf(html, 'return-value')!)).toContain('Nothing.');
  });

  it('indexes every page with kind, protocol and version filters and the total count', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect((html.match(/<li data-id=/g) ?? []).length).toBe(model.docs.length);
    expect(html).toContain(`<span id="count">${model.docs.length} of ${model.docs.length} pages</span>`);
    for (const id of ['search', 'kind', 'protocol', 'version']) expect(html).toContain(`id="${id}"`);
    expect(html).toMatch(/<select id="kind">.*<option value="option">option<\/option>/);
    expect(html).toMatch(/<select id="version">.*<option value="7\.15\.2">/);
    const index = readFileSync(join(out, 'assets', 'search-index.js'), 'utf8');
    expect(index).toMatch(/^window\.MANBIND_SEARCH = \{/);
    expect(readFileSync(join(out, 'assets', 'minisearch.js'), 'utf8')).not.toContain('sourceMappingURL');
  });
});

describe('NAME(3) in prose', () => {
  it('links to the page when it exists, dashes in names included, and stays text otherwise', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'specs'));
    cpSync(join(repo, 'specs', 'CURLOPT_URL.md'), join(dir, 'specs', 'CURLOPT_URL.md'));
    writeFileSync(
      join(dir, 'specs', 'libcurl-demo.md'),
      [
        '---',
        'Title: libcurl-demo',
        'Section: 3',
        'Source: libcurl',
        'See-also:',
        '  - CURLOPT_URL (3)',
        'Protocol:',
        '  - All',
        'Added-in: n/a',
        '---',
        '',
        '# NAME',
        '',
        'libcurl-demo - an overview page for the tests',
        '',
        '# DESCRIPTION',
        '',
        'Set CURLOPT_URL(3) first; this page is libcurl-demo(3); errors are in libcurl-errors(3), which has no page here.',
        '',
      ].join('\n'),
    );
    const site = await buildSite({ specs: 'specs', cwd: dir });
    const description = sectionOf(site.files.get('libcurl-demo.html')!, 'description')!;
    expect(description).toContain(
      'Set <a href="CURLOPT_URL.html">CURLOPT_URL(3)</a> first; this page is <a href="libcurl-demo.html">libcurl-demo(3)</a>; ' +
        'errors are in libcurl-errors(3), which has no page here.',
    );
  });
});

describe('the site title', () => {
  const seed = join(repo, '..', 'shared', 'seeds', 'FETCHOPT_CONNECT_ONLY.md');
  it.skipIf(!existsSync(seed))("is the library the pages' Source names when nothing else names the docs (the libfetch seed)", async () => {
    const dir = temp();
    mkdirSync(join(dir, 'specs'));
    cpSync(seed, join(dir, 'specs', 'FETCHOPT_CONNECT_ONLY.md'));
    const site = await buildSite({ specs: 'specs', cwd: dir });
    expect(site.files.get('index.html')).toContain('<h1 class="index">libfetch</h1>');
    // No upstream site for the fork: the source line names the file only.
    expect(site.files.get('FETCHOPT_CONNECT_ONLY.html')).toContain('<p class="source">Source: <code>FETCHOPT_CONNECT_ONLY.md</code></p>');
  });

  it('is --title when given', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'specs'));
    cpSync(join(repo, 'specs', 'CURLOPT_URL.md'), join(dir, 'specs', 'CURLOPT_URL.md'));
    const site = await buildSite({ specs: 'specs', cwd: dir, title: 'Acme API' });
    expect(site.files.get('index.html')).toContain('<h1 class="index">Acme API</h1>');
  });
});

describe('the link checker', () => {
  it('reports a missing page, a missing asset and an asset loaded from the network', () => {
    const dir = temp();
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'site.css'), 'body { color: red; }');
    writeFileSync(join(dir, 'ok.html'), '<a href="index.html">x</a>');
    writeFileSync(
      join(dir, 'index.html'),
      '<link rel="stylesheet" href="assets/site.css"><a href="ok.html#x">ok</a><a href="gone.html">gone</a>' +
        '<script src="assets/missing.js"></script><script src="https://cdn.example/x.js"></script><a href="https://curl.se/">fine</a>',
    );
    expect(checkLinks(dir).problems).toEqual([
      { file: 'index.html', url: 'gone.html', problem: 'no such file' },
      { file: 'index.html', url: 'assets/missing.js', problem: 'no such file' },
      { file: 'index.html', url: 'https://cdn.example/x.js', problem: '<script src> loads from the network' },
    ]);
  });
});

describe('see-also names without a page', () => {
  it('are diagnostics at the name in the source, rendered as plain text', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'specs'));
    for (const name of ['CURLOPT_CONNECT_ONLY.md', 'CURLOPT_VERBOSE.md']) cpSync(join(repo, 'specs', name), join(dir, 'specs', name));
    const result = await buildSite({ specs: 'specs', cwd: dir });
    const lines = result.diagnostics.map(formatDiagnostic);
    expect(lines).toContainEqual(expect.stringMatching(/^specs\/CURLOPT_CONNECT_ONLY\.md:\d+:\d+: see-also CURLINFO_ACTIVESOCKET has no page in the docs site \[docs:see-also\]$/));
    const d = result.diagnostics.find((x) => x.message.includes('CURLINFO_ACTIVESOCKET'))!;
    const line = readFileSync(join(dir, 'specs', 'CURLOPT_CONNECT_ONLY.md'), 'utf8').split('\n')[d.line - 1]!;
    expect(line.slice(d.column - 1)).toMatch(/^CURLINFO_ACTIVESOCKET\b/);
    const html = result.files.get('CURLOPT_CONNECT_ONLY.html')!;
    expect(html).toContain('<span class="missing" title="no page for this name">CURLINFO_ACTIVESOCKET</span>');
    expect(html).toContain('<a href="CURLOPT_VERBOSE.html">CURLOPT_VERBOSE</a>');
    expect(html).not.toContain('href="CURLINFO_ACTIVESOCKET.html"');
  });
});

describe('manbind docs (CLI)', () => {
  function run(cwd: string, ...argv: string[]): Promise<Captured> {
    return captured(() => main(argv), cwd);
  }

  it('writes site/ by default, replaces its own output, and refuses a folder it did not write', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'specs'));
    for (const name of ['CURLOPT_CONNECT_ONLY.md', 'CURLOPT_VERBOSE.md']) cpSync(join(repo, 'specs', name), join(dir, 'specs', name));
    const first = await run(dir, 'docs', '--no-cache');
    expect(first.stdout).toMatch(/^manbind: 2 pages from specs written to site, \d+ diagnostics, \d+ ms\n$/);
    expect(first.code).toBe(0);
    expect(readdirSync(join(dir, 'site')).sort()).toEqual(['.manbind-docs', 'CURLOPT_CONNECT_ONLY.html', 'CURLOPT_VERBOSE.html', 'assets', 'index.html']);
    writeFileSync(join(dir, 'site', 'stale.html'), '');
    expect((await run(dir, 'docs', '--no-cache')).code).toBe(0);
    expect(existsSync(join(dir, 'site', 'stale.html'))).toBe(false);

    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine', 'notes.txt'), 'keep');
    const refused = await run(dir, 'docs', '--no-cache', '--out', 'mine');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('manbind: mine holds files that manbind docs did not write; choose an empty or new folder\n');
    expect(readFileSync(join(dir, 'mine', 'notes.txt'), 'utf8')).toBe('keep');
  }, 60_000);

  it('reports a usage error with exit code 2', async () => {
    const r = await run(repo, 'docs', '--nope');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('manbind: unknown flag --nope\nusage: manbind docs [--specs DIR] [--out DIR] [--title TEXT] [--verbose] [--no-cache]\n');
  });
});

describe.skipIf(!existsSync(corpus))('the site of curl 8.22 docs (corpus)', () => {
  if (!existsSync(corpus)) console.warn(`skipped: no corpus at ${corpus}`);
  it('has a page for every option, info and function, and every see-also resolves or is reported', async () => {
    const out = temp();
    const started = performance.now();
    const result = await buildSite({ specs: corpus, cwd: repo });
    writeSite(out, result.files);
    console.info(`corpus site: ${result.pages} pages in ${Math.round(performance.now() - started)} ms`);
    const mdFiles = [...readdirSync(corpus), ...readdirSync(join(corpus, 'opts'))].filter((n) => n.endsWith('.md'));
    const names = new Set(mdFiles.map((n) => n.slice(0, -3)));
    for (const name of names) {
      if (name === 'ABI') continue; // not a curldown page (no frontmatter): a diagnostic, no page
      const href = result.hrefs.get(name);
      expect(href, name).toBeDefined();
      expect(existsSync(join(out, href!)), name).toBe(true);
    }
    const check = checkLinks(out);
    expect(check.problems).toEqual([]);
    // Each see-also item is a link to a page or a missing name with a diagnostic.
    let missing = 0;
    for (const file of htmlFiles(out)) {
      const seeAlso = sectionOf(readFileSync(file, 'utf8'), 'see-also');
      if (seeAlso === undefined) continue;
      const items = (seeAlso.match(/<li>/g) ?? []).length;
      const links = (seeAlso.match(/<li><a href=/g) ?? []).length;
      const spans = (seeAlso.match(/<li><span class="missing"/g) ?? []).length;
      expect(links + spans).toBe(items);
      missing += spans;
    }
    expect(result.diagnostics.filter((d) => d.rule === 'docs:see-also')).toHaveLength(missing);
    const page = readFileSync(join(out, 'CURLOPT_CONNECT_ONLY.html'), 'utf8');
    expect(textOf(sectionOf(page, 'signature')!)).toContain('typeof CURLOPT.CONNECT_ONLY');
    // curl's docs are titled libcurl (they have libcurl.md), and their pages name libcurl-errors(3).
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<h1 class="index">libcurl</h1>');
    expect(sectionOf(page, 'return-value')).toContain('<a href="libcurl-errors.html">libcurl-errors(3)</a>');
    expect(page).toContain('Source: <code>opts/CURLOPT_CONNECT_ONLY.md</code>');
    // A share handle (CURLSH *) has no runtime counterpart: the page says so.
    const share = readFileSync(join(out, 'CURLOPT_SHARE.html'), 'utf8');
    expect(share).toContain('>not supported by the manbind runtime<');
    expect(textOf(sectionOf(share, 'runtime')!)).toContain('CURLSH *');
    const deprecated = readFileSync(join(out, 'CURLINFO_LASTSOCKET.html'), 'utf8');
    expect(sectionOf(deprecated, 'deprecated')).toBeDefined();
    expect(deprecated).toContain('<span class="badge deprecated">deprecated</span>');
  }, 240_000);
});
