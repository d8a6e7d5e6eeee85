// The curator view: the disagreements between two layers of the article, one at a time (only in A,
// only in B, different bounds, kind or speaker), each version side by side with what the curated
// layer holds; a key (or button) takes A's, B's, both or neither and moves on. Keys from
// core/shortcuts.ts, matched here because the view is a modal dialog.

import { useEffect, useMemo, useRef, useState } from 'react';
import { CURATED_LAYER, type Annotation, type ArticleDocument } from '../../../core/model';
import { curatedHolds, type Take } from '../../../core/curation/curate';
import { DISAGREEMENT_LABELS, compareLayers } from '../../../core/curation/disagreements';
import { keysLabel, matches, shortcut, type KeyPress, type ShortcutId } from '../../../core/shortcuts';
import { useModal } from '../use-modal';
import type { ShownLayer } from './use-layer-view';
import { CloseActions } from '../CloseActions';

interface Props {
  doc: ArticleDocument;
  /** The article's layers (the curated one left out). */
  layers: ShownLayer[];
  onTake: (a: string, b: string, item: string, take: Take) => Promise<void>;
  onClose: () => void;
}

const TAKE_KEYS: [ShortcutId, Take, string][] = [
  ['curate-take-a', 'a', "Take A's"],
  ['curate-take-b', 'b', "Take B's"],
  ['curate-take-both', 'both', 'Take both'],
  ['curate-take-neither', 'neither', 'Take neither'],
];

function pressed(id: ShortcutId, e: KeyPress): boolean {
  return shortcut(id).chords.some((c) => matches(c, e));
}

function Version({ side, label, annotation }: { side: 'A' | 'B'; label: string; annotation: Annotation | null }) {
  const speaker = annotation?.kind === 'quote' ? annotation.fields.quote?.speaker?.name : undefined;
  return (
    <section className="curator-version" aria-label={`${side}: ${label}`}>
      <h3>
        {side}: {label}
      </h3>
      {annotation ? (
        <p>
          <span className={`kind-${annotation.kind}`}>{annotation.kind}</span> “{annotation.quote.exact}”{speaker ? ` — speaker: ${speaker}` : ''}
        </p>
      ) : (
        <p className="muted">not marked</p>
      )}
    </section>
  );
}

export function CuratorDialog({ doc, layers, onTake, onClose }: Props) {
  const ref = useModal();
  const item = useRef<HTMLDivElement>(null);
  // The keys are for the walk: it takes the keyboard once the dialog is open.
  useEffect(() => item.current?.focus(), []);
  const [a, setA] = useState(layers[0]?.key ?? '');
  const [b, setB] = useState(layers[1]?.key ?? '');
  const [at, setAt] = useState(0);
  const [busy, setBusy] = useState(false);
  const annotationsOf = (key: string) => layers.find((l) => l.key === key)?.annotations ?? [];
  const labelOf = (key: string) => layers.find((l) => l.key === key)?.label ?? key;
  const { disagreements, agreed } = useMemo(() => compareLayers(annotationsOf(a), annotationsOf(b)), [layers, a, b]);
  const curated = doc.layers?.find((l) => l.name === CURATED_LAYER)?.annotations;
  const current = disagreements[at];
  const holds = current ? curatedHolds(curated, current) : null;

  async function take(choice: Take) {
    if (!current || busy) return;
    setBusy(true);
    try {
      await onTake(a, b, current.key, choice);
      setAt((i) => i + 1);
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(e: React.KeyboardEvent) {
    if (e.target instanceof HTMLSelectElement) return;
    const found = TAKE_KEYS.find(([id]) => pressed(id, e));
    const step = pressed('curate-next', e) ? 1 : pressed('curate-previous', e) ? -1 : 0;
    if (!found && !step) return;
    e.preventDefault();
    if (found) void take(found[1]);
    else setAt((i) => Math.max(0, Math.min(disagreements.length, i + step)));
  }

  const layerSelect = (label: string, value: string, set: (v: string) => void) => (
    <label>
      {label}
      <select
        value={value}
        onChange={(e) => {
          set(e.target.value);
          setAt(0);
        }}
      >
        {layers.map((l) => (
          <option key={l.key} value={l.key}>
            {l.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <dialog ref={ref} className="message-dialog curator" aria-labelledby="curator-heading" onClose={onClose} onKeyDown={onKeyDown}>
      <h2 id="curator-heading">Curation</h2>
      <div className="curator-layers">
        {layerSelect('Layer A', a, setA)}
        {layerSelect('Layer B', b, setB)}
      </div>
      <p className="hint">
        {agreed.length === 1 ? '1 annotation agrees' : `${agreed.length} annotations agree`} (the curated layer starts with them) ·{' '}
        {disagreements.length === 1 ? '1 disagreement' : `${disagreements.length} disagreements`}
      </p>
      <div className="curator-item" tabIndex={-1} ref={item}>
        {a === b ? (
          <p role="status">Choose two different layers.</p>
        ) : current ? (
          <>
            <p role="status" aria-live="polite">
              {at + 1} of {disagreements.length}: <strong>{DISAGREEMENT_LABELS[current.type]}</strong>
            </p>
            <div className="curator-versions">
              <Version side="A" label={labelOf(a)} annotation={current.a} />
              <Version side="B" label={labelOf(b)} annotation={current.b} />
            </div>
            <p aria-label="In the curated layer">
              Curated layer holds: {holds?.a && holds.b ? 'both' : holds?.a ? "A's" : holds?.b ? "B's" : 'neither yet'}
            </p>
            <div className="dialog-actions">
              {TAKE_KEYS.map(([id, choice, text]) => (
                <button key={choice} type="button" disabled={busy} onClick={() => void take(choice)} title={keysLabel(shortcut(id))}>
                  {text} <kbd>{keysLabel(shortcut(id))}</kbd>
                </button>
              ))}
            </div>
          </>
        ) : (
          <p role="status">
            {disagreements.length ? `All ${disagreements.length} disagreements walked.` : 'These layers do not disagree.'} The curated layer exports like any other.
          </p>
        )}
      </div>
      <CloseActions dialog={ref} />
    </dialog>
  );
}
