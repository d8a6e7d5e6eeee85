// Splits article text into sentences, because claims are proposed a sentence at a time and
// speakers are looked for in the sentence around a quote. A line break always ends a sentence
// (headlines, bylines and paragraphs carry no final stop). A full stop does not end one after an
// abbreviation ("Mr.", "U.S.", "Jan. 12", "No. 5"), inside a number ("3.5") or before a
// lower-case word; closing quote marks and brackets after the stop stay with the sentence.

import type { Span } from './types.js';

/** Words that never end a sentence when followed by a full stop: they precede a name. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'gov', 'sen', 'rep', 'gen', 'col', 'lt', 'sgt',
  'capt', 'cmdr', 'adm', 'rev', 'hon', 'pres', 'supt', 'insp', 'messrs', 'fr',
  // US states as AP writes them in datelines: "FORT MYERS, Fla. (AP)"
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky',
  'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa',
  'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
  'vs', 'etc', 'approx', 'incl', 'cf', 'ca',
]);

/** Words that do not end a sentence when a number follows: "Jan. 12", "No. 5", "pp. 3". */
const BEFORE_NUMBER = new Set([
  'no', 'nos', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'art', 'vol', 'p', 'pp', 'fig', 'ch', 'sec', 'para', 'tel', 'ed',
]);

const TERMINATOR = /[.!?…]/u;
/** Marks that may follow a stop and still belong to the sentence it ends. */
const CLOSERS = new Set(['"', '”', '’', "'", '»', '“', ')', ']']);
/** What may begin the next sentence: a capital, a digit, or an opening mark before one. */
const STARTER = /^[\s]*(?:(?:''|["“„«‘'(\[])\s*)?[\p{Lu}\p{N}]/u;

function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1] ?? '')) i--;
  return text.slice(i, dot);
}

/** True when the full stop at `dot` belongs to an abbreviation, not the end of a sentence. */
function isAbbreviation(text: string, dot: number, next: string): boolean {
  const word = wordBefore(text, dot);
  const bare = word.replace(/^.*\./u, '').toLowerCase();
  if (word.includes('.')) return true; // an initialism: U.S., D.A., a.m.
  // An initial (John F. Kennedy) — but not a unit glued to a number ("warmed by 1.1C. It …").
  if (/^\p{Lu}$/u.test(word) && !/\p{N}/u.test(text[dot - 2] ?? '')) return true;
  if (TITLES.has(bare)) return true;
  return BEFORE_NUMBER.has(bare) && /^\s*\d/u.test(next);
}

/** Sentence spans in text order, trimmed of surrounding white space. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s] ?? '')) s++;
    while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (!TERMINATOR.test(ch)) continue;
    let end = i + 1;
    while (end < text.length && TERMINATOR.test(text[end] ?? '')) end++;
    while (end < text.length && CLOSERS.has(text[end] ?? '')) end++;
    const rest = text.slice(end, end + 4);
    const atLineEnd = /^[ \t]*(?:\n|$)/u.test(text.slice(end, end + 80));
    if (atLineEnd || (/^\s/u.test(rest) && STARTER.test(text.slice(end, end + 6)))) {
      if (ch === '.' && !atLineEnd && end === i + 1 && isAbbreviation(text, i, text.slice(end))) continue;
      push(end);
      i = end - 1;
    }
  }
  push(text.length);
  return spans;
}
