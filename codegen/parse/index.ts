// codegen/parse: curldown pages to the Model (codegen/model.ts). Parsers never print; the CLI
// prints diagnostics as `path:line:col: message [rule]`.
export { parseDoc } from './parse-doc.js';
export type { ParsedDoc, ParseOptions } from './doc.js';
export { loadModel, type LoadOptions } from './load.js';
export { loadModelFromTexts, type TextsOptions } from './texts.js';
export { createParseCache, type ParseCache } from './cache.js';
export { buildModel, type BuildOptions } from './model-build.js';
export { readSymbolsInVersions, type SymbolVersions } from './symbols-in-versions.js';
export {
  defaultOverrides,
  readOverrides,
  overridesFromJSON,
  overrideFor,
  unusedOverrides,
  type Override,
  type Overrides,
} from './overrides.js';
export { typePrecision, precisionReport, type Precision, type PrecisionReport } from './precision.js';
export { compareDiagnostics } from './diagnostics.js';
export { PREFIXES, classifyName } from './flavour.js';
