// How deeply a page's elements nest, estimated from its markup in one linear scan, before any
// DOM is built: jsdom and Readability slow down faster than linearly with depth (a 10 KB page
// nested 800 levels took 22 s; 5,000 levels overflowed the stack), while real pages nest a few
// dozen levels. Elements that never hold others (void elements, `/>`), those whose end tag is
// optional (p, li, td…: the parser closes them implicitly) and raw-text elements' contents are
// not counted, so the estimate never exceeds the depth the parser would build.

import { NewsmarkError } from '../api/errors.js';

/** The deepest page Newsmark reads; the deepest real news pages we know nest under 100. */
export const MAX_MARKUP_DEPTH = 256;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const OPTIONAL_END = new Set(['html', 'head', 'body', 'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp']);
/** Their content is text to the parser, however much it looks like markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

/** Where each raw-text element ends (any case), searched from a given index. */
const RAW_TEXT_END = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}`, 'gi')]));

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Where a tag name that starts at `from` ends. */
function nameEnd(html: string, from: number): number {
  let at = from;
  for (let code = html.charCodeAt(at); at < html.length && code !== 0x3e && code !== 0x2f && code > 0x20; code = html.charCodeAt(++at));
  return at;
}

/** The deepest nesting of elements in `html` (an estimate from below, see above). */
export function markupDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (let lt = html.indexOf('<'); lt >= 0 && lt < html.length; lt = html.indexOf('<', lt + 1)) {
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) break;
      lt = end + 2;
      continue;
    }
    const closing = html.charCodeAt(lt + 1) === 0x2f;
    const start = lt + (closing ? 2 : 1);
    if (!isLetter(html.charCodeAt(start))) continue; // "a < b", "<!doctype>", "<?xml"
    const end = nameEnd(html, start);
    const gt = html.indexOf('>', end);
    if (gt < 0) break;
    const name = html.slice(start, end).toLowerCase();
    lt = gt;
    if (VOID.has(name) || OPTIONAL_END.has(name)) continue;
    if (closing) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (html.charCodeAt(gt - 1) === 0x2f) continue; // <path/>
    const rawEnd = RAW_TEXT_END.get(name);
    if (rawEnd) {
      rawEnd.lastIndex = gt + 1;
      const found = rawEnd.exec(html);
      const close = found ? html.indexOf('>', found.index) : -1;
      if (close < 0) break;
      lt = close;
      continue;
    }
    depth += 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/**
 * Refuses a page nested so deeply that building and reading its DOM would take minutes. Tags are
 * ASCII in the encodings pages use, so the bytes are read as Latin-1: no charset needed (a UTF-16
 * page counts as flat here; the time limit of off-thread.ts still holds for it).
 */
export function refuseTooDeep(fileName: string, bytes: Uint8Array): void {
  const depth = markupDepth(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
  if (depth <= MAX_MARKUP_DEPTH) return;
  throw new NewsmarkError(
    'too-complex',
    `${fileName} is nested ${depth.toLocaleString('en-US')} levels deep; Newsmark reads pages up to ${MAX_MARKUP_DEPTH} levels. Open it in a browser, copy the article's text into a .txt file and import that.`,
  );
}
