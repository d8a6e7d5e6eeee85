// Reads the YAML front matter that static-site and note-taking tools put at the top of a Markdown
// file ("---" … "---") into article metadata. Only the flat subset such blocks use is read —
// `key: value`, quoted values, `[a, b]` and "- item" lists; anything else is ignored, never an
// error, because the block is a courtesy and the article is the point.

import type { ArticleMeta } from '../model.js';
import { toIsoDate } from './dates.js';
import { httpUrl } from './links.js';

export interface FrontMatter {
  title?: string;
  meta: Pick<ArticleMeta, 'date' | 'author' | 'url' | 'outlet'>;
  /** The Markdown after the front matter. */
  body: string;
}

const BLOCK = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

const KEYS = {
  title: ['title', 'headline'],
  date: ['date', 'published', 'published_at', 'publishdate', 'pubdate'],
  author: ['author', 'authors', 'byline'],
  url: ['url', 'canonical', 'canonical_url', 'permalink', 'link'],
  outlet: ['outlet', 'publication', 'publisher', 'site_name', 'site'],
} as const;

function unquote(value: string): string {
  const v = value.trim();
  const quoted = /^(["'])(.*)\1$/.exec(v);
  return (quoted?.[2] ?? v).trim();
}

/**
 * Each key's values, in order; keys lower-cased. Undefined when a line is not of the YAML kind —
 * then the "---" lines were thematic breaks around ordinary Markdown, which must not be lost.
 */
function readFields(yaml: string): Map<string, string[]> | undefined {
  const fields = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of yaml.split('\n')) {
    const item = /^\s*-\s+(.*)$/.exec(line);
    const pair = /^([A-Za-z_][\w-]*)\s*:(?:\s+(.*))?$/.exec(line);
    if (item?.[1] !== undefined) {
      current.push(unquote(item[1]));
    } else if (pair?.[1] !== undefined) {
      const raw = (pair[2] ?? '').trim();
      const list = /^\[(.*)\]$/.exec(raw);
      current = list ? (list[1] ?? '').split(',').map(unquote) : raw === '' ? [] : [unquote(raw)];
      fields.set(pair[1].toLowerCase(), current);
    } else if (line.trim() !== '' && !/^\s+\S|^\s*#/.test(line)) {
      return undefined;
    }
  }
  return fields;
}

export function readFrontMatter(markdown: string): FrontMatter {
  const block = BLOCK.exec(markdown);
  const fields = block ? readFields(block[1] ?? '') : undefined;
  if (!block || !fields) return { meta: {}, body: markdown };
  const values = (keys: readonly string[]): string[] =>
    keys.flatMap((key) => fields.get(key) ?? []).filter((v) => v !== '');

  const meta: FrontMatter['meta'] = {};
  const date = toIsoDate(values(KEYS.date)[0] ?? '');
  const author = values(KEYS.author).join(', ');
  const url = httpUrl(values(KEYS.url)[0]);
  const outlet = values(KEYS.outlet)[0];
  if (date) meta.date = date;
  if (author) meta.author = author;
  if (url) meta.url = url;
  if (outlet) meta.outlet = outlet;
  const title = values(KEYS.title)[0];
  const body = markdown.slice(block[0].length);
  return title ? { title, meta, body } : { meta, body };
}
