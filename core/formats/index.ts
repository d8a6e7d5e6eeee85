// The export formats, by name: what the service's exportAs and the CLI's `export --format` call.
// Each entry is the format's catalog data plus the function that writes it. Every format's
// content ends with a newline, so the CLI can print it byte for byte.

import { buildNativeExport, exportFileName } from '../export/native-json.js';
import { compareByPosition, type Annotation, type ArticleDocument, type ExportDocument } from '../model.js';
import { FORMAT_CATALOG, FORMAT_NAMES, type FormatInfo, type FormatName } from './catalog.js';
import { bratFiles, bratZip } from './brat/export.js';
import { claimReviewExport, type ReviewPublisher } from './claimreview.js';
import { publisherGaps } from './review-publisher.js';
import { conllExport } from './conll.js';
import { csvExport } from './csv.js';
import { jsonTextChunks, StreamedList } from './json-stream.js';
import { jsonText } from './json-text.js';
import { doccanoRelationsExport } from './doccano/relations.js';
import type { CompanionFile, FormatOutput } from './format-output.js';
import { jsonlExport } from './jsonl.js';
import { labelStudioExport } from './label-studio.js';
import { markdownExport } from './markdown.js';
import { nativeJsonText } from './native.js';
import { eachW3cAnnotation, eachW3cAnnotationText, w3cCollection } from './w3c/export.js';

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
  /** jsonl, jsonl-relations: one line per kind, for doccano projects that cannot hold overlapping spans. */
  perKind?: boolean;
}

type Writer = (docs: readonly ArticleDocument[], options: ExportOptions) => string | FormatOutput;

/** Whether exportChunks writes the format as it is made, taking documents whose annotations are read as they are written (ExportDocument). */
export function streamedFormat(name: FormatName): boolean {
  return JSON_VALUES[name] !== undefined;
}

export interface ExportFormat extends FormatInfo {
  /** The file's text. */
  export: (docs: readonly ArticleDocument[], options: ExportOptions) => string;
  /** The file's text with what comes with it: warnings, a companion file (see format-output.ts). */
  write: (docs: readonly ArticleDocument[], options: ExportOptions) => FormatOutput;
}

function formatOutput(result: string | FormatOutput): FormatOutput {
  return typeof result === 'string' ? { content: result } : result;
}

/** The formats that are one JSON value, which a big export writes piece by piece (exportChunks). */
const JSON_VALUES: Partial<Record<FormatName, (docs: readonly ExportDocument[], options: ExportOptions) => unknown>> = {
  // A document's annotations read as they are written: JSON.stringify (the whole export) sees them through toJSON.
  json: (docs, { exportedAt, annotator }) =>
    buildNativeExport(docs, exportedAt, annotator, (doc) => (doc.sorted ? (new StreamedList(() => doc.sorted!.each()) as unknown as Annotation[]) : [...doc.annotations].sort(compareByPosition))),
  w3c: (docs, { flat, annotator }) => {
    const items = new StreamedList(
      () => eachW3cAnnotation(docs, annotator),
      (indent) => eachW3cAnnotationText(docs, annotator, indent),
    );
    return flat ? items : w3cCollection(docs, items);
  },
};

const WRITERS: Record<FormatName, Writer> = {
  json: (docs, { exportedAt, annotator }) => nativeJsonText(docs, exportedAt, annotator),
  w3c: (docs, options) => jsonText(JSON_VALUES.w3c!(docs, options)),
  jsonl: (docs, { annotator, perKind }) => jsonlExport(docs, annotator, perKind),
  'jsonl-relations': (docs, { annotator, perKind }) => doccanoRelationsExport(docs, annotator, perKind),
  'label-studio': (docs, { annotator }) => labelStudioExport(docs, annotator),
  csv: csvExport,
  claimreview: (docs, options) => {
    // The app refuses until Settings has the publisher; the CLI writes what it can and says what is missing.
    const gaps = publisherGaps(options.publisher ?? {});
    const content = claimReviewExport(docs, options);
    return gaps.length ? { content, warnings: [`this ClaimReview lacks ${gaps.join(', ')}, which Google's Fact Check tools require: set them with --reviewer, --reviewer-url and --review-url, or in the app's Settings › Fact-check publisher`] } : content;
  },
  markdown: markdownExport,
  brat: (docs) => Buffer.from(bratZip(bratFiles(docs))).toString('base64'),
  conll: (docs, { annotator }) => conllExport(docs, annotator),
};

export const EXPORT_FORMATS: Record<FormatName, ExportFormat> = Object.fromEntries(
  FORMAT_NAMES.map((name) => {
    const write = (docs: readonly ArticleDocument[], options: ExportOptions) => formatOutput(WRITERS[name](docs, options));
    return [name, { ...FORMAT_CATALOG[name], write, export: (docs: readonly ArticleDocument[], options: ExportOptions) => write(docs, options).content }];
  }),
) as Record<FormatName, ExportFormat>;

export interface ExportedAs {
  fileName: string;
  /** The file's text; for a zip format (brat), its bytes in base64. */
  content: string;
  mimeType: string;
  /** Set when `content` is base64-encoded bytes. */
  base64?: true;
  /** What the user must know about the export (spans the peer will drop, links left out). */
  warnings?: string[];
  /** A file to save beside the export (Label Studio's labelling config), named after it. */
  companion?: { fileName: string; content: string; mimeType: string };
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
export function exportChunks(name: FormatName, docs: readonly ExportDocument[], options: ExportOptions & { selected: boolean }, streamed = true): ExportedChunks {
  const format = EXPORT_FORMATS[name];
  const title = !options.selected ? undefined : docs.length === 1 ? docs[0]!.article.title : `${docs.length} articles`;
  const fileName = exportFileName(title, options.exportedAt).replace(/\.json$/, `.${format.extension}`);
  // Only the native format can say an annotation is orphaned (its offsets belong to an older text);
  // every other format would pass those offsets off as spans of the current text, so leaves it out.
  const placed = name === 'json' ? docs : docs.map(withoutOrphans);
  const value = streamed ? JSON_VALUES[name] : undefined;
  if (value) return { fileName, chunks: jsonTextChunks(value(placed, options)), mimeType: format.mimeType };
  if (docs.some((d) => d.sorted)) throw new Error(`the ${name} export is not written as it is made: it needs the annotations in memory`);
  const { content, warnings, companion } = format.write(placed, options);
  return {
    fileName,
    chunks: [content],
    mimeType: format.mimeType,
    ...(format.zip ? { base64: true as const } : {}),
    ...(warnings?.length ? { warnings } : {}),
    ...(companion ? { companion: companionOf(fileName, format.extension, companion) } : {}),
  };
}

/** "newsmark-library-2025-09-21.label-studio.json" → "newsmark-library-2025-09-21.label-studio.config.xml". */
function companionOf(fileName: string, extension: string, { suffix, content, mimeType }: CompanionFile): NonNullable<ExportedAs['companion']> {
  const stem = fileName.slice(0, fileName.length - extension.length - 1);
  return { fileName: `${stem}.${suffix}`, content, mimeType };
}

function placedOnly<T extends Pick<ExportDocument, 'annotations' | 'relations' | 'sorted'>>(set: T): T {
  const orphans = set.sorted?.orphanIds ?? new Set(set.annotations.filter((a) => a.anchor?.status === 'orphaned').map((a) => a.id));
  if (orphans.size === 0) return set;
  return {
    ...set,
    annotations: set.annotations.filter((a) => !orphans.has(a.id)),
    ...(set.sorted ? { sorted: set.sorted.placed() } : {}),
    relations: set.relations.filter((r) => !orphans.has(r.from) && !orphans.has(r.to)),
  };
}

function withoutOrphans(doc: ExportDocument): ExportDocument {
  const placed = placedOnly(doc);
  return doc.layers ? { ...placed, layers: doc.layers.map(placedOnly) } : placed;
}
