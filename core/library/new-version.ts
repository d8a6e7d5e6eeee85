// A changed text of a story already in the library becomes its next version: the article keeps
// its id, the old text is kept in `versions`, and every annotation is carried over by
// re-anchoring (position, then quote with context, then a fuzzy match). Each carried annotation
// says how it was found; what cannot be found is kept as orphaned (never dropped) for the user
// to place again by hand. Everything else that points into the text moves with it: a speaker's
// or claimant's linked span is found again by its words and their context in the old text, and
// one that cannot be found loses its span (the name stays) rather than point at other words.
// Links join annotations by id, so they follow their ends. A figure whose words changed is read
// again (see refigure.ts).

import { reanchor, type Reanchored } from '../anchoring/reanchor.js';
import { quoteAt } from '../anchoring/text-quote.js';
import {
  ANCHOR_STATUSES,
  currentVersion,
  type Annotation,
  type AnnotationFields,
  type AnchorStatus,
  type ArticleDocument,
  type ArticleMeta,
  type ArticleSummary,
  type Party,
} from '../model.js';
import { refigure } from './refigure.js';

export interface NewText {
  text: string;
  contentHash: string;
  meta: ArticleMeta;
}

/** What importing a new version did to the article's annotations. */
export interface VersionUpdate {
  version: number;
  carried: Record<AnchorStatus, number>;
  /** Ids of the annotations that could not be placed in the new text. */
  orphaned: string[];
}

const STATUS_OF: Record<Reanchored['status'], AnchorStatus> = { exact: 'exact', moved: 'moved', fuzzy: 'changed', orphaned: 'orphaned' };

/** A linked span found again in the new text, by its words and the old text around them. */
function carrySpan(party: Party | null | undefined, oldText: string, text: string): Party | null {
  if (!party?.span) return party ?? null;
  const { start, end, exact } = party.span;
  const quote = oldText.slice(start, end) === exact ? quoteAt(oldText, start, end) : { exact, prefix: '', suffix: '' };
  const found = reanchor(text, { start, end, quote }, { fuzzy: false });
  return found.status === 'orphaned' ? { name: party.name } : { name: party.name, span: { start: found.start, end: found.end, exact } };
}

function carryParties(fields: AnnotationFields, oldText: string, text: string): AnnotationFields {
  const { claim, quote } = fields;
  return {
    ...fields,
    ...(claim ? { claim: { ...claim, claimant: carrySpan(claim.claimant, oldText, text) } } : {}),
    ...(quote ? { quote: { ...quote, speaker: carrySpan(quote.speaker, oldText, text) } } : {}),
  };
}

function carry(a: Annotation, oldText: string, text: string, version: number, articleDate?: string): Annotation {
  const found = reanchor(text, a);
  const anchor = { status: STATUS_OF[found.status], version };
  const fields = carryParties(a.fields, oldText, text);
  if (found.status === 'orphaned') return { ...a, fields, anchor };
  const quote = quoteAt(text, found.start, found.end);
  return { ...a, start: found.start, end: found.end, quote, fields: refigure(fields, a.quote.exact, quote.exact, articleDate), anchor };
}

export function applyNewVersion(doc: ArticleDocument, incoming: NewText, importedAt: string): { next: ArticleDocument; update: VersionUpdate } {
  const { article } = doc;
  const version = currentVersion(article) + 1;
  const previous = { version: version - 1, importedAt: article.importedAt, text: article.text, contentHash: article.contentHash };
  const date = incoming.meta.date ?? article.meta.date;
  const annotations = doc.annotations.map((a) => carry(a, article.text, incoming.text, version, date));
  const carried = Object.fromEntries(ANCHOR_STATUSES.map((s) => [s, 0])) as Record<AnchorStatus, number>;
  for (const a of annotations) carried[a.anchor!.status] += 1;
  const next: ArticleDocument = {
    ...doc,
    article: {
      ...article,
      meta: { ...article.meta, ...incoming.meta },
      text: incoming.text,
      contentHash: incoming.contentHash,
      importedAt,
      versions: [...(article.versions ?? []), previous],
    },
    annotations,
    // Other annotators' layers are carried the same way (their counts are not the user's to review).
    ...(doc.layers ? { layers: doc.layers.map((l) => ({ ...l, annotations: l.annotations.map((a) => carry(a, article.text, incoming.text, version, date)) })) } : {}),
  };
  const orphaned = annotations.filter((a) => a.anchor?.status === 'orphaned').map((a) => a.id);
  return { next, update: { version, carried, orphaned } };
}

/** The articles whose source URL or file name is `value` (the library's look-up: LibraryStore.withMeta). */
export type MetaLookup = (field: 'url' | 'source', value: string) => readonly ArticleSummary[];

/** Articles that may be earlier versions of a story: the same source URL, or the same file name. */
export function versionCandidates(withMeta: MetaLookup, meta: ArticleMeta): readonly ArticleSummary[] {
  const byUrl = meta.url ? withMeta('url', meta.url) : [];
  if (byUrl.length) return byUrl;
  return meta.source ? withMeta('source', meta.source) : [];
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * True when two texts share at least half of the smaller one's distinct words: a same-named file
 * that holds another story entirely ("article.html") is a new article, not a version.
 */
export function isSameStory(oldText: string, newText: string): boolean {
  const [a, b] = [words(oldText), words(newText)];
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared += 1;
  return small.size > 0 && shared / small.size >= 0.5;
}
