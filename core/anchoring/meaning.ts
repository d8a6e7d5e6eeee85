// What an approximate match may not change: the numbers a passage states and the words it starts
// and ends on. "over the next five years" is not "over the next three years", "-12%" is not
// "-15%", and "30 years" must never land on "ee years" (half of "three"). These are the checks a
// fuzzy placement passes before it is accepted.

import { wordAround } from './snap-span.js';

const NUMBER_WORDS =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|' +
  'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|third|quarter|' +
  'first|second|fourth|fifth|sixth|seventh|eighth|ninth|tenth|once|twice|thrice|double|triple|percent|per cent';

/** A number as written — sign, digits, decimal and group marks — or a number word. */
const NUMBER = new RegExp(`(?<![\\p{L}\\p{N}])[-+−–]?\\d+(?:[.,'’ ]\\d+)*|\\b(?:${NUMBER_WORDS})\\b`, 'giu');

/** The numbers a passage states, in order, signs normalised ("−5" and "-5" agree). */
export function numbersIn(text: string): string[] {
  return (text.match(NUMBER) ?? []).map((n) => n.toLowerCase().replace(/[−–]/g, '-'));
}

/** True when both passages state the same numbers, in the same order, with the same signs and marks. */
export function sameNumbers(a: string, b: string): boolean {
  const [x, y] = [numbersIn(a), numbersIn(b)];
  return x.length === y.length && x.every((n, i) => n === y[i]);
}

export interface Span {
  start: number;
  end: number;
}

/** The span grown to whole words at both ends: a match never starts or ends inside a word. */
export function toWholeWords(text: string, span: Span): Span {
  let { start, end } = span;
  const first = start < text.length ? wordAround(text, start) : null;
  if (first && first.start < start) start = first.start;
  const last = end > 0 ? wordAround(text, end - 1) : null;
  if (last && last.end > end) end = last.end;
  return { start, end };
}
