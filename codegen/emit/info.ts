// generated/info.ts: the info-name object (CURLINFO) and the Getinfo interface, one overload per
// info, returning `{ code, value }` as the runtime's Easy.getinfo does.
import type { Doc } from '../model.js';
import { noteComment } from './comment.js';
import { docCommentFor, fileHeader, seeAlso, type EmitContext } from './context.js';
import { writeImports } from './imports.js';
import { keyType } from './literal.js';
import { unsupportedRemark, writeConstants, writeNameObject, type Typed } from './options.js';
import { methodLayout } from './layout.js';
import { newRefs, tsType, type Mapped, type Refs } from './ts-type.js';
import { LineWriter } from './writer.js';

export function infoSignature(doc: Doc, ctx: EmitContext, refs: Refs): { mapped: Mapped; signature: string; member: string } {
  const mapped = tsType(doc.type, 'info', ctx.model, refs);
  const info = keyType(ctx.infoObject, doc.baseName);
  const returns = `{ code: number; value: ${mapped.text} }`;
  return { mapped, signature: `getinfo(info: ${info}): ${returns}`, member: methodLayout('getinfo', [['info', info]], returns, '  ') };
}

export function emitInfo(ctx: EmitContext): { text: string; typed: Typed[] } {
  const refs = newRefs();
  const body = new LineWriter();
  const typed: Typed[] = [];
  writeNameObject(body, ctx.infoObject, ctx.infoDocs, `${ctx.infoObject} info names for getinfo()`, ctx);
  writeConstants(body, ctx, 'info');
  body.blankLineIfLastNot();
  body.writeLine(noteComment(`getinfo() overloads, one per documented ${ctx.infoObject} info; the runtime's Easy class merges this interface.`, ctx.options.specsDir));
  body.writeLine('export interface Getinfo {');
  body.indent(() => {
    for (const doc of ctx.infoDocs) {
      const { mapped, signature, member } = infoSignature(doc, ctx, refs);
      typed.push({ doc, mapped, signature });
      const remarks = mapped.unsupported === undefined ? [] : [unsupportedRemark];
      body.writeLine(docCommentFor(doc, ctx, { remarks, seeAlso: seeAlso(doc, ctx, 'info') }));
      body.writeLine(member);
    }
  });
  body.writeLine('}');

  const w = new LineWriter();
  w.writeLine(fileHeader(ctx));
  writeImports(w, refs, ctx, 'info');
  return { text: `${w.toString()}\n${body.toString()}`, typed };
}
