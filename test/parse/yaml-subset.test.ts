// The header YAML subset reader (yaml-subset.ts) stands in for the `yaml` package: whatever it
// returns must be exactly what yaml-document.ts makes of the package's document, and when it
// cannot it returns undefined. Checked on every frontmatter at hand and on generated ones.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readYamlDocument } from '../../codegen/parse/yaml-document.js';
import { readYamlSubset } from '../../codegen/parse/yaml-subset.js';
import { longTimeouts, RUNS } from '../fuzz/runs.js';

longTimeouts();

const root = join(import.meta.dirname, '..', '..');
const corpus = join(root, '..', 'shared', 'corpus');

function frontmatters(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...frontmatters(path));
    else if (name.endsWith('.md')) {
      const m = /^---\n([^]*?)\n---(?:\n|$)/.exec(readFileSync(path, 'utf8'));
      if (m) out.push(m[1]);
    }
  }
  return out;
}

describe('readYamlSubset', () => {
  it.each<[string, string]>([
    ['a curl header', 'c: Copyright (C) Daniel Stenberg, <daniel@haxx.se>, et al.\nSPDX-License-Identifier: curl\nTitle: CURLOPT_URL\nSection: 3\nSource: libcurl\nSee-also:\n  - CURLINFO_REDIRECT_URL (3)\n  - curl_url_set (3)\nProtocol:\n  - All\nAdded-in: 7.1'],
    ['a list at the key\'s indent', 'See-also:\n- a (3)\n- b'],
    ['an empty value', 'Title:\nSection: 3'],
    ['extra spaces', 'Title:    X  \nSee-also:\n  -   a  '],
  ])('reads %s as the yaml package does', (_name, text) => {
    const fast = readYamlSubset(text);
    expect(fast).toBeDefined();
    expect(fast).toEqual(readYamlDocument(text));
  });

  it.each<[string, string]>([
    ['quotes', 'Title: "X"'],
    ['a comment', 'Title: X # note'],
    ['a duplicate key', 'Title: X\nTitle: Y'],
    ['a blank line', 'Title: X\n\nSection: 3'],
    ['a flow list', 'Protocol: [HTTP, FTP]'],
    ['a folded line', 'Title: X\n  more'],
    ['a mapping in a value', 'Title: a: b'],
    ['tabs', 'Title:\tX'],
  ])('leaves %s to the yaml package', (_name, text) => {
    expect(readYamlSubset(text)).toBeUndefined();
  });

  it('reads every frontmatter at hand as the yaml package does, and all of curl 8.22 opts/ without it', () => {
    const all = [...frontmatters(corpus), ...frontmatters(join(root, 'specs')), ...frontmatters(join(root, 'test', 'fixtures'))];
    expect(all.filter((t) => readYamlSubset(t) !== undefined && JSON.stringify(readYamlSubset(t)) !== JSON.stringify(readYamlDocument(t)))).toEqual([]);
    expect(frontmatters(join(corpus, 'curl-8.22', 'opts')).filter((t) => readYamlSubset(t) === undefined)).toEqual([]);
  });

  // Generated headers: `clean` ones as curldown writes them (most are read by the subset, so
  // the comparison has something to compare), `noisy` ones with what YAML makes special.
  const word = fc.constantFrom('a', 'CURLOPT_X', '7.10', 'n/a', '(3)', 'All', 'é', 'x.y', 'Copyright (C) A, <a@b>, et al.', '~', '0');
  const noise = fc.constantFrom(' ', '  ', '-', ':', '#', ' #', '"', "'", ',', '[', '{', '*', '&', '!', '|', '>', '%', '@', '`', '?', '\t', '\\', ': ');
  const cleanValue = fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom('', '', ' ', '  ')).map(([w, pad]) => w.join(' ') + pad);
  const noisyValue = fc.array(fc.oneof(word, noise), { maxLength: 5 }).map((a) => a.join(''));
  const key = fc.constantFrom('Title', 'Section', 'Source', 'See-also', 'Protocol', 'c', 'Added-in', 'SPDX-License-Identifier', 'x_y');
  const entry = (value: fc.Arbitrary<string>): fc.Arbitrary<string> =>
    fc.oneof(
      fc.tuple(key, fc.constantFrom(': ', ':  '), value).map(([k, c, v]) => k + c + v),
      fc.tuple(key, fc.constantFrom('', '  ', ' '), fc.array(value, { maxLength: 4 })).map(([k, indent, items]) => [`${k}:`, ...items.map((v) => `${indent}- ${v}`)].join('\n')),
    );
  const clean = fc.array(entry(cleanValue), { minLength: 1, maxLength: 6 }).map((e) => e.join('\n'));
  const noisy = fc
    .array(fc.oneof(entry(noisyValue), fc.constantFrom('', '---', '...', '# c', '  more', '-k: v', 'A b: v', 'Title :x', '  - x')), { minLength: 1, maxLength: 8 })
    .map((l) => l.join('\n'));

  it.each([
    ['clean', clean],
    ['noisy', noisy],
  ])('reads generated %s headers as the yaml package does, or leaves them to it', (_name, headers) => {
    fc.assert(
      fc.property(headers, (text) => {
        const fast = readYamlSubset(text);
        if (fast !== undefined) expect(fast).toEqual(readYamlDocument(text));
      }),
      { numRuns: RUNS * 10 },
    );
  });
});
