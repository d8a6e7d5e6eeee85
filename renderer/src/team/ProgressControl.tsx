// The open article's status for the user (to do, in progress, done, reviewed): a menu in the
// reader's header and the `d` key, which moves it one step on. Without a name in Settings there is
// nobody to keep a status for, and the control says so.

import { useMemo } from 'react';
import type { ArticleDocument, ProgressStatus } from '../../../core/model';
import { nextStatus, statusOf } from '../../../core/team/progress';
import { StatusOptions } from './BatchProgress';
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
        <StatusOptions />
      </select>
    </label>
  );
}
