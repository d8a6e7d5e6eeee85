// The reader's settings: theme (the system's, light or dark), text size and column width. Kept in
// the window's localStorage, read back defensively: a damaged or older value falls back to the
// default instead of breaking the window. Pure apart from the storage passed in.

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const FONT_SIZES = [90, 100, 115, 130, 150] as const;
export const WIDTHS = ['narrow', 'normal', 'wide'] as const;
export type ReaderWidth = (typeof WIDTHS)[number];

export interface Settings {
  theme: Theme;
  /** Percent of the normal reading size. */
  fontSize: (typeof FONT_SIZES)[number];
  width: ReaderWidth;
}

export const DEFAULT_SETTINGS: Settings = { theme: 'system', fontSize: 100, width: 'normal' };

/** The reading column's width, in rem of the reader's type. */
export const WIDTH_REM: Record<ReaderWidth, number> = { narrow: 34, normal: 44, wide: 60 };

const KEY = 'newsmark.settings';

function oneOf<T>(values: readonly T[], value: unknown, fallback: T): T {
  return values.includes(value as T) ? (value as T) : fallback;
}

export function readSettings(storage: Pick<Storage, 'getItem'>): Settings {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(KEY) ?? '{}');
  } catch {
    raw = {};
  }
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    theme: oneOf(THEMES, r.theme, DEFAULT_SETTINGS.theme),
    fontSize: oneOf(FONT_SIZES, r.fontSize, DEFAULT_SETTINGS.fontSize),
    width: oneOf(WIDTHS, r.width, DEFAULT_SETTINGS.width),
  };
}

export function writeSettings(storage: Pick<Storage, 'setItem'>, settings: Settings): void {
  storage.setItem(KEY, JSON.stringify(settings));
}

/** The theme actually shown: the system's preference unless the user chose one. */
export function resolvedTheme(theme: Theme, systemDark: boolean): 'light' | 'dark' {
  return theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
}

/** The manual toggle: to the opposite of what is shown now. */
export function toggledTheme(theme: Theme, systemDark: boolean): Theme {
  return resolvedTheme(theme, systemDark) === 'dark' ? 'light' : 'dark';
}
