// The library sidebar: every article with its date and counts per kind; click to open.

import type { ArticleSummary } from '../../../core/model';

interface Props {
  articles: ArticleSummary[];
  currentId: string | null;
  onOpen: (id: string) => void;
}

export function LibraryList({ articles, currentId, onOpen }: Props) {
  return (
    <nav className="library" aria-label="Library">
      <h2>Library</h2>
      <ul aria-label="Articles">
        {articles.map((a) => (
          <li key={a.id}>
            <button
              type="button"
              className={`library-item${a.id === currentId ? ' current' : ''}`}
              aria-current={a.id === currentId || undefined}
              onClick={() => onOpen(a.id)}
            >
              <span className="library-title">{a.title}</span>
              <span className="library-meta">
                {[a.meta.date, a.meta.agency].filter(Boolean).join(' · ')}
                <span className="library-counts" aria-label={`${a.counts.claim} claims, ${a.counts.quote} quotes, ${a.counts.figure} figures`}>
                  <span className="kind-claim">{a.counts.claim}</span>
                  <span className="kind-quote">{a.counts.quote}</span>
                  <span className="kind-figure">{a.counts.figure}</span>
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
