// The SYNOPSIS parser (C declarations) on arbitrary input: a CUnit with collected errors, or a
// Synopsis with diagnostics, never an exception (codegen/parse/c-decl.ts promises "never throws").
import type { Code } from 'mdast';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocKind, Flavour } from '../../codegen/model.js';
import { parseC } from '../../codegen/parse/c-decl.js';
import { readSynopsis } from '../../codegen/parse/synopsis.js';
import { longTimeouts, RUNS } from './runs.js';

longTimeouts();

// Pieces of C that steer the parser into its deeper paths.
const cToken = fc.constantFrom(
  '#include <curl/curl.h>\n', '#define X ', '#define Y (1<<3)\n', 'typedef ', 'struct ', 'union ', 'enum ', 'const ', 'unsigned ',
  'long ', 'int ', 'char ', 'void ', 'size_t ', 'CURLcode ', 'CURL ', '*', '**', '(', ')', '{', '}', '[', ']', '[8]', ';', ',',
  '...', '=', '0x1F', '-1', '1L', 'curl_easy_setopt', 'CURLOPT_URL', 'handle', ' ', '\n', '\t', '/*', '*/', '//', ':', '3',
  '"str"', "'c'", '\\', '\u0000', '~', '<<', '>>', '|', '+', 'curl_off_t', 'curl_socket_t', '(*cb)', '\u{1F600}',
);
const source = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(cToken, { maxLength: 80 }).map((a) => a.join('')),
);

function code(value: string): Code {
  return { type: 'code', lang: 'c', value, position: { start: { line: 3, column: 1, offset: 0 }, end: { line: 9, column: 1, offset: 0 } } };
}

describe('synopsis parser never throws', () => {
  it('parseC gives a CUnit for any string', () => {
    fc.assert(
      fc.property(source, (src) => {
        const unit = parseC(src);
        expect(Array.isArray(unit.declarations) && Array.isArray(unit.errors)).toBe(true);
        for (const e of unit.errors) expect(typeof e.message).toBe('string');
      }),
      { numRuns: RUNS },
    );
  });

  it('readSynopsis gives a Synopsis for any code blocks, kind and flavour', () => {
    const kind = fc.constantFrom<DocKind>('option', 'info', 'function', 'multi-option', 'other');
    const flavour = fc.constantFrom<Flavour>('libcurl', 'libfetch');
    const name = fc.constantFrom('CURLOPT_URL', 'CURLINFO_PRIVATE', 'curl_easy_send', 'CURLMOPT_PIPELINING', 'X', '');
    fc.assert(
      fc.property(fc.array(source, { maxLength: 3 }), kind, flavour, name, (blocks, k, f, n) => {
        const s = readSynopsis(blocks.map(code), { name: n, kind: k, flavour: f, file: 'p.md' });
        expect(Array.isArray(s.callbacks) && Array.isArray(s.structs) && Array.isArray(s.enums)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
