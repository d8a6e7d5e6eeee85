// The one API the UI and the CLI use, as a method table: each method's input schema (checked at
// runtime on every transport) and its output type. Electron's IPC, the Chromium test harness and
// the CLI all serve exactly this table.

import { z } from 'zod';
import { CLAIM_STATUSES, KINDS, PROGRESS_STATUSES, QUOTE_FORMS, RELATION_TYPES, type Annotation, type ArticleDocument, type ArticleSummary, type Layer, type Relation } from '../model.js';
import { TAKES } from '../curation/curate.js';
import { FORMAT_NAMES } from '../formats/catalog.js';
import type { ExportedAs } from '../formats/index.js';
import type { AnnotationImportOutcome } from '../formats/import/apply-import.js';
import { reviewUrlFor, type ReviewPublisher } from '../formats/review-publisher.js';
import { canonicalUrl } from '../formats/urls.js';
import { figureFieldsSchema } from '../store/stored-schemas.js';
import { MAX_ANNOTATION_FILE_BYTES, MAX_ARTICLE_FILE_BYTES, MAX_BACKUP_BYTES, base64Length, megabytes } from '../import/size-limits.js';
import type { Proposal } from '../suggest/proposals.js';
import { metaPatchSchema } from '../library/article-meta.js';
import type { VersionUpdate } from '../library/new-version.js';
import type { SearchHit } from '../library/text-search.js';
import type { TrashedArticle } from '../store/trash.js';
import type { BackupInfo } from '../store/article-backups.js';
import type { Recovery } from '../store/library-store.js';
import type { AgreementResult } from '../agreement/library-agreement.js';
import type { SyncConflict } from '../sync/conflicts.js';
import type { SyncStatus } from '../sync/team-sync.js';
import type { Method, SyncMethod } from './methods.js';
import type { Result } from './errors.js';

export interface LibrarySettings {
  annotator: string | null;
  activeAnnotator: string | null;
  publisher: ReviewPublisher | null;
}

/** 10000 → "10,000", as toLocaleString('en-US') writes it, without starting Intl (~16 ms of every CLI start). */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** At most `max` characters; a longer one is refused with a message naming the field and its limit. */
function text(max: number, what: string) {
  return z.string().max(max, `${what} can be at most ${grouped(max)} characters`);
}

/** At most `max` items, with the same kind of message. */
function listOf<T extends z.ZodType>(item: T, max: number, what: string) {
  return z.array(item).max(max, `at most ${grouped(max)} ${what} at once`);
}

const id = z.string().min(1).max(200);
const fileName = z.string().min(1).max(1000);
const tags = listOf(text(100, 'a tag').trim().min(1), 200, 'tags');
const note = text(100_000, 'a note');
const offset = z.number().int().nonnegative();
const annotatorName = z.string().trim().min(1).max(200);

/** The ClaimReview publisher the user keeps in Settings: every address http(s), checked here. */
const publisherSettings = z
  .object({
    organisation: text(500, "the organisation's name").trim().min(1),
    organisationUrl: text(4_000, "the organisation's web address").trim().refine((u) => canonicalUrl(u) !== null, "the organisation's web address must start with http:// or https://"),
    reviewUrl: text(4_000, 'the review page address')
      .trim()
      .refine((u) => reviewUrlFor(u, 'claim', 'article') !== null, 'the review page address must start with http:// or https:// ({claim} and {article} may stand in it)'),
  })
  .partial()
  .strict();

/**
 * The base64 of an upload. The service refuses a file over its limit with the file's name and
 * size before decoding anything; this bound only stops absurd strings at the door.
 */
function upload(limitBytes: number) {
  return z.string().max(base64Length(4 * limitBytes), `the file is far larger than the ${megabytes(limitBytes)} Newsmark takes`);
}

const partyInput = z.object({ name: text(500, 'a name').trim().min(1), span: z.object({ start: offset, end: offset }).strict().optional() }).strict();

const evidenceInput = z
  .object({
    id: id.optional(),
    url: text(4_000, 'a URL'),
    title: text(2_000, 'a source title'),
    note: text(10_000, "a source's note"),
    accessedAt: text(40, 'a date consulted'),
  })
  .strict();

/** The figure fields a user may edit: the stored shape with every string bounded. */
const figurePatch = figureFieldsSchema
  .extend({
    unit: text(100, "a figure's unit").nullable(),
    scale: text(100, "a figure's scale").nullable(),
    approximate: text(200, "a figure's approximation").nullable(),
    date: text(40, "a figure's date").optional(),
    confirmed: z.literal(true),
  })
  .omit({ byHand: true, changed: true })
  .partial()
  .strict();

/** A partial edit of an annotation's kind-specific fields; null clears a speaker or claimant. */
const fieldsPatch = z
  .object({
    claim: z
      .object({
        status: z.enum(CLAIM_STATUSES).optional(),
        claimant: partyInput.nullable().optional(),
        evidence: listOf(evidenceInput, 200, 'sources').optional(),
        verdict: text(10_000, 'a verdict').optional(),
      })
      .strict()
      .optional(),
    quote: z
      .object({ speaker: partyInput.nullable().optional(), form: z.enum(QUOTE_FORMS).nullable().optional(), cue: text(200, 'a cue').optional() })
      .strict()
      .optional(),
    figure: figurePatch.optional(),
  })
  .strict();

const suggestionKeys = listOf(z.string().max(200), 10_000, 'suggestions').min(1);

export const inputSchemas = {
  getLibraryInfo: z.object({}).strict(),
  listArticles: z.object({}).strict(),
  getArticle: z
    .object({
      id,
      /**
       * false: each quote without its prefix and suffix (left empty). The window shows the text
       * itself around a span, so it asks for less: 10,000 annotations carry ~1 MB less.
       */
      quoteContext: z.boolean().optional(),
    })
    .strict(),
  importFile: z
    .object({
      fileName,
      /** The file's bytes, base64 encoded (JSON-safe on every transport). */
      contentBase64: upload(MAX_ARTICLE_FILE_BYTES),
      /** Import the file as a new version of this article (else one is matched by source or URL). */
      updateOf: id.optional(),
      /** The folder the file came in with (a folder import): the batch a new article belongs to. */
      batch: text(500, 'a folder name').trim().min(1).optional(),
    })
    .strict(),
  updateArticle: z.object({ id, title: text(1000, 'a title').trim().min(1) }).strict(),
  deleteArticle: z.object({ id }).strict(),
  searchArticles: z.object({ query: text(1_000, 'a search') }).strict(),
  updateArticleMeta: z.object({ id, title: text(1000, 'a title').trim().min(1).optional(), meta: metaPatchSchema }).strict(),
  trashArticle: z.object({ id }).strict(),
  restoreArticle: z.object({ id }).strict(),
  listTrash: z.object({}).strict(),
  emptyTrash: z.object({}).strict(),
  /** An article's rolling backups, newest first. */
  listBackups: z.object({ articleId: id }).strict(),
  /** Puts the article back to one of its backups (undoable). */
  restoreBackup: z.object({ articleId: id, backupId: z.string().min(1).max(100) }).strict(),
  /** Pasted text becomes an article, as a .txt file would. */
  importText: z.object({ text: text(MAX_ARTICLE_FILE_BYTES, 'a pasted text').min(1), title: text(1000, 'a title').trim().min(1).optional() }).strict(),
  /** Puts an annotation (an orphan, say) on a new span of the current text. */
  placeAnnotation: z.object({ articleId: id, id, start: offset, end: offset }).strict(),
  createAnnotation: z
    .object({
      articleId: id,
      kind: z.enum(KINDS),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      note: note.optional(),
      tags: tags.optional(),
      fields: fieldsPatch.optional(),
      origin: z.enum(['manual', 'suggested']).optional(),
    })
    .strict(),
  updateAnnotation: z
    .object({
      articleId: id,
      id,
      kind: z.enum(KINDS).optional(),
      note: note.optional(),
      tags: tags.optional(),
      fields: fieldsPatch.optional(),
    })
    .strict(),
  deleteAnnotation: z.object({ articleId: id, id }).strict(),
  createRelation: z.object({ articleId: id, from: id, to: id, type: z.enum(RELATION_TYPES) }).strict(),
  deleteRelation: z.object({ articleId: id, id }).strict(),
  undo: z.object({}).strict(),
  redo: z.object({}).strict(),
  listTags: z.object({}).strict(),
  suggest: z.object({ articleId: id }).strict(),
  acceptSuggestions: z.object({ articleId: id, keys: suggestionKeys }).strict(),
  rejectSuggestions: z.object({ articleId: id, keys: suggestionKeys }).strict(),
  exportJson: z.object({ articleId: id.optional() }).strict(),
  exportAs: z
    .object({
      format: z.enum(FORMAT_NAMES),
      /** A selection of articles; the whole library when absent. */
      articleIds: listOf(id, 100_000, 'articles').min(1).optional(),
      flat: z.boolean().optional(),
      bom: z.boolean().optional(),
      raw: z.boolean().optional(),
      /** jsonl, jsonl-relations: one line per kind (doccano's default project drops overlapping spans). */
      perKind: z.boolean().optional(),
      /** claimreview: the fact-checking organisation (name, URL) and the review page's URL. */
      publisher: z
        .object({ organisation: z.string().max(500).optional(), organisationUrl: z.string().max(4000).optional(), reviewUrl: z.string().max(4000).optional() })
        .strict()
        .optional(),
    })
    .strict(),
  /**
   * A Newsmark export, W3C annotations, Hypothesis API JSON, doccano JSONL or Label Studio JSON, told apart by content.
   * intoArticleId: the article the user picked for annotations whose source matches none.
   */
  importAnnotations: z
    .object({
      fileName,
      contentBase64: upload(MAX_BACKUP_BYTES),
      intoArticleId: id.optional(),
      /** doccano, Label Studio: a mapping file (brat's format: entities, relations, unmapped) for their labels. */
      mapping: z.object({ fileName, json: z.string().max(1024 * 1024) }).strict().optional(),
    })
    .strict(),
  getSettings: z.object({}).strict(),
  /**
   * The user's name, stamped on what they annotate, and the ClaimReview publisher (organisation,
   * its address, the review page or a pattern of it); null forgets one, a field left out keeps it.
   */
  updateSettings: z.object({ annotator: annotatorName.nullable().optional(), publisher: publisherSettings.nullable().optional() }).strict(),
  /** How far an annotator is with the article; `annotator` defaults to whom this session stamps. */
  setProgress: z.object({ articleId: id, status: z.enum(PROGRESS_STATUSES), annotator: annotatorName.optional() }).strict(),
  /** Settles one disagreement between layers a and b ("" is the user's own) into the curated layer. */
  takeIntoCuration: z
    .object({ articleId: id, a: z.string().max(200), b: z.string().max(200), item: z.string().min(1).max(1_000), take: z.enum(TAKES) })
    .strict(),
  /** Agreement between annotators: of one article, a batch (a tag, or a folder import's `batch`), else of the library. */
  agreement: z
    .object({ articleId: id.optional(), tag: text(100, 'a tag').trim().min(1).optional(), batch: text(500, 'a folder name').trim().min(1).optional() })
    .strict()
    .refine((s) => [s.articleId, s.tag, s.batch].filter((x) => x !== undefined).length <= 1, 'agreement takes one of articleId, tag and batch'),
  getSyncStatus: z.object({}).strict(),
  /** The team database (CouchDB) and the login; the password is kept by the app, never in the library. */
  connectSync: z
    .object({ url: z.string().trim().min(1).max(2_000), username: z.string().trim().max(200), password: z.string().max(1_000) })
    .strict(),
  disconnectSync: z.object({}).strict(),
  listSyncConflicts: z.object({}).strict(),
  /** Keeps one version of an item edited on two machines (a revision listed by listSyncConflicts). */
  keepSyncVersion: z.object({ docId: z.string().min(1).max(500), rev: z.string().min(1).max(200) }).strict(),
  /** A brat .txt and its .ann; `mapping` is the text of a mapping file laid over the built-in one. */
  importBrat: z
    .object({
      textFileName: fileName,
      textBase64: upload(MAX_ARTICLE_FILE_BYTES),
      annFileName: fileName,
      annBase64: upload(MAX_ANNOTATION_FILE_BYTES),
      mapping: z.object({ fileName, json: z.string().max(1024 * 1024) }).strict().optional(),
      /** Whose annotations the .ann holds: they go to that annotator's layer (else the user's own). */
      annotator: annotatorName.optional(),
    })
    .strict(),
} satisfies Record<Method, z.ZodType>;

export type { Method };
export type InputOf<M extends Method> = z.infer<(typeof inputSchemas)[M]>;

export interface ImportOutcome {
  article: ArticleSummary;
  /** True when the same text was already in the library: nothing new was stored. */
  duplicate: boolean;
  /** What the user should know about the import (an encoding that was assumed, say). */
  notices: string[];
  /** Set when the file was a new version of an article already in the library. */
  update?: VersionUpdate;
}

/** What an undo or redo did, or `done: null` when there was nothing to do. */
export interface HistoryStep {
  done: { articleId: string; label: string } | null;
  /** Labels of what undo and redo would do next. */
  next: { undo?: string; redo?: string };
}

export interface ExportedFile {
  fileName: string;
  content: string;
}

export interface Outputs {
  getLibraryInfo: {
    libraryDir: string;
    /** True when this process opened the library read-only (another one writes it). */
    readOnly: boolean;
    /** What the user should read once: files moved aside, the index fixed against the files. */
    notices: string[];
    /** Damaged article files restored from a backup: which article, from when, what was lost. */
    recoveries: Recovery[];
  };
  listArticles: ArticleSummary[];
  getArticle: ArticleDocument;
  importFile: ImportOutcome;
  updateArticle: ArticleSummary;
  deleteArticle: { deleted: string };
  searchArticles: SearchHit[];
  updateArticleMeta: ArticleSummary;
  trashArticle: { trashed: string };
  /** `restoredAsCopy`: its id was in the library again, so it came back beside it with an id of its own. */
  restoreArticle: ArticleSummary & { restoredAsCopy?: true };
  listTrash: TrashedArticle[];
  emptyTrash: { removed: number };
  listBackups: BackupInfo[];
  restoreBackup: ArticleSummary;
  importText: ImportOutcome;
  placeAnnotation: Annotation;
  createAnnotation: Annotation;
  updateAnnotation: Annotation;
  deleteAnnotation: { deleted: string };
  createRelation: Relation;
  deleteRelation: { deleted: string };
  undo: HistoryStep;
  redo: HistoryStep;
  listTags: { tag: string; count: number }[];
  suggest: Proposal[];
  acceptSuggestions: Annotation[];
  rejectSuggestions: { rejected: number };
  exportJson: ExportedFile;
  exportAs: ExportedAs;
  importAnnotations: AnnotationImportOutcome;
  /**
   * annotator: the name in Settings; activeAnnotator: whom this session stamps (a CLI --annotator
   * wins); publisher: who publishes ClaimReview exports, and where.
   */
  getSettings: LibrarySettings;
  updateSettings: LibrarySettings;
  setProgress: ArticleSummary;
  takeIntoCuration: Layer;
  agreement: AgreementResult;
  getSyncStatus: SyncStatus;
  connectSync: SyncStatus;
  disconnectSync: SyncStatus;
  listSyncConflicts: SyncConflict[];
  keepSyncVersion: SyncStatus;
  importBrat: AnnotationImportOutcome;
}

/** What every transport serves: the library service and team sync together (core/api/app-api.ts). */
export type NewsmarkApi = { [M in Method]: (input: InputOf<M>) => Promise<Outputs[M]> };

/** What the library service implements. */
export type LibraryApi = Omit<NewsmarkApi, SyncMethod>;

/** What `window.newsmark` offers the renderer: every method, answering with a Result. */
export type NewsmarkBridge = {
  [M in Method]: (input: InputOf<M>) => Promise<Result<Outputs[M]>>;
} & {
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenu(listener: (command: import('./methods.js').MenuCommand) => void): () => void;
  /** Subscribes to "show this article" (a file opened from the desktop); absent outside Electron. */
  onOpenArticle?(listener: (articleId: string) => void): () => void;
  /** Tells the desktop app a file the user opened, for Open Recent; absent outside Electron. */
  noteOpenedFile?(file: File): void;
  /** Subscribes to files chosen in the desktop's File › Open… dialog, to import; absent outside Electron. */
  onOpenFiles?(listener: (files: { name: string; bytes: Uint8Array }[]) => void): () => void;
  /** Subscribes to a folder chosen in the desktop's File › Import folder… dialog (its article files, with their paths); absent outside Electron. */
  onImportFolder?(listener: (folder: { files: { name: string; path: string; bytes: Uint8Array }[]; ignored: number }) => void): () => void;
};
