// The two syntaxes of a curldown page, markdown and the YAML of its header, as readers doc.ts is
// given. The subset readers need no library and read nearly every curldown page; what they leave
// (undefined) goes to remark and the `yaml` package (markdown.ts, yaml-document.ts), which only
// parse-doc.ts loads, and load.ts only when a page needs them.
import type { Root } from 'mdast';
import type { YamlReader } from './frontmatter.js';
import { parseMarkdownSubset } from './markdown-subset.js';
import { readYamlSubset } from './yaml-subset.js';

export interface Syntax {
  /** The page's mdast, or undefined to leave the page to another reader. */
  markdown(text: string): Root | undefined;
  yaml: YamlReader;
}

/** The subset readers alone: fast, no library, and undefined for a page outside the subset. */
export const subsetSyntax: Syntax = { markdown: parseMarkdownSubset, yaml: readYamlSubset };
