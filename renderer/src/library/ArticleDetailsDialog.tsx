// Edits an article's title and details (outlet, author, date, source URL, source file). Empty
// fields are cleared; the service checks the date and the URL and says what is wrong.

import { useState, type FormEvent } from 'react';
import type { MetaPatch } from '../../../core/library/article-meta';
import type { ArticleSummary } from '../../../core/model';
import { useModal } from '../use-modal';

interface Props {
  article: ArticleSummary;
  onSave: (title: string, meta: MetaPatch) => void;
  onClose: () => void;
}

const FIELDS: { key: keyof MetaPatch; label: string; type: string }[] = [
  { key: 'outlet', label: 'Outlet', type: 'text' },
  { key: 'author', label: 'Author', type: 'text' },
  { key: 'date', label: 'Date', type: 'date' },
  { key: 'url', label: 'Source URL', type: 'url' },
  { key: 'source', label: 'Source file', type: 'text' },
];

export function ArticleDetailsDialog({ article, onSave, onClose }: Props) {
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
            <input type={type} value={meta[key] ?? ''} onChange={(e) => setMeta((m) => ({ ...m, [key]: e.target.value }))} />
          </label>
        ))}
        <div className="dialog-actions">
          <button type="button" onClick={() => ref.current?.close()}>
            Cancel
          </button>
          <button type="submit">Save</button>
        </div>
      </form>
    </dialog>
  );
}
