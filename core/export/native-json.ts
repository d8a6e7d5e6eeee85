// Newsmark's own export format: everything an article holds, offsets in UTF-16 code units
// (end exclusive) beside a TextQuote, so any tool can check a span with text.slice(start, end).
// Its JSON Schema ships as schemas/newsmark-export.schema.json.

import {
  SCHEMA_VERSION,
  compareByPosition,
  type Annotation,
  type ArticleDocument,
  type ArticleMeta,
  type ArticleVersion,
  type Layer,
  type ProgressStatus,
  type Relation,
} from '../model.js';
import { articleMetaSchema } from '../store/stored-schemas.js';

export interface NativeExportArticle {
  id: string;
  title: string;
  meta: ArticleMeta;
  text: string;
  annotations: Annotation[];
  relations: Relation[];
  /** Earlier texts of the story, when new versions were imported. */
  versions?: ArticleVersion[];
  /** Keys of suggestions the user rejected, when any. */
  rejectedSuggestions?: string[];
  /** Other annotators' layers of the article. */
  layers?: Layer[];
  progress?: Record<string, ProgressStatus>;
}

export interface NativeExport {
  schemaVersion: number;
  exportedAt: string;
  /** Whose the articles' `annotations` are (the exporting user), when they set their name. */
  annotator?: string;
  articles: NativeExportArticle[];
}

function sortedLayer(layer: Layer): Layer {
  return { ...layer, annotations: [...layer.annotations].sort(compareByPosition) };
}

const META_KEYS = Object.keys(articleMetaSchema.shape) as (keyof ArticleMeta)[];

/** The meta in the store's key order, so the same article always gives the same bytes. */
function orderedMeta(meta: ArticleMeta): ArticleMeta {
  const out: Record<string, unknown> = {};
  for (const key of META_KEYS) if (meta[key] !== undefined) out[key] = meta[key];
  return out as ArticleMeta;
}

/** An article's own annotations in the export: sorted by position (a streamed export gives a list it reads as it writes). */
type OwnAnnotations<D extends ArticleDocument> = (doc: D) => Annotation[];

export function buildNativeExport<D extends ArticleDocument>(
  docs: readonly D[],
  exportedAt: string,
  annotator?: string,
  own: OwnAnnotations<D> = ({ annotations }) => [...annotations].sort(compareByPosition),
): NativeExport {
  return {
    schemaVersion: SCHEMA_VERSION,
    exportedAt,
    ...(annotator ? { annotator } : {}),
    articles: docs.map((doc) => ({
      id: doc.article.id,
      title: doc.article.title,
      meta: orderedMeta(doc.article.meta),
      text: doc.article.text,
      annotations: own(doc),
      relations: doc.relations,
      ...(doc.article.versions?.length ? { versions: doc.article.versions } : {}),
      ...(doc.rejectedSuggestions?.length ? { rejectedSuggestions: doc.rejectedSuggestions } : {}),
      ...(doc.layers?.length ? { layers: doc.layers.map(sortedLayer) } : {}),
      ...(doc.progress && Object.keys(doc.progress).length ? { progress: doc.progress } : {}),
    })),
  };
}

function slug(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return s || 'article';
}

/** "newsmark-<title-slug>-2026-11-29.json" for one article, "newsmark-library-…" for all. */
export function exportFileName(articleTitle: string | undefined, exportedAt: string): string {
  const day = exportedAt.slice(0, 10);
  return `newsmark-${articleTitle === undefined ? 'library' : slug(articleTitle)}-${day}.json`;
}
