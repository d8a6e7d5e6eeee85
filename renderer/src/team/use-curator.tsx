// Opens the curator view (`u`, or the Curate… button) on an article with at least two layers to
// compare, and carries each decision to the service, then shows the article as it now is.

import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { CURATED_LAYER, type ArticleDocument } from '../../../core/model';
import type { Take } from '../../../core/curation/curate';
import { call } from '../api';
import type { LibraryState } from '../state/use-library';
import { useShortcuts } from '../use-shortcuts';
import { CuratorDialog } from './CuratorDialog';
import { shownLayers } from './use-layer-view';

/** The layers a curator compares: every one but the curated layer itself. */
function comparable(doc: ArticleDocument, owner: string | null) {
  return shownLayers(doc, owner).filter((l) => l.key !== CURATED_LAYER);
}

export function useCurator(lib: LibraryState, owner: string | null): { button: ReactNode; dialog: ReactNode } {
  const { doc, openArticle, refreshLibrary, fail, setStatus } = lib;
  const [open, setOpen] = useState(false);
  const layers = useMemo(() => (doc ? comparable(doc, owner) : []), [doc, owner]);
  const can = layers.length >= 2;
  useShortcuts(
    useMemo(
      () => ({
        curate: () => {
          if (!can) return false;
          setOpen(true);
        },
      }),
      [can],
    ),
  );
  const articleId = doc?.article.id;
  const onTake = useCallback(
    async (a: string, b: string, item: string, take: Take) => {
      if (!articleId) return;
      try {
        const curated = await call('takeIntoCuration', { articleId, a, b, item, take });
        await Promise.all([openArticle(articleId, true), refreshLibrary()]);
        setStatus(`Curated layer: ${curated.annotations.length} annotations.`);
      } catch (err) {
        fail('Could not curate', err);
      }
    },
    [articleId, openArticle, refreshLibrary, fail, setStatus],
  );
  return {
    button: can ? (
      <button type="button" className="quiet" onClick={() => setOpen(true)} title="Walk the disagreements between two layers (u)">
        Curate…
      </button>
    ) : null,
    dialog: open && doc ? <CuratorDialog key={doc.article.id} doc={doc} layers={layers} onTake={onTake} onClose={() => setOpen(false)} /> : null,
  };
}
