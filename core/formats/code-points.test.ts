import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offsetConverter } from './code-points.js';

describe('offsetConverter', () => {
  it('counts an emoji as one code point but two UTF-16 units', () => {
    const text = 'a🚢b👩🏽‍💻c';
    const offsets = offsetConverter(text);
    expect([0, 1, 3, 4].map(offsets.toCodePoints)).toEqual([0, 1, 2, 3]);
    expect(offsets.toCodePoints(text.length)).toBe([...text].length);
    expect([0, 1, 2, 3].map(offsets.toUtf16)).toEqual([0, 1, 3, 4]);
    expect(offsets.toUtf16([...text].length)).toBe(text.length);
  });

  it('refuses offsets beyond the text or not whole', () => {
    const offsets = offsetConverter('ab🚢');
    expect(offsets.toUtf16(4)).toBeNull();
    expect(offsets.toUtf16(-1)).toBeNull();
    expect(offsets.toUtf16(1.5)).toBeNull();
  });

  it('gives the same answers, odd offsets included, for a text without pairs as for one with them', () => {
    const plain = offsetConverter('ab\uD800c'); // a lone surrogate is one code point, as in Array.from
    const paired = offsetConverter('ab\uD800c🚢');
    for (const offset of [-2, -0.5, 0, 1, 1.5, 3, 4, 5, Infinity, NaN]) {
      expect(plain.toCodePoints(offset), String(offset)).toBe(offset > 4 || offset === 1.5 || Number.isNaN(offset) ? 4 : Math.max(0, Math.ceil(offset)));
      expect(plain.toUtf16(offset), String(offset)).toBe(Number.isInteger(offset) && offset >= 0 && offset <= 4 ? offset : null);
      if (offset <= 4 && offset !== 1.5) expect(paired.toCodePoints(offset), String(offset)).toBe(plain.toCodePoints(offset));
    }
  });

  it('agrees with Array.from(text) and inverts itself (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const offsets = offsetConverter(text);
        const points = Array.from(text);
        let utf16 = 0;
        points.forEach((point, cp) => {
          expect(offsets.toCodePoints(utf16)).toBe(cp);
          expect(offsets.toUtf16(cp)).toBe(utf16);
          utf16 += point.length;
        });
        expect(offsets.toCodePoints(text.length)).toBe(points.length);
      }),
    );
  });
});
