// The one implementation of the Newsmark API, over the library store. Electron's IPC, the
// Chromium test harness and the CLI all call this class (through core/api/dispatch.ts).

import { randomUUID } from 'node:crypto';
import { NewsmarkError } from './api/errors.js';
import type { ExportedFile, HistoryStep, ImportOutcome, InputOf, LibraryApi, Outputs } from './api/contract.js';
import { quoteAt, spanProblem } from './anchoring/text-quote.js';
import { applyFieldsPatch, fieldsForKind, type PartyInput } from './annotations/fields.js';
import { EditHistory, type EditableState, type HistoryEntry } from './annotations/history.js';
import { exportFileName } from './export/native-json.js';
import { exportAs, exportChunks, streamedFormat, type ExportedChunks } from './formats/index.js';
import type { AnnotationImportOutcome } from './formats/import/apply-import.js';
import { nativeJsonText } from './formats/native.js';
import { publisherWith } from './formats/review-publisher.js';
import type { ImportedDocument } from './import/import-document.js';
import { articleFileTooLarge, base64Bytes } from './import/size-limits.js';
import { applyMetaPatch } from './library/article-meta.js';
import { refigure } from './library/refigure.js';
import { applyNewVersion, isSameStory, versionCandidates, type NewText } from './library/new-version.js';
import { TextSearch, type SearchHit } from './library/text-search.js';
import { compareByPosition, type Annotation, type ArticleDocument, type ArticleSummary, type Party, type Relation } from './model.js';
import { KeyedQueue } from './store/keyed-queue.js';
import { editedBy, madeBy } from './team/authorship.js';
import { TeamMethods } from './team/team-methods.js';
import type { Proposal } from './suggest/proposals.js';
import { LibraryStore } from './store/library-store.js';
import { Safekeeping } from './library/safekeeping.js';
import { AnnotationImports } from './library/annotation-imports.js';
import type { SyncLibrary } from './sync/team-sync.js';

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

type SuggestionEngine = typeof import('./suggest/proposals.js');

/** The suggestion engine, loaded by the first call that needs it: its tables cost every other command's start-up. */
function suggestionEngine(): Promise<SuggestionEngine> {
  return import('./suggest/proposals.js');
}

function editableState(doc: ArticleDocument): EditableState {
  return {
    title: doc.article.title,
    annotations: doc.annotations,
    relations: doc.relations,
    rejectedSuggestions: doc.rejectedSuggestions ?? [],
    layers: doc.layers,
  };
}


function checkedSpan(text: string, start: number, end: number): void {
  const problem = spanProblem(text, start, end);
  if (problem) throw new NewsmarkError('bad-span', `Cannot mark this text: ${problem}.`);
}

/** A speaker or claimant as stored: a linked span takes its text from the article. */
function partyIn(text: string, input: PartyInput): Party {
  if (!input.span) return { name: input.name };
  const { start, end } = input.span;
  checkedSpan(text, start, end);
  return { name: input.name, span: { start, end, exact: text.slice(start, end) } };
}

export interface OpenOptions {
  clock?: () => Date;
  readOnly?: boolean;
  /** How a second writer is told who holds the library: "Newsmark" (the app), "newsmark import"… */
  holder?: string;
  /** Whose annotations this session makes, over the name in Settings (the CLI's --annotator). */
  annotator?: string;
  /** How many annotations the articles kept open in memory may hold together (the store's default: 150,000). */
  openAnnotations?: number;
}

interface Change<T> {
  next: ArticleDocument;
  result: T;
}

export class LibraryService implements LibraryApi {
  /** Changes to one article run one at a time (see KeyedQueue). */
  private readonly queue = new KeyedQueue();
  private readonly history = new EditHistory();
  private readonly textSearch = new TextSearch((id) => this.store.textOf(id));
  private readonly safekeeping: Safekeeping;
  private readonly annotationImports: AnnotationImports;

  private readonly team: TeamMethods;

  private constructor(
    private readonly store: LibraryStore,
    private readonly clock: () => Date,
    private readonly options: Pick<OpenOptions, 'annotator'>,
  ) {
    this.safekeeping = new Safekeeping(store, this.queue, this.history, clock, (id, label, compute, options) => this.change(id, label, compute, options));
    this.annotationImports = new AnnotationImports({
      store,
      now: () => this.now(),
      annotator: () => this.annotator(),
      imports: (work) => this.queue.run(IMPORTS, work),
      library: () => this.docs(undefined),
      change: (id, label, compute) => this.change(id, label, compute),
    });
    this.team = new TeamMethods({
      store,
      annotator: () => this.annotator(),
      change: (id, label, compute) => this.change(id, label, compute),
      now: () => this.now(),
      newId: () => randomUUID(),
      write: (id, compute) => this.queue.run(id, async () => this.store.put(compute(await this.store.get(id)), this.now())),
    });
  }

  /**
   * Opens the library: for writing (the default; takes the library's lock, so a second writer
   * is refused with a message naming `holder`) or `readOnly` (no lock; every change is refused).
   */
  static async open(libraryDir: string, { clock = () => new Date(), readOnly = false, holder, annotator, openAnnotations }: OpenOptions = {}): Promise<LibraryService> {
    return new LibraryService(await LibraryStore.open(libraryDir, { readOnly, holder, clock, openAnnotations }), clock, { annotator });
  }

  /** Writes the library index now (it is otherwise written a moment after the last change). */
  async flush(): Promise<void> {
    await this.store.flush();
  }

  /**
   * Runs `work` (a folder import) with the new article files it makes flushed to disk together
   * at the end instead of one by one: when this resolves they are durable (LibraryStore.batched).
   * Not in the contract: the CLI reports imports only after it.
   */
  importBatch<T>(work: () => Promise<T>): Promise<T> {
    return this.store.batched(work);
  }

  /** Gives the library's lock back; the service must not be used afterwards. */
  async close(): Promise<void> {
    // Edits already asked for are written first: none lands after the lock is given back.
    await this.queue.close();
    await this.store.close();
  }

  /**
   * What team sync needs: the articles, word of every write, and sync steps run in the same
   * per-article queue as the user's edits. A change that arrives from the team clears the
   * article's undo history (an undo would silently revert a colleague's edit).
   */
  syncPort(): SyncLibrary {
    return {
      articleIds: () => this.store.list().map((a) => a.id),
      onWrite: (listener) => this.store.onWrite(listener),
      withArticle: (id, step) =>
        this.queue.run(id, async () => {
          const current = this.store.summary(id) ? await this.store.get(id) : null;
          const outcome = await step(current);
          if (outcome.kind === 'none') return;
          if (outcome.kind === 'write') await this.store.put(outcome.doc, this.now());
          else await this.store.moveToTrash(id, this.clock());
          this.history.forget(id);
        }),
    };
  }

  private now(): string {
    return this.clock().toISOString();
  }

  /** The annotator this session works as: the override, else the name in Settings, else nobody. */
  private annotator(): string | undefined {
    return this.options.annotator ?? this.store.settings.annotator;
  }

  getSettings(): Promise<Outputs['getSettings']> {
    return this.team.getSettings();
  }

  updateSettings(input: InputOf<'updateSettings'>): Promise<Outputs['updateSettings']> {
    return this.team.updateSettings(input);
  }

  setProgress(input: InputOf<'setProgress'>): Promise<Outputs['setProgress']> {
    return this.team.setProgress(input);
  }

  takeIntoCuration(input: InputOf<'takeIntoCuration'>): Promise<Outputs['takeIntoCuration']> {
    return this.team.takeIntoCuration(input);
  }

  agreement(input: InputOf<'agreement'>): Promise<Outputs['agreement']> {
    return this.team.agreement(input);
  }

  async getLibraryInfo(): Promise<Outputs['getLibraryInfo']> {
    const { dir, notices, recoveries, readOnly } = this.store;
    return { libraryDir: dir, readOnly, notices: [...notices], recoveries: [...recoveries] };
  }

  async listArticles(): Promise<ArticleSummary[]> {
    return this.store.list().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async getArticle({ id, quoteContext = true }: InputOf<'getArticle'>): Promise<ArticleDocument> {
    const doc = await this.store.get(id);
    const annotations = [...doc.annotations].sort(compareByPosition);
    if (quoteContext) return { ...doc, annotations };
    return { ...doc, annotations: annotations.map((a) => ({ ...a, quote: { exact: a.quote.exact, prefix: '', suffix: '' } })) };
  }

  async importFile({ fileName, contentBase64, updateOf, batch }: InputOf<'importFile'>): Promise<ImportOutcome> {
    // Refused by its size before a byte is decoded: a huge upload costs nothing more.
    const tooLarge = articleFileTooLarge(fileName, base64Bytes(contentBase64));
    if (tooLarge) throw new NewsmarkError('too-large', tooLarge);
    const { readArticleFile } = await import('./import/read-article-file.js');
    const imported = await readArticleFile(fileName, Buffer.from(contentBase64, 'base64'));
    return this.storeImport(batch ? { ...imported, meta: { ...imported.meta, batch } } : imported, updateOf);
  }

  async importText({ text, title }: InputOf<'importText'>): Promise<ImportOutcome> {
    const { importDocument } = await import('./import/import-document.js');
    const imported = importDocument('pasted.txt', Buffer.from(text, 'utf8'));
    const meta = { ...imported.meta };
    delete meta.source; // pasted text has no file: it must never match another paste as a version
    return this.storeImport({ ...imported, title: title ?? imported.title, meta });
  }

  /** A text already in the library is a duplicate; a changed story becomes its next version; else a new article. */
  private storeImport({ title, meta, text, contentHash, notices }: ImportedDocument, updateOf?: string): Promise<ImportOutcome> {
    return this.queue.run(IMPORTS, async () => {
      const existing = this.store.findByHash(contentHash);
      if (existing) return { article: existing, duplicate: true, notices };
      const importedAt = this.now();
      const previous = updateOf ?? (await this.earlierVersionOf(meta, text));
      if (previous) return { ...(await this.addVersion(previous, { text, contentHash, meta }, importedAt)), duplicate: false, notices };
      const article = { id: randomUUID(), title, meta, text, contentHash, importedAt };
      const summary = await this.store.put({ article, annotations: [], relations: [] }, importedAt);
      return { article: summary, duplicate: false, notices };
    });
  }

  private async earlierVersionOf(meta: ImportedDocument['meta'], text: string): Promise<string | undefined> {
    for (const candidate of versionCandidates((field, value) => this.store.withMeta(field, value), meta)) {
      if (isSameStory((await this.store.get(candidate.id)).article.text, text)) return candidate.id;
    }
    return undefined;
  }

  private async addVersion(id: string, incoming: NewText, importedAt: string): Promise<Pick<ImportOutcome, 'article' | 'update'>> {
    const outcome = await this.queue.run(id, async () => {
      const { next, update } = applyNewVersion(await this.store.get(id), incoming, importedAt);
      return { article: await this.store.put(next, importedAt), update };
    });
    // Earlier edits hold offsets into the old text: undoing one now would misplace annotations.
    this.history.forget(id);
    return outcome;
  }

  /**
   * Reads the article, computes the change, writes it and records it for undo: one change at a
   * time per article, so quick edits never start from a stale copy.
   */
  private change<T>(articleId: string, label: string, compute: (doc: ArticleDocument) => Change<T>, options: { backup?: boolean } = {}): Promise<T> {
    return this.queue.run(articleId, async () => {
      const doc = await this.store.get(articleId);
      const { next, result } = compute(doc);
      await this.store.put(next, this.now(), options);
      this.history.record({ articleId, label, before: editableState(doc), after: editableState(next) });
      return result;
    });
  }

  async updateArticle({ id, title }: InputOf<'updateArticle'>): Promise<ArticleSummary> {
    await this.change(id, 'Rename article', (doc) => ({ next: { ...doc, article: { ...doc.article, title } }, result: null }));
    return this.store.summary(id)!;
  }

  async deleteArticle({ id }: InputOf<'deleteArticle'>): Promise<{ deleted: string }> {
    await this.queue.run(id, () => this.store.remove(id));
    this.history.forget(id);
    return { deleted: id };
  }

  async searchArticles({ query }: InputOf<'searchArticles'>): Promise<SearchHit[]> {
    return this.textSearch.search(await this.listArticles(), query);
  }

  /** Title and details; undo gives back the title (details are not in the edit history). */
  async updateArticleMeta({ id, title, meta }: InputOf<'updateArticleMeta'>): Promise<ArticleSummary> {
    await this.change(id, 'Edit article details', (doc) => {
      const article = { ...doc.article, title: title ?? doc.article.title, meta: applyMetaPatch(doc.article.meta, meta) };
      return { next: { ...doc, article }, result: null };
    });
    return this.store.summary(id)!;
  }

  trashArticle(input: InputOf<'trashArticle'>): Promise<Outputs['trashArticle']> {
    return this.safekeeping.trashArticle(input);
  }

  restoreArticle(input: InputOf<'restoreArticle'>): Promise<Outputs['restoreArticle']> {
    return this.safekeeping.restoreArticle(input);
  }

  listTrash(): Promise<Outputs['listTrash']> {
    return this.safekeeping.listTrash();
  }

  emptyTrash(): Promise<Outputs['emptyTrash']> {
    return this.safekeeping.emptyTrash();
  }

  listBackups(input: InputOf<'listBackups'>): Promise<Outputs['listBackups']> {
    return this.safekeeping.listBackups(input);
  }

  restoreBackup(input: InputOf<'restoreBackup'>): Promise<Outputs['restoreBackup']> {
    return this.safekeeping.restoreBackup(input);
  }

  /** Puts an annotation on a new span (an orphan, re-placed by the user): it is anchored anew. */
  async placeAnnotation({ articleId, id, start, end }: InputOf<'placeAnnotation'>): Promise<Annotation> {
    return this.change(articleId, 'Place annotation', (doc) => {
      const { text } = doc.article;
      checkedSpan(text, start, end);
      const before = this.findAnnotation(doc, id);
      const quote = quoteAt(text, start, end);
      const fields = refigure(before.fields, before.quote.exact, quote.exact, doc.article.meta.date);
      const placed: Annotation = { ...before, start, end, quote, fields, updatedAt: this.now(), ...editedBy(this.annotator()) };
      delete placed.anchor;
      return { next: { ...doc, annotations: doc.annotations.map((a) => (a.id === id ? placed : a)) }, result: placed };
    });
  }

  async createAnnotation(input: InputOf<'createAnnotation'>): Promise<Annotation> {
    return this.change(input.articleId, `Mark ${input.kind}`, (doc) => {
      const { text, meta } = doc.article;
      checkedSpan(text, input.start, input.end);
      const now = this.now();
      const exact = text.slice(input.start, input.end);
      const initial = fieldsForKind(input.kind, {}, exact, meta.date);
      const annotation: Annotation = {
        id: randomUUID(),
        kind: input.kind,
        start: input.start,
        end: input.end,
        quote: quoteAt(text, input.start, input.end),
        tags: normaliseTags(input.tags ?? []),
        note: input.note ?? '',
        fields: input.fields ? applyFieldsPatch(initial, input.fields, this.patchContext(text)) : initial,
        origin: input.origin ?? 'manual',
        createdAt: now,
        updatedAt: now,
        ...madeBy(this.annotator()),
      };
      return { next: { ...doc, annotations: [...doc.annotations, annotation] }, result: annotation };
    });
  }

  private patchContext(text: string) {
    return { party: (p: PartyInput) => partyIn(text, p), newId: () => randomUUID() };
  }

  private findAnnotation(doc: ArticleDocument, id: string): Annotation {
    const found = doc.annotations.find((a) => a.id === id);
    if (!found) throw new NewsmarkError('not-found', `No annotation with id "${id}" in this article.`);
    return found;
  }

  async updateAnnotation(input: InputOf<'updateAnnotation'>): Promise<Annotation> {
    const label = input.kind ? `Change kind to ${input.kind}` : 'Edit annotation';
    return this.change(input.articleId, label, (doc) => {
      const current = this.findAnnotation(doc, input.id);
      const kind = input.kind ?? current.kind;
      const { text, meta } = doc.article;
      let fields = fieldsForKind(kind, current.fields, current.quote.exact, meta.date);
      if (input.fields) fields = applyFieldsPatch(fields, input.fields, this.patchContext(text));
      const updated: Annotation = {
        ...current,
        kind,
        note: input.note ?? current.note,
        tags: input.tags ? normaliseTags(input.tags) : current.tags,
        fields,
        updatedAt: this.now(),
        ...editedBy(this.annotator()),
      };
      const annotations = doc.annotations.map((a) => (a.id === updated.id ? updated : a));
      return { next: { ...doc, annotations }, result: updated };
    });
  }

  async deleteAnnotation({ articleId, id }: InputOf<'deleteAnnotation'>): Promise<{ deleted: string }> {
    return this.change(articleId, 'Delete annotation', (doc) => {
      const gone = this.findAnnotation(doc, id);
      const next = {
        ...doc,
        annotations: doc.annotations.filter((a) => a !== gone),
        relations: doc.relations.filter((r) => r.from !== id && r.to !== id),
      };
      return { next, result: { deleted: id } };
    });
  }

  async createRelation({ articleId, from, to, type }: InputOf<'createRelation'>): Promise<Relation> {
    return this.change(articleId, `Link (${type})`, (doc) => {
      this.findAnnotation(doc, from);
      this.findAnnotation(doc, to);
      if (from === to) throw new NewsmarkError('invalid-input', 'An annotation cannot be linked to itself.');
      const same = doc.relations.find((r) => r.from === from && r.to === to && r.type === type);
      if (same) return { next: doc, result: same };
      const relation: Relation = { id: randomUUID(), from, to, type, createdAt: this.now() };
      return { next: { ...doc, relations: [...doc.relations, relation] }, result: relation };
    });
  }

  async deleteRelation({ articleId, id }: InputOf<'deleteRelation'>): Promise<{ deleted: string }> {
    return this.change(articleId, 'Remove link', (doc) => {
      if (!doc.relations.some((r) => r.id === id)) throw new NewsmarkError('not-found', `No link with id "${id}" in this article.`);
      return { next: { ...doc, relations: doc.relations.filter((r) => r.id !== id) }, result: { deleted: id } };
    });
  }

  /** Puts an article back to one side of a history entry. */
  private async restore(entry: HistoryEntry | undefined, side: 'before' | 'after'): Promise<HistoryStep> {
    if (!entry) return { done: null, next: this.history.peek() };
    await this.queue.run(entry.articleId, async () => {
      const doc = await this.store.get(entry.articleId);
      const { title, ...state } = entry[side];
      const next = { ...doc, article: { ...doc.article, title }, ...state };
      await this.store.put(next, this.now());
    });
    return { done: { articleId: entry.articleId, label: entry.label }, next: this.history.peek() };
  }

  async undo(): Promise<HistoryStep> {
    return this.restore(this.history.undo(), 'before');
  }

  async redo(): Promise<HistoryStep> {
    return this.restore(this.history.redo(), 'after');
  }

  async suggest({ articleId }: InputOf<'suggest'>): Promise<Proposal[]> {
    const { proposalsFor } = await suggestionEngine();
    const doc = await this.store.get(articleId);
    return proposalsFor(doc.article, doc.annotations, doc.rejectedSuggestions ?? []);
  }

  /** The open proposals named by `keys`; a key that is no longer proposed is an error. */
  private pickProposals({ proposalsFor }: SuggestionEngine, doc: ArticleDocument, keys: readonly string[]): Proposal[] {
    const open = new Map(proposalsFor(doc.article, doc.annotations, doc.rejectedSuggestions ?? []).map((p) => [p.key, p]));
    return keys.map((key) => {
      const found = open.get(key);
      if (!found) throw new NewsmarkError('not-found', `The suggestion "${key}" is no longer open for this article.`);
      return found;
    });
  }

  async acceptSuggestions({ articleId, keys }: InputOf<'acceptSuggestions'>): Promise<Annotation[]> {
    const label = keys.length === 1 ? 'Accept suggestion' : `Accept ${keys.length} suggestions`;
    const engine = await suggestionEngine();
    return this.change(articleId, label, (doc) => {
      const { text, meta } = doc.article;
      const now = this.now();
      const accepted = this.pickProposals(engine, doc, keys).map((p): Annotation => {
        const initial = fieldsForKind(p.kind, {}, p.text, meta.date);
        return {
          id: randomUUID(),
          kind: p.kind,
          start: p.start,
          end: p.end,
          quote: quoteAt(text, p.start, p.end),
          tags: [],
          note: '',
          fields: p.fields ? applyFieldsPatch(initial, p.fields, this.patchContext(text)) : initial,
          origin: 'suggested',
          createdAt: now,
          updatedAt: now,
          ...madeBy(this.annotator()),
        };
      });
      return { next: { ...doc, annotations: [...doc.annotations, ...accepted] }, result: accepted };
    });
  }

  async rejectSuggestions({ articleId, keys }: InputOf<'rejectSuggestions'>): Promise<{ rejected: number }> {
    const label = keys.length === 1 ? 'Reject suggestion' : `Reject ${keys.length} suggestions`;
    const engine = await suggestionEngine();
    return this.change(articleId, label, (doc) => {
      const picked = this.pickProposals(engine, doc, keys).map((p) => p.key);
      const rejectedSuggestions = [...new Set([...(doc.rejectedSuggestions ?? []), ...picked])];
      return { next: { ...doc, rejectedSuggestions }, result: { rejected: picked.length } };
    });
  }

  async listTags(): Promise<{ tag: string; count: number }[]> {
    const counts = new Map<string, { tag: string; count: number }>();
    for (const summary of this.store.list()) {
      for (const tag of summary.tags) {
        const entry = counts.get(tag.toLocaleLowerCase()) ?? { tag, count: 0 };
        entry.count += 1;
        counts.set(tag.toLocaleLowerCase(), entry);
      }
    }
    return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  }

  /** The given articles (every article when `ids` is undefined), in order; read by `read` (the store's get unless told). */
  private async docs<T extends ArticleDocument = ArticleDocument>(ids: readonly string[] | undefined, read: (id: string) => Promise<T> = (id) => this.store.get(id) as Promise<T>): Promise<T[]> {
    const docs: T[] = [];
    if (ids) {
      for (const id of ids) docs.push(await read(id));
      return docs;
    }
    // The whole library: an article whose file is gone (or damaged past its backups) is left out
    // (and off the list), so one lost file never fails the whole export or import.
    for (const { id } of this.store.list()) {
      const doc = await this.store.getIfReadable(id, read);
      if (doc) docs.push(doc);
    }
    return docs;
  }

  async exportJson({ articleId }: InputOf<'exportJson'>): Promise<ExportedFile> {
    const docs = await this.docs(articleId ? [articleId] : undefined);
    const exportedAt = this.now();
    const content = nativeJsonText(docs, exportedAt, this.annotator());
    return { fileName: exportFileName(articleId ? docs[0]?.article.title : undefined, exportedAt), content };
  }

  async exportAs(input: InputOf<'exportAs'>): Promise<Outputs['exportAs']> {
    const docs = await this.docs(input.articleIds && [...new Set(input.articleIds)]);
    return exportAs(input.format, docs, this.exportOptions(input));
  }

  /** exportAs in pieces, for the CLI to write as they come (not in the contract: no transport carries a stream). */
  async exportChunks(input: InputOf<'exportAs'>): Promise<ExportedChunks> {
    // json and w3c are written as they are made: their annotations are read from each file as they are written.
    const read = streamedFormat(input.format) ? (id: string) => this.store.getForExport(id) : undefined;
    const docs = await this.docs(input.articleIds && [...new Set(input.articleIds)], read);
    return exportChunks(input.format, docs, this.exportOptions(input));
  }

  /** The export's options: the ClaimReview publisher from Settings, with what the call gave (CLI flags) over it. */
  private exportOptions({ format, articleIds, publisher, ...options }: InputOf<'exportAs'>) {
    const given = format === 'claimreview' ? publisherWith(this.store.settings.publisher, publisher) : publisher;
    return { ...options, exportedAt: this.now(), publisher: given, selected: articleIds !== undefined, annotator: this.annotator() };
  }

  /** Reads and checks the whole file first; only then places and merges, one article at a time. */
  importAnnotations(input: InputOf<'importAnnotations'>): Promise<AnnotationImportOutcome> {
    return this.annotationImports.importAnnotations(input);
  }

  /** importAnnotations from the file's bytes (not in the contract, as importAnnotationFile); see AnnotationImports. */
  importAnnotationBytes(...args: Parameters<AnnotationImports['importAnnotationBytes']>): Promise<AnnotationImportOutcome> {
    return this.annotationImports.importAnnotationBytes(...args);
  }

  /** A backup on disk, at any size (the CLI's import): read an article at a time, never whole. */
  importAnnotationFile(...args: Parameters<AnnotationImports['importAnnotationFile']>): Promise<AnnotationImportOutcome> {
    return this.annotationImports.importAnnotationFile(...args);
  }

  /** A brat .txt with its .ann: checked whole first, then placed like any annotation file. */
  importBrat(input: InputOf<'importBrat'>): Promise<AnnotationImportOutcome> {
    return this.annotationImports.importBrat(input);
  }
}
