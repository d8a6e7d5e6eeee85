// The Annotations panel: the article's annotations (filtered and sorted as the user chooses),
// each with its kind, quoted text, key fields, tags and note; the selected one opens its editor.
// Only the rows near the visible part of the panel are rendered, so 10,000 cost what 20 do.

import { useDeferredValue, useMemo, useRef } from 'react';
import type { AnchorStatus, Annotation, Relation } from '../../../core/model';
import { KIND_LABEL, STATUS_LABEL } from '../labels';
import { AnnotationEditor, type EditorContext } from './AnnotationEditor';
import { ArticleSummaryView } from './ArticleSummaryView';
import { formatValue } from './fields/FigureFieldsEditor';
import { isFiltered, type PanelFilter } from './filter';
import { PanelFilters } from './PanelFilters';
import { preview } from './preview';
import { useVirtualList } from './use-virtual-list';
import './panel.css';

interface Props extends EditorContext {
  /** Shown above the annotations (the Suggestions group, when open). */
  children?: React.ReactNode;
  /** The annotations to list, already filtered and sorted. */
  shown: Annotation[];
  selectedId: string | null;
  filter: PanelFilter;
  onFilter: (filter: PanelFilter) => void;
}

/** What a carried-over annotation's anchor status means, for its badge. */
const ANCHOR_HINT: Record<AnchorStatus, string> = {
  exact: 'in the same place',
  moved: 'the same words, moved',
  changed: 'the words under it were edited',
  orphaned: 'not found in the new text; place it again from Story versions',
};

function detail(a: Annotation): string {
  if (a.kind === 'quote') return a.fields.quote?.speaker ? `— ${a.fields.quote.speaker.name}` : '';
  if (a.kind === 'claim') {
    const claim = a.fields.claim;
    return claim ? [STATUS_LABEL[claim.status], claim.claimant?.name].filter(Boolean).join(' · ') : '';
  }
  return a.fields.figure ? formatValue(a.fields.figure) : '';
}

/** "by Alice", or "by Alice, changed by Bob". */
function authorship(a: Annotation): string {
  return a.updatedBy && a.updatedBy !== a.createdBy ? `by ${a.createdBy}, changed by ${a.updatedBy}` : `by ${a.createdBy}`;
}

export function AnnotationPanel({ shown, selectedId, filter, onFilter, children, ...ctx }: Props) {
  const all = ctx.annotations;
  // The filter choices and the summary count all 10,000 again after an edit: that waits for the
  // frame that shows the edit itself.
  const counted = useDeferredValue(all);
  const panelRef = useRef<HTMLElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const links = useMemo(() => linkCounts(ctx.relations), [ctx.relations]);
  const list = useVirtualList(shown, selectedId, panelRef, listRef);
  return (
    <aside className="panel" aria-labelledby="panel-heading" ref={panelRef}>
      {children}
      <h2 id="panel-heading">
        Annotations <span className="count">{isFiltered(filter) ? `${shown.length} of ${all.length}` : all.length}</span>
      </h2>
      {all.length === 0 ? (
        <p className="hint">Select text in the article, then press Claim, Quote or Figure (or c, q, f). Press ? for all shortcuts.</p>
      ) : (
        <>
          <PanelFilters annotations={counted} filter={filter} onChange={onFilter} />
          <ArticleSummaryView annotations={counted} />
        </>
      )}
      <ul className="annotation-list" aria-label="Annotations" ref={listRef} style={{ height: list.height }}>
        {list.rows.map(({ index, top }) => {
          const a = shown[index]!;
          const selected = a.id === selectedId;
          const linkCount = links.get(a.id) ?? 0;
          const more = detail(a);
          return (
            <li
              key={a.id}
              ref={list.measure}
              data-index={index}
              aria-setsize={shown.length}
              aria-posinset={index + 1}
              style={{ transform: `translateY(${top}px)` }}
              className={`annotation-item kind-${a.kind}${selected ? ' selected' : ''}`}
              aria-current={selected || undefined}
              data-id={a.id}
            >
              <button type="button" className="annotation-summary" onClick={() => ctx.onSelect(a.id)}>
                <span className="item-head">
                  <span className={`kind-badge kind-${a.kind}`}>{KIND_LABEL[a.kind]}</span>
                  {more && <span className="item-detail">{more}</span>}
                  {a.anchor && a.anchor.status !== 'exact' && (
                    <span className={`anchor-badge anchor-${a.anchor.status}`} title={`Version ${a.anchor.version}: ${ANCHOR_HINT[a.anchor.status]}`}>
                      {a.anchor.status}
                    </span>
                  )}
                  {linkCount > 0 && <span className="item-links">{linkCount === 1 ? '1 link' : `${linkCount} links`}</span>}
                </span>
                <span className="quote">{preview(a.quote.exact)}</span>
                {a.tags.length > 0 && <span className="item-tags">{a.tags.map((t) => `#${t}`).join(' ')}</span>}
                {a.note && <span className="item-note">{a.note}</span>}
                {a.createdBy && <span className="item-by">{authorship(a)}</span>}
              </button>
              {selected && <AnnotationEditor key={a.id} annotation={a} {...ctx} />}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}

/** How many links each annotation has (either end). */
function linkCounts(relations: readonly Relation[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of relations) for (const id of [r.from, r.to]) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
