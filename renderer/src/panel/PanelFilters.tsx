// The panel's filter bar: kind toggles with counts, free text, tag, claim status, speaker,
// annotator (when any annotation names who made it), sort.

import { useMemo } from 'react';
import { CLAIM_STATUSES, KINDS, type Annotation, type ClaimStatus, type Kind } from '../../../core/model';
import { KIND_PLURAL, STATUS_LABEL } from '../labels';
import { NO_FILTER, isFiltered, speakerOf, type PanelFilter } from './filter';

interface Props {
  annotations: Annotation[];
  filter: PanelFilter;
  onChange: (filter: PanelFilter) => void;
}

function choicesOf(annotations: readonly Annotation[]) {
  const byName = (a: string, b: string) => a.localeCompare(b);
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  for (const a of annotations) counts[a.kind] += 1;
  return {
    tags: [...new Set(annotations.flatMap((a) => a.tags))].sort(byName),
    speakers: [...new Set(annotations.map(speakerOf).filter(Boolean))].sort(byName),
    annotators: [...new Set(annotations.map((a) => a.createdBy ?? ''))].filter(Boolean).sort(byName),
    counts,
  };
}

export function PanelFilters({ annotations, filter, onChange }: Props) {
  const set = (change: Partial<PanelFilter>) => onChange({ ...filter, ...change });
  // Read once per change of the annotations, not on every keystroke in the search box.
  const { tags, speakers, annotators, counts } = useMemo(() => choicesOf(annotations), [annotations]);
  const toggle = (kind: Kind) =>
    set({ kinds: filter.kinds.includes(kind) ? filter.kinds.filter((k) => k !== kind) : [...filter.kinds, kind] });

  return (
    <div className="panel-filters" role="search" aria-label="Filter annotations">
      <div className="kind-toggles" role="group" aria-label="Kinds">
        {KINDS.map((kind) => {
          const count = counts[kind];
          return (
            <button
              key={kind}
              type="button"
              className={`kind-toggle kind-${kind}`}
              aria-pressed={filter.kinds.includes(kind)}
              onClick={() => toggle(kind)}
            >
              {KIND_PLURAL[kind]} <span className="count">{count}</span>
            </button>
          );
        })}
      </div>
      <input type="search" aria-label="Search annotations" placeholder="Search text, notes, tags, speakers…" value={filter.text} onChange={(e) => set({ text: e.target.value })} />
      <div className="filter-row">
        <select aria-label="Tag" value={filter.tag} onChange={(e) => set({ tag: e.target.value })}>
          <option value="">Any tag</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              #{t}
            </option>
          ))}
        </select>
        <select aria-label="Claim status" value={filter.status} onChange={(e) => set({ status: e.target.value as ClaimStatus | '' })}>
          <option value="">Any status</option>
          {CLAIM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
        <select aria-label="Speaker" value={filter.speaker} onChange={(e) => set({ speaker: e.target.value })}>
          <option value="">Any speaker</option>
          {speakers.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        {annotators.length > 0 && (
          <select aria-label="Annotator" value={filter.annotator} onChange={(e) => set({ annotator: e.target.value })}>
            <option value="">Anyone</option>
            {annotators.map((s) => (
              <option key={s} value={s}>
                by {s}
              </option>
            ))}
          </select>
        )}
        <select aria-label="Sort" value={filter.sort} onChange={(e) => set({ sort: e.target.value as PanelFilter['sort'] })}>
          <option value="position">In text order</option>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
        </select>
        {isFiltered(filter) && (
          <button type="button" className="quiet" onClick={() => onChange({ ...NO_FILTER, sort: filter.sort })}>
            Clear filters
          </button>
        )}
      </div>
    </div>
  );
}
