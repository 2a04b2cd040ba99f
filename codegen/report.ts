// What a run prints: diagnostics as `path:line:col: message [rule]`, how precisely options were
// typed, and the one summary line. Text only; the CLI decides where it goes.
import type { Diagnostic } from './model.js';

/** What a generate run read and wrote, for the summary line and --json. */
export interface Summary {
  specs: string;
  out: string;
  /** Doc files read (parsed, or reported by a diagnostic). */
  docs: number;
  options: number;
  /** curl_multi_setopt options (CURLMOPT_*); not part of the summary line. */
  multiOptions: number;
  infos: number;
  functions: number;
  diagnostics: number;
  /** Wall time since the process started, or since generate() began when called in-process. */
  ms: number;
  precise: { options: number; infos: number };
  /** Options and infos whose type is less precise than their docs, with the reason. */
  imprecise: { name: string; reason: string }[];
  /** Options and infos typed Unsupported<C type>: the runtime cannot take them. */
  unsupported: { name: string; cType: string }[];
  /** Options typed a plain `number` although their docs name values or a range, with why. */
  plainNumbers: { name: string; reason: string }[];
  /** How many of those emitted the manbind runtime serves, by its own list (codegen/served.ts). */
  served: { options: number; multiOptions: number; infos: number; functions: number };
  /** Options, multi options, infos and functions emitted that the manbind runtime does not serve. */
  notServed: string[];
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.message} [${d.rule}]`;
}

/** Imprecise entries shown before "... and N more"; --json lists them all. */
const listLimit = 40;

/** `manbind: TITLE (N):` and an indented `NAME  reason` line each, up to listLimit. */
function list(lines: string[], title: string, entries: readonly { name: string; reason: string }[]): void {
  if (entries.length === 0) return;
  lines.push(`manbind: ${title} (${entries.length}):`);
  const width = Math.max(...entries.slice(0, listLimit).map((e) => e.name.length));
  for (const e of entries.slice(0, listLimit)) lines.push(`  ${e.name.padEnd(width)}  ${e.reason}`);
  if (entries.length > listLimit) lines.push(`  ... and ${entries.length - listLimit} more (--json lists all)`);
}

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

/**
 * Diagnostics without --verbose: one line per rule with its count and the first one, e.g.
 * `manbind: see-also:unknown: 9 warnings, first: curl_ws_meta.md:12:5: Expected ... [see-also:unknown]`,
 * then a hint when lines were left out. Rules in name order.
 */
export function formatDiagnosticSummary(diagnostics: readonly Diagnostic[]): string[] {
  const byRule = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byRule.set(d.rule, [...(byRule.get(d.rule) ?? []), d]);
  const lines: string[] = [];
  for (const rule of [...byRule.keys()].sort()) {
    const all = byRule.get(rule)!;
    const errors = all.filter((d) => d.severity === 'error').length;
    const parts = [errors > 0 ? count(errors, 'error') : '', all.length > errors ? count(all.length - errors, 'warning') : ''];
    lines.push(`manbind: ${rule}: ${parts.filter((p) => p !== '').join(' and ')}, first: ${formatDiagnostic(all[0]!)}`);
  }
  if (byRule.size < diagnostics.length) lines.push(`manbind: --verbose lists all ${diagnostics.length} diagnostics`);
  return lines;
}

/** The precision lines, then the summary line (always last). */
export function formatReport(s: Summary): string[] {
  const lines: string[] = [];
  const unsupported = s.unsupported.length === 0 ? '' : `; ${s.unsupported.length} typed Unsupported<...>, which the runtime cannot take`;
  lines.push(
    `manbind: ${s.precise.options} of ${s.options} options and ${s.precise.infos} of ${s.infos} infos typed precisely${unsupported}`,
  );
  list(lines, 'not precisely typed', s.imprecise);
  list(lines, 'typed as a plain number although the docs name values or a range', s.plainNumbers ?? []);
  // what the runtime serves, in the order of the counts before it
  const served = `(${s.served.options}, ${s.served.infos} and ${s.served.functions} served by the manbind runtime)`;
  lines.push(
    `manbind: ${s.docs} docs read, ${s.options} options, ${s.infos} infos, ${s.functions} functions emitted ${served}, ` +
      `${s.diagnostics} diagnostics, ${s.ms} ms`,
  );
  return lines;
}
