// Walks the token stream and reads every figure in it, left to right, without overlaps: the one
// reading that parseFigure (a user's selection) and findFigures (a whole article) share, so a
// span reads the same whichever way it was marked.

import { parseIsoDate } from './calendar.js';
import { readDate } from './read-date.js';
import { readQuantity } from './read-quantity.js';
import type { Token } from './tokens.js';
import { emptyFields, SCAN, type FigureContext, type ReadMode, type Reading } from './types.js';

/** A phone number or the like: read, so nothing inside it is, but with nothing to say. */
function junkReading(i: number): Reading {
  return { first: i, end: i + 1, fields: emptyFields(), written: false, hyphenRange: false, isoDate: false };
}

export function* readFigures(tokens: readonly Token[], context: FigureContext = {}, mode: ReadMode = SCAN): Generator<Reading> {
  const article = parseIsoDate(context.articleDate);
  for (let i = 0; i < tokens.length;) {
    const reading = tokens[i]?.kind === 'junk' ? junkReading(i) : (readDate(tokens, i, article) ?? readQuantity(tokens, i, mode));
    if (reading === null) {
      i += 1;
    } else {
      yield reading;
      i = reading.end;
    }
  }
}

/** A figure that says something: a number, or a date. */
export function isReadable(reading: Reading): boolean {
  return reading.fields.value !== null || reading.fields.date !== undefined;
}
