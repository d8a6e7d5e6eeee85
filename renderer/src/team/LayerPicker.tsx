// The reader's layer picker, shown when the article holds other annotators' layers: the view (one
// layer, overlaid, side by side), which layer, which ones to lay over it or set beside it, and a
// legend naming how each is drawn. Plain form controls, so Tab and the arrow keys work; `v` puts the
// keyboard in it.

import { useMemo } from 'react';
import { focusReader } from '../app/use-window-shortcuts';
import { useShortcuts } from '../use-shortcuts';
import { OVERLAY_STYLES } from './layer-highlights';
import { labelOf, type LayerMode, type LayerViewState } from './use-layer-view';

const MODES: Record<LayerMode, string> = { one: 'One layer', overlay: 'Overlaid', side: 'Side by side' };

export function LayerPicker({ state }: { state: LayerViewState }) {
  const { layers, mode, primary, overlaid, second, set } = state;
  const handlers = useMemo(
    () => ({
      'layer-picker': () => {
        const first = document.querySelector<HTMLElement>('.layer-picker select');
        if (!first) return false;
        first.focus();
      },
    }),
    [],
  );
  useShortcuts(handlers);
  if (layers.length < 2) return null;
  const others = layers.filter((l) => l.key !== primary);
  const options = (keys = layers) =>
    keys.map((l) => (
      <option key={l.key} value={l.key}>
        {l.label}
      </option>
    ));
  return (
    <fieldset
      className="layer-picker"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // Back to the article, keeping what is selected there.
        e.stopPropagation();
        focusReader();
      }}
    >
      <legend>Layers</legend>
      <label>
        View
        <select aria-label="Layer view" value={mode} onChange={(e) => set({ mode: e.target.value as LayerMode, overlaid: [], second: others[0]?.key ?? '' })}>
          {Object.entries(MODES).map(([key, text]) => (
            <option key={key} value={key}>
              {text}
            </option>
          ))}
        </select>
      </label>
      <label>
        {mode === 'side' ? 'Left' : 'Layer'}
        <select aria-label={mode === 'side' ? 'Left layer' : 'Layer shown'} value={primary} onChange={(e) => set({ primary: e.target.value, overlaid: [] })}>
          {options()}
        </select>
      </label>
      {mode === 'side' && (
        <label>
          Right
          <select aria-label="Right layer" value={second} onChange={(e) => set({ second: e.target.value })}>
            {options(others)}
          </select>
        </label>
      )}
      {mode === 'overlay' &&
        others.slice(0, OVERLAY_STYLES.length).map((l) => (
          <label key={l.key}>
            <input
              type="checkbox"
              checked={overlaid.includes(l.key)}
              onChange={(e) => set({ overlaid: e.target.checked ? [...overlaid, l.key] : overlaid.filter((k) => k !== l.key) })}
            />
            Lay over: {l.label}
          </label>
        ))}
      <ul className="layer-legend" aria-label="Legend">
        <li>
          {labelOf(state, primary)}: the kinds’ own marks{mode === 'side' ? ' (left)' : ''}
        </li>
        {mode === 'overlay' &&
          overlaid.map((key, i) => (
            <li key={key}>
              <span className={`layer-swatch style-${i}`} aria-hidden="true" />
              {labelOf(state, key)}: {OVERLAY_STYLES[i]}
            </li>
          ))}
        {mode === 'side' && <li>{labelOf(state, second)}: the kinds’ own marks (right)</li>}
        {primary !== '' && <li>What you mark goes to your own layer.</li>}
      </ul>
    </fieldset>
  );
}
