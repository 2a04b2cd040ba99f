// The curldown header: YAML between `---` lines (the markdown reader finds it; yaml-subset.ts reads
// it, or the `yaml` package through yaml-document.ts when it is more than `Key: value` lines).
// Keys and checks follow curl's scripts/cd2nroff: Title, Section, Source and See-also are
// required, Protocol on section 3 pages, TLS-backend when Protocol names TLS, Added-in is
// expected (a warning). Docs older than the Protocol and Added-in lines lack them: model-build
// drops those two reports for a docs set that predates them (newer-headers.ts).
import type { Root, Yaml } from 'mdast';
import type { Diagnostic } from '../model.js';
import { diagnostic, quote } from './diagnostics.js';

export interface SeeAlsoRef {
  name: string;
  /** Man page section, when written as `name (3)`. */
  section?: string;
  line: number;
  column: number;
}

export interface Header {
  title?: string;
  section?: string;
  source?: string;
  seeAlso: SeeAlsoRef[];
  protocols: string[];
  tlsBackends: string[];
  addedIn?: string;
  /** `C:`, e.g. `Copyright (C) manbind contributors`. */
  copyright?: string;
  /** Where each key (lower case) was written. */
  keys: Map<string, { line: number; column: number }>;
  /** Line of the closing `---` (where cd2nroff reports missing headers). */
  endLine: number;
}

const KNOWN_KEYS: Record<string, string> = {
  title: 'Title',
  section: 'Section',
  source: 'Source',
  'see-also': 'See-also',
  protocol: 'Protocol',
  'tls-backend': 'TLS-backend',
  'added-in': 'Added-in',
  c: 'C',
  'spdx-license-identifier': 'SPDX-License-Identifier',
};

// Keys never copied from untrusted YAML into an object (prototype pollution).
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// cd2nroff's lists of protocols and TLS backends.
const KNOWN_PROTOCOLS = new Set([
  'DICT', 'FILE', 'FTP', 'FTPS', 'GOPHER', 'GOPHERS', 'HTTP', 'HTTPS', 'IMAP', 'IMAPS', 'LDAP', 'LDAPS', 'MQTT',
  'MQTTS', 'POP3', 'POP3S', 'RTMP', 'RTMPS', 'RTSP', 'SCP', 'SFTP', 'SMB', 'SMBS', 'SMTP', 'SMTPS', 'TELNET', 'TFTP',
  'WS', 'WSS', 'TLS', 'TCP', 'QUIC', 'All',
]);
const KNOWN_TLS = new Set(['BearSSL', 'GnuTLS', 'mbedTLS', 'OpenSSL', 'rustls', 'Rustls', 'Schannel', 'Secure Transport', 'wolfSSL', 'All', 'none']);

/** What a missing header line is reported as (model-build drops the ones a docs set predates). */
export function missingHeaderMessage(label: string, why = ''): string {
  return `Expected ${/^[AEIOU]/.test(label) ? 'an' : 'a'} \`${label}:\` line in the frontmatter${why}, found none`;
}

/** Where a YAML node starts in the YAML text (1-based). */
export interface YamlPos {
  line: number;
  column: number;
}

/**
 * A YAML node as the header checks read it, whichever reader made it: the `yaml` package's
 * Scalar, YAMLSeq and YAMLMap, and anything else (an alias) as `other`.
 */
export type YamlNode =
  | { kind: 'scalar'; value: unknown; at?: YamlPos }
  | { kind: 'seq'; items: (YamlNode | null)[]; at?: YamlPos }
  | { kind: 'map'; pairs: { key: YamlNode | null; value: YamlNode | null }[]; at?: YamlPos }
  | { kind: 'other'; at?: YamlPos };

/** A YAML document as the header checks read it. */
export interface YamlDoc {
  contents: YamlNode | null;
  /** The first error; without `at` the parser threw (the message is then not the parser's own). */
  error?: { at?: YamlPos; message: string };
}

/** Reads the YAML text of a frontmatter, or returns undefined to leave it to another reader. */
export type YamlReader = (text: string) => YamlDoc | undefined;

type Scalar = Extract<YamlNode, { kind: 'scalar' }>;
type Seq = Extract<YamlNode, { kind: 'seq' }>;
const isScalar = (n: unknown): n is Scalar => (n as YamlNode | null)?.kind === 'scalar';
const isSeq = (n: unknown): n is Seq => (n as YamlNode | null)?.kind === 'seq';
const isMap = (n: unknown): n is Extract<YamlNode, { kind: 'map' }> => (n as YamlNode | null)?.kind === 'map';

/** The frontmatter node, when the doc starts with one. */
export function frontmatterNode(root: Root): Yaml | undefined {
  const first = root.children[0];
  return first && first.type === 'yaml' ? first : undefined;
}

/**
 * Read and check the header. The header is undefined (with a diagnostic) when there is no
 * frontmatter or its YAML does not parse; otherwise it is there, possibly incomplete, with
 * diagnostics. Returns undefined when `readYaml` leaves the YAML to another reader.
 */
export function readHeader(root: Root, text: string, file: string, readYaml: YamlReader): { header?: Header; diagnostics: Diagnostic[] } | undefined {
  const diagnostics: Diagnostic[] = [];
  const node = frontmatterNode(root);
  if (!node) {
    const firstLine = text.split(/\r?\n/).find((l) => l.trim() !== '');
    const found = firstLine === undefined ? 'an empty file' : quote(firstLine.trim());
    diagnostics.push(diagnostic(file, 1, 1, `Expected frontmatter between \`---\` lines at the start of the file, found ${found}`, 'curldown:frontmatter'));
    return { diagnostics };
  }
  const startLine = node.position?.start.line ?? 1;
  const endLine = node.position?.end.line ?? startLine + 1;
  // Line 1 of the YAML text is the line after the opening `---`.
  const at = (p: YamlPos): { line: number; column: number } => ({ line: startLine + p.line, column: p.column });
  const doc = readYaml(node.value);
  if (doc === undefined) return undefined;
  if (doc.error !== undefined) {
    // The parser's own errors are reported where they are, on their first line; an exception at the start.
    const p = doc.error.at === undefined ? { line: startLine, column: 1 } : at(doc.error.at);
    const message = doc.error.at === undefined ? doc.error.message : doc.error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    diagnostics.push(diagnostic(file, p.line, p.column, `Expected valid YAML frontmatter, found an error: ${message}`, 'curldown:frontmatter'));
    return { diagnostics };
  }
  const header: Header = { seeAlso: [], protocols: [], tlsBackends: [], keys: new Map(), endLine };
  const contents = doc.contents;
  if (!isMap(contents)) {
    const found = contents === null ? 'nothing' : isSeq(contents) ? 'a list' : `the text ${quote(String(isScalar(contents) ? contents.value : ''))}`;
    diagnostics.push(diagnostic(file, startLine + 1, 1, `Expected frontmatter of \`Key: value\` lines, found ${found}`, 'curldown:frontmatter'));
    return { header, diagnostics };
  }
  const posOf = (n: YamlNode | null | undefined, fallbackLine: number): { line: number; column: number } =>
    n?.at ? at(n.at) : { line: fallbackLine, column: 1 };
  const err = (p: { line: number; column: number }, message: string, severity: 'error' | 'warning' = 'error'): void => {
    diagnostics.push(diagnostic(file, p.line, p.column, message, 'curldown:header', severity));
  };

  // A scalar header value, or undefined with a diagnostic.
  const single = (label: string, value: unknown, p: { line: number; column: number }): string | undefined => {
    if (isScalar(value) && typeof value.value === 'string') return value.value.trim();
    err(p, `Expected \`${label}:\` to be a single value, found ${isSeq(value) ? 'a list' : isMap(value) ? 'a map' : 'nothing'}`);
    return undefined;
  };
  // A list header value (a single string is a one-item list), each item with its position.
  const list = (label: string, value: unknown, p: { line: number; column: number }): { text: string; line: number; column: number }[] => {
    if (isScalar(value) && typeof value.value === 'string') {
      return value.value.trim() === '' ? [] : [{ text: value.value.trim(), ...posOf(value as YamlNode, p.line) }];
    }
    if (!isSeq(value)) {
      if (value !== null && value !== undefined) err(p, `Expected \`${label}:\` to be a list of \`  - item\` lines, found a map`);
      return [];
    }
    const items: { text: string; line: number; column: number }[] = [];
    for (const item of value.items) {
      const ip = posOf(item as YamlNode, p.line);
      if (isScalar(item) && typeof item.value === 'string') items.push({ text: item.value.trim(), ...ip });
      else err(ip, `Expected each \`${label}:\` item to be a name, found ${isSeq(item) ? 'a list' : 'a map'}`);
    }
    return items;
  };

  for (const pair of contents.pairs) {
    const keyNode = pair.key;
    const rawKey = isScalar(keyNode) ? String(keyNode.value) : '';
    const p = posOf(keyNode, startLine + 1);
    const key = rawKey.toLowerCase();
    if (FORBIDDEN_KEYS.has(rawKey) || !(key in KNOWN_KEYS)) {
      err(p, `Expected a curldown header (${Object.values(KNOWN_KEYS).join(', ')}), found ${quote(rawKey)}`, 'warning');
      continue;
    }
    header.keys.set(key, p);
    const label = KNOWN_KEYS[key];
    const value = pair.value;
    switch (key) {
      case 'title':
        header.title = single(label, value, p);
        break;
      case 'section':
        header.section = single(label, value, p);
        break;
      case 'source': {
        const s = single(label, value, p);
        header.source = s;
        if (s !== undefined && s !== 'libcurl' && s !== 'libfetch') {
          err(posOf(value as YamlNode, p.line), `Expected \`Source:\` to be \`libcurl\` or \`libfetch\`, found ${quote(s)}`);
        }
        break;
      }
      case 'see-also':
        for (const item of list(label, value, p)) {
          // `CURLOPT_VERBOSE (3)`: the name and the man page section.
          const m = /\(([0-9][0-9a-z]*)\)$/.exec(item.text);
          const name = (m ? item.text.slice(0, m.index) : item.text).trim();
          if (name === '') continue;
          header.seeAlso.push({ name, section: m?.[1], line: item.line, column: item.column });
        }
        break;
      case 'protocol':
        for (const item of list(label, value, p)) {
          header.protocols.push(item.text);
          if (!KNOWN_PROTOCOLS.has(item.text)) {
            err(item, `Expected a protocol name such as \`HTTP\` or \`All\`, found ${quote(item.text)}`, 'warning');
          }
        }
        break;
      case 'tls-backend':
        for (const item of list(label, value, p)) {
          header.tlsBackends.push(item.text);
          if (!KNOWN_TLS.has(item.text)) {
            err(item, `Expected a TLS backend name such as \`OpenSSL\` or \`All\`, found ${quote(item.text)}`, 'warning');
          }
        }
        break;
      case 'added-in': {
        const v = single(label, value, p);
        if (v !== undefined && !/^[0-9.]*[0-9]$/.test(v) && v !== 'n/a') {
          err(posOf(value as YamlNode, p.line), `Expected \`Added-in:\` to be a version such as \`7.15.2\` or \`n/a\`, found ${quote(v)}`);
        } else {
          header.addedIn = v;
        }
        break;
      }
      case 'c':
        // The copyright line; it can name the project the docs belong to (model-build).
        if (isScalar(value) && typeof value.value === 'string') header.copyright = value.value.trim();
        break;
      default:
        // SPDX-License-Identifier: is a licensing line; nothing to read.
        break;
    }
  }

  const end = { line: endLine, column: 1 };
  const missing = (label: string, severity: 'error' | 'warning' = 'error', why = ''): void =>
    err(end, missingHeaderMessage(label, why), severity);
  if (!header.keys.has('title')) missing('Title');
  if (!header.keys.has('section')) missing('Section');
  if (!header.keys.has('source')) missing('Source');
  if (!header.keys.has('see-also')) missing('See-also');
  else if (header.seeAlso.length === 0) err(header.keys.get('see-also') ?? end, 'Expected `See-also:` to list at least one page, found none');
  if (header.section === '3' && header.protocols.length === 0) missing('Protocol', 'error', ' of a section 3 page');
  if (header.protocols.includes('TLS') && header.tlsBackends.length === 0) missing('TLS-backend', 'error', ' of a TLS page');
  if (!header.keys.has('added-in')) missing('Added-in', 'warning');
  return { header, diagnostics };
}
