// The cue lexicon learned from PolNeAR train (eval/train-cue-lexicon.ts): words that annotators
// mark as the cue of an attributed stance far beyond any verb list ("backs", "slammed", "expected",
// "vote", "warns"), each with the share of its uses that were a cue. reported.ts asks it for the
// strongest cue of a sentence where no listed verb found a report.

import { CUE_SHARES } from './cue-lexicon.data.js';
import type { QuotedStretch } from './quote-marks.js';
import type { Span } from './types.js';

/** A word of the text, lower-cased, with its offsets. */
export interface CueWord extends Span {
  word: string;
}

/** A learned cue of a sentence and the share of its uses in train that were a cue. */
export interface LearnedCue extends CueWord {
  share: number;
}

/** Below this share a word is not taken as a cue: measured on a held-out half of train (F1 peaks at 0.25). */
export const CUE_THRESHOLD = 0.25;

const SHARES = new Map(CUE_SHARES);
/**
 * A word: ASCII letters (every learned cue is English), with an inner apostrophe. A sticky
 * ASCII pattern run over the whole text is several times faster than a Unicode one over slices,
 * and the engine's budget is shared (eval/README.md, speed).
 */
const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)?/g;

/** Calls `visit` with each word of text[from, to) and its start, lower-cased. */
function eachWord(text: string, from: number, to: number, visit: (word: string, start: number) => void): void {
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index + m[0].length <= to; m = WORD.exec(text)) visit(m[0].toLowerCase(), m.index);
}

/** The words of text[from, to) outside the quoted stretches (sorted, not overlapping). */
export function cueWords(text: string, from: number, to: number, stretches: readonly QuotedStretch[]): CueWord[] {
  const words: CueWord[] = [];
  let s = 0;
  eachWord(text, from, to, (word, start) => {
    while (s < stretches.length && (stretches[s]?.end ?? 0) <= start) s++;
    const q = stretches[s];
    if (!q || start <= q.start || start >= q.end) words.push({ word, start, end: start + word.length });
  });
  return words;
}

/** The word of text[from, to) most often a cue in train, when its share reaches CUE_THRESHOLD. */
export function strongestCue(text: string, from: number, to: number): LearnedCue | undefined {
  let best: LearnedCue | undefined;
  eachWord(text, from, to, (word, start) => {
    const share = SHARES.get(word);
    if (share !== undefined && share >= CUE_THRESHOLD && (!best || share > best.share)) best = { word, start, end: start + word.length, share };
  });
  return best;
}
