// The one implementation of the Newsmark API, over the library store. Electron's IPC, the
// Chromium test harness and the CLI all call this class (through core/api/dispatch.ts).

import { randomUUID } from 'node:crypto';
import { NewsmarkError } from './api/errors.js';
import type { ExportedFile, ImportOutcome, InputOf, NewsmarkApi, Outputs } from './api/contract.js';
import { quoteAt, spanProblem } from './anchoring/text-quote.js';
import { buildNativeExport, exportFileName } from './export/native-json.js';
import { importDocument } from './import/import-document.js';
import { compareByPosition, type Annotation, type ArticleDocument, type ArticleSummary } from './model.js';
import { KeyedQueue } from './store/keyed-queue.js';
import { LibraryStore } from './store/library-store.js';

/** Trims, drops empties and case-insensitive repeats, keeps the user's order. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tag.toLocaleLowerCase();
    if (tag && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

/** Imports share one queue key: two imports of the same text must not both pass the duplicate check. */
const IMPORTS = '\u0000imports';

export class LibraryService implements NewsmarkApi {
  /** Changes to one article run one at a time (see KeyedQueue). */
  private readonly queue = new KeyedQueue();

  private constructor(
    private readonly store: LibraryStore,
    private readonly clock: () => Date,
  ) {}

  static async open(libraryDir: string, clock: () => Date = () => new Date()): Promise<LibraryService> {
    return new LibraryService(await LibraryStore.open(libraryDir), clock);
  }

  private now(): string {
    return this.clock().toISOString();
  }

  async getLibraryInfo(): Promise<Outputs['getLibraryInfo']> {
    return { libraryDir: this.store.dir, notices: [...this.store.notices] };
  }

  async listArticles(): Promise<ArticleSummary[]> {
    return this.store.list().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async getArticle({ id }: InputOf<'getArticle'>): Promise<ArticleDocument> {
    const doc = await this.store.get(id);
    return { article: doc.article, annotations: [...doc.annotations].sort(compareByPosition) };
  }

  async importFile({ fileName, contentBase64 }: InputOf<'importFile'>): Promise<ImportOutcome> {
    const imported = importDocument(fileName, Buffer.from(contentBase64, 'base64'));
    return this.queue.run(IMPORTS, async () => {
      const existing = this.store.findByHash(imported.contentHash);
      if (existing) return { article: existing, duplicate: true };
      const importedAt = this.now();
      const article = { id: randomUUID(), ...imported, importedAt };
      const summary = await this.store.put({ article, annotations: [] }, importedAt);
      return { article: summary, duplicate: false };
    });
  }

  /** Reads the article, applies `change`, writes the result: one change at a time per article. */
  private change<T>(articleId: string, change: (doc: ArticleDocument) => Promise<T>): Promise<T> {
    return this.queue.run(articleId, async () => change(await this.store.get(articleId)));
  }

  async updateArticle({ id, title }: InputOf<'updateArticle'>): Promise<ArticleSummary> {
    return this.change(id, (doc) => this.store.put({ ...doc, article: { ...doc.article, title } }, this.now()));
  }

  async deleteArticle({ id }: InputOf<'deleteArticle'>): Promise<{ deleted: string }> {
    await this.queue.run(id, () => this.store.remove(id));
    return { deleted: id };
  }

  async createAnnotation(input: InputOf<'createAnnotation'>): Promise<Annotation> {
    return this.change(input.articleId, async (doc) => {
      const problem = spanProblem(doc.article.text, input.start, input.end);
      if (problem) throw new NewsmarkError('bad-span', `Cannot mark this text: ${problem}.`);
      const now = this.now();
      const annotation: Annotation = {
        id: randomUUID(),
        kind: input.kind,
        start: input.start,
        end: input.end,
        quote: quoteAt(doc.article.text, input.start, input.end),
        tags: normaliseTags(input.tags ?? []),
        note: input.note ?? '',
        createdAt: now,
        updatedAt: now,
      };
      await this.store.put({ ...doc, annotations: [...doc.annotations, annotation] }, now);
      return annotation;
    });
  }

  private findAnnotation(doc: ArticleDocument, id: string): Annotation {
    const found = doc.annotations.find((a) => a.id === id);
    if (!found) throw new NewsmarkError('not-found', `No annotation with id "${id}" in this article.`);
    return found;
  }

  async updateAnnotation(input: InputOf<'updateAnnotation'>): Promise<Annotation> {
    return this.change(input.articleId, async (doc) => {
      const current = this.findAnnotation(doc, input.id);
      const now = this.now();
      const updated: Annotation = {
        ...current,
        kind: input.kind ?? current.kind,
        note: input.note ?? current.note,
        tags: input.tags ? normaliseTags(input.tags) : current.tags,
        updatedAt: now,
      };
      const annotations = doc.annotations.map((a) => (a.id === updated.id ? updated : a));
      await this.store.put({ ...doc, annotations }, now);
      return updated;
    });
  }

  async deleteAnnotation({ articleId, id }: InputOf<'deleteAnnotation'>): Promise<{ deleted: string }> {
    return this.change(articleId, async (doc) => {
      this.findAnnotation(doc, id);
      await this.store.put({ ...doc, annotations: doc.annotations.filter((a) => a.id !== id) }, this.now());
      return { deleted: id };
    });
  }

  async exportJson({ articleId }: InputOf<'exportJson'>): Promise<ExportedFile> {
    const ids = articleId ? [articleId] : this.store.list().map((a) => a.id);
    const docs: ArticleDocument[] = [];
    for (const id of ids) docs.push(await this.store.get(id));
    const exportedAt = this.now();
    const content = `${JSON.stringify(buildNativeExport(docs, exportedAt), null, 2)}\n`;
    return { fileName: exportFileName(articleId ? docs[0]?.article.title : undefined, exportedAt), content };
  }
}
