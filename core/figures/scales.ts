// Scale words and abbreviations ("billion", "bn", "mln", "m", "crore") and the power of ten each
// one multiplies by. Scaling goes through the decimal string, so 2.3 billion is exactly 2300000000.

export interface Scale {
  exponent: number;
  /** A written-out word ("million") that a number in words can use ("three million"). */
  word: boolean;
  /**
   * A single letter (m, k, b): "5m" may be metres and "5k" a race, so it only scales a figure
   * with a currency or a counted noun ("$5m", "1.5m people").
   */
  letter: boolean;
}

function scale(exponent: number, form: 'word' | 'abbreviation' | 'letter'): Scale {
  return { exponent, word: form === 'word', letter: form === 'letter' };
}

const SCALES = new Map<string, Scale>([
  ['thousand', scale(3, 'word')],
  ['k', scale(3, 'letter')],
  ['lakh', scale(5, 'word')],
  ['lakhs', scale(5, 'word')],
  ['million', scale(6, 'word')],
  ['m', scale(6, 'letter')],
  ['mn', scale(6, 'abbreviation')],
  ['mln', scale(6, 'abbreviation')],
  ['crore', scale(7, 'word')],
  ['crores', scale(7, 'word')],
  ['billion', scale(9, 'word')],
  ['b', scale(9, 'letter')],
  ['bn', scale(9, 'abbreviation')],
  ['bln', scale(9, 'abbreviation')],
  ['trillion', scale(12, 'word')],
  ['tn', scale(12, 'abbreviation')],
  ['trn', scale(12, 'abbreviation')],
  ['trln', scale(12, 'abbreviation')],
]);

/** The scale a lower-cased word names, if any. */
export function scaleOf(word: string): Scale | undefined {
  return SCALES.get(word);
}

/** value × 10^exponent, exact for numbers written in decimal (1.15 × 10^9 = 1150000000). */
export function applyScale(value: number, exponent: number): number {
  const written = String(value);
  return written.includes('e') ? value * 10 ** exponent : Number(`${written}e${exponent}`);
}
