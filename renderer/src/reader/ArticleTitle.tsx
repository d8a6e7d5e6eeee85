// The article's heading and metadata line; the title can be renamed in place.

import { useState } from 'react';
import type { Article } from '../../../core/model';

interface Props {
  article: Article;
  onRename: (title: string) => void;
}

export function ArticleTitle({ article, onRename }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const { meta } = article;
  const details = [meta.date, meta.dateline, meta.agency, meta.source].filter(Boolean).join(' · ');

  function commit() {
    const title = draft?.trim();
    setDraft(null);
    if (title && title !== article.title) onRename(title);
  }

  return (
    <header className="article-header">
      {draft === null ? (
        <div className="title-row">
          <h1>{article.title}</h1>
          <button type="button" className="quiet" onClick={() => setDraft(article.title)}>
            Rename
          </button>
        </div>
      ) : (
        <input
          className="title-input"
          aria-label="Article title"
          autoFocus
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(null);
          }}
        />
      )}
      {details && <p className="article-meta">{details}</p>}
    </header>
  );
}
