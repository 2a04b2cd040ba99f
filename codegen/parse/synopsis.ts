// What a SYNOPSIS declares, read with the C parser: the setopt/getinfo call and its argument,
// the page's own prototype (function pages), callback prototypes and typedefs, structs, enums
// and #define constants. Positions inside code blocks are mapped to file line/column.
import type { Code } from 'mdast';
import type { CallbackDef, Diagnostic, DocKind, EnumDef, EnumValue, Flavour, StructDef } from '../model.js';
import { cTypeText, parseC, type CDeclaration, type CParam, type CType } from './c-decl.js';
import { diagnostic } from './diagnostics.js';
import { canonicalName, PREFIXES } from './flavour.js';
import { mapCType, mapParams, type TypeScope } from './type-map.js';

export interface SynopsisCall {
  /** C function the synopsis calls: curl_easy_setopt, curl_easy_getinfo, curl_multi_setopt, ... */
  func: string;
  /** getinfo-style calls pass a pointer to the result. */
  role: 'option' | 'info';
  /** The argument's type; for a callback, the prototype's name as a type. */
  type: CType;
  cType: string;
  argName?: string;
  line: number;
  column: number;
}

export interface Synopsis {
  code: string;
  callbacks: CallbackDef[];
  structs: StructDef[];
  enums: EnumDef[];
  /** `#define` constants. */
  constants: EnumValue[];
  /** Members of enums that name no type. */
  enumConstants: EnumValue[];
  call?: SynopsisCall;
  prototype?: { params: CParam[]; variadic: boolean; returns: CType };
  scope: TypeScope;
  diagnostics: Diagnostic[];
}

const isFunction = (t: CType): t is Extract<CType, { kind: 'function' }> => t.kind === 'function';
const functionOf = (t: CType): Extract<CType, { kind: 'function' }> | undefined =>
  isFunction(t) ? t : t.kind === 'pointer' && isFunction(t.to) ? t.to : undefined;

/** The call that sets or reads option `name`: a prototype whose second parameter is the bare name. */
function findCall(decls: CDeclaration[], name: string): { decl: CDeclaration; fn: Extract<CType, { kind: 'function' }> } | undefined {
  for (const decl of decls) {
    if (decl.typedef || !isFunction(decl.type)) continue;
    const second = decl.type.params[1];
    if (decl.type.params.length >= 3 && second && second.name === undefined && second.type.kind === 'name' && second.type.name === name) {
      return { decl, fn: decl.type };
    }
  }
  return undefined;
}

/** Human form of the call a page of this kind should show. */
export function expectedCall(kind: DocKind, name: string, flavour: Flavour): string {
  const p = PREFIXES[flavour];
  const handle = flavour === 'libfetch' ? 'FETCH' : 'CURL';
  if (kind === 'info') return `${p.func}easy_getinfo(${handle} *handle, ${name}, ...)`;
  if (kind === 'multi-option') return `${p.func}multi_setopt(${handle}M *handle, ${name}, ...)`;
  return `${p.func}easy_setopt(${handle} *handle, ${name}, ...)`;
}

export function readSynopsis(
  blocks: Code[],
  doc: { name: string; kind: DocKind; flavour: Flavour; file: string },
): Synopsis {
  const { name, kind, flavour, file } = doc;
  const out: Synopsis = {
    code: blocks.map((b) => b.value).join('\n\n'),
    callbacks: [],
    structs: [],
    enums: [],
    constants: [],
    enumConstants: [],
    scope: { flavour, enums: new Set(), structs: new Set(), callbacks: new Set(), aliases: new Map() },
    diagnostics: [],
  };
  const enums = out.scope.enums as Set<string>;
  const structs = out.scope.structs as Set<string>;
  const callbacks = out.scope.callbacks as Set<string>;
  const aliases = out.scope.aliases as Map<string, CType>;
  const funcPrefix = PREFIXES[flavour].func;

  // Types are mapped after all blocks are read, once everything the synopsis defines is known.
  const pendingCallbacks: { name: string; fn: Extract<CType, { kind: 'function' }>; at: { line: number; column: number } }[] = [];
  const pendingStructs: { name: string; fields: { name: string; type: CType }[]; at: { line: number; column: number } }[] = [];
  const variables = new Map<string, CType>();

  for (const block of blocks) {
    const start = block.position?.start ?? { line: 1, column: 1 };
    // Content line 1 is the line after the opening fence (fenced) or the first line (indented).
    const lineOffset = start.line - 1 + (isFencedBlock(block) ? 1 : 0);
    const at = (line: number, column: number): { line: number; column: number } => ({
      line: lineOffset + line,
      column: column + (start.column - 1),
    });
    const unit = parseC(block.value);
    if (unit.errors.length > 0) {
      const e = unit.errors[0];
      const p = at(e.line, e.column);
      out.diagnostics.push(diagnostic(file, p.line, p.column, `${e.message} in the SYNOPSIS`, 'synopsis:parse'));
    }
    for (const d of unit.defines) {
      if (d.value !== undefined) out.constants.push({ name: d.name, value: d.value });
    }
    for (const e of unit.enums) {
      if (e.tag.startsWith('#')) {
        // `enum { A, B };` names no type: its members are plain constants of this page.
        for (const m of e.members) if (m.value !== undefined) out.enumConstants.push({ name: m.name, value: m.value });
        continue;
      }
      enums.add(e.tag);
      out.enums.push({
        name: e.tag,
        values: e.members.map((m) => (m.value === undefined ? { name: m.name } : { name: m.name, value: m.value })),
        from: { file, ...at(e.line, e.column) },
      });
    }
    // Anonymous nested structs are named after their field: curl_fileinfo_strings.
    const anonymousNames = new Map<string, string>();
    for (const s of unit.structs) {
      for (const f of s.fields) {
        if (f.type.kind === 'name' && /^(struct|union) #\d+$/.test(f.type.name)) {
          anonymousNames.set(f.type.name.replace(/^(struct|union) /, ''), `${s.tag}_${f.name}`);
        }
      }
    }
    const rename = (t: CType): CType => {
      if (t.kind === 'name') {
        const m = /^(struct|union) (#\d+)$/.exec(t.name);
        const to = m ? anonymousNames.get(m[2]) : undefined;
        return to ? { ...t, name: `${m?.[1]} ${to}` } : t;
      }
      if (t.kind === 'pointer') return { ...t, to: rename(t.to) };
      if (t.kind === 'array') return { ...t, of: rename(t.of) };
      return t;
    };
    for (const s of unit.structs) {
      const structName = anonymousNames.get(s.tag) ?? s.tag;
      if (structName.startsWith('#')) continue; // an unnamed struct nobody refers to
      structs.add(structName);
      pendingStructs.push({ name: structName, fields: s.fields.map((f) => ({ name: f.name, type: rename(f.type) })), at: at(s.line, s.column) });
    }
    for (const decl of unit.declarations) {
      const fn = functionOf(decl.type);
      if (decl.typedef) {
        if (fn) {
          callbacks.add(decl.name);
          pendingCallbacks.push({ name: decl.name, fn, at: at(decl.line, decl.column) });
        } else if (!(decl.type.kind === 'name' && decl.type.name.replace(/^(struct|union|enum) /, '') === decl.name)) {
          aliases.set(decl.name, decl.type);
        }
        continue;
      }
      if (!fn) {
        variables.set(decl.name, decl.type);
        continue;
      }
      if (decl.name === name) {
        out.prototype = { params: fn.params, variadic: fn.variadic, returns: fn.returns };
        continue;
      }
      const second = fn.params[1];
      const isCall = fn.params.length >= 3 && second?.name === undefined && second?.type.kind === 'name' && /^[A-Z]/.test(second.type.name) && /(setopt|getinfo|get_offt)$/.test(decl.name);
      if (isCall) continue;
      // On a function page, other functions of the library are siblings, not callbacks.
      if (kind === 'function' && decl.name.startsWith(funcPrefix)) continue;
      callbacks.add(decl.name);
      pendingCallbacks.push({ name: decl.name, fn, at: at(decl.line, decl.column) });
    }
    if (!out.call) {
      const found = findCall(unit.declarations, name);
      if (found) {
        const arg = found.fn.params[found.fn.params.length - 1];
        let type = arg.type;
        let argName = arg.name;
        let cType = cTypeText(type);
        // `curl_mime *mime;` declared above, then `..., mime);`
        if (type.kind === 'name' && argName === undefined && variables.has(type.name)) {
          argName = type.name;
          type = variables.get(type.name) as CType;
          cType = cTypeText(type);
        }
        const canonical = canonicalName(found.decl.name, flavour);
        out.call = {
          func: found.decl.name,
          role: /(getinfo|get_offt)$/.test(canonical) ? 'info' : 'option',
          type,
          cType,
          argName,
          ...at(arg.line, arg.column),
        };
      }
    }
  }

  for (const s of pendingStructs) {
    out.structs.push({
      name: s.name,
      fields: s.fields.map((f) => ({ name: f.name, cType: cTypeText(f.type), type: mapCType(f.type, 'field', out.scope) })),
      from: { file, ...s.at },
    });
  }
  for (const c of pendingCallbacks) {
    out.callbacks.push({
      name: c.name,
      params: mapParams(c.fn.params, out.scope),
      returns: mapCType(c.fn.returns, 'return', out.scope),
      returnCType: cTypeText(c.fn.returns),
      from: { file, ...c.at },
    });
  }

  const first = blocks[0]?.position?.start ?? { line: 1, column: 1 };
  if ((kind === 'option' || kind === 'info' || kind === 'multi-option') && !out.call && blocks.length > 0 && out.diagnostics.length === 0) {
    out.diagnostics.push(
      diagnostic(file, first.line, first.column, `Expected the SYNOPSIS to declare the call \`${expectedCall(kind, name, flavour)}\`, found no call naming \`${name}\``, 'synopsis:parse'),
    );
  }
  if (kind === 'function' && !out.prototype && blocks.length > 0 && out.diagnostics.length === 0) {
    out.diagnostics.push(diagnostic(file, first.line, first.column, `Expected the SYNOPSIS to declare a prototype of \`${name}\`, found none`, 'synopsis:parse'));
  }
  return out;
}

/** A fenced block's content starts on the line after the fence; an indented block's on its own line. */
function isFencedBlock(block: Code): boolean {
  // remark sets `lang`/`meta` only on fenced blocks; an unlabelled fence has neither, so fall back
  // to comparing the block's line count with its content's.
  if (block.lang != null || block.meta != null) return true;
  const p = block.position;
  if (!p) return false;
  const lines = block.value === '' ? 0 : block.value.split('\n').length;
  return p.end.line - p.start.line + 1 > lines;
}
