// generated/info.ts: the info-name object (CURLINFO), the name-to-type map (GetinfoMap) and the
// Getinfo interface with one generic getinfo over it, returning `{ code, value }` as the
// runtime's Easy.getinfo does (see options.ts for why one generic signature).
import type { Doc } from '../model.js';
import { servedRemarks } from '../served.js';
import { noteComment } from './comment.js';
import { docCommentFor, fileHeader, seeAlso, type EmitContext } from './context.js';
import { writeImports } from './imports.js';
import { keyType } from './literal.js';
import { mapMember, writeConstants, writeNameObject, type CommentFor, type Typed } from './options.js';
import { methodLayout } from './layout.js';
import { newRefs, tsType, type Mapped, type Refs } from './ts-type.js';
import { LineWriter } from './writer.js';

export function infoSignature(doc: Doc, ctx: EmitContext, refs: Refs): { mapped: Mapped; signature: string } {
  const mapped = tsType(doc.type, 'info', ctx.model, refs);
  return { mapped, signature: `getinfo(info: ${keyType(ctx.infoObject, doc.baseName)}): { code: number; value: ${mapped.text} }` };
}

export function emitInfo(ctx: EmitContext): { text: string; typed: Typed[] } {
  const refs = newRefs();
  const typed: Typed[] = [];
  const comments = new Map<Doc, string>();
  for (const doc of ctx.infoDocs) {
    const { mapped, signature } = infoSignature(doc, ctx, refs);
    typed.push({ doc, mapped, signature });
    comments.set(doc, docCommentFor(doc, ctx, { remarks: servedRemarks(doc, ctx.model.prefixes), seeAlso: seeAlso(doc, ctx, 'info') }));
  }
  const comment: CommentFor = (doc) => comments.get(doc)!;

  const body = new LineWriter();
  writeNameObject(body, ctx.infoObject, ctx.infoDocs, `${ctx.infoObject} info names for getinfo()`, ctx, comment);
  writeConstants(body, ctx, 'info');
  body.blankLineIfLastNot();
  body.writeLine(noteComment(`The value getinfo() gives for each documented ${ctx.infoObject} info, by name.`, ctx.options.specsDir));
  body.writeLine('export interface GetinfoMap {');
  body.indent(() => {
    for (const t of typed) {
      body.writeLine(comment(t.doc));
      body.writeLine(mapMember(t.doc.baseName, t.mapped.text));
    }
  });
  body.writeLine('}');

  const call = `${ctx.model.prefixes.func}easy_getinfo`;
  body.blankLineIfLastNot();
  body.writeLine(noteComment(`${call}() as a method; the runtime's Easy class merges this interface.`, ctx.options.specsDir));
  body.writeLine('export interface Getinfo {');
  body.indent(() => {
    body.writeLine(
      noteComment(
        `Read one piece of information from the handle, as ${call} does: \`info\` is a ${ctx.infoObject} name\n(\`${ctx.infoObject}.RESPONSE_CODE\` or \`'RESPONSE_CODE'\`). Returns \`{ code, value }\`: a ${ctx.model.prefixes.error.replace(/E_$/, '')}code (0 when the value is\nthere) and the value, of that info's type in {@link GetinfoMap}.`,
        ctx.options.specsDir,
      ),
    );
    body.writeLine(methodLayout('getinfo<K extends keyof GetinfoMap>', [['info', 'K']], '{ code: number; value: GetinfoMap[K] }', '  '));
  });
  body.writeLine('}');

  const w = new LineWriter();
  w.writeLine(fileHeader(ctx));
  writeImports(w, refs, ctx, 'info');
  return { text: `${w.toString()}\n${body.toString()}`, typed };
}
