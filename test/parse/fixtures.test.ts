// Parser fixtures: test/fixtures/parse/<case>/input.md -> model.json (the ParsedDoc). A missing
// model.json is written, and UPDATE=1 rewrites them all (as remark-frontmatter's tests do); review
// the diff before committing. A fixture folder may hold an overrides.json of its own; otherwise
// no overrides apply, so that editing codegen/overrides.json does not change fixtures.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overridesFromJSON, parseDoc } from '../../codegen/parse/index.js';

const root = join(import.meta.dirname, '..', 'fixtures', 'parse');
const cases = readdirSync(root, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('parser fixtures', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  for (const name of cases) {
    it(name, () => {
      const dir = join(root, name);
      const file = `test/fixtures/parse/${name}/input.md`;
      const overridesPath = join(dir, 'overrides.json');
      const overrides = existsSync(overridesPath)
        ? overridesFromJSON(JSON.parse(readFileSync(overridesPath, 'utf8')), `test/fixtures/parse/${name}/overrides.json`)
        : overridesFromJSON({});
      const parsed = parseDoc(readFileSync(join(dir, 'input.md'), 'utf8'), file, { overrides });
      const actual = JSON.stringify(parsed, null, 2) + '\n';
      const expectedPath = join(dir, 'model.json');
      if (process.env.UPDATE || !existsSync(expectedPath)) writeFileSync(expectedPath, actual);
      expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
