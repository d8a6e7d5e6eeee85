// The lines of a doccano export, whichever of its two shapes is written: one line per article and
// layer, or — with perKind — one per article, layer and kind, so a default doccano project (which
// cannot hold overlapping spans and drops them on import) loses none across kinds. What doccano
// would still drop is said, never silently lost: the overlapping spans, named, and in perKind
// relation files the links between kinds that no line can hold.

import type { ArticleDocument, Kind } from '../../model.js';
import { layerViews } from '../../team/layers.js';
import { offsetConverter } from '../code-points.js';
import { graphsByKind, overlappingPairs, spanGraph, type GraphLink, type GraphSpan, type SpanGraph } from '../span-graph/graph.js';

export interface DoccanoLine {
  doc: ArticleDocument;
  /** The layer's annotator, when named. */
  annotator: string | null;
  /** Set in perKind exports: the one kind this line holds. */
  kind?: Kind;
  graph: SpanGraph;
}

export interface DoccanoLines {
  lines: DoccanoLine[];
  warnings: string[];
}

/** doccano's label for a span: the kind or role in capitals, or the label an import kept. */
export function doccanoLabel(span: GraphSpan): string {
  return span.label ?? span.kind.toUpperCase();
}

/** A text on one line, at most 40 characters (cut between code points, never inside an emoji). */
function shown(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, ' '));
  return `“${chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : chars.join('')}”`;
}

function describe(span: GraphSpan): string {
  return `${doccanoLabel(span)} ${span.start}-${span.end} ${shown(span.text)}`;
}

const LISTED = 8;

function listed(items: string[]): string {
  return items.slice(0, LISTED).join('; ') + (items.length > LISTED ? `; and ${items.length - LISTED} more` : '');
}

function overlapWarning(lines: DoccanoLine[], perKind: boolean): string | null {
  let total = 0;
  const overlapping = new Set<GraphSpan>();
  const pairs: string[] = [];
  for (const { doc, graph } of lines) {
    total += graph.spans.length;
    for (const [a, b] of overlappingPairs(graph.spans)) {
      overlapping.add(a).add(b);
      pairs.push(`${shown(doc.article.title)}: ${describe(a)} and ${describe(b)}`);
    }
  }
  if (overlapping.size === 0) return null;
  const fix = perKind
    ? 'tick “Allow overlapping entity” when you create the doccano project'
    : 'tick “Allow overlapping entity” when you create the doccano project, or export one line per kind (--per-kind; “One line per kind” in the Export dialog)';
  return `doccano: ${overlapping.size} of ${total} spans overlap another span of their line, and doccano's default sequence-labelling project drops overlapping spans on import. To keep them, ${fix}. Overlapping: ${listed(pairs)}.`;
}

function crossingWarning(crossing: { doc: ArticleDocument; link: GraphLink; spans: Map<string, GraphSpan> }[]): string | null {
  if (crossing.length === 0) return null;
  const items = crossing.map(({ doc, link, spans }) => `${shown(doc.article.title)}: ${link.type} from ${describe(spans.get(link.from)!)} to ${describe(spans.get(link.to)!)}`);
  return `doccano: ${crossing.length} links join spans of different kinds, so no line of a per-kind export can hold them; they are left out: ${listed(items)}.`;
}

export function doccanoLines(docs: readonly ArticleDocument[], owner: string | undefined, { perKind = false, links = false } = {}): DoccanoLines {
  const lines: DoccanoLine[] = [];
  const crossing: Parameters<typeof crossingWarning>[0] = [];
  for (const doc of docs) {
    const offsets = offsetConverter(doc.article.text);
    for (const { name, annotations, relations } of layerViews(doc, owner)) {
      const whole = spanGraph(annotations, links ? relations : [], doc.article.text, offsets);
      // The sequence-labelling shape has no links, so no role spans either: only the annotations.
      const graph = links ? whole : { spans: whole.spans.filter((s) => s.owner === s.kind), links: [] };
      if (!perKind) {
        lines.push({ doc, annotator: name, graph });
        continue;
      }
      const spans = new Map(graph.spans.map((s) => [s.key, s]));
      for (const part of graphsByKind(graph)) {
        lines.push({ doc, annotator: name, kind: part.kind, graph: part.graph });
        crossing.push(...part.crossing.map((link) => ({ doc, link, spans })));
      }
    }
  }
  const warnings = [overlapWarning(lines, perKind), crossingWarning(crossing)].filter((w): w is string => w !== null);
  return { lines, warnings };
}
