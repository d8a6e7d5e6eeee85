// Settings: your name (kept in the library, stamped on what you mark), theme (follow the system,
// light, dark), text size and reading width, saved at once; the ClaimReview publisher, saved in
// the library (PublisherSettings).

import { FONT_SIZES, THEMES, WIDTHS, type ReaderWidth, type Settings, type Theme } from './settings';
import type { SettingsState } from './use-settings';
import { PublisherSettings } from './PublisherSettings';
import { useModal } from '../use-modal';
import { AnnotatorField } from '../team/AnnotatorField';
import type { AnnotatorState } from '../team/use-annotator';
import { CloseActions } from '../CloseActions';

const THEME_LABEL: Record<Theme, string> = { system: 'As the system', light: 'Light', dark: 'Dark' };
const WIDTH_LABEL: Record<ReaderWidth, string> = { narrow: 'Narrow', normal: 'Normal', wide: 'Wide' };

export function SettingsDialog({ state, annotator, onClose }: { state: SettingsState; annotator: AnnotatorState; onClose: () => void }) {
  const ref = useModal();
  const { settings, change } = state;
  return (
    <dialog ref={ref} className="message-dialog settings-dialog" aria-labelledby="settings-heading" onClose={onClose}>
      <h2 id="settings-heading">Settings</h2>
      <AnnotatorField state={annotator} />
      <label>
        Theme
        <select data-autofocus value={settings.theme} onChange={(e) => change({ theme: e.target.value as Theme })}>
          {THEMES.map((t) => (
            <option key={t} value={t}>
              {THEME_LABEL[t]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Text size
        <select value={settings.fontSize} onChange={(e) => change({ fontSize: Number(e.target.value) as Settings['fontSize'] })}>
          {FONT_SIZES.map((s) => (
            <option key={s} value={s}>
              {s}%
            </option>
          ))}
        </select>
      </label>
      <label>
        Reading width
        <select value={settings.width} onChange={(e) => change({ width: e.target.value as ReaderWidth })}>
          {WIDTHS.map((w) => (
            <option key={w} value={w}>
              {WIDTH_LABEL[w]}
            </option>
          ))}
        </select>
      </label>
      <PublisherSettings />
      <CloseActions dialog={ref} />
    </dialog>
  );
}
