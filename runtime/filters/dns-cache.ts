// The handle's DNS cache (lib/vdns/dnscache.c): name:port to addresses, CURLOPT_RESOLVE entries
// without expiry. It lives as long as the handle (libcurl keeps it in the easy handle's internal
// multi), so a second perform finds the name "in DNS cache". An entry's age is held against
// CURLOPT_DNS_CACHE_TIMEOUT as it is when asked: a look-up zaps a stale entry (fetch_addr), and
// the end of every transfer prunes them silently (lib/multi.c multi_done, Curl_dnscache_prune).

/** The global `performance` is a lazy getter in Node 20: read it once. */
const clock = performance;

export interface Address {
  address: string;
  family: 4 | 6;
}

/** One cache entry: the name and port as they were added (a CURLOPT_RESOLVE entry's own
 * spelling, "*" for a wildcard) and the addresses. */
export interface DnsEntry {
  name: string;
  port: number;
  addresses: Address[];
}

interface Entry extends DnsEntry {
  /** clock.now() when added; 0 for permanent CURLOPT_RESOLVE entries (libcurl's zero
   * timestamp). */
  added: number;
}

/** How long an entry lives (CURLOPT_DNS_CACHE_TIMEOUT default), in milliseconds. */
export const DNS_CACHE_TIMEOUT_MS = 60_000;

/** lib/vdns/dnscache.c dnscache_entry_is_stale; maxAgeMs -1 keeps entries forever. */
function stale(e: Entry, maxAgeMs: number, now: number): boolean {
  return maxAgeMs !== -1 && e.added !== 0 && now - e.added >= maxAgeMs;
}

function key(host: string, port: number): string {
  return `${host.toLowerCase()}:${port}`;
}

export class DnsCache {
  readonly #entries = new Map<string, Entry>();
  /** Whether a "*:PORT" wildcard entry exists (CURLOPT_RESOLVE), so lookups need a second try. */
  #wildcards = 0;
  /** When the oldest entry with an age was added (Infinity: none). */
  #oldest = Infinity;

  get(host: string, port: number): Address[] | undefined {
    return this.#entries.size === 0 ? undefined : this.#entries.get(key(host, port))?.addresses;
  }

  /** The entry for host:port, falling back to a "*:PORT" wildcard entry (fetch_addr). One older
   * than `maxAgeMs` is removed and `onStale` told ("Hostname in DNS cache was stale, zapped"). */
  find(host: string, port: number, maxAgeMs = DNS_CACHE_TIMEOUT_MS, onStale?: () => void): DnsEntry | undefined {
    // a new handle's cache is empty: no key string to build
    if (this.#entries.size === 0) return undefined;
    let k = key(host, port);
    let e = this.#entries.get(k);
    if (e === undefined && this.#wildcards > 0) {
      k = key('*', port);
      e = this.#entries.get(k);
    }
    if (e !== undefined && stale(e, maxAgeMs, clock.now())) {
      onStale?.();
      this.#entries.delete(k);
      return undefined;
    }
    return e;
  }

  has(host: string, port: number): boolean {
    return this.get(host, port) !== undefined;
  }

  add(host: string, port: number, addresses: Address[], permanent = false): void {
    if (host === '*') this.#wildcards++;
    const added = permanent ? 0 : clock.now();
    if (added !== 0 && added < this.#oldest) this.#oldest = added;
    this.#entries.set(key(host, port), { name: host, port, addresses, added });
  }

  /** Drops the entries older than `maxAgeMs` (-1: none), as each transfer's end does. */
  prune(maxAgeMs: number): void {
    if (this.#entries.size === 0 || maxAgeMs === -1) return;
    const now = clock.now();
    // nothing can be stale yet: no walk over the entries
    if (now - this.#oldest < maxAgeMs) return;
    this.#oldest = Infinity;
    for (const [k, e] of this.#entries) {
      if (stale(e, maxAgeMs, now)) this.#entries.delete(k);
      else if (e.added !== 0 && e.added < this.#oldest) this.#oldest = e.added;
    }
  }

  delete(host: string, port: number): void {
    this.#entries.delete(key(host, port));
  }

  clear(): void {
    this.#entries.clear();
  }
}
