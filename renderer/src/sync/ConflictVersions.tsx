// The versions of one item edited on two machines, side by side, each with the button that keeps
// it. Used in the Team sync dialog and in the editor of the annotation concerned.

import { useState } from 'react';
import { messageOf } from '../api';
import type { ConflictVersion, SyncConflict } from '../../../core/sync/conflicts';
import type { SyncBody } from '../../../core/sync/sync-docs';
import { KIND_LABEL } from '../labels';
import { useSync } from './sync-state';

function describe(body: SyncBody | null): string[] {
  if (!body) return ['(deleted)'];
  if (body.type === 'annotation' || body.type === 'layer-annotation') {
    const a = body.annotation;
    const lines = [`${KIND_LABEL[a.kind]}: “${a.quote.exact}”`];
    if (a.note) lines.push(`Note: ${a.note}`);
    if (a.tags.length) lines.push(`Tags: ${a.tags.join(', ')}`);
    const fields = a.fields[a.kind];
    if (fields) lines.push(`Fields: ${JSON.stringify(fields)}`);
    lines.push(`Changed ${a.updatedAt.slice(0, 16).replace('T', ' ')}`);
    return lines;
  }
  if (body.type === 'relation' || body.type === 'layer-relation') return [`Link: ${body.relation.type}`];
  if (body.type === 'article') return [`Article: ${body.article.title}`];
  if (body.type === 'layer') return [`Layer: ${body.name}`];
  if (body.type === 'progress') return [`${body.annotator}: ${body.status}`];
  return [`${body.keys.length} rejected suggestions`];
}

function label(v: ConflictVersion, i: number): string {
  if (v.deleted) return 'Deleted on one machine';
  return v.winner ? 'Shown now' : `Other version ${i}`;
}

export function ConflictVersions({ conflict }: { conflict: SyncConflict }) {
  const { keep } = useSync();
  const [error, setError] = useState<string | null>(null);
  const choose = (rev: string) =>
    keep(conflict.docId, rev).then(
      () => setError(null),
      (err: unknown) => setError(messageOf(err)),
    );
  return (
    <div className="conflict-versions" role="group" aria-label="Versions from two machines">
      {error && <p role="alert">{error}</p>}
      {conflict.versions.map((v, i) => (
        <div key={v.rev} className="conflict-version">
          <strong>{label(v, i)}</strong>
          <ul>
            {describe(v.body).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <button type="button" onClick={() => void choose(v.rev)}>
            {v.deleted ? 'Delete it' : 'Keep this version'}
          </button>
        </div>
      ))}
    </div>
  );
}

/** In the annotation editor: shown only while this annotation is in conflict. */
export function AnnotationConflict({ annotationId }: { annotationId: string }) {
  const { conflicts } = useSync();
  const conflict = conflicts.find((c) => c.type === 'annotation' && c.itemId === annotationId);
  if (!conflict) return null;
  return (
    <div className="annotation-conflict" role="alert">
      <p>Edited on two machines: choose the version to keep. Until then both are kept.</p>
      <ConflictVersions conflict={conflict} />
    </div>
  );
}
