// The trash: articles moved out of the library, newest first, each with Restore; and Empty
// trash, after a confirmation, which deletes them for good.

import { useCallback, useEffect, useState } from 'react';
import type { TrashedArticle } from '../../../core/store/trash';
import { call } from '../api';
import { ConfirmDialog } from '../ConfirmDialog';

interface Props {
  /** After an article came back: the library list must show it. */
  onRestored: (id: string) => void;
  onError: (title: string, err: unknown) => void;
}

export function TrashView({ onRestored, onError }: Props) {
  const [items, setItems] = useState<TrashedArticle[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const load = useCallback(() => call('listTrash', {}).then(setItems, (err) => onError('Could not read the trash', err)), [onError]);
  useEffect(() => void load(), [load]);

  async function restore(id: string) {
    try {
      // A restored article whose id is in the library again comes back as a copy with a new id.
      const restored = await call('restoreArticle', { id });
      onRestored(restored.id);
    } catch (err) {
      onError('Could not restore the article', err);
    }
    await load();
  }

  async function empty() {
    try {
      await call('emptyTrash', {});
    } catch (err) {
      onError('Could not empty the trash', err);
    }
    await load();
  }

  if (!items) return null;
  return (
    <section className="trash" aria-label="Trash">
      {items.length === 0 ? (
        <p className="library-empty">The trash is empty.</p>
      ) : (
        <>
          <ul aria-label="Trashed articles">
            {items.map((t) => (
              <li key={t.id} className="library-row">
                <span className="library-title">{t.title}</span>
                <button type="button" onClick={() => void restore(t.id)} aria-label={`Restore ${t.title}`}>
                  Restore
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            Empty trash
          </button>
        </>
      )}
      {confirming && (
        <ConfirmDialog
          title="Empty the trash?"
          message={`${items.length === 1 ? 'One article' : `${items.length} articles`} and all their annotations will be deleted for good.`}
          confirmLabel="Empty trash"
          onConfirm={() => void empty()}
          onClose={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
