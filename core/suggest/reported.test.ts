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

  it('reports beliefs, wishes and stances: "believes", "wants", "declined"', () => {
    const text =
      'Governor Alma Ruiz believes the tunnel can be finished by 2030. Her rival, Tom Becker, wants a second bridge instead. Becker declined to comment.';
    expect(indirect(text)).toEqual([
      { text: 'the tunnel can be finished by 2030', speaker: 'Alma Ruiz', cue: 'believes' },
      { text: 'a second bridge instead', speaker: 'Tom Becker', cue: 'wants' },
      { text: 'to comment', speaker: 'Becker', cue: 'declined' },
    ]);
  });

  it('gives "X, who said …" the relative pronoun as its mention and X as its name, the report ending at the comma', () => {
    const text = 'Councillor Rita Hahn, who said on Monday that the budget was short by a million, will chair the inquiry.';
    const [q] = findQuotes(text);
    expect(q).toMatchObject({ form: 'indirect', text: 'on Monday that the budget was short by a million', speaker: { name: 'Rita Hahn' } });
    expect(text.slice(q!.speaker!.start, q!.speaker!.end)).toBe('who');
  });

  it('reads a headline "Name: …" and a transcript line "NAME: …" as what they say, but not a label or a place', () => {
    const text =
      'Maria Lopez: The port deal will cost jobs\n\nHOST: Why now?\n\nLOPEZ: Because the vote is next week and nobody has read it.\n\nHOST: Thank you.\n\nLOPEZ: Thank you for having me here.\n\nUPDATE: The vote was moved.\n\nBOOM: Another poll is out\n\nOhio: Results at a glance';
    expect(indirect(text)).toEqual([
      { text: 'The port deal will cost jobs', speaker: 'Maria Lopez', cue: ':' },
      { text: 'Because the vote is next week and nobody has read it', speaker: 'LOPEZ', cue: ':' },
      { text: 'Thank you for having me here', speaker: 'LOPEZ', cue: ':' },
    ]);
  });

  it('proposes the stance after a cue learned from PolNeAR train ("blasted", "slams") with its subject as speaker', () => {
    expect(indirect('Senate Republicans blasted the governor over the new budget on Tuesday.')).toEqual([
      { text: 'the governor over the new budget on Tuesday', speaker: 'Senate Republicans', cue: 'blasted' },
    ]);
    expect(indirect('The port deal will cost jobs, the union warns.')).toEqual([
      { text: 'The port deal will cost jobs', speaker: 'the union', cue: 'warns' },
    ]);
  });

  it('proposes a learned cue without a subject with no speaker and a low confidence, and nothing where no word is a cue', () => {
    const [q, ...rest] = findQuotes('Expected to pass easily next week, the measure now heads to the House.');
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ form: 'indirect', text: 'to pass easily next week, the measure now heads to the House', cue: { text: 'Expected' } });
    expect(q?.speaker).toBeUndefined();
    expect(q?.confidence).toBeLessThan(0.5);
    expect(findQuotes('The bridge opened in 1932 and carries 40,000 cars a day.')).toEqual([]);
  });
});
