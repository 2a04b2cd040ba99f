// generated/validators.ts: one run-time check per option, derived from the same TypeRef as the
// setopt overload, returning libcurl's CURLcode: 0 OK, 43 BAD_FUNCTION_ARGUMENT, and 48
// UNKNOWN_OPTION from validateOption() for a name no doc defines. Checks are small shared
// functions declared once; each option refers to one. Multi options (curl_multi_setopt) use the
// same checks with libcurl's CURLMcode instead: 10 BAD_FUNCTION_ARGUMENT, 6 UNKNOWN_OPTION
// (include/curl/multi.h), from multiValidators and validateMultiOption().
import type { Doc, TypeRef } from '../model.js';
import { noteComment } from './comment.js';
import { fileHeader, type EmitContext } from './context.js';
import { numberLiteral, propertyKey } from './literal.js';
import { longValues, smallRange, type Member } from './long-values.js';
import { enumValues, runtimeTypeNames } from './ts-type.js';
import { LineWriter } from './writer.js';

// The shared checkers, in the order they are declared. `needs` names other checkers they use.
const checkers: Record<string, { code: string; needs?: string[] }> = {
  isLong: { code: 'const isLong = (v: unknown): boolean => typeof v === \'number\' && Number.isInteger(v);' },
  anyValue: { code: 'const anyValue = (_v: unknown): number => OK;' },
  long: { code: 'const long = (v: unknown): number => (isLong(v) ? OK : BAD);', needs: ['isLong'] },
  boolean: {
    // libcurl's boolean options take any long and never fail (lib/setopt.c setopt_long_bool).
    code: 'const boolean = (v: unknown): number => (typeof v === \'boolean\' || isLong(v) ? OK : BAD);',
    needs: ['isLong'],
  },
  offT: { code: 'const offT = (v: unknown): number => (isLong(v) || typeof v === \'bigint\' ? OK : BAD);', needs: ['isLong'] },
  double: { code: 'const double = (v: unknown): number => (typeof v === \'number\' ? OK : BAD);' },
  string: { code: 'const string = (v: unknown): number => (v === null || typeof v === \'string\' ? OK : BAD);' },
  stringList: {
    code: 'const stringList = (v: unknown): number =>\n  v === null || (Array.isArray(v) && v.every((s) => typeof s === \'string\')) ? OK : BAD;',
  },
  blob: { code: 'const blob = (v: unknown): number => (v === null || v instanceof Uint8Array ? OK : BAD);' },
  func: { code: 'const func = (v: unknown): number => (v === null || typeof v === \'function\' ? OK : BAD);' },
  socket: {
    code: 'const socket = (v: unknown): number => (isLong(v) || (typeof v === \'object\' && v !== null) ? OK : BAD);',
    needs: ['isLong'],
  },
  object: { code: 'const object = (v: unknown): number => (v === null || typeof v === \'object\' ? OK : BAD);' },
  onlyNull: { code: 'const onlyNull = (v: unknown): number => (v === null ? OK : BAD);' },
  oneOf: {
    code:
      'function oneOf(...values: number[]): (v: unknown) => number {\n' +
      '  const allowed = new Set(values);\n' +
      '  return (v) => (typeof v === \'number\' && allowed.has(v) ? OK : BAD);\n' +
      '}',
  },
  inRange: {
    code:
      'function inRange(min: number, max: number): (v: unknown) => number {\n' +
      '  return (v) => (isLong(v) && (v as number) >= min && (v as number) <= max ? OK : BAD);\n' +
      '}',
    needs: ['isLong'],
  },
  inRangeOr: {
    // A range too wide to list, plus named values outside it.
    code:
      'function inRangeOr(min: number, max: number, ...values: number[]): (v: unknown) => number {\n' +
      '  const allowed = new Set(values);\n' +
      '  return (v) => (isLong(v) && (((v as number) >= min && (v as number) <= max) || allowed.has(v as number)) ? OK : BAD);\n' +
      '}',
    needs: ['isLong'],
  },
};

/** The validator expression for an option's type, e.g. `oneOf(0, 1, 2)` or `string`. */
export function validatorFor(type: TypeRef | undefined, ctx: EmitContext): string {
  if (type === undefined) return 'anyValue';
  switch (type.kind) {
    case 'long': {
      if (type.boolean === true) return 'boolean';
      // The same values as the setopt type: named ones, the DEFAULT's number, the range (long-values.ts).
      const values = longValues(type);
      const numbers = (members: Member[]): string => [...new Set(members.map((m) => m.value))].map(numberLiteral).join(', ');
      const range = (min: number | undefined, max: number | undefined): string =>
        `${numberLiteral(min ?? -Infinity)}, ${numberLiteral(max ?? Infinity)}`;
      switch (values.kind) {
        case 'listed':
          return `oneOf(${numbers(values.members)})`;
        case 'range':
          return values.members.length === 0
            ? `inRange(${range(values.min, values.max)})`
            : `inRangeOr(${range(values.min, values.max)}, ${numbers(values.members)})`;
        case 'missing': {
          // The named values cannot be checked without their numbers; the range still can.
          const small = smallRange(values.min, values.max);
          if (small !== undefined) return `oneOf(${small.map(numberLiteral).join(', ')})`;
          return values.min !== undefined || values.max !== undefined ? `inRange(${range(values.min, values.max)})` : 'long';
        }
        case 'any':
          return 'long';
      }
    }
    case 'off_t':
      return 'offT';
    case 'double':
      return 'double';
    case 'string':
      return 'string';
    case 'slist':
      return 'stringList';
    case 'blob':
      return 'blob';
    case 'callback':
      return 'func';
    case 'socket':
      return 'socket';
    case 'struct':
      return 'object';
    case 'enum': {
      const def = ctx.model.enums[type.name];
      return def === undefined ? 'long' : `oneOf(${[...new Set(enumValues(def.values).map((v) => v.value))].map(numberLiteral).join(', ')})`;
    }
    case 'named':
      return type.supported && runtimeTypeNames.includes(type.name) ? 'object' : type.supported ? 'anyValue' : 'onlyNull';
    case 'data':
    case 'bytes':
    case 'void':
      return 'anyValue';
  }
}

export function emitValidators(ctx: EmitContext): string {
  const entries: [Doc, string][] = ctx.optionDocs.map((doc) => [doc, validatorFor(doc.type, ctx)]);
  const multiEntries: [Doc, string][] = ctx.multiOptionDocs.map((doc) => [doc, validatorFor(doc.type, ctx)]);
  const used = new Set<string>();
  const use = (name: string): void => {
    if (used.has(name)) return;
    used.add(name);
    for (const n of checkers[name]?.needs ?? []) use(n);
  };
  for (const [, expr] of [...entries, ...multiEntries]) use(/^\w+/.exec(expr)![0]);

  const w = new LineWriter();
  w.writeLine(fileHeader(ctx));
  w.blankLineIfLastNot();
  w.writeLine('// CURLcode values (runtime/codes.ts): OK, BAD_FUNCTION_ARGUMENT, UNKNOWN_OPTION.');
  w.writeLine('const OK = 0;');
  w.writeLine('const BAD = 43;');
  w.writeLine('const UNKNOWN = 48;');
  w.writeLine('// CURLMcode values (runtime/multi.ts CURLM): BAD_FUNCTION_ARGUMENT, UNKNOWN_OPTION.');
  w.writeLine('const MULTI_BAD = 10;');
  w.writeLine('const MULTI_UNKNOWN = 6;');
  w.blankLineIfLastNot();
  for (const [name, checker] of Object.entries(checkers)) if (used.has(name)) w.writeLine(checker.code);
  if (multiEntries.length > 0) {
    w.writeLine('// A shared check answering with a CURLMcode: a bad multi option value is 10, not 43.');
    w.writeLine('const multi =\n  (check: (v: unknown) => number) =>\n  (v: unknown): number =>\n    check(v) === OK ? OK : MULTI_BAD;');
  }
  w.blankLineIfLastNot();
  w.writeLine(noteComment(`One check per ${ctx.optionObject} option, keyed by base name: 0 (OK) or 43 (BAD_FUNCTION_ARGUMENT).`, ctx.options.specsDir));
  w.writeLine('export const validators: Readonly<Record<string, (value: unknown) => number>> = Object.freeze({');
  w.indent(() => {
    for (const [doc, expr] of entries) w.writeLine(`${propertyKey(doc.baseName)}: ${expr},`);
  });
  w.writeLine('});');
  w.blankLineIfLastNot();
  w.writeLine(noteComment('Check a setopt value by option base name: 0, 43 for a bad value, 48 (UNKNOWN_OPTION) for an unknown name.', ctx.options.specsDir));
  w.writeLine('export function validateOption(name: string, value: unknown): number {');
  w.indent(() => {
    w.writeLine('return Object.hasOwn(validators, name) ? validators[name]!(value) : UNKNOWN;');
  });
  w.writeLine('}');
  w.blankLineIfLastNot();
  w.writeLine(noteComment(`One check per ${ctx.multiOptionObject} option, keyed by base name: 0 (CURLM_OK) or 10 (CURLM_BAD_FUNCTION_ARGUMENT).`, ctx.options.specsDir));
  if (multiEntries.length === 0) {
    w.writeLine('export const multiValidators: Readonly<Record<string, (value: unknown) => number>> = Object.freeze({});');
  } else {
    w.writeLine('export const multiValidators: Readonly<Record<string, (value: unknown) => number>> = Object.freeze({');
    w.indent(() => {
      for (const [doc, expr] of multiEntries) w.writeLine(`${propertyKey(doc.baseName)}: multi(${expr}),`);
    });
    w.writeLine('});');
  }
  w.blankLineIfLastNot();
  w.writeLine(noteComment('Check a multi setopt value by option base name: 0, 10 for a bad value, 6 (CURLM_UNKNOWN_OPTION) for an unknown name.', ctx.options.specsDir));
  w.writeLine('export function validateMultiOption(name: string, value: unknown): number {');
  w.indent(() => {
    w.writeLine('return Object.hasOwn(multiValidators, name) ? multiValidators[name]!(value) : MULTI_UNKNOWN;');
  });
  w.writeLine('}');
  return w.toString();
}
