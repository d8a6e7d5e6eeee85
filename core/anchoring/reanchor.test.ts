import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reanchor, type StoredAnchor } from './reanchor.js';
import { quoteAt } from './text-quote.js';

const TEXT =
  'The council voted 71 to 52 on Tuesday. Critics said the vote was rushed. ' +
  'Supporters said the vote was overdue. The mayor said the vote was "historic" 🎉 and left.';

/** No lone surrogate: every emoji whole. */
function wellFormed(s: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}

function anchorOf(text: string, exact: string, occurrence = 0): StoredAnchor {
  let start = -1;
  for (let i = 0; i <= occurrence; i += 1) start = text.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`"${exact}" not in text`);
  return { start, end: start + exact.length, quote: quoteAt(text, start, start + exact.length) };
}

/** Edits `exact` in TEXT to `edited`, re-anchors it, and gives the text found (which must be a fuzzy match). */
function fuzzyFind(exact: string, edited: string): string {
  const text = TEXT.replace(exact, edited);
  const result = reanchor(text, anchorOf(TEXT, exact));
  expect(result.status).toBe('fuzzy');
  return result.status === 'fuzzy' ? text.slice(result.start, result.end) : '';
}

describe('reanchor', () => {
  it('keeps a span whose quote is still at its position', () => {
    const anchor = anchorOf(TEXT, 'the vote was', 1);
    expect(reanchor(TEXT, anchor)).toEqual({ status: 'exact', start: anchor.start, end: anchor.end });
  });

  it('finds a quote that moved, and lets the prefix and suffix pick among several occurrences', () => {
    const edited = `UPDATED. ${TEXT}`;
    for (const occurrence of [0, 1, 2]) {
      const anchor = anchorOf(TEXT, 'the vote was', occurrence);
      const expected = anchorOf(edited, 'the vote was', occurrence);
      expect(reanchor(edited, anchor)).toEqual({ status: 'moved', start: expected.start, end: expected.end });
    }
  });

  it('uses the context, not the old position, when the text around the quote was reordered', () => {
    const anchor = anchorOf(TEXT, 'the vote was', 2);
    const reordered = 'The mayor said the vote was "historic" 🎉 and left. Critics said the vote was rushed.';
    const result = reanchor(reordered, anchor);
    expect(result).toMatchObject({ status: 'moved', start: reordered.indexOf('the vote was') });
  });

  it('falls back to the old position to choose among occurrences that have no context', () => {
    const text = 'aaa xx aaa xx aaa';
    const anchor = { start: 7, end: 10, quote: { exact: 'aaa', prefix: '', suffix: '' } };
    expect(reanchor(`${text} `, { ...anchor, start: 8, end: 11 })).toEqual({ status: 'moved', start: 7, end: 10 });
  });

  it('finds a quote edited by a few characters approximately', () => {
    expect(fuzzyFind('Critics said the vote was rushed.', 'Critics claimed the vote was rushed!')).toMatch(/^Critics claimed the vote was rushed/);
  });

  it('picks the right one of several approximate matches by context', () => {
    const text = 'First: the vote was rushed, said A. Second: the vote was rushed, said B.';
    const anchor = anchorOf(text, 'the vote was rushed', 1);
    const edited = text.replaceAll('the vote was rushed', 'the vote was hurried');
    const result = reanchor(edited, anchor);
    expect(result.status).toBe('fuzzy');
    if (result.status === 'fuzzy') expect(result.start).toBe(edited.lastIndexOf('the vote was'));
  });

  it('reports a quote that is gone, or too changed, as orphaned', () => {
    const anchor = anchorOf(TEXT, 'Supporters said the vote was overdue.');
    expect(reanchor('Nothing of that sort remains in this article at all.', anchor)).toEqual({ status: 'orphaned' });
    const rewritten = TEXT.replace('Supporters said the vote was overdue.', 'Backers thought the ballot came late.');
    expect(reanchor(rewritten, anchor)).toEqual({ status: 'orphaned' });
    expect(reanchor(TEXT, { ...anchor, quote: { exact: '', prefix: '', suffix: '' } })).toEqual({ status: 'orphaned' });
  });

  it('can be told not to search approximately', () => {
    const anchor = anchorOf(TEXT, 'Critics said the vote was rushed.');
    const edited = TEXT.replace('Critics said', 'Critics claimed');
    expect(reanchor(edited, anchor, { fuzzy: false })).toEqual({ status: 'orphaned' });
  });

  it('never cuts an emoji in half', () => {
    const found = fuzzyFind('"historic" 🎉 and', '"histori" 🎉 an');
    expect(found).toContain('🎉');
    expect(wellFormed(found)).toBe(true);
  });

  it('ignores a stored position outside the text', () => {
    const anchor = { ...anchorOf(TEXT, 'voted 71 to 52'), start: 5000, end: 5014 };
    expect(reanchor(TEXT, anchor)).toMatchObject({ status: 'moved', start: TEXT.indexOf('voted 71 to 52') });
  });

  it('finds every span of a text again after text is inserted before it (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }), fc.nat(), fc.nat(), (insert, a, b) => {
        const start = a % (TEXT.length - 1);
        const end = Math.min(TEXT.length, start + 1 + (b % 30));
        if (/^\s*$/.test(TEXT.slice(start, end)) || !wellFormed(TEXT.slice(start, end))) return;
        const anchor = { start, end, quote: quoteAt(TEXT, start, end) };
        const result = reanchor(insert + TEXT, anchor);
        expect(result.status).not.toBe('orphaned');
        if (result.status !== 'orphaned') expect((insert + TEXT).slice(result.start, result.end)).toBe(anchor.quote.exact);
      }),
    );
  });
});
