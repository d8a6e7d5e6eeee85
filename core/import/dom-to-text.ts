// Lays an (already inert) HTML tree out as reading text by walking its nodes, the way a browser
// would show it: block elements become paragraphs separated by a blank line, <br> a line break,
// list items lines of their own ("• " or "1. "), table rows lines with tab-separated cells,
// <pre> verbatim. Images, media and form controls are not text and are left out. Taking
// `textContent` of the whole tree instead would glue paragraphs together.

import type { TextOutput } from './text-writer.js';

const SKIPPED = new Set([
  'head', 'title', 'meta', 'link', 'base', 'script', 'style', 'noscript', 'template', 'iframe', 'frame',
  'object', 'embed', 'applet', 'img', 'picture', 'svg', 'math', 'video', 'audio', 'source', 'track',
  'canvas', 'map', 'area', 'input', 'select', 'textarea', 'button', 'datalist', 'dialog',
]);

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'legend', 'main', 'nav', 'p', 'section', 'summary', 'table',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

function writeList(list: Element, out: TextOutput): void {
  let number = Number.parseInt(list.getAttribute('start') ?? '1', 10);
  if (Number.isNaN(number)) number = 1;
  const marker = (item: Element): string => {
    if (item.localName !== 'li') return '';
    return list.localName === 'ol' ? `${number++}. ` : '• ';
  };
  out.writer.list(list.children, marker, (item) => writeNode(item, out));
}

function writeElement(el: Element, out: TextOutput): void {
  const tag = el.localName;
  if (SKIPPED.has(tag) || el.hasAttribute('hidden')) return;
  switch (tag) {
    case 'br':
      out.writer.hardBreak();
      return;
    case 'pre':
      out.writer.blockBreak();
      out.writer.verbatim(el.textContent ?? '');
      out.writer.blockBreak();
      return;
    case 'ul':
    case 'ol':
    case 'menu':
      writeList(el, out);
      return;
    case 'tr':
      out.writer.row(
        [...el.children].filter((cell) => cell.localName === 'td' || cell.localName === 'th'),
        (cell) => writeChildren(cell, out),
      );
      return;
    case 'a': {
      const href = el.getAttribute('href');
      if (href !== null) out.links.add(el.textContent ?? '', href);
      break;
    }
  }
  const block = BLOCKS.has(tag) || tag === 'li';
  if (block) out.writer.blockBreak();
  writeChildren(el, out);
  if (block) out.writer.blockBreak();
}

function writeNode(node: Node, out: TextOutput): void {
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) out.writer.text(node.nodeValue ?? '');
  else if (node.nodeType === ELEMENT_NODE) writeElement(node as Element, out);
}

function writeChildren(parent: Node, out: TextOutput): void {
  for (const child of parent.childNodes) writeNode(child, out);
}

/** Writes everything under `root` as reading text; links go to `out.links`. */
export function writeDom(root: Node, out: TextOutput): void {
  writeChildren(root, out);
}
