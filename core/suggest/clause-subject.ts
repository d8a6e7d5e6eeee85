// Finds the subject at the head of a clause and the verb it governs: "Though, as a senator, Kaine
// has opposed …", "She escalated her criticism on Tuesday, telling CNN that …", "The billionaire
// businessman began by talking about …". A quote inside such a clause is the subject's, whatever the
// verb (PolNeAR's annotators mark "pondered", "is labeling", "also bemoaned" as cues), and a
// participle or a second verb later in the clause (", saying …", "… and called …") has that subject
// too — not the day, place or object named between them. Plain text rules, no parser: a subject is
// a pronoun, a name the mention finder found, or a short description ("the ad", "the GOP
// presidential candidate"), and it must be followed by something that looks like a verb.

import type { Mention } from './names.js';
import type { Span } from './types.js';

export type SubjectKind = 'pronoun' | 'named' | 'described';

export interface ClauseSubject {
  kind: SubjectKind;
  /** The words of the subject: the pronoun, the name (without its title), the description. */
  span: Span;
  /** The mention, for a named subject. */
  mention?: Mention;
  /** The first verb after the subject (and any auxiliaries and adverbs before it). */
  verb: Span;
}

/** Subject pronouns; "it" only names a document or body, resolved by the caller. */
export const SUBJECT_PRONOUNS = /^(?:he|she|they|we|i|it)$/iu;

/** Words that open a clause and are not its subject: conjunctions and sentence adverbs. */
const OPENERS = /^(?:(?:but|and|so|yet|still|then|now|meanwhile|instead|indeed|also|however|moreover|plus|or|nor|thus|later|earlier|finally|again)\b,?\s+)+/iu;

/** First words of a leading adverbial, which ends at its comma: "In a 1963 speech, he declared". */
const LEAD_WORDS = new Set(
  `in on at after when while though although as since before during if because unlike like despite
  following asked speaking writing responding addressing appearing having with without for from by
  to under over last this on earlier later once until amid among according upon even whether where
  throughout instead rather hours days weeks months years moments minutes shortly soon back`.split(/\s+/u),
);

/** Between a subject and its verb: auxiliaries, negation and adverbs ("has also repeatedly", "would not"). */
const BETWEEN = new Set(
  `also then later again once never not still just even only already further first finally soon
  has have had is are was were will would could can may might must should shall did does do been
  being often repeatedly previously recently now subsequently since ever immediately quickly
  publicly privately initially briefly directly openly flatly simply`.split(/\s+/u),
);
/** Modals and do-support: the next word may be a bare verb ("would not comment", "did say"). */
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'do']);

/** Past tenses that end neither in -ed nor in -s. */
const IRREGULAR = new Set(
  `said told wrote made gave took sent went began spoke thought felt held put set kept brought led
  left found got saw came read drew struck swore threw won lost shot stood sat ran wore hung bit
  broke chose fought forbade forgot heard hid knew laid lent meant met paid quit rang rose sang sank
  shook slept slid sought sold stuck stung taught tore understood woke wound withdrew`.split(/\s+/u),
);

/** Words ending in -s or -ed that are not verbs after a subject. */
const NOT_VERBS = new Set(
  `his its this was has is as us plus thus towards whereas bus news series species always perhaps
  access address process progress congress business less unless across famous various serious
  previous nervous obvious red bed need seed speed indeed united supposed alleged so-called`.split(/\s+/u),
);

const WORD = /^[\s]*([\p{L}'’\-]+)/u;

/** "told", "bemoaned", "says", "is labeling" (after an auxiliary), "comment" (after a modal). */
function isVerb(word: string, afterAux: boolean, afterModal: boolean): boolean {
  const w = word.toLowerCase();
  if (!/^\p{Ll}/u.test(word) || NOT_VERBS.has(w)) return false;
  if (IRREGULAR.has(w)) return true;
  if (/\p{L}{2,}ed$/u.test(w)) return true;
  if (/\p{L}{2,}s$/u.test(w) && !/(?:ss|us|is|ous|'s|’s)$/u.test(w)) return true;
  if (afterAux && /\p{L}{3,}ing$/u.test(w)) return true;
  return afterModal && /^\p{Ll}{3,}$/u.test(w) && !BETWEEN.has(w);
}

/** The verb after a subject ending at `at`, skipping auxiliaries and adverbs; undefined when none is before `to`. */
function verbAfter(text: string, at: number, to: number): Span | undefined {
  let pos = at;
  let afterAux = false;
  let afterModal = false;
  for (let i = 0; i < 5; i++) {
    pos += /^\s*(?:in the past|at the time|at one point|in recent (?:days|weeks|months|years))\b/u.exec(text.slice(pos, to))?.[0].length ?? 0;
    const m = WORD.exec(text.slice(pos, to));
    if (!m?.[1]) return undefined;
    const word = m[1];
    const start = pos + m[0].length - word.length;
    const lower = word.toLowerCase();
    if (isVerb(word, afterAux, afterModal) && !(BETWEEN.has(lower) && !IRREGULAR.has(lower))) return { start, end: start + word.length };
    if (!BETWEEN.has(lower) && !/^\p{Ll}+ly$/u.test(word)) return undefined;
    afterAux ||= !/ly$/u.test(lower) && !['also', 'then', 'later', 'again', 'once', 'never', 'not', 'still', 'just', 'even', 'only', 'already'].includes(lower);
    afterModal = MODALS.has(lower) || (afterModal && lower === 'not');
    pos = start + word.length;
  }
  return undefined;
}

/** Where the clause's own words begin, after openers ("But") and leading adverbials ("In a 1963 speech,"). */
function clauseHead(text: string, from: number, to: number): number {
  let pos = from;
  for (let i = 0; i < 3; i++) {
    const rest = text.slice(pos, to);
    const lead = /^[\s"“”„«»'(—–\-]*/u.exec(rest)?.[0].length ?? 0;
    const opener = OPENERS.exec(rest.slice(lead))?.[0].length ?? 0;
    pos += lead + opener;
    const first = (WORD.exec(text.slice(pos, to))?.[1] ?? '').toLowerCase();
    const comma = text.slice(pos, Math.min(to, pos + 160)).search(/,\s/u);
    if (comma < 0 || !(LEAD_WORDS.has(first) || /^\p{Ll}+ly$/u.test(first))) break;
    pos += comma + 1;
  }
  return pos;
}

/** "(I-Vt.)", ", who …," / ", the former governor of Florida,", "on Saturday" after a name: skipped on the way to its verb. */
function afterAppositive(text: string, at: number, to: number): number {
  const m = /^(?:\s*\([^()]{1,12}\))?(?:,[^,;:"“”]{1,120},)?(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?/u.exec(text.slice(at, to));
  return at + (m?.[0].length ?? 0);
}

/** A determiner and up to five words: the description runs to the word before its verb. */
const DESCRIPTION = /^(?:the|a|an|this|that|one|its|his|her|their|our)\s+(?:[\p{L}\-’'.]+\s+){0,4}[\p{L}\-]+(?=\s)/iu;

/** The verb of a subject ending at `at` ("who has in the past described", "Clinton, clearly frustrated, responded"). */
export function verbAfterSubject(text: string, at: number, to: number): Span | undefined {
  return verbAfter(text, afterAppositive(text, at, to), to);
}

/** The subject heading the clause that runs from `from` (a sentence start) to `to` (a quote), with its verb. */
export function findClauseSubject(text: string, from: number, to: number, mentions: readonly Mention[]): ClauseSubject | undefined {
  const head = clauseHead(text, from, to);
  const rest = text.slice(head, to);
  const first = WORD.exec(rest);
  if (!first?.[1]) return undefined;
  const wordStart = head + first[0].length - first[1].length;
  if (SUBJECT_PRONOUNS.test(first[1])) {
    const span = { start: wordStart, end: wordStart + first[1].length };
    const verb = verbAfter(text, span.end, to);
    return verb && { kind: 'pronoun', span, verb };
  }
  // A name, perhaps after its title and role words: "Former Arkansas Gov. Mike Huckabee", "Conservative radio host Hugh Hewitt".
  const mention = mentions.find((m) => m.start >= wordStart && m.start - wordStart <= 40 && m.end <= to);
  const prefix = mention ? text.slice(wordStart, mention.start) : '';
  const titled = /^(?:[\p{L}.\-’']+\s+){0,4}$/u.test(prefix) && !prefix.split(/\s+/u).some((w) => isVerb(w, false, false));
  if (mention && !mention.possessive && (mention.kind === 'person' || mention.kind === 'org') && titled) {
    const verb = verbAfter(text, afterAppositive(text, mention.end, to), to);
    if (verb) return { kind: 'named', span: { start: mention.start, end: mention.end }, mention, verb };
  }
  const described = DESCRIPTION.exec(rest.slice(first[0].length - first[1].length));
  if (!described) return undefined;
  // The description ends where the first verb after it begins: try each word boundary in turn.
  const words = [...described[0].matchAll(/\S+/gu)];
  for (let n = 2; n <= words.length; n++) {
    const last = words[n - 1];
    if (!last) break;
    const end = wordStart + last.index + last[0].length;
    const verb = verbAfter(text, end, to);
    if (verb) return { kind: 'described', span: { start: wordStart, end }, verb };
  }
  return undefined;
}
