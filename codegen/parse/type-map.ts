// C types of the synopsis to the model's TypeRef (issue 2, "SYNOPSIS to types"). One function,
// `mapCType`, with a role saying where the type occurs: a setopt argument, a getinfo result (the
// pointee of the out-pointer), a callback or function parameter, a struct field, a return type.
import type { Flavour, Param, TypeRef } from '../model.js';
import { cTypeText, type CParam, type CType } from './c-decl.js';
import { canonicalName } from './flavour.js';

export type TypeRole = 'option' | 'info' | 'param' | 'field' | 'return';

/** What the synopsis (or, after merging, the whole model) defines, by name as written. */
export interface TypeScope {
  flavour: Flavour;
  enums: ReadonlySet<string>;
  structs: ReadonlySet<string>;
  callbacks: ReadonlySet<string>;
  /** typedef aliases that are not enums, structs or callbacks: name -> aliased type. */
  aliases?: ReadonlyMap<string, CType>;
}

// libcurl types the runtime does not model; the reason is shown in the precision report.
// Keys are libcurl spellings (see canonicalName); a `named` TypeRef with one of these bases is a
// precise type, merely unsupported.
export const OPAQUE_TYPES: Readonly<Record<string, string>> = {
  CURLM: 'a multi handle, which the runtime stands for with its Multi class',
  CURLSH: 'a share handle: the runtime has no share interface',
  CURLU: 'a URL API handle: the runtime takes URLs as strings',
  curl_mime: 'a MIME handle: the runtime does not build MIME bodies',
  curl_mimepart: 'a MIME part handle: the runtime does not build MIME bodies',
  'struct curl_httppost': 'the deprecated form API, which the runtime does not implement',
  FILE: 'a C stdio stream, which has no TypeScript counterpart (overrides.json can map it)',
  'struct curl_certinfo': 'certificate chain details, which the runtime does not expose',
  'struct curl_tlssessioninfo': 'TLS library internals, which the runtime does not expose',
  'struct curl_pushheaders': 'HTTP/2 server push, which the runtime does not implement',
  'struct curl_header': 'the header API, which the runtime does not implement',
  'struct curl_ws_frame': 'WebSocket frame metadata from the C API',
  'struct curl_waitfd': 'file descriptors of the multi interface',
  'struct curl_easyoption': 'the option introspection API',
  'struct curl_forms': 'the deprecated form API, which the runtime does not implement',
  'struct curl_khkey': 'SSH host keys, which the runtime does not implement',
  'struct curl_ssls_export': 'TLS session export, which the runtime does not implement',
  curl_version_info_data: 'build information of the C library',
  curl_lock_data: 'share interface lock data',
  curl_lock_access: 'share interface lock access',
  CURLMsg: 'multi interface messages',
  va_list: 'a C variadic argument list',
  'struct sockaddr': 'a C socket address; the runtime passes addresses as objects',
  fd_set: 'C select() descriptor sets',
};

const INTEGER_WORDS = new Set(['char', 'short', 'int', 'long', 'signed', 'unsigned', '_Bool', 'bool']);
const INTEGER_TYPEDEFS = new Set([
  'size_t', 'ssize_t', 'time_t', 'socklen_t', 'int8_t', 'int16_t', 'int32_t', 'int64_t', 'uint8_t',
  'uint16_t', 'uint32_t', 'uint64_t', 'curl_socklen_t',
]);

const named = (name: string, cType: string, reason: string, supported = false): TypeRef => ({
  kind: 'named',
  name,
  cType,
  supported,
  reason,
});

function unconst(t: CType): CType {
  return t.kind === 'name' || t.kind === 'pointer' ? { ...t, const: undefined } : t;
}

/** The canonical (libcurl-spelled) name of a plain named type, or undefined. */
function baseOf(t: CType, flavour: Flavour): string | undefined {
  if (t.kind !== 'name') return undefined;
  const m = /^(struct|union|enum) (.+)$/.exec(t.name);
  return m ? `${m[1]} ${canonicalName(m[2], flavour)}` : canonicalName(t.name, flavour);
}

function isIntegerName(name: string): boolean {
  if (INTEGER_TYPEDEFS.has(name)) return true;
  // CURLcode, CURLMcode, CURLSHcode, CURLUcode, CURLHcode, CURLSTScode, CURLFORMcode: int enums.
  if (/^CURL[A-Z]*code$/.test(name)) return true;
  return name.split(' ').every((w) => INTEGER_WORDS.has(w));
}

/** The unprefixed tag of `struct X`/`enum X`, or the name itself. */
const tagOf = (name: string): string => name.replace(/^(struct|union|enum) /, '');

/**
 * Map a C type. `next` is the following parameter's type, for the buffer rule: in a parameter
 * list a `char *` or `void *` followed by a `size_t` is a byte buffer (Uint8Array).
 */
export function mapCType(t: CType, role: TypeRole, scope: TypeScope, next?: CType): TypeRef {
  const written = cTypeText(t);
  const f = scope.flavour;
  if (role === 'info') {
    // curl_easy_getinfo writes the result through a pointer: the type is the pointee's.
    if (t.kind !== 'pointer') return named(written, written, `a getinfo argument must be a pointer, found \`${written}\``);
    return mapCType(t.to, 'option', scope);
  }
  t = unconst(t);
  if (t.kind === 'array') {
    const of = baseOf(t.of, f);
    if (of === 'char') return { kind: 'string' };
    return named(written, written, 'a C array');
  }
  if (t.kind === 'function') return named(written, written, 'a bare function type');
  if (t.kind === 'name') {
    const alias = scope.aliases?.get(t.name);
    if (alias) return mapCType(alias, role, scope, next);
    const base = baseOf(t, f) as string;
    if (base === 'void') return role === 'return' ? { kind: 'void' } : named('void', written, '`void` is not a value type');
    if (base === 'curl_off_t') return { kind: 'off_t' };
    if (base === 'double' || base === 'float' || base === 'long double') return { kind: 'double' };
    if (base === 'curl_socket_t') return { kind: 'socket' };
    if (isIntegerName(base)) return { kind: 'long' };
    const tag = tagOf(t.name);
    if (base.startsWith('enum ')) return scope.enums.has(tag) ? { kind: 'enum', name: tag } : { kind: 'long' };
    if (base.startsWith('struct ') || base.startsWith('union ')) {
      if (scope.structs.has(tag)) return { kind: 'struct', name: tag };
      return named(tag, written, OPAQUE_TYPES[base] ?? `\`${t.name}\` is not defined in any SYNOPSIS`);
    }
    if (scope.enums.has(t.name)) return { kind: 'enum', name: t.name };
    if (scope.callbacks.has(t.name)) return { kind: 'callback', name: t.name };
    if (scope.structs.has(t.name)) return { kind: 'struct', name: t.name };
    if (base === 'CURL') return named(t.name, written, 'the easy handle', true);
    return named(t.name, written, OPAQUE_TYPES[base] ?? `\`${t.name}\` is not defined in any SYNOPSIS`);
  }
  // A pointer.
  const to = unconst(t.to);
  const toBase = baseOf(to, f);
  const nextBase = next ? baseOf(unconst(next), f) : undefined;
  if (toBase === 'char' || toBase === 'void') {
    if (role === 'param' && nextBase === 'size_t') return { kind: 'bytes' };
    return toBase === 'char' ? { kind: 'string' } : { kind: 'data' };
  }
  if (toBase === 'struct curl_slist') return { kind: 'slist' };
  if (to.kind === 'pointer' && baseOf(unconst(to.to), f) === 'struct curl_slist') return { kind: 'slist' };
  if (toBase === 'struct curl_blob') return { kind: 'blob' };
  if (to.kind === 'function') return named(written, written, 'an unnamed function pointer type');
  if (to.kind === 'name') {
    const alias = scope.aliases?.get(to.name);
    if (alias && alias.kind === 'function') return named(written, written, 'a function pointer without a callback typedef');
    const tag = tagOf(to.name);
    if (scope.callbacks.has(to.name)) return { kind: 'callback', name: to.name };
    if (scope.structs.has(tag)) return { kind: 'struct', name: tag };
    if (toBase === 'CURL') return named(to.name, written, 'the easy handle', true);
    const opaque = OPAQUE_TYPES[toBase as string];
    if (opaque) return named(tag, written, opaque);
    if (role === 'param' && (isIntegerName(toBase as string) || toBase === 'curl_off_t' || toBase === 'double')) {
      return named(written, written, 'a pointer to a number (an out-parameter of the C API)');
    }
    return named(tag, written, `\`${to.name}\` is not defined in any SYNOPSIS`);
  }
  return named(written, written, `a pointer to \`${cTypeText(to)}\``);
}

/** Parameters of a callback or function prototype, named as written (unnamed ones `argN`). */
export function mapParams(params: CParam[], scope: TypeScope): Param[] {
  return params.map((p, i) => ({
    name: p.name ?? `arg${i + 1}`,
    cType: cTypeText(p.type),
    type: mapCType(p.type, 'param', scope, params[i + 1]?.type),
  }));
}
