// curl's docs/libcurl/symbols-in-versions: every public symbol with the version that introduced
// it (and deprecated it, and last had it), one a line after a prose header:
//
//   Name                           Introduced  Deprecated  Last
//   CURLOPT_FOLLOWLOCATION          7.1
//   CURLOPT_EGDSOCKET               7.7           7.84.0
//
// Docs older than the `Added-in:` header (curl 8.7 and before) take their versions from here.

export interface SymbolVersions {
  introduced: string;
  /** Absent when the column is empty or `-`. */
  deprecated?: string;
  /** The last version that had the symbol: it is gone from later ones. */
  last?: string;
}

const versionPattern = /^[0-9]+(\.[0-9]+)*$/;

/**
 * The file's symbols by name; lines that are not `NAME VERSION ...` (the prose header) are
 * skipped. A lone third value is told apart by where it stands, as the header lines the columns
 * up: `CURLAUTH_NTLM_WB  7.22.0  <blank>  8.8.0` was removed in 8.8.0, not deprecated.
 */
export function readSymbolsInVersions(text: string): Map<string, SymbolVersions> {
  const lines = text.split(/\r?\n/);
  const header = lines.find((l) => /^\s*Name\s+Introduced\s+Deprecated\s+Last\b/.test(l));
  // Values are written a little right of their heading (a renamed tree shifts them further), so
  // a lone third value belongs to the heading it is nearer to.
  const boundary = header === undefined ? Infinity : (header.indexOf('Deprecated') + header.indexOf('Last')) / 2;
  const symbols = new Map<string, SymbolVersions>();
  for (const line of lines) {
    const [name, introduced, third, fourth] = [...line.matchAll(/\S+/g)];
    if (name === undefined || introduced === undefined || name.index !== 0) continue;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name[0]) || !versionPattern.test(introduced[0])) continue;
    const entry: SymbolVersions = { introduced: introduced[0] };
    if (third !== undefined && fourth === undefined) {
      setVersion(entry, third.index! < boundary ? 'deprecated' : 'last', third[0]);
    } else if (third !== undefined && fourth !== undefined) {
      setVersion(entry, 'deprecated', third[0]);
      setVersion(entry, 'last', fourth[0]);
    }
    symbols.set(name[0], entry);
  }
  return symbols;
}

function setVersion(entry: SymbolVersions, key: 'deprecated' | 'last', value: string): void {
  if (versionPattern.test(value)) entry[key] = value;
}

/** Where curl keeps the file relative to a specs folder: in it (docs/libcurl), or above it (docs/libcurl/opts). */
export const symbolsFileCandidates = ['symbols-in-versions', '../symbols-in-versions'] as const;
