import { describe, expect, it } from 'vitest';
import { parseIsoDate, resolveYear } from './calendar.js';

describe('the year of a date written without one', () => {
  const july = parseIsoDate('2020-07-23')!;
  const december = parseIsoDate('2020-12-20')!;

  it('is the story’s year for the recent past and the next few months', () => {
    expect(resolveYear(6, 1, july)).toBe(2020);
    expect(resolveYear(1, 20, july)).toBe(2020);
    expect(resolveYear(11, 3, july)).toBe(2020);
  });

  it('is last year for a date more than about five months ahead', () => {
    expect(resolveYear(12, 28, july)).toBe(2019);
  });

  it('is next year for early January in a December story', () => {
    expect(resolveYear(1, 5, december)).toBe(2021);
  });

  it('is a leap year for 29 February, or none when no year near the story has one', () => {
    expect(resolveYear(2, 29, july)).toBe(2020);
    expect(resolveYear(2, 29, parseIsoDate('2022-07-01')!)).toBeNull();
  });
});

describe('the article date', () => {
  it('must be a real YYYY-MM-DD day', () => {
    expect(parseIsoDate('2020-07-23')).toEqual({ year: 2020, month: 7, day: 23 });
    expect(parseIsoDate('2020-02-30')).toBeNull();
    expect(parseIsoDate('23/07/2020')).toBeNull();
    expect(parseIsoDate(undefined)).toBeNull();
  });
});
