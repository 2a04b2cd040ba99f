// A curldown header's YAML without the `yaml` package, when it is what curldown headers are:
// `Key: value` lines and `  - item` lists of plain one-line values. The nodes are the ones
// yaml-document.ts makes from the package's (test/parse/yaml-subset.test.ts compares them); any
// other YAML (quotes, comments, blank lines, flow or multi-line values, duplicate keys) returns
// undefined and goes to the package, which costs more to load than a run's headers take to read.
import type { YamlDoc, YamlNode } from './frontmatter.js';

const keyLine = /^([A-Za-z][A-Za-z0-9_-]*):(?:( +)(.*))?$/;
const itemLine = /^( *)-( +)(.*)$/;
// A plain scalar that is a string under any schema's reading of its first character, with no
// `:` or `#` (mapping values and comments) and only printable characters YAML allows.
const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^:#]*$/;
const unprintable = /[^\x20-\x7e\u00a0-\ud7ff\ue000-\ufffd]/;

const plainValue = (text: string): string | undefined => {
  const value = text.replace(/ +$/, '');
  return plain.test(value) && !unprintable.test(value) ? value : undefined;
};

/** The header's YAML as nodes, or undefined when it is more than this reader models. */
export function readYamlSubset(text: string): YamlDoc | undefined {
  const lines = text.split('\n');
  const pairs: { key: YamlNode | null; value: YamlNode | null }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const m = keyLine.exec(lines[i]);
    if (!m || seen.has(m[1])) return undefined;
    seen.add(m[1]);
    const key: YamlNode = { kind: 'scalar', value: m[1], at: { line: i + 1, column: 1 } };
    if (m[3] !== undefined) {
      const value = plainValue(m[3]);
      if (value === undefined) return undefined;
      pairs.push({ key, value: { kind: 'scalar', value, at: { line: i + 1, column: m[1].length + 2 + m[2].length } } });
      continue;
    }
    // `Key:` alone: the list on the lines below, or an empty value.
    const items: YamlNode[] = [];
    let indent: string | undefined;
    let seqAt: { line: number; column: number } | undefined;
    for (let j = i + 1; j < lines.length; j++) {
      const item = itemLine.exec(lines[j]);
      if (!item) break;
      if (indent !== undefined && item[1] !== indent) return undefined;
      indent = item[1];
      const value = plainValue(item[3]);
      if (value === undefined) return undefined;
      seqAt ??= { line: j + 1, column: indent.length + 1 };
      items.push({ kind: 'scalar', value, at: { line: j + 1, column: indent.length + 2 + item[2].length } });
      i = j;
    }
    pairs.push({
      key,
      value: seqAt === undefined ? { kind: 'scalar', value: '', at: { line: i + 1, column: m[1].length + 2 } } : { kind: 'seq', items, at: seqAt },
    });
  }
  return { contents: { kind: 'map', pairs, at: { line: 1, column: 1 } } };
}
