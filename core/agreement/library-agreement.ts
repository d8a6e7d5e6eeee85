// Agreement over the library's articles: one article, a batch (the articles whose annotations
// carry a tag, or those a folder import brought in) or the whole library. Reads each article's file once; an article
// whose file cannot be read is skipped, as other whole-library operations do.

import { NewsmarkError } from '../api/errors.js';
import type { ArticleSummary } from '../model.js';
import type { LibraryStore } from '../store/library-store.js';
import { articleWork, type ArticleWork } from './article-work.js';
import { agreementReport, type AgreementReport } from './report.js';

export interface AgreementScope {
  articleId?: string;
  tag?: string;
  /** The folder of a folder import (the articles' `meta.batch`). */
  batch?: string;
}

export interface AgreementResult extends AgreementReport {
  scope: AgreementScope & {
    /** The articles looked at (of which `articles` had two annotators or more). */
    considered: number;
  };
}

function chosen(store: LibraryStore, { articleId, tag, batch }: AgreementScope): ArticleSummary[] {
  if (articleId !== undefined) {
    const one = store.summary(articleId);
    if (!one) throw new NewsmarkError('not-found', `No article with the id "${articleId}" is in the library.`);
    return [one];
  }
  if (batch !== undefined) {
    const imported = store.list().filter((a) => a.meta.batch === batch);
    if (imported.length === 0) throw new NewsmarkError('not-found', `No article came in with a folder named "${batch}".`);
    return imported;
  }
  if (tag === undefined) return store.list();
  const key = tag.toLocaleLowerCase();
  const tagged = store.list().filter((a) => a.tags.some((t) => t.toLocaleLowerCase() === key));
  if (tagged.length === 0) throw new NewsmarkError('not-found', `No article has an annotation tagged "${tag}".`);
  return tagged;
}

export async function libraryAgreement(store: LibraryStore, owner: string | undefined, scope: AgreementScope): Promise<AgreementResult> {
  const summaries = chosen(store, scope);
  const work: ArticleWork[] = [];
  for (const s of summaries) {
    const doc = await store.getIfReadable(s.id);
    if (doc) work.push(articleWork(doc, owner));
  }
  return { scope: { ...scope, considered: summaries.length }, ...agreementReport(work) };
}
