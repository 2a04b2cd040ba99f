// A recursive-descent parser for the declarations curldown SYNOPSIS blocks hold: #include and
// #define lines, struct/union/enum definitions, typedefs (also of function pointers), prototypes
// (possibly spanning lines, with `...`), variable declarations, and the setopt/getinfo "call"
// written as a prototype whose second parameter is the option's name. Grammar: C11 6.7
// (declarations) restricted to what header excerpts use; no statements or expressions beyond
// integer constant expressions (see c-const.ts).
import { CSyntaxError, tokenize, type Token } from './c-lexer.js';
import { evaluate, type ConstantTable } from './c-const.js';

/** A C type as a tree; names keep their spelling (`unsigned int`, `struct curl_slist`, `CURLOPT_X`). */
export type CType =
  | { kind: 'name'; name: string; const?: boolean }
  | { kind: 'pointer'; to: CType; const?: boolean }
  | { kind: 'array'; of: CType; size?: number }
  | { kind: 'function'; returns: CType; params: CParam[]; variadic: boolean };

export interface CPosition {
  line: number; // 1-based, inside the code block
  column: number;
}

export interface CParam extends CPosition {
  name?: string;
  type: CType;
}

export interface CField extends CPosition {
  name: string;
  type: CType;
  bits?: number;
}

/** A declared name: prototype, typedef, variable or field-less tag use. */
export interface CDeclaration extends CPosition {
  name: string;
  type: CType;
  typedef: boolean;
}

export interface CStructDef extends CPosition {
  /** Tag (`curl_sockaddr`), or `#<n>` for an anonymous struct until a typedef names it. */
  tag: string;
  union: boolean;
  fields: CField[];
}

export interface CEnumMember extends CPosition {
  name: string;
  value?: number;
}

export interface CEnumDef extends CPosition {
  tag: string;
  members: CEnumMember[];
}

export interface CDefine extends CPosition {
  name: string;
  /** Value when the body is an integer constant expression. */
  value?: number;
}

export interface CUnit {
  declarations: CDeclaration[];
  structs: CStructDef[];
  enums: CEnumDef[];
  defines: CDefine[];
  errors: CSyntaxError[];
}

const STORAGE = new Set(['static', 'extern', 'inline', 'register', 'auto', '_Noreturn', 'CURL_EXTERN']);
const QUALIFIERS = new Set(['const', 'volatile', 'restrict', '__restrict', '_Atomic']);
const BASIC = new Set(['void', 'char', 'short', 'int', 'long', 'float', 'double', 'signed', 'unsigned', '_Bool', 'bool']);
// Words that can never be a declared name.
const RESERVED = new Set([...STORAGE, ...QUALIFIERS, ...BASIC, 'struct', 'union', 'enum', 'typedef']);

/** Render a type the way C writes it in a declaration without a name: `const char *`, `long`. */
export function cTypeText(t: CType): string {
  switch (t.kind) {
    case 'name':
      return (t.const ? 'const ' : '') + t.name;
    case 'pointer': {
      if (t.to.kind === 'function') return functionText(t.to, '(*)');
      const inner = cTypeText(t.to);
      const star = inner.endsWith('*') ? '*' : ' *';
      return inner + star + (t.const ? ' const' : '');
    }
    case 'array':
      return `${cTypeText(t.of)}[${t.size ?? ''}]`;
    case 'function':
      return functionText(t, '');
  }
}

function functionText(t: Extract<CType, { kind: 'function' }>, declarator: string): string {
  const params = t.params.map((p) => cTypeText(p.type));
  if (t.variadic) params.push('...');
  const ret = cTypeText(t.returns);
  const sep = declarator !== '' || !ret.endsWith('*') ? ' ' : '';
  return `${ret}${sep}${declarator}(${params.join(', ') || 'void'})`;
}

/** Parse a SYNOPSIS code block. Never throws: syntax errors are collected, parsing resumes after the next `;`. */
export function parseC(src: string): CUnit {
  const unit: CUnit = { declarations: [], structs: [], enums: [], defines: [], errors: [] };
  const lexed = tokenize(src);
  if (lexed.error) unit.errors.push(lexed.error);
  const tokens = lexed.tokens;
  if (tokens.length === 0 || tokens[tokens.length - 1].kind !== 'eof') {
    const last = tokens[tokens.length - 1];
    tokens.push({ kind: 'eof', text: '', line: last?.line ?? 1, column: last?.column ?? 1 });
  }
  const constants: ConstantTable = new Map();
  const typedefNames = new Set<string>();
  let anonymous = 0;
  let pos = 0;

  const peek = (k = 0): Token => tokens[Math.min(pos + k, tokens.length - 1)];
  const isPunct = (text: string, k = 0): boolean => peek(k).kind === 'punct' && peek(k).text === text;
  const describe = (t: Token): string => (t.kind === 'eof' ? 'the end of the code' : `\`${t.text}\``);
  const fail = (expected: string, t: Token = peek()): never => {
    throw new CSyntaxError(`Expected ${expected}, found ${describe(t)}`, t.line, t.column);
  };
  const expectPunct = (text: string, what = `\`${text}\``): Token => {
    if (!isPunct(text)) fail(what);
    return tokens[pos++];
  };

  // Index of the token that closes the bracket opening at `from`, or -1.
  const matching = (from: number): number => {
    const open = tokens[from].text;
    const close = open === '(' ? ')' : open === '[' ? ']' : '}';
    let depth = 0;
    for (let j = from; j < tokens.length; j++) {
      const t = tokens[j];
      if (t.kind !== 'punct') continue;
      if (t.text === open) depth++;
      else if (t.text === close && --depth === 0) return j;
    }
    return -1;
  };

  // Evaluate the expression up to (not including) the first of `stops` at bracket depth 0.
  const constantExpression = (stops: string[]): number | undefined => {
    const start = pos;
    let depth = 0;
    while (peek().kind !== 'eof') {
      const t = peek();
      if (t.kind === 'punct') {
        if (depth === 0 && stops.includes(t.text)) break;
        if (t.text === '(' || t.text === '[') depth++;
        else if (t.text === ')' || t.text === ']') {
          if (depth === 0) break;
          depth--;
        } else if (t.text === ';' || t.text === '{' || t.text === '}') break;
      }
      pos++;
    }
    if (pos === start) fail('a constant expression');
    const v = evaluate(tokens, start, pos, constants);
    return v === undefined ? undefined : Number(v);
  };

  const directive = (t: Token): void => {
    // `#define NAME body`; other directives (#include, #if, ...) carry no declarations.
    const m = /^define\s+([A-Za-z_][A-Za-z0-9_]*)(\(?)(.*)$/s.exec(t.text);
    if (!m) return;
    const [, name, paren, body] = m;
    const def: CDefine = { name, line: t.line, column: t.column };
    if (!paren) {
      const sub = tokenize(body);
      if (!sub.error) {
        const bodyTokens = sub.tokens.filter((x) => x.kind !== 'eof');
        const v = evaluate(bodyTokens, 0, bodyTokens.length, constants);
        if (v !== undefined) {
          def.value = Number(v);
          constants.set(name, v);
        }
      }
    }
    unit.defines.push(def);
  };

  const enumBody = (tag: string, at: Token): void => {
    expectPunct('{');
    const def: CEnumDef = { tag, members: [], line: at.line, column: at.column };
    let next: bigint | undefined = 0n;
    while (!isPunct('}')) {
      const nameTok = peek();
      if (nameTok.kind !== 'ident') fail('an enumerator name or `}`');
      pos++;
      let value: bigint | undefined = next;
      if (isPunct('=')) {
        pos++;
        const start = pos;
        const v = constantExpression([',', '}']);
        value = v === undefined ? undefined : evaluate(tokens, start, pos, constants);
      }
      if (value !== undefined) constants.set(nameTok.text, value);
      def.members.push({ name: nameTok.text, value: value === undefined ? undefined : Number(value), line: nameTok.line, column: nameTok.column });
      next = value === undefined ? undefined : value + 1n;
      if (isPunct(',')) pos++;
      else if (!isPunct('}')) fail('`,` or `}` after the enumerator');
    }
    pos++;
    unit.enums.push(def);
  };

  const structBody = (tag: string, union: boolean, at: Token): void => {
    expectPunct('{');
    const def: CStructDef = { tag, union, fields: [], line: at.line, column: at.column };
    while (!isPunct('}')) {
      if (peek().kind === 'eof') fail('`}` to close the struct');
      const base = specifiers();
      if (isPunct(';')) {
        pos++;
        continue;
      }
      for (;;) {
        const d = declarator(base.type, false);
        let bits: number | undefined;
        if (isPunct(':')) {
          pos++;
          bits = constantExpression([',', ';']);
        }
        if (!d.name) fail('a field name', d.at);
        def.fields.push({ name: d.name as string, type: d.type, bits, line: d.at.line, column: d.at.column });
        if (isPunct(',')) {
          pos++;
          continue;
        }
        break;
      }
      expectPunct(';', '`;` after the field');
    }
    pos++;
    unit.structs.push(def);
  };

  // Declaration specifiers (C11 6.7): storage classes, qualifiers, one type.
  const specifiers = (): { type: CType; typedef: boolean; at: Token } => {
    const at = peek();
    let typedef = false;
    let isConst = false;
    const words: string[] = [];
    let named: string | undefined;
    for (;;) {
      const t = peek();
      if (t.kind !== 'ident') break;
      const w = t.text;
      if (w === 'typedef') {
        typedef = true;
        pos++;
      } else if (STORAGE.has(w)) {
        pos++;
      } else if (QUALIFIERS.has(w)) {
        if (w === 'const') isConst = true;
        pos++;
      } else if (BASIC.has(w) && named === undefined) {
        words.push(w);
        pos++;
      } else if ((w === 'struct' || w === 'union' || w === 'enum') && named === undefined && words.length === 0) {
        pos++;
        let tag: string;
        if (peek().kind === 'ident') {
          tag = peek().text;
          pos++;
        } else {
          if (!isPunct('{')) fail(`a tag name or \`{\` after \`${w}\``);
          tag = `#${++anonymous}`;
        }
        if (isPunct('{')) {
          if (w === 'enum') enumBody(tag, t);
          else structBody(tag, w === 'union', t);
        }
        named = `${w} ${tag}`;
      } else if (named === undefined && words.length === 0) {
        // A typedef name (curl_socket_t, CURLcode) or, in the setopt "call", the option's name.
        named = w;
        pos++;
      } else {
        break;
      }
    }
    if (named === undefined && words.length === 0) fail('a type');
    return { type: { kind: 'name', name: named ?? words.join(' '), const: isConst || undefined }, typedef, at };
  };

  const parameters = (): { params: CParam[]; variadic: boolean } => {
    expectPunct('(');
    const params: CParam[] = [];
    let variadic = false;
    if (isPunct(')')) {
      pos++;
      return { params, variadic };
    }
    // `(void)` declares no parameters (C11 6.7.6.3p10).
    if (peek().kind === 'ident' && peek().text === 'void' && isPunct(')', 1)) {
      pos += 2;
      return { params, variadic };
    }
    for (;;) {
      if (isPunct('...')) {
        pos++;
        variadic = true;
        break;
      }
      const base = specifiers();
      const d = declarator(base.type, true);
      params.push({ name: d.name, type: d.type, line: base.at.line, column: base.at.column });
      if (isPunct(',')) {
        pos++;
        continue;
      }
      break;
    }
    expectPunct(')', '`,` or `)` in the parameter list');
    return { params, variadic };
  };

  // Declarator (C11 6.7.6), also abstract (no name) where `abstract` allows it.
  const declarator = (base: CType, abstract: boolean): { name?: string; type: CType; at: Token } => {
    const at = peek();
    const pointers: { const: boolean }[] = [];
    while (isPunct('*')) {
      pos++;
      const p = { const: false };
      while (peek().kind === 'ident' && QUALIFIERS.has(peek().text)) {
        if (peek().text === 'const') p.const = true;
        pos++;
      }
      pointers.push(p);
    }
    let inner: ((t: CType) => CType) | undefined;
    let name: string | undefined;
    let nameTok = at;
    if (isPunct('(') && (isPunct('*', 1) || isPunct('(', 1) || isPunct('^', 1))) {
      pos++;
      const d = declarator({ kind: 'name', name: '#' }, abstract);
      expectPunct(')', '`)` to close the declarator');
      name = d.name;
      nameTok = d.at;
      // Re-apply the inner declarator to the real type once the outer one is known.
      const placeholder = d.type;
      inner = (t) => substitute(placeholder, t);
    } else if (peek().kind === 'ident' && !RESERVED.has(peek().text)) {
      nameTok = peek();
      name = peek().text;
      pos++;
    } else if (!abstract && !isPunct('(')) {
      fail('a name in the declaration');
    }
    const suffixes: ((t: CType) => CType)[] = [];
    for (;;) {
      if (isPunct('[')) {
        pos++;
        let size: number | undefined;
        if (!isPunct(']')) size = constantExpression([']']);
        expectPunct(']');
        suffixes.push((t) => ({ kind: 'array', of: t, size }));
      } else if (isPunct('(')) {
        const { params, variadic } = parameters();
        suffixes.push((t) => ({ kind: 'function', returns: t, params, variadic }));
      } else {
        break;
      }
    }
    let type = base;
    for (const p of pointers) type = { kind: 'pointer', to: type, const: p.const || undefined };
    for (let k = suffixes.length - 1; k >= 0; k--) type = suffixes[k](type);
    if (inner) type = inner(type);
    return { name, type, at: nameTok };
  };

  // Skip an initializer or a function body.
  const skipInitializer = (): void => {
    while (peek().kind !== 'eof' && !isPunct(',') && !isPunct(';')) {
      if (isPunct('(') || isPunct('[') || isPunct('{')) {
        const end = matching(pos);
        if (end < 0) fail('a closing bracket');
        pos = end + 1;
      } else {
        pos++;
      }
    }
  };

  const declaration = (): void => {
    const spec = specifiers();
    if (isPunct(';')) {
      pos++;
      return;
    }
    for (;;) {
      const d = declarator(spec.type, false);
      if (d.name === undefined) fail('a name in the declaration', d.at);
      const decl: CDeclaration = { name: d.name as string, type: d.type, typedef: spec.typedef, line: d.at.line, column: d.at.column };
      unit.declarations.push(decl);
      if (spec.typedef) {
        typedefNames.add(decl.name);
        renameAnonymous(spec.type, decl.name);
      }
      if (isPunct('=')) {
        pos++;
        skipInitializer();
      }
      if (d.type.kind === 'function' && isPunct('{')) {
        // A function definition: its body is not part of the interface.
        const end = matching(pos);
        if (end < 0) fail('`}` to close the function body');
        pos = end + 1;
        return;
      }
      if (isPunct(',')) {
        pos++;
        continue;
      }
      break;
    }
    expectPunct(';', '`;` after the declaration');
  };

  // `typedef enum { ... } curlsocktype;` names the anonymous enum after its typedef.
  const renameAnonymous = (t: CType, name: string): void => {
    if (t.kind !== 'name') return;
    const m = /^(struct|union|enum) (#\d+)$/.exec(t.name);
    if (!m) return;
    const list = m[1] === 'enum' ? unit.enums : unit.structs;
    const def = list.find((d) => d.tag === m[2]);
    if (!def) return;
    def.tag = name;
    // The declarators share this type object, so they see the new name too.
    t.name = `${m[1]} ${name}`;
  };

  // Resynchronise after an error: skip to just past the next `;` (or a `}` closing a block) at depth 0.
  const recover = (): void => {
    let depth = 0;
    while (peek().kind !== 'eof') {
      const t = tokens[pos++];
      if (t.kind === 'directive' && depth === 0) {
        pos--;
        return;
      }
      if (t.kind !== 'punct') continue;
      if (t.text === '{' || t.text === '(' || t.text === '[') depth++;
      else if (t.text === '}' || t.text === ')' || t.text === ']') {
        depth = Math.max(0, depth - 1);
        if (depth === 0 && t.text === '}' && isPunct(';')) {
          pos++;
          return;
        }
      } else if (t.text === ';' && depth === 0) return;
    }
  };

  while (peek().kind !== 'eof') {
    const t = peek();
    try {
      if (t.kind === 'directive') {
        pos++;
        directive(t);
      } else if (isPunct(';')) {
        pos++;
      } else {
        declaration();
      }
    } catch (e) {
      if (!(e instanceof CSyntaxError)) throw e;
      unit.errors.push(e);
      if (pos === tokens.indexOf(t)) pos++;
      recover();
    }
  }
  // Anonymous tags that no typedef named keep their `#n` tag; callers may name them.
  return unit;
}

// Replace the `#` placeholder of an inner declarator with the real type.
function substitute(t: CType, real: CType): CType {
  switch (t.kind) {
    case 'name':
      return t.name === '#' ? real : t;
    case 'pointer':
      return { ...t, to: substitute(t.to, real) };
    case 'array':
      return { ...t, of: substitute(t.of, real) };
    case 'function':
      return { ...t, returns: substitute(t.returns, real) };
  }
}
