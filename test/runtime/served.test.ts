// The runtime's list of what it serves (runtime/api/served.ts) is what specs/ documents, no more
// and no less, and it is what the handles answer: an option on the list is never
// CURLE_UNKNOWN_OPTION, one off it (curl's other options, when the corpus is there) always is.
// The function lists beside Easy and Multi name exactly their public methods.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURLE, Easy, Mime, MimePart, Multi } from '../../runtime/index.js';
import { easyFunctions, mimeFunctions, mimePartFunctions, multiFunctions } from '../../runtime/api/functions.js';
import { infoGetters } from '../../runtime/api/getinfo.js';
import { multiOptionHandlers } from '../../runtime/api/multi-setopt.js';
import { served } from '../../runtime/api/served.js';
import { handlers } from '../../runtime/api/setopt.js';

const repo = join(import.meta.dirname, '..', '..');
const corpus = join(repo, '..', 'shared', 'corpus', 'curl-8.22');
const haveCorpus = existsSync(join(corpus, 'opts'));
if (!haveCorpus) console.warn(`no curl corpus at ${corpus}: skipping the check of curl's other options against the runtime`);

/** The `Title:` of every page in a folder of curldown docs. */
function titles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => /^Title:\s*(\S+)\s*$/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1])
    .filter((t): t is string => t !== undefined);
}

/** Names of one kind: base names for options and infos, whole names for functions. */
function byKind(names: string[]): { options: string[]; infos: string[]; multiOptions: string[]; functions: string[] } {
  const base = (prefix: string): string[] => names.filter((n) => n.startsWith(prefix)).map((n) => n.slice(prefix.length)).sort();
  return {
    options: base('CURLOPT_'),
    infos: base('CURLINFO_'),
    multiOptions: base('CURLMOPT_'),
    functions: names.filter((n) => /^curl_(easy|multi|ws|mime)_/.test(n)).sort(),
  };
}

const specs = byKind(titles(join(repo, 'specs')));

describe('the served list', () => {
  it('is what specs/ documents: every spec is served, every served name has a spec', () => {
    expect(served.options).toEqual(specs.options);
    expect(served.infos).toEqual(specs.infos);
    expect(served.multiOptions).toEqual(specs.multiOptions);
    expect(served.functions).toEqual(specs.functions);
  });

  it('hides no handler: every entry of the handler tables has a spec', () => {
    expect(Object.keys(handlers).filter((n) => !specs.options.includes(n))).toEqual([]);
    expect(Object.keys(infoGetters).filter((n) => !specs.infos.includes(n))).toEqual([]);
    expect(Object.keys(multiOptionHandlers).filter((n) => !specs.multiOptions.includes(n))).toEqual([]);
  });

  it('names exactly the public methods of Easy and Multi (wait and running have no libcurl counterpart)', () => {
    const methods = (proto: object, extra: string[]): string[] =>
      Object.getOwnPropertyNames(proto)
        .filter((m) => !extra.includes(m))
        .sort();
    expect(methods(Easy.prototype, ['wait'])).toEqual([...new Set(Object.values(easyFunctions))].sort());
    expect(methods(Multi.prototype, ['running'])).toEqual([...new Set(Object.values(multiFunctions))].sort());
    for (const m of Object.values(easyFunctions)) expect(typeof (Easy.prototype as unknown as Record<string, unknown>)[m], m).toBe('function');
    for (const m of Object.values(multiFunctions)) expect(typeof (Multi.prototype as unknown as Record<string, unknown>)[m], m).toBe('function');
    // the mime API: Mime and MimePart (runtime/api/mime.ts)
    expect(methods(Mime.prototype, [])).toEqual([...new Set(Object.values(mimeFunctions))].sort());
    expect(methods(MimePart.prototype, ['constructor'])).toEqual([...Object.values(mimePartFunctions)].sort());
  });

  it('is what the handles answer for the served names', () => {
    const easy = new Easy();
    const setopt = easy.setopt as (name: string, value: unknown) => number;
    const getinfo = easy.getinfo as (name: string) => { code: number };
    // any value: a wrong one is 43, never 48
    for (const name of served.options) expect(setopt.call(easy, name, Symbol('x')), name).not.toBe(CURLE.UNKNOWN_OPTION);
    for (const name of served.infos) expect(getinfo.call(easy, name).code, name).toBe(CURLE.OK);
    easy.cleanup();
    const multi = new Multi();
    const msetopt = multi.setopt as (name: string, value: unknown) => number;
    for (const name of served.multiOptions) expect(msetopt.call(multi, name, 1), name).toBe(0);
    multi.cleanup();
  });

  it.skipIf(!haveCorpus)("is what the handles answer for curl's names off the list: 48, and 6 for multi options", () => {
    const curl = byKind(titles(join(corpus, 'opts')));
    const easy = new Easy();
    const setopt = easy.setopt as (name: string, value: unknown) => number;
    const getinfo = easy.getinfo as (name: string) => { code: number };
    const options = curl.options.filter((n) => !served.options.includes(n));
    const infos = curl.infos.filter((n) => !served.infos.includes(n));
    expect(options.length).toBeGreaterThan(100);
    expect(options).toContain('HSTS');
    expect(options).toContain('HTTPPOST');
    for (const name of options) expect(setopt.call(easy, name, 1), name).toBe(CURLE.UNKNOWN_OPTION);
    for (const name of infos) expect(getinfo.call(easy, name).code, name).toBe(CURLE.UNKNOWN_OPTION);
    easy.cleanup();
    const multi = new Multi();
    const msetopt = multi.setopt as (name: string, value: unknown) => number;
    for (const name of curl.multiOptions.filter((n) => !served.multiOptions.includes(n))) expect(msetopt.call(multi, name, 1), name).toBe(6);
    multi.cleanup();
  });
});
