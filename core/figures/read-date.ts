// Reads dates as news writes them — "June 1", "March 30, 2020", "30 March", "1st of June",
// "Sept. 11", "June 2019", "2020-07-23" — and gives a year to those written without one from the
// article's date. Weekday names alone ("on Thursday") are not dates.

import { isAbbreviatedMonth, isoDate, isRealDate, monthNumber, resolveYear, splitIsoDate, type CalendarDate } from './calendar.js';
import { isGluedOnLeft } from './non-figures.js';
import { glued, isCapitalised, spaced, spacedWord, type Token } from './tokens.js';
import type { Reading } from './types.js';

const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
const DAY_RANGE = /^\d{1,2}[-–]\d{1,2}$/;

interface Part {
  value: number;
  next: number;
}

/** A capitalised month name at i, with the full stop of an abbreviation ("Sept."). */
function readMonth(tokens: readonly Token[], i: number): Part | null {
  const t = tokens[i];
  if (t?.kind !== 'word' || !isCapitalised(t)) return null;
  const month = monthNumber(t.lower);
  if (month === undefined) return null;
  const stop = isAbbreviatedMonth(t.lower) && tokens[i + 1]?.text === '.' && glued(t, tokens[i + 1]);
  return { value: month, next: i + (stop ? 2 : 1) };
}

/** A day of the month, 1–31, with an ordinal suffix if it has one ("1st"). */
function readDay(tokens: readonly Token[], i: number): Part | null {
  const t = tokens[i];
  if (t?.kind !== 'numeral' || !/^\d{1,2}$/.test(t.text)) return null;
  const day = Number(t.text);
  if (day < 1 || day > 31) return null;
  const after = tokens[i + 1];
  if (after?.kind === 'word' && glued(t, after)) {
    return ORDINAL_SUFFIXES.has(after.lower) ? { value: day, next: i + 2 } : null;
  }
  return { value: day, next: i + 1 };
}

/** A four-digit year after white space, optionally after a comma: "June 1, 2020", "June 2019". */
function readYear(tokens: readonly Token[], i: number): Part | null {
  const comma = tokens[i]?.text === ',' && glued(tokens[i - 1], tokens[i]) ? 1 : 0;
  const t = tokens[i + comma];
  if (t?.kind !== 'numeral' || !spaced(tokens[i + comma - 1], t) || !/^\d{4}$/.test(t.text)) return null;
  const year = Number(t.text);
  const after = tokens[i + comma + 1];
  if (year < 1000 || (after !== undefined && glued(t, after) && after.kind === 'word')) return null;
  return { value: year, next: i + comma + 1 };
}

function dateReading(first: number, end: number, date: string | undefined, isoForm = false): Reading {
  const fields = { value: null, unit: null, scale: null, approximate: null, kind: 'date' as const };
  return { first, end, fields: date === undefined ? fields : { ...fields, date }, written: false, hyphenRange: false, isoDate: isoForm };
}

/** A day and month with an optional year; an impossible day (30 February) reads as no date. */
function dayReading(first: number, end: number, month: number, day: number, year: number | null, article: CalendarDate | null): Reading {
  const resolved = year ?? (article === null ? null : resolveYear(month, day, article));
  const unresolvable = year === null && article !== null && resolved === null;
  const real = !unresolvable && isRealDate(resolved, month, day);
  return dateReading(first, end, real ? isoDate(resolved, month, day) : undefined);
}

/** "June 1", "June 1st, 2020", "Sept. 11 2001", "June 2019"; "June 1-5" is a date it cannot read. */
function readMonthFirst(tokens: readonly Token[], i: number, article: CalendarDate | null): Reading | null {
  const month = readMonth(tokens, i);
  if (month === null) return null;
  const spacedDay = spaced(tokens[month.next - 1], tokens[month.next]);
  if (spacedDay && DAY_RANGE.test(tokens[month.next]?.text ?? '')) return dateReading(i, month.next + 1, undefined);
  const day = spacedDay ? readDay(tokens, month.next) : null;
  if (day !== null) {
    const year = readYear(tokens, day.next);
    return dayReading(i, year?.next ?? day.next, month.value, day.value, year?.value ?? null, article);
  }
  const year = readYear(tokens, month.next);
  return year === null ? null : dateReading(i, year.next, isoDate(year.value, month.value));
}

/** "30 March", "1st of June", "30 March 2020". */
function readDayFirst(tokens: readonly Token[], i: number, article: CalendarDate | null): Reading | null {
  if (isGluedOnLeft(tokens, i)) return null;
  const day = readDay(tokens, i);
  if (day === null) return null;
  const of = spacedWord(tokens, day.next) === 'of' ? 1 : 0;
  if (!spaced(tokens[day.next + of - 1], tokens[day.next + of])) return null;
  const month = readMonth(tokens, day.next + of);
  if (month === null) return null;
  const year = readYear(tokens, month.next);
  return dayReading(i, year?.next ?? month.next, month.value, day.value, year?.value ?? null, article);
}

/** "2020-07-23": a date, flagged as the machine form it is. */
function readIsoForm(tokens: readonly Token[], i: number): Reading | null {
  const t = tokens[i];
  const parts = t?.kind === 'numeral' && !isGluedOnLeft(tokens, i) ? splitIsoDate(t.text) : null;
  if (parts === null) return null;
  const { year, month, day } = parts;
  return dateReading(i, i + 1, isRealDate(year, month, day) ? isoDate(year, month, day) : undefined, true);
}

export function readDate(tokens: readonly Token[], i: number, article: CalendarDate | null): Reading | null {
  const kind = tokens[i]?.kind;
  if (kind === 'word') return readMonthFirst(tokens, i, article);
  if (kind === 'numeral') return readIsoForm(tokens, i) ?? readDayFirst(tokens, i, article);
  return null;
}
