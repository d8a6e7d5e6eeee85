// Reads a numeral token — digits with their separators — into a number, a range or a fraction.
// English conventions (1,234.5) by default; European ones (1.234,5 / 1.234.567) only
// where they cannot be read the English way. Anything ambiguous reads as null, never as a guess.

/**
 * `dotGroups`: the numeral has a part like "1.500", which is 1.5 in English and 1500 in most of
 * Europe. The English value stands only where the rest of the figure settles it ("1.500 million",
 * "3.125%"); see read-quantity.
 */
export type Numeral =
  | { form: 'number'; value: number | null; dotGroups: boolean }
  | { form: 'range'; value: number; max: number; dotGroups: boolean }
  | { form: 'fraction'; value: number };

const UNREADABLE: Numeral = { form: 'number', value: null, dotGroups: false };

const VULGAR_FRACTIONS: Record<string, number> = {
  '½': 1 / 2,
  '¼': 1 / 4,
  '¾': 3 / 4,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '⅛': 1 / 8,
};

const INTEGER = /^(?:0|[1-9]\d*)$/;
const DECIMAL = /^(?:0|[1-9]\d*)\.\d+$/;
const ENGLISH_GROUPED = /^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/;
const SPACE_GROUPED = /^[1-9]\d{0,2}(?:[\u00a0\u2009\u202f]\d{3})+(?:[.,]\d+)?$/;
const EUROPEAN_GROUPED = /^[1-9]\d{0,2}(?:(?:\.\d{3}){2,}(?:,\d+)?|(?:\.\d{3})+,\d+)$/;
const RANGE = /^([^-–]+)[-–]([^-–]+)$/;
const FRACTION = /^([1-9])\/([1-9]|10)$/;
const DOT_GROUPED = /^[1-9]\d{0,2}\.\d{3}$/;

/**
 * A plain number: "5", "5,000", "1,234.5", "0.75", "1.234,5", "1.234.567", "20 000". "1.234"
 * reads the English way (see dotGroups); "1,5" and "0123" are null (decimal comma or list? a code?).
 */
function parsePlainNumber(text: string): number | null {
  if (INTEGER.test(text) || DECIMAL.test(text)) return Number(text);
  if (ENGLISH_GROUPED.test(text)) return Number(text.replace(/,/g, ''));
  if (SPACE_GROUPED.test(text)) return Number(text.replace(/[\u00a0\u2009\u202f]/g, '').replace(',', '.'));
  if (EUROPEAN_GROUPED.test(text)) return Number(text.replace(/\./g, '').replace(',', '.'));
  return null;
}

export function readNumeral(text: string): Numeral {
  const vulgar = VULGAR_FRACTIONS[text.slice(-1)];
  if (vulgar !== undefined) {
    if (text.length === 1) return { form: 'fraction', value: vulgar };
    const whole = parsePlainNumber(text.slice(0, -1));
    return whole !== null && Number.isInteger(whole) ? { form: 'number', value: whole + vulgar, dotGroups: false } : UNREADABLE;
  }
  const range = RANGE.exec(text);
  if (range) {
    const [, from = '', to = ''] = range;
    const low = parsePlainNumber(from);
    const high = parsePlainNumber(to);
    const dotGroups = DOT_GROUPED.test(from) || DOT_GROUPED.test(to);
    // 3-2 and 24-7 are scores and slogans, not ranges: a range goes up.
    return low !== null && high !== null && low < high ? { form: 'range', value: low, max: high, dotGroups } : UNREADABLE;
  }
  const fraction = FRACTION.exec(text);
  if (fraction) {
    const top = Number(fraction[1]);
    const bottom = Number(fraction[2]);
    return top < bottom ? { form: 'fraction', value: top / bottom } : UNREADABLE;
  }
  return { form: 'number', value: parsePlainNumber(text), dotGroups: DOT_GROUPED.test(text) };
}
