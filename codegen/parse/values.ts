// Values of an enumerated or bitmask long: the `##` headings of DESCRIPTION that name a value
// (`## CURLPROXY_HTTP`, `## CURLPIPE_MULTIPLEX (2)`, `## 2`), with the text under each, and their
// numbers from the synopsis, the rest of the model, or overrides.json.
import type { Heading, RootContent } from 'mdast';
import type { EnumValue, TypeRef } from '../model.js';
import { blockText, inlineText } from './mdast-text.js';
import type { Override } from './overrides.js';

const CONSTANT_HEADING = /^([A-Z][A-Z0-9]*_[A-Za-z0-9_]*)(?:\s*\((-?[0-9]+)\))?$/;
const NUMBER_HEADING = /^-?[0-9]+$/;

/** Value headings of a DESCRIPTION, in order; other `##` headings are ignored. */
export function headingValues(nodes: readonly RootContent[]): EnumValue[] {
  const values: EnumValue[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type !== 'heading' || node.depth !== 2) continue;
    // cd2nroff drops quotes or backticks around a heading word.
    const text = inlineText(node as Heading).trim().replace(/^["'`](.*)["'`]$/, '$1').trim();
    let value: EnumValue | undefined;
    if (NUMBER_HEADING.test(text)) value = { name: text, value: Number(text) };
    else {
      const m = CONSTANT_HEADING.exec(text);
      if (m) value = m[2] === undefined ? { name: m[1] } : { name: m[1], value: Number(m[2]) };
    }
    if (!value || seen.has(value.name)) continue;
    seen.add(value.name);
    let j = i + 1;
    while (j < nodes.length && !(nodes[j].type === 'heading' && (nodes[j] as Heading).depth <= 2)) j++;
    const summary = blockText(nodes.slice(i + 1, j));
    if (summary !== '') value.summary = summary;
    values.push(value);
  }
  return values;
}

/** Where a constant's value was found; bitmask detection only trusts #defines. */
export interface ConstantInfo {
  value: number;
  fromDefine: boolean;
}

export type ConstantLookup = (name: string) => ConstantInfo | undefined;

const isSingleBit = (v: number): boolean => v > 0 && Number.isInteger(Math.log2(v));

/**
 * Decorate a long: value list (numbers filled in where the lookup knows them), bitmask, boolean,
 * range. `hints` are what the synopsis says (argument named `bitmask` or `onoff`).
 */
export function decorateLong(
  values: readonly EnumValue[],
  hints: { argName?: string; lookup: ConstantLookup; override?: Override; canonical?: (name: string) => string },
): Extract<TypeRef, { kind: 'long' }> {
  const { argName, lookup, override } = hints;
  const canonical = hints.canonical ?? ((n: string): string => n);
  const t: Extract<TypeRef, { kind: 'long' }> = { kind: 'long' };
  let allFromDefines = values.length > 0;
  if (values.length > 0) {
    t.enumValues = values.map((v) => {
      if (v.value !== undefined) {
        allFromDefines = false;
        return { ...v };
      }
      const known = lookup(v.name);
      const fromOverride = override?.values?.[canonical(v.name)];
      if (fromOverride !== undefined) {
        allFromDefines = false;
        return { ...v, value: fromOverride };
      }
      if (!known) {
        allFromDefines = false;
        return { ...v };
      }
      if (!known.fromDefine) allFromDefines = false;
      return { ...v, value: known.value };
    });
  }
  const nonZero = (t.enumValues ?? []).map((v) => v.value).filter((v): v is number => v !== undefined && v !== 0);
  const bitsFromDefines = allFromDefines && nonZero.length >= 2 && nonZero.every(isSingleBit) && new Set(nonZero).size === nonZero.length;
  if (argName === 'bitmask' || override?.bitmask === true || bitsFromDefines) t.bitmask = true;
  if (override?.bitmask === false) delete t.bitmask;
  if (argName === 'onoff' || override?.boolean === true) t.boolean = true;
  if (override?.boolean === false) delete t.boolean;
  if (override?.min !== undefined) t.min = override.min;
  if (override?.max !== undefined) t.max = override.max;
  return t;
}
