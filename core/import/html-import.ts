// A saved web page: the article is found among navigation, ads, banners and footers by Mozilla's
// Readability (Firefox Reader View), then laid out as text by our own DOM walk. The page is
// parsed inertly (see html-parse.ts); its metadata is read before its scripts are removed.
// The headline opens the text, as in the page, so it can be annotated like the rest.

import { Readability } from '@mozilla/readability';
import { NewsmarkError } from '../api/errors.js';
import type { FormatImporter } from './imported-parts.js';
import { cleanText } from './clean-text.js';
import { decodeBytes } from './decode-text.js';
import { writeDom } from './dom-to-text.js';
import { readPageMeta } from './html-meta.js';
import { parseHtml, removeActiveContent } from './html-parse.js';
import { LinkCollector } from './links.js';
import { refuseTooDeep } from './markup-depth.js';
import { TextWriter } from './text-writer.js';

/** Less article text than this is a front page, a login wall or a script-built page, not a story. */
const MIN_ARTICLE_CHARS = 100;

/** A class or id token that names an advertising slot: "ad", "ads", "ad-mpu", "inline-ad", "advert"… */
const AD_TOKEN = /^(?:ads?|adverts?|advertisement|sponsored|ad[-_].+|.+[-_]ads?)$/i;

/**
 * Readability drops most page furniture itself, but ad slots inside the story body ("Advertisement"
 * between two paragraphs) survive; they are removed by name before it runs.
 */
function removeAdSlots(doc: Document): void {
  for (const el of doc.querySelectorAll('[class], [id]')) {
    if ([...el.classList, el.id].some((token) => AD_TOKEN.test(token))) el.remove();
  }
}

/** How far into the file to look for a declared charset (browsers look at 1 KB; some pages are late). */
const CHARSET_SCAN_BYTES = 8 * 1024;

/** The charset named by `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, CHARSET_SCAN_BYTES)).toString('latin1');
  return /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}

export const importHtml: FormatImporter = (fileName, bytes) => {
  refuseTooDeep(fileName, bytes);
  const decoded = decodeBytes(bytes, fileName, declaredCharset(bytes));
  const doc = parseHtml(decoded.text);
  const page = readPageMeta(doc);
  removeActiveContent(doc);
  removeAdSlots(doc);
  const article = new Readability(doc, { serializer: (node: Node) => node }).parse();
  const out = { writer: new TextWriter(), links: new LinkCollector(page.meta.url) };
  if (article?.content) writeDom(article.content, out);
  const body = cleanText(out.writer.toString());
  if (body.length < MIN_ARTICLE_CHARS) {
    throw new NewsmarkError(
      'no-article-content',
      `${fileName} has no article text that Newsmark can find: it may be a front page, a login or cookie wall, or a page that builds its text with scripts. Open the article itself in a browser and save it again ("Web page, complete" or "HTML only"), or copy its text into a .txt file.`,
    );
  }
  const title = page.title;
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  const links = out.links.list();
  return {
    text,
    meta: { ...page.meta, ...(links.length > 0 ? { links } : {}), encoding: decoded.encoding },
    notices: decoded.notices,
    ...(title ? { title } : {}),
  };
};
