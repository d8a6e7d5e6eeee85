// The verbs that attribute words to someone ("said", "told", "underscored", "pointed out") and the
// phrase "according to". Quotes use them to tell speech from scare quotes, speakers to find who
// is talking, and claims to see that a sentence is attributed to a source.

import { ATTITUDE_VERBS } from './attitude-verbs.js';
import type { Span } from './types.js';

/** [base, 3rd person, past, -ing] for each verb; the past form is the one reported as the cue. */
const VERBS: readonly (readonly string[])[] = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['add', 'adds', 'added', 'adding'],
  ['stress', 'stresses', 'stressed', 'stressing'],
  ['note', 'notes', 'noted', 'noting'],
  ['underscore', 'underscores', 'underscored', 'underscoring'],
  ['underline', 'underlines', 'underlined', 'underlining'],
  ['emphasise', 'emphasises', 'emphasised', 'emphasising'],
  ['emphasize', 'emphasizes', 'emphasized', 'emphasizing'],
  ['warn', 'warns', 'warned'],
  ['insist', 'insists', 'insisted', 'insisting'],
  ['argue', 'argues', 'argued', 'arguing'],
  ['explain', 'explains', 'explained', 'explaining'],
  ['write', 'writes', 'wrote', 'writing'],
  ['announce', 'announces', 'announced', 'announcing'],
  ['declare', 'declares', 'declared', 'declaring'],
  ['ask', 'asks', 'asked', 'asking'],
  ['reply', 'replies', 'replied', 'replying'],
  ['recall', 'recalls', 'recalled', 'recalling'],
  ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  ['admit', 'admits', 'admitted', 'admitting'],
  ['confirm', 'confirms', 'confirmed', 'confirming'],
  ['observe', 'observes', 'observed', 'observing'],
  ['conclude', 'concludes', 'concluded', 'concluding'],
  ['specify', 'specifies', 'specified', 'specifying'],
  ['urge', 'urges', 'urged', 'urging'],
  ['vow', 'vows', 'vowed', 'vowing'],
  ['caution', 'cautions', 'cautioned', 'cautioning'],
  ['complain', 'complains', 'complained', 'complaining'],
  ['tweet', 'tweets', 'tweeted', 'tweeting'],
  ['predict', 'predicts', 'predicted', 'predicting'],
  ['point out', 'points out', 'pointed out', 'pointing out'],
  // Reporting and belief verbs that US political news attributes with (PolNeAR train's Cues).
  ['report', 'reports', 'reported', 'reporting'],
  ['claim', 'claims', 'claimed', 'claiming'],
  ['suggest', 'suggests', 'suggested', 'suggesting'],
  ['show', 'shows', 'showed', 'showing'],
  ['find', 'finds', 'found', 'finding'],
  ['think', 'thinks', 'thought', 'thinking'],
  ['believe', 'believes', 'believed', 'believing'],
  ['continue', 'continues', 'continued', 'continuing'],
  ['respond', 'responds', 'responded', 'responding'],
  ['state', 'states', 'stated', 'stating'],
  ['accuse', 'accuses', 'accused', 'accusing'],
  ['agree', 'agrees', 'agreed', 'agreeing'],
  ['promise', 'promises', 'promised', 'promising'],
  ['estimate', 'estimates', 'estimated', 'estimating'],
  ['reveal', 'reveals', 'revealed', 'revealing'],
  ['allege', 'alleges', 'alleged', 'alleging'],
  ['deny', 'denies', 'denied', 'denying'],
  ['contend', 'contends', 'contended', 'contending'],
  ['assert', 'asserts', 'asserted', 'asserting'],
  ['mention', 'mentions', 'mentioned', 'mentioning'],
  ['indicate', 'indicates', 'indicated', 'indicating'],
  ['concede', 'concedes', 'conceded', 'conceding'],
  ['boast', 'boasts', 'boasted', 'boasting'],
  ['joke', 'jokes', 'joked', 'joking'],
  ['testify', 'testifies', 'testified', 'testifying'],
  ['counter', 'counters', 'countered', 'countering'],
  ['propose', 'proposes', 'proposed', 'proposing'],
  ['criticize', 'criticizes', 'criticized', 'criticizing'],
  ['criticise', 'criticises', 'criticised', 'criticising'],
  ['praise', 'praises', 'praised', 'praising'],
  ['recount', 'recounts', 'recounted', 'recounting'],
  ['remark', 'remarks', 'remarked', 'remarking'],
  ['speculate', 'speculates', 'speculated', 'speculating'],
  ['hint', 'hints', 'hinted', 'hinting'],
  ['charge', 'charges', 'charged', 'charging'],
  ['post', 'posts', 'posted', 'posting'],
  // How reporters tag a quote after it ("“…!” Trump tweeted", "“…,” reads an editorial", "mused X").
  ['read', 'reads', 'read', 'reading'],
  ['muse', 'muses', 'mused', 'musing'],
  ['react', 'reacts', 'reacted', 'reacting'],
  ['assure', 'assures', 'assured', 'assuring'],
  ['tout', 'touts', 'touted', 'touting'],
  ['repeat', 'repeats', 'repeated', 'repeating'],
  ['reiterate', 'reiterates', 'reiterated', 'reiterating'],
  ['shout', 'shouts', 'shouted', 'shouting'],
  ['yell', 'yells', 'yelled', 'yelling'],
  ['chant', 'chants', 'chanted', 'chanting'],
  ['exclaim', 'exclaims', 'exclaimed', 'exclaiming'],
  ['quip', 'quips', 'quipped', 'quipping'],
  ['retort', 'retorts', 'retorted', 'retorting'],
  ['demur', 'demurs', 'demurred', 'demurring'],
  ['interject', 'interjects', 'interjected', 'interjecting'],
  ['plead', 'pleads', 'pleaded', 'pleading'],
  ['scoff', 'scoffs', 'scoffed', 'scoffing'],
  ['lament', 'laments', 'lamented', 'lamenting'],
  ['proclaim', 'proclaims', 'proclaimed', 'proclaiming'],
  ['opine', 'opines', 'opined', 'opining'],
  ['quote', 'quotes', 'quoted', 'quoting'],
];

/**
 * Verbs that name or characterise rather than report speech ("call it a 'revolving door'",
 * "described the bill as a 'reform of regression'"): they attribute a quote to a speaker, but do
 * not on their own make a two- or three-word quote a quote of speech.
 */
const NAMING_VERBS: readonly (readonly string[])[] = [
  ['call', 'calls', 'called', 'calling'],
  ['describe', 'describes', 'described', 'describing'],
  ['dub', 'dubs', 'dubbed', 'dubbing'],
  ['term', 'terms', 'termed', 'terming'],
  ['brand', 'brands', 'branded', 'branding'],
  ['label', 'labels', 'labelled', 'labelling'],
];

function formsOf(table: readonly (readonly string[])[]): Map<string, string> {
  const forms = new Map<string, string>();
  for (const row of table) for (const form of row) forms.set(form, row[2] ?? form);
  return forms;
}

/** Forms that in political news are nearly always nouns ("the states", "a tweet"): only their past and -ing forms report speech. */
const NOUNS_FIRST = new Set(['state', 'states', 'tweet', 'tweets', 'support', 'question', 'questions']);

const SPEECH = new Map([...formsOf(VERBS)].filter(([form]) => !NOUNS_FIRST.has(form)));
const NAMING = formsOf(NAMING_VERBS);
const ATTITUDE = new Map([...formsOf(ATTITUDE_VERBS)].filter(([form]) => !NOUNS_FIRST.has(form)));

export interface SpeechVerb extends Span {
  /** The verb as written ("underscored", "pointed out"). */
  verb: string;
  /** True for call/describe/dub…, which attribute but do not report speech. */
  naming: boolean;
  /** True for believe/want/endorse… (attitude-verbs.ts): a stance, not words. */
  attitude?: boolean;
}

const WORD = /\p{L}+(?:\s+out\b)?/gu;

/** Words after which "report", "post", "claim", "show" are nouns: "the report", "AP's post". */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'these',
  'those',
  'no',
  'any',
  'every',
  'each',
]);

/** "the report", "AP's post", "United States": not a verb. */
function isNounUse(text: string, start: number): boolean {
  const before = /(\p{L}[\p{L}'’]*)([\s,]*)$/u.exec(text.slice(Math.max(0, start - 30), start));
  const prev = before?.[1] ?? '';
  if (/^\p{Lu}/u.test(text[start] ?? '') && prev && !/[.!?:"“”]/u.test(text[start - 1 - (before?.[2]?.length ?? 0)] ?? '')) return true;
  return DETERMINERS.has(prev.toLowerCase()) || /['’]s?$/u.test(prev);
}

/** Speech verbs in text[from, to), in text order, with absolute offsets; with `attitudes`, the verbs of attitude-verbs.ts too. */
export function findSpeechVerbs(text: string, from: number, to: number, attitudes = false): SpeechVerb[] {
  const found: SpeechVerb[] = [];
  const segment = text.slice(from, to);
  for (const m of segment.matchAll(WORD)) {
    let word = m[0].toLowerCase().replace(/\s+/gu, ' ');
    if (word.endsWith(' out') && !SPEECH.has(word)) word = word.split(' ')[0] ?? word;
    if (word.startsWith('point') && !word.endsWith(' out')) continue;
    const naming = NAMING.has(word);
    const attitude = attitudes && !SPEECH.has(word) && ATTITUDE.has(word);
    if (!SPEECH.has(word) && !naming && !attitude) continue;
    const start = from + m.index;
    if (isNounUse(text, start)) continue;
    const verb: SpeechVerb = { start, end: start + word.length, verb: text.slice(start, start + word.length), naming };
    found.push(attitude ? { ...verb, attitude } : verb);
  }
  return found;
}

/** "told the council": the words after "tell" are whom it was said to, never who said it. */
export const namesListener = (verb: SpeechVerb) => /^tel/iu.test(verb.verb) || /^told$/iu.test(verb.verb);

/** Offsets of "according to" in text[from, to). */
export function findAccordingTo(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  for (const m of text.slice(from, to).matchAll(/\baccording to\b/giu)) {
    spans.push({ start: from + m.index, end: from + m.index + m[0].length });
  }
  return spans;
}
