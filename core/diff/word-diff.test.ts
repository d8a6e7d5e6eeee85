import { describe, expect, it } from 'vitest';
import { wordDiff, type DiffPart } from './word-diff.js';

/** Puts the parts back together as either side. */
function side(parts: DiffPart[], which: 'before' | 'after'): string {
  return parts.filter((p) => p.op === 'same' || p.op === (which === 'before' ? 'removed' : 'added')).map((p) => p.text).join('');
}

describe('wordDiff', () => {
  it('marks changed words, keeping everything else as it was', () => {
    const parts = wordDiff('Talks resume on Monday, officials said.', 'Talks resume on Tuesday, officials said today.');
    expect(parts).toEqual([
      { op: 'same', text: 'Talks resume on ' },
      { op: 'removed', text: 'Monday' },
      { op: 'added', text: 'Tuesday' },
      { op: 'same', text: ', officials said' },
      { op: 'added', text: ' today' },
      { op: 'same', text: '.' },
    ]);
  });

  it('rebuilds both texts exactly, whatever changed', () => {
    const before = 'KYIV (Reuters) - The deal 🌾 will be extended.\n\nExports reached 32 million tonnes.\n\nNo comment.';
    const after = 'Breaking.\n\nKYIV (Reuters) - The deal 🌾 may be extended.\n\nExports reached 33 million tonnes, up.';
    for (const [a, b] of [[before, after], [after, before], ['', after], [before, ''], [before, before]] as const) {
      const parts = wordDiff(a, b);
      expect(side(parts, 'before')).toBe(a);
      expect(side(parts, 'after')).toBe(b);
    }
    expect(wordDiff(before, before)).toEqual([{ op: 'same', text: before }]);
  });

  it('falls back to removed-then-added when the texts differ too much', () => {
    const parts = wordDiff('alpha beta gamma', 'one two three', 1);
    expect(parts).toEqual([
      { op: 'removed', text: 'alpha beta gamma' },
      { op: 'added', text: 'one two three' },
    ]);
  });

  it('stays quick on a long story with a few edits', () => {
    const paragraph = (i: number) => `Paragraph ${i}: the ministry said spending rose 12% to €4.5bn in the year to March.`;
    const before = Array.from({ length: 2_000 }, (_, i) => paragraph(i)).join('\n\n');
    const after = before.replace('Paragraph 500:', 'Paragraph 500 (updated):').replace('Paragraph 1500: the', 'Paragraph 1500: a');
    const t = performance.now();
    const parts = wordDiff(before, after);
    expect(performance.now() - t).toBeLessThan(500);
    expect(parts.filter((p) => p.op !== 'same').map((p) => p.text)).toEqual([' (updated)', 'the', 'a']);
  });
});
