// `manbind docs`: the docs model (the same one generate() writes to generated/docs-model.json) to a
// static site in one folder: index.html, one page per doc, and assets/ (CSS, client script, the
// MiniSearch build and the serialised search index). Nothing a page loads comes from outside the
// folder; the only links out are to the docs' upstream pages (curl's, for libcurl docs).
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { pageFile, upstreamDocsUrl } from '../docs-link.js';
import { ManbindError } from '../errors.js';
import { generate, type GenerateOptions } from '../index.js';
import { fsReason, isFsError, makeDirs } from '../make-dirs.js';
import type { Diagnostic } from '../model.js';
import { siteCss, siteJs } from './assets.js';
import { highlighter } from './highlight.js';
import { renderIndex } from './render-index.js';
import { addedVersion, Markdown, renderPage, type DocsModelDoc, type PageContext } from './render-page.js';
import { buildSearchIndex, searchOptions, type SearchEntry } from './search-index.js';

export interface DocsOptions {
  /** Folder of docs. Default `specs`. */
  specs?: string;
  /** Output folder. Default `site`. */
  out?: string;
  cwd?: string;
  /** The generator's parse cache file (the CLI's default), or none. */
  cacheFile?: string;
  /** Heading of the site; default: what the docs call themselves (libcurl, libfetch, manbind). */
  title?: string;
}

export interface DocsResult {
  /** Path relative to the output folder to file text. */
  files: Map<string, string>;
  diagnostics: Diagnostic[];
  pages: number;
  /** Every name that has a page (doc names, and the source file names that differ) to its file. */
  hrefs: Map<string, string>;
  specs: string;
  out: string;
  ms: number;
}

/** Marks a folder as ours, so a later run may empty it. */
export const siteMarker = '.manbind-docs';

export { pageFile } from '../docs-link.js';

function minisearchBrowserBuild(): string {
  const require = createRequire(import.meta.url);
  // The package's UMD build defines the global MiniSearch the client script uses. Its source-map
  // comment is dropped: the map is not copied, and the page must not ask for anything missing.
  const umd = join(dirname(require.resolve('minisearch')), '..', 'umd', 'index.js');
  return readFileSync(umd, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
}

/** Where `name` sits in the frontmatter's See-also list of a source file (1-based). */
function seeAlsoLocator(specs: string): PageContext['locate'] {
  const lines = new Map<string, string[]>();
  return (doc, name) => {
    let text = lines.get(doc.source);
    if (text === undefined) {
      try {
        text = readFileSync(resolve(specs, doc.source), 'utf8').split('\n');
      } catch {
        text = [];
      }
      lines.set(doc.source, text);
    }
    const start = text.findIndex((l) => /^see-also\s*:/i.test(l));
    // The name as a whole word (`printf` is not the end of `fprintf`).
    const word = new RegExp(`(?<![\\w])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`);
    for (let i = Math.max(start, 0); i < text.length; i++) {
      const match = word.exec(text[i]!);
      if (match !== null) return { line: i + 1, column: match.index + 1 };
    }
    return { line: 1, column: 1 };
  };
}

export async function buildSite(options: DocsOptions = {}): Promise<DocsResult> {
  const started = performance.now();
  const cwd = resolve(options.cwd ?? process.cwd());
  const generateOptions: GenerateOptions = { specs: options.specs ?? 'specs', out: 'generated', cwd };
  if (options.cacheFile !== undefined) generateOptions.cacheFile = options.cacheFile;
  const [generated, hl] = await Promise.all([generate(generateOptions), highlighter()]);
  const modelFile = [...generated.files].find(([path]) => path.endsWith('/docs-model.json'));
  if (modelFile === undefined) throw new ManbindError('the generator produced no docs-model.json');
  const model = JSON.parse(modelFile[1]) as { docs: DocsModelDoc[] };

  const title = options.title ?? generated.model.name ?? generated.model.flavour;
  // Pages' paths are relative to the specs folder; diagnostics show them as the user named it.
  const specsAbs = resolve(cwd, options.specs ?? 'specs');
  const specsShown = relative(cwd, specsAbs).split(sep).join('/') || '.';
  const hrefs = new Map<string, string>();
  const docs: DocsModelDoc[] = [];
  for (const doc of model.docs) {
    if (hrefs.has(doc.name)) continue; // a name documented twice: the first (by file) wins
    hrefs.set(doc.name, pageFile(doc.name));
    docs.push(doc);
  }
  // A page documenting a family under another name (curl_mprintf.md is curl_printf) is also found
  // by its file name, which is what other pages' see-also lists use.
  for (const doc of docs) {
    const file = basename(doc.file).replace(/\.md$/, '');
    if (!hrefs.has(file)) hrefs.set(file, hrefs.get(doc.name)!);
  }
  const upstream = upstreamDocsUrl[generated.model.flavour];
  const ctx: PageContext = { hl, hrefs, locate: seeAlsoLocator(specsAbs), title, prefixes: generated.model.prefixes, ...(upstream === undefined ? {} : { upstream }) };
  const md = new Markdown(ctx);
  const files = new Map<string, string>();
  const diagnostics: Diagnostic[] = [...generated.diagnostics];
  const entries: SearchEntry[] = [];
  for (const doc of docs) {
    const page = renderPage(doc, ctx, md);
    files.set(hrefs.get(doc.name)!, page.html);
    diagnostics.push(...page.diagnostics.map((d) => ({ ...d, file: specsShown === '.' ? d.file : `${specsShown}/${d.file}` })));
    entries.push({
      id: entries.length,
      name: doc.name,
      baseName: doc.baseName,
      kind: doc.kind,
      summary: doc.summary,
      text: doc.descriptionText,
      protocols: doc.protocols,
      addedIn: addedVersion(doc) ?? '',
      href: hrefs.get(doc.name)!,
    });
  }
  files.set('index.html', renderIndex(entries, title));
  files.set('assets/site.css', siteCss);
  files.set('assets/site.js', siteJs);
  files.set('assets/minisearch.js', minisearchBrowserBuild());
  const index = buildSearchIndex(entries);
  files.set('assets/search-index.js', `window.MANBIND_SEARCH = ${JSON.stringify({ options: searchOptions, index })};\n`);
  files.set(siteMarker, 'generated by manbind docs; the folder is emptied by the next run\n');
  return {
    files,
    diagnostics,
    pages: docs.length,
    hrefs,
    specs: generated.summary.specs,
    out: options.out ?? 'site',
    ms: Math.round(performance.now() - started),
  };
}

/**
 * Check the output folder before the work: a file, a folder of someone else's files, or a path
 * that cannot be created fails here, with one line; the folder exists afterwards.
 */
export function prepareSiteFolder(out: string, cwd: string = process.cwd()): void {
  const abs = resolve(cwd, out);
  let entries: string[] | undefined;
  try {
    if (!statSync(abs).isDirectory()) throw new ManbindError(`expected a folder for the site, found a file: ${out}`);
    entries = readdirSync(abs);
  } catch (error) {
    if (error instanceof ManbindError) throw error;
    if (isFsError(error) && error.code !== 'ENOENT') throw new ManbindError(`cannot read ${out}: ${fsReason(error)}`);
  }
  if (entries !== undefined && entries.length > 0 && !entries.includes(siteMarker)) {
    throw new ManbindError(`${out} holds files that manbind docs did not write; choose an empty or new folder`);
  }
  makeDirs(abs, out);
}

/** Replace the output folder's contents: only a folder that is empty or made by us. */
export function writeSite(out: string, files: Map<string, string>, cwd: string = process.cwd()): void {
  prepareSiteFolder(out, cwd);
  const abs = resolve(cwd, out);
  try {
    for (const entry of readdirSync(abs)) rmSync(join(abs, entry), { recursive: true, force: true });
    for (const [path, text] of files) {
      const file = join(abs, path);
      makeDirs(dirname(file), join(out, dirname(path)));
      writeFileSync(file, text);
    }
  } catch (error) {
    throw isFsError(error) ? new ManbindError(`cannot write the site to ${out}: ${fsReason(error)}`) : error;
  }
}
