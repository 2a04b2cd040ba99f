// HTTP header fields, in one place: looking them up in a parsed head, matching list tokens as
// libcurl's Curl_compareheader does, and reading the application's custom header entries
// (CURLOPT_HTTPHEADER, CURLOPT_PROXYHEADER) as lib/http.c and lib/http_proxy.c read them.

/** One parsed response header field: name as received, value with blanks trimmed. */
export type HeaderField = [name: string, value: string];

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** The first value of a header, names compared without regard to case; undefined when absent. */
export function getHeader(headers: readonly HeaderField[], name: string): string | undefined {
  const want = name.toLowerCase();
  for (const [n, v] of headers) if (n.toLowerCase() === want) return v;
  return undefined;
}

/** Every value of a header in arrival order, names compared without regard to case. */
export function headerValues(headers: readonly HeaderField[], name: string): string[] {
  const want = name.toLowerCase();
  const out: string[] = [];
  for (const [n, v] of headers) if (n.toLowerCase() === want) out.push(v);
  return out;
}

/**
 * Whether a comma-separated value (Connection, Proxy-Connection, Transfer-Encoding) lists
 * `token`, any case, exactly as lib/http.c Curl_compareheader matches: at the start of the value
 * or of a list member, the token followed by a comma, a blank or the value's end. So "closed" and
 * "keep-closed" are not "close", while "close x" is; an empty first member stops the search.
 */
export function hasToken(value: string, token: string): boolean {
  const cut = value.search(/[\r\n]/);
  const v = (cut < 0 ? value : value.slice(0, cut)).replace(/^[ \t]+|[ \t]+$/g, '');
  const lower = v.toLowerCase();
  const want = token.toLowerCase();
  let p = 0;
  while (v.length - p >= want.length) {
    if (lower.startsWith(want, p)) {
      const after = v[p + want.length];
      if (after === undefined || after === ',' || isBlank(after)) return true;
    }
    // to the next member: curlx_str_until refuses an empty word, then blanks and extra commas
    const comma = v.indexOf(',', p);
    if (comma <= p) break;
    p = comma + 1;
    for (;;) {
      while (p < v.length && isBlank(v[p])) p++;
      if (v[p] !== ',') break;
      p++;
    }
  }
  return false;
}

/** Whether any value of header `name` lists `token` (hasToken). */
export function headerHasToken(headers: readonly HeaderField[], name: string, token: string): boolean {
  return headerValues(headers, name).some((v) => hasToken(v, token));
}

/** A received header line split into its lower-cased name and trimmed value; null without ':'. */
export function splitHeaderLine(text: string): HeaderField | null {
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  return [text.slice(0, colon).toLowerCase(), text.slice(colon + 1).replace(/[\r\n]+$/, '').trim()];
}

/** Curl_checkheaders: the first entry that starts with `name` (any case) followed by ':' or ';'. */
export function findHeader(headers: readonly string[], name: string): string | undefined {
  const n = name.toLowerCase();
  for (const h of headers) {
    if (h.length > n.length && h.slice(0, n.length).toLowerCase() === n && (h[n.length] === ':' || h[n.length] === ';')) {
      return h;
    }
  }
  return undefined;
}

/** Curl_copy_header_value: what follows the first ':' or ';', up to a line end, blanks trimmed. */
export function headerValue(line: string): string {
  const sep = line.search(/[:;]/);
  if (sep <= 0) return '';
  let v = line.slice(sep + 1);
  const nl = v.search(/[\r\n]/);
  if (nl >= 0) v = v.slice(0, nl);
  let s = 0;
  let e = v.length;
  while (s < e && isBlank(v[s])) s++;
  while (e > s && isBlank(v[e - 1])) e--;
  return v.slice(s, e);
}

/** One custom header entry as it goes on the wire. */
export interface CustomHeader {
  name: string;
  /** The line without CRLF. */
  line: string;
}

/**
 * A CURLOPT_HTTPHEADER entry as Curl_add_custom_headers sends it in a request: "Name: value" as
 * written, "Name:" nothing (it only removes libcurl's own header of that name), "Name;" the
 * header with an empty value; an entry without a name and a colon is ignored.
 */
export function requestHeader(entry: string): CustomHeader | null {
  const semi = entry.indexOf(';');
  if (semi > 0 && semi === entry.length - 1 && !entry.slice(0, semi).includes(':')) {
    const name = entry.slice(0, semi);
    return { name, line: `${name}:` };
  }
  const colon = entry.indexOf(':');
  if (colon <= 0) return null;
  if (headerValue(entry) === '') return null;
  return { name: entry.slice(0, colon), line: entry };
}

/**
 * A CURLOPT_PROXYHEADER entry as a CONNECT request carries it (lib/http_proxy.c
 * dynhds_add_custom): "Name: value" with the value's leading blanks dropped, "Name:" nothing,
 * "Name;" the header empty; anything else is ignored.
 */
export function connectHeader(entry: string): CustomHeader | null {
  const m = /^([^:;]*)([:;])(.*)$/s.exec(entry);
  if (!m || m[1] === '') return null;
  const value = m[3]!.replace(/^[ \t]+/, '');
  if (m[2] === ':') return value === '' ? null : { name: m[1]!, line: `${m[1]}: ${value}` };
  return value === '' ? { name: m[1]!, line: `${m[1]}: ` } : null;
}

/**
 * Why a request cannot carry these custom headers and user agent, or null when it can: CR or LF
 * in any of them would let one option value inject extra request lines (manbind refuses them
 * with 43 rather than sending them, for requests and CONNECT alike).
 */
export function crlfProblem(headers: readonly string[], userAgent: string | null): string | null {
  for (const h of headers) {
    if (hasCrLf(h)) return `Custom header "${h.split(/[:;\r\n]/, 1)[0]}" contains CR or LF`;
  }
  if (userAgent !== null && hasCrLf(userAgent)) return 'CURLOPT_USERAGENT contains CR or LF';
  return null;
}

export function hasCrLf(s: string): boolean {
  return s.includes('\r') || s.includes('\n');
}
