// Reads numbers written as words — "two", "twenty-five", "a dozen", "three million",
// "one hundred and five", "two and a half million", "half a million" — and fractions written as
// words — "half", "a third", "two-thirds", "three quarters".

import { DETERMINERS } from './function-words.js';
import { applyScale, scaleOf } from './scales.js';
import { glued, hyphenatedWord, spacedWord, type Token } from './tokens.js';

export interface WrittenNumber {
  value: number;
  /** Index of the first token after the number. */
  next: number;
  /** The largest scale word used ("million" in "three million"), lower-cased. */
  scale: string | null;
  fraction: boolean;
}

const UNITS = new Map<string, number>(
  ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
    'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
    .map((word, n) => [word, n]),
);

const TENS = new Map<string, number>(
  ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((word, n) => [word, (n + 2) * 10]),
);

/** "second" is left out: "a second" is time or an ordinal far more often than a half. */
const DENOMINATORS = new Map<string, number>([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4],
  ['fourth', 4], ['fourths', 4], ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6],
  ['seventh', 7], ['sevenths', 7], ['eighth', 8], ['eighths', 8], ['ninth', 9], ['ninths', 9],
  ['tenth', 10], ['tenths', 10],
]);

interface Part {
  value: number;
  next: number;
}

function wordAt(tokens: readonly Token[], i: number, first: boolean): string | undefined {
  return first ? (tokens[i]?.kind === 'word' ? tokens[i]?.lower : undefined) : spacedWord(tokens, i);
}

/** 0–99: "seven", "nineteen", "forty", "forty-two", "forty two". */
function readSmall(tokens: readonly Token[], i: number, first: boolean): Part | null {
  const word = wordAt(tokens, i, first);
  if (word === undefined) return null;
  const unit = UNITS.get(word);
  if (unit !== undefined) return { value: unit, next: i + 1 };
  const tens = TENS.get(word);
  if (tens === undefined) return null;
  const hyphenUnit = UNITS.get(hyphenatedWord(tokens, i + 1) ?? '');
  if (hyphenUnit !== undefined && hyphenUnit > 0 && hyphenUnit < 10) return { value: tens + hyphenUnit, next: i + 3 };
  const spacedUnit = UNITS.get(spacedWord(tokens, i + 1) ?? '');
  if (spacedUnit !== undefined && spacedUnit > 0 && spacedUnit < 10) return { value: tens + spacedUnit, next: i + 2 };
  return { value: tens, next: i + 1 };
}

/** "a"/"an" standing for one: "a hundred", "a dozen", "a million", "a third". */
function readArticle(tokens: readonly Token[], i: number): Part | null {
  const word = tokens[i]?.lower;
  if (word !== 'a' && word !== 'an') return null;
  const after = spacedWord(tokens, i + 1);
  if (after === undefined) return null;
  const counts = after === 'hundred' || after === 'dozen' || scaleOf(after)?.word === true || DENOMINATORS.has(after);
  return counts ? { value: 1, next: i + 1 } : null;
}

/** 0–999: a small number, optionally times a hundred: "two hundred and five", "a hundred". */
function readGroup(tokens: readonly Token[], i: number, first: boolean): Part | null {
  const lead = (first ? readArticle(tokens, i) : null) ?? readSmall(tokens, i, first);
  if (lead === null || spacedWord(tokens, lead.next) !== 'hundred' || lead.value === 0) return lead;
  let next = lead.next + 1;
  const and = spacedWord(tokens, next) === 'and' ? 1 : 0;
  const rest = readSmall(tokens, next + and, false);
  if (rest !== null) next = rest.next;
  return { value: lead.value * 100 + (rest?.value ?? 0), next };
}

/**
 * A fraction is in lowest terms ("two quarters" is a count of quarters) and is not an ordinal
 * before a noun ("a third country"): what follows it is "of", a determiner, or no word at all.
 */
function readFraction(tokens: readonly Token[], numerator: Part): WrittenNumber | null {
  const hyphenated = hyphenatedWord(tokens, numerator.next);
  const word = hyphenated ?? spacedWord(tokens, numerator.next);
  const denominator = DENOMINATORS.get(word ?? '');
  if (denominator === undefined || !isLowestTerms(numerator.value, denominator)) return null;
  const next = numerator.next + (hyphenated === undefined ? 1 : 2);
  return endsFraction(tokens, next) ? { value: numerator.value / denominator, next, scale: null, fraction: true } : null;
}

function isLowestTerms(top: number, bottom: number): boolean {
  if (top < 1 || top >= bottom) return false;
  let [a, b] = [top, bottom];
  while (b !== 0) [a, b] = [b, a % b];
  return a === 1;
}

function endsFraction(tokens: readonly Token[], next: number): boolean {
  const t = tokens[next];
  if (t === undefined) return true;
  if (t.kind !== 'word') return !(t.text === '-' && glued(tokens[next - 1], t));
  return t.lower === 'of' || t.lower === 'a' || t.lower === 'an' || DETERMINERS.has(t.lower);
}

/** "half", "half of", "half the", or a scaled half: "half a million", "half a dozen". */
function readHalf(tokens: readonly Token[], i: number): WrittenNumber | null {
  const article = spacedWord(tokens, i + 1);
  const counted = spacedWord(tokens, i + 2);
  if ((article === 'a' || article === 'an') && counted !== undefined) {
    if (counted === 'dozen') return { value: 6, next: i + 3, scale: null, fraction: false };
    const scale = scaleOf(counted);
    if (scale?.word) return { value: applyScale(0.5, scale.exponent), next: i + 3, scale: counted, fraction: false };
  }
  return endsFraction(tokens, i + 1) ? { value: 0.5, next: i + 1, scale: null, fraction: true } : null;
}

/** "and a half" after a number: "two and a half (million)". */
function readAndAHalf(tokens: readonly Token[], i: number): boolean {
  const article = spacedWord(tokens, i + 1);
  return spacedWord(tokens, i) === 'and' && (article === 'a' || article === 'an') && spacedWord(tokens, i + 2) === 'half';
}

/**
 * Scale words after a number, largest first: "three million", "two million three hundred
 * thousand", "one thousand and fifty". A scale that does not shrink ends the number, so
 * "two million and three billion" is never read as one number.
 */
function readScales(tokens: readonly Token[], lead: Part): WrittenNumber {
  let total = 0;
  let current = lead.value;
  let next = lead.next;
  let lastExponent = Infinity;
  let scale: string | null = null;
  for (;;) {
    const word = spacedWord(tokens, next);
    const found = word === undefined ? undefined : scaleOf(word);
    if (!found?.word || found.exponent >= lastExponent || current === 0) break;
    total += applyScale(current, found.exponent);
    current = 0;
    lastExponent = found.exponent;
    scale ??= word ?? null;
    next += 1;
    const and = spacedWord(tokens, next) === 'and' ? 1 : 0;
    const more = readGroup(tokens, next + and, false);
    if (more === null) break;
    const following = scaleOf(spacedWord(tokens, more.next) ?? '');
    if (following?.word && following.exponent >= lastExponent) break;
    current = more.value;
    next = more.next;
  }
  return { value: total + current, next, scale, fraction: false };
}

export function readWrittenNumber(tokens: readonly Token[], i: number): WrittenNumber | null {
  const first = tokens[i];
  if (first?.kind !== 'word') return null;
  if (first.lower === 'half') return readHalf(tokens, i);
  const lead = readGroup(tokens, i, true);
  if (lead === null) return null;
  const fraction = readFraction(tokens, lead);
  if (fraction !== null) return fraction;
  if (spacedWord(tokens, lead.next) === 'dozen') return readScales(tokens, { value: lead.value * 12, next: lead.next + 1 });
  if (readAndAHalf(tokens, lead.next)) return readScales(tokens, { value: lead.value + 0.5, next: lead.next + 3 });
  const number = readScales(tokens, lead);
  // A lone "a" is an article, not a number.
  return number.next === i + 1 && readArticle(tokens, i) !== null ? null : number;
}
