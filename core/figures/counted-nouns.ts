// Finds what a number counts: the head noun of the words after it — "200 lung ventilators"
// counts "ventilators", "5 million new jobs" counts "jobs" — or a unit of measure ("5 km",
// "10kg", "30°C", "1.5C", "33 billion cubic meters", "a 4.3-meter lander"). Only lower-case
// words count, so "2019 Putin" stays a year. In a span the user marked, units of time modifying a
// noun count too ("a 50-minute session", "a 12-year-old"): see ReadMode.

import { FUNCTION_WORDS } from './function-words.js';
import { readTimes } from './multiples.js';
import { PhraseTable } from './phrases.js';
import { glued, hyphenatedWord, isCapitalised, spaced, type Token } from './tokens.js';
import type { ReadMode } from './types.js';

export interface CountedNoun {
  unit: string;
  /** Index of the first token after the noun. */
  next: number;
}

/** Plural nouns that do not end in -s, or whose singular is the same. */
const IRREGULAR_PLURALS = new Set([
  'people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'cattle', 'sheep', 'fish',
  'deer', 'feet', 'teeth', 'mice', 'geese', 'aircraft', 'livestock', 'offspring', 'crew',
  'gunmen', 'policemen', 'firemen', 'fishermen', 'servicemen', 'businessmen', 'congressmen', 'spokesmen',
]);

/** Words ending in -s that are not plural nouns after a number. */
const NOT_PLURAL = new Set([
  'gas', 'bias', 'news', 'lens', 'chaos', 'afterwards', 'sometimes', 'says', 'means', 'seems',
  'goes', 'shows', 'appears', 'includes', 'contains', 'requires', 'provides', 'allows', 'becomes',
  'gives', 'looks', 'comes', 'makes', 'takes', 'gets',
]);

/** Units of measure written as abbreviations, spaced or glued to the number ("5 km", "10kg"). */
const MEASURES = new Set([
  'km', 'kg', 'cm', 'mm', 'mg', 'kw', 'kwh', 'mw', 'mwh', 'gw', 'gwh', 'mph', 'kph', 'ft', 'lb',
  'lbs', 'oz', 'bpd',
]);

/**
 * One-letter units whose case matters, only glued to the number: "5g" of salt, "1.5C" or "100F"
 * of warming. "4G" is a code and "5 C" a grade.
 */
const GLUED_MEASURES = new Map([['g', 'g'], ['C', '°C'], ['F', '°F']]);

/** Units written out in the singular, which may be hyphenated onto the number: "a 4.3-meter lander". */
const MEASURE_WORDS = new Set([
  'meter', 'metre', 'kilometer', 'kilometre', 'centimeter', 'centimetre', 'millimeter', 'millimetre', 'mile',
  'foot', 'inch', 'yard', 'acre', 'hectare', 'gram', 'kilogram', 'tonne', 'ton', 'liter', 'litre', 'gallon',
  'kilowatt', 'megawatt', 'gigawatt', 'degree',
]);

/**
 * Units of time in the singular, as they modify a noun ("a 50-minute session", "a 49 minute
 * session", "a two-day visit"), and the unit they are read as.
 */
const TIME_UNITS = new Map([
  ['second', 'seconds'], ['minute', 'minutes'], ['hour', 'hours'], ['day', 'days'], ['week', 'weeks'],
  ['month', 'months'], ['year', 'years'], ['decade', 'decades'], ['century', 'centuries'],
]);

/** What follows a hyphenated unit of time to make an age or a length: "12-year-old", "a 50-minute-long talk". */
const DURATION_TAILS = new Set(['old', 'long']);

/** A unit of time in the singular: "day" in "$5-a-day", "minute" in "a 50-minute session". */
export function isTimeUnit(word: string | undefined): boolean {
  return word !== undefined && TIME_UNITS.has(word);
}

/** Units of more than one word: "square miles", "cubic meters", "degrees Celsius", "barrels per day". */
const UNIT_PHRASES = new PhraseTable<string>([
  ...['square', 'cubic'].flatMap((dimension) => [
    'miles', 'mile', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'km', 'metres', 'meters', 'metre',
    'meter', 'feet', 'foot', 'ft', 'yards', 'yard', 'inches',
  ].map((length): [string, string] => [`${dimension} ${length}`, `${dimension} ${length}`])),
  ['degrees Celsius', '°C'], ['degree Celsius', '°C'], ['degrees centigrade', '°C'], ['degrees C', '°C'],
  ['degrees Fahrenheit', '°F'], ['degree Fahrenheit', '°F'], ['degrees F', '°F'],
  // The oil market's unit: "9 million barrels per day" (bpd), where other rates ("a year") are not units.
  ['barrels per day', 'barrels per day'], ['barrels a day', 'barrels per day'],
]);

/** Comparatives that may come between the number and its noun: "200 more ventilators". */
const COMPARATIVES = new Set(['more', 'fewer', 'less', 'other', 'further']);

/** At most this many words between the number and its noun: "200 new lung ventilators". */
const MAX_WORDS = 3;

/** The unit of measure the word at i names: "km" in "5 km", "g" in "5g", "°C" in "1.5C". */
export function measureAt(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i];
  if (t?.kind !== 'word') return undefined;
  if (MEASURES.has(t.lower)) return t.lower;
  return glued(tokens[i - 1], t) ? GLUED_MEASURES.get(t.text) : undefined;
}

/**
 * A unit hyphenated onto the number: "4.3-meter", "a 10-km race"; a unit of time ("20-year-old",
 * "50-minute") only in a span the user marked.
 */
export function isMeasureModifier(word: string, mode: ReadMode): boolean {
  return MEASURE_WORDS.has(word) || MEASURES.has(word) || (mode.marked && isTimeUnit(word));
}

/** The hyphenated unit at i ("-meter", "-year" with "-old" after it) read as a counted noun. */
function readModifier(tokens: readonly Token[], i: number, modifier: string, mode: ReadMode): CountedNoun | null {
  if (!isMeasureModifier(modifier, mode)) return null;
  const time = TIME_UNITS.get(modifier);
  if (time === undefined) return { unit: modifier, next: i + 2 };
  const tail = hyphenatedWord(tokens, i + 2);
  return { unit: time, next: tail !== undefined && DURATION_TAILS.has(tail) ? i + 4 : i + 2 };
}

function looksPlural(word: string): boolean {
  if (IRREGULAR_PLURALS.has(word)) return true;
  if (word.length < 3 || !word.endsWith('s') || NOT_PLURAL.has(word)) return false;
  return !/(?:ss|us|is|['’]s)$/.test(word);
}

/** "30°C", "-5 °F", "45°". */
function readDegrees(tokens: readonly Token[], i: number): CountedNoun | null {
  if (tokens[i]?.text !== '°') return null;
  const scale = tokens[i + 1];
  const named = scale?.kind === 'word' && (scale.text === 'C' || scale.text === 'F') && glued(tokens[i], scale);
  return named ? { unit: `°${scale.text}`, next: i + 2 } : { unit: '°', next: i + 1 };
}

/** A word and any words hyphenated onto it ("lung-ventilators"): the index one past its end. */
function compoundEnd(tokens: readonly Token[], i: number): number {
  let end = i + 1;
  while (hyphenatedWord(tokens, end) !== undefined) end += 2;
  return end;
}

/**
 * The noun counted by the number that ends just before token i. `singular` is true for a count
 * of one, whose noun does not look plural ("1 ventilator"): the last word before a function word.
 */
export function readCountedNoun(tokens: readonly Token[], i: number, singular: boolean, mode: ReadMode): CountedNoun | null {
  const first = tokens[i];
  if (first === undefined) return null;
  const modifier = hyphenatedWord(tokens, i);
  if (modifier !== undefined) return readModifier(tokens, i, modifier, mode);
  // "a 49 minute session": the compound written without its hyphen.
  const time = mode.marked && !singular && first.kind === 'word' && spaced(tokens[i - 1], first) ? TIME_UNITS.get(first.lower) : undefined;
  if (time !== undefined) return { unit: time, next: i + 1 };
  if (first.kind === 'symbol') return readDegrees(tokens, i);
  const measure = measureAt(tokens, i);
  if (measure !== undefined) return { unit: measure, next: i + 1 };
  const times = readTimes(tokens, i);
  if (times !== null) return { unit: 'times', next: times };
  let last: CountedNoun | null = null;
  for (let k = i, words = 0; words < MAX_WORDS; words++) {
    const t = tokens[k];
    if (t?.kind !== 'word' || !spaced(tokens[k - 1], t)) break;
    const phrase = UNIT_PHRASES.match(tokens, k);
    if (phrase !== null) return { unit: phrase.value, next: phrase.next };
    if (isCapitalised(t)) break;
    if (FUNCTION_WORDS.has(t.lower) && !(words === 0 && COMPARATIVES.has(t.lower))) break;
    const end = compoundEnd(tokens, k);
    const unit = tokens.slice(k, end).map((part) => part.lower).join('');
    if (looksPlural(unit)) return { unit, next: end };
    last = { unit, next: end };
    k = end;
  }
  return singular ? last : null;
}
