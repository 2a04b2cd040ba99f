// The inline markdown of curldown prose without micromark: text, backslash escapes, code spans,
// emphasis and strong (CommonMark's delimiter rules as micromark applies them), `[text](url)`
// links with a plain URL, and hard breaks by trailing spaces. The nodes are the ones remark-parse
// makes, positions and key order included. Anything else (other links, images, autolinks, raw
// HTML, character references, a backslash before a line end, tabs) returns undefined: the caller
// then parses the whole page with remark (syntax.ts).
import type { Break, Emphasis, InlineCode, Link, PhrasingContent, Strong, Text } from 'mdast';

/** One line of a paragraph or heading. */
export interface ContentLine {
  /**
   * Source offset where the line's text starts: its leading whitespace (less what a list item's
   * indent takes) is not text, but a code span running over the line end keeps it.
   */
  start: number;
  /** Source offset of the first content character. */
  from: number;
  /** Source offset of the end of the line (its `\n`, or the end of the text). */
  to: number;
  /** 1-based line and column of `start`. */
  line: number;
  column: number;
}

interface Point {
  line: number;
  column: number;
  offset: number;
}

// Pieces before emphasis is resolved, at content indexes (positions are made only for nodes).
// Text pieces merge into one text node when adjacent; a line end's piece ends on the next line.
type Piece =
  | { kind: 'text'; value: string; from: number; to: number; endsLine: number }
  | { kind: 'node'; node: PhrasingContent }
  | { kind: 'delim'; marker: number; from: number; to: number; open: boolean; close: boolean };

const BACKSLASH = 92;
const BACKTICK = 96;
const STAR = 42;
const UNDERSCORE = 95;
const NEWLINE = 10;
const SPACE = 32;

// micromark-util-character: ASCII punctuation (escapable), Unicode whitespace and punctuation.
const isAsciiPunctuation = (c: number): boolean => (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
const unicodeWhitespace = /\s/;
const unicodePunctuation = /\p{P}|\p{S}/u;

/** micromark's classifyCharacter: 1 whitespace (or none), 2 punctuation, 0 anything else. */
function classify(code: number): number {
  if (Number.isNaN(code) || code === SPACE || code === NEWLINE) return 1;
  // ASCII without the regexps: \s is tab to CR and space, \p{P} and \p{S} are the punctuation.
  if (code < 128) return code >= 9 && code <= 13 ? 1 : isAsciiPunctuation(code) ? 2 : 0;
  const ch = String.fromCharCode(code);
  if (unicodeWhitespace.test(ch)) return 1;
  return unicodePunctuation.test(ch) ? 2 : 0;
}

/** What surrounds a link's text: `[` and `]`, where a paragraph has its start and end. */
interface Edges {
  before: number;
  after: number;
}

const safeUrl = /^[A-Za-z0-9:/._~%?=#+-]+$/;
// Characters that may start something other than plain text (a space only matters before a line end).
const special = /[\n\\`*_<&[\]\t\0]/g;

/**
 * The phrasing content of `lines` of `source`, or undefined when it uses a construct this reader
 * leaves to remark. `edges` is for the text of a link, which is not the end of a paragraph.
 */
export function parseInline(source: string, lines: readonly ContentLine[], edges?: Edges): PhrasingContent[] | undefined {
  // The content as micromark's text tokenizer sees it: the lines joined by `\n`; a slice of the
  // source unless a list item's indent is cut out of it.
  const starts: number[] = [];
  let contiguous = true;
  let length = 0;
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && lines[i].start !== lines[i - 1].to + 1) contiguous = false;
    starts.push(length);
    length += lines[i].to - lines[i].start + 1;
  }
  const s = contiguous ? source.slice(lines[0].start, lines[lines.length - 1].to) : lines.map((l) => source.slice(l.start, l.to)).join('\n');
  let lineIndex = 0;
  const lineOf = (k: number): number => {
    while (lineIndex + 1 < starts.length && starts[lineIndex + 1] <= k) lineIndex++;
    while (lineIndex > 0 && starts[lineIndex] > k) lineIndex--;
    return lineIndex;
  };
  // Where content index k is in the source (k may be a line's `\n`, or the end).
  const point = (k: number): Point => {
    const i = lineOf(k);
    const l = lines[i];
    const d = k - starts[i];
    return { line: l.line, column: l.column + d, offset: l.start + d };
  };
  // Just after the `\n` ending line i.
  const afterLine = (i: number): Point => {
    const next = lines[i + 1];
    return { line: next.line, column: 1, offset: next.start - next.column + 1 };
  };
  // Lines that start inside a list item's indent: micromark's positions there differ once a
  // code span it tried ran over a line end and failed.
  const indented = lines.some((l, i) => i > 0 && l.column > 1);

  const pieces: Piece[] = [];
  const text = (value: string, from: number, to: number, endsLine = -1): void => {
    pieces.push({ kind: 'text', value, from, to, endsLine });
  };
  const n = s.length;
  let k = 0;
  let dataFrom = -1; // start of the current run of plain characters
  const flush = (to: number): void => {
    if (dataFrom >= 0 && to > dataFrom) text(s.slice(dataFrom, to), dataFrom, to);
    dataFrom = -1;
  };
  // Spaces that end the current run of text, before a line end or the end: not text. One is
  // dropped, two or more are a hard break (micromark's resolveAllLineSuffixes).
  const trailingSpaces = (to: number): number => {
    let e = to;
    while (e > dataFrom && dataFrom >= 0 && s.charCodeAt(e - 1) === SPACE) e--;
    return to - e;
  };
  while (k < n) {
    // Plain text up to the next character that may mean something, found natively: a page is
    // read once, mostly before the JIT has compiled this loop.
    special.lastIndex = k;
    const found = special.exec(s);
    const next = found === null ? n : found.index;
    if (next > k) {
      if (dataFrom < 0) dataFrom = k;
      k = next;
      if (k === n) break;
    }
    const c = s.charCodeAt(k);
    if (c === NEWLINE) {
      const spaces = trailingSpaces(k);
      flush(k - spaces);
      const i = lineOf(k);
      if (spaces >= 2) pieces.push({ kind: 'node', node: { type: 'break', position: { start: point(k - spaces), end: afterLine(i) } } as Break });
      else text('\n', k, k + 1, i);
      // The next line's leading whitespace is not text.
      k = starts[i + 1] + lines[i + 1].from - lines[i + 1].start;
      continue;
    }
    if (c === BACKSLASH) {
      const next = s.charCodeAt(k + 1);
      if (next === NEWLINE) return undefined; // a hard break by backslash
      if (k + 1 < n && isAsciiPunctuation(next)) {
        flush(k);
        text(s[k + 1], k, k + 2);
        k += 2;
        continue;
      }
      if (dataFrom < 0) dataFrom = k;
      k++;
      continue;
    }
    if (c === BACKTICK) {
      let e = k;
      while (e < n && s.charCodeAt(e) === BACKTICK) e++;
      const size = e - k;
      const close = closingRun(s, e, size);
      if (close < 0) {
        if (indented) return undefined;
        // No closing run of the same size: the backticks are text.
        if (dataFrom < 0) dataFrom = k;
        k = e;
        continue;
      }
      flush(k);
      let value = s.slice(e, close);
      if (/^[ \n]/.test(value) && /[ \n]$/.test(value) && /[^ \n]/.test(value)) value = value.slice(1, -1);
      pieces.push({ kind: 'node', node: { type: 'inlineCode', value, position: { start: point(k), end: point(close + size) } } as InlineCode });
      k = close + size;
      continue;
    }
    if (c === STAR || c === UNDERSCORE) {
      flush(k);
      let e = k;
      while (e < n && s.charCodeAt(e) === c) e++;
      const before = classify(k === 0 ? (edges?.before ?? NaN) : s.charCodeAt(k - 1));
      const after = classify(e === n ? (edges?.after ?? NaN) : s.charCodeAt(e));
      const open = !after || (after === 2 && before !== 0);
      const closeable = !before || (before === 2 && after !== 0);
      pieces.push({
        kind: 'delim',
        marker: c,
        from: k,
        to: e,
        open: c === STAR ? open : open && (before !== 0 || !closeable),
        close: c === STAR ? closeable : closeable && (after !== 0 || !open),
      });
      k = e;
      continue;
    }
    if (c === 9 || c === 0) return undefined; // tabs and NUL: micromark's own column and character rules
    if (c === 60) return undefined; // `<`: autolinks and raw HTML
    if (c === 38 && /[#A-Za-z]/.test(s[k + 1] ?? '')) return undefined; // `&name;`: character references
    if (c === 91 && s[k - 1] !== '!') {
      // `[text](url)`: a link, when the text is one line of plain inline content and the URL plain.
      const close = s.indexOf(']', k + 1);
      const paren = close < 0 ? -1 : s.indexOf(')', close);
      const label = close < 0 ? '' : s.slice(k + 1, close);
      if (close > k + 1 && s[close + 1] === '(' && paren > 0 && !/[[`\\\n]/.test(label) && safeUrl.test(s.slice(close + 2, paren))) {
        const from = point(k + 1);
        const inner = parseInline(source, [{ start: from.offset, from: from.offset, to: from.offset + label.length, line: from.line, column: from.column }], { before: 91, after: 93 });
        if (!inner) return undefined;
        flush(k);
        const url = s.slice(close + 2, paren);
        pieces.push({ kind: 'node', node: { type: 'link', title: null, url, children: inner, position: { start: point(k), end: point(paren + 1) } } as Link });
        k = paren + 1;
        continue;
      }
    }
    if (c === 93 && s[k + 1] === '(') return undefined; // `](` of a link this reader does not model
    if (dataFrom < 0) dataFrom = k;
    k++;
  }
  flush(edges ? n : n - trailingSpaces(n));
  resolveEmphasis(pieces, point, afterLine);
  return toNodes(pieces, point, afterLine);
}

/** The index of the next run of exactly `size` backticks from `k`, or -1. */
function closingRun(s: string, k: number, size: number): number {
  for (let i = s.indexOf('`', k); i >= 0; i = s.indexOf('`', i)) {
    let e = i;
    while (e < s.length && s.charCodeAt(e) === BACKTICK) e++;
    if (e - i === size) return i;
    i = e;
  }
  return -1;
}

/**
 * Match delimiter runs into emphasis and strong as micromark's resolveAllAttention does: each
 * closer, left to right, takes the nearest opener of the same marker that the rule of three
 * allows; two markers when both runs have two, else one. Unmatched runs stay text.
 */
function resolveEmphasis(pieces: Piece[], point: (k: number) => Point, afterLine: (i: number) => Point): void {
  let i = 0;
  while (i < pieces.length) {
    const closer = pieces[i];
    if (closer.kind !== 'delim' || !closer.close) {
      i++;
      continue;
    }
    let found = -1;
    for (let j = i - 1; j >= 0; j--) {
      const opener = pieces[j];
      if (opener.kind !== 'delim' || !opener.open || opener.marker !== closer.marker) continue;
      const openSize = opener.to - opener.from;
      const closeSize = closer.to - closer.from;
      if ((opener.close || closer.open) && closeSize % 3 !== 0 && (openSize + closeSize) % 3 === 0) continue;
      found = j;
      break;
    }
    if (found < 0) {
      i++;
      continue;
    }
    const opener = pieces[found] as Extract<Piece, { kind: 'delim' }>;
    const use = opener.to - opener.from > 1 && closer.to - closer.from > 1 ? 2 : 1;
    // Runs left between the two are text: micromark resolves the inside again, but each closer
    // there already looked for an opener among the same runs, unchanged since, and found none.
    const inside = pieces.slice(found + 1, i);
    opener.to -= use;
    closer.from += use;
    const start = point(opener.to);
    const end = point(closer.from);
    const children = toNodes(inside, point, afterLine);
    const node = (use === 2
      ? { type: 'strong', children, position: { start, end } }
      : { type: 'emphasis', children, position: { start, end } }) as Strong | Emphasis;
    const replacement: Piece[] = [];
    if (opener.to > opener.from) replacement.push(opener);
    replacement.push({ kind: 'node', node });
    if (closer.to > closer.from) replacement.push(closer);
    pieces.splice(found, i - found + 1, ...replacement);
    // Look at what is left of the closer again, or go on after the new node.
    i = found + replacement.length - (closer.to > closer.from ? 1 : 0);
  }
}

/** Pieces to mdast, with adjacent text (and unmatched delimiters) merged into one text node. */
function toNodes(pieces: readonly Piece[], point: (k: number) => Point, afterLine: (i: number) => Point): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last: Text | undefined;
  let end: Piece | undefined;
  const close = (): void => {
    if (last && end && end.kind !== 'node') last.position!.end = end.kind === 'text' && end.endsLine >= 0 ? afterLine(end.endsLine) : point(end.to);
    last = undefined;
  };
  for (const p of pieces) {
    if (p.kind === 'node') {
      close();
      out.push(p.node);
      continue;
    }
    if (p.to === p.from) continue; // a delimiter run used up
    const value = p.kind === 'text' ? p.value : String.fromCharCode(p.marker).repeat(p.to - p.from);
    if (last) last.value += value;
    else {
      // `end` is set when the run of text ends (mdast-util-from-markdown's key order: start, end).
      last = { type: 'text', value, position: { start: point(p.from), end: undefined as unknown as Point } };
      out.push(last);
    }
    end = p;
  }
  close();
  return out;
}
