// doccano's relation JSONL (a sequence-labelling project with relation labelling on): per line the
// text, `entities` ({id, label, start_offset, end_offset}, code points) and `relations` ({id,
// from_id, to_id, type}). Speakers, claimants and cues the article marks are entities of their own
// (SPEAKER, CLAIMANT, CUE) linked from their annotation by a relation named after the role; the
// user's links keep their type. doccano wants integer ids, unique per line: the Newsmark id of an
// annotation rides along as `newsmark_id`, so importing the file back updates instead of doubling.

import type { ArticleDocument } from '../../model.js';
import type { FormatOutput } from '../format-output.js';
import { lineHead } from '../jsonl.js';
import { doccanoLabel, doccanoLines } from './lines.js';

export function doccanoRelationsExport(docs: readonly ArticleDocument[], owner?: string, perKind = false): FormatOutput {
  const { lines, warnings } = doccanoLines(docs, owner, { perKind, links: true });
  const content = lines
    .map((line) => {
      const { text, ...rest } = lineHead(line);
      const number = new Map(line.graph.spans.map((s, i) => [s.key, i + 1]));
      const entities = line.graph.spans.map((s) => ({
        id: number.get(s.key)!,
        label: doccanoLabel(s),
        start_offset: s.start,
        end_offset: s.end,
        ...(s.kind === s.owner ? { newsmark_id: s.key } : {}),
      }));
      const relations = line.graph.links.map((l, i) => ({ id: i + 1, from_id: number.get(l.from)!, to_id: number.get(l.to)!, type: l.type }));
      return `${JSON.stringify({ text, entities, relations, ...rest })}\n`;
    })
    .join('');
  return { content, warnings };
}
