// Model in, generated files out: the emitting half of manbind. Pure: no file system, no
// printing; the same model and options always give the same bytes.
import type { Diagnostic, Doc, Model } from '../model.js';
import { createContext, type EmitOptions } from './context.js';
import { emitDocsModel } from './docs-model.js';
import { emitEasyOptions } from './easy-options.js';
import { emitIndex } from './index-file.js';
import { emitInfo } from './info.js';
import { emitOptions, type Typed } from './options.js';
import { newRefs, tsType } from './ts-type.js';
import { emitTypes, parameterList } from './types.js';
import { emitValidators } from './validators.js';

export type { EmitOptions } from './context.js';

/** How precisely one option or info is typed. */
export interface TypingEntry {
  name: string;
  kind: 'option' | 'info' | 'multi-option';
  precise: boolean;
  /** Why not precise. */
  reason?: string;
  /** The C type when the value is Unsupported<...>. */
  unsupported?: string;
}

export interface EmitResult {
  /** File name inside the out dir (options.ts, docs-model.json, ...) to its text. */
  files: Map<string, string>;
  typing: TypingEntry[];
  /** Function docs that got a signature. */
  functions: number;
  /** Problems found while emitting (duplicate docs, clashing constants). */
  diagnostics: Diagnostic[];
}

function typing(kind: TypingEntry['kind'], typed: Typed[]): TypingEntry[] {
  return typed.map(({ doc, mapped }) => ({
    name: doc.name,
    kind,
    precise: mapped.imprecise === undefined,
    ...(mapped.imprecise === undefined ? {} : { reason: mapped.imprecise }),
    ...(mapped.unsupported === undefined ? {} : { unsupported: mapped.unsupported }),
  }));
}

export function emit(model: Model, options: EmitOptions): EmitResult {
  const ctx = createContext(model, options);
  const options_ = emitOptions(ctx, 'option');
  const multiOptions = emitOptions(ctx, 'multi-option');
  const info = emitInfo(ctx);
  const signatures = new Map<Doc, string>();
  for (const t of [...options_.typed, ...multiOptions.typed, ...info.typed]) signatures.set(t.doc, t.signature);
  let functions = 0;
  for (const doc of model.docs) {
    if (doc.kind !== 'function' || doc.params === undefined) continue;
    const refs = newRefs();
    const returns = doc.returns === undefined ? 'void' : tsType(doc.returns.type, 'return', model, refs).text;
    signatures.set(doc, `function ${doc.name}(${parameterList(doc.params, ctx, refs).join(', ')}): ${returns}`);
    functions++;
  }
  const files = new Map<string, string>([
    ['docs-model.json', ''],
    ['easy-options.ts', emitEasyOptions(ctx)],
    ['index.ts', emitIndex(ctx)],
    ['info.ts', info.text],
    ['multi-options.ts', multiOptions.text],
    ['options.ts', options_.text],
    ['types.ts', emitTypes(ctx)],
    ['validators.ts', emitValidators(ctx)],
  ]);
  files.set('docs-model.json', emitDocsModel(ctx, signatures));
  return {
    files,
    typing: [...typing('option', options_.typed), ...typing('multi-option', multiOptions.typed), ...typing('info', info.typed)],
    functions,
    diagnostics: ctx.diagnostics,
  };
}
