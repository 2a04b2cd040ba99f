// DEFAULT literals: only a value the section opens with counts.
import { describe, expect, it } from 'vitest';
import { defaultLiteral, readDefault } from '../../codegen/parse/default.js';
import { parseMarkdown } from '../../codegen/parse/markdown.js';

describe('defaultLiteral', () => {
  const table: [string, { given: string; base?: string; want: ReturnType<typeof defaultLiteral> }][] = [
    ['zero', { given: '0', want: { kind: 'number', value: 0 } }],
    ['zero long', { given: '0L', want: { kind: 'number', value: 0 } }],
    ['a number and prose', { given: '0, disabled', want: { kind: 'number', value: 0 } }],
    ['a number in parentheses', { given: '300000 (five minutes)', want: { kind: 'number', value: 300000 } }],
    ['minus one', { given: '-1', want: { kind: 'number', value: -1 } }],
    ['a size in bytes', { given: '65536 bytes', want: { kind: 'number', value: 65536 } }],
    ['milliseconds for an _MS option', { given: '1000 milliseconds', base: 'SERVER_RESPONSE_TIMEOUT_MS', want: { kind: 'number', value: 1000 } }],
    ['seconds for an _MS option', { given: '60 seconds', base: 'CONNECTTIMEOUT_MS', want: undefined }],
    ['hours', { given: '24 hours (since 8.17.0)', want: undefined }],
    ['NULL', { given: 'NULL', want: { kind: 'null' } }],
    ['NULL and prose', { given: 'NULL, no callback', want: { kind: 'null' } }],
    ['a quoted string', { given: '"PEM"', want: { kind: 'string', value: 'PEM' } }],
    ['a constant', { given: 'CURLPROXY_HTTP', want: { kind: 'constant', name: 'CURLPROXY_HTTP' } }],
    ['a constant and a note', { given: 'CURL_HET_DEFAULT (currently 200L)', want: { kind: 'constant', name: 'CURL_HET_DEFAULT' } }],
    ['an expression of constants', { given: 'CURLAUTH_BASIC | CURLAUTH_GSSAPI', want: undefined }],
    ['prose', { given: 'blank', want: undefined }],
    ['a word in capitals', { given: 'None', want: undefined }],
    ['a version first', { given: '8.13.0 and later: none', want: undefined }],
  ];
  for (const [name, { given, base, want }] of table) {
    it(name, () => expect(defaultLiteral(given, base ?? 'X')).toEqual(want));
  }

  it('reads `20.` (an ordered list to CommonMark) as the number 20', () => {
    const root = parseMarkdown('20.\n');
    expect(readDefault(root.children, 'X')).toEqual({ text: '20.', literal: { kind: 'number', value: 20 } });
  });

  it('takes no literal from a code block', () => {
    const root = parseMarkdown('~~~c\nreturn 0;\n~~~\n');
    expect(readDefault(root.children, 'X')).toEqual({ text: 'return 0;' });
  });
});
