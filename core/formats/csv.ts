// One row per annotation with every field of its kind, for spreadsheets and data analysis; every
// annotator's layer, each row naming its layer and who made and last changed it.
// RFC 4180: CRLF line ends, a field quoted when it holds a quote mark, a comma, CR or LF. With
// `bom`, a UTF-8 byte order mark first, so Excel reads the file as UTF-8. Text that a spreadsheet
// would run as a formula (a cell starting with = + - @, TAB or CR: OWASP's rule) gets a leading
// apostrophe, unless `raw`; numbers are written as numbers.

import { compareByPosition, type Annotation, type AnnotationFields, type Article, type ArticleDocument, type Kind } from '../model.js';
import { layerViews } from '../team/layers.js';

type Cell = string | number | null | undefined;

/** A column read from the fields of one kind: empty for annotations of the other kinds. */
function ofKind<K extends Kind>(kind: K, pick: (fields: NonNullable<AnnotationFields[K]>) => Cell) {
  return (a: Annotation): Cell => {
    const fields = a.fields[kind];
    return a.kind === kind && fields ? pick(fields as NonNullable<AnnotationFields[K]>) : null;
  };
}

const COLUMNS: [string, (a: Annotation, article: Article) => Cell][] = [
  ['article_id', (_, article) => article.id],
  ['article_title', (_, article) => article.title],
  ['annotation_id', (a) => a.id],
  ['kind', (a) => a.kind],
  ['text', (a) => a.quote.exact],
  ['start', (a) => a.start],
  ['end', (a) => a.end],
  ['tags', (a) => a.tags.map(tagCell).join('; ')],
  ['note', (a) => a.note],
  ['speaker', ofKind('quote', (f) => f.speaker?.name)],
  ['quote_form', ofKind('quote', (f) => f.form)],
  ['cue', ofKind('quote', (f) => f.cue)],
  ['figure_kind', ofKind('figure', (f) => f.kind)],
  ['figure_value', ofKind('figure', (f) => f.value)],
  ['figure_value_max', ofKind('figure', (f) => f.valueMax)],
  ['figure_unit', ofKind('figure', (f) => f.unit)],
  ['figure_scale', ofKind('figure', (f) => f.scale)],
  ['figure_approximate', ofKind('figure', (f) => f.approximate)],
  ['figure_date', ofKind('figure', (f) => f.date)],
  ['claim_status', ofKind('claim', (f) => f.status)],
  ['claimant', ofKind('claim', (f) => f.claimant?.name)],
  ['verdict', ofKind('claim', (f) => f.verdict)],
  ['evidence_urls', ofKind('claim', (f) => f.evidence.map((e) => e.url).join(' '))],
  ['origin', (a) => a.origin],
  ['created_at', (a) => a.createdAt],
  ['updated_at', (a) => a.updatedAt],
  ['created_by', (a) => a.createdBy],
  ['updated_by', (a) => a.updatedBy],
];

/**
 * A tag as the tags cell lists it, `; ` between tags: bare, or in double quotes (inner ones
 * doubled) when it holds a `;` or a quote mark or starts or ends with a space, so any tag can be
 * read back.
 */
function tagCell(tag: string): string {
  return /[;"]|^\s|\s$/.test(tag) ? `"${tag.replace(/"/g, '""')}"` : tag;
}

/** What a spreadsheet would take for a formula: OWASP's CSV injection rule. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: Cell, raw = false): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (!raw && typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRecord(cells: readonly Cell[], raw: boolean): string {
  return `${cells.map((cell) => csvField(cell, raw)).join(',')}\r\n`;
}

export function csvExport(docs: readonly ArticleDocument[], options: { bom?: boolean; raw?: boolean; annotator?: string } = {}): string {
  const raw = options.raw ?? false;
  const rows = docs.flatMap((doc) =>
    layerViews(doc, options.annotator).flatMap(({ name, annotations }) =>
      [...annotations].sort(compareByPosition).map((a) => csvRecord([...COLUMNS.map(([, cell]) => cell(a, doc.article)), name], raw)),
    ),
  );
  return `${options.bom ? '\uFEFF' : ''}${csvRecord([...COLUMNS.map(([name]) => name), 'layer'], raw)}${rows.join('')}`;
}
