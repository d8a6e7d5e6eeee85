// Edits the selected annotation: kind, note, tags, the fields of its kind and its links, or
// deletes it.

import { KINDS, type Annotation, type Relation, type RelationType } from '../../../core/model';
import type { FieldsPatch } from '../../../core/annotations/fields';
import { KIND_LABEL } from '../labels';
import type { Span } from '../reader/selection';
import type { AnnotationPatch } from '../state/use-library';
import { ChoiceField } from './ChoiceField';
import { DraftField } from './DraftField';
import { ClaimFieldsEditor } from './fields/ClaimFieldsEditor';
import { FigureFieldsEditor } from './fields/FigureFieldsEditor';
import { QuoteFieldsEditor } from './fields/QuoteFieldsEditor';
import { RelationsEditor } from './RelationsEditor';
import { TagEditor } from './TagEditor';
import { AnnotationConflict } from '../sync/ConflictVersions';

export interface EditorContext {
  annotations: Annotation[];
  relations: Relation[];
  text: string;
  selection: Span | null;
  knownTags: string[];
  onUpdate: (id: string, patch: AnnotationPatch) => void;
  onDelete: (id: string) => void;
  onLink: (from: string, to: string, type: RelationType) => void;
  onUnlink: (relationId: string) => void;
  onSelect: (id: string) => void;
  onShowSpan: (span: Span) => void;
}

interface Props extends EditorContext {
  annotation: Annotation;
}

export function AnnotationEditor({ annotation: a, ...ctx }: Props) {
  const update = (patch: AnnotationPatch) => ctx.onUpdate(a.id, patch);
  const patchFields = (fields: FieldsPatch) => update({ fields });
  const { claim, quote, figure } = a.fields;
  return (
    <div className="annotation-editor">
      <AnnotationConflict annotationId={a.id} />
      <ChoiceField label="Kind" value={a.kind} values={KINDS} labels={KIND_LABEL} autoFocusKey onChange={(kind) => kind && update({ kind })} />
      {a.kind === 'quote' && quote && (
        <QuoteFieldsEditor fields={quote} selection={ctx.selection} text={ctx.text} onPatch={patchFields} onShow={ctx.onShowSpan} />
      )}
      {a.kind === 'claim' && claim && (
        <ClaimFieldsEditor fields={claim} selection={ctx.selection} text={ctx.text} onPatch={patchFields} onShow={ctx.onShowSpan} />
      )}
      {a.kind === 'figure' && figure && <FigureFieldsEditor fields={figure} onPatch={patchFields} />}
      <DraftField label="Note" multiline value={a.note} onCommit={(note) => update({ note })} />
      <TagEditor tags={a.tags} knownTags={ctx.knownTags} onChange={(tags) => update({ tags })} />
      <RelationsEditor
        annotation={a}
        annotations={ctx.annotations}
        relations={ctx.relations}
        onLink={(to, type) => ctx.onLink(a.id, to, type)}
        onUnlink={ctx.onUnlink}
        onSelect={ctx.onSelect}
      />
      <button type="button" className="danger" onClick={() => ctx.onDelete(a.id)}>
        Delete annotation
      </button>
    </div>
  );
}
