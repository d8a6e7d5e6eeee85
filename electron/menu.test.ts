import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { acceleratorOf, SHORTCUTS } from '../core/shortcuts.js';
import { menuTemplate, type MenuOptions } from './menu.js';

function template(overrides: Partial<MenuOptions> = {}) {
  return menuTemplate({ appName: 'Newsmark', isMac: false, isPackaged: false, send: () => {}, ...overrides });
}

function items(menu: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const submenu = menu.find((item) => item.label === label)?.submenu;
  if (!Array.isArray(submenu)) throw new Error(`no ${label} menu`);
  return submenu;
}

describe('menuTemplate', () => {
  it('sends each File command with its shortcut', () => {
    const send = vi.fn();
    const file = items(template({ send }), '&File');
    const commands = file.filter((item) => item.click);
    expect(commands.map((item) => item.accelerator)).toEqual(['CmdOrCtrl+O', 'CmdOrCtrl+Shift+V', undefined, 'CmdOrCtrl+Alt+E', 'CmdOrCtrl+E', 'CmdOrCtrl+Shift+E', undefined, 'CmdOrCtrl+Shift+A']);
    expect(file.find((i) => i.label === 'Open &Recent')?.submenu).toEqual([{ label: 'No recent files', enabled: false }]);
    for (const item of commands) (item.click as () => void)();
    expect(send.mock.calls).toEqual([['open'], ['paste-article'], ['import-folder'], ['export'], ['export-article'], ['export-library'], ['team-sync'], ['agreement']]);
  });

  it('answers File › Open… in the main process when it can (a menu click cannot open the page’s file input)', () => {
    const send = vi.fn();
    const openFiles = vi.fn();
    const open = items(template({ send, openFiles }), '&File').find((i) => i.id === 'open')!;
    expect(open).toMatchObject({ label: '&Open…', accelerator: 'CmdOrCtrl+O', registerAccelerator: false });
    (open.click as () => void)();
    expect(openFiles).toHaveBeenCalledTimes(1);
    expect(send).not.toHaveBeenCalled();
  });

  it('sends undo, redo and suggest from the Edit menu, leaving the keys to the renderer', () => {
    const send = vi.fn();
    const edit = items(template({ send }), '&Edit');
    const commands = edit.filter((item) => item.click);
    expect(commands.map((item) => [item.accelerator, item.registerAccelerator])).toEqual([
      ['CmdOrCtrl+Z', false],
      ['CmdOrCtrl+Shift+Z', false],
      ['CmdOrCtrl+Shift+G', false],
      ['CmdOrCtrl+F', false],
    ]);
    for (const item of commands) (item.click as () => void)();
    expect(send.mock.calls).toEqual([['undo'], ['redo'], ['suggest'], ['find']]);
  });

  it('shows for every command the first key of its shortcut in the table', () => {
    const sent: string[] = [];
    const all = template({ send: (c) => sent.push(c) }).flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []));
    for (const item of all.filter((i) => i.click)) {
      (item.click as () => void)();
      const command = sent.at(-1)!;
      const chord = SHORTCUTS.find((s) => s.command === command)?.chords[0];
      expect(item.accelerator, command).toBe(chord ? acceleratorOf(chord) : undefined);
    }
    expect(sent).toContain('toggle-theme');
  });

  it('lists recent files, newest first, each opening its file, and clears them', () => {
    const opened: string[] = [];
    let cleared = false;
    const file = items(
      template({ recent: ['/news/b.txt', '/news/a.md'], openRecent: (f) => opened.push(f), clearRecent: () => (cleared = true) }),
      '&File',
    );
    const recent = file.find((i) => i.label === 'Open &Recent')?.submenu as MenuItemConstructorOptions[];
    expect(recent.map((i) => i.label)).toEqual(['b.txt — /news', 'a.md — /news', undefined, '&Clear Recent']);
    for (const item of recent.filter((i) => i.click)) (item.click as () => void)();
    expect(opened).toEqual(['/news/b.txt', '/news/a.md']);
    expect(cleared).toBe(true);
  });

  it('offers the developer tools only before packaging', () => {
    const roles = (isPackaged: boolean) => items(template({ isPackaged }), '&View').map((item) => item.role);
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(true)).not.toContain('toggleDevTools');
  });

  it('puts the app menu first on macOS, and About under Help elsewhere', () => {
    expect(template({ isMac: true })[0]?.label).toBe('Newsmark');
    expect(items(template(), '&Help')).toEqual([{ role: 'about', label: 'About Newsmark' }]);
  });
});
