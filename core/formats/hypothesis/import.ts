// Reads what Hypothesis' API returns — the `/api/search` result `{ "rows": [...] }` or a bare list
// of rows — for import. A row is close to a W3C annotation: `uri` is the page, `target[].selector`
// holds RangeSelector / TextPositionSelector / TextQuoteSelector, `text` is the comment and `tags`
// the tags. Each row is restated as a W3C annotation and read by the W3C reader, so both formats
// obey one set of placement rules (a page note without a selector is reported, not placed).

import type { AnnotationFile } from '../import/incoming.js';
import { isHypothesisRow, isObject, type Json } from '../import/json-shape.js';
import { invalidFile, type Problem } from '../import/problems.js';
import { readW3c } from '../w3c/import.js';


/** The row as a W3C annotation: comment and tags as bodies, the page as each target's source. */
function asW3c(row: Json): Json {
  const tags = Array.isArray(row.tags) ? row.tags.filter((t): t is string => typeof t === 'string') : [];
  const body = [
    ...tags.map((value) => ({ type: 'TextualBody', purpose: 'tagging', value })),
    ...(typeof row.text === 'string' && row.text.trim() ? [{ type: 'TextualBody', purpose: 'commenting', value: row.text }] : []),
  ];
  const targets = (row.target as unknown[]).map((t) => (isObject(t) ? { source: row.uri, ...t } : t));
  const page = targets.every((t) => !isObject(t) || t.selector === undefined);
  return {
    type: 'Annotation',
    ...(typeof row.id === 'string' ? { id: `https://hypothes.is/a/${row.id}` } : {}),
    ...(row.created !== undefined ? { created: row.created } : {}),
    ...(row.updated !== undefined ? { modified: row.updated } : {}),
    motivation: 'commenting',
    body,
    // A page note has no selector: the W3C reader reports it as annotating a whole document.
    target: page ? row.uri : targets,
  };
}

export function readHypothesis(fileName: string, data: unknown, now: string): AnnotationFile {
  const rows: unknown[] = Array.isArray(data) ? data : ((data as Json).rows as unknown[]);
  const problems: Problem[] = [];
  rows.forEach((row, i) => {
    if (!isHypothesisRow(row)) problems.push({ path: Array.isArray(data) ? [i] : ['rows', i], message: 'expected a Hypothesis annotation (with "uri" and a "target" list)' });
  });
  if (problems.length) throw invalidFile(fileName, 'Hypothesis API file', problems);
  return { ...readW3c(fileName, rows.map((r) => asW3c(r as Json)), now, 'Hypothesis API file'), format: 'hypothesis' };
}
