// Test fixture: two articles with fixed ids and timestamps holding every kind, every field, tags,
// notes that need quoting, overlapping spans, emoji and other astral characters, and links. The
// golden files in golden/ are this fixture written in each format.

import { quoteAt } from '../anchoring/text-quote.js';
import type { Annotation, AnnotationFields, ArticleDocument, Kind, Relation } from '../model.js';

const HARBOUR_TEXT = [
  "HAMBURG, Sept 18 (Northwire) - Hamburg's city council voted 71 to 52 on Thursday to deepen the harbour channel 🚢 by 1.5 metres, at a cost of about €780 million.",
  '"Without this, the ships of 2030 simply will not reach us," Mayor Anja Köhler said, adding that the port handled 8.7 million containers last year.',
  'Critics, including the Green group, said the dredging would "destroy the Elbe\'s tidal flats" and that costs had risen by 40% since 2019.',
].join('\n\n');

const NOTE_TEXT = 'The 𝔸-team 👩🏽‍💻 said the Ministry of Finance spent $2bn on "cloud | services" in 2024.\n\nNobody checked.';

function id(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

const DAY = '2025-09-19T08:00:00.000Z';
const LATER = '2025-09-20T10:30:00.000Z';

interface Mark {
  n: number;
  kind: Kind;
  exact: string;
  fields: AnnotationFields;
  tags?: string[];
  note?: string;
  suggested?: boolean;
  edited?: boolean;
  /** Who made it and who changed it last (absent: made before annotators had names). */
  by?: [string, string];
}

function span(text: string, exact: string): { start: number; end: number } {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`fixture: "${exact}" is not in the text`);
  return { start, end: start + exact.length };
}

function mark(text: string, m: Mark): Annotation {
  const { start, end } = span(text, m.exact);
  return {
    id: id(m.n),
    kind: m.kind,
    start,
    end,
    quote: quoteAt(text, start, end),
    tags: m.tags ?? [],
    note: m.note ?? '',
    fields: m.fields,
    origin: m.suggested ? 'suggested' : 'manual',
    createdAt: DAY,
    updatedAt: m.edited ? LATER : DAY,
    ...(m.by ? { createdBy: m.by[0], updatedBy: m.by[1] } : {}),
  };
}

function linked(text: string, name: string) {
  return { name, span: { ...span(text, name), exact: name } };
}

function link(n: number, from: number, to: number, type: Relation['type']): Relation {
  return { id: id(n), from: id(from), to: id(to), type, createdAt: LATER };
}

const harbour: ArticleDocument = {
  article: {
    id: 'a0000000-0000-4000-8000-000000000001',
    title: "Hamburg's city council voted 71 to 52 on Thursday to deepen the harbour channel",
    meta: {
      date: '2025-09-18',
      dateline: 'HAMBURG',
      agency: 'Northwire',
      outlet: 'Harbour Herald',
      author: 'Jo Reiter',
      url: 'https://news.example.org/hamburg/harbour-vote?ref=rss',
      source: 'harbour-vote.html',
    },
    text: HARBOUR_TEXT,
    contentHash: 'fixture-harbour',
    importedAt: DAY,
  },
  annotations: [
    mark(HARBOUR_TEXT, {
      n: 1,
      kind: 'claim',
      exact: 'costs had risen by 40% since 2019',
      tags: ['budget', 'dredging'],
      note: 'Ask the finance office, "today".',
      edited: true,
      by: ['Jo Reiter', 'Sam Ödegaard'],
      fields: {
        claim: {
          status: 'misleading',
          claimant: linked(HARBOUR_TEXT, 'the Green group'),
          evidence: [
            { id: id(101), url: 'https://example.org/budget-2025', title: 'City budget 2025, p. 14', note: 'Table 3', accessedAt: '2025-09-19' },
            { id: id(102), url: 'ftp://archive.example.org/costs', title: '', note: '', accessedAt: '' },
          ],
          verdict: 'Costs rose 28% after inflation.',
        },
      },
    }),
    mark(HARBOUR_TEXT, {
      n: 2,
      kind: 'claim',
      exact: 'the port handled 8.7 million containers last year',
      fields: { claim: { status: 'mostly-true', claimant: { name: 'Anja Köhler' }, evidence: [], verdict: '' } },
    }),
    mark(HARBOUR_TEXT, {
      n: 3,
      kind: 'claim',
      exact: 'deepen the harbour channel 🚢 by 1.5 metres',
      fields: { claim: { status: 'unverified', claimant: null, evidence: [], verdict: '' } },
    }),
    mark(HARBOUR_TEXT, {
      n: 4,
      kind: 'quote',
      exact: '"Without this, the ships of 2030 simply will not reach us,"',
      note: 'First line\nsecond line',
      by: ['Jo Reiter', 'Jo Reiter'],
      fields: { quote: { speaker: linked(HARBOUR_TEXT, 'Anja Köhler'), form: 'direct', cue: 'said' } },
    }),
    mark(HARBOUR_TEXT, {
      n: 5,
      kind: 'quote',
      exact: 'the dredging would "destroy the Elbe\'s tidal flats"',
      tags: ['environment'],
      suggested: true,
      fields: { quote: { speaker: { name: 'Green group' }, form: 'mixed', cue: 'said' } },
    }),
    mark(HARBOUR_TEXT, {
      n: 6,
      kind: 'figure',
      exact: 'about €780 million',
      fields: { figure: { value: 780_000_000, unit: 'EUR', scale: 'million', approximate: 'about', kind: 'money' } },
    }),
    mark(HARBOUR_TEXT, {
      n: 7,
      kind: 'figure',
      exact: '1.5 metres',
      fields: { figure: { value: 1.5, unit: 'metres', scale: null, approximate: null, kind: 'count' } },
    }),
    mark(HARBOUR_TEXT, {
      n: 8,
      kind: 'figure',
      exact: '8.7 million containers',
      fields: { figure: { value: 8_700_000, unit: 'containers', scale: 'million', approximate: null, kind: 'count' } },
    }),
    mark(HARBOUR_TEXT, {
      n: 9,
      kind: 'figure',
      exact: '40%',
      fields: { figure: { value: 40, unit: '%', scale: null, approximate: null, kind: 'percent' }, claim: { status: 'true', claimant: null, evidence: [], verdict: 'kept from when this was a claim' } },
    }),
  ],
  relations: [link(201, 9, 1, 'about'), link(202, 2, 4, 'supports')],
};

const note: ArticleDocument = {
  article: {
    id: 'a0000000-0000-4000-8000-000000000002',
    title: 'The 𝔸-team said the Ministry of Finance spent $2bn',
    meta: { source: 'note.txt' },
    text: NOTE_TEXT,
    contentHash: 'fixture-note',
    importedAt: DAY,
  },
  annotations: [
    mark(NOTE_TEXT, {
      n: 11,
      kind: 'claim',
      exact: 'the Ministry of Finance spent $2bn on "cloud | services" in 2024',
      tags: ['it'],
      fields: {
        claim: {
          status: 'false',
          claimant: { name: 'The 𝔸-team' },
          evidence: [{ id: id(111), url: 'https://example.org/audit?year=2024&part=(2)', title: 'Audit [2024]', note: '', accessedAt: '2025-01-02' }],
          verdict: 'The audit shows $0.2bn.',
        },
      },
    }),
    mark(NOTE_TEXT, {
      n: 12,
      kind: 'figure',
      exact: '$2bn',
      note: '*not* 2 million',
      fields: { figure: { value: 2_000_000_000, unit: 'USD', scale: 'bn', approximate: null, kind: 'money' } },
    }),
    mark(NOTE_TEXT, {
      n: 13,
      kind: 'quote',
      exact: '👩🏽‍💻 said',
      fields: { quote: { speaker: null, form: null, cue: '' } },
    }),
  ],
  relations: [],
};

/** The fixture library, in export order. */
export const FIXTURE_DOCS: readonly ArticleDocument[] = [harbour, note];
export const FIXTURE_EXPORTED_AT = '2025-09-21T12:00:00.000Z';
