// The articles the window showed last, kept as they were on screen, so going back to one does
// not carry it over the bridge again (7 MB for 10,000 annotations: two seconds through the test
// harness, and all of it parsed again). An article is taken back only while the library still
// lists it as last changed when it was put away; anything changed since is read again.

import type { ArticleDocument } from '../../../core/model';

/** How many articles are kept besides the open one. */
const KEPT = 2;

export class RecentArticles {
  private kept = new Map<string, { doc: ArticleDocument; updatedAt: string }>();

  /** Keeps `doc` as it is now, stamped with when the library says it last changed. */
  keep(doc: ArticleDocument, updatedAt: string | undefined): void {
    this.kept.delete(doc.article.id);
    if (updatedAt === undefined) return;
    this.kept.set(doc.article.id, { doc, updatedAt });
    for (const id of this.kept.keys()) if (this.kept.size > KEPT) this.kept.delete(id);
  }

  /** The kept article, if the library's stamp for it is still the one it was kept with. */
  take(id: string, updatedAt: string | undefined): ArticleDocument | null {
    const kept = this.kept.get(id);
    this.kept.delete(id);
    return kept && kept.updatedAt === updatedAt ? kept.doc : null;
  }

  /** Forgets what changed elsewhere (team sync, an undo in another article, a restored backup). */
  forget(): void {
    this.kept.clear();
  }
}
