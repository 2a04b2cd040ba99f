// The parse module's public surface: the emitter and the CLI depend on exactly these names.
import { expect, it } from 'vitest';

it('exports exactly the parse API', async () => {
  const mod = await import('../../codegen/parse/index.js');
  expect(Object.keys(mod).sort()).toEqual([
    'PREFIXES',
    'buildModel',
    'classifyName',
    'compareDiagnostics',
    'createParseCache',
    'defaultOverrides',
    'loadModel',
    'loadModelFromTexts',
    'overrideFor',
    'overridesFromJSON',
    'parseDoc',
    'precisionReport',
    'readOverrides',
    'readSymbolsInVersions',
    'typePrecision',
    'unusedOverrides',
  ]);
});
