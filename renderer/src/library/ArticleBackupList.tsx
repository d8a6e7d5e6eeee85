// The Details… dialog's list of an article's backups (when each was kept, its annotation counts
// and size), each with Restore. The service keeps the current version before restoring, so the
// restore is one undoable step; this list only asks for it and hands the result on.

import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../core/store/article-backups';
import { call } from '../api';

interface Props {
  articleId: string;
  onRestore: (backup: BackupInfo) => void;
  onError: (title: string, err: unknown) => void;
}

function sizeOf(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function whenOf(savedAt: string): string {
  return `${savedAt.slice(0, 19).replace('T', ' ')} UTC`;
}

export function ArticleBackupList({ articleId, onRestore, onError }: Props) {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  useEffect(() => {
    call('listBackups', { articleId }).then(setBackups, (err) => onError('Could not list the backups', err));
  }, [articleId, onError]);
  if (!backups) return null;
  return (
    <section className="backup-list" aria-label="Backups">
      <h3>Backups</h3>
      {backups.length === 0 ? (
        <p>No backups yet: one is kept when the article is first changed after opening the library, then every few minutes while you work.</p>
      ) : (
        <ul>
          {backups.map((b) => (
            <li key={b.id}>
              <span>
                {whenOf(b.savedAt)} · {b.counts.claim} claims · {b.counts.quote} quotes · {b.counts.figure} figures · {sizeOf(b.size)}
              </span>
              <button type="button" onClick={() => onRestore(b)} aria-label={`Restore the backup of ${whenOf(b.savedAt)}`}>
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
