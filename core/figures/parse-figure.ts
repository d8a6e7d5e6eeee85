// Reads the fields of a span the user marked as a Figure. The selection may hold more than the
// figure ("sent 200 lung ventilators to Russia"): its first quantity wins, else its first date or
// year, else whatever could be read of it (a currency, say) with value null — never a guess.

import { isReadable, readFigures } from './read-figure.js';
import { tokenize } from './tokens.js';
import { emptyFields, type FigureContext, type FigureFields, type Reading } from './types.js';

function isDated(reading: Reading): boolean {
  return reading.fields.kind === 'date' || reading.fields.kind === 'year';
}

export function parseFigure(text: string, context: FigureContext = {}): FigureFields {
  let dated: Reading | undefined;
  let unreadable: Reading | undefined;
  for (const reading of readFigures(tokenize(text), context)) {
    if (!isReadable(reading)) unreadable ??= reading;
    else if (isDated(reading)) dated ??= reading;
    else return reading.fields;
  }
  return (dated ?? unreadable)?.fields ?? emptyFields();
}
