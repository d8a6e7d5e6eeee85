// The domain's data shapes, shared by every layer (core, electron, renderer, CLI).
// Pure types and constants: no I/O, no dependencies, so the renderer can import it too.

import type { FigureFields } from './figures/types.js';

export type { FigureFields };

export const SCHEMA_VERSION = 1;

export const KINDS = ['claim', 'quote', 'figure'] as const;
export type Kind = (typeof KINDS)[number];

/** W3C TextQuoteSelector-style context kept with every annotation so it can be re-anchored. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export const CLAIM_STATUSES = ['unverified', 'checking', 'true', 'mostly-true', 'misleading', 'false', 'unprovable'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const QUOTE_FORMS = ['direct', 'indirect', 'mixed'] as const;
export type QuoteForm = (typeof QUOTE_FORMS)[number];

/** A span of the article that names someone (a speaker, a claimant), linked from a field. */
export interface LinkedSpan {
  start: number;
  end: number;
  exact: string;
}

/** Who said or claims something: a name, and where the article names them when linked. */
export interface Party {
  name: string;
  span?: LinkedSpan;
}

export interface QuoteFields {
  speaker: Party | null;
  form: QuoteForm | null;
  /** The reporting verb: said, told, stressed … */
  cue: string;
  /** Where the article has the cue, when it was marked (brat/PolNeAR imports); dropped when the cue is retyped. */
  cueSpan?: LinkedSpan;
}

/** A source that bears on a claim. URLs are stored and shown, never fetched. */
export interface Evidence {
  id: string;
  url: string;
  title: string;
  note: string;
  /** When the user consulted it, YYYY-MM-DD. */
  accessedAt: string;
}

export interface ClaimFields {
  status: ClaimStatus;
  claimant: Party | null;
  evidence: Evidence[];
  /** A short verdict text. */
  verdict: string;
}

/**
 * What the user records about an annotation, by kind. Only the entry of the annotation's own
 * kind is shown; the others are kept (a kind changed back finds its fields again).
 */
export interface AnnotationFields {
  claim?: ClaimFields;
  quote?: QuoteFields;
  figure?: FigureFields;
}

export const RELATION_TYPES = ['said-by', 'supports', 'contradicts', 'about', 'same-as'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** A typed link between two annotations of one article. */
export interface Relation {
  id: string;
  from: string;
  to: string;
  type: RelationType;
  createdAt: string;
}

/** One piece of a discontinuous span, in UTF-16 code units like `start`/`end`. */
export interface Fragment {
  start: number;
  end: number;
}

export interface Annotation {
  id: string;
  kind: Kind;
  /** UTF-16 code unit offset into the article text, inclusive. */
  start: number;
  /** UTF-16 code unit offset into the article text, exclusive. */
  end: number;
  /**
   * A discontinuous span (brat's `start end;start end`): its pieces, in the order the source gave
   * them. `start`/`end` then cover them all. Absent for an ordinary span.
   */
  fragments?: Fragment[];
  quote: TextQuote;
  tags: string[];
  note: string;
  fields: AnnotationFields;
  /** "suggested" when the annotation began as an accepted suggestion. */
  origin: 'manual' | 'suggested';
  createdAt: string;
  updatedAt: string;
  /** The annotator who made it (their name in Settings); absent in files from before annotators. */
  createdBy?: string;
  /** The annotator who changed it last. */
  updatedBy?: string;
  /** How the annotation was carried into the article's current version; absent if never carried. */
  anchor?: AnchorState;
}

/**
 * exact: same place. moved: same text, elsewhere. changed: the text under it was edited (a close
 * match). orphaned: not found; kept with its old offsets and quote until the user re-places it.
 */
export const ANCHOR_STATUSES = ['exact', 'moved', 'changed', 'orphaned'] as const;
export type AnchorStatus = (typeof ANCHOR_STATUSES)[number];

export interface AnchorState {
  status: AnchorStatus;
  /** The article version this status applies to. */
  version: number;
}

/** An earlier text of an article, kept when a new version of the story was imported. */
export interface ArticleVersion {
  version: number;
  importedAt: string;
  text: string;
  contentHash: string;
}

/** The number of an article's current text: 1 until a new version is imported. */
export function currentVersion(article: Pick<Article, 'versions'>): number {
  return (article.versions?.length ?? 0) + 1;
}

/** Metadata read from the file or typed by the user. Every field is optional. */
export interface ArticleMeta {
  /** Publication date, YYYY-MM-DD. */
  date?: string;
  /** Place named at the head of wire copy ("MOSCOW"). */
  dateline?: string;
  /** News agency credited in the dateline ("TASS", "Reuters"). */
  agency?: string;
  /** The file name the article was imported from. */
  source?: string;
  outlet?: string;
  author?: string;
  /** Canonical URL of the story, when the file says. Only stored and shown, never fetched. */
  url?: string;
  /** Link targets found in the source (Markdown/HTML), kept because the reading text drops them. */
  links?: { text: string; href: string }[];
  /** The character encoding assumed when the file was decoded ("utf-8", "utf-16le", "windows-1252"). */
  encoding?: string;
  /** The folder the article came in with (a folder import): the batch the library counts progress for. */
  batch?: string;
}

export interface Article {
  id: string;
  title: string;
  meta: ArticleMeta;
  /** Changed only by importing a new version of the story. Newlines are LF only. */
  text: string;
  /** sha256 of `text`, so the same story imported twice is recognised. */
  contentHash: string;
  importedAt: string;
  /** Earlier texts, oldest first, when new versions of the story were imported. */
  versions?: ArticleVersion[];
}

/**
 * Another annotator's annotations of the article, kept apart from the user's own (which are the
 * document's `annotations`): imported from their export, or the curated layer built from two.
 */
export interface Layer {
  /** The annotator's name; "curated" for the curation layer. Unique within an article. */
  name: string;
  role: 'annotator' | 'curation';
  annotations: Annotation[];
  relations: Relation[];
}

export const CURATED_LAYER = 'curated';

export const PROGRESS_STATUSES = ['todo', 'in-progress', 'done', 'reviewed'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** One article's file in the store. */
export interface ArticleDocument {
  article: Article;
  annotations: Annotation[];
  relations: Relation[];
  /** Keys of suggestions the user rejected (they name the text version, so a new one starts afresh). */
  rejectedSuggestions?: string[];
  /** Other annotators' layers, in the order they were added. */
  layers?: Layer[];
  /** How far each annotator is with the article, by name (absent: to do). */
  progress?: Record<string, ProgressStatus>;
}

/**
 * An article's own annotations in position order, read again from its file while a streamed
 * export writes them (store/sorted-annotations.ts), so 100,000 of them are never held at once.
 */
export interface SortedAnnotations {
  count: number;
  /** The ids of the orphaned ones. */
  orphanIds: ReadonlySet<string>;
  each(): Iterable<Annotation>;
  /** The same list without the orphaned ones. */
  placed(): SortedAnnotations;
}

/** A document as a streamed export (json, w3c) takes it: with `sorted`, those are its own annotations and `annotations` is empty. */
export type ExportDocument = ArticleDocument & { sorted?: SortedAnnotations };

export type KindCounts = Record<Kind, number>;

/** What the library index keeps per article, enough to list it without opening its file. */
export interface ArticleSummary {
  id: string;
  title: string;
  meta: ArticleMeta;
  contentHash: string;
  importedAt: string;
  updatedAt: string;
  length: number;
  counts: KindCounts;
  /** Every tag used in the article, for library-wide autocompletion. */
  tags: string[];
  /** Names of the article's other layers (see Layer). */
  layers?: string[];
  /** How far each annotator is with the article (see ArticleDocument.progress). */
  progress?: Record<string, ProgressStatus>;
}

export function emptyCounts(): KindCounts {
  return { claim: 0, quote: 0, figure: 0 };
}

export function countKinds(annotations: readonly Annotation[]): KindCounts {
  const counts = emptyCounts();
  for (const a of annotations) counts[a.kind] += 1;
  return counts;
}

/** Text order: by start, then longer spans first so an enclosing span precedes what it contains. */
export function compareByPosition(a: Annotation, b: Annotation): number {
  return a.start - b.start || b.end - a.end || a.createdAt.localeCompare(b.createdAt);
}
