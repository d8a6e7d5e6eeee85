// Test helper: fast-check generators of whole libraries as the native export holds them —
// texts with emoji and other astral characters, overlapping spans, every field, links — with
// keys in the order the store's schemas give them, so an import and a new export can be compared
// byte for byte.

import fc from 'fast-check';
import { quoteAt, spanProblem, splitsSurrogatePair } from '../anchoring/text-quote.js';
import { hashText } from '../import/content-hash.js';
import { applyNewVersion } from '../library/new-version.js';
import { CLAIM_STATUSES, CURATED_LAYER, QUOTE_FORMS, RELATION_TYPES, type Annotation, type AnnotationFields, type ArticleDocument, type Kind, type Layer, type Relation } from '../model.js';

const PIECES = ['The', 'council', 'said', '71', 'to', '52', '€4.5bn', '12%', 'é', '漢字', '🚢', '👩🏽‍💻', '𝔸', '"', '“', ',', '.', ' ', ' ', ' ', '\n', '\n\n'];

const text = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60 })
  .map((parts) => parts.join(''))
  .filter((t) => t.trim() !== '');

const word = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
const annotator = fc.constantFrom<string>('Ann', 'Ben', 'Zoë Ó');
const iso = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
const day = iso.map((d) => d.slice(0, 10));
const number = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: 0.001, max: 1e12, noNaN: true }));

function party(t: string, spanAt: [number, number] | null) {
  const name = fc.string({ minLength: 1, maxLength: 20 });
  if (!spanAt) return fc.record({ name });
  return name.map((n) => ({ name: n, span: { start: spanAt[0], end: spanAt[1], exact: t.slice(spanAt[0], spanAt[1]) } }));
}

function fieldsFor(t: string, spanAt: [number, number] | null): fc.Arbitrary<AnnotationFields> {
  const claim = fc.record({
    status: fc.constantFrom(...CLAIM_STATUSES),
    claimant: fc.option(party(t, spanAt), { nil: null }),
    evidence: fc.array(fc.record({ id: fc.uuid(), url: fc.webUrl(), title: word, note: fc.string(), accessedAt: day }), { maxLength: 2 }),
    verdict: fc.string(),
  });
  const quote = fc.record({ speaker: fc.option(party(t, spanAt), { nil: null }), form: fc.constantFrom(null, ...QUOTE_FORMS), cue: fc.string({ maxLength: 10 }) });
  const figure = fc.record(
    {
      value: fc.option(number, { nil: null }),
      valueMax: number,
      unit: fc.option(word, { nil: null }),
      scale: fc.constantFrom(null, 'million', 'bn'),
      approximate: fc.constantFrom(null, 'about', 'more than'),
      date: day,
      kind: fc.constantFrom('money', 'percent', 'count', 'number', 'date', 'year', 'fraction' as const),
    },
    { requiredKeys: ['value', 'unit', 'scale', 'approximate', 'kind'] },
  );
  return fc.record({ claim, quote, figure }, { requiredKeys: [] });
}

/** A valid span of `t` from two random numbers, or null when they give none. */
function spanOf(t: string, a: number, b: number): [number, number] | null {
  let start = Math.min(a, b) % t.length;
  let end = Math.min(t.length, start + 1 + (Math.abs(b - a) % 24));
  if (splitsSurrogatePair(t, start)) start -= 1;
  if (splitsSurrogatePair(t, end)) end += 1;
  return spanProblem(t, start, end) ? null : [start, end];
}

function annotationsOf(t: string): fc.Arbitrary<Annotation[]> {
  const one = fc
    .tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat())
    .chain(([a, b, c, d]) => {
      const span = spanOf(t, a, b);
      if (!span) return fc.constant(null);
      const [start, end] = span;
      return fc.record({
        id: fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 12 })),
        kind: fc.constantFrom<Kind>('claim', 'quote', 'figure'),
        start: fc.constant(start),
        end: fc.constant(end),
        quote: fc.constant(quoteAt(t, start, end)),
        tags: fc.uniqueArray(word.map((w) => w.trim()).filter(Boolean), { maxLength: 3, comparator: (x, y) => x.toLowerCase() === y.toLowerCase() }),
        note: fc.string({ unit: 'grapheme', maxLength: 30 }),
        fields: fieldsFor(t, spanOf(t, c, d)),
        origin: fc.constantFrom('manual' as const, 'suggested' as const),
        createdAt: iso,
        updatedAt: iso,
        createdBy: fc.option(annotator, { nil: undefined }),
        updatedBy: fc.option(annotator, { nil: undefined }),
      });
    })
    .filter((a) => a !== null)
    .map((a): Annotation => {
      const { createdBy, updatedBy, ...rest } = a;
      return { ...rest, ...(createdBy ? { createdBy } : {}), ...(updatedBy ? { updatedBy } : {}) };
    });
  return fc.uniqueArray(one, { maxLength: 8, selector: (a) => a.id }).map((list) =>
    [...list].sort((x, y) => x.start - y.start || y.end - x.end || x.createdAt.localeCompare(y.createdAt)),
  );
}

function relationsOf(annotations: Annotation[]): fc.Arbitrary<Relation[]> {
  if (annotations.length < 2) return fc.constant([]);
  const ids = annotations.map((a) => a.id);
  const relation = fc
    .record({ id: fc.uuid(), from: fc.constantFrom(...ids), to: fc.constantFrom(...ids), type: fc.constantFrom(...RELATION_TYPES), createdAt: iso })
    .filter((r) => r.from !== r.to);
  return fc.uniqueArray(relation, { maxLength: 3, selector: (r) => `${r.from} ${r.to} ${r.type}` });
}

const meta = fc.record(
  { date: day, dateline: word, agency: word, source: word, outlet: word, author: word, url: fc.webUrl() },
  { requiredKeys: [] },
);

function annotationSet(t: string): fc.Arbitrary<{ annotations: Annotation[]; relations: Relation[] }> {
  return annotationsOf(t).chain((annotations) => relationsOf(annotations).map((relations) => ({ annotations, relations })));
}

/** Zero to two other annotators' layers, or the curated one, each with ids of its own. */
function layersOf(t: string): fc.Arbitrary<Layer[]> {
  const named = fc.uniqueArray(fc.constantFrom('Ann', 'Ben', CURATED_LAYER), { maxLength: 2 }).map((names) => names.sort());
  return named.chain((names) =>
    fc.tuple(...names.map((name) => annotationSet(t).map((set): Layer => ({ name, role: name === CURATED_LAYER ? 'curation' : 'annotator', ...set })))),
  );
}

const article: fc.Arbitrary<ArticleDocument> = fc
  .record({ id: fc.uuid(), title: fc.string({ maxLength: 40 }), meta, text })
  .chain((a) =>
    fc.tuple(annotationSet(a.text), layersOf(a.text)).map(([own, layers]) => ({
      article: { ...a, contentHash: hashText(a.text), importedAt: '2026-01-01T00:00:00.000Z' },
      ...own,
      ...(layers.length ? { layers } : {}),
    })),
  );

/** One to three articles with distinct ids and distinct texts. */
export const libraryArbitrary = fc.uniqueArray(article, { minLength: 1, maxLength: 3, selector: (d) => d.article.text }).filter(
  (docs) => new Set(docs.map((d) => d.article.id)).size === docs.length,
);

/** An edit of a text: a piece cut out and another put in, so some spans move, change or are lost. */
function editedText(t: string): fc.Arbitrary<string> {
  return fc
    .tuple(fc.nat(), fc.nat({ max: 40 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }))
    .map(([at, cut, parts]) => {
      let start = at % t.length;
      if (splitsSurrogatePair(t, start)) start -= 1;
      let end = Math.min(t.length, start + cut);
      if (splitsSurrogatePair(t, end)) end += 1;
      return t.slice(0, start) + parts.join('') + t.slice(end);
    })
    .filter((edited) => edited !== t && edited.trim() !== '');
}

/**
 * Libraries as they are after living a while: some articles have new versions (made by
 * applyNewVersion itself, so annotations are moved, changed or orphaned and linked spans carried
 * or dropped as the app does) and rejected suggestions.
 */
export const livedInLibraryArbitrary = libraryArbitrary.chain((docs) =>
  fc.tuple(
    ...docs.map((doc) =>
      fc.tuple(fc.array(editedText(doc.article.text), { maxLength: 2 }), fc.uniqueArray(word, { maxLength: 3 })).map(([texts, rejected]) => {
        let lived: ArticleDocument = rejected.length ? { ...doc, rejectedSuggestions: rejected } : doc;
        texts.forEach((text, i) => {
          lived = applyNewVersion(lived, { text, contentHash: hashText(text), meta: {} }, `2026-0${i + 2}-01T00:00:00.000Z`).next;
        });
        return lived;
      }),
    ),
  ).filter((lived) => new Set(lived.map((d) => d.article.text)).size === lived.length),
);
