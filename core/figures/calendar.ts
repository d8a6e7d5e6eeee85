// Calendar knowledge for dates in news text: month names, which days exist, ISO 8601 formatting,
// and which year a date written without one ("June 1") most likely means.

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december',
];

const MONTHS = new Map<string, number>([
  ...MONTH_NAMES.map((name, n): [string, number] => [name, n + 1]),
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9],
  ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

/** The month a lower-cased name or abbreviation stands for (1–12). */
export function monthNumber(name: string): number | undefined {
  return MONTHS.get(name);
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** A lower-cased month or weekday name ("march", "sept", "thursday"). */
export function isCalendarName(name: string): boolean {
  return MONTHS.has(name) || WEEKDAYS.has(name);
}

/** Whether a month name is abbreviated ("Sept"), and so may take a full stop. */
export function isAbbreviatedMonth(name: string): boolean {
  return MONTHS.has(name) && !MONTH_NAMES.includes(name);
}

function daysInMonth(year: number | null, month: number): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real day; a null year allows 29 February. */
export function isRealDate(year: number | null, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** YYYY-MM-DD; YYYY-MM without a day; --MM-DD without a year (ISO 8601's recurring date). */
export function isoDate(year: number | null, month: number, day?: number): string {
  if (day === undefined) return `${year}-${pad(month)}`;
  return year === null ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** The parts of a string written YYYY-MM-DD, whether or not the day exists. */
export function splitIsoDate(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** A YYYY-MM-DD string that names a real day, or null. */
export function parseIsoDate(text: string | undefined): CalendarDate | null {
  const date = splitIsoDate(text ?? '');
  return date !== null && isRealDate(date.year, date.month, date.day) ? date : null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** News mostly looks back: a yearless date is placed nearest to one month before the article. */
const LOOK_BACK_DAYS = 30;

/**
 * The year for a month and day written without one: of the article's year and the years either
 * side, the one that puts the date nearest to a month before the article date — in effect the
 * window from about 7 months before the article to 5 months after it.
 */
export function resolveYear(month: number, day: number, article: CalendarDate): number | null {
  const target = Date.UTC(article.year, article.month - 1, article.day) - LOOK_BACK_DAYS * DAY_MS;
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const year of [article.year - 1, article.year, article.year + 1]) {
    if (!isRealDate(year, month, day)) continue;
    const distance = Math.abs(Date.UTC(year, month - 1, day) - target);
    if (distance < bestDistance) [best, bestDistance] = [year, distance];
  }
  return best;
}
