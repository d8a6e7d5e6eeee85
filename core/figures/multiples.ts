// Multiples compare one quantity with another — "15 times higher", "2.5 times lower", "almost
// twice as likely" — and are figures in their own right, with unit "times". In words they are
// suggested only when a comparison follows, so "twice as likely" is a figure and "voted twice",
// "three times a week" are not.

import { FUNCTION_WORDS } from './function-words.js';
import { spacedWord, type Token } from './tokens.js';

const MULTIPLE_WORDS = new Map([['twice', 2], ['thrice', 3]]);

/**
 * Words that start the comparison after a multiple: "as likely", "more", "than", "the rate", "its
 * size". Not "that" or "this": "warned twice that…", "met twice this year" are frequencies.
 */
const COMPARING = new Set([
  'as', 'more', 'less', 'fewer', 'than', 'over', 'better', 'worse', 'the', 'its', 'their', 'his', 'her', 'our',
  'your', 'my',
]);

/** "times" after the number at i-1 ("15 times"): the index after it, or null. */
export function readTimes(tokens: readonly Token[], i: number): number | null {
  return spacedWord(tokens, i) === 'times' ? i + 1 : null;
}

/** The value of a multiple written as one word ("twice", "thrice") at i. */
export function multipleWord(token: Token | undefined): number | undefined {
  return token?.kind === 'word' ? MULTIPLE_WORDS.get(token.lower) : undefined;
}

/** A comparison starts at i: one of COMPARING, or a comparative adjective ("higher", "bigger"). */
export function isComparison(tokens: readonly Token[], i: number): boolean {
  const word = spacedWord(tokens, i);
  if (word === undefined) return false;
  if (COMPARING.has(word)) return true;
  return word.length > 4 && word.endsWith('er') && !FUNCTION_WORDS.has(word);
}
