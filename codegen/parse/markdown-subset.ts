// The block structure of a curldown page without micromark: YAML frontmatter, `#` headings, fenced
// and indented code, paragraphs, tight lists of one-paragraph items, one-line HTML comments; the
// inline content is inline-subset.ts's. The tree is the one remark-parse + remark-frontmatter
// make, positions and key order included, so nothing downstream can tell the two apart
// (test/parse/markdown-subset.test.ts compares them on every page at hand and on generated ones).
// A page with anything else (block quotes, other HTML, thematic breaks, setext headings, link
// definitions, loose or nested lists, tabs, CR line ends) returns undefined and goes to remark.
// Why not micromark alone: even with its unused constructs turned off it takes several times curl's
// own cd2nroff to read curl's docs, and curldown pages almost never leave this subset.
import type { Code, Heading, Html, List, ListItem, Paragraph, Root, RootContent, Yaml } from 'mdast';
import { parseInline, type ContentLine } from './inline-subset.js';

interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A list item's marker: `-`, `*`, `+`, or a number with `.` or `)`. */
interface Marker {
  ordered: boolean;
  /** The bullet, or the delimiter after the number. */
  char: string;
  start: number | null;
  /** Columns the marker and the space after it take (where the item's content starts). */
  width: number;
  /** Whether anything follows the marker on its line. */
  empty: boolean;
}

const blank = /^ *$/;
const atxHeading = /^(#{1,6})(?: (.*))?$/;
const fenceOpen = /^(`{3,}|~{3,})(.*)$/;
const safeInfo = /^[A-Za-z0-9_+.#-]*$/;

/** Leading spaces (micromark's indentation; tabs never get this far). */
function spaces(line: string): number {
  let k = 0;
  while (line.charCodeAt(k) === 32) k++;
  return k;
}

/**
 * A line (with up to three spaces skipped) that may start a block other than a paragraph or a
 * heading: block quotes, HTML, list items, thematic breaks, setext underlines.
 */
function startsOtherBlock(text: string): boolean {
  const c = text[0];
  if (c === '>' || c === '<') return true;
  if (c === '=') return /^=+ *$/.test(text);
  if (c === '-' || c === '*' || c === '+' || c === '_') {
    return (c !== '_' && (text.length === 1 || text[1] === ' ')) || /^([-*_]) *(?:\1 *){2,}$/.test(text) || /^-+ *$/.test(text);
  }
  return /^\d{1,9}[.)](?: |$)/.test(text);
}

const closers = new Map<string, RegExp>();
/** A line that may close a fence opened with `open` (`~~~`, ```` ``` ````, longer). */
function closingFence(open: string): RegExp {
  let re = closers.get(open);
  if (re === undefined) closers.set(open, (re = new RegExp(`^ {0,3}${open[0]}{${open.length},} *$`, 'gm')));
  return re;
}

/** The list item marker a line starts with, when the rest of it is a plain paragraph line (or nothing). */
function itemMarker(line: string): Marker | undefined {
  if (/^([-*_]) *(?:\1 *){2,}$/.test(line)) return undefined; // a thematic break
  const m = /^(?:([-*+])|(\d{1,9})([.)]))(?: ([^ ].*))?$/.exec(line);
  if (!m) return undefined;
  const content = m[4];
  if (content !== undefined && (startsOtherBlock(content) || /^(?:#|```|~~~)/.test(content))) return undefined;
  const ordered = m[2] !== undefined;
  const markerSize = ordered ? m[2].length + 1 : 1;
  return { ordered, char: ordered ? m[3] : m[1], start: ordered ? Number.parseInt(m[2], 10) : null, width: markerSize + 1, empty: content === undefined };
}

/** The mdast of a curldown page, or undefined when it uses more markdown than this reader models. */
export function parseMarkdownSubset(text: string): Root | undefined {
  if (text.includes('\r') || text.includes('\0') || text.charCodeAt(0) === 0xfeff) return undefined;
  const lines = text.split('\n');
  const lineStart: number[] = [];
  for (let i = 0, offset = 0; i < lines.length; i++) {
    lineStart.push(offset);
    offset += lines[i].length + 1;
  }
  const at = (i: number, column = 1): Point => ({ line: i + 1, column, offset: lineStart[i] + column - 1 });
  /** The index of the line that offset `o` is on. */
  const lineAt = (o: number): number => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStart[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const lineEnd = (i: number): Point => at(i, lines[i].length + 1);
  /** Lines from..to-1 joined by `\n`: the text between them, cut once (not sliced and joined). */
  const between = (from: number, to: number): string => (to > from ? text.slice(lineStart[from], lineStart[to] - 1) : '');

  /**
   * The paragraph starting on line i at `column`, up to a blank line, a list item (in a list, the
   * next one with the same marker) or, at the top level, a heading or a fence. Anything else that
   * could interrupt it, or a link definition, gives undefined.
   */
  const paragraph = (i: number, column: number, item?: Marker): { node: Paragraph; next: number } | undefined => {
    const from = lineStart[i] + column - 1;
    const content: ContentLine[] = [{ start: from, from, to: lineStart[i] + lines[i].length, line: i + 1, column }];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j];
      if (l.includes('\t')) return undefined;
      // Most lines start with a letter, which starts no other block: the line just continues.
      const c = l.charCodeAt(0) | 32;
      if (c >= 97 && c <= 122) {
        content.push({ start: lineStart[j], from: lineStart[j], to: lineStart[j] + l.length, line: j + 1, column: 1 });
        continue;
      }
      if (blank.test(l)) break;
      const lead = spaces(l);
      const rest = l.slice(lead);
      // A list item's indent is its own; the rest of the leading whitespace is the paragraph's.
      const own = item && lead >= item.width ? item.width : 0;
      if (lead - own < 4 && ((rest.startsWith('#') && atxHeading.test(rest)) || fenceOpen.test(rest))) {
        if (lead > 0 || item) return undefined;
        break;
      }
      if (lead === 0) {
        // A list item ends a paragraph: in a list, the next item; else a list that may interrupt
        // a paragraph (an item with content, numbered 1 if ordered).
        const next = itemMarker(l);
        if (next && item && next.ordered === item.ordered && next.char === item.char) break;
        if (next && !item && !next.empty && (next.start === null || next.start === 1)) break;
      }
      if (startsOtherBlock(rest)) return undefined;
      content.push({ start: lineStart[j] + own, from: lineStart[j] + lead, to: lineStart[j] + l.length, line: j + 1, column: own + 1 });
    }
    const first = text.slice(content[0].from, content[0].to);
    if (first.startsWith('[') && text.slice(content[0].from, content[content.length - 1].to).includes(']:')) return undefined;
    const phrasing = parseInline(text, content);
    if (!phrasing) return undefined;
    const last = content[content.length - 1];
    const end = at(j - 1, last.column + last.to - last.start);
    return { node: { type: 'paragraph', children: phrasing, position: { start: at(i, column), end } } as Paragraph, next: j };
  };

  /** The tight list whose first item is on line i. */
  const list = (i: number, first: Marker): { node: List; next: number } | undefined => {
    const items: ListItem[] = [];
    let j = i;
    for (;;) {
      const marker = itemMarker(lines[j]);
      if (!marker || marker.ordered !== first.ordered || marker.char !== first.char) break;
      let item: ListItem;
      if (marker.empty) {
        if (j + 1 < lines.length && !blank.test(lines[j + 1])) return undefined;
        item = { type: 'listItem', spread: false, checked: null, children: [], position: { start: at(j), end: lineEnd(j) } } as ListItem;
        j++;
      } else {
        const p = paragraph(j, marker.width + 1, first);
        if (!p) return undefined;
        item = { type: 'listItem', spread: false, checked: null, children: [p.node], position: { start: at(j), end: p.node.position!.end } } as ListItem;
        j = p.next;
      }
      items.push(item);
      if (j >= lines.length || blank.test(lines[j])) break;
    }
    // After a blank line, more of the list (a loose list, a second paragraph) is left to remark.
    let k = j;
    while (k < lines.length && blank.test(lines[k])) k++;
    if (k < lines.length && k > j && (spaces(lines[k]) > 0 || startsOtherBlock(lines[k]))) return undefined;
    const node = {
      type: 'list',
      ordered: first.ordered,
      start: first.start,
      spread: false,
      children: items,
      position: { start: at(i), end: items[items.length - 1].position!.end },
    } as List;
    return { node, next: j };
  };

  const children: RootContent[] = [];
  let i = 0;
  if (lines[0] === '---') {
    const close = lines.findIndex((l, k) => k > 0 && /^---[ \t]*$/.test(l));
    if (close < 0 || lines[close] !== '---') return undefined;
    const yaml: Yaml = { type: 'yaml', value: between(1, close), position: { start: at(0), end: lineEnd(close) } };
    children.push(yaml);
    i = close + 1;
  }

  while (i < lines.length) {
    const line = lines[i];
    if (blank.test(line)) {
      i++;
      continue;
    }
    if (line.includes('\t')) return undefined;
    const c = line.charCodeAt(0) | 32;
    if (c >= 97 && c <= 122) {
      // A letter starts no other block: a paragraph.
      const p = paragraph(i, 1);
      if (!p) return undefined;
      children.push(p.node);
      i = p.next;
      continue;
    }
    const indent = spaces(line);

    if (indent >= 4) {
      // Indented code: up to the next line indented less that is not blank; trailing blank lines are not part of it.
      let last = i;
      for (let j = i; j < lines.length; j++) {
        if (blank.test(lines[j])) continue;
        if (lines[j].includes('\t') || spaces(lines[j]) < 4) break;
        last = j;
      }
      // A whitespace-only line after it may or may not count as part of it, and micromark reads
      // some list items after it as text (it still counts as interrupting): both left to remark.
      let next = last + 1;
      for (; next < lines.length && blank.test(lines[next]); next++) if (lines[next] !== '') return undefined;
      if (next < lines.length && itemMarker(lines[next])) return undefined;
      const value = lines
        .slice(i, last + 1)
        .map((l) => l.slice(Math.min(4, spaces(l))))
        .join('\n');
      children.push({ type: 'code', lang: null, meta: null, value, position: { start: at(i), end: lineEnd(last) } } as Code);
      i = last + 1;
      continue;
    }
    const rest = line.slice(indent);
    if (indent > 0 && /^[#`~]/.test(rest)) return undefined;

    const heading = atxHeading.exec(line);
    if (heading) {
      const content = heading[2] ?? '';
      if (content.startsWith(' ') || content.endsWith(' ') || content.endsWith('#')) return undefined;
      const column = heading[1].length + 2;
      const from = lineStart[i] + column - 1;
      const phrasing = content === '' ? [] : parseInline(text, [{ start: from, from, to: lineStart[i] + line.length, line: i + 1, column }]);
      if (!phrasing) return undefined;
      children.push({ type: 'heading', depth: heading[1].length, children: phrasing, position: { start: at(i), end: lineEnd(i) } } as Heading);
      i++;
      continue;
    }

    const fence = fenceOpen.exec(line);
    if (fence) {
      const info = fence[2];
      if (!safeInfo.test(info)) return undefined;
      // The closing fence, found natively (code is a third of a page).
      const closing = closingFence(fence[1]);
      closing.lastIndex = lineStart[i] + line.length;
      const found = closing.exec(text);
      if (found === null) return undefined;
      const close = lineAt(found.index);
      if (found[0] !== lines[close].trim()) return undefined; // an indented or padded closing fence
      const value = between(i + 1, close);
      children.push({ type: 'code', lang: info === '' ? null : info, meta: null, value, position: { start: at(i), end: lineEnd(close) } } as Code);
      i = close + 1;
      continue;
    }

    if (line.startsWith('<!--') && line.includes('-->', 4)) {
      // An HTML comment on a line of its own (CommonMark's HTML block of kind 2 ends on that line).
      children.push({ type: 'html', value: line, position: { start: at(i), end: lineEnd(i) } } as Html);
      i++;
      continue;
    }

    const marker = indent === 0 ? itemMarker(line) : undefined;
    if (marker) {
      const l = list(i, marker);
      if (!l) return undefined;
      children.push(l.node);
      i = l.next;
      continue;
    }

    if (startsOtherBlock(rest) || rest.startsWith('#')) return undefined;
    const p = paragraph(i, indent + 1);
    if (!p) return undefined;
    children.push(p.node);
    i = p.next;
  }

  const end = at(lines.length - 1, lines[lines.length - 1].length + 1);
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}
