// Decides where each imported annotation goes, before anything is written. A native article goes
// to the library article with its id, else the one with the same text, else becomes a new
// article. A W3C or Hypothesis annotation goes to the article its source names (a Newsmark URN,
// or the story's address compared by sourceKey), or to the one the user picked. Without such a
// match a quote alone proves nothing — the same words occur in many stories — so it is placed
// only where the text around it also agrees with its prefix and suffix (CONTEXT_THRESHOLD), and
// in one article only: otherwise it is reported as "no matching article". Every choice is made
// by score over all candidates, never by library order, so the outcome does not depend on the
// order articles were imported in. Imported approximate matches must keep their numbers and whole
// words (see reanchor's options); what cannot be placed is reported and not stored.

import { contextAgreement, reanchor } from '../../anchoring/reanchor.js';
import { quoteAt } from '../../anchoring/text-quote.js';
import type { Annotation, ArticleDocument, Party } from '../../model.js';
import { offsetConverter, type OffsetConverter } from '../code-points.js';
import { sourceKey } from '../source-key.js';
import { addNotPlaced, addPlaced, emptyReport, type ImportReport, type NotPlacedDetail, type PlacementGroup } from './import-report.js';
import type { AnnotationFile, IncomingAnnotation, LooseAnnotation } from './incoming.js';
import type { Incoming } from './merge.js';
import { readPosition, searchFrom, type PositionReading } from './position-readings.js';

/**
 * How closely the text around a quote must match its prefix and suffix (mean similarity, 0 to 1)
 * for it to be placed in an article its source does not name. 0.8 allows a word or two of the
 * 32-character context to differ; a quote without any context is never placed that way.
 */
export const CONTEXT_THRESHOLD = 0.8;

export interface Placement {
  /** Articles the library does not have yet, to be created with what is merged into them. */
  created: ArticleDocument[];
  /** What goes into each article, by id, in the order the file names them. */
  merges: Map<string, Incoming>;
  report: ImportReport;
  /** Links that cannot be placed: their ends are in no article or in two. */
  skipped: number;
}

export interface PlaceOptions {
  /** The article the user picked for annotations whose source matches no article. */
  intoArticleId?: string;
}

interface Anchored {
  doc: ArticleDocument;
  annotation: Annotation;
  group: Exclude<PlacementGroup, 'notPlaced'>;
  reading?: PositionReading;
  /** Agreement of the surrounding text with the prefix and suffix; null when the quote has none. */
  context: number | null;
}

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

/** Best first: the exact words before a close match, then the better context. */
function rank(x: Anchored, y: Anchored): number {
  const order = { exact: 0, moved: 0, approximate: 1 };
  return order[x.group] - order[y.group] || (y.context ?? 0) - (x.context ?? 0);
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

class Placer {
  readonly placement: Placement = { created: [], merges: new Map(), report: emptyReport(), skipped: 0 };
  private readonly byId: Map<string, ArticleDocument>;
  private readonly byHash: Map<string, ArticleDocument>;
  /** The library in an order of its own (by id), never the order articles were imported in. */
  private readonly sorted: ArticleDocument[];
  private readonly converters = new Map<ArticleDocument, OffsetConverter>();
  /** Which article each annotation is in (stored, or placed by this import), for links. */
  private readonly articleOf = new Map<string, string>();

  constructor(library: ArticleDocument[], private readonly options: PlaceOptions) {
    this.byId = new Map(library.map((d) => [d.article.id, d]));
    this.byHash = new Map(library.map((d) => [d.article.contentHash, d]));
    this.sorted = [...library].sort((a, b) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
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

  /**
   * The annotation anchored in `doc`: at a reading of its position, by its exact quote, or (fuzzy)
   * approximately; with `judge`, how well its context agrees there (a cost a native article skips).
   */
  private anchorIn(doc: ArticleDocument, item: IncomingAnnotation, fuzzy: boolean, judge = false): Anchored | null {
    const { text } = doc.article;
    const a = item.annotation;
    if (a.quote.exact === '') return null;
    const converter = () => this.converter(doc);
    const at = readPosition(text, a, a.quote, item.units, converter);
    const found = at
      ? { status: 'exact' as const, ...at }
      : reanchor(text, { ...searchFrom(a, item.units, converter), quote: a.quote }, { fuzzy, keepNumbers: true });
    if (found.status === 'orphaned') return null;
    const group = found.status === 'fuzzy' ? 'approximate' : found.status === 'exact' ? 'exact' : 'moved';
    const quote = group === 'exact' ? a.quote : quoteAt(text, found.start, found.end);
    // Where the file said, with no linked span to find again, the annotation comes in as it is
    // read (a backup's 100,000 are not copied again).
    const unchanged = group === 'exact' && found.start === a.start && found.end === a.end && !a.fields.claim?.claimant?.span && !a.fields.quote?.speaker?.span;
    const annotation = unchanged ? a : withPartiesIn(text, { ...a, start: found.start, end: found.end, quote });
    const reading = at && item.units === 'either' ? { reading: at.reading } : {};
    return { doc, annotation, group, ...reading, context: judge ? contextAgreement(text, a.quote, found.start, found.end) : null };
  }

  private place({ doc, annotation, group, reading }: Anchored, quote: string): void {
    this.into(doc).annotations.push(annotation);
    this.articleOf.set(annotation.id, doc.article.id);
    const detail = () => ({
      quote,
      articleId: doc.article.id,
      articleTitle: doc.article.title,
      placedOn: doc.article.text.slice(annotation.start, annotation.end),
      ...(reading ? { reading } : {}),
    });
    addPlaced(this.placement.report, group, detail, reading);
  }

  private notPlaced(a: Annotation, reason: string, doc?: ArticleDocument, more: Partial<NotPlacedDetail> = {}): void {
    const where = doc ? { articleId: doc.article.id, articleTitle: doc.article.title } : {};
    addNotPlaced(this.placement.report, { quote: a.quote.exact, reason, ...where, ...more });
  }

  placeArticles(file: AnnotationFile, now: string): void {
    for (const { article, annotations, relations, rejectedSuggestions } of file.articles) {
      let doc = this.byId.get(article.id) ?? this.byHash.get(article.contentHash);
      if (!doc) {
        doc = { article: { ...article, importedAt: now }, annotations: [], relations: [], ...(rejectedSuggestions ? { rejectedSuggestions } : {}) };
        this.placement.created.push(doc);
        this.byId.set(article.id, doc);
        this.byHash.set(article.contentHash, doc);
      }
      const target = this.into(doc);
      for (const item of annotations) {
        if (item.annotation.anchor?.status === 'orphaned' && doc.article.contentHash === article.contentHash) {
          // Lost by a new version of this very text: it stays an orphan, with its old quote.
          target.annotations.push(item.annotation);
          this.articleOf.set(item.annotation.id, doc.article.id);
          this.placement.report.orphansKept += 1;
          continue;
        }
        const anchored = this.anchorIn(doc, item, true);
        if (anchored) this.place(anchored, item.annotation.quote.exact);
        else this.notPlaced(item.annotation, 'its quote is not in the text of the library article with the same id', doc);
      }
      target.relations.push(...relations);
    }
  }

  /** The articles the annotation's source names (or the user picked), or null when it names none of the library's. */
  private named(item: LooseAnnotation): ArticleDocument[] | null {
    const picked = this.options.intoArticleId && this.byId.get(this.options.intoArticleId);
    if (picked) return [picked];
    const ref = item.ref;
    const byId = ref?.id ? this.byId.get(ref.id) : undefined;
    if (byId) return [byId];
    const key = ref?.url;
    const atUrl = key ? this.sorted.filter((d) => sourceKey(d.article.meta.url) === key) : [];
    return atUrl.length ? atUrl : null;
  }

  /** The best anchoring over `docs`, exact words first; with `checkContext`, only where the context agrees. */
  private best(docs: ArticleDocument[], item: IncomingAnnotation, checkContext: boolean): { top?: Anchored; rivals: number; bestContext: number | null } {
    let bestContext: number | null = null;
    // The context is judged (two approximate searches) only where it decides something: without a
    // named article, or between several; an annotation naming its one article skips that cost.
    const judge = checkContext || docs.length > 1;
    for (const fuzzy of [false, true]) {
      const found = docs.flatMap((d) => this.anchorIn(d, item, fuzzy, judge) ?? []);
      for (const f of found) if (f.context !== null) bestContext = Math.max(bestContext ?? 0, f.context);
      const fitting = checkContext ? found.filter((f) => f.context !== null && f.context >= CONTEXT_THRESHOLD) : found;
      if (fitting.length) {
        fitting.sort(rank);
        const rivals = fitting.filter((f) => f.doc !== fitting[0]!.doc && rank(f, fitting[0]!) === 0).length;
        return { top: fitting[0], rivals, bestContext };
      }
    }
    return { rivals: 0, bestContext };
  }

  placeLoose(item: LooseAnnotation): void {
    const a = item.annotation;
    if (item.unanchorable) return this.notPlaced(a, `Newsmark cannot anchor it: ${item.unanchorable}`);
    const named = this.named(item);
    if (named) {
      const { top } = this.best(named, item, false);
      if (top) return this.place(top, a.quote.exact);
      return this.notPlaced(a, 'its quote was not found in the article', named.length === 1 ? named[0] : undefined);
    }
    const { top, rivals, bestContext } = this.best(this.sorted, item, true);
    if (top && rivals === 0) return this.place(top, a.quote.exact);
    const noMatch = { noMatchingArticle: true };
    const source = item.ref ? `its source (${item.ref.source}) is not in the library` : 'it names no source';
    if (top) return this.notPlaced(a, `no matching article: ${source}, and its quote and context fit ${rivals + 1} articles equally well`, undefined, noMatch);
    if (!a.quote.prefix && !a.quote.suffix && this.best(this.sorted, item, false).top) {
      return this.notPlaced(a, `no matching article: ${source}, and the quote has no prefix or suffix to confirm an article`, undefined, noMatch);
    }
    if (bestContext !== null) {
      return this.notPlaced(a, `no matching article: ${source}, and where its quote occurs the text around it agrees ${percent(bestContext)} with its context (${percent(CONTEXT_THRESHOLD)} needed)`, undefined, noMatch);
    }
    this.notPlaced(a, `no matching article: ${source}, and its quote was found in no article of the library`, undefined, noMatch);
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

export function placeImport(file: AnnotationFile, library: ArticleDocument[], now: string, options: PlaceOptions = {}): Placement {
  const placer = new Placer(library, options);
  placer.placeArticles(file, now);
  for (const item of file.loose) placer.placeLoose(item);
  placer.placeRelations(file);
  return placer.placement;
}
