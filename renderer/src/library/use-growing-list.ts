// Renders a long list a page at a time: the first rows at once, the next page whenever the end
// of the list scrolls into view. Opening, sorting and filtering 1,000 articles then cost what
// 100 do; a new list (another sort, a search) starts again from its first page.

import { useEffect, useRef, useState } from 'react';

export function useGrowingList<T>(items: readonly T[], page = 100) {
  const [count, setCount] = useState(page);
  const end = useRef<HTMLLIElement>(null);
  useEffect(() => setCount(page), [items, page]);
  useEffect(() => {
    const marker = end.current;
    if (!marker) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setCount((c) => c + page);
    });
    observer.observe(marker);
    return () => observer.disconnect();
  }, [count, items, page]);
  return { visible: items.slice(0, count), more: items.length > count, end };
}
