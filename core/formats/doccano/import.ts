// Reads doccano's JSONL for import, in both shapes it exports: sequence labelling (`label`:
// [[start, end, LABEL], …]) and relation extraction (`entities` with `relations`), one text per
// line, offsets in code points. Our own exports' `id`, `title`, `meta`, `annotator` and each
// entity's `newsmark_id` are read back; a line with `annotator` is that colleague's layer.

import { isDoccanoLine, isObject, type Json } from '../import/json-shape.js';
import { invalidFile, type JsonPath, type Problem } from '../import/problems.js';
import type { BratMapping } from '../brat/mapping.js';
import { labelRules, peerFile, type PeerDocument, type PeerLink, type PeerSpan } from '../span-graph/to-newsmark.js';
import type { AnnotationFile } from '../import/incoming.js';

const WHAT = 'doccano JSONL file';

function spansOf(line: Json, at: JsonPath, problems: Problem[]): PeerSpan[] {
  if (Array.isArray(line.entities)) {
    return line.entities.flatMap((e: unknown, i): PeerSpan[] => {
      const path = [...at, 'entities', i];
      if (!isObject(e) || typeof e.label !== 'string' || typeof e.start_offset !== 'number' || typeof e.end_offset !== 'number') {
        problems.push({ path, message: 'expected an entity {"id", "label", "start_offset", "end_offset"}' });
        return [];
      }
      const ref = e.id === undefined ? `#${i}` : String(e.id);
      return [{ ref, label: e.label, start: e.start_offset, end: e.end_offset, path, ...(typeof e.newsmark_id === 'string' ? { newsmarkId: e.newsmark_id } : {}) }];
    });
  }
  return (line.label as unknown[]).flatMap((l, i): PeerSpan[] => {
    const path = [...at, 'label', i];
    if (!Array.isArray(l) || l.length !== 3 || typeof l[0] !== 'number' || typeof l[1] !== 'number' || typeof l[2] !== 'string') {
      const classification = typeof l === 'string' ? ' (this looks like a text-classification project: Newsmark reads labelled spans)' : '';
      problems.push({ path, message: `expected [start, end, "LABEL"]${classification}` });
      return [];
    }
    return [{ ref: `#${i}`, label: l[2], start: l[0], end: l[1], path }];
  });
}

function linksOf(line: Json, at: JsonPath, problems: Problem[]): PeerLink[] {
  if (line.relations === undefined) return [];
  if (!Array.isArray(line.relations)) {
    problems.push({ path: [...at, 'relations'], message: 'expected a list' });
    return [];
  }
  return line.relations.flatMap((r: unknown, i): PeerLink[] => {
    const path = [...at, 'relations', i];
    if (!isObject(r) || r.from_id === undefined || r.to_id === undefined || typeof r.type !== 'string') {
      problems.push({ path, message: 'expected a relation {"id", "from_id", "to_id", "type"}' });
      return [];
    }
    return [{ from: String(r.from_id), to: String(r.to_id), labels: [r.type], path }];
  });
}

/** `lines` are the file's parsed lines; a problem names its line by number (from 1): `line[3].entities[2]`. */
export function readDoccano(fileName: string, lines: unknown[], now: string, mapping?: BratMapping): AnnotationFile {
  const problems: Problem[] = [];
  const docs: PeerDocument[] = [];
  lines.forEach((line, i) => {
    const at = ['line', i + 1];
    if (!isDoccanoLine(line)) {
      problems.push({ path: at, message: 'expected a doccano line: {"text": …, "label": [[start, end, "LABEL"], …]} or {"text": …, "entities": […], "relations": […]}' });
      return;
    }
    const l = line as Json;
    const annotator = typeof l.annotator === 'string' && l.annotator.trim() ? l.annotator.trim() : null;
    docs.push({
      text: l.text as string,
      ...(typeof l.id === 'string' ? { articleId: l.id } : {}),
      ...(typeof l.title === 'string' ? { title: l.title } : {}),
      meta: l.meta,
      layer: annotator ? { name: annotator, role: 'annotator' } : null,
      spans: spansOf(l, at, problems),
      links: linksOf(l, at, problems),
      path: at,
    });
  });
  if (problems.length) throw invalidFile(fileName, WHAT, problems);
  return peerFile('doccano', fileName, WHAT, docs, labelRules(mapping), now);
}
