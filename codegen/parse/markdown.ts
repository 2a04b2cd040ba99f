// Markdown to mdast: the curldown subset reader (markdown-subset.ts) when the page keeps to it,
// else the one unified processor (remark-parse + remark-frontmatter), built once and reused:
// creating a processor per doc costs more than parsing a small doc. Importing this module loads
// the parser stack; syntax.ts has the subset reader alone.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { parseMarkdownSubset } from './markdown-subset.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/** Markdown to mdast (CommonMark with YAML frontmatter). */
export function parseMarkdown(text: string): Root {
  return parseMarkdownSubset(text) ?? (processor.parse(text) as Root);
}
