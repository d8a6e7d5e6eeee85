import { describe, expect, it } from 'vitest';
import { findHits, stepHit } from './find-hits';

describe('findHits', () => {
  it('finds every match, ignoring case, as offsets into the original text', () => {
    const text = 'The Port and the port authority; PORT.';
    expect(findHits(text, 'port').map((h) => text.slice(h.start, h.end))).toEqual(['Port', 'port', 'PORT']);
  });

  it('takes the query literally and finds nothing for blanks', () => {
    expect(findHits('a (b) a.b', '(b)')).toEqual([{ start: 2, end: 5 }]);
    expect(findHits('a.b axb', 'a.b')).toEqual([{ start: 0, end: 3 }]);
    expect(findHits('text', '  ')).toEqual([]);
  });

  it('keeps offsets right after characters whose lower case is longer (İ) and astral ones', () => {
    const text = 'İstanbul 🚢 ship Ship';
    const hits = findHits(text, 'ship');
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['ship', 'Ship']);
  });

  it('steps through hits and wraps at both ends', () => {
    expect(stepHit(3, -1, 1)).toBe(0);
    expect(stepHit(3, 2, 1)).toBe(0);
    expect(stepHit(3, 0, -1)).toBe(2);
    expect(stepHit(0, -1, 1)).toBe(-1);
  });
});
