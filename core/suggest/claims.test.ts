import { describe, expect, it } from 'vitest';
import { CLAIM_THRESHOLD, claimReasons, findClaims, scoreOf } from './claims.js';

const whole = (text: string) => ({ start: 0, end: text.length });

describe('claimReasons', () => {
  it('shows "contains a figure" only when a figure lies in the sentence', () => {
    const text = 'Exports rose by 8.2% in January.';
    const at = text.indexOf('8.2%');
    expect(claimReasons(text, whole(text), [{ start: at, end: at + 4 }])).toContain('contains a figure');
    expect(claimReasons(text, whole(text), [])).not.toContain('contains a figure');
  });

  it('names each reason a sentence shows', () => {
    const text = 'Prices will rise next year because of higher energy costs, the central bank said.';
    expect(claimReasons(text, whole(text), [])).toEqual(['attributed', 'comparative', 'causal', 'prediction']);
  });

  it('does not take "will" in an opinion for a prediction', () => {
    const text = '"Those who exploit savers will be pursued relentlessly," she said.';
    expect(claimReasons(text, whole(text), [])).not.toContain('prediction');
  });
});

describe('findClaims', () => {
  const article =
    'Gas exports rose by 8.2% in the first two months of the year, Gazprom said on Monday.\n\n' +
    '"We have done a tremendous job, and we are proud," he said.\n\n' +
    'Putin and Trump held previous talks over the phone on June 1.\n\n' +
    'Analysts expect demand to grow faster than supply.';

  it('proposes checkable sentences with their score and reasons, best first', () => {
    const claims = findClaims(article, { articleDate: '2021-03-15' });
    expect(claims.map((c) => c.text)).toEqual([
      'Gas exports rose by 8.2% in the first two months of the year, Gazprom said on Monday.',
      'Analysts expect demand to grow faster than supply.',
    ]);
    const [first] = claims;
    expect(first?.reasons).toEqual(expect.arrayContaining(['contains a figure', 'attributed', 'comparative']));
    expect(first?.score).toBe(scoreOf(first?.reasons ?? []));
    expect(first && article.slice(first.start, first.end)).toBe(first?.text);
  });

  it('does not propose a quote of opinion, or a sentence whose only number is a date', () => {
    const texts = findClaims(article).map((c) => c.text);
    expect(texts.some((t) => t.includes('tremendous'))).toBe(false);
    expect(texts.some((t) => t.includes('June 1'))).toBe(false);
    expect(findClaims(article).every((c) => c.score >= CLAIM_THRESHOLD)).toBe(true);
  });
});
