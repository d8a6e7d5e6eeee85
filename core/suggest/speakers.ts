// Says who spoke each direct quote, from the sentence around it and the ones before: "…," said X;
// "…," X said; X told reporters that "…"; according to X, …; "…," he said (the last person named);
// "…," the statement says / the ministry said (the body named earlier); and, for a quote with no
// cue of its own, the speaker of the quote just before it or the person the paragraph is about.
// The result names the speaker in full and points at the words in the text that name them. Where the attribution is
// is found here; whom its subject names, in referents.ts.

import { findClauseSubject, verbAfterSubject } from './clause-subject.js';
import { ArticlePlaces, wordCount, type SpeakerInputs } from './article-places.js';
import { canSpeak, Referents, type Found } from './referents.js';
import { findAccordingTo, findSpeechVerbs, namesListener, type SpeechVerb } from './speech-verbs.js';
import type { Cue, Span, Speaker } from './types.js';

/** Who said a quote and, when the attribution has one, the words that report it. */
export interface Attributed {
  speaker: Speaker;
  cue?: Cue;
}

/** How many words may stand between a closing mark and the verb of "…," the Kremlin underscored. */
const TAIL_WORDS = 8;
/** "“…,” Jeb Bush, the former governor of Florida and a candidate, told CNN": how long the name and its appositive may be. */
const APPOSITIVE_WORDS = 30;

/** Finds speakers for direct quotes; one call per article, quotes in text order. */
export class SpeakerFinder {
  private readonly places: ArticlePlaces;
  private readonly who: Referents;

  constructor(input: SpeakerInputs) {
    this.places = new ArticlePlaces(input);
    this.who = new Referents(this.places);
  }

  /** Speakers for `quotes` (sorted, non-overlapping), each resolved with the ones before it. */
  findAll(quotes: readonly Span[]): (Attributed | undefined)[] {
    const speakers: (Attributed | undefined)[] = [];
    quotes.forEach((quote, i) => {
      const cued = this.fromCue(quote) ?? this.sentenceSubject(quote);
      if (cued) {
        speakers.push(cued);
        return;
      }
      const prev = quotes[i - 1];
      const prevSpeaker = speakers[i - 1];
      const continued = this.continuation(quote, prev && prevSpeaker ? { quote: prev, speaker: prevSpeaker.speaker } : undefined);
      // "…, adding, “…”" / "“…,” he went on, adding": a cue without a subject of its own.
      const verb = continued && this.bareCue(quote);
      speakers.push(continued && verb ? { ...continued, cue: { start: verb.start, end: verb.end, text: verb.verb } } : continued);
    });
    return speakers;
  }

  /**
   * "On Monday, Trump groused to a crowd that CNN “doesn't treat me properly”": a quote inside a
   * clause whose subject (a name, a pronoun, a description) heads it, followed by a verb before the
   * quote — whatever the verb, it is the cue, unless a speech verb stands between it and the quote.
   */
  private sentenceSubject(quote: Span): Attributed | undefined {
    const { text } = this.places;
    const sentence = this.places.sentenceAt(quote.start);
    // "Beck, who has in the past described Trump as “…”": a relative clause that runs up to the quote.
    const head = text.slice(sentence.start, quote.start);
    const relative = head.includes(', wh') || head.includes(',wh') ? this.relativeClause(sentence.start, quote.start) : undefined;
    if (relative && !/[,;:]/u.test(text.slice(relative.verb.end, quote.start))) {
      const speech = findSpeechVerbs(text, relative.verb.start, quote.start).pop();
      return this.speaker(relative.found, speech ?? { ...relative.verb, verb: text.slice(relative.verb.start, relative.verb.end), naming: false });
    }
    const subject = findClauseSubject(text, sentence.start, quote.start, this.places.mentionsIn(sentence.start, quote.start));
    const found = subject && this.who.subjectFound(subject);
    if (!subject || !found) return undefined;
    const speech = findSpeechVerbs(text, subject.verb.start, quote.start).pop();
    return this.speaker(found, speech ?? { ...subject.verb, verb: text.slice(subject.verb.start, subject.verb.end), naming: false });
  }

  /**
   * "…, saying", "… and called it “…”", "by telling": a participle or second verb whose subject is
   * the one heading the clause, not the day, place or object named between them.
   */
  private governedBy(sentence: Span, verb: SpeechVerb): Found | undefined {
    const { text } = this.places;
    // "Bret Stephens, who, after trading insults with Mr. Hannity, said …": the relative pronoun.
    const head = text.slice(sentence.start, verb.start);
    const relative = head.includes(', wh') || head.includes(',wh') ? this.relativeClause(sentence.start, verb.end) : undefined;
    if (relative?.verb.start === verb.start) return relative.found;
    const before = head.slice(-12);
    const participle = verb.verb.endsWith('ing') && /(?:,|\bby|\bwhile|\bbefore|\bafter|\bwhen)\s*$/iu.test(before);
    if (!participle && !/\band\s+$/iu.test(before)) return undefined;
    const subject = findClauseSubject(text, sentence.start, verb.start, this.places.mentionsIn(sentence.start, verb.start));
    return subject && subject.verb.start < verb.start ? this.who.subjectFound(subject) : undefined;
  }

  /**
   * The speaker of a reported clause whose cue is `verb`: the subject before the verb (looked for
   * from `from`), or, for "…, said X", after it up to `to`.
   */
  attributeTo(verb: SpeechVerb, from: number, to: number, after: boolean): Attributed | undefined {
    if (after && namesListener(verb)) return undefined;
    const found = after ? this.who.subjectAfter(verb.end, to) : (this.governedBy(this.places.sentenceAt(verb.start), verb) ?? this.who.subjectBefore(from, verb.start));
    return found && this.speaker(found, verb);
  }

  /** The person or body named by the whole of text[from, to) ("Bernie Sanders", "Clinton camp"), as a speaker. */
  nameOf(from: number, to: number): Speaker | undefined {
    const { text } = this.places;
    const m = this.places.mentionsIn(from, to).find((x) => (x.kind === 'person' || x.kind === 'org') && !/\p{L}/u.test(text.slice(from, x.start)));
    if (!m || wordCount(text.slice(m.end, to)) > 1) return undefined;
    return { start: m.start, end: m.end, name: m.name, via: 'x-said' };
  }

  /** "according to X" between `according.end` and `to`. */
  accordingTo(according: Span, to: number): Attributed | undefined {
    const { text } = this.places;
    const found = this.who.subjectAfter(according.end, to);
    return found && this.speaker({ ...found, via: 'according-to' }, { ...according, verb: text.slice(according.start, according.end), naming: false });
  }

  /** A speech verb right before or after the quote in its sentence, whether or not it has a subject. */
  private bareCue(quote: Span): SpeechVerb | undefined {
    const { text } = this.places;
    const before = this.places.sentenceAt(quote.start);
    const head = findSpeechVerbs(text, Math.max(before.start, quote.start - 60), quote.start).pop();
    if (head && wordCount(text.slice(head.end, quote.start)) <= 3) return head;
    const after = this.places.sentenceAt(quote.end - 1);
    const tail = findSpeechVerbs(text, quote.end, Math.min(after.end, quote.end + 60))[0];
    return tail && wordCount(text.slice(quote.end, tail.start)) <= 3 ? tail : undefined;
  }

  private fromCue(quote: Span): Attributed | undefined {
    return this.fromTail(quote) ?? this.fromHead(quote) ?? this.colonName(quote) ?? this.colonLead(quote);
  }

  /** "…," said X  /  "…," X said  — the attribution after the closing mark. */
  private fromTail(quote: Span): Attributed | undefined {
    const { text } = this.places;
    const sentence = this.places.sentenceAt(quote.end - 1);
    // "“Is Obama profiling?” Trump asked.": a quote ending in its own stop leaves the attribution to the next sentence.
    const i = this.places.sentenceIndex(quote.end - 1);
    const following = sentence.end <= quote.end ? this.places.sentences[i + 1] : undefined;
    const sentenceEnd = following && !text.slice(quote.end, following.start).includes('\n') ? following.end : sentence.end;
    const next = this.places.stretches[this.places.stretchIndex(quote.start) + 1];
    const end = Math.min(sentenceEnd, next ? next.start : text.length);
    const verb = findSpeechVerbs(text, quote.end, end)[0];
    if (!verb) return this.tailSubject(quote, end);
    if (wordCount(text.slice(quote.end, verb.start)) > TAIL_WORDS) {
      // "“…,” Jeb Bush, the former Florida governor and a candidate, told CNN.": the name right after the quote, then its appositive.
      const named = this.nameOf(quote.end, text.indexOf(',', quote.end + 1));
      const appositive = named && wordCount(text.slice(quote.end, verb.start)) <= APPOSITIVE_WORDS && /,\s*$/u.test(text.slice(quote.end, verb.start));
      return appositive ? { speaker: named, cue: { start: verb.start, end: verb.end, text: verb.verb } } : this.tailSubject(quote, end);
    }
    const before = /\p{L}/u.test(text.slice(quote.end, verb.start));
    if (!before && namesListener(verb)) return undefined;
    const found = before ? this.who.subjectBefore(quote.end, verb.start) : this.who.subjectAfter(verb.end, end);
    return found ? this.speaker(found, verb) : this.tailSubject(quote, end);
  }

  /**
   * "“…,” Trump shot back." / "“…,” an angry Hollande retaliated": after a quote that ends in a
   * comma, question or exclamation mark, a name, pronoun or description right after it and then
   * any verb — the verb is the cue.
   */
  private tailSubject(quote: Span, end: number): Attributed | undefined {
    const { text } = this.places;
    if (!/[,?!—–\-]\s*(?:''|["”»’])$/u.test(text.slice(Math.max(quote.start, quote.end - 5), quote.end))) return undefined;
    const subject = findClauseSubject(text, quote.end, end, this.places.mentionsIn(quote.end, end));
    if (!subject || wordCount(text.slice(quote.end, subject.span.start)) > 2) return undefined;
    const found = this.who.subjectFound(subject);
    return found && this.speaker(found, { ...subject.verb, verb: text.slice(subject.verb.start, subject.verb.end), naming: false });
  }

  /** "Carl Bialik: “One of the biggest lessons …”": a name and a colon right before the quote (no cue words). */
  private colonName(quote: Span): Attributed | undefined {
    const { text } = this.places;
    const colon = /:\s*$/u.exec(text.slice(Math.max(0, quote.start - 4), quote.start));
    if (!colon) return undefined;
    const at = quote.start - colon[0].length;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const m = this.places.mentionsIn(Math.max(lineStart, at - 80), at).filter((x) => canSpeak(x) && x.kind !== 'unknown' && !/\S/u.test(text.slice(x.end, at))).pop();
    return m && this.speaker(this.who.named(m, 'x-said'));
  }

  /** X said: "…"  /  X told reporters that "…"  /  According to X, … "…". */
  private fromHead(quote: Span): Attributed | undefined {
    const { text } = this.places;
    const sentence = this.places.sentenceAt(quote.start);
    const prev = this.places.stretches[this.places.stretchIndex(quote.start) - 1];
    const start = Math.max(sentence.start, prev ? prev.end : 0);
    for (const verb of findSpeechVerbs(text, start, quote.start).reverse()) {
      const found = this.governedBy(sentence, verb) ?? this.who.subjectBefore(start, verb.start);
      if (found) return this.speaker(found, verb);
    }
    const according = findAccordingTo(text, start, quote.start)[0];
    if (according) {
      const comma = text.indexOf(',', according.end);
      const found = this.who.subjectAfter(according.end, comma > 0 && comma < quote.start ? comma : quote.start);
      if (found) return this.speaker({ ...found, via: 'according-to' }, { ...according, verb: text.slice(according.start, according.end), naming: false });
    }
    return undefined;
  }

  /** No cue: the previous quote's speaker (same or previous paragraph), else the person last named. */
  private continuation(quote: Span, prev: { quote: Span; speaker: Speaker } | undefined): Attributed | undefined {
    const paragraph = this.places.paragraphOf(quote.start);
    if (prev && paragraph - this.places.paragraphOf(prev.quote.end - 1) <= 1) {
      const { name, start, end } = prev.speaker;
      return { speaker: { name, start, end, via: 'continuation' } };
    }
    const person = this.places.lastMention(quote.start, (m) => m.kind === 'person');
    if (person && paragraph - this.places.paragraphOf(person.start) <= 1) return this.speaker(this.who.named(person, 'continuation'));
    return undefined;
  }

  /** The last ", who …" / ", which …" in text[from, to) with the verb of its clause. */
  private relativeClause(from: number, to: number): { found: Found; verb: Span } | undefined {
    const { text } = this.places;
    const last = [...text.slice(from, to).matchAll(/,\s*(who|which)\b/giu)].pop();
    if (!last?.[1]) return undefined;
    const at = from + last.index + last[0].length - last[1].length;
    const verb = verbAfterSubject(text, at + last[1].length, to);
    const found = verb && this.who.relative(from, at, last[1]);
    return found && verb ? { found, verb } : undefined;
  }

  /** "Breitbart News responded:¶¶“…”": a quote opening the paragraph after one that ends in a colon. */
  private colonLead(quote: Span): Attributed | undefined {
    const { text } = this.places;
    const gap = /:[ \t]*\n\s*$/u.exec(text.slice(Math.max(0, quote.start - 12), quote.start));
    if (!gap) return undefined;
    const colon = quote.start - gap[0].length;
    const sentence = this.places.sentenceAt(colon);
    for (const verb of findSpeechVerbs(text, sentence.start, colon).reverse()) {
      const found = this.governedBy(sentence, verb) ?? this.who.subjectBefore(sentence.start, verb.start);
      if (found) return this.speaker(found, verb);
    }
    const subject = findClauseSubject(text, sentence.start, colon, this.places.mentionsIn(sentence.start, colon));
    const found = subject && this.who.subjectFound(subject);
    return subject && found ? this.speaker(found, { ...subject.verb, verb: text.slice(subject.verb.start, subject.verb.end), naming: false }) : undefined;
  }

  private speaker(found: Found, verb?: SpeechVerb): Attributed {
    const speaker: Speaker = { name: found.name, start: found.span.start, end: found.span.end, via: found.via };
    return verb ? { speaker, cue: { start: verb.start, end: verb.end, text: verb.verb } } : { speaker };
  }
}
