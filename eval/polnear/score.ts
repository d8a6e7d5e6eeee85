// Scores quote suggestions against PolNeAR attributions with the rules of issue #12:
//   - a suggestion matches an annotated Content when it overlaps at least half of the Content
//     (its fragments' characters); each Content and each suggestion match once, best overlap first;
//   - direct + mixed quotes: Contents holding double quotation marks, against suggestions of form
//     direct or mixed; indirect: the other Contents, against suggestions of form indirect;
//   - speaker span: of the matched Contents with a Source, the share whose suggested speaker span
//     overlaps the Source mention;
//   - speaker name: of those whose Source names someone (a capitalised name, not a pronoun or a
//     description), the share whose resolved name is that name in the fullest form the article
//     gives it ("Trump" → "Donald Trump", "The Post" is not a name and is not scored);
//   - cue: of the matched Contents with a Cue, the share whose suggested cue overlaps it.

import type { QuoteSuggestion, Span } from '../../core/suggest/index.js';
import type { Fragment } from './brat.js';
import { spanText, type Attribution, type PolnearArticle } from './corpus.js';

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
  const named = words.filter((w) => NAME_WORD.test(w) && !TITLE_WORD.test(w));
  return named.length && !/^(?:He|She|They|It|We|I|You)$/u.test(named.join(' ')) ? named : [];
}

/** The fullest way the article writes the name whose last word is `last` ("Clinton" → "Hillary Clinton"). */
export function fullestForm(text: string, last: string): string[] {
  let best: string[] = [last];
  const escaped = last.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  for (const m of text.matchAll(new RegExp(String.raw`((?:\p{Lu}[\p{L}'’.\-]*\s+){1,3})${escaped}\b`, 'gu'))) {
    const before = (m[1] ?? '').trim().split(/\s+/u);
    let i = before.length;
    while (i > 0 && NAME_WORD.test(before[i - 1] ?? '') && !TITLE_WORD.test(before[i - 1] ?? '') && !LEADING.test(`${before[i - 1]} `)) i--;
    const form = [...before.slice(i), last];
    if (form.length > best.length) best = form;
  }
  return best;
}

/** A resolved name is right when it holds the name's last word and every word of its fullest form. */
export function nameMatches(predicted: string | undefined, fullest: readonly string[]): boolean {
  if (!predicted) return false;
  const words = new Set(
    predicted
      .toLowerCase()
      .replace(/['’]s?\b/gu, '')
      .split(/\s+/u),
  );
  return fullest.every((w) => words.has(w.toLowerCase()));
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
        const fullest = fullestForm(text, named[named.length - 1] ?? '');
        speakerName.checked++;
        if (nameMatches(q.speaker?.name, fullest)) speakerName.correct++;
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
