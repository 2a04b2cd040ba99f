// `Protocol:` and `Added-in:` came into curldown after it started (curl 8.6's docs have neither;
// 8.7 added Protocol with the %PROTOCOLS% placeholder, 8.8 Added-in with %AVAILABILITY%). curl's
// cd2nroff checks what its own docs set uses, so a missing line counts only when the docs set
// uses that header on some page, or the page itself has the placeholder that is filled from it.
// A page missing both in a set that never uses them is an older page, not a broken one.
import type { Diagnostic } from '../model.js';
import { missingHeaderMessage } from './frontmatter.js';

/** What a page says about the newer header lines: the ones it has and the placeholders it uses. */
export interface CurldownFacts {
  /** Header keys present, lower case (`protocol`, `added-in`, ...). */
  headers: string[];
  /** `%PROTOCOLS%` and `%AVAILABILITY%` when the page has those sections. */
  placeholders: string[];
  /** The `C:` copyright line, which can name the project (model-build's docs-set name). */
  copyright?: string;
}

/** What the filter reads of a parsed page (parse/doc.ts ParsedDoc). */
interface Page {
  curldown?: CurldownFacts;
}

const newer = [
  { key: 'protocol', placeholder: '%PROTOCOLS%', message: missingHeaderMessage('Protocol', ' of a section 3 page') },
  { key: 'added-in', placeholder: '%AVAILABILITY%', message: missingHeaderMessage('Added-in') },
] as const;

/**
 * A filter over the pages' diagnostics that drops "missing Protocol/Added-in" where the docs set
 * predates that header. `parsed` is the whole set.
 */
export function predatedFilter(parsed: readonly Page[]): (d: Diagnostic, page: Page) => boolean {
  const used = new Set<string>();
  for (const p of parsed) for (const key of p.curldown?.headers ?? []) used.add(key);
  return (d, page) => {
    if (d.rule !== 'curldown:header') return true;
    const header = newer.find((h) => h.message === d.message);
    if (header === undefined || used.has(header.key)) return true;
    return page.curldown?.placeholders.includes(header.placeholder) ?? true;
  };
}
