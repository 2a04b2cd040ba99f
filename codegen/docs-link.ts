// Where a doc's page lives on the web, for the links in doc comments (hovers) and on the docs
// site. A docs site made by `manbind docs` has one page per name, NAME.html, as curl's own site
// has for its docs (https://curl.se/libcurl/c/CURLOPT_URL.html), so one base URL is enough.
import { basename } from 'node:path';
import type { Flavour } from './model.js';

/** curl's pages for libcurl's docs; the fork has no site of its own to point at. */
export const upstreamDocsUrl: Readonly<Record<Flavour, string | undefined>> = {
  libcurl: 'https://curl.se/libcurl/c/',
  libfetch: undefined,
};

/** A page's file name: the doc's name, with anything unusual in a file name replaced. */
export function pageFile(name: string): string {
  return `${name.replace(/[^A-Za-z0-9_.-]/g, '_')}.html`;
}

/** The name a page is published under: its file's name (curl installs CURLOPT_URL.md as CURLOPT_URL.3). */
export function pageName(file: string): string {
  return basename(file).replace(/\.md$/, '');
}

/** The page of the doc in `file` under the base URL. */
export function pageUrl(base: string, file: string): string {
  return `${base}${pageFile(pageName(file))}`;
}

/**
 * A docs base URL as given (`--docs-url`, package.json `manbind.docsUrl`): an http(s) URL, with
 * a `/` added so page names append to it. Throws an Error saying what was expected otherwise.
 */
export function docsBaseUrl(text: string): string {
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search !== '' || url.hash !== '') {
    throw new Error(`expected the docs URL to be an http(s) URL of a folder, such as https://example.com/docs/, not \`${text}\``);
  }
  // `|` would end the link target inside a `{@link URL | text}` tag.
  const href = url.href.replace(/\|/g, '%7C');
  return href.endsWith('/') ? href : `${href}/`;
}
