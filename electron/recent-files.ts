// The Open Recent list: the files the user opened last, newest first, each once, at most ten,
// kept as JSON in the user-data folder. Pure (no Electron, no disk), so it is unit-tested; the
// main process reads and writes the file and mirrors each opening to the OS's own list.

export const MAX_RECENT = 10;

export function addRecent(list: readonly string[], file: string, max = MAX_RECENT): string[] {
  return [file, ...list.filter((f) => f !== file)].slice(0, max);
}

export function parseRecent(text: string | null): string[] {
  if (!text) return [];
  try {
    const raw: unknown = JSON.parse(text);
    return Array.isArray(raw) ? raw.filter((f): f is string => typeof f === 'string' && f.length > 0).slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

/** The menu label for a recent file: its name, then its folder, so two "story.txt" differ. */
export function recentLabel(file: string): string {
  const parts = file.split(/[\\/]/);
  const name = parts.pop() ?? file;
  const folder = parts.join('/') || '/';
  return `${name} — ${folder}`;
}
