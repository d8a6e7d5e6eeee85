// Reads a saved news page's own description of itself: headline, author, outlet, publication
// date and canonical URL, from Open Graph / article:* meta tags, schema.org JSON-LD
// (NewsArticle and kin, also inside @graph, with @id references followed) and plain HTML
// (<title>, <h1>, <time datetime>). Must run before scripts are removed, since JSON-LD lives in
// <script> elements; it only parses JSON, never runs anything. Malformed JSON-LD is ignored.

import type { ArticleMeta } from '../model.js';
import { toIsoDate } from './dates.js';
import { decodeEntities } from './html-parse.js';
import { httpUrl } from './links.js';

export interface PageMeta {
  title?: string;
  meta: Pick<ArticleMeta, 'author' | 'outlet' | 'date' | 'url'>;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:\w*NewsArticle|Article|BlogPosting|Report)$/;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/** `<meta property|name="…" content="…">` values by lower-cased key, first one wins. */
function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of doc.getElementsByTagName('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name'))?.toLowerCase();
    const content = clean(el.getAttribute('content'));
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

function canonicalHref(doc: Document): string | undefined {
  for (const link of doc.getElementsByTagName('link')) {
    if (/(?:^|\s)canonical(?:\s|$)/i.test(link.getAttribute('rel') ?? '')) return clean(link.getAttribute('href'));
  }
  return undefined;
}

/** Every JSON-LD object on the page, @graph members included. */
function jsonLdNodes(doc: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  const collect = (data: unknown): void => {
    if (Array.isArray(data)) data.forEach(collect);
    else if (isObject(data)) {
      nodes.push(data);
      collect(data['@graph']);
    }
  };
  for (const script of doc.getElementsByTagName('script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is its own problem; the other sources still count.
    }
  }
  return nodes;
}

class JsonLdArticle {
  private readonly byId = new Map<string, JsonObject>();
  private readonly article: JsonObject | undefined;

  constructor(nodes: JsonObject[]) {
    for (const node of nodes) if (typeof node['@id'] === 'string') this.byId.set(node['@id'], node);
    this.article = nodes.find((node) => [node['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t)));
  }

  /** A string field of the article, entities resolved (CMSs often escape JSON-LD text). */
  text(key: string): string | undefined {
    const value = this.article?.[key];
    return typeof value === 'string' ? clean(decodeEntities(value)) : undefined;
  }

  /** The names of a person/organisation field: a string, an object, an @id reference, or a list. */
  names(key: string): string | undefined {
    const names = [this.article?.[key]].flat().flatMap((value) => {
      if (typeof value === 'string') return [value];
      if (!isObject(value)) return [];
      const node = typeof value['@id'] === 'string' ? { ...this.byId.get(value['@id']), ...value } : value;
      return typeof node.name === 'string' ? [node.name] : [];
    });
    return clean(decodeEntities(names.map((n) => n.trim()).join(', ')));
  }

  url(): string | undefined {
    const page = this.article?.mainEntityOfPage;
    const pageId = isObject(page) ? page['@id'] : page;
    return httpUrl(this.text('url')) ?? (typeof pageId === 'string' ? httpUrl(pageId) : undefined);
  }
}

/** "Story headline | The Daily" → "Story headline", when the outlet is known. */
function withoutSiteSuffix(title: string, outlet: string | undefined): string {
  if (!outlet) return title;
  const suffix = new RegExp(`\\s*[|–—:·•-]\\s*${outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
  return title.replace(suffix, '') || title;
}

function byline(value: string | undefined): string | undefined {
  if (value === undefined || httpUrl(value)) return undefined;
  return clean(value.replace(/^by\s+/i, ''));
}

export function readPageMeta(doc: Document): PageMeta {
  const tags = metaTags(doc);
  const ld = new JsonLdArticle(jsonLdNodes(doc));
  const outlet = tags.get('og:site_name') ?? ld.names('publisher');
  const headline =
    tags.get('og:title') ??
    ld.text('headline') ??
    clean(doc.getElementsByTagName('title')[0]?.textContent) ??
    clean(doc.getElementsByTagName('h1')[0]?.textContent);
  const title = headline && withoutSiteSuffix(headline, outlet);
  const author = byline(tags.get('author')) ?? byline(tags.get('article:author')) ?? ld.names('author');
  const date =
    toIsoDate(tags.get('article:published_time') ?? '') ??
    toIsoDate(ld.text('datePublished') ?? '') ??
    toIsoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? '');
  const url = httpUrl(canonicalHref(doc)) ?? httpUrl(tags.get('og:url')) ?? ld.url();
  const meta: PageMeta['meta'] = {};
  if (author) meta.author = author;
  if (outlet) meta.outlet = outlet;
  if (date) meta.date = date;
  if (url) meta.url = url;
  return title ? { title, meta } : { meta };
}
