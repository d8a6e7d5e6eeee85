// Reads the fields of a span the user marked as a Figure. The selection may hold more than the
// figure ("sent 200 lung ventilators to Russia"): its first quantity wins, else its first date or
// year, else whatever could be read of it (a currency, say) with value null — never a guess. The
// user said it is a figure, so it is read as marked (ReadMode): "a 50-minute session" is 50 minutes.

import { isReadable, readFigures } from './read-figure.js';
import { tokenize } from './tokens.js';
import { emptyFields, type FigureContext, type FigureFields, type ReadMode, type Reading } from './types.js';

const MARKED: ReadMode = { marked: true };

function isDated(reading: Reading): boolean {
  return reading.fields.kind === 'date' || reading.fields.kind === 'year';
}

export function parseFigure(text: string, context: FigureContext = {}): FigureFields {
  let dated: Reading | undefined;
  let unreadable: Reading | undefined;
  for (const reading of readFigures(tokenize(text), context, MARKED)) {
    if (!isReadable(reading)) unreadable ??= reading;
    else if (isDated(reading)) dated ??= reading;
    else return reading.fields;
  }
  return (dated ?? unreadable)?.fields ?? emptyFields();
}
