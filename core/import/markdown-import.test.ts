import { describe, expect, it } from 'vitest';
import { importDocument } from './import-document.js';
import { importFixture, utf8 } from './test-fixtures.js';

describe('Markdown', () => {
  const doc = importFixture('article.md');

  it('renders the article as plain reading text: no markup, paragraphs separated by one blank line', () => {
    expect(doc.text).toBe(
      [
        'Offshore wind farm gets the green light',
        'Rostock — The state environment agency on Thursday approved a 1.2 GW offshore wind farm, the largest in the Baltic, after a two-year review that weighed the project’s output against the risk to migrating birds.',
        'The operator says the farm will power about 1.1 million homes. Critics dispute that figure: it assumes a capacity factor of 0.45, well above the Baltic average.',
        'What the permit requires',
        '• Turbines must stop during peak migration nights\n• Radar monitoring of bird movements, with data published monthly\n  • raw data within 30 days\n• A fund of €40 million for habitat restoration',
        '1. Construction starts in 2024\n2. First power in 2026',
        '"We are not against wind power. We are against building it in a flyway," said Jonas Brandt of the Baltic Bird Alliance.',
        'The permit sets these limits:',
        'Season\tMax turbines running\nSpring\t40\nAutumn\t25',
        'The operator\'s formula for curtailment, as filed:',
        'if birds_per_km2 > 120:\n    stop_turbines()',
        'Read our flyway explainer.',
        'Contact the newsroom at tips@baltic-observer.example or see our policy and share.',
      ].join('\n\n'),
    );
  });

  it('drops images (and their alt text), scripts in raw HTML and every markup character', () => {
    expect(doc.text).not.toContain('Turbines off the coast');
    expect(doc.text).not.toContain('alert');
    expect(doc.text).not.toMatch(/[*#`|]|<\/?[a-z]|\]\(|&\w+;/);
  });

  it('keeps link targets in meta.links, without relative or javascript: targets', () => {
    expect(doc.meta.links).toEqual([
      { text: 'two-year review', href: 'https://agency.example/reviews/baltic-1' },
      { text: 'flyway explainer', href: 'https://baltic-observer.example/explainers/flyways' },
      { text: 'tips@baltic-observer.example', href: 'mailto:tips@baltic-observer.example' },
    ]);
  });

  it('reads the front matter into the metadata, its title first', () => {
    expect(doc.title).toBe('Wind farm approved despite bird-strike fears');
    expect(doc.meta).toMatchObject({
      date: '2022-09-08',
      author: 'Lena Fischer, Tomás Ortega',
      outlet: 'Baltic Observer',
      url: 'https://baltic-observer.example/2022/09/wind-farm',
      encoding: 'utf-8',
      source: 'article.md',
    });
  });

  it('takes the title from the first heading when there is no front matter, and keeps the heading in the text', () => {
    const md = 'Intro line before the heading.\n\n## The *real* headline\n\nBody text with a [link](https://example.com/a).\n';
    const plain = importDocument('note.markdown', utf8(md));
    expect(plain.title).toBe('The real headline');
    expect(plain.text).toBe('Intro line before the heading.\n\nThe real headline\n\nBody text with a link.');
    expect(plain.meta.links).toEqual([{ text: 'link', href: 'https://example.com/a' }]);
  });

  it('turns hard line breaks into line breaks and soft ones into spaces', () => {
    const md = 'Roses are red,  \nviolets are blue\\\nsugar is\nsweet<br>and so are you.';
    expect(importDocument('poem.md', utf8(md)).text).toBe('Roses are red,\nviolets are blue\nsugar is sweet\nand so are you.');
  });
});

describe('Markdown: front matter look-alikes', () => {
  it('keeps text between two thematic breaks at the top: it is not front matter', () => {
    const md = '---\nThe council met on Monday: it voted to close the library.\n---\n\nMore text.\n';
    const doc = importDocument('breaks.md', utf8(md));
    expect(doc.text).toBe('The council met on Monday: it voted to close the library.\n\nMore text.');
    expect(doc.meta.date).toBeUndefined();
  });
});
