// What the manbind runtime serves, read off its own tables: the setopt handlers, the info getters,
// the multi option handlers and the libcurl functions Easy and Multi implement. Nothing here is
// a copy of a name, so an option added to a table is served here at once. An option or info is
// served when it has a handler and a spec (generated/), as Easy.setopt and Easy.getinfo answer
// 48 without either. The generator reads this list (codegen/served.ts) for every claim it makes
// about the runtime: doc comments, docs-model.json, the docs site and its summary line;
// test/runtime/served.test.ts keeps it equal to what specs/ documents.
import { CURLINFO } from '../../generated/info.js';
import { CURLMOPT } from '../../generated/multi-options.js';
import { CURLOPT } from '../../generated/options.js';
import { strerror } from '../base/codes.js';
import { easyFunctions, mimeFunctions, mimePartFunctions, multiFunctions } from './functions.js';
import { infoGetters } from './getinfo.js';
import { multiOptionHandlers } from './multi-setopt.js';
import { handlers } from './setopt.js';

/** Names the runtime serves, sorted: options, infos and multi options by base name (`URL`),
 * functions in libcurl's spelling (`curl_easy_perform`). */
export interface Served {
  readonly options: readonly string[];
  readonly infos: readonly string[];
  readonly multiOptions: readonly string[];
  readonly functions: readonly string[];
}

/** libcurl functions the runtime exports as plain functions. */
const moduleFunctions = { curl_easy_strerror: strerror } satisfies Readonly<Record<string, (...args: never[]) => unknown>>;

const sorted = (names: Iterable<string>): readonly string[] => Object.freeze([...names].sort());

/** The names of a handler table that a spec names too. */
const specified = (table: object, specs: object): string[] => Object.keys(table).filter((name) => Object.prototype.hasOwnProperty.call(specs, name));

export const served: Served = Object.freeze({
  options: sorted(specified(handlers, CURLOPT)),
  infos: sorted(specified(infoGetters, CURLINFO)),
  multiOptions: sorted(specified(multiOptionHandlers, CURLMOPT)),
  functions: sorted([
    ...Object.keys(easyFunctions),
    ...Object.keys(multiFunctions),
    ...Object.keys(mimeFunctions),
    ...Object.keys(mimePartFunctions),
    ...Object.keys(moduleFunctions),
  ]),
});
