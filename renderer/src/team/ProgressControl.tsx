// The open article's status for the user (to do, in progress, done, reviewed): a menu in the
// reader's header and the `d` key, which moves it one step on. Without a name in Settings there is
// nobody to keep a status for, and the control says so.

import { useMemo } from 'react';
import { PROGRESS_STATUSES, type ArticleDocument, type ProgressStatus } from '../../../core/model';
import { STATUS_LABELS, nextStatus, statusOf } from '../../../core/team/progress';
import { useShortcuts } from '../use-shortcuts';

interface Props {
  doc: ArticleDocument;
  annotator: string | null;
  onSet: (status: ProgressStatus) => void;
}

export function ProgressControl({ doc, annotator, onSet }: Props) {
  const status = annotator ? statusOf(doc, annotator) : 'todo';
  const handlers = useMemo(
    () => ({
      'cycle-status': () => {
        if (!annotator) return false;
        onSet(nextStatus(status));
      },
    }),
    [annotator, status, onSet],
  );
  useShortcuts(handlers);
  return (
    <label className="progress-control" title={annotator ? `How far ${annotator} is with this article (d: next status)` : 'Set your name in Settings to keep a status'}>
      My status
      <select aria-label="My status" value={status} disabled={!annotator} onChange={(e) => onSet(e.target.value as ProgressStatus)}>
        {PROGRESS_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </select>
    </label>
  );
}
