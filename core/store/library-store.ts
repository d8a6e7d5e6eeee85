// The library on disk: a small index (library.json) listing every article's summary, and one
// file per article (articles/<id>.json) holding its text and annotations, so saving an
// annotation writes one article, not the library. The article files are the truth; the index
// is rebuilt from them when it is missing or corrupt.

import { mkdir, readFile, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Low } from 'lowdb';
import { NewsmarkError } from '../api/errors.js';
import { SCHEMA_VERSION, countKinds, type ArticleDocument, type ArticleSummary } from '../model.js';
import { CorruptFileError, freshJsonFile, openJsonFile, refuseWrite } from './json-file.js';
import { LibraryLock } from './library-lock.js';
import { TRASH_DIR, Trash } from './trash.js';
import { articleFileSchema, indexFileSchema, type ArticleFile, type IndexFile, type Settings } from './stored-schemas.js';

export const INDEX_FILE = 'library.json';
export const ARTICLES_DIR = 'articles';
const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;
/** Article files kept open in memory; older ones are re-read from disk when needed. */
const OPEN_LIMIT = 64;

export function summarise(doc: ArticleDocument, updatedAt: string): ArticleSummary {
  const { article } = doc;
  return {
    id: article.id,
    title: article.title,
    meta: article.meta,
    contentHash: article.contentHash,
    importedAt: article.importedAt,
    updatedAt,
    length: article.text.length,
    counts: countKinds(doc.annotations),
    tags: [...new Set(doc.annotations.flatMap((a) => a.tags))],
    ...(doc.layers?.length ? { layers: doc.layers.map((l) => l.name) } : {}),
    ...(doc.progress && Object.keys(doc.progress).length ? { progress: doc.progress } : {}),
  };
}

export class LibraryStore {
  /** Problems met while opening (files moved aside, index rebuilt), for the user to read. */
  readonly notices: string[] = [];
  private readonly open = new Map<string, Low<ArticleFile>>();
  /** Told the article's id after every write, removal or trashing (team sync listens). */
  private readonly writeListeners = new Set<(id: string) => void>();

  private constructor(
    readonly dir: string,
    private readonly index: Low<IndexFile>,
    readonly readOnly: boolean,
    private readonly lock: LibraryLock | undefined,
  ) {}

  get trash(): Trash {
    return new Trash(join(this.dir, TRASH_DIR), this.readOnly);
  }

  /**
   * Opens the library for writing (taking its lock: see library-lock.ts; `holder` names this
   * process in the message a second writer gets) or read-only (no lock; nothing is written).
   */
  static async open(dir: string, { readOnly = false, holder = 'Newsmark' }: { readOnly?: boolean; holder?: string } = {}): Promise<LibraryStore> {
    if (!readOnly) await mkdir(join(dir, ARTICLES_DIR), { recursive: true });
    const lock = readOnly ? undefined : await LibraryLock.acquire(dir, holder);
    try {
      return await LibraryStore.openIndex(dir, readOnly, lock);
    } catch (err) {
      await lock?.release();
      throw err;
    }
  }

  private static async openIndex(dir: string, readOnly: boolean, lock: LibraryLock | undefined): Promise<LibraryStore> {
    const indexPath = join(dir, INDEX_FILE);
    const defaults: IndexFile = { schemaVersion: SCHEMA_VERSION, articles: [] };
    try {
      const { db, existed } = await openJsonFile(indexPath, indexFileSchema, defaults, { readOnly });
      const store = new LibraryStore(dir, db, readOnly, lock);
      if (!existed) await store.rebuildIndexIfArticlesExist();
      return store;
    } catch (err) {
      if (!(err instanceof CorruptFileError)) throw err;
      const store = new LibraryStore(dir, freshJsonFile(indexPath, defaults, { readOnly }), readOnly, lock);
      store.notices.push(`${err.message} The library index was rebuilt from the article files.`);
      await store.rebuildIndexIfArticlesExist();
      return store;
    }
  }

  /** Waits for writes in flight and gives the library's lock back. */
  async close(): Promise<void> {
    await this.lock?.release();
  }

  private writable(): void {
    if (this.readOnly) refuseWrite();
  }

  private articlePath(id: string): string {
    if (!SAFE_ID.test(id)) throw new NewsmarkError('not-found', `No article with id "${id}" in the library.`);
    return join(this.dir, ARTICLES_DIR, `${id}.json`);
  }

  private async rebuildIndexIfArticlesExist(): Promise<void> {
    const names = (await readdir(join(this.dir, ARTICLES_DIR)).catch(() => [] as string[])).filter((n) => n.endsWith('.json'));
    const summaries: ArticleSummary[] = [];
    for (const name of names) {
      try {
        const db = await this.openArticle(name.slice(0, -'.json'.length));
        summaries.push(summarise(db.data, db.data.article.importedAt));
      } catch (err) {
        if (!(err instanceof NewsmarkError)) throw err;
        this.notices.push(err.message);
      }
    }
    if (names.length === 0) return;
    this.index.data.articles = summaries;
    if (!this.readOnly) await this.index.write();
  }

  private async openArticle(id: string): Promise<Low<ArticleFile>> {
    const cached = this.open.get(id);
    if (cached) return cached;
    const path = this.articlePath(id);
    const placeholder = { schemaVersion: SCHEMA_VERSION } as ArticleFile;
    const { db, existed } = await openJsonFile(path, articleFileSchema, placeholder, { readOnly: this.readOnly });
    if (!existed) throw new NewsmarkError('not-found', `No article with id "${id}" in the library.`);
    this.remember(id, db);
    return db;
  }

  private remember(id: string, db: Low<ArticleFile>): void {
    this.open.delete(id);
    this.open.set(id, db);
    const oldest = this.open.keys().next().value;
    if (this.open.size > OPEN_LIMIT && oldest !== undefined) this.open.delete(oldest);
  }

  get settings(): Settings {
    return this.index.data.settings ?? {};
  }

  async putSettings(settings: Settings): Promise<void> {
    this.index.data.settings = settings;
    await this.index.write();
  }

  onWrite(listener: (id: string) => void): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  private written(id: string): void {
    for (const listener of this.writeListeners) listener(id);
  }

  list(): ArticleSummary[] {
    return [...this.index.data.articles];
  }

  summary(id: string): ArticleSummary | undefined {
    return this.index.data.articles.find((a) => a.id === id);
  }

  findByHash(contentHash: string): ArticleSummary | undefined {
    return this.index.data.articles.find((a) => a.contentHash === contentHash);
  }

  /** The article's document; a corrupt file is moved aside, dropped from the index and reported. */
  async get(id: string): Promise<ArticleDocument> {
    try {
      const db = await this.openArticle(id);
      const { article, annotations, relations, rejectedSuggestions, layers, progress } = db.data;
      return { article, annotations, relations, rejectedSuggestions, ...(layers ? { layers } : {}), ...(progress ? { progress } : {}) };
    } catch (err) {
      if (err instanceof CorruptFileError) await this.dropFromIndex(id);
      throw err;
    }
  }

  /** Writes the article's file, then its line in the index. Returns the new summary. */
  async put(doc: ArticleDocument, updatedAt: string): Promise<ArticleSummary> {
    this.writable();
    const id = doc.article.id;
    const path = this.articlePath(id);
    let db = this.open.get(id);
    if (!db) {
      const fresh = await openJsonFile(path, articleFileSchema, { schemaVersion: SCHEMA_VERSION, ...doc, rejectedSuggestions: [] });
      db = fresh.db;
      this.remember(id, db);
    }
    db.data = {
      schemaVersion: SCHEMA_VERSION,
      article: doc.article,
      annotations: doc.annotations,
      relations: doc.relations,
      rejectedSuggestions: doc.rejectedSuggestions ?? [],
      ...(doc.layers?.length ? { layers: doc.layers } : {}),
      ...(doc.progress && Object.keys(doc.progress).length ? { progress: doc.progress } : {}),
    };
    await db.write();
    const summary = summarise(doc, updatedAt);
    const at = this.index.data.articles.findIndex((a) => a.id === id);
    if (at >= 0) this.index.data.articles[at] = summary;
    else this.index.data.articles.push(summary);
    await this.index.write();
    this.written(id);
    return summary;
  }

  async remove(id: string): Promise<void> {
    this.writable();
    const path = this.articlePath(id);
    if (!this.summary(id)) throw new NewsmarkError('not-found', `No article with id "${id}" in the library.`);
    this.open.delete(id);
    await unlink(path).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
    await this.dropFromIndex(id);
    this.written(id);
  }

  /**
   * Just the article's text, for search: read without the schema check a full `get` does. A file
   * that cannot be read counts as empty here; opening the article reports it.
   */
  async textOf(id: string): Promise<string> {
    const cached = this.open.get(id);
    if (cached) return cached.data.article.text;
    try {
      const raw = JSON.parse(await readFile(this.articlePath(id), 'utf8')) as { article?: { text?: unknown } };
      return typeof raw.article?.text === 'string' ? raw.article.text : '';
    } catch {
      return '';
    }
  }

  /** Moves the article's file to the trash (see Trash) and drops it from the index. */
  async moveToTrash(id: string, at: Date): Promise<void> {
    this.writable();
    const path = this.articlePath(id);
    if (!this.summary(id)) throw new NewsmarkError('not-found', `No article with id "${id}" in the library.`);
    this.open.delete(id);
    await this.trash.put(id, path, at);
    await this.dropFromIndex(id);
    this.written(id);
  }

  async restoreFromTrash(id: string, updatedAt: string): Promise<ArticleSummary> {
    this.writable();
    await this.trash.take(id, this.articlePath(id));
    return this.put(await this.get(id), updatedAt);
  }

  private async dropFromIndex(id: string): Promise<void> {
    this.index.data.articles = this.index.data.articles.filter((a) => a.id !== id);
    if (!this.readOnly) await this.index.write();
  }
}
