// What an annotation file holds once read and checked, before anything is placed in the library:
// the shapes the native and W3C readers produce and the importer consumes.

import type { Annotation, Article, Layer, ProgressStatus, Relation } from '../../model.js';

/**
 * How a file counts its offsets. 'utf-16': code units, as Newsmark, JavaScript and the DOM do.
 * 'code points': as Python tools do. 'either': the file does not say (a W3C TextPositionSelector
 * means code points by the model, but Hypothesis and Recogito write UTF-16 units), so both
 * readings are checked against the quote.
 */
export type OffsetUnits = 'utf-16' | 'code points' | 'either';

/** An annotation as the file gives it, its offsets counted in `units`. */
export interface IncomingAnnotation {
  annotation: Annotation;
  units: OffsetUnits;
}

/**
 * Whose annotations these are, as the file says: an annotator's layer (or the curated layer).
 * null when the file does not say (an export from before annotators, another tool's file): they
 * are merged into the user's own annotations, as always.
 */
export type LayerRef = { name: string; role: Layer['role'] } | null;

/** An article a native export carries: created when the library has neither its id nor its text. */
export interface IncomingArticle {
  article: Omit<Article, 'importedAt'>;
  annotations: IncomingAnnotation[];
  relations: Relation[];
  /** Suggestions the user rejected (a backup brings them back with its article). */
  rejectedSuggestions?: string[];
  /** Each annotator's status of the article, as the export had it. */
  progress?: Record<string, ProgressStatus>;
  layer: LayerRef;
}

/** What a W3C (or Hypothesis) annotation says about its article. */
export interface ArticleRef {
  /** The target's source IRI, as written. */
  source: string;
  /** The Newsmark article id, when the source is urn:newsmark:article:<id>. */
  id: string | null;
  /** The source's key (see sourceKey), when it is an http(s) URL. */
  url: string | null;
}

/** An annotation to place in whichever library article its reference and quote lead to. */
export interface LooseAnnotation extends IncomingAnnotation {
  ref: ArticleRef | null;
  /** Why it cannot be anchored at all (no text selector), when that is known from the file. */
  unanchorable?: string;
  layer: LayerRef;
}

export interface AnnotationFile {
  format: 'json' | 'w3c' | 'hypothesis' | 'brat' | 'doccano' | 'label-studio';
  articles: IncomingArticle[];
  loose: LooseAnnotation[];
  /** Links whose article is the one their two ends land in. */
  relations: Relation[];
  /**
   * Whose layer a link is in, where the file says so itself (a W3C link's nm:layer); else it goes
   * with the annotation it starts from. Needed when two layers hold copies with the same ids.
   */
  relationLayers?: Map<Relation, LayerRef>;
  /** Items of the file that carry nothing Newsmark can hold (another tool's links, say). */
  ignored: number;
  /** What the user should know about items left out or read in a particular way. */
  notices?: string[];
  /**
   * The file holds spans and links only (another tool's file: doccano, Label Studio). An
   * annotation whose Newsmark id the article already holds keeps the stored copy, with its fields,
   * whatever the file's dates say; new ones come in stamped with the time of the import.
   */
  spansOnly?: true;
}
