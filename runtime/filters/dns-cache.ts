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

/** Whether an entry is the one for host:port (the same key, without making it). */
function isFor(e: Entry, host: string, port: number): boolean {
  return e.port === port && (e.name === host || e.name.toLowerCase() === host.toLowerCase());
}

export class DnsCache {
  /** The entries by key, made for a second entry. Until then `#only` holds the one entry there
   * is, without a key string or a Map: a handle of a connect loop caches one name (or IP
   * literal) and goes away. */
  #entries: Map<string, Entry> | null = null;
  #only: Entry | null = null;
  /** Whether a "*:PORT" wildcard entry exists (CURLOPT_RESOLVE), so lookups need a second try. */
  #wildcards = 0;
  /** When the oldest entry with an age was added (Infinity: none). */
  #oldest = Infinity;

  #empty(): boolean {
    return this.#only === null && (this.#entries === null || this.#entries.size === 0);
  }

  #entry(host: string, port: number): Entry | undefined {
    const only = this.#only;
    if (only !== null) return isFor(only, host, port) ? only : undefined;
    return this.#entries?.get(key(host, port));
  }

  #remove(e: Entry): void {
    if (this.#only === e) this.#only = null;
    else this.#entries?.delete(key(e.name, e.port));
  }

  get(host: string, port: number): Address[] | undefined {
    // a new handle's cache is empty: no key string to build
    return this.#empty() ? undefined : this.#entry(host, port)?.addresses;
  }

  /** The entry for host:port, falling back to a "*:PORT" wildcard entry (fetch_addr). One older
   * than `maxAgeMs` is removed and `onStale` told ("Hostname in DNS cache was stale, zapped"). */
  find(host: string, port: number, maxAgeMs = DNS_CACHE_TIMEOUT_MS, onStale?: () => void): DnsEntry | undefined {
    if (this.#empty()) return undefined;
    let e = this.#entry(host, port);
    if (e === undefined && this.#wildcards > 0) e = this.#entry('*', port);
    if (e !== undefined && stale(e, maxAgeMs, clock.now())) {
      onStale?.();
      this.#remove(e);
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
    const e: Entry = { name: host, port, addresses, added };
    let entries = this.#entries;
    if (entries === null) {
      const only = this.#only;
      if (only === null || isFor(only, host, port)) {
        this.#only = e;
        return;
      }
      entries = this.#entries = new Map([[key(only.name, only.port), only]]);
      this.#only = null;
    }
    entries.set(key(host, port), e);
  }

  /** Drops the entries older than `maxAgeMs` (-1: none), as each transfer's end does. */
  prune(maxAgeMs: number): void {
    if (maxAgeMs === -1 || this.#empty()) return;
    const now = clock.now();
    // nothing can be stale yet: no walk over the entries
    if (now - this.#oldest < maxAgeMs) return;
    this.#oldest = Infinity;
    const only = this.#only;
    if (only !== null) {
      if (stale(only, maxAgeMs, now)) this.#only = null;
      else if (only.added !== 0) this.#oldest = only.added;
      return;
    }
    for (const [k, e] of this.#entries!) {
      if (stale(e, maxAgeMs, now)) this.#entries!.delete(k);
      else if (e.added !== 0 && e.added < this.#oldest) this.#oldest = e.added;
    }
  }

  delete(host: string, port: number): void {
    const e = this.#entry(host, port);
    if (e !== undefined) this.#remove(e);
  }

  clear(): void {
    this.#only = null;
    this.#entries?.clear();
  }
}
