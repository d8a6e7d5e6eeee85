// Spans and links from an entity/relation tool (doccano, Label Studio) back into Newsmark: each
// span's label names a kind (or, through a mapping file, a kind with tags), or a role — a
// SPEAKER, CLAIMANT or CUE span linked from an annotation becomes that annotation's speaker,
// claimant or cue, as the exports write them; a link between two annotations becomes a link of
// the type its label names. Every offset is checked against the file's own text (code points),
// and what Newsmark cannot hold — labels no mapping names, link labels that are no link type,
// role spans nothing links to — is counted and listed, never dropped without a word.

import { fieldsForKind } from '../../annotations/fields.js';
import { quoteAt } from '../../anchoring/text-quote.js';
import { hashText } from '../../import/content-hash.js';
import { titleFrom } from '../../import/title.js';
import { RELATION_TYPES, type Annotation, type ArticleMeta, type Kind, type Relation, type RelationType } from '../../model.js';
import { articleMetaSchema } from '../../store/stored-schemas.js';
import type { BratMapping } from '../brat/mapping.js';
import { offsetConverter } from '../code-points.js';
import type { AnnotationFile, IncomingArticle, LayerRef } from '../import/incoming.js';
import { invalidFile, type JsonPath, type Problem } from '../import/problems.js';
import { stableUuid } from '../stable-id.js';
import { LABEL_TAG, ROLES, type Role } from './graph.js';

export interface PeerSpan {
  /** The id links use to name it within its document (doccano's entity id, Label Studio's region id). */
  ref: string;
  label: string;
  /** Code points, as the peer counts. */
  start: number;
  end: number;
  /** A Newsmark annotation id the file carries (our own exports write it), kept so a re-import updates nothing twice. */
  newsmarkId?: string;
  note?: string;
  path: JsonPath;
}

export interface PeerLink {
  from: string;
  to: string;
  labels: string[];
  path: JsonPath;
}

export interface PeerDocument {
  text: string;
  /** The Newsmark article id, when the file carries one (our own exports do). */
  articleId?: string;
  title?: string;
  meta?: unknown;
  layer: LayerRef;
  spans: PeerSpan[];
  links: PeerLink[];
  path: JsonPath;
}

/** How the peer's labels read: span labels → a kind (with tags) or a role, link labels → a link type. */
export interface LabelRules {
  span(label: string): { kind: Kind; tags: string[] } | { role: Role } | null;
  link(label: string): RelationType | null;
  unmapped: Kind | 'skip';
}

const normal = (label: string) => label.trim().toLowerCase().replace(/[\s_]+/g, '-');

/** By name, any case (CLAIM, Claim, claim; said_by, Said by); a mapping file's entities and relations first. */
export function labelRules(mapping?: BratMapping): LabelRules {
  const entities = new Map(Object.entries(mapping?.entities ?? {}).map(([k, v]) => [normal(k), v]));
  const relations = new Map(Object.entries(mapping?.relations ?? {}).map(([k, v]) => [normal(k), v]));
  return {
    span(label) {
      const key = normal(label);
      const mapped = entities.get(key);
      if (mapped) return { kind: mapped.kind, tags: mapped.tags ?? [] };
      if ((['claim', 'quote', 'figure'] as string[]).includes(key)) return { kind: key as Kind, tags: [] };
      return (ROLES as readonly string[]).includes(key) ? { role: key as Role } : null;
    },
    link(label) {
      const key = normal(label);
      return relations.get(key) ?? (RELATION_TYPES.find((t) => t === key) || null);
    },
    unmapped: mapping?.unmapped ?? 'claim',
  };
}

/** Newsmark's annotation ids; another tool's region ids ("wXrJ0") are its own, not ours. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids the library can use as file names. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;

class Counter extends Map<string, number> {
  add(key: string): void {
    this.set(key, (this.get(key) ?? 0) + 1);
  }
  listed(): string {
    return [...this].map(([k, n]) => `${k} ${n}`).join(', ');
  }
}

interface Reading {
  problems: Problem[];
  unknownLabels: Counter;
  unknownLinks: Counter;
  unlinkedRoles: Counter;
  unlabelledLinks: number;
  skipped: number;
}

function readDocument(format: string, doc: PeerDocument, rules: LabelRules, now: string, r: Reading): IncomingArticle | null {
  const { text } = doc;
  const offsets = offsetConverter(text);
  const length = offsets.toCodePoints(text.length);
  const contentHash = hashText(text);
  const seed = `${format}\n${contentHash}\n${doc.layer?.name ?? ''}`;
  const annotations = new Map<string, Annotation>();
  const roles = new Map<string, { role: Role; start: number; end: number; exact: string; label: string }>();
  const problems = r.problems.length;
  for (const span of doc.spans) {
    const [start, end] = [offsets.toUtf16(span.start), offsets.toUtf16(span.end)];
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end <= span.start || span.end > length || start === null || end === null) {
      r.problems.push({ path: span.path, message: `span ${span.start}-${span.end} lies outside the text (${length} characters, counted in code points)` });
      continue;
    }
    const read = rules.span(span.label);
    if (read && 'role' in read) {
      roles.set(span.ref, { role: read.role, start, end, exact: text.slice(start, end), label: span.label });
      continue;
    }
    if (!read) r.unknownLabels.add(span.label);
    if (!read && rules.unmapped === 'skip') {
      r.skipped += 1;
      continue;
    }
    const kind = read?.kind ?? (rules.unmapped as Kind);
    const quote = quoteAt(text, start, end);
    const own = span.newsmarkId && UUID.test(span.newsmarkId) ? span.newsmarkId : undefined;
    annotations.set(span.ref, {
      id: own ?? stableUuid(`${seed}\n${span.ref}\n${span.start}:${span.end}:${span.label}`),
      kind,
      start,
      end,
      quote,
      tags: read ? read.tags : [`${LABEL_TAG}${span.label}`],
      note: span.note ?? '',
      fields: fieldsForKind(kind, {}, quote.exact),
      origin: 'manual',
      createdAt: now,
      updatedAt: now,
    });
  }
  if (r.problems.length > problems) return null;
  const relations: Relation[] = [];
  const usedRoles = new Set<string>();
  for (const link of doc.links) {
    const [from, to] = [annotations.get(link.from), annotations.get(link.to)];
    const role = roles.get(link.to) ?? roles.get(link.from);
    const served = roles.has(link.to) ? from : roles.has(link.from) ? to : undefined;
    if (role && served) {
      usedRoles.add(roles.has(link.to) ? link.to : link.from);
      const party = { name: role.exact.replace(/\s+/g, ' ').trim(), span: { start: role.start, end: role.end, exact: role.exact } };
      const f = served.fields;
      if (role.role === 'cue' && f.quote) served.fields = { ...f, quote: { ...f.quote, cue: party.name, cueSpan: party.span } };
      else if (role.role !== 'cue' && f.quote) served.fields = { ...f, quote: { ...f.quote, speaker: party } };
      else if (role.role !== 'cue' && f.claim) served.fields = { ...f, claim: { ...f.claim, claimant: party } };
      else r.unknownLinks.add(`${role.label} of a ${served.kind}`);
      continue;
    }
    if (!from || !to) {
      r.problems.push({ path: link.path, message: `links ${JSON.stringify(link.from)} to ${JSON.stringify(link.to)}, but ${!from && !roles.has(link.from) ? link.from : link.to} is no span of this document` });
      continue;
    }
    if (link.labels.length === 0) r.unlabelledLinks += 1;
    for (const label of link.labels) {
      const type = rules.link(label);
      if (!type) {
        r.unknownLinks.add(label);
        continue;
      }
      relations.push({ id: stableUuid(`${seed}\nlink\n${from.id}\n${to.id}\n${type}`), from: from.id, to: to.id, type, createdAt: now });
    }
  }
  for (const [ref, role] of roles) if (!usedRoles.has(ref)) r.unlinkedRoles.add(role.label);
  const meta = articleMetaSchema.safeParse(doc.meta ?? {});
  const article = {
    id: doc.articleId && SAFE_ID.test(doc.articleId) ? doc.articleId : stableUuid(`${format} article\n${contentHash}`),
    title: doc.title?.trim() || titleFrom(text),
    meta: (meta.success ? meta.data : {}) as ArticleMeta,
    text,
    contentHash,
  };
  return { article, annotations: [...annotations.values()].map((annotation) => ({ annotation, units: 'utf-16' as const })), relations, layer: doc.layer };
}

/** The documents as an annotation file to place, or the file refused with every problem found. */
export function peerFile(format: 'doccano' | 'label-studio', fileName: string, what: string, docs: PeerDocument[], rules: LabelRules, now: string): AnnotationFile {
  const r: Reading = { problems: [], unknownLabels: new Counter(), unknownLinks: new Counter(), unlinkedRoles: new Counter(), unlabelledLinks: 0, skipped: 0 };
  const articles = docs.flatMap((doc) => readDocument(format, doc, rules, now, r) ?? []);
  if (r.problems.length) throw invalidFile(fileName, what, r.problems);
  const notices: string[] = [];
  if (r.unknownLabels.size) {
    const how = rules.unmapped === 'skip' ? 'were left out' : `came in as ${rules.unmapped}s tagged ${LABEL_TAG}<label>, so an export writes that label again`;
    notices.push(`spans with labels that name no kind (claim, quote, figure, or a mapping file's) ${how}: ${r.unknownLabels.listed()}`);
  }
  if (r.unknownLinks.size) notices.push(`links with labels that name no link type (${RELATION_TYPES.join(', ')}) were left out: ${r.unknownLinks.listed()}`);
  if (r.unlabelledLinks) notices.push(`${r.unlabelledLinks} links without a label were left out: Newsmark's links have a type`);
  if (r.unlinkedRoles.size) notices.push(`speaker, claimant and cue spans that no annotation links to were left out: ${r.unlinkedRoles.listed()}`);
  const ignored = r.skipped + [...r.unknownLinks.values(), ...r.unlinkedRoles.values()].reduce((a, b) => a + b, 0) + r.unlabelledLinks;
  // Newsmark's own ids come back with spans only: the stored annotations they name are kept (see spansOnly).
  return { format, articles, loose: [], relations: [], ignored, spansOnly: true, ...(notices.length ? { notices } : {}) };
}
