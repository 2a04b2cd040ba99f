// generated/easy-options.ts: libcurl's option introspection as data and three lookups over it,
// as lib/easyoptions.c and lib/easygetopt.c have them: the CURLOT_* types and CURLOT_FLAG_ALIAS
// (include/curl/options.h), the table of struct curl_easyoption rows (documented options and
// their aliases, by name), optionIds (CURLOPT name to id), and optionByName / optionById /
// nextOption for curl_easy_option_by_name / _by_id / _next. The runtime re-exports them.
import { easyTypes } from '../ids/option-ids.js';
import { docComment, noteComment } from './comment.js';
import { fileHeader, type EmitContext } from './context.js';
import { unionLayout } from './layout.js';
import { LineWriter } from './writer.js';

// include/curl/options.h's comments on each curl_easytype.
const typeNotes: Record<(typeof easyTypes)[number], string> = {
  LONG: 'long (a range of values)',
  VALUES: 'long (a defined set or bitmask)',
  OFF_T: 'curl_off_t (a range of values)',
  OBJECT: 'pointer (void *)',
  STRING: 'char * to a null-terminated string',
  SLIST: 'struct curl_slist *',
  CBPTR: 'void * passed as it is to a callback',
  BLOB: 'struct curl_blob *',
  FUNCTION: 'function pointer',
};

export function emitEasyOptions(ctx: EmitContext): string {
  const ot = ctx.model.prefixes.option.replace(/OPT_$/, 'OT_'); // CURLOT_, FETCHOT_
  const func = ctx.model.prefixes.func;
  const specs = ctx.options.specsDir;
  const w = new LineWriter();
  w.writeLine(fileHeader(ctx));
  w.writeLine(`import { ${ctx.optionObject} } from './options.js';`);
  w.blankLineIfLastNot();
  easyTypes.forEach((type, value) => {
    w.writeLine(docComment({ summary: `${func}easytype ${ot}${type}: ${typeNotes[type]}.`, source: specs }));
    w.writeLine(`export const ${ot}${type} = ${value};`);
  });
  w.writeLine(docComment({ summary: `An old name kept so that old programs still work; another name is preferred.`, source: specs }));
  w.writeLine(`export const ${ot}FLAG_ALIAS = 1;`);
  w.blankLineIfLastNot();
  w.writeLine(noteComment(`${func}easytype: the kind of value an option takes.`, specs));
  w.writeLine(unionLayout('export type EasyOptionType = ', easyTypes.map((t) => `typeof ${ot}${t}`).join(' | '), ';', ''));
  w.blankLineIfLastNot();
  w.writeLine(noteComment(`struct ${func}easyoption: one option as ${func}easy_option_by_name() describes it.`, specs));
  w.writeLine('export interface EasyOption {');
  w.indent(() => {
    w.writeLine('/** The name without the option prefix: `CONNECT_ONLY`. */');
    w.writeLine('readonly name: string;');
    w.writeLine('/** The option\'s number in curl.h (type base + number). */');
    w.writeLine('readonly id: number;');
    w.writeLine('readonly type: EasyOptionType;');
    w.writeLine(`/** ${ot}FLAG_ALIAS or 0. */`);
    w.writeLine('readonly flags: number;');
  });
  w.writeLine('}');

  const rows = ctx.optionRows;
  w.blankLineIfLastNot();
  // The table as text, parsed when the module loads: tsc reads one string in no time, where 300
  // calls or object literals cost a fifth of a second of checking in every program that imports
  // the bindings. Names come from curl.h (codegen/ids/curl-h.ts), so none needs escaping.
  w.writeLine(`// One option a line, sorted by name as libcurl lists them: name, id, ${ot}* type, ALIAS for an old name.`);
  w.writeLine('const table = `');
  for (const r of rows) w.writeLine(`${r.name} ${r.id} ${r.type}${r.alias ? ' ALIAS' : ''}`);
  w.writeLine('`;');
  w.writeLine('const types: Readonly<Record<string, EasyOptionType>> = {');
  w.indent(() => {
    for (const t of easyTypes) w.writeLine(`${t}: ${ot}${t},`);
  });
  w.writeLine('};');
  w.blankLineIfLastNot();
  // Plain objects and one loop rather than Map, map() and Object.fromEntries(): a third fewer
  // type instantiations for tsc in every program that compiles the bindings.
  w.writeLine(
    [
      "// Names compare as libcurl's curl_strequal does: ASCII letters in any case, nothing else folded.",
      "const upper = (name: string): string => name.replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 32));",
      'const rows: EasyOption[] = [];',
      'const ids: Record<string, number> = {};',
      'const byName: Record<string, number> = {};',
      'const byId: Record<number, EasyOption> = {};',
      "for (const line of table.split('\\n')) {",
      "  if (line === '') continue;",
      "  const [name = '', id = '', type = '', alias] = line.split(' ');",
      `  const flags = alias === undefined ? 0 : ${ot}FLAG_ALIAS;`,
      '  const option: EasyOption = Object.freeze({ name, id: Number(id), type: types[type]!, flags });',
      '  byName[name] = rows.length;',
      '  rows.push(option);',
      '  if (alias === undefined) byId[option.id] = option;',
      `  if (Object.hasOwn(${ctx.optionObject}, name)) ids[name] = option.id;`,
      '}',
    ].join('\n'),
  );
  w.blankLineIfLastNot();
  w.writeLine(noteComment('Every documented option libcurl numbers, and its old names, sorted by name as libcurl lists them.', specs));
  w.writeLine('export const easyOptions: readonly EasyOption[] = Object.freeze(rows);');
  w.blankLineIfLastNot();
  w.writeLine(noteComment(`Option ids by base name, for every option of ${ctx.optionObject} that libcurl numbers.`, specs));
  w.writeLine('export const optionIds: Readonly<Record<string, number>> = Object.freeze(ids);');
  w.blankLineIfLastNot();
  w.writeLine(noteComment(`${func}easy_option_by_name: the option with this name in any case (an alias too), or null.`, specs));
  w.writeLine('export function optionByName(name: string): EasyOption | null {');
  w.writeLine("  const key = typeof name === 'string' ? upper(name) : '';");
  w.writeLine('  return Object.hasOwn(byName, key) ? rows[byName[key]!]! : null;');
  w.writeLine('}');
  w.blankLineIfLastNot();
  w.writeLine(noteComment(`${func}easy_option_by_id: the option with this id (never an alias), or null.`, specs));
  w.writeLine('export function optionById(id: number): EasyOption | null {');
  w.writeLine('  return Object.hasOwn(byId, id) ? byId[id]! : null;');
  w.writeLine('}');
  w.blankLineIfLastNot();
  w.writeLine(noteComment(`${func}easy_option_next: the first option when \`prev\` is null or left out, else the one\nafter \`prev\`; null after the last.`, specs));
  w.writeLine('export function nextOption(prev?: EasyOption | null): EasyOption | null {');
  w.writeLine('  if (prev === undefined || prev === null) return rows[0] ?? null;');
  w.writeLine('  const i = Object.hasOwn(byName, prev.name) ? byName[prev.name]! : rows.length;');
  w.writeLine('  return rows[i + 1] ?? null;');
  w.writeLine('}');
  return w.toString();
}
