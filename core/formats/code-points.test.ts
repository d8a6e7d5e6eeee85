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
