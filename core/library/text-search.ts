// Finds articles by words in their title or full text. Titles live in the library index; texts
// live in one file per article, so each text is read once and kept (lower-cased) in memory,
// keyed by its content hash: later searches scan memory only, and a new version is read again.

import type { ArticleSummary } from '../model.js';

export interface SearchHit {
  id: string;
  /** Every term is in the title. */
  inTitle: boolean;
  /** A line of the text around the first term found in it, or null when only the title matched. */
  snippet: string | null;
}

interface CachedText {
  hash: string;
  text: string;
  lower: string;
}

/** Article files read at once when texts are first needed. */
const PARALLEL_READS = 16;
const SNIPPET_BEFORE = 40;
const SNIPPET_AFTER = 100;

/** Words of the query, lower-cased; "a quoted phrase" stays one term. */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  for (const m of query.toLowerCase().matchAll(/"([^"]+)"|(\S+)/g)) {
    const term = (m[1] ?? m[2] ?? '').trim();
    if (term) terms.push(term);
  }
  return terms;
}

function snippetAt(text: string, at: number, length: number): string {
  const from = Math.max(0, at - SNIPPET_BEFORE);
  const to = Math.min(text.length, at + length + SNIPPET_AFTER);
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

export class TextSearch {
  private readonly texts = new Map<string, CachedText>();

  constructor(private readonly readText: (id: string) => Promise<string>) {}

  /** Reads the texts not yet in memory (or changed since), a few files at a time. */
  private async load(articles: readonly ArticleSummary[]): Promise<void> {
    const missing = articles.filter((a) => this.texts.get(a.id)?.hash !== a.contentHash);
    for (let i = 0; i < missing.length; i += PARALLEL_READS) {
      await Promise.all(
        missing.slice(i, i + PARALLEL_READS).map(async ({ id, contentHash }) => {
          const text = await this.readText(id);
          this.texts.set(id, { hash: contentHash, text, lower: text.toLowerCase() });
        }),
      );
    }
  }

  /** The articles (in the given order) in which every term is in the title or the text. */
  async search(articles: readonly ArticleSummary[], query: string): Promise<SearchHit[]> {
    const terms = searchTerms(query);
    const live = new Set(articles.map((a) => a.id));
    for (const id of this.texts.keys()) if (!live.has(id)) this.texts.delete(id);
    if (terms.length === 0) return articles.map((a) => ({ id: a.id, inTitle: false, snippet: null }));
    await this.load(articles);
    const hits: SearchHit[] = [];
    for (const summary of articles) {
      const title = summary.title.toLowerCase();
      const { text, lower } = this.texts.get(summary.id)!;
      let snippet: string | null = null;
      const found = terms.every((term) => {
        const at = lower.indexOf(term);
        if (at !== -1 && snippet === null) snippet = snippetAt(text, at, term.length);
        return at !== -1 || title.includes(term);
      });
      if (found) hits.push({ id: summary.id, inTitle: terms.every((t) => title.includes(t)), snippet });
    }
    return hits;
  }
}
