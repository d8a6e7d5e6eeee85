// Every keyboard shortcut of the app, in one table: the renderer matches key presses against it,
// the Electron menu takes its accelerators from it, the `?` dialog lists it and a test checks that
// the README's table is this table. So what the user reads and what the keys do cannot drift.
// Plain data and pure functions (no DOM, no Electron), so core may hold it.

import type { MenuCommand } from './api/methods.js';

/** One key combination. `mod` is Ctrl, or Cmd on macOS. Alt `'any'`: Alt may be held (it means "exact"). */
export interface Chord {
  key: string;
  mod?: boolean;
  shift?: boolean;
  alt?: boolean | 'any';
}

export type ShortcutId =
  | 'mark-claim'
  | 'mark-quote'
  | 'mark-figure'
  | 'next-paragraph'
  | 'previous-paragraph'
  | 'next-sentence'
  | 'previous-sentence'
  | 'extend-word'
  | 'extend-character'
  | 'extend-sentence'
  | 'swap-ends'
  | 'link-party'
  | 'next-annotation'
  | 'previous-annotation'
  | 'edit'
  | 'add-tag'
  | 'delete'
  | 'escape'
  | 'accept-suggestion'
  | 'reject-suggestion'
  | 'next-suggestion'
  | 'previous-suggestion'
  | 'next-article'
  | 'previous-article'
  | 'next-region'
  | 'find'
  | 'undo'
  | 'redo'
  | 'suggest'
  | 'open'
  | 'paste-article'
  | 'export'
  | 'export-article'
  | 'export-library'
  | 'cycle-status'
  | 'layer-picker'
  | 'curate'
  | 'curate-take-a'
  | 'curate-take-b'
  | 'curate-take-both'
  | 'curate-take-neither'
  | 'curate-next'
  | 'curate-previous'
  | 'agreement'
  | 'help';

export interface Shortcut {
  id: ShortcutId;
  /** The keys, in the order they are listed. */
  chords: Chord[];
  /** What the shortcut does, as the help dialog and the README say it. */
  does: string;
  /** The menu command it sends (and whose menu item shows its first chord). */
  command?: MenuCommand;
  /** Also fires while the user types in a field (the Ctrl/Cmd commands do). */
  inFields?: boolean;
}

const arrows = (shift: true, alt: boolean, a: string, b: string): Chord[] => [
  { key: a, shift, alt },
  { key: b, shift, alt },
];

export const SHORTCUTS: readonly Shortcut[] = [
  {
    id: 'mark-claim',
    chords: [
      { key: 'c', alt: 'any' },
      { key: '1', alt: 'any' },
    ],
    does: 'mark the selection as a Claim (with Alt: the exact characters)',
  },
  {
    id: 'mark-quote',
    chords: [
      { key: 'q', alt: 'any' },
      { key: '2', alt: 'any' },
    ],
    does: 'mark the selection as a Quote (with Alt: the exact characters)',
  },
  {
    id: 'mark-figure',
    chords: [
      { key: 'f', alt: 'any' },
      { key: '3', alt: 'any' },
    ],
    does: 'mark the selection as a Figure (with Alt: the exact characters)',
  },
  { id: 'next-sentence', chords: [{ key: 's' }], does: 'select the next sentence' },
  { id: 'previous-sentence', chords: [{ key: 's', shift: true }], does: 'select the previous sentence' },
  { id: 'next-paragraph', chords: [{ key: 'p' }], does: 'select the next paragraph' },
  { id: 'previous-paragraph', chords: [{ key: 'p', shift: true }], does: 'select the previous paragraph' },
  { id: 'extend-word', chords: arrows(true, false, 'ArrowRight', 'ArrowLeft'), does: 'move the moving end of the selection by a word' },
  {
    id: 'extend-character',
    chords: arrows(true, true, 'ArrowRight', 'ArrowLeft'),
    does: 'move the moving end by a character (the selection is then marked exactly)',
  },
  {
    id: 'extend-sentence',
    chords: [
      { key: 'ArrowDown', shift: true },
      { key: 'ArrowUp', shift: true },
    ],
    does: 'move the moving end by a sentence',
  },
  { id: 'swap-ends', chords: [{ key: 'o' }], does: 'swap the moving end: the start of the selection moves instead of its end, or back' },
  {
    id: 'link-party',
    chords: [{ key: 'l' }],
    does: 'link the selection as the speaker (quote) or claimant (claim) of the selected annotation',
  },
  { id: 'next-annotation', chords: [{ key: 'j' }], does: 'next annotation' },
  { id: 'previous-annotation', chords: [{ key: 'k' }], does: 'previous annotation' },
  { id: 'edit', chords: [{ key: 'Enter' }], does: 'edit the selected annotation' },
  { id: 'add-tag', chords: [{ key: 't' }], does: 'add a tag to the selected annotation' },
  { id: 'delete', chords: [{ key: 'Delete' }, { key: 'Backspace' }], does: 'delete the selected annotation' },
  {
    id: 'escape',
    chords: [{ key: 'Escape' }],
    does: 'leave a field (back to the article) or cancel a half-typed tag; close a list; deselect',
    inFields: true,
  },
  { id: 'next-suggestion', chords: [{ key: 'n' }], does: 'next suggestion' },
  { id: 'previous-suggestion', chords: [{ key: 'n', shift: true }], does: 'previous suggestion' },
  { id: 'accept-suggestion', chords: [{ key: 'a' }, { key: 'Enter' }], does: 'accept the suggestion you are looking at' },
  { id: 'reject-suggestion', chords: [{ key: 'x' }, { key: 'Backspace' }], does: 'reject the suggestion you are looking at' },
  { id: 'next-article', chords: [{ key: ']' }], does: 'open the next article of the library list' },
  { id: 'previous-article', chords: [{ key: '[' }], does: 'open the previous article of the library list' },
  {
    id: 'next-region',
    chords: [{ key: 'F6' }, { key: 'F6', shift: true }],
    does: 'move the focus to the next (previous) region: library, article, annotations',
    inFields: true,
  },
  {
    id: 'find',
    chords: [{ key: 'f', mod: true }],
    does: 'find in the article (Enter: next hit, Shift+Enter: previous, Esc: close)',
    command: 'find',
    inFields: true,
  },
  { id: 'undo', chords: [{ key: 'z', mod: true }], does: 'undo (in a text field: the field’s own undo)', command: 'undo', inFields: true },
  {
    id: 'redo',
    chords: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    does: 'redo',
    command: 'redo',
    inFields: true,
  },
  { id: 'suggest', chords: [{ key: 'g', mod: true, shift: true }], does: 'suggest annotations', command: 'suggest', inFields: true },
  { id: 'open', chords: [{ key: 'o', mod: true }], does: 'open a file', command: 'open', inFields: true },
  {
    id: 'paste-article',
    chords: [{ key: 'v', mod: true, shift: true }],
    does: 'new article from the clipboard (outside a text field)',
    command: 'paste-article',
  },
  {
    id: 'export',
    chords: [{ key: 'e', mod: true, alt: true }],
    does: 'open the Export dialog: choose the format and the articles',
    command: 'export',
    inFields: true,
  },
  {
    id: 'export-article',
    chords: [{ key: 'e', mod: true }],
    does: 'export this article as Newsmark JSON (the system asks where to save)',
    command: 'export-article',
    inFields: true,
  },
  {
    id: 'export-library',
    chords: [{ key: 'e', mod: true, shift: true }],
    does: 'export the whole library as Newsmark JSON',
    command: 'export-library',
    inFields: true,
  },
  { id: 'cycle-status', chords: [{ key: 'd' }], does: 'move your status of the article on: to do → in progress → done → reviewed → to do' },
  { id: 'layer-picker', chords: [{ key: 'v' }], does: 'choose the layers the reader shows: one, overlaid, or two side by side (Tab moves on, Esc back to the article)' },
  { id: 'curate', chords: [{ key: 'u' }], does: 'curate: walk the disagreements between two layers of the article' },
  { id: 'curate-take-a', chords: [{ key: 'a', shift: true }], does: "curation: take A's version into the curated layer, then the next disagreement" },
  { id: 'curate-take-b', chords: [{ key: 'b', shift: true }], does: "curation: take B's version, then the next" },
  { id: 'curate-take-both', chords: [{ key: 't', shift: true }], does: 'curation: take both versions, then the next' },
  { id: 'curate-take-neither', chords: [{ key: 'x', shift: true }], does: 'curation: take neither, then the next' },
  { id: 'curate-next', chords: [{ key: 'j', shift: true }], does: 'curation: next disagreement, deciding nothing' },
  { id: 'curate-previous', chords: [{ key: 'k', shift: true }], does: 'curation: previous disagreement' },
  {
    id: 'agreement',
    chords: [{ key: 'a', mod: true, shift: true }],
    does: 'show how far the annotators agree (this article or the library)',
    command: 'agreement',
    inFields: true,
  },
  { id: 'help', chords: [{ key: '?', shift: true }], does: 'show all shortcuts' },
];

/** The parts of a KeyboardEvent a match reads. */
export interface KeyPress {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

function sameKey(chord: Chord, press: KeyPress): boolean {
  if (press.key.toLowerCase() === chord.key.toLowerCase()) return true;
  // Alt (Option on macOS) changes the character a letter or digit types: match the physical key.
  if (/^[a-z]$/.test(chord.key)) return press.code === `Key${chord.key.toUpperCase()}`;
  if (/^[0-9]$/.test(chord.key)) return press.code === `Digit${chord.key}`;
  return false;
}

export function matches(chord: Chord, press: KeyPress): boolean {
  const mod = press.ctrlKey || press.metaKey;
  if (mod !== Boolean(chord.mod)) return false;
  if (chord.alt !== 'any' && press.altKey !== Boolean(chord.alt)) return false;
  // '?' is typed with Shift on most layouts; every other chord says whether Shift is held.
  if (chord.key !== '?' && press.shiftKey !== Boolean(chord.shift)) return false;
  return sameKey(chord, press);
}

/** Every shortcut the key press matches, in table order (a key like Enter means one thing per context). */
export function shortcutsOf(press: KeyPress): Shortcut[] {
  return SHORTCUTS.filter((s) => s.chords.some((c) => matches(c, press)));
}

export function shortcut(id: ShortcutId): Shortcut {
  const found = SHORTCUTS.find((s) => s.id === id);
  if (!found) throw new Error(`no shortcut ${id}`);
  return found;
}

const KEY_NAMES: Record<string, string> = { ArrowRight: '→', ArrowLeft: '←', ArrowDown: '↓', ArrowUp: '↑', Escape: 'Esc' };

/** How a chord is written for people: `Ctrl/Cmd+Shift+G`, `Shift+→`, `c`. */
export function chordLabel(chord: Chord): string {
  const name = KEY_NAMES[chord.key] ?? (chord.mod || chord.shift ? chord.key.toUpperCase() : chord.key);
  const parts = [chord.mod ? 'Ctrl/Cmd' : '', chord.alt === true ? 'Alt' : '', chord.shift && chord.key !== '?' ? 'Shift' : '', name];
  return parts.filter(Boolean).join('+');
}

export function keysLabel(s: Shortcut): string {
  return s.chords.map(chordLabel).join(' / ');
}

/** An Electron accelerator for the chord (`CmdOrCtrl+Shift+G`). */
export function acceleratorOf(chord: Chord): string {
  return [chord.mod ? 'CmdOrCtrl' : '', chord.alt === true ? 'Alt' : '', chord.shift ? 'Shift' : '', chord.key.toUpperCase()]
    .filter(Boolean)
    .join('+');
}

/** The accelerator the menu shows for a command, from its shortcut. */
export function menuAccelerator(command: MenuCommand): string | undefined {
  const s = SHORTCUTS.find((x) => x.command === command);
  return s ? acceleratorOf(s.chords[0]!) : undefined;
}

/** The README's table: `| key | does |`, one row per shortcut. */
export function shortcutsMarkdown(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = SHORTCUTS.map((s) => `| ${s.chords.map((c) => `\`${cell(chordLabel(c))}\``).join(' / ')} | ${cell(s.does)} |`);
  return ['| key | does |', '|---|---|', ...rows].join('\n');
}
