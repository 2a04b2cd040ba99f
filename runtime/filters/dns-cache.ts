// The handle's DNS cache (lib/dnscache.c): name:port to addresses, 60 seconds per entry
// (CURLOPT_DNS_CACHE_TIMEOUT's default), CURLOPT_RESOLVE entries without expiry. It lives as long
// as the handle (libcurl keeps it in the easy handle's internal multi), so a second perform finds
// the name "in DNS cache".

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
  /** clock.now() deadline; Infinity for permanent CURLOPT_RESOLVE entries. */
  expires: number;
}

/** Seconds an entry lives (CURLOPT_DNS_CACHE_TIMEOUT default). */
export const DNS_CACHE_TIMEOUT_MS = 60_000;

function key(host: string, port: number): string {
  return `${host.toLowerCase()}:${port}`;
}

export class DnsCache {
  readonly #entries = new Map<string, Entry>();
  /** Whether a "*:PORT" wildcard entry exists (CURLOPT_RESOLVE), so lookups need a second try. */
  #wildcards = 0;

  get(host: string, port: number): Address[] | undefined {
    return this.#entry(host, port)?.addresses;
  }

  #entry(host: string, port: number): DnsEntry | undefined {
    // a new handle's cache is empty: no key string to build
    if (this.#entries.size === 0) return undefined;
    const k = key(host, port);
    const e = this.#entries.get(k);
    if (e === undefined) return undefined;
    if (e.expires <= clock.now()) {
      this.#entries.delete(k);
      return undefined;
    }
    return e;
  }

  /** The entry for host:port, falling back to a "*:PORT" wildcard entry. */
  find(host: string, port: number): DnsEntry | undefined {
    return this.#entry(host, port) ?? (this.#wildcards > 0 ? this.#entry('*', port) : undefined);
  }

  has(host: string, port: number): boolean {
    return this.get(host, port) !== undefined;
  }

  add(host: string, port: number, addresses: Address[], permanent = false): void {
    const expires = permanent ? Infinity : clock.now() + DNS_CACHE_TIMEOUT_MS;
    if (host === '*') this.#wildcards++;
    this.#entries.set(key(host, port), { name: host, port, addresses, expires });
  }

  delete(host: string, port: number): void {
    this.#entries.delete(key(host, port));
  }

  clear(): void {
    this.#entries.clear();
  }
}
