// Find in article (Ctrl/Cmd+F): every hit painted with a CSS highlight, the current one in its
// own; Enter goes to the next hit, Shift+Enter to the previous, Esc closes and returns to the text.

import { useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { staticRangeOf } from './dom-offsets';
import { findHits, stepHit } from './find-hits';
import type { Paragraph } from './paragraphs';

interface Props {
  text: string;
  paragraphs: readonly Paragraph[];
  root: RefObject<HTMLDivElement | null>;
  onClose: () => void;
}

const HITS = 'nm-find';
const CURRENT = 'nm-find-current';

function paint(name: string, ranges: StaticRange[], priority: number): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const highlight = new Highlight(...ranges);
  highlight.priority = priority;
  CSS.highlights.set(name, highlight);
}

export function FindBar({ text, paragraphs, root, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(-1);
  const hits = useMemo(() => findHits(text, query), [text, query]);

  useEffect(() => setCurrent(hits.length > 0 ? 0 : -1), [hits]);

  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    const ranges = hits.map((h) => staticRangeOf(el, paragraphs, h.start, h.end)).filter((r): r is StaticRange => r !== null);
    paint(HITS, ranges, 3);
    const at = hits[current];
    const range = at ? staticRangeOf(el, paragraphs, at.start, at.end) : null;
    paint(CURRENT, range ? [range] : [], 4);
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  }, [hits, current, paragraphs, root]);

  useEffect(
    () => () => {
      CSS.highlights?.delete(HITS);
      CSS.highlights?.delete(CURRENT);
    },
    [],
  );

  const status = query === '' ? '' : hits.length === 0 ? 'No matches' : `${current + 1} of ${hits.length}`;
  return (
    <div className="find-bar" role="search" aria-label="Find in article">
      <input
        type="search"
        aria-label="Find in article"
        placeholder="Find in article"
        autoFocus
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            setCurrent((c) => stepHit(hits.length, c, e.shiftKey ? -1 : 1));
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      />
      <span className="find-count" aria-live="polite">
        {status}
      </span>
      <button
        type="button"
        aria-label="Previous match"
        disabled={hits.length === 0}
        onClick={() => setCurrent((c) => stepHit(hits.length, c, -1))}
      >
        ↑
      </button>
      <button
        type="button"
        aria-label="Next match"
        disabled={hits.length === 0}
        onClick={() => setCurrent((c) => stepHit(hits.length, c, 1))}
      >
        ↓
      </button>
      <button type="button" className="quiet" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
