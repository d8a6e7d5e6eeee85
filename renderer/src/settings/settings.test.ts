import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, resolvedTheme, toggledTheme, writeSettings } from './settings';

function storage(initial?: string) {
  const values = new Map<string, string>(initial === undefined ? [] : [['newsmark.settings', initial]]);
  return { getItem: (k: string) => values.get(k) ?? null, setItem: (k: string, v: string) => void values.set(k, v) };
}

describe('settings', () => {
  it('come back as they were saved', () => {
    const s = storage();
    writeSettings(s, { theme: 'dark', fontSize: 130, width: 'wide' });
    expect(readSettings(s)).toEqual({ theme: 'dark', fontSize: 130, width: 'wide' });
  });

  it('fall back to the defaults, field by field, when stored values are damaged or unknown', () => {
    expect(readSettings(storage())).toEqual(DEFAULT_SETTINGS);
    expect(readSettings(storage('{not json'))).toEqual(DEFAULT_SETTINGS);
    expect(readSettings(storage('null'))).toEqual(DEFAULT_SETTINGS);
    expect(readSettings(storage('{"theme":"sepia","fontSize":999,"width":"wide"}'))).toEqual({ ...DEFAULT_SETTINGS, width: 'wide' });
  });

  it('follow the system until the user chooses; the toggle flips what is shown', () => {
    expect(resolvedTheme('system', true)).toBe('dark');
    expect(resolvedTheme('system', false)).toBe('light');
    expect(resolvedTheme('light', true)).toBe('light');
    expect(toggledTheme('system', true)).toBe('light');
    expect(toggledTheme('system', false)).toBe('dark');
    expect(toggledTheme('dark', false)).toBe('light');
  });
});
