// The CSV export read back by PapaParse (the parser spreadsheets' web tools use): every cell that
// a spreadsheet would run as a formula (= + - @ TAB CR at its start, OWASP's rule) comes out with
// a leading apostrophe, `raw` keeps it as it was, numbers stay numbers, and any tag — with `; `,
// quote marks, spaces at its ends — is read back from the tags cell.

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { quoteAt } from '../anchoring/text-quote.js';
import type { ArticleDocument } from '../model.js';
import { csvExport } from './csv.js';

const TEXT = '=1+2 and =HYPERLINK("http://evil.example","click") were typed; -12 people came.';
const HOSTILE = ['=1+2', '+1', '-1', '@SUM(A1)', '\tTAB', '\rCR', '=HYPERLINK("http://evil.example","click")'];
const TAGS = ['plain', 'a; b', 'say "hi"', ' padded ', '=tag'];

function doc(): ArticleDocument {
  const at = (exact: string) => TEXT.indexOf(exact);
  const annotation = (id: string, exact: string, note: string, tags: string[] = []) => ({
    id,
    kind: 'figure' as const,
    start: at(exact),
    end: at(exact) + exact.length,
    quote: quoteAt(TEXT, at(exact), at(exact) + exact.length),
    tags,
    note,
    fields: { figure: { value: -12, unit: 'people', scale: null, approximate: null, kind: 'count' as const } },
    origin: 'manual' as const,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
  return {
    article: { id: 'a1', title: '=cmd|/C calc', meta: {}, text: TEXT, contentHash: 'x', importedAt: '2026-01-01T00:00:00.000Z' },
    annotations: [...HOSTILE.map((note, i) => annotation(`n${i}`, '-12 people', note)), annotation('t', '=1+2', 'tags', TAGS)],
    relations: [],
  };
}

/** The rows by annotation id. */
function rows(csv: string): Map<string, Record<string, string>> {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return new Map(parsed.data.map((r) => [r.annotation_id!, r]));
}

const noteIds = HOSTILE.map((_, i) => `n${i}`);

/** The tags cell read back: `; ` between tags, a quoted tag with its inner quotes doubled. */
function tagsOf(cell: string): string[] {
  return [...cell.matchAll(/(?:^|; )(?:"((?:[^"]|"")*)"|([^;"]*))(?=; |$)/g)].map((m) => (m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!));
}

describe('CSV in spreadsheets', () => {
  it('neutralises every cell that starts like a formula, and keeps numbers as numbers', () => {
    const read = rows(csvExport([doc()]));
    expect(noteIds.map((id) => read.get(id)!.note)).toEqual(HOSTILE.map((h) => `'${h}`));
    expect(read.get('n0')!.article_title).toBe("'=cmd|/C calc");
    expect(read.get('n0')!.figure_value).toBe('-12');
    expect(read.get('t')!.text).toBe("'=1+2");
    const cells = [...read.values()].flatMap((r) => Object.values(r));
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c) && c !== '-12')).toEqual([]);
  });

  it('keeps them as they are with raw', () => {
    const read = rows(csvExport([doc()], { raw: true }));
    expect(noteIds.map((id) => read.get(id)!.note)).toEqual(HOSTILE);
    expect(read.get('n0')!.article_title).toBe('=cmd|/C calc');
  });

  it('writes tags so that any tag is read back, one for one', () => {
    const cell = rows(csvExport([doc()])).get('t')!.tags!;
    expect(cell).toBe('plain; "a; b"; "say ""hi"""; " padded "; =tag');
    expect(tagsOf(cell)).toEqual(TAGS);
  });
});
