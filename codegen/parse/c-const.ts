// Integer constant expressions (C11 6.6) as they appear in enum initialisers and object-like
// #defines of curl's headers: numbers with suffixes, character constants, earlier constants,
// casts such as `(unsigned long)`, unary - + ~ !, the binary operators, and ?:.
// Arithmetic is done on 64-bit two's-complement values (libcurl's long on LP64), so
// `~CURLAUTH_DIGEST_IE` comes out as the signed long a C program would pass.
import type { Token } from './c-lexer.js';

/** Constant names to values, in declaration order. */
export type ConstantTable = Map<string, bigint>;

const BASIC_TYPE_WORDS = new Set([
  'void', 'char', 'short', 'int', 'long', 'float', 'double', 'signed', 'unsigned', 'const', 'volatile',
  '_Bool', 'struct', 'enum', 'union',
]);

/** Value of an integer literal token (decimal, octal, hex; suffixes ignored), or undefined. */
export function integerLiteral(text: string): bigint | undefined {
  const body = text.replace(/[uUlL]+$/, '');
  if (/^0[xX][0-9a-fA-F]+$/.test(body)) return BigInt(body);
  if (/^0[0-7]*$/.test(body)) return body.length > 1 ? BigInt('0o' + body.slice(1)) : 0n;
  if (/^[1-9][0-9]*$/.test(body)) return BigInt(body);
  return undefined;
}

function charLiteral(text: string): bigint | undefined {
  const inner = text.slice(1, -1);
  if (inner.length === 1) return BigInt(inner.charCodeAt(0));
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '0': 0, '\\': 92, "'": 39, '"': 34, a: 7, b: 8, f: 12, v: 11 };
  if (inner.length === 2 && inner[0] === '\\' && inner[1] in simple) return BigInt(simple[inner[1]]);
  return undefined;
}

const wrap = (v: bigint): bigint => BigInt.asIntN(64, v);

// Binding powers for the binary operators (C11 6.5.5 to 6.5.14).
const BINARY: Record<string, number> = {
  '*': 10, '/': 10, '%': 10,
  '+': 9, '-': 9,
  '<<': 8, '>>': 8,
  '<': 7, '>': 7, '<=': 7, '>=': 7,
  '==': 6, '!=': 6,
  '&': 5, '^': 4, '|': 3, '&&': 2, '||': 1,
};

/**
 * Evaluate tokens[start, end) as an integer constant expression. Returns undefined when the
 * expression is not one (an unknown name, a string, a float, division by zero): callers treat
 * that as "value unknown", never as an error, because docs reference constants from headers
 * the page does not show.
 */
export function evaluate(tokens: Token[], start: number, end: number, constants: ConstantTable): bigint | undefined {
  let pos = start;
  let failed = false;
  const peek = (): Token | undefined => (pos < end ? tokens[pos] : undefined);
  const isPunct = (text: string): boolean => {
    const t = peek();
    return t !== undefined && t.kind === 'punct' && t.text === text;
  };

  // `(type-name)` followed by an operand: a cast, which keeps the value (64-bit arithmetic).
  const tryCast = (): boolean => {
    if (!isPunct('(')) return false;
    let j = pos + 1;
    let sawType = false;
    while (j < end && tokens[j].kind === 'ident') {
      const word = tokens[j].text;
      if (BASIC_TYPE_WORDS.has(word)) sawType = true;
      else if (!constants.has(word)) sawType = true; // a typedef name such as size_t
      else return false;
      j++;
    }
    while (j < end && tokens[j].kind === 'punct' && tokens[j].text === '*') j++;
    if (!sawType || j >= end || tokens[j].kind !== 'punct' || tokens[j].text !== ')') return false;
    const next = tokens[j + 1];
    if (j + 1 >= end || !next) return false;
    const startsOperand =
      next.kind === 'number' || next.kind === 'char' || next.kind === 'ident' ||
      (next.kind === 'punct' && ['(', '-', '+', '~', '!'].includes(next.text));
    if (!startsOperand) return false;
    pos = j + 1;
    return true;
  };

  const unary = (): bigint => {
    const t = peek();
    if (!t) {
      failed = true;
      return 0n;
    }
    if (t.kind === 'punct') {
      if (t.text === '(') {
        if (tryCast()) return unary();
        pos++;
        const v = expr(0);
        if (!isPunct(')')) failed = true;
        else pos++;
        return v;
      }
      if (t.text === '-') {
        pos++;
        return wrap(-unary());
      }
      if (t.text === '+') {
        pos++;
        return unary();
      }
      if (t.text === '~') {
        pos++;
        return wrap(~unary());
      }
      if (t.text === '!') {
        pos++;
        return unary() === 0n ? 1n : 0n;
      }
    }
    pos++;
    if (t.kind === 'number') {
      const v = integerLiteral(t.text);
      if (v === undefined) failed = true;
      return v ?? 0n;
    }
    if (t.kind === 'char') {
      const v = charLiteral(t.text);
      if (v === undefined) failed = true;
      return v ?? 0n;
    }
    if (t.kind === 'ident') {
      const v = constants.get(t.text);
      if (v === undefined) failed = true;
      return v ?? 0n;
    }
    failed = true;
    return 0n;
  };

  const binary = (op: string, a: bigint, b: bigint): bigint => {
    switch (op) {
      case '*': return wrap(a * b);
      case '/': if (b === 0n) { failed = true; return 0n; } return wrap(a / b);
      case '%': if (b === 0n) { failed = true; return 0n; } return wrap(a % b);
      case '+': return wrap(a + b);
      case '-': return wrap(a - b);
      case '<<': if (b < 0n || b > 63n) { failed = true; return 0n; } return wrap(a << b);
      case '>>': if (b < 0n || b > 63n) { failed = true; return 0n; } return a >> b;
      case '<': return a < b ? 1n : 0n;
      case '>': return a > b ? 1n : 0n;
      case '<=': return a <= b ? 1n : 0n;
      case '>=': return a >= b ? 1n : 0n;
      case '==': return a === b ? 1n : 0n;
      case '!=': return a !== b ? 1n : 0n;
      case '&': return a & b;
      case '^': return a ^ b;
      case '|': return a | b;
      case '&&': return a !== 0n && b !== 0n ? 1n : 0n;
      case '||': return a !== 0n || b !== 0n ? 1n : 0n;
    }
    failed = true;
    return 0n;
  };

  const expr = (minPower: number): bigint => {
    let left = unary();
    for (;;) {
      const t = peek();
      if (!t || t.kind !== 'punct') break;
      if (t.text === '?' && minPower === 0) {
        pos++;
        const a = expr(0);
        if (!isPunct(':')) {
          failed = true;
          return 0n;
        }
        pos++;
        const b = expr(0);
        left = left !== 0n ? a : b;
        continue;
      }
      const power = BINARY[t.text];
      if (power === undefined || power <= minPower) break;
      pos++;
      const right = expr(power);
      left = binary(t.text, left, right);
    }
    return left;
  };

  if (start >= end) return undefined;
  const value = expr(0);
  if (failed || pos !== end) return undefined;
  return value;
}

/** A 64-bit constant as a JavaScript number (exact up to 2^53, which covers curl's constants). */
export const toNumber = (v: bigint): number => Number(v);
