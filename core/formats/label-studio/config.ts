// Label Studio's labelling config for a Newsmark export: the <View> a project needs to load the
// tasks with every region and relation label intact. Label Studio drops a region label its
// <Labels> does not declare and a relation label no <Relation value> names, and an empty
// <Relations> makes it throw, so the config declares exactly what the export uses: the three
// kinds always (so new spans can be labelled there), the roles and kept labels used, and a
// <Relations> only when there are links.

import { KINDS } from '../../model.js';
import { KIND_LABEL } from '../labels.js';
import type { GraphSpan, Role, SpanGraph } from '../span-graph/graph.js';

export const ROLE_LABEL: Record<Role, string> = { speaker: 'Speaker', claimant: 'Claimant', cue: 'Cue' };

/** Label Studio's label for a span: the kind's or role's name as the app shows it, or the label an import kept. */
export function labelStudioLabel(span: GraphSpan): string {
  if (span.label) return span.label;
  return span.kind in KIND_LABEL ? KIND_LABEL[span.kind as keyof typeof KIND_LABEL] : ROLE_LABEL[span.kind as Role];
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

export function labelStudioConfig(graphs: readonly SpanGraph[]): string {
  const labels = new Set<string>(KINDS.map((k) => KIND_LABEL[k]));
  const relations = new Set<string>();
  for (const graph of graphs) {
    for (const span of graph.spans) labels.add(labelStudioLabel(span));
    for (const link of graph.links) relations.add(link.type);
  }
  const lines = [
    '<View>',
    '  <Labels name="label" toName="text">',
    ...[...labels].map((value) => `    <Label value="${attribute(value)}"/>`),
    '  </Labels>',
    '  <Text name="text" value="$text"/>',
    ...(relations.size ? ['  <Relations>', ...[...relations].map((value) => `    <Relation value="${attribute(value)}"/>`), '  </Relations>'] : []),
    '</View>',
  ];
  return `${lines.join('\n')}\n`;
}
