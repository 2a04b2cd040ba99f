// The one doc-comment builder. Every doc comment the generator writes goes through docComment(),
// which fixes the order (summary, description, default, protocols, remarks, since, deprecated,
// see-also, source) and escapes spec text so that nothing can end the comment early.

/** What a symbol's doc comment may say; docComment() decides the order and the escaping. */
export interface CommentInput {
  summary?: string;
  description?: string;
  default?: string;
  protocols?: string;
  /** `@remarks` lines, e.g. "Not supported by the manbind runtime". */
  remarks?: string[];
  since?: string;
  deprecated?: string;
  /** Rendered see-also entries: `{@link CURLOPT.VERBOSE | CURLOPT_VERBOSE}` or a plain name. */
  seeAlso?: string[];
  /** Where the symbol came from, e.g. specs/CURLOPT_URL.md; always the last line. */
  source: string;
}

// JavaScript line terminators: \n, \r, U+2028, U+2029. A comment line must not hold any of them
// unescaped, or the `*` prefix of the next line would be missing.
const lineBreaks = /\r\n|[\n\r\u2028\u2029]/;
const otherLineBreaks = /[\r\u2028\u2029]/;

/**
 * Make spec text safe inside a `/** ... *\/` comment line: `*\/` cannot close it, and a line
 * that starts with `@` cannot be read as a JSDoc tag (TSDoc's backslash escape).
 */
export function escapeCommentLine(line: string): string {
  let text = (line.includes('*/') ? line.replace(/\*\//g, '*\\/') : line).trimEnd();
  if (/^\s*@/.test(text)) text = text.replace('@', '\\@');
  return text;
}

/** Split text into comment lines: line breaks normalised, blank runs collapsed, edges trimmed. */
export function commentLines(text: string): string[] {
  const lines: string[] = [];
  // Spec text nearly always breaks lines with \n alone: a plain split then (a regex split of every
  // comment's text is a few milliseconds of a cold run).
  for (const raw of otherLineBreaks.test(text) ? text.split(lineBreaks) : text.split('\n')) {
    const line = escapeCommentLine(raw);
    const blank = line.trim() === '';
    if (blank && (lines.length === 0 || lines[lines.length - 1] === '')) continue;
    lines.push(blank ? '' : line);
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function tag(name: string, text: string): string[] {
  const lines = commentLines(text);
  if (lines.length === 0) return [`@${name}`];
  return [`@${name} ${lines[0]!.trimStart()}`, ...lines.slice(1)];
}

/** The doc comment text (without indentation) for one symbol. */
export function docComment(input: CommentInput): string {
  const paragraphs: string[][] = [];
  const add = (text: string | undefined, prefix = ''): void => {
    if (text === undefined) return;
    const lines = commentLines(text);
    if (lines.length === 0) return;
    lines[0] = prefix + lines[0]!.trimStart();
    paragraphs.push(lines);
  };
  add(input.summary);
  add(input.description);
  add(input.default, 'Default: ');
  add(input.protocols, 'Protocols: ');

  const tags: string[] = [];
  for (const remark of input.remarks ?? []) tags.push(...tag('remarks', remark));
  if (input.since !== undefined && input.since.trim() !== '') tags.push(...tag('since', input.since));
  if (input.deprecated !== undefined) tags.push(...tag('deprecated', input.deprecated));
  for (const see of input.seeAlso ?? []) tags.push(...tag('see', see));
  tags.push(...tag('see', `${input.source} (generated; do not edit)`));
  paragraphs.push(tags);

  const body = paragraphs.map((p) => p.map((line) => (line === '' ? ' *' : ` * ${line}`)).join('\n'));
  return `/**\n${body.join('\n *\n')}\n */`;
}

/** A one-paragraph comment for generated aggregates (the CURLOPT object, validators, ...). */
export function noteComment(text: string, source: string): string {
  return docComment({ summary: text, source });
}
