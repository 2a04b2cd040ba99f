// The curldown subset readers (markdown-subset.ts, inline-subset.ts) stand in for remark-parse:
// whatever they return must be exactly remark's tree (positions and key order included), and
// when they cannot they return undefined. Checked on every page at hand and on generated pages.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMarkdownSubset } from '../../codegen/parse/markdown-subset.js';
import { longTimeouts, RUNS } from '../fuzz/runs.js';

longTimeouts();

const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();
const root = join(import.meta.dirname, '..', '..');
const corpus = join(root, '..', 'shared', 'corpus');

/** JSON keeps key order, which the docs model's output depends on. */
const same = (text: string): boolean | undefined => {
  const fast = parseMarkdownSubset(text);
  return fast === undefined ? undefined : JSON.stringify(fast) === JSON.stringify(remark.parse(text));
};

function pages(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...pages(path));
    else if (name.endsWith('.md')) out.push(path);
  }
  return out;
}

describe('parseMarkdownSubset', () => {
  it.each<[string, string]>([
    ['a page with frontmatter, headings, code and prose', '---\nTitle: X\n---\n\n# NAME\n\nX - y\n\n# SYNOPSIS\n\n~~~c\nint x;\n~~~\n'],
    ['emphasis, strong and code spans', '*mode* and **bold** and `code` and ***both***\n'],
    ['intraword underscores and a trailing star', 'CURLOPT_URL and CURLFTPAUTH_* values, **CURLFTPAUTH_*** too\n'],
    ['escapes', 'a \\<name\\> and \\*not\\* and a \\ alone\n'],
    ['a hard break and a dropped trailing space', 'one  \ntwo \nthree  \n'],
    ['continuation lines with leading spaces', 'one\n   two\n  `code\n  span`\n'],
    ['an indented code block', 'text:\n\n    host[:port]\n\n      more\n\n\nafter\n'],
    ['a tight list and an empty numbered item', '* Login\n* Plain\n  more\nlazy\n\n# DEFAULT\n\n20.\n'],
    ['a list that interrupts a paragraph', 'proxy\n- when there is a request\n'],
    ['a plain link', 'see [priority *string*](https://example.com/a_b.html).\n'],
    ['brackets that are not links', 'within [brackets] and [][-!^] and a [b]\n'],
    ['an HTML comment line', '<!-- markdown-link-check-disable -->\n# NAME\n'],
    ['a heading with code', '## `CURLAUTH_ANY` (1)\n'],
  ])('reads %s as remark does', (_name, text) => {
    expect(same(text)).toBe(true);
  });

  it.each<[string, string]>([
    ['a block quote', '> quoted\n'],
    ['a setext heading', 'Title\n=====\n'],
    ['a thematic break', 'a\n\n***\n'],
    ['a loose list', '- a\n\n- b\n'],
    ['a nested list', '- a\n  - b\n'],
    ['a link definition', '[a]: https://example.com\n\n[a]\n'],
    ['raw HTML in text', 'a <b>bold</b> word\n'],
    ['a character reference', 'R&amp;D\n'],
    ['an autolink', '<https://example.com>\n'],
    ['an image', '![alt](x.png)\n'],
    ['a backslash hard break', 'a\\\nb\n'],
    ['tabs', 'a\tb\n'],
    ['CR LF line ends', '# NAME\r\n\r\nx\r\n'],
    ['an unclosed fence', '~~~c\nint x;\n'],
    ['an unclosed frontmatter', '---\nTitle: X\n'],
  ])('leaves %s to remark', (_name, text) => {
    expect(parseMarkdownSubset(text)).toBeUndefined();
  });

  it('reads every page at hand as remark does, and all of curl 8.22 opts/ without remark', () => {
    const files = [...pages(corpus), ...pages(join(root, 'specs')), ...pages(join(root, 'test', 'fixtures'))];
    const differ = files.filter((f) => same(readFileSync(f, 'utf8')) === false);
    expect(differ).toEqual([]);
    const opts = pages(join(corpus, 'curl-8.22', 'opts'));
    if (opts.length === 0) return; // no corpus outside this workplace
    expect(opts.filter((f) => parseMarkdownSubset(readFileSync(f, 'utf8')) === undefined)).toEqual([]);
  });

  // Generated pages: curldown-like blocks made of pieces that mean something to markdown. `prose`
  // keeps to what the subset reads (so most pages are compared in full); `noisy` adds what it
  // leaves to remark.
  const pieces = [
    'foo', 'CURLOPT_X', 'a_b', 'x', 'é', '—', '…', '\u00a0', ' ', ' ', '  ', '.', ',', '(', ')', ':', '!', '?', '-', '"',
    '*', '*', '**', '***', '_', '_', '__', '`', '`', '``', '\\*', '\\_', '\\`', '\\<', '\\\\', '\\', '[', ']',
    '[a](https://x.se/y)', '[*a* b](u)', '&', '#', '~', '=', '+', '1.', '\n', '\n  ', '  \n', '\n   # ', '\n    ', '\n~~~',
  ];
  const line = (extra: string[]): fc.Arbitrary<string> =>
    fc.array(fc.constantFrom(...pieces, ...extra), { minLength: 1, maxLength: 14 }).map((a) => a.join(''));
  const blocks = (inline: fc.Arbitrary<string>, extra: string[]): fc.Arbitrary<string> =>
    fc.oneof(
      { weight: 4, arbitrary: inline },
      inline.map((t) => `# ${t}`),
      fc.tuple(fc.constantFrom('##', '###'), inline).map(([h, t]) => `${h} ${t}`),
      fc.tuple(fc.constantFrom('~~~c', '~~~', '```', '````'), fc.array(fc.constantFrom('int x;', '', '  y', '~~~~', '```', ' ~~~', '  */'), { maxLength: 4 }), fc.constantFrom('~~~', '```', '````', '~~~ '))
        .map(([open, body, close]) => [open, ...body, close].join('\n')),
      fc.array(fc.constantFrom('    code', '      deeper', '', '    ', '  x'), { minLength: 1, maxLength: 4 }).map((l) => l.join('\n')),
      fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '20.', '- '), inline, fc.constantFrom('', '\n- more', '\n* other', '\n  cont', '\nlazy', '\n\n- loose', '\n  - nested', '\n    # h', '\n  ~~~', '\n     x', '\n#'))
        .map(([m, t, more]) => (m.endsWith(' ') ? m + t : m) + more),
      fc.constantFrom('<!-- c -->', ...extra),
    );
  const page = (inline: fc.Arbitrary<string>, extra: string[]): fc.Arbitrary<string> =>
    fc
      .tuple(fc.boolean(), fc.array(fc.tuple(blocks(inline, extra), fc.constantFrom('\n', '\n\n', '\n\n\n')), { maxLength: 8 }), fc.constantFrom('', '\n'))
      .map(([front, list, end]) => (front ? '---\nTitle: X\n---\n' : '') + list.map(([b, sep]) => b + sep).join('') + end);
  const prose = page(line([]), []);
  const noisy = page(line(['](', '&amp;', '<', '>', '\t']), ['<div>', '> q', '***', '---', '===', '[d]: /u', '   indented', '\ttab']);

  it.each([
    ['curldown-like', prose],
    ['noisy', noisy],
  ])('reads generated %s pages as remark does, or leaves them to it', (_name, pages) => {
    fc.assert(
      fc.property(pages, (text) => {
        expect(same(text)).not.toBe(false);
      }),
      { numRuns: RUNS * 10 },
    );
  });
});
