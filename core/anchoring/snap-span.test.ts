import { describe, expect, it } from 'vitest';
import { snapToWords, trimWhiteSpace } from './snap-span.js';

function snapped(text: string, rough: string, occurrence = 0): string | null {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(rough, at + 1);
  const span = snapToWords(text, { start: at, end: at + rough.length });
  return span && text.slice(span.start, span.end);
}

describe('snapping a selection to words', () => {
  const text = 'Washington sent 200 lung ventilators to Russia, officials said.';

  it('grows a selection that starts or ends inside a word to the whole word', () => {
    expect(snapped(text, 'ngton sent 200 lung venti')).toBe('Washington sent 200 lung ventilators');
  });

  it('trims white space and separating punctuation at the edges', () => {
    expect(snapped(text, ' to Russia, ')).toBe('to Russia');
    expect(snapped(text, 'officials said.')).toBe('officials said');
  });

  it('keeps quote marks, brackets, percent and currency signs', () => {
    const quote = 'He said: "[They] voiced 12% more, at £2.5bn," officials added.';
    expect(snapped(quote, '"[They] voiced 12% more, at £2.5bn,"')).toBe('"[They] voiced 12% more, at £2.5bn,"');
    expect(snapped(quote, '£2.5b')).toBe('£2.5bn');
  });

  it('never cuts an emoji, a combining mark or a CJK word in half', () => {
    const emoji = 'Rain 🌧️ again in Café Noir today';
    expect(snapped(emoji, 'Caf')).toBe('Café');
    const combining = 'the cafe\u0301 owner';
    expect(snapped(combining, 'caf')).toBe('cafe\u0301');
    const cjk = '东京都知事は火曜日に発表した。';
    const got = snapped(cjk, '知');
    expect(got).not.toBeNull();
    expect(cjk.includes(got!)).toBe(true);
    expect(got!.length).toBeGreaterThanOrEqual(1);
  });

  it('returns nothing for a selection of only punctuation and spaces', () => {
    expect(snapped(text, ', ')).toBeNull();
  });

  it('keeps exact characters apart from white space when asked', () => {
    expect(trimWhiteSpace('  ngton, ', { start: 0, end: 9 })).toEqual({ start: 2, end: 8 });
  });
});
