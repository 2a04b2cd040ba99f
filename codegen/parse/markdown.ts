// The one unified processor (remark-parse + remark-frontmatter), built once and reused: creating
// a processor per doc costs more than parsing a small doc. Only this module (and frontmatter.ts,
// for yaml) loads the parser stack, so a run whose pages are all cached never loads it.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/** Markdown to mdast (CommonMark with YAML frontmatter). */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
