// One curldown page to one Doc (plus the callbacks, structs and enums its synopsis defines).
// Pure: no I/O, never throws; everything wrong with the page becomes a diagnostic. The markdown
// and YAML readers come in a Syntax (syntax.ts), so that this module loads no parser library:
// parse-doc.ts gives it the full ones, load.ts the subset readers first.
import { basename } from 'node:path';
import type { Code, Root, RootContent } from 'mdast';
import type { CallbackDef, Diagnostic, Doc, EnumDef, Param, StructDef, TypeRef } from '../model.js';
import { parseC, cTypeText } from './c-decl.js';
import { checkDefault, readDefault } from './default.js';
import { diagnostic, quote } from './diagnostics.js';
import { canonicalName, classifyName, flavourOfName, isFlavour } from './flavour.js';
import { readHeader, type Header, type SeeAlsoRef } from './frontmatter.js';
import type { CurldownFacts } from './newer-headers.js';
import { namesOfNameLine, pageName } from './page-name.js';
import { blockText, withoutPositions } from './mdast-text.js';
import { defaultOverrides, overrideFor, type Override, type Overrides } from './overrides.js';
import { availabilityText, protocolsText } from './placeholders.js';
import { indexSections, splitSections, type Section } from './sections.js';
import type { Syntax } from './syntax.js';
import { readSynopsis, type Synopsis } from './synopsis.js';
import { mapCType, mapParams } from './type-map.js';
import { decorateLong, headingValues, type ConstantInfo } from './values.js';

export interface ParsedDoc {
  /** Absent when the page has no usable frontmatter. */
  doc?: Doc;
  callbacks: CallbackDef[];
  structs: StructDef[];
  enums: EnumDef[];
  diagnostics: Diagnostic[];
  /** See-also entries with their man page section and position, for resolving across docs. */
  seeAlso?: SeeAlsoRef[];
  /** Which newer header lines the page has and relies on (model-build judges the docs set). */
  curldown?: CurldownFacts;
}

export interface ParseOptions {
  /** Hand corrections; codegen/overrides.json when absent. */
  overrides?: Overrides;
}

/**
 * Parse one curldown page with the readers of `syntax`. Never throws, whatever the input; returns
 * undefined only when a reader of `syntax` leaves the page to another.
 */
export function readDoc(text: string, file: string, options: ParseOptions, syntax: Syntax): ParsedDoc | undefined {
  try {
    return parseDocUnsafe(typeof text === 'string' ? text : String(text), file, options.overrides ?? defaultOverrides(), syntax);
  } catch (e) {
    // A bug in the parser must not stop a run over hundreds of pages.
    const message = e instanceof Error ? e.message : String(e);
    return {
      callbacks: [],
      structs: [],
      enums: [],
      diagnostics: [diagnostic(file, 1, 1, `Expected to parse the page, found an internal error: ${message}`, 'internal')],
    };
  }
}

const codeBlocks = (nodes: readonly RootContent[]): Code[] => nodes.filter((n): n is Code => n.type === 'code');
const startOf = (s: Section): { line: number; column: number } => {
  const p = (s.nodes[0] ?? s.heading).position?.start;
  return { line: p?.line ?? 1, column: p?.column ?? 1 };
};

function parseDocUnsafe(text: string, file: string, overrides: Overrides, syntax: Syntax): ParsedDoc | undefined {
  const root: Root | undefined = syntax.markdown(text);
  if (root === undefined) return undefined;
  const diagnostics: Diagnostic[] = [];
  const read = readHeader(root, text, file, syntax.yaml);
  if (read === undefined) return undefined;
  const { header, diagnostics: headerDiagnostics } = read;
  diagnostics.push(...headerDiagnostics);
  if (!header) return { callbacks: [], structs: [], enums: [], diagnostics };

  const { sections } = splitSections(root);
  const name = nameOfPage(header, sections, file, diagnostics);
  const flavour = header.source !== undefined && isFlavour(header.source) ? header.source : flavourOfName(name);
  const { kind, baseName } = classifyName(name, flavour);
  const endLine = root.position?.end.line ?? 1;
  const byName = indexSections(sections, kind, file, diagnostics, endLine);

  // NAME: `CURLOPT_X - what it does`.
  let summary = '';
  const nameSection = byName.get('NAME');
  if (nameSection) {
    const line = blockText(nameSection.nodes).replace(/\s+/g, ' ').trim();
    const dash = line.indexOf(' - ');
    summary = dash >= 0 ? line.slice(dash + 3).trim() : line;
    if (dash < 0) {
      const p = startOf(nameSection);
      diagnostics.push(diagnostic(file, p.line, p.column, `Expected the NAME section to read \`${name} - summary\`, found ${line === '' ? 'nothing' : quote(line)}`, 'curldown:section', 'warning'));
    }
  }

  // SYNOPSIS: the C declarations.
  const synopsisSection = byName.get('SYNOPSIS');
  const synopsis: Synopsis | undefined = synopsisSection
    ? readSynopsis(codeBlocks(synopsisSection.nodes), { name, kind, flavour, file })
    : undefined;
  if (synopsis) diagnostics.push(...synopsis.diagnostics);
  if (synopsisSection && codeBlocks(synopsisSection.nodes).length === 0 && kind !== 'other') {
    const p = startOf(synopsisSection);
    diagnostics.push(diagnostic(file, p.line, p.column, 'Expected a C code block in the SYNOPSIS section, found none', 'synopsis:parse'));
  }

  const descriptionNodes = byName.get('DESCRIPTION')?.nodes ?? [];
  const override = overrideFor(overrides, kind, baseName);

  const doc: Doc = {
    kind,
    name,
    baseName,
    flavour,
    file,
    section: header.section ?? '3',
    summary,
    seeAlso: header.seeAlso.map((r) => r.name),
    protocols: header.protocols,
    tlsBackends: header.tlsBackends,
    synopsis: synopsis?.code ?? '',
    description: { type: 'root', children: descriptionNodes.map((n) => withoutPositions(n)) },
    descriptionText: blockText(descriptionNodes),
    examples: codeBlocks(byName.get('EXAMPLE')?.nodes ?? []).map((c) => ({ lang: c.lang ?? '', code: c.value })),
    defines: [],
  };
  if (header.addedIn !== undefined) doc.addedIn = header.addedIn;

  if (synopsis) {
    doc.defines = [...synopsis.callbacks, ...synopsis.structs, ...synopsis.enums].map((d) => d.name).sort();
    if (synopsis.constants.length > 0) doc.constants = synopsis.constants;
    if (synopsis.call) {
      const { type, cType } = argumentType(synopsis, descriptionNodes, override, overrides, diagnostics, flavour);
      doc.type = type;
      doc.cType = cType;
      if (synopsis.call.argName !== undefined) doc.argName = synopsis.call.argName;
    }
    if (synopsis.prototype && kind === 'function') {
      const params: Param[] = mapParams(synopsis.prototype.params, synopsis.scope);
      if (synopsis.prototype.variadic) {
        params.push({ name: '...', cType: '...', type: { kind: 'named', name: '...', cType: '...', supported: false, reason: 'variadic arguments' } });
      }
      doc.params = params;
      doc.returns = { cType: cTypeText(synopsis.prototype.returns), type: mapCType(synopsis.prototype.returns, 'return', synopsis.scope) };
    }
  }

  const defaultSection = byName.get('DEFAULT');
  if (defaultSection) {
    doc.default = readDefault(defaultSection.nodes, baseName);
    if (doc.type && doc.cType) {
      const d = checkDefault(doc.default, doc.type, doc.cType, file, startOf(defaultSection));
      if (d) diagnostics.push(d);
    }
  }
  const prose = (key: 'HISTORY' | 'DEPRECATED' | 'RETURN VALUE'): string | undefined => {
    const s = byName.get(key);
    return s ? blockText(s.nodes) : undefined;
  };
  const history = prose('HISTORY');
  if (history !== undefined) doc.history = history;
  const deprecated = prose('DEPRECATED');
  if (deprecated !== undefined) doc.deprecated = deprecated;
  const returnValue = prose('RETURN VALUE');
  if (returnValue !== undefined) doc.returnValue = returnValue;

  // The placeholders expand from the header; older pages wrote the sections out.
  const protocols = byName.has('%PROTOCOLS%')
    ? protocolsText(header.protocols, header.tlsBackends)
    : byName.has('PROTOCOLS')
      ? blockText(byName.get('PROTOCOLS')?.nodes ?? [])
      : undefined;
  if (protocols !== undefined) doc.protocolsText = protocols;
  const availability = byName.has('%AVAILABILITY%')
    ? availabilityText(header.addedIn, flavour)
    : byName.has('AVAILABILITY')
      ? blockText(byName.get('AVAILABILITY')?.nodes ?? [])
      : undefined;
  if (availability !== undefined) doc.availabilityText = availability;

  return {
    doc,
    callbacks: synopsis?.callbacks ?? [],
    structs: synopsis?.structs ?? [],
    enums: synopsis?.enums ?? [],
    diagnostics,
    seeAlso: header.seeAlso,
    curldown: {
      headers: [...header.keys.keys()].sort(),
      placeholders: sections.map((s) => s.title).filter((t) => t === '%PROTOCOLS%' || t === '%AVAILABILITY%'),
      ...(header.copyright === undefined ? {} : { copyright: header.copyright }),
    },
  };
}

/** The page's name (page-name.ts), with a warning when its Title disagrees with its file name. */
function nameOfPage(header: Header, sections: Section[], file: string, diagnostics: Diagnostic[]): string {
  const nameSection = sections.find((s) => s.title === 'NAME');
  const line = nameSection === undefined ? '' : blockText(nameSection.nodes).replace(/\s+/g, ' ').trim();
  const listed = namesOfNameLine(line);
  const { name, title } = pageName(header.title, file, listed);
  if (title !== undefined) {
    const p = header.keys.get('title') ?? { line: 1, column: 1 };
    const why = basename(file) === `${name}.md` ? 'the file name and the NAME section say' : 'the NAME section says';
    diagnostics.push(
      diagnostic(file, p.line, p.column, `Expected \`Title:\` to be \`${name}\` as ${why}, found ${quote(title)}; the page is kept as \`${name}\``, 'curldown:title', 'warning'),
    );
  }
  return name;
}

/** The argument's TypeRef: mapped from the synopsis, corrected by overrides, decorated if a long. */
function argumentType(
  synopsis: Synopsis,
  descriptionNodes: readonly RootContent[],
  override: Override | undefined,
  overrides: Overrides,
  diagnostics: Diagnostic[],
  flavour: Doc['flavour'],
): { type: TypeRef; cType: string } {
  const call = synopsis.call as NonNullable<Synopsis['call']>;
  let ctype = call.type;
  let cType = call.cType;
  if (override?.cType !== undefined) {
    const parsed = parseC(`${override.cType} x;`);
    const decl = parsed.declarations[0];
    if (parsed.errors.length > 0 || !decl) {
      diagnostics.push(diagnostic(overrides.file ?? 'codegen/overrides.json', 1, 1, `Expected \`cType\` to be a C type such as \`char *\`, found ${quote(override.cType)}`, 'overrides:invalid'));
    } else {
      ctype = decl.type;
      cType = cTypeText(ctype);
    }
  }
  let type = mapCType(ctype, call.role, synopsis.scope);
  if (override?.tsType !== undefined) {
    return { type: { kind: 'named', name: override.tsType, cType, supported: override.supported ?? true, reason: 'override' }, cType };
  }
  if (type.kind === 'long') {
    const local = localConstants(synopsis, flavour);
    type = decorateLong(headingValues(descriptionNodes), {
      argName: call.argName,
      lookup: (n) => local.get(canonicalName(n, flavour)),
      override,
      canonical: (n) => canonicalName(n, flavour),
    });
  }
  return { type, cType };
}

/** Constants the synopsis defines (enum members and #defines), by libcurl spelling. */
function localConstants(synopsis: Synopsis, flavour: Doc['flavour']): Map<string, ConstantInfo> {
  const map = new Map<string, ConstantInfo>();
  for (const e of synopsis.enums) {
    for (const v of e.values) if (v.value !== undefined) map.set(canonicalName(v.name, flavour), { value: v.value, fromDefine: false });
  }
  for (const v of synopsis.enumConstants) {
    if (v.value !== undefined) map.set(canonicalName(v.name, flavour), { value: v.value, fromDefine: false });
  }
  for (const c of synopsis.constants) {
    if (c.value !== undefined) map.set(canonicalName(c.name, flavour), { value: c.value, fromDefine: true });
  }
  return map;
}
