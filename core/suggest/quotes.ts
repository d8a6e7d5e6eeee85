// Proposes direct quotes: the quoted stretches that report someone's words, with their speaker.
// The span runs from the opening mark to the closing mark, both included (for a quote over
// several paragraphs, from the first opening mark to the last closing mark). Scare quotes and
// quoted terms are left out by one rule:
//   - four or more words between the marks: a direct quote;
//   - one to three words: a quote only when the sentence reports speech ("said", "told",
//     "according to" …) or a naming verb puts them on someone (`Cruz called Trump “unhinged”`,
//     named-fragments.ts), and the words are not introduced as a name ("so-called", "dubbed",
//     "known as", "the word"); in mid-sentence they are a mixed quote, the reported clause around
//     them — PolNeAR's annotators, like the issue, count `that the election is “rigged”` so;
//   - words in Title Case with no punctuation are a title or a name ("The Long Way Home"): never.

import { findMentions } from './names.js';
import { findQuotedStretches, innerText, wordsInside, type QuotedStretch } from './quote-marks.js';
import { splitSentences } from './sentences.js';
import { ReportedSpeech, speechUnits } from './reported.js';
import { SpeakerFinder, type Attributed } from './speakers.js';
import { findAccordingTo, findSpeechVerbs } from './speech-verbs.js';
import { namedFragment, type NamedFragment } from './named-fragments.js';
import type { QuoteSuggestion, Span } from './types.js';
import { lastOfPrefix } from '../sorted-search.js';

const MIN_WORDS = 4;
const MIN_WORDS_WITH_CUE = 1;
const NAMED_AS = /(?:so-called|dubbed|known as|nicknamed|termed|the words?|the term|the phrase)\s*$/iu;

/** The words a title leaves in lower case ("Law and Order", "Planet of the Apes"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'as', 'vs']);

/** "The Long Way Home": every longer word capitalised and no punctuation of a sentence inside. */
function isTitle(text: string, stretch: QuotedStretch, words: string[]): boolean {
  // A comma or stop the paper puts inside the closing mark ("on “Morning Joe,” she said") is not the title's.
  const inner = innerText(text, stretch).replace(/[,.]+$/u, '');
  return !/[.,;:!?…]/u.test(inner) && words.every((w, i) => (i > 0 && TITLE_SMALL_WORDS.has(w)) || /^\p{Lu}/u.test(w));
}

function reportsSpeech(text: string, sentence: Span, stretch: Span): boolean {
  const around: [number, number][] = [
    [sentence.start, stretch.start],
    [stretch.end, sentence.end],
  ];
  return around.some(([from, to]) => findSpeechVerbs(text, from, to).some((v) => !v.naming) || findAccordingTo(text, from, to).length > 0);
}

interface Candidate {
  stretch: QuotedStretch;
  reason: string;
  /** `called Trump “unhinged”`: the naming verb before the words and what it names. */
  named?: NamedFragment;
}

/** Why `stretch` is a quote, or undefined when it is a scare quote or a term. */
function quoteCandidate(text: string, stretch: QuotedStretch, sentence: Span): Candidate | undefined {
  const inside = wordsInside(text, stretch);
  if (isTitle(text, stretch, inside)) return undefined;
  const words = inside.length;
  const marks = `${stretch.open}…${stretch.close}`;
  const counted = `${words} ${words === 1 ? 'word' : 'words'} in ${marks}`;
  if (words >= MIN_WORDS) {
    return { stretch, reason: stretch.paragraphs > 1 ? `${counted} over ${stretch.paragraphs} paragraphs` : counted };
  }
  if (words < MIN_WORDS_WITH_CUE) return undefined;
  if (NAMED_AS.test(text.slice(Math.max(0, stretch.start - 20), stretch.start))) return undefined;
  const named = namedFragment(text, stretch, sentence);
  if (named) return { stretch, reason: `${counted} after “${named.verb.verb}”`, named };
  return reportsSpeech(text, sentence, stretch) ? { stretch, reason: `${counted} in a sentence that reports speech` } : undefined;
}

/**
 * "Trump said the system is “rigged against him” this year": a quote that opens in mid-sentence
 * lower case is a fragment of reported speech, and the sentence around it is the mixed quote.
 */
function fragmentSentence(text: string, d: Direct, units: readonly Span[], after: number): Span | undefined {
  const firstLetter = /\p{L}/u.exec(innerText(text, d.stretch))?.[0] ?? '';
  if (!/\p{Ll}/u.test(firstLetter)) return undefined;
  const unit = unitAround(units, d.stretch);
  if (!unit || (d.stretch.end - d.stretch.start) / (unit.end - unit.start) >= DIRECT_SHARE) return undefined;
  let end = unit.end;
  while (end > unit.start && /[\s.]/u.test(text[end - 1] ?? '')) end--;
  // "He called it “shameful” and called on leaders “not to …”": the sentence after the quote before it.
  let start = Math.max(unit.start, Math.min(after, d.stretch.start));
  if (start > unit.start) start += /^[\s,;]*(?:(?:and|but)\s+)?/u.exec(text.slice(start, d.stretch.start))?.[0].length ?? 0;
  return { start, end: Math.max(end, d.stretch.end) };
}

/** The unit (sorted, not overlapping) holding all of `span`, found by bisection. */
function unitAround(units: readonly Span[], span: Span): Span | undefined {
  const unit = units[lastOfPrefix(units.length, (i) => units[i]!.start <= span.start)];
  return unit && unit.start <= span.start && unit.end >= span.end ? unit : undefined;
}

/** A clause whose quoted stretches cover at least this share is the direct quote itself. */
const DIRECT_SHARE = 0.6;
/** "…,” he added, “…”: at most this many words between two halves of one quote. */
const JOIN_WORDS = 30;

interface Direct extends Candidate {
  attributed: Attributed | undefined;
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

function confidence(form: QuoteSuggestion['form'], attributed: Attributed | undefined): number {
  if (!attributed) return form === 'direct' ? 0.5 : 0.3;
  const cued = attributed.cue !== undefined;
  if (form === 'direct') return cued ? 0.9 : 0.7;
  return form === 'mixed' ? 0.75 : 0.6;
}

function suggestion(
  text: string,
  span: Span,
  form: QuoteSuggestion['form'],
  parts: Span[],
  reason: string,
  attributed: Attributed | undefined,
): QuoteSuggestion {
  const q: QuoteSuggestion = {
    kind: 'quote',
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    form,
    parts,
    confidence: confidence(form, attributed),
    reason,
  };
  if (attributed) q.speaker = attributed.speaker;
  if (attributed?.cue) q.cue = attributed.cue;
  return q;
}

interface Joined {
  span: Span;
  first: Direct;
  parts: Span[];
  /** The reported clause around a lone quoted fragment: a mixed quote, which no later quote joins. */
  mixed: Span | undefined;
}

/**
 * "“…,” he said. “…”" and "“…,” she told the paper.¶“…”": a quote with no cue of its own goes on
 * with the quote before it — later in the same paragraph, or opening the next paragraph right
 * after it — and the two are one quote from the first opening mark to the last closing mark. So
 * does one that takes the first half's cue ("“…,” Blackwell concluded, “…”") or finishes its
 * sentence ("“Many people are uncertain,” Thiel wrote, “but most …”").
 */
function joinHalves(text: string, directs: Direct[], fragmentOf: (d: Direct, after: number) => Span | undefined): Joined[] {
  const joined: Joined[] = [];
  for (const d of directs) {
    const last = joined[joined.length - 1];
    const cue = d.attributed?.cue;
    // "…,” Ms. Alawee said. “…” Mr. Zahed said: “…”": a cue before a colon opens the quote after it.
    const sameCue = cue !== undefined && cue.start === last?.first.attributed?.cue?.start && text[cue.end] !== ':';
    // "“…,” said Gil Luria, who rates the stock “neutral.”": a few lower-case words are a fragment of the attribution, not the quote going on.
    const goesOn = (!cue && !isFragment(text, d.stretch)) || sameCue || (last !== undefined && splitSentence(text, last.span.end, d.stretch));
    if (last && !last.mixed && goesOn && last.first.attributed && continuesAfter(text, last.span.end, d.stretch.start)) {
      last.span.end = d.stretch.end;
      last.parts.push({ start: d.stretch.start, end: d.stretch.end });
    } else {
      const span = { start: d.stretch.start, end: d.stretch.end };
      joined.push({ span, first: d, parts: [{ ...span }], mixed: fragmentOf(d, last ? (last.mixed ?? last.span).end : 0) });
    }
  }
  return joined;
}

/** Fewer words than a quote on its own, opening in lower case: "neutral.", "rigged against him". */
function isFragment(text: string, stretch: QuotedStretch): boolean {
  const firstLetter = /\p{L}/u.exec(innerText(text, stretch))?.[0] ?? '';
  return /\p{Ll}/u.test(firstLetter) && wordsInside(text, stretch).length < MIN_WORDS;
}

/** A stop ending a sentence inside a stretch of text: not the one of "Mr." or "Calif." before a name. */
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Rev|Prof|St|Jr|Sr|Calif|Fla|Mass|Ill|Pa|Va|Ky|Mo|Wis|Minn|Ariz|Colo|Conn|Tenn|Ga|La|Md|Mich|Ala|Okla|Ore|Wash|Tex|\p{Lu}))[.!?][”"']*\s+\p{Lu}/u;

/** "“Many people are uncertain,” Thiel wrote in a statement explaining why, “but most …”": a sentence the attribution cuts in two. */
function splitSentence(text: string, end: number, next: QuotedStretch): boolean {
  const firstLetter = /\p{L}/u.exec(innerText(text, next))?.[0] ?? '';
  const gap = text.slice(end, next.start);
  return /,\W{0,2}$/u.test(text.slice(end - 3, end)) && /\p{Ll}/u.test(firstLetter) && /,\s*$/u.test(gap) && !/\n/u.test(gap) && !SENTENCE_END.test(gap);
}

/** The text between two quotes is at most the attribution of the first: no sentence of the reporter's own. */
function continuesAfter(text: string, end: number, start: number): boolean {
  const gap = text.slice(end, start);
  const breaks = gap.match(/\n\s*/gu) ?? [];
  if (breaks.length > 1) return false;
  // Over a paragraph break only when the new paragraph opens with the quote, and not after a question: that is an answer.
  if (breaks.length === 1 && (/\S/u.test(gap.slice(gap.lastIndexOf('\n'))) || /\?\W*$/u.test(text.slice(end - 3, end)))) return false;
  // "“…” In a later vote, he warned of “…”": a sentence of the reporter's own between them, not the attribution of the first.
  if (SENTENCE_END.test(gap) && !/[.!?]\s*$/u.test(gap)) return false;
  return (gap.match(/[\p{L}\p{N}]+/gu) ?? []).length <= JOIN_WORDS;
}

/** `called Trump “unhinged”`: the naming verb is the cue, whatever verb the speaker was found by. */
function namedSuggestion(text: string, d: Direct, named: NamedFragment, parts: Span[]): QuoteSuggestion {
  const q = suggestion(text, named.content, 'mixed', parts, d.reason, d.attributed);
  q.cue = { start: named.verb.start, end: named.verb.end, text: named.verb.verb };
  return q;
}

/**
 * Quotes in text order: direct quotes, reported speech holding quoted fragments (mixed) and
 * without (indirect), each with speaker and cue when found. `sentences`: the text's, when the
 * caller has split it already (suggestAll).
 */
export function findQuotes(text: string, sentences: readonly Span[] = splitSentences(text)): QuoteSuggestion[] {
  const stretches = findQuotedStretches(text);
  const quotes: Candidate[] = [];
  let s = 0;
  for (const stretch of stretches) {
    while (s < sentences.length - 1 && (sentences[s]?.end ?? 0) <= stretch.start) s++;
    const sentence = sentences[s] ?? { start: 0, end: text.length };
    // "“Not the taxpayers!” Brandt shouted.": the attribution after a quote's own stop is in the next sentence.
    const following = sentences[s + 1];
    const attribution = following && sentence.end <= stretch.end && !text.slice(stretch.end, following.start).includes('\n') ? following.end : 0;
    const candidate = quoteCandidate(text, stretch, { start: sentence.start, end: Math.max(sentence.end, stretch.end, attribution) });
    if (candidate) quotes.push(candidate);
  }
  const finder = new SpeakerFinder({ text, sentences, stretches, mentions: findMentions(text, stretches) });
  // A name put on someone (`described her cooking as “worthy”`) is no quote the next one goes on from.
  const speakers = finder.findAll(quotes.filter((q) => !q.named).map((q) => q.stretch));
  const namers = finder.findAll(quotes.filter((q) => q.named).map((q) => q.stretch));
  const all: Direct[] = quotes.map((q) => ({ ...q, attributed: (q.named ? namers : speakers).shift() }));
  let directs = all;
  /** The last direct quote ending before the clause at hand (clauses come in text order). */
  let before = -1;

  const out: QuoteSuggestion[] = [];
  const units = speechUnits(sentences, stretches);
  const clauses = new ReportedSpeech(text, stretches, finder).findAll(units);
  for (const { content, attributed, cue } of clauses) {
    const inside = stretches.filter((q) => overlap(q, content) > 0);
    if (!inside.length) {
      const q = suggestion(text, content, 'indirect', [], `reported speech after “${(attributed?.cue ?? cue)?.text ?? ''}”`, attributed);
      if (cue) q.cue = cue;
      out.push(q);
      continue;
    }
    const covered = inside.reduce((n, q) => n + overlap(q, content), 0) / (content.end - content.start);
    // "“…,” Thiel wrote in a statement, “but most …”": the words after a quote's own cue hold its second half.
    while ((all[before + 1]?.stretch.end ?? Infinity) <= content.start) before++;
    const d = all[before];
    const secondHalf =
      d !== undefined &&
      d.stretch.end <= content.start &&
      attributed?.cue !== undefined &&
      d.attributed?.cue?.start === attributed.cue.start &&
      inside[0] !== undefined &&
      (splitSentence(text, d.stretch.end, inside[0]) || SENTENCE_END.test(text.slice(inside[0].start - 3, inside[0].start + 2)));
    if (covered >= DIRECT_SHARE || secondHalf) continue;
    const parts = directs.filter((d) => overlap(d.stretch, content) > 0).map((d) => ({ start: d.stretch.start, end: d.stretch.end }));
    directs = directs.filter((d) => overlap(d.stretch, content) === 0);
    const fragments = inside.length === 1 ? 'a quoted fragment' : `${inside.length} quoted fragments`;
    out.push(suggestion(text, content, 'mixed', parts, `reported speech with ${fragments}`, attributed));
  }
  // "“The voters are furious,” Gidley said, “and they're …”": a second half is no fragment.
  for (const { span, first, parts, mixed } of joinHalves(text, directs, (d, after) => d.named?.content ?? fragmentSentence(text, d, units, after))) {
    // "Stop calling it “disruption”", "exports, dubbed the “new three”": a name nobody is said to give is a term.
    if (first.named) {
      if (first.attributed) out.push(namedSuggestion(text, first, first.named, parts));
    } else if (mixed) out.push(suggestion(text, mixed, 'mixed', parts, 'a quoted fragment inside reported speech', first.attributed));
    else out.push(suggestion(text, span, 'direct', parts, parts.length > 1 ? `${first.reason}, continued after the attribution` : first.reason, first.attributed));
  }
  return out.sort((a, b) => a.start - b.start);
}
