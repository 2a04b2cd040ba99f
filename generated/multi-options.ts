// generated from specs by manbind; do not edit

/**
 * CURLMOPT option names for multi setopt(): each key's value is its name without the `CURLMOPT_` prefix.
 *
 * @see specs (generated; do not edit)
 */
export const CURLMOPT = {
  /**
   * size of a multi handle's connection cache
   *
   * Set how many idle connections the multi handle keeps open for reuse by the
   * transfers added to it. When a finished transfer would leave more, the
   * connection idle for the longest time is closed. With 0 the cache grows with
   * the number of handles: it may hold four connections for each easy handle
   * added. Connect-only connections are not counted, since they are never offered
   * for reuse. The value may be changed while transfers run; it is applied the
   * next time a connection is returned to the cache.
   *
   * In manbind the call is multi.setopt(CURLMOPT.MAXCONNECTS, max).
   * CURLOPT_MAXCONNECTS(3) of the easy handles does not apply while they are in
   * the multi handle.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.16.3
   * @see {@link CURLMOPT.MAX_HOST_CONNECTIONS | CURLMOPT_MAX_HOST_CONNECTIONS}
   * @see CURLOPT_MAXCONNECTS
   * @see curl_multi_init
   * @see {@link https://curl.se/libcurl/c/CURLMOPT_MAXCONNECTS.html | CURLMOPT_MAXCONNECTS} from CURLMOPT_MAXCONNECTS.md (generated; do not edit)
   */
  MAXCONNECTS: 'MAXCONNECTS',
  /**
   * streams per HTTP/2 connection
   *
   * The most transfers the multi handle runs at once as streams of one HTTP/2
   * connection. The server's own SETTINGS_MAX_CONCURRENT_STREAMS caps it further;
   * a transfer beyond both opens another connection. The value is also what the
   * engine announces as its SETTINGS_MAX_CONCURRENT_STREAMS on connections it
   * makes afterwards. A value below 1 means the default.
   *
   * Default: 100
   *
   * Protocols: HTTP
   *
   * @since 7.67.0
   * @see {@link CURLMOPT.MAXCONNECTS | CURLMOPT_MAXCONNECTS}
   * @see {@link CURLMOPT.PIPELINING | CURLMOPT_PIPELINING}
   * @see {@link https://curl.se/libcurl/c/CURLMOPT_MAX_CONCURRENT_STREAMS.html | CURLMOPT_MAX_CONCURRENT_STREAMS} from CURLMOPT_MAX_CONCURRENT_STREAMS.md (generated; do not edit)
   */
  MAX_CONCURRENT_STREAMS: 'MAX_CONCURRENT_STREAMS',
  /**
   * limit on open connections per host
   *
   * Cap how many connections the multi handle keeps open at the same time to one
   * host, a host meaning a name and port pair (the proxy, when transfers go
   * through one). A transfer that would need one more waits in a queue until a
   * connection to that host is free or closed, and then proceeds. 0 means no
   * limit.
   *
   * Time spent waiting in the queue counts towards CURLOPT_TIMEOUT(3) of the
   * waiting transfer, so a short timeout can expire before the transfer even
   * starts. Lowering the value closes nothing; it only holds back new
   * connections. In manbind the call is
   * multi.setopt(CURLMOPT.MAX_HOST_CONNECTIONS, max).
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.30.0
   * @see {@link CURLMOPT.MAXCONNECTS | CURLMOPT_MAXCONNECTS}
   * @see CURLOPT_TIMEOUT
   * @see curl_multi_add_handle
   * @see {@link https://curl.se/libcurl/c/CURLMOPT_MAX_HOST_CONNECTIONS.html | CURLMOPT_MAX_HOST_CONNECTIONS} from CURLMOPT_MAX_HOST_CONNECTIONS.md (generated; do not edit)
   */
  MAX_HOST_CONNECTIONS: 'MAX_HOST_CONNECTIONS',
  /**
   * share HTTP/2 connections between transfers
   *
   * A bitmask. With the CURLPIPE_MULTIPLEX bit (2) set, transfers added to the
   * multi handle that go to the same origin with the same connection settings
   * run as streams of one HTTP/2 connection when that connection speaks HTTP/2,
   * as many at once as the server's SETTINGS_MAX_CONCURRENT_STREAMS and
   * CURLMOPT_MAX_CONCURRENT_STREAMS(3) allow; more open a connection of their
   * own. Transfers started at the same moment each open a connection unless they
   * set CURLOPT_PIPEWAIT(3). Without the bit (CURLPIPE_NOTHING, 0) every
   * transfer has a connection to itself while it runs; connections are still
   * kept and reused one transfer at a time. HTTP/1.1 pipelining (bit 1) is gone
   * from libcurl; the bit is ignored. In manbind the call is
   * multi.setopt(CURLMOPT.PIPELINING, 2).
   *
   * Default: 2 (CURLPIPE_MULTIPLEX)
   *
   * Protocols: HTTP
   *
   * @since 7.16.0
   * @see {@link CURLMOPT.MAXCONNECTS | CURLMOPT_MAXCONNECTS}
   * @see {@link CURLMOPT.MAX_CONCURRENT_STREAMS | CURLMOPT_MAX_CONCURRENT_STREAMS}
   * @see {@link CURLMOPT.MAX_HOST_CONNECTIONS | CURLMOPT_MAX_HOST_CONNECTIONS}
   * @see CURLOPT_PIPEWAIT
   * @see {@link https://curl.se/libcurl/c/CURLMOPT_PIPELINING.html | CURLMOPT_PIPELINING} from CURLMOPT_PIPELINING.md (generated; do not edit)
   */
  PIPELINING: 'PIPELINING',
} as const;

/**
 * The value setopt() takes for each documented CURLMOPT option, by name.
 *
 * @see specs (generated; do not edit)
 */
export interface MultiSetoptMap {
  /**
   * size of a multi handle's connection cache
   *
   * Set how many idle connections the multi handle keeps open for reuse by the
   * transfers added to it. When a finished transfer would leave more, the
   * connection idle for the longest time is closed. With 0 the cache grows with
   * the number of handles: it may hold four connections for each easy handle
   * added. Connect-only connections are not counted, since they are never offered
   * for reuse. The value may be changed while transfers run; it is applied the
   * next time a connection is returned to the cache.
   *
   * In manbind the call is multi.setopt(CURLMOPT.MAXCONNECTS, max).
   * CURLOPT_MAXCONNECTS(3) of the easy handles does not apply while they are in
   * the multi handle.
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.16.3
   * @see {@link CURLMOPT.MAX_HOST_CONNECTIONS | CURLMOPT_MAX_HOST_CONNECTIONS}
   * @see CURLOPT_MAXCONNECTS
   * @see curl_multi_init
   * @see {@link https://curl.se/libcurl/c/CURLMOPT_MAXCONNECTS.html | CURLMOPT_MAXCONNECTS} from CURLMOPT_MAXCONNECTS.md (generated; do not edit)
   */
  MAXCONNECTS: number;
  /**
   * streams per HTTP/2 connection
   *
   * The most transfers the multi handle runs at once as streams of one HTTP/2
   * connection. The server's own SETTINGS_MAX_CONCURRENT_STREAMS caps it further;
   * a transfer beyond both opens another connection. The value is also what the
   * engine announces as its SETTINGS_MAX_CONCURRENT_STREAMS on connections it
   * makes afterwards. A value below 1 means the default.
   *
   * Default: 100
   *
   * Protocols: HTTP
   *
   * @since 7.67.0
   * @see {@link CURLMOPT.MAXCONNECTS | CURLMOPT_MAXCONNECTS}
   * @see {@link CURLMOPT.PIPELINING | CURLMOPT_PIPELINING}
   * @see {@link https://curl.se/libcurl/c/CURLMOPT_MAX_CONCURRENT_STREAMS.html | CURLMOPT_MAX_CONCURRENT_STREAMS} from CURLMOPT_MAX_CONCURRENT_STREAMS.md (generated; do not edit)
   */
  MAX_CONCURRENT_STREAMS: number;
  /**
   * limit on open connections per host
   *
   * Cap how many connections the multi handle keeps open at the same time to one
   * host, a host meaning a name and port pair (the proxy, when transfers go
   * through one). A transfer that would need one more waits in a queue until a
   * connection to that host is free or closed, and then proceeds. 0 means no
   * limit.
   *
   * Time spent waiting in the queue counts towards CURLOPT_TIMEOUT(3) of the
   * waiting transfer, so a short timeout can expire before the transfer even
   * starts. Lowering the value closes nothing; it only holds back new
   * connections. In manbind the call is
   * multi.setopt(CURLMOPT.MAX_HOST_CONNECTIONS, max).
   *
   * Default: 0
   *
   * Protocols: All
   *
   * @since 7.30.0
   * @see {@link CURLMOPT.MAXCONNECTS | CURLMOPT_MAXCONNECTS}
   * @see CURLOPT_TIMEOUT
   * @see curl_multi_add_handle
   * @see {@link https://curl.se/libcurl/c/CURLMOPT_MAX_HOST_CONNECTIONS.html | CURLMOPT_MAX_HOST_CONNECTIONS} from CURLMOPT_MAX_HOST_CONNECTIONS.md (generated; do not edit)
   */
  MAX_HOST_CONNECTIONS: number;
  /**
   * share HTTP/2 connections between transfers
   *
   * A bitmask. With the CURLPIPE_MULTIPLEX bit (2) set, transfers added to the
   * multi handle that go to the same origin with the same connection settings
   * run as streams of one HTTP/2 connection when that connection speaks HTTP/2,
   * as many at once as the server's SETTINGS_MAX_CONCURRENT_STREAMS and
   * CURLMOPT_MAX_CONCURRENT_STREAMS(3) allow; more open a connection of their
   * own. Transfers started at the same moment each open a connection unless they
   * set CURLOPT_PIPEWAIT(3). Without the bit (CURLPIPE_NOTHING, 0) every
   * transfer has a connection to itself while it runs; connections are still
   * kept and reused one transfer at a time. HTTP/1.1 pipelining (bit 1) is gone
   * from libcurl; the bit is ignored. In manbind the call is
   * multi.setopt(CURLMOPT.PIPELINING, 2).
   *
   * Default: 2 (CURLPIPE_MULTIPLEX)
   *
   * Protocols: HTTP
   *
   * @since 7.16.0
   * @see {@link CURLMOPT.MAXCONNECTS | CURLMOPT_MAXCONNECTS}
   * @see {@link CURLMOPT.MAX_CONCURRENT_STREAMS | CURLMOPT_MAX_CONCURRENT_STREAMS}
   * @see {@link CURLMOPT.MAX_HOST_CONNECTIONS | CURLMOPT_MAX_HOST_CONNECTIONS}
   * @see CURLOPT_PIPEWAIT
   * @see {@link https://curl.se/libcurl/c/CURLMOPT_PIPELINING.html | CURLMOPT_PIPELINING} from CURLMOPT_PIPELINING.md (generated; do not edit)
   */
  PIPELINING: number;
}

/**
 * curl_multi_setopt() as a method; the runtime's Multi class merges this interface.
 *
 * @see specs (generated; do not edit)
 */
export interface MultiSetopt {
  /**
   * Set one option of the handle, as curl_multi_setopt does: `option` is a CURLMOPT name,
   * and `value` must have that option's type in {@link MultiSetoptMap}. Returns a CURLMcode (0 when the option was set).
   *
   * @see specs (generated; do not edit)
   */
  setopt<K extends keyof MultiSetoptMap>(option: K, value: MultiSetoptMap[K]): number;
}
