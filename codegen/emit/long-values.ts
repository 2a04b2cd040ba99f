// The values a `long` option takes, in one place for the setopt type (ts-type.ts) and the run-time
// check (validators.ts): the values its docs name (`## CURLFOLLOW_ALL (1)`), the number its
// DEFAULT states, and the range overrides.json gives (lib/setopt.c's check), all together. Curl
// 8.15's FOLLOWLOCATION names 1, 2 and 3 and defaults to 0; setopt takes 0..3, so 0 belongs in.
import type { EnumValue, TypeRef } from '../model.js';
import { isIdentifier } from './literal.js';

type Long = Extract<TypeRef, { kind: 'long' }>;

/** One accepted value: a named constant, or a bare number (a default, a range member, `## 0`). */
export interface Member {
  constant?: string;
  value: number;
}

export type LongValues =
  /** No closed set: any long (a plain option, a bitmask, an on/off switch). */
  | { kind: 'any' }
  /** Every accepted value, in numeric order: a literal union and `oneOf(...)`. */
  | { kind: 'listed'; members: Member[] }
  /** A range too wide to list (or open at one end), plus named values outside it. */
  | { kind: 'range'; min?: number; max?: number; members: Member[] }
  /** Named values the docs give no number for: the set cannot be closed; the range still holds. */
  | { kind: 'missing'; names: string[]; min?: number; max?: number };

/** A long's closed set of values: every member has a number, or the names that lack one. */
export type ClosedSet = { kind: 'values'; members: Member[] } | { kind: 'missing'; names: string[] };

export function closedSet(values: EnumValue[]): ClosedSet {
  const members: Member[] = [];
  const missing: string[] = [];
  for (const v of values) {
    const value = v.value ?? (/^-?\d+$/.test(v.name.trim()) ? Number(v.name.trim()) : undefined);
    if (value === undefined) missing.push(v.name);
    else members.push(isIdentifier(v.name) ? { constant: v.name, value } : { value });
  }
  return missing.length > 0 ? { kind: 'missing', names: missing } : { kind: 'values', members };
}

/** Widest integer range written out as a literal union (CONNECT_ONLY's 0..2 is `0 | 1 | 2`). */
export const maxRangeUnion = 16;

/** The integers min..max when both are given and there are at most maxRangeUnion of them. */
export function smallRange(min: number | undefined, max: number | undefined): number[] | undefined {
  if (min === undefined || max === undefined || !Number.isInteger(min) || !Number.isInteger(max)) return undefined;
  if (max < min || max - min + 1 > maxRangeUnion) return undefined;
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

const within = (t: Long, v: number): boolean => (t.min === undefined || v >= t.min) && (t.max === undefined || v <= t.max);
const hasRange = (t: Long): boolean => t.min !== undefined || t.max !== undefined;
const withRange = (t: Long): { min?: number; max?: number } => ({
  ...(t.min === undefined ? {} : { min: t.min }),
  ...(t.max === undefined ? {} : { max: t.max }),
});

/** Add a member unless its value is already there (a name beats a bare number for one value). */
function add(members: Member[], m: Member): void {
  const same = members.filter((x) => x.value === m.value);
  if (same.length === 0) members.push(m);
  else if (m.constant !== undefined && !same.some((x) => x.constant === m.constant)) {
    const bare = members.findIndex((x) => x.value === m.value && x.constant === undefined);
    if (bare >= 0) members[bare] = m;
    else members.push(m); // two names for one value (aliases): both stay
  }
}

/** What a long option takes. Booleans and bitmasks take any long (libcurl reads them so). */
export function longValues(t: Long): LongValues {
  if (t.boolean === true || t.bitmask === true) return { kind: 'any' };
  const members: Member[] = [];
  if (t.enumValues !== undefined && t.enumValues.length > 0) {
    const set = closedSet(t.enumValues);
    if (set.kind === 'missing') return { kind: 'missing', names: set.names, ...withRange(t) };
    for (const m of set.members) add(members, m);
  }
  if (members.length === 0 && !hasRange(t)) return { kind: 'any' }; // a default alone closes nothing
  // lib/setopt.c's range (overrides.json) is what libcurl accepts: a default outside it is a
  // "not set" marker, not a value to pass.
  if (t.defaultValue !== undefined && within(t, t.defaultValue)) add(members, { value: t.defaultValue });
  const byValue = (a: Member, b: Member): number => a.value - b.value;
  if (!hasRange(t)) return { kind: 'listed', members: members.sort(byValue) };
  const range = smallRange(t.min, t.max);
  if (range !== undefined) {
    for (const value of range) add(members, { value });
    return { kind: 'listed', members: members.sort(byValue) };
  }
  const outside = members.filter((m) => !within(t, m.value));
  return { kind: 'range', ...withRange(t), members: outside.sort(byValue) };
}

function list(names: string[]): string {
  return names.length > 4 ? `${names.slice(0, 4).join(', ')}, ... (${names.length})` : names.join(', ');
}

/**
 * Why an option the docs give values or a range for is typed as a plain `number` (a bitmask, a
 * range too wide to list, named values without numbers), or undefined. For the run's summary.
 */
export function plainNumberReason(type: TypeRef | undefined): string | undefined {
  if (type?.kind !== 'long' || type.boolean === true) return undefined;
  if (type.bitmask === true) {
    const flags = (type.enumValues ?? []).map((v) => v.name);
    return flags.length === 0 ? undefined : `a bitmask: any combination of ${list(flags)}`;
  }
  const values = longValues(type);
  if (values.kind === 'missing') return `values without a number in the docs: ${list(values.names)}`;
  // A range open at one end (`at least 0`, most timeouts) is a sign check, not a set a type
  // could list: the run-time check is all there is to say.
  if (values.kind !== 'range' || values.min === undefined || values.max === undefined) return undefined;
  return `the range ${values.min}..${values.max} has more than ${maxRangeUnion} values (checked at run time)`;
}
