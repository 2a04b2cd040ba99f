// Line layout for long declarations, so generated files read like hand-formatted ones: a line
// over `maxWidth` is broken at its top-level `|` or `,` (Prettier's shapes, without Prettier).

export const maxWidth = 120;

/** Split `text` at top-level occurrences of `separator` (outside brackets and quotes). */
export function splitTopLevel(text: string, separator: ' | ' | ', '): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote !== '') {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if ('([{<'.includes(ch)) depth++;
    else if (')]}>'.includes(ch) && !(ch === '>' && text[i - 1] === '=')) depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i));
      start = i + separator.length;
      i += separator.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** `type` on one line, or as `\n  | A\n  | B` lines when `prefix + type + suffix` is too wide. */
export function unionLayout(prefix: string, type: string, suffix: string, indent: string): string {
  const line = `${prefix}${type}${suffix}`;
  const members = splitTopLevel(type, ' | ');
  if (indent.length + line.length <= maxWidth || members.length < 2) return line;
  return [prefix.trimEnd(), ...members.map((m) => `  | ${m}`)].join('\n') + suffix;
}

/** A parameter list, one parameter a line when the whole line is too wide. */
export function parameterLayout(prefix: string, params: string[], suffix: string, indent: string): string {
  const line = `${prefix}${params.join(', ')}${suffix}`;
  if (indent.length + line.length <= maxWidth || params.length === 0) return line;
  return [prefix, ...params.map((p) => `  ${p},`), suffix.trimStart()].join('\n');
}

/** A method signature, parameters one a line (and unions broken) when too wide. */
export function methodLayout(name: string, params: [string, string][], returns: string, indent: string): string {
  const line = `${name}(${params.map(([n, t]) => `${n}: ${t}`).join(', ')}): ${returns};`;
  if (indent.length + line.length <= maxWidth) return line;
  const lines = [`${name}(`];
  for (const [n, t] of params) {
    for (const l of unionLayout(`${n}: `, t, ',', `${indent}  `).split('\n')) lines.push(`  ${l}`);
  }
  lines.push(`): ${returns};`);
  return lines.join('\n');
}
