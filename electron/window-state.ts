// Remembers where the window was: its bounds and whether it was maximised, kept in a small JSON
// file in the user-data folder. Pure rules (no Electron import): saved bounds are used only when
// they are sane and at least partly on a screen that still exists (an unplugged monitor must not
// leave the window off-screen); otherwise the default size, centred by Electron.

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Bounds;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 860 };
export const MIN_SIZE = { width: 720, height: 480 };
/** How much of the title bar must be on a screen for the saved place to count. */
const VISIBLE = 64;

function isBounds(b: unknown): b is Bounds {
  if (!b || typeof b !== 'object') return false;
  const r = b as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((k) => typeof r[k] === 'number' && Number.isFinite(r[k]));
}

/** The saved state from the file's text, or null when there is none or it is damaged. */
export function parseWindowState(text: string | null): WindowState | null {
  if (!text) return null;
  try {
    const raw = JSON.parse(text) as Record<string, unknown>;
    return isBounds(raw.bounds) ? { bounds: raw.bounds, maximized: raw.maximized === true } : null;
  } catch {
    return null;
  }
}

function overlaps(a: Bounds, screen: Bounds): boolean {
  const width = Math.min(a.x + a.width, screen.x + screen.width) - Math.max(a.x, screen.x);
  const titleBar = Math.min(a.y + VISIBLE, screen.y + screen.height) - Math.max(a.y, screen.y);
  return width >= VISIBLE && titleBar > 0;
}

/**
 * The bounds to open the window with: the saved ones (no smaller than the minimum, no larger than
 * the screen they are on) when their title bar is on one of `screens` (work areas), else only the
 * default size (position left to Electron, which centres the window).
 */
export function windowBounds(saved: WindowState | null, screens: readonly Bounds[]): Partial<Bounds> & { width: number; height: number } {
  const screen = saved && screens.find((s) => overlaps(saved.bounds, s));
  if (!saved || !screen) return { ...DEFAULT_SIZE };
  const width = Math.min(Math.max(saved.bounds.width, MIN_SIZE.width), screen.width);
  const height = Math.min(Math.max(saved.bounds.height, MIN_SIZE.height), screen.height);
  return { x: Math.round(saved.bounds.x), y: Math.round(saved.bounds.y), width: Math.round(width), height: Math.round(height) };
}

export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify(state)}\n`;
}
