import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from './api/methods';
import { acceleratorOf, chordLabel, menuAccelerator, SHORTCUTS, shortcutsMarkdown, shortcutsOf, type KeyPress } from './shortcuts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
const ids = (p: KeyPress) => shortcutsOf(p).map((s) => s.id);

describe('the shortcut table', () => {
  it('is the table the README shows', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    // After a change to core/shortcuts.ts, paste shortcutsMarkdown() into the README's Keyboard section.
    expect(readme, `README.md must contain this table:\n${shortcutsMarkdown()}`).toContain(shortcutsMarkdown());
  });

  it('gives no two shortcuts the same key, except Enter and Backspace, which mean one thing per context', () => {
    const seen = new Map<string, string>();
    const shared = new Set(['Enter', 'Backspace']);
    for (const s of SHORTCUTS) {
      for (const c of s.chords) {
        const label = chordLabel(c);
        if (seen.has(label) && !shared.has(label)) throw new Error(`${label}: ${seen.get(label)} and ${s.id}`);
        seen.set(label, s.id);
      }
    }
  });

  it('matches Ctrl on Linux and Windows and Cmd on macOS, with Shift and Alt exactly', () => {
    expect(ids(press('g', { ctrlKey: true, shiftKey: true }))).toEqual(['suggest']);
    expect(ids(press('G', { metaKey: true, shiftKey: true }))).toEqual(['suggest']);
    expect(ids(press('e', { ctrlKey: true }))).toEqual(['export-article']);
    expect(ids(press('E', { ctrlKey: true, shiftKey: true }))).toEqual(['export-library']);
    // Ctrl+Alt+E opens the Export dialog; it is not Ctrl+E.
    expect(ids(press('e', { ctrlKey: true, altKey: true }))).toEqual(['export']);
    // On macOS, Option+E types "´": the physical key still counts.
    expect(ids(press('´', { code: 'KeyE', metaKey: true, altKey: true }))).toEqual(['export']);
    expect(ids(press('f', { ctrlKey: true }))).toEqual(['find']);
    expect(ids(press('g', { ctrlKey: true }))).toEqual([]);
  });

  it('marks with or without Alt (Alt keeps the exact characters), also where Alt changes the letter', () => {
    expect(ids(press('q'))).toEqual(['mark-quote']);
    expect(ids(press('q', { altKey: true }))).toEqual(['mark-quote']);
    expect(ids(press('œ', { code: 'KeyQ', altKey: true }))).toEqual(['mark-quote']);
    expect(ids(press('2', { altKey: true }))).toEqual(['mark-quote']);
  });

  it('tells s from Shift+S and the arrows apart by Shift and Alt', () => {
    expect(ids(press('s'))).toEqual(['next-sentence']);
    expect(ids(press('S', { shiftKey: true }))).toEqual(['previous-sentence']);
    expect(ids(press('ArrowLeft', { shiftKey: true }))).toEqual(['extend-word']);
    expect(ids(press('ArrowLeft', { shiftKey: true, altKey: true }))).toEqual(['extend-character']);
    expect(ids(press('ArrowUp', { shiftKey: true }))).toEqual(['extend-sentence']);
    expect(ids(press('ArrowLeft'))).toEqual([]);
    expect(ids(press('?', { shiftKey: true }))).toEqual(['help']);
  });

  it('gives the menu the accelerators the keys use', () => {
    expect(menuAccelerator('suggest')).toBe('CmdOrCtrl+Shift+G');
    expect(menuAccelerator('export')).toBe('CmdOrCtrl+Alt+E');
    expect(menuAccelerator('export-library')).toBe('CmdOrCtrl+Shift+E');
    expect(menuAccelerator('find')).toBe('CmdOrCtrl+F');
    expect(menuAccelerator('import-folder')).toBeUndefined();
    for (const s of SHORTCUTS.filter((x) => x.command)) expect(MENU_COMMANDS).toContain(s.command);
    expect(acceleratorOf({ key: 'z', mod: true, shift: true })).toBe('CmdOrCtrl+Shift+Z');
  });
});
