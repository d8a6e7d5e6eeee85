// doccano's sequence-labelling JSONL: one article per line, its spans as [start, end, LABEL].
// doccano (and Python generally) counts code points, so offsets are converted from UTF-16.
// Each annotator's layer is a line of its own with an "annotator" field, as doccano keeps each
// user's labels of a text apart when annotations are not shared. With perKind, one line per kind
// (with "kind"), since doccano's default project drops overlapping spans (see doccano/lines.ts).

import type { ArticleDocument } from '../model.js';
import { doccanoLabel, doccanoLines, type DoccanoLine } from './doccano/lines.js';
import type { FormatOutput } from './format-output.js';

/** What every doccano line carries besides its spans: the text, and the article and layer it is from. */
export function lineHead({ doc, annotator, kind }: DoccanoLine) {
  const { article } = doc;
  return { text: article.text, id: article.id, title: article.title, meta: article.meta, ...(annotator ? { annotator } : {}), ...(kind ? { kind } : {}) };
}

export function jsonlExport(docs: readonly ArticleDocument[], owner?: string, perKind = false): FormatOutput {
  const { lines, warnings } = doccanoLines(docs, owner, { perKind });
  const content = lines
    .map((line) => {
      const { text, ...rest } = lineHead(line);
      const label = line.graph.spans.map((s) => [s.start, s.end, doccanoLabel(s)]);
      return `${JSON.stringify({ text, label, ...rest })}\n`;
    })
    .join('');
  return { content, warnings };
}
