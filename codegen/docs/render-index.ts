// The index page: every page listed (so it works without script), with a search box and filters by
// kind, protocol and version that assets/site.js drives, and the total count.
import { escapeHtml, kindLabel, pageShell } from './render-page.js';
import type { SearchEntry } from './search-index.js';

/** Version strings in numeric order (7.9 before 7.10). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function select(id: string, label: string, any: string, values: { value: string; label: string }[]): string {
  const options = values.map((v) => `<option value="${escapeHtml(v.value)}">${escapeHtml(v.label)}</option>`).join('');
  return `<label>${escapeHtml(label)} <select id="${id}"><option value="">${escapeHtml(any)}</option>${options}</select></label>`;
}

export function renderIndex(entries: SearchEntry[], title: string): string {
  const kinds = [...new Set(entries.map((e) => e.kind))].sort();
  const protocols = [...new Set(entries.flatMap((e) => e.protocols))].sort((a, b) => a.localeCompare(b));
  const versions = [...new Set(entries.map((e) => e.addedIn).filter((v) => v !== ''))].sort(compareVersions);
  const counts = kinds.map((k) => `${entries.filter((e) => e.kind === k).length} ${kindLabel(k)}s`).join(', ');
  const items = entries
    .map(
      (e) =>
        `<li data-id="${e.id}" data-kind="${escapeHtml(e.kind)}" data-protocols="${escapeHtml(e.protocols.join(','))}" data-added="${escapeHtml(e.addedIn)}">` +
        `<a class="name" href="${escapeHtml(e.href)}">${escapeHtml(e.name)}</a>` +
        `<span class="meta">${escapeHtml(kindLabel(e.kind))}${e.addedIn === '' ? '' : ` · ${escapeHtml(e.addedIn)}`}</span>` +
        `<span class="desc">${escapeHtml(e.summary)}</span></li>`,
    )
    .join('\n');
  const body =
    `<h1 class="index">${escapeHtml(title)}</h1>\n<p id="total">${entries.length} pages: ${escapeHtml(counts)}.</p>\n` +
    `<div class="controls">\n<input type="search" id="search" placeholder="Search options, infos, functions" aria-label="Search" autocomplete="off">\n` +
    select('kind', 'Kind', 'all kinds', kinds.map((k) => ({ value: k, label: kindLabel(k) }))) +
    '\n' +
    select('protocol', 'Protocol', 'any protocol', protocols.map((p) => ({ value: p, label: p }))) +
    '\n' +
    select('version', 'Added in or before', 'any version', versions.map((v) => ({ value: v, label: v }))) +
    `\n<span id="count">${entries.length} of ${entries.length} pages</span>\n</div>\n` +
    `<ul class="results" id="results">\n${items}\n</ul>\n`;
  return pageShell(title, title, body, ['assets/minisearch.js', 'assets/search-index.js', 'assets/site.js']);
}
