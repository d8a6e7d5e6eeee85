// The only place Newsmark parses HTML, so that a hostile page can do nothing: jsdom is given the
// markup as a string and nothing else — no `runScripts` (scripts and inline event handlers stay
// inert text), no `resources` (no stylesheet, image, frame or script is ever fetched), no `url`
// (nothing to resolve against), no `pretendToBeVisual`. After parsing, elements that only carry
// active or embedded content are removed before anything else looks at the page.

import { JSDOM } from 'jsdom';

/** Elements whose content is never article text and may be active. */
const ACTIVE_CONTENT = ['script', 'style', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'template'];

export function parseHtml(html: string): Document {
  return new JSDOM(html).window.document;
}

/** Removes scripts, styles and embedded frames/objects (call after reading JSON-LD). */
export function removeActiveContent(root: Document | Element): void {
  // getElementsByTagName is several times faster than querySelectorAll in jsdom on big pages.
  for (const tag of ACTIVE_CONTENT) for (const el of Array.from(root.getElementsByTagName(tag))) el.remove();
}

let inert: Document | undefined;

/** One shared empty document to build detached elements in; it never loads or runs anything. */
function inertDocument(): Document {
  inert ??= parseHtml('');
  return inert;
}

/**
 * Resolves character references ("&amp;", "&eacute;", "&#8217;") as an HTML parser would, tags
 * staying literal text. Used for text that came from outside a DOM (Markdown, JSON-LD strings).
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  // A <textarea> parses its content as RCDATA: references are resolved, markup is not.
  const textarea = inertDocument().createElement('textarea');
  textarea.innerHTML = text.replace(/</g, '&lt;');
  return textarea.value;
}

/**
 * Parses an HTML snippet (a Markdown HTML block) inertly into a detached element, with its active
 * content removed. Markup set through innerHTML never runs scripts, and this document loads nothing.
 */
export function parseHtmlFragment(html: string): Element {
  const container = inertDocument().createElement('div');
  container.innerHTML = html;
  removeActiveContent(container);
  return container;
}
