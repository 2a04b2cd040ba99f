// A curldown page is a sequence of `#` sections. Split the mdast by depth-1 headings, find the
// known ones, and report missing or misspelled required sections.
import type { Heading, Root, RootContent } from 'mdast';
import type { Diagnostic, DocKind } from '../model.js';
import { diagnostic, quote } from './diagnostics.js';
import { inlineText } from './mdast-text.js';

export interface Section {
  /** The heading as written, e.g. `SYNOPSIS`, `%PROTOCOLS%`. */
  title: string;
  heading: Heading;
  /** Everything after the heading up to the next `#` heading. */
  nodes: RootContent[];
}

/** Section names curldown uses, in page order. */
export const KNOWN_SECTIONS = [
  'NAME', 'SYNOPSIS', 'DESCRIPTION', 'DEFAULT', '%PROTOCOLS%', 'PROTOCOLS', 'EXAMPLE', 'HISTORY', 'DEPRECATED',
  '%AVAILABILITY%', 'AVAILABILITY', 'RETURN VALUE',
] as const;
export type KnownSection = (typeof KNOWN_SECTIONS)[number];
const knownSections: ReadonlySet<string> = new Set(KNOWN_SECTIONS);

/** Sections a page of each kind must have; missing ones are errors. */
function requiredSections(kind: DocKind): KnownSection[] {
  // Overview pages (libcurl-tutorial, libcurl-security) have their own section names.
  if (kind === 'other') return ['NAME'];
  return ['NAME', 'SYNOPSIS', 'DESCRIPTION'];
}

/** Sections a page of each kind should have; missing ones are warnings. */
function expectedSections(kind: DocKind): KnownSection[] {
  if (kind === 'option' || kind === 'multi-option') return ['DEFAULT', 'EXAMPLE', 'RETURN VALUE'];
  if (kind === 'info' || kind === 'function') return ['EXAMPLE', 'RETURN VALUE'];
  return [];
}

export function splitSections(root: Root): { sections: Section[]; preamble: RootContent[] } {
  const sections: Section[] = [];
  const preamble: RootContent[] = [];
  let current: Section | undefined;
  for (const node of root.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'heading' && node.depth === 1) {
      current = { title: inlineText(node).trim(), heading: node, nodes: [] };
      sections.push(current);
    } else if (current) {
      current.nodes.push(node);
    } else {
      preamble.push(node);
    }
  }
  return { sections, preamble };
}

// Levenshtein distance, for "did you mean" on misspelled section headings.
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

const isNearMiss = (written: string, wanted: string): boolean => {
  const w = written.toUpperCase();
  if (w === wanted) return written !== wanted; // right word, wrong case
  const limit = wanted.length <= 5 ? 1 : 2;
  return distance(w, wanted) <= limit;
};

/**
 * Map known section names to sections. A required or expected section that is missing but
 * near-missed by another heading (`# SYNOPSYS`) is reported and that heading used in its place,
 * so the rest of the page still parses.
 */
export function indexSections(
  sections: Section[],
  kind: DocKind,
  file: string,
  diagnostics: Diagnostic[],
  endLine: number,
): Map<KnownSection, Section> {
  const byName = new Map<KnownSection, Section>();
  const known = knownSections;
  for (const s of sections) {
    if (known.has(s.title) && !byName.has(s.title as KnownSection)) byName.set(s.title as KnownSection, s);
  }
  const check = (name: KnownSection, severity: 'error' | 'warning'): void => {
    if (byName.has(name)) return;
    const miss = sections.find((s) => !known.has(s.title) && isNearMiss(s.title, name));
    if (miss) {
      const p = miss.heading.position?.start;
      diagnostics.push(diagnostic(file, p?.line ?? 1, p?.column ?? 1, `Expected a \`# ${name}\` section, not ${quote('# ' + miss.title)}`, 'curldown:section', severity));
      byName.set(name, miss);
      return;
    }
    // Report where the section belongs: before the first known section that follows it.
    const order = KNOWN_SECTIONS.indexOf(name);
    const after = sections.find((s) => known.has(s.title) && KNOWN_SECTIONS.indexOf(s.title as KnownSection) > order);
    if (after) {
      const p = after.heading.position?.start;
      diagnostics.push(diagnostic(file, p?.line ?? 1, p?.column ?? 1, `Expected a \`# ${name}\` section before ${quote('# ' + after.title)}, found none`, 'curldown:section', severity));
    } else {
      diagnostics.push(diagnostic(file, endLine, 1, `Expected a \`# ${name}\` section, found the end of the file`, 'curldown:section', severity));
    }
  };
  for (const name of requiredSections(kind)) check(name, 'error');
  for (const name of expectedSections(kind)) check(name, 'warning');
  return byName;
}
