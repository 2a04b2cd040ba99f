// How emitters write source text: whole lines, indented two spaces a level. The emitters build
// declarations as text rather than through a ts-morph Project (loading ts-morph's compiler alone
// takes 0.6-0.9 s, most of the budget for a cold `manbind generate` of curl's 422 option pages),
// and no longer through code-block-writer either: it scans every character for strings, comments
// and regexes to decide indentation, which cost about 100 ms of that run, while every line the
// emitters write opens and closes its own strings and comments, so a line's indentation is only
// its depth. The output is what code-block-writer wrote: each line of a text at the current
// indentation, its blank lines empty, an empty line still indented.

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
  /** The lines written, each without its newline. */
  readonly #lines: string[] = [];
  #indentation = '';

  writeLine(text: string): this {
    if (text === '') {
      this.#lines.push(this.#indentation);
      return this;
    }
    // Most writes are one line: no split (a cold run writes some 30,000 lines); the rest split on
    // \n alone unless there is a \r.
    if (!text.includes('\n')) {
      this.#lines.push(this.#indentation + text);
      return this;
    }
    for (const line of text.includes('\r') ? text.split(/\r?\n/) : text.split('\n')) this.#lines.push(line === '' ? '' : this.#indentation + line);
    return this;
  }

  blankLineIfLastNot(): this {
    const n = this.#lines.length;
    // blank already: the text ends in two newlines
    if (n > 0 && !(n >= 2 && this.#lines[n - 1] === '')) this.#lines.push('');
    return this;
  }

  indent(block: () => void): this {
    const outer = this.#indentation;
    this.#indentation = outer + '  ';
    try {
      block();
    } finally {
      this.#indentation = outer;
    }
    return this;
  }

  /** The text, LF line ends, one final newline. */
  toString(): string {
    // Trailing blank lines dropped by hand: /\n+$/ retries at every newline of a megabyte of text.
    let n = this.#lines.length;
    while (n > 0 && this.#lines[n - 1] === '') n--;
    return (n === this.#lines.length ? this.#lines : this.#lines.slice(0, n)).join('\n') + '\n';
  }
}
