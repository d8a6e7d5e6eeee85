import { describe, expect, it } from 'vitest';
import { parseFigure } from './index.js';
import type { FigureFields } from './types.js';

const ARTICLE = { articleDate: '2020-07-23' };

type Case = [text: string, expected: Partial<FigureFields>];

/** Each table row: what the user selected, and the fields the Figure form should show. */
function table(cases: Case[]): void {
  it.each(cases)('%j', (text, expected) => {
    expect(parseFigure(text, ARTICLE)).toMatchObject(expected);
  });
}

describe('money: symbols', () => {
  table([
    ['$28 billion', { value: 28e9, unit: 'USD', scale: 'billion', kind: 'money' }],
    ['$100', { value: 100, unit: 'USD', scale: null, kind: 'money' }],
    ['$1,000.50', { value: 1000.5, unit: 'USD' }],
    ['£2.5bn', { value: 2.5e9, unit: 'GBP', scale: 'bn' }],
    ['€1.2 trillion', { value: 1.2e12, unit: 'EUR', scale: 'trillion' }],
    ['US$5m', { value: 5e6, unit: 'USD', scale: 'm' }],
    ['$5B', { value: 5e9, unit: 'USD', scale: 'b' }],
    ['$5k', { value: 5000, unit: 'USD', scale: 'k' }],
    ['¥100', { value: 100, unit: 'JPY' }],
    ['₽500', { value: 500, unit: 'RUB' }],
    ['₹5 crore', { value: 5e7, unit: 'INR', scale: 'crore' }],
    ['Rs 500 crore', { value: 5e9, unit: 'INR' }],
    ['A$3.4 billion', { value: 3.4e9, unit: 'AUD' }],
    ['HK$10', { value: 10, unit: 'HKD' }],
    ['C$1.5m', { value: 1.5e6, unit: 'CAD' }],
    ['CN¥8 billion', { value: 8e9, unit: 'CNY' }],
    ['100€', { value: 100, unit: 'EUR' }],
  ]);
});

describe('money: ISO codes', () => {
  table([
    ['USD 5 million', { value: 5e6, unit: 'USD', kind: 'money' }],
    ['EUR1.2bn', { value: 1.2e9, unit: 'EUR', scale: 'bn' }],
    ['RUB 28 bln', { value: 28e9, unit: 'RUB', scale: 'bln' }],
    ['28 bln RUB', { value: 28e9, unit: 'RUB' }],
    ['RMB 6.5 billion', { value: 6.5e9, unit: 'CNY' }],
  ]);
});

describe('money: currency words', () => {
  table([
    ['96 cents', { value: 0.96, unit: 'USD', kind: 'money' }],
    ['50 pence', { value: 0.5, unit: 'GBP', kind: 'money' }],
    ['20 euro cents', { value: 0.2, unit: 'EUR' }],
    ['28 bln rubles', { value: 28e9, unit: 'RUB', scale: 'bln', kind: 'money' }],
    ['1.2 trillion roubles', { value: 1.2e12, unit: 'RUB' }],
    ['5 million dollars', { value: 5e6, unit: 'USD' }],
    ['five million dollars', { value: 5e6, unit: 'USD', scale: 'million' }],
    ['5 mln US dollars', { value: 5e6, unit: 'USD' }],
    ['100 yen', { value: 100, unit: 'JPY' }],
    ['5 billion yuan', { value: 5e9, unit: 'CNY' }],
    ['300 rupees', { value: 300, unit: 'INR' }],
    ['10 million euros', { value: 1e7, unit: 'EUR' }],
    ['5 million pounds', { value: 5e6, unit: 'GBP', kind: 'money' }],
    ['2 million pounds sterling', { value: 2e6, unit: 'GBP' }],
    ['40 million Swiss francs', { value: 4e7, unit: 'CHF' }],
    ['3 million Canadian dollars', { value: 3e6, unit: 'CAD' }],
    // Without a scale "pounds" may be a weight: a count, not money.
    ['7 pounds', { value: 7, unit: 'pounds', kind: 'count' }],
  ]);
});

describe('scales', () => {
  table([
    ['1.5 million', { value: 1.5e6, scale: 'million', unit: null, kind: 'number' }],
    ['3 billion', { value: 3e9, scale: 'billion' }],
    ['2.3 billion', { value: 2_300_000_000 }],
    ['1.15bn', { value: 1_150_000_000, scale: 'bn' }],
    ['5 thousand', { value: 5000, scale: 'thousand' }],
    ['10 mln', { value: 1e7, scale: 'mln' }],
    ['2 lakh', { value: 200_000, scale: 'lakh' }],
    ['1.5m people', { value: 1.5e6, unit: 'people', scale: 'm', kind: 'count' }],
    ['a $5-billion deal', { value: 5e9, unit: 'USD', scale: 'billion' }],
  ]);
});

describe('percentages', () => {
  table([
    ['100%', { value: 100, unit: '%', kind: 'percent' }],
    ['5.5 per cent', { value: 5.5, unit: '%', kind: 'percent' }],
    ['12 percent', { value: 12, unit: '%' }],
    ['3.5 pct', { value: 3.5, unit: '%' }],
    ['10 %', { value: 10, unit: '%' }],
    ['2 percentage points', { value: 2, unit: 'percentage points', kind: 'percent' }],
    ['50 basis points', { value: 50, unit: 'basis points', kind: 'percent' }],
    ['five per cent', { value: 5, unit: '%', kind: 'percent' }],
  ]);
});

describe('ranges', () => {
  table([
    // A change and where it ended: the percent sign is never left off a range's second end.
    ['0.6 percent to 23.77 trillion yuan', { value: 0.6, unit: '%', kind: 'percent' }],
    ['10-15%', { value: 10, valueMax: 15, unit: '%', kind: 'percent' }],
    ['10 to 15 per cent', { value: 10, valueMax: 15, unit: '%' }],
    ['between 10 and 15 per cent', { value: 10, valueMax: 15, unit: '%' }],
    ['10%-15%', { value: 10, valueMax: 15, unit: '%' }],
    ['10–15%', { value: 10, valueMax: 15, unit: '%' }],
    ['$10-15 billion', { value: 1e10, valueMax: 1.5e10, unit: 'USD' }],
    ['$10 billion to $15 billion', { value: 1e10, valueMax: 1.5e10, unit: 'USD' }],
    ['10 to 15 million', { value: 1e7, valueMax: 1.5e7, scale: 'million' }],
    ['$500,000 to $1 million', { value: 5e5, valueMax: 1e6, unit: 'USD' }],
    ['1.5-2bn', { value: 1.5e9, valueMax: 2e9 }],
    ['200-300 people', { value: 200, valueMax: 300, unit: 'people', kind: 'count' }],
    ['two to three million', { value: 2e6, valueMax: 3e6 }],
    ['2019-2020', { value: 2019, valueMax: 2020, kind: 'year' }],
  ]);
});

describe('negative numbers', () => {
  table([
    ['-3.2%', { value: -3.2, unit: '%', kind: 'percent' }],
    ['+5%', { value: 5, unit: '%' }],
    ['minus 5 degrees', { value: -5, unit: 'degrees', kind: 'count' }],
    ['−5', { value: -5, kind: 'number' }],
    ['fell to –5%', { value: -5, unit: '%' }],
    ['-5°C', { value: -5, unit: '°C' }],
    ['negative 0.5%', { value: -0.5, unit: '%' }],
    ['minus 173 degrees Celsius', { value: -173, unit: '°C', kind: 'count' }],
    // A margin of error is no negative: the figure is the 3 points.
    ['plus or minus 3 percentage points', { value: 3, unit: 'percentage points' }],
  ]);
});

describe('plain numbers', () => {
  table([
    ['5,000', { value: 5000, unit: null, kind: 'number' }],
    ['1,234,567', { value: 1_234_567 }],
    ['1,234.56', { value: 1234.56 }],
    ['0.75', { value: 0.75 }],
    ['1.234,5', { value: 1234.5 }],
    ['1.234.567', { value: 1_234_567 }],
    // "1.500" is 1.5 in English and 1500 in Europe: a scale or a percent sign settles it.
    ['1.234 million', { value: 1_234_000 }],
    ['3.125%', { value: 3.125, unit: '%' }],
    ['0.125', { value: 0.125 }],
    ['1.2345', { value: 1.2345 }],
    ['2½', { value: 2.5 }],
    ['20\u00a0000', { value: 20_000 }],
  ]);
});

describe('counts: the counted noun is the head noun', () => {
  table([
    ['200 lung ventilators', { value: 200, unit: 'ventilators', kind: 'count' }],
    ['200 people', { value: 200, unit: 'people' }],
    ['3 children', { value: 3, unit: 'children' }],
    ['5 million new jobs', { value: 5e6, unit: 'jobs' }],
    ['1 ventilator', { value: 1, unit: 'ventilator' }],
    ['200 more ventilators', { value: 200, unit: 'ventilators' }],
    ['10 years', { value: 10, unit: 'years' }],
    ['5 km', { value: 5, unit: 'km' }],
    ['10kg', { value: 10, unit: 'kg' }],
    ['30°C', { value: 30, unit: '°C' }],
    ['2019 people', { value: 2019, unit: 'people', kind: 'count' }],
    ['two quarters', { value: 2, unit: 'quarters', kind: 'count' }],
    ['5g', { value: 5, unit: 'g', kind: 'count' }],
    ['1.5C', { value: 1.5, unit: '°C' }],
    ['100F', { value: 100, unit: '°F' }],
    ['nearly 700 square miles', { value: 700, unit: 'square miles', approximate: 'nearly' }],
    ['33.4 billion cubic meters', { value: 33.4e9, unit: 'cubic meters' }],
    ['a 4.3-meter lander', { value: 4.3, unit: 'meter', kind: 'count' }],
    ['a 10-km race', { value: 10, unit: 'km' }],
    ['9 million barrels per day', { value: 9e6, unit: 'barrels per day' }],
    ['2 million barrels a day', { value: 2e6, unit: 'barrels per day' }],
    ['-5 degrees F', { value: -5, unit: '°F' }],
  ]);
});

describe('multiples', () => {
  table([
    ['15 times higher', { value: 15, unit: 'times', kind: 'count' }],
    ['2.5 times lower', { value: 2.5, unit: 'times' }],
    ['nearly three times as much', { value: 3, unit: 'times', approximate: 'nearly' }],
    ['almost twice as likely', { value: 2, unit: 'times', approximate: 'almost' }],
    ['thrice', { value: 3, unit: 'times' }],
    // "twice in 10 attempts" is not a ratio, and "twice to 5%" not a range.
    ['twice in 10 attempts', { value: 2, unit: 'times' }],
    ['rose twice to 5%', { value: 2, unit: 'times' }],
  ]);
});

describe('numbers in words', () => {
  table([
    ['two', { value: 2, kind: 'number' }],
    ['twenty-five', { value: 25 }],
    ['twenty five', { value: 25 }],
    ['a dozen', { value: 12 }],
    ['two dozen', { value: 24 }],
    ['three million', { value: 3e6, scale: 'million' }],
    ['a million', { value: 1e6 }],
    ['a hundred', { value: 100 }],
    ['one hundred and five', { value: 105 }],
    ['two million three hundred thousand', { value: 2_300_000, scale: 'million' }],
    ['two and a half million', { value: 2.5e6 }],
    ['half a million', { value: 5e5, scale: 'million' }],
    ['three million people', { value: 3e6, unit: 'people', kind: 'count' }],
  ]);
});

describe('fractions', () => {
  table([
    ['a third', { value: 1 / 3, kind: 'fraction' }],
    ['half', { value: 0.5, kind: 'fraction' }],
    ['half of the budget', { value: 0.5, kind: 'fraction' }],
    ['two-thirds', { value: 2 / 3, kind: 'fraction' }],
    ['two thirds', { value: 2 / 3 }],
    ['three quarters', { value: 0.75 }],
    ['a quarter', { value: 0.25 }],
    ['one in five', { value: 0.2, kind: 'fraction' }],
    ['one in five adults', { value: 0.2, unit: 'adults', kind: 'fraction' }],
    ['3 in 10 workers', { value: 0.3, unit: 'workers', kind: 'fraction' }],
    ['1/3', { value: 1 / 3, kind: 'fraction' }],
    ['½', { value: 0.5, kind: 'fraction' }],
  ]);
});

describe('approximations are kept as written', () => {
  table([
    ['about $2 billion', { value: 2e9, approximate: 'about', unit: 'USD' }],
    ['more than 200 ventilators', { value: 200, approximate: 'more than', unit: 'ventilators' }],
    ['nearly 40%', { value: 40, approximate: 'nearly' }],
    ['almost 3,000 people', { value: 3000, approximate: 'almost' }],
    ['up to 15 per cent', { value: 15, approximate: 'up to' }],
    ['at least 12 people', { value: 12, approximate: 'at least' }],
    ['roughly 1.5 million', { value: 1.5e6, approximate: 'roughly' }],
    ['some 200 people', { value: 200, approximate: 'some' }],
    ['less than 5%', { value: 5, approximate: 'less than' }],
    ['over 1,000 troops', { value: 1000, approximate: 'over' }],
    ['Around 300', { value: 300, approximate: 'around' }],
    ['an estimated 2.5 million', { value: 2.5e6, approximate: 'an estimated' }],
    ['well over $1 billion', { value: 1e9, approximate: 'well over' }],
    ['200-odd people', { value: 200, approximate: '-odd', unit: 'people' }],
    ['200 or so', { value: 200, approximate: 'or so' }],
    ['200+ people', { value: 200, approximate: '+' }],
    ['200 people or more', { value: 200, approximate: 'or more' }],
  ]);
});

describe('dates, with the year taken from a story dated 2020-07-23', () => {
  table([
    ['June 1', { kind: 'date', date: '2020-06-01', value: null }],
    ['March 30', { date: '2020-03-30' }],
    ['30 March', { date: '2020-03-30' }],
    ['July 23, 2020', { date: '2020-07-23' }],
    ['23 July 2020', { date: '2020-07-23' }],
    ['June 1st', { date: '2020-06-01' }],
    ['1st of June', { date: '2020-06-01' }],
    ['Sept. 11, 2001', { date: '2001-09-11' }],
    ['Jan 5', { date: '2020-01-05' }],
    ['June 2019', { kind: 'date', date: '2019-06' }],
    // Nearest to a month before the story: late December is last year's, early November this year's.
    ['December 28', { date: '2019-12-28' }],
    ['November 3', { date: '2020-11-03' }],
    ['February 29', { date: '2020-02-29' }],
    ['2020-07-23', { kind: 'date', date: '2020-07-23' }],
  ]);

  it('gives a yearless date as --MM-DD when the story has no date', () => {
    expect(parseFigure('June 1')).toMatchObject({ kind: 'date', date: '--06-01' });
  });

  it.each(['February 30', 'June 1-5'])('reads %j as a date it cannot pin to one day', (text) => {
    const fields = parseFigure(text, ARTICLE);
    expect(fields).toMatchObject({ kind: 'date', value: null });
    expect(fields.date).toBeUndefined();
  });
});

describe('years', () => {
  table([
    ['2019', { value: 2019, kind: 'year', date: '2019' }],
    ['in 2019', { value: 2019, kind: 'year' }],
    // Wire style writes the count as 2,000: a bare 2000 is a year, and "about" does not attach to it.
    ['about 2000', { value: 2000, kind: 'year', approximate: null }],
    ['about 2,000', { value: 2000, kind: 'number', approximate: 'about' }],
    // After "the" or a preposition a year names the noun's year; it does not count it.
    ['the 2020 elections', { value: 2020, kind: 'year', unit: null }],
    ['below 2019 levels', { value: 2019, kind: 'year', unit: null, approximate: null }],
    ['there were 2019 people', { value: 2019, kind: 'count', unit: 'people' }],
  ]);
});

describe('what cannot be read is null, never a guess', () => {
  it.each([
    'Thursday', '', 'Article 5', 'No. 1', 'first', '1,5', '0123', '3-2', '10:30', '3 p.m.', '10am',
    'COVID-19', 'G20', '1990s', 'a few', 'thousands of people', 'a third country',
    '24/7', '9/11', '+7 (495) 123-45-67', '5m', '5k run', 'Windows 10', 'FTSE 100 firms',
    '1.500 people', '1.234', '12,345,678,901,234,567,890', '$90,000 trillion', 'under-19', '20-point lead',
    '4G',
  ])('%j', (text) => {
    expect(parseFigure(text, ARTICLE).value).toBeNull();
  });

  it('keeps the currency of an amount it cannot read', () => {
    expect(parseFigure('$1,5 million', ARTICLE)).toMatchObject({ value: null, unit: 'USD', kind: 'money' });
  });
});

// findFigures does not suggest these (find-figures.test.ts, "hyphenated modifiers"); a span the
// user marked as a figure is read, so a figure placed on "50-minute" reads 50 minutes.
describe('a marked compound: a unit of time or a rate hyphenated onto the number', () => {
  table([
    ['a 50-minute session', { value: 50, unit: 'minutes', kind: 'count' }],
    ['a 49 minute session', { value: 49, unit: 'minutes', kind: 'count' }],
    ['20-year-old', { value: 20, unit: 'years', kind: 'count' }],
    ['a 12-year-old boy', { value: 12, unit: 'years' }],
    ['a six-year-old', { value: 6, unit: 'years' }],
    ['a two-day visit', { value: 2, unit: 'days' }],
    ['a 90-minute meeting', { value: 90, unit: 'minutes' }],
    ['an 18-month-long inquiry', { value: 18, unit: 'months' }],
    ['a 40-hour week', { value: 40, unit: 'hours' }],
    // A rate stays outside the figure, hyphenated or not.
    ['a £6.1bn-a-year contract', { value: 6.1e9, unit: 'GBP', scale: 'bn', kind: 'money' }],
    ['£6.1bn a year', { value: 6.1e9, unit: 'GBP', scale: 'bn' }],
    ['$5-a-day', { value: 5, unit: 'USD' }],
    ['10-per-week', { value: 10, unit: null, kind: 'number' }],
    // Still no figure: an age band, a unit that is not one of time.
    ['under-19s', { value: null }],
  ]);
});

describe('a selection with more than the figure', () => {
  table([
    ['Washington sent 200 lung ventilators to Russia', { value: 200, unit: 'ventilators' }],
    ['$28 billion in 2019', { value: 28e9, unit: 'USD' }],
    // A quantity beats a year even when the year comes first.
    ['in 2019 trade reached $28 billion', { value: 28e9, unit: 'USD' }],
    ['held talks on June 1', { date: '2020-06-01' }],
    // A currency between a name and the number makes it money, not part of the name.
    ['saving the NHS £144m annually', { value: 144e6, unit: 'GBP' }],
  ]);
});
