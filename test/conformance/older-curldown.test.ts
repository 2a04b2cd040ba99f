// Older curldown: docs written before the `Added-in:` and `Protocol:` header lines take their
// versions from the docs set's symbols-in-versions and are not flagged for lacking those lines; a
// page whose Title disagrees with its file is kept under the name its NAME section gives, with a
// warning. Checked on small 8.6-shaped docs (test/fixtures/curldown-8.6) and on curl 8.7.1's docs
// (../shared/corpus, skipped when absent).
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../codegen/index.js';
import type { Model } from '../../codegen/model.js';
import { loadModel, loadModelFromTexts, overridesFromJSON, readSymbolsInVersions } from '../../codegen/parse/index.js';
import { formatDiagnostic, formatDiagnosticSummary } from '../../codegen/report.js';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'curldown-8.6', 'libcurl');
const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const has871 = existsSync(join(corpus, 'curl-8.7.1'));
if (!has871) console.warn(`skipping the curl 8.7.1 checks: ${corpus} is absent (it lives beside the project in the workplace only)`);

const added = (model: Model): Record<string, string | undefined> => Object.fromEntries(model.docs.map((d) => [d.name, d.addedIn]));

describe('docs older than Added-in and Protocol (8.6 shape)', () => {
  it('takes Added-in from symbols-in-versions beside the pages, and flags no missing header', async () => {
    const model = await loadModel(fixture);
    expect(added(model)).toEqual({
      CURLINFO_DEMO_TIME: '7.5',
      CURLINFO_DEMO_TIME_T: '7.59.0',
      CURLOPT_DEMO_MODE: '7.21.3',
      curl_demo_run: undefined, // curl's file lists no functions
    });
    expect(model.diagnostics.map(formatDiagnostic)).toEqual([
      'opts/CURLINFO_DEMO_TIME_T.md:4:1: Expected `Title:` to be `CURLINFO_DEMO_TIME_T` as the file name and the NAME section say, found `CURLINFO_DEMO_TIME`; the page is kept as `CURLINFO_DEMO_TIME_T` [curldown:title]',
    ]);
    expect(model.diagnostics[0]!.severity).toBe('warning');
  });

  it('finds symbols-in-versions above a specs folder of opts/ alone, as curl ships it', async () => {
    const model = await loadModel(join(fixture, 'opts'));
    expect(added(model)).toEqual({ CURLINFO_DEMO_TIME: '7.5', CURLINFO_DEMO_TIME_T: '7.59.0', CURLOPT_DEMO_MODE: '7.21.3' });
  });

  it('keeps a page whose Title names another page, under its NAME, beside that page', async () => {
    const model = await loadModel(fixture);
    const t = model.docs.find((d) => d.name === 'CURLINFO_DEMO_TIME_T');
    expect(t).toMatchObject({ kind: 'info', baseName: 'DEMO_TIME_T', file: 'opts/CURLINFO_DEMO_TIME_T.md', type: { kind: 'off_t' } });
    expect(model.docs.find((d) => d.name === 'CURLINFO_DEMO_TIME')).toMatchObject({ file: 'opts/CURLINFO_DEMO_TIME.md', type: { kind: 'double' } });
    expect(model.diagnostics.filter((d) => d.rule === 'model:duplicate' || d.rule === 'synopsis:parse')).toEqual([]);
  });

  it('prints one line per rule, and the run types the older pages as well', async () => {
    const result = await generate({ specs: fixture, out: 'gen', runtimeImport: 'manbind/types' });
    const shown = relative(process.cwd(), fixture);
    expect(formatDiagnosticSummary(result.diagnostics)).toEqual([
      `manbind: curldown:title: 1 warning, first: ${shown}/opts/CURLINFO_DEMO_TIME_T.md:4:1: Expected \`Title:\` to be \`CURLINFO_DEMO_TIME_T\` as the file name and the NAME section say, found \`CURLINFO_DEMO_TIME\`; the page is kept as \`CURLINFO_DEMO_TIME_T\` [curldown:title]`,
    ]);
    expect(result.files.get('gen/validators.ts')).toContain('  DEMO_MODE: oneOf(0, 1, 2),\n'); // the default 0 with the two named modes
    expect(result.files.get('gen/info.ts')).toContain('   * @since 7.59.0\n');
  });
});

describe('docs that use the newer header lines', () => {
  const page = (name: string, front: string[], sections: string[]): { file: string; text: string } => ({
    file: `${name}.md`,
    text: [
      '---',
      `Title: ${name}`,
      'Section: 3',
      'Source: libcurl',
      'See-also:',
      '  - curl (1)',
      ...front,
      '---',
      '',
      '# NAME',
      '',
      `${name} - a demo`,
      '',
      '# SYNOPSIS',
      '',
      '~~~c',
      `CURLcode curl_easy_setopt(CURL *handle, ${name}, long v);`,
      '~~~',
      '',
      '# DESCRIPTION',
      '',
      'Demo.',
      '',
      '# DEFAULT',
      '',
      '0',
      '',
      ...sections,
      '# EXAMPLE',
      '',
      '~~~c',
      `curl_easy_setopt(curl, ${name}, 1L);`,
      '~~~',
      '',
      '# RETURN VALUE',
      '',
      'CURLE_OK.',
      '',
    ].join('\n'),
  });
  const none = overridesFromJSON({});
  const rules = (model: Model): string[] => model.diagnostics.map((d) => `${d.file}: ${d.message}`);

  it('flags a page without them when other pages of the set have them', () => {
    const model = loadModelFromTexts(
      [
        page('CURLOPT_NEWER', ['Protocol:', '  - All', 'Added-in: 8.8.0'], ['# %PROTOCOLS%', '', '# %AVAILABILITY%', '']),
        page('CURLOPT_LACKING', [], []),
      ],
      { overrides: none },
    );
    expect(rules(model)).toEqual([
      'CURLOPT_LACKING.md: Expected a `Protocol:` line in the frontmatter of a section 3 page, found none',
      'CURLOPT_LACKING.md: Expected an `Added-in:` line in the frontmatter, found none',
    ]);
  });

  it('flags a page whose %PROTOCOLS% and %AVAILABILITY% have nothing to expand, even in an older set', () => {
    const model = loadModelFromTexts([page('CURLOPT_PLACEHOLDERS', [], ['# %PROTOCOLS%', '', '# %AVAILABILITY%', ''])], { overrides: none });
    expect(rules(model)).toEqual([
      'CURLOPT_PLACEHOLDERS.md: Expected a `Protocol:` line in the frontmatter of a section 3 page, found none',
      'CURLOPT_PLACEHOLDERS.md: Expected an `Added-in:` line in the frontmatter, found none',
    ]);
  });

  it('fills a missing Added-in from symbols-in-versions given in memory', () => {
    const symbols = readSymbolsInVersions(' Name  Introduced\n\nCURLOPT_LACKING   7.10.8\nCURLOPT_OLD  7.1  7.11.1  7.20.0\n');
    expect(symbols.get('CURLOPT_OLD')).toEqual({ introduced: '7.1', deprecated: '7.11.1', last: '7.20.0' });
    const model = loadModelFromTexts([page('CURLOPT_LACKING', [], [])], { overrides: none, symbols });
    expect(model.docs[0]!.addedIn).toBe('7.10.8');
  });
});

describe.skipIf(!has871)("curl 8.7.1's docs", () => {
  it('give one line per rule and no header diagnostics; versions come from symbols-in-versions', { timeout: 120_000 }, async () => {
    const result = await generate({ specs: join(corpus, 'curl-8.7.1'), out: 'gen', runtimeImport: 'manbind/types' });
    const at = relative(process.cwd(), join(corpus, 'curl-8.7.1'));
    expect(formatDiagnosticSummary(result.diagnostics)).toEqual([
      `manbind: curldown:frontmatter: 1 error, first: ${at}/ABI.md:1:1: Expected frontmatter between \`---\` lines at the start of the file, found \`<!--\` [curldown:frontmatter]`,
      `manbind: curldown:section: 3 warnings, first: ${at}/opts/CURLOPT_MIMEPOST.md:46:1: Expected a \`# DEFAULT\` section before \`# EXAMPLE\`, found none [curldown:section]`,
      `manbind: curldown:title: 7 warnings, first: ${at}/curl_mprintf.md:4:1: Expected \`Title:\` to be \`curl_mprintf\` as the file name and the NAME section say, found \`curl_printf\`; the page is kept as \`curl_mprintf\` [curldown:title]`,
      `manbind: model:duplicate: 1 error, first: ${at}/curl_multi_socket_all.md:1:1: Expected one page named \`curl_multi_socket\`, found another in curl_multi_socket.md [model:duplicate]`,
      'manbind: --verbose lists all 12 diagnostics',
    ]);
    // The two pages the issue names are kept, under their own names, with their own types.
    const doc = (name: string) => result.model.docs.find((d) => d.name === name);
    expect(doc('CURLINFO_FILETIME_T')).toMatchObject({ file: 'opts/CURLINFO_FILETIME_T.md', type: { kind: 'off_t' }, addedIn: '7.59.0' });
    expect(doc('CURLOPT_SSH_HOSTKEYDATA')).toMatchObject({ file: 'opts/CURLOPT_SSH_HOSTKEYDATA.md', addedIn: '7.84.0' });
    expect(doc('CURLINFO_FILETIME')).toMatchObject({ file: 'opts/CURLINFO_FILETIME.md' });
    expect(result.model.docs.filter((d) => d.kind === 'option' && d.addedIn === undefined).map((d) => d.name)).toEqual([]);
  });
});
