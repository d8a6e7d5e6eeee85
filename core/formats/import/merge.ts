// Merges imported annotations and links into an article: a new id is added, a known one replaces
// the stored annotation only when it was changed later (updatedAt), anything else is skipped. A
// link is added when both its ends are in the article and it is not there yet.

import type { Annotation, ArticleDocument, Relation } from '../../model.js';

export interface Incoming {
  annotations: Annotation[];
  relations: Relation[];
}

export interface Tally {
  added: number;
  updated: number;
  skipped: number;
}

function newer(incoming: string, stored: string): boolean {
  return Date.parse(incoming) > Date.parse(stored);
}

export function mergeInto(doc: ArticleDocument, incoming: Incoming): { next: ArticleDocument; tally: Tally } {
  const tally: Tally = { added: 0, updated: 0, skipped: 0 };
  const annotations = [...doc.annotations];
  for (const a of incoming.annotations) {
    const at = annotations.findIndex((b) => b.id === a.id);
    if (at < 0) {
      annotations.push(a);
      tally.added += 1;
    } else if (newer(a.updatedAt, annotations[at]!.updatedAt)) {
      annotations[at] = a;
      tally.updated += 1;
    } else {
      tally.skipped += 1;
    }
  }
  const ids = new Set(annotations.map((a) => a.id));
  const relations = [...doc.relations];
  for (const r of incoming.relations) {
    const present = relations.some((s) => s.id === r.id || (s.from === r.from && s.to === r.to && s.type === r.type));
    if (present || r.from === r.to || !ids.has(r.from) || !ids.has(r.to)) {
      tally.skipped += 1;
    } else {
      relations.push(r);
      tally.added += 1;
    }
  }
  return { next: { ...doc, annotations, relations }, tally };
}
