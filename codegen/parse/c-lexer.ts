// Tokenizer for the C that curldown SYNOPSIS blocks contain (C11 lexical grammar, ISO/IEC 9899:2011
// section 6.4, trimmed to what header excerpts use). Preprocessor lines become one `directive` token
// each, comments are dropped, and every token keeps its 1-based line and column inside the block so
// that errors can be mapped back into the markdown file.

export type TokenKind = 'ident' | 'number' | 'string' | 'char' | 'punct' | 'directive' | 'eof';

export interface Token {
  kind: TokenKind;
  text: string;
  line: number;
  column: number;
}

/** A syntax error inside a code block; line and column are 1-based and relative to the block. */
export class CSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'CSyntaxError';
  }
}

// Longest first, so that `...` wins over `.` and `<<=` over `<<`.
const PUNCTUATORS = [
  '...', '<<=', '>>=', '->', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||',
  '+=', '-=', '*=', '/=', '%=', '&=', '^=', '|=', '##',
  '{', '}', '(', ')', '[', ']', ';', ',', ':', '*', '=', '&', '|', '^', '~', '!', '?', '<', '>',
  '+', '-', '/', '%', '.', '#',
];

// The same, as one sticky pattern, tried in the same order (a page's synopsis is read once, mostly
// before the JIT has compiled this loop, so the scanning is left to the regexp engine).
const PUNCTUATOR = new RegExp(PUNCTUATORS.map((q) => q.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|'), 'y');
const BLANKS = /[ \t\r\f\v]+/y;
const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;

const isIdentPart = (c: string): boolean => /[A-Za-z0-9_]/.test(c);
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/** Show a character in a message; control characters as their code. */
export function showChar(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : c;
}

/**
 * Split `src` into tokens. Stops at the first lexical error and returns it beside the tokens read
 * so far (the parser reports it; what came before is still usable).
 */
export function tokenize(src: string): { tokens: Token[]; error?: CSyntaxError } {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let col = 1;
  // Only whitespace since the last newline: a `#` here starts a directive (C11 6.10).
  let atLineStart = true;

  const advance = (n: number): void => {
    for (let k = 0; k < n && i < src.length; k++) {
      if (src[i] === '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
      i++;
    }
  };

  const fail = (message: string, l = line, c = col): { tokens: Token[]; error: CSyntaxError } => ({
    tokens,
    error: new CSyntaxError(message, l, c),
  });

  while (i < src.length) {
    const c = src[i];
    if (c === '\n') {
      advance(1);
      atLineStart = true;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') {
      BLANKS.lastIndex = i;
      const n = (BLANKS.exec(src) as RegExpExecArray)[0].length;
      i += n;
      col += n;
      continue;
    }
    // Line splice outside a directive: backslash-newline vanishes (C11 5.1.1.2 phase 2).
    if (c === '\\' && (src[i + 1] === '\n' || (src[i + 1] === '\r' && src[i + 2] === '\n'))) {
      advance(src[i + 1] === '\r' ? 3 : 2);
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const startLine = line;
      const startCol = col;
      const end = src.indexOf('*/', i + 2);
      if (end < 0) return fail('Expected `*/` to close the comment, found the end of the code', startLine, startCol);
      advance(end + 2 - i);
      continue;
    }
    if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') advance(1);
      continue;
    }
    const startLine = line;
    const startCol = col;
    if (c === '#' && atLineStart) {
      // A directive runs to the end of the line, continued by backslash-newline; comments inside
      // it are removed.
      let text = '';
      advance(1);
      while (i < src.length && src[i] !== '\n') {
        if (src[i] === '\\' && src[i + 1] === '\n') {
          text += ' ';
          advance(2);
          continue;
        }
        if (src[i] === '/' && src[i + 1] === '*') {
          const end = src.indexOf('*/', i + 2);
          if (end < 0) return fail('Expected `*/` to close the comment, found the end of the code');
          text += ' ';
          advance(end + 2 - i);
          continue;
        }
        if (src[i] === '/' && src[i + 1] === '/') {
          while (i < src.length && src[i] !== '\n') advance(1);
          break;
        }
        text += src[i];
        advance(1);
      }
      tokens.push({ kind: 'directive', text: text.trim(), line: startLine, column: startCol });
      continue;
    }
    atLineStart = false;
    IDENT.lastIndex = i;
    const ident = IDENT.exec(src);
    if (ident !== null) {
      tokens.push({ kind: 'ident', text: ident[0], line: startLine, column: startCol });
      i += ident[0].length;
      col += ident[0].length;
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(src[i + 1] ?? ''))) {
      let j = i;
      if (c === '0' && (src[i + 1] === 'x' || src[i + 1] === 'X')) {
        j += 2;
        while (j < src.length && /[0-9A-Fa-f]/.test(src[j])) j++;
      } else {
        while (j < src.length && /[0-9.]/.test(src[j])) j++;
        if (src[j] === 'e' || src[j] === 'E') {
          j++;
          if (src[j] === '+' || src[j] === '-') j++;
          while (j < src.length && isDigit(src[j])) j++;
        }
      }
      while (j < src.length && /[uUlLfF]/.test(src[j])) j++;
      if (j < src.length && isIdentPart(src[j])) {
        return fail(`Expected a number, found \`${src.slice(i, j + 1)}\``, startLine, startCol);
      }
      tokens.push({ kind: 'number', text: src.slice(i, j), line: startLine, column: startCol });
      advance(j - i);
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < src.length && src[j] !== c && src[j] !== '\n') {
        j += src[j] === '\\' ? 2 : 1;
      }
      if (j >= src.length || src[j] !== c) {
        const what = c === '"' ? 'string' : 'character constant';
        return fail(`Expected \`${c}\` to close the ${what}, found the end of the line`, startLine, startCol);
      }
      tokens.push({ kind: c === '"' ? 'string' : 'char', text: src.slice(i, j + 1), line: startLine, column: startCol });
      advance(j + 1 - i);
      continue;
    }
    PUNCTUATOR.lastIndex = i;
    const punct = PUNCTUATOR.exec(src);
    if (punct !== null) {
      tokens.push({ kind: 'punct', text: punct[0], line: startLine, column: startCol });
      i += punct[0].length;
      col += punct[0].length;
      continue;
    }
    const ch = String.fromCodePoint(src.codePointAt(i) ?? 0);
    return fail(`Expected C code, found the character \`${showChar(ch)}\``, startLine, startCol);
  }
  tokens.push({ kind: 'eof', text: '', line, column: col });
  return { tokens };
}
