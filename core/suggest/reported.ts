// Finds reported speech outside the quote marks: the clause a speech verb reports ("Clinton said
// that the race is rigged", "The race is rigged, Clinton said", "According to the poll, …"), with
// its cue and speaker. A clause holding quoted fragments is a mixed quote, one without marks an
// indirect quote; quotes.ts decides which. Verbs inside quote marks are the speaker's own words
// and never report anything here.

import type { QuotedStretch } from './quote-marks.js';
import type { Attributed, SpeakerFinder } from './speakers.js';
import { findAccordingTo, findSpeechVerbs, type SpeechVerb } from './speech-verbs.js';
import type { Span } from './types.js';

export interface ReportedClause {
  content: Span;
  attributed: Attributed;
}

/** Content shorter than this many words is not worth proposing ("he said so"). */
const MIN_CONTENT_WORDS = 3;
/** At most this many words between the comma and the verb of "…, the senator from Ohio said". */
const TAIL_WORDS = 7;
/** "…, they said on Saturday, …": at most this many words between the verb and the comma closing the attribution. */
const PARENTHESIS_WORDS = 4;

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Sentences joined where a quoted stretch runs over a sentence break, so no stretch is cut. */
export function speechUnits(sentences: readonly Span[], stretches: readonly QuotedStretch[]): Span[] {
  const units: Span[] = [];
  let s = 0;
  for (const sentence of sentences) {
    const last = units[units.length - 1];
    while (s < stretches.length && (stretches[s]?.end ?? 0) <= sentence.start) s++;
    const crossing = last && stretches.slice(Math.max(0, s - 1), s + 1).some((q) => q.start < last.end && q.end > last.end);
    if (last && crossing) last.end = Math.max(last.end, sentence.end);
    else units.push({ ...sentence });
  }
  return units;
}

/** Trims white space and a final stop or comma off a span. */
function trim(text: string, from: number, to: number): Span {
  let a = from;
  let b = to;
  while (a < b && /[\s,:;—–-]/u.test(text[a] ?? '')) a++;
  while (b > a && /[\s,.;:—–-]/u.test(text[b - 1] ?? '')) b--;
  return { start: a, end: b };
}

export class ReportedSpeech {
  constructor(
    private readonly text: string,
    private readonly stretches: readonly QuotedStretch[],
    private readonly finder: SpeakerFinder,
  ) {}

  private inStretch(at: number): boolean {
    // Stretches are sorted and do not overlap: the last one opening before `at` is the only candidate.
    let lo = 0;
    let hi = this.stretches.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.stretches[mid]?.start ?? 0) < at) lo = mid;
      else hi = mid - 1;
    }
    const q = this.stretches[lo];
    return q !== undefined && at > q.start && at < q.end;
  }

  private verbsIn(from: number, to: number): SpeechVerb[] {
    return findSpeechVerbs(this.text, from, to).filter((v) => !v.naming && !this.inStretch(v.start));
  }

  /** The last comma outside quote marks in [from, to) — or the closing mark of a quote ending in one. */
  private lastComma(from: number, to: number): number {
    for (let i = to - 1; i >= from; i--) if (this.text[i] === ',' && !this.inStretch(i)) return i;
    return -1;
  }

  private clause(content: Span, attributed: Attributed | undefined): ReportedClause | undefined {
    if (!attributed || words(this.text.slice(content.start, content.end)) < MIN_CONTENT_WORDS) return undefined;
    return { content, attributed };
  }

  /** "According to X, …" and "…, according to X." */
  private according(unit: Span): ReportedClause | undefined {
    const { text } = this;
    const according = findAccordingTo(text, unit.start, unit.end).find((a) => !this.inStretch(a.start));
    if (!according) return undefined;
    if (words(text.slice(unit.start, according.start)) <= 1) {
      const comma = text.indexOf(',', according.end);
      if (comma < 0 || comma >= unit.end) return undefined;
      return this.clause(trim(text, comma + 1, unit.end), this.finder.accordingTo(according, comma));
    }
    return this.clause(trim(text, unit.start, according.start), this.finder.accordingTo(according, unit.end));
  }

  /**
   * "…, X said." / "…, said X, a pollster at …" — the content before the comma; "Bob, they said,
   * ordered them to wait" — an attribution in the middle, the whole sentence reported. "…, the
   * mayor, Dana Whitlow, said": when the last comma gives no speaker, the one before it is tried.
   */
  private tail(unit: Span, verb: SpeechVerb): ReportedClause | undefined {
    const { text } = this;
    const long = words(text.slice(verb.end, unit.end)) > TAIL_WORDS;
    const next = text.indexOf(',', verb.end);
    const middle = long && next >= 0 && next < unit.end && words(text.slice(verb.end, next)) <= PARENTHESIS_WORDS;
    for (let comma = this.lastComma(unit.start, verb.start); comma >= 0; comma = this.lastComma(unit.start, comma)) {
      if (words(text.slice(comma + 1, verb.start)) > TAIL_WORDS) return undefined;
      const after = !/\p{L}/u.test(text.slice(comma + 1, verb.start));
      if (long && !after && !middle) return undefined;
      const attributed = this.finder.attributeTo(verb, comma + 1, unit.end, after);
      const content = middle && !after ? trim(text, unit.start, unit.end) : trim(text, unit.start, comma);
      if (attributed) return this.clause(content, attributed);
    }
    return undefined;
  }

  /** "X said (that) …", "Chris Cox, who runs the lobbying arm, says …" — the content after the verb. */
  private head(unit: Span, verb: SpeechVerb): ReportedClause | undefined {
    const { text } = this;
    // "“…,” said Paul Pillar, a former analyst": the words after an inverted verb name the speaker.
    if (/["”'»],?\s*$/u.test(text.slice(Math.max(unit.start, verb.start - 3), verb.start))) return undefined;
    const clauseStart = Math.max(unit.start, this.lastComma(unit.start, verb.start) + 1);
    const attributed =
      this.finder.attributeTo(verb, clauseStart, verb.start, false) ??
      (clauseStart > unit.start ? this.finder.attributeTo(verb, unit.start, verb.start, false) : undefined);
    return this.clause(trim(text, verb.end, unit.end), attributed);
  }

  /** The reported clause of each unit that has one, in text order. */
  findAll(units: readonly Span[]): ReportedClause[] {
    const found: ReportedClause[] = [];
    for (const unit of units) {
      const clause =
        this.according(unit) ??
        this.verbsIn(unit.start, unit.end).reduce<ReportedClause | undefined>(
          (hit, verb) => hit ?? this.tail(unit, verb) ?? this.head(unit, verb),
          undefined,
        );
      if (clause) found.push(clause);
    }
    return found;
  }
}
