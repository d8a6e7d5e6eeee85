import { describe, expect, it } from 'vitest';
import { titleFrom } from './title.js';

describe('titleFrom', () => {
  it('takes the first sentence after the dateline', () => {
    const text = 'LISBON, March 14 (Northwire) - Ministers met. They agreed.';
    expect(titleFrom(text, 'LISBON, March 14 (Northwire) - '.length)).toBe('Ministers met.');
  });

  it('cuts a long sentence at a word boundary without leaving a comma before the ellipsis', () => {
    const long = `${'word '.repeat(26)}capacity, and then a great deal more text that runs on and on past the limit.`;
    const title = titleFrom(long);
    expect(title.length).toBeLessThanOrEqual(140);
    expect(title.endsWith('capacity…')).toBe(true);
  });

  it('falls back to the given name when there is no text', () => {
    expect(titleFrom('   ', 0, 'story')).toBe('story');
  });
});
