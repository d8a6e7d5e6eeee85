// Which annotations the panel shows and in what order: filters by kind, tag, claim status,
// speaker, annotator and free text, sorted by position or by time. Pure, so the counts and the list agree.

import { type Annotation, type ClaimStatus, type Kind } from '../../../core/model';

export interface PanelFilter {
  kinds: Kind[];
  tag: string;
  status: ClaimStatus | '';
  speaker: string;
  text: string;
  /** Who made it (createdBy); "" for anyone. */
  annotator: string;
  sort: 'position' | 'newest' | 'oldest';
}

export const NO_FILTER: PanelFilter = { kinds: [], tag: '', status: '', speaker: '', text: '', annotator: '', sort: 'position' };

export function speakerOf(a: Annotation): string {
  if (a.kind === 'quote') return a.fields.quote?.speaker?.name ?? '';
  if (a.kind === 'claim') return a.fields.claim?.claimant?.name ?? '';
  return '';
}

/** Each annotation's searchable text, built once per annotation object (an edit makes a new one). */
const searchable = new WeakMap<Annotation, string>();

function searchableText(a: Annotation): string {
  let text = searchable.get(a);
  if (text === undefined) {
    const claim = a.kind === 'claim' ? a.fields.claim : undefined;
    text = [a.quote.exact, a.note, ...a.tags, speakerOf(a), claim?.verdict ?? '', a.fields.quote?.cue ?? ''].join('\n').toLocaleLowerCase();
    searchable.set(a, text);
  }
  return text;
}

export function isFiltered(filter: PanelFilter): boolean {
  return filter.kinds.length > 0 || !!filter.tag || !!filter.status || !!filter.speaker || !!filter.annotator || !!filter.text.trim();
}

/** Oldest first; ISO timestamps compare as strings. */
const byTime = (x: Annotation, y: Annotation) => (x.createdAt < y.createdAt ? -1 : x.createdAt > y.createdAt ? 1 : 0);

/** The annotations the filter keeps, in its order. `annotations` come in text order (as the article keeps them). */
export function applyFilter(annotations: readonly Annotation[], filter: PanelFilter): Annotation[] {
  const text = filter.text.trim().toLocaleLowerCase();
  const tag = filter.tag.toLocaleLowerCase();
  const kept = annotations.filter(
    (a) =>
      (filter.kinds.length === 0 || filter.kinds.includes(a.kind)) &&
      (!tag || a.tags.some((t) => t.toLocaleLowerCase() === tag)) &&
      (!filter.status || (a.kind === 'claim' && (a.fields.claim?.status ?? 'unverified') === filter.status)) &&
      (!filter.speaker || speakerOf(a) === filter.speaker) &&
      (!filter.annotator || a.createdBy === filter.annotator) &&
      (!text || searchableText(a).includes(text)),
  );
  if (filter.sort === 'position') return kept;
  return kept.sort(filter.sort === 'oldest' ? byTime : (x, y) => byTime(y, x));
}
