// Proposes claims: sentences that assert something a fact-checker could check. Each sentence is
// scored by adding the weights of the reasons it shows — a figure, an attribution to a source, a
// comparison, a cause, a prediction — and the reasons are returned with it, so the user sees why
// a sentence was proposed. Sentences scoring below CLAIM_THRESHOLD are not proposed: a figure
// alone is enough, any other reason needs a second one.

import { findFigures, type FoundFigure } from '../figures/index.js';
import { splitSentences } from './sentences.js';
import { findAccordingTo, findSpeechVerbs } from './speech-verbs.js';
import type { ClaimReason, ClaimSuggestion, Span } from './types.js';
import { partitionPoint } from '../sorted-search.js';

export const CLAIM_WEIGHTS: Readonly<Record<ClaimReason, number>> = {
  'contains a figure': 2,
  attributed: 1,
  comparative: 1,
  causal: 1,
  prediction: 1,
};

export const CLAIM_THRESHOLD = 2;

/** Sentences shorter than this are headings, bylines or fragments, not claims. */
const MIN_WORDS = 3;

const CUES: readonly [Exclude<ClaimReason, 'contains a figure' | 'attributed'>, RegExp][] = [
  [
    'comparative',
    /\b(?:more|less|fewer|higher|lower|larger|smaller|bigger|greater|faster|slower|better|worse|than|compared (?:with|to)|up from|down from|record|highest|lowest|largest|biggest|weakest|strongest|most|least|first time|outpac\w*|surpass\w*|exceed\w*|doubled?|tripled?|twice|above|below|rose|risen|rises?|fell|fallen|falls?|increas\w+|decreas\w+|declin\w+|grew|grown|grows?|dropp?\w*|jump\w*|plung\w+|surg\w+|soar\w*|slump\w*|shr[ai]nk\w*|climb\w*|gain\w*|lost|narrow\w*|widen\w*)\b/iu,
  ],
  [
    'causal',
    /\b(?:because|due to|caus\w+|led to|leads? to|result(?:ed|s)? in|as a result|driven by|owing to|thanks to|blam\w+|citing|therefore|contribut\w+ to|responsible for|prompt\w*|push\w+|weigh\w* on|hit|cut the risk|prevent\w*|linked to|so that|make it|made it)\b/iu,
  ],
  [
    'prediction',
    // A forecast word, or a modal with a time ahead: "will grow … by 2040", not "will be pursued".
    /\b(?:expects?|expected|forecasts?|projected|projections?|predict\w*|likely|estimat\w+|on track|set to|plans? to|aims? to|goal)\b|\b(?:will|would|could|may|might|going to)\b.*\b(?:by 20\d\d|in 20\d\d|next (?:year|month|week|decade)|this year|later this|in the coming|for (?:decades|years)|over the next|from 20\d\d|until|before 20\d\d)\b/iu,
  ],
];

/** Quantities only: a date or a year in a sentence does not make it checkable. */
const isQuantity = (f: FoundFigure) => f.kind !== 'date' && f.kind !== 'year';

/** The reasons `sentence` shows, given the figures found in the article. */
export function claimReasons(text: string, sentence: Span, figures: readonly Span[]): ClaimReason[] {
  const words = text.slice(sentence.start, sentence.end);
  if ((words.match(/\p{L}+/gu) ?? []).length < MIN_WORDS) return [];
  const reasons: ClaimReason[] = [];
  if (figures.some((f) => f.start >= sentence.start && f.end <= sentence.end)) reasons.push('contains a figure');
  const attributed =
    findSpeechVerbs(text, sentence.start, sentence.end).length > 0 ||
    findAccordingTo(text, sentence.start, sentence.end).length > 0 ||
    /\b(?:data|figures|poll|survey|study|report|analysis|statistics)\b[^.]{0,40}\b(?:show\w*|found|find\w*|suggest\w*|says?)\b/iu.test(words);
  if (attributed) reasons.push('attributed');
  for (const [reason, cue] of CUES) if (cue.test(words)) reasons.push(reason);
  return reasons;
}

export const scoreOf = (reasons: readonly ClaimReason[]) => reasons.reduce((sum, r) => sum + CLAIM_WEIGHTS[r], 0);

/** The figures, sorted by start, that start within [from, to]: those a sentence there may hold. */
function figuresFrom(sorted: readonly Span[], from: number, to: number): readonly Span[] {
  const firstAt = (at: number) => partitionPoint(sorted.length, (i) => sorted[i]!.start < at);
  return sorted.slice(firstAt(from), firstAt(to + 1));
}

/**
 * Claims scoring at least CLAIM_THRESHOLD, best first (ties in text order). `figures` and
 * `sentences`: the article's, when the caller has found them already (suggestAll), so they are not found twice.
 */
export function findClaims(text: string, opts: { articleDate?: string; figures?: readonly FoundFigure[]; sentences?: readonly Span[] } = {}): ClaimSuggestion[] {
  const found = opts.figures ?? findFigures(text, opts.articleDate ? { articleDate: opts.articleDate } : {});
  // By start, so each sentence looks only at the figures starting inside it (not at all of them).
  const figures = found.filter(isQuantity).sort((a, b) => a.start - b.start);
  const claims: ClaimSuggestion[] = [];
  for (const sentence of opts.sentences ?? splitSentences(text)) {
    const reasons = claimReasons(text, sentence, figuresFrom(figures, sentence.start, sentence.end));
    const score = scoreOf(reasons);
    if (score < CLAIM_THRESHOLD) continue;
    claims.push({ kind: 'claim', ...sentence, text: text.slice(sentence.start, sentence.end), score, reasons });
  }
  return claims.sort((a, b) => b.score - a.score || a.start - b.start);
}
