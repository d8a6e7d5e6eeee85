// The verbs that attribute a belief, a wish, a plan or a stance rather than words: "Cruz believes
// the race is open", "the union wants a new contract", "she declined to comment", "the governor
// endorsed the bill". Political news attributes as much with these as with "said", and PolNeAR's
// annotators mark them; they report a clause (an indirect quote) but never make a run of quoted
// words a quote of speech, so only reported.ts looks for them.

/** [base, 3rd person, past, -ing]; the past form is the one reported as the cue. */
export const ATTITUDE_VERBS: readonly (readonly string[])[] = [
  ['know', 'knows', 'knew', 'knowing'],
  ['feel', 'feels', 'felt', 'feeling'],
  ['hope', 'hopes', 'hoped', 'hoping'],
  ['fear', 'fears', 'feared', 'fearing'],
  ['expect', 'expects', 'expected', 'expecting'],
  ['doubt', 'doubts', 'doubted', 'doubting'],
  ['worry', 'worries', 'worried', 'worrying'],
  ['suspect', 'suspects', 'suspected', 'suspecting'],
  ['want', 'wants', 'wanted', 'wanting'],
  ['plan', 'plans', 'planned', 'planning'],
  ['intend', 'intends', 'intended', 'intending'],
  ['seek', 'seeks', 'sought', 'seeking'],
  ['decline', 'declines', 'declined', 'declining'],
  ['refuse', 'refuses', 'refused', 'refusing'],
  ['pledge', 'pledges', 'pledged', 'pledging'],
  ['threaten', 'threatens', 'threatened', 'threatening'],
  ['endorse', 'endorses', 'endorsed', 'endorsing'],
  ['support', 'supports', 'supported', 'supporting'],
  ['oppose', 'opposes', 'opposed', 'opposing'],
  ['defend', 'defends', 'defended', 'defending'],
  ['blame', 'blames', 'blamed', 'blaming'],
  ['reject', 'rejects', 'rejected', 'rejecting'],
  ['dismiss', 'dismisses', 'dismissed', 'dismissing'],
  ['favor', 'favors', 'favored', 'favoring'],
  ['prefer', 'prefers', 'preferred', 'preferring'],
  ['question', 'questions', 'questioned', 'questioning'],
  ['wonder', 'wonders', 'wondered', 'wondering'],
  ['consider', 'considers', 'considered', 'considering'],
  ['cite', 'cites', 'cited', 'citing'],
  ['demand', 'demands', 'demanded', 'demanding'],
];
