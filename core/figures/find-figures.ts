// Scans a whole article for figures to suggest. It reads exactly as parseFigure does, then keeps
// only what a reader would mark: it drops unreadable numbers, machine dates (the "date
// 2020-07-23" header), bare hyphenated pairs (scores, codes), list markers, and numbers in words
// that count nothing ("one of the leaders") or refer back ("the two leaders").

import { DETERMINERS } from './function-words.js';
import { isReadable, readFigures } from './read-figure.js';
import { glued, tokenize, type Token } from './tokens.js';
import type { FigureContext, FoundFigure, Reading } from './types.js';

/** "1." or "2)" alone at the start of a line numbers a list. */
function isListMarker(reading: Reading, tokens: readonly Token[], text: string): boolean {
  const t = tokens[reading.first];
  const after = tokens[reading.first + 1];
  const before = tokens[reading.first - 1];
  if (t?.kind !== 'numeral' || reading.end !== reading.first + 1) return false;
  const lineStart = before === undefined || text.slice(before.end, t.start).includes('\n');
  return lineStart && (after?.text === '.' || after?.text === ')') && glued(t, after);
}

/**
 * A number in words is suggested when it carries a scale, currency or percent ("three million",
 * "five per cent"), is a fraction of something ("two-thirds of voters", "half the budget", "one
 * in five adults"), or counts two or more of a noun that no determiner points back to ("three
 * people"; not "the two leaders", not "one day").
 */
function isWrittenFigure(reading: Reading, tokens: readonly Token[]): boolean {
  const { fields } = reading;
  if (fields.scale !== null || fields.kind === 'money' || fields.kind === 'percent') return true;
  if (fields.kind === 'fraction') {
    const after = tokens[reading.end];
    return fields.unit !== null || (after?.kind === 'word' && (after.lower === 'of' || DETERMINERS.has(after.lower)));
  }
  const before = tokens[reading.first - 1];
  const referring = before?.kind === 'word' && DETERMINERS.has(before.lower);
  return fields.kind === 'count' && (fields.value ?? 0) >= 2 && !referring;
}

function isSuggested(reading: Reading, tokens: readonly Token[], text: string): boolean {
  if (!isReadable(reading) || reading.isoDate) return false;
  if (reading.hyphenRange && reading.fields.kind === 'number') return false;
  if (isListMarker(reading, tokens, text)) return false;
  return !reading.written || isWrittenFigure(reading, tokens);
}

/** [start, end) of each paragraph: no figure crosses a blank line. */
function* paragraphs(text: string): Generator<[number, number]> {
  const blankLine = /\n[^\S\n]*\n/g;
  let start = 0;
  for (let m = blankLine.exec(text); m !== null; m = blankLine.exec(text)) {
    yield [start, m.index];
    start = m.index + m[0].length;
  }
  yield [start, text.length];
}

export function findFigures(text: string, context: FigureContext = {}): FoundFigure[] {
  const found: FoundFigure[] = [];
  // A paragraph at a time, so a long article never holds all its tokens at once.
  for (const [from, to] of paragraphs(text)) {
    const tokens = tokenize(text, from, to);
    for (const reading of readFigures(tokens, context)) {
      if (!isSuggested(reading, tokens, text)) continue;
      const start = (tokens[reading.first] as Token).start;
      const end = (tokens[reading.end - 1] as Token).end;
      found.push({ ...reading.fields, start, end, text: text.slice(start, end) });
    }
  }
  return found;
}
