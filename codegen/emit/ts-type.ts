// TypeRef (the model's view of a C type) to TypeScript type text, in one table. The same TypeRef
// reads differently by position: a setopt value may be NULL, a getinfo result is what the runtime
// returns, a callback parameter is what the engine hands in.
import type { EnumValue, Model, TypeRef } from '../model.js';
import { isIdentifier, numberLiteral, stringLiteral } from './literal.js';
import { longValues } from './long-values.js';

export type Use = 'option' | 'info' | 'param' | 'field' | 'return';

/** Type names exported by the runtime types module (runtime/types.ts, `manbind/types`). */
export const runtimeTypeNames: readonly string[] = ['CertInfo', 'CurlData', 'CurlMime', 'CurlSocket', 'ErrorBuffer', 'TextSink', 'TlsSessionInfo'];

/** Names a piece of emitted code refers to, so its file can import them. */
export interface Refs {
  /** From the runtime types module. */
  runtime: Set<string>;
  /** Types from generated types.ts (structs, enums, callbacks, Unsupported). */
  types: Set<string>;
  /** Value constants (CURLPROXY_HTTP, CURLSOCKTYPE_IPCXN). */
  constants: Set<string>;
}

export function newRefs(): Refs {
  return { runtime: new Set(), types: new Set(), constants: new Set() };
}

export interface Mapped {
  text: string;
  /** Why the type is less precise than the docs intend (listed in the run's summary). */
  imprecise?: string;
  /** The C type when it maps to Unsupported<...>: the runtime cannot take such a value. */
  unsupported?: string;
}

/** C's rule for enum constants without `= n`: one more than the previous, starting at 0. */
export function enumValues(values: EnumValue[]): { name: string; value: number; summary?: string }[] {
  let next = 0;
  return values.map((v) => {
    const value = v.value ?? next;
    next = value + 1;
    return { name: v.name, value, ...(v.summary === undefined ? {} : { summary: v.summary }) };
  });
}

// struct sockaddr has no curldown definition; the runtime hands an address and port instead.
const builtinStructs: Record<string, string> = { sockaddr: '{ address: string; port: number }' };

function nullable(text: string, use: Use): string {
  return use === 'option' || use === 'info' ? `${text} | null` : text;
}

function list(names: string[]): string {
  return names.length > 4 ? `${names.slice(0, 4).join(', ')}, ...` : names.join(', ');
}

export function tsType(type: TypeRef | undefined, use: Use, model: Model, refs: Refs): Mapped {
  if (type === undefined) return { text: 'unknown', imprecise: 'the synopsis gave no argument type' };
  switch (type.kind) {
    case 'long': {
      if (use !== 'option' || type.boolean === true) return { text: use === 'option' ? 'boolean | number' : 'number' };
      // Named values, the DEFAULT's number and an overrides.json range together (long-values.ts).
      const values = longValues(type);
      if (values.kind === 'missing') {
        return { text: 'number', imprecise: `values without a number in the docs: ${list(values.names)}` };
      }
      if (values.kind !== 'listed') return { text: 'number' };
      const parts: string[] = [];
      for (const m of values.members) {
        if (m.constant !== undefined) refs.constants.add(m.constant);
        const part = m.constant !== undefined ? `typeof ${m.constant}` : numberLiteral(m.value);
        if (!parts.includes(part)) parts.push(part);
      }
      return { text: parts.join(' | ') };
    }
    case 'off_t':
      return { text: use === 'info' || use === 'return' ? 'number' : 'number | bigint' };
    case 'double':
      return { text: 'number' };
    case 'string':
      return { text: nullable('string', use === 'return' ? 'option' : use) };
    case 'slist':
      return { text: use === 'option' ? 'readonly string[] | null' : 'string[] | null' };
    case 'blob':
      return { text: nullable('Uint8Array', use) };
    case 'data':
      return { text: 'unknown' };
    case 'socket':
      refs.runtime.add('CurlSocket');
      return { text: 'CurlSocket' };
    case 'bytes':
      return { text: 'Uint8Array' };
    case 'void':
      return use === 'return' ? { text: 'void' } : { text: 'unknown', imprecise: 'a void argument' };
    case 'callback': {
      if (model.callbacks[type.name] === undefined || !isIdentifier(type.name)) {
        return { text: nullable('((...args: never[]) => unknown)', use), imprecise: `callback type ${type.name} is not defined by any synopsis` };
      }
      refs.types.add(type.name);
      return { text: nullable(type.name, use) };
    }
    case 'struct': {
      const builtin = builtinStructs[type.name];
      if (builtin !== undefined) return { text: nullable(builtin, use) };
      if (model.structs[type.name] === undefined || !isIdentifier(type.name)) {
        return { text: 'unknown', imprecise: `struct ${type.name} is not defined by any synopsis` };
      }
      refs.types.add(type.name);
      return { text: nullable(type.name, use) };
    }
    case 'enum': {
      if (model.enums[type.name] === undefined || !isIdentifier(type.name)) {
        return { text: 'number', imprecise: `enum ${type.name} is not defined by any synopsis` };
      }
      refs.types.add(type.name);
      return { text: type.name };
    }
    case 'named': {
      const builtin = builtinStructs[type.name];
      if (builtin !== undefined && type.cType.replace(/\s+/g, ' ').trim() === `struct ${type.name}`) return { text: builtin };
      if (!type.supported) {
        refs.types.add('Unsupported');
        return { text: nullable(`Unsupported<${stringLiteral(type.cType)}>`, use), unsupported: type.cType };
      }
      if (!runtimeTypeNames.includes(type.name)) {
        return { text: 'unknown', imprecise: `${type.cType} has no TypeScript type (${type.name} is not a runtime type)` };
      }
      refs.runtime.add(type.name);
      return { text: nullable(type.name, use) };
    }
  }
}
