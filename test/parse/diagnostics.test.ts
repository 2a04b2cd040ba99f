// Exact diagnostic texts for bad input, as the CLI prints them (`path:line:col: message [rule]`).
// Each case is a small page built from parts, so the line numbers below can be checked by eye.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../codegen/model.js';
import { loadModelFromTexts, overridesFromJSON, parseDoc } from '../../codegen/parse/index.js';

const format = (d: Diagnostic): string => `${d.file}:${d.line}:${d.column}: ${d.message} [${d.rule}]`;
const noOverrides = overridesFromJSON({});

const FRONT = [
  '---',
  'Title: CURLOPT_VERBOSE',
  'Section: 3',
  'Source: libcurl',
  'See-also:',
  '  - CURLOPT_STDERR (3)',
  'Protocol:',
  '  - All',
  'Added-in: 7.1',
  '---',
].join('\n'); // lines 1-10

/** A page: the frontmatter (10 lines), then `# NAME` at line 12 and the given sections. */
function page(opts: { front?: string; synopsis?: string; defaultText?: string; heading?: string; description?: boolean } = {}): string {
  const parts = [
    opts.front ?? FRONT,
    '',
    '# NAME', // 12
    '',
    'CURLOPT_VERBOSE - say what happens',
    '',
    `# ${opts.heading ?? 'SYNOPSIS'}`, // 16
    '',
    '~~~c', // 18
    opts.synopsis ?? 'CURLcode curl_easy_setopt(CURL *handle, CURLOPT_VERBOSE, long onoff);', // 19
    '~~~',
    '',
  ];
  if (opts.description !== false) parts.push('# DESCRIPTION', '', 'Turns chatter on.', ''); // 22
  parts.push('# DEFAULT', '', opts.defaultText ?? '0', '', '# EXAMPLE', '', '~~~c', 'curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);', '~~~', '', '# RETURN VALUE', '', 'CURLE_OK.', '');
  return parts.join('\n');
}

const cases: [string, { given: string; want: string[] }][] = [
  ['a valid page', { given: page(), want: [] }],
  [
    'no frontmatter',
    { given: '# NAME\n\nCURLOPT_VERBOSE - x\n', want: ['specs/X.md:1:1: Expected frontmatter between `---` lines at the start of the file, found `# NAME` [curldown:frontmatter]'] },
  ],
  ['an empty file', { given: '', want: ['specs/X.md:1:1: Expected frontmatter between `---` lines at the start of the file, found an empty file [curldown:frontmatter]'] }],
  [
    'bad YAML, position mapped into the file',
    {
      given: page({ front: '---\nTitle: CURLOPT_VERBOSE\nSection: 3\nSource: "libcurl\n---' }),
      want: ['specs/X.md:4:17: Expected valid YAML frontmatter, found an error: Missing closing "quote [curldown:frontmatter]'],
    },
  ],
  [
    'a duplicate key',
    {
      given: page({ front: '---\nTitle: A\nTitle: B\n---' }),
      want: ['specs/X.md:3:1: Expected valid YAML frontmatter, found an error: Map keys must be unique [curldown:frontmatter]'],
    },
  ],
  [
    'frontmatter that is not a map',
    { given: page({ front: '---\n- Title\n---' }), want: ['specs/X.md:2:1: Expected frontmatter of `Key: value` lines, found a list [curldown:frontmatter]'] },
  ],
  [
    'missing headers, reported at the closing ---',
    {
      given: page({ front: '---\nTitle: CURLOPT_VERBOSE\nSection: 3\n---' }),
      want: [
        'specs/X.md:4:1: Expected a `Source:` line in the frontmatter, found none [curldown:header]',
        'specs/X.md:4:1: Expected a `See-also:` line in the frontmatter, found none [curldown:header]',
        'specs/X.md:4:1: Expected a `Protocol:` line in the frontmatter of a section 3 page, found none [curldown:header]',
        'specs/X.md:4:1: Expected an `Added-in:` line in the frontmatter, found none [curldown:header]',
      ],
    },
  ],
  [
    'a bad Source and an unknown key',
    {
      given: page({ front: FRONT.replace('Source: libcurl', 'Source: libfoo').replace('Added-in: 7.1', 'Added-in: 7.1\nColour: blue') }),
      want: [
        'specs/X.md:4:9: Expected `Source:` to be `libcurl` or `libfetch`, found `libfoo` [curldown:header]',
        'specs/X.md:10:1: Expected a curldown header (Title, Section, Source, See-also, Protocol, TLS-backend, Added-in, C, SPDX-License-Identifier), found `Colour` [curldown:header]',
      ],
    },
  ],
  [
    'TLS without TLS-backend',
    {
      given: page({ front: FRONT.replace('  - All', '  - TLS') }),
      want: ['specs/X.md:10:1: Expected a `TLS-backend:` line in the frontmatter of a TLS page, found none [curldown:header]'],
    },
  ],
  ['a misspelled section', { given: page({ heading: 'SYNOPSYS' }), want: ['specs/X.md:16:1: Expected a `# SYNOPSIS` section, not `# SYNOPSYS` [curldown:section]'] }],
  ['a section in the wrong case', { given: page({ heading: 'Synopsis' }), want: ['specs/X.md:16:1: Expected a `# SYNOPSIS` section, not `# Synopsis` [curldown:section]'] }],
  ['a missing section', { given: page({ description: false }), want: ['specs/X.md:22:1: Expected a `# DESCRIPTION` section before `# DEFAULT`, found none [curldown:section]'] }],
  [
    'an unparseable synopsis, position mapped into the file',
    {
      given: page({ synopsis: 'CURLcode curl_easy_setopt(CURL *handle, CURLOPT_VERBOSE long onoff);' }),
      want: ['specs/X.md:19:57: Expected `,` or `)` in the parameter list, found `long` in the SYNOPSIS [synopsis:parse]'],
    },
  ],
  [
    'an unterminated comment in the synopsis',
    { given: page({ synopsis: '/* no end' }), want: ['specs/X.md:19:1: Expected `*/` to close the comment, found the end of the code in the SYNOPSIS [synopsis:parse]'] },
  ],
  [
    'a synopsis without the call',
    {
      given: page({ synopsis: 'CURLcode curl_easy_setopt(CURL *handle, CURLOPT_STDERR, FILE *f);' }),
      want: [
        'specs/X.md:18:1: Expected the SYNOPSIS to declare the call `curl_easy_setopt(CURL *handle, CURLOPT_VERBOSE, ...)`, found no call naming `CURLOPT_VERBOSE` [synopsis:parse]',
      ],
    },
  ],
  [
    'a string DEFAULT for a long',
    { given: page({ defaultText: '"on"' }), want: ['specs/X.md:28:1: Expected a number or a constant as the DEFAULT of a `long` argument, found the string `"on"` [default:type]'] },
  ],
  [
    'a number DEFAULT for a string',
    {
      given: page({ synopsis: 'CURLcode curl_easy_setopt(CURL *handle, CURLOPT_VERBOSE, char *name);', defaultText: '42' }),
      want: ['specs/X.md:28:1: Expected a string, `NULL` or a constant as the DEFAULT of a `char *` argument, found the number `42` [default:type]'],
    },
  ],
];

describe('diagnostics', () => {
  for (const [name, { given, want }] of cases) {
    it(name, () => {
      const parsed = parseDoc(given, 'specs/X.md', { overrides: noOverrides });
      expect(parsed.diagnostics.filter((d) => d.severity === 'error' || d.rule === 'curldown:header').map(format)).toEqual(want);
    });
  }

  it('marks Added-in as a warning only (curl 8.7.1 pages have none)', () => {
    const parsed = parseDoc(page({ front: FRONT.replace('Added-in: 7.1\n', '') }), 'specs/X.md', { overrides: noOverrides });
    expect(parsed.diagnostics.map((d) => [format(d), d.severity])).toEqual([
      ['specs/X.md:9:1: Expected an `Added-in:` line in the frontmatter, found none [curldown:header]', 'warning'],
    ]);
    expect(parsed.doc?.addedIn).toBeUndefined();
  });

  it('warns about a See-also naming no page, across docs', () => {
    const model = loadModelFromTexts([{ file: 'specs/CURLOPT_VERBOSE.md', text: page() }], { overrides: noOverrides });
    expect(model.diagnostics.map(format)).toEqual([
      'specs/CURLOPT_VERBOSE.md:6:5: Expected See-also `CURLOPT_STDERR` to name a page, found no page of that name [see-also:unknown]',
    ]);
    expect(model.diagnostics[0].severity).toBe('warning');
  });

  it('does not warn about pages of other man sections', () => {
    const text = page({ front: FRONT.replace('  - CURLOPT_STDERR (3)', '  - curl (1)\n  - socket (2)') });
    const model = loadModelFromTexts([{ file: 'specs/CURLOPT_VERBOSE.md', text }], { overrides: noOverrides });
    expect(model.diagnostics).toEqual([]);
  });
});
