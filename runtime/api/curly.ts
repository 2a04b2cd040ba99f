// A promise convenience beside the CURLcode API, in the spirit of node-libcurl's `curly`: one call
// makes an Easy, sets the options given, performs, and resolves with the status, the final
// response's headers and the body, or rejects with a CurlyError that carries the CURLcode and
// libcurl's failure text. It is a thin layer over Easy (the same setopt, perform, getinfo and
// header API), not a second engine, and the handle is always cleaned up.
import { CURLE, strerror } from '../base/codes.js';
import { CURLH_HEADER } from '../base/constants.js';
import { Easy } from './easy.js';

/** Options by base name (`FOLLOWLOCATION`, `HTTPHEADER`, ...) with the values setopt takes. */
export type CurlyOptions = Readonly<Record<string, unknown>>;

export interface CurlyResult {
  /** CURLINFO_RESPONSE_CODE of the last response. */
  statusCode: number;
  /** The last response's headers by lower-case name; a repeated header's values joined by ", ". */
  headers: Record<string, string>;
  /** The body as it arrived. */
  data: Buffer;
  /** CURLINFO_EFFECTIVE_URL: where the last request went (after redirects). */
  effectiveUrl: string;
}

/** What curly rejects with: `code` is the CURLcode, the message libcurl's failure text. */
export class CurlyError extends Error {
  readonly code: number;
  constructor(code: number, message: string) {
    super(message);
    this.name = 'CurlyError';
    this.code = code;
  }
}

/** The last response's header fields, as curl_easy_nextheader lists them. */
function headersOf(easy: Easy): Record<string, string> {
  const out: Record<string, string> = {};
  for (let h = easy.nextHeader(CURLH_HEADER, -1, null); h !== null; h = easy.nextHeader(CURLH_HEADER, -1, h)) {
    const name = h.name.toLowerCase();
    out[name] = out[name] === undefined ? h.value : `${out[name]}, ${h.value}`;
  }
  return out;
}

/**
 * Performs one transfer of `url` with `options` (base names, as `CURLOPT.X` spells them; a
 * WRITEFUNCTION given here is replaced, the body is collected). Resolves when the transfer ends
 * with CURLE_OK, whatever the HTTP status; rejects with CurlyError otherwise, and when an option
 * is refused (its setopt code, the option named in the message).
 */
export async function curly(url: string, options: CurlyOptions = {}): Promise<CurlyResult> {
  const easy = new Easy();
  const set = easy.setopt as (option: string, value: unknown) => number;
  try {
    const errors = { text: '' };
    const chunks: Buffer[] = [];
    for (const [name, value] of Object.entries(options)) {
      const rc = set.call(easy, name, value);
      if (rc !== CURLE.OK) throw new CurlyError(rc, `${name}: ${strerror(rc)}`);
    }
    set.call(easy, 'URL', url);
    set.call(easy, 'ERRORBUFFER', errors);
    set.call(easy, 'WRITEFUNCTION', (chunk: Uint8Array) => {
      chunks.push(Buffer.from(chunk));
      return chunk.length;
    });
    const rc = await easy.perform();
    if (rc !== CURLE.OK) throw new CurlyError(rc, errors.text !== '' ? errors.text : strerror(rc));
    const info = easy.getinfo as (name: string) => { value: unknown };
    return {
      statusCode: info.call(easy, 'RESPONSE_CODE').value as number,
      headers: headersOf(easy),
      data: Buffer.concat(chunks),
      effectiveUrl: info.call(easy, 'EFFECTIVE_URL').value as string,
    };
  } finally {
    easy.cleanup();
  }
}
