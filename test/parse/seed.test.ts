// The seed page from a fork that renamed curl to fetch (../shared/seeds): read it where it is,
// never copied into the repository.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModelFromTexts, parseDoc } from '../../codegen/parse/index.js';

const seed = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds', 'FETCHOPT_CONNECT_ONLY.md');
const present = existsSync(seed);
if (!present) console.warn(`skipping the seed test: ${seed} is absent (it lives beside the project in the workplace only)`);

describe.skipIf(!present)('seed FETCHOPT_CONNECT_ONLY.md', () => {
  it('yields FETCHOPT_CONNECT_ONLY: libfetch, long, default 0, all protocols, since 7.15.2', () => {
    const parsed = parseDoc(readFileSync(seed, 'utf8'), '../shared/seeds/FETCHOPT_CONNECT_ONLY.md');
    expect(parsed.diagnostics).toEqual([]);
    const doc = parsed.doc;
    expect(doc).toMatchObject({
      kind: 'option',
      name: 'FETCHOPT_CONNECT_ONLY',
      baseName: 'CONNECT_ONLY',
      flavour: 'libfetch',
      cType: 'long',
      argName: 'only',
      protocols: ['All'],
      addedIn: '7.15.2',
      default: { text: '0', literal: { kind: 'number', value: 0 } },
      protocolsText: 'This functionality affects all supported protocols',
      availabilityText: 'Added in fetch 7.15.2',
      seeAlso: ['FETCHOPT_HTTPPROXYTUNNEL', 'FETCHOPT_VERBOSE', 'fetch_easy_recv', 'fetch_easy_send'],
    });
    // The range 0..2 comes from codegen/overrides.json (lib/setopt.c); the page states no headings.
    expect(doc?.type).toEqual({ kind: 'long', min: 0, max: 2 });
    expect(doc?.examples.map((e) => e.lang)).toEqual(['c']);
  });

  it('alone makes a model with the FETCH prefixes', () => {
    const model = loadModelFromTexts([{ file: 'FETCHOPT_CONNECT_ONLY.md', text: readFileSync(seed, 'utf8') }]);
    expect(model.flavour).toBe('libfetch');
    expect(model.prefixes.option).toBe('FETCHOPT_');
    expect(model.docs.map((d) => d.name)).toEqual(['FETCHOPT_CONNECT_ONLY']);
  });
});
