import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
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
    expect(commands.map((item) => item.accelerator)).toEqual(['CmdOrCtrl+O', 'CmdOrCtrl+Shift+V', undefined, 'CmdOrCtrl+Alt+E', 'CmdOrCtrl+E', 'CmdOrCtrl+Shift+E', undefined]);
    for (const item of commands) (item.click as () => void)();
    expect(send.mock.calls).toEqual([['open'], ['paste-article'], ['import-folder'], ['export'], ['export-article'], ['export-library'], ['team-sync']]);
  });

  it('sends undo, redo and suggest from the Edit menu, leaving the keys to the renderer', () => {
    const send = vi.fn();
    const edit = items(template({ send }), '&Edit');
    const commands = edit.filter((item) => item.click);
    expect(commands.map((item) => [item.accelerator, item.registerAccelerator])).toEqual([
      ['CmdOrCtrl+Z', false],
      ['CmdOrCtrl+Shift+Z', false],
      ['CmdOrCtrl+Shift+G', false],
    ]);
    for (const item of commands) (item.click as () => void)();
    expect(send.mock.calls).toEqual([['undo'], ['redo'], ['suggest']]);
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
