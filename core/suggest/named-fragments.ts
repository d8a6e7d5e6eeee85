// Finds the quoted words a naming verb puts on someone or something: `called Trump “unhinged,”`,
// `described the vote as “fantastic”`, `calling it “a disaster”`, `dubbed him “the little senator”`.
// Attribution annotators (PolNeAR) take these for quotes of the namer's words — nine in ten of
// such fragments in its train split are marked — with the naming verb as cue and the words
// after it (the thing named and the quoted words) as content: a mixed quote, whatever its length.

import type { QuotedStretch } from './quote-marks.js';
import { findSpeechVerbs, type SpeechVerb } from './speech-verbs.js';
import type { Span } from './types.js';

/** At most this many words between the naming verb and the quoted words ("described Britain's vote to leave the EU as"). */
const NAMED_WORDS = 10;

export interface NamedFragment {
  /** The naming verb: the cue. */
  verb: SpeechVerb;
  /** From the word after the verb to the closing mark: what is named and what it is called. */
  content: Span;
}

/**
 * The naming verb that `stretch` completes, within the clause before it (no stop, comma, colon,
 * semicolon or other quote between), or undefined.
 */
export function namedFragment(text: string, stretch: QuotedStretch, sentence: Span): NamedFragment | undefined {
  const clauseStart = sentence.start;
  const from = Math.max(clauseStart, stretch.start - 120);
  const between = (v: SpeechVerb) => text.slice(v.end, stretch.start);
  const verb = findSpeechVerbs(text, from, stretch.start)
    .filter((v) => v.naming)
    .pop();
  if (!verb || /[.,;:!?"“”]/u.test(between(verb))) return undefined;
  if ((between(verb).match(/[\p{L}\p{N}]+/gu) ?? []).length > NAMED_WORDS) return undefined;
  // "exports, dubbed the “new three”", "what is called “…”": passive, nobody named gives the name.
  const before = text.slice(clauseStart, verb.start);
  if (/\b(?:is|are|was|were|be|been|being)\s*$/iu.test(before) || (/,\s*$/u.test(before) && !/ing$/u.test(verb.verb))) return undefined;
  // "Opinion: Stop calling it “disruption”": an order, nobody's words.
  if (/ing$/u.test(verb.verb) && /(?:^|[:—–])\s*\p{L}+\s*$/u.test(before)) return undefined;
  let start = verb.end;
  while (start < stretch.start && /\s/u.test(text[start] ?? '')) start++;
  return { verb, content: { start, end: reasonEnd(text, stretch, sentence.end) } };
}

/** "called him a “liar” for insisting on the story, and …": the words after the quote up to the clause's end give the reason. */
function reasonEnd(text: string, stretch: QuotedStretch, sentenceEnd: number): number {
  if (/[,.;:!?]\W*$/u.test(text.slice(stretch.end - 3, stretch.end))) return stretch.end;
  const rest = /^[^,.;:!?\n"“”]*/u.exec(text.slice(stretch.end, sentenceEnd))?.[0] ?? '';
  return stretch.end + rest.trimEnd().length;
}
