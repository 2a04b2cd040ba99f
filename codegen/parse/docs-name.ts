// What a docs set calls itself, for the docs site's title: curl's and the fork's docs have an
// overview page named after the library (libcurl.md, libfetch.md); a project's own docs name it
// in their copyright line (`Copyright (C) manbind contributors`); otherwise the library the pages'
// `Source:` names.
import type { Flavour } from '../model.js';

// `Copyright (C) 2024 manbind contributors`: the word before contributors/authors/developers.
const project = /^Copyright\s*(?:\(C\)|©)\s*(?:[0-9]{4}(?:\s*-\s*[0-9]{4})?,?\s+)?([A-Za-z][\w.-]*)\s+(?:contributors|authors|developers|project|team)\b/i;

export function docsSetName(names: ReadonlySet<string>, copyrights: readonly string[], flavour: Flavour): string {
  if (names.has(flavour)) return flavour;
  const counts = new Map<string, number>();
  for (const line of copyrights) {
    const m = project.exec(line.trim());
    if (m !== null) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  // The name most pages give; ties go to the first in name order, so the result is stable.
  const best = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))[0];
  return best !== undefined && best[1] * 2 > copyrights.length ? best[0] : flavour;
}
