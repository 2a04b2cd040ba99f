// Security defaults of the generator's input: YAML frontmatter with prototype-polluting keys is
// parsed (yaml's failsafe schema) without touching Object.prototype or the parsed objects' prototypes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildModel, overridesFromJSON, parseDoc } from '../../codegen/parse/index.js';

const valid = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'parse', 'callback', 'input.md'), 'utf8');
const overrides = overridesFromJSON({});
const MARKS = ['polluted', 'polluted2', 'polluted3', 'polluted4'];

afterEach(() => {
  // Undo any pollution so a failure here cannot leak into other tests of this worker.
  for (const m of MARKS) delete (Object.prototype as Record<string, unknown>)[m];
});

/** Inserts `lines` right after the opening `---` of the valid page. */
function withKeys(lines: string): string {
  return valid.replace(/^---\n/, `---\n${lines}\n`);
}

const hostile = [
  '__proto__:\n  polluted: yes',
  '__proto__: {"polluted": "yes"}',
  'constructor:\n  prototype:\n    polluted2: yes',
  'prototype:\n  polluted3: yes',
  '"__proto__":\n  - polluted4',
  'Title: x\n__proto__:\n  Title: y',
  '? __proto__\n: { polluted: yes }',
];

describe('frontmatter with prototype-polluting keys', () => {
  it.each(hostile)('parses %j without polluting Object.prototype', (keys) => {
    const p = parseDoc(withKeys(keys), 'p.md', { overrides });
    const model = buildModel([p], overrides);
    expect(Array.isArray(model.docs)).toBe(true);
    const probe: Record<string, unknown> = {};
    for (const m of MARKS) expect(probe[m], m).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    // A parse error is fine; an internal error (an exception inside the parser) is not.
    for (const d of p.diagnostics) expect(d.rule).not.toBe('internal');
    if (p.doc) {
      expect(Object.getPrototypeOf(p.doc)).toBe(Object.prototype);
      expect((p.doc as unknown as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype.hasOwnProperty.call(p.doc, '__proto__')).toBe(false);
    }
  });

  it('reports the key as unknown or forbidden rather than using it', () => {
    const p = parseDoc(withKeys('__proto__:\n  polluted: yes'), 'p.md', { overrides });
    expect(p.diagnostics.map((d) => d.message).join('\n')).toMatch(/__proto__/);
  });
});
