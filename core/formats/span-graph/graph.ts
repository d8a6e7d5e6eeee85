// Spans and the links between them, as the entity/relation formats (doccano's relation JSONL,
// Label Studio) hold them: every annotation is a span, and so is every speaker, claimant and cue
// the article marks (a field in Newsmark, a span of its own there), joined to its annotation by a
// link named after the role. One graph per layer, offsets in code points (both peers are Python
// tools), so each writer only names and serialises what this decided once.

import { compareByPosition, KINDS, type Annotation, type Kind, type LinkedSpan, type Relation } from '../../model.js';
import type { OffsetConverter } from '../code-points.js';

/** A span that is a field of an annotation in Newsmark (a speaker, a claimant, a cue). */
export const ROLES = ['speaker', 'claimant', 'cue'] as const;
export type Role = (typeof ROLES)[number];

/** The tag an imported span keeps when its label is no kind: an export writes that label again. */
export const LABEL_TAG = 'label:';

export interface GraphSpan {
  /** The annotation's id, or `<role>-<start>-<end>` (UTF-16) for a role span (one per place, however many link to it). */
  key: string;
  /** The kind of an annotation span, the role of a role span. */
  kind: Kind | Role;
  /** A label an import could not map (kept as the tag label:<name>), written instead of the kind's. */
  label?: string;
  /** Code points. */
  start: number;
  end: number;
  text: string;
  /** Which kind's layer a span belongs to: its own kind, or the kind of the annotation a role span serves. */
  owner: Kind;
}

export interface GraphLink {
  from: string;
  to: string;
  /** A Newsmark link type (said-by, supports …) or a role. */
  type: string;
}

export interface SpanGraph {
  spans: GraphSpan[];
  links: GraphLink[];
}

/** Whose role a linked span plays for an annotation, by where Newsmark keeps it. */
function roleSpans(a: Annotation): [Role, LinkedSpan][] {
  const found: [Role, LinkedSpan | undefined][] = [
    ['speaker', a.fields.quote?.speaker?.span],
    ['cue', a.fields.quote?.cueSpan],
    ['claimant', a.fields.claim?.claimant?.span],
  ];
  // Only the fields of the annotation's own kind are shown and meant; the others are kept, not said.
  const own: Record<Kind, Role[]> = { quote: ['speaker', 'cue'], claim: ['claimant'], figure: [] };
  return found.filter((f): f is [Role, LinkedSpan] => f[1] !== undefined && own[a.kind].includes(f[0]));
}

export function spanGraph(annotations: readonly Annotation[], relations: readonly Relation[], text: string, offsets: OffsetConverter): SpanGraph {
  const spans = new Map<string, GraphSpan & { utf16: number; utf16End: number }>();
  const links: GraphLink[] = [];
  const add = (key: string, kind: GraphSpan['kind'], owner: Kind, start: number, end: number, label?: string) => {
    if (spans.has(key)) return;
    const span = { key, kind, owner, start: offsets.toCodePoints(start), end: offsets.toCodePoints(end), text: text.slice(start, end), utf16: start, utf16End: end };
    spans.set(key, label ? { ...span, label } : span);
  };
  for (const a of [...annotations].sort(compareByPosition)) {
    const label = a.tags.find((t) => t.startsWith(LABEL_TAG) && t.length > LABEL_TAG.length)?.slice(LABEL_TAG.length);
    add(a.id, a.kind, a.kind, a.start, a.end, label);
    for (const [role, span] of roleSpans(a)) {
      const key = `${role}-${span.start}-${span.end}`;
      add(key, role, a.kind, span.start, span.end);
      links.push({ from: a.id, to: key, type: role });
    }
  }
  const ids = new Set(annotations.map((a) => a.id));
  for (const r of relations) if (ids.has(r.from) && ids.has(r.to)) links.push({ from: r.from, to: r.to, type: r.type });
  const ordered = [...spans.values()].sort((x, y) => x.utf16 - y.utf16 || y.utf16End - x.utf16End);
  return { spans: ordered.map(({ utf16: _s, utf16End: _e, ...span }) => span), links };
}

/** One graph per kind used (claim, quote, figure), each with the role spans its annotations use; links across kinds are counted, not kept. */
export function graphsByKind(graph: SpanGraph): { kind: Kind; graph: SpanGraph; crossing: GraphLink[] }[] {
  const kinds = KINDS.filter((k) => graph.spans.some((s) => s.owner === k));
  const ownerOf = new Map(graph.spans.map((s) => [s.key, s.owner]));
  return kinds.map((kind) => {
    const spans = graph.spans.filter((s) => s.owner === kind);
    const from = graph.links.filter((l) => ownerOf.get(l.from) === kind);
    return {
      kind,
      graph: { spans, links: from.filter((l) => ownerOf.get(l.to) === kind) },
      crossing: from.filter((l) => ownerOf.get(l.to) !== kind),
    };
  });
}

/** Pairs of spans that share a character (a span that encloses another overlaps it too). */
export function overlappingPairs(spans: readonly GraphSpan[]): [GraphSpan, GraphSpan][] {
  const sorted = [...spans].sort((x, y) => x.start - y.start || y.end - x.end);
  const pairs: [GraphSpan, GraphSpan][] = [];
  for (let i = 0; i < sorted.length; i += 1) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.start < a.end; j += 1) pairs.push([a, sorted[j]!]);
  }
  return pairs;
}
