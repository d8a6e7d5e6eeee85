import { describe, expect, it } from 'vitest';
import type { ArticleDocument } from '../../../core/model';
import { RecentArticles } from './recent-articles';

const doc = (id: string): ArticleDocument =>
  ({ article: { id, title: id, meta: {}, text: 'x', contentHash: '', importedAt: '' }, annotations: [], relations: [] }) as unknown as ArticleDocument;

describe('RecentArticles', () => {
  it('gives an article back only while the library says it has not changed since', () => {
    const recent = new RecentArticles();
    recent.keep(doc('a'), '2026-01-01T10:00:00.000Z');
    recent.keep(doc('b'), '2026-01-01T10:00:00.000Z');
    expect(recent.take('a', '2026-01-01T10:00:00.000Z')?.article.id).toBe('a');
    expect(recent.take('b', '2026-01-01T10:00:05.000Z')).toBeNull();
    // Taken is gone: the window holds it again, and keeps it when it moves on.
    expect(recent.take('a', '2026-01-01T10:00:00.000Z')).toBeNull();
  });

  it('keeps the last two and forgets everything when told the library changed elsewhere', () => {
    const recent = new RecentArticles();
    for (const id of ['a', 'b', 'c']) recent.keep(doc(id), 't');
    expect(recent.take('a', 't')).toBeNull();
    expect(recent.take('c', 't')).not.toBeNull();
    recent.keep(doc('d'), 't');
    recent.forget();
    expect(recent.take('d', 't')).toBeNull();
  });
});
