// Proposes direct quotes: the quoted stretches that report someone's words, with their speaker.
// The span runs from the opening mark to the closing mark, both included (for a quote over
// several paragraphs, from the first opening mark to the last closing mark). Scare quotes and
// quoted terms are left out by one rule:
//   - four or more words between the marks: a direct quote;
//   - two or three words: a direct quote only when the sentence reports speech ("said", "told",
//     "according to" …) and the words are not introduced as a name ("so-called", "dubbed",
//     "known as", "the word");
//   - a single word: never ("giveaway", "Handelsblatt", "prudence");
//   - words in Title Case with no punctuation are a title or a name ("The Long Way Home"): never.

import { findMentions } from './names.js';
import { findQuotedStretches, wordsInside, type QuotedStretch } from './quote-marks.js';
import { splitSentences } from './sentences.js';
import { SpeakerFinder } from './speakers.js';
import { findAccordingTo, findSpeechVerbs } from './speech-verbs.js';
import type { QuoteSuggestion, Span } from './types.js';

const MIN_WORDS = 4;
const MIN_WORDS_WITH_CUE = 2;
const NAMED_AS = /(?:so-called|dubbed|known as|nicknamed|termed|the words?|the term|the phrase)\s*$/iu;

/** "The Long Way Home": every longer word capitalised and no punctuation of a sentence inside. */
function isTitle(text: string, stretch: Span, words: string[]): boolean {
  const inner = text.slice(stretch.start + 1, stretch.end - 1);
  return !/[.,;:!?…]/u.test(inner) && words.every((w, i) => (i > 0 && w.length < 4) || /^\p{Lu}/u.test(w));
}

function reportsSpeech(text: string, sentence: Span, stretch: Span): boolean {
  const around: [number, number][] = [
    [sentence.start, stretch.start],
    [stretch.end, sentence.end],
  ];
  return around.some(([from, to]) => findSpeechVerbs(text, from, to).some((v) => !v.naming) || findAccordingTo(text, from, to).length > 0);
}

/** Why `stretch` is a direct quote, or undefined when it is a scare quote or a term. */
function directQuoteReason(text: string, stretch: QuotedStretch, sentence: Span): string | undefined {
  const inside = wordsInside(text, stretch);
  if (isTitle(text, stretch, inside)) return undefined;
  const words = inside.length;
  const marks = `${stretch.open}…${text[stretch.end - 1] ?? ''}`;
  if (words >= MIN_WORDS) {
    return stretch.paragraphs > 1 ? `${words} words in ${marks} over ${stretch.paragraphs} paragraphs` : `${words} words in ${marks}`;
  }
  if (words < MIN_WORDS_WITH_CUE) return undefined;
  if (NAMED_AS.test(text.slice(Math.max(0, stretch.start - 20), stretch.start))) return undefined;
  return reportsSpeech(text, sentence, stretch) ? `${words} words in ${marks} in a sentence that reports speech` : undefined;
}

/** Direct quotes in text order, each with its speaker when one can be found. */
export function findQuotes(text: string): QuoteSuggestion[] {
  const sentences = splitSentences(text);
  const stretches = findQuotedStretches(text);
  const quotes: { stretch: QuotedStretch; reason: string }[] = [];
  let s = 0;
  for (const stretch of stretches) {
    while (s < sentences.length - 1 && (sentences[s]?.end ?? 0) <= stretch.start) s++;
    const sentence = sentences[s] ?? { start: 0, end: text.length };
    const reason = directQuoteReason(text, stretch, { start: sentence.start, end: Math.max(sentence.end, stretch.end) });
    if (reason) quotes.push({ stretch, reason });
  }
  const finder = new SpeakerFinder({ text, sentences, stretches, mentions: findMentions(text, stretches) });
  const speakers = finder.findAll(quotes.map((q) => q.stretch));
  return quotes.map(({ stretch, reason }, i) => {
    const suggestion: QuoteSuggestion = {
      kind: 'quote',
      start: stretch.start,
      end: stretch.end,
      text: text.slice(stretch.start, stretch.end),
      form: 'direct',
      confidence: speakers[i] ? 0.8 : 0.5,
      reason,
    };
    const attributed = speakers[i];
    if (attributed) suggestion.speaker = attributed.speaker;
    if (attributed?.cue) suggestion.cue = attributed.cue;
    return suggestion;
  });
}
