// curl's symbols-in-versions as the diff reads it: the parser's reader (parse/symbols-in-versions.ts)
// over a docs folder's own file.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readSymbolsInVersions, symbolsFileCandidates, type SymbolVersions } from '../parse/symbols-in-versions.js';

export type SymbolStatus = SymbolVersions;

/** The symbols-in-versions of a docs folder (curl keeps it in docs/libcurl, above opts/), if any. */
export async function readSymbolsOf(dir: string): Promise<Map<string, SymbolStatus> | undefined> {
  for (const candidate of symbolsFileCandidates) {
    const text = await readFile(join(dir, candidate), 'utf8').catch(() => undefined);
    if (text !== undefined) return readSymbolsInVersions(text);
  }
  return undefined;
}
