// Which request body is read as it is sent (lib/http.c set_reader, http_req_set_TE): a PUT reads
// INFILESIZE bytes, a POST without POSTFIELDS reads POSTFIELDSIZE bytes, from the read callback
// or READDATA (http/upload.ts); -1 is an unknown length, sent chunked on HTTP/1.1.
import { CURLE } from '../base/codes.js';
import { CurlError } from '../base/error.js';
import type { EasyOptions } from '../base/options.js';
import type { TransferContext } from '../base/context.js';
import { findHeader, headerValue } from './headers.js';
import { isMimePost, mimeRequestBody } from './mime-body.js';

/** A body read other than through READFUNCTION or READDATA (the mime body, http/mime-body.ts):
 * rewound before a request reads it, then pieces (empty at the end, null when paused). */
export interface BodyPull {
  rewind(ctx: TransferContext): void;
  pull(ctx: TransferContext, max: number): Uint8Array | null;
}

export interface UploadPlan {
  /** Body bytes to read, -1 unknown; 0 sends no body (libcurl's null reader). */
  length: number;
  /** The body goes chunk-encoded (req.upload_chunky). */
  chunked: boolean;
  /** Bytes read and dropped first (RESUME_FROM, Curl_creader_resume_from). */
  skip: number;
  /** The body's reader when it is not the read callback (a MIMEPOST), and the head lines it
   * adds after Content-Length (the mime Content-Type). */
  body?: BodyPull;
  headers?: readonly string[];
}

function customChunked(opts: Readonly<EasyOptions>): boolean | null {
  const te = findHeader(opts.httpHeaders, 'Transfer-Encoding');
  if (te === undefined) return null;
  return headerValue(te).split(',').some((t) => t.trim().toLowerCase() === 'chunked');
}

/**
 * The plan for `httpReq`, or null when the body is POSTFIELDS or there is none. An auth probe
 * (req.authneg) reads nothing. Throws 25 "Chunky upload is not supported by HTTP 1.0" for an
 * unknown length on HTTP/1.0.
 */
export function readerPlan(opts: Readonly<EasyOptions>, httpReq: string, authNeg: boolean, http10: boolean): UploadPlan | null {
  let length: number;
  const custom = customChunked(opts);
  if (httpReq === 'PUT') length = opts.inFileSize;
  else if (httpReq === 'POST' && isMimePost(opts)) {
    // set_reader: an auth probe reads nothing and sends no mime headers
    if (authNeg) return { length: 0, chunked: false, skip: 0 };
    const { body, headers } = mimeRequestBody(opts);
    if (body.total < 0 && custom === null && http10) {
      throw new CurlError(CURLE.UPLOAD_FAILED, 'Chunky upload is not supported by HTTP 1.0');
    }
    return { length: body.total, chunked: false, skip: 0, body, headers };
  }
  // a POST reads from the callback when it has no POSTFIELDS; a forced "chunked" disregards
  // POSTFIELDSIZE (lib/http.c, issue #13229). Without a callback or READDATA manbind sends an
  // empty body rather than read stdin.
  else if (httpReq === 'POST' && opts.postFields === null && (opts.readFunction !== null || opts.readData !== null)) {
    length = custom === true ? -1 : opts.postFieldSize;
  } else return null;
  if (authNeg) length = 0;
  if (length < 0 && custom === null && http10) {
    throw new CurlError(CURLE.UPLOAD_FAILED, 'Chunky upload is not supported by HTTP 1.0');
  }
  return { length, chunked: false, skip: 0 };
}
