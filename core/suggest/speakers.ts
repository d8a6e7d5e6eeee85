// Says who spoke each direct quote, from the sentence around it and the ones before: "…," said X;
// "…," X said; X told reporters that "…"; according to X, …; "…," he said (the last person named);
// "…," the statement says / the ministry said (the body named earlier); and, for a quote with no
// cue of its own, the speaker of the quote just before it or the person the paragraph is about.
// The result names the speaker in full and points at the words in the text that name them.

import { findClauseSubject, verbAfterSubject, type ClauseSubject } from './clause-subject.js';
import { agrees, genderOf } from './gender.js';
import type { Mention } from './names.js';
import type { QuotedStretch } from './quote-marks.js';
import { findAccordingTo, findSpeechVerbs, namesListener, type SpeechVerb } from './speech-verbs.js';
import type { Cue, Span, Speaker, SpeakerVia } from './types.js';

/** Who said a quote and, when the attribution has one, the words that report it. */
export interface Attributed {
  speaker: Speaker;
  cue?: Cue;
}

/** Nouns that refer back to an organisation named earlier: "the ministry said". */
const BODY_NOUNS = new Set(
  `statement company firm utility ministry agency office bank union council government group party
  club report study institute court department commission authority authorities organisation
  organization fund alliance campaign regulator federation association administration kremlin
  committee center centre service police army operator team network airline retailer lender insurer
  chain body charity board spokesperson`.split(/\s+/u),
);

/** Nouns that refer back to a person named earlier: "the minister said", "the Green politician told". */
const ROLE_NOUNS = new Set(
  `minister president politician official spokesman spokeswoman chancellor governor senator
  executive economist analyst judge ambassador chairman chairwoman chair director leader premier
  mayor secretary chief prosecutor lawyer barrister coach manager founder author researcher scientist
  professor doctor diplomat envoy lawmaker deputy head officer commissioner administrator chef critic
  campaigner activist organizer organiser teacher nurse investor farmer resident owner woman man
  businessman businesswoman billionaire tycoon mogul candidate nominee front-runner frontrunner host
  anchor congressman congresswoman pastor justice attorney adviser advisor aide strategist pollster
  columnist journalist reporter commentator star actor actress singer comedian veteran`.split(/\s+/u),
);

const PRONOUNS = new Set(['he', 'she']);
/** Auxiliaries and adverbs between a subject and its speech verb: "he later said", "She has also argued". */
const ADVERBS_BEFORE_VERB =
  /(?<=\p{L})(?:\s+(?:also|then|later|again|once|further|finally|repeatedly|previously|recently|now|still|even|never|often|just|has|have|had|would|will|did|does|do|is|was|were|are|could|can|may|might|should|not|\p{Ll}{2,}ly))+$/u;
/** How many words may stand between a closing mark and the verb of "…," the Kremlin underscored. */
const TAIL_WORDS = 8;
/** "“…,” Jeb Bush, the former governor of Florida and a candidate, told CNN": how long the name and its appositive may be. */
const APPOSITIVE_WORDS = 30;
/** A subject written out without a name ("Opposition councillors") may be this long. */
const UNNAMED_WORDS = 8;
/** How far back (UTF-16 units, about three paragraphs) "she" looks for a woman before any unknown person will do. */
const SHE_REACH = 1500;
/** How many sentences back "he said" may look for a speaker who was not named. */
const UNNAMED_LOOKBACK = 3;

interface Found {
  span: Span;
  name: string;
  via: SpeakerVia;
}

export interface SpeakerInputs {
  text: string;
  sentences: readonly Span[];
  /** Every quoted stretch, direct quotes and scare quotes alike. */
  stretches: readonly QuotedStretch[];
  mentions: readonly Mention[];
}

/** Index of the last of `sorted` that is <= at (0 when none is). */
function lastAtOrBefore(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sorted[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Words that never begin a speaker's description: prepositions, conjunctions, wh-words, adverbs. */
const NOT_FIRST = new Set(
  `of for to in on at by with from about into over after before what which who whom whose why how
  when where while however but and or so then if though although because since also yet still
  it this that these there here they we i you one was is are were did does do had has have be been
  not even just only as than more most very well now today yesterday later earlier again`.split(/\s+/u),
);
/** Verb forms that show a phrase is a clause, not a noun phrase naming someone. */
const CLAUSE_WORDS = new Set(
  `was were is are am did does do had has have been be being would could should will shall may might
  must can quoted not also never did n't`.split(/\s+/u),
);

/** "A friend who drives", "Opposition councillors" — not "What", "However", "He did", "of State". */
export function isNounPhrase(phrase: string): boolean {
  const words = phrase.toLowerCase().match(/[\p{L}\p{N}'’\-]+/gu) ?? [];
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (!/\p{L}/u.test(first) || NOT_FIRST.has(first) || /ly$/u.test(last) || NOT_FIRST.has(last)) return false;
  const relative = words.findIndex((w) => w === 'who' || w === 'which' || w === 'that');
  const head = relative > 0 ? words.slice(0, relative) : words;
  return !head.some((w) => CLAUSE_WORDS.has(w)) && !/^\p{Ll}+ed$/u.test(first);
}

/** Where the words after "said" stop naming the speaker: a comma, a colon, a full stop that is not "Mr." or "F.". */
const CLAUSE_END = /[,;:]|(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Rev|Prof|St|Jr|Sr|\p{Lu}))\./u;

/** "the staff letter", "The piece", "a statement": what "it said" may refer to when no organisation was named. */
const DOCUMENT_PHRASE =
  /\b(?:the|a|an|its|their|his|her)\s+(?:[\p{L}\-]+\s+){0,2}?(?:letter|statement|report|paper|piece|editorial|memo|email|e-mail|tweet|ad|advertisement|sign|study|survey|poll|book|article|column|filing|complaint|lawsuit|document|website|campaign|group|company|committee|agency|organization|organisation|network|newspaper|magazine)\b/giu;

/** `s` without what `end` (anchored at $) matches in its last 100 characters: a $-anchored regex tried over a whole sentence is slow. */
function stripEnd(s: string, end: RegExp): string {
  const cut = Math.max(0, s.length - 100);
  return s.slice(0, cut) + s.slice(cut).replace(end, '');
}

/** A mention that may be the subject of a verb: not a possessive ("Russia's"), not a place or a day ("Saturday"). */
const canSpeak = (m: Mention) => !m.possessive && m.kind !== 'place';

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Finds speakers for direct quotes; one call per article, quotes in text order. */
export class SpeakerFinder {
  private readonly lineStarts: number[] = [0];
  /** For each line, how many lines with text come before it: articles put a paragraph on a line. */
  private readonly paragraphOfLine: number[] = [0];

  private readonly sentenceStarts: number[];
  private readonly mentionStarts: number[];
  private readonly stretchStarts: number[];

  constructor(private readonly input: SpeakerInputs) {
    const { text } = input;
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
    const { text } = this.input;
    const sentence = this.sentenceAt(quote.start);
    // "Beck, who has in the past described Trump as “…”": a relative clause that runs up to the quote.
    const head = text.slice(sentence.start, quote.start);
    const relative = head.includes(', wh') || head.includes(',wh') ? this.relativeClause(sentence.start, quote.start) : undefined;
    if (relative && !/[,;:]/u.test(text.slice(relative.verb.end, quote.start))) {
      const speech = findSpeechVerbs(text, relative.verb.start, quote.start).pop();
      return this.speaker(relative.found, speech ?? { ...relative.verb, verb: text.slice(relative.verb.start, relative.verb.end), naming: false });
    }
    const subject = findClauseSubject(text, sentence.start, quote.start, this.mentionsIn(sentence.start, quote.start));
    const found = subject && this.subjectFound(subject);
    if (!subject || !found) return undefined;
    const speech = findSpeechVerbs(text, subject.verb.start, quote.start).pop();
    return this.speaker(found, speech ?? { ...subject.verb, verb: text.slice(subject.verb.start, subject.verb.end), naming: false });
  }

  /** A clause subject as a speaker: the person a pronoun refers to, the name, what a description refers to. */
  private subjectFound(subject: ClauseSubject): Found | undefined {
    const { text } = this.input;
    const { start, end } = subject.span;
    if (subject.kind === 'named' && subject.mention) return this.named(subject.mention, 'x-said');
    if (subject.kind === 'pronoun') {
      const word = text.slice(start, end);
      return PRONOUNS.has(word.toLowerCase()) ? this.pronoun(start, word) : this.groupPronoun(start, word);
    }
    // "an angry Hollande": a description ending in a name is that name.
    const name = this.mentionsIn(start, end).find((m) => m.end === end && canSpeak(m));
    return name ? this.named(name, 'x-said') : (this.referringPhrase(start, end) ?? this.unnamed(start, end));
  }

  /**
   * "…, saying", "… and called it “…”", "by telling": a participle or second verb whose subject is
   * the one heading the clause, not the day, place or object named between them.
   */
  private governedBy(sentence: Span, verb: SpeechVerb): Found | undefined {
    const { text } = this.input;
    // "Bret Stephens, who, after trading insults with Mr. Hannity, said …": the relative pronoun.
    const head = text.slice(sentence.start, verb.start);
    const relative = head.includes(', wh') || head.includes(',wh') ? this.relativeClause(sentence.start, verb.end) : undefined;
    if (relative?.verb.start === verb.start) return relative.found;
    const before = head.slice(-12);
    const participle = verb.verb.endsWith('ing') && /(?:,|\bby|\bwhile|\bbefore|\bafter|\bwhen)\s*$/iu.test(before);
    if (!participle && !/\band\s+$/iu.test(before)) return undefined;
    const subject = findClauseSubject(text, sentence.start, verb.start, this.mentionsIn(sentence.start, verb.start));
    return subject && subject.verb.start < verb.start ? this.subjectFound(subject) : undefined;
  }

  /**
   * The speaker of a reported clause whose cue is `verb`: the subject before the verb (looked for
   * from `from`), or, for "…, said X", after it up to `to`.
   */
  attributeTo(verb: SpeechVerb, from: number, to: number, after: boolean): Attributed | undefined {
    if (after && namesListener(verb)) return undefined;
    const found = after ? this.subjectAfter(verb.end, to) : (this.governedBy(this.sentenceAt(verb.start), verb) ?? this.subjectBefore(from, verb.start));
    return found && this.speaker(found, verb);
  }

  /** The person or body named by the whole of text[from, to) ("Bernie Sanders", "Clinton camp"), as a speaker. */
  nameOf(from: number, to: number): Speaker | undefined {
    const { text } = this.input;
    const m = this.mentionsIn(from, to).find((x) => (x.kind === 'person' || x.kind === 'org') && !/\p{L}/u.test(text.slice(from, x.start)));
    if (!m || wordCount(text.slice(m.end, to)) > 1) return undefined;
    return { start: m.start, end: m.end, name: m.name, via: 'x-said' };
  }

  /** "according to X" between `according.end` and `to`. */
  accordingTo(according: Span, to: number): Attributed | undefined {
    const { text } = this.input;
    const found = this.subjectAfter(according.end, to);
    return found && this.speaker({ ...found, via: 'according-to' }, { ...according, verb: text.slice(according.start, according.end), naming: false });
  }

  /** A speech verb right before or after the quote in its sentence, whether or not it has a subject. */
  private bareCue(quote: Span): SpeechVerb | undefined {
    const { text } = this.input;
    const before = this.sentenceAt(quote.start);
    const head = findSpeechVerbs(text, Math.max(before.start, quote.start - 60), quote.start).pop();
    if (head && wordCount(text.slice(head.end, quote.start)) <= 3) return head;
    const after = this.sentenceAt(quote.end - 1);
    const tail = findSpeechVerbs(text, quote.end, Math.min(after.end, quote.end + 60))[0];
    return tail && wordCount(text.slice(quote.end, tail.start)) <= 3 ? tail : undefined;
  }

  private fromCue(quote: Span): Attributed | undefined {
    return this.fromTail(quote) ?? this.fromHead(quote) ?? this.colonName(quote) ?? this.colonLead(quote);
  }

  /** "…," said X  /  "…," X said  — the attribution after the closing mark. */
  private fromTail(quote: Span): Attributed | undefined {
    const { text } = this.input;
    const sentence = this.sentenceAt(quote.end - 1);
    // "“Is Obama profiling?” Trump asked.": a quote ending in its own stop leaves the attribution to the next sentence.
    const i = lastAtOrBefore(this.sentenceStarts, quote.end - 1);
    const following = sentence.end <= quote.end ? this.input.sentences[i + 1] : undefined;
    const sentenceEnd = following && !text.slice(quote.end, following.start).includes('\n') ? following.end : sentence.end;
    const next = this.input.stretches[lastAtOrBefore(this.stretchStarts, quote.start) + 1];
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
    const found = before ? this.subjectBefore(quote.end, verb.start) : this.subjectAfter(verb.end, end);
    return found ? this.speaker(found, verb) : this.tailSubject(quote, end);
  }

  /**
   * "“…,” Trump shot back." / "“…,” an angry Hollande retaliated": after a quote that ends in a
   * comma, question or exclamation mark, a name, pronoun or description right after it and then
   * any verb — the verb is the cue.
   */
  private tailSubject(quote: Span, end: number): Attributed | undefined {
    const { text } = this.input;
    if (!/[,?!—–\-]\s*(?:''|["”»’])$/u.test(text.slice(Math.max(quote.start, quote.end - 5), quote.end))) return undefined;
    const subject = findClauseSubject(text, quote.end, end, this.mentionsIn(quote.end, end));
    if (!subject || wordCount(text.slice(quote.end, subject.span.start)) > 2) return undefined;
    const found = this.subjectFound(subject);
    return found && this.speaker(found, { ...subject.verb, verb: text.slice(subject.verb.start, subject.verb.end), naming: false });
  }

  /** "Carl Bialik: “One of the biggest lessons …”": a name and a colon right before the quote (no cue words). */
  private colonName(quote: Span): Attributed | undefined {
    const { text } = this.input;
    const colon = /:\s*$/u.exec(text.slice(Math.max(0, quote.start - 4), quote.start));
    if (!colon) return undefined;
    const at = quote.start - colon[0].length;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const m = this.mentionsIn(Math.max(lineStart, at - 80), at).filter((x) => canSpeak(x) && x.kind !== 'unknown' && !/\S/u.test(text.slice(x.end, at))).pop();
    return m && this.speaker(this.named(m, 'x-said'));
  }

  /** X said: "…"  /  X told reporters that "…"  /  According to X, … "…". */
  private fromHead(quote: Span): Attributed | undefined {
    const { text } = this.input;
    const sentence = this.sentenceAt(quote.start);
    const prev = this.input.stretches[lastAtOrBefore(this.stretchStarts, quote.start) - 1];
    const start = Math.max(sentence.start, prev ? prev.end : 0);
    for (const verb of findSpeechVerbs(text, start, quote.start).reverse()) {
      const found = this.governedBy(sentence, verb) ?? this.subjectBefore(start, verb.start);
      if (found) return this.speaker(found, verb);
    }
    const according = findAccordingTo(text, start, quote.start)[0];
    if (according) {
      const comma = text.indexOf(',', according.end);
      const found = this.subjectAfter(according.end, comma > 0 && comma < quote.start ? comma : quote.start);
      if (found) return this.speaker({ ...found, via: 'according-to' }, { ...according, verb: text.slice(according.start, according.end), naming: false });
    }
    return undefined;
  }

  /** No cue: the previous quote's speaker (same or previous paragraph), else the person last named. */
  private continuation(quote: Span, prev: { quote: Span; speaker: Speaker } | undefined): Attributed | undefined {
    const paragraph = this.paragraphOf(quote.start);
    if (prev && paragraph - this.paragraphOf(prev.quote.end - 1) <= 1) {
      const { name, start, end } = prev.speaker;
      return { speaker: { name, start, end, via: 'continuation' } };
    }
    const person = this.lastMention(quote.start, (m) => m.kind === 'person');
    if (person && paragraph - this.paragraphOf(person.start) <= 1) return this.speaker(this.named(person, 'continuation'));
    return undefined;
  }

  /** The subject in text[from, to) of a speech verb at `to`. */
  private subjectBefore(from: number, to: number): Found | undefined {
    const { text } = this.input;
    const segment = text.slice(from, to);
    // "he later said", "She then added", "Trump has also repeatedly claimed": the adverbs and auxiliaries go.
    // "Sen. Elizabeth Warren (D-MA) said": the party and state go too.
    const trimmed = stripEnd(stripEnd(stripEnd(segment, /[\s"“”„«»]+$/u), ADVERBS_BEFORE_VERB), /\s*\([^()]{1,12}\)$/u);
    const end = from + trimmed.length;
    const lastWord = /([\p{L}'’\-]+)$/u.exec(trimmed)?.[1] ?? '';
    if (PRONOUNS.has(lastWord.toLowerCase())) return this.pronoun(end - lastWord.length, lastWord);
    if (/^(?:they|it)$/iu.test(lastWord)) return this.groupPronoun(end - lastWord.length, lastWord);
    if (/^(?:who|which|that)$/iu.test(lastWord)) return this.relative(from, end - lastWord.length, lastWord);
    if (trimmed.endsWith(',')) return this.appositive(from, end);
    const atEnd = this.mentionsIn(from, end).filter((m) => canSpeak(m) && !/\S/u.test(text.slice(m.end, end))).pop();
    if (atEnd) return this.named(atEnd, 'x-said');
    const referring = this.referringPhrase(from, end);
    if (referring) return referring;
    const clauseStart = from + Math.max(trimmed.lastIndexOf(','), trimmed.lastIndexOf(';'), trimmed.lastIndexOf(':')) + 1;
    const subject = this.mentionsIn(clauseStart, end).find(canSpeak);
    if (subject) return this.named(subject, 'x-said');
    return this.unnamed(clauseStart, end);
  }

  /** The subject after a speech verb: "said Carsten Brzeski, global head of …", "said he". */
  private subjectAfter(from: number, to: number): Found | undefined {
    const { text } = this.input;
    const comma = text.slice(from, to).search(CLAUSE_END);
    const end = comma >= 0 ? from + comma : to;
    const first = /^\s*([\p{L}'’\-]+)/u.exec(text.slice(from, end));
    if (first && PRONOUNS.has((first[1] ?? '').toLowerCase())) {
      const at = from + (first.index ?? 0) + first[0].length - (first[1] ?? '').length;
      return this.pronoun(at, first[1] ?? '');
    }
    // "said on Monday", "said in Ohio": a day or a place is not who spoke.
    const mentions = this.mentionsIn(from, end).filter((m) => !m.possessive && m.kind !== 'place');
    const best = mentions.find((m) => m.kind === 'person') ?? mentions[0];
    if (best) return this.named(best, 'said-x');
    return this.referringPhrase(from, end, 'said-x') ?? this.unnamed(from, end);
  }

  /** "Its director, Robert Chote, said" / "Congress leader Sachin Pilot, who …, said". */
  private appositive(from: number, end: number): Found | undefined {
    const { text } = this.input;
    const relative = [...text.slice(from, end).matchAll(/,\s*(?:who|which|whose|where|that)\b[^,]*/gu)].map((m) => ({
      start: from + m.index,
      end: from + m.index + m[0].length,
    }));
    const open = this.mentionsIn(from, end).filter((m) => canSpeak(m) && !relative.some((r) => m.start >= r.start && m.end <= r.end));
    const pick = [...open].reverse().find((m) => m.kind === 'person') ?? [...open].reverse().find((m) => m.kind === 'org') ?? open[0];
    if (pick) return this.named(pick, 'x-said');
    const firstComma = text.indexOf(',', from);
    return this.referringPhrase(from, firstComma) ?? this.unnamed(from, firstComma);
  }

  /** "the statement", "the ministry", "its director", "the Green politician", "Gazprom's statement". */
  private referringPhrase(from: number, end: number, via?: SpeakerVia): Found | undefined {
    const { text } = this.input;
    const m = /(?:^|\s)(?:the|its|their|his|her|our)\s+(?:[\p{L}\-]+\s+){0,2}?([\p{L}\-]+)\s*$/iu.exec(text.slice(from, end))
      ?? /['’]s?\s+([\p{L}\-]+)\s*$/u.exec(text.slice(from, end));
    const noun = (m?.[1] ?? '').toLowerCase();
    if (!m || !noun) return undefined;
    const at = from + m.index;
    const phrase = { start: at + m[0].length - m[0].trimStart().length, end: from + m[0].length + m.index - (m[0].length - m[0].trimEnd().length) };
    const resolved = this.resolveReferring(from, end, at, noun, via);
    // The span is the phrase the attribution uses ("the ministry"); the name, what it refers to.
    return resolved && { ...resolved, span: phrase };
  }

  private resolveReferring(from: number, end: number, at: number, noun: string, via?: SpeakerVia): Found | undefined {
    const { text } = this.input;
    // "Philippe Martinez of the CGT union said": the phrase modifies the subject, it is not it.
    if (/\b(?:of|at|from|for|with|in)\s*$/iu.test(text.slice(from, at))) return undefined;
    const owner = this.mentionsIn(from, end).find((x) => x.possessive && x.end <= at + 2);
    if (owner && !/\s(?:the|its|their)\s/iu.test(text.slice(owner.end, end))) return this.named(owner, via ?? 'statement');
    if (noun === 'statement') return this.statementSource(at);
    if (BODY_NOUNS.has(noun)) {
      const body = this.lastMention(at, (x) => x.kind === 'org' && x.name.toLowerCase().includes(noun))
        ?? this.lastMention(at, (x) => x.kind === 'org');
      return body && this.named(body, via ?? 'statement');
    }
    if (ROLE_NOUNS.has(noun)) {
      const person = this.lastMention(at, (x) => x.kind === 'person' && x.title.includes(noun))
        ?? this.lastMention(at, (x) => x.kind === 'person');
      return person && this.named(person, via ?? 'pronoun');
    }
    return undefined;
  }

  /** "the statement says": whoever was last said to have made a statement, else the last body named. */
  private statementSource(before: number): Found | undefined {
    const { text } = this.input;
    for (let i = lastAtOrBefore(this.sentenceStarts, before); i >= 0; i--) {
      const sentence = this.input.sentences[i];
      if (!sentence || sentence.end > before) continue;
      const word = text.slice(sentence.start, sentence.end).search(/\bstatement\b/u);
      if (word < 0) continue;
      const verb = findSpeechVerbs(text, sentence.start, sentence.start + word).pop();
      const found = verb && this.subjectBefore(sentence.start, verb.start);
      if (found) return { ...found, via: 'statement' };
    }
    const body = this.lastMention(before, (m) => m.kind === 'org');
    return body && this.named(body, 'statement');
  }

  /** "Ruth Ames, who said …": the span is the relative pronoun, the name the person or body right before its comma. */
  private relative(from: number, at: number, word: string): Found | undefined {
    const { text } = this.input;
    const before = text.slice(from, at);
    if (!/,\s*$/u.test(before)) return undefined;
    const comma = from + before.lastIndexOf(',');
    const named = this.mentionsIn(from, comma).filter((m) => !m.possessive && !/\S/u.test(text.slice(m.end, comma))).pop();
    if (!named || (named.kind !== 'person' && named.kind !== 'org')) return undefined;
    return { ...this.named(named, 'pronoun'), span: { start: at, end: at + word.length } };
  }

  /** The last ", who …" / ", which …" in text[from, to) with the verb of its clause. */
  private relativeClause(from: number, to: number): { found: Found; verb: Span } | undefined {
    const { text } = this.input;
    const last = [...text.slice(from, to).matchAll(/,\s*(who|which)\b/giu)].pop();
    if (!last?.[1]) return undefined;
    const at = from + last.index + last[0].length - last[1].length;
    const verb = verbAfterSubject(text, at + last[1].length, to);
    const found = verb && this.relative(from, at, last[1]);
    return found && verb ? { found, verb } : undefined;
  }

  /** "Breitbart News responded:¶¶“…”": a quote opening the paragraph after one that ends in a colon. */
  private colonLead(quote: Span): Attributed | undefined {
    const { text } = this.input;
    const gap = /:[ \t]*\n\s*$/u.exec(text.slice(Math.max(0, quote.start - 12), quote.start));
    if (!gap) return undefined;
    const colon = quote.start - gap[0].length;
    const sentence = this.sentenceAt(colon);
    for (const verb of findSpeechVerbs(text, sentence.start, colon).reverse()) {
      const found = this.governedBy(sentence, verb) ?? this.subjectBefore(sentence.start, verb.start);
      if (found) return this.speaker(found, verb);
    }
    const subject = findClauseSubject(text, sentence.start, colon, this.mentionsIn(sentence.start, colon));
    const found = subject && this.subjectFound(subject);
    return subject && found ? this.speaker(found, { ...subject.verb, verb: text.slice(subject.verb.start, subject.verb.end), naming: false }) : undefined;
  }

  /** "he said": the span is the pronoun, the name the person it refers to. */
  private pronoun(start: number, word: string): Found | undefined {
    // "she": the last woman named in the last couple of paragraphs, "he" skips the women (gender.ts); with no one agreeing, the last person.
    const woman = /^she$/iu.test(word) ? this.lastMention(start, (m) => m.kind === 'person' && genderOf(m) === 'female') : undefined;
    const person =
      (woman && start - woman.end <= SHE_REACH ? woman : undefined) ??
      this.lastMention(start, (m) => m.kind === 'person' && agrees(word, m)) ??
      this.lastMention(start, (m) => m.kind === 'person');
    const span = { start, end: start + word.length };
    return person ? { ...this.named(person, 'pronoun'), span } : this.unnamedBefore(start);
  }

  /**
   * "they said", "it reads": the organisation named last, within the sentence and the two before;
   * "I" and "we" name the writer or a group this engine cannot tell, so they get no speaker.
   */
  private groupPronoun(start: number, word: string): Found | undefined {
    if (!/^(?:they|it)$/iu.test(word)) return undefined;
    const sentence = this.input.sentences[Math.max(0, lastAtOrBefore(this.sentenceStarts, start) - 2)];
    const from = sentence?.start ?? 0;
    const span = { start, end: start + word.length };
    const body = this.lastMention(start, (m) => m.kind === 'org');
    if (body && body.start >= from) return { ...this.named(body, 'pronoun'), span };
    // "the staff letter … “…,” it said": a document or body written without a name.
    const phrase = [...this.input.text.slice(from, start).matchAll(DOCUMENT_PHRASE)].pop();
    return phrase ? { span, name: phrase[0], via: 'pronoun' } : undefined;
  }

  /** "A friend who drives for a delivery app told me he …": the unnamed speaker of a sentence just before. */
  private unnamedBefore(start: number): Found | undefined {
    const { text, sentences } = this.input;
    const here = lastAtOrBefore(this.sentenceStarts, start);
    for (let i = here; i >= Math.max(0, here - UNNAMED_LOOKBACK); i--) {
      const sentence = sentences[i];
      if (!sentence) continue;
      const verb = findSpeechVerbs(text, sentence.start, Math.min(sentence.end, start))[0];
      if (verb && !this.mentionsIn(sentence.start, verb.start).length) return this.unnamed(sentence.start, verb.start);
    }
    return undefined;
  }

  private unnamed(from: number, to: number): Found | undefined {
    const { text } = this.input;
    const raw = text.slice(from, to);
    const lead = raw.length - raw.replace(/^[\s,"“”„«»']+(?:(?:and|but|while)\b)?\s*/u, '').length;
    const phrase = raw.slice(lead).replace(/[\s,]+$/u, '');
    // "one senior administration official said": "one" heads a noun phrase when a noun follows it.
    const described = /^one\s+\p{L}/iu.test(phrase) ? phrase.replace(/^one\s+/iu, '') : phrase;
    if (!phrase || wordCount(phrase) > UNNAMED_WORDS || !isNounPhrase(described)) return undefined;
    return { span: { start: from + lead, end: from + lead + phrase.length }, name: phrase, via: 'x-said' };
  }

  private named(m: Mention, via: SpeakerVia): Found {
    return { span: { start: m.start, end: m.end }, name: m.name, via };
  }

  private speaker(found: Found, verb?: SpeechVerb): Attributed {
    const speaker: Speaker = { name: found.name, start: found.span.start, end: found.span.end, via: found.via };
    return verb ? { speaker, cue: { start: verb.start, end: verb.end, text: verb.verb } } : { speaker };
  }

  private mentionsIn(from: number, to: number): Mention[] {
    const { mentions } = this.input;
    const found: Mention[] = [];
    for (let i = lastAtOrBefore(this.mentionStarts, from); i < mentions.length; i++) {
      const m = mentions[i];
      if (!m || m.start >= to) break;
      if (m.start >= from && m.end <= to) found.push(m);
    }
    return found;
  }

  private lastMention(before: number, ok: (m: Mention) => boolean): Mention | undefined {
    const { mentions } = this.input;
    for (let i = lastAtOrBefore(this.mentionStarts, before); i >= 0; i--) {
      const m = mentions[i];
      if (m && m.end <= before && ok(m)) return m;
    }
    return undefined;
  }

  private sentenceAt(at: number): Span {
    return this.input.sentences[lastAtOrBefore(this.sentenceStarts, at)] ?? { start: 0, end: this.input.text.length };
  }

  /** Index of the paragraph holding `at`. */
  private paragraphOf(at: number): number {
    return this.paragraphOfLine[lastAtOrBefore(this.lineStarts, at)] ?? 0;
  }
}
