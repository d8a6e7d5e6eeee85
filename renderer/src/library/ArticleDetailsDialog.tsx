// Edits an article's title and details (outlet, author, date, source URL, source file). Empty
// fields are cleared; the service checks the date and the URL and says what is wrong. Below
// the form, the article's backups, each restorable (undoably).

import { useState, type FormEvent } from 'react';
import type { MetaPatch } from '../../../core/library/article-meta';
import type { ArticleSummary } from '../../../core/model';
import type { BackupInfo } from '../../../core/store/article-backups';
import { useModal } from '../use-modal';
import { ArticleBackupList } from './ArticleBackupList';

interface Props {
  article: ArticleSummary;
  onSave: (title: string, meta: MetaPatch) => void;
  onRestore: (backup: BackupInfo) => void;
  onError: (title: string, err: unknown) => void;
  onClose: () => void;
}

const FIELDS: { key: keyof MetaPatch; label: string; type: string }[] = [
  { key: 'outlet', label: 'Outlet', type: 'text' },
  { key: 'author', label: 'Author', type: 'text' },
  // Typed as YYYY-MM-DD whatever the system's locale (a date picker would show mm/dd/yyyy).
  { key: 'date', label: 'Date (YYYY-MM-DD)', type: 'text' },
  { key: 'url', label: 'Source URL', type: 'url' },
  { key: 'source', label: 'Source file', type: 'text' },
];

export function ArticleDetailsDialog({ article, onSave, onRestore, onError, onClose }: Props) {
  const ref = useModal();
  const [title, setTitle] = useState(article.title);
  const [meta, setMeta] = useState<MetaPatch>(() => Object.fromEntries(FIELDS.map(({ key }) => [key, article.meta[key] ?? ''])));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave(title, meta);
    ref.current?.close();
  };
  return (
    <dialog ref={ref} className="message-dialog details-dialog" aria-label="Article details" onClose={onClose}>
      <form onSubmit={submit}>
        <h2>Article details</h2>
        <label>
          Title
          <input required value={title} onChange={(e) => setTitle(e.target.value)} data-autofocus autoFocus />
        </label>
        {FIELDS.map(({ key, label, type }) => (
          <label key={key}>
            {label}
            <input
              type={type}
              {...(key === 'date'
                ? {
                    placeholder: 'YYYY-MM-DD',
                    inputMode: 'numeric' as const,
                    pattern: '\\d{4}-\\d{2}-\\d{2}',
                    title: 'A date as YYYY-MM-DD',
                  }
                : {})}
              value={meta[key] ?? ''}
              onChange={(e) => setMeta((m) => ({ ...m, [key]: e.target.value }))}
            />
          </label>
        ))}
        <div className="dialog-actions">
          <button type="button" onClick={() => ref.current?.close()}>
            Cancel
          </button>
          <button type="submit">Save</button>
        </div>
      </form>
      <ArticleBackupList
        articleId={article.id}
        onError={onError}
        onRestore={(backup) => {
          onRestore(backup);
          ref.current?.close();
        }}
      />
    </dialog>
  );
}
