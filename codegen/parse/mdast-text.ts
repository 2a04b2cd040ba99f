// Plain text from mdast nodes, for doc comments and prose fields.
import { toString } from 'mdast-util-to-string';
import type { Nodes, RootContent } from 'mdast';

/** Inline text of a node (headings, paragraphs). */
export function inlineText(node: Nodes): string {
  return toString(node, { includeImageAlt: false });
}

/**
 * Plain text of block nodes: paragraphs and headings as their text, code as its source, lists as
 * `- item` lines; blocks separated by a blank line. Used for doc comments and prose fields.
 */
export function blockText(nodes: readonly RootContent[]): string {
  const out: string[] = [];
  for (const node of nodes) {
    const text = oneBlock(node);
    if (text !== '') out.push(text);
  }
  return out.join('\n\n');
}

function oneBlock(node: RootContent): string {
  switch (node.type) {
    case 'code':
    case 'html':
      return node.value;
    case 'yaml':
      return '';
    case 'list':
      return node.children
        .map((item, i) => {
          const bullet = node.ordered ? `${(node.start ?? 1) + i}.` : '-';
          return `${bullet} ${blockText(item.children).replace(/\n/g, '\n  ')}`.trimEnd();
        })
        .join('\n');
    case 'blockquote':
      return blockText(node.children);
    case 'thematicBreak':
      return '';
    default:
      return inlineText(node).trim();
  }
}

/** Drop `position` from a tree (in place on a copy): positions are parse detail, not model data. */
export function withoutPositions<T extends Nodes>(node: T): T {
  const copy: Record<string, unknown> = {};
  const record = node as unknown as Record<string, unknown>;
  // for-in, not Object.entries: the same keys in the same order without an array per node.
  for (const k in record) {
    if (k === 'position' || k === 'data' || !Object.hasOwn(record, k)) continue;
    const v = record[k];
    copy[k] = k === 'children' && Array.isArray(v) ? v.map((c) => withoutPositions(c as Nodes)) : v;
  }
  return copy as T;
}
