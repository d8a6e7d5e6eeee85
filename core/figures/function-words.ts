// Small closed-class English words. They end a counted noun ("200 of the…", "200 were sent"),
// tell a sentence opener from a label ("In 2019" is a year, "Article 5" a name) and mark a
// number that refers back rather than reports ("the two leaders").

/** Words that point at something already known: "the two leaders", "half the budget". */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your',
  'both', 'all', 'each', 'every', 'whose', 'which',
]);

/** Prepositions: "in 2019", "since 2008", "of the 2020 elections". */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'to', 'from', 'by', 'for', 'with', 'into', 'onto', 'upon', 'over', 'under',
  'about', 'above', 'below', 'after', 'before', 'since', 'until', 'till', 'during', 'per', 'across',
  'against', 'between', 'among', 'through', 'throughout', 'than', 'as', 'like', 'unlike', 'via',
  'within', 'without', 'toward', 'towards', 'around', 'near', 'beyond', 'behind', 'besides', 'despite',
  'off', 'out', 'up', 'down', 'along', 'amid', 'including', 'excluding',
]);

const CONJUNCTIONS_AND_PRONOUNS = [
  'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'while', 'when', 'where', 'whereas', 'who', 'whom',
  'what', 'because', 'although', 'though', 'unless', 'whether', 'he', 'she', 'it', 'they', 'we',
  'you', 'i', 'me', 'him', 'them', 'us', 'there', 'here', 'then', 'now', 'thus', 'hence',
];

const AUXILIARIES = [
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do',
  'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should',
];

/** Adverbs and quantifiers that stand before or after a number without being its noun. */
const ADVERBS = [
  'not', 'no', 'only', 'just', 'even', 'also', 'still', 'already', 'almost', 'nearly', 'exactly',
  'some', 'any', 'another', 'other', 'more', 'less', 'fewer', 'most', 'least', 'ago', 'apiece',
  'times', 'again', 'too', 'very', 'roughly', 'approximately', 'around', 'about', 'last',
  'next', 'first', 'today', 'yesterday', 'tomorrow', 'overall', 'total', 'altogether', 'respectively',
  'always', 'perhaps', 'maybe', 'plus', 'minus', 'well', 'estimated', 'circa', 'upwards', 'fully',
  'barely', 'merely', 'precisely',
];

export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an',
  ...DETERMINERS,
  ...PREPOSITIONS,
  ...CONJUNCTIONS_AND_PRONOUNS,
  ...AUXILIARIES,
  ...ADVERBS,
]);
