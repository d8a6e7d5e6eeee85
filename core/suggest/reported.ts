// Finds reported speech outside the quote marks: the clause a speech verb reports ("Clinton said
// that the race is rigged", "The race is rigged, Clinton said", "According to the poll, …"), with
// its cue and speaker. A clause holding quoted fragments is a mixed quote, one without marks an
// indirect quote; quotes.ts decides which. Verbs inside quote marks are the speaker's own words
// and never report anything here.

import type { QuotedStretch } from './quote-marks.js';
import type { Attributed, SpeakerFinder } from './speakers.js';
import { strongestCue } from './cue-lexicon.js';
import { findAccordingTo, findSpeechVerbs, type SpeechVerb } from './speech-verbs.js';
import type { Cue, Span } from './types.js';
import { lastOfPrefix } from '../sorted-search.js';

export interface ReportedClause {
  content: Span;
  /** Who said it, with the cue; absent only for a learned cue whose subject was not found. */
  attributed?: Attributed;
  /** The cue of a clause proposed without a speaker. */
  cue?: Cue;
}

/** Content shorter than this many words is not worth proposing ("he said so"). */
const MIN_CONTENT_WORDS = 3;
/** What a stance is about may be shorter: "declined to comment", "endorsed Ted Cruz". */
const MIN_STANCE_WORDS = 2;
/** At most this many words between the comma and the verb of "…, the senator from Ohio said". */
const TAIL_WORDS = 7;
/** "…, they said on Saturday, …": at most this many words between the verb and the comma closing the attribution. */
const PARENTHESIS_WORDS = 4;
/** A learned cue followed by at most this many words ends its sentence: "…, the group warns." */
const TAIL_WORDS_LEARNED = 3;

/** A line's head naming a speaker: one to six words, the first capitalised, then a colon. */
const COLON_LINE = /^(\p{Lu}[\p{L}.'’\-]*(?:[ \u00a0]+[\p{L}.'’\-]+){0,5}):[ \u00a0]+\S/u;
/** Line heads that label, not speak: "UPDATE:", "Q:", "Photo:", "Editor's note:". */
const NOT_SPEAKER_LABELS =
  /^(?:[QA]|update|updated|watch|related|note|editor['’]s note|photo|photos|video|source|sources|read more|see also|correction|exclusive|breaking|live|analysis|opinion|transcript|tags?|topics?|filed under|posted|published|by|via|credit|caption|warning|disclaimer|full text|here|subscribe|sign up)$/iu;

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

  /** The last stretch opening before `at` (stretches are sorted and do not overlap). */
  private stretchBefore(at: number): QuotedStretch | undefined {
    const { stretches } = this;
    return stretches[lastOfPrefix(stretches.length, (i) => stretches[i]!.start < at)];
  }

  private inStretch(at: number): boolean {
    const q = this.stretchBefore(at);
    return q !== undefined && at > q.start && at < q.end;
  }

  /** Whether a quoted stretch overlaps `span`. */
  private holdsStretch(span: Span): boolean {
    const q = this.stretchBefore(span.end);
    return q !== undefined && q.start < span.end && q.end > span.start;
  }

  private verbsIn(from: number, to: number): SpeechVerb[] {
    return findSpeechVerbs(this.text, from, to, true).filter((v) => !v.naming && !this.inStretch(v.start));
  }

  /** The last comma outside quote marks in [from, to) — or the closing mark of a quote ending in one. */
  private lastComma(from: number, to: number): number {
    for (let i = to - 1; i >= from; i--) if (this.text[i] === ',' && !this.inStretch(i)) return i;
    return -1;
  }

  private clause(content: Span, attributed: Attributed | undefined, verb?: SpeechVerb): ReportedClause | undefined {
    const least = verb?.attitude ? MIN_STANCE_WORDS : MIN_CONTENT_WORDS;
    if (!attributed || words(this.text.slice(content.start, content.end)) < least) return undefined;
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
    // A stance's object follows it ("…, Becker wants a second bridge"): only "…, Cruz believes." ends a sentence with one.
    const long = words(text.slice(verb.end, unit.end)) > (verb.attitude ? 1 : TAIL_WORDS);
    const next = text.indexOf(',', verb.end);
    const middle = long && next >= 0 && next < unit.end && words(text.slice(verb.end, next)) <= PARENTHESIS_WORDS;
    for (let comma = this.lastComma(unit.start, verb.start); comma >= 0; comma = this.lastComma(unit.start, comma)) {
      if (words(text.slice(comma + 1, verb.start)) > TAIL_WORDS) return undefined;
      // "…, said X" — but not "Her rival, Tom Becker, wants …" (a stance never comes before its subject), nor after a bare name.
      const after = !/\p{L}/u.test(text.slice(comma + 1, verb.start)) && !verb.attitude && !this.nameBefore(unit, comma);
      if (long && !after && !middle) return undefined;
      const attributed = this.finder.attributeTo(verb, comma + 1, unit.end, after);
      const content = middle && !after ? trim(text, unit.start, unit.end) : trim(text, unit.start, comma);
      if (attributed) return this.clause(content, attributed, verb);
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
    // "Ruth Ames, who said last week that …, will run again": a relative clause's report ends at its comma.
    const relative = /,\s*(?:who|which)\s+(?:[\p{L}]+\s+){0,2}$/u.test(text.slice(Math.max(unit.start, verb.start - 30), verb.start));
    const end = relative ? this.nextComma(verb.end, unit.end) : unit.end;
    return this.clause(trim(text, verb.end, end), attributed, verb);
  }

  /** "…, Tom Becker, said": the words between the comma at `comma` and the one before it are a name on their own. */
  private nameBefore(unit: Span, comma: number): boolean {
    const prev = this.lastComma(unit.start, comma);
    return prev >= 0 && this.finder.nameOf(prev + 1, comma) !== undefined && words(this.text.slice(prev + 1, comma)) <= 4;
  }

  /** The first comma outside quote marks in [from, to), or `to`. */
  private nextComma(from: number, to: number): number {
    for (let i = from; i < to; i++) if (this.text[i] === ',' && !this.inStretch(i)) return i;
    return to;
  }

  /**
   * "Clinton camp: Trump's plan threatens security" / "FALLIN: Well, I think …": a headline or a
   * transcript line that opens with who speaks and a colon; the rest of the line is what they say.
   */
  private colonLine(unit: Span): ReportedClause | undefined {
    const { text } = this;
    if (unit.start > 0 && text[unit.start - 1] !== '\n') return undefined;
    const m = COLON_LINE.exec(text.slice(unit.start, Math.min(unit.end, unit.start + 80)));
    const label = m?.[1] ?? '';
    if (!m || NOT_SPEAKER_LABELS.test(label) || words(label) > 6) return undefined;
    const who = label.replace(/\s+to\s+.*$/iu, ''); // "Obama to Asians worried about the vote: …"
    const colon = unit.start + label.length;
    const lineEnd = text.indexOf('\n', colon);
    const content = trim(text, colon + 1, lineEnd < 0 ? text.length : lineEnd);
    // A transcript's speaker is in capitals ("KATE BOULDUAN:"); a headline's is a name ("Clinton camp:"), never a place or a topic.
    // A transcript's speakers speak more than once: "BOOM:" or "EMAIL:" heading one line is not one.
    const transcript = /^\p{Lu}[\p{Lu}.'’\- ]+$/u.test(who) && words(who) <= 3 && this.linesOpenedBy(who) > 1;
    const speaker = transcript
      ? { start: unit.start, end: unit.start + who.length, name: who, via: 'x-said' as const }
      : this.finder.nameOf(unit.start, unit.start + who.length);
    return speaker && this.clause(content, { speaker, cue: { start: colon, end: colon + 1, text: ':' } });
  }

  private readonly lineHeads = new Map<string, number>();
  /** How many lines open with `label` and a colon. */
  private linesOpenedBy(label: string): number {
    let n = this.lineHeads.get(label);
    if (n === undefined) {
      n = this.text.split(`\n${label}:`).length - 1 + (this.text.startsWith(`${label}:`) ? 1 : 0);
      this.lineHeads.set(label, n);
    }
    return n;
  }

  /**
   * A sentence no listed verb reports, without quote marks, holding a word the annotators of
   * PolNeAR train mostly marked as a cue ("slams", "backs", "expected"): the words after it are
   * the stance — or, when it ends the sentence after a comma, the words before the comma.
   */
  private learned(unit: Span): ReportedClause | undefined {
    const { text } = this;
    if (this.holdsStretch(unit)) return undefined;
    const cue = strongestCue(text, unit.start, unit.end);
    if (!cue) return undefined;
    const verb: SpeechVerb = { start: cue.start, end: cue.end, verb: text.slice(cue.start, cue.end), naming: false, attitude: true };
    const tail = words(text.slice(cue.end, unit.end)) <= TAIL_WORDS_LEARNED;
    const comma = tail ? this.lastComma(unit.start, cue.start) : -1;
    // "Donald Trump spoke in Ohio": a cue ending its sentence reports the clause before its comma, and only that.
    if (tail && comma < 0) return undefined;
    const content = tail ? trim(text, unit.start, comma >= 0 ? comma : cue.start) : trim(text, cue.end, unit.end);
    if (words(text.slice(content.start, content.end)) < MIN_STANCE_WORDS) return undefined;
    const attributed = this.finder.attributeTo(verb, Math.max(unit.start, comma + 1), cue.start, false);
    return attributed ? { content, attributed } : { content, cue: { start: cue.start, end: cue.end, text: verb.verb } };
  }

  /** The reported clause of each unit that has one, in text order. */
  findAll(units: readonly Span[]): ReportedClause[] {
    const found: ReportedClause[] = [];
    for (const unit of units) {
      const according = this.colonLine(unit) ?? this.according(unit);
      if (according) {
        found.push(according);
        continue;
      }
      // Several reports in one sentence ("X, who said …, argued that …"), none inside another's content or attribution.
      const inUnit: ReportedClause[] = [];
      for (const verb of this.verbsIn(unit.start, unit.end)) {
        if (inUnit.some((c) => verb.start < c.content.end)) continue;
        const clause = this.tail(unit, verb) ?? this.head(unit, verb);
        if (clause && !inUnit.some((c) => clause.content.start < c.content.end)) inUnit.push(clause);
      }
      const learned = inUnit.length ? undefined : this.learned(unit);
      found.push(...(learned ? [learned] : inUnit));
    }
    return found;
  }
}
