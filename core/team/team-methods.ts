// The API methods of working as a team — the user's name (with the library's other settings, such
// as the ClaimReview publisher), layers, agreement, curation and progress — split out of
// service.ts by concern, behind the same contract: the service hands them its store, its
// per-article change() (serialised, recorded for undo) and its clock.

import type { InputOf, Outputs } from '../api/contract.js';
import { NewsmarkError } from '../api/errors.js';
import { libraryAgreement } from '../agreement/library-agreement.js';
import type { Annotation, ArticleDocument, ArticleSummary } from '../model.js';
import type { LibraryStore } from '../store/library-store.js';
import { withStatus } from './progress.js';
import { curate, type Take } from '../curation/curate.js';

export interface TeamPorts {
  store: LibraryStore;
  annotator: () => string | undefined;
  change: <T>(articleId: string, label: string, compute: (doc: ArticleDocument) => { next: ArticleDocument; result: T }) => Promise<T>;
  now: () => string;
  /** A change outside the edit history (a status is not undone with the annotations). */
  write: (articleId: string, compute: (doc: ArticleDocument) => ArticleDocument) => Promise<ArticleSummary>;
  newId: () => string;
}

const TAKE_LABELS: Record<Take, string> = { a: "Curate: take A's", b: "Curate: take B's", both: 'Curate: take both', neither: 'Curate: take neither' };

export class TeamMethods {
  constructor(private readonly ports: TeamPorts) {}

  async getSettings(): Promise<Outputs['getSettings']> {
    const { annotator, publisher } = this.ports.store.settings;
    return { annotator: annotator ?? null, activeAnnotator: this.ports.annotator() ?? null, publisher: publisher ?? null };
  }

  /** Each setting given is replaced (null forgets it); one left out stays as it is. */
  async updateSettings({ annotator, publisher }: InputOf<'updateSettings'>): Promise<Outputs['updateSettings']> {
    const { store } = this.ports;
    const settings = { ...store.settings };
    if (annotator === null) delete settings.annotator;
    else if (annotator !== undefined) settings.annotator = annotator;
    if (publisher === null || (publisher && Object.keys(publisher).length === 0)) delete settings.publisher;
    else if (publisher !== undefined) settings.publisher = publisher;
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

  /** One curation decision, recorded for undo like an edit. */
  takeIntoCuration({ articleId, ...step }: InputOf<'takeIntoCuration'>): Promise<Outputs['takeIntoCuration']> {
    const copy = (a: Annotation): Annotation => ({ ...a, id: this.ports.newId(), updatedAt: this.ports.now() });
    return this.ports.change(articleId, TAKE_LABELS[step.take], (doc) => {
      const { next, curated } = curate(doc, step, this.ports.annotator(), copy);
      return { next, result: curated };
    });
  }
}
