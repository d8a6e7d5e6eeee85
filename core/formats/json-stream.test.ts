// A streamed export is byte for byte the export made whole: for every format and option, over the
// fixture and over random libraries (emoji, overlaps, links), and for the JSON corner cases the
// streamer handles itself (empty containers, skipped and null values, deep nesting).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleDocument } from '../model.js';
import { exportAs, exportChunks, FORMAT_NAMES } from './index.js';
import { jsonTextChunks, StreamedList } from './json-stream.js';
import { jsonText } from './json-text.js';
import { libraryArbitrary } from './test-arbitraries.js';
import { FIXTURE_DOCS } from './test-fixture.js';

const OPTIONS = [{}, { flat: true }, { bom: true }];

function sameBothWays(docs: readonly ArticleDocument[]): void {
  for (const format of FORMAT_NAMES) {
    for (const extra of OPTIONS) {
      const options = { exportedAt: '2026-03-01T00:00:00.000Z', selected: false, ...extra };
      const { chunks, ...streamed } = exportChunks(format, docs, options);
      const { content, ...whole } = exportAs(format, docs, options);
      expect(streamed).toEqual(whole);
      expect([...chunks].join(''), `${format} ${JSON.stringify(extra)}`).toBe(content);
    }
  }
}

describe('streamed exports', () => {
  it('give the bytes of the whole export, for every format, over the fixture', () => {
    sameBothWays(FIXTURE_DOCS);
  });

  it('give the bytes of the whole export over random libraries', () => {
    fc.assert(fc.property(libraryArbitrary, (docs) => sameBothWays(docs)), { numRuns: 30 });
  });

  it('write JSON exactly as JSON.stringify does, corner cases included', () => {
    const values: unknown[] = [
      { a: [], b: {}, c: [[]], d: undefined, e: null, f: [undefined, () => 1, 'x'], g: { h: { i: { j: { k: [1, { l: 'line\nbreak' }] } } } } },
      [],
      'text',
      42,
      [{ deep: [[[[[['seven']]]]]] }],
      { big: Array.from({ length: 600 }, (_, i) => (i % 7 === 0 ? undefined : { i, nested: [i, { list: Array.from({ length: 300 }, () => i) }] })) },
    ];
    for (const value of values) expect([...jsonTextChunks(value)].join('')).toBe(jsonText(value));
    const list = new StreamedList(() => [1, 2, 3].map((n) => ({ n })));
    expect([...jsonTextChunks({ items: list })].join('')).toBe(jsonText({ items: [{ n: 1 }, { n: 2 }, { n: 3 }] }));
  });

  it('comes in pieces, not as one string, for a big export', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => ({ id: `a${i}`, text: 'x'.repeat(50) }));
    const chunks = [...jsonTextChunks({ items: new StreamedList(() => many) })];
    expect(chunks.length).toBeGreaterThan(3);
    expect(Math.max(...chunks.map((c) => c.length)), "a chunk is at most a batch past 64 K").toBeLessThan(100_000);
  });
});
