// Code highlighting at build time with shiki's fine-grained core: only the C and TypeScript
// grammars and one theme, and the JavaScript regex engine (no WebAssembly to load). The highlighter
// is created once per process; pages then highlight synchronously.
import type { Element, Root as HastRoot } from 'hast';
import { createHighlighterCore, type HighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';

export const theme = 'github-light';

let pending: Promise<HighlighterCore> | undefined;

/** The one highlighter of this process. */
export function highlighter(): Promise<HighlighterCore> {
  pending ??= createHighlighterCore({
    themes: [import('shiki/dist/themes/github-light.mjs')],
    langs: [import('shiki/dist/langs/c.mjs'), import('shiki/dist/langs/typescript.mjs')],
    engine: createJavaScriptRegexEngine(),
  });
  return pending;
}

/** Fence info strings as the docs write them, to the grammar that reads them. */
export function grammarOf(lang: string | null | undefined): 'c' | 'typescript' | undefined {
  switch ((lang ?? '').toLowerCase()) {
    case 'c':
    case 'h':
      return 'c';
    case 'ts':
    case 'typescript':
    case 'js':
    case 'javascript':
      return 'typescript';
    default:
      return undefined;
  }
}

/** A `<pre>` as hast: highlighted when the language is one we load, plain text otherwise. */
export function highlightToHast(hl: HighlighterCore, code: string, lang: string | null | undefined): Element {
  const grammar = grammarOf(lang);
  if (grammar === undefined) {
    return {
      type: 'element',
      tagName: 'pre',
      properties: { className: ['plain'] },
      children: [{ type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: code }] }],
    };
  }
  // No time limit per line (shiki's default is 500 ms): on a busy machine a line that hits it
  // comes out unhighlighted, so the same docs would give different pages.
  const root: HastRoot = hl.codeToHast(code, { lang: grammar, theme, tokenizeTimeLimit: 0 });
  const pre = root.children.find((n): n is Element => n.type === 'element' && n.tagName === 'pre');
  if (pre === undefined) throw new Error(`shiki returned no <pre> for a ${grammar} block`);
  return pre;
}
