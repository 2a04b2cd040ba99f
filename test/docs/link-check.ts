// A link checker over a built docs site, without a browser: every local href/src names a file in
// the output, and nothing the page loads (scripts, stylesheets, images, icons) is an http(s) URL.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface LinkProblem {
  file: string;
  url: string;
  problem: string;
}

export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out.sort();
}

const attribute = /<([a-z]+)\b[^>]*?\s(href|src)="([^"]*)"/gi;

export function checkLinks(dir: string): { problems: LinkProblem[]; links: number; files: number } {
  const problems: LinkProblem[] = [];
  let links = 0;
  const files = htmlFiles(dir);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const shown = relative(dir, file);
    for (const match of html.matchAll(attribute)) {
      const [tag, attr, url] = [match[1]!.toLowerCase(), match[2]!.toLowerCase(), match[3]!];
      links++;
      // Anything loaded with the page (not an <a> the reader may follow) must come from the folder.
      const loaded = !(tag === 'a' && attr === 'href');
      if (/^https?:/i.test(url) || url.startsWith('//')) {
        if (loaded) problems.push({ file: shown, url, problem: `<${tag} ${attr}> loads from the network` });
        continue;
      }
      if (url.startsWith('#') || /^(mailto|data):/i.test(url)) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
        problems.push({ file: shown, url, problem: 'unexpected URL scheme' });
        continue;
      }
      const path = decodeURIComponent(url.replace(/[?#].*$/, ''));
      const target = resolve(dirname(file), path);
      if (!target.startsWith(resolve(dir))) problems.push({ file: shown, url, problem: 'points outside the site folder' });
      else if (!existsSync(target) || !statSync(target).isFile()) problems.push({ file: shown, url, problem: 'no such file' });
    }
  }
  // The stylesheet must not pull anything in either.
  for (const name of readdirSync(join(dir, 'assets')).filter((n) => n.endsWith('.css'))) {
    const css = readFileSync(join(dir, 'assets', name), 'utf8');
    for (const m of css.matchAll(/url\(([^)]*)\)|@import/g)) problems.push({ file: `assets/${name}`, url: m[0], problem: 'CSS loads a resource' });
  }
  return { problems, links, files: files.length };
}

/** Text of an HTML fragment without tags and with the common entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x3C;/gi, '<')
    .replace(/&amp;/g, '&');
}

/** The inner HTML of `<section id="ID">`, or undefined. */
export function sectionOf(html: string, id: string): string | undefined {
  const start = html.indexOf(`<section id="${id}">`);
  if (start < 0) return undefined;
  const end = html.indexOf('</section>', start);
  return html.slice(start, end);
}
