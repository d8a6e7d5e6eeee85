import { describe, expect, it } from 'vitest';
import { findQuotes } from './quotes.js';

/** The direct quotes proposed, alone or inside a mixed quote, as text. */
const quoted = (text: string) => findQuotes(text).flatMap((q) => q.parts.map((p) => text.slice(p.start, p.end)));

describe('findQuotes: what counts as a direct quote', () => {
  it('includes the quote marks and a bracketed insertion in the span', () => {
    const text = '"[They] voiced mutual willingness to boost cooperation," the statement says.';
    const [quote] = findQuotes(text);
    expect(quote?.text).toBe('"[They] voiced mutual willingness to boost cooperation,"');
    expect(quote?.start).toBe(0);
  });

  it('leaves out scare quotes, single quoted words nobody is said to say and names for things', () => {
    const text =
      'The plan is a pre-election "giveaway" paid for by so-called "stealth taxes". ' +
      'Exports of batteries, dubbed the "new three", rose. He told the newspaper „Handelsblatt“ nothing. ' +
      'Her novel "The Long Way Home" won the prize. Opinion: Stop calling it "disruption".';
    expect(quoted(text)).toEqual([]);
  });

  it('takes a single quoted word in reported speech for a mixed quote, as annotators of news do', () => {
    const text = 'The opposition said the plan was a pre-election "giveaway" paid for by so-called "stealth taxes".';
    expect(findQuotes(text).map((q) => [q.form, q.text, q.speaker?.name, q.cue?.text])).toEqual([
      ['mixed', 'the plan was a pre-election "giveaway" paid for by so-called "stealth taxes"', 'The opposition', 'said'],
    ]);
    expect(quoted(text)).toEqual(['"giveaway"']);
  });

  it('takes the words a naming verb puts on someone, with what it names, as a mixed quote with that verb as cue', () => {
    const text = 'Analysts call it the "revolving door". Cruz called Trump "unhinged" for insisting on the story. Critics described the vote as "fantastic," then left.';
    const quotes = findQuotes(text).filter((q) => q.form !== 'indirect');
    expect(quotes.map((q) => [q.form, q.text, q.cue?.text])).toEqual([
      ['mixed', 'it the "revolving door"', 'call'],
      ['mixed', 'Trump "unhinged" for insisting on the story', 'called'],
      ['mixed', 'the vote as "fantastic,"', 'described'],
    ]);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Analysts', 'Cruz', 'Critics']);
  });

  it('takes a two-word quote when the sentence reports speech', () => {
    expect(quoted('She added that a "solid majority" of policymakers had backed the increase.')).toEqual(['"solid majority"']);
  });

  it('takes a quote of four or more words even without a speech verb', () => {
    expect(quoted('Her deputies want a "reform that protects the weakest workers".')).toEqual([
      '"reform that protects the weakest workers"',
    ]);
  });

  it('finds a quote written with two apostrophes, with its speaker', () => {
    const [quote] = findQuotes(`''The budget is not finished,'' said Mr. Okafor, the council's treasurer.`);
    expect(quote).toMatchObject({ form: 'direct', text: `''The budget is not finished,''`, speaker: { name: 'Okafor' }, cue: { text: 'said' } });
  });

  it('finds curly, German and French quotes', () => {
    const text =
      '“We are aware of the role we played,” the company said. ' +
      '„Die Lage ist ernst und schwierig“, sagte er. ' +
      '« We must work a little longer, » Ms Borne said.';
    expect(quoted(text)).toEqual([
      '“We are aware of the role we played,”',
      '„Die Lage ist ernst und schwierig“',
      '« We must work a little longer, »',
    ]);
  });

  it('keeps nested single quotes inside the quote', () => {
    const text = `"You told them their money was 'as safe as houses'. It was not," the judge said.`;
    expect(quoted(text)).toEqual([`"You told them their money was 'as safe as houses'. It was not,"`]);
  });

  it('spans a quote over several paragraphs from the first opening mark to the last closing mark', () => {
    const text =
      'Judge Martin Beddoe said: "You targeted people near retirement.\n\n"You showed no remorse at any stage."\n\nCoyle was led away.';
    const [quote] = findQuotes(text);
    expect(quote?.text).toBe('"You targeted people near retirement.\n\n"You showed no remorse at any stage."');
    expect(quote?.speaker?.name).toBe('Martin Beddoe');
  });

  it('gives UTF-16 offsets, so an emoji before the quote does not shift the span', () => {
    const text = 'Chief Executive Priya Raman celebrated online. 🚀🚀 "Record quarter, thank you all," she wrote.';
    const [quote] = findQuotes(text);
    expect(quote && text.slice(quote.start, quote.end)).toBe('"Record quarter, thank you all,"');
    expect(quote?.start).toBe(text.indexOf('"'));
    expect(quote?.speaker?.name).toBe('Priya Raman');
  });
});

describe('findQuotes: one speaker going on', () => {
  const parts = (text: string) => findQuotes(text).map((q) => q.parts.map((p) => text.slice(p.start, p.end)));

  it('joins a quote that opens the next paragraph to the attributed quote just before it', () => {
    const text = '“The bridge will open in May,” the mayor, Dana Whitlow, told the council on Monday.\n\n“After that, the ferry stops.”';
    const [quote, ...rest] = findQuotes(text);
    expect(rest).toEqual([]);
    expect(parts(text)).toEqual([['“The bridge will open in May,”', '“After that, the ferry stops.”']]);
    expect(quote).toMatchObject({ speaker: { name: 'Dana Whitlow' }, cue: { text: 'told' } });
  });

  it('joins the halves around a long attribution in one paragraph', () => {
    const text =
      '“We have waited long enough,” said Marta Ilves, who has run the tenants’ association on the estate for eleven years, as she left the hearing. “Now they must act.”';
    expect(parts(text)).toEqual([['“We have waited long enough,”', '“Now they must act.”']]);
  });

  it('joins the halves around an attribution in mid-sentence, whichever cue the second half would take', () => {
    const text =
      '“Let’s take this opportunity,” Blackwell concluded, “to nominate a conservative.” ' +
      '“Many people are uncertain this year,” Thiel wrote in a statement explaining why, “but most agree we are on the wrong track.”';
    expect(parts(text)).toEqual([
      ['“Let’s take this opportunity,”', '“to nominate a conservative.”'],
      ['“Many people are uncertain this year,”', '“but most agree we are on the wrong track.”'],
    ]);
    expect(findQuotes(text).map((q) => [q.form, q.speaker?.name])).toEqual([
      ['direct', 'Blackwell'],
      ['direct', 'Thiel'],
    ]);
  });

  it('takes a second half opening in lower case for the rest of the quote, not a fragment of reported speech', () => {
    const text = '“The risk,” said Edward Leamer, an economist who directs the forecast at the university, “is that we attract workers and repel jobs.”';
    expect(findQuotes(text).map((q) => q.form)).toEqual(['direct']);
    expect(parts(text)).toEqual([['“The risk,”', '“is that we attract workers and repel jobs.”']]);
  });

  it('keeps apart quotes with a sentence of the reporter’s own between them, and a quote whose cue opens the next one', () => {
    const text =
      'Sanders said in 2001 that he had “very serious concerns about the goals of the industry.” In a later vote, he warned of “owners of technology” who are “primarily interested in money.” ' +
      '“We are refugees,” Ms. Alawee said. “We are not terrorists.” Mr. Zahed said: “The attack is the work of terrorists.”';
    const texts = findQuotes(text).map((q) => q.text);
    expect(texts.filter((t) => t.includes('very serious') && t.includes('primarily'))).toEqual([]);
    expect(parts(text).filter((p) => p.some((q) => q.includes('The attack')))).toEqual([['“The attack is the work of terrorists.”']]);
  });

  it('keeps an answer to a question in the next paragraph apart, and a paragraph that opens with the reporter’s words', () => {
    const text =
      '“Will the school close?” a parent asked the board.\n\n“Not this year,” the chairwoman said.\n\nThe vote came later. “It was close,” she said.';
    expect(parts(text)).toEqual([['“Will the school close?”'], ['“Not this year,”'], ['“It was close,”']]);
  });
});

describe('findQuotes: titles in quote marks', () => {
  it('leaves out a show or a film named in Title Case with the comma inside the closing mark', () => {
    const text = 'He said on “Evening Report With Sam Tate,” that the plan was dead. She told “The Morning Desk,” the same.';
    expect(findQuotes(text).filter((q) => q.form === 'direct')).toEqual([]);
  });

  it('still takes a short sentence of short words ending in a comma', () => {
    const text = '“I am not shy,” the witness said.';
    expect(findQuotes(text).map((q) => q.text)).toEqual(['“I am not shy,”']);
  });
});
