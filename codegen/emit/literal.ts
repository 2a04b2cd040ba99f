// Spec text that becomes code: string literals, identifiers and object keys. Nothing from a
// spec reaches generated code except through these functions (and comment.ts for comments).

/**
 * A single-quoted TypeScript string literal, escaped as JSON.stringify escapes (plus `'`, the
 * JavaScript line terminators U+2028/U+2029 and lone surrogates), so any text round-trips.
 */
export function stringLiteral(text: string): string {
  // Most literals are names and plain text with nothing to escape: no loop over their characters.
  if (nothingToEscape.test(text)) return `'${text}'`;
  let out = "'";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = text.charCodeAt(i);
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) out += unicodeEscape(code);
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + text[i + 1]!;
        i++;
      } else out += unicodeEscape(code);
    } else if (code >= 0xdc00 && code <= 0xdfff) out += unicodeEscape(code);
    else out += ch;
  }
  return out + "'";
}

/** Text none of whose characters stringLiteral escapes. */
const nothingToEscape = /^[^\\'\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]*$/;

function unicodeEscape(code: number): string {
  return '\\u' + code.toString(16).padStart(4, '0');
}

// ECMAScript reserved words plus TypeScript's strict-mode and type-position keywords that
// cannot name a parameter or a declaration.
const reserved = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'implements interface let package private protected public static yield await arguments eval'
  ).split(' '),
);

const identifierPattern = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** True when `name` can be written as a declaration name as it is. */
export function isIdentifier(name: string): boolean {
  return identifierPattern.test(name) && !reserved.has(name);
}

/** A parameter name from a C prototype, made usable in TypeScript (`delete` -> `delete_`). */
export function parameterName(name: string, index: number): string {
  if (isIdentifier(name)) return name;
  const cleaned = name.replace(/[^A-Za-z0-9_$]/g, '_');
  if (identifierPattern.test(cleaned)) return reserved.has(cleaned) ? `${cleaned}_` : cleaned;
  return `arg${index}`;
}

/** An object-literal key: bare when it is an identifier name, quoted otherwise. */
export function propertyKey(name: string): string {
  // `__proto__: x` in an object literal sets the prototype instead of making a key.
  if (name === '__proto__') return `[${stringLiteral(name)}]`;
  return identifierPattern.test(name) ? name : stringLiteral(name);
}

/** `typeof OBJ.key`, or `(typeof OBJ)['key']` when the key is not an identifier name. */
export function keyType(object: string, key: string): string {
  return identifierPattern.test(key) ? `typeof ${object}.${key}` : `(typeof ${object})[${stringLiteral(key)}]`;
}

/** A number as a TypeScript literal; negative numbers stay valid in type positions (`-1`). */
export function numberLiteral(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  return Object.is(value, -0) ? '0' : String(value);
}

/** Sort names by UTF-16 code units: the same order on every machine and locale. */
export function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
