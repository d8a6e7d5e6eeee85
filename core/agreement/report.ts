// The agreement figures for a set of articles: for each pair of annotators, over the articles
// both annotated, per category (kind, speaker, cue) span F1 (exact and overlap), Cohen's kappa
// on tokens and αu; PolNeAR's two attribution figures per pair; and the token-wise alpha of all
// annotators at once. Counts and sums are pooled over articles before any ratio is taken, so a
// batch's figure is not an average of articles' figures.

import { wordSpans, type Span } from '../anchoring/snap-span.js';
import type { ArticleWork } from './article-work.js';
import { cohenKappa } from './cohen-kappa.js';
import { nominalAlpha } from './nominal-alpha.js';
import { addCounts, agr, exactF1, NO_SPANS, overlapF1, spanCounts, type SpanCounts } from './span-match.js';
import { attributionRoles, tokensCovered } from './token-labels.js';
import { unitizedAlpha, type Continuum } from './unitized-alpha.js';
import { CATEGORIES, type Category } from './units.js';

export interface CategoryAgreement {
  category: Category;
  spans: SpanCounts;
  exactF1: number | null;
  overlapF1: number | null;
  /** Cohen's kappa on tokens: in a span of this category or not. */
  kappa: number | null;
  /** Krippendorff's αu on the text's characters. */
  alphaU: number | null;
}

export interface AttributionAgreement {
  /** agr(A‖B): the share of A's quotes B overlapped; agr(B‖A) the other way. */
  agrAB: number | null;
  agrBA: number | null;
  /** Both directions pooled: the share of all quotes the other annotator also marked. */
  agr: number | null;
  /** Krippendorff's nominal alpha on tokens labelled source / cue / content / none. */
  tokenAlpha: number | null;
}

export interface PairAgreement {
  a: string;
  b: string;
  /** The articles both annotated, and their tokens. */
  articles: number;
  tokens: number;
  categories: CategoryAgreement[];
  attribution: AttributionAgreement;
}

export interface AgreementReport {
  /** Articles with at least two annotators (only these can be compared). */
  articles: number;
  annotators: string[];
  pairs: PairAgreement[];
  /** Over every pair: the pooled agr, and the token-wise alpha with all annotators at once. */
  overall: { agr: number | null; tokenAlpha: number | null };
}

function pooledAgr(quotes: SpanCounts): number | null {
  return agr(quotes.aOverlapped + quotes.bOverlapped, quotes.a + quotes.b);
}

function pair(a: string, b: string, work: readonly ArticleWork[], tokensOf: (w: ArticleWork) => Span[]): PairAgreement {
  const counts = new Map<Category, SpanCounts>(CATEGORIES.map((c) => [c, NO_SPANS]));
  const labels = new Map<Category, { a: string[]; b: string[] }>(CATEGORIES.map((c) => [c, { a: [], b: [] }]));
  const continua = new Map<Category, Continuum[]>(CATEGORIES.map((c) => [c, []]));
  const roles: (string | null)[][] = [];
  let tokens = 0;
  for (const w of work) {
    const ua = w.annotators.get(a)!;
    const ub = w.annotators.get(b)!;
    const words = tokensOf(w);
    tokens += words.length;
    for (const c of CATEGORIES) {
      counts.set(c, addCounts(counts.get(c)!, spanCounts(ua[c], ub[c])));
      const l = labels.get(c)!;
      for (const x of tokensCovered(words, ua[c])) l.a.push(x ? c : '-');
      for (const x of tokensCovered(words, ub[c])) l.b.push(x ? c : '-');
      continua.get(c)!.push({ length: w.text.length, coders: [ua[c], ub[c]] });
    }
    const ra = attributionRoles(words, ua);
    const rb = attributionRoles(words, ub);
    ra.forEach((role, i) => roles.push([role, rb[i]!]));
  }
  const categories = CATEGORIES.map((category): CategoryAgreement => {
    const spans = counts.get(category)!;
    const l = labels.get(category)!;
    return {
      category,
      spans,
      exactF1: exactF1(spans),
      overlapF1: overlapF1(spans),
      kappa: cohenKappa(l.a, l.b),
      alphaU: unitizedAlpha(continua.get(category)!).alpha,
    };
  });
  const quotes = counts.get('quote')!;
  const attribution = {
    agrAB: agr(quotes.aOverlapped, quotes.a),
    agrBA: agr(quotes.bOverlapped, quotes.b),
    agr: pooledAgr(quotes),
    tokenAlpha: nominalAlpha(roles),
  };
  return { a, b, articles: work.length, tokens, categories, attribution };
}

export function agreementReport(all: readonly ArticleWork[]): AgreementReport {
  const work = all.filter((w) => w.annotators.size >= 2);
  const annotators = [...new Set(work.flatMap((w) => [...w.annotators.keys()]))].sort();
  const tokenCache = new Map<ArticleWork, Span[]>();
  const tokensOf = (w: ArticleWork): Span[] => tokenCache.get(w) ?? tokenCache.set(w, wordSpans(w.text)).get(w)!;
  const pairs: PairAgreement[] = [];
  for (let i = 0; i < annotators.length; i++) {
    for (let j = i + 1; j < annotators.length; j++) {
      const [a, b] = [annotators[i]!, annotators[j]!];
      const both = work.filter((w) => w.annotators.has(a) && w.annotators.has(b));
      if (both.length) pairs.push(pair(a, b, both, tokensOf));
    }
  }
  const items: (string | null)[][] = [];
  for (const w of work) {
    const byCoder = annotators.map((name) => {
      const units = w.annotators.get(name);
      return units ? attributionRoles(tokensOf(w), units) : null;
    });
    tokensOf(w).forEach((_, t) => items.push(byCoder.map((roles) => roles?.[t] ?? null)));
  }
  const quotes = pairs.map((p) => p.categories.find((c) => c.category === 'quote')!.spans).reduce(addCounts, NO_SPANS);
  return { articles: work.length, annotators, pairs, overall: { agr: pooledAgr(quotes), tokenAlpha: nominalAlpha(items) } };
}
