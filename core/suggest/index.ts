// The offline suggestion engine: proposes figures, direct quotes (with their speaker) and claims
// for an article, for the user to accept or reject. Pure TypeScript, no network, no model.

import { findFigures, type FoundFigure } from '../figures/index.js';
import { findClaims } from './claims.js';
import { findQuotes } from './quotes.js';
import { splitSentences } from './sentences.js';
import type { ClaimSuggestion, QuoteSuggestion } from './types.js';

export { CLAIM_THRESHOLD, CLAIM_WEIGHTS, findClaims } from './claims.js';
export { findQuotes } from './quotes.js';
export { splitSentences } from './sentences.js';
export type { ClaimReason, ClaimSuggestion, Cue, QuoteSuggestion, Span, Speaker, SpeakerVia } from './types.js';

export interface Suggestions {
  figures: FoundFigure[];
  quotes: QuoteSuggestion[];
  claims: ClaimSuggestion[];
}

/** Every detector over one article. */
export function suggestAll(text: string, opts: { articleDate?: string } = {}): Suggestions {
  const context = opts.articleDate ? { articleDate: opts.articleDate } : {};
  // Both need the figures or the sentences: each found once.
  const figures = findFigures(text, context);
  const sentences = splitSentences(text);
  return { figures, quotes: findQuotes(text, sentences), claims: findClaims(text, { ...context, figures, sentences }) };
}
