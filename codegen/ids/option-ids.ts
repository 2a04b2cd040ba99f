// Option docs to libcurl's option ids and its option table (lib/easyoptions.c): the id is the
// type's base plus the number, as curl.h's CURLOPT(name, type, number) macro adds them, and each
// row carries the curl_easytype (include/curl/options.h) that curl_easy_option_by_name reports.
// Only documented options get a row, so the table describes the doc set it was generated from.
import type { Doc } from '../model.js';
import { easyOptionAliases, easyOptionNumbers, type OptionType } from './curl-h.js';

/** curl_easytype (include/curl/options.h), in its enum order: CURLOT_LONG is 0, CURLOT_FUNCTION 8. */
export const easyTypes = ['LONG', 'VALUES', 'OFF_T', 'OBJECT', 'STRING', 'SLIST', 'CBPTR', 'BLOB', 'FUNCTION'] as const;
export type EasyType = (typeof easyTypes)[number];

/** curl.h CURLOPTTYPE_* values: the base an option's number is added to. */
const typeBase: Record<OptionType, number> = {
  LONG: 0,
  VALUES: 0,
  OBJECTPOINT: 10000,
  STRINGPOINT: 10000,
  SLISTPOINT: 10000,
  CBPOINT: 10000,
  FUNCTIONPOINT: 20000,
  OFF_T: 30000,
  BLOB: 40000,
};

/** The curl_easytype lib/easyoptions.c gives each CURLOPTTYPE (scripts/optiontable.pl). */
const easyTypeOf: Record<OptionType, EasyType> = {
  LONG: 'LONG',
  VALUES: 'VALUES',
  OFF_T: 'OFF_T',
  OBJECTPOINT: 'OBJECT',
  STRINGPOINT: 'STRING',
  SLISTPOINT: 'SLIST',
  CBPOINT: 'CBPTR',
  FUNCTIONPOINT: 'FUNCTION',
  BLOB: 'BLOB',
};

/** One row of the option table: struct curl_easyoption, with the doc it stands for. */
export interface OptionRow {
  /** Base name as curl_easy_option_by_name takes it: CONNECT_ONLY, or an alias such as ENCODING. */
  name: string;
  id: number;
  type: EasyType;
  /** CURLOT_FLAG_ALIAS: an old name kept for old programs. */
  alias: boolean;
  /** The doc of this name, or for an alias without one, the doc of the option it names. */
  doc: Doc;
}

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/**
 * The rows for `docs` (option docs, one per base name), sorted by name as lib/easyoptions.c is:
 * every documented option curl.h numbers, and every alias whose name or target is documented
 * (CURLOPT_PROGRESSDATA has a page but is curl.h's alias of CURLOPT_XFERINFODATA). Options curl.h
 * does not know (a project's own) have no id and no row.
 */
export function optionRows(docs: readonly Doc[]): OptionRow[] {
  const docOf = new Map(docs.map((d) => [d.baseName, d]));
  const row = (name: string, target: string, doc: Doc, alias: boolean): OptionRow => {
    const [type, number] = easyOptionNumbers[target]!;
    return { name, id: typeBase[type] + number, type: easyTypeOf[type], alias, doc };
  };
  const rows: OptionRow[] = [];
  for (const doc of docs) if (hasOwn(easyOptionNumbers, doc.baseName)) rows.push(row(doc.baseName, doc.baseName, doc, false));
  for (const [alias, target] of Object.entries(easyOptionAliases)) {
    const doc = docOf.get(alias) ?? docOf.get(target);
    if (doc !== undefined && hasOwn(easyOptionNumbers, target)) rows.push(row(alias, target, doc, true));
  }
  // By UTF-16 code units, as the C table is sorted (CAPATH before CA_CACHE_TIMEOUT).
  return rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** One row per id whose name is a documented option, by id (an option before a documented alias of it): numeric setopt keys. */
export function rowsById(rows: readonly OptionRow[]): OptionRow[] {
  const byId = new Map<number, OptionRow>();
  for (const r of rows) if (r.doc.baseName === r.name && (!r.alias || !byId.has(r.id))) byId.set(r.id, r);
  return [...byId.values()].sort((a, b) => a.id - b.id);
}
