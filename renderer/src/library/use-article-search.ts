// Searches titles and full texts through the service as the user types: waits for a pause,
// and drops answers to queries the user has already typed past.

import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../../core/library/text-search';
import type { ArticleSummary } from '../../../core/model';
import { call } from '../api';

const PAUSE_MS = 150;

/** Hits by article id, or null while the query is blank. */
export function useArticleSearch(query: string, articles: readonly ArticleSummary[], onError: (err: unknown) => void) {
  const [hits, setHits] = useState<Map<string, SearchHit> | null>(null);
  const latest = useRef(0);
  useEffect(() => {
    const serial = ++latest.current;
    if (!query.trim()) {
      setHits(null);
      return;
    }
    const timer = setTimeout(() => {
      call('searchArticles', { query })
        .then((found) => {
          if (serial === latest.current) setHits(new Map(found.map((h) => [h.id, h])));
        })
        .catch(onError);
    }, PAUSE_MS);
    return () => clearTimeout(timer);
    // `articles` is a dependency so a rename or an import shows in the results.
  }, [query, articles, onError]);
  return hits;
}
