// Transfer-Encoding (lib/content_encoding.c Curl_build_unencoding_stack with is_transfer, as
// lib/http.c http_header_t calls it). `chunked` is undone by http/body.ts; any other coding is
// only decoded when CURLOPT_TRANSFER_ENCODING asked for it (`TE: gzip`), and is otherwise an
// error unless CURLOPT_HTTP_TRANSFER_DECODING is off. Transfer decoders run before the body is
// counted (libcurl's CURL_CW_TRANSFER_DECODE phase comes before CURL_CW_PROTOCOL).
import { CURLE } from '../base/codes.js';
import type { TransferContext } from '../base/context.js';
import type { BodySink } from './client-writer.js';
import { codingWriter, enginesOf } from './content-decoding.js';
import type { HeaderField } from './headers.js';

/** lib/content_encoding.c MAX_ENCODE_STACK */
const MAX_ENCODE_STACK = 5;

/**
 * The transfer decoders in front of `sink` for a final head with a body (none for HEAD and 304
 * answers, RFC 9112 section 6.1). Throws CurlError 61 with libcurl's text for a coding nobody
 * asked for, one listed after chunked, or more than five.
 */
export function transferDecoders(ctx: TransferContext, headers: readonly HeaderField[], sink: BodySink): BodySink {
  const opts = ctx.opts;
  let top = sink;
  let count = 0;
  let chunked = false;
  for (const [name, value] of headers) {
    if (name.toLowerCase() !== 'transfer-encoding') continue;
    let hasChunked = false;
    for (const part of value.split(',')) {
      const coding = part.trim();
      if (coding === '') continue;
      const isChunked = coding.toLowerCase() === 'chunked';
      if (!opts.transferEncoding && !isChunked) {
        // not requested: ignored with HTTP_TRANSFER_DECODING off, else refused
        if (!opts.httpTransferDecoding) break;
        if (hasChunked) throw ctx.failf(CURLE.BAD_CONTENT_ENCODING, `A Transfer-Encoding (${coding}) was listed after chunked`);
        if (coding.toLowerCase() === 'identity') continue;
        throw ctx.failf(CURLE.BAD_CONTENT_ENCODING, `Unsolicited Transfer-Encoding (${coding}) found`);
      }
      if (count >= MAX_ENCODE_STACK) {
        throw ctx.failf(CURLE.BAD_CONTENT_ENCODING, `Reject response exceeding limit of ${MAX_ENCODE_STACK} transfer encodings`);
      }
      if (!isChunked && chunked) {
        // RFC 9112 section 6.1: chunked is the last coding
        throw ctx.failf(CURLE.BAD_CONTENT_ENCODING, "Reject response due to 'chunked' not being the last Transfer-Encoding");
      }
      if (isChunked) {
        hasChunked = true;
        // a repeated chunked is ignored (lib/content_encoding.c, curl #13451)
        if (!chunked) count++;
        chunked = true;
        continue;
      }
      count++;
      // the engine list is made with the first decoder (most responses have none)
      top = codingWriter(ctx, coding, top, enginesOf(ctx));
    }
  }
  return top;
}

/**
 * Whether libcurl decodes `chunked` for a head (its chunked writer is added, libcurl's k->chunk),
 * or null when the head has no Transfer-Encoding field: Curl_build_unencoding_stack walks each
 * field's codings and stops at one nobody asked for when HTTP_TRANSFER_DECODING is off (with it
 * on such a coding is refused: transferDecoders), so a `chunked` after it is never seen.
 */
export function chunkedDecoded(opts: TransferContext['opts'], headers: readonly HeaderField[]): boolean | null {
  let seen = false;
  let chunked = false;
  for (const [name, value] of headers) {
    if (name.toLowerCase() !== 'transfer-encoding') continue;
    seen = true;
    for (const part of value.split(',')) {
      const coding = part.trim().toLowerCase();
      if (coding === '') continue;
      if (coding === 'chunked') chunked = true;
      else if (!opts.transferEncoding) {
        if (opts.httpTransferDecoding && coding === 'identity') continue;
        break;
      }
    }
  }
  return seen ? chunked : null;
}
