// Decides where each imported annotation goes, before anything is written: a native article
// goes to the library article with its id, else to the one with the same text, else becomes a
// new article; a W3C annotation goes to the article its source names (a Newsmark URN or the
// story's URL), else to any article where its quote is found. Each is anchored there by
// reanchor(): at its position, by its exact quote, or approximately; what cannot be anchored is
// reported as orphaned and not stored (the model has no place for an unanchored annotation).

import { reanchor } from '../../anchoring/reanchor.js';
import { quoteAt } from '../../anchoring/text-quote.js';
import type { Annotation, ArticleDocument, Party } from '../../model.js';
import { offsetConverter, type OffsetConverter } from '../code-points.js';
import { canonicalUrl } from '../urls.js';
import type { AnnotationFile, IncomingAnnotation, LooseAnnotation } from './incoming.js';
import type { Incoming } from './merge.js';

export interface Orphan {
  articleTitle?: string;
  quote: string;
  reason: string;
}

export interface Placement {
  /** Articles the library does not have yet, to be created with what is merged into them. */
  created: ArticleDocument[];
  /** What goes into each article, by id, in the order the file names them. */
  merges: Map<string, Incoming>;
  exact: number;
  fuzzy: number;
  orphaned: Orphan[];
  /** Links that cannot be placed: their ends are in no article or in two. */
  skipped: number;
}

type Anchored = { annotation: Annotation; fuzzy: boolean };

/** A speaker's or claimant's linked span, found again in the text, or dropped (the name stays). */
function partyIn(text: string, party: Party | null | undefined): Party | null {
  if (!party?.span) return party ?? null;
  const { start, end, exact } = party.span;
  const found = reanchor(text, { start, end, quote: { exact, prefix: '', suffix: '' } }, { fuzzy: false });
  return found.status === 'orphaned' ? { name: party.name } : { name: party.name, span: { start: found.start, end: found.end, exact } };
}

function withPartiesIn(text: string, a: Annotation): Annotation {
  const { claim, quote } = a.fields;
  const fields = {
    ...a.fields,
    ...(claim ? { claim: { ...claim, claimant: partyIn(text, claim.claimant) } } : {}),
    ...(quote ? { quote: { ...quote, speaker: partyIn(text, quote.speaker) } } : {}),
  };
  return { ...a, fields };
}

class Placer {
  readonly placement: Placement = { created: [], merges: new Map(), exact: 0, fuzzy: 0, orphaned: [], skipped: 0 };
  private readonly byId: Map<string, ArticleDocument>;
  private readonly byHash: Map<string, ArticleDocument>;
  private readonly converters = new Map<ArticleDocument, OffsetConverter>();
  /** Which article each annotation is in (stored, or placed by this import), for links. */
  private readonly articleOf = new Map<string, string>();

  constructor(private readonly library: ArticleDocument[]) {
    this.byId = new Map(library.map((d) => [d.article.id, d]));
    this.byHash = new Map(library.map((d) => [d.article.contentHash, d]));
    for (const doc of library) for (const a of doc.annotations) this.articleOf.set(a.id, doc.article.id);
  }

  private into(doc: ArticleDocument): Incoming {
    const id = doc.article.id;
    if (!this.placement.merges.has(id)) this.placement.merges.set(id, { annotations: [], relations: [] });
    return this.placement.merges.get(id)!;
  }

  private converter(doc: ArticleDocument): OffsetConverter {
    if (!this.converters.has(doc)) this.converters.set(doc, offsetConverter(doc.article.text));
    return this.converters.get(doc)!;
  }

  /** The annotation anchored in `doc`, or null. */
  private anchorIn(doc: ArticleDocument, item: IncomingAnnotation, fuzzy: boolean): Anchored | null {
    const { text } = doc.article;
    const a = item.annotation;
    const toUtf16 = (offset: number) => (item.codePoints ? (this.converter(doc).toUtf16(offset) ?? -1) : offset);
    const found = reanchor(text, { start: toUtf16(a.start), end: toUtf16(a.end), quote: a.quote }, { fuzzy });
    if (found.status === 'orphaned') return null;
    const quote = found.status === 'exact' ? a.quote : quoteAt(text, found.start, found.end);
    const anchored = { ...a, start: found.start, end: found.end, quote };
    return { annotation: withPartiesIn(text, anchored), fuzzy: found.status === 'fuzzy' };
  }

  private place(doc: ArticleDocument, anchored: Anchored): void {
    this.into(doc).annotations.push(anchored.annotation);
    this.articleOf.set(anchored.annotation.id, doc.article.id);
    if (anchored.fuzzy) this.placement.fuzzy += 1;
    else this.placement.exact += 1;
  }

  private orphan(a: Annotation, reason: string, doc?: ArticleDocument): void {
    this.placement.orphaned.push({ ...(doc ? { articleTitle: doc.article.title } : {}), quote: a.quote.exact, reason });
  }

  placeArticles(file: AnnotationFile, now: string): void {
    for (const { article, annotations, relations } of file.articles) {
      let doc = this.byId.get(article.id) ?? this.byHash.get(article.contentHash);
      if (!doc) {
        doc = { article: { ...article, importedAt: now }, annotations: [], relations: [] };
        this.placement.created.push(doc);
        this.byId.set(article.id, doc);
        this.byHash.set(article.contentHash, doc);
      }
      const target = this.into(doc);
      for (const item of annotations) {
        const anchored = this.anchorIn(doc, item, true);
        if (anchored) this.place(doc, anchored);
        else this.orphan(item.annotation, 'its quote is not in the text of the library article with the same id', doc);
      }
      target.relations.push(...relations);
    }
  }

  private candidates(item: LooseAnnotation): ArticleDocument[] {
    const ref = item.ref;
    const named = ref?.id ? this.byId.get(ref.id) : undefined;
    if (named) return [named];
    const atUrl = ref?.url ? this.library.filter((d) => canonicalUrl(d.article.meta.url) === ref.url) : [];
    return atUrl.length ? atUrl : this.library;
  }

  placeLoose(item: LooseAnnotation): void {
    if (item.unanchorable) return this.orphan(item.annotation, `Newsmark cannot anchor it: ${item.unanchorable}`);
    const candidates = this.candidates(item);
    for (const fuzzy of [false, true]) {
      for (const doc of candidates) {
        const anchored = this.anchorIn(doc, item, fuzzy);
        if (anchored) return this.place(doc, anchored);
      }
    }
    const only = candidates.length === 1 ? candidates[0] : undefined;
    this.orphan(item.annotation, only ? 'its quote was not found in the article' : 'its quote was found in no article of the library', only);
  }

  placeRelations(file: AnnotationFile): void {
    for (const r of file.relations) {
      const articleId = this.articleOf.get(r.from);
      const doc = articleId === undefined ? undefined : this.byId.get(articleId);
      if (doc && this.articleOf.get(r.to) === articleId) this.into(doc).relations.push(r);
      else this.placement.skipped += 1;
    }
  }
}

export function placeImport(file: AnnotationFile, library: ArticleDocument[], now: string): Placement {
  const placer = new Placer(library);
  placer.placeArticles(file, now);
  for (const item of file.loose) placer.placeLoose(item);
  placer.placeRelations(file);
  return placer.placement;
}
