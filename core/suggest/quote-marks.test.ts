import { describe, expect, it } from 'vitest';
import { findQuotedStretches } from './quote-marks.js';

const stretches = (text: string) => findQuotedStretches(text).map((s) => text.slice(s.start, s.end));

describe('findQuotedStretches', () => {
  it('finds straight, curly, German and French quotation marks', () => {
    const text = 'A "one two" B “three four” C „fünf sechs“ D « sept huit » E «neuf dix»';
    expect(stretches(text)).toEqual(['"one two"', '“three four”', '„fünf sechs“', '« sept huit »', '«neuf dix»']);
  });

  it('runs a quote over paragraphs that reopen without closing, to the last closing mark', () => {
    const text = 'She said: "First part.\n\n"Second part.\n\n"Last part." Then she left.';
    const [only] = findQuotedStretches(text);
    expect(text.slice(only?.start, only?.end)).toBe('"First part.\n\n"Second part.\n\n"Last part."');
    expect(only?.paragraphs).toBe(3);
  });

  it('drops an opening mark that never closes instead of running to the end of the article', () => {
    expect(stretches('He said "this never closes.\n\nNext paragraph "but this does" here.')).toEqual(['"but this does"']);
  });

  it('keeps nested single quotes and apostrophes inside the double-quoted stretch', () => {
    expect(stretches(`"He called it 'a fair deal', and it's not," she said.`)).toEqual([`"He called it 'a fair deal', and it's not,"`]);
  });

  it('reads two apostrophes as a double quote, an apostrophe inside and a nested single quote kept', () => {
    const text = `''We didn't plan it,'' the coach said. ''He told me, 'Go,' and I went.'' The 5'' pipe was not quoted.`;
    expect(stretches(text)).toEqual([`''We didn't plan it,''`, `''He told me, 'Go,' and I went.''`]);
  });
});
