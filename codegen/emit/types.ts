// generated/types.ts: what synopses declare besides the setopt/getinfo call (enums as constants
// plus a union type, structs as interfaces, callback typedefs as function types), and the
// Unsupported brand for C types the runtime cannot take. C names are kept so docs and code agree.
import type { CallbackDef, Param } from '../model.js';
import { docComment } from './comment.js';
import { fileHeader, type EmitContext } from './context.js';
import { writeImports } from './imports.js';
import { byName, isIdentifier, numberLiteral, parameterName, propertyKey } from './literal.js';
import { parameterLayout, unionLayout } from './layout.js';
import { enumValues, newRefs, tsType, type Refs } from './ts-type.js';
import { LineWriter } from './writer.js';

/** Callback parameters as TypeScript: names from the prototype, made unique and usable. */
export function parameterList(params: Param[], ctx: EmitContext, refs: Refs): string[] {
  const used = new Set<string>();
  return params
    .filter((p) => p.type.kind !== 'void')
    .map((p, i) => {
      let name = parameterName(p.name, i);
      while (used.has(name)) name = `${name}_${i}`;
      used.add(name);
      return `${name}: ${tsType(p.type, 'param', ctx.model, refs).text}`;
    });
}

function cPrototype(def: CallbackDef): string {
  const params = def.params.map((p) => (p.cType.endsWith('*') ? `${p.cType}${p.name}` : `${p.cType} ${p.name}`).trim()).join(', ');
  return `C: \`${def.returnCType} ${def.name}(${params})\``;
}

export function emitTypes(ctx: EmitContext): string {
  const { model } = ctx;
  const refs = newRefs();
  const body = new LineWriter();

  body.writeLine('declare const unsupported: unique symbol;');
  body.blankLineIfLastNot();
  body.writeLine(
    docComment({
      summary: 'A C type the manbind runtime does not support (the C type is the parameter): nothing has this type, so only `null` fits.',
      source: ctx.options.specsDir,
    }),
  );
  body.writeLine('export type Unsupported<CType extends string> = { readonly [unsupported]: CType };');

  const written = new Set<string>();
  for (const name of Object.keys(model.enums).sort(byName)) {
    const def = model.enums[name]!;
    if (!isIdentifier(name)) continue;
    const members: string[] = [];
    for (const v of enumValues(def.values)) {
      const constant = ctx.constants.get(v.name);
      if (constant === undefined) {
        members.push(numberLiteral(v.value));
        continue;
      }
      members.push(`typeof ${v.name}`);
      if (constant.home !== 'types' || written.has(v.name)) continue;
      written.add(v.name);
      body.blankLineIfLastNot();
      body.writeLine(docComment({ summary: v.summary ?? `A value of enum ${name}.`, source: ctx.source(constant.file) }));
      body.writeLine(`export const ${v.name} = ${numberLiteral(constant.value)};`);
    }
    body.blankLineIfLastNot();
    body.writeLine(docComment({ summary: `C: \`enum ${name}\``, source: ctx.source(def.from.file) }));
    body.writeLine(unionLayout(`export type ${name} = `, members.length === 0 ? 'never' : [...new Set(members)].join(' | '), ';', ''));
  }

  // `#define` constants of function pages (CURLWS_TEXT, ...).
  for (const c of [...ctx.constants.values()].filter((c) => c.home === 'types' && !written.has(c.name)).sort((a, b) => byName(a.name, b.name))) {
    written.add(c.name);
    body.blankLineIfLastNot();
    body.writeLine(docComment({ summary: c.summary ?? `A value of ${c.owner}.`, source: ctx.source(c.file) }));
    body.writeLine(`export const ${c.name} = ${numberLiteral(c.value)};`);
  }

  for (const name of Object.keys(model.structs).sort(byName)) {
    const def = model.structs[name]!;
    if (!isIdentifier(name)) continue;
    body.blankLineIfLastNot();
    body.writeLine(docComment({ summary: `C: \`struct ${name}\``, source: ctx.source(def.from.file) }));
    body.writeLine(`export interface ${name} {`);
    body.indent(() => {
      for (const field of def.fields) body.writeLine(`${propertyKey(field.name)}: ${tsType(field.type, 'field', model, refs).text};`);
    });
    body.writeLine('}');
  }

  for (const name of Object.keys(model.callbacks).sort(byName)) {
    const def = model.callbacks[name]!;
    if (!isIdentifier(name)) continue;
    body.blankLineIfLastNot();
    body.writeLine(docComment({ summary: cPrototype(def), source: ctx.source(def.from.file) }));
    const returns = tsType(def.returns, 'return', model, refs).text;
    body.writeLine(parameterLayout(`export type ${name} = (`, parameterList(def.params, ctx, refs), `) => ${returns};`, ''));
  }

  const w = new LineWriter();
  w.writeLine(fileHeader(ctx));
  writeImports(w, refs, ctx, 'types');
  return `${w.toString()}\n${body.toString()}`;
}
