import { describe, expect, it } from 'vitest';
import { findQuotes } from './quotes.js';

/** Name, the words the span points at, cue and how it was found, for each quote. */
function speakers(text: string) {
  return findQuotes(text).flatMap((q) =>
    q.parts.map(() => {
      const s = q.speaker;
      return s ? { name: s.name, span: text.slice(s.start, s.end), cue: q.cue?.text, via: s.via } : undefined;
    }),
  );
}

describe('speakers', () => {
  it('reads "said X" and stops at the appositive', () => {
    expect(speakers('"This is a dovish hike," said Carsten Brzeski, global head of macro at ING.')).toEqual([
      { name: 'Carsten Brzeski', span: 'Carsten Brzeski', cue: 'said', via: 'said-x' },
    ]);
  });

  it('drops the title from "ECB President Christine Lagarde told" and later resolves "Lagarde said" to the full name', () => {
    const text = '"We are not at peak," ECB President Christine Lagarde told a news conference.\n\n"Rates will stay high," Lagarde said.';
    expect(speakers(text)).toEqual([
      { name: 'Christine Lagarde', span: 'Christine Lagarde', cue: 'told', via: 'x-said' },
      { name: 'Christine Lagarde', span: 'Lagarde', cue: 'said', via: 'x-said' },
    ]);
  });

  it('resolves "he stressed" to the last person named, the span pointing at the pronoun', () => {
    const text = 'Kremlin Spokesman Dmitry Peskov told reporters the talks went well. "We have not seen any documents," he stressed.';
    expect(speakers(text)).toEqual([{ name: 'Dmitry Peskov', span: 'he', cue: 'stressed', via: 'pronoun' }]);
  });

  it('does not resolve a pronoun to a name the quote itself mentions', () => {
    const text = 'Mehmet Oz has focused on crime. "John Fetterman has no plan to fix it," he said.';
    expect(speakers(text)[0]?.name).toBe('Mehmet Oz');
  });

  it('reads "according to X"', () => {
    const text = 'Alexander Novak spoke later. According to Novak, the decisions were "balanced and aimed at stabilising the market."';
    expect(speakers(text)[0]).toMatchObject({ name: 'Alexander Novak', span: 'Novak', via: 'according-to' });
  });

  it('traces "the statement says" back to whoever made the statement, the span on "the statement"', () => {
    const text =
      'Exports rose by 8.2%, Gazprom said in a statement on Monday.\n\n"Exports reached a record level this winter," the statement says.';
    expect(speakers(text)[0]).toMatchObject({ name: 'Gazprom', span: 'the statement', cue: 'says', via: 'statement' });
  });

  it('traces "the ministry said" back to the ministry named before', () => {
    const text =
      'The exercise began, the Russian Defense Ministry said.\n\n"The drills involve 140 aircraft and 60 ships," the ministry said in a statement.';
    expect(speakers(text)[0]).toMatchObject({ name: 'Russian Defense Ministry', via: 'statement' });
  });

  it('traces "the minister said" to the person whose title was minister', () => {
    const text =
      'Agriculture Minister Dmitry Patrushev told reporters exports would rise, and Arkady Zlochevsky agreed.\n\n' +
      '"Our farmers have done a tremendous job," the minister said.';
    expect(speakers(text)[0]?.name).toBe('Dmitry Patrushev');
  });

  it('names an organisation speaking, with a two-word cue', () => {
    expect(speakers('The Kremlin pointed out that "the talks were useful and very constructive."')).toEqual([
      { name: 'Kremlin', span: 'Kremlin', cue: 'pointed out', via: 'x-said' },
    ]);
  });

  it('skips a relative clause between the speaker and the verb', () => {
    const text = 'Congress leader Sachin Pilot, who had a long-running feud with Ashok Gehlot, said the party needed "deep introspection".';
    expect(speakers(text)[0]?.name).toBe('Sachin Pilot');
  });

  it('expands an acronym to the organisation named in full before', () => {
    const text =
      'The European Central Bank raised rates. The ECB said rates had reached levels that "will make a substantial contribution."';
    expect(speakers(text)[0]?.name).toBe('European Central Bank');
  });

  it('joins the two halves of a quote split by its attribution into one quote with that speaker and cue', () => {
    const text = '"We are not saying that we are at peak," Christine Lagarde said. "We cannot say that it is the peak."';
    const [quote, ...rest] = findQuotes(text);
    expect(rest).toEqual([]);
    expect(quote).toMatchObject({
      start: 0,
      end: text.length,
      form: 'direct',
      speaker: { name: 'Christine Lagarde' },
      cue: { text: 'said' },
    });
    expect(quote?.parts.map((p) => text.slice(p.start, p.end))).toEqual([
      '"We are not saying that we are at peak,"',
      '"We cannot say that it is the peak."',
    ]);
  });

  it('gives a quote with no cue in the next paragraph the speaker of the quote before it', () => {
    const text = '"We are not saying that we are at peak," Christine Lagarde said.\n\nPrices rose again. "We cannot say that it is the peak."';
    expect(speakers(text)[1]).toMatchObject({ name: 'Christine Lagarde', via: 'continuation' });
  });

  it('proposes reported speech with quoted fragments as mixed, and without marks as indirect, with speaker and cue', () => {
    const text =
      'Donald Trump spoke in Ohio. He said that the election was “rigged” against him and his voters.\n\nThe campaign will appeal the ruling, Trump told reporters.';
    const [mixed, indirect] = findQuotes(text);
    expect(mixed).toMatchObject({
      form: 'mixed',
      text: 'that the election was “rigged” against him and his voters',
      speaker: { name: 'Donald Trump' },
      cue: { text: 'said' },
    });
    expect(text.slice(mixed?.speaker?.start, mixed?.speaker?.end)).toBe('He');
    expect(indirect).toMatchObject({
      form: 'indirect',
      text: 'The campaign will appeal the ruling',
      speaker: { name: 'Donald Trump' },
      cue: { text: 'told' },
    });
    expect(mixed!.confidence).toBeGreaterThan(indirect!.confidence);
  });

  it('never proposes a speaker that is not a noun phrase', () => {
    for (const text of ['What he said was "we will win this race easily."', 'However, he did say "we will win this race easily."']) {
      for (const q of findQuotes(text)) expect(q.speaker?.name ?? '').not.toMatch(/^(?:What|However|He did)$/u);
    }
  });

  it('gives a paragraph that opens with a quote the speaker named just before', () => {
    const text = '"We spent a decade underbuilding," said Jenny Schuetz, who studies housing.\n\nShe has a plan. "Zoning rules make it illegal to build anything else."';
    expect(speakers(text)[1]).toMatchObject({ name: 'Jenny Schuetz', via: 'continuation' });
  });

  it('finds the attribution after a quote that ends in its own question or exclamation mark', () => {
    const text = 'The hall went quiet. “Who will pay for the new stadium?” Mayor Ivo Brandt asked. “Not the taxpayers!” Brandt shouted.';
    expect(speakers(text)).toEqual([
      { name: 'Ivo Brandt', span: 'Ivo Brandt', cue: 'asked', via: 'x-said' },
      { name: 'Ivo Brandt', span: 'Brandt', cue: 'shouted', via: 'x-said' },
    ]);
  });

  it('reads the tags reporters put after a quote: "mused X", "reads an editorial"', () => {
    const text = '“Maybe the old port was never the problem,” mused Hana Ilic. “The council has lost its nerve,” reads an editorial in the Harbour Post.';
    expect(speakers(text).map((s) => s?.cue)).toEqual(['mused', 'reads']);
  });

  it('reads a name and its long appositive between the quote and the verb', () => {
    const text = '“The levee will hold,” Petra Lind, the engineer who has inspected every dam on the river since 2009, told the radio station.';
    expect(speakers(text)).toEqual([{ name: 'Petra Lind', span: 'Petra Lind', cue: 'told', via: 'x-said' }]);
  });

  it('gives a quoted fragment the subject named at the head of its sentence, its verb as the cue', () => {
    const text = 'On Monday, Senator Ada Moreno grumbled to donors that the plan “would bankrupt the county” before leaving. She scoffs at “any talk of a deal” now.';
    expect(speakers(text)).toEqual([
      { name: 'Ada Moreno', span: 'Ada Moreno', cue: 'grumbled', via: 'x-said' },
      { name: 'Ada Moreno', span: 'She', cue: 'scoffs', via: 'pronoun' },
    ]);
  });

  it('gives a participle the subject heading its clause, not the day or object named between them', () => {
    const text = 'Ruth Bader Ginsburg spoke to the paper. She escalated her criticism on Tuesday, telling CNN that the candidate is “a faker and a fraud” now.';
    expect(speakers(text)).toEqual([{ name: 'Ruth Bader Ginsburg', span: 'She', cue: 'telling', via: 'pronoun' }]);
  });

  it('skips the adverbs between a pronoun and its verb: "he later said"', () => {
    const text = 'Donald Trump was delighted. “The people who were offended were people we wanted to offend,” he later said.';
    expect(speakers(text)).toEqual([{ name: 'Donald Trump', span: 'he', cue: 'said', via: 'pronoun' }]);
  });

  it('reads a description heading the clause as the subject and resolves it to the person named before', () => {
    const text =
      'Donald Trump took questions in Salem.\n\nThe billionaire businessman began by talking about the drug crisis, saying that heroin is now “cheaper than getting candy.”';
    expect(speakers(text)).toEqual([{ name: 'Donald Trump', span: 'The billionaire businessman', cue: 'saying', via: 'pronoun' }]);
  });

  it('gives "they" the organisation just named, and "I" no speaker', () => {
    const text = 'The Sierra Club sued the agency. They argued in court that the rule was “a gift to polluters” and unlawful.';
    expect(speakers(text)[0]).toMatchObject({ name: 'Sierra Club', span: 'They', cue: 'argued' });
    expect(speakers('I told the judge that the charge was “a political stunt” and nothing more.')[0]).toBeUndefined();
  });

  it('reads any verb after a name or description that follows a quote: "shot back", "retaliated"', () => {
    const text = 'Jeb Bush hit him on eminent domain.\n\n“Jeb wants to be a tough guy tonight,” Donald Trump shot back. “France will always be France,” an angry Hollande retaliated.';
    expect(speakers(text)).toEqual([
      { name: 'Donald Trump', span: 'Donald Trump', cue: 'shot', via: 'x-said' },
      { name: 'Hollande', span: 'Hollande', cue: 'retaliated', via: 'x-said' },
    ]);
  });

  it('reads "one senior official said" and a name before a colon', () => {
    const text = '“This is not a combat mission at all,” one senior administration official said.\n\nLESSONS FROM IOWA - Carl Bialik: “Keep on contacting voters as late as possible.”';
    expect(speakers(text)).toEqual([
      { name: 'one senior administration official', span: 'one senior administration official', cue: 'said', via: 'x-said' },
      { name: 'Carl Bialik', span: 'Carl Bialik', cue: undefined, via: 'x-said' },
    ]);
  });

  it('gives a quote inside a relative clause the relative pronoun, named for the person before it', () => {
    const text = 'Glenn Beck spoke in Indiana.\n\nBeck, who has in the past described the candidate as “a pathological narcissistic sociopath,” intended the audience to hear it.';
    expect(speakers(text)).toEqual([{ name: 'Glenn Beck', span: 'who', cue: 'described', via: 'pronoun' }]);
  });

  it('gives a paragraph that is only a quote the speaker of the paragraph before it that ends in a colon', () => {
    const text = 'The Times made the same claim in February, and Breitbart News responded:\n\n“If there are people in this country who are believed to be so prone to terror, the solution is not to punish everyone.”';
    expect(speakers(text)).toEqual([{ name: 'Breitbart News', span: 'Breitbart News', cue: 'responded', via: 'x-said' }]);
  });

  it('resolves "it said" to the document named just before when no organisation was', () => {
    const text = 'The staff letter urged other nominees.\n\n“We have accepted decades of back-room deals that selected an American male,” it said.';
    expect(speakers(text)).toEqual([{ name: 'The staff letter', span: 'it', cue: 'said', via: 'pronoun' }]);
  });

  it('keeps a middle initial in a name, reads "House Speaker" as a title, and gives a surname the full name written most', () => {
    const text =
      'Donald J. Trump spoke first. Eric Trump spoke later, and Donald J. Trump spoke again.\n\n' +
      '“We are going to win so much,” Trump said. “The House will act,” House Speaker Paul Ryan said.';
    expect(speakers(text).map((s) => s?.name)).toEqual(['Donald J. Trump', 'Paul Ryan']);
  });

  it('never takes a question word or conjunction for the first word of a name', () => {
    const text = 'Bernie Sanders spoke. What Sanders said next surprised nobody: “We will fight on to the convention,” Sanders said.';
    expect(speakers(text)[0]?.name).toBe('Bernie Sanders');
  });

  it('traces "she" past the men named since to the woman, and "he" past the women', () => {
    const text =
      'Hillary Clinton met Donald Trump on Monday. “We disagree on almost everything,” she said.\n\n' +
      'Senator Tom Cole spoke to Mrs. Warren. “The bill will pass this week,” he said.';
    expect(speakers(text).map((s) => s?.name)).toEqual(['Hillary Clinton', 'Tom Cole']);
  });
});
