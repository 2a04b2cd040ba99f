// The request of an HTTP/2 stream, made from the HTTP/1-style request block libcurl builds for
// every version (lib/http.c Curl_http with "HTTP/2" in the request line; http/request.ts here):
// lib/http1.c Curl_h1_req_parse reads it back, lib/http.c Curl_http_req_to_h2 turns it into the
// pseudo-headers :method, :scheme, :authority (from Host) and :path, then the fields in their order
// with lower-case names, leaving out the connection-specific ones (RFC 9113 section 8.2.2) and TE
// unless it names "trailers". The CONNECT of an HTTP/2 proxy tunnel is made the same way.
import type { OutgoingHttpHeaders } from 'node:http2';

/** lib/http.c H2_NON_FIELD */
const NON_FIELD = new Set(['host', 'upgrade', 'connection', 'keep-alive', 'proxy-connection', 'transfer-encoding']);

/** The fields in order (for the verbose lines) and as Node's headers object. */
export interface H2Request {
  fields: [string, string][];
  headers: OutgoingHttpHeaders;
}

/** lib/http.c http_TE_has_token */
function hasToken(value: string, token: string): boolean {
  return value.split(',').some((t) => t.trim().split(/[ \t;]/)[0]!.toLowerCase() === token);
}

/** lib/dynhds.c: `s` from `from` to `to` without the blanks (space, tab) around it. */
function trimBlanks(s: string, from: number, to: number): string {
  let a = from;
  let b = to;
  while (a < b && (s.charCodeAt(a) === 32 || s.charCodeAt(a) === 9)) a++;
  while (b > a && (s.charCodeAt(b - 1) === 32 || s.charCodeAt(b - 1) === 9)) b--;
  return s.slice(a, b);
}

/** Adds a field to Node's headers object: a repeated name becomes a list. */
function addHeader(headers: OutgoingHttpHeaders, name: string, value: string): void {
  const had = headers[name];
  if (had === undefined) headers[name] = value;
  else headers[name] = Array.isArray(had) ? [...had, value] : [String(had), value];
}

/** The "Name: value" lines of `text` from `from` on (each ends in CRLF or at the end) as HTTP/2
 * carries them, added to `rest`: lower-case names, without the connection-specific ones, TE only
 * as "trailers". Returns the first Host value, or null. (Read in place: no line strings.) */
function fieldsOf(text: string, from: number, rest: [string, string][]): string | null {
  let host: string | null = null;
  while (from < text.length) {
    let eol = text.indexOf('\r\n', from);
    if (eol < 0) eol = text.length;
    const colon = text.indexOf(':', from);
    if (colon > from && colon < eol) {
      const name = text.slice(from, colon).toLowerCase();
      const value = trimBlanks(text, colon + 1, eol);
      if (name === 'host') host ??= value;
      if (name === 'te') {
        if (hasToken(value, 'trailers')) rest.push(['te', 'trailers']);
      } else if (!NON_FIELD.has(name)) rest.push([name, value]);
    }
    from = eol + 2;
  }
  return host;
}

function withHeaders(fields: [string, string][]): H2Request {
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of fields) addHeader(headers, name, value);
  return { fields, headers };
}

export function h2Request(head: string, scheme: string): H2Request {
  let eol = head.indexOf('\r\n');
  if (eol < 0) eol = head.length;
  const sp = head.indexOf(' ');
  const method = head.slice(0, sp);
  let path = head.slice(sp + 1, head.lastIndexOf(' ', eol));
  const rest: [string, string][] = [];
  let authority = fieldsOf(head, eol + 2, rest);
  // absolute-form (a request to a forward proxy that speaks HTTP/2): lib/http1.c start_req takes
  // scheme, authority (the port only when not the scheme's default) and path from the URL
  const abs = path.charCodeAt(0) === 0x2f ? null : /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^#]*)/i.exec(path);
  if (abs !== null) {
    scheme = abs[1]!.toLowerCase();
    const hostPort = abs[2]!.slice(abs[2]!.lastIndexOf('@') + 1);
    const defaultPort = scheme === 'https' ? ':443' : scheme === 'http' ? ':80' : null;
    authority = defaultPort !== null && hostPort.endsWith(defaultPort) ? hostPort.slice(0, -defaultPort.length) : hostPort;
    path = abs[3] === '' ? '/' : abs[3]!;
  }
  const fields: [string, string][] = [[':method', method], [':scheme', scheme]];
  if (authority !== null) fields.push([':authority', authority]);
  fields.push([':path', path], ...rest);
  return withHeaders(fields);
}

/** A CONNECT to an HTTP/2 proxy (lib/http_proxy.c http_proxy_create_CONNECT for PROXY_HTTP_V2,
 * then Curl_http_req_to_h2): :method and :authority alone (RFC 9113 section 8.5), then the
 * header lines given ("Name: value"). */
export function h2ConnectRequest(authority: string, lines: string[]): H2Request {
  const fields: [string, string][] = [[':method', 'CONNECT'], [':authority', authority]];
  for (const line of lines) fieldsOf(line, 0, fields);
  return withHeaders(fields);
}
