// A frontmatter's YAML through the `yaml` package, as the header checks read it (frontmatter.ts):
// for what yaml-subset.ts leaves, and whenever the package is at hand anyway.
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { YamlDoc, YamlNode, YamlPos } from './frontmatter.js';
import { readYamlSubset } from './yaml-subset.js';

/** The YAML text read by the `yaml` package. */
export function readYamlDocument(text: string): YamlDoc {
  const lineCounter = new LineCounter();
  let doc;
  try {
    // failsafe schema: every scalar is a string (so `Added-in: 7.10` stays "7.10") and no tags
    // beyond map/seq/str exist; duplicate keys are an error.
    doc = parseDocument(text, { schema: 'failsafe', uniqueKeys: true, prettyErrors: false, lineCounter, strict: true });
  } catch (e) {
    return { contents: null, error: { message: (e as Error).message } };
  }
  const at = (offset: number): YamlPos => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const error = doc.errors[0];
  if (error !== undefined) return { contents: null, error: { at: at(error.pos[0]), message: error.message } };
  const node = (n: unknown): YamlNode | null => {
    if (n === null || n === undefined) return null;
    const range = (n as { range?: [number, number, number] }).range;
    const pos = range ? { at: at(range[0]) } : {};
    if (isScalar(n)) return { kind: 'scalar', value: n.value, ...pos };
    if (isSeq(n)) return { kind: 'seq', items: n.items.map(node), ...pos };
    if (isMap(n)) return { kind: 'map', pairs: n.items.map((p) => ({ key: node(p.key), value: node(p.value) })), ...pos };
    return { kind: 'other', ...pos };
  };
  return { contents: node(doc.contents) };
}

/** The subset reader first (its nodes are the package's), the package for the rest. */
export function readYaml(text: string): YamlDoc {
  return readYamlSubset(text) ?? readYamlDocument(text);
}
