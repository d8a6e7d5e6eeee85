// The export formats, by name: what the service's exportAs and the CLI's `export --format` call.
// Each entry is the format's catalog data plus the function that writes it. Every format's
// content ends with a newline, so the CLI can print it byte for byte.

import { buildNativeExport, exportFileName } from '../export/native-json.js';
import type { ArticleDocument } from '../model.js';
import { FORMAT_CATALOG, FORMAT_NAMES, type FormatInfo, type FormatName } from './catalog.js';
import { bratFiles, bratZip } from './brat/export.js';
import { claimReviewExport, type ReviewPublisher } from './claimreview.js';
import { conllExport } from './conll.js';
import { csvExport } from './csv.js';
import { jsonTextChunks, StreamedList } from './json-stream.js';
import { jsonText } from './json-text.js';
import { jsonlExport } from './jsonl.js';
import { labelStudioExport } from './label-studio.js';
import { markdownExport } from './markdown.js';
import { nativeJsonText } from './native.js';
import { eachW3cAnnotation, w3cCollection } from './w3c/export.js';

export { FORMAT_NAMES, type FormatName };

export interface ExportOptions {
  /** When the export was made (the native format records it). */
  exportedAt: string;
  /** w3c: a plain array of annotations instead of an AnnotationCollection. */
  flat?: boolean;
  /** csv: start with a UTF-8 byte order mark, for Excel. */
  bom?: boolean;
  /** Whose the documents' own annotations are (the user's name in Settings), when set. */
  annotator?: string;
  /** csv: keep cells that start like a formula (= + - @ TAB CR) as they are. */
  raw?: boolean;
  /** claimreview: the fact-checking organisation and the review page. */
  publisher?: ReviewPublisher;
}

export interface ExportFormat extends FormatInfo {
  export: (docs: readonly ArticleDocument[], options: ExportOptions) => string;
}

/** The formats that are one JSON value, which a big export writes piece by piece (exportChunks). */
const JSON_VALUES: Partial<Record<FormatName, (docs: readonly ArticleDocument[], options: ExportOptions) => unknown>> = {
  json: (docs, { exportedAt, annotator }) => buildNativeExport(docs, exportedAt, annotator),
  w3c: (docs, { flat, annotator }) => {
    const items = new StreamedList(() => eachW3cAnnotation(docs, annotator));
    return flat ? items : w3cCollection(docs, items);
  },
};

const WRITERS: Record<FormatName, ExportFormat['export']> = {
  json: (docs, { exportedAt, annotator }) => nativeJsonText(docs, exportedAt, annotator),
  w3c: (docs, options) => jsonText(JSON_VALUES.w3c!(docs, options)),
  jsonl: (docs, { annotator }) => jsonlExport(docs, annotator),
  'label-studio': (docs, { annotator }) => labelStudioExport(docs, annotator),
  csv: csvExport,
  claimreview: claimReviewExport,
  markdown: markdownExport,
  brat: (docs) => Buffer.from(bratZip(bratFiles(docs))).toString('base64'),
  conll: (docs, { annotator }) => conllExport(docs, annotator),
};

export const EXPORT_FORMATS: Record<FormatName, ExportFormat> = Object.fromEntries(
  FORMAT_NAMES.map((name) => [name, { ...FORMAT_CATALOG[name], export: WRITERS[name] }]),
) as Record<FormatName, ExportFormat>;

export interface ExportedAs {
  fileName: string;
  /** The file's text; for a zip format (brat), its bytes in base64. */
  content: string;
  mimeType: string;
  /** Set when `content` is base64-encoded bytes. */
  base64?: true;
}

export interface ExportedChunks extends Omit<ExportedAs, 'content'> {
  /** The same text as ExportedAs.content, in pieces, made as they are read. */
  chunks: Iterable<string>;
}

/**
 * The export as a file: "newsmark-<title>-<day>.<ext>" for one chosen article, "…-3-articles-…"
 * for a selection, "…-library-…" for the whole library.
 */
export function exportAs(name: FormatName, docs: readonly ArticleDocument[], options: ExportOptions & { selected: boolean }): ExportedAs {
  const { chunks, ...file } = exportChunks(name, docs, options, false);
  return { ...file, content: [...chunks].join('') };
}

/** The export as exportAs makes it, written piece by piece where the format allows (json, w3c). */
export function exportChunks(name: FormatName, docs: readonly ArticleDocument[], options: ExportOptions & { selected: boolean }, streamed = true): ExportedChunks {
  const format = EXPORT_FORMATS[name];
  const title = !options.selected ? undefined : docs.length === 1 ? docs[0]!.article.title : `${docs.length} articles`;
  const fileName = exportFileName(title, options.exportedAt).replace(/\.json$/, `.${format.extension}`);
  // Only the native format can say an annotation is orphaned (its offsets belong to an older text);
  // every other format would pass those offsets off as spans of the current text, so leaves it out.
  const placed = name === 'json' ? docs : docs.map(withoutOrphans);
  const value = streamed ? JSON_VALUES[name] : undefined;
  const chunks = value ? jsonTextChunks(value(placed, options)) : [format.export(placed, options)];
  return { fileName, chunks, mimeType: format.mimeType, ...(format.zip ? { base64: true as const } : {}) };
}

function placedOnly<T extends Pick<ArticleDocument, 'annotations' | 'relations'>>(set: T): T {
  const orphans = new Set(set.annotations.filter((a) => a.anchor?.status === 'orphaned').map((a) => a.id));
  if (orphans.size === 0) return set;
  return {
    ...set,
    annotations: set.annotations.filter((a) => !orphans.has(a.id)),
    relations: set.relations.filter((r) => !orphans.has(r.from) && !orphans.has(r.to)),
  };
}

function withoutOrphans(doc: ArticleDocument): ArticleDocument {
  const placed = placedOnly(doc);
  return doc.layers ? { ...placed, layers: doc.layers.map(placedOnly) } : placed;
}
