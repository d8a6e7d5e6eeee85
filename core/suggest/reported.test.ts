import { describe, expect, it } from 'vitest';
import { findQuotes } from './quotes.js';

/** The indirect quotes proposed: content, speaker mention and cue. */
function indirect(text: string) {
  return findQuotes(text)
    .filter((q) => q.form === 'indirect')
    .map((q) => ({ text: q.text, speaker: q.speaker && text.slice(q.speaker.start, q.speaker.end), cue: q.cue?.text }));
}

describe('reported speech without quote marks', () => {
  it('finds the subject of "X, who …, says …" behind its appositive', () => {
    expect(indirect('Lena Park, who chairs the county planning board, says the new depot will open next spring.')).toEqual([
      { text: 'the new depot will open next spring', speaker: 'Lena Park', cue: 'says' },
    ]);
  });

  it('takes the clause before "…, said X, a …" however long the appositive', () => {
    expect(
      indirect('Turnout will decide the race in the northern suburbs, said Omar Reyes, a pollster who has advised three governors in the state.'),
    ).toEqual([{ text: 'Turnout will decide the race in the northern suburbs', speaker: 'Omar Reyes', cue: 'said' }]);
  });

  it('takes the whole sentence around an attribution standing in the middle', () => {
    expect(indirect('The ferry service, officials said on Friday, will stop running for the whole winter.')).toEqual([
      { text: 'The ferry service, officials said on Friday, will stop running for the whole winter', speaker: 'officials', cue: 'said' },
    ]);
  });

  it('does not read the words after an inverted "said" as what was said', () => {
    const text = '“We are ready,” said Ines Duarte, the festival’s director, after the rehearsal in the main square.';
    expect(indirect(text)).toEqual([]);
  });

  it('does not take "states" or "tweet" for a speech verb', () => {
    expect(indirect('Trump won four states on Tuesday: Georgia, Alabama, Ohio and Texas. A tweet from the campaign followed soon after.')).toEqual(
      [],
    );
  });
});
