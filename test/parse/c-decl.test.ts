// The SYNOPSIS C parser: constant expressions, declarations, and errors with positions.
import { describe, expect, it } from 'vitest';
import { cTypeText, parseC } from '../../codegen/parse/c-decl.js';

const defineValue = (body: string, before = ''): number | undefined => {
  const unit = parseC(`${before}\n#define X ${body}\n`);
  return unit.defines.find((d) => d.name === 'X')?.value;
};

describe('constant expressions (#define)', () => {
  const table: [string, { given: string; before?: string; want: number | undefined }][] = [
    ['decimal', { given: '300000', want: 300000 }],
    ['long suffix', { given: '0L', want: 0 }],
    ['hex', { given: '0x1F', want: 31 }],
    ['octal', { given: '0777', want: 511 }],
    ['shift and or', { given: '(1L << 3) | 1', want: 9 }],
    ['precedence', { given: '1 + 2 * 3 - 4 / 2', want: 5 }],
    ['unsigned cast', { given: '(((unsigned long)1) << 31)', want: 2147483648 }],
    ['typedef cast', { given: '((size_t)-1)', want: -1 }],
    ['complement as a signed long', { given: '~(1 << 4)', want: -17 }],
    ['earlier constant', { given: 'A | B', before: '#define A 1\n#define B (A << 1)', want: 3 }],
    ['ternary', { given: '1 ? 5 : 6', want: 5 }],
    ['character constant', { given: "'A'", want: 65 }],
    ['unknown name', { given: 'CURL_NOT_HERE + 1', want: undefined }],
    ['division by zero', { given: '1 / 0', want: undefined }],
    ['a string', { given: '"text"', want: undefined }],
    ['a float', { given: '1.5', want: undefined }],
  ];
  for (const [name, { given, before, want }] of table) {
    it(name, () => expect(defineValue(given, before)).toBe(want));
  }

  it('skips function-like macros', () => {
    const unit = parseC('#define F(x) ((x) + 1)\n');
    expect(unit.defines).toEqual([{ name: 'F', line: 1, column: 1 }]);
    expect(unit.errors).toEqual([]);
  });
});

describe('declarations', () => {
  it('counts enum members up from the last value', () => {
    const unit = parseC('typedef enum {\n  A,\n  B = 4,\n  C, /* 5 */\n  D = A + C\n} letters;');
    expect(unit.enums).toEqual([
      {
        tag: 'letters',
        line: 1,
        column: 9,
        members: [
          { name: 'A', value: 0, line: 2, column: 3 },
          { name: 'B', value: 4, line: 3, column: 3 },
          { name: 'C', value: 5, line: 4, column: 3 },
          { name: 'D', value: 5, line: 5, column: 3 },
        ],
      },
    ]);
    expect(unit.declarations.map((d) => [d.name, cTypeText(d.type), d.typedef])).toEqual([['letters', 'enum letters', true]]);
  });

  it('reads struct fields, bit-fields, arrays and nested anonymous structs', () => {
    const unit = parseC('struct info {\n  char *name;\n  unsigned int flag:1;\n  char stamp[18];\n  long int count;\n  struct { char *a; } more;\n};');
    const info = unit.structs.find((s) => s.tag === 'info');
    expect(info?.fields.map((f) => [f.name, cTypeText(f.type), f.bits])).toEqual([
      ['name', 'char *', undefined],
      ['flag', 'unsigned int', 1],
      ['stamp', 'char[18]', undefined],
      ['count', 'long int', undefined],
      ['more', 'struct #1', undefined],
    ]);
    expect(unit.structs.find((s) => s.tag === '#1')?.fields.map((f) => f.name)).toEqual(['a']);
  });

  it('reads function-pointer typedefs and multi-line, variadic prototypes', () => {
    const unit = parseC(
      'typedef int (*curl_x_callback)(void *clientp,\n    size_t n);\nint curl_mprintf(const char *format, ...);\nvoid f(void);\nconst struct curl_ws_frame *curl_ws_meta(CURL *curl);',
    );
    expect(unit.declarations.map((d) => [d.name, cTypeText(d.type), d.typedef, d.line, d.column])).toEqual([
      ['curl_x_callback', 'int (*)(void *, size_t)', true, 1, 15],
      ['curl_mprintf', 'int (const char *, ...)', false, 3, 5],
      ['f', 'void (void)', false, 4, 6],
      ['curl_ws_meta', 'const struct curl_ws_frame *(CURL *)', false, 5, 29],
    ]);
  });

  it('reads the setopt call with a callback name, a pointer to one, and a variable', () => {
    const unit = parseC(
      [
        'curl_mime *mime;',
        'CURLcode curl_easy_setopt(CURL *handle, CURLOPT_A, opensocket_callback);',
        'CURLcode curl_easy_setopt(CURL *handle, CURLOPT_B,',
        '                          curl_trailer_callback *func);',
        'CURLcode curl_easy_setopt(CURL *handle, CURLOPT_C, mime);',
      ].join('\n'),
    );
    expect(unit.errors).toEqual([]);
    const params = unit.declarations.slice(1).map((d) => (d.type.kind === 'function' ? d.type.params.map((p) => `${cTypeText(p.type)}|${p.name ?? ''}`) : []));
    expect(params).toEqual([
      ['CURL *|handle', 'CURLOPT_A|', 'opensocket_callback|'],
      ['CURL *|handle', 'CURLOPT_B|', 'curl_trailer_callback *|func'],
      ['CURL *|handle', 'CURLOPT_C|', 'mime|'],
    ]);
  });

  it('skips #include and comments of both kinds', () => {
    const unit = parseC('#include <curl/curl.h>\n// a line\n/* a\n block */ long x; // trailing');
    expect(unit.declarations.map((d) => d.name)).toEqual(['x']);
    expect(unit.errors).toEqual([]);
  });
});

describe('syntax errors', () => {
  const table: [string, { given: string; want: string[] }][] = [
    ['missing comma', { given: 'int f(int a long b);', want: ['1:13 Expected `,` or `)` in the parameter list, found `long`'] }],
    ['unclosed parameter list', { given: 'int f(int a', want: ['1:12 Expected `,` or `)` in the parameter list, found the end of the code'] }],
    ['missing semicolon', { given: 'long a\nlong b;', want: ['2:1 Expected `;` after the declaration, found `long`'] }],
    ['a stray character', { given: 'int @x;', want: ['1:5 Expected C code, found the character `@`'] }],
    ['an unterminated comment', { given: 'int x; /* open', want: ['1:8 Expected `*/` to close the comment, found the end of the code'] }],
    ['an unterminated string', { given: '#define A 1\nchar *s = "abc\n;', want: ['2:11 Expected `"` to close the string, found the end of the line'] }],
    ['no type', { given: '*x;', want: ['1:1 Expected a type, found `*`'] }],
  ];
  for (const [name, { given, want }] of table) {
    it(name, () => {
      const unit = parseC(given);
      expect(unit.errors.slice(0, 1).map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual(want);
    });
  }

  it('resumes after the next semicolon', () => {
    const unit = parseC('int f(int a long b);\nint g(void);');
    expect(unit.declarations.map((d) => d.name)).toEqual(['g']);
  });
});
