// The connection cache (libcurl's connection pool, lib/conncache.c and lib/url.c
// url_attach_existing): one per multi handle (easy.perform has its own private multi). Ordinary
// transfers leave a kept-alive connection here when they are done and take one back when the
// scheme, host, port, proxy (with its credentials) and TLS settings match and the connection is
// still healthy. Connect-only connections never enter it (H1): they are only counted for their
// numbers, which increase per cache as libcurl's connection ids do.
//
// Multiplexing (lib/url.c url_match_multiplex_needs/_limits): a connection carrying transfers is
// held here too, with the number of transfers on it; one that multiplexes (HTTP/2) takes another
// transfer for the same key while its streams are below the session's limit. It goes idle when
// its last transfer is done. A transfer with PIPEWAIT waits for a connection to its key that is
// still being made, to see whether it multiplexes (lib/url.c "Server upgrade does not support
// multiplex yet, wait").
//
// Health: while a connection idles, the cache listens on its top stream. Any byte or EOF from the
// peer makes it unusable (an HTTP/1 server has nothing to say between requests; libcurl's
// Curl_conn_is_alive sees the same as "readable"). As in libcurl 8.22 (lib/conncache.c
// Curl_cpool_conn_seems_healthy), that is only looked at for a connection last checked a second
// ago or more: one that went idle less than a second ago is taken as it is, and when it died the
// request finds out and goes again on a new connection ("Connection died, retrying a fresh
// connect"). Dead ones are pruned at most once a second, without a line: libcurl closes them
// through its pool's internal handle, whose verbose output nobody sees.
import type { Duplex } from 'node:stream';
import type { Connection } from './connection.js';

interface Idle {
  conn: Connection;
  key: string;
  dead: boolean;
  unwatch: () => void;
  /** When it went idle (conn->lastused), performance.now() ms. */
  since: number;
  /** When its health was last looked at (conn->lastchecked): when it went idle, or a prune. */
  checked: number;
  /** When curl_easy_upkeep last sent its keep-alive (conn->lastupkeep). */
  upkept: number;
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

/** A connection carrying transfers now. */
interface Held {
  conn: Connection;
  key: string;
  users: number;
}

export class ConnCache {
  /** CURLMOPT_PIPELINING's CURLPIPE_MULTIPLEX: transfers may share a connection. */
  multiplex = true;
  /** CURLMOPT_MAX_CONCURRENT_STREAMS (lib/multi.c: 100 unless set). */
  maxStreams = 100;
  #nextId = 0;
  readonly #held: Held[] = [];
  /** Keys with a connection being made, and when it is known whether it multiplexes (made at the
   * first: easy.perform's own cache of a connect loop never needs it). */
  #making: Map<string, Promise<void>> | null = null;
  /** Idle connections, the one idle longest first. */
  readonly #idle: Idle[] = [];
  /** When the dead ones were last pruned (cpool->last_cleanup). */
  #pruned = -Infinity;

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
  take(key: string, trace: CacheTrace, limits?: ReuseLimits, h1Only = false): Connection | null {
    const now = performance.now();
    this.prune(now);
    for (let i = 0; i < this.#idle.length; i++) {
      const e = this.#idle[i]!;
      // lib/url.c url_match_http_version: a transfer that allows HTTP/1.x alone takes no HTTP/2
      if (e.key !== key || (h1Only && e.conn.mux !== null)) continue;
      this.#idle.splice(i, 1);
      e.unwatch();
      if (e.conn.closed) {
        i--;
        continue;
      }
      // lib/url.c url_match_conn: the age limits, then the health of one not checked for a
      // second (an HTTP/2 session that got GOAWAY is never taken)
      if ((limits !== undefined && tooOld(e, limits, trace)) || (e.dead && (e.conn.mux !== null || now - e.checked >= 1000))) {
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

  /** A multiplexing connection for `key` that carries transfers and takes one more (null: none);
   * the caller is counted on it. */
  join(key: string): Connection | null {
    for (const e of this.#held) {
      const mux = e.conn.mux;
      if (e.key !== key || e.conn.closed || mux === null || mux.draining || e.users >= mux.limit) continue;
      e.users++;
      return e.conn;
    }
    return null;
  }

  /** `conn` (new, or taken from the idle list) carries a transfer now. */
  hold(conn: Connection, key: string): void {
    this.#held.push({ conn, key, users: 1 });
  }

  /** A transfer on `conn` is done; true when it was the last one (the caller then keeps the
   * connection idle or closes it). */
  release(conn: Connection): boolean {
    const i = this.#held.findIndex((e) => e.conn === conn);
    if (i < 0) return true;
    const e = this.#held[i]!;
    if (--e.users > 0) return false;
    this.#held.splice(i, 1);
    return true;
  }

  /** Told when a new connection turns out to multiplex (a Multi then starts the transfers its
   * host limit held back: lib/multi.c "new connection, can multiplex, wake pending handles"). */
  onMultiplex: (() => void) | null = null;

  /** A connection to `key` is being made: `known` settles once it is known whether it
   * multiplexes. */
  making(key: string, known: Promise<void>): void {
    const making = (this.#making ??= new Map());
    making.set(key, known);
    void known.finally(() => {
      if (making.get(key) === known) making.delete(key);
    });
  }

  /** PIPEWAIT: what settles once the connection being made to `key` says whether it
   * multiplexes; undefined when none is being made (the caller goes on at once). */
  pipewait(key: string): Promise<void> | undefined {
    return this.#making?.get(key);
  }

  /** lib/conncache.c Curl_cpool_prune_dead: at most once a second, the idle connections checked
   * a second ago or more that died while idle are closed, silently (see the top). */
  prune(now: number): void {
    if (now - this.#pruned < 1000) return;
    this.#pruned = now;
    for (let i = this.#idle.length - 1; i >= 0; i--) {
      const e = this.#idle[i]!;
      if (!e.conn.closed && now - e.checked < 1000) continue;
      if (!e.dead && !e.conn.closed) {
        e.checked = now;
        continue;
      }
      this.#idle.splice(i, 1);
      e.unwatch();
      if (!e.conn.closed) e.conn.close();
    }
  }

  /**
   * Puts a connection that may carry another request into the cache; when more than
   * `maxConnects` would be idle, the one idle longest is closed (lib/conncache.c
   * Curl_cpool_conn_now_idle). Returns false when `conn` itself was the one closed.
   */
  put(conn: Connection, key: string, maxConnects: number, trace: CacheTrace): boolean {
    const now = performance.now();
    const entry: Idle = { conn, key, dead: false, unwatch: () => {}, since: now, checked: now, upkept: now };
    const dead = (): void => {
      entry.dead = true;
    };
    // an HTTP/2 session reads its stream itself (PING, SETTINGS): it is dead once it drains
    entry.unwatch = conn.mux !== null ? conn.mux.watch(dead) : watchIdle(conn.stream, dead);
    this.#idle.push(entry);
    let kept = true;
    while (maxConnects > 0 && this.#idle.length > maxConnects) {
      const oldest = this.#idle.shift()!;
      trace.infof(`Connection pool is full, closing the oldest of ${this.#idle.length + 1}/${maxConnects}`);
      oldest.unwatch();
      // (cpool_evict_conn closes it through the pool's admin handle, whose lines nobody sees)
      oldest.conn.close();
      if (oldest.conn === conn) kept = false;
    }
    return kept;
  }

  /** curl_easy_upkeep (lib/conncache.c conn_upkeep): each idle connection whose protocol has a
   * keep-alive (HTTP/2 PING) sends it once `intervalMs` passed since it went idle or last did. */
  upkeep(intervalMs: number): void {
    const now = performance.now();
    for (const e of this.#idle) {
      if (e.conn.mux === null || e.dead || now - e.upkept < intervalMs) continue;
      e.upkept = now;
      e.conn.mux.ping();
    }
  }

  /** Closes every idle connection (multi cleanup, easy cleanup). */
  closeAll(trace: CacheTrace): void {
    if (this.#idle.length === 0) return;
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
