import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFigures, parseFigure } from './index.js';

const ARTICLE = { articleDate: '2020-07-23' };
/** The TASS story from the shared samples, copied so the test does not reach outside the repo. */
const WIRE_STORY = readFileSync(new URL('./fixtures/wire-story.txt', import.meta.url), 'utf8');

function texts(text: string): string[] {
  return findFigures(text, ARTICLE).map((f) => f.text);
}

describe('findFigures on the shared TASS wire story', () => {
  const found = findFigures(WIRE_STORY, ARTICLE);

  it('finds the dateline, the two dates, the money, the year and the ventilators — nothing else', () => {
    expect(found.map((f) => f.text)).toEqual(['July 23', 'June 1', '$28 billion', '2019', 'March 30', '200 lung ventilators']);
  });

  it('reads each one as the fields a user would fill in', () => {
    expect(found.map(({ text, start, end, ...fields }) => fields)).toEqual([
      { value: null, unit: null, scale: null, approximate: null, kind: 'date', date: '2020-07-23' },
      { value: null, unit: null, scale: null, approximate: null, kind: 'date', date: '2020-06-01' },
      { value: 28e9, unit: 'USD', scale: 'billion', approximate: null, kind: 'money' },
      { value: 2019, unit: null, scale: null, approximate: null, kind: 'year', date: '2019' },
      { value: null, unit: null, scale: null, approximate: null, kind: 'date', date: '2020-03-30' },
      { value: 200, unit: 'ventilators', scale: null, approximate: null, kind: 'count' },
    ]);
  });

  it('gives offsets that slice back to the figure', () => {
    for (const f of found) expect(WIRE_STORY.slice(f.start, f.end)).toBe(f.text);
  });

  it('skips the "date 2020-07-23" header, "Thursday", "the two leaders" and "First"', () => {
    const all = found.map((f) => f.text).join(' | ');
    expect(all).not.toMatch(/2020-07-23|Thursday|two|First/);
  });
});

describe('spans', () => {
  it('include the approximation, so "more than 200 ventilators" is not read as exactly 200', () => {
    const [f] = findFigures('Officials said more than 200 ventilators arrived.', ARTICLE);
    expect(f).toMatchObject({ text: 'more than 200 ventilators', approximate: 'more than', value: 200 });
  });

  it('keep a range whole', () => {
    expect(texts('Growth of 10-15% is expected, or 10 to 15 per cent, between $1 billion and $2 billion.'))
      .toEqual(['10-15%', '10 to 15 per cent', 'between $1 billion and $2 billion']);
  });

  it('leave a hyphenated rate outside the money it follows', () => {
    expect(texts('A £6.1bn-a-year contract and a $5-a-day wage.')).toEqual(['£6.1bn', '$5']);
  });

  it('split "from X to Y", which is a change, not a range', () => {
    expect(texts('Unemployment rose from 5% to 7%.')).toEqual(['5%', '7%']);
  });

  it('count UTF-16 code units after an emoji', () => {
    const text = '🎉 $5m raised; 🇺🇸 1.5m people';
    const found = findFigures(text, ARTICLE);
    // 🎉 is 2 code units, the flag 🇺🇸 is 4.
    expect(found.map((f) => [f.start, f.end, f.text])).toEqual([[3, 6, '$5m'], [20, 31, '1.5m people']]);
    expect(found[1]).toMatchObject({ value: 1.5e6, unit: 'people' });
  });

  it('come back in text order and never overlap', () => {
    const found = findFigures(WIRE_STORY.repeat(3), ARTICLE);
    for (let k = 1; k < found.length; k++) {
      expect(found[k]!.start).toBeGreaterThanOrEqual(found[k - 1]!.end);
    }
  });
});

describe('what is not a figure', () => {
  it.each([
    ['"one" as a pronoun', 'He is one of the leaders who met one another.'],
    ['a number that refers back', 'After the talks the two leaders and all three ministers left.'],
    ['a bare number in words', 'Two said so; three did not.'],
    ['ordinals', 'First, Moscow delivered aid; the 21st century; a third country.'],
    ['parts of words and codes', 'The G20 and COVID-19 hit 4G networks in the 1990s; flight MH17; v.2.'],
    ['labels and names', 'Article 5 of the treaty, No. 1 seed, page 12, Windows 10, FTSE 100 firms.'],
    ['phone numbers', 'Call +7 (495) 123-45-67 or 495 123-45-67 or 555-1234.'],
    ['clock times and slogans', 'At 10:30, at 3 p.m. and at 10am; open 24/7; after 9/11.'],
    ['scores and bare hyphenated pairs', 'A 3-2 win; ages 18-25.'],
    ['weekdays and lone months', 'On Thursday in May the talks resumed.'],
    ['hyphenated modifiers', 'A 20-year-old man; a two-day visit; a 50-minute session.'],
    ['vague quantities', 'Thousands of people and dozens of officials; a few days.'],
    ['machine dates', 'date 2020-07-23'],
    ['counts in words of anything but people', 'For three generations, in nine counties, two racehorses, four years.'],
    ['multiples in words outside a comparison', 'He voted twice and trains three times a week.'],
    ['ages after a name', 'Kelly Hendrickson, 58, lost her store; Adrian Coyle, 52, of Guildford.'],
    ['age bands', 'Free travel for under-19 passengers and over-60s.'],
    ['half a year', 'Exports fell in the first half and rose in the second half of the year.'],
  ])('%s', (_, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('reads a year before a noun as a year, after an approximation too: "below 2019 levels"', () => {
    expect(findFigures('Numbers are still below 2019 levels.', ARTICLE)).toMatchObject([{ text: '2019', kind: 'year' }]);
  });

  it('numbers a list only at the start of a line', () => {
    expect(texts('1. Trade\n2) Arms control\nIt grew by 2.')).toEqual(['2']);
  });
});

describe('numbers in words that do count something', () => {
  it('are suggested with a scale, a currency, a percent, people, or as a fraction or a multiple', () => {
    expect(texts('Three people died, three million were hit, five per cent fell, two-thirds of voters agreed, '
      + 'half the budget went, one in five adults, a dozen eggs, four firefighters and two gunmen; sales are three '
      + 'times higher and the risk almost twice as high.'))
      .toEqual(['Three people', 'three million', 'five per cent', 'two-thirds', 'half', 'one in five adults',
        'four firefighters', 'two gunmen', 'three times', 'almost twice']);
  });
});

describe('realistic paragraphs', () => {
  it('an economics story', () => {
    const text = 'Russia’s economy shrank 3.2% in the second quarter, the worst since 2009. The central bank '
      + 'cut its key rate by 25 basis points to 4.25%, and exports fell to $28 billion from $31.5bn; imports '
      + 'were worth some 1.2 trillion roubles (€14.6 billion).';
    expect(findFigures(text, ARTICLE).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['3.2%', 3.2, '%'],
      ['2009', 2009, null],
      ['25 basis points', 25, 'basis points'],
      ['4.25%', 4.25, '%'],
      ['$28 billion', 28e9, 'USD'],
      ['$31.5bn', 31.5e9, 'USD'],
      ['some 1.2 trillion roubles', 1.2e12, 'RUB'],
      ['€14.6 billion', 14.6e9, 'EUR'],
    ]);
  });

  it('a water story, with incidental counts in words, an approximate measure and a fraction', () => {
    const text = "Portugal's government said on Friday it would spend €1.2 billion over the next three years, after "
      + 'the driest winter since records began in 1931. Two new plants would produce about 32 million cubic metres '
      + "of water a year, roughly a fifth of the region's consumption, at €0.74 per cubic metre.";
    expect(findFigures(text, { articleDate: '2026-03-14' }).map((f) => [f.text, f.value, f.unit, f.approximate])).toEqual([
      ['€1.2 billion', 1.2e9, 'EUR', null],
      ['1931', 1931, null, null],
      ['about 32 million cubic metres', 32e6, 'cubic metres', 'about'],
      ['roughly a fifth', 0.2, null, 'roughly'],
      ['€0.74', 0.74, 'EUR', null],
    ]);
  });

  it('a health story', () => {
    const text = 'Nearly 200 lung ventilators and 1,500,000 masks arrived on March 30; temperatures fell to -5°C '
      + 'and at least 12 people, 200-odd of them children, were treated.';
    expect(texts(text)).toEqual(['Nearly 200 lung ventilators', '1,500,000 masks', 'March 30', '-5°C', 'at least 12 people', '200-odd']);
  });

  it('a climate story, with British-style units, multiples and a margin of error', () => {
    const text = 'The planet has warmed by about 1.1C, and deaths were 15 times higher; people eat 8.4g of salt, '
      + 'saving the NHS £144m. The poll has a margin of error of plus or minus 3 percentage points.';
    expect(findFigures(text, ARTICLE).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['about 1.1C', 1.1, '°C'],
      ['15 times', 15, 'times'],
      ['8.4g', 8.4, 'g'],
      ['£144m', 144e6, 'GBP'],
      ['3 percentage points', 3, 'percentage points'],
    ]);
  });

  it('a trade story: a change and its result are two figures, not a range', () => {
    expect(texts('Exports rose 0.6 percent to 23.77 trillion yuan, and output hit 9 million barrels per day.'))
      .toEqual(['0.6 percent', '23.77 trillion yuan', '9 million barrels per day']);
  });
});

describe('properties', () => {
  it('any text: offsets slice back, spans are in order and apart, values are finite or null', () => {
    const pieces = fc.constantFrom(
      ' ', '\n', '$', '£', '-', '%', ',', '.', '5', '12', '1,000', '2019', 'million', 'bn', 'about', 'June',
      'per cent', 'two', 'people', 'to', 'between', 'and', '🎉', 'é', '(', ')', '+7', '495', '-45-', 'a', 'third',
    );
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
      const found = findFigures(text, ARTICLE);
      let end = 0;
      for (const f of found) {
        expect(text.slice(f.start, f.end)).toBe(f.text);
        expect(f.start).toBeGreaterThanOrEqual(end);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.value === null || Number.isFinite(f.value)).toBe(true);
        end = f.end;
      }
    }));
  });

  it('a suggested figure reads the same when the user marks exactly that span', () => {
    const pieces = fc.constantFrom(
      ' ', ' ', '\n', '$', '£', '-', '–', '%', ',', '.', '5', '12', '1', '1,000', '2019', '2020', '10-15', '3-2', '½',
      'million', 'bn', 'm', 'about', 'more than', 'or so', 'June', 'March', 'Thursday', '1st', 'per cent', 'two', 'one',
      'a', 'third', 'half', 'dozen', 'people', 'ventilators', 'elections', 'to', 'between', 'and', 'from', 'the', 'in',
      'of', 'dollars', 'pounds', 'rubles', 'Rs', 'crore', 'No', 'Article', 'Windows', '°', 'C', 'km', 'odd', '+', 'minus',
    );
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
      for (const { start, end, text: span, ...fields } of findFigures(text, ARTICLE)) {
        expect(parseFigure(span, ARTICLE)).toEqual(fields);
      }
    }), { numRuns: 500 });
  });

  it('any dollar amount written with thousands separators reads back exactly', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e15 }), (n) => {
      const written = `$${n.toLocaleString('en-US')}`;
      const [f] = findFigures(`Costs reached ${written} last year.`, ARTICLE);
      expect(f).toMatchObject({ text: written, value: n, unit: 'USD' });
    }));
  });

  it('any decimal with a scale word is exact: 2.3 billion is 2300000000', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99_999 }), (n) => {
      const decimal = n / 100;
      const [f] = findFigures(`They paid ${decimal} billion roubles.`, ARTICLE);
      expect(f?.value).toBe(Number(`${decimal}e9`));
    }));
  });
});
