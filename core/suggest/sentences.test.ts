import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not end a sentence after a title, an initialism or a month before a day', () => {
    const text = 'Mr. Brown met Dr. Smith in the U.S. capital on Jan. 12 to talk. They agreed.';
    expect(split(text)).toEqual(['Mr. Brown met Dr. Smith in the U.S. capital on Jan. 12 to talk.', 'They agreed.']);
  });

  it('ends a sentence after a unit glued to a number, but not after an initial', () => {
    expect(split('The planet has warmed by about 1.1C. It will warm more, said John F. Kennedy Jr.')).toEqual([
      'The planet has warmed by about 1.1C.',
      'It will warm more, said John F. Kennedy Jr.',
    ]);
  });

  it('keeps decimals and "No. 1" inside the sentence', () => {
    expect(split('Growth was 3.5 per cent, the No. 1 result. Shares rose.')).toEqual([
      'Growth was 3.5 per cent, the No. 1 result.',
      'Shares rose.',
    ]);
  });

  it('keeps the closing quote mark with the sentence it ends, and does not split before "he said"', () => {
    const text = '"It is over. We lost," he said. "We will be back."';
    expect(split(text)).toEqual(['"It is over.', 'We lost," he said.', '"We will be back."']);
  });

  it('ends a sentence at a line break, so a headline is a sentence of its own', () => {
    expect(split('Fares to rise by 9.9%\n\nBus fares will rise. The council agreed.')).toEqual([
      'Fares to rise by 9.9%',
      'Bus fares will rise.',
      'The council agreed.',
    ]);
  });

  it('splits after a wire agency tag but not inside the dateline', () => {
    expect(split('MOSCOW, March 15. /TASS/. Exports rose by 8.2%.')).toEqual(['MOSCOW, March 15. /TASS/.', 'Exports rose by 8.2%.']);
  });

  it('keeps a state abbreviation in an AP dateline inside the sentence', () => {
    expect(split('FORT MYERS, Fla. (AP) — Ian made landfall. Winds reached 150 mph.')).toEqual([
      'FORT MYERS, Fla. (AP) — Ian made landfall.',
      'Winds reached 150 mph.',
    ]);
  });

  it('starts a sentence at a quote opened with two apostrophes', () => {
    expect(split(`The vote was close. ''We will see,'' she said.`)).toEqual(['The vote was close.', `''We will see,'' she said.`]);
  });
});
