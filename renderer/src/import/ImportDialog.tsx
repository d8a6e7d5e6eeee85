// The folder (or many-file) import as the user sees it: a progress bar while files go in, then
// a summary: imported, updated, skipped as duplicates, and failed with the reason for each.

import type { ReactNode } from 'react';
import { useModal } from '../use-modal';
import type { BatchSummary } from './import-batch';
import { CloseActions } from '../CloseActions';

interface Props {
  total: number;
  done: number;
  summary: BatchSummary | null;
  onClose: () => void;
}

function Group({ title, children }: { title: string; children: ReactNode[] }) {
  if (children.length === 0) return null;
  return (
    <section aria-label={title}>
      <h3>
        {title} ({children.length})
      </h3>
      <ul>{children}</ul>
    </section>
  );
}

export function ImportDialog({ total, done, summary, onClose }: Props) {
  const ref = useModal();
  const list = (paths: string[]) => paths.map((p) => <li key={p}>{p}</li>);
  return (
    <dialog ref={ref} className="message-dialog import-dialog" aria-label="Import" onClose={onClose} onCancel={(e) => summary || e.preventDefault()}>
      <h2>{summary ? 'Import finished' : 'Importing…'}</h2>
      <progress max={total} value={done} aria-label="Import progress" />
      <p>
        {done} of {total} files
      </p>
      {summary && (
        <>
          <Group title="Imported">{list(summary.imported)}</Group>
          <Group title="Updated to a new version">{list(summary.updated)}</Group>
          <Group title="Skipped as duplicates">{list(summary.duplicates)}</Group>
          <Group title="Failed">
            {summary.failed.map((f) => (
              <li key={f.path}>
                <strong>{f.path}</strong>: {f.reason}
              </li>
            ))}
          </Group>
          {summary.ignored > 0 && <p>{summary.ignored === 1 ? '1 file was not an article and was left out.' : `${summary.ignored} files were not articles and were left out.`}</p>}
          <CloseActions dialog={ref} autoFocus />
        </>
      )}
    </dialog>
  );
}
