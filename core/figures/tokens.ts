// Splits text into the tokens every figure reader works on — numerals, words and single symbols —
// each with exact UTF-16 offsets, so a figure's span is just its first token's start and last
// token's end. Runs that look like phone numbers become one 'junk' token, so no reader can pick a
// figure out of "+7 (495) 123-45-67".

export type TokenKind = 'numeral' | 'word' | 'symbol' | 'junk';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** The text lower-cased (words) or as it is (everything else), computed once. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

/** Digits with separators inside (1,234.5 / 10-15 / 2020-07-23 / 1/3 / 10:30), or a vulgar fraction. */
const NUMERAL = /\d(?:[\d.,:/\-–\u00a0\u2009\u202f]*\d)?[½¼¾⅓⅔⅛]?|[½¼¾⅓⅔⅛]/uy;
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/uy;
const SPACE = /\s+/uy;
const PHONE = /(?:\+?\d{1,3}[ -]?)?(?:\(\d{1,5}\)[ -]?)?\d{1,5}(?:[ -]\d{1,5}){1,5}/y;

/** Length of the match of a sticky regex at `at`, or 0. test() allocates no match array. */
function lengthAt(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex - at : 0;
}

/**
 * A run of digit groups is a phone number when it has at least 7 digits and either starts with
 * "+", or has 3+ groups with an area code in brackets or with both spaces and hyphens.
 * Hyphen-only runs (123-45-67, 2020-07-23) stay numerals: the numeral reader sorts them out.
 */
function phoneLength(text: string, at: number): number {
  const length = lengthAt(PHONE, text, at);
  if (length === 0) return 0;
  const run = text.slice(at, at + length);
  const groups = run.match(/\d+/g) ?? [];
  if (groups.join('').length < 7) return 0;
  const mixed = run.includes('(') || (run.includes(' ') && run.includes('-'));
  return run.startsWith('+') || (groups.length >= 3 && mixed) ? length : 0;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A word that starts with an ASCII letter: plain ASCII words, the most common token, skip the regex. */
function asciiWordLength(text: string, at: number): number {
  let end = at + 1;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end += 1;
  const next = text.charCodeAt(end);
  // An accented letter or an apostrophe may continue the word ("café", "Russia’s"): ask the regex.
  return next >= 0x80 || next === 0x27 ? lengthAt(WORD, text, at) : end - at;
}

/** The kind and length of the token at `at` (white space already skipped). */
function scan(text: string, at: number, code: number): { kind: TokenKind; length: number } {
  if (isAsciiLetter(code)) return { kind: 'word', length: asciiWordLength(text, at) };
  if (isDigit(code) || code === 0x2b /* + */ || code === 0x28 /* ( */) {
    const phone = phoneLength(text, at);
    if (phone > 0) return { kind: 'junk', length: phone };
  }
  const numeral = lengthAt(NUMERAL, text, at);
  if (numeral > 0) return { kind: 'numeral', length: numeral };
  if (code >= 0x80) {
    const word = lengthAt(WORD, text, at);
    if (word > 0) return { kind: 'word', length: word };
  }
  const pair = code >= 0xd800 && code <= 0xdbff && at + 1 < text.length;
  return { kind: 'symbol', length: pair ? 2 : 1 };
}

/**
 * The tokens of text[from, to). Offsets stay offsets into the whole text, so a long article can
 * be read a paragraph at a time.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  for (let at = from; at < to;) {
    const code = text.charCodeAt(at);
    if (code === 0x20) {
      at += 1;
      continue;
    }
    if (code < 0x20 || code >= 0x80) {
      const space = lengthAt(SPACE, text, at);
      if (space > 0) {
        at += space;
        continue;
      }
    }
    const { kind, length } = scan(text, at, code);
    const slice = text.slice(at, at + length);
    tokens.push({ kind, text: slice, lower: kind === 'word' ? slice.toLowerCase() : slice, start: at, end: at + length });
    at += length;
  }
  return tokens;
}

/** True when b starts exactly where a ends: "5bn", "US$", "twenty-five". */
export function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** True when white space, and nothing else, separates a and b: "5 billion", "more than". */
export function spaced(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end < b.start;
}

/** The word at index i, lower-cased, when it follows the previous token after white space. */
export function spacedWord(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i];
  return t?.kind === 'word' && spaced(tokens[i - 1], t) ? t.lower : undefined;
}

/** The word after a hyphen at index i that touches both neighbours: "twenty-five", "5-billion". */
export function hyphenatedWord(tokens: readonly Token[], i: number): string | undefined {
  const hyphen = tokens[i];
  const word = tokens[i + 1];
  const joined = hyphen?.text === '-' && word?.kind === 'word' && glued(tokens[i - 1], hyphen) && glued(hyphen, word);
  return joined ? word.lower : undefined;
}

/** The token starts with a capital letter: "Article", "June", "USD". */
export function isCapitalised(t: Token): boolean {
  return t.text.charCodeAt(0) !== t.lower.charCodeAt(0);
}
