// The two doc trees: libcurl's own, and a fork that renamed curl to fetch everywhere. The flavour
// comes from the `Source:` header; it decides the symbol prefixes and how a name is reduced to
// the base name the runtime is keyed by.
import type { DocKind, Flavour, Prefixes } from '../model.js';

export const PREFIXES: Record<Flavour, Prefixes> = {
  libcurl: { option: 'CURLOPT_', info: 'CURLINFO_', error: 'CURLE_', multiOption: 'CURLMOPT_', func: 'curl_' },
  libfetch: { option: 'FETCHOPT_', info: 'FETCHINFO_', error: 'FETCHE_', multiOption: 'FETCHMOPT_', func: 'fetch_' },
};

export const FLAVOURS: readonly Flavour[] = ['libcurl', 'libfetch'];

/** What the product is called in generated text ("Added in curl 7.15.2"). */
export const PRODUCT: Record<Flavour, string> = { libcurl: 'curl', libfetch: 'fetch' };

export function isFlavour(s: string): s is Flavour {
  return s === 'libcurl' || s === 'libfetch';
}

/** Guess the flavour from a symbol name, for docs whose `Source:` is missing or wrong. */
export function flavourOfName(name: string): Flavour {
  return /^(FETCH|fetch|libfetch)/.test(name) ? 'libfetch' : 'libcurl';
}

/**
 * Kind and base name of a doc from its name: CURLOPT_X is an option, CURLINFO_X an info,
 * CURLMOPT_X a multi option, curl_x a function; the rest (libcurl-errors, CURLSHOPT_X, ...) other.
 */
export function classifyName(name: string, flavour: Flavour): { kind: DocKind; baseName: string } {
  const p = PREFIXES[flavour];
  if (name.startsWith(p.option) && name.length > p.option.length) return { kind: 'option', baseName: name.slice(p.option.length) };
  if (name.startsWith(p.info) && name.length > p.info.length) return { kind: 'info', baseName: name.slice(p.info.length) };
  if (name.startsWith(p.multiOption) && name.length > p.multiOption.length) {
    return { kind: 'multi-option', baseName: name.slice(p.multiOption.length) };
  }
  if (name.startsWith(p.func) && /^[a-z0-9_]+$/.test(name)) return { kind: 'function', baseName: name.slice(p.func.length) };
  return { kind: 'other', baseName: name };
}

/**
 * A C identifier in libcurl's spelling, so that one table of known types serves both trees:
 * fetch_socket_t -> curl_socket_t, FETCHSH -> CURLSH, fetchsocktype -> curlsocktype.
 */
export function canonicalName(name: string, flavour: Flavour): string {
  if (flavour === 'libcurl') return name;
  if (name.startsWith('FETCH')) return 'CURL' + name.slice(5);
  if (name.startsWith('fetch')) return 'curl' + name.slice(5);
  return name;
}
