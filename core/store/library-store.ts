// The library on disk: one file per article (articles/<id>.json) holding its text and
// annotations, and beside it the article's journal of edits since the file was last written whole
// (article-journal.ts), so saving an annotation appends one line, not the article; a small index
// (library.json, see library-index.ts) listing every article's summary; rolling backups of each
// article file (article-backups.ts); the trash. The article files are the truth: at open the index
// is checked against them (index-check.ts), and a damaged article file is restored from its newest
// good backup. One writer at a time holds the library's lock (library-lock.ts); readers open it
// read-only and write nothing.

import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, stat, truncate, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Low } from 'lowdb';
import { NewsmarkError } from '../api/errors.js';
import { SCHEMA_VERSION, countKinds, type ArticleDocument, type ArticleSummary, type ExportDocument } from '../model.js';
import { ArticleBackups, BACKUPS_DIR, type BackupInfo } from './article-backups.js';
import { ArticleJournal, JOURNAL_SUFFIX, applyChanges, changeBetween, keepDamagedJournal, readJournal } from './article-journal.js';
import { writeFileDurably, type DurableJsonFile, type FileStamp } from './durable-json-adapter.js';
import { deepFreeze, freezeChanged } from './deep-freeze.js';
import { checkIndex } from './index-check.js';
import { CorruptFileError, asideName, openJsonFile, refuseWrite } from './json-file.js';
import { LibraryIndex } from './library-index.js';
import { LibraryLock } from './library-lock.js';
import { LibrarySettings } from './library-settings.js';
import { AnnotationOrder } from './sorted-annotations.js';
import { TRASH_DIR, Trash } from './trash.js';
import { WriteBatch } from './write-batch.js';
import { annotationSchema, articleFileSchema, type ArticleFile, type Settings } from './stored-schemas.js';

export const INDEX_FILE = 'library.json';
export const ARTICLES_DIR = 'articles';
const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;
/** Article files kept open in memory; older ones are re-read from disk when needed. */
const OPEN_LIMIT = 64;
/**
 * ... and the annotations they may hold together (about 0.6 KB of heap each): a few huge
 * articles (a backup of several 100,000-annotation stories) are not all kept. The newest is
 * kept whatever its size, so the article being edited is never re-read for each edit.
 */
const OPEN_ANNOTATIONS = 150_000;
/** A journal is compacted into its article file once it would grow past this or the file's size, whichever is more. */
const JOURNAL_MIN_LIMIT = 256 * 1024;
/** An article file's annotations are read a batch at a time (json-file.ts): a 35 MB file never is one string. */
const ANNOTATIONS = { list: { key: 'annotations', item: annotationSchema } };

/** An article file open in memory: its content (the file with its journal applied) and its journal. */
interface OpenArticle {
  db: Low<ArticleFile>;
  journal: ArticleJournal;
}

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

/** A damaged article file that was put back from a backup: what the window tells the user. */
export interface Recovery {
  articleId: string;
  title: string;
  /** Why the file could not be read. */
  damage: string;
  /** When the backup it was restored from was taken. */
  restoredFrom: string;
  /** What the restored version lacks, as far as the index knew. */
  lost: string;
}

export interface StoreOptions {
  readOnly?: boolean;
  /** Who takes the lock, as a second writer is told ("Newsmark", "newsmark import"). */
  holder?: string;
  clock?: () => Date;
  /** How many annotations the articles kept open in memory may hold together (OPEN_ANNOTATIONS). */
  openAnnotations?: number;
}

function notFound(id: string): NewsmarkError {
  return new NewsmarkError('not-found', `No article with id "${id}" in the library.`);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** What a restored backup lacks compared with the index's last summary of the file. */
function whatWasLost(listed: ArticleSummary | undefined, restored: ArticleFile, savedAt: string): string {
  const changes = `changes made after ${savedAt.slice(0, 16).replace('T', ' ')} UTC`;
  if (!listed) return changes;
  const before = listed.counts.claim + listed.counts.quote + listed.counts.figure;
  const after = restored.annotations.length;
  if (before > after) return `${changes}: the list last showed ${plural(before, 'annotation')}, the backup has ${after}`;
  return `${changes} (the backup has ${plural(after, 'annotation')}, as many as the list last showed)`;
}

export class LibraryStore {
  /** Problems met while opening (files moved aside, index fixed), for the user to read once. */
  readonly notices: string[] = [];
  /** Article files restored from a backup since the library was opened. */
  readonly recoveries: Recovery[] = [];
  private readonly open = new Map<string, OpenArticle>();
  /**
   * Bumped when a write of the article begins. A read that found the article closed keeps what it
   * read only while this is unchanged and nothing else was kept meanwhile: a read that started
   * before a write would otherwise put the article back as it was, and the next edit would start
   * from that and drop the write.
   */
  private readonly writesBegun = new Map<string, number>();
  /** Articles whose journal holds edits their file does not (compacted at close). */
  private readonly journaled = new Set<string>();
  /** New article files being written as one batch (see `batched`), and their content meanwhile. */
  private batch: WriteBatch | undefined;
  private readonly pendingEntries = new Map<string, OpenArticle>();
  readonly backups: ArticleBackups;
  /** Told the article's id after every write, removal or trashing (team sync listens). */
  private readonly writeListeners = new Set<(id: string) => void>();

  private constructor(
    readonly dir: string,
    private readonly index: LibraryIndex,
    readonly readOnly: boolean,
    private readonly lock: LibraryLock | undefined,
    clock: () => Date,
    private readonly settingsFile: LibrarySettings,
    private readonly openAnnotations: number,
  ) {
    this.backups = new ArticleBackups(join(dir, BACKUPS_DIR), clock);
  }

  get trash(): Trash {
    return new Trash(join(this.dir, TRASH_DIR), this.readOnly);
  }

  /**
   * Opens the library for writing (taking its lock: see library-lock.ts; `holder` names this
   * process in the message a second writer gets) or read-only (no lock; nothing is written).
   */
  static async open(dir: string, { readOnly = false, holder = 'Newsmark', clock = () => new Date(), openAnnotations = OPEN_ANNOTATIONS }: StoreOptions = {}): Promise<LibraryStore> {
    if (!readOnly) await mkdir(join(dir, ARTICLES_DIR), { recursive: true });
    const lock = readOnly ? undefined : await LibraryLock.acquire(dir, holder);
    try {
      const notices: string[] = [];
      const index = await LibraryIndex.open(join(dir, INDEX_FILE), readOnly, notices);
      const settings = await LibrarySettings.open(dir, readOnly, index.settings, notices);
      const store = new LibraryStore(dir, index, readOnly, lock, clock, settings, openAnnotations);
      // A rebuilt index lost its copy of the settings: settings.json gives it back.
      if (!readOnly && index.rebuilt && Object.keys(settings.value).length) index.setSettings(settings.value);
      store.notices.push(...notices);
      if (!readOnly) await store.removeLeftoverTempFiles();
      store.notices.push(
        ...(await checkIndex(index, {
          articlesDir: join(dir, ARTICLES_DIR),
          files: () => store.files(),
          summarise: (id, stamp) => store.summariseFile(id, stamp),
        })),
      );
      await index.flush();
      return store;
    } catch (err) {
      await lock?.release();
      throw err;
    }
  }

  /** Writes the index now if it changed. */
  flush(): Promise<void> {
    return this.index.flush();
  }

  /**
   * Runs `work` with the new article files it makes written as one batch (write-batch.ts): all
   * flushed and put in place together when it ends, the index written once. They read as usual
   * meanwhile; when `batched` resolves they are durable. Any other change to one of them first
   * puts the batch in place.
   */
  async batched<T>(work: () => Promise<T>): Promise<T> {
    if (this.batch) return work();
    this.writable();
    this.batch = new WriteBatch();
    const release = this.index.hold();
    try {
      return await work();
    } finally {
      try {
        await this.commitBatch();
      } finally {
        this.batch = undefined;
        await release();
      }
    }
  }

  /** Puts the batch's files in place (durably); then they are like any other article file. */
  private async commitBatch(): Promise<void> {
    if (!this.batch) return;
    const ids = await this.batch.commit();
    this.pendingEntries.clear();
    for (const id of ids) this.written(id);
  }

  /** Before anything but a read touches `id`: a file of it still in the batch goes in place first. */
  private async settle(id: string): Promise<void> {
    if (this.batch?.has(id)) await this.commitBatch();
  }

  /** Writes what is pending (journals compacted into their files, the index) and gives the library's lock back. */
  async close(): Promise<void> {
    try {
      // A failed compaction loses nothing: the journal stays, and the next open reads it.
      for (const id of [...this.journaled]) await this.compact(id).catch(() => undefined);
      await this.index.flush();
    } finally {
      await this.lock?.release();
    }
  }

  /** Writes the article's file whole with its journal's edits, and removes the journal. */
  private async compact(id: string): Promise<void> {
    this.beginWrite(id);
    const entry = await this.openArticle(id);
    await this.writeWhole(id, entry, entry.db.data);
    const listed = this.index.get(id);
    if (listed) this.index.set(listed, (entry.db.adapter as DurableJsonFile<ArticleFile>).lastStamp);
  }

  private writable(): void {
    if (this.readOnly) refuseWrite();
  }

  private articlePath(id: string): string {
    if (!SAFE_ID.test(id)) throw notFound(id);
    return join(this.dir, ARTICLES_DIR, `${id}.json`);
  }

  private journalPath(id: string): string {
    return join(this.dir, ARTICLES_DIR, `${id}${JOURNAL_SUFFIX}`);
  }

  private async files(): Promise<{ ids: string[]; journals: Set<string> }> {
    const names = await readdir(join(this.dir, ARTICLES_DIR)).catch(() => [] as string[]);
    const idsEnding = (suffix: string) => names.filter((n) => n.endsWith(suffix) && !n.startsWith('.')).map((n) => n.slice(0, -suffix.length)).filter((id) => SAFE_ID.test(id));
    return { ids: idsEnding('.json'), journals: new Set(idsEnding(JOURNAL_SUFFIX)) };
  }

  /** Temp files of writes cut short by a crash (we hold the lock: no write of ours is in flight). */
  private async removeLeftoverTempFiles(): Promise<void> {
    for (const folder of [this.dir, join(this.dir, ARTICLES_DIR)]) {
      for (const name of await readdir(folder).catch(() => [] as string[])) {
        if (name.startsWith('.') && name.endsWith('.tmp')) await unlink(join(folder, name)).catch(() => undefined);
      }
    }
  }

  private async summariseFile(id: string, stamp: FileStamp): Promise<ArticleSummary | undefined> {
    try {
      const { db } = await this.openArticle(id);
      return summarise(db.data, new Date(stamp.mtimeMs).toISOString());
    } catch (err) {
      if (!(err instanceof NewsmarkError)) throw err;
      this.notices.push(err.message);
      return undefined;
    }
  }

  /** Opens an article file with its journal; a damaged file is moved aside and, when a good backup exists, restored from it. */
  private async openArticle(id: string): Promise<OpenArticle> {
    const cached = this.open.get(id) ?? this.pendingEntries.get(id);
    if (cached) return cached;
    const begun = this.writesBegun.get(id) ?? 0;
    const path = this.articlePath(id);
    const placeholder = { schemaVersion: SCHEMA_VERSION } as ArticleFile;
    let opened;
    try {
      opened = await openJsonFile(path, articleFileSchema, placeholder, { readOnly: this.readOnly, ...ANNOTATIONS });
    } catch (err) {
      if (!(err instanceof CorruptFileError) || this.readOnly) throw err;
      return this.restoreDamaged(id, err);
    }
    if (!opened.existed) throw notFound(id);
    return this.withJournal(id, opened.db, begun);
  }

  /** An empty journal for a file written afresh; one left beside it belongs to another file and is kept aside. */
  private async freshJournal(id: string, seq: number): Promise<ArticleJournal> {
    const path = this.journalPath(id);
    // Looked for first: a rename that fails (as for every new article) costs an error and its stack.
    if (existsSync(path)) {
      await rename(path, asideName(path)).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
    }
    this.journaled.delete(id);
    return new ArticleJournal(path, seq, 0, 0);
  }

  /** Applies the article's journal to its file's content; a damaged journal is kept aside, reported and cut back. */
  private async withJournal(id: string, db: Low<ArticleFile>, readWhenBegun?: number): Promise<OpenArticle> {
    const path = this.journalPath(id);
    const read = await readJournal(path, db.data.journalSeq ?? 0);
    if (read.damage) {
      const kept = this.readOnly ? undefined : await keepDamagedJournal(path);
      this.notices.push(
        `articles/${id}${JOURNAL_SUFFIX}: ${read.damage}; the article was opened with the ${read.changes.length} edits before it` +
          (kept ? ` and the journal was kept as ${kept}.` : ' (the journal was left as it is).'),
      );
      if (kept) {
        await truncate(path, read.goodBytes);
        read.size = read.goodBytes;
      }
    }
    // Frozen where edits are journalled (deep-freeze.ts); a read-only library writes no journal, and
    // freezing 100,000 annotations cost a read-only export ~0.3 s CPU.
    const applied = applyChanges(db.data, read.changes);
    db.data = this.readOnly ? applied : deepFreeze(applied);
    const entry = { db, journal: ArticleJournal.fromRead(path, read) };
    if (readWhenBegun !== undefined) {
      // A read: what a writer keeps wins, and a read overtaken by a write is answered but not kept.
      const kept = this.open.get(id);
      if (kept) return kept;
      if ((this.writesBegun.get(id) ?? 0) !== readWhenBegun) return entry;
    }
    if (entry.journal.pending) this.journaled.add(id);
    this.remember(id, entry);
    return entry;
  }

  private async restoreDamaged(id: string, damage: CorruptFileError): Promise<OpenArticle> {
    const backup = await this.backups.newestGood(id);
    if (!backup) throw damage;
    const path = this.articlePath(id);
    // The journal holds edits to the damaged file, not to the backup: kept aside (before the backup
    // is put back, so a crash in between cannot apply it), never applied.
    const journal = await this.freshJournal(id, backup.data.journalSeq ?? 0);
    const stamp = await writeFileDurably(path, JSON.stringify(backup.data));
    const { db } = await openJsonFile(path, articleFileSchema, backup.data);
    db.data = deepFreeze(db.data);
    const entry = { db, journal };
    this.remember(id, entry);
    const listed = this.index.get(id);
    const title = listed?.title ?? backup.data.article.title;
    this.recoveries.push({ articleId: id, title, damage: damage.reason, restoredFrom: backup.savedAt, lost: whatWasLost(listed, backup.data, backup.savedAt) });
    this.index.set(summarise(backup.data, listed?.updatedAt ?? backup.savedAt), stamp);
    return entry;
  }

  private beginWrite(id: string): void {
    this.writesBegun.set(id, (this.writesBegun.get(id) ?? 0) + 1);
  }

  private remember(id: string, entry: OpenArticle): void {
    this.open.delete(id);
    this.open.set(id, entry);
    let held = 0;
    for (const open of this.open.values()) held += open.db.data.annotations.length;
    for (const [oldest, open] of this.open) {
      if (oldest === id || (this.open.size <= OPEN_LIMIT && held <= this.openAnnotations)) break;
      held -= open.db.data.annotations.length;
      this.open.delete(oldest);
    }
  }

  get settings(): Settings {
    return this.settingsFile.value;
  }

  /** Written to settings.json and to the index's copy (either brings the other back). */
  async putSettings(settings: Settings): Promise<void> {
    this.writable();
    await this.settingsFile.put(settings);
    this.index.setSettings(settings);
    await this.index.flush();
  }

  onWrite(listener: (id: string) => void): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  private written(id: string): void {
    for (const listener of this.writeListeners) listener(id);
  }

  list(): ArticleSummary[] {
    return this.index.list();
  }

  summary(id: string): ArticleSummary | undefined {
    return this.index.get(id);
  }

  findByHash(contentHash: string): ArticleSummary | undefined {
    return this.index.findByHash(contentHash);
  }

  /** The articles whose source URL or file name is `value` (a look-up, not a scan). */
  withMeta(field: 'url' | 'source', value: string): ArticleSummary[] {
    return this.index.withValue(field, value);
  }

  /**
   * The article's document. A damaged file is restored from its backup (or moved aside and dropped
   * from the list); a file that is gone is dropped from the list.
   */
  async get(id: string): Promise<ArticleDocument> {
    try {
      const { db } = await this.openArticle(id);
      const { article, annotations, relations, rejectedSuggestions, layers, progress } = db.data;
      return { article, annotations, relations, rejectedSuggestions, ...(layers ? { layers } : {}), ...(progress ? { progress } : {}) };
    } catch (err) {
      const gone = err instanceof CorruptFileError || (err instanceof NewsmarkError && err.code === 'not-found');
      if (gone && !this.readOnly) this.index.delete(id);
      throw err;
    }
  }

  /**
   * The article for a streamed export (json, w3c). In a read-only library its own annotations stay
   * in the file's bytes, checked once and read again in position order as the export writes them
   * (sorted-annotations.ts); otherwise — a writer's library, an article open here, a journal
   * holding annotation edits, a list the split cannot read — as get gives it. Errors as get's.
   */
  async getForExport(id: string): Promise<ExportDocument> {
    if (!this.readOnly || this.open.has(id)) return this.get(id);
    const order = new AnnotationOrder();
    const placeholder = { schemaVersion: SCHEMA_VERSION } as ArticleFile;
    const opened = await openJsonFile(this.articlePath(id), articleFileSchema, placeholder, { readOnly: true, list: { ...ANNOTATIONS.list, visit: order.visit } });
    if (!opened.existed) throw notFound(id);
    if (!opened.lazy) return this.get(id);
    const journal = await readJournal(this.journalPath(id), opened.db.data.journalSeq ?? 0);
    if (journal.damage || journal.changes.some((change) => change.annotations)) return this.get(id);
    const { article, relations, rejectedSuggestions, layers, progress } = applyChanges(opened.db.data, journal.changes);
    return { article, annotations: [], relations, rejectedSuggestions, ...(layers ? { layers } : {}), ...(progress ? { progress } : {}), sorted: order.sorted(opened.lazy) };
  }

  /** The article, or undefined when its file is gone or damaged beyond its backups (whole-library operations skip it). */
  async getIfReadable<T extends ArticleDocument = ArticleDocument>(id: string, read: (id: string) => Promise<T> = (i) => this.get(i) as Promise<T>): Promise<T | undefined> {
    try {
      return await read(id);
    } catch (err) {
      if (err instanceof NewsmarkError && (err.code === 'not-found' || err.code === 'corrupt-store')) return undefined;
      throw err;
    }
  }

  /**
   * Saves the article: as one line in its journal when the change is small and no backup is due,
   * else by writing its file whole (keeping the one it replaces as a backup now and then). Durable
   * when it returns; the index follows. Changed annotations must be new objects (they are
   * compared by reference): what the store holds is frozen (deep-freeze.ts), so changing it in
   * place throws.
   */
  async put(doc: ArticleDocument, updatedAt: string, { backup = false } = {}): Promise<ArticleSummary> {
    this.writable();
    const id = doc.article.id;
    const path = this.articlePath(id);
    await this.settle(id);
    this.beginWrite(id);
    const data: ArticleFile = {
      schemaVersion: SCHEMA_VERSION,
      article: doc.article,
      annotations: doc.annotations,
      relations: doc.relations,
      rejectedSuggestions: doc.rejectedSuggestions ?? [],
      ...(doc.layers?.length ? { layers: doc.layers } : {}),
      ...(doc.progress && Object.keys(doc.progress).length ? { progress: doc.progress } : {}),
    };
    let entry = this.open.get(id);
    let before: ArticleFile | undefined = entry?.db.data;
    if (!entry) {
      const opened = await openJsonFile(path, articleFileSchema, data, ANNOTATIONS).catch(async (err: unknown) => {
        if (!(err instanceof CorruptFileError)) throw err;
        return openJsonFile(path, articleFileSchema, data, ANNOTATIONS); // moved aside: write afresh
      });
      if (opened.existed) {
        entry = await this.withJournal(id, opened.db);
        before = entry.db.data;
      } else {
        entry = { db: opened.db, journal: await this.freshJournal(id, 0) };
        this.remember(id, entry);
      }
    }
    const summary = summarise(doc, updatedAt);
    if (!before && this.batch) {
      this.index.set(summary, await this.batch.add(id, path, JSON.stringify(data)));
      entry.db.data = deepFreeze(data);
      this.pendingEntries.set(id, entry);
      return summary; // its writers are told when the batch is in place
    }
    const journalSize = before ? await this.appendChange(id, entry, before, data, backup) : undefined;
    if (journalSize === undefined) {
      await this.writeWhole(id, entry, data, { backup });
      this.index.set(summary, (entry.db.adapter as DurableJsonFile<ArticleFile>).lastStamp);
    } else {
      this.index.set(summary, { ...this.index.stampOf(id)!, journal: journalSize });
    }
    this.written(id);
    return summary;
  }

  /**
   * Saves `after` as a journal line when it is a small change of `before` and no backup is due;
   * returns the journal's new size, or undefined when the article is to be written whole.
   */
  private async appendChange(id: string, entry: OpenArticle, before: ArticleFile, after: ArticleFile, backup: boolean): Promise<number | undefined> {
    const stamp = this.index.stampOf(id);
    if (!stamp || !this.index.get(id) || this.backups.due(id, { force: backup })) return undefined;
    const change = changeBetween(before, after, entry.journal.seq + 1);
    if (!change) return undefined;
    const line = JSON.stringify(change);
    if (entry.journal.size + line.length > Math.max(JOURNAL_MIN_LIMIT, stamp.size)) return undefined;
    if (Object.keys(change).length > 1) {
      await entry.journal.append(line, change.seq);
      this.journaled.add(id);
    }
    entry.db.data = freezeChanged(after, change);
    return entry.journal.size;
  }

  /** Writes the article's file whole (the journal's edits with it) and removes the journal. */
  private async writeWhole(id: string, entry: OpenArticle, data: ArticleFile, { backup = false } = {}): Promise<void> {
    const path = this.articlePath(id);
    if (this.index.get(id)) await this.backups.beforeReplace(id, path, { force: backup });
    const { journalSeq: _held, ...content } = data;
    entry.db.data = deepFreeze({ ...content, ...(entry.journal.seq ? { journalSeq: entry.journal.seq } : {}) });
    await entry.db.write();
    if (entry.journal.size > 0) await entry.journal.clear();
    this.journaled.delete(id);
  }

  async remove(id: string): Promise<void> {
    this.writable();
    await this.settle(id);
    const path = this.articlePath(id);
    if (!this.summary(id)) throw notFound(id);
    this.beginWrite(id);
    this.open.delete(id);
    this.journaled.delete(id);
    for (const file of [path, this.journalPath(id)]) {
      await unlink(file).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
    }
    this.index.delete(id);
    await this.backups.forget(id);
    this.written(id);
  }

  /**
   * Just the article's text, for search: read without the schema check a full `get` does. A file
   * that cannot be read counts as empty here; opening the article reports it.
   */
  async textOf(id: string): Promise<string> {
    const cached = this.open.get(id) ?? this.pendingEntries.get(id);
    if (cached) return cached.db.data.article.text;
    try {
      const raw = JSON.parse(await readFile(this.articlePath(id), 'utf8')) as { article?: { text?: unknown } };
      return typeof raw.article?.text === 'string' ? raw.article.text : '';
    } catch {
      return '';
    }
  }

  /** Moves the article's file to the trash (see Trash) and drops it from the index; a file already gone is just dropped. */
  async moveToTrash(id: string, at: Date): Promise<void> {
    this.writable();
    await this.settle(id);
    const path = this.articlePath(id);
    if (!this.summary(id)) throw notFound(id);
    // The trash keeps one whole file: the journal's edits go into it first.
    if (this.journaled.has(id)) await this.compact(id);
    this.open.delete(id);
    const exists = await stat(path).then(() => true, () => false);
    if (exists) await this.trash.put(id, path, at);
    this.index.delete(id);
    this.written(id);
  }

  /**
   * Puts a trashed article back. If its id is in the library again (the same story was imported
   * since, say), it comes back as a separate copy with an id of its own, never over the live one.
   */
  async restoreFromTrash(entryId: string, updatedAt: string): Promise<{ summary: ArticleSummary; copy: boolean }> {
    this.writable();
    const data = await this.trash.read(entryId);
    const id = data.article.id;
    const live = this.summary(id) !== undefined || (await stat(this.articlePath(id)).then(() => true, () => false));
    if (!live) {
      await this.trash.take(entryId, this.articlePath(id));
      this.open.delete(id);
      return { summary: await this.put(await this.get(id), updatedAt), copy: false };
    }
    const copyId = randomUUID();
    const article = { ...data.article, id: copyId, title: `${data.article.title} (restored copy)` };
    const summary = await this.put({ ...data, article }, updatedAt);
    await this.trash.discard(entryId);
    return { summary, copy: true };
  }

  /** Empties the trash, and the backups of the articles that went with it. */
  async emptyTrash(): Promise<number> {
    this.writable();
    const gone = await this.trash.empty();
    for (const id of gone) if (!this.summary(id)) await this.backups.forget(id);
    return gone.length;
  }

  /** The article's backups, newest first. */
  listBackups(id: string): Promise<BackupInfo[]> {
    if (!this.summary(id)) throw notFound(id);
    return this.backups.list(id);
  }

  async backup(id: string, backupId: string): Promise<ArticleFile> {
    const found = await this.backups.get(id, backupId);
    if (!found) throw new NewsmarkError('not-found', `No backup "${backupId}" of this article.`);
    return found.data;
  }
}
