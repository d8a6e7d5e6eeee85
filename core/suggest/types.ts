// The shapes the suggestion engine hands to the UI: a proposed quote (with who said it) or a
// proposed claim (with the reasons it was proposed). Plain data, so it crosses IPC unchanged.
// All offsets are UTF-16 code units into the article text; `end` is exclusive.

import type { QuoteForm } from '../model.js';

export interface Span {
  start: number;
  end: number;
}

/** How a speaker was found, so the UI can say why it proposes this name. */
export type SpeakerVia =
  | 'said-x' // "…," said Carsten Brzeski
  | 'x-said' // "…," Lagarde said / Gazprom noted that "…"
  | 'according-to' // According to Novak, the decisions were "…"
  | 'pronoun' // "…," he said → the most recent person named before
  | 'statement' // "…," the statement says / the ministry said → the body named before
  | 'continuation'; // no cue of its own: the speaker of the quote just before, or of the paragraph

/** The mention that names the speaker (span) and the person or body it refers to (name). */
export interface Speaker extends Span {
  /** The speaker's name as first given in full ("Christine Lagarde", "Defense Ministry"). */
  name: string;
  via: SpeakerVia;
}

/** The words of the attribution that report the speech, as written ("said", "told reporters"). */
export interface Cue extends Span {
  text: string;
}

export interface QuoteSuggestion extends Span {
  kind: 'quote';
  /** text.slice(start, end): the quoted words with their marks, or the reported clause. */
  text: string;
  form: QuoteForm;
  /** The direct quotes inside, marks included: the halves of "“…,” he said. “…”", a mixed quote's quoted words. */
  parts: Span[];
  speaker?: Speaker;
  cue?: Cue;
  /** 0–1: how sure the engine is of the whole attribution (span, speaker and cue). */
  confidence: number;
  /** Why this stretch is taken as a quote and not a scare quote. */
  reason: string;
}

export type ClaimReason = 'contains a figure' | 'attributed' | 'comparative' | 'causal' | 'prediction';

export interface ClaimSuggestion extends Span {
  kind: 'claim';
  text: string;
  /** The sum of the weights of `reasons` (see CLAIM_WEIGHTS). */
  score: number;
  reasons: ClaimReason[];
}
