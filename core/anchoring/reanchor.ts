// Finds a stored span again in a text that may not be the one it was made on (an imported
// annotation, an edited article): first at its stored position if the quote is still there, then
// wherever the exact quote occurs (the prefix and suffix pick among several occurrences), then
// approximately, allowing about one error in four characters, as Hypothesis' match-quote does.
// An approximate match is grown to whole words (it never starts or ends inside one) and, when
// asked, must state the same numbers as the quote. What cannot be found is reported as orphaned,
// never guessed.

import search from 'approx-string-match';
import type { TextQuote } from '../model.js';
import { sameNumbers, toWholeWords } from './meaning.js';
import { spanProblem, splitsSurrogatePair } from './text-quote.js';

export interface StoredAnchor {
  start: number;
  end: number;
  quote: TextQuote;
}

export type Reanchored =
  /** exact: at its stored position. moved: the exact quote, elsewhere. fuzzy: a close match. */
  | { status: 'exact' | 'moved' | 'fuzzy'; start: number; end: number }
  | { status: 'orphaned' };

export interface ReanchorOptions {
  /** Try an approximate match when the exact quote is not in the text (default true). */
  fuzzy?: boolean;
  /** Errors allowed per character of the quote in an approximate match (default 1/4). */
  maxErrorRate?: number;
  /** An approximate match must state the same numbers as the quote (imports: default false). */
  keepNumbers?: boolean;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** Approximate matching costs O(errors / 32 × text length): beyond this many errors it is not worth it. */
const MAX_ERRORS = 256;
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };

/** How alike `actual` is to `expected`, 0 to 1 (1 − edit distance / length). */
function similarity(actual: string, expected: string): number {
  if (expected === '') return 1;
  if (actual === '') return 0;
  const best = search(actual, expected, expected.length).reduce((min, m) => Math.min(min, m.errors), expected.length);
  return 1 - best / expected.length;
}

function prefixScore(text: string, prefix: string, start: number): number {
  return similarity(text.slice(Math.max(0, start - prefix.length), start), prefix);
}

function suffixScore(text: string, suffix: string, end: number): number {
  return similarity(text.slice(end, end + suffix.length), suffix);
}

/**
 * How well the text around [start, end) agrees with the quote's prefix and suffix, 0 to 1: the
 * mean over the parts the quote has. null when it has neither, so nothing can be checked.
 */
export function contextAgreement(text: string, quote: TextQuote, start: number, end: number): number | null {
  const scores = [
    ...(quote.prefix ? [prefixScore(text, quote.prefix, start)] : []),
    ...(quote.suffix ? [suffixScore(text, quote.suffix, end)] : []),
  ];
  return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
}

/** Scores a candidate by its quote, its context and its distance from the stored position. */
function score(text: string, anchor: StoredAnchor, c: Candidate): number {
  const { exact, prefix, suffix } = anchor.quote;
  const quoteScore = 1 - c.errors / exact.length;
  const positionScore = 1 - Math.min(1, Math.abs(c.start - anchor.start) / Math.max(1, text.length));
  return (
    WEIGHT.quote * quoteScore +
    WEIGHT.prefix * prefixScore(text, prefix, c.start) +
    WEIGHT.suffix * suffixScore(text, suffix, c.end) +
    WEIGHT.position * positionScore
  );
}

function best(text: string, anchor: StoredAnchor, candidates: readonly Candidate[]): Candidate | undefined {
  let top: Candidate | undefined;
  let topScore = -Infinity;
  for (const c of candidates) {
    const s = score(text, anchor, c);
    if (s > topScore) [top, topScore] = [c, s];
  }
  return top;
}

function exactOccurrences(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return found;
}

interface Limits {
  maxErrors: number;
  keepNumbers: boolean;
}

/**
 * An approximate match widened to whole words (so never inside a surrogate pair either), each
 * character it grew by counted as an error; null when it is no usable span, too far from the
 * quote, or (keepNumbers) states other numbers.
 */
function usable(text: string, exact: string, c: Candidate, limits: Limits): Candidate | null {
  let { start, end } = toWholeWords(text, c);
  if (splitsSurrogatePair(text, start)) start -= 1;
  if (splitsSurrogatePair(text, end)) end += 1;
  const errors = c.errors + (c.start - start) + (end - c.end);
  if (errors > limits.maxErrors || spanProblem(text, start, end)) return null;
  if (limits.keepNumbers && !sameNumbers(text.slice(start, end), exact)) return null;
  return { start, end, errors };
}

export function reanchor(text: string, anchor: StoredAnchor, options: ReanchorOptions = {}): Reanchored {
  const { start, end, quote } = anchor;
  if (quote.exact === '') return { status: 'orphaned' };
  if (Number.isInteger(start) && start >= 0 && end <= text.length && text.slice(start, end) === quote.exact) {
    return { status: 'exact', start, end };
  }
  const occurrences = exactOccurrences(text, quote.exact);
  const moved = best(text, anchor, occurrences);
  if (moved) return { status: 'moved', start: moved.start, end: moved.end };
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.exact.length * (options.maxErrorRate ?? 0.25)));
  if (options.fuzzy === false || maxErrors < 1) return { status: 'orphaned' };
  const limits = { maxErrors, keepNumbers: options.keepNumbers ?? false };
  const approximate = search(text, quote.exact, maxErrors).flatMap((m) => usable(text, quote.exact, m, limits) ?? []);
  const fuzzy = best(text, anchor, approximate);
  return fuzzy ? { status: 'fuzzy', start: fuzzy.start, end: fuzzy.end } : { status: 'orphaned' };
}
