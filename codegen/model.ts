// The one plain-data model between codegen/parse and codegen/emit (and the docs site).
// Interfaces only: no behaviour, no markdown, no ts-morph. Everything here is JSON-serialisable.
import type { Root as MdRoot } from 'mdast';

/** Which tree of docs a page comes from: `Source:` libcurl or libfetch. */
export type Flavour = 'libcurl' | 'libfetch';

/** Symbol prefixes of a flavour: libcurl CURLOPT_/CURLINFO_/CURLE_/curl_, libfetch FETCH.../fetch_. */
export interface Prefixes {
  option: string; // CURLOPT_ | FETCHOPT_
  info: string; // CURLINFO_ | FETCHINFO_
  error: string; // CURLE_ | FETCHE_
  multiOption: string; // CURLMOPT_ | FETCHMOPT_
  func: string; // curl_ | fetch_
}

export type DocKind = 'option' | 'info' | 'function' | 'multi-option' | 'other';

export interface SourceSpan {
  /**
   * Path of the page relative to the specs folder (`opts/CURLOPT_URL.md`, `CURLOPT_URL.md` in a
   * flat folder), so that nothing in the model depends on where the generator ran; hand
   * corrections are `codegen/overrides.json`.
   */
  file: string;
  line: number; // 1-based
  column: number; // 1-based
}

export type Severity = 'error' | 'warning';

/** `file:line:col: message [rule]`; parsers return these, the CLI prints them. */
export interface Diagnostic extends SourceSpan {
  message: string;
  /** e.g. curldown:frontmatter, curldown:section, synopsis:parse, default:type, see-also:unknown */
  rule: string;
  severity: Severity;
}

/** A value of an enumerated/bitmask long (a `##` heading in DESCRIPTION, or a synopsis enum). */
export interface EnumValue {
  /** As written in the docs: CURLPROXY_HTTP, or a bare number such as 2. */
  name: string;
  /** Numeric value when known (from a synopsis enum/#define, or the heading being a number). */
  value?: number;
  /** Markdown text under the heading, for docs. */
  summary?: string;
}

/** The TypeScript side of a C type, as the emitter renders it. */
export type TypeRef =
  | {
      kind: 'long';
      enumValues?: EnumValue[];
      bitmask?: boolean;
      boolean?: boolean;
      min?: number;
      max?: number;
      /**
       * The number the DEFAULT section states (`0, disabled`), when no value heading names it:
       * libcurl starts from it, so it is always a value the option takes.
       */
      defaultValue?: number;
    }
  | { kind: 'off_t' } // number | bigint
  | { kind: 'double' }
  | { kind: 'string' } // char *
  | { kind: 'slist' } // struct curl_slist * -> string[]
  | { kind: 'blob' } // struct curl_blob * -> Uint8Array
  | { kind: 'data' } // void * handed back to callbacks -> unknown
  | { kind: 'socket' } // curl_socket_t -> runtime CurlSocket
  | { kind: 'bytes' } // char * / void * buffer that a size_t follows, in callbacks -> Uint8Array
  | { kind: 'callback'; name: string } // a typedef'd callback in Model.callbacks
  | { kind: 'struct'; name: string } // a struct in Model.structs
  | { kind: 'enum'; name: string } // an enum in Model.enums
  | { kind: 'named'; name: string; cType: string; supported: boolean; reason: string } // CURLSH *, FILE *, ...
  | { kind: 'void' };

export interface Param {
  name: string;
  cType: string;
  type: TypeRef;
}

export interface CallbackDef {
  /** typedef name, e.g. curl_opensocket_callback. */
  name: string;
  params: Param[];
  returns: TypeRef;
  returnCType: string;
  from: SourceSpan;
}

export interface StructDef {
  name: string; // curl_sockaddr
  fields: Param[];
  from: SourceSpan;
}

export interface EnumDef {
  name: string; // curlsocktype
  values: EnumValue[];
  from: SourceSpan;
}

/** A documented default: the prose, and a literal when the section states one. */
export interface DefaultValue {
  text: string;
  literal?:
    | { kind: 'number'; value: number }
    | { kind: 'null' }
    | { kind: 'string'; value: string }
    | { kind: 'constant'; name: string };
}

export interface Doc {
  kind: DocKind;
  /** Name as in the docs: CURLOPT_CONNECT_ONLY, FETCHINFO_ACTIVESOCKET, curl_easy_send. */
  name: string;
  /** Name without the flavour prefix: CONNECT_ONLY, ACTIVESOCKET, easy_send. The runtime's key. */
  baseName: string;
  flavour: Flavour;
  file: string;
  section: string;
  summary: string; // NAME line after the dash
  seeAlso: string[]; // names, "(3)" removed
  protocols: string[]; // Protocol: header, e.g. ["All"] or ["HTTP"]
  tlsBackends: string[];
  addedIn?: string; // Added-in:, e.g. 7.15.2, or symbols-in-versions for docs older than that line
  synopsis: string; // the C code of SYNOPSIS
  /** The setopt/getinfo argument type (options and infos); undefined for functions. */
  type?: TypeRef;
  /** C type of that argument as written, e.g. "long", "curl_socket_t *". */
  cType?: string;
  /** The argument's name in the prototype (e.g. "only"). */
  argName?: string;
  /** For functions: the prototype's parameters and return type. */
  params?: Param[];
  returns?: { cType: string; type: TypeRef };
  description: MdRoot; // DESCRIPTION as mdast, for the docs site
  descriptionText: string; // the same as plain text, for doc comments
  default?: DefaultValue;
  examples: { lang: string; code: string }[];
  history?: string;
  deprecated?: string;
  returnValue?: string;
  /** %PROTOCOLS% expanded, e.g. "This functionality affects all supported protocols". */
  protocolsText?: string;
  /** %AVAILABILITY% expanded, e.g. "Added in curl 7.15.2". */
  availabilityText?: string;
  /** Typedefs, structs and enums this doc's synopsis defines (names into Model maps). */
  defines: string[];
  /** `#define NAME value` constants of the synopsis (CURL_SOCKOPT_OK, ...), when it has any. */
  constants?: EnumValue[];
}

export interface Model {
  flavour: Flavour;
  /** What the docs call themselves (libcurl, libfetch, manbind): docs-name.ts. */
  name?: string;
  prefixes: Prefixes;
  docs: Doc[]; // sorted by name
  callbacks: Record<string, CallbackDef>;
  structs: Record<string, StructDef>;
  enums: Record<string, EnumDef>;
  diagnostics: Diagnostic[];
}
