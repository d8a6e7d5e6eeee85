// Turns the detectors' findings for one article into proposals the user can accept or reject:
// each with a stable key, a reason to show, and the fields an accepted one starts with. Spans
// already marked with the same kind, and proposals the user rejected for this version of the
// text, are left out.

import type { FieldsPatch } from '../annotations/fields.js';
import type { FoundFigure } from '../figures/index.js';
import type { Annotation, Article, Kind, QuoteForm } from '../model.js';
import { suggestAll } from './index.js';
import type { ClaimSuggestion, QuoteSuggestion } from './types.js';

export interface Proposal {
  /** Stable for a span, a kind and a version of the text: "figure:120:131:3f2a9c0d". */
  key: string;
  kind: Kind;
  start: number;
  end: number;
  text: string;
  /** Why it is proposed, for the user. */
  reason: string;
  /** Claims: the claim score, higher first; quotes: the engine's confidence, 0–1; figures 0. */
  score: number;
  /** Quotes: direct, mixed (reported speech holding quoted words) or indirect. */
  form?: QuoteForm;
  /** What an accepted proposal's fields are set to. */
  fields?: FieldsPatch;
}

export function proposalKey(kind: Kind, start: number, end: number, contentHash: string): string {
  return `${kind}:${start}:${end}:${contentHash.slice(0, 8)}`;
}

/** One formatter for every figure: toLocaleString with options builds a new one per call (thousands in a 100 kB story). */
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

function describeFigure(f: FoundFigure): string {
  if (f.date) return `date: ${f.date}`;
  if (f.value === null) return 'a number';
  const value = NUMBER.format(f.value);
  const range = f.valueMax === undefined ? value : `${value}–${NUMBER.format(f.valueMax)}`;
  return `${f.kind}: ${f.approximate ? `${f.approximate} ` : ''}${range}${f.unit ? ` ${f.unit}` : ''}`;
}

function figureProposal(f: FoundFigure): Omit<Proposal, 'key'> {
  const { start, end, text, ...fields } = f;
  return { kind: 'figure', start, end, text, reason: describeFigure(f), score: 0, fields: { figure: fields } };
}

function quoteProposal(q: QuoteSuggestion): Omit<Proposal, 'key'> {
  const speaker = q.speaker;
  const reason = speaker ? `${q.reason}; speaker: ${speaker.name} (${speaker.via})` : `${q.reason}; no speaker found`;
  const fields: FieldsPatch = {
    quote: {
      form: q.form,
      ...(speaker ? { speaker: { name: speaker.name, span: { start: speaker.start, end: speaker.end } }, cue: q.cue?.text ?? '' } : {}),
    },
  };
  return { kind: 'quote', start: q.start, end: q.end, text: q.text, reason, score: q.confidence, form: q.form, fields };
}

function claimProposal(c: ClaimSuggestion): Omit<Proposal, 'key'> {
  return { kind: 'claim', start: c.start, end: c.end, text: c.text, reason: c.reasons.join(', '), score: c.score };
}

export function proposalsFor(article: Article, annotations: readonly Annotation[], rejected: readonly string[]): Proposal[] {
  const found = suggestAll(article.text, article.meta.date ? { articleDate: article.meta.date } : {});
  const marked = new Set(annotations.map((a) => `${a.kind}:${a.start}:${a.end}`));
  const skipped = new Set(rejected);
  const all = [...found.quotes.map(quoteProposal), ...found.claims.map(claimProposal), ...found.figures.map(figureProposal)];
  return all
    .map((p) => ({ ...p, key: proposalKey(p.kind, p.start, p.end, article.contentHash) }))
    .filter((p) => !marked.has(`${p.kind}:${p.start}:${p.end}`) && !skipped.has(p.key))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}
