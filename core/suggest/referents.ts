// Who a subject is: the person a pronoun refers to ("he said", "she" the last woman named),
// the organisation behind "they" or "the ministry", the person behind "the minister", whoever
// made "the statement", the name a relative "who" points back to, the name after "said", or a
// description standing for someone unnamed ("a senior official"). The speaker finder
// (speakers.ts) finds where a quote's attribution is; this says whom it names.

import type { ClauseSubject } from './clause-subject.js';
import { agrees, genderOf } from './gender.js';
import { wordCount, type ArticlePlaces } from './article-places.js';
import type { Mention } from './names.js';
import { findSpeechVerbs } from './speech-verbs.js';
import type { Span, SpeakerVia } from './types.js';

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
/** A subject written out without a name ("Opposition councillors") may be this long. */
const UNNAMED_WORDS = 8;
/** How far back (UTF-16 units, about three paragraphs) "she" looks for a woman before any unknown person will do. */
const SHE_REACH = 1500;
/** How many sentences back "he said" may look for a speaker who was not named. */
const UNNAMED_LOOKBACK = 3;

export interface Found {
  span: Span;
  name: string;
  via: SpeakerVia;
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
function isNounPhrase(phrase: string): boolean {
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
export const canSpeak = (m: Mention) => !m.possessive && m.kind !== 'place';

/** Resolves the subjects of one article's attributions to the people and bodies they name. */
export class Referents {
  constructor(private readonly places: ArticlePlaces) {}

  /** A clause subject as a speaker: the person a pronoun refers to, the name, what a description refers to. */
  subjectFound(subject: ClauseSubject): Found | undefined {
    const { text } = this.places;
    const { start, end } = subject.span;
    if (subject.kind === 'named' && subject.mention) return this.named(subject.mention, 'x-said');
    if (subject.kind === 'pronoun') {
      const word = text.slice(start, end);
      return PRONOUNS.has(word.toLowerCase()) ? this.pronoun(start, word) : this.groupPronoun(start, word);
    }
    // "an angry Hollande": a description ending in a name is that name.
    const name = this.places.mentionsIn(start, end).find((m) => m.end === end && canSpeak(m));
    return name ? this.named(name, 'x-said') : (this.referringPhrase(start, end) ?? this.unnamed(start, end));
  }

  /** The subject in text[from, to) of a speech verb at `to`. */
  subjectBefore(from: number, to: number): Found | undefined {
    const { text } = this.places;
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
    const atEnd = this.places.mentionsIn(from, end).filter((m) => canSpeak(m) && !/\S/u.test(text.slice(m.end, end))).pop();
    if (atEnd) return this.named(atEnd, 'x-said');
    const referring = this.referringPhrase(from, end);
    if (referring) return referring;
    const clauseStart = from + Math.max(trimmed.lastIndexOf(','), trimmed.lastIndexOf(';'), trimmed.lastIndexOf(':')) + 1;
    const subject = this.places.mentionsIn(clauseStart, end).find(canSpeak);
    if (subject) return this.named(subject, 'x-said');
    return this.unnamed(clauseStart, end);
  }

  /** The subject after a speech verb: "said Carsten Brzeski, global head of …", "said he". */
  subjectAfter(from: number, to: number): Found | undefined {
    const { text } = this.places;
    const comma = text.slice(from, to).search(CLAUSE_END);
    const end = comma >= 0 ? from + comma : to;
    const first = /^\s*([\p{L}'’\-]+)/u.exec(text.slice(from, end));
    if (first && PRONOUNS.has((first[1] ?? '').toLowerCase())) {
      const at = from + (first.index ?? 0) + first[0].length - (first[1] ?? '').length;
      return this.pronoun(at, first[1] ?? '');
    }
    // "said on Monday", "said in Ohio": a day or a place is not who spoke.
    const mentions = this.places.mentionsIn(from, end).filter((m) => !m.possessive && m.kind !== 'place');
    const best = mentions.find((m) => m.kind === 'person') ?? mentions[0];
    if (best) return this.named(best, 'said-x');
    return this.referringPhrase(from, end, 'said-x') ?? this.unnamed(from, end);
  }

  /** "Its director, Robert Chote, said" / "Congress leader Sachin Pilot, who …, said". */
  private appositive(from: number, end: number): Found | undefined {
    const { text } = this.places;
    const relative = [...text.slice(from, end).matchAll(/,\s*(?:who|which|whose|where|that)\b[^,]*/gu)].map((m) => ({
      start: from + m.index,
      end: from + m.index + m[0].length,
    }));
    const open = this.places.mentionsIn(from, end).filter((m) => canSpeak(m) && !relative.some((r) => m.start >= r.start && m.end <= r.end));
    const pick = [...open].reverse().find((m) => m.kind === 'person') ?? [...open].reverse().find((m) => m.kind === 'org') ?? open[0];
    if (pick) return this.named(pick, 'x-said');
    const firstComma = text.indexOf(',', from);
    return this.referringPhrase(from, firstComma) ?? this.unnamed(from, firstComma);
  }

  /** "the statement", "the ministry", "its director", "the Green politician", "Gazprom's statement". */
  private referringPhrase(from: number, end: number, via?: SpeakerVia): Found | undefined {
    const { text } = this.places;
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
    const { text } = this.places;
    // "Philippe Martinez of the CGT union said": the phrase modifies the subject, it is not it.
    if (/\b(?:of|at|from|for|with|in)\s*$/iu.test(text.slice(from, at))) return undefined;
    const owner = this.places.mentionsIn(from, end).find((x) => x.possessive && x.end <= at + 2);
    if (owner && !/\s(?:the|its|their)\s/iu.test(text.slice(owner.end, end))) return this.named(owner, via ?? 'statement');
    if (noun === 'statement') return this.statementSource(at);
    if (BODY_NOUNS.has(noun)) {
      const body = this.places.lastMention(at, (x) => x.kind === 'org' && x.name.toLowerCase().includes(noun))
        ?? this.places.lastMention(at, (x) => x.kind === 'org');
      return body && this.named(body, via ?? 'statement');
    }
    if (ROLE_NOUNS.has(noun)) {
      const person = this.places.lastMention(at, (x) => x.kind === 'person' && x.title.includes(noun))
        ?? this.places.lastMention(at, (x) => x.kind === 'person');
      return person && this.named(person, via ?? 'pronoun');
    }
    return undefined;
  }

  /** "the statement says": whoever was last said to have made a statement, else the last body named. */
  private statementSource(before: number): Found | undefined {
    const { text } = this.places;
    for (let i = this.places.sentenceIndex(before); i >= 0; i--) {
      const sentence = this.places.sentences[i];
      if (!sentence || sentence.end > before) continue;
      const word = text.slice(sentence.start, sentence.end).search(/\bstatement\b/u);
      if (word < 0) continue;
      const verb = findSpeechVerbs(text, sentence.start, sentence.start + word).pop();
      const found = verb && this.subjectBefore(sentence.start, verb.start);
      if (found) return { ...found, via: 'statement' };
    }
    const body = this.places.lastMention(before, (m) => m.kind === 'org');
    return body && this.named(body, 'statement');
  }

  /** "Ruth Ames, who said …": the span is the relative pronoun, the name the person or body right before its comma. */
  relative(from: number, at: number, word: string): Found | undefined {
    const { text } = this.places;
    const before = text.slice(from, at);
    if (!/,\s*$/u.test(before)) return undefined;
    const comma = from + before.lastIndexOf(',');
    const named = this.places.mentionsIn(from, comma).filter((m) => !m.possessive && !/\S/u.test(text.slice(m.end, comma))).pop();
    if (!named || (named.kind !== 'person' && named.kind !== 'org')) return undefined;
    return { ...this.named(named, 'pronoun'), span: { start: at, end: at + word.length } };
  }

  /** "he said": the span is the pronoun, the name the person it refers to. */
  private pronoun(start: number, word: string): Found | undefined {
    // "she": the last woman named in the last couple of paragraphs, "he" skips the women (gender.ts); with no one agreeing, the last person.
    const woman = /^she$/iu.test(word) ? this.places.lastMention(start, (m) => m.kind === 'person' && genderOf(m) === 'female') : undefined;
    const person =
      (woman && start - woman.end <= SHE_REACH ? woman : undefined) ??
      this.places.lastMention(start, (m) => m.kind === 'person' && agrees(word, m)) ??
      this.places.lastMention(start, (m) => m.kind === 'person');
    const span = { start, end: start + word.length };
    return person ? { ...this.named(person, 'pronoun'), span } : this.unnamedBefore(start);
  }

  /**
   * "they said", "it reads": the organisation named last, within the sentence and the two before;
   * "I" and "we" name the writer or a group this engine cannot tell, so they get no speaker.
   */
  private groupPronoun(start: number, word: string): Found | undefined {
    if (!/^(?:they|it)$/iu.test(word)) return undefined;
    const sentence = this.places.sentences[Math.max(0, this.places.sentenceIndex(start) - 2)];
    const from = sentence?.start ?? 0;
    const span = { start, end: start + word.length };
    const body = this.places.lastMention(start, (m) => m.kind === 'org');
    if (body && body.start >= from) return { ...this.named(body, 'pronoun'), span };
    // "the staff letter … “…,” it said": a document or body written without a name.
    const phrase = [...this.places.text.slice(from, start).matchAll(DOCUMENT_PHRASE)].pop();
    return phrase ? { span, name: phrase[0], via: 'pronoun' } : undefined;
  }

  /** "A friend who drives for a delivery app told me he …": the unnamed speaker of a sentence just before. */
  private unnamedBefore(start: number): Found | undefined {
    const { text, sentences } = this.places;
    const here = this.places.sentenceIndex(start);
    for (let i = here; i >= Math.max(0, here - UNNAMED_LOOKBACK); i--) {
      const sentence = sentences[i];
      if (!sentence) continue;
      const verb = findSpeechVerbs(text, sentence.start, Math.min(sentence.end, start))[0];
      if (verb && !this.places.mentionsIn(sentence.start, verb.start).length) return this.unnamed(sentence.start, verb.start);
    }
    return undefined;
  }

  private unnamed(from: number, to: number): Found | undefined {
    const { text } = this.places;
    const raw = text.slice(from, to);
    const lead = raw.length - raw.replace(/^[\s,"“”„«»']+(?:(?:and|but|while)\b)?\s*/u, '').length;
    const phrase = raw.slice(lead).replace(/[\s,]+$/u, '');
    // "one senior administration official said": "one" heads a noun phrase when a noun follows it.
    const described = /^one\s+\p{L}/iu.test(phrase) ? phrase.replace(/^one\s+/iu, '') : phrase;
    if (!phrase || wordCount(phrase) > UNNAMED_WORDS || !isNounPhrase(described)) return undefined;
    return { span: { start: from + lead, end: from + lead + phrase.length }, name: phrase, via: 'x-said' };
  }

  named(m: Mention, via: SpeakerVia): Found {
    return { span: { start: m.start, end: m.end }, name: m.name, via };
  }
}
