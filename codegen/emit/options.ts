// generated/options.ts: the option-name object (CURLOPT), the value constants option docs name,
// and the Setopt interface with one overload per option, which the runtime's Easy class merges.
// generated/multi-options.ts is the same for curl_multi_setopt: CURLMOPT and MultiSetopt, which
// the runtime's Multi class merges (one emitter, parametrised by the doc kind).
import type { Doc } from '../model.js';
import { docComment, noteComment } from './comment.js';
import { docCommentFor, fileHeader, seeAlso, type EmitContext } from './context.js';
import { writeImports } from './imports.js';
import { keyType, numberLiteral, propertyKey, stringLiteral } from './literal.js';
import { methodLayout } from './layout.js';
import { newRefs, tsType, type Mapped, type Refs } from './ts-type.js';
import { LineWriter, type SourceWriter } from './writer.js';

/** What emitting said about one option or info: its TypeScript type and signature. */
export interface Typed {
  doc: Doc;
  mapped: Mapped;
  signature: string;
}

export const unsupportedRemark = 'Not supported by the manbind runtime';

/** The name-object (`export const CURLOPT = {...} as const;`) shared by options.ts and info.ts. */
export function writeNameObject(w: SourceWriter, object: string, docs: Doc[], what: string, ctx: EmitContext): void {
  w.writeLine(noteComment(`${what}: each key's value is its name without the \`${object}_\` prefix.`, ctx.options.specsDir));
  if (docs.length === 0) {
    w.writeLine(`export const ${object} = {} as const;`);
    return;
  }
  w.writeLine(`export const ${object} = {`);
  w.indent(() => {
    for (const doc of docs) {
      w.writeLine(docComment({ summary: doc.summary, source: ctx.source(doc.file) }));
      w.writeLine(`${propertyKey(doc.baseName)}: ${stringLiteral(doc.baseName)},`);
    }
  });
  w.writeLine('} as const;');
}

/** `export const NAME = value;` for the constants whose home is `home`, sorted by name. */
export function writeConstants(w: SourceWriter, ctx: EmitContext, home: 'options' | 'info'): void {
  const names = [...ctx.constants.values()].filter((c) => c.home === home);
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const c of names) {
    w.blankLineIfLastNot();
    w.writeLine(docComment({ summary: c.summary ?? `A value of ${c.owner}.`, source: ctx.source(c.file) }));
    w.writeLine(`export const ${c.name} = ${numberLiteral(c.value)};`);
  }
}

/** The two setopt() surfaces: the easy handle's options and the multi handle's. */
export type SetoptKind = 'option' | 'multi-option';

interface SetoptSurface {
  /** The name object: CURLOPT, CURLMOPT. */
  object: string;
  docs: Doc[];
  /** The interface the runtime class merges. */
  iface: 'Setopt' | 'MultiSetopt';
  handle: 'Easy' | 'Multi';
  file: 'options' | 'multi-options';
}

function surface(ctx: EmitContext, kind: SetoptKind): SetoptSurface {
  return kind === 'option'
    ? { object: ctx.optionObject, docs: ctx.optionDocs, iface: 'Setopt', handle: 'Easy', file: 'options' }
    : { object: ctx.multiOptionObject, docs: ctx.multiOptionDocs, iface: 'MultiSetopt', handle: 'Multi', file: 'multi-options' };
}

export function optionSignature(
  doc: Doc,
  ctx: EmitContext,
  refs: Refs,
  object: string = ctx.optionObject,
): { mapped: Mapped; signature: string; member: string } {
  const mapped = tsType(doc.type, 'option', ctx.model, refs);
  const option = keyType(object, doc.baseName);
  return {
    mapped,
    signature: `setopt(option: ${option}, value: ${mapped.text}): number`,
    member: methodLayout('setopt', [['option', option], ['value', mapped.text]], 'number', '  '),
  };
}

export function emitOptions(ctx: EmitContext, kind: SetoptKind = 'option'): { text: string; typed: Typed[] } {
  const { object, docs, iface, handle, file } = surface(ctx, kind);
  const refs = newRefs();
  const body = new LineWriter();
  const typed: Typed[] = [];
  writeNameObject(body, object, docs, `${object} option names for ${kind === 'option' ? 'setopt()' : 'multi setopt()'}`, ctx);
  // Values multi option docs name are declared in types.ts (context.ts collectConstants).
  if (kind === 'option') writeConstants(body, ctx, 'options');
  body.blankLineIfLastNot();
  body.writeLine(noteComment(`setopt() overloads, one per documented ${object} option; the runtime's ${handle} class merges this interface.`, ctx.options.specsDir));
  body.writeLine(`export interface ${iface} {`);
  body.indent(() => {
    for (const doc of docs) {
      const { mapped, signature, member } = optionSignature(doc, ctx, refs, object);
      typed.push({ doc, mapped, signature });
      const remarks = mapped.unsupported === undefined ? [] : [unsupportedRemark];
      body.writeLine(docCommentFor(doc, ctx, { remarks, seeAlso: seeAlso(doc, ctx, file) }));
      body.writeLine(member);
    }
  });
  body.writeLine('}');

  const w = new LineWriter();
  w.writeLine(fileHeader(ctx));
  writeImports(w, refs, ctx, file);
  return { text: `${w.toString()}\n${body.toString()}`, typed };
}
