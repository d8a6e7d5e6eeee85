// Matches an article's predictions against its labels and counts what the eval table reports.
//   Figures and quotes: a prediction is right only with exactly the labelled span.
//   Claims: a predicted sentence matches a labelled one when they overlap by at least half of
//     the longer of the two (sentence boundaries differ between splitters); one match each.
//   Figure values: of the figures found, the share whose value (and valueMax, when labelled)
//     equals the label's to 6 significant digits, and whose unit equals it after normalising
//     spelling (a label unit of null — a bare number — is not checked).
//   Speakers: of the quotes found, the share whose speaker name matches the label's,
//     case-insensitively, the one contained in the other ("Lagarde" ~ "Christine Lagarde").

import type { FoundFigure } from '../core/figures/index.js';
import type { ClaimSuggestion, QuoteSuggestion, Span } from '../core/suggest/index.js';
import type { EvalArticle, FigureLabel } from './labels.js';

export interface Tally {
  labels: number;
  predicted: number;
  correct: number;
}

export interface ArticleScore {
  figures: Tally;
  quotes: Tally;
  claims: Tally;
  /** Of the figures found: how many have the labelled value and unit. */
  figureValues: { checked: number; correct: number };
  /** Of the quotes found: how many have the labelled speaker. */
  speakers: { checked: number; correct: number };
  /** What went wrong, one line each, for --verbose. */
  misses: string[];
}

/** Unit spellings that mean the same unit. */
const UNIT_ALIASES: Record<string, string> = {
  bpd: 'barrels per day',
  'barrels a day': 'barrels per day',
  kilometers: 'km',
  kilometres: 'km',
  meters: 'm',
  metres: 'm',
  meter: 'm',
  metre: 'm',
  'cubic metres': 'cubic meters',
  litres: 'liters',
  c: '°c',
  celsius: '°c',
  'degrees celsius': '°c',
  watts: 'w',
  points: 'percentage points',
  pp: 'percentage points',
  tons: 'tonnes',
};

export const normaliseUnit = (unit: string) => {
  const lower = unit.trim().toLowerCase();
  return UNIT_ALIASES[lower] ?? lower;
};

const sameNumber = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));

export function figureValueMatches(found: FoundFigure, label: FigureLabel): boolean {
  if (found.value === null || !sameNumber(found.value, label.value)) return false;
  if (label.valueMax !== undefined && (found.valueMax === undefined || !sameNumber(found.valueMax, label.valueMax))) return false;
  return label.unit === null || (found.unit !== null && normaliseUnit(found.unit) === normaliseUnit(label.unit));
}

export function speakerMatches(predicted: string | undefined, labelled: string): boolean {
  if (!predicted) return false;
  const a = predicted.toLowerCase();
  const b = labelled.toLowerCase();
  return a.includes(b) || b.includes(a);
}

/** Overlap of two spans as a share of the longer one. */
export function overlapShare(a: Span, b: Span): number {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap <= 0 ? 0 : overlap / Math.max(a.end - a.start, b.end - b.start);
}

export const CLAIM_OVERLAP = 0.5;

/** Date and year figures are not scored: the labels mark quantities only (see eval/README.md). */
export const isScoredFigure = (f: FoundFigure) => f.kind !== 'date' && f.kind !== 'year';

const key = (s: Span) => `${s.start}:${s.end}`;

/** Pairs each prediction with the label of exactly its span. */
function matchExactSpans<P extends Span, L extends Span>(predicted: readonly P[], labels: readonly L[]) {
  const open = new Map(labels.map((l) => [key(l), l] as const));
  const pairs: [P, L][] = [];
  const extra: P[] = [];
  for (const p of predicted) {
    const label = open.get(key(p));
    if (label) {
      pairs.push([p, label]);
      open.delete(key(p));
    } else extra.push(p);
  }
  return { pairs, extra, missed: [...open.values()] };
}
const show = (text: string, s: Span) => JSON.stringify(text.slice(s.start, s.end).slice(0, 90));

export function scoreArticle(
  article: EvalArticle,
  predicted: { figures: FoundFigure[]; quotes: QuoteSuggestion[]; claims: ClaimSuggestion[] },
): ArticleScore {
  const { text } = article;
  const misses: string[] = [];
  const figures = predicted.figures.filter(isScoredFigure);

  const figureMatch = matchExactSpans(figures, article.figures);
  const figureValues = { checked: figureMatch.pairs.length, correct: 0 };
  for (const [f, label] of figureMatch.pairs) {
    if (figureValueMatches(f, label.label)) figureValues.correct++;
    else misses.push(`figure  value   ${show(text, f)} got ${f.value} ${f.unit}${f.valueMax !== undefined ? ` max ${f.valueMax}` : ''}, label ${label.label.value} ${label.label.unit}`);
  }
  for (const f of figureMatch.extra) misses.push(`figure  extra   ${show(text, f)}`);
  for (const f of figureMatch.missed) misses.push(`figure  missed  ${show(text, f)}`);

  // The labels mark direct quotes one by one: a suggestion is scored by the direct quotes it holds
  // (the halves of a quote split by its attribution, a mixed quote's quoted words).
  const directQuotes = predicted.quotes.flatMap((q) => q.parts.map((part) => ({ ...q, ...part })));
  const quoteMatch = matchExactSpans(directQuotes, article.quotes);
  const speakers = { checked: quoteMatch.pairs.length, correct: 0 };
  for (const [q, label] of quoteMatch.pairs) {
    if (speakerMatches(q.speaker?.name, label.label.speaker)) speakers.correct++;
    else misses.push(`speaker wrong   ${show(text, q)} got ${q.speaker ? `${q.speaker.name} (${q.speaker.via})` : 'none'}, label ${label.label.speaker}`);
  }
  for (const q of quoteMatch.extra) misses.push(`quote   extra   ${show(text, q)}`);
  for (const q of quoteMatch.missed) misses.push(`quote   missed  ${show(text, q)}`);

  const unmatched = [...article.claims];
  let claimsCorrect = 0;
  for (const c of [...predicted.claims].sort((a, b) => a.start - b.start)) {
    const i = unmatched.findIndex((l) => overlapShare(l, c) >= CLAIM_OVERLAP);
    if (i < 0) {
      misses.push(`claim   extra   ${show(text, c)} [${c.reasons.join(', ')}]`);
      continue;
    }
    claimsCorrect++;
    unmatched.splice(i, 1);
  }
  for (const c of unmatched) misses.push(`claim   missed  ${show(text, c)}`);

  return {
    figures: { labels: article.figures.length, predicted: figures.length, correct: figureMatch.pairs.length },
    quotes: { labels: article.quotes.length, predicted: directQuotes.length, correct: quoteMatch.pairs.length },
    claims: { labels: article.claims.length, predicted: predicted.claims.length, correct: claimsCorrect },
    figureValues,
    speakers,
    misses,
  };
}
