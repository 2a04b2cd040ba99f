// The site's search: a MiniSearch index built here and serialised into the output, so the page
// only loads it (no indexing in the browser, no request to anything but the output folder).
import MiniSearch from 'minisearch';

/** One searchable page. The stored fields are what the index page shows and filters on. */
export interface SearchEntry {
  id: number;
  name: string;
  /** The name without its prefix (CONNECT_ONLY), so a search for it finds CURLOPT_CONNECT_ONLY first. */
  baseName: string;
  kind: string;
  summary: string;
  text: string;
  protocols: string[];
  addedIn: string;
  href: string;
}

/**
 * MiniSearch options shared by the build and the browser (loadJSON needs the same fields); the
 * page loads them with the index (assets/search-index.js).
 */
export const searchOptions = {
  fields: ['name', 'baseName', 'summary', 'text'],
  // baseName is stored for the client's ranking: an exact base name (URL) comes first.
  storeFields: ['name', 'baseName', 'kind', 'summary', 'protocols', 'addedIn', 'href'],
  searchOptions: { boost: { name: 4, baseName: 4, summary: 2 }, prefix: true, fuzzy: 0.15 },
};

/** The serialised index: the JSON that MiniSearch.loadJSON takes. */
export function buildSearchIndex(entries: SearchEntry[]): string {
  const search = new MiniSearch<SearchEntry>(searchOptions);
  search.addAll(entries);
  return JSON.stringify(search);
}
