// Whether the manbind runtime serves a doc's option, info, multi option or function. The answer
// is the runtime's own list (runtime/api/served.ts, read off its handler tables), never a guess
// from the doc's type: doc comments, docs-model.json, the docs site and the summary line all ask
// here. Docs from elsewhere (curl's, a fork's) are matched by base name, functions in libcurl's
// spelling, as the runtime's Easy serves them.
import { served as runtimeServed, type Served } from '../runtime/api/served.js';
import type { Doc, Prefixes } from './model.js';

export { runtimeServed, type Served };

/** `fetch_easy_perform` -> `curl_easy_perform`: a function's name as the runtime lists it. */
function libcurlFunction(name: string, prefixes: Prefixes): string {
  return name.startsWith(prefixes.func) ? `curl_${name.slice(prefixes.func.length)}` : name;
}

/** Whether the runtime serves `doc`; undefined for a page that names no symbol (an overview page). */
export function isServed(doc: Doc, prefixes: Prefixes, list: Served = runtimeServed): boolean | undefined {
  switch (doc.kind) {
    case 'option':
      return list.options.includes(doc.baseName);
    case 'info':
      return list.infos.includes(doc.baseName);
    case 'multi-option':
      return list.multiOptions.includes(doc.baseName);
    case 'function':
      return list.functions.includes(libcurlFunction(doc.name, prefixes));
    default:
      // a symbol's page the generator does not bind (CURLSHOPT_*, CURLMINFO_*): nor does the
      // runtime; an overview page (libcurl-errors) binds nothing
      return symbolPage(doc, prefixes) ? false : undefined;
  }
}

/** `CURLSHOPT_SHARE`: a page named as a symbol of the library (CURL..., FETCH...). */
function symbolPage(doc: Doc, prefixes: Prefixes): boolean {
  return /^[A-Z][A-Z0-9]*_[A-Z0-9_]+$/.test(doc.name) && doc.name.startsWith(prefixes.option.replace(/OPT_$/, ''));
}

export const notServedLead = 'Not supported by the manbind runtime';

/**
 * The sentence the hover and the page give a doc the runtime does not serve, saying what a call
 * gets instead: `Not supported by the manbind runtime: setopt returns CURLE_UNKNOWN_OPTION (48)
 * for it.` Undefined when the runtime serves it or the page binds nothing.
 */
export function notServedText(doc: Doc, prefixes: Prefixes, list: Served = runtimeServed): string | undefined {
  if (isServed(doc, prefixes, list) !== false) return undefined;
  const code = prefixes.error; // CURLE_ / FETCHE_
  const multiCode = code.replace(/E_$/, 'M_');
  const what =
    doc.kind === 'option'
      ? `setopt returns ${code}UNKNOWN_OPTION (48) for it`
      : doc.kind === 'info'
        ? `getinfo returns ${code}UNKNOWN_OPTION (48) for it`
        : doc.kind === 'multi-option'
          ? `multi setopt returns ${multiCode}UNKNOWN_OPTION (6) for it`
          : 'it has no counterpart there';
  return `${notServedLead}: ${what}.`;
}

/** The `@remarks` of an option's or info's doc comment: the not-served sentence, or none. */
export function servedRemarks(doc: Doc, prefixes: Prefixes): string[] {
  const text = notServedText(doc, prefixes);
  return text === undefined ? [] : [text];
}
