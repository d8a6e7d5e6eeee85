// Scores quote suggestions against PolNeAR attributions with the rules of issue #12:
//   - a suggestion matches an annotated Content when it overlaps at least half of the Content
//     (its fragments' characters); each Content and each suggestion match once, best overlap first;
//   - direct + mixed quotes: Contents holding double quotation marks, against suggestions of form
//     direct or mixed; indirect: the other Contents, against suggestions of form indirect;
//   - speaker span: of the matched Contents with a Source, the share whose suggested speaker span
//     overlaps the Source mention;
//   - speaker name: of those whose Source names someone (a capitalised name, not a pronoun or a
//     description), the share whose resolved name is that name in the fullest form the article's
//     Sources give it ("Trump" → "Donald Trump"; "he", "the campaign" are not scored);
//   - cue: of the matched Contents with a Cue, the share whose suggested cue overlaps it.

import type { QuoteSuggestion, Span } from '../../core/suggest/index.js';
import { spanText, type Attribution, type Fragment, type PolnearArticle } from './corpus.js';

export interface Tally {
  labels: number;
  predicted: number;
  correct: number;
}
export interface Share {
  checked: number;
  correct: number;
}
export interface PolnearScore {
  quotes: Tally;
  indirect: Tally;
  speakerSpan: Share;
  speakerName: Share;
  cue: Share;
  indirectSpeakerSpan: Share;
  misses: string[];
}

const length = (fragments: readonly Fragment[]) => fragments.reduce((n, f) => n + f.end - f.start, 0);
const overlap = (s: Span, fragments: readonly Fragment[]) =>
  fragments.reduce((n, f) => n + Math.max(0, Math.min(s.end, f.end) - Math.max(s.start, f.start)), 0);

/** Pairs of (label, suggestion) where the suggestion covers at least half of the label's Content. */
function match(labels: readonly Attribution[], predicted: readonly QuoteSuggestion[]) {
  const candidates: { l: number; p: number; share: number }[] = [];
  labels.forEach((label, l) => {
    const size = length(label.content);
    predicted.forEach((q, p) => {
      const share = size ? overlap(q, label.content) / size : 0;
      if (share >= 0.5) candidates.push({ l, p, share });
    });
  });
  candidates.sort((a, b) => b.share - a.share);
  const usedL = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [Attribution, QuoteSuggestion][] = [];
  for (const c of candidates) {
    if (usedL.has(c.l) || usedP.has(c.p)) continue;
    usedL.add(c.l);
    usedP.add(c.p);
    pairs.push([labels[c.l] as Attribution, predicted[c.p] as QuoteSuggestion]);
  }
  return {
    pairs,
    missed: labels.filter((_, l) => !usedL.has(l)),
    extra: predicted.filter((_, p) => !usedP.has(p)),
  };
}

const LEADING = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)\s+/iu;
const TITLE_WORD =
  /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Rev|Prof|President|Vice|Senator|Secretary|Governor|Representative|Speaker|Chairman|Chief|Judge|Justice|Former|Democratic|Republican|GOP|Democrat|Mayor|Attorney|General|Director|Minister|Prime|First|Lady|Candidate|Nominee|Presidential)\.?$/u;
const NAME_WORD = /^\p{Lu}[\p{L}'’.\-]*$/u;

/** The proper-name words of a Source ("Sen. Tim Kaine" → Tim Kaine), or [] for "he", "the campaign". */
export function nameWords(source: string): string[] {
  const words = source
    .replace(LEADING, '')
    .replace(/['’]s?$/u, '')
    .split(/\s+/u)
    .filter(Boolean);
  if (!words.length || !words.every((w) => NAME_WORD.test(w) || /^(?:of|and|de|van|von|the)$/u.test(w))) return [];
  let afterTitle = 0;
  words.forEach((w, i) => {
    if (TITLE_WORD.test(w)) afterTitle = i + 1;
  });
  const named = words.slice(afterTitle).filter((w) => NAME_WORD.test(w));
  return named.length && !/^(?:He|She|They|It|We|I|You)$/u.test(named.join(' ')) ? named : [];
}

/**
 * The fullest form of the name whose last word is `last`, among the article's annotated Source
 * mentions ("Clinton" → "Hillary Clinton" when a Source elsewhere says "Hillary Clinton"): the
 * annotators' noun phrases, not our own name finder, decide what the full name is.
 */
export function fullestForm(sources: readonly string[], last: string): string[] {
  let best: string[] = [last];
  for (const source of sources) {
    const words = nameWords(source);
    if (words[words.length - 1] === last && words.length > best.length) best = words;
  }
  return best;
}

/**
 * A resolved name is right when it ends with the name's last word and, where the Sources give the
 * name in full, has no word the full form lacks and is itself full ("Melania Trump" is not
 * "Donald Trump", "Cruz" is not "Ted Cruz"; a missing "Texas" in "Texas Ted Cruz" is fine). Where
 * the Sources give only the surname, any full name the article writes with it counts.
 */
export function nameMatches(predicted: string | undefined, fullest: readonly string[], text: string): boolean {
  if (!predicted) return false;
  const words = predicted
    .toLowerCase()
    .replace(/['’]s?\b/gu, '')
    .split(/\s+/u)
    .filter((w) => w && !/^(?:of|and|the|de|van|von)$/u.test(w));
  const last = (fullest[fullest.length - 1] ?? '').toLowerCase();
  if (words[words.length - 1] !== last) return false;
  if (fullest.length === 1) return words.length === 1 || text.includes(predicted);
  const gold = new Set(fullest.map((w) => w.toLowerCase()));
  return words.length >= 2 && words.every((w) => gold.has(w));
}

const show = (text: string, fragments: readonly Fragment[]) => JSON.stringify(spanText(text, fragments).slice(0, 100));

export function scorePolnear(article: PolnearArticle, predicted: readonly QuoteSuggestion[]): PolnearScore {
  const { text } = article;
  const misses: string[] = [];
  const quotedLabels = article.attributions.filter((a) => a.quoted);
  const indirectLabels = article.attributions.filter((a) => !a.quoted);
  const quotedPred = predicted.filter((q) => q.form !== 'indirect');
  const indirectPred = predicted.filter((q) => q.form === 'indirect');
  const quotes = match(quotedLabels, quotedPred);
  const indirect = match(indirectLabels, indirectPred);

  const sources = article.attributions.flatMap((a) => (a.source ? [spanText(text, a.source)] : []));
  const speakerSpan: Share = { checked: 0, correct: 0 };
  const speakerName: Share = { checked: 0, correct: 0 };
  const cue: Share = { checked: 0, correct: 0 };
  for (const [label, q] of quotes.pairs) {
    if (label.source) {
      speakerSpan.checked++;
      if (q.speaker && overlap(q.speaker, label.source) > 0) speakerSpan.correct++;
      else
        misses.push(
          `speaker ${show(text, label.source)} got ${q.speaker ? JSON.stringify(text.slice(q.speaker.start, q.speaker.end)) : 'none'} for ${show(text, label.content)}`,
        );
      const named = nameWords(spanText(text, label.source));
      if (named.length) {
        const fullest = fullestForm(sources, named[named.length - 1] ?? '');
        speakerName.checked++;
        if (nameMatches(q.speaker?.name, fullest, text)) speakerName.correct++;
        else misses.push(`name    ${JSON.stringify(fullest.join(' '))} got ${JSON.stringify(q.speaker?.name ?? 'none')}`);
      }
    }
    if (label.cue) {
      cue.checked++;
      if (q.cue && overlap(q.cue, label.cue) > 0) cue.correct++;
      else misses.push(`cue     ${show(text, label.cue)} got ${JSON.stringify(q.cue?.text ?? 'none')} for ${show(text, label.content)}`);
    }
  }
  const indirectSpeakerSpan: Share = { checked: 0, correct: 0 };
  for (const [label, q] of indirect.pairs) {
    if (!label.source) continue;
    indirectSpeakerSpan.checked++;
    if (q.speaker && overlap(q.speaker, label.source) > 0) indirectSpeakerSpan.correct++;
  }
  for (const l of quotes.missed) misses.push(`quote   missed ${show(text, l.content)}`);
  for (const q of quotes.extra) misses.push(`quote   extra  ${JSON.stringify(q.text.slice(0, 100))}`);
  for (const l of indirect.missed) misses.push(`indir   missed ${show(text, l.content)}`);
  for (const q of indirect.extra) misses.push(`indir   extra  ${JSON.stringify(q.text.slice(0, 100))}`);

  const tally = (labels: number, pred: number, m: { pairs: unknown[] }): Tally => ({ labels, predicted: pred, correct: m.pairs.length });
  return {
    quotes: tally(quotedLabels.length, quotedPred.length, quotes),
    indirect: tally(indirectLabels.length, indirectPred.length, indirect),
    speakerSpan,
    speakerName,
    cue,
    indirectSpeakerSpan,
    misses,
  };
}
