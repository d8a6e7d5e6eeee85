// The library's batches (each folder import and each tag) with how many of their articles are to
// do, in progress, done and reviewed for the user, as counts and a bar; and the status filter of
// the article list.

import { useMemo } from 'react';
import { PROGRESS_STATUSES, type ArticleSummary, type ProgressStatus } from '../../../core/model';
import { STATUS_LABELS, batchesOf, statusCounts, type StatusCounts } from '../../../core/team/progress';

export type StatusFilter = ProgressStatus | 'all';

function countsText(counts: StatusCounts): string {
  return PROGRESS_STATUSES.map((s) => `${counts[s]} ${STATUS_LABELS[s]}`).join(' · ');
}

export function BatchProgress({ articles, annotator }: { articles: readonly ArticleSummary[]; annotator: string }) {
  const rows = useMemo(() => {
    const byId = new Map(articles.map((a) => [a.id, a]));
    return batchesOf(articles).map((batch) => {
      const counts = statusCounts(batch.articleIds.map((id) => byId.get(id)!), annotator);
      return { ...batch, counts, finished: counts.done + counts.reviewed };
    });
  }, [articles, annotator]);
  if (rows.length === 0) return null;
  return (
    <details className="batch-progress" open>
      <summary>Progress of {annotator}</summary>
      <ul aria-label="Batches">
        {rows.map((b) => (
          <li key={`${b.kind}:${b.name}`} aria-label={`${b.kind === 'folder' ? 'Folder' : 'Tag'} ${b.name}`}>
            <span className="batch-name">
              {b.kind === 'folder' ? 'Folder' : 'Tag'} {b.name}
              <span className="batch-done">
                {b.finished}/{b.articleIds.length} done
              </span>
            </span>
            <progress max={b.articleIds.length} value={b.finished} aria-label={`${b.name}: ${b.finished} of ${b.articleIds.length} done`} />
            <span className="batch-counts">{countsText(b.counts)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function StatusFilterSelect({ value, onChange }: { value: StatusFilter; onChange: (value: StatusFilter) => void }) {
  return (
    <label>
      Status
      <select value={value} onChange={(e) => onChange(e.target.value as StatusFilter)} aria-label="Show articles with status">
        <option value="all">all</option>
        <StatusOptions />
      </select>
    </label>
  );
}

/** The four statuses as a menu's options, in order. */
export function StatusOptions() {
  return PROGRESS_STATUSES.map((s) => (
    <option key={s} value={s}>
      {STATUS_LABELS[s]}
    </option>
  ));
}
