// How emitters write source text: ts-morph's own code writer (code-block-writer), behind the small
// interface the emitters use. The emitters build declarations as text through this writer rather
// than through a ts-morph Project: loading ts-morph's compiler alone takes 0.6-0.9 s on this
// machine, most of the 1 s budget for a cold `manbind generate` of curl's 422 option pages.
import CodeBlockWriter from 'code-block-writer';

export interface SourceWriter {
  /** Write text; every line of it at the current indentation. */
  writeLine(text: string): this;
  /** One blank line unless the last line is blank (or nothing was written yet). */
  blankLineIfLastNot(): this;
  /** Write the block's lines one level deeper. */
  indent(block: () => void): this;
  toString(): string;
}

export class LineWriter implements SourceWriter {
  readonly #w = new CodeBlockWriter({ newLine: '\n', indentNumberOfSpaces: 2, useTabs: false, useSingleQuote: true });

  writeLine(text: string): this {
    this.#w.writeLine(text);
    return this;
  }

  blankLineIfLastNot(): this {
    if (this.#w.getLength() > 0) this.#w.blankLineIfLastNot();
    return this;
  }

  indent(block: () => void): this {
    this.#w.indent(block);
    return this;
  }

  /** The text, LF line ends, one final newline. */
  toString(): string {
    return this.#w.toString().replace(/\n+$/, '') + '\n';
  }
}
