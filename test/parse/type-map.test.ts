// C types to TypeRefs, by role.
import { describe, expect, it } from 'vitest';
import type { TypeRef } from '../../codegen/model.js';
import { parseC } from '../../codegen/parse/c-decl.js';
import { mapCType, mapParams, type TypeRole, type TypeScope } from '../../codegen/parse/type-map.js';

const scope: TypeScope = {
  flavour: 'libcurl',
  enums: new Set(['curlsocktype']),
  structs: new Set(['curl_sockaddr']),
  callbacks: new Set(['opensocket_callback']),
};
const fetchScope: TypeScope = { ...scope, flavour: 'libfetch' };

const typeOf = (c: string) => {
  const unit = parseC(`${c} x;`);
  if (unit.errors.length > 0 || !unit.declarations[0]) throw new Error(`bad type ${c}`);
  return unit.declarations[0].type;
};
const map = (c: string, role: TypeRole, s = scope): TypeRef => mapCType(typeOf(c), role, s);

describe('mapCType', () => {
  const table: [string, { given: string; role: TypeRole; want: TypeRef['kind'] | TypeRef; s?: TypeScope }][] = [
    ['long', { given: 'long', role: 'option', want: 'long' }],
    ['curl_off_t', { given: 'curl_off_t', role: 'option', want: 'off_t' }],
    ['fetch_off_t', { given: 'fetch_off_t', role: 'option', want: 'off_t', s: fetchScope }],
    ['double', { given: 'double', role: 'option', want: 'double' }],
    ['char *', { given: 'char *', role: 'option', want: 'string' }],
    ['const char *', { given: 'const char *', role: 'option', want: 'string' }],
    ['struct curl_slist *', { given: 'struct curl_slist *', role: 'option', want: 'slist' }],
    ['struct fetch_slist *', { given: 'struct fetch_slist *', role: 'option', want: 'slist', s: fetchScope }],
    ['struct curl_blob *', { given: 'struct curl_blob *', role: 'option', want: 'blob' }],
    ['void *', { given: 'void *', role: 'option', want: 'data' }],
    ['a callback name', { given: 'opensocket_callback', role: 'option', want: { kind: 'callback', name: 'opensocket_callback' } }],
    ['a pointer to a callback name', { given: 'opensocket_callback *', role: 'option', want: { kind: 'callback', name: 'opensocket_callback' } }],
    ['CURL * (an easy handle)', { given: 'CURL *', role: 'option', want: { kind: 'named', name: 'CURL', cType: 'CURL *', supported: true, reason: 'the easy handle' } }],
    ['FETCH *', { given: 'FETCH *', role: 'param', want: { kind: 'named', name: 'FETCH', cType: 'FETCH *', supported: true, reason: 'the easy handle' }, s: fetchScope }],
    ['getinfo long *', { given: 'long *', role: 'info', want: 'long' }],
    ['getinfo char **', { given: 'char **', role: 'info', want: 'string' }],
    ['getinfo curl_off_t *', { given: 'curl_off_t *', role: 'info', want: 'off_t' }],
    ['getinfo double *', { given: 'double *', role: 'info', want: 'double' }],
    ['getinfo curl_socket_t *', { given: 'curl_socket_t *', role: 'info', want: 'socket' }],
    ['getinfo struct curl_slist **', { given: 'struct curl_slist **', role: 'info', want: 'slist' }],
    ['getinfo void **', { given: 'void **', role: 'info', want: 'data' }],
    ['size_t', { given: 'size_t', role: 'param', want: 'long' }],
    ['unsigned int', { given: 'unsigned int', role: 'field', want: 'long' }],
    ['curl_socket_t', { given: 'curl_socket_t', role: 'param', want: 'socket' }],
    ['a known enum', { given: 'curlsocktype', role: 'param', want: { kind: 'enum', name: 'curlsocktype' } }],
    ['a known struct pointer', { given: 'struct curl_sockaddr *', role: 'param', want: { kind: 'struct', name: 'curl_sockaddr' } }],
    ['an undefined enum is an integer', { given: 'enum curl_khtype', role: 'field', want: 'long' }],
    ['CURLcode returns', { given: 'CURLcode', role: 'return', want: 'long' }],
    ['void returns', { given: 'void', role: 'return', want: 'void' }],
  ];
  for (const [name, { given, role, want, s }] of table) {
    it(name, () => {
      const t = map(given, role, s);
      if (typeof want === 'string') expect(t.kind).toBe(want);
      else expect(t).toEqual(want);
    });
  }

  it('maps a char array field to a string', () => {
    expect(mapCType(parseC('char stamp[18];').declarations[0].type, 'field', scope)).toEqual({ kind: 'string' });
  });

  it('marks libcurl handles the runtime lacks as named and unsupported, with the reason', () => {
    expect(map('CURLSH *', 'option')).toEqual({
      kind: 'named',
      name: 'CURLSH',
      cType: 'CURLSH *',
      supported: false,
      reason: 'a share handle: the runtime has no share interface',
    });
    expect(map('FILE *', 'option')).toMatchObject({ kind: 'named', name: 'FILE', supported: false });
    expect(map('struct curl_httppost *', 'option')).toMatchObject({ kind: 'named', name: 'curl_httppost', supported: false });
  });

  it('names an unknown type as such', () => {
    expect(map('string', 'option')).toEqual({ kind: 'named', name: 'string', cType: 'string', supported: false, reason: '`string` is not defined in any SYNOPSIS' });
  });
});

describe('mapParams', () => {
  it('maps a char * or void * followed by size_t to bytes, and names parameters as written', () => {
    const unit = parseC('size_t write_cb(char *ptr, size_t size, size_t nmemb, void *userdata);\nint f(const char *pattern, const char *string);\nint g(void *, size_t);');
    const params = unit.declarations.map((d) => (d.type.kind === 'function' ? mapParams(d.type.params, scope) : []));
    expect(params[0].map((p) => [p.name, p.cType, p.type.kind])).toEqual([
      ['ptr', 'char *', 'bytes'],
      ['size', 'size_t', 'long'],
      ['nmemb', 'size_t', 'long'],
      ['userdata', 'void *', 'data'],
    ]);
    expect(params[1].map((p) => p.type.kind)).toEqual(['string', 'string']);
    expect(params[2].map((p) => [p.name, p.type.kind])).toEqual([
      ['arg1', 'bytes'],
      ['arg2', 'long'],
    ]);
  });
});
