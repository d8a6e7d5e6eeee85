// Keeps the PolNeAR evaluation honest: the scorer applies issue #12's matching rules, and the
// corpus, where ../shared holds it, loads with its attributions (through core/formats/brat/).

import { describe, expect, it } from 'vitest';
import type { QuoteSuggestion } from './index.js';
import { corpusPresent, loadSplit, POLNEAR_DIR, QUOTE_MARK, type PolnearArticle } from '../../eval/polnear/corpus.js';
import { fullestForm, nameMatches, nameWords, scorePolnear } from '../../eval/polnear/score.js';

const quote = (text: string, start: number, end: number, extra: Partial<QuoteSuggestion> = {}): QuoteSuggestion => ({
  parts: [],
  kind: 'quote',
  start,
  end,
  text: text.slice(start, end),
  form: 'direct',
  confidence: 1,
  reason: '',
  ...extra,
});

describe('PolNeAR scorer', () => {
  const text = 'Hillary Clinton spoke. Clinton said that the race, as she put it for weeks, is “rigged, really rigged” now.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const content = at('that the race, as she put it for weeks, is “rigged, really rigged” now.');
  const source = at('Clinton said');
  source.end = source.start + 'Clinton'.length;
  const cue = at('said');
  const article: PolnearArticle = {
    name: 't',
    annotator: 'a',
    text,
    attributions: [{ content: [content], source: [source], cue: [cue], quoted: true }],
  };

  it('counts a quote that covers half the Content, with its speaker, full name and cue', () => {
    const q = quote(text, content.start, content.end, {
      form: 'mixed',
      speaker: { ...source, name: 'Hillary Clinton', via: 'x-said' },
      cue: { ...cue, text: 'said' },
    });
    const s = scorePolnear(article, [q]);
    expect(s.quotes).toEqual({ labels: 1, predicted: 1, correct: 1 });
    expect([s.speakerSpan, s.speakerName, s.cue]).toEqual([
      { checked: 1, correct: 1 },
      { checked: 1, correct: 1 },
      { checked: 1, correct: 1 },
    ]);
  });

  it('does not count the quoted fragment alone (less than half the Content) nor a surname for a full name', () => {
    const fragment = at('“rigged, really rigged”');
    expect(scorePolnear(article, [quote(text, fragment.start, fragment.end)]).quotes).toEqual({ labels: 1, predicted: 1, correct: 0 });
    expect(nameMatches('Clinton', ['Hillary', 'Clinton'], text)).toBe(false);
  });

  it('takes a Content quoted with two apostrophes for a direct quote, an apostrophe alone not', () => {
    expect(QUOTE_MARK.test(`''We will win,''`)).toBe(true);
    expect(QUOTE_MARK.test('“We will win,”')).toBe(true);
    expect(QUOTE_MARK.test(`the mayor's plan won't pass`)).toBe(false);
  });

  it('finds the fullest written form of a name and leaves pronouns and descriptions unscored', () => {
    expect(fullestForm(['Kaine', 'Sen. Tim Kaine', 'he'], 'Kaine')).toEqual(['Tim', 'Kaine']);
    expect(nameWords('he')).toEqual([]);
    expect(nameWords('the campaign')).toEqual([]);
    expect(nameWords('Sen. Tim Kaine')).toEqual(['Tim', 'Kaine']);
    expect(nameMatches('Tim Kaine', ['Tim', 'Kaine'], '')).toBe(true);
    expect(nameMatches('Anne Kaine', ['Tim', 'Kaine'], 'Anne Kaine')).toBe(false);
  });
});

describe('PolNeAR corpus', () => {
  it.runIf(corpusPresent())('loads the dev split: 84 articles, direct/mixed and indirect attributions', () => {
    const dev = loadSplit('dev');
    expect(dev).toHaveLength(84);
    const all = dev.flatMap((a) => a.attributions);
    expect(all.filter((a) => a.quoted).length).toBeGreaterThan(500);
    expect(all.filter((a) => !a.quoted).length).toBeGreaterThan(1000);
    for (const a of dev) for (const at of a.attributions) for (const f of at.content) expect(f.end).toBeLessThanOrEqual(a.text.length);
  });
  if (!corpusPresent()) console.log(`PolNeAR not found at ${POLNEAR_DIR}: skipping the corpus test`);
});
