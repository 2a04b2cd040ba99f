// A hand-made Model for emitter tests: the shapes codegen/parse produces, written out so emitter
// tests do not depend on the parser (model in, exact lines out).
import type { Doc, Model, TypeRef } from '../../codegen/model.js';

const root = { type: 'root', children: [] } as Doc['description'];

function doc(name: string, over: Partial<Doc> & { type?: TypeRef }): Doc {
  const kind = name.startsWith('CURLOPT_')
    ? 'option'
    : name.startsWith('CURLINFO_')
      ? 'info'
      : name.startsWith('CURLMOPT_')
        ? 'multi-option'
        : 'function';
  const baseName = name.replace(/^CURLOPT_|^CURLINFO_|^CURLMOPT_|^curl_/, '');
  return {
    kind,
    name,
    baseName,
    flavour: 'libcurl',
    file: `specs/${name}.md`,
    section: '3',
    summary: `summary of ${name}`,
    seeAlso: [],
    protocols: ['All'],
    tlsBackends: [],
    synopsis: '',
    description: root,
    descriptionText: '',
    examples: [],
    defines: [],
    ...over,
  };
}

export function fixtureModel(): Model {
  const socketSpec = { file: 'specs/CURLOPT_OPENSOCKETFUNCTION.md', line: 22, column: 1 };
  return {
    flavour: 'libcurl',
    prefixes: { option: 'CURLOPT_', info: 'CURLINFO_', error: 'CURLE_', multiOption: 'CURLMOPT_', func: 'curl_' },
    docs: [
      doc('CURLINFO_ACTIVESOCKET', { type: { kind: 'socket' }, cType: 'curl_socket_t *', addedIn: '7.45.0' }),
      doc('CURLINFO_EFFECTIVE_URL', { type: { kind: 'string' }, cType: 'char **' }),
      doc('CURLINFO_SIZE_DELIVERED', { type: { kind: 'off_t' }, cType: 'curl_off_t *' }),
      doc('CURLMOPT_MAXCONNECTS', {
        summary: 'size of the connection cache',
        type: { kind: 'long' },
        cType: 'long',
        argName: 'max',
        addedIn: '7.16.3',
        seeAlso: ['CURLMOPT_MAX_HOST_CONNECTIONS', 'CURLOPT_VERBOSE'],
      }),
      doc('CURLMOPT_MAX_HOST_CONNECTIONS', { type: { kind: 'long', min: 0, max: 2 }, cType: 'long', seeAlso: ['CURLMOPT_MAXCONNECTS'] }),
      doc('CURLOPT_CONNECT_ONLY', {
        summary: 'stop when connected to target server',
        descriptionText: 'Choose how far a perform goes.\n\n0\n\n1\n\n2',
        type: { kind: 'long', enumValues: [{ name: '0' }, { name: '1' }, { name: '2' }] },
        cType: 'long',
        argName: 'only',
        default: { text: '0', literal: { kind: 'number', value: 0 } },
        addedIn: '7.15.2',
        seeAlso: ['CURLOPT_VERBOSE', 'CURLINFO_ACTIVESOCKET', 'curl_easy_send'],
      }),
      doc('CURLOPT_ERRORBUFFER', { type: { kind: 'named', name: 'ErrorBuffer', cType: 'char *', supported: true, reason: 'override' } }),
      doc('CURLOPT_INFILESIZE_LARGE', { type: { kind: 'off_t' }, cType: 'curl_off_t' }),
      doc('CURLOPT_OPENSOCKETDATA', { type: { kind: 'data' }, cType: 'void *' }),
      doc('CURLOPT_OPENSOCKETFUNCTION', {
        type: { kind: 'callback', name: 'curl_opensocket_callback' },
        defines: ['curlsocktype', 'curl_sockaddr', 'curl_opensocket_callback'],
        constants: [{ name: 'CURL_SOCKET_BAD', value: -1 }],
      }),
      doc('CURLOPT_PROXYAUTH', {
        type: {
          kind: 'long',
          bitmask: true,
          enumValues: [
            { name: 'CURLAUTH_BASIC', value: 1, summary: 'HTTP Basic' },
            { name: 'CURLAUTH_DIGEST', value: 2 },
          ],
        },
      }),
      doc('CURLOPT_PROXYHEADER', { type: { kind: 'slist' }, cType: 'struct curl_slist *' }),
      doc('CURLOPT_PROXYTYPE', {
        type: { kind: 'long', enumValues: [{ name: 'CURLPROXY_HTTP', value: 0 }, { name: 'CURLPROXY_HTTP_1_0', value: 1 }] },
        deprecated: 'not really',
      }),
      doc('CURLOPT_SHARE', { type: { kind: 'named', name: 'CURLSH', cType: 'CURLSH *', supported: false, reason: 'a share handle' } }),
      doc('CURLOPT_SSL_VERIFYHOST', { type: { kind: 'long', min: 0, max: 2 } }),
      doc('CURLOPT_SSLVERSION', { type: { kind: 'long', enumValues: [{ name: 'CURL_SSLVERSION_DEFAULT' }, { name: 'CURL_SSLVERSION_TLSv1' }] } }),
      doc('CURLOPT_TIMEOUT', { type: { kind: 'long', min: 0 } }),
      doc('CURLOPT_URL', { type: { kind: 'string' }, cType: 'char *', default: { text: 'NULL', literal: { kind: 'null' } } }),
      doc('CURLOPT_VERBOSE', { type: { kind: 'long', boolean: true } }),
      doc('CURLOPT_WEIRD', {}),
      doc('curl_easy_send', {
        params: [
          { name: 'curl', cType: 'CURL *', type: { kind: 'named', name: 'CURL', cType: 'CURL *', supported: true, reason: 'the easy handle' } },
          { name: 'buffer', cType: 'const void *', type: { kind: 'bytes' } },
          { name: 'buflen', cType: 'size_t', type: { kind: 'long' } },
          { name: 'n', cType: 'size_t *', type: { kind: 'named', name: 'size_t *', cType: 'size_t *', supported: false, reason: 'out' } },
        ],
        returns: { cType: 'CURLcode', type: { kind: 'long' } },
        constants: [{ name: 'CURLWS_TEXT', value: 1 }],
      }),
    ],
    callbacks: {
      curl_opensocket_callback: {
        name: 'curl_opensocket_callback',
        params: [
          { name: 'clientp', cType: 'void *', type: { kind: 'data' } },
          { name: 'purpose', cType: 'curlsocktype', type: { kind: 'enum', name: 'curlsocktype' } },
          { name: 'address', cType: 'struct curl_sockaddr *', type: { kind: 'struct', name: 'curl_sockaddr' } },
        ],
        returns: { kind: 'socket' },
        returnCType: 'curl_socket_t',
        from: socketSpec,
      },
    },
    structs: {
      curl_sockaddr: {
        name: 'curl_sockaddr',
        fields: [
          { name: 'family', cType: 'int', type: { kind: 'long' } },
          { name: 'socktype', cType: 'int', type: { kind: 'long' } },
          { name: 'protocol', cType: 'int', type: { kind: 'long' } },
          { name: 'addrlen', cType: 'unsigned int', type: { kind: 'long' } },
          { name: 'addr', cType: 'struct sockaddr', type: { kind: 'named', name: 'sockaddr', cType: 'struct sockaddr', supported: false, reason: 'x' } },
        ],
        from: socketSpec,
      },
    },
    enums: {
      curlsocktype: { name: 'curlsocktype', values: [{ name: 'CURLSOCKTYPE_IPCXN' }, { name: 'CURLSOCKTYPE_ACCEPT' }], from: socketSpec },
    },
    diagnostics: [],
  };
}
