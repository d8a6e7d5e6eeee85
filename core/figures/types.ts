// The shapes of a figure: what parseFigure reads from a selection and findFigures reports for a
// span of an article. Plain data, so it crosses IPC and goes into exports unchanged.

export type FigureKind = 'money' | 'percent' | 'count' | 'number' | 'date' | 'year' | 'fraction';

export interface FigureContext {
  /** The article's date, YYYY-MM-DD. Gives a year to dates written without one ("June 1"). */
  articleDate?: string;
}

export interface FigureFields {
  /**
   * The number, normalised (scale applied, sign included). null when it cannot be read safely —
   * never a guess — and for dates, whose reading is in `date`.
   */
  value: number | null;
  /** Upper end of a range ("10-15%": value 10, valueMax 15). */
  valueMax?: number;
  /**
   * Money: an ISO 4217 code (USD, GBP…). Percent: '%', 'percentage points' or 'basis points'.
   * Count: the counted noun ("ventilators", "km", "°C"). Otherwise null.
   */
  unit: string | null;
  /** The scale word as written, lower-cased: "billion", "bn", "m", "mln", "crore"… */
  scale: string | null;
  /** The approximation as written, lower-cased: "about", "more than", "up to", "or so"… */
  approximate: string | null;
  /** ISO 8601: YYYY-MM-DD, YYYY-MM, YYYY, or --MM-DD when the year is unknown. */
  date?: string;
  kind: FigureKind;
  /** The user typed the value, unit or scale: a change of the words never replaces them. */
  byHand?: boolean;
  /** The words changed (a new version, a re-placed orphan) and the reading with them: shown until the user confirms. */
  changed?: FigureChange;
}

/** What a figure read, in the parts a reader compares. */
export interface FigureReading {
  value: number | null;
  unit: string | null;
  scale: string | null;
}

export interface FigureChange {
  /** The reading before its words changed. */
  from: FigureReading;
  /** What the new words read. */
  to: FigureReading;
  /** The user's own value was kept (byHand), so `to` was not applied. */
  kept: boolean;
}

export interface FoundFigure extends FigureFields {
  /** UTF-16 offsets into the scanned text; `end` is exclusive. */
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
}

/** How the token stream is read (internal to core/figures). */
export interface ReadMode {
  /**
   * The user marked the span as a figure (parseFigure), so a number that modifies a noun with a
   * unit of time is read as that duration or age: "a 50-minute session", "a 49 minute session",
   * "a 12-year-old". A scan of a whole article (findFigures) does not suggest those.
   */
  marked: boolean;
}

export const SCAN: ReadMode = { marked: false };

/** One figure read from the token stream (internal to core/figures). */
export interface Reading {
  /** Index of the first token of the figure. */
  first: number;
  /** Index one past its last token. */
  end: number;
  fields: FigureFields;
  /** The number was written in words ("two", "a third"), not digits. */
  written: boolean;
  /** A range written with a hyphen or dash ("10-15"): as often a score or a code as a range. */
  hyphenRange: boolean;
  /** A date written the machine way (2020-07-23): usually metadata, not reporting. */
  isoDate: boolean;
}

export function emptyFields(): FigureFields {
  return { value: null, unit: null, scale: null, approximate: null, kind: 'number' };
}
