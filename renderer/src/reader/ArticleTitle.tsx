// The article's heading and what is known about it: outlet or agency, author, dateline, its own
// date (or that it has none: the import date is shown as such, never as the story's), the source
// URL or file. The title can be renamed in place.

import { useState } from 'react';
import type { Article } from '../../../core/model';

interface Props {
  article: Article;
  onRename: (title: string) => void;
}

export function ArticleTitle({ article, onRename }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const { meta } = article;
  const byline = [meta.outlet, meta.agency, meta.author && `by ${meta.author}`, meta.dateline].filter(Boolean).join(' · ');
  const dates = `${meta.date ? `Published ${meta.date}` : 'Undated'} · imported ${article.importedAt.slice(0, 10)}`;
  const where = meta.url ?? meta.source;

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
      {byline && <p className="article-meta article-byline">{byline}</p>}
      <p className="article-meta article-dates">{dates}</p>
      {where && (
        <p className="article-meta article-source" title={meta.url ? 'Source URL (shown, never opened)' : 'Imported from this file'}>
          {where}
        </p>
      )}
    </header>
  );
}
