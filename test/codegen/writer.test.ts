// LineWriter (codegen/emit/writer.ts): every emitter's output goes through it, so its text is
// pinned line by line, the one-line fast path and the trailing blank lines included.
import { describe, expect, it } from 'vitest';
import { LineWriter } from '../../codegen/emit/writer.js';

const written = (write: (w: LineWriter) => void): string => {
  const w = new LineWriter();
  write(w);
  return w.toString();
};

describe('LineWriter', () => {
  it.each<[string, (w: LineWriter) => void, string]>([
    ['one line', (w) => w.writeLine('a;'), 'a;\n'],
    ['one line indented', (w) => w.indent(() => w.writeLine('a;')), '  a;\n'],
    ['lines of one text, each indented, blank ones empty', (w) => w.indent(() => w.writeLine('/**\n * x\n\n */')), '  /**\n   * x\n\n   */\n'],
    ['CR LF line ends split as LF', (w) => w.writeLine('a\r\nb'), 'a\nb\n'],
    ['a lone CR kept in its line', (w) => w.indent(() => w.writeLine('a\rb')), '  a\rb\n'],
    ['an empty line still indented', (w) => w.indent(() => w.writeLine('a').writeLine('').writeLine('b')), '  a\n  \n  b\n'],
    ['one blank line between blocks', (w) => w.writeLine('a').blankLineIfLastNot().blankLineIfLastNot().writeLine('b'), 'a\n\nb\n'],
    ['no blank line first', (w) => w.blankLineIfLastNot().writeLine('a'), 'a\n'],
    ['trailing blank lines dropped, one final newline', (w) => w.writeLine('a').blankLineIfLastNot().writeLine('\n\n'), 'a\n'],
    ['nothing written', () => undefined, '\n'],
  ])('writes %s', (_name, write, text) => {
    expect(written(write)).toBe(text);
  });
});
