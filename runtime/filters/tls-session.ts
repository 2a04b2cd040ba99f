// TLS session reuse (CURLOPT_SSL_SESSIONID_CACHE, on by default) after libcurl 8.22's session
// cache (lib/vtls/vtls_scache.c) and its OpenSSL use (lib/vtls/openssl.c ossl_apply_session): a
// session the server handed out on one connection is offered on the next connection to the same
// peer with the same TLS settings. A session from a connection whose peer was not verified is not
// offered where verification is on. libcurl keeps the cache per multi handle (easy.perform's own
// multi for an easy handle); manbind keeps one per easy handle.
//
// Also SSLKEYLOGFILE (lib/vtls/keylog.c): when the environment variable names a file, the TLS
// secrets of every connection are appended to it in the NSS key log format, for Wireshark.
import { closeSync, openSync, writeSync } from 'node:fs';
import type { PeerCertificate, TLSSocket } from 'node:tls';

export interface CachedSession {
  session: Buffer;
  /** The peer certificate of the connection it came from: Node shows none on a resumed
   * connection, where OpenSSL (and so libcurl) still has it in the session. */
  cert: PeerCertificate;
  alpn: string | null;
  /** The X.509 verification result of the connection it came from (0: verified). */
  verifyResult: number;
}

/** libcurl's default: 25 peers (Curl_ssl_scache_create in lib/multi.c). */
const MAX_PEERS = 25;

export class SessionCache {
  readonly #peers = new Map<string, CachedSession>();
  /** What the handle's X509 store was last made from (tls-certs.ts X509StoreMemo). */
  x509Store: { caInfo: string | null; at: number } | null = null;

  get(key: string): CachedSession | undefined {
    return this.#peers.get(key);
  }

  put(key: string, s: CachedSession): void {
    this.#peers.delete(key);
    this.#peers.set(key, s);
    if (this.#peers.size > MAX_PEERS) this.#peers.delete(this.#peers.keys().next().value!);
  }

  /** Curl_ssl_scache_remove_all: after a failed check of the peer. */
  remove(key: string): void {
    this.#peers.delete(key);
  }
}

const caches = new WeakMap<object, SessionCache>();

/** The session cache that lives as long as `owner` (the handle's own per-handle state). */
export function sessionCacheFor(owner: object): SessionCache {
  let c = caches.get(owner);
  if (c === undefined) {
    c = new SessionCache();
    caches.set(owner, c);
  }
  return c;
}

// --- SSLKEYLOGFILE ---------------------------------------------------------------------------

let keylogPath: string | null = null;
let keylogFd = -1;

/** Starts writing the socket's secrets when SSLKEYLOGFILE is set (read at each handshake; libcurl
 * reads it once, at curl_global_init). The file's name when it is written, else null. */
export function watchKeylog(socket: TLSSocket): string | null {
  const path = process.env['SSLKEYLOGFILE'];
  if (path === undefined || path === '') return null;
  if (path !== keylogPath) {
    if (keylogFd >= 0) closeSync(keylogFd);
    keylogFd = -1;
    keylogPath = path;
    try {
      keylogFd = openSync(path, 'a');
    } catch {
      // libcurl goes on without a key log when the file cannot be opened
      return null;
    }
  }
  if (keylogFd < 0) return null;
  const fd = keylogFd;
  socket.on('keylog', (line: Buffer) => {
    try {
      writeSync(fd, line);
    } catch {
      // a full disk does not fail the transfer
    }
  });
  return path;
}
