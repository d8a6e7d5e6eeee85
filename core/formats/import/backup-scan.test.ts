// The chunked walk of a backup finds the same articles, and in each the same annotations, as
// json-list-split.ts finds with the whole bytes in memory, however the bytes are cut into chunks
// (a quote, a backslash, a key cut in two); it declines what it cannot walk, and reads an
// article's annotations whole when they are not a list of objects.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitTopLevelList } from '../../store/json-list-split.js';
import { bytesSource, scanBackup } from './backup-scan.js';

const awkward = fc.string({ unit: fc.constantFrom('"', '\\', '{', '}', '[', ']', ',', ':', ' ', '\n', 'a', 'é', '💶', '\u2028', '\\"', 'articles', 'annotations') });
const object = fc.dictionary(awkward, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });
const article = fc.record({ before: object, annotations: fc.array(object, { maxLength: 4 }), after: object });

describe('walking a backup a chunk at a time (backup-scan.ts)', () => {
  it('finds what the in-memory splitter finds, at both levels, whatever the chunk size', () => {
    fc.assert(
      fc.property(object, fc.array(article, { maxLength: 4 }), object, fc.boolean(), fc.integer({ min: 1, max: 40 }), (before, parts, after, indented, chunk) => {
        const articles = parts.map((p) => ({ ...p.before, annotations: p.annotations, ...p.after }));
        const backup = { ...before, articles, ...after };
        if (backup.articles !== articles || articles.some((a, i) => a.annotations !== parts[i]!.annotations)) return; // a later key replaced the list
        const bytes = Buffer.from(JSON.stringify(backup, null, indented ? 2 : undefined), 'utf8');
        const split = splitTopLevelList(bytes, 'articles')!;
        const scan = scanBackup(bytesSource(bytes), chunk)!;
        expect(scan.rest.toString('utf8')).toBe(split.rest);
        expect(scan.articles.map(({ start, end }) => ({ start, end }))).toEqual(split.items);
        scan.articles.forEach(({ start, end, annotations }) => {
          const inArticle = splitTopLevelList(bytes.subarray(start, end), 'annotations')!.items.flatMap((item) => [start + item.start, start + item.end]);
          expect([...annotations!]).toEqual(inArticle);
        });
      }),
    );
  });

  it('declines what it cannot walk exactly, and leaves annotations that are no list of objects to be read whole', () => {
    for (const text of ['[1,2]', '{"articles":[{}]', '{"articles":[{}]} x', '{"articles":[],"articles":[]}', '{"other":1}', '{"articles":{"a":1}}', '{"articles":[1]}', '{"articles":["a"]}', '\ufeff{"articles":[]}', '{"articles":[{"a":"unclosed}]}'])
      expect(scanBackup(bytesSource(Buffer.from(text, 'utf8')), 3), text).toBeUndefined();
    for (const text of ['{"articles":[{"annotations":[1]}]}', '{"articles":[{"annotations":["x",{}]}]}', '{"articles":[{"annotations":[],"annotations":[{}]}]}', '{"articles":[{"annotations":{}}]}', '{"articles":[[{"annotations":[{}]}]]}', '{"articles":[{}]}'])
      expect(scanBackup(bytesSource(Buffer.from(text, 'utf8')), 3)!.articles[0]!.annotations, text).toBeUndefined();
  });
});
