// Sets the open article's status for the user and brings the library list (its batches' counts)
// and the open article up to date.

import { useCallback } from 'react';
import type { ProgressStatus } from '../../../core/model';
import { STATUS_LABELS } from '../../../core/team/progress';
import { call } from '../api';
import type { LibraryState } from '../state/use-library';

export function useSetProgress(lib: LibraryState): (status: ProgressStatus) => void {
  const { doc, fail, refreshLibrary, openArticle, setStatus } = lib;
  const articleId = doc?.article.id;
  return useCallback(
    (status: ProgressStatus) => {
      if (!articleId) return;
      void (async () => {
        await call('setProgress', { articleId, status });
        await Promise.all([refreshLibrary(), openArticle(articleId, true)]);
        setStatus(`Status: ${STATUS_LABELS[status]}.`);
      })().catch((err) => fail('Could not set the status', err));
    },
    [articleId, fail, refreshLibrary, openArticle, setStatus],
  );
}
