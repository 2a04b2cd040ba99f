// Which name a page documents. curl installs a page under its file name (opts/CURLOPT_X.md is
// CURLOPT_X.3) and says what it documents in its NAME section; `Title:` only heads the rendered
// page. Older docs copied pages without updating Title (curl 8.7.1's CURLINFO_FILETIME_T.md says
// `Title: CURLINFO_FILETIME`), so a Title that disagrees with the file name does not rename the
// page: the NAME section decides, and a page not named after its Title is a warning. A file name
// alone that differs (fixtures' input.md) changes nothing.
import { basename } from 'node:path';

/** The names a NAME line lists before ` - `: `curl_strequal, curl_strnequal - compare` gives both. */
export function namesOfNameLine(line: string): string[] {
  const dash = line.indexOf(' - ');
  const head = dash >= 0 ? line.slice(0, dash) : '';
  return head
    .split(/[,\s]+/)
    .map((n) => n.trim())
    .filter((n) => /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(n));
}

export interface PageName {
  name: string;
  /** Set when the page is not named after its Title: the Title, for the warning. */
  title?: string;
}

/**
 * The page's name: its Title when that is also its file name; otherwise the file name when the
 * NAME section lists it, else the Title when the NAME section lists that (or lists nothing),
 * else the first name the NAME section lists.
 */
export function pageName(title: string | undefined, file: string, listed: readonly string[]): PageName {
  const fileName = basename(file).replace(/\.md$/, '');
  // A missing Title is an error of its own; the file name stands in.
  if (title === undefined || title === '') return { name: fileName };
  if (title === fileName) return { name: title };
  const name = listed.includes(fileName) ? fileName : listed.length === 0 || listed.includes(title) ? title : listed[0]!;
  return name === title ? { name } : { name, title };
}
