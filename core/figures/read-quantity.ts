// Reads a quantity that starts at one token — money, a percentage, a count, a plain number, a
// fraction, a year, or a range of them: "more than $28 billion", "10 to 15 per cent", "200 lung
// ventilators", "minus 5 degrees", "one in five", "2019", "2019-2020". Returns null where the
// token starts no figure: part of a word (G20), a label (Article 5), a clock time (3 p.m.).

import { APPROXIMATIONS_AFTER, APPROXIMATIONS_BEFORE } from './approximations.js';
import { isMeasureModifier, isTimeUnit, measureAt, readCountedNoun } from './counted-nouns.js';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, currencyCode } from './currencies.js';
import { DETERMINERS, PREPOSITIONS } from './function-words.js';
import { followsName, hasLabel, isClockTime, isGluedOnLeft } from './non-figures.js';
import { PERCENT_UNITS } from './percentages.js';
import { readAmount, type Amount } from './read-amount.js';
import { applyScale, scaleOf } from './scales.js';
import { glued, hyphenatedWord, spaced, spacedWord, type Token } from './tokens.js';
import type { FigureFields, FigureKind, ReadMode, Reading } from './types.js';

/** A number and what is written on it: "$10", "15 billion", "-3.2%", "200-odd", "10-15". */
interface Side extends Amount {
  /** Scaled by a single letter ("5m"), which means million only with a currency or a noun. */
  letterScale: boolean;
  sign: number;
  signed: boolean;
  currency: string | null;
  percent: string | null;
  approximate: string | null;
}

/** The signed, scaled value; null past 2^53, where a double can no longer hold it exactly. */
function scaled(raw: number | null, exponent: number | null, sign: number): number | null {
  if (raw === null) return null;
  const value = sign * (exponent === null ? raw : applyScale(raw, exponent));
  return Math.abs(value) <= Number.MAX_SAFE_INTEGER ? value : null;
}

/** Cents and pence move the amount two places: "96 cents" is 0.96 dollars. */
function inCurrency(exponent: number | null, hundredth: boolean): number | null {
  return hundredth ? (exponent ?? 0) - 2 : exponent;
}

/**
 * "minus 5", "negative 5", "-3.2%", "−5", "–5", "+5%". A hyphen glued to a word is not a sign
 * (COVID-19), and "plus or minus 3 points" is a margin of error, not a negative.
 */
function readSign(tokens: readonly Token[], i: number, opening: boolean): { sign: number; next: number } | null {
  const t = tokens[i];
  if (t?.kind === 'word' && (t.lower === 'minus' || t.lower === 'negative') && spaced(t, tokens[i + 1])) {
    const margin = t.lower === 'minus' && tokens[i - 1]?.lower === 'or' && tokens[i - 2]?.lower === 'plus';
    return margin ? null : { sign: -1, next: i + 1 };
  }
  // An en dash touching the number is a typographer's minus ("fell to –5%").
  const symbol = t?.kind === 'symbol' && (t.text === '-' || t.text === '−' || t.text === '–' || t.text === '+');
  if (symbol && glued(t, tokens[i + 1]) && !(opening && isGluedOnLeft(tokens, i))) {
    return { sign: t.text === '+' ? 1 : -1, next: i + 1 };
  }
  return null;
}

/** "$", "US$", "£", "Rs", or an ISO code before the amount ("USD 5 million", "EUR1.2bn"). */
function readCurrencyBefore(tokens: readonly Token[], i: number): { code: string; next: number } | null {
  const symbol = CURRENCY_SYMBOLS.match(tokens, i);
  if (symbol !== null) return { code: symbol.value, next: symbol.next };
  const code = currencyCode(tokens[i]);
  return code !== undefined && tokens[i + 1]?.kind === 'numeral' ? { code, next: i + 1 } : null;
}

interface CurrencyAfter {
  code: string;
  next: number;
  /** "cents", "pence": the amount is in hundredths of the currency. */
  hundredth: boolean;
}

/** "dollars", "US dollars", "roubles", "cents", "€", "RUB" after the amount; "pounds" only with a scale. */
function readCurrencyAfter(tokens: readonly Token[], i: number, hasScale: boolean): CurrencyAfter | null {
  const word = CURRENCY_WORDS.match(tokens, i);
  if (word !== null) {
    const { code, needsScale, hundredth } = word.value;
    return needsScale && !hasScale ? null : { code, next: word.next, hundredth };
  }
  const code = currencyCode(tokens[i]);
  return code !== undefined && spaced(tokens[i - 1], tokens[i]) ? { code, next: i + 1, hundredth: false } : null;
}

/** "-odd", "-plus" and "+" touch the number; "or so", "or more" follow it after a space. */
function readApproximationAfter(tokens: readonly Token[], i: number): { phrase: string; next: number } | null {
  const found = APPROXIMATIONS_AFTER.match(tokens, i);
  if (found === null) return null;
  const wordFirst = tokens[i]?.kind === 'word';
  return (wordFirst ? spaced : glued)(tokens[i - 1], tokens[i]) ? found : null;
}

/** A rate hyphenated onto the number: "£6.1bn-a-year", "$5-a-day", "10-per-week". It stays outside the figure. */
function isHyphenatedRate(tokens: readonly Token[], i: number): boolean {
  const word = hyphenatedWord(tokens, i);
  return (word === 'a' || word === 'per') && isTimeUnit(hyphenatedWord(tokens, i + 2));
}

/** Takes `word`, the token at side.next, as the side's scale if it is one; true when it was. */
function takeScale(side: Side, word: string): boolean {
  const scale = scaleOf(word);
  if (scale === undefined) return false;
  side.scale = word;
  side.exponent = scale.exponent;
  side.letterScale = scale.letter;
  side.next += 1;
  return true;
}

/**
 * One number with its sign, currency, scale, percent sign and glued approximation. Null when
 * what touches the number makes it part of something else: "1990s", "4G", "10am", "21st",
 * "20-year-old", "3 p.m.".
 */
function readSide(tokens: readonly Token[], i: number, opening: boolean, mode: ReadMode): Side | null {
  const sign = readSign(tokens, i, opening);
  const currency = readCurrencyBefore(tokens, sign?.next ?? i);
  const start = currency?.next ?? sign?.next ?? i;
  if (opening && start === i && tokens[i]?.kind === 'numeral' && isGluedOnLeft(tokens, i)) return null;
  const amount = readAmount(tokens, start);
  if (amount === null) return null;
  const side: Side = {
    ...amount, letterScale: false, sign: sign?.sign ?? 1, signed: sign !== null, currency: currency?.code ?? null,
    percent: null, approximate: null,
  };
  const after = tokens[side.next];
  if (!side.written && after?.kind === 'word' && glued(tokens[side.next - 1], after)) {
    if (!takeScale(side, after.lower) && measureAt(tokens, side.next) === undefined) return null;
  }
  if (isHyphenatedRate(tokens, side.next)) return side;
  const touching = readApproximationAfter(tokens, side.next);
  if (touching !== null && tokens[side.next]?.kind !== 'word') {
    side.approximate = touching.phrase;
    side.next = touching.next;
  } else {
    // "a $5-billion deal" is scaled and "a 4.3-meter lander" measured (its unit is read as the
    // counted noun); "a 20-year-old", "a two-day visit" are modifiers, not figures, unless the
    // user marked them (ReadMode).
    const word = hyphenatedWord(tokens, side.next);
    const measured = word !== undefined && side.exponent === null && isMeasureModifier(word, mode);
    if (word !== undefined && !measured) {
      if (side.exponent !== null || scaleOf(word)?.word !== true) return null;
      side.next += 1;
      takeScale(side, word);
    }
  }
  if (side.exponent === null && !side.fraction) {
    const word = spacedWord(tokens, side.next);
    // A spaced single letter is not a scale: "5 m" is five metres.
    if (word !== undefined && scaleOf(word)?.letter === false) takeScale(side, word);
  }
  if (side.exponent === null && isClockTime(tokens, side.next)) return null;
  const percent = PERCENT_UNITS.match(tokens, side.next);
  if (percent !== null) {
    side.percent = percent.value;
    side.next = percent.next;
  }
  return side;
}

function conflict(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a !== b;
}

interface RangeEnd {
  second: Side;
  /** The first number takes the second's scale: "10 to 15 million". */
  exponent: number | null;
  scale: string | null;
  hyphen: boolean;
}

/**
 * The upper end of a range: "10-15%", "$10 billion to $15 billion", "between 10 and 15". Both
 * ends must be the same kind of thing and go up; otherwise there is no range ("rose 10% to $15
 * billion", a score "3 - 2"), and the first number stands alone.
 */
function readRangeEnd(tokens: readonly Token[], first: Side, joiner: string | null, mode: ReadMode): RangeEnd | null {
  const sep = tokens[first.next];
  const hyphen = sep?.kind === 'symbol' && (sep.text === '-' || sep.text === '–');
  const joined = joiner !== null && spacedWord(tokens, first.next) === joiner;
  if (!hyphen && !joined) return null;
  const second = readSide(tokens, first.next + 1, false, mode);
  if (second === null || second.rawMax !== null) return null;
  if (conflict(first.currency, second.currency) || conflict(first.percent, second.percent)) return null;
  // "rose 0.6 percent to 23.77 trillion yuan" is a change and its result: a range's percent sign
  // may be left off its first end ("10 to 15%"), never its second.
  if (first.percent !== null && second.percent === null) return null;
  if ((first.currency ?? second.currency) !== null && (first.percent ?? second.percent) !== null) return null;
  const shares = first.exponent === null && first.raw !== null && second.raw !== null && first.raw < second.raw;
  const exponent = shares ? second.exponent : first.exponent;
  const low = scaled(first.raw, exponent, first.sign);
  const high = scaled(second.raw, second.exponent, second.sign);
  if (low === null || high === null || !(low < high)) return null;
  return { second, exponent, scale: shares ? second.scale : first.scale, hyphen };
}

function kindOf(has: { currency: boolean; percent: boolean; fraction: boolean; year: boolean; noun: boolean }): FigureKind {
  if (has.currency) return 'money';
  if (has.percent) return 'percent';
  if (has.fraction) return 'fraction';
  if (has.year) return 'year';
  return has.noun ? 'count' : 'number';
}

interface Tail {
  currency: string | null;
  hundredth: boolean;
  noun: string | null;
  approximate: string | null;
  next: number;
}

/**
 * What follows the numbers: a currency word ("28 bln rubles"), an approximation ("or so") and
 * the counted noun ("200 lung ventilators", "200 people or more").
 */
function readTail(tokens: readonly Token[], first: Side, second: Side | null, exponent: number | null, mayCount: boolean, mode: ReadMode): Tail {
  let next = (second ?? first).next;
  let currency = first.currency ?? second?.currency ?? null;
  let hundredth = false;
  if (currency === null) {
    const written = readCurrencyAfter(tokens, next, exponent !== null || (second?.exponent ?? null) !== null);
    if (written !== null) [currency, next, hundredth] = [written.code, written.next, written.hundredth];
  }
  let approximate = readApproximationAfter(tokens, next);
  if (approximate !== null) next = approximate.next;
  const percent = first.percent ?? second?.percent ?? null;
  const countable = mayCount && currency === null && percent === null && (!first.fraction || first.ratio);
  const one = second === null && first.rawMax === null && first.raw === 1 && exponent === null;
  const noun = !countable ? null : first.multiple ? { unit: 'times', next } : readCountedNoun(tokens, next, one, mode);
  if (noun !== null) next = noun.next;
  if (approximate === null && noun !== null) {
    approximate = readApproximationAfter(tokens, next);
    if (approximate !== null) next = approximate.next;
  }
  return { currency, hundredth, noun: noun?.unit ?? null, approximate: approximate?.phrase ?? null, next };
}

export function readQuantity(tokens: readonly Token[], i: number, mode: ReadMode): Reading | null {
  const before = APPROXIMATIONS_BEFORE.match(tokens, i);
  let j = before?.next ?? i;
  // "under-19", "over-60s": an approximation hyphenated onto the number names an age band.
  if (before !== null && tokens[j - 1]?.kind === 'word' && !spaced(tokens[j - 1], tokens[j])) return null;
  const between = tokens[j]?.kind === 'word' && tokens[j]?.lower === 'between';
  if (between) j += 1;
  const opening = j === i;
  const first = readSide(tokens, j, opening, mode);
  if (first === null) return null;
  // "from 10 to 15" is a change, not a range.
  const joiner = between ? 'and' : tokens[i - 1]?.lower === 'from' ? null : 'to';
  const range = first.rawMax === null && !first.multiple ? readRangeEnd(tokens, first, joiner, mode) : null;
  if (between && range === null) return null;
  const second = range?.second ?? null;
  const exponent = range?.exponent ?? first.exponent;
  const scale = range?.scale ?? first.scale ?? second?.scale ?? null;
  // "the 2020 elections", "in 2019 people voted", "below 2019 levels": a year before a noun is a
  // year, not a count, after a determiner or a preposition — an approximation like "below" included.
  const word = (opening ? tokens[i - 1]?.lower : before?.phrase) ?? '';
  const yearOfNoun = second === null && first.yearLike && first.currency === null && first.exponent === null
    && (DETERMINERS.has(word) || PREPOSITIONS.has(word));
  const tail = readTail(tokens, first, second, exponent, !yearOfNoun, mode);

  const percent = first.percent ?? second?.percent ?? null;
  const unit = tail.currency ?? percent ?? tail.noun;
  const approximate = before?.phrase ?? first.approximate ?? second?.approximate ?? tail.approximate;
  const bare = unit === null && scale === null && !first.signed && !first.fraction;
  const year = bare && first.yearLike && (second === null || second.yearLike);
  // Approximations do not attach to a bare four-digit number: "about 2000" is read from "2000", a year.
  if (year && approximate !== null) return null;
  // "No. 1 seed", "Article 5", "Windows 10", "FTSE 100 firms": the number is part of a name; a
  // currency in between makes it money ("the NHS £144m").
  if (opening && (hasLabel(tokens, i) || (first.currency === null && followsName(tokens, i)))) return null;

  // "5m" is 5 million only as money or with a noun ("1.5m people"); alone it may be 5 metres.
  const metres = (first.letterScale || second?.letterScale === true) && tail.currency === null && tail.noun === null;
  // "1.500" is 1.5 or 1500; a scale or a percent sign says English ("1.500 million", "3.125%").
  const european = (first.dotGroups || second?.dotGroups === true) && exponent === null && percent === null;
  const unreadable = metres || european;
  const low = unreadable ? null : scaled(first.raw, inCurrency(exponent, tail.hundredth), first.sign);
  const high = unreadable ? null
    : second !== null ? scaled(second.raw, inCurrency(second.exponent, tail.hundredth), second.sign)
      : scaled(first.rawMax, inCurrency(exponent, tail.hundredth), 1);
  const kind = kindOf({
    currency: tail.currency !== null,
    percent: percent !== null,
    fraction: first.fraction && second === null,
    year,
    noun: tail.noun !== null,
  });
  const fields: FigureFields = { value: low, unit, scale, approximate, kind };
  if (high !== null) fields.valueMax = high;
  if (year && low !== null) fields.date = String(low);
  return {
    first: i,
    end: tail.next,
    fields,
    written: first.written,
    hyphenRange: first.hyphenRange || range?.hyphen === true,
    isoDate: false,
  };
}
