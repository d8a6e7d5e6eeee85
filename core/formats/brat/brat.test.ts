// The brat reader and writer on small files a user could write: every kind of line, discontinuous
// spans, astral characters (brat counts code points), CRLF texts, mapping files, and the bad
// files that must be refused with the line that is wrong — through the real service and store.

import { describe, expect, it } from 'vitest';
import { dispatch } from '../../api/dispatch.js';
import { LibraryService } from '../../service.js';
import { base64, withTempDir } from '../../testing/temp-library.js';
import { bratFiles } from './export.js';
import { BUILT_IN_MAPPING, readMapping } from './mapping.js';
import { parseAnn } from './parse-ann.js';
import { writeAnn } from './write-ann.js';

const NOW = new Date('2026-12-01T00:00:00.000Z');

const TEXT = 'Ship 🚢 sails, the mayor said on Friday. Costs rose by 40% and “the port will grow”, she added.\n';
// Code points: "🚢" is one; so "sails" is 7-12 here and 8-13 in UTF-16 units.
const ANN = [
  'T1\tSource 18 23\tmayor',
  'T2\tCue 24 28\tsaid',
  'T3\tContent 0 12\tShip 🚢 sails',
  'T4\tAttribution 24 28\tsaid',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T5\tClaim 40 57\tCosts rose by 40%',
  'T6\tFigure 54 57\t40%',
  'T7\tContent 63 81;88 93\tthe port will grow added',
  'R1\tSupports Arg1:T6 Arg2:T5',
  'A1\tStatus T5 misleading',
  'A2\tCertain T5',
  '#1\tAnnotatorNotes T5\tCheck the 2019 base.',
  '#2\tTag T5\tbudget; port',
  'T8\tPerson 18 23\tmayor',
  'T9\tCue 88 93\tadded',
  'T10\tAttribution-no-source 88 93\tadded',
  'E2\tAttribution-no-source:T10 Content:T7 Cue:T9',
  '',
].join('\n');

async function importPair(service: LibraryService, ann: string, text = TEXT, mapping?: { fileName: string; json: string }) {
  return dispatch(service, 'importBrat', {
    textFileName: 'story.txt',
    textBase64: base64(text),
    annFileName: 'story.ann',
    annBase64: base64(ann),
    ...(mapping ? { mapping } : {}),
  });
}

describe('parseAnn and writeAnn', () => {
  it('read every kind of line and write them back as they were', () => {
    const more = `${ANN}*\tEquiv T1 T8\nN1\tReference T8 Wikidata:Q30185\tmayor\n`;
    const { document, problems } = parseAnn(more);
    expect(problems).toEqual([]);
    expect(document.entities.find((t) => t.id === 'T7')).toEqual({ id: 'T7', type: 'Content', fragments: [{ start: 63, end: 81 }, { start: 88, end: 93 }], text: 'the port will grow added' });
    expect(document.events[0]).toEqual({ id: 'E1', type: 'Attribution', trigger: 'T4', args: [{ role: 'Content', id: 'T3' }, { role: 'Cue', id: 'T2' }, { role: 'Source', id: 'T1' }] });
    expect(document.attributes).toEqual([{ id: 'A1', type: 'Status', target: 'T5', value: 'misleading' }, { id: 'A2', type: 'Certain', target: 'T5', value: null }]);
    const again = parseAnn(writeAnn(document));
    expect(again).toEqual({ document, problems: [] });
  });

  it('report each bad line by number, and references to ids that are not there', () => {
    const { problems } = parseAnn('T1\tClaim 0 4\tShip\nT2\tClaim four 9\tx\nT1\tClaim 0 4\tShip\nX9\twhat\nE1\tAttribution:T7 Content:T1\n');
    expect(problems).toEqual([
      { line: 2, message: 'T2: "four 9" is not "start end"' },
      { line: 3, message: 'T1 is defined twice (first on line 1)' },
      { line: 4, message: '"X9" is not a brat id (T1, E1, R1, A1, M1, N1, #1, *)' },
      { line: 5, message: 'refers to T7, which the file does not define' },
    ]);
  });
});

describe('importBrat', () => {
  it('brings in quotes with speaker and cue, claims with their fields, figures, links and discontinuous spans, in UTF-16 units', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir, { clock: () => NOW });
      const result = await importPair(service, ANN);
      expect(result).toMatchObject({ ok: true, value: { format: 'brat', added: 6, articlesCreated: 1, report: { counts: { exact: 5 } } } });
      const [summary] = await service.listArticles();
      const doc = await service.getArticle({ id: summary!.id });
      expect(doc.article.text).toBe(TEXT);
      const [ship, person, claim, figure, grow] = [...doc.annotations].sort((a, b) => a.start - b.start || b.end - a.end).map((a) => a);
      expect(ship).toMatchObject({ kind: 'quote', start: 0, end: 13, quote: { exact: 'Ship 🚢 sails' } });
      expect(ship!.fields.quote).toEqual({ speaker: { name: 'mayor', span: { start: 19, end: 24, exact: 'mayor' } }, form: null, cue: 'said', cueSpan: { start: 25, end: 29, exact: 'said' } });
      expect(person).toMatchObject({ kind: 'claim', tags: ['brat:Person'], quote: { exact: 'mayor' } });
      expect(claim).toMatchObject({ kind: 'claim', quote: { exact: 'Costs rose by 40%' }, note: 'Check the 2019 base.', tags: ['Certain', 'budget; port'] });
      expect(claim!.fields.claim!.status).toBe('misleading');
      expect(figure).toMatchObject({ kind: 'figure', quote: { exact: '40%' } });
      expect(figure!.fields.figure).toMatchObject({ value: 40, unit: '%' });
      expect(grow).toMatchObject({ kind: 'quote', start: 64, end: 94, fragments: [{ start: 64, end: 82 }, { start: 89, end: 94 }] });
      expect(doc.relations).toMatchObject([{ from: figure!.id, to: claim!.id, type: 'supports' }]);
      const again = await importPair(service, ANN);
      expect(again).toMatchObject({ ok: true, value: { added: 0, articlesCreated: 0 } });
    });
  });

  it('writes back the same spans, events, attributes, notes and relations, in code points', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir, { clock: () => NOW });
      await importPair(service, ANN);
      const [summary] = await service.listArticles();
      const [txt, ann] = bratFiles([await service.getArticle({ id: summary!.id })]);
      expect(txt).toEqual({ name: 'story.txt', content: TEXT });
      const line = (doc: string) => doc.split('\n').filter(Boolean).map((l) => l.replace(/^\S+\t/, '').replace(/\b[TE]\d+\b/g, 'X')).sort();
      // Unmapped attributes come back as tags, so "Certain" is written as a Tag note.
      const expected = line(ANN).filter((l) => !l.startsWith('Certain')).concat('Tag X\tCertain').sort();
      expect(line(ann!.content)).toEqual(expected);
    });
  });

  it('reads a CRLF text and a byte order mark, whose offsets brat counts', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir, { clock: () => NOW });
      const result = await importPair(service, 'T1\tClaim 10 15\tsails\n', '\uFEFFShip\r\nto sails\r\n');
      expect(result).toMatchObject({ ok: true, value: { added: 1 } });
      const doc = await service.getArticle({ id: (await service.listArticles())[0]!.id });
      expect(doc.article.text).toBe('Ship\nto sails\n');
      expect(doc.annotations[0]).toMatchObject({ start: 8, end: 13, quote: { exact: 'sails' } });
    });
  });

  it('refuses a .ann that does not fit its text, or has a bad line, and writes nothing', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir, { clock: () => NOW });
      const wrong = await importPair(service, 'T1\tClaim 0 4\tShop\n');
      expect(wrong).toMatchObject({ ok: false, error: { message: 'story.ann is not a valid brat file for its .txt, nothing was imported. T1 marks "Shop" but the text there is "Ship".' } });
      const beyond = await importPair(service, 'T1\tClaim 0 400\tShip\n');
      expect(beyond).toMatchObject({ ok: false, error: { message: expect.stringContaining('T1: 0-400 lies beyond the end of the text') } });
      const bad = await importPair(service, 'T1\tClaim 0 4 Ship\n');
      expect(bad).toMatchObject({ ok: false, error: { message: expect.stringContaining('line 1: T1: expected a tab and the annotated text after the offsets') } });
      expect(await service.listArticles()).toEqual([]);
    });
  });

  it('takes a mapping file laid over the built-in one, and says what it left out', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir, { clock: () => NOW });
      const mapping = { fileName: 'map.json', json: JSON.stringify({ entities: { Person: { kind: 'quote', tags: ['person'] } }, unmapped: 'skip' }) };
      const result = await importPair(service, `${ANN}T20\tDiscuss 0 4\tShip\n`, TEXT, mapping);
      expect(result).toMatchObject({ ok: true, value: { added: 6, notices: ['spans of types the mapping does not name were left out: Discuss 1'] } });
      const doc = await service.getArticle({ id: (await service.listArticles())[0]!.id });
      expect(doc.annotations.find((a) => a.tags.includes('person'))).toMatchObject({ kind: 'quote', quote: { exact: 'mayor' } });
      const broken = await importPair(service, ANN, TEXT, { fileName: 'map.json', json: '{"entities":{"Person":{"kind":"speaker"}}}' });
      expect(broken).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^map\.json is not a valid brat mapping: entities\.Person\.kind: /) } });
    });
  });
});

describe('readMapping', () => {
  it('keeps the built-in entries a file does not name', () => {
    const mapping = readMapping('m.json', '{"relations":{"Backs":"supports"}}');
    expect(mapping.relations).toEqual({ ...BUILT_IN_MAPPING.relations, Backs: 'supports' });
    expect(mapping.events).toEqual(BUILT_IN_MAPPING.events);
    expect(() => readMapping('m.json', '{"export":{"quote":{"event":"Said","withoutSpeaker":"Said"}}}')).toThrow(/names the event "Said"/);
  });
});
