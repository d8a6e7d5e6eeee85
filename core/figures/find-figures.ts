// Scans a whole article for figures to suggest. It reads exactly as parseFigure does, then keeps
// only what a reader would mark: it drops unreadable numbers, machine dates (the "date
// 2020-07-23" header), bare hyphenated pairs (scores, codes), list markers, ages ("Coyle, 52,"),
// and numbers in words that count nothing ("one of the leaders"), refer back ("the two leaders")
// or count something other than people ("three generations").

import { DETERMINERS } from './function-words.js';
import { isComparison } from './multiples.js';
import { isPersonNoun } from './person-nouns.js';
import { isReadable, readFigures } from './read-figure.js';
import { glued, isCapitalised, tokenize, type Token } from './tokens.js';
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

/** "Adrian Coyle, 52, of Guildford": a bare whole number set off by commas after a name is an age. */
function isAge(reading: Reading, tokens: readonly Token[]): boolean {
  const { value, kind, approximate } = reading.fields;
  if (kind !== 'number' || reading.written || approximate !== null || value === null) return false;
  if (!Number.isInteger(value) || value < 1 || value > 120) return false;
  const [name, comma, after] = [tokens[reading.first - 2], tokens[reading.first - 1], tokens[reading.end]];
  const named = name?.kind === 'word' && isCapitalised(name) && comma?.text === ',' && glued(name, comma);
  return named && after?.text === ',' && glued(tokens[reading.end - 1], after);
}

/** "the first half of the year", "the second half": a fraction after an ordinal names a period. */
const PERIOD_ORDINALS = new Set(['first', 'second', 'last', 'latter', 'final']);

/**
 * A number in words is suggested when it carries a scale, currency or percent ("three million",
 * "five per cent"), is a fraction of something ("two-thirds of voters", "half the budget", "one
 * in five adults") but not a period ("the first half"), is a multiple in a comparison ("three
 * times as much", "twice as likely"), or counts two or more people that no determiner points back
 * to ("three people"; not "the two leaders", "one day", "three generations").
 */
function isWrittenFigure(reading: Reading, tokens: readonly Token[]): boolean {
  const { fields } = reading;
  if (fields.scale !== null || fields.kind === 'money' || fields.kind === 'percent') return true;
  const before = tokens[reading.first - 1];
  if (fields.kind === 'fraction') {
    const after = tokens[reading.end];
    if (before?.kind === 'word' && PERIOD_ORDINALS.has(before.lower)) return false;
    return fields.unit !== null || (after?.kind === 'word' && (after.lower === 'of' || DETERMINERS.has(after.lower)));
  }
  if (fields.unit === 'times') return isComparison(tokens, reading.end);
  const referring = before?.kind === 'word' && DETERMINERS.has(before.lower);
  return fields.kind === 'count' && (fields.value ?? 0) >= 2 && !referring && isPersonNoun(fields.unit ?? '');
}

function isSuggested(reading: Reading, tokens: readonly Token[], text: string): boolean {
  if (!isReadable(reading) || reading.isoDate) return false;
  if (reading.hyphenRange && reading.fields.kind === 'number') return false;
  if (isListMarker(reading, tokens, text) || isAge(reading, tokens)) return false;
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
