// Settings a package gives the generator in its package.json (`"manbind": { "runtimeImport":
// "...", "docsUrl": "..." }`). They are read from the package that holds the output folder, so a
// run gives the same files from whatever folder it is started in.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface PackageSettings {
  /** Folder of the package.json that was read, when one was found. */
  root?: string;
  runtimeImport?: string;
  docsUrl?: string;
}

/** The `manbind` settings of the nearest package.json at or above `dir` (which need not exist yet). */
export function packageSettings(dir: string): PackageSettings {
  for (let at = resolve(dir); ; at = dirname(at)) {
    let text: string | undefined;
    try {
      text = readFileSync(join(at, 'package.json'), 'utf8');
    } catch {
      text = undefined;
    }
    if (text !== undefined) return { root: at, ...settingsOf(text) };
    if (dirname(at) === at) return {};
  }
}

function settingsOf(text: string): Omit<PackageSettings, 'root'> {
  let pkg: unknown;
  try {
    pkg = JSON.parse(text);
  } catch {
    return {}; // not JSON: no settings, as if the key were absent
  }
  const manbind = (pkg as { manbind?: Record<string, unknown> } | null)?.manbind;
  const text_ = (key: string): string | undefined => {
    const v = manbind?.[key];
    return typeof v === 'string' && v !== '' ? v : undefined;
  };
  const runtimeImport = text_('runtimeImport');
  const docsUrl = text_('docsUrl');
  return { ...(runtimeImport === undefined ? {} : { runtimeImport }), ...(docsUrl === undefined ? {} : { docsUrl }) };
}
