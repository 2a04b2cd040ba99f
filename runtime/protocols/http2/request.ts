// The request of an HTTP/2 stream, made from the HTTP/1-style request block libcurl builds for
// every version (lib/http.c Curl_http with "HTTP/2" in the request line; http/request.ts here):
// lib/http1.c Curl_h1_req_parse reads it back, lib/http.c Curl_http_req_to_h2 turns it into the
// pseudo-headers :method, :scheme, :authority (from Host) and :path, then the fields in their order
// with lower-case names, leaving out the connection-specific ones (RFC 9113 section 8.2.2) and TE
// unless it names "trailers".
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

export function h2Request(head: string, scheme: string): H2Request {
  const lines = head.split('\r\n');
  const first = lines[0]!;
  const sp = first.indexOf(' ');
  const method = first.slice(0, sp);
  const path = first.slice(sp + 1, first.lastIndexOf(' '));
  let authority: string | null = null;
  const rest: [string, string][] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).toLowerCase();
    // lib/dynhds.c: the value without the blanks around it
    const value = line.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '');
    if (name === 'host') authority ??= value;
    if (name === 'te') {
      if (hasToken(value, 'trailers')) rest.push(['te', 'trailers']);
    } else if (!NON_FIELD.has(name)) rest.push([name, value]);
  }
  const fields: [string, string][] = [[':method', method], [':scheme', scheme]];
  if (authority !== null) fields.push([':authority', authority]);
  fields.push([':path', path], ...rest);
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of fields) {
    const had = headers[name];
    if (had === undefined) headers[name] = value;
    else headers[name] = Array.isArray(had) ? [...had, value] : [String(had), value];
  }
  return { fields, headers };
}
