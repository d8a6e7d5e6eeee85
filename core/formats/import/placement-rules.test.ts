// The placement rules of issue #10, cases 4 and 5, through the real service on real library
// folders: positions read in both units, sources matched by their normalised address, quotes
// without a source placed only where their context agrees, the same outcome in either import
// order, approximate matches that keep their numbers and whole words, and the user's pick of an
// article for what matched none. The texts are written here (BBC/TASS-like, not copied).

import { describe, expect, it } from 'vitest';
import { LibraryService } from '../../service.js';
import { base64, withTempDir } from '../../testing/temp-library.js';
import { CONTEXT_THRESHOLD } from './place.js';

const NOW = new Date('2026-04-01T00:00:00.000Z');

const LONDON = [
  'LONDON - The Treasury said the surplus of £6.1bn would be spent over the next three years.',
  'Ministers told the BBC over the phone on June 1 that 12,600 civil servant posts would go.',
  'A memo put the fall in applications at -15% this spring, and the review took 30 years to finish.',
].join('\n\n');

const TOKYO = [
  'TOKYO, June 2 (TASS) - The governor said the plan would be announced on June 1 at a press conference.',
  'Officials expect 30 years of repayments, a spokesman told reporters.',
].join('\n\n');

const PARTY = '🎉🎉🎉 ha ha ha ha';

interface Selectors {
  exact: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

function w3c(source: string | undefined, s: Selectors, id = `https://example.org/anno/${encodeURIComponent(s.exact)}/${s.start ?? ''}`) {
  const selector: unknown[] = [{ type: 'TextQuoteSelector', exact: s.exact, ...(s.prefix !== undefined ? { prefix: s.prefix } : {}), ...(s.suffix !== undefined ? { suffix: s.suffix } : {}) }];
  if (s.start !== undefined) selector.push({ type: 'TextPositionSelector', start: s.start, end: s.end });
  return { '@context': 'http://www.w3.org/ns/anno.jsonld', id, type: 'Annotation', motivation: 'highlighting', target: { ...(source ? { source } : {}), selector } };
}

function upload(value: unknown, fileName = 'peer.jsonld') {
  return { fileName, contentBase64: base64(JSON.stringify(value)) };
}

async function libraryOf(dir: string, stories: { name: string; text: string; url?: string }[]) {
  const service = await LibraryService.open(dir, { clock: () => NOW });
  const ids: Record<string, string> = {};
  for (const s of stories) {
    const { article } = await service.importText({ text: s.text, title: s.name });
    if (s.url) await service.updateArticleMeta({ id: article.id, meta: { url: s.url } });
    ids[s.name] = article.id;
  }
  return { service, ids };
}

function context(text: string, exact: string, occurrence = 0): Selectors {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(exact, start + 1);
  return { exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + exact.length, start + exact.length + 32), start, end: start + exact.length };
}

describe('positions in UTF-16 units or code points (case 4)', { timeout: 30_000 }, () => {
  it("reads Recogito's UTF-16 position for the first 'ha' after three emoji as UTF-16, not as the second 'ha'", async () => {
    await withTempDir(async (dir) => {
      const { service, ids } = await libraryOf(dir, [{ name: 'party', text: PARTY, url: 'https://example.org/party' }]);
      // Recogito writes start 7 (UTF-16: 3 emoji × 2 units + a space) and the prefix it saw.
      const outcome = await service.importAnnotations(upload([w3c('https://example.org/party', { exact: 'ha', prefix: '🎉🎉🎉 ', suffix: ' ha ha ha', start: 7, end: 9 })]));
      expect(outcome.report.counts).toMatchObject({ exact: 1, notPlaced: 0 });
      expect(outcome.report.exact[0]).toMatchObject({ reading: 'utf-16', placedOn: 'ha' });
      expect(outcome.report.readings).toMatchObject({ 'utf-16': 1, 'code points': 0 });
      const [a] = (await service.getArticle({ id: ids.party! })).annotations;
      expect([a!.start, a!.end]).toEqual([7, 9]);
    });
  });

  it('reads a code-point position (the W3C rule) as code points when that is where the quote and context fit', async () => {
    await withTempDir(async (dir) => {
      const { service, ids } = await libraryOf(dir, [{ name: 'party', text: PARTY, url: 'https://example.org/party' }]);
      // The second "ha" is at code point 7 (UTF-16 unit 10); read as UTF-16, 7 is the first "ha".
      const outcome = await service.importAnnotations(upload([w3c('https://example.org/party', { exact: 'ha', prefix: '🎉🎉🎉 ha ', suffix: ' ha ha', start: 7, end: 9 })]));
      expect(outcome.report.exact[0]).toMatchObject({ reading: 'code points' });
      const [a] = (await service.getArticle({ id: ids.party! })).annotations;
      expect([a!.start, a!.end]).toEqual([10, 12]);
    });
  });
});

describe('no annotation placed in another article by its quote alone (case 5)', { timeout: 30_000 }, () => {
  const stories = [
    { name: 'london', text: LONDON, url: 'https://www.bbc.example/news/uk-123' },
    { name: 'tokyo', text: TOKYO, url: 'https://tass.example/world/456' },
  ];

  it('matches the source address with tracking parameters, another scheme, www., a fragment or a trailing slash', async () => {
    await withTempDir(async (dir) => {
      const { service, ids } = await libraryOf(dir, stories);
      // "June 1" occurs in both; the address alone must pick London, whatever the context says.
      const file = ['http://bbc.example/news/uk-123/?utm_source=newsletter&fbclid=x#comments', 'https://www.bbc.example/news/uk-123?gclid=1'].map((src, i) =>
        w3c(src, { exact: 'June 1' }, `https://example.org/anno/${i}`),
      );
      const outcome = await service.importAnnotations(upload(file));
      expect(outcome.report.counts).toMatchObject({ moved: 2, notPlaced: 0 });
      expect(outcome.report.moved.every((d) => d.articleId === ids.london)).toBe(true);
    });
  });

  it('places a quote without a known source only where its prefix and suffix agree, and reports "no matching article" otherwise', async () => {
    await withTempDir(async (dir) => {
      const { service, ids } = await libraryOf(dir, stories);
      const matching = context(LONDON, 'June 1');
      const foreign = { exact: 'June 1', prefix: 'she said she would call them on ', suffix: ' before the vote in parliament.' };
      const outcome = await service.importAnnotations(upload([w3c('https://unknown.example/a', matching), w3c('https://unknown.example/b', foreign), w3c(undefined, { exact: 'June 1' })]));
      expect(outcome.report.counts).toMatchObject({ exact: 1, notPlaced: 2 });
      expect(outcome.report.exact[0]).toMatchObject({ articleId: ids.london });
      expect(outcome.report.notPlaced.map((d) => [d.noMatchingArticle, d.reason])).toEqual([
        [true, expect.stringMatching(new RegExp(`^no matching article: its source \\(https://unknown.example/b\\) is not in the library, and where its quote occurs the text around it agrees \\d+% with its context \\(${CONTEXT_THRESHOLD * 100}% needed\\)$`))],
        [true, 'no matching article: it names no source, and the quote has no prefix or suffix to confirm an article'],
      ]);
      expect((await service.getArticle({ id: ids.tokyo! })).annotations).toEqual([]);
    });
  });

  it('gives the same outcome whichever article was imported first', async () => {
    const file = [w3c('https://unknown.example/a', context(TOKYO, 'June 1')), w3c(undefined, context(LONDON, '30 years')), w3c(undefined, { exact: 'June 1', prefix: 'x', suffix: 'y' })];
    const outcomes = [];
    for (const order of [stories, [...stories].reverse()]) {
      outcomes.push(
        await withTempDir(async (dir) => {
          const { service, ids } = await libraryOf(dir, order);
          const { report } = await service.importAnnotations(upload(file));
          const byName = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));
          return {
            placed: [...report.exact, ...report.moved, ...report.approximate].map((d) => [d.quote, byName[d.articleId], d.placedOn]).sort(),
            notPlaced: report.notPlaced.map((d) => d.quote),
          };
        }),
      );
    }
    expect(outcomes[0]).toEqual(outcomes[1]);
    expect(outcomes[0]!.placed).toEqual([
      ['30 years', 'london', '30 years'],
      ['June 1', 'tokyo', 'June 1'],
    ]);
  });

  it('lets the user pick the article for what matched none, by the API', async () => {
    await withTempDir(async (dir) => {
      const { service, ids } = await libraryOf(dir, stories);
      const file = upload([w3c(undefined, { exact: 'June 1' })]);
      expect((await service.importAnnotations(file)).report.counts.notPlaced).toBe(1);
      const again = await service.importAnnotations({ ...file, intoArticleId: ids.tokyo! });
      expect(again.report.counts).toMatchObject({ moved: 1, notPlaced: 0 });
      expect((await service.getArticle({ id: ids.tokyo! })).annotations.map((a) => TOKYO.slice(a.start, a.end))).toEqual(['June 1']);
    });
  });
});

describe('fuzzy placement respects meaning (case 5)', { timeout: 30_000 }, () => {
  it('never changes a number, written in digits or in words; only an exact quote may start inside a word', async () => {
    await withTempDir(async (dir) => {
      const { service, ids } = await libraryOf(dir, [{ name: 'london', text: LONDON, url: 'https://bbc.example/news/uk-123' }]);
      const src = 'https://bbc.example/news/uk-123';
      const file = [
        w3c(src, { ...context(LONDON, 'over the next three years'), exact: 'over the next five years' }),
        w3c(src, { ...context(LONDON, '-15%'), exact: '-12%' }),
        w3c(src, { exact: 'fall in applications at -15% this spring', prefix: 'A memo put the ' }),
        w3c(src, { exact: 'applications at -15% this sprang', prefix: 'put the fall in ' }),
        w3c(src, { exact: 'the review took 30 years to finnish' }),
        w3c(src, { exact: 'ree years', prefix: 'over the next th' }),
      ];
      const { report } = await service.importAnnotations(upload(file));
      expect(report.notPlaced.map((d) => d.quote)).toEqual(['over the next five years', '-12%']);
      expect(report.moved.map((d) => d.placedOn)).toEqual(['fall in applications at -15% this spring', 'ree years']);
      expect(report.approximate.map((d) => [d.quote, d.placedOn])).toEqual([
        ['applications at -15% this sprang', 'applications at -15% this spring'],
        ['the review took 30 years to finnish', 'the review took 30 years to finish'],
      ]);
      const stored = (await service.getArticle({ id: ids.london! })).annotations.map((a) => LONDON.slice(a.start, a.end));
      expect(stored).not.toContain('-15%');
    });
  });

  it('grows an approximate match to whole words rather than marking half of one', async () => {
    await withTempDir(async (dir) => {
      const text = 'The deal will last for several decades, officials said on Monday evening.';
      const { service } = await libraryOf(dir, [{ name: 'deal', text, url: 'https://example.org/deal' }]);
      const { report } = await service.importAnnotations(upload([w3c('https://example.org/deal', { exact: 'last for severl decade' })]));
      expect(report.approximate.map((d) => d.placedOn)).toEqual(['last for several decades']);
    });
  });
});

describe('Hypothesis API JSON (issue #11)', { timeout: 30_000 }, () => {
  it('imports /api/search rows and a bare list of rows onto the matching article: text as note, tags as tags', async () => {
    await withTempDir(async (dir) => {
      const { service, ids } = await libraryOf(dir, [
        { name: 'london', text: LONDON, url: 'https://www.bbc.example/news/uk-123' },
        { name: 'tokyo', text: TOKYO, url: 'https://tass.example/world/456' },
      ]);
      const exact = '12,600 civil servant posts';
      const start = LONDON.indexOf(exact);
      const row = {
        id: 'Hyp0thesis1',
        created: '2026-03-02T10:00:00.000000+00:00',
        updated: '2026-03-03T10:00:00.000000+00:00',
        user: 'acct:reader@hypothes.is',
        uri: 'https://bbc.example/news/uk-123?utm_medium=social',
        text: 'Check against the departmental plan.',
        tags: ['jobs', 'figure'],
        target: [
          {
            source: 'https://bbc.example/news/uk-123?utm_medium=social',
            selector: [
              { type: 'RangeSelector', startContainer: '/div[1]/p[2]', startOffset: 53, endContainer: '/div[1]/p[2]', endOffset: 79 },
              { type: 'TextPositionSelector', start, end: start + exact.length },
              { type: 'TextQuoteSelector', exact, prefix: LONDON.slice(start - 32, start), suffix: LONDON.slice(start + exact.length, start + exact.length + 32) },
            ],
          },
        ],
        document: { title: ['Civil service cuts'] },
      };
      const pageNote = { ...row, id: 'PageNote1', text: 'Whole page', tags: [], target: [{ source: row.uri }] };
      const outcome = await service.importAnnotations(upload({ total: 2, rows: [row, pageNote] }, 'hypothesis.json'));
      expect(outcome).toMatchObject({ format: 'hypothesis', added: 1, report: { counts: { exact: 1, notPlaced: 1 } } });
      const [a] = (await service.getArticle({ id: ids.london! })).annotations;
      expect(a).toMatchObject({ kind: 'figure', start, tags: ['jobs'], note: 'Check against the departmental plan.', createdAt: '2026-03-02T10:00:00.000Z', fields: { figure: { value: 12600 } } });
      expect((await service.importAnnotations(upload([row], 'rows.json')))).toMatchObject({ format: 'hypothesis', added: 0, skipped: 1 });
    });
  });

  it('refuses rows of the wrong shape with the path of each, writing nothing', async () => {
    await withTempDir(async (dir) => {
      const { service } = await libraryOf(dir, [{ name: 'london', text: LONDON }]);
      await expect(service.importAnnotations(upload({ rows: [{ uri: 'https://x.example', target: [] }, { uri: 5 }] }))).rejects.toThrow(
        /^peer\.jsonld is not a valid Hypothesis API file, nothing was imported\. rows\[1\]: expected a Hypothesis annotation/,
      );
    });
  });
});
