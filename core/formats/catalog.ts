// What each export format is, for people and for the file system: its name on the command line,
// a one-line description, the file extension and MIME type, and which options apply. Plain data,
// so the renderer's Export dialog can list the formats without bundling the exporters.

export const FORMAT_NAMES = ['json', 'w3c', 'jsonl', 'jsonl-relations', 'label-studio', 'csv', 'claimreview', 'markdown', 'brat', 'conll'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/**
 * `flat`: a plain array instead of a collection (w3c). `bom`: a UTF-8 byte order mark for Excel
 * (csv). `raw`: cells that look like formulas kept as they are, not neutralised (csv). `perKind`:
 * one line per kind, so doccano's default project (no overlapping spans) drops none across kinds.
 */
export type FormatOption = 'flat' | 'bom' | 'raw' | 'perKind';

export interface FormatInfo {
  name: FormatName;
  label: string;
  description: string;
  /** What the file name ends with (after a dot); unique per format, so two exports never collide. */
  extension: string;
  mimeType: string;
  options: readonly FormatOption[];
  /** The export is several files, delivered as a zip (its content base64-encoded). */
  zip?: true;
}

export const FORMAT_CATALOG: Record<FormatName, FormatInfo> = {
  json: {
    name: 'json',
    label: 'Newsmark JSON',
    description: 'Everything, losslessly: articles, annotations, fields and links. Re-importable.',
    extension: 'json',
    mimeType: 'application/json',
    options: [],
  },
  w3c: {
    name: 'w3c',
    label: 'W3C Web Annotations',
    description: 'JSON-LD for annotation tools (Hypothesis, Recogito). Re-importable.',
    extension: 'w3c.jsonld',
    mimeType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    options: ['flat'],
  },
  jsonl: {
    name: 'jsonl',
    label: 'doccano JSONL',
    description: 'One article per line with labelled spans (code-point offsets) for NLP training. Re-importable.',
    extension: 'jsonl',
    mimeType: 'application/jsonl',
    options: ['perKind'],
  },
  'jsonl-relations': {
    name: 'jsonl-relations',
    label: 'doccano JSONL with relations',
    description: 'Entities and relations (speakers, claimants, links) for a doccano relation project. Re-importable.',
    extension: 'relations.jsonl',
    mimeType: 'application/jsonl',
    options: ['perKind'],
  },
  'label-studio': {
    name: 'label-studio',
    label: 'Label Studio tasks',
    description: 'Tasks with labels and relations, with the labelling config to load them. Re-importable.',
    extension: 'label-studio.json',
    mimeType: 'application/json',
    options: [],
  },
  csv: {
    name: 'csv',
    label: 'CSV spreadsheet',
    description: 'One row per annotation with every field, for spreadsheets and data analysis.',
    extension: 'csv',
    mimeType: 'text/csv; charset=utf-8',
    options: ['bom', 'raw'],
  },
  claimreview: {
    name: 'claimreview',
    label: 'schema.org ClaimReview',
    description: 'Checked claims as ClaimReview JSON-LD, for publishing fact-checks.',
    extension: 'claimreview.jsonld',
    mimeType: 'application/ld+json',
    options: [],
  },
  markdown: {
    name: 'markdown',
    label: 'Markdown report',
    description: 'A readable report per article: claims and verdicts, quotes, a table of figures.',
    extension: 'md',
    mimeType: 'text/markdown; charset=utf-8',
    options: [],
  },
  brat: {
    name: 'brat',
    label: 'brat standoff',
    description: 'A .txt and a .ann per article (quotes in PolNeAR’s attribution scheme), in a zip. Re-importable.',
    extension: 'brat.zip',
    mimeType: 'application/zip',
    options: [],
    zip: true,
  },
  conll: {
    name: 'conll',
    label: 'CoNLL IOB',
    description: 'One token per line with a B-/I-/O tag column per kind, for training NLP taggers.',
    extension: 'conll',
    mimeType: 'text/plain; charset=utf-8',
    options: [],
  },
};
