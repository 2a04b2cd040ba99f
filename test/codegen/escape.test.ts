// No spec text can break out of a comment or a string: hostile text through the one comment
// builder and the one string-literal function, then through tsc.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docComment, escapeCommentLine } from '../../codegen/emit/comment.js';
import { emit } from '../../codegen/emit/index.js';
import { stringLiteral } from '../../codegen/emit/literal.js';
import { fixtureModel } from './model-fixture.js';
import { runtimeStub, typecheck, writeTree } from './typecheck.js';

const hostile = [
  'ends the comment */ export const pwned = 1; /*',
  '*/',
  '**/',
  '@see nothing',
  '  @deprecated at line start',
  'back`ticks` and ${template} and \'single\' and "double" quotes',
  'line\u2028separator and paragraph\u2029separator',
  'carriage\rreturn and crlf\r\nend',
  'backslash \\ at end \\',
  'lone surrogate \ud800 here',
  'nul \u0000 and del \u007f',
].join('\n');

// Strings dense in the characters that matter, and arbitrary UTF-16 (lone surrogates included).
const texts = fc.oneof(
  fc.string({ unit: fc.constantFrom('*', '/', '@', ' ', '\n', '\r', '\u2028', '\u2029', 'a', '`', '\\', "'") }),
  fc.string({ unit: 'binary' }),
);

describe('escapeCommentLine', () => {
  it.each([
    ['a */ b', 'a *\\/ b'],
    ['**/', '**\\/'],
    ['@see x', '\\@see x'],
    ['   @param y', '   \\@param y'],
    ['mail me@example.com', 'mail me@example.com'],
    ['trailing   ', 'trailing'],
  ])('%j -> %j', (input, output) => {
    expect(escapeCommentLine(input)).toBe(output);
  });
});

describe('docComment', () => {
  it('keeps any text inside one comment', () => {
    fc.assert(
      fc.property(texts, texts, (summary, description) => {
        const comment = docComment({ summary, description, default: summary, deprecated: description, seeAlso: [summary], source: 'specs/X.md' });
        expect(comment.startsWith('/**\n')).toBe(true);
        expect(comment.endsWith('\n */')).toBe(true);
        expect(comment.indexOf('*/')).toBe(comment.length - 2);
        const lines = comment.split('\n');
        for (const line of lines.slice(1)) expect(line.startsWith(' *')).toBe(true);
        expect(/[\r\u2028\u2029]/.test(comment)).toBe(false);
      }),
    );
  });

  it('puts the parts in one order', () => {
    expect(
      docComment({
        source: 'specs/X.md',
        seeAlso: ['Y'],
        deprecated: 'use Y',
        since: '7.1',
        remarks: ['Not supported by the manbind runtime'],
        protocols: 'HTTP',
        default: '0',
        description: 'Long text.\n\nSecond paragraph.',
        summary: 'short',
      }).split('\n'),
    ).toEqual([
      '/**',
      ' * short',
      ' *',
      ' * Long text.',
      ' *',
      ' * Second paragraph.',
      ' *',
      ' * Default: 0',
      ' *',
      ' * Protocols: HTTP',
      ' *',
      ' * @remarks Not supported by the manbind runtime',
      ' * @since 7.1',
      ' * @deprecated use Y',
      ' * @see Y',
      ' * @see specs/X.md (generated; do not edit)',
      ' */',
    ]);
  });
});

describe('stringLiteral', () => {
  it('round-trips any string', () => {
    fc.assert(
      fc.property(texts, (s) => {
        const literal = stringLiteral(s);
        expect(/[\n\r\u2028\u2029]/.test(literal)).toBe(false);
        expect((0, eval)(literal)).toBe(s);
      }),
    );
  });
  it('escapes quotes and template syntax stays inert', () => {
    expect(stringLiteral("it's `${x}` \"q\" \\")).toBe("'it\\'s `${x}` \"q\" \\\\'");
  });
});

describe('hostile spec text', () => {
  it('compiles with tsc --strict and exports nothing extra', () => {
    const model = fixtureModel();
    for (const doc of model.docs) {
      doc.summary = hostile;
      doc.descriptionText = hostile;
      doc.default = { text: hostile };
      doc.deprecated = hostile;
      doc.protocols = [hostile];
      doc.seeAlso = [hostile];
      doc.addedIn = hostile;
    }
    const auth = model.docs.find((d) => d.name === 'CURLOPT_PROXYAUTH')!;
    auth.type = { kind: 'long', bitmask: true, enumValues: [{ name: 'CURLAUTH_BASIC', value: 1, summary: hostile }] };
    const weird = model.docs.find((d) => d.name === 'CURLOPT_WEIRD')!;
    weird.baseName = "WEIRD */ '\"`${x}`\u2028";
    weird.file = "specs/we*/ird\u2028'.md";
    model.enums['curlsocktype']!.values[0]!.summary = hostile;
    const files = emit(model, { specsDir: 'specs */ x\u2028y', runtimeImport: '../runtime/types.js', cwd: '/work/main' }).files;
    const out = new Map([...files].map(([name, text]) => [`generated/${name}`, text]));
    out.set('runtime/types.ts', runtimeStub);
    const dir = writeTree(out);
    const checked = typecheck(dir, ['generated/index.ts']);
    expect(checked.errors).toEqual([]);
    expect(checked.exportsOf('generated/options.ts')).toEqual(['CURLAUTH_BASIC', 'CURLOPT', 'CURLPROXY_HTTP', 'CURLPROXY_HTTP_1_0', 'CURL_SOCKET_BAD', 'Setopt', 'SetoptMap']);
    expect(checked.exportsOf('generated/info.ts')).toEqual(['CURLINFO', 'Getinfo', 'GetinfoMap']);
    expect(checked.exportsOf('generated/multi-options.ts')).toEqual(['CURLMOPT', 'MultiSetopt', 'MultiSetoptMap']);
    expect(checked.exportsOf('generated/validators.ts')).toEqual(['multiValidators', 'validateMultiOption', 'validateOption', 'validators']);
    // The odd key survives as a key, in the name object and the validators.
    const options = files.get('options.ts')!;
    expect(options).toContain(`  ${stringLiteral(weird.baseName)}: ${stringLiteral(weird.baseName)},`);
    expect(options).toContain(`\n  ${stringLiteral(weird.baseName)}: unknown;\n`);
    expect(JSON.parse(files.get('docs-model.json')!).docs.length).toBe(model.docs.length);
  });
});
