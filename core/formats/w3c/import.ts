// Reads W3C Web Annotations — ours or another tool's (Hypothesis, Recogito) — for import: a
// collection with its pages embedded, a page, an array or one annotation. Each span annotation
// becomes a Newsmark annotation still to be placed (its article is found later, by its source or
// its quote); each linking annotation with an nm:relation becomes a link. See docs/formats.md.

import { fieldsForKind } from '../../annotations/fields.js';
import { KINDS, RELATION_TYPES, type Annotation, type AnnotationFields, type Kind, type Relation, type RelationType } from '../../model.js';
import { annotationFieldsSchema } from '../../store/stored-schemas.js';
import type { AnnotationFile, ArticleRef, LayerRef, LooseAnnotation } from '../import/incoming.js';
import { isObject, listOf, strings, w3cTypes, type Json } from '../import/json-shape.js';
import { invalidFile, zodProblems, type JsonPath, type Problem } from '../import/problems.js';
import { stableUuid } from '../stable-id.js';
import { sourceKey } from '../source-key.js';
import { MOTIVATION_OF_KIND, annotationIdOf, articleIdOfSource, kindIri } from './vocabulary.js';


/** The IRI of a resource written as a string or as an object with an id (or a source). */
function iriOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (!isObject(value)) return null;
  if (typeof value.id === 'string') return value.id;
  return iriOf(value.source);
}

interface Item {
  value: unknown;
  path: JsonPath;
}

/** Every annotation of the file, with where it is. */
function items(data: unknown, problems: Problem[]): Item[] {
  if (Array.isArray(data)) return data.map((value, i) => ({ value, path: [i] }));
  const types = w3cTypes(data);
  if (types.includes('Annotation')) return [{ value: data, path: [] }];
  let page: unknown = data;
  let path: JsonPath = [];
  if (types.includes('AnnotationCollection')) {
    page = (data as Json).first;
    path = ['first'];
    if (page === undefined) return [];
    if (!isObject(page)) {
      problems.push({ path, message: `the first page is not in the file (it is a link to ${JSON.stringify(page)}); export the collection with its pages embedded` });
      return [];
    }
  }
  const found: Item[] = [];
  while (isObject(page)) {
    const list = page.items;
    if (!Array.isArray(list)) {
      problems.push({ path: [...path, 'items'], message: 'expected a list of annotations' });
      break;
    }
    found.push(...list.map((value, i) => ({ value, path: [...path, 'items', i] })));
    page = page.next;
    path = [...path, 'next'];
  }
  return found;
}

function dateOf(value: unknown, fallback: string): string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : fallback;
}

function sourceRef(source: string | null): ArticleRef | null {
  return source === null ? null : { source, id: articleIdOfSource(source), url: sourceKey(source) };
}

interface Selection {
  ref: ArticleRef | null;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  unanchorable?: string;
}

function optionalString(json: Json, key: string, path: JsonPath, problems: Problem[]): string {
  const value = json[key];
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  problems.push({ path: [...path, key], message: 'expected a string' });
  return '';
}

/** The first target's source and its TextQuoteSelector and TextPositionSelector. */
function selection(annotation: Json, path: JsonPath, problems: Problem[]): Selection {
  const target = listOf(annotation.target)[0];
  const targetPath = Array.isArray(annotation.target) ? [...path, 'target', 0] : [...path, 'target'];
  if (target === undefined) problems.push({ path: [...path, 'target'], message: 'missing (every annotation has a target)' });
  const none = { ref: sourceRef(iriOf(target)), exact: '', prefix: '', suffix: '', start: 0, end: 0 };
  if (!isObject(target)) return { ...none, unanchorable: 'it annotates a whole document, not a passage' };
  const selectors = listOf(target.selector);
  const at = (type: string): [Json, JsonPath] | null => {
    const i = selectors.findIndex((s) => w3cTypes(s).includes(type));
    return i < 0 ? null : [selectors[i] as Json, Array.isArray(target.selector) ? [...targetPath, 'selector', i] : [...targetPath, 'selector']];
  };
  const quote = at('TextQuoteSelector');
  const position = at('TextPositionSelector');
  if (!quote) return { ...none, unanchorable: 'it has no TextQuoteSelector, and a position alone cannot be checked' };
  const result = { ...none, ref: sourceRef(iriOf(target.source)) };
  const [quoteSelector, quotePath] = quote;
  if (typeof quoteSelector.exact !== 'string') problems.push({ path: [...quotePath, 'exact'], message: 'expected a string' });
  else result.exact = quoteSelector.exact;
  result.prefix = optionalString(quoteSelector, 'prefix', quotePath, problems);
  result.suffix = optionalString(quoteSelector, 'suffix', quotePath, problems);
  if (position) {
    const [selector, selectorPath] = position;
    const { start, end } = selector;
    if (!Number.isInteger(start) || (start as number) < 0) problems.push({ path: [...selectorPath, 'start'], message: 'expected an integer ≥ 0' });
    else if (!Number.isInteger(end) || (end as number) < (start as number)) problems.push({ path: [...selectorPath, 'end'], message: 'expected an integer ≥ start' });
    else Object.assign(result, { start, end });
  }
  return result;
}

interface Content {
  kind: Kind | null;
  tags: string[];
  notes: string[];
}

/** Kind, tags and note from the bodies: our kind body (id nm:<kind>), tagging bodies, the rest as note. */
function content(annotation: Json): Content {
  const found: Content = { kind: null, tags: [], notes: typeof annotation.bodyValue === 'string' ? [annotation.bodyValue] : [] };
  for (const body of listOf(annotation.body)) {
    if (!isObject(body) || typeof body.value !== 'string') continue;
    const kind = KINDS.find((k) => body.id === kindIri(k));
    if (kind) found.kind = kind;
    else if (strings(body.purpose).includes('tagging')) found.tags.push(body.value);
    else found.notes.push(body.value);
  }
  return found;
}

/** The kind: our kind body, else a tag named like a kind, else the motivation, else claim. */
function kindOf(found: Content, motivations: string[]): { kind: Kind; tags: string[] } {
  if (found.kind) return { kind: found.kind, tags: found.tags };
  const tagged = KINDS.find((k) => found.tags.some((t) => t.toLowerCase() === k));
  if (tagged) return { kind: tagged, tags: found.tags.filter((t) => t.toLowerCase() !== tagged) };
  const motivated = KINDS.find((k) => motivations.includes(MOTIVATION_OF_KIND[k]));
  return { kind: motivated ?? 'claim', tags: found.tags };
}

/** Trimmed, without empty tags or case-insensitive repeats (Set.add returns the set: truthy). */
function uniqueTags(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags.map((t) => t.trim()).filter((t) => t && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
}

/** nm:fields as a JSON text (rdf:JSON, what we write) or, from older exports, as an object. */
function fieldsOf(annotation: Json, path: JsonPath, problems: Problem[]): AnnotationFields {
  let value = annotation['nm:fields'];
  if (value === undefined) return {};
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      problems.push({ path: [...path, 'nm:fields'], message: 'is not JSON text' });
      return {};
    }
  }
  const parsed = annotationFieldsSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  problems.push(...zodProblems(parsed.error.issues, [...path, 'nm:fields']));
  return {};
}

/** The creator's name: a Person's name or nickname, or the creator's IRI as written. */
function creatorName(value: unknown): string | undefined {
  const first = listOf(value)[0];
  if (typeof first === 'string') return first.trim() || undefined;
  if (!isObject(first)) return undefined;
  for (const key of ['name', 'nickname', 'id']) {
    const v = first[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return undefined;
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/**
 * Whose layer: nm:layer as Newsmark wrote it (Newsmark writes a creator without it for the
 * annotations of a user who has no name in Settings); in another tool's file, the creator.
 */
function layerOf(annotation: Json, createdBy: string | undefined): LayerRef {
  const ours = 'nm:origin' in annotation || 'nm:fields' in annotation;
  const named = nonEmpty(annotation['nm:layer']) ?? (ours ? undefined : createdBy);
  if (!named) return null;
  return { name: named, role: annotation['nm:layerRole'] === 'curation' ? 'curation' : 'annotator' };
}

function spanAnnotation(annotation: Json, path: JsonPath, now: string, problems: Problem[]): LooseAnnotation {
  const { ref, exact, prefix, suffix, start, end, unanchorable } = selection(annotation, path, problems);
  const found = content(annotation);
  const { kind, tags } = kindOf(found, strings(annotation.motivation));
  const createdAt = dateOf(annotation.created, now);
  const a: Annotation = {
    id: typeof annotation.id === 'string' ? annotationIdOf(annotation.id) : stableUuid(JSON.stringify([ref?.source, exact, start, end])),
    kind,
    start,
    end,
    quote: { exact, prefix, suffix },
    tags: uniqueTags(tags),
    note: found.notes.join('\n\n'),
    fields: fieldsForKind(kind, fieldsOf(annotation, path, problems), exact),
    origin: annotation['nm:origin'] === 'suggested' ? 'suggested' : 'manual',
    createdAt,
    updatedAt: dateOf(annotation.modified, createdAt),
  };
  const createdBy = creatorName(annotation.creator);
  const updatedBy = nonEmpty(annotation['nm:modifiedBy']);
  if (createdBy) a.createdBy = createdBy;
  if (updatedBy) a.updatedBy = updatedBy;
  return { annotation: a, units: 'either', ref, layer: layerOf(annotation, createdBy), ...(unanchorable ? { unanchorable } : {}) };
}

/** A linking annotation of ours; null for another tool's link, which Newsmark has no place for. */
function relation(annotation: Json, path: JsonPath, now: string, problems: Problem[]): Relation | null {
  const type = annotation['nm:relation'];
  if (type === undefined) return null;
  if (!RELATION_TYPES.includes(type as RelationType)) {
    problems.push({ path: [...path, 'nm:relation'], message: `expected one of ${RELATION_TYPES.join(', ')}` });
    return null;
  }
  const from = iriOf(listOf(annotation.target)[0]);
  const to = iriOf(listOf(annotation.body)[0]);
  if (!from) problems.push({ path: [...path, 'target'], message: 'expected the IRI of the annotation linked from' });
  if (!to) problems.push({ path: [...path, 'body'], message: 'expected the IRI of the annotation linked to' });
  if (!from || !to) return null;
  return {
    id: typeof annotation.id === 'string' ? annotationIdOf(annotation.id) : stableUuid(JSON.stringify([from, to, type])),
    from: annotationIdOf(from),
    to: annotationIdOf(to),
    type: type as RelationType,
    createdAt: dateOf(annotation.created, now),
  };
}

export function readW3c(fileName: string, data: unknown, now: string, what = 'W3C annotation file'): AnnotationFile {
  const problems: Problem[] = [];
  const file: AnnotationFile = { format: 'w3c', articles: [], loose: [], relations: [], ignored: 0 };
  for (const { value, path } of items(data, problems)) {
    if (!isObject(value) || !w3cTypes(value).includes('Annotation')) {
      problems.push({ path: [...path, ...(isObject(value) ? ['type'] : [])], message: 'expected an Annotation (type "Annotation")' });
    } else if (strings(value.motivation).includes('linking')) {
      const link = relation(value, path, now, problems);
      if (!link) file.ignored += 1;
      else {
        file.relations.push(link);
        if (nonEmpty(value['nm:layer'])) (file.relationLayers ??= new Map()).set(link, layerOf(value, undefined));
      }
    } else {
      file.loose.push(spanAnnotation(value, path, now, problems));
    }
  }
  if (problems.length) throw invalidFile(fileName, what, problems);
  return file;
}
