// The API methods of working as a team — the user's name, layers, agreement, curation and
// progress — split out of service.ts by concern, behind the same contract: the service hands
// them its store, its per-article change() (serialised, recorded for undo) and its clock.

import type { InputOf, Outputs } from '../api/contract.js';
import { NewsmarkError } from '../api/errors.js';
import { libraryAgreement } from '../agreement/library-agreement.js';
import type { ArticleDocument, ArticleSummary } from '../model.js';
import type { LibraryStore } from '../store/library-store.js';
import { withStatus } from './progress.js';

export interface TeamPorts {
  store: LibraryStore;
  annotator: () => string | undefined;
  change: <T>(articleId: string, label: string, compute: (doc: ArticleDocument) => { next: ArticleDocument; result: T }) => Promise<T>;
  now: () => string;
  /** A change outside the edit history (a status is not undone with the annotations). */
  write: (articleId: string, compute: (doc: ArticleDocument) => ArticleDocument) => Promise<ArticleSummary>;
}

export class TeamMethods {
  constructor(private readonly ports: TeamPorts) {}

  async getSettings(): Promise<Outputs['getSettings']> {
    return { annotator: this.ports.store.settings.annotator ?? null, activeAnnotator: this.ports.annotator() ?? null };
  }

  async updateSettings({ annotator }: InputOf<'updateSettings'>): Promise<Outputs['updateSettings']> {
    const { store } = this.ports;
    const settings = { ...store.settings };
    if (annotator === null) delete settings.annotator;
    else settings.annotator = annotator;
    await store.putSettings(settings);
    return this.getSettings();
  }

  async setProgress({ articleId, status, annotator }: InputOf<'setProgress'>): Promise<Outputs['setProgress']> {
    const who = annotator ?? this.ports.annotator();
    if (!who) throw new NewsmarkError('invalid-input', 'Statuses are kept per annotator: set your name in Settings first (or pass an annotator).');
    return this.ports.write(articleId, (doc) => withStatus(doc, who, status));
  }

  agreement(scope: InputOf<'agreement'>): Promise<Outputs['agreement']> {
    return libraryAgreement(this.ports.store, this.ports.annotator(), scope);
  }
}
