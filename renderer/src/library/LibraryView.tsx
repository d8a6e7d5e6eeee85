// The library sidebar: every article with its details and counts, searchable (titles and full
// texts) and sortable, with library-wide totals; open, edit details, move to the trash (after a
// confirmation), and the trash itself with Restore and Empty trash. It also hosts the open
// story's versions and the ways articles come in (ImportCenter).

import { useCallback, useMemo, useState } from 'react';
import type { MetaPatch } from '../../../core/library/article-meta';
import type { ArticleSummary } from '../../../core/model';
import { call } from '../api';
import { ConfirmDialog } from '../ConfirmDialog';
import { ImportCenter } from '../import/ImportCenter';
import { StoryVersions } from '../versions/StoryVersions';
import type { LibraryState } from '../state/use-library';
import { ArticleDetailsDialog } from './ArticleDetailsDialog';
import { ArticleRow } from './ArticleRow';
import { SORTS, libraryTotals, sortArticles, type LibrarySort } from './library-order';
import { TrashView } from './TrashView';
import { useArticleSearch } from './use-article-search';
import { useGrowingList } from './use-growing-list';
import { BatchProgress, StatusFilterSelect, type StatusFilter } from '../team/BatchProgress';
import { STATUS_LABELS, statusOf } from '../../../core/team/progress';
import './library.css';

export function LibraryView({ lib, annotator }: { lib: LibraryState; annotator: string | null }) {
  const { articles, doc, fail, refreshLibrary, openArticle, showArticle, closeArticle, setStatus } = lib;
  const currentId = doc?.article.id ?? null;
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<LibrarySort>('edited');
  const [inTrash, setInTrash] = useState(false);
  const [statusFilter, setStatusFilter] = useState<StatusFilter>('all');
  const [editing, setEditing] = useState<ArticleSummary | null>(null);
  const [trashing, setTrashing] = useState<ArticleSummary | null>(null);
  const searchFailed = useCallback((err: unknown) => fail('Search failed', err), [fail]);
  const hits = useArticleSearch(query, articles, searchFailed);
  const shown = useMemo(() => {
    const found = hits ? articles.filter((a) => hits.has(a.id)) : articles;
    const byStatus = annotator && statusFilter !== 'all' ? found.filter((a) => statusOf(a, annotator) === statusFilter) : found;
    return sortArticles(byStatus, sort);
  }, [articles, hits, sort, annotator, statusFilter]);
  const totals = useMemo(() => libraryTotals(articles), [articles]);
  const rows = useGrowingList(shown);
  const open = useCallback((id: string) => void showArticle(id), [showArticle]);

  async function saveDetails(id: string, title: string, meta: MetaPatch) {
    try {
      await call('updateArticleMeta', { id, title, meta });
      await refreshLibrary();
      if (id === currentId) await openArticle(id, true);
    } catch (err) {
      fail('Could not save the details', err);
    }
  }

  async function moveToTrash(a: ArticleSummary) {
    try {
      await call('trashArticle', { id: a.id });
      if (a.id === currentId) closeArticle();
      setStatus(`Moved “${a.title}” to the trash.`);
      await refreshLibrary();
    } catch (err) {
      fail('Could not move the article to the trash', err);
    }
  }

  const { claim, quote, figure } = totals.counts;
  return (
    <nav className="library library-view" aria-label="Library">
      <h2>Library</h2>
      <p className="library-totals" aria-label="Library totals">
        {totals.articles} {totals.articles === 1 ? 'article' : 'articles'} · {claim} claims · {quote} quotes · {figure} figures
      </p>
      {doc && <StoryVersions lib={lib} doc={doc} />}
      <div className="library-tools">
        <input type="search" placeholder="Search titles and text" aria-label="Search the library" value={query} onChange={(e) => setQuery(e.target.value)} />
        <label>
          Sort
          <select value={sort} onChange={(e) => setSort(e.target.value as LibrarySort)} aria-label="Sort articles by">
            {Object.entries(SORTS).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {annotator && <StatusFilterSelect value={statusFilter} onChange={setStatusFilter} />}
        <button type="button" className="quiet" aria-pressed={inTrash} onClick={() => setInTrash((t) => !t)}>
          {inTrash ? 'Back to library' : 'Show trash'}
        </button>
      </div>
      {inTrash ? (
        <TrashView onRestored={() => void refreshLibrary()} onError={fail} />
      ) : (
        <>
          {annotator && <BatchProgress articles={articles} annotator={annotator} />}
          {(hits || statusFilter !== 'all') && <p className="library-found" role="status">{shown.length === 1 ? '1 article found' : `${shown.length} articles found`}</p>}
          <ul aria-label="Articles">
            {rows.visible.map((a) => (
              <ArticleRow
                key={a.id}
                article={a}
                current={a.id === currentId}
                snippet={hits?.get(a.id)?.snippet ?? null}
                status={annotator ? STATUS_LABELS[statusOf(a, annotator)] : null}
                onOpen={open}
                onEdit={setEditing}
                onTrash={setTrashing}
              />
            ))}
            {rows.more && <li ref={rows.end} className="library-more" aria-hidden="true" />}
          </ul>
        </>
      )}
      <ImportCenter lib={lib} />
      {editing && (
        <ArticleDetailsDialog
          article={editing}
          onSave={(title, meta) => void saveDetails(editing.id, title, meta)}
          onRestore={(backup) => void lib.restoreBackup(editing.id, backup)}
          onError={fail}
          onClose={() => setEditing(null)}
        />
      )}
      {trashing && (
        <ConfirmDialog
          title="Move to the trash?"
          message={`“${trashing.title}” and its annotations go to the trash. You can restore them from there until the trash is emptied.`}
          confirmLabel="Move to trash"
          onConfirm={() => void moveToTrash(trashing)}
          onClose={() => setTrashing(null)}
        />
      )}
    </nav>
  );
}
