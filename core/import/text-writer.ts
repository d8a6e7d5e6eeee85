// Builds reading text while walking a structured document (Markdown tokens, an HTML DOM):
// inline text flows into lines with its white space collapsed as a browser would show it,
// lines gather into blocks, and blocks are separated by exactly one blank line. Lists and
// table rows are laid out here too, so the Markdown and the HTML importer lay text out the
// same way and each only has to say what its document contains.

import type { LinkCollector } from './links.js';

/** Where a walk over a document writes: the reading text and the links found on the way. */
export interface TextOutput {
  writer: TextWriter;
  links: LinkCollector;
}

export class TextWriter {
  private readonly blocks: string[] = [];
  private lines: string[] = [];
  private line = '';
  private prefix = '';
  private listDepth = 0;
  private cellDepth = 0;

  /** Inline text: runs of white space (not no-break spaces) become one space. */
  text(s: string): void {
    this.line += s.replace(/[ \t\n\r\f]+/g, ' ');
  }

  /** Ends the current line if it has text. */
  lineBreak(): void {
    const line = this.line
      .replace(/ *\t */g, '\t')
      .replace(/ {2,}/g, ' ')
      .replace(/^ +| +$/g, '');
    this.line = '';
    if (line === '') return;
    this.lines.push(this.prefix + line);
    this.prefix = '';
  }

  /** An explicit line break (`<br>`, a Markdown hard break): ends the line, even an empty one. */
  hardBreak(): void {
    if (this.line.trim() === '') this.lines.push('');
    this.lineBreak();
  }

  /** Lines kept exactly as given (code, preformatted text). */
  verbatim(text: string): void {
    this.lineBreak();
    const [first = '', ...rest] = text.split(/\r\n?|\n/);
    this.lines.push(this.prefix + first, ...rest);
    this.prefix = '';
  }

  /**
   * Ends a paragraph, heading or other block: the next text starts after a blank line. Inside a
   * list item it only ends the line; inside a table cell it is a space.
   */
  blockBreak(): void {
    if (this.cellDepth > 0) {
      this.text(' ');
    } else if (this.listDepth > 0) {
      this.lineBreak();
    } else {
      this.lineBreak();
      const block = this.lines.join('\n').replace(/^\s*\n|\n\s*$/g, '');
      if (/\S/.test(block)) this.blocks.push(block);
      this.lines = [];
      this.prefix = '';
    }
  }

  /**
   * A list as one block: each item on a line of its own that starts with its marker ("• ", "3. ";
   * "" for stray content), indented two spaces per level of nesting.
   */
  list<T>(items: Iterable<T>, marker: (item: T) => string, writeItem: (item: T) => void): void {
    this.blockBreak();
    const indent = '  '.repeat(this.listDepth);
    this.listDepth += 1;
    for (const item of items) {
      this.lineBreak();
      this.prefix = indent + marker(item);
      writeItem(item);
      this.lineBreak();
    }
    this.listDepth -= 1;
    this.blockBreak();
  }

  /** A table row: its cells on one line, separated by tabs. */
  row<T>(cells: Iterable<T>, writeCell: (cell: T) => void): void {
    this.lineBreak();
    this.cellDepth += 1;
    let first = true;
    for (const cell of cells) {
      if (!first) this.line += '\t';
      first = false;
      writeCell(cell);
    }
    this.cellDepth -= 1;
    this.lineBreak();
  }

  toString(): string {
    this.blockBreak();
    return this.blocks.join('\n\n');
  }
}
