// What each export format promises beyond its golden file: Python offsets in code points, RFC
// 4180 quoting, the native schema, which claims become ClaimReviews, Markdown that stays text.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteAt } from '../anchoring/text-quote.js';
import type { ArticleDocument } from '../model.js';
import { exportSchemaErrors } from '../testing/export-schema.js';
import { partyType } from './claimreview.js';
import { csvField } from './csv.js';
import { EXPORT_FORMATS, FORMAT_NAMES, exportAs } from './index.js';
import { inline } from './markdown.js';
import { libraryArbitrary } from './test-arbitraries.js';
import { FIXTURE_DOCS, FIXTURE_EXPORTED_AT } from './test-fixture.js';
import { w3cAnnotations } from './w3c/export.js';
import { SCHEMAS_FOUND, w3cViolations } from './w3c/w3c-musts.js';

const options = { exportedAt: FIXTURE_EXPORTED_AT };

function write(format: keyof typeof EXPORT_FORMATS, docs: readonly ArticleDocument[] = FIXTURE_DOCS, extra = {}): string {
  return EXPORT_FORMATS[format].export(docs, { ...options, ...extra });
}

/** Python's text[start:end]: slices by code point. */
function pythonSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

describe('every format', () => {
  it('ends with a newline, so the CLI prints it byte for byte', () => {
    for (const name of FORMAT_NAMES.filter((n) => !EXPORT_FORMATS[n].zip)) expect(write(name).endsWith('\n'), name).toBe(true);
  });

  it('names its file by scope, with its own extension', () => {
    const one = exportAs('csv', FIXTURE_DOCS.slice(0, 1), { ...options, selected: true });
    expect(one).toMatchObject({ fileName: 'newsmark-hamburg-s-city-council-voted-71-to-52-on-thursda-2025-09-21.csv', mimeType: 'text/csv; charset=utf-8' });
    expect(exportAs('w3c', FIXTURE_DOCS, { ...options, selected: true }).fileName).toBe('newsmark-2-articles-2025-09-21.w3c.jsonld');
    expect(exportAs('label-studio', FIXTURE_DOCS, { ...options, selected: false }).fileName).toBe('newsmark-library-2025-09-21.label-studio.json');
  });
});

describe('json', () => {
  it('validates against the shipped schema, for the fixture and for random libraries', () => {
    expect(exportSchemaErrors(JSON.parse(write('json')))).toEqual([]);
    fc.assert(
      fc.property(libraryArbitrary, (docs) => {
        expect(exportSchemaErrors(JSON.parse(write('json', docs)))).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});

describe.skipIf(!SCHEMAS_FOUND)('w3c on random libraries', () => {
  it('every annotation passes the W3C MUST assertions (property)', () => {
    fc.assert(
      fc.property(libraryArbitrary, (docs) => {
        for (const a of w3cAnnotations(docs)) expect(w3cViolations(a)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});

describe('jsonl (doccano) and label-studio', () => {
  const text = 'Ship 🚢 sails, 👩🏽‍💻 codes: "𝔸 grade".';
  const doc = (exact: string) => {
    const start = text.indexOf(exact);
    return { id: exact, kind: 'quote' as const, start, end: start + exact.length, quote: quoteAt(text, start, start + exact.length), tags: [], note: '', fields: {}, origin: 'manual' as const, createdAt: FIXTURE_EXPORTED_AT, updatedAt: FIXTURE_EXPORTED_AT };
  };
  const emoji: ArticleDocument = {
    article: { id: 'e', title: 'Emoji', meta: {}, text, contentHash: '', importedAt: FIXTURE_EXPORTED_AT },
    annotations: [doc('sails'), doc('👩🏽‍💻 codes'), doc('"𝔸 grade"')],
    relations: [{ id: 'r', from: 'sails', to: '"𝔸 grade"', type: 'supports', createdAt: FIXTURE_EXPORTED_AT }],
  };

  it('doccano labels count code points, so Python slices the same text', () => {
    const line = JSON.parse(write('jsonl', [emoji]).trimEnd());
    expect(line.label).toEqual([[7, 12, 'QUOTE'], [14, 24, 'QUOTE'], [26, 35, 'QUOTE']]);
    expect(line.label.map(([s, e]: number[]) => pythonSlice(text, s!, e!))).toEqual(['sails', '👩🏽‍💻 codes', '"𝔸 grade"']);
    expect(line).toMatchObject({ text, id: 'e', title: 'Emoji', meta: {} });
  });

  it('Label Studio values count code points and carry the text; links become relations', () => {
    const [task] = JSON.parse(write('label-studio', [emoji]));
    const [sails, codes, grade, relation] = task.annotations[0].result;
    for (const r of [sails, codes, grade]) expect(pythonSlice(text, r.value.start, r.value.end)).toBe(r.value.text);
    expect(codes).toMatchObject({ from_name: 'label', to_name: 'text', type: 'labels', value: { start: 14, end: 24, labels: ['Quote'] } });
    expect(relation).toEqual({ type: 'relation', from_id: 'sails', to_id: '"𝔸 grade"', direction: 'right', labels: ['supports'] });
    expect(task.data.text).toBe(text);
  });
});

describe('csv', () => {
  it('quotes fields with quote marks, commas, CR or LF (RFC 4180) and ends records with CRLF', () => {
    expect(['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r', ''].map((v) => csvField(v))).toEqual(['plain', '"a,b"', '"say ""hi"""', '"two\nlines"', '"cr\r"', '']);
    const csv = write('csv');
    expect(csv.split('\r\n')).toHaveLength(FIXTURE_DOCS.reduce((n, d) => n + d.annotations.length, 0) + 2);
    expect(csv.replace(/"(?:[^"]|"")*"/g, '')).not.toMatch(/(?:^|[^\r])\n/);
  });

  it('starts with a byte order mark only when asked', () => {
    expect(write('csv').startsWith('article_id,')).toBe(true);
    expect(Buffer.from(write('csv', FIXTURE_DOCS, { bom: true })).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('fills only the columns of the annotation\'s own kind', () => {
    const rows = write('csv').split('\r\n');
    const header = rows[0]!.split(',');
    const fortyPercent = rows.find((r) => r.includes(',40%,'))!.split(',');
    expect(fortyPercent[header.indexOf('figure_value')]).toBe('40');
    expect(fortyPercent[header.indexOf('claim_status')]).toBe('');
  });
});

describe('claimreview', () => {
  const reviews = () => JSON.parse(write('claimreview')) as { claimReviewed: string; reviewRating: Record<string, unknown>; itemReviewed: { author?: { '@type': string } } }[];

  it('reviews claims with a verdict and leaves out unverified ones', () => {
    expect(reviews().map((r) => r.claimReviewed)).toEqual([
      'the port handled 8.7 million containers last year',
      'costs had risen by 40% since 2019',
      'the Ministry of Finance spent $2bn on "cloud | services" in 2024',
    ]);
  });

  it('rates on a scale from 1 (false) to 4 (true), and names the status', () => {
    expect(reviews().map((r) => [r.reviewRating.ratingValue, r.reviewRating.alternateName])).toEqual([
      [3, 'Mostly true'],
      [2, 'Misleading'],
      [1, 'False'],
    ]);
  });

  it('calls a claimant an Organization when the name says so, else a Person, never a Thing', () => {
    expect(['Anja Köhler', 'Ministry of Finance', 'NATO', 'the Green group', 'Peskov'].map(partyType)).toEqual(['Person', 'Organization', 'Organization', 'Organization', 'Person']);
  });
});

describe('markdown', () => {
  it('escapes what would become Markdown structure and keeps text on one line', () => {
    expect(inline('*a* _b_ [c](d) <e> # | `f`\nnext')).toBe('\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> \\# \\| \\`f\\` next');
  });

  it('links only http(s) evidence', () => {
    const md = write('markdown');
    expect(md).toContain('[City budget 2025, p. 14](<https://example.org/budget-2025>)');
    expect(md).toContain('`ftp://archive.example.org/costs`');
    expect(md).not.toContain('](<ftp:');
  });
});
