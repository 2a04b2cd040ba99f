// One error type inside the engine: the CURLcode, the failure text (libcurl's failf() text) and
// the cause. It never crosses the public API: Easy and Multi turn it into a CURLcode.
import { CURLE, strerror } from './codes.js';

export class CurlError extends Error {
  readonly code: number;
  constructor(code: number, text?: string, options?: { cause?: unknown }) {
    super(text ?? strerror(code), options);
    this.code = code;
    this.name = 'CurlError';
  }
}

/** A failure libcurl returns without a failf() text (a SASL login refused, a 421 from an FTP
 * server, a bad login option): no verbose line, and ERRORBUFFER stays as it was. */
export class SilentError extends CurlError {
  constructor(code: number) {
    super(code);
    this.name = 'SilentError';
  }
}

/** An HTTP/2 stream the server reset with HTTP_1_1_REQUIRED, its text already reported: the
 * transfer goes again on HTTP/1.1 (lib/multi.c Curl_h2_http_1_1_error, "Downgrades to
 * HTTP/1.1"). */
export class Http11Required extends SilentError {
  constructor() {
    super(CURLE.HTTP2_STREAM);
    this.name = 'Http11Required';
  }
}

/** Wraps anything thrown inside the engine into a CurlError, keeping CurlErrors as they are. */
export function toCurlError(err: unknown, fallbackCode: number): CurlError {
  if (err instanceof CurlError) return err;
  const text = err instanceof Error ? err.message : String(err);
  return new CurlError(fallbackCode, text, { cause: err });
}

/**
 * A connection that carried a request before died before answering anything (EOF or a reset
 * before the first response byte). libcurl retries such a request once on a fresh connection
 * ("Connection died, retrying a fresh connect", lib/transfer.c Curl_retry_request); the engine
 * does the same. Not reported with failf: the retry usually succeeds.
 */
export class ConnectionDied extends CurlError {
  /** An HTTP/2 stream the server refused (REFUSED_STREAM, or past its GOAWAY): retried also on
   * a new connection (lib/transfer.c Curl_retry_request, state.refused_stream). */
  readonly refused: boolean;
  constructor(code: number, text: string, refused = false) {
    super(code, text);
    this.refused = refused;
    this.name = 'ConnectionDied';
  }
}
