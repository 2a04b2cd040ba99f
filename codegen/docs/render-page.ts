// One doc page: the docs model's record of an option, info or function as HTML. Markdown (the
// DESCRIPTION tree, and the short markdown texts of DEFAULT, HISTORY, RETURN VALUE) goes through
// remark-rehype and rehype-stringify; code through the shiki highlighter; the page chrome is
// written here. See-also names without a page are diagnostics and render as plain text.
import type { Element, ElementContent, Root as HastRoot, Text as HastText } from 'hast';
import type { Code, Root as MdRoot } from 'mdast';
import type { HighlighterCore } from 'shiki/core';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { toHtml } from 'hast-util-to-html';
import { pageName, pageUrl } from '../docs-link.js';
import type { Diagnostic, Doc, Prefixes } from '../model.js';
import { notServedLead, notServedText } from '../served.js';
import { highlightToHast } from './highlight.js';

/** A doc of generated/docs-model.json: the model's Doc plus what the emitter added. */
export interface DocsModelDoc extends Doc {
  source: string;
  signature: string | null;
  /** Whether the manbind runtime serves it (codegen/served.ts); null for a page that names no symbol (libcurl-errors). */
  served: boolean | null;
}

export interface PageContext {
  hl: HighlighterCore;
  /** Page file name (relative to the site root) of every doc that has a page. */
  hrefs: Map<string, string>;
  /** Where a see-also name is written in the doc's source, for diagnostics. */
  locate: (doc: DocsModelDoc, name: string) => { line: number; column: number };
  /** Title shown in the header of every page. */
  title: string;
  /** The docs' symbol prefixes (CURLE_, curl_, ...), for what a page says the runtime answers. */
  prefixes: Prefixes;
  /** Base URL of the docs' own upstream pages (curl's https://curl.se/libcurl/c/), when there is one. */
  upstream?: string;
}

export interface RenderedPage {
  html: string;
  diagnostics: Diagnostic[];
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Markdown parsing and mdast -> HTML, with code blocks highlighted and `NAME(3)` references linked. */
export class Markdown {
  private readonly parser = unified().use(remarkParse);
  private readonly toHast: Processor<MdRoot, MdRoot, HastRoot, undefined, undefined>;

  constructor(private readonly ctx: PageContext) {
    const hl = ctx.hl;
    this.toHast = unified().use(remarkRehype, {
      handlers: { code: (_state: unknown, node: Code) => highlightToHast(hl, node.value, node.lang) },
    }) as unknown as Processor<MdRoot, MdRoot, HastRoot, undefined, undefined>;
  }

  treeToHtml(tree: MdRoot): string {
    const hast = this.toHast.runSync(tree);
    linkReferences(hast, this.ctx.hrefs);
    demoteHeadings(hast);
    return unified().use(rehypeStringify).stringify(hast);
  }

  textToHtml(markdown: string): string {
    return this.treeToHtml(this.parser.parse(markdown));
  }
}

/** Headings inside a section sit below its h2: a `##` value heading of DESCRIPTION becomes h3. */
function demoteHeadings(node: HastRoot | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const level = /^h([1-6])$/.exec(child.tagName);
    if (level !== null) child.tagName = `h${Math.min(6, Number(level[1]) + 1)}`;
    else demoteHeadings(child);
  }
}

// A man page reference: `CURLOPT_VERBOSE(3)`, `libcurl-errors(3)` (curl's overview pages have dashes).
const reference = /\b([A-Za-z_][A-Za-z0-9_-]*)\(3\)/g;

/** The page a referenced name has: the name, or what follows a dash glued to it (`see-CURLOPT_URL`). */
function referencedPage(name: string, hrefs: Map<string, string>): { skip: number; href: string } | undefined {
  for (let skip = 0; skip < name.length; ) {
    const href = hrefs.get(name.slice(skip));
    if (href !== undefined) return { skip, href };
    const dash = name.indexOf('-', skip);
    if (dash < 0) return undefined;
    skip = dash + 1;
  }
  return undefined;
}

/** Text such as `CURLOPT_VERBOSE(3)` becomes a link when that page exists (not inside code or links). */
function linkReferences(node: HastRoot | Element, hrefs: Map<string, string>): void {
  const out: (typeof node.children)[number][] = [];
  let changed = false;
  for (const child of node.children) {
    if (child.type === 'element') {
      if (!['a', 'code', 'pre'].includes(child.tagName)) linkReferences(child, hrefs);
      out.push(child);
      continue;
    }
    if (child.type !== 'text' || !child.value.includes('(3)')) {
      out.push(child);
      continue;
    }
    let last = 0;
    const pieces: ElementContent[] = [];
    for (const match of child.value.matchAll(reference)) {
      const page = referencedPage(match[1]!, hrefs);
      if (page === undefined) continue;
      const start = match.index + page.skip;
      if (start > last) pieces.push({ type: 'text', value: child.value.slice(last, start) } satisfies HastText);
      pieces.push({ type: 'element', tagName: 'a', properties: { href: page.href }, children: [{ type: 'text', value: match[0].slice(page.skip) }] });
      last = match.index + match[0].length;
    }
    if (pieces.length === 0) {
      out.push(child);
      continue;
    }
    if (last < child.value.length) pieces.push({ type: 'text', value: child.value.slice(last) });
    out.push(...pieces);
    changed = true;
  }
  if (changed) node.children = out as typeof node.children;
}

/** Added-in as a version number, or undefined (overview pages say `n/a`). */
export function addedVersion(doc: Doc): string | undefined {
  return doc.addedIn !== undefined && /^\d+(\.\d+)*$/.test(doc.addedIn) ? doc.addedIn : undefined;
}

export function kindLabel(kind: string): string {
  return kind === 'multi-option' ? 'multi option' : kind;
}

/**
 * Whether the manbind runtime serves it, as docs-model.json says (the runtime's own list), and
 * for one it does not, what a call gets instead and, when its value's type has no TypeScript
 * counterpart (CURLSH *, FILE *, ...), that too.
 */
export function support(doc: DocsModelDoc, prefixes: Prefixes): { supported: boolean; reason?: string } {
  if (doc.served !== false) return { supported: true };
  // an option's or info's own type (a function's parameters say nothing about its being served)
  const t = doc.type;
  const type = t?.kind === 'named' && !t.supported ? ` Its type, ${t.cType}, is ${t.reason}.` : '';
  return { supported: false, reason: `${notServedText(doc, prefixes) ?? `${notServedLead}.`}${type}` };
}

const exampleOrder = ['typescript', 'c'];
function exampleLanguage(lang: string): { key: string; label: string } {
  const l = lang.toLowerCase();
  if (l === 'ts' || l === 'typescript') return { key: 'typescript', label: 'TypeScript' };
  if (l === 'c') return { key: 'c', label: 'C' };
  return { key: l, label: lang === '' ? 'Example' : lang };
}

function section(id: string, title: string, body: string): string {
  return `<section id="${id}"><h2>${escapeHtml(title)}</h2>\n${body}\n</section>\n`;
}

export function pageShell(title: string, siteTitle: string, body: string, scripts: string[] = []): string {
  return (
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${escapeHtml(title)}</title>\n` +
    // An empty icon: otherwise the browser asks the server for /favicon.ico.
    `<link rel="icon" href="data:,">\n<link rel="stylesheet" href="assets/site.css">\n</head>\n<body>\n` +
    `<header class="site"><a href="index.html">${escapeHtml(siteTitle)}</a></header>\n<main>\n${body}</main>\n` +
    scripts.map((s) => `<script src="${s}"></script>\n`).join('') +
    `</body>\n</html>\n`
  );
}

export function renderPage(doc: DocsModelDoc, ctx: PageContext, md: Markdown): RenderedPage {
  const diagnostics: Diagnostic[] = [];
  const code = (text: string, lang: string): string => toHtml(highlightToHast(ctx.hl, text, lang));
  const parts: string[] = [];
  const sup = support(doc, ctx.prefixes);
  const added = addedVersion(doc);
  // Overview pages (libcurl-errors, ...) bind nothing: no signature, no runtime support to state;
  // a symbol the generator does not bind (CURLSHOPT_*) has no signature, and the runtime lacks it.
  const binds = doc.kind !== 'other';
  const marked = binds || doc.served === false;

  parts.push(`<h1 id="name">${escapeHtml(doc.name)}</h1>\n`);
  parts.push(`<p class="summary">${escapeHtml(doc.summary)}</p>\n`);
  parts.push(
    `<p class="badges"><span class="badge kind">${escapeHtml(kindLabel(doc.kind))}</span>` +
      (added === undefined ? '' : ` <span class="badge since">since ${escapeHtml(added)}</span>`) +
      (doc.deprecated === undefined ? '' : ` <span class="badge deprecated">deprecated</span>`) +
      (marked ? ` <span class="badge ${sup.supported ? 'supported' : 'unsupported'}" id="support">` +
      `${sup.supported ? 'supported by the manbind runtime' : 'not supported by the manbind runtime'}</span>` : '') +
      `</p>\n`,
  );

  if (binds) parts.push(
    section(
      'signature',
      'TypeScript signature',
      doc.signature === null ? '<p class="none">No TypeScript signature: the generator does not bind this page.</p>' : code(doc.signature, 'ts'),
    ),
  );
  if (marked && !sup.supported && sup.reason !== undefined) {
    parts.push(section('runtime', 'Runtime support', `<p>${escapeHtml(sup.reason)}</p>`));
  }
  if (doc.synopsis.trim() !== '') parts.push(section('synopsis', 'C synopsis', code(doc.synopsis, 'c')));
  if (doc.description.children.length > 0) parts.push(section('description', 'Description', md.treeToHtml(doc.description)));
  if (doc.default !== undefined) parts.push(section('default', 'Default', md.textToHtml(doc.default.text)));
  if (doc.protocols.length > 0 || doc.protocolsText !== undefined) {
    const list = doc.protocols.map((p) => `<li>${escapeHtml(p)}</li>`).join('');
    parts.push(
      section(
        'protocols',
        'Protocols',
        `<ul class="protocols">${list}</ul>` + (doc.protocolsText === undefined ? '' : `\n<p>${escapeHtml(doc.protocolsText)}.</p>`) +
          (doc.tlsBackends.length > 0 ? `\n<p>TLS backends: ${doc.tlsBackends.map(escapeHtml).join(', ')}</p>` : ''),
      ),
    );
  }
  if (doc.examples.length > 0) {
    // TypeScript first: it is what a manbind user writes; the C example is the original.
    const examples = doc.examples
      .map((e, i) => ({ ...e, ...exampleLanguage(e.lang), i }))
      .sort((a, b) => rank(a.key) - rank(b.key) || a.i - b.i);
    const body = examples.map((e) => `<h3 class="example-${escapeHtml(e.key)}">${escapeHtml(e.label)}</h3>\n${code(e.code, e.lang)}`).join('\n');
    parts.push(section('examples', examples.length === 1 ? 'Example' : 'Examples', body));
  }
  const availability =
    (added === undefined ? '<p>The version it was added in is not documented.</p>' : `<p>Added in curl ${escapeHtml(added)}.</p>`) +
    (doc.history === undefined ? '' : md.textToHtml(doc.history));
  parts.push(section('availability', 'Availability', availability));
  if (doc.deprecated !== undefined) parts.push(section('deprecated', 'Deprecated', md.textToHtml(doc.deprecated)));
  if (doc.returnValue !== undefined) parts.push(section('return-value', 'Return value', md.textToHtml(doc.returnValue)));
  if (doc.seeAlso.length > 0) {
    const items = doc.seeAlso.map((name) => {
      const href = ctx.hrefs.get(name);
      if (href !== undefined) return `<li><a href="${escapeHtml(href)}">${escapeHtml(name)}</a></li>`;
      const at = ctx.locate(doc, name);
      diagnostics.push({
        file: doc.source,
        line: at.line,
        column: at.column,
        message: `see-also ${name} has no page in the docs site`,
        rule: 'docs:see-also',
        severity: 'warning',
      });
      return `<li><span class="missing" title="no page for this name">${escapeHtml(name)}</span></li>`;
    });
    parts.push(section('see-also', 'See also', `<ul class="see-also">${items.join('')}</ul>`));
  }
  // Where the page came from, by its path inside the specs folder (not a link: the site does not
  // carry the specs), and the docs' own upstream page when they have one.
  const upstream =
    ctx.upstream === undefined
      ? ''
      : ` · <a class="upstream" href="${escapeHtml(pageUrl(ctx.upstream, doc.file))}">${escapeHtml(pageName(doc.file))} on ${escapeHtml(new URL(ctx.upstream).host)}</a>`;
  parts.push(`<p class="source">Source: <code>${escapeHtml(doc.source)}</code>${upstream}</p>\n`);
  return { html: pageShell(`${doc.name} - ${ctx.title}`, ctx.title, parts.join('')), diagnostics };
}

function rank(key: string): number {
  const i = exampleOrder.indexOf(key);
  return i === -1 ? exampleOrder.length : i;
}
