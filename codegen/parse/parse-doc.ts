// parseDoc: one page, synchronously, whatever its markdown and YAML: the subset readers, then
// remark and the `yaml` package for what they leave. Loading this module loads both libraries;
// load.ts reaches for it only when a page needs them.
import { readDoc, type ParsedDoc, type ParseOptions } from './doc.js';
import { parseMarkdown } from './markdown.js';
import type { Syntax } from './syntax.js';
import { readYaml } from './yaml-document.js';

const fullSyntax: Syntax = { markdown: parseMarkdown, yaml: readYaml };

/** Parse one curldown page. Never throws, whatever the input. */
export function parseDoc(text: string, file: string, options: ParseOptions = {}): ParsedDoc {
  // The full readers never leave a page to another, so there is always a result.
  return readDoc(text, file, options, fullSyntax) as ParsedDoc;
}
