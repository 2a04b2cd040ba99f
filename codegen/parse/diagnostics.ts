// Diagnostics as plain data (`path:line:col: message [rule]` is the CLI's business).
import type { Diagnostic, Severity } from '../model.js';

export function diagnostic(
  file: string,
  line: number,
  column: number,
  message: string,
  rule: string,
  severity: Severity = 'error',
): Diagnostic {
  return { file, line: Math.max(1, line), column: Math.max(1, column), message, rule, severity };
}

/** Order by file, line, column, then rule and message, so output is stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/** Shorten a quoted value for a message: one line, at most 60 characters. */
export function quote(value: string): string {
  const line = value.split(/\r?\n/, 1)[0];
  const short = line.length > 60 ? line.slice(0, 57) + '...' : line;
  const ticks = short.includes('`') ? '``' : '`';
  const pad = short.startsWith('`') || short.endsWith('`') ? ' ' : '';
  return ticks + pad + short + pad + ticks;
}
