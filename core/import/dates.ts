// Reads the publication dates that files write in many ways ("2020-07-23T09:15:00+03:00",
// "July 23, 2020", "Thu, 23 Jul 2020 06:15:00 GMT") into the one form ArticleMeta keeps:
// YYYY-MM-DD. The date is taken as written, never shifted through a time zone, so an article
// published just after midnight in Moscow keeps its Moscow date, and the result does not
// depend on the machine's zone.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function iso(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** YYYY-MM-DD for a date written in a common form, or undefined when it is not a real date. */
export function toIsoDate(value: string): string | undefined {
  const s = value.trim();
  const numeric = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/.exec(s);
  if (numeric) return iso(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const monthFirst = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (monthFirst?.[1] && monthNumber(monthFirst[1]) > 0) {
    return iso(Number(monthFirst[3]), monthNumber(monthFirst[1]), Number(monthFirst[2]));
  }
  const dayFirst = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})\.?\s+([A-Za-z]{3,})\.?,?\s+(\d{4})\b/.exec(s);
  if (dayFirst?.[2] && monthNumber(dayFirst[2]) > 0) {
    return iso(Number(dayFirst[3]), monthNumber(dayFirst[2]), Number(dayFirst[1]));
  }
  return undefined;
}
