// The DEFAULT section: its text, and the literal it opens with when it states one. The section
// is prose ("0, disabled", "NULL (no callback)", "CURLPROXY_HTTP", "\"PEM\"", "60000
// milliseconds"); only a leading value is taken, anything else leaves the literal unset.
import type { RootContent } from 'mdast';
import type { DefaultValue, Diagnostic, TypeRef } from '../model.js';
import { diagnostic, quote } from './diagnostics.js';
import { blockText, inlineText } from './mdast-text.js';
import { integerLiteral } from './c-const.js';

// A value ends the text or is followed by punctuation (a period only as a full stop, so that a
// version such as 8.13.0 is not read as 8), a parenthesised note, or a dash or `==` and prose.
const AFTER = String.raw`(?=$|[,;:]|\.(?:\s|$)|\s*\(|\s+-\s|\s+==?\s|\s*$)`;
const NUMBER = new RegExp(String.raw`^(-?(?:0[xX][0-9a-fA-F]+|[0-9]+))[uUlL]*(?:\s+(bytes|seconds|milliseconds|ms))?` + AFTER);
const CONSTANT = new RegExp(String.raw`^([A-Z][A-Z0-9]*_[A-Za-z0-9_]*)` + AFTER);
const NULL = new RegExp('^NULL' + AFTER);
const QUOTED = /^"([^"\n]*)"/;

type Literal = NonNullable<DefaultValue['literal']>;

/** The literal a DEFAULT text starts with, if any. `baseName` disambiguates time units. */
export function defaultLiteral(text: string, baseName: string): Literal | undefined {
  const t = text.trim();
  const q = QUOTED.exec(t);
  if (q) return { kind: 'string', value: q[1] };
  if (NULL.test(t)) return { kind: 'null' };
  const n = NUMBER.exec(t);
  if (n) {
    const unit = n[2];
    // "60 seconds" does not state the value of a milliseconds option.
    if ((unit === 'seconds' && /_MS$/.test(baseName)) || ((unit === 'milliseconds' || unit === 'ms') && !/_MS$/.test(baseName))) {
      return undefined;
    }
    const negative = n[1].startsWith('-');
    const v = integerLiteral(negative ? n[1].slice(1) : n[1]);
    if (v === undefined) return undefined;
    return { kind: 'number', value: Number(negative ? -v : v) };
  }
  const c = CONSTANT.exec(t);
  // `CURLAUTH_BASIC | CURLAUTH_GSSAPI` is an expression, not one constant: AFTER rejects it.
  if (c) return { kind: 'constant', name: c[1] };
  return undefined;
}

/** Read a DEFAULT section: the text of its blocks, and the literal its first paragraph opens with. */
export function readDefault(nodes: RootContent[], baseName: string): DefaultValue {
  const text = blockText(nodes);
  const first = nodes[0];
  let lead: string | undefined;
  if (first?.type === 'paragraph') lead = inlineText(first);
  // A line such as `20.` is, to CommonMark, an ordered list starting at 20.
  else if (first?.type === 'list' && first.ordered && first.start != null) lead = blockText([first]);
  const literal = lead === undefined ? undefined : defaultLiteral(lead, baseName);
  return literal ? { text, literal } : { text };
}

const describe = (l: Literal): string =>
  l.kind === 'number' ? `the number \`${l.value}\`` : l.kind === 'null' ? '`NULL`' : l.kind === 'string' ? `the string ${quote(JSON.stringify(l.value))}` : `the constant \`${l.name}\``;

/** Does the literal fit the type? A contradiction is rule default:type. */
export function checkDefault(
  def: DefaultValue,
  type: TypeRef,
  cType: string,
  file: string,
  at: { line: number; column: number },
): Diagnostic | undefined {
  const l = def.literal;
  if (!l) return undefined;
  let expected: string | undefined;
  switch (type.kind) {
    case 'long':
    case 'off_t':
    case 'double':
      if (l.kind === 'string' || l.kind === 'null') expected = 'a number or a constant';
      break;
    case 'string':
      if (l.kind === 'number') expected = 'a string, `NULL` or a constant';
      break;
    case 'socket':
      if (l.kind === 'string') expected = 'a socket, `-1` or a constant';
      break;
    case 'slist':
    case 'blob':
    case 'data':
    case 'callback':
    case 'struct':
    case 'bytes':
      if (l.kind === 'string' || (l.kind === 'number' && l.value !== 0)) expected = '`NULL` or a constant';
      break;
    default:
      break;
  }
  if (!expected) return undefined;
  return diagnostic(file, at.line, at.column, `Expected ${expected} as the DEFAULT of a \`${cType}\` argument, found ${describe(l)}`, 'default:type');
}
