// Words that make a figure approximate or a bound: "about", "more than", "up to", "some" before
// it; "or so", "-odd", "+" after it. The figure keeps them as written so "more than 200
// ventilators" is not mistaken for exactly 200.

import { PhraseTable } from './phrases.js';

function phrases(...written: string[]): Array<[string, string]> {
  return written.map((phrase) => [phrase, phrase]);
}

export const APPROXIMATIONS_BEFORE = new PhraseTable<string>(phrases(
  'about', 'around', 'round about', 'approximately', 'approx.', 'roughly', 'some', 'circa', 'c.', '~',
  'nearly', 'almost', 'close to', 'just under', 'just below', 'just short of', 'just shy of',
  'more than', 'over', 'above', 'in excess of', 'upwards of', 'north of', 'just over', 'well over',
  'well above', 'slightly more than', 'a little over', 'more or less',
  'less than', 'fewer than', 'under', 'below', 'south of', 'well under', 'well below', 'slightly less than',
  'up to', 'as many as', 'as much as', 'as few as', 'as little as', 'at least', 'at most',
  'no more than', 'no fewer than', 'no less than', 'not more than', 'not less than',
  'an estimated', 'estimated', 'the best part of',
));

export const APPROXIMATIONS_AFTER = new PhraseTable<string>(phrases(
  'or so', 'or more', 'or less', 'or fewer', '-odd', '-plus', '+',
));
