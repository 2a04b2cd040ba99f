// What a run prints: diagnostics as `path:line:col: message [rule]`, how precisely options were
// typed, and the one summary line. Text only; the CLI decides where it goes.
import type { Diagnostic } from './model.js';
import type { Summary } from './index.js';

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.message} [${d.rule}]`;
}

/** Imprecise entries shown before "... and N more"; --json lists them all. */
const listLimit = 40;

/** The precision lines, then the summary line (always last). */
export function formatReport(s: Summary): string[] {
  const lines: string[] = [];
  const unsupported = s.unsupported.length === 0 ? '' : `; ${s.unsupported.length} typed Unsupported<...>, which the runtime cannot take`;
  lines.push(
    `manbind: ${s.precise.options} of ${s.options} options and ${s.precise.infos} of ${s.infos} infos typed precisely${unsupported}`,
  );
  if (s.imprecise.length > 0) {
    lines.push(`manbind: not precisely typed (${s.imprecise.length}):`);
    const width = Math.max(...s.imprecise.slice(0, listLimit).map((e) => e.name.length));
    for (const e of s.imprecise.slice(0, listLimit)) lines.push(`  ${e.name.padEnd(width)}  ${e.reason}`);
    if (s.imprecise.length > listLimit) lines.push(`  ... and ${s.imprecise.length - listLimit} more (--json lists all)`);
  }
  lines.push(
    `manbind: ${s.docs} docs read, ${s.options} options, ${s.infos} infos, ${s.functions} functions emitted, ` +
      `${s.diagnostics} diagnostics, ${s.ms} ms`,
  );
  return lines;
}
