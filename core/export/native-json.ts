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

export function buildNativeExport(docs: readonly ArticleDocument[], exportedAt: string, annotator?: string): NativeExport {
  return {
    schemaVersion: SCHEMA_VERSION,
    exportedAt,
    ...(annotator ? { annotator } : {}),
    articles: docs.map(({ article, annotations, relations, rejectedSuggestions, layers, progress }) => ({
      id: article.id,
      title: article.title,
      meta: orderedMeta(article.meta),
      text: article.text,
      annotations: [...annotations].sort(compareByPosition),
      relations,
      ...(article.versions?.length ? { versions: article.versions } : {}),
      ...(rejectedSuggestions?.length ? { rejectedSuggestions } : {}),
      ...(layers?.length ? { layers: layers.map(sortedLayer) } : {}),
      ...(progress && Object.keys(progress).length ? { progress } : {}),
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
