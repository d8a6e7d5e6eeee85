// The chunked scan finds the same items and leaves the same rest as json-list-split.ts does with
// the whole bytes in memory, however the bytes are cut into chunks (a quote, a backslash, a key
// cut in two), and declines what the splitter declines.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitTopLevelList } from '../../store/json-list-split.js';
import { bytesSource, scanTopLevelList } from './backup-scan.js';

const awkward = fc.string({ unit: fc.constantFrom('"', '\\', '{', '}', '[', ']', ',', ':', ' ', '\n', 'a', 'é', '💶', '\u2028', '\\"', 'list') });
const item = fc.oneof(fc.dictionary(awkward, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }), fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }));

describe('scanning a list of a JSON object a chunk at a time (backup-scan.ts)', () => {
  it('finds what the in-memory splitter finds, whatever the chunk size', () => {
    const value = fc.dictionary(awkward, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 });
    fc.assert(
      fc.property(value, fc.array(item, { maxLength: 6 }), value, fc.boolean(), fc.integer({ min: 1, max: 40 }), (before, list, after, indented, chunk) => {
        const object = { ...before, list, ...after };
        if (object.list !== list) return; // a key of `after` named "list" replaced it
        const bytes = Buffer.from(JSON.stringify(object, null, indented ? 2 : undefined), 'utf8');
        const split = splitTopLevelList(bytes, 'list')!;
        const scan = scanTopLevelList(bytesSource(bytes), 'list', chunk);
        expect(scan?.items).toEqual(split.items);
        expect(scan?.rest.toString('utf8')).toBe(split.rest);
      }),
    );
  });

  it('declines what it cannot walk exactly', () => {
    for (const text of ['[1,2]', '{"list":[{}]', '{"list":[{}]} x', '{"list":[{}],"list":[{}]}', '{"other":1}', '{"list":{"a":1}}', '{"list":[1]}', '{"list":["a"]}', '\ufeff{"list":[]}', '{"list":[{"a":"unclosed}]}'])
      expect(scanTopLevelList(bytesSource(Buffer.from(text, 'utf8')), 'list', 3), text).toBeUndefined();
  });
});
