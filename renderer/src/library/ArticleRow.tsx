// One article in the library view: title, outlet or agency, date, source, counts per kind, and
// the snippet where a search found it; with its own Details… and Trash buttons.

import { memo } from 'react';
import type { ArticleSummary } from '../../../core/model';
import { articleDate } from './library-order';

interface Props {
  article: ArticleSummary;
  current: boolean;
  snippet: string | null;
  /** The user's status of the article ("to do"…), when they have a name. */
  status: string | null;
  onOpen: (id: string) => void;
  onEdit: (article: ArticleSummary) => void;
  onTrash: (article: ArticleSummary) => void;
}

export const ArticleRow = memo(function ArticleRow({ article: a, current, snippet, status, onOpen, onEdit, onTrash }: Props) {
  const { claim, quote, figure } = a.counts;
  return (
    <li className={`library-row${current ? ' current' : ''}`}>
      <button type="button" className="library-item" aria-current={current || undefined} onClick={() => onOpen(a.id)}>
        <span className="library-title">{a.title}</span>
        {status && <span className="library-status">{status}</span>}
        <span className="library-meta">
          {[a.meta.outlet ?? a.meta.agency, articleDate(a)].filter(Boolean).join(' · ')}
          <span className="library-counts" aria-label={`${claim} claims, ${quote} quotes, ${figure} figures`}>
            <span className="kind-claim">{claim}</span>
            <span className="kind-quote">{quote}</span>
            <span className="kind-figure">{figure}</span>
          </span>
        </span>
        {(a.meta.url ?? a.meta.source) && <span className="library-source">{a.meta.url ?? a.meta.source}</span>}
        {snippet && <span className="library-snippet">{snippet}</span>}
      </button>
      <span className="library-actions">
        <button type="button" className="quiet" onClick={() => onEdit(a)} title="Edit the title and details">
          Details…
        </button>
        <button type="button" className="quiet" onClick={() => onTrash(a)} title="Move to the trash">
          Trash
        </button>
      </span>
    </li>
  );
});
