// The connection cache (libcurl's connection pool, lib/conncache.c and lib/url.c
// url_attach_existing): one per multi handle (easy.perform has its own private multi). Ordinary
// transfers leave a kept-alive connection here when they are done and take one back when the
// scheme, host, port, proxy (with its credentials) and TLS settings match and the connection is
// still healthy. Connect-only connections never enter it (H1): they are only counted for their
// numbers, which increase per cache as libcurl's connection ids do.
//
// Health: while a connection idles, the cache listens on its top stream. Any byte or EOF from the
// peer makes it unusable (an HTTP/1 server has nothing to say between requests; libcurl's
// Curl_conn_is_alive sees the same as "readable"), and it is closed the next time the cache is
// looked at.
import type { Duplex } from 'node:stream';
import type { Connection } from './connection.js';

interface Idle {
  conn: Connection;
  key: string;
  dead: boolean;
  unwatch: () => void;
  /** When it went idle (conn->lastused), performance.now() ms. */
  since: number;
}

/** CURLOPT_MAXAGE_CONN and CURLOPT_MAXLIFETIME_CONN in milliseconds (0: no limit). */
export interface ReuseLimits {
  maxIdleMs: number;
  maxAgeMs: number;
}

/** What the cache needs to print and close with (the transfer's tracer). */
export interface CacheTrace {
  infof(text: string): void;
}

export class ConnCache {
  #nextId = 0;
  /** Idle connections, the one idle longest first. */
  readonly #idle: Idle[] = [];

  /** The next connection number of this cache. */
  nextId(): number {
    return this.#nextId++;
  }

  get idleCount(): number {
    return this.#idle.length;
  }

  /**
   * A healthy idle connection for `key`, taken out of the cache (null when none). Dead ones met
   * on the way are closed.
   */
  take(key: string, trace: CacheTrace, limits?: ReuseLimits): Connection | null {
    this.prune(trace);
    for (let i = 0; i < this.#idle.length; i++) {
      const e = this.#idle[i]!;
      if (e.key !== key) continue;
      this.#idle.splice(i, 1);
      e.unwatch();
      if (limits !== undefined && tooOld(e, limits, trace)) {
        // lib/url.c url_match_conn: the health check failed
        trace.infof(`Connection ${e.conn.id} seems to be dead, terminating`);
        trace.infof(`closing connection #${e.conn.id}`);
        e.conn.close();
        i--;
        continue;
      }
      return e.conn;
    }
    return null;
  }

  /** Closes the idle connections that died while idle. */
  prune(trace: CacheTrace): void {
    for (let i = this.#idle.length - 1; i >= 0; i--) {
      const e = this.#idle[i]!;
      if (!e.dead && !e.conn.closed) continue;
      this.#idle.splice(i, 1);
      e.unwatch();
      if (!e.conn.closed) {
        trace.infof(`Connection ${e.conn.id} seems to be dead`);
        trace.infof(`closing connection #${e.conn.id}`);
        e.conn.close();
      }
    }
  }

  /**
   * Puts a connection that may carry another request into the cache; when more than
   * `maxConnects` would be idle, the one idle longest is closed (lib/conncache.c
   * Curl_cpool_conn_now_idle). Returns false when `conn` itself was the one closed.
   */
  put(conn: Connection, key: string, maxConnects: number, trace: CacheTrace): boolean {
    const entry: Idle = { conn, key, dead: false, unwatch: () => {}, since: performance.now() };
    entry.unwatch = watchIdle(conn.stream, () => {
      entry.dead = true;
    });
    this.#idle.push(entry);
    this.prune(trace);
    let kept = true;
    while (maxConnects > 0 && this.#idle.length > maxConnects) {
      const oldest = this.#idle.shift()!;
      trace.infof(`Connection pool is full, closing the oldest of ${this.#idle.length + 1}/${maxConnects}`);
      oldest.unwatch();
      trace.infof(`closing connection #${oldest.conn.id}`);
      oldest.conn.close();
      if (oldest.conn === conn) kept = false;
    }
    return kept;
  }

  /** Closes every idle connection (multi cleanup, easy cleanup). */
  closeAll(trace: CacheTrace): void {
    const all = this.#idle.splice(0);
    for (const e of all) {
      e.unwatch();
      if (e.conn.closed) continue;
      trace.infof(`closing connection #${e.conn.id}`);
      e.conn.close();
    }
  }
}

/** lib/conncache.c cpool_conn_maxage: idle too long, or made too long ago. */
function tooOld(e: Idle, limits: ReuseLimits, trace: CacheTrace): boolean {
  const now = performance.now();
  const idle = Math.floor(now - e.since);
  if (limits.maxIdleMs > 0 && idle > limits.maxIdleMs) {
    trace.infof(`Too old connection (${idle} ms idle, max idle is ${limits.maxIdleMs} ms), disconnect it`);
    return true;
  }
  const age = Math.floor(now - e.conn.createdAt);
  if (limits.maxAgeMs > 0 && age > limits.maxAgeMs) {
    trace.infof(`Too old connection (created ${age} ms ago, max lifetime is ${limits.maxAgeMs} ms), disconnect it`);
    return true;
  }
  return false;
}

/** Marks the connection dead when the peer sends anything or closes while it idles. The bytes
 *  are not read: a dead connection is closed anyway. */
function watchIdle(stream: Duplex, dead: () => void): () => void {
  if (stream.destroyed || stream.readableEnded || stream.readableLength > 0) {
    dead();
    return () => {};
  }
  const onReadable = (): void => dead();
  stream.on('readable', onReadable);
  stream.on('end', onReadable);
  stream.on('close', onReadable);
  stream.on('error', onReadable);
  return () => {
    stream.off('readable', onReadable);
    stream.off('end', onReadable);
    stream.off('close', onReadable);
    stream.off('error', onReadable);
  };
}
