// doccano's two shapes from the fixture: relation JSONL holds every span, speaker and claimant as
// entities and every link as a relation, offsets in code points; overlapping spans are named in a
// warning (doccano's default project drops them), and --per-kind writes lines doccano keeps whole,
// saying which links between kinds it could not hold.

import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, type ExportOptions } from '../index.js';
import { FIXTURE_DOCS, FIXTURE_EXPORTED_AT } from '../test-fixture.js';

function exported(format: 'jsonl' | 'jsonl-relations', extra: Partial<ExportOptions> = {}) {
  const out = EXPORT_FORMATS[format].write(FIXTURE_DOCS, { exportedAt: FIXTURE_EXPORTED_AT, ...extra });
  return { lines: out.content.trimEnd().split('\n').map((l) => JSON.parse(l)), warnings: out.warnings ?? [] };
}

/** Python's text[start:end]: slices by code point. */
function pythonSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

interface Entity {
  id: number;
  label: string;
  start_offset: number;
  end_offset: number;
}

const annotationCount = FIXTURE_DOCS.reduce((n, d) => n + d.annotations.length, 0);

describe('doccano relation JSONL', () => {
  it('has an entity per annotation, speaker and claimant span, and a relation per link and role', () => {
    const { lines } = exported('jsonl-relations');
    const [harbour] = lines;
    const entities = harbour.entities as Entity[];
    const byId = new Map(entities.map((e) => [e.id, e]));
    const said = (type: string) => harbour.relations.filter((r: { type: string }) => r.type === type).map((r: { from_id: number; to_id: number }) => [byId.get(r.from_id)!, byId.get(r.to_id)!]);
    const text = (e: Entity) => pythonSlice(harbour.text, e.start_offset, e.end_offset);
    expect(said('speaker').map(([q, s]: Entity[]) => [q!.label, text(s!), s!.label])).toEqual([['QUOTE', 'Anja Köhler', 'SPEAKER']]);
    expect(said('claimant').map(([c, s]: Entity[]) => [text(c!), text(s!), s!.label])).toEqual([['costs had risen by 40% since 2019', 'the Green group', 'CLAIMANT']]);
    expect(said('about').map(([f, c]: Entity[]) => [text(f!), text(c!)])).toEqual([['40%', 'costs had risen by 40% since 2019']]);
    expect(said('supports')).toHaveLength(1);
    // ids are doccano's integers, unique per line; every relation joins two entities of its line
    expect(entities.map((e) => e.id)).toEqual(entities.map((_, i) => i + 1));
    const all = lines.flatMap((l) => l.entities as (Entity & { newsmark_id?: string })[]);
    expect(all.filter((e) => e.newsmark_id)).toHaveLength(annotationCount);
    // code points: Python's text[start:end] is the annotation's own quote, emoji before it or not
    const quotes = new Map(FIXTURE_DOCS.flatMap((d) => d.annotations.map((a) => [a.id, a.quote.exact])));
    for (const l of lines) for (const e of l.entities) if (e.newsmark_id) expect(pythonSlice(l.text, e.start_offset, e.end_offset)).toBe(quotes.get(e.newsmark_id));
  });

  it('warns, naming them, when spans overlap (doccano would drop them) and suggests --per-kind', () => {
    const { warnings } = exported('jsonl-relations');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^doccano: 8 of 14 spans overlap another span of their line/);
    expect(warnings[0]).toContain('CLAIM 84-126 “deepen the harbour channel 🚢 by 1.5 met…” and FIGURE 116-126 “1.5 metres”');
    expect(warnings[0]).toContain('--per-kind');
    expect(exported('jsonl').warnings[0]).toMatch(/^doccano: 8 of 12 spans overlap/);
  });

  it('--per-kind writes one line per kind with no overlaps, and names the links between kinds it cannot hold', () => {
    const { lines, warnings } = exported('jsonl-relations', { perKind: true });
    expect(lines.map((l) => [l.id.slice(-1), l.kind])).toEqual([
      ['1', 'claim'], ['1', 'quote'], ['1', 'figure'],
      ['2', 'claim'], ['2', 'quote'], ['2', 'figure'],
    ]);
    expect(lines.flatMap((l) => l.entities).filter((e: { newsmark_id?: string }) => e.newsmark_id)).toHaveLength(annotationCount);
    expect(warnings).toEqual([expect.stringMatching(/^doccano: 2 links join spans of different kinds.*supports from CLAIM 258-307.*about from FIGURE 431-434 “40%” to CLAIM 412-445/)]);
    expect(exported('jsonl', { perKind: true }).warnings).toEqual([]);
  });
});
