// Reads Label Studio's JSON export (an array of tasks, or one task) for import: each task's
// `data.text`, each of its annotations' `labels` regions (code points) and `relation` results
// (all their labels; direction "left" points from the second region to the first). Our own
// exports' `data.newsmark_id`, `title` and `meta` are read back; an annotation whose
// `completed_by` names someone (first and last name, else e-mail) is that colleague's layer. A
// bare user number names no one: it is the user's own, unless the task has several annotations,
// when each becomes the layer "Label Studio user N". Predictions are not annotations: skipped, counted.

import type { BratMapping } from '../brat/mapping.js';
import type { AnnotationFile, LayerRef } from '../import/incoming.js';
import { isLabelStudioTask, isObject, type Json } from '../import/json-shape.js';
import { invalidFile, type JsonPath, type Problem } from '../import/problems.js';
import { labelRules, peerFile, type PeerDocument, type PeerLink, type PeerSpan } from '../span-graph/to-newsmark.js';

const WHAT = 'Label Studio JSON file';

function layerOf(completedBy: unknown, several: boolean): LayerRef {
  if (isObject(completedBy)) {
    const name = [completedBy.first_name, completedBy.last_name].filter((n): n is string => typeof n === 'string' && n.trim() !== '').join(' ').trim();
    const named = name || (typeof completedBy.email === 'string' ? completedBy.email.trim() : '');
    if (named) return { name: named, role: 'annotator' };
  }
  const number = isObject(completedBy) ? completedBy.id : completedBy;
  return several && (typeof number === 'number' || typeof number === 'string') ? { name: `Label Studio user ${number}`, role: 'annotator' } : null;
}

function resultsOf(result: unknown, path: JsonPath, problems: Problem[]): { spans: PeerSpan[]; links: PeerLink[]; other: number } {
  const out = { spans: [] as PeerSpan[], links: [] as PeerLink[], other: 0 };
  if (!Array.isArray(result)) {
    problems.push({ path, message: 'expected a list of results' });
    return out;
  }
  result.forEach((r: unknown, i) => {
    const at = [...path, i];
    if (!isObject(r)) return void problems.push({ path: at, message: 'expected a result object' });
    if (r.type === 'relation') {
      if (r.from_id === undefined || r.to_id === undefined) return void problems.push({ path: at, message: 'a relation needs "from_id" and "to_id"' });
      const labels = Array.isArray(r.labels) ? r.labels.filter((l): l is string => typeof l === 'string') : [];
      const [from, to] = r.direction === 'left' ? [r.to_id, r.from_id] : [r.from_id, r.to_id];
      return void out.links.push({ from: String(from), to: String(to), labels, path: at });
    }
    const value = r.value;
    if (!isObject(value) || !Array.isArray(value.labels)) return void (out.other += 1);
    if (typeof value.start !== 'number' || typeof value.end !== 'number') {
      return void problems.push({ path: [...at, 'value'], message: 'expected "start" and "end" as numbers (a Text region; Newsmark reads no HyperText or image regions)' });
    }
    const note = isObject(r.meta) && Array.isArray(r.meta.text) ? r.meta.text.filter((t): t is string => typeof t === 'string').join('\n\n') : '';
    const ref = r.id === undefined ? `#${i}` : String(r.id);
    for (const label of value.labels.filter((l): l is string => typeof l === 'string')) {
      out.spans.push({ ref, label, start: value.start, end: value.end, path: at, ...(note ? { note } : {}), ...(typeof r.id === 'string' ? { newsmarkId: r.id } : {}) });
    }
  });
  return out;
}

export function readLabelStudio(fileName: string, data: unknown, now: string, mapping?: BratMapping): AnnotationFile {
  const tasks = Array.isArray(data) ? data : [data];
  const problems: Problem[] = [];
  const docs: PeerDocument[] = [];
  let other = 0;
  let predictions = 0;
  tasks.forEach((task: unknown, t) => {
    const path = Array.isArray(data) ? [t] : [];
    if (!isLabelStudioTask(task)) return void problems.push({ path, message: 'expected a Label Studio task {"data": {"text": …}, "annotations": […]}' });
    const { data: taskData, annotations = [], predictions: predicted } = task as Json & { data: Json; annotations?: unknown[] };
    if (typeof taskData.text !== 'string') return void problems.push({ path: [...path, 'data', 'text'], message: 'missing (expected the text, as a string: Newsmark reads tasks with data.text)' });
    predictions += Array.isArray(predicted) ? predicted.length : 0;
    (annotations as unknown[]).forEach((annotation, a) => {
      const at = [...path, 'annotations', a];
      if (!isObject(annotation)) return void problems.push({ path: at, message: 'expected an annotation object' });
      const { spans, links, other: more } = resultsOf(annotation.result, [...at, 'result'], problems);
      other += more;
      // Region ids are unique within one annotation only: each is a document of its own, on the task's text.
      docs.push({
        text: taskData.text as string,
        ...(typeof taskData.newsmark_id === 'string' ? { articleId: taskData.newsmark_id } : {}),
        ...(typeof taskData.title === 'string' ? { title: taskData.title } : {}),
        meta: taskData.meta,
        layer: layerOf(annotation.completed_by, annotations.length > 1),
        spans,
        links,
        path: at,
      });
    });
  });
  if (problems.length) throw invalidFile(fileName, WHAT, problems);
  const file = peerFile('label-studio', fileName, WHAT, docs, labelRules(mapping), now);
  const notices = [...(file.notices ?? [])];
  if (predictions) notices.push(`${predictions} predictions were skipped: they are a model's suggestions, not annotations`);
  if (other) notices.push(`${other} results that are not labelled text spans (choices, text areas, ratings…) were skipped`);
  return { ...file, ignored: file.ignored + predictions + other, ...(notices.length ? { notices } : {}) };
}
