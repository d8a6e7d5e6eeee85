// Turns a rough selection into the span a user meant: grown to whole words at both ends, then
// trimmed of white space and separating punctuation. Words come from Intl.Segmenter, so CJK
// text, emoji and combining marks are never cut in half. Quote marks, brackets, % and currency
// signs are kept: they belong to quotes and figures. The same segments are the tokens of the
// CoNLL export, so its tokens are the units a selection snaps to.

export interface Span {
  start: number;
  end: number;
}

const WINDOW = 64;
const TRIMMED = /[\s,;:.!?…\-–—]/u;
const WHITE_SPACE = /^\s+$/u;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** The word-like segment that contains the character at `offset`, if any. */
export function wordAround(text: string, offset: number): Span | null {
  const from = Math.max(0, offset - WINDOW);
  const window = text.slice(from, Math.min(text.length, offset + WINDOW));
  const segment = segmenter.segment(window).containing(offset - from);
  if (!segment?.isWordLike) return null;
  return { start: from + segment.index, end: from + segment.index + segment.segment.length };
}

/**
 * The tokens of `text`, in order, by the rules selections snap to: every segment of the word
 * segmenter that is not white space — words, numbers, emoji and each punctuation mark.
 */
export function* eachToken(text: string): Generator<Span> {
  for (const s of segmenter.segment(text)) if (!WHITE_SPACE.test(s.segment)) yield { start: s.index, end: s.index + s.segment.length };
}

/** The text's words in order: the segments a selection snaps to (agreement counts tokens by them). */
export function wordSpans(text: string): Span[] {
  const words: Span[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike) words.push({ start: s.index, end: s.index + s.segment.length });
  return words;
}

/** Grows [start, end) to whole words, then trims white space and punctuation at the edges. */
export function snapToWords(text: string, span: Span): Span | null {
  let { start, end } = span;
  if (end <= start) return null;
  const first = wordAround(text, start);
  if (first && first.start < start) start = first.start;
  const last = wordAround(text, end - 1);
  if (last && last.end > end) end = last.end;
  return trimSpan(text, { start, end });
}

/** Drops white space and separating punctuation from both ends. */
export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && TRIMMED.test(text[start]!)) start += 1;
  while (end > start && TRIMMED.test(text[end - 1]!)) end -= 1;
  return end > start ? { start, end } : null;
}

/** Only white space trimmed: what "exact characters" (Alt held) keeps. */
export function trimWhiteSpace(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start]!)) start += 1;
  while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
  return end > start ? { start, end } : null;
}
