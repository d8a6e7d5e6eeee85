// The part of the API that keeps articles from being lost: the trash (trash, list, restore —
// as a separate copy when the article's id is in the library again — and empty) and each
// article's rolling backups (list one article's, restore one; undoable). Split from service.ts,
// which delegates these methods here behind the same contract.

import type { InputOf, Outputs } from '../api/contract.js';
import type { EditHistory } from '../annotations/history.js';
import type { ArticleDocument, ArticleSummary } from '../model.js';
import type { KeyedQueue } from '../store/keyed-queue.js';
import type { LibraryStore } from '../store/library-store.js';
import { articleIdOf } from '../store/trash.js';

type Change = (articleId: string, label: string, compute: (doc: ArticleDocument) => { next: ArticleDocument; result: null }, options: { backup: boolean }) => Promise<null>;

export class Safekeeping {
  constructor(
    private readonly store: LibraryStore,
    private readonly queue: KeyedQueue,
    private readonly history: EditHistory,
    private readonly clock: () => Date,
    private readonly change: Change,
  ) {}

  async trashArticle({ id }: InputOf<'trashArticle'>): Promise<Outputs['trashArticle']> {
    await this.queue.run(id, () => this.store.moveToTrash(id, this.clock()));
    this.history.forget(id);
    return { trashed: id };
  }

  /** Puts an article back; if its id is live again, as a copy with its own id (`restoredAsCopy`). */
  async restoreArticle({ id }: InputOf<'restoreArticle'>): Promise<Outputs['restoreArticle']> {
    const { summary, copy } = await this.queue.run(articleIdOf(id), () => this.store.restoreFromTrash(id, this.clock().toISOString()));
    return copy ? { ...summary, restoredAsCopy: true } : summary;
  }

  listTrash(): Promise<Outputs['listTrash']> {
    return this.store.trash.list();
  }

  async emptyTrash(): Promise<Outputs['emptyTrash']> {
    return { removed: await this.store.emptyTrash() };
  }

  listBackups({ articleId }: InputOf<'listBackups'>): Promise<Outputs['listBackups']> {
    return this.store.listBackups(articleId);
  }

  /**
   * Puts an article back to one of its backups, keeping the current version as a backup first.
   * Undo gives back what it replaced; a backup of an earlier text of the story (a new version was
   * imported since) puts that text back too, and clears the article's undo history as an import does.
   */
  async restoreBackup({ articleId, backupId }: InputOf<'restoreBackup'>): Promise<ArticleSummary> {
    const backup = await this.store.backup(articleId, backupId);
    const current = await this.store.get(articleId);
    if (backup.article.contentHash === current.article.contentHash) {
      await this.change(
        articleId,
        'Restore backup',
        (doc) => ({
          next: {
            ...doc,
            article: { ...doc.article, title: backup.article.title },
            annotations: backup.annotations,
            relations: backup.relations,
            rejectedSuggestions: backup.rejectedSuggestions,
          },
          result: null,
        }),
        { backup: true },
      );
    } else {
      const { article, annotations, relations, rejectedSuggestions } = backup;
      await this.queue.run(articleId, () => this.store.put({ article, annotations, relations, rejectedSuggestions }, this.clock().toISOString(), { backup: true }));
      this.history.forget(articleId);
    }
    return this.store.summary(articleId)!;
  }
}
