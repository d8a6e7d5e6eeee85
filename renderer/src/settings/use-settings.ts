// Applies the settings to the page (data-theme on <html>, the reader's size and width as CSS
// variables), follows the system's dark mode while the theme is "system", and saves changes.

import { useCallback, useEffect, useState } from 'react';
import { readSettings, resolvedTheme, toggledTheme, WIDTH_REM, writeSettings, type Settings } from './settings';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function useSettings() {
  const [settings, setSettings] = useState<Settings>(() => readSettings(localStorage));
  const [systemDark, setSystemDark] = useState(() => matchMedia(DARK_QUERY).matches);

  useEffect(() => {
    const query = matchMedia(DARK_QUERY);
    const follow = () => setSystemDark(query.matches);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);

  const theme = resolvedTheme(settings.theme, systemDark);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.style.setProperty('--reader-size', `${settings.fontSize / 100}`);
    root.style.setProperty('--reader-width', `${WIDTH_REM[settings.width]}rem`);
  }, [theme, settings.fontSize, settings.width]);

  const change = useCallback((patch: Partial<Settings>) => {
    setSettings((s) => {
      const next = { ...s, ...patch };
      writeSettings(localStorage, next);
      return next;
    });
  }, []);

  const toggleTheme = useCallback(() => {
    setSettings((s) => {
      const next = { ...s, theme: toggledTheme(s.theme, matchMedia(DARK_QUERY).matches) };
      writeSettings(localStorage, next);
      return next;
    });
  }, []);

  return { settings, theme, change, toggleTheme };
}

export type SettingsState = ReturnType<typeof useSettings>;
