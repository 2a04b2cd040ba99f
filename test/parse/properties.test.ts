// Whatever the input, parsing returns a ParsedDoc (never an exception, never an internal error).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedDoc } from '../../codegen/parse/index.js';
import { buildModel, overridesFromJSON, parseDoc } from '../../codegen/parse/index.js';
import { longTimeouts, RUNS } from '../fuzz/runs.js';

longTimeouts();

const overrides = overridesFromJSON({});
const valid = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'parse', 'callback', 'input.md'), 'utf8');

function wellFormed(p: ParsedDoc): void {
  expect(Array.isArray(p.diagnostics)).toBe(true);
  expect(Array.isArray(p.callbacks) && Array.isArray(p.structs) && Array.isArray(p.enums)).toBe(true);
  for (const d of p.diagnostics) {
    expect(d.rule).not.toBe('internal');
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
  }
}

// Pieces that mean something to one of the parsers (markdown, YAML, C).
const token = fc.constantFrom(
  '---', '\n', '# ', '## ', '~~~', '~~~c\n', '```', '{', '}', '(', ')', ';', ',', '*', '/*', '*/', '//', '"', "'",
  '#define X ', '#include', 'typedef ', 'enum ', 'struct ', '...', '<<', '~', ':', '- ', '  - ', 'Title: ', '[', ']',
  '&', '!', '`', '\\', '\t', '\r\n', '\u0000', '\u{1F600}', 'CURLOPT_X', '%PROTOCOLS%', 'NULL', '0x', '1L',
);

type Mutation =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(token, fc.string({ maxLength: 8 })) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
);

function apply(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  if (m.op === 'insert') return text.slice(0, at) + m.text + text.slice(at);
  if (m.op === 'delete') return text.slice(0, at) + text.slice(at + m.length);
  return text.slice(0, at) + text.slice(at, at + m.length) + text.slice(at);
}

describe('parseDoc never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.array(token, { maxLength: 60 }).map((a) => a.join(''))), (text) => {
        wellFormed(parseDoc(text, 'p.md', { overrides }));
      }),
      { numRuns: RUNS },
    );
  }, RUNS > 300 ? 3_600_000 : 120_000);

  it('on arbitrary mutations of a valid page', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), (mutations) => {
        const text = mutations.reduce(apply, valid);
        const p = parseDoc(text, 'p.md', { overrides });
        wellFormed(p);
        const model = buildModel([p], overrides);
        expect(Array.isArray(model.docs)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, RUNS > 300 ? 3_600_000 : 120_000);
});
