// Collects the links of a Markdown or HTML article for `meta.links`: the reading text keeps only
// a link's words, so its target is kept here. Only targets a reader could follow outside the
// app are kept (http, https, mailto); script URLs, in-page anchors and relative paths that
// resolve to nowhere are dropped. Links are stored, never fetched. Also decides what counts as an
// article's own web address (meta.url): an absolute http(s) URL.

import type { ArticleMeta } from '../model.js';

type Link = NonNullable<ArticleMeta['links']>[number];

const KEPT_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

function parseUrl(value: string, base?: string): URL | undefined {
  try {
    return new URL(value.trim(), base);
  } catch {
    return undefined;
  }
}

/** The normalised URL when `value` is an absolute http(s) address (an article's own URL). */
export function httpUrl(value: string | undefined): string | undefined {
  const url = value === undefined ? undefined : parseUrl(value);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : undefined;
}

export class LinkCollector {
  private readonly links: Link[] = [];
  private readonly seen = new Set<string>();

  /** @param base the page's own URL, against which relative targets are resolved, if known */
  constructor(private readonly base?: string) {}

  add(text: string, href: string): void {
    const target = href.trim();
    if (target === '' || target.startsWith('#')) return;
    const url = parseUrl(target, this.base);
    if (!url || !KEPT_PROTOCOLS.has(url.protocol)) return;
    const link = { text: text.replace(/\s+/g, ' ').trim(), href: url.href };
    const key = `${link.text}\n${link.href}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.links.push(link);
  }

  list(): Link[] {
    return [...this.links];
  }
}
