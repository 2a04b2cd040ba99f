// How emitters write source text. The subset of code-block-writer's API (the writer ts-morph
// prints with) that the emitters use, implemented over an array of lines: code-block-writer
// scans every character to track strings and comments, which cost ~100 ms per MB of output in
// measurements here; our output holds no template literals or multi-line strings, so plain
// lines are enough and an order of magnitude faster.

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
  readonly #lines: string[] = [];
  #pad = '';

  writeLine(text: string): this {
    for (const line of text.split('\n')) this.#lines.push(line === '' ? '' : this.#pad + line);
    return this;
  }

  blankLineIfLastNot(): this {
    if (this.#lines.length > 0 && this.#lines[this.#lines.length - 1] !== '') this.#lines.push('');
    return this;
  }

  indent(block: () => void): this {
    const outer = this.#pad;
    this.#pad = outer + '  ';
    try {
      block();
    } finally {
      this.#pad = outer;
    }
    return this;
  }

  /** The text, LF line ends, one final newline. */
  toString(): string {
    const lines = this.#lines;
    let end = lines.length;
    while (end > 0 && lines[end - 1] === '') end--;
    return lines.slice(0, end).join('\n') + '\n';
  }
}
