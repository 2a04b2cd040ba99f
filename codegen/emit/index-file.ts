// generated/index.ts: one import for all bindings.
import { fileHeader, type EmitContext } from './context.js';

export const bindingModules = ['easy-options', 'info', 'multi-options', 'options', 'types', 'validators'] as const;

export function emitIndex(ctx: EmitContext): string {
  return [fileHeader(ctx), '', ...bindingModules.map((m) => `export * from './${m}.js';`), ''].join('\n');
}
