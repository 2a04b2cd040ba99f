// Types that generated bindings import from the runtime. Kept tiny and dependency-free so that
// bindings generated from a user's own docs (`import type ... from 'manbind/types'`) resolve.
import type { Duplex } from 'node:stream';
import type { TLSSocket } from 'node:tls';

/**
 * curl_socket_t in TypeScript: the live stream the engine talks through (a net.Socket, a
 * tls.TLSSocket or any Duplex an open-socket callback handed in), a file descriptor number an
 * open-socket callback returned, or CURL_SOCKET_BAD (-1).
 */
export type CurlSocket = Duplex | number;

/** CURL_SOCKET_BAD: "no socket" (POSIX value). */
export const CURL_SOCKET_BAD = -1;

/** curl_mime * as CURLOPT_MIMEPOST takes it: a Mime from curl_mime_init (`new Mime(easy)`). */
export interface CurlMime {
  addPart(): unknown;
  free(): void;
}

/** A handle-owned object passed back to callbacks unchanged (C `void *`). */
export type CurlData = unknown;

/**
 * The TypeScript shape of CURLOPT_ERRORBUFFER: an object whose `text` the engine sets to the
 * first failure text since the last reset (it is cleared at the start of each perform).
 */
export interface ErrorBuffer {
  text: string;
}

/** Where CURLOPT_STDERR output goes: anything with a write(string) method (process.stderr). */
export interface TextSink {
  write(chunk: string): unknown;
}

/**
 * struct curl_tlssessioninfo (CURLINFO_TLS_SSL_PTR): CURLSSLBACKEND_OPENSSL (1), the library
 * behind Node's TLS, and the connection's TLS socket in place of OpenSSL's SSL pointer; null when
 * the handle has no connection.
 */
export interface TlsSessionInfo {
  backend: number;
  internals: TLSSocket | null;
}

/**
 * struct curl_certinfo (CURLINFO_CERTINFO): the number of certificates of the peer's chain and,
 * for each, its curl_slist as an array of "Label:value" strings ("Subject:CN = example.com").
 */
export interface CertInfo {
  num_of_certs: number;
  certinfo: string[][];
}
