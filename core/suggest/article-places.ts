// Where things are in an article, by binary search over positions found once: the sentence or
// paragraph holding a position, the names mentioned in a stretch, the last one named before a
// point, the quoted stretch at one. Shared by the speaker finder (speakers.ts) and the resolution
// of who a subject refers to (referents.ts), so that each lookup is a search, not a scan.

import type { Mention } from './names.js';
import type { QuotedStretch } from './quote-marks.js';
import type { Span } from './types.js';
import { lastOfPrefix } from '../sorted-search.js';

export interface SpeakerInputs {
  text: string;
  sentences: readonly Span[];
  /** Every quoted stretch, direct quotes and scare quotes alike. */
  stretches: readonly QuotedStretch[];
  mentions: readonly Mention[];
}

/** Index of the last of `sorted` that is <= at (0 when none is). */
function lastAtOrBefore(sorted: readonly number[], at: number): number {
  return lastOfPrefix(sorted.length, (i) => sorted[i]! <= at);
}

export const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** One article's text, sentences, quoted stretches and mentions, indexed by where they start. */
export class ArticlePlaces {
  readonly text: string;
  readonly sentences: readonly Span[];
  /** Every quoted stretch, direct quotes and scare quotes alike. */
  readonly stretches: readonly QuotedStretch[];
  readonly mentions: readonly Mention[];
  private readonly lineStarts: number[] = [0];
  /** For each line, how many lines with text come before it: articles put a paragraph on a line. */
  private readonly paragraphOfLine: number[] = [0];
  private readonly sentenceStarts: number[];
  private readonly mentionStarts: number[];
  private readonly stretchStarts: number[];

  constructor(input: SpeakerInputs) {
    const { text } = input;
    this.text = text;
    this.sentences = input.sentences;
    this.stretches = input.stretches;
    this.mentions = input.mentions;
    this.sentenceStarts = input.sentences.map((s) => s.start);
    this.mentionStarts = input.mentions.map((m) => m.start);
    this.stretchStarts = input.stretches.map((s) => s.start);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      const prevStart = this.lineStarts[this.lineStarts.length - 1] ?? 0;
      const prevParagraph = this.paragraphOfLine[this.paragraphOfLine.length - 1] ?? 0;
      this.paragraphOfLine.push(prevParagraph + (/\S/u.test(text.slice(prevStart, i)) ? 1 : 0));
      this.lineStarts.push(i + 1);
    }
  }

  /** Index of the sentence holding `at` (0 before the first). */
  sentenceIndex(at: number): number {
    return lastAtOrBefore(this.sentenceStarts, at);
  }

  /** Index of the last quoted stretch starting at or before `at`. */
  stretchIndex(at: number): number {
    return lastAtOrBefore(this.stretchStarts, at);
  }

  mentionsIn(from: number, to: number): Mention[] {
    const { mentions } = this;
    const found: Mention[] = [];
    for (let i = lastAtOrBefore(this.mentionStarts, from); i < mentions.length; i++) {
      const m = mentions[i];
      if (!m || m.start >= to) break;
      if (m.start >= from && m.end <= to) found.push(m);
    }
    return found;
  }

  lastMention(before: number, ok: (m: Mention) => boolean): Mention | undefined {
    const { mentions } = this;
    for (let i = lastAtOrBefore(this.mentionStarts, before); i >= 0; i--) {
      const m = mentions[i];
      if (m && m.end <= before && ok(m)) return m;
    }
    return undefined;
  }

  sentenceAt(at: number): Span {
    return this.sentences[lastAtOrBefore(this.sentenceStarts, at)] ?? { start: 0, end: this.text.length };
  }

  /** Index of the paragraph holding `at`. */
  paragraphOf(at: number): number {
    return this.paragraphOfLine[lastAtOrBefore(this.lineStarts, at)] ?? 0;
  }
}
