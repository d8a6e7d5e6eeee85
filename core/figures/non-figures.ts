// Numbers that are not figures: parts of words and codes (G20, COVID-19, MH17, 1990s, 4G),
// labels (Article 5, No. 1, Windows 10, Boeing 737) and clock times (10am, 3 p.m.).

import { isCalendarName } from './calendar.js';
import { FUNCTION_WORDS } from './function-words.js';
import { PhraseTable } from './phrases.js';
import { glued, isCapitalised, spaced, type Token } from './tokens.js';

/** Nouns that name the thing a number identifies. */
const LABELS = new Set([
  'article', 'section', 'chapter', 'paragraph', 'clause', 'page', 'item', 'resolution', 'amendment',
  'rule', 'room', 'flight', 'route', 'platform', 'gate', 'number', 'no', 'nr', 'vol', 'volume',
  'part', 'level', 'phase', 'stage', 'grade', 'division', 'district', 'ward', 'precinct', 'unit',
  'block', 'apartment', 'floor', 'highway', 'channel', 'episode', 'season', 'version', 'annex',
  'appendix', 'figure', 'fig', 'table', 'step',
]);

/** Abbreviated labels written with a full stop: "No. 1", "Art. 5", "Vol. 2". */
const ABBREVIATED_LABELS = new Set(['no', 'nr', 'art', 'sec', 'vol', 'fig', 'p', 'pp', 'para', 'ch']);

/** Symbols that, touching a number on its left, make it part of a code, a path or a version. */
const CODE_JOINERS = new Set(['.', ',', ':', '/', '\\', '_', '@', '#', '&', '=', '^', "'", '’']);

const CLOCK_SUFFIXES = new PhraseTable<true>(
  ['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', "o'clock", 'o’clock', 'GMT', 'UTC', 'MSK', 'CET', 'BST', 'EST', 'EDT']
    .map((suffix) => [suffix, true] as const),
);

/**
 * The numeral at i touches a word, a number or a code joiner on its left: "G20", "MH17",
 * "COVID-19", "v.2", "#1", "’90s".
 */
export function isGluedOnLeft(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined || !glued(before, tokens[i])) return false;
  if (before.kind === 'word' || before.kind === 'numeral') return true;
  if (before.text === '-' || before.text === '–') {
    const joined = tokens[i - 2];
    return glued(joined, before) && (joined?.kind === 'word' || joined?.kind === 'numeral');
  }
  return CODE_JOINERS.has(before.text);
}

/** A label noun names the number at i: "Article 5", "page 12", "No. 1", "Art. 5". */
export function hasLabel(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined || !spaced(before, tokens[i])) return false;
  if (before.text === '.') {
    const word = tokens[i - 2];
    return word !== undefined && glued(word, before) && ABBREVIATED_LABELS.has(word.lower);
  }
  return before.kind === 'word' && LABELS.has(before.lower);
}

/**
 * A capitalised name right before the number at i: "Windows 10", "FTSE 100", "Euro 2020".
 * Sentence openers ("In 2019", "About 200"), possessives ("Russia’s 200") and calendar names
 * ("On Thursday 200 people marched", "In March 200…") are not names.
 */
export function followsName(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before?.kind !== 'word' || !spaced(before, tokens[i]) || !isCapitalised(before)) return false;
  const word = before.lower;
  return !FUNCTION_WORDS.has(word) && !isCalendarName(word) && !/['’]/.test(word);
}

/** A clock time suffix starts at i: "10am", "3 p.m.", "18:00 GMT". */
export function isClockTime(tokens: readonly Token[], i: number): boolean {
  return CLOCK_SUFFIXES.match(tokens, i) !== null;
}
