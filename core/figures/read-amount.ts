// Reads the bare amount a figure is built on — a numeral ("1,234.5", "10-15", "1/3") or a number
// in words ("twenty-five", "three million", "a third", "twice") — and ratios made of two ("one in
// five", "3 in 10"). Signs, currencies, scales and units around it are read by read-quantity.

import { multipleWord } from './multiples.js';
import { readNumeral } from './numerals.js';
import { scaleOf } from './scales.js';
import { spaced, spacedWord, type Token } from './tokens.js';
import { readWrittenNumber } from './written-numbers.js';

export interface Amount {
  /** Index of the first token after the amount. */
  next: number;
  /** The number before any scale; null when it cannot be read. */
  raw: number | null;
  /** Upper end when the numeral itself is a range ("10-15"). */
  rawMax: number | null;
  exponent: number | null;
  scale: string | null;
  fraction: boolean;
  /** A fraction written "one in five": it may name what it is a fraction of ("one in five adults"). */
  ratio: boolean;
  /** A multiple written as one word: "twice" is 2 times. */
  multiple: boolean;
  written: boolean;
  /** A four-digit whole number from 1900 to 2100, with no comma: a year unless a unit says otherwise. */
  yearLike: boolean;
  hyphenRange: boolean;
  /** Written like "1.500": English 1.5 or European 1500 (see numerals). */
  dotGroups: boolean;
}

const YEAR = String.raw`(?:19\d\d|20\d\d|2100)`;
const A_YEAR = new RegExp(`^${YEAR}$`);
const YEARS = new RegExp(`^${YEAR}[-–]${YEAR}$`);

/** "one in five", "3 in 10": the denominator is at most this. */
const MAX_RATIO_DENOMINATOR = 100;

/** Nouns that make "5 in 10 minutes" a rate of time, not a ratio. */
const TIME_NOUNS = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'games', 'matches']);

function bareAmount(i: number, raw: number | null): Amount {
  return {
    next: i + 1, raw, rawMax: null, exponent: null, scale: null, fraction: false, ratio: false, multiple: false,
    written: false, yearLike: false, hyphenRange: false, dotGroups: false,
  };
}

function readNumeralAmount(token: Token, i: number): Amount {
  const amount = bareAmount(i, null);
  const numeral = readNumeral(token.text);
  switch (numeral.form) {
    case 'range':
      return {
        ...amount, raw: numeral.value, rawMax: numeral.max, hyphenRange: true, dotGroups: numeral.dotGroups,
        yearLike: YEARS.test(token.text),
      };
    case 'fraction':
      return { ...amount, raw: numeral.value, fraction: true };
    case 'number':
      return { ...amount, raw: numeral.value, dotGroups: numeral.dotGroups, yearLike: A_YEAR.test(token.text) };
  }
}

function readSingleAmount(tokens: readonly Token[], i: number): Amount | null {
  const t = tokens[i];
  if (t?.kind === 'numeral') return readNumeralAmount(t, i);
  const multiple = multipleWord(t);
  if (multiple !== undefined) return { ...bareAmount(i, multiple), multiple: true, written: true };
  const written = readWrittenNumber(tokens, i);
  if (written === null) return null;
  const exponent = written.scale === null ? null : (scaleOf(written.scale)?.exponent ?? null);
  return {
    ...bareAmount(i, exponent === null ? written.value : written.value / 10 ** exponent),
    next: written.next,
    exponent,
    scale: written.scale,
    fraction: written.fraction,
    written: true,
  };
}

/** "one in five", "3 in 10 workers": a whole number out of a larger one, up to 100. */
function readRatio(tokens: readonly Token[], amount: Amount): Amount {
  const { raw } = amount;
  if (raw === null || amount.exponent !== null || amount.fraction || amount.multiple || !Number.isInteger(raw)) return amount;
  if (spacedWord(tokens, amount.next) !== 'in' || !spaced(tokens[amount.next], tokens[amount.next + 1])) return amount;
  const whole = readSingleAmount(tokens, amount.next + 1);
  const denominator = whole?.raw ?? null;
  if (whole === null || denominator === null || whole.exponent !== null || whole.fraction) return amount;
  if (TIME_NOUNS.has(spacedWord(tokens, whole.next) ?? '')) return amount;
  const ratio = Number.isInteger(denominator) && denominator > raw && denominator <= MAX_RATIO_DENOMINATOR;
  return ratio ? { ...amount, raw: raw / denominator, fraction: true, ratio: true, next: whole.next } : amount;
}

export function readAmount(tokens: readonly Token[], i: number): Amount | null {
  const amount = readSingleAmount(tokens, i);
  return amount === null ? null : readRatio(tokens, amount);
}
