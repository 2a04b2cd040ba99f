// Nothing generated depends on the folder the generator runs in or the machine: stamps and sources
// are named relative to --specs, `--check` answers the same from any folder, and doc comments link
// to the docs pages (curl's for libcurl docs, --docs-url or package.json's otherwise), never to a
// specs file the package does not ship.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../codegen/cli.js';
import { generate } from '../../codegen/index.js';
import { captured, type Captured } from './captured.js';

const repo = join(import.meta.dirname, '..', '..');
let dir: string;
let pkg: string;

// A package with curl's docs/libcurl layout: option pages in opts/, a function page beside it.
beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'manbind-stable-')));
  pkg = join(dir, 'app');
  mkdirSync(join(pkg, 'docs', 'opts'), { recursive: true });
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'app', manbind: { runtimeImport: '../runtime/types.js' } }));
  for (const name of ['CURLOPT_CONNECT_ONLY.md', 'CURLOPT_URL.md', 'CURLINFO_ACTIVESOCKET.md']) {
    cpSync(join(repo, 'specs', name), join(pkg, 'docs', 'opts', name));
  }
  cpSync(join(repo, 'specs', 'curl_easy_send.md'), join(pkg, 'docs', 'curl_easy_send.md'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** main() run from `cwd`, streams captured. */
function runIn(cwd: string, ...argv: string[]): Promise<Captured> {
  return captured(() => main(argv), cwd);
}

const read = (name: string): string => readFileSync(join(pkg, 'gen', name), 'utf8');

describe('output that does not depend on the cwd', () => {
  it('--check passes from the package, from a subfolder and from an unrelated folder', async () => {
    const made = await runIn(pkg, 'generate', '--no-cache', '--specs', 'docs', '--out', 'gen');
    expect(made.code).toBe(0);
    const elsewhere = mkdtempSync(join(dir, 'elsewhere-'));
    for (const [cwd, specs, out] of [
      [pkg, 'docs', 'gen'],
      [join(pkg, 'docs', 'opts'), '..', '../../gen'],
      [elsewhere, relative(elsewhere, join(pkg, 'docs')), relative(elsewhere, join(pkg, 'gen'))],
      [elsewhere, join(pkg, 'docs'), join(pkg, 'gen')],
    ] as const) {
      const check = await runIn(cwd, 'generate', '--no-cache', '--specs', specs, '--out', out, '--check');
      expect(check.stdout, `from ${cwd}`).not.toContain('--- a/');
      expect(check.stderr, `from ${cwd}`).not.toContain('differ from');
      expect(check.code, `from ${cwd}`).toBe(0);
    }
  });

  it('names stamps and sources relative to --specs, and holds no path of this machine', async () => {
    await runIn(join(pkg, 'docs', 'opts'), 'generate', '--no-cache', '--specs', '..', '--out', '../../gen');
    for (const name of ['options.ts', 'info.ts', 'types.ts', 'validators.ts', 'index.ts', 'docs-model.json']) {
      const text = read(name);
      expect(text, name).not.toContain(dir);
      expect(text, name).not.toMatch(/\.\.\/(?!runtime\/types\.js')/); // only the package's runtime import
      expect(text, name).not.toMatch(/@see [^{\n]*\bspecs\//);
    }
    expect(read('options.ts').split('\n')[0]).toBe('// generated from docs by manbind; do not edit');
    // The package's own runtime import, found from --out, not from the cwd.
    expect(read('info.ts')).toContain("from '../runtime/types.js';");
    const model = JSON.parse(read('docs-model.json')) as { docs: { name: string; file: string; source: string }[] };
    expect(model.docs.map((d) => [d.name, d.file, d.source])).toEqual([
      ['CURLINFO_ACTIVESOCKET', 'opts/CURLINFO_ACTIVESOCKET.md', 'opts/CURLINFO_ACTIVESOCKET.md'],
      ['CURLOPT_CONNECT_ONLY', 'opts/CURLOPT_CONNECT_ONLY.md', 'opts/CURLOPT_CONNECT_ONLY.md'],
      ['CURLOPT_URL', 'opts/CURLOPT_URL.md', 'opts/CURLOPT_URL.md'],
      ['curl_easy_send', 'curl_easy_send.md', 'curl_easy_send.md'],
    ]);
  });

  it('names pages of a flat specs folder by file name', async () => {
    const flat = join(dir, 'flat');
    mkdirSync(flat);
    cpSync(join(repo, 'specs', 'CURLOPT_URL.md'), join(flat, 'CURLOPT_URL.md'));
    const result = await generate({ specs: flat, out: join(dir, 'out'), runtimeImport: 'manbind/types' });
    expect(result.model.docs.map((d) => d.file)).toEqual(['CURLOPT_URL.md']);
    expect(result.files.get(`${relative(process.cwd(), join(dir, 'out'))}/options.ts`)).toContain(
      '   * @see {@link https://curl.se/libcurl/c/CURLOPT_URL.html | CURLOPT_URL} from CURLOPT_URL.md (generated; do not edit)\n',
    );
  });

  it('gives the repo specs the same files from the repo and from another folder', async () => {
    const here = await generate({ specs: join(repo, 'specs'), out: join(repo, 'generated'), cwd: repo });
    const there = await generate({ specs: join(repo, 'specs'), out: join(repo, 'generated'), cwd: tmpdir() });
    const byName = (files: Map<string, string>): [string, string][] => [...files].map(([p, t]) => [p.slice(p.lastIndexOf('/') + 1), t]);
    expect(byName(there.files)).toEqual(byName(here.files));
  }, 60_000);
});

describe('doc comments link to the docs pages, not to the specs', () => {
  const seeLine = (name: string): string => read('options.ts').split('\n').find((l) => l.includes(`| ${name}} from`) || l.includes(`@see ${name} from`))!;

  it("links libcurl docs to curl's own pages by default", async () => {
    await runIn(pkg, 'generate', '--no-cache', '--specs', 'docs', '--out', 'gen');
    expect(seeLine('CURLOPT_URL')).toBe(
      '   * @see {@link https://curl.se/libcurl/c/CURLOPT_URL.html | CURLOPT_URL} from opts/CURLOPT_URL.md (generated; do not edit)',
    );
    // Every doc comment ends so: no @see names a file.
    for (const name of ['options.ts', 'info.ts', 'types.ts']) {
      expect(read(name).match(/@see [^\n]*\.md(?! \(generated)/g) ?? [], name).toEqual([]);
    }
  });

  it('links to --docs-url, or to package.json manbind.docsUrl, or names the page when told none', async () => {
    await runIn(pkg, 'generate', '--no-cache', '--specs', 'docs', '--out', 'gen', '--docs-url', 'https://docs.example/api');
    expect(seeLine('CURLOPT_URL')).toContain('@see {@link https://docs.example/api/CURLOPT_URL.html | CURLOPT_URL} from opts/CURLOPT_URL.md');

    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'app', manbind: { docsUrl: 'https://app.example/docs/' } }));
    await runIn(pkg, 'generate', '--no-cache', '--specs', 'docs', '--out', 'gen');
    expect(seeLine('CURLOPT_URL')).toContain('@see {@link https://app.example/docs/CURLOPT_URL.html | CURLOPT_URL} from opts/CURLOPT_URL.md');

    await runIn(pkg, 'generate', '--no-cache', '--specs', 'docs', '--out', 'gen', '--docs-url', 'none');
    expect(seeLine('CURLOPT_URL')).toBe('   * @see CURLOPT_URL from opts/CURLOPT_URL.md (generated; do not edit)');
  });

  it('refuses a --docs-url that is not an http(s) folder URL, in one line', async () => {
    const bad = await runIn(pkg, 'generate', '--no-cache', '--specs', 'docs', '--out', 'gen', '--docs-url', 'docs/site');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(
      'manbind: expected the docs URL to be an http(s) URL of a folder, such as https://example.com/docs/, not `docs/site`\n',
    );
  });
});
