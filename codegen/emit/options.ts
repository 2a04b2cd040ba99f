// generated/options.ts: the option-name object (CURLOPT), the value constants option docs name,
// the name-to-type map (SetoptMap: each option by name, then by its curl.h id) and the Setopt
// interface with one generic setopt over it, which the runtime's Easy class merges. One generic
// signature rather than an overload per option, as the DOM library's addEventListener<K extends
// keyof WindowEventMap> does: a wrong value is reported against that option's type, not against
// the last overload. generated/multi-options.ts is the same for curl_multi_setopt (CURLMOPT,
// MultiSetoptMap, MultiSetopt; the runtime's Multi class merges it), from the same emitter.
import { rowsById } from '../ids/option-ids.js';
import type { Doc } from '../model.js';
import { servedRemarks } from '../served.js';
import { docComment, noteComment } from './comment.js';
import { docCommentFor, fileHeader, seeAlso, type EmitContext } from './context.js';
import { writeImports } from './imports.js';
import { keyType, numberLiteral, propertyKey, stringLiteral } from './literal.js';
import { methodLayout, unionLayout } from './layout.js';
import { newRefs, tsType, type Mapped, type Refs } from './ts-type.js';
import { LineWriter, type SourceWriter } from './writer.js';

/** What emitting said about one option or info: its TypeScript type and signature. */
export interface Typed {
  doc: Doc;
  mapped: Mapped;
  /** The call as the docs site shows it: `setopt(option: typeof CURLOPT.URL, value: string | null): number`. */
  signature: string;
}

/** The full doc comment of an option or info, for each place that declares it. */
export type CommentFor = (doc: Doc) => string;

/**
 * The name-object (`export const CURLOPT = {...} as const;`) shared by options.ts and info.ts;
 * each key carries the doc's full comment, so hovering `CURLOPT.URL` shows it.
 */
export function writeNameObject(w: SourceWriter, object: string, docs: Doc[], what: string, ctx: EmitContext, comment: CommentFor): void {
  w.writeLine(noteComment(`${what}: each key's value is its name without the \`${object}_\` prefix.`, ctx.options.specsDir));
  if (docs.length === 0) {
    w.writeLine(`export const ${object} = {} as const;`);
    return;
  }
  w.writeLine(`export const ${object} = {`);
  w.indent(() => {
    for (const doc of docs) {
      w.writeLine(comment(doc));
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

/** A map member, `NAME: type;`, the type broken at its `|` when the line is too wide. */
export function mapMember(name: string, type: string): string {
  return unionLayout(`${propertyKey(name)}: `, type, ';', '  ');
}

/** The two setopt() surfaces: the easy handle's options and the multi handle's. */
export type SetoptKind = 'option' | 'multi-option';

interface SetoptSurface {
  /** The name object: CURLOPT, CURLMOPT. */
  object: string;
  docs: Doc[];
  /** The interface the runtime class merges, and its name-to-type map. */
  iface: 'Setopt' | 'MultiSetopt';
  map: 'SetoptMap' | 'MultiSetoptMap';
  handle: 'Easy' | 'Multi';
  /** The C call (curl_easy_setopt) and what it returns. */
  call: string;
  returns: string;
  file: 'options' | 'multi-options';
}

function surface(ctx: EmitContext, kind: SetoptKind): SetoptSurface {
  const func = ctx.model.prefixes.func;
  const code = ctx.model.prefixes.error.replace(/E_$/, '');
  return kind === 'option'
    ? { object: ctx.optionObject, docs: ctx.optionDocs, iface: 'Setopt', map: 'SetoptMap', handle: 'Easy', call: `${func}easy_setopt`, returns: `${code}code`, file: 'options' }
    : {
        object: ctx.multiOptionObject,
        docs: ctx.multiOptionDocs,
        iface: 'MultiSetopt',
        map: 'MultiSetoptMap',
        handle: 'Multi',
        call: `${func}multi_setopt`,
        returns: `${code}Mcode`,
        file: 'multi-options',
      };
}

export function optionSignature(doc: Doc, ctx: EmitContext, refs: Refs, object: string = ctx.optionObject): { mapped: Mapped; signature: string } {
  const mapped = tsType(doc.type, 'option', ctx.model, refs);
  return { mapped, signature: `setopt(option: ${keyType(object, doc.baseName)}, value: ${mapped.text}): number` };
}

export function emitOptions(ctx: EmitContext, kind: SetoptKind = 'option'): { text: string; typed: Typed[] } {
  const s = surface(ctx, kind);
  const refs = newRefs();
  const typed: Typed[] = [];
  const comments = new Map<Doc, string>();
  for (const doc of s.docs) {
    const { mapped, signature } = optionSignature(doc, ctx, refs, s.object);
    typed.push({ doc, mapped, signature });
    // what the runtime does with it comes from its own list (codegen/served.ts), not from the type
    comments.set(doc, docCommentFor(doc, ctx, { remarks: servedRemarks(doc, ctx.model.prefixes), seeAlso: seeAlso(doc, ctx, s.file) }));
  }
  const comment: CommentFor = (doc) => comments.get(doc)!;

  const body = new LineWriter();
  writeNameObject(body, s.object, s.docs, `${s.object} option names for ${kind === 'option' ? 'setopt()' : 'multi setopt()'}`, ctx, comment);
  // Values multi option docs name are declared in types.ts (context.ts collectConstants).
  if (kind === 'option') writeConstants(body, ctx, 'options');

  body.blankLineIfLastNot();
  // The numbers carry no comment of their own: `141: SetoptMap['CONNECT_ONLY']` says which option it
  // is, and 300 more comments cost every program that imports the bindings parse time.
  const byNumber =
    kind === 'option' ? `, then by its number (curl.h's CURLOPTTYPE base + number:\n\`141: SetoptMap['CONNECT_ONLY']\`, as \`CURLOPT_CONNECT_ONLY\` is 141 in C)` : '';
  body.writeLine(noteComment(`The value setopt() takes for each documented ${s.object} option, by name${byNumber}.`, ctx.options.specsDir));
  body.writeLine(`export interface ${s.map} {`);
  body.indent(() => {
    for (const t of typed) {
      body.writeLine(comment(t.doc));
      body.writeLine(mapMember(t.doc.baseName, t.mapped.text));
    }
    if (kind !== 'option') return;
    for (const row of rowsById(ctx.optionRows)) {
      body.writeLine(`${row.id}: ${s.map}[${stringLiteral(row.doc.baseName)}];`);
    }
  });
  body.writeLine('}');

  body.blankLineIfLastNot();
  body.writeLine(noteComment(`${s.call}() as a method; the runtime's ${s.handle} class merges this interface.`, ctx.options.specsDir));
  body.writeLine(`export interface ${s.iface} {`);
  body.indent(() => {
    const what = kind === 'option' ? `a ${s.object} name (\`${s.object}.URL\` or \`'URL'\`) or its number` : `a ${s.object} name`;
    body.writeLine(
      noteComment(
        `Set one option of the handle, as ${s.call} does: \`option\` is ${what},\nand \`value\` must have that option's type in {@link ${s.map}}. Returns a ${s.returns} (0 when the option was set).`,
        ctx.options.specsDir,
      ),
    );
    body.writeLine(methodLayout(`setopt<K extends keyof ${s.map}>`, [['option', 'K'], ['value', `${s.map}[K]`]], 'number', '  '));
  });
  body.writeLine('}');

  const w = new LineWriter();
  w.writeLine(fileHeader(ctx));
  writeImports(w, refs, ctx, s.file);
  return { text: `${w.toString()}\n${body.toString()}`, typed };
}
