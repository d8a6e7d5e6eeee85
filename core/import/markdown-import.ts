// Markdown: rendered to plain reading text by walking marked's tokens (never through HTML).
// Headings, paragraphs and blockquotes become paragraphs; emphasis, code spans and links show
// their words (link targets go to meta.links); lists become "• " / "1. " lines; code blocks are
// kept line for line; tables become tab-separated rows; images are dropped, alt text included,
// because it is a description of a picture, not words of the article. Raw HTML blocks go
// through the same inert HTML-to-text walk as web pages. Front matter fills the metadata.

import { getDefaults, Lexer, type Token, type Tokens } from 'marked';
import type { FormatImporter } from './imported-parts.js';
import { normaliseNewlines } from './clean-text.js';
import { decodeBytes } from './decode-text.js';
import { writeDom } from './dom-to-text.js';
import { readFrontMatter } from './front-matter.js';
import { decodeEntities, parseHtmlFragment } from './html-parse.js';
import { LinkCollector } from './links.js';
import { TextWriter, type TextOutput } from './text-writer.js';

/** The words of inline tokens, as the reader sees them (for a heading title or a link's text). */
function plainText(tokens: Token[]): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case 'text':
          return token.tokens ? plainText(token.tokens) : decodeEntities(token.text);
        case 'escape':
        case 'codespan':
          return token.text;
        case 'strong':
        case 'em':
        case 'del':
        case 'link':
          return plainText(token.tokens ?? []);
        default:
          return '';
      }
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function writeInline(tokens: Token[], out: TextOutput): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        if (token.tokens) writeInline(token.tokens, out);
        else out.writer.text(decodeEntities(token.text));
        break;
      case 'escape':
      case 'codespan':
        out.writer.text(token.text);
        break;
      case 'strong':
      case 'em':
      case 'del':
        writeInline(token.tokens ?? [], out);
        break;
      case 'link':
        out.links.add(plainText(token.tokens ?? []), token.href);
        writeInline(token.tokens ?? [], out);
        break;
      case 'br':
        out.writer.hardBreak();
        break;
      case 'html':
        // Inline tags are dropped, their text comes as separate tokens; <br> still breaks a line.
        if (/^<br\s*\/?>$/i.test(token.text.trim())) out.writer.hardBreak();
        break;
      // image, checkbox and anything unknown: not words of the article
    }
  }
}

function writeBlocks(tokens: Token[], out: TextOutput): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
      case 'paragraph':
        out.writer.blockBreak();
        writeInline(token.tokens ?? [], out);
        out.writer.blockBreak();
        break;
      case 'text':
        // The body of a tight list item.
        writeInline(token.tokens ?? [token], out);
        break;
      case 'blockquote':
        writeBlocks(token.tokens ?? [], out);
        break;
      case 'list': {
        const list = token as Tokens.List;
        let number = typeof list.start === 'number' ? list.start : 1;
        const marker = (): string => (list.ordered ? `${number++}. ` : '• ');
        out.writer.list(list.items, marker, (item) => writeBlocks(item.tokens, out));
        break;
      }
      case 'table': {
        const table = token as Tokens.Table;
        out.writer.blockBreak();
        for (const row of [table.header, ...table.rows]) out.writer.row(row, (cell) => writeInline(cell.tokens, out));
        out.writer.blockBreak();
        break;
      }
      case 'code':
        out.writer.blockBreak();
        out.writer.verbatim(token.text);
        out.writer.blockBreak();
        break;
      case 'html':
        out.writer.blockBreak();
        writeDom(parseHtmlFragment(token.text), out);
        out.writer.blockBreak();
        break;
      case 'hr':
        out.writer.blockBreak();
        break;
      // space, def: nothing to read
    }
  }
}

function firstHeading(tokens: Token[]): string | undefined {
  const heading = tokens.find((token): token is Tokens.Heading => token.type === 'heading');
  return heading ? plainText(heading.tokens) || undefined : undefined;
}

export const importMarkdown: FormatImporter = (fileName, bytes) => {
  const decoded = decodeBytes(bytes, fileName);
  const front = readFrontMatter(normaliseNewlines(decoded.text));
  // Fresh default options: GFM on, unaffected by any marked.use() elsewhere in the app.
  const tokens = new Lexer(getDefaults()).lex(front.body);
  const out = { writer: new TextWriter(), links: new LinkCollector() };
  writeBlocks(tokens, out);
  const links = out.links.list();
  const title = front.title ?? firstHeading(tokens);
  return {
    text: out.writer.toString(),
    meta: { ...front.meta, ...(links.length > 0 ? { links } : {}), encoding: decoded.encoding },
    notices: decoded.notices,
    ...(title ? { title } : {}),
  };
};
