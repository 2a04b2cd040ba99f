// The curldown header: YAML between `---` lines (remark-frontmatter finds it, `yaml` parses it).
// Keys and checks follow curl's scripts/cd2nroff: Title, Section, Source and See-also are
// required, Protocol on section 3 pages, TLS-backend when Protocol names TLS, Added-in is
// expected (a warning only: curl 8.7.1 docs predate it).
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
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

/** The frontmatter node, when the doc starts with one. */
export function frontmatterNode(root: Root): Yaml | undefined {
  const first = root.children[0];
  return first && first.type === 'yaml' ? first : undefined;
}

/**
 * Read and check the header. Returns undefined (with a diagnostic) when there is no frontmatter
 * or its YAML does not parse; otherwise the header, possibly incomplete, with diagnostics.
 */
export function readHeader(root: Root, text: string, file: string): { header?: Header; diagnostics: Diagnostic[] } {
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
  const at = (lc: LineCounter, offset: number): { line: number; column: number } => {
    const p = lc.linePos(offset);
    return { line: startLine + p.line, column: p.col };
  };
  const lineCounter = new LineCounter();
  let doc;
  try {
    // failsafe schema: every scalar is a string (so `Added-in: 7.10` stays "7.10") and no tags
    // beyond map/seq/str exist; duplicate keys are an error.
    doc = parseDocument(node.value, { schema: 'failsafe', uniqueKeys: true, prettyErrors: false, lineCounter, strict: true });
  } catch (e) {
    diagnostics.push(diagnostic(file, startLine, 1, `Expected valid YAML frontmatter, found an error: ${(e as Error).message}`, 'curldown:frontmatter'));
    return { diagnostics };
  }
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const p = at(lineCounter, err.pos[0]);
    const message = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
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
    n?.range ? at(lineCounter, n.range[0]) : { line: fallbackLine, column: 1 };
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

  for (const pair of contents.items) {
    const keyNode = pair.key as YamlNode | null;
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
      default:
        // C: and SPDX-License-Identifier: are licensing lines; nothing to read.
        break;
    }
  }

  const end = { line: endLine, column: 1 };
  const missing = (label: string, severity: 'error' | 'warning' = 'error', why = ''): void =>
    err(end, `Expected ${/^[AEIOU]/.test(label) ? 'an' : 'a'} \`${label}:\` line in the frontmatter${why}, found none`, severity);
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
