// The shapes the suggestion engine hands to the UI: a proposed quote (with who said it) or a
// proposed claim (with the reasons it was proposed). Plain data, so it crosses IPC unchanged.
// All offsets are UTF-16 code units into the article text; `end` is exclusive.

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

export interface Speaker extends Span {
  /** The speaker's name as first given in full ("Christine Lagarde", "Defense Ministry"). */
  name: string;
  /** The speech verb of the attribution, as written ("said", "told", "underscored"). */
  cue?: string;
  via: SpeakerVia;
}

export interface QuoteSuggestion extends Span {
  kind: 'quote';
  /** text.slice(start, end): the quoted words with their opening and closing marks. */
  text: string;
  speaker?: Speaker;
  /** Why this stretch is taken as a direct quote and not a scare quote. */
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
